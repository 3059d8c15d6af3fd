"""Refunding a sale through BTCPay: a staff action, journalled before and after, never twice.

BTCPay refunds an invoice by creating a pull payment the customer claims on its page
(GreenfieldInvoiceController.cs `RefundInvoice`). The write is made safe as the sale's other
writes are:

1. the sale's state and the invoice's are checked first, so a refund BTCPay would refuse is
   refused here in plain words;
2. the intent is journalled (`refund_requested`: variant, amount asked, staff, reason, and a
   `reference` written into the pull payment's description);
3. BTCPay is called once;
4. the pull payment (id, amount, currency, claim link) is journalled on the sale
   (`refund_created`);
5. when the answer is lost (a timeout, a dropped connection, a broken body) nothing is sent
   again: the store's pull payments are listed (`GET .../pull-payments`, which names each one's
   description) and the one with this reference is taken. If none is found, or the list
   cannot be read, the refund is `uncertain`: it may still have been made, so the till asks no
   second time until staff have looked in BTCPay and say so (`checked_in_btcpay`).

Words for staff are `Words` (context "Refunds"), as the window shows them.
"""

from __future__ import annotations

import dataclasses
import logging
import uuid
from decimal import Decimal
from typing import TYPE_CHECKING

from boxoffice.domain.refund import Refund, RefundRefused, RefundStatus, RefundVariant
from boxoffice.domain.sale import Sale, SaleState
from boxoffice.services.btcpay.permissions import REFUND_PERMISSION, optional_permission_words
from boxoffice.services.btcpay.refunds import NON_REFUNDABLE, PullPayment, RateUnavailableError
from boxoffice.services.errors import (
    MalformedResponseError,
    NotFoundError,
    PermissionDeniedError,
    ServiceError,
    UnavailableError,
    ValidationError,
)
from boxoffice.words import Words, translate

if TYPE_CHECKING:
    from boxoffice.engine.ledger import Ledger
    from boxoffice.services.btcpay.client import BTCPayClient
    from boxoffice.services.btcpay.models import Invoice

log = logging.getLogger(__name__)

#: Invoice states BTCPay refunds (InvoiceEntity.cs `CanRefund`).
_REFUNDABLE_STATUSES = ("Settled", "Invalid")
_REFUNDABLE_EXPIRED = ("PaidLate", "PaidOver", "PaidPartial")

UNCERTAIN_WORDS = translate(
    "Refunds",
    "BTCPay's answer was lost, so the refund may have been created. Check the store's pull "
    "payments in BTCPay before trying again.",
)


def refund_description(sale: Sale, reference: str) -> str:
    """The pull payment's description: the sale, and the reference it is found again by."""
    return f"Box Office sale {sale.id} (refund {reference})"


