"""The end-of-shift report: what a till's sales add up to, per event and ticket type.

A pure function over sale snapshots (`build_report`); reading them from the journal, choosing
the range and recording a closing are the engine's (`boxoffice.engine.shift_report`).

What each figure means (the README's "End-of-shift report" lists the same columns):

- `tickets_issued` and `gross` count completed sales only: the tickets Ticket Tailor issued and
  the price paid for them, in the event's currency with its exponent.
- `booking_fees` is always 0: a sale keeps the price the customer paid per ticket (Ticket
  Tailor's price plus its booking fee, `catalogue.door_price`), not the fee apart, so `gross`
  includes any booking fee.
- `btc_*` is the bitcoin received on sales of every outcome (money may arrive on a released
  sale), by Lightning and on-chain as the sale recorded it. A sale that does not record how
  it was paid (made by an older version, or BTCPay did not answer at settlement) counts under
  `btc_method_unknown`: its last known paid amount, or for a completed sale at least the
  invoice's bitcoin amount (a Lightning payment settles the invoice before the till reads the
  amount again). A sale's
  bitcoin is shared out over its ticket types by their part of the price, to the satoshi, so
  the rows add up to the event's.
- `seats_*` counts the seats ordered by the sale's outcome (`outcome`).
- Cash and complimentary sales (`boxoffice.domain.offline_payment`) have no invoice: they add
  no bitcoin and nothing to `gross`, which is what bitcoin sales took. `cash_tickets` and
  `cash_amount` are the tickets issued for cash and the cash staff took for them (completed
  sales, in the event's currency); `complimentary_tickets` those given away, whose reasons the
  report lists apart (`Report.complimentary`). `tickets_issued` counts every ticket issued,
  whatever paid for it.
- A sale continued by a new invoice for the rest (`Order.continues`) adds only its bitcoin:
  its outcome is its continuation's, and its seats, tickets and gross are counted once, on the
  continuation, whose order keeps the full price (`continued_outcome`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from decimal import Decimal
from typing import Any

from boxoffice.domain.continuation import continuation_stands
from boxoffice.domain.money import currency_exponent, normalize
from boxoffice.domain.offline_payment import PaymentKind
from boxoffice.domain.refund import RefundStatus
from boxoffice.domain.sale import Sale, SaleState

BTC = "BTC"
_SATOSHI = Decimal("0.00000001")

#: A sale's outcome as the report counts it.
OUTCOMES = ("completed", "released", "needs_attention", "failed", "refunded", "in_progress")

_OUTCOME_OF = {
    SaleState.COMPLETED: "completed",
    SaleState.RELEASED: "released",
    SaleState.NEEDS_ATTENTION: "needs_attention",
    SaleState.FAILED: "failed",
}


def outcome(sale: Sale) -> str:
    """The sale's outcome: completed, released, needs_attention, failed, refunded, or for a
    sale still under way in_progress.

    Refunded: BTCPay made a refund (a pull payment) for a sale that did not complete, such as
    a payment that came too late. A completed sale can only be refunded what was paid over its
    price, so it stays completed; a refund not known to have been made changes nothing.
    """
    refund = sale.refund
    if (
        refund is not None
        and refund.status is RefundStatus.CREATED
        and sale.state is not SaleState.COMPLETED
    ):
        return "refunded"
    return _OUTCOME_OF.get(sale.state, "in_progress")


@dataclass(frozen=True)
class Figures:
    """The additive figures of one row: every field sums over sales, types and events."""

    tickets_issued: int = 0
    gross: Decimal = Decimal(0)
    booking_fees: Decimal = Decimal(0)
    btc_lightning: Decimal = Decimal(0)
    btc_onchain: Decimal = Decimal(0)
    btc_method_unknown: Decimal = Decimal(0)
    seats_completed: int = 0
    seats_released: int = 0
    seats_needs_attention: int = 0
    seats_failed: int = 0
    seats_refunded: int = 0
    seats_in_progress: int = 0
    cash_tickets: int = 0
    cash_amount: Decimal = Decimal(0)
    complimentary_tickets: int = 0
    #: Refunds BTCPay made (pull payments created) for the sales counted: in bitcoin, and
    #: custom ones asked in the event's currency. What the customer then claims is BTCPay's.
    btc_refunded: Decimal = Decimal(0)
    refunded_amount: Decimal = Decimal(0)

    def __add__(self, other: Figures) -> Figures:
        return Figures(
            **{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(Figures)}
        )

    @property
    def btc_received(self) -> Decimal:
        return self.btc_lightning + self.btc_onchain + self.btc_method_unknown

    def to_dict(self) -> dict[str, str | int]:
        return {f.name: _text(getattr(self, f.name)) for f in fields(Figures)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Figures:
        """Figures a closing recorded; raises ValueError/TypeError for a damaged one."""
        values: dict[str, Any] = {}
        for f in fields(Figures):
            raw = data.get(f.name, 0)
            if isinstance(raw, bool) or not isinstance(raw, str | int):
                raise TypeError(f"{f.name} is not a number")
            values[f.name] = int(raw) if f.type in ("int", int) else Decimal(str(raw))
        return cls(**values)


@dataclass(frozen=True)
class TypeRow:
    """One ticket type of one event."""

    event_id: str
    event_name: str
    currency: str
    ticket_type_id: str
    ticket_type_name: str
    figures: Figures


@dataclass(frozen=True)
class EventTotal:
    """One event: the sum of its type rows, and its sales by outcome."""

    event_id: str
    event_name: str
    currency: str
    figures: Figures
    sales: Mapping[str, int]


@dataclass(frozen=True)
class Report:
    """The figures of a range of sales. `totals` is per currency (money of two currencies is
    never added); `not_counted` names what could not be read, which is never silently lost."""

    since: float | None
    until: float | None
    rows: tuple[TypeRow, ...]
    events: tuple[EventTotal, ...]
    totals: Mapping[str, Figures]
    sales: Mapping[str, int]
    sale_ids: tuple[str, ...] = ()
    #: (sale id, what is wrong) of each record left out because it cannot be read.
    not_counted: tuple[tuple[str, str], ...] = ()
    #: Sales of other tills in the journal that were left out (0 when they were asked for).
    other_tills: int = 0
    #: The completed complimentary sales, in order: who gave how many tickets away, and why.
    complimentary: tuple[Complimentary, ...] = ()

    @property
    def btc_received(self) -> Decimal:
        return sum((f.btc_received for f in self.totals.values()), Decimal(0))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe form (Decimals as strings), as a closing records it."""
        return {
            "since": self.since,
            "until": self.until,
            "rows": [
                {
                    "event_id": r.event_id,
                    "event": r.event_name,
                    "currency": r.currency,
                    "ticket_type_id": r.ticket_type_id,
                    "ticket_type": r.ticket_type_name,
                    **r.figures.to_dict(),
                }
                for r in self.rows
            ],
            "totals": {currency: f.to_dict() for currency, f in self.totals.items()},
            "sales": dict(self.sales),
            "not_counted": [list(item) for item in self.not_counted],
            "other_tills": self.other_tills,
            "complimentary": [dataclasses.asdict(c) for c in self.complimentary],
        }


