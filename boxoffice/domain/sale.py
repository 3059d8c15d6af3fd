"""A sale as an explicit state machine, and the immutable snapshots observers receive.

    reserving ─┬─> awaiting_payment ─┬─> confirming ─> issuing ─> completed
               │                     └──────────────────^
               ├─> issuing (a free order: no invoice)
               ├─> releasing ─┬─> released      (expired or invalid with nothing paid; cancelled)
               │              ├─> failed        (sold out meanwhile, a service refused)
               │              └─> needs_attention (money arrived but the sale cannot finish)
               └─> failed (nothing was reserved or billed)

A released sale is still watched for a while (`watch_until`), because a Lightning invoice stays
payable until it expires even once it is marked Invalid, and late payments are still recorded
(BTCPay Server source, InvoiceRepository.cs, InvoiceWatcher.cs): a payment that arrives anyway
turns it into `needs_attention`. If staff then mark the invoice Settled (in BTCPay, or with
`SaleEngine.accept_payment`), the sale goes on to `issuing`. Any other move is a bug and raises
`IllegalTransition`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from boxoffice.domain.offline_payment import OfflinePayment, PaymentKind
from boxoffice.domain.order import Buyer, Order, OrderLine, language_code
from boxoffice.domain.reasons import Reason, journal_form
from boxoffice.domain.refund import Refund
from boxoffice.domain.resolution import Resolution
from boxoffice.words import Words


class SaleState(StrEnum):
    """Where a sale is. `terminal` states need nothing more from the engine."""

    RESERVING = "reserving"
    AWAITING_PAYMENT = "awaiting_payment"
    CONFIRMING = "confirming"
    ISSUING = "issuing"
    COMPLETED = "completed"
    RELEASING = "releasing"
    RELEASED = "released"
    NEEDS_ATTENTION = "needs_attention"
    #: Nothing was ever reserved or billed (sold out meanwhile, a service refused).
    FAILED = "failed"

    @property
    def terminal(self) -> bool:
        return self in _TERMINAL

    @property
    def payable(self) -> bool:
        """Whether the customer is (still) being asked to pay."""
        return self in (SaleState.AWAITING_PAYMENT, SaleState.CONFIRMING)


_TERMINAL = frozenset(
    {SaleState.COMPLETED, SaleState.RELEASED, SaleState.NEEDS_ATTENTION, SaleState.FAILED}
)

S = SaleState
#: Every allowed move. Staying in the same state (an update) is always allowed.
TRANSITIONS: dict[SaleState, frozenset[SaleState]] = {
    S.RESERVING: frozenset({S.AWAITING_PAYMENT, S.ISSUING, S.RELEASING, S.FAILED}),
    S.AWAITING_PAYMENT: frozenset({S.CONFIRMING, S.ISSUING, S.RELEASING, S.NEEDS_ATTENTION}),
    # Back to awaiting_payment when an on-chain payment is replaced or double-spent (§6.1).
    S.CONFIRMING: frozenset({S.AWAITING_PAYMENT, S.ISSUING, S.RELEASING, S.NEEDS_ATTENTION}),
    S.ISSUING: frozenset({S.COMPLETED, S.NEEDS_ATTENTION}),
    # confirming/issuing: a cancel that lost the race against the customer's payment.
    S.RELEASING: frozenset({S.RELEASED, S.FAILED, S.NEEDS_ATTENTION, S.CONFIRMING, S.ISSUING}),
    S.RELEASED: frozenset({S.NEEDS_ATTENTION, S.ISSUING}),
    S.NEEDS_ATTENTION: frozenset({S.ISSUING}),
    S.COMPLETED: frozenset(),
    S.FAILED: frozenset(),
}
del S


class IllegalTransition(RuntimeError):
    """A move the state machine does not allow: a bug in the engine, never a user error."""


class SaleNotCancellable(ValueError):
    """The sale can no longer be cancelled (the customer has paid, or tickets are issued)."""


class SaleNotAcceptable(ValueError):
    """The till may not accept this sale's payment: it is partial, missing, or not in question.

    The message is a plain sentence for staff.
    """


@dataclass(frozen=True)
class PaymentRequest:
    """What the customer is asked to pay, ready to draw: links, QR texts, amounts, expiry."""

    unified_link: str
    unified_qr: str
    lightning_link: str | None
    lightning_qr: str | None
    onchain_link: str | None
    onchain_qr: str | None
    checkout_link: str | None
    amount: Decimal
    currency: str
    btc_amount: Decimal | None
    btc_due: Decimal | None
    btc_paid: Decimal
    expires_at: int | None
    #: After a partial payment BTCPay cancels the BOLT11 shown and saves a new one a few node
    #: round trips later (LightningListener.cs); meanwhile the Lightning part is left out
    #: (`lightning_*` None, the unified text on-chain only) and this is True.
    lightning_renewing: bool = False
    #: The BOLT11 that was replaced (cancelled), so it is never put on screen again.
    lightning_stale: str | None = None
    #: What each way of paying received, in BTC (the payment methods' `paymentMethodPaid`),
    #: as last read; read again once the invoice is settled. None: not recorded (versions
    #: before these fields, or the read at settlement failed).
    btc_paid_lightning: Decimal | None = None
    btc_paid_onchain: Decimal | None = None


@dataclass(frozen=True)
class SoldTicket:
    """A ticket Ticket Tailor issued for this sale."""

    id: str
    barcode: str
    ticket_type_id: str
    ticket_type_name: str
    full_name: str
    email: str | None
    barcode_url: str | None = None


@dataclass(frozen=True)
class Sale:
    """An immutable snapshot of one sale. The engine replaces it on every change."""

    id: str
    device_id: str
    order: Order
    state: SaleState
    #: The sale's Ticket Tailor hold; with `more_hold_ids`, the first of its holds.
    hold_id: str | None = None
    invoice_id: str | None = None
    payment: PaymentRequest | None = None
    invoice_status: str | None = None
    invoice_additional_status: str | None = None
    tickets: tuple[SoldTicket, ...] = ()
    email_sent: bool | None = None
    email_note: str | None = None
    #: Why the sale was released, failed or needs a person (a `Reason`; a journal's text such
    #: as "sold_out:tt_1" given here is read into `reason` and `sold_out_type_id`).
    reason: Reason | None = None
    message: str | None = None
    created_at: float = 0.0
    updated_at: float = 0.0
    #: Amount paid so far in the invoice currency (BTCPay's `paidAmount`), when known.
    paid_amount: Decimal | None = None
    #: Until when (unix seconds) a released or troubled sale is still watched for payments.
    watch_until: float | None = None
    #: BTCPay certainly made no invoice for this sale (its create call was refused outright),
    #: so releasing it has nothing to look up there.
    no_invoice: bool = False
    #: Why the last look at the invoice failed ("BTCPay: cannot reach ..."), while it keeps
    #: failing; None once a look succeeds. Shown to staff, never journalled: it says how the
    #: connection is now, not what happened to the sale.
    connection_problem: str | None = None
    #: Completed, and the customer has the tickets, but `ticketIds` (and the ticket e-mail that
    #: waits for it) are still to be written to BTCPay. The engine does that in the background,
    #: retrying, so that no customer waits at the till for a metadata write.
    records_pending: bool = False
    #: When to look again for a hold or invoice that may have been created after its lookup
    #: came back empty (a create call whose answer was lost can land on the server later);
    #: None when nothing is in doubt. `late_looks` counts the looks taken.
    recheck_at: float | None = None
    late_looks: int = 0
    #: With `Reason.SOLD_OUT`: the ticket type that ran out (None with any other reason).
    sold_out_type_id: str | None = None
    #: The refund staff asked BTCPay for (`boxoffice.domain.refund`); None when none was.
    #: Journalled as an object under "refund", which older versions do not read.
    refund: Refund | None = None
    #: What staff last decided for this sale when it needed attention (who, when, what, why);
    #: journalled as an object under "resolution", which older versions do not read.
    resolution: Resolution | None = None
    #: Paid in cash or given away (`boxoffice.domain.offline_payment`); None: in bitcoin.
    #: Journalled as an object under "offline", which older versions do not read.
    offline: OfflinePayment | None = None
    #: The sale's other holds: a sale of several tickets holds them in a few holds, so that
    #: they can be issued at the same time without two issues ever drawing on one hold
    #: (Ticket Tailor's behaviour then is unknown). Journalled as a list, which older
    #: versions do not read.
    more_hold_ids: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # A reason given as text (the journal's form) is read into the enum and its detail;
        # an unknown one raises ValueError, which sets a journal record aside.
        reason = self.reason
        if reason is not None and not isinstance(reason, Reason):
            reason, detail = Reason.parse(reason)
            object.__setattr__(self, "reason", reason)
            if reason is Reason.SOLD_OUT and self.sold_out_type_id is None:
                object.__setattr__(self, "sold_out_type_id", detail)
        if reason is not Reason.SOLD_OUT and self.sold_out_type_id is not None:
            # The detail belongs to the reason: a new reason drops the old one's.
            object.__setattr__(self, "sold_out_type_id", None)

    @property
    def reason_code(self) -> str | None:
        """The reason as the journal writes it: "paid_late", "sold_out:tt_1"."""
        return journal_form(self.reason, self.sold_out_type_id)

    @property
    def terminal(self) -> bool:
        return self.state.terminal

    @property
    def payment_kind(self) -> PaymentKind:
        return self.offline.kind if self.offline is not None else PaymentKind.BITCOIN

    @property
    def billed(self) -> bool:
        """Whether the sale has (or was to have) a BTCPay invoice: not free, not cash or
        complimentary. An unbilled sale never asks BTCPay anything about its payment."""
        return self.offline is None and self.order.total > 0

    @property
    def auto_mail(self) -> bool:
        """Whether its tickets are e-mailed (through BTCPay) once issued, without staff asking:
        not for cash or complimentary sales, which never call BTCPay on their own."""
        return self.offline is None

    @property
    def engine_done(self) -> bool:
        """Whether the engine has nothing left to do for this sale but watch it."""
        return self.state.terminal and not self.records_pending and self.recheck_at is None

    @property
    def hold_ids(self) -> tuple[str, ...]:
        """Every hold of the sale, the first (`hold_id`) first."""
        first = (self.hold_id,) if self.hold_id else ()
        return first + self.more_hold_ids

    @property
    def order_id(self) -> str:
        """The BTCPay `metadata.orderId` and Ticket Tailor hold note of this sale."""
        return order_id_for(self.id)

    @property
    def ticket_reference(self) -> str:
        """The `reference` on every issued ticket: the invoice id (or the order id if free)."""
        return self.invoice_id or self.order_id

    def move(self, state: SaleState, *, now: float, **changes: Any) -> Sale:
        """A new snapshot in `state`; raises IllegalTransition for a move the table forbids."""
        if state != self.state and state not in TRANSITIONS[self.state]:
            raise IllegalTransition(f"sale {self.id}: {self.state} -> {state} is not allowed")
        return dataclasses.replace(self, state=SaleState(state), updated_at=now, **changes)

    def update(self, *, now: float, **changes: Any) -> Sale:
        """A new snapshot in the same state."""
        return dataclasses.replace(self, updated_at=now, **changes)

    # -- journal form -------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict (Decimals as strings) that `from_dict` turns back into this sale."""
        data = dataclasses.asdict(self)
        del data["connection_problem"]
        # The reason's detail goes into the reason's text, as every version has written it.
        del data["sold_out_type_id"]
        data["reason"] = self.reason_code
        # The words as sentences (every version reads these), and their sources apart, so a
        # sale journalled in one language reads in the window's after a restart.
        sources = {
            name: value.to_json()
            for name in _WORDED
            if isinstance(value := getattr(self, name), Words)
        }
        for name in _WORDED:
            if data[name] is not None:
                data[name] = str(data[name])
        if sources:
            data["words"] = sources
        return _encode(data)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Sale:
        order_data = data["order"]
        order = Order(
            event_id=order_data["event_id"],
            event_name=order_data["event_name"],
            currency=order_data["currency"],
            lines=tuple(
                OrderLine(
                    line["ticket_type_id"],
                    line["name"],
                    int(line["quantity"]),
                    Decimal(line["unit_price"]),
                )
                for line in order_data["lines"]
            ),
            buyer=Buyer(order_data["buyer"].get("name"), order_data["buyer"].get("email")),
            full_name=order_data["full_name"],
            event_start=order_data.get("event_start"),
            venue=order_data.get("venue"),
            # Older versions wrote none; a value that is no language code is English.
            language=language_code(order_data.get("language")),
            paid_before=Decimal(str(order_data.get("paid_before") or 0)),
            continues=_text_or_none(order_data.get("continues")),
        )
        payment = None
        if data.get("payment"):
            p: dict[str, Any] = dict(data["payment"])
            for key in _PAYMENT_AMOUNTS:
                if p.get(key) is not None:
                    p[key] = Decimal(p[key])
            known_payment: dict[str, Any] = {f.name: p.get(f.name) for f in _fields(PaymentRequest)}
            payment = PaymentRequest(**known_payment)
        tickets = tuple(
            SoldTicket(**{f.name: t.get(f.name) for f in _fields(SoldTicket)})
            for t in data.get("tickets") or ()
        )
        known = {f.name for f in _fields(cls)} - {"order", "payment", "tickets", "state"}
        values = {k: v for k, v in data.items() if k in known}
        values["refund"] = Refund.from_dict(data.get("refund"))
        values["offline"] = OfflinePayment.from_dict(data.get("offline"))
        values["resolution"] = Resolution.from_dict(data.get("resolution"))
        values["more_hold_ids"] = tuple(
            str(h) for h in values.get("more_hold_ids") or () if isinstance(h, str) and h
        )
        if values.get("paid_amount") is not None:
            values["paid_amount"] = Decimal(values["paid_amount"])
        sources = data.get("words")
        for name in _WORDED:
            words = Words.from_json(sources.get(name)) if isinstance(sources, dict) else None
            # Only words that still say what the sentence says: a record edited by hand keeps
            # its own sentence, untranslated.
            if words is not None and words == values.get(name):
                values[name] = words
        return cls(
            order=order,
            payment=payment,
            tickets=tickets,
            state=SaleState(data["state"]),
            **values,
        )


