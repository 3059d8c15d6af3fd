"""Property: for any journal of sales, the report's ticket-type rows add up exactly to its
event rows, the event rows to the currency totals, and those to the sales themselves (money to
the currency's smallest unit, bitcoin to the satoshi); the CSV says the same."""

from __future__ import annotations

import csv
import dataclasses
import io
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from boxoffice.commands.report import CSV_COLUMNS, csv_rows
from boxoffice.domain.order import Buyer, Order, OrderLine
from boxoffice.domain.refund import Refund, RefundStatus, RefundVariant
from boxoffice.domain.report import OUTCOMES, Figures, bitcoin_paid, build_report, outcome
from boxoffice.domain.sale import PaymentRequest, Sale, SaleState, SoldTicket

FAST = settings(
    derandomize=True,
    deadline=None,
    max_examples=150,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

#: Events with their currency and the price of each ticket type in minor units.
EVENTS = {
    "ev_1": ("GBP", {"tt_1": 2650, "tt_2": 1900, "tt_3": 0}),
    "ev_2": ("JPY", {"tt_4": 3800, "tt_5": 2300}),
    "ev_3": ("BHD", {"tt_6": 12450, "tt_7": 105}),
}
EXPONENT = {"GBP": 2, "JPY": 0, "BHD": 3}
STATES = (
    SaleState.COMPLETED,
    SaleState.RELEASED,
    SaleState.NEEDS_ATTENTION,
    SaleState.FAILED,
    SaleState.AWAITING_PAYMENT,
)


@st.composite
def sales(draw, index: int) -> Sale:
    event_id = draw(st.sampled_from(sorted(EVENTS)))
    currency, prices = EVENTS[event_id]
    types = draw(st.lists(st.sampled_from(sorted(prices)), min_size=1, max_size=3))
    lines = tuple(
        OrderLine(
            t,
            f"Type {t}",
            draw(st.integers(1, 6)),
            Decimal(prices[t]).scaleb(-EXPONENT[currency]),
        )
        for t in types
    )
    order = Order(event_id, f"Event {event_id}", currency, lines, Buyer(None, None), "A")
    state = draw(st.sampled_from(STATES))
    payment = None
    if draw(st.booleans()) and order.total > 0:
        btc_amount = Decimal(draw(st.integers(1, 10**7))).scaleb(-8)
        paid = Decimal(draw(st.integers(0, 2 * 10**7))).scaleb(-8)
        payment = PaymentRequest(
            "bitcoin:x", "bitcoin:x", None, None, None, None, None,
            order.total, currency, btc_amount, btc_amount, paid, None,
        )  # fmt: skip
        if draw(st.booleans()):  # recorded by Lightning and on-chain (or read too early)
            sats = st.integers(0, 2 * 10**7).map(lambda n: Decimal(n).scaleb(-8))
            split = {"btc_paid_lightning": draw(sats), "btc_paid_onchain": draw(sats)}
            payment = dataclasses.replace(payment, **split)
    tickets = ()
    if state is SaleState.COMPLETED:
        tickets = tuple(
            SoldTicket(f"it_{index}_{n}", "B", line.ticket_type_id, line.name, "A", None)
            for line in lines
            for n in range(line.quantity)
        )
    refund = None
    if draw(st.integers(0, 3)) == 0:
        status = draw(st.sampled_from(list(RefundStatus)))
        refund = Refund(RefundVariant.RATE_THEN, status, f"r{index}", 1.0)
    return Sale(
        id=f"s{index}",
        refund=refund,
        device_id=draw(st.sampled_from(("till-1", "till-1", "till-2"))),
        order=order,
        state=state,
        payment=payment,
        tickets=tickets,
        created_at=float(draw(st.integers(0, 1000))),
    )


journals = st.integers(0, 12).flatmap(lambda n: st.tuples(*(sales(i) for i in range(n))))


@FAST
@given(journal=journals, since=st.none() | st.integers(0, 1000))
def test_rows_add_up_to_events_totals_and_the_sales(journal, since):
    report = build_report(journal, since=since, device_id="till-1")
    counted = [
        s for s in journal if s.device_id == "till-1" and (since is None or s.created_at >= since)
    ]
    assert set(report.sale_ids) == {s.id for s in counted}
    assert report.other_tills == sum(
        1 for s in journal if s.device_id != "till-1" and (since is None or s.created_at >= since)
    )
    for event in report.events:
        rows = [
            r.figures
            for r in report.rows
            if (r.event_id, r.currency) == (event.event_id, event.currency)
        ]
        assert sum(rows, Figures()) == event.figures
    for currency, total in report.totals.items():
        events = [e.figures for e in report.events if e.currency == currency]
        assert sum(events, Figures()) == total
        of_currency = [s for s in counted if s.order.currency == currency]
        completed = [s for s in of_currency if s.state is SaleState.COMPLETED]
        assert total.gross == sum((s.order.total for s in completed), Decimal(0))
        assert -total.gross.as_tuple().exponent == EXPONENT[currency]  # type: ignore[operator]
        assert total.tickets_issued == sum(len(s.tickets) for s in completed)
        paid = [bitcoin_paid(s) for s in of_currency]
        assert total.btc_method_unknown == sum((p.unknown for p in paid), Decimal(0))
        assert total.btc_lightning == sum((p.lightning for p in paid), Decimal(0))
        assert total.btc_onchain == sum((p.onchain for p in paid), Decimal(0))
        for kind in OUTCOMES:
            seats = sum(s.order.seats for s in of_currency if outcome(s) == kind)
            assert getattr(total, f"seats_{kind}") == seats
        assert total.booking_fees == 0
    assert sum(report.sales.values()) == len(counted)
    assert report.sales["refunded"] == sum(
        1
        for s in counted
        if s.refund is not None
        and s.refund.status is RefundStatus.CREATED
        and s.state is not SaleState.COMPLETED
    )
    # The CSV: the same figures, column by column, each type row's cells summing to its event's.
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerows(csv_rows(report))
    read = list(csv.DictReader(io.StringIO(text.getvalue())))
    assert all(tuple(row) == CSV_COLUMNS for row in read)
    for event in report.events:
        ours = [
            r for r in read if (r["event_id"], r["currency"]) == (event.event_id, event.currency)
        ]
        total = next(r for r in ours if r["scope"] == "event")
        for column in CSV_COLUMNS[6:]:
            parts = [Decimal(r[column]) for r in ours if r["scope"] == "ticket_type"]
            assert sum(parts, Decimal(0)) == Decimal(total[column]), column
