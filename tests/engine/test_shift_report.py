"""The end-of-shift report from the journal, closings, and the comparison with BTCPay, against
the simulator: every figure checked to the smallest unit of its currency."""

from __future__ import annotations

import dataclasses
import sqlite3
from decimal import Decimal

import pytest

from boxoffice.domain.refund import RefundVariant
from boxoffice.domain.report import Figures
from boxoffice.domain.sale import Sale, SaleState
from boxoffice.engine.closings import Closings
from boxoffice.engine.journal import Journal
from boxoffice.engine.report_check import (
    BTC,
    FIAT,
    NOT_IN_BTCPAY,
    NOT_IN_JOURNAL,
    check_with_btcpay,
)
from boxoffice.engine.shift_report import close_shift, read_report, shift_range
from boxoffice.sim import seed
from tests.engine.conftest import until

BHD_EVENT = "ev_1099"
BHD_TT = "tt_2999"


def add_bhd_event(sim) -> None:
    """A three-decimal currency (ISO 4217: BHD 3): 12.345 + 0.105 fee, in fils."""
    tt = sim.tickettailor
    sim.btcpay.rates["BHD"] = Decimal("18850.125")
    ticket_type = seed._type(2999, "Majlis Seat", 12345, 50, 1, booking_fee=105)
    seed._event(tt, 1099, "Manama Oud Night", tt.now() + 86400, 3, [ticket_type], currency="bhd")


async def sell(till, sim, event_id, quantities, method="BTC-LN"):
    order = await till.order(event_id, quantities)
    sale = await till.engine.start_sale(order)
    sim.pay_invoice(sale.invoice_id, method)
    if method == "BTC-CHAIN":
        # HighSpeed (the default) settles at 0 confirmations; a slower policy waits for them.
        await until(lambda: till.engine.sale(sale.id).state is not SaleState.AWAITING_PAYMENT)
        if till.engine.sale(sale.id).state is SaleState.CONFIRMING:
            sim.confirm_invoice(sale.invoice_id)
    done = await till.engine.wait(sale.id)
    assert done.state is SaleState.COMPLETED
    return done


async def btcpay_paid(till, invoice_id) -> Decimal:
    methods = await till.btcpay.get_payment_methods(invoice_id)
    return sum((m.payment_method_paid for m in methods), Decimal(0))


async def test_the_report_adds_up_to_the_sales_made_in_gbp_jpy_and_bhd(till, sim):
    add_bhd_event(sim)
    gbp = await sell(till, sim, seed.GBP_EVENT, {seed.GENERAL_TT: 2, seed.CONCESSION_TT: 1})
    gbp2 = await sell(till, sim, seed.GBP_EVENT, {seed.CONCESSION_TT: 3}, method="BTC-CHAIN")
    jpy = await sell(till, sim, seed.JPY_EVENT, {seed.JPY_GENERAL_TT: 1, seed.JPY_STUDENT_TT: 2})
    bhd = await sell(till, sim, BHD_EVENT, {BHD_TT: 3})
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    cancelled = await till.engine.start_sale(order)
    cancelled = await till.engine.cancel(cancelled.id)
    await until(lambda: till.engine.sale(cancelled.id).state is SaleState.RELEASED)

    report = read_report(till.journal, device_id="till-1")

    assert set(report.sale_ids) == {gbp.id, gbp2.id, jpy.id, bhd.id, cancelled.id}
    assert report.not_counted == ()
    totals = report.totals
    assert totals["GBP"].gross == gbp.order.total + gbp2.order.total == Decimal("129.00")
    assert str(totals["GBP"].gross) == "129.00"
    assert totals["JPY"].gross == jpy.order.total == Decimal("8400")
    assert str(totals["JPY"].gross) == "8400"
    assert totals["BHD"].gross == bhd.order.total == Decimal("37.350")
    assert str(totals["BHD"].gross) == "37.350"
    assert totals["GBP"].tickets_issued == 6 and totals["GBP"].seats_completed == 6
    assert totals["GBP"].seats_released == 1 and totals["GBP"].tickets_issued == 6
    assert totals["JPY"].tickets_issued == 3 and totals["BHD"].tickets_issued == 3
    assert report.sales["completed"] == 4 and report.sales["released"] == 1
    assert all(f.booking_fees == 0 and f.seats_refunded == 0 for f in totals.values())
    # Bitcoin: to the satoshi what BTCPay says arrived (none for the cancelled sale).
    for currency, sale in (("JPY", jpy), ("BHD", bhd)):
        assert totals[currency].btc_received == await btcpay_paid(till, sale.invoice_id)
    gbp_btc = await btcpay_paid(till, gbp.invoice_id) + await btcpay_paid(till, gbp2.invoice_id)
    assert totals["GBP"].btc_received == gbp_btc
    # Per type: the lines' prices; and the rows add up to the events'.
    rows = {(r.event_id, r.ticket_type_id): r.figures for r in report.rows}
    assert rows[(seed.GBP_EVENT, seed.GENERAL_TT)].gross == Decimal("53.00")
    assert rows[(seed.GBP_EVENT, seed.CONCESSION_TT)].gross == Decimal("76.00")
    assert rows[(seed.JPY_EVENT, seed.JPY_STUDENT_TT)].gross == Decimal("4600")
    for event in report.events:
        parts = [r.figures for r in report.rows if r.event_id == event.event_id]
        assert sum(parts, Figures()) == event.figures


