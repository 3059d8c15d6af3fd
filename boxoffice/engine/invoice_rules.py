"""What a BTCPay invoice's state means for a sale: one pure function, `next_move`.

No I/O and no clock: given the sale's snapshot and the invoice as BTCPay answers it now, the
move the engine makes next. Payment following, releasing and recovery all ask it; they do the
network calls and the journalling. The mapping follows BTCPay Server's invoice watcher (BTCPay
Server source, BTCPayServer/HostedServices/InvoiceWatcher.cs; Greenfield API "Invoices",
docs.btcpayserver.org/API/Greenfield/v1/#tag/Invoices): statuses New, Processing, Settled,
Expired, Invalid, with the additional statuses None, PaidPartial, PaidOver, PaidLate, Marked,
Invalid.

- A payable sale completes only on `Settled` (marked settled included); `Expired` with nothing
  paid releases; a partial payment before expiry, a payment after expiry (`PaidLate`, which
  never turns into `Settled` on its own, btcpayserver#3449) or after a cancel goes to a person.
- A released sale, or one in `needs_attention` over its payment, is still watched: money that
  arrives turns it into `needs_attention`; `Settled` (staff marked it in BTCPay) issues.
- A releasing sale whose invoice was paid before it could be stopped goes on.
- A sale found `reserving` after a restart was never shown a payment request: unless the
  invoice was paid all the same, what was created is undone.

Also here: the one test whether money arrived (`money_arrived`) and whether all of it did
(`paid_in_full`), used wherever the engine asks. The sentences a move carries are `Words`
(context "SaleWords"), said in the window's language where it shows them.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from boxoffice.domain.money import amount_words
from boxoffice.domain.reasons import Reason, is_failure, staff_may_accept
from boxoffice.domain.sale import Sale, SaleState
from boxoffice.words import translate

if TYPE_CHECKING:
    from boxoffice.services.btcpay.models import Invoice

#: Statuses whose payment may still change: the invoice may be paid, confirmed or expire.
OPEN_INVOICE = ("New", "Processing")
#: Statuses that say the customer has paid in full (confirming, or settled).
PAID_INVOICE = ("Processing", "Settled")
#: Statuses of an invoice that can no longer be paid as asked.
CLOSED_INVOICE = ("Expired", "Invalid")
#: Additional statuses that say some money reached the invoice.
_MONEY_STATUSES = ("PaidPartial", "PaidLate", "PaidOver")
#: Additional statuses that say the whole amount arrived (§6.2).
PAID_IN_FULL_STATUSES = ("PaidLate", "PaidOver")

ACCEPTED_IN_BTCPAY = translate(
    "SaleWords", "The payment was accepted in BTCPay after the sale had stopped."
)


# -- did money arrive ---------------------------------------------------------------------------


def money_arrived(
    paid_amount: Decimal | None, additional_status: str | None, btc_paid: Decimal | None = None
) -> bool:
    """Whether any money reached an invoice: BTCPay's `paidAmount` when it sends one (servers
    before 2.1.2 do not), else its additional status, else what the payment methods showed
    the till (`btc_paid`)."""
    if paid_amount is not None:
        return paid_amount > 0
    if additional_status in _MONEY_STATUSES:
        return True
    return bool(btc_paid and btc_paid > 0)


def paid_in_full(
    amount: Decimal | None, paid_amount: Decimal | None, additional_status: str | None
) -> bool | None:
    """Whether the whole `amount` arrived: BTCPay's own additional statuses, then its figures;
    None when neither says (a server without `paidAmount`: ask its payment methods)."""
    if additional_status in PAID_IN_FULL_STATUSES:
        return True
    if paid_amount is not None:
        return amount is not None and amount > 0 and paid_amount >= amount
    return None


def sale_money_arrived(sale: Sale, invoice: Invoice) -> bool:
    """`money_arrived` for this sale's invoice, with what the till last saw paid."""
    btc_paid = sale.payment.btc_paid if sale.payment is not None else None
    return money_arrived(invoice.paid_amount, invoice.additional_status, btc_paid)


def partly_paid(invoice: Invoice) -> bool:
    """A New invoice that some money reached already (its BOLT11 is being replaced)."""
    return invoice.status == "New" and money_arrived(invoice.paid_amount, invoice.additional_status)


def closed_unpaid(invoice: Invoice) -> bool:
    """An expired or invalid invoice that no money reached."""
    return invoice.status in CLOSED_INVOICE and not money_arrived(
        invoice.paid_amount, invoice.additional_status
    )


# -- the moves ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Stay:
    """Nothing new: leave the sale as it is."""


@dataclass(frozen=True)
class Record:
    """Only the invoice's figures changed: keep them, in the same state ("invoice_changed")."""