class Refunds:
    """Refunds of sales: checks, the journal before and after, and the lookup of a lost one."""

    def __init__(self, ledger: Ledger, btcpay: BTCPayClient) -> None:
        self._ledger = ledger
        self._btcpay = btcpay

    async def refund(
        self,
        sale_id: str,
        variant: RefundVariant | str,
        *,
        custom_amount: Decimal | None = None,
        custom_currency: str | None = None,
        staff: str | None = None,
        reason: str | None = None,
        checked_in_btcpay: bool = False,
    ) -> Sale:
        """Refund a sale's payment through BTCPay; the returned sale carries the `Refund`.

        Raises `RefundRefused` (a plain sentence) when the sale or its invoice cannot be
        refunded, or BTCPay refused; nothing was created then. A lost answer gives a sale whose
        refund is `uncertain` (or `created`, when the lookup found it). `checked_in_btcpay`:
        staff have looked in BTCPay and seen no refund, so an uncertain one may be asked again.
        """
        variant = RefundVariant(variant)
        if variant is RefundVariant.CUSTOM and (custom_amount is None or custom_amount <= 0):
            raise RefundRefused(
                translate("Refunds", "A custom refund needs an amount greater than zero.")
            )
        async with self._ledger.lock(sale_id):
            if not self._ledger.take_claim(sale_id):
                raise RefundRefused(
                    translate(
                        "Refunds",
                        "Another Box Office window or command on this till is working on this "
                        "sale. Look at it again in a moment.",
                    )
                )
            try:
                sale = self._ledger.latest_record(self._ledger.latest(sale_id))
                previous = sale.refund
                if previous is not None and previous.status is not RefundStatus.CREATED:
                    found = await self._settle_doubt(sale, previous, checked_in_btcpay)
                    if found is not None:
                        return found
                elif previous is not None:
                    raise RefundRefused(_already(previous))
                invoice = await self._refundable_invoice(sale, variant)
                return await self._create(
                    sale, invoice, variant, custom_amount, custom_currency, staff, reason
                )
            finally:
                self._ledger.drop_claim(sale_id)

    # -- checks ---------------------------------------------------------------------------------

    async def _refundable_invoice(self, sale: Sale, variant: RefundVariant) -> Invoice:
        state = sale.state
        if state.payable or state in (SaleState.RESERVING, SaleState.ISSUING, SaleState.RELEASING):
            raise RefundRefused(
                translate("Refunds", "This sale is still going on; wait until it ends.")
            )
        if not sale.invoice_id or state is SaleState.FAILED:
            raise RefundRefused(
                translate(
                    "Refunds", "Nothing was paid for this sale, so there is nothing to refund."
                )
            )
        if state is SaleState.COMPLETED and variant is not RefundVariant.OVERPAID:
            raise RefundRefused(
                translate(
                    "Refunds",
                    "The tickets of this sale were issued, so only what was paid over the price "
                    "can be refunded from the till.",
                )
            )
        try:
            invoice = await self._btcpay.get_invoice(sale.invoice_id)
        except NotFoundError:
            raise RefundRefused(_no_invoice(sale.invoice_id)) from None
        refundable = invoice.status in _REFUNDABLE_STATUSES or (
            invoice.status == "Expired" and invoice.additional_status in _REFUNDABLE_EXPIRED
        )
        if not refundable:
            raise RefundRefused(_not_refundable(invoice))
        marked_settled = invoice.status == "Settled" and invoice.additional_status == "Marked"
        if invoice.paid_amount is not None and invoice.paid_amount <= 0 and not marked_settled:
            raise RefundRefused(
                translate(
                    "Refunds",
                    "BTCPay shows no payment on this invoice, so there is nothing to refund.",
                )
            )
        if variant is RefundVariant.OVERPAID and invoice.additional_status != "PaidOver":
            raise RefundRefused(
                translate(
                    "Refunds",
                    "This invoice was not paid over its amount; choose another kind of refund.",
                )
            )
        return invoice

    # -- the write ------------------------------------------------------------------------------

    async def _create(
        self,
        sale: Sale,
        invoice: Invoice,
        variant: RefundVariant,
        custom_amount: Decimal | None,
        custom_currency: str | None,
        staff: str | None,
        reason: str | None,
    ) -> Sale:
        custom = variant is RefundVariant.CUSTOM
        currency = (custom_currency or sale.order.currency).upper() if custom else None
        refund = Refund(
            variant=variant,
            status=RefundStatus.REQUESTED,
            reference=uuid.uuid4().hex[:16],
            requested_at=self._ledger.now(),
            staff=staff or None,
            reason=reason or None,
            asked_amount=custom_amount if custom else None,
            asked_currency=currency,
        )
        sale = self._ledger.commit(
            sale.update(now=self._ledger.now(), refund=refund),
            "refund_requested",
            {
                "variant": str(variant),
                "asked_amount": None if refund.asked_amount is None else f"{custom_amount:f}",
                "asked_currency": currency,
                "staff": refund.staff,
                "reason": refund.reason,
                "reference": refund.reference,
                "invoice_status": invoice.status,
                "additional_status": invoice.additional_status,
            },
        )
        try:
            pull = await self._btcpay.create_refund(
                invoice.id,
                variant=str(variant),
                custom_amount=refund.asked_amount,
                custom_currency=currency,
                name=f"Refund {invoice.id}",
                description=refund_description(sale, refund.reference),
            )
        except (UnavailableError, MalformedResponseError, RateUnavailableError) as error:
            # The outcome is unknown (a 500 on CurrentRate comes before anything is made,
            # but a server's 500 is never taken on trust): look before anyone asks again.
            return await self._after_lost_answer(sale, refund, error)
        except ServiceError as error:
            raise self._refused(sale, error) from None
        return self._record(sale, pull)

    def _record(self, sale: Sale, pull: PullPayment) -> Sale:
        """Journal the pull payment BTCPay made on the sale's refund."""
        sale = self._ledger.latest(sale.id)
        refund = sale.refund
        assert refund is not None
        made = dataclasses.replace(
            refund,
            status=RefundStatus.CREATED,
            pull_payment_id=pull.id,
            amount=pull.amount,
            currency=pull.currency,
            claim_link=pull.view_link,
            auto_approved=pull.auto_approve_claims,
            created_at=self._ledger.now(),
            note=None,
        )
        log.info("sale %s: refund %s created (%s %s)", sale.id, pull.id, pull.amount, pull.currency)
        return self._ledger.commit(
            sale.update(now=self._ledger.now(), refund=made),
            "refund_created",
            {
                "pull_payment_id": pull.id,
                "amount": f"{pull.amount:f}",
                "currency": pull.currency,
                "variant": str(made.variant),
                "claim_link": pull.view_link,
                "auto_approved": pull.auto_approve_claims,
                "staff": made.staff,
                "reason": made.reason,
            },
        )

    def _refused(self, sale: Sale, error: ServiceError) -> RefundRefused:
        """BTCPay refused: nothing was made, so the sale's refund is cleared and journalled."""
        words = _refusal_words(error, sale)
        sale = self._ledger.latest(sale.id)
        self._ledger.commit(
            sale.update(now=self._ledger.now(), refund=None),
            "refund_failed",
            {"status": error.status, "code": error.code, "detail": error.detail},
        )
        return RefundRefused(words, by_service=True)

    # -- a lost answer --------------------------------------------------------------------------

    async def _after_lost_answer(self, sale: Sale, refund: Refund, error: ServiceError) -> Sale:
        log.warning("sale %s: refund answer lost (%s); looking it up", sale.id, error.detail)
        try:
            pull = await self._find(refund)
        except ServiceError as lookup:
            return self._uncertain(sale, refund, f"{error.detail}; lookup: {lookup.detail}")
        if pull is not None:
            return self._record(sale, pull)
        if isinstance(error, RateUnavailableError):
            # The pull payments show none: the 500 came before anything was made.
            raise self._refused(sale, error) from None
        return self._uncertain(sale, refund, error.detail)

    async def _settle_doubt(self, sale: Sale, refund: Refund, checked: bool) -> Sale | None:
        """For a refund asked for and not known to be made: the sale with the one found in
        BTCPay, or None when staff say there is none and another may be asked for."""
        try:
            pull = await self._find(refund)
        except ServiceError as error:
            self._uncertain(sale, refund, error.detail)
            raise RefundRefused(UNCERTAIN_WORDS) from None
        if pull is not None:
            return self._record(sale, pull)
        if not checked:
            self._uncertain(sale, refund, "no refund with this reference in BTCPay yet")
            raise RefundRefused(UNCERTAIN_WORDS)
        log.info("sale %s: staff checked BTCPay for refund %s", sale.id, refund.reference)
        return None

    async def _find(self, refund: Refund) -> PullPayment | None:
        """The store's pull payment carrying this refund's reference, if BTCPay has one."""
        for pull in await self._btcpay.list_pull_payments():
            if f"(refund {refund.reference})" in pull.description:
                return pull
        return None

    def _uncertain(self, sale: Sale, refund: Refund, detail: str) -> Sale:
        sale = self._ledger.latest(sale.id)
        doubtful = dataclasses.replace(
            refund, status=RefundStatus.UNCERTAIN, note=str(UNCERTAIN_WORDS)
        )
        return self._ledger.commit(
            sale.update(now=self._ledger.now(), refund=doubtful),
            "refund_uncertain",
            {"reference": refund.reference, "detail": detail},
        )