#: The payment request's amounts (Decimals, journalled as text).
_PAYMENT_AMOUNTS = (
    "amount",
    "btc_amount",
    "btc_due",
    "btc_paid",
    "btc_paid_lightning",
    "btc_paid_onchain",
)

#: The sale's fields that hold words for people (`Words` when written by this version).
_WORDED = ("message", "email_note")

ORDER_ID_PREFIX = "boxoffice-"


def order_id_for(sale_id: str) -> str:
    return f"{ORDER_ID_PREFIX}{sale_id}"


def sale_id_from_order_id(order_id: str | None) -> str | None:
    if order_id and order_id.startswith(ORDER_ID_PREFIX) and len(order_id) > len(ORDER_ID_PREFIX):
        return order_id[len(ORDER_ID_PREFIX) :]
    return None


def _text_or_none(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value:
        raise ValueError("a continued sale's id is not text")
    return value


def _fields(cls: type) -> tuple[dataclasses.Field[Any], ...]:
    return dataclasses.fields(cls)


def hold_changes(hold_ids: Iterable[str]) -> dict[str, Any]:
    """The changes (for `Sale.move`/`update`) that give a sale these holds; none: no hold."""
    ids = tuple(hold_ids)
    return {"hold_id": ids[0] if ids else None, "more_hold_ids": ids[1:]}


def _encode(value: Any) -> Any:
    if isinstance(value, Decimal):
        return f"{value:f}"
    if isinstance(value, StrEnum):
        return str(value)
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_encode(v) for v in value]
    return value