@dataclass(frozen=True)
class Follow:
    """The invoice is open: be in `state`, with the payment request redrawn when `look`."""

    state: SaleState
    #: The invoice's status, additional status or paid amount differ from the snapshot's.
    changed: bool
    #: Read the payment methods again (changed, a BOLT11 being renewed, none yet, new state).
    look: bool


@dataclass(frozen=True)
class Issue:
    """Paid: move to `issuing` with `message`, and issue the tickets ("settled")."""

    message: str | None


@dataclass(frozen=True)
class Accept:
    """A stopped sale's invoice was settled (staff accepted it in BTCPay): issue after all,
    with no reason left and no more watching ("accepted")."""

    message: str = ACCEPTED_IN_BTCPAY


@dataclass(frozen=True)
class Release:
    """Stop the invoice and free the seats for `reason` ("releasing"), watching it a while."""

    reason: Reason
    message: str


@dataclass(frozen=True)
class Resume:
    """A reservation cut short by a restart whose invoice was paid: show it, then follow it."""


@dataclass(frozen=True)
class ToPerson:
    """Money arrived on a sale that cannot simply finish: `needs_attention` for `reason`.

    `update`: the sale is in `needs_attention` already and only its reason and figures change.
    """

    reason: Reason
    message: str
    update: bool = False


@dataclass(frozen=True)
class PaidMeanwhile:
    """A releasing sale's invoice was paid before it could be stopped: the sale goes on."""

    state: SaleState
    message: str


@dataclass(frozen=True)
class Close:
    """A released sale with nothing paid comes to rest in `state` (released or failed)."""

    state: SaleState


Move = Stay | Record | Follow | Issue | Accept | Release | Resume | ToPerson | PaidMeanwhile | Close


def next_move(sale: Sale, invoice: Invoice | None) -> Move:
    """What `invoice` (as BTCPay answers now; None: the sale has none) means for `sale`."""
    state = sale.state
    if state is SaleState.RESERVING:
        return _resumed(sale, invoice)
    if state is SaleState.RELEASING:
        return _releasing(sale, invoice)
    if invoice is None:
        return Stay()
    if state.payable:
        return _payable(sale, invoice)
    if state in (SaleState.RELEASED, SaleState.NEEDS_ATTENTION):
        return _stopped(sale, invoice)
    return Stay()  # issuing or finished: the invoice has nothing more to say


def _payable(sale: Sale, invoice: Invoice) -> Move:
    status, extra = invoice.status, invoice.additional_status
    changed = invoice_changed(sale, invoice)
    if status == "Settled":
        message = None
        if extra == "PaidOver":
            message = translate(
                "SaleWords",
                "Overpaid: {paid} was paid for {total}; the customer may ask for the "
                "difference back.",
            ).format(
                paid=paid_text(sale, invoice), total=amount_words(invoice.amount, invoice.currency)
            )
        elif extra == "Marked":
            message = translate("SaleWords", "Marked as paid in BTCPay.")
        return Issue(message)
    if status in OPEN_INVOICE:
        target = SaleState.CONFIRMING if status == "Processing" else SaleState.AWAITING_PAYMENT
        renewing = sale.payment is not None and sale.payment.lightning_renewing
        look = changed or renewing or sale.payment is None or sale.state is not target
        return Follow(target, changed=changed, look=look)
    if status in CLOSED_INVOICE:
        paid = sale_money_arrived(sale, invoice)
        if status == "Expired":
            if extra == "PaidLate":
                reason = Reason.PAID_LATE
            elif paid:
                reason = Reason.PARTIAL_THEN_EXPIRED
            else:
                reason = Reason.EXPIRED
        else:
            reason = Reason.PAYMENT_INVALID if paid else Reason.INVALID
        return Release(reason, reason_message(reason, sale, invoice))
    # A status this version does not know: keep the figures, change nothing else.
    return Record() if changed else Stay()


def _stopped(sale: Sale, invoice: Invoice) -> Move:
    """A released sale, or one in `needs_attention`, whose invoice is still watched."""
    if invoice.status == "Settled" and (
        sale.state is SaleState.RELEASED or staff_may_accept(sale.reason)
    ):
        return Accept()
    if not invoice_changed(sale, invoice):
        return Stay()
    paid = sale_money_arrived(sale, invoice)
    if sale.state is SaleState.RELEASED and paid:
        reason = late_reason(sale, invoice)
        return ToPerson(reason, reason_message(reason, sale, invoice))
    trouble = sale.reason
    if sale.state is SaleState.NEEDS_ATTENTION and trouble and staff_may_accept(trouble):
        reason = late_reason(sale, invoice) if paid else trouble
        return ToPerson(reason, reason_message(reason, sale, invoice), update=True)
    return Record()


