"""Refunds paid out in the end-of-shift report: what BTCPay made pull payments for, in bitcoin
and in the event's money, to the smallest unit, and nothing for a refund not known to be made."""

from __future__ import annotations

from decimal import Decimal

import pytest

from boxoffice.domain.refund import RefundRefused, RefundVariant
from boxoffice.engine.shift_report import read_report
from boxoffice.sim import seed
from tests.engine.test_engine_refunds import partly_paid_and_expired
from tests.engine.test_engine_staff import paid_late


async def test_refunds_made_are_counted_in_bitcoin_and_in_money(till, sim):
    late = await paid_late(till, sim)
    partial = await partly_paid_and_expired(till, sim)
    in_bitcoin = await till.engine.refund(late.id, RefundVariant.RATE_THEN, staff="Ada")
    in_pounds = await till.engine.refund(
        partial.id, RefundVariant.CUSTOM, custom_amount=Decimal("3.33"), staff="Ada"
    )
    assert in_bitcoin.refund.currency == "BTC" and in_pounds.refund.currency == "GBP"

    report = read_report(till.journal, device_id="till-1")
    total = report.totals["GBP"]
    assert total.btc_refunded == in_bitcoin.refund.amount == late.payment.btc_paid
    assert total.refunded_amount == Decimal("3.33")
    # Shared over the ticket types like the bitcoin received, to the satoshi and the penny.
    rows = [r for r in report.rows if r.event_id == seed.GBP_EVENT]
    assert sum((r.figures.btc_refunded for r in rows), Decimal(0)) == total.btc_refunded
    assert sum((r.figures.refunded_amount for r in rows), Decimal(0)) == Decimal("3.33")
    assert report.sales["refunded"] == 2


async def test_the_command_line_report_says_the_refunds_paid_out(till, sim, capsys):
    from boxoffice.commands.common import Console
    from boxoffice.commands.report import _table

    late = await paid_late(till, sim)
    refunded = await till.engine.refund(late.id, RefundVariant.RATE_THEN, staff="Ada")
    _table(read_report(till.journal, device_id="till-1"), Console())
    out = capsys.readouterr().out
    assert f"Refunds paid out (GBP sales): {refunded.refund.amount:f} BTC\n" in out


async def test_a_refund_not_made_counts_nothing(till, sim):
    late = await paid_late(till, sim)
    sim.add_fault(r"/invoices/[^/]+/refund$", status=400)
    with pytest.raises(RefundRefused):
        await till.engine.refund(late.id, RefundVariant.RATE_THEN, staff="Ada")
    report = read_report(till.journal, device_id="till-1")
    assert report.totals["GBP"].btc_refunded == 0
    assert report.totals["GBP"].refunded_amount == 0
