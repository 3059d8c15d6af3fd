"""Following a sale's invoice: what each BTCPay status means for the sale.

The mapping follows BTCPay Server's invoice watcher (BTCPay Server source,
BTCPayServer/HostedServices/InvoiceWatcher.cs): complete only on
`Settled` (including marked settled); `Expired` with nothing paid releases; a partial payment
before expiry, a payment after expiry (`PaidLate`, which never turns into `Settled` on its own,
#3449) or after a cancel goes to a person. A partial payment makes a new BOLT11 (§5.4), so the
payment request is rebuilt whenever the invoice's status or paid amount changes.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from boxoffice.domain.money import format_money
from boxoffice.domain.reasons import Reason, staff_may_accept
from boxoffice.domain.sale import PaymentRequest, Sale, SaleState
from boxoffice.services.errors import ServiceError

if TYPE_CHECKING:
    from boxoffice.engine.timing import EngineTiming
    from boxoffice.services.btcpay.client import BTCPayClient
    from boxoffice.services.btcpay.models import Invoice

log = logging.getLogger(__name__)

#: Statuses whose payment may still change: the invoice may be paid, confirmed or expire.
OPEN_INVOICE = ("New", "Processing")


class PaymentFollowing:
    """The invoice-following part of `SaleEngine` (a mixin)."""

    btcpay: BTCPayClient
    timing: EngineTiming
    _commit: Callable[..., Sale]
    _now: Callable[[], float]

    _payment_request: Callable[..., Awaitable[PaymentRequest]]
    _issue: Callable[[Sale], Awaitable[Sale]]
    _release: Callable[..., Awaitable[Sale]]

    def _invoice_fields(self, invoice: Invoice) -> dict:
        return {
            "invoice_status": invoice.status,
            "invoice_additional_status": invoice.additional_status,
            "paid_amount": invoice.paid_amount,
        }

    def _paid_something(self, sale: Sale, invoice: Invoice) -> bool:
        if invoice.paid_amount is not None:
            return invoice.paid_amount > 0
        if invoice.additional_status in ("PaidPartial", "PaidLate", "PaidOver"):
            return True
        return bool(sale.payment and sale.payment.btc_paid > 0)

    def _changed_invoice(self, sale: Sale, invoice: Invoice) -> bool:
        return (
            sale.invoice_status,
            sale.invoice_additional_status,
            sale.paid_amount,
        ) != (invoice.status, invoice.additional_status, invoice.paid_amount)

    async def _on_invoice(self, sale: Sale, invoice: Invoice) -> Sale:
        """Move a payable sale on according to its invoice (reference §6.2)."""
        status, extra = invoice.status, invoice.additional_status
        fields = self._invoice_fields(invoice)
        changed = self._changed_invoice(sale, invoice)
        now = self._now()
        if status == "Settled":
            message = None
            if extra == "PaidOver":
                message = (
                    f"Overpaid: {self._paid_text(sale, invoice)} was paid for "
                    f"{format_money(invoice.amount, invoice.currency)}; the customer may ask "
                    "for the difference back."
                )
            elif extra == "Marked":
                message = "Marked as paid in BTCPay."
            sale = self._commit(
                sale.move(SaleState.ISSUING, now=now, message=message, **fields),
                "settled",
                {"invoice_status": status, "additional_status": extra},
            )
            return await self._issue(sale)
        if status in OPEN_INVOICE:
            target = SaleState.CONFIRMING if status == "Processing" else SaleState.AWAITING_PAYMENT
            renewing = sale.payment is not None and sale.payment.lightning_renewing
            if not changed and not renewing and sale.payment is not None and sale.state is target:
                return sale
            # A partial payment lowers the BIP21 amount and makes a new BOLT11, which BTCPay
            # saves a few node round trips later: re-read the payment methods on every poll
            # until it is there (LightningListener.cs), and redraw.
            payment = await self._payment_request(invoice, sale.payment)
            if not changed and payment == sale.payment and sale.state is target:
                return sale
            event = "payment_changed" if sale.state is target else str(target)
            return self._commit(
                sale.move(target, now=now, payment=payment, **fields),
                event,
                {"invoice_status": status, "additional_status": extra},
            )
        if status in ("Expired", "Invalid"):
            paid = self._paid_something(sale, invoice)
            if status == "Expired":
                if extra == "PaidLate":
                    reason = Reason.PAID_LATE
                elif paid:
                    reason = Reason.PARTIAL_THEN_EXPIRED
                else:
                    reason = Reason.EXPIRED
            else:
                reason = Reason.PAYMENT_INVALID if paid else Reason.INVALID
            sale = self._commit(
                sale.move(
                    SaleState.RELEASING,
                    now=now,
                    reason=reason,
                    message=self._reason_message(reason, sale, invoice),
                    watch_until=self._watch_deadline(invoice),
                    **fields,
                ),
                "releasing",
                {"reason": reason, "invoice_status": status, "additional_status": extra},
            )
            return await self._release(sale, invoice)
        log.warning("sale %s: unknown invoice status %s/%s", sale.id, status, extra)
        if changed:
            return self._commit(sale.update(now=now, **fields), "invoice_changed")
        return sale

    async def _on_late_invoice(
        self, sale: Sale, invoice: Invoice, *, accepted_message: str | None = None
    ) -> Sale:
        """A released or troubled sale whose invoice is still watched.

        `accepted_message` replaces the words a settled invoice leaves on the sale (the till
        itself accepted the payment, rather than someone in BTCPay).
        """
        fields = self._invoice_fields(invoice)
        now = self._now()
        if invoice.status == "Settled" and (
            sale.state is SaleState.RELEASED or staff_may_accept(sale.reason)
        ):
            # Staff accepted the payment in BTCPay (marked it settled): the customer paid.
            sale = self._commit(
                sale.move(
                    SaleState.ISSUING,
                    now=now,
                    reason=None,
                    message=accepted_message
                    or "The payment was accepted in BTCPay after the sale had stopped.",
                    watch_until=None,
                    **fields,
                ),
                "accepted",
                {"invoice_status": invoice.status, "additional_status": invoice.additional_status},
            )
            return await self._issue(sale)
        if not self._changed_invoice(sale, invoice):
            return sale
        paid = self._paid_something(sale, invoice)
        if sale.state is SaleState.RELEASED and paid:
            reason = self._late_reason(sale, invoice)
            return self._commit(
                sale.move(
                    SaleState.NEEDS_ATTENTION,
                    now=now,
                    reason=reason,
                    message=self._reason_message(reason, sale, invoice),
                    payment=await self._late_payment_request(sale, invoice),
                    **fields,
                ),
                "late_payment",
                {"reason": reason, "paid_amount": _text(invoice.paid_amount)},
            )
        if sale.state is SaleState.NEEDS_ATTENTION and staff_may_accept(sale.reason):
            reason = self._late_reason(sale, invoice) if paid else sale.reason
            return self._commit(
                sale.update(
                    now=now,
                    reason=reason,
                    message=self._reason_message(reason, sale, invoice),
                    payment=await self._late_payment_request(sale, invoice),
                    **fields,
                ),
                "late_payment",
                {"reason": reason, "paid_amount": _text(invoice.paid_amount)},
            )
        return self._commit(sale.update(now=now, **fields), "invoice_changed")

    async def _late_payment_request(self, sale: Sale, invoice: Invoice) -> PaymentRequest | None:
        """The payment request with what has been paid by now, for staff to weigh up.

        A payment after expiry or a cancel changes no open request, so the last one still says
        what was paid before. Reading it again is a nicety: if BTCPay cannot answer, the old
        one stays.
        """
        if sale.payment is None:
            return None
        try:
            return await self._payment_request(invoice)
        except ServiceError as error:
            log.info("sale %s: cannot reread the payment details (%s)", sale.id, error)
            return sale.payment

    def _late_reason(self, sale: Sale, invoice: Invoice) -> Reason:
        if sale.reason in (Reason.CANCELLED, Reason.PAID_AFTER_CANCEL):
            return Reason.PAID_AFTER_CANCEL
        if invoice.status == "Invalid":
            return Reason.PAYMENT_INVALID
        if invoice.additional_status == "PaidLate":
            return Reason.PAID_LATE
        return Reason.PARTIAL_THEN_EXPIRED

    def _paid_text(self, sale: Sale, invoice: Invoice) -> str:
        if invoice.paid_amount is not None:
            return format_money(invoice.paid_amount, invoice.currency)
        if sale.payment is not None:
            return f"{sale.payment.btc_paid:f} BTC"
        return "an amount"

    def _reason_message(self, reason: Reason, sale: Sale, invoice: Invoice | None) -> str:
        if reason.message is not None or invoice is None:
            return reason.message or str(reason)
        paid = self._paid_text(sale, invoice)
        total = format_money(invoice.amount, invoice.currency)
        if reason is Reason.PARTIAL_THEN_EXPIRED:
            return (
                f"Only {paid} of {total} was paid before the invoice expired; the tickets were "
                "released. Refund the customer, or accept the payment in BTCPay."
            )
        if reason is Reason.PAID_LATE:
            return (
                f"{paid} of {total} arrived after the invoice expired. Accept it (mark the "
                "invoice settled in BTCPay) to issue the tickets, or refund the customer."
            )
        if reason is Reason.PAID_AFTER_CANCEL:
            return (
                f"{paid} of {total} was paid after the sale was cancelled. Refund the customer, "
                "or mark the invoice settled in BTCPay to issue the tickets."
            )
        if reason is Reason.PAYMENT_INVALID:
            return (
                f"{paid} of {total} was paid but not confirmed in time; the invoice is invalid. "
                "Check the payment in BTCPay."
            )
        return str(reason)

    def _watch_deadline(self, invoice: Invoice | None) -> float:
        """Until when to look for late payments: grace after expiry, within monitoring."""
        now = self._now()
        expiry = invoice.expiration_time if invoice and invoice.expiration_time else now
        deadline = max(now, float(expiry)) + self.timing.late_payment_grace
        if invoice is not None and invoice.monitoring_expiration:
            deadline = min(deadline, max(now, float(invoice.monitoring_expiration)))
        return deadline


def _text(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:f}"
