"""Cash and complimentary tickets in the end-of-shift report: apart from the bitcoin, exact."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

from boxoffice.commands.report import CSV_COLUMNS, csv_rows
from boxoffice.domain.sale import SaleState
from boxoffice.engine.report_check import check_with_btcpay
from boxoffice.engine.shift_report import read_report
from boxoffice.sim import seed
from tests.engine.test_shift_report import sell


async def _cash(till, quantities, taken):
    order = await till.order(seed.GBP_EVENT, quantities)
    sale = await till.engine.offline.sell_for_cash(order, staff="Grace", taken=Decimal(taken))
    done = await till.engine.wait(sale.id)
    assert done.state is SaleState.COMPLETED
    return done


async def _comp(till, quantities, reason, event=seed.GBP_EVENT):
    order = await till.order(event, quantities)
    sale = await till.engine.offline.give_complimentary(order, staff="Alan", reason=reason)
    done = await till.engine.wait(sale.id)
    assert done.state is SaleState.COMPLETED
    return done


async def test_cash_and_complimentary_are_counted_apart_from_bitcoin(till, sim):
    paid = await sell(till, sim, seed.GBP_EVENT, {seed.GENERAL_TT: 1})  # 26.50 in bitcoin
    await _cash(till, {seed.GENERAL_TT: 2, seed.CONCESSION_TT: 1}, "72.00")
    await _cash(till, {seed.CONCESSION_TT: 1}, "19.00")
    press = await _comp(till, {seed.GENERAL_TT: 2}, "Press pass")
    await _comp(till, {seed.JPY_GENERAL_TT: 1}, "Artist's guest", event=seed.JPY_EVENT)

    report = read_report(till.journal, device_id="till-1")
    gbp = report.totals["GBP"]
    assert gbp.gross == Decimal("26.50")  # bitcoin sales only
    assert gbp.btc_received == paid.payment.btc_amount
    assert gbp.cash_tickets == 4 and gbp.cash_amount == Decimal("91.00")
    assert gbp.complimentary_tickets == 2
    assert gbp.tickets_issued == 1 + 4 + 2
    assert gbp.seats_completed == 7
    jpy = report.totals["JPY"]
    assert (jpy.complimentary_tickets, jpy.gross, jpy.cash_amount, jpy.btc_received) == (
        1,
        Decimal(0),
        Decimal(0),
        Decimal(0),
    )
    # Per ticket type, exactly.
    rows = {(r.event_id, r.ticket_type_id): r.figures for r in report.rows}
    general = rows[(seed.GBP_EVENT, seed.GENERAL_TT)]
    concession = rows[(seed.GBP_EVENT, seed.CONCESSION_TT)]
    assert (general.cash_tickets, general.cash_amount) == (2, Decimal("53.00"))
    assert (concession.cash_tickets, concession.cash_amount) == (2, Decimal("38.00"))
    assert general.complimentary_tickets == 2 and concession.complimentary_tickets == 0
    # The reasons, with who gave the tickets.
    given = {c.sale_id: (c.tickets, c.reason, c.staff) for c in report.complimentary}
    assert given[press.id] == (2, "Press pass", "Alan")
    assert sorted(reason for _, reason, _ in given.values()) == ["Artist's guest", "Press pass"]
    assert {c["reason"] for c in report.to_dict()["complimentary"]} == {
        "Artist's guest",
        "Press pass",
    }

    # BTCPay knows only the bitcoin sale, and agrees with the report.
    agreement = await check_with_btcpay(
        till.btcpay, report, till.journal.sales(), device_id="till-1"
    )
    assert agreement.agrees and agreement.invoices == 1
    assert agreement.btcpay_fiat == {"GBP": gbp.gross}

    # The CSV has the columns, and its money the currency's decimals.
    read = list(csv.DictReader(io.StringIO(_csv(report))))
    assert set(CSV_COLUMNS) >= {"cash_tickets", "cash_amount", "complimentary_tickets"}
    total = next(r for r in read if r["scope"] == "total" and r["currency"] == "GBP")
    assert (total["cash_tickets"], total["cash_amount"], total["complimentary_tickets"]) == (
        "4",
        "91.00",
        "2",
    )
    assert total["gross"] == "26.50"
    jpy_total = next(r for r in read if r["scope"] == "total" and r["currency"] == "JPY")
    assert jpy_total["cash_amount"] == "0" and jpy_total["complimentary_tickets"] == "1"


def _csv(report) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(csv_rows(report))
    return out.getvalue()


async def test_a_cash_sale_that_failed_adds_no_cash(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sim.add_fault(r"/tickettailor/v1/holds$", method="POST", status=422, count=1)
    sale = await till.engine.offline.sell_for_cash(order, staff="Grace", taken=Decimal("26.50"))
    assert sale.state is SaleState.FAILED
    figures = read_report(till.journal, device_id="till-1").totals["GBP"]
    assert (figures.cash_amount, figures.cash_tickets, figures.seats_failed) == (Decimal(0), 0, 1)
