"""What staff do with a sale afterwards: look it up, accept a late payment, e-mail it again.

At the door, after a network blip or a restart, staff must be able to tell whether the last sale
went through and give a customer their tickets again (btcpayserver#5379, lnbits/tpos#20). A
payment that arrived in full after the invoice expired (`PaidLate`, which never settles on its
own) or after a cancel is for staff to accept or refund (BTCPay Server source,
InvoiceWatcher.cs). Accepting marks the invoice Settled (GreenfieldInvoiceController.cs
`MarkInvoiceStatus`) and then follows the very path a payment accepted in BTCPay takes, so the
tickets are issued by the same code, counted by reference, exactly once.

Why the till will not accept a payment (`SaleNotAcceptable`) is said in `Words` (context
"StaffActions"), as the window shows it beside the sale.
"""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import TYPE_CHECKING

from boxoffice.domain.money import amount_words
from boxoffice.domain.reasons import staff_may_accept
from boxoffice.domain.sale import Sale, SaleNotAcceptable, SaleState
from boxoffice.engine.continuations import continued_in
from boxoffice.engine.invoice_data import ACCEPTED_KEY
from boxoffice.engine.invoice_rules import paid_in_full
from boxoffice.services.errors import (
    NotFoundError,
    ServiceError,
    UnavailableError,
    ValidationError,
)
from boxoffice.words import translate

if TYPE_CHECKING:
    from boxoffice.engine.issuing import TicketIssuing
    from boxoffice.engine.ledger import Ledger
    from boxoffice.engine.payment_watch import PaymentFollowing
    from boxoffice.engine.timing import EngineTiming
    from boxoffice.engine.watch import SaleWatch
    from boxoffice.services.btcpay.client import BTCPayClient
    from boxoffice.services.btcpay.models import Invoice

log = logging.getLogger(__name__)

ACCEPTED_MESSAGE = translate(
    "SaleWords", "Staff accepted the payment at the till after the sale had stopped."
)


def offers_acceptance(sale: Sale) -> bool:
    """Whether staff may be offered to accept this sale's payment, judging by the snapshot.

    Only a sale that needs attention over its payment, whose invoice was last seen paid in
    full. `SaleEngine.accept_payment` asks BTCPay again before it marks anything.
    """
    if sale.state is not SaleState.NEEDS_ATTENTION or not staff_may_accept(sale.reason):
        return False
    if sale.refund is not None:  # refunded, or asked for: the money is going back
        return False
    if not sale.invoice_id:
        return False
    if continued_in(sale) is not None:  # the rest is billed by its continuation
        return False
    full = paid_in_full(sale.order.amount_due, sale.paid_amount, sale.invoice_additional_status)
    if full is not None:
        return full
    payment = sale.payment
    return bool(payment and payment.btc_amount and payment.btc_paid >= payment.btc_amount)