def _releasing(sale: Sale, invoice: Invoice | None) -> Move:
    """A releasing sale, with its invoice as it is once asked to stop (None: no invoice)."""
    if invoice is not None and invoice.status in PAID_INVOICE:
        # Paid in full before the invoice could be stopped: a paid customer gets the
        # tickets, so the sale goes on instead of being released.
        target = SaleState.ISSUING if invoice.status == "Settled" else SaleState.CONFIRMING
        if sale.reason is Reason.CANCELLED:
            message = translate("SaleWords", "The customer paid before the cancel took effect.")
        else:
            message = translate("SaleWords", "The invoice was paid after all, so the sale goes on.")
        return PaidMeanwhile(target, message)
    if invoice is not None and sale_money_arrived(sale, invoice):
        reason = sale.reason
        if reason is None or not staff_may_accept(reason):
            reason = late_reason(sale, invoice)
        return ToPerson(reason, reason_message(reason, sale, invoice))
    return Close(SaleState.FAILED if is_failure(sale.reason) else SaleState.RELEASED)


def _resumed(sale: Sale, invoice: Invoice | None) -> Move:
    """A sale found `reserving` after a restart, with the invoice its order id finds."""
    if invoice is not None and (
        invoice.status in PAID_INVOICE or sale_money_arrived(sale, invoice)
    ):
        if invoice.status == "Settled":
            return Issue(sale.message)
        return Resume()
    return Release(Reason.INTERRUPTED, reason_message(Reason.INTERRUPTED, sale, None))


# -- the words and figures a move carries -------------------------------------------------------


def invoice_fields(invoice: Invoice) -> dict[str, Any]:
    """What a sale's snapshot keeps of its invoice."""
    return {
        "invoice_status": invoice.status,
        "invoice_additional_status": invoice.additional_status,
        "paid_amount": invoice.paid_amount,
    }


def invoice_changed(sale: Sale, invoice: Invoice) -> bool:
    """Whether the invoice's status or paid amount differ from what the snapshot keeps."""
    return (
        sale.invoice_status,
        sale.invoice_additional_status,
        sale.paid_amount,
    ) != (invoice.status, invoice.additional_status, invoice.paid_amount)


def late_reason(sale: Sale, invoice: Invoice) -> Reason:
    """Why money that came after the sale stopped needs a person."""
    if sale.reason in (Reason.CANCELLED, Reason.PAID_AFTER_CANCEL):
        return Reason.PAID_AFTER_CANCEL
    if invoice.status == "Invalid":
        return Reason.PAYMENT_INVALID
    if invoice.additional_status == "PaidLate":
        return Reason.PAID_LATE
    return Reason.PARTIAL_THEN_EXPIRED


def paid_text(sale: Sale, invoice: Invoice) -> str:
    """What was paid, for a sentence: "£5.00", "0.0001 BTC", or "an amount" when unknown."""
    if invoice.paid_amount is not None:
        return amount_words(invoice.paid_amount, invoice.currency)
    if sale.payment is not None:
        return f"{sale.payment.btc_paid:f} BTC"
    return translate("SaleWords", "an amount")


def reason_message(reason: Reason, sale: Sale, invoice: Invoice | None) -> str:
    """The sentence for `reason`: its fixed one, or one with the invoice's amounts."""
    if reason.message is not None or invoice is None:
        return reason.message or str(reason)
    paid = paid_text(sale, invoice)
    total = amount_words(invoice.amount, invoice.currency)
    if reason is Reason.PARTIAL_THEN_EXPIRED:
        words = translate(
            "SaleWords",
            "Only {paid} of {total} was paid before the invoice expired; the tickets were "
            "released. Bill the rest with a new invoice, or refund what arrived.",
        )
    elif reason is Reason.PAID_LATE:
        words = translate(
            "SaleWords",
            "{paid} of {total} arrived after the invoice expired. Accept it (mark the invoice "
            "settled in BTCPay) to issue the tickets, or refund the customer.",
        )
    elif reason is Reason.PAID_AFTER_CANCEL:
        words = translate(
            "SaleWords",
            "{paid} of {total} was paid after the sale was cancelled. Refund the customer, or "
            "mark the invoice settled in BTCPay to issue the tickets.",
        )
    elif reason is Reason.PAYMENT_INVALID:
        words = translate(
            "SaleWords",
            "{paid} of {total} was paid but not confirmed in time; the invoice is invalid. "
            "Check the payment in BTCPay.",
        )
    else:
        return str(reason)
    return words.format(paid=paid, total=total)


def watch_deadline(invoice: Invoice | None, *, now: float, grace: float) -> float:
    """Until when to look for late payments: `grace` after expiry, within monitoring."""
    expiry = invoice.expiration_time if invoice and invoice.expiration_time else now
    deadline = max(now, float(expiry)) + grace
    if invoice is not None and invoice.monitoring_expiration:
        deadline = min(deadline, max(now, float(invoice.monitoring_expiration)))
    return deadline