@dataclass(frozen=True)
class Complimentary:
    """One complimentary sale of the report: its tickets, who gave them and why."""

    sale_id: str
    event_id: str
    event_name: str
    tickets: int
    reason: str
    staff: str
    at: float


@dataclass(frozen=True)
class BitcoinPaid:
    """A sale's bitcoin received, by how it was paid (see the module's docstring)."""

    lightning: Decimal = Decimal(0)
    onchain: Decimal = Decimal(0)
    unknown: Decimal = Decimal(0)


def bitcoin_paid(sale: Sale) -> BitcoinPaid:
    """What the sale's record says arrived in bitcoin, by Lightning and on-chain where the
    sale recorded it (`PaymentRequest.btc_paid_lightning` / `btc_paid_onchain`), else all of
    an unknown method."""
    payment = sale.payment
    if payment is None:
        return BitcoinPaid()
    completed = sale.state is SaleState.COMPLETED
    lightning, onchain = payment.btc_paid_lightning, payment.btc_paid_onchain
    # A completed sale's split that does not cover its invoice was read before the payment
    # arrived (the read at settlement failed, or a recovery finished the sale): not used.
    covered = not completed or payment.btc_amount is None
    if lightning is not None and onchain is not None:
        covered = covered or lightning + onchain >= (payment.btc_amount or 0)
        if covered:
            return BitcoinPaid(lightning=_sats(lightning), onchain=_sats(onchain))
    paid = payment.btc_paid or Decimal(0)
    if completed and payment.btc_amount is not None:
        paid = max(paid, payment.btc_amount)
    return BitcoinPaid(unknown=_sats(paid))