class StaffActions:
    """What staff do with a sale afterwards: the recent sales, accepting a late payment,
    e-mailing the tickets again.

    Owns nothing of its own. Calls the ledger (snapshots, locks, claims), BTCPay (the invoice
    and its marking), the payment following (`follow`, which issues an accepted payment),
    issuing (`send_tickets`) and the watch (`ensure`) to keep an accepted sale going.
    """

    def __init__(
        self,
        ledger: Ledger,
        btcpay: BTCPayClient,
        timing: EngineTiming,
        *,
        payments: PaymentFollowing,
        issuing: TicketIssuing,
        watch: SaleWatch,
    ) -> None:
        self._ledger = ledger
        self._btcpay = btcpay
        self._timing = timing
        self._payments = payments
        self._issuing = issuing
        self._watch = watch

    def recent_sales(self, limit: int = 50) -> list[Sale]:
        """This till's latest sales from its journal, newest first, as the engine sees them now.

        A sale the engine holds in memory is newer than its journal row (it may, say, carry a
        connection problem that is never journalled).
        """
        ledger = self._ledger
        return [ledger.held(sale.id) or sale for sale in ledger.journal.sales(limit)]

    async def accept_payment(self, sale_id: str) -> Sale:
        """Accept a payment that arrived in full too late: mark the invoice Settled, issue.

        Only for a sale in `needs_attention` over its payment (`paid_late`,
        `paid_after_cancel`, `payment_invalid`, ...) whose invoice BTCPay shows paid in full.
        Raises `SaleNotAcceptable` for a partial or missing payment or any other sale; an
        unpaid invoice is never marked. Pressed twice, or raced by the watcher, the tickets
        are still issued once: the sale's lock orders the callers and the second finds the
        sale already issued.
        """
        asked = self._ledger.find(sale_id)
        async with self._ledger.lock(sale_id):
            # One process of this till at a time (the window and `boxoffice accept` share the
            # journal): the other is told to wait instead of marking and issuing a second time.
            if not self._ledger.take_claim(sale_id):
                raise SaleNotAcceptable(
                    translate(
                        "StaffActions",
                        "This sale is being finished by another Box Office window or command on "
                        "this till. Look at it again in a moment.",
                    )
                )
            try:
                # What the journal says now: another process may have moved the sale on.
                sale = self._ledger.latest_record(self._ledger.latest(sale_id))
                if sale.state is not SaleState.NEEDS_ATTENTION:
                    if asked.state is SaleState.NEEDS_ATTENTION and sale.state in (
                        SaleState.ISSUING,
                        SaleState.COMPLETED,
                    ):
                        return sale  # accepted while this call waited for the lock
                    raise SaleNotAcceptable(_not_in_question(sale))
                if sale.refund is not None:
                    # Accepting would issue tickets for money that is being given back.
                    raise SaleNotAcceptable(
                        translate(
                            "StaffActions",
                            "A refund of this sale's payment was asked for in BTCPay, so the "
                            "payment cannot be accepted any more.",
                        )
                    )
                if not staff_may_accept(sale.reason) or not sale.invoice_id:
                    raise SaleNotAcceptable(
                        translate(
                            "StaffActions",
                            "This sale's payment is not in question: there is nothing to "
                            "accept. Follow the advice on the screen.",
                        )
                    )
                try:
                    invoice = await self._btcpay.get_invoice(sale.invoice_id)
                except NotFoundError:
                    # BTCPay 2.3.6+ answers a 403 for an invoice it does not have; the client
                    # reads that as "not found" when the key is fine. Never a key problem here.
                    raise SaleNotAcceptable(
                        translate(
                            "StaffActions",
                            "BTCPay no longer has invoice {invoice} in this store, so its "
                            "payment cannot be accepted from the till. Look the payment up in "
                            "BTCPay.",
                        ).format(invoice=sale.invoice_id)
                    ) from None
                message = None  # settled in BTCPay already: the usual words
                if invoice.status != "Settled":
                    sale, invoice = await self._mark_settled(sale, invoice)
                    message = ACCEPTED_MESSAGE
                try:
                    sale = await self._payments.follow(sale, invoice, accepted_message=message)
                except ServiceError as error:
                    # The payment is accepted and journalled; the watcher issues when it can.
                    log.warning("sale %s: accepted, issuing later (%s)", sale_id, error)
                    sale = self._ledger.latest(sale_id)
            finally:
                self._ledger.drop_claim(sale_id)
        self._watch.ensure(sale)
        return sale

    async def _mark_settled(self, sale: Sale, invoice: Invoice) -> tuple[Sale, Invoice]:
        """Check the invoice is paid in full and may be marked, journal, then mark it Settled.

        Returns the journalled sale and the settled invoice.
        """
        total = amount_words(invoice.amount, invoice.currency)
        if not await self._paid_in_full(invoice):
            if invoice.paid_amount:
                paid = amount_words(invoice.paid_amount, invoice.currency)
                raise SaleNotAcceptable(
                    translate(
                        "StaffActions",
                        "Only {paid} of {total} was paid. A partial payment cannot be accepted: "
                        "refund it from BTCPay, or start a new sale.",
                    ).format(paid=paid, total=total)
                )
            raise SaleNotAcceptable(
                translate(
                    "StaffActions",
                    "BTCPay shows no payment of {total} on this invoice, so there is nothing to "
                    "accept.",
                ).format(total=total)
            )
        markable = invoice.available_statuses_for_manual_marking
        if "Settled" not in markable and (markable or invoice.status not in _MARKABLE_SETTLED):
            raise SaleNotAcceptable(
                translate(
                    "StaffActions",
                    "BTCPay does not let this invoice ({status}) be marked settled now.",
                ).format(status=invoice.status)
            )
        now = self._ledger.now()
        # Journalled first, and kept on the watch list for a while: should the till stop
        # between the mark and the tickets, the next start finds the invoice settled and
        # issues them (recovery follows a watched sale's invoice).
        sale = self._ledger.commit(
            sale.update(
                now=now,
                watch_until=max(sale.watch_until or 0.0, now + self._timing.late_payment_grace),
            ),
            "accept_payment",
            {
                "invoice_id": invoice.id,
                "invoice_status": invoice.status,
                "additional_status": invoice.additional_status,
                "paid_amount": None if invoice.paid_amount is None else f"{invoice.paid_amount:f}",
                "amount": f"{invoice.amount:f}",
            },
        )
        try:
            # Marked for other tills first: they leave a sale accepted here to this till for a
            # while (`recovery.ADOPT_QUIET`) instead of holding its seats a second time.
            await self._btcpay.merge_invoice_metadata(invoice.id, {ACCEPTED_KEY: int(now)})
        except ServiceError as error:
            if error.transient:
                raise
            log.warning("sale %s: acceptance not written to the invoice (%s)", sale.id, error)
        try:
            # The client reads the invoice again after the mark: from 2.3.6 the mark's own
            # answer is the invoice as it was before (GreenfieldInvoiceController.cs).
            settled = await self._btcpay.mark_invoice_status(invoice.id, "Settled")
        except ValidationError as error:
            # Refused (422): settled meanwhile by someone else, or no longer markable.
            settled = await self._btcpay.get_invoice(invoice.id)
            if settled.status != "Settled":
                raise SaleNotAcceptable(
                    translate(
                        "StaffActions", "BTCPay refused to mark the invoice settled: {detail}"
                    ).format(detail=error.detail)
                ) from error
        except UnavailableError:
            # Outcome unknown: look it up rather than send it again.
            settled = await self._btcpay.get_invoice(invoice.id)
            if settled.status != "Settled":
                raise
        if settled.status != "Settled":
            raise SaleNotAcceptable(
                translate("StaffActions", "BTCPay left the invoice {status}, not settled.").format(
                    status=settled.status
                )
            )
        return sale, settled

    async def _paid_in_full(self, invoice: Invoice) -> bool:
        """Whether BTCPay shows the whole amount paid (its own statuses, then its figures)."""
        full = paid_in_full(invoice.amount, invoice.paid_amount, invoice.additional_status)
        if full is not None:
            return full
        # Servers before 2.1.2 have no paidAmount (§5.2): ask the payment methods.
        methods = await self._btcpay.get_payment_methods(invoice.id)
        return any(m.total_paid > 0 and m.due <= Decimal(0) for m in methods)

    async def resend_email(self, sale_id: str) -> Sale:
        """E-mail a completed sale's tickets again, the same way the sale itself did.

        The outcome is in `email_sent` / `email_note` of the returned sale, and journalled. Raises
        `ValueError` for a sale that has no tickets to send yet.
        """
        async with self._ledger.lock(sale_id):
            sale = self._ledger.latest(sale_id)
            if sale.state is not SaleState.COMPLETED or not sale.tickets:
                raise ValueError(
                    translate(
                        "StaffActions", "Only a completed sale's tickets can be e-mailed again."
                    )
                )
            if sale.records_pending:
                # The first e-mail is still on its way (it waits for BTCPay): a second one now
                # would reach the customer twice.
                raise ValueError(
                    translate(
                        "StaffActions",
                        "The tickets are still being handed to BTCPay for e-mail; wait a moment.",
                    )
                )
            sent, note = await self._issuing.send_tickets(sale)
            return self._ledger.commit(
                sale.update(now=self._ledger.now(), email_sent=sent, email_note=note),
                "email_resent",
                {"email_sent": sent, "note": note},
            )


#: Statuses from which BTCPay lets an invoice be marked Settled (§5.5), for servers that do
#: not send `availableStatusesForManualMarking`.
_MARKABLE_SETTLED = ("New", "Processing", "Expired", "Invalid")


def _not_in_question(sale: Sale) -> str:
    state = sale.state
    if state is SaleState.COMPLETED:
        return translate("StaffActions", "This sale is complete: its tickets were issued already.")
    if state.payable or state in (SaleState.RESERVING, SaleState.ISSUING):
        return translate("StaffActions", "This sale is still going on; wait until it ends.")
    if state is SaleState.RELEASING:
        return translate(
            "StaffActions", "The tickets of this sale are being released; wait a moment."
        )
    return translate(
        "StaffActions", "Nothing was paid for this sale, so there is nothing to accept."
    )