# The copies made here share their original's tickets, which the integrity check (rightly)
# counts as a ticket given to two sales; the report is what is tested.
@pytest.mark.integrity_allows(5)
async def test_other_tills_sales_are_left_out_unless_asked(till, sim):
    ours = await sell(till, sim, seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    theirs = dataclasses.replace(ours, id="adopted1", device_id="till-2", invoice_id="inv-x")
    till.journal.record_new(theirs)

    report = read_report(till.journal, device_id="till-1")
    assert report.sale_ids == (ours.id,)
    assert report.other_tills == 1
    assert report.totals["GBP"].gross == Decimal("26.50")
    everyone = read_report(till.journal, device_id="till-1", all_tills=True)
    assert set(everyone.sale_ids) == {ours.id, "adopted1"}
    assert everyone.totals["GBP"].gross == Decimal("53.00")


async def test_a_damaged_record_is_named_and_the_rest_counted(till, sim):
    good = await sell(till, sim, seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    bad = await sell(till, sim, seed.JPY_EVENT, {seed.JPY_GENERAL_TT: 1})
    db = sqlite3.connect(till.journal.path)
    with db:
        db.execute("UPDATE sales SET data='{\"order\":' WHERE id=?", (bad.id,))
    db.close()

    report = read_report(till.journal, device_id="till-1")
    assert report.sale_ids == (good.id,)
    assert [sale_id for sale_id, _ in report.not_counted] == [bad.id]
    assert bad.invoice_id in report.not_counted[0][1]  # named, to look up by hand
    assert list(report.totals) == ["GBP"]


async def test_last_close_after_two_closings(till, sim):
    first = await sell(till, sim, seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    with Closings(till.journal) as closings:
        one, closed = close_shift(
            till.journal, closings, device_id="till-1", staff="Ada", now=sim.clock.now()
        )
        assert closed.sale_ids == (first.id,)
        sim.advance_clock(60)
        second = await sell(till, sim, seed.GBP_EVENT, {seed.CONCESSION_TT: 2})
        two, closed = close_shift(
            till.journal,
            closings,
            device_id="till-1",
            staff=" Grace\n Hopper ",
            now=sim.clock.now(),
        )
        assert closed.sale_ids == (second.id,)
        assert two.staff == "Grace Hopper"
        assert Figures.from_dict(two.totals["totals"]["GBP"]).gross == Decimal("38.00")
        sim.advance_clock(60)
        third = await sell(till, sim, seed.JPY_EVENT, {seed.JPY_GENERAL_TT: 1})
        # Another till's closing in the same file does not end this till's shift.
        closings.record(device_id="till-2", at=sim.clock.now() + 1, staff=None, totals={})

        window = shift_range(closings, "till-1", "last-close", None)
        assert window.closing == two and window.since == two.at
        assert [c.seq for c in closings.of_till("till-1")] == [one.seq, two.seq]
    report = read_report(till.journal, device_id="till-1", since=window.since)
    assert report.sale_ids == (third.id,)


async def test_a_journal_with_closings_reads_as_before(till, sim, tmp_path):
    """An older version opens the file with its own tables only: the sales read the same."""
    sale = await sell(till, sim, seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    with Closings(till.journal) as closings:
        closings.record(device_id="till-1", at=sim.clock.now(), staff="Ada", totals={"x": 1})
    with Journal(till.journal.path) as reopened:
        assert [s.id for s in reopened.sales()] == [sale.id]
        assert reopened.damaged() == [] and reopened.unfinished() == []
        assert reopened.get(sale.id) == till.journal.get(sale.id)


@pytest.mark.integrity_allows(5)
async def test_btcpay_check_finds_an_invoice_the_journal_lacks_and_an_amount_that_differs(
    make_till, sim
):
    till = make_till("till-1")
    twin = make_till("till-1")  # the same till's id, another journal: its sale is not ours
    other = make_till("till-2")
    ours = await sell(till, sim, seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    changed = await sell(till, sim, seed.JPY_EVENT, {seed.JPY_GENERAL_TT: 1})
    lost = await sell(twin, sim, seed.GBP_EVENT, {seed.CONCESSION_TT: 1})
    await sell(other, sim, seed.GBP_EVENT, {seed.CONCESSION_TT: 1})
    order = changed.order
    line = dataclasses.replace(order.lines[0], unit_price=Decimal("3799"))
    tampered = dataclasses.replace(changed, order=dataclasses.replace(order, lines=(line,)))
    till.journal.record(tampered, "edited")
    clean = read_report(till.journal, device_id="till-1")
    sales = till.journal.sales()

    agreement = await check_with_btcpay(till.btcpay, clean, sales, device_id="till-1")

    kinds = {(d.kind, d.invoice_id) for d in agreement.differences}
    assert (NOT_IN_JOURNAL, lost.invoice_id) in kinds
    fiat = next(d for d in agreement.differences if d.kind == FIAT)
    assert (fiat.invoice_id, fiat.journal, fiat.btcpay) == (changed.invoice_id, 3799, 3800)
    assert fiat.difference == Decimal("1")
    assert not any(d.invoice_id == ours.invoice_id for d in agreement.differences)
    assert agreement.invoices == 3  # ours, the changed one, the lost one: not till-2's
    assert not agreement.agrees
    lightning = sum(
        [await btcpay_paid(till, s.invoice_id) for s in (ours, changed, lost)], Decimal(0)
    )
    assert agreement.btcpay_lightning == lightning and agreement.btcpay_onchain == 0
    # A sale whose invoice BTCPay does not list, and bitcoin that differs, are named too.
    ghost = dataclasses.replace(ours, id="ghost1", invoice_id="NoSuchInvoice")
    till.journal.record_new(ghost)
    again = read_report(till.journal, device_id="till-1")
    found = await check_with_btcpay(till.btcpay, again, till.journal.sales(), device_id="till-1")
    assert (NOT_IN_BTCPAY, "NoSuchInvoice") in {(d.kind, d.invoice_id) for d in found.differences}
    assert all(d.kind != BTC for d in found.differences)
    for difference in found.differences:
        assert difference.describe()


@pytest.mark.parametrize("bound", ["since", "until"])
async def test_the_range_bounds_sales_by_when_they_were_made(till, sim, bound):
    early = await sell(till, sim, seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sim.advance_clock(600)
    middle = sim.clock.now()
    late = await sell(till, sim, seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    report = read_report(till.journal, device_id="till-1", **{bound: middle})
    assert report.sale_ids == ((late.id,) if bound == "since" else (early.id,))


async def test_lightning_and_on_chain_are_recorded_apart_from_now_on(till, sim):
    lightning = await sell(till, sim, seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    onchain = await sell(till, sim, seed.GBP_EVENT, {seed.GENERAL_TT: 1}, method="BTC-CHAIN")
    assert lightning.payment.btc_paid_lightning == await btcpay_paid(till, lightning.invoice_id)
    assert lightning.payment.btc_paid_onchain == 0
    assert onchain.payment.btc_paid_onchain == await btcpay_paid(till, onchain.invoice_id)
    assert till.journal.get(lightning.id) == lightning  # journalled as it is

    # A sale an older version journalled, with no split: of an unknown method.
    data = lightning.to_dict()
    for key in ("btc_paid_lightning", "btc_paid_onchain"):
        del data["payment"][key]
    older = dataclasses.replace(Sale.from_dict(data), id="older1", tickets=())
    assert older.payment.btc_paid_lightning is None
    till.journal.record_new(older)

    figures = read_report(till.journal, device_id="till-1").totals["GBP"]
    assert figures.btc_lightning == lightning.payment.btc_paid_lightning
    assert figures.btc_onchain == onchain.payment.btc_paid_onchain
    assert figures.btc_method_unknown == older.payment.btc_amount > 0


async def test_a_settlement_read_that_fails_leaves_the_split_unknown_not_the_tickets(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 2})
    sale = await till.engine.start_sale(order)
    sim.pay_invoice(sale.invoice_id, "BTC-LN")
    sim.add_fault(r"/payment-methods$", method="GET", status=503)
    done = await till.engine.wait(sale.id)
    sim.clear_faults()
    assert done.state is SaleState.COMPLETED and len(done.tickets) == 2
    assert done.payment.btc_paid_lightning is None
    figures = read_report(till.journal, device_id="till-1").totals["GBP"]
    assert figures.btc_lightning == 0
    assert figures.btc_method_unknown == await btcpay_paid(till, sale.invoice_id)


async def test_a_refunded_late_payment_counts_as_refunded(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    sim.pay_invoice(sale.invoice_id, "BTC-CHAIN", Decimal("0.0002"))
    sim.confirm_invoice(sale.invoice_id)
    await until(lambda: till.engine.sale(sale.id).payment.btc_paid > 0)
    sim.expire_invoice(sale.invoice_id)
    late = await till.engine.wait(sale.id)
    assert late.state is SaleState.NEEDS_ATTENTION
    before = read_report(till.journal, device_id="till-1").totals["GBP"]
    assert (before.seats_needs_attention, before.seats_refunded) == (1, 0)

    await till.engine.refund(late.id, RefundVariant.RATE_THEN, staff="Grace")

    report = read_report(till.journal, device_id="till-1")
    after = report.totals["GBP"]
    assert (after.seats_needs_attention, after.seats_refunded) == (0, 1)
    assert report.sales["refunded"] == 1 and report.sales["needs_attention"] == 0
    assert after.gross == 0 and after.tickets_issued == 0
    assert after.btc_received == Decimal("0.0002")  # what arrived, whatever went back
