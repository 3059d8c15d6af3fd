"""A new invoice for the rest: continuing a sale whose invoice expired after a partial payment.

BTCPay keeps what arrived on the expired invoice (Expired + PaidPartial) and will take no more
on it, so the rest is billed by a new sale, the *continuation*: the same tickets, held anew,
whose invoice asks for the full price less what the customer paid before (`Order.paid_before`,
`Order.amount_due`), and whose order names the sale it continues (`Order.continues`). It is
started like any sale (`SaleEngine.start_sale`): watched, and issued once when paid.

What was paid is BTCPay's `paidAmount` of the expired invoice: the net amount paid, in the
invoice's currency, rounded to its decimals (Greenfield API, `InvoiceData`, since 2.1.2). It is
read again when staff decide, never taken from the till's last look; a server that does not
give it is refused in plain words (the rest cannot be billed exactly), and staff refund instead.

Exactly once: the decision is journalled on the original (`Resolution`, action `new_invoice`),
and the continuation is linked to it (`continued_in`) and journalled under the original's lock
and claim, so two windows or processes of one till make one continuation. While that
continuation lives, the original is settled ("continued in sale X") and offers nothing more.
A continuation that never reached the customer's wallet (failed), ended with nothing paid
(released) or had its own money refunded leaves the original to be settled again (refunded,
or continued anew: `boxoffice.domain.continuation`). A link journalled just before a crash names
a sale the journal never recorded: that is no continuation either.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING

from boxoffice.domain.continuation import continuation_stands
from boxoffice.domain.order import Order
from boxoffice.domain.reasons import Reason
from boxoffice.domain.resolution import Resolution, ResolutionAction, ResolutionRefused
from boxoffice.domain.sale import Sale, SaleState
from boxoffice.services.errors import ServiceError
from boxoffice.words import translate

if TYPE_CHECKING:
    from boxoffice.engine.ledger import Ledger
    from boxoffice.services.btcpay.client import BTCPayClient

log = logging.getLogger(__name__)


def continued_in(sale: Sale) -> str | None:
    """The sale that bills the rest of this one, as its snapshot names it (or None)."""
    resolution = sale.resolution
    if resolution is None or resolution.action is not ResolutionAction.NEW_INVOICE:
        return None
    return resolution.continued_in


def continuation_live(continuation: Sale | None) -> bool:
    """Whether a continuation still stands for the rest (`continuation_stands`)."""
    return continuation_stands(continuation)


def offers_new_invoice(sale: Sale) -> bool:
    """Whether staff are offered a new invoice for the rest: partly paid, then expired, no
    refund, and what was paid known (BTCPay 2.1.2+) and less than the invoice asked."""
    paid = sale.paid_amount
    return continuable(sale) and paid is not None and 0 < paid < sale.order.amount_due


def continuable(sale: Sale) -> bool:
    """Whether the sale is one whose rest could be billed: partly paid, then expired, with an
    invoice and no refund (what was paid is asked of BTCPay before anything is done)."""
    return (
        sale.state is SaleState.NEEDS_ATTENTION
        and sale.reason is Reason.PARTIAL_THEN_EXPIRED
        and sale.refund is None
        and bool(sale.invoice_id)
        and sale.offline is None
    )


class Continuations:
    """Preparing the continuation of a sale (the decision, what is still due) and linking the
    new sale to it when it starts. Calls the ledger (lock, claim, journal) and BTCPay (the
    expired invoice, read once)."""

    def __init__(self, ledger: Ledger, btcpay: BTCPayClient) -> None:
        self._ledger = ledger
        self._btcpay = btcpay

    def live_continuation(self, sale: Sale) -> Sale | None:
        """The sale's continuation while it stands, else None."""
        sale_id = continued_in(sale)
        if sale_id is None:
            return None
        continuation = self._ledger.sale(sale_id)
        return continuation if continuation_live(continuation) else None

    async def prepare(self, sale_id: str, *, staff: str, reason: str) -> Order:
        """Journal staff's decision and return the order that bills the rest.

        Raises `ResolutionRefused` in plain words when the sale cannot be continued (nothing
        was done then): not partly paid and expired, refunded, continued already, or BTCPay
        cannot say exactly what was paid.
        """
        ledger = self._ledger
        async with ledger.lock(sale_id):
            claim(ledger, sale_id)
            try:
                sale = ledger.latest_record(ledger.latest(sale_id))
                self._refuse_if_continued(sale)
                if not continuable(sale):
                    raise ResolutionRefused(_not_partial())
                assert sale.invoice_id is not None
                try:
                    invoice = await self._btcpay.get_invoice(sale.invoice_id)
                except ServiceError as error:
                    raise ResolutionRefused(
                        translate(
                            "Resolutions",
                            "BTCPay could not say what the customer paid ({error}); nothing "
                            "was done. Try again in a moment.",
                        ).format(error=error)
                    ) from None
                order = sale.order
                paid = invoice.paid_amount
                if paid is None:
                    raise ResolutionRefused(
                        translate(
                            "Resolutions",
                            "This BTCPay server does not say exactly what was paid (it needs "
                            "version 2.1.2 or later), so the rest cannot be billed. Refund what "
                            "arrived instead.",
                        )
                    )
                if (
                    invoice.status != "Expired"
                    or invoice.additional_status != "PaidPartial"
                    or invoice.currency.upper() != order.currency.upper()
                    or not 0 < paid < order.amount_due
                ):
                    raise ResolutionRefused(_not_partial())
                decided = new_resolution(ResolutionAction.NEW_INVOICE, staff, reason, ledger.now())
                ledger.commit(
                    sale.update(now=ledger.now(), resolution=decided),
                    "resolution",
                    {**decided.to_dict(), "paid": f"{paid:f}"},
                )
            finally:
                ledger.drop_claim(sale_id)
        log.info("sale %s: a new invoice for the rest is prepared", sale_id)
        return dataclasses.replace(order, paid_before=order.paid_before + paid, continues=sale_id)

    async def link(self, continuation: Sale) -> None:
        """Journal the continuation (state reserving) and name it on the sale it continues,
        under that sale's lock and claim; raises `ResolutionRefused` when a continuation
        stands already or the decision was not journalled first (`prepare`)."""
        ledger = self._ledger
        original_id = continuation.order.continues
        assert original_id is not None
        async with ledger.lock(original_id):
            claim(ledger, original_id)
            try:
                original = ledger.sale(original_id)
                if original is None:
                    raise ResolutionRefused(_not_partial())
                original = ledger.latest_record(original)
                self._refuse_if_continued(original)
                resolution = original.resolution
                if (
                    resolution is None
                    or resolution.action is not ResolutionAction.NEW_INVOICE
                    or not continuable(original)
                    or not 0 < continuation.order.amount_due < continuation.order.total
                ):
                    raise ResolutionRefused(_not_partial())
                linked = dataclasses.replace(resolution, continued_in=continuation.id)
                ledger.commit(
                    original.update(now=ledger.now(), resolution=linked),
                    "resolution",
                    {**linked.to_dict(), "continued_in": continuation.id},
                )
                # Journalled before any network call, as every new sale is.
                ledger.record_new(continuation)
            finally:
                ledger.drop_claim(original_id)

    def _refuse_if_continued(self, sale: Sale) -> None:
        continuation = self.live_continuation(sale)
        if continuation is not None:
            raise ResolutionRefused(
                translate(
                    "Resolutions",
                    "A new invoice for the rest was made already: this sale is continued in "
                    "sale {sale}.",
                ).format(sale=continuation.id)
            )


def claim(ledger: Ledger, sale_id: str) -> None:
    """Take the journal's claim on the sale for this process, or refuse in plain words."""
    if not ledger.take_claim(sale_id):
        raise ResolutionRefused(
            translate(
                "Resolutions",
                "This sale is being finished by another Box Office window or command on "
                "this till. Look at it again in a moment.",
            )
        )


def new_resolution(action: ResolutionAction, staff: str, reason: str, now: float) -> Resolution:
    """Staff's decision, refused in plain words without a name or a reason."""
    staff, reason = (staff or "").strip(), (reason or "").strip()
    if not staff:
        raise ResolutionRefused(
            translate("Resolutions", "Say who is settling this sale: the staff name is missing.")
        )
    if not reason:
        raise ResolutionRefused(
            translate("Resolutions", "Say why the sale is settled this way: the reason is missing.")
        )
    return Resolution(action=action, staff=staff, at=now, reason=reason)


def _not_partial() -> str:
    return translate(
        "Resolutions",
        "Only a sale whose invoice expired after part of the price was paid can get a new "
        "invoice for the rest.",
    )