# -- words ----------------------------------------------------------------------------------------


def _already(refund: Refund) -> Words:
    return translate(
        "Refunds",
        "This sale was refunded already (pull payment {pull}); give the customer its claim "
        "link again, or look it up in BTCPay.",
    ).format(pull=refund.pull_payment_id or "?")


def _no_invoice(invoice_id: str) -> Words:
    return translate(
        "Refunds",
        "BTCPay no longer has invoice {invoice} in this store, so it cannot be refunded from "
        "the till.",
    ).format(invoice=invoice_id)


def _not_refundable(invoice: Invoice) -> Words:
    return translate(
        "Refunds",
        "BTCPay refunds only a settled or invalid invoice, or an expired one that was paid; "
        "this one is {status} ({detail}).",
    ).format(status=invoice.status, detail=invoice.additional_status or "None")


def _refusal_words(error: ServiceError, sale: Sale) -> Words:
    if isinstance(error, PermissionDeniedError):
        words = optional_permission_words(error.permission or REFUND_PERMISSION)
        if words is not None:
            return words
        return translate(
            "Refunds", "The BTCPay API key may not do this: it lacks {permission}."
        ).format(permission=error.permission or REFUND_PERMISSION)
    if isinstance(error, NotFoundError):
        return _no_invoice(sale.invoice_id or "?")
    if isinstance(error, RateUnavailableError):
        return translate(
            "Refunds",
            "BTCPay has no exchange rate now, so it cannot refund at today's rate. Choose "
            "another kind of refund.",
        )
    if isinstance(error, ValidationError) and error.code == NON_REFUNDABLE:
        return translate(
            "Refunds",
            "BTCPay says this invoice cannot be refunded (it is not settled, invalid, or "
            "expired with a payment).",
        )
    return translate("Refunds", "BTCPay refused the refund: {detail}").format(detail=error.detail)