def _sats(amount: Decimal) -> Decimal:
    return amount.quantize(_SATOSHI)


def build_report(
    sales: Iterable[Sale],
    *,
    since: float | None = None,
    until: float | None = None,
    device_id: str | None = None,
    not_counted: Iterable[tuple[str, str]] = (),
) -> Report:
    """The report of the sales created in [`since`, `until`) (None: no bound), of the till
    `device_id` only (None: of every till)."""
    rows: dict[tuple[str, str, str], TypeRow] = {}
    sales_of_event: dict[tuple[str, str], dict[str, int]] = {}
    names: dict[tuple[str, str], str] = {}
    counted: list[str] = []
    given: list[Complimentary] = []
    other_tills = 0
    sales = list(sales)
    by_id = {sale.id: sale for sale in sales}
    for sale in sorted(sales, key=lambda s: (s.created_at, s.id)):
        if since is not None and sale.created_at < since:
            continue
        if until is not None and sale.created_at >= until:
            continue
        if device_id is not None and sale.device_id != device_id:
            other_tills += 1
            continue
        counted.append(sale.id)
        order = sale.order
        currency = order.currency.upper()
        event_key = (order.event_id, currency)
        names[event_key] = order.event_name
        follow = continued_outcome(sale, by_id)
        kind = follow or outcome(sale)
        offline = sale.offline
        if kind == "completed" and offline and offline.kind is PaymentKind.COMPLIMENTARY:
            given.append(
                Complimentary(
                    sale.id,
                    order.event_id,
                    order.event_name,
                    len(sale.tickets),
                    offline.reason or "",
                    offline.staff,
                    offline.recorded_at,
                )
            )
        by_outcome = sales_of_event.setdefault(event_key, dict.fromkeys(OUTCOMES, 0))
        by_outcome[kind] += 1
        for type_id, type_name, figures in _sale_figures(
            sale, kind, currency, seated=follow is None
        ):
            key = (order.event_id, currency, type_id)
            row = rows.get(key)
            total = figures if row is None else row.figures + figures
            rows[key] = TypeRow(
                order.event_id, order.event_name, currency, type_id, type_name, total
            )
            if row is not None:
                rows[key] = replace(rows[key], ticket_type_name=row.ticket_type_name)
    # A renamed event keeps the name of its latest sale.
    type_rows = tuple(
        replace(row, event_name=names[(row.event_id, row.currency)])
        for _, row in sorted(rows.items())
    )
    events = []
    for event_key in sorted(sales_of_event):
        figures = sum(
            (r.figures for r in type_rows if (r.event_id, r.currency) == event_key), Figures()
        )
        events.append(
            EventTotal(
                event_key[0], names[event_key], event_key[1], figures, sales_of_event[event_key]
            )
        )
    totals: dict[str, Figures] = {}
    for event in events:
        totals[event.currency] = totals.get(event.currency, Figures()) + event.figures
    sales_total = dict.fromkeys(OUTCOMES, 0)
    for event in events:
        for kind, count in event.sales.items():
            sales_total[kind] += count
    return Report(
        since=since,
        until=until,
        rows=type_rows,
        events=tuple(events),
        totals=dict(sorted(totals.items())),
        sales=sales_total,
        sale_ids=tuple(counted),
        not_counted=tuple(not_counted),
        other_tills=other_tills,
        complimentary=tuple(given),
    )


def continued_outcome(sale: Sale, sales: Mapping[str, Sale]) -> str | None:
    """The outcome of the sale that bills the rest of this one, while it stands (it is among
    `sales`, by id, and `continuation_stands`); None for a sale not continued."""
    seen = {sale.id}
    standing: Sale | None = None
    resolution = sale.resolution
    while resolution is not None and resolution.continued_in is not None:
        follow = sales.get(resolution.continued_in)
        if follow is None or follow.id in seen:
            break
        if not continuation_stands(follow):
            break
        seen.add(follow.id)
        standing = follow
        resolution = follow.resolution
    return outcome(standing) if standing is not None else None


def _sale_figures(
    sale: Sale, kind: str, currency: str, *, seated: bool = True
) -> list[tuple[str, str, Figures]]:
    """The sale's figures per ticket type (its lines', in order, one entry per type); with
    `seated` False (a continued sale) its bitcoin only."""
    order = sale.order
    types: dict[str, str] = {}
    seats: dict[str, int] = {}
    price: dict[str, Decimal] = {}
    for line in order.lines:
        types.setdefault(line.ticket_type_id, line.name)
        seats[line.ticket_type_id] = seats.get(line.ticket_type_id, 0) + line.quantity
        price[line.ticket_type_id] = price.get(line.ticket_type_id, Decimal(0)) + line.total
    issued: dict[str, int] = {}
    if kind == "completed":
        for ticket in sale.tickets:
            types.setdefault(ticket.ticket_type_id, ticket.ticket_type_name)
            issued[ticket.ticket_type_id] = issued.get(ticket.ticket_type_id, 0) + 1
    paid = bitcoin_paid(sale)
    ids = list(types)
    weights = [price.get(t, Decimal(0)) for t in ids]
    if not any(weights):
        weights = [Decimal(seats.get(t, 0)) for t in ids]
    shares = {
        name: _share(getattr(paid, name), weights) for name in ("lightning", "onchain", "unknown")
    }
    refunded_btc, refunded_money = _refunded(sale, currency)
    btc_refunds = _share(refunded_btc, weights)
    minor_unit = Decimal(1).scaleb(-currency_exponent(currency))
    money_refunds = _share(refunded_money, weights, unit=minor_unit)
    result = []
    paid_by = sale.payment_kind
    zero = normalize(Decimal(0), currency)
    for index, type_id in enumerate(ids):
        count = seats.get(type_id, 0) if seated else 0
        taken = normalize(price.get(type_id, Decimal(0)), currency) if kind == "completed" else zero
        taken = taken if seated else zero
        figures = Figures(
            tickets_issued=issued.get(type_id, 0),
            gross=taken if paid_by is PaymentKind.BITCOIN else zero,
            cash_tickets=issued.get(type_id, 0) if paid_by is PaymentKind.CASH else 0,
            cash_amount=taken if paid_by is PaymentKind.CASH else zero,
            complimentary_tickets=(
                issued.get(type_id, 0) if paid_by is PaymentKind.COMPLIMENTARY else 0
            ),
            booking_fees=normalize(Decimal(0), currency),
            btc_lightning=shares["lightning"][index],
            btc_onchain=shares["onchain"][index],
            btc_method_unknown=shares["unknown"][index],
            btc_refunded=btc_refunds[index],
            refunded_amount=normalize(money_refunds[index], currency),
            **{f"seats_{kind}": count},
        )
        result.append((type_id, types[type_id], figures))
    return result


def _refunded(sale: Sale, currency: str) -> tuple[Decimal, Decimal]:
    """What BTCPay was asked to refund and made a pull payment for: (bitcoin, money in the
    event's currency). A refund asked for but not known to be made counts nothing."""
    refund = sale.refund
    if refund is None or refund.status is not RefundStatus.CREATED or refund.amount is None:
        return Decimal(0), Decimal(0)
    if (refund.currency or "BTC").upper() == "BTC":
        return refund.amount, Decimal(0)
    if refund.currency == currency:
        return Decimal(0), refund.amount
    return Decimal(0), Decimal(0)  # no till asks in a third currency


def _share(amount: Decimal, weights: list[Decimal], *, unit: Decimal = _SATOSHI) -> list[Decimal]:
    """`amount` (whole `unit`s: satoshis, or the currency's smallest unit) split by
    `weights`, largest remainders first, so that the parts are whole units and add up to it
    exactly."""
    sats = int((amount / unit).to_integral_value())
    total = sum(weights, Decimal(0))
    if not weights:
        return []
    if total <= 0:
        weights, total = [Decimal(1)] * len(weights), Decimal(len(weights))
    exact = [Decimal(sats) * w / total for w in weights]
    parts = [int(x) for x in exact]
    left = sats - sum(parts)
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - parts[i]), i))
    for i in order[:left]:
        parts[i] += 1
    return [(Decimal(p) * unit).quantize(unit) for p in parts]


def _text(value: Decimal | int) -> str | int:
    return f"{value:f}" if isinstance(value, Decimal) else value
