"""`boxoffice report` and `boxoffice close-shift` end to end, against the simulator process."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import sqlite3
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from boxoffice.app import paths
from boxoffice.cli import main
from boxoffice.commands.report import CSV_COLUMNS
from boxoffice.sim import seed
from tests.commands.simprocess import killed_awaiting_payment

pytestmark = pytest.mark.slow


@pytest.fixture
def sim(sim_process):
    return sim_process


def completed_sale(sim, till_env, event_id, ticket_type_id, capsys) -> dict:
    """One sale of one ticket: sold, paid, finished by `reconcile`."""
    waiting = killed_awaiting_payment(till_env, event_id, ticket_type_id)
    sim.pay(waiting["invoice_id"])
    assert main(["reconcile"]) == 0
    capsys.readouterr()
    return waiting


def btc_paid(sim, invoice_id: str) -> Decimal:
    """What BTCPay's payment methods say the invoice received, in bitcoin."""
    info = sim.info
    url = f"{info['btcpay']}/api/v1/stores/{info['store_id']}/invoices/{invoice_id}/payment-methods"
    answer = httpx.get(url, headers={"Authorization": f"token {info['btcpay_api_key']}"})
    answer.raise_for_status()
    return sum((Decimal(m["paymentMethodPaid"]) for m in answer.json()), Decimal(0))


def report_csv(capsys, *args: str) -> list[dict[str, str]]:
    capsys.readouterr()
    assert main(["report", "--csv", *args]) == 0
    out = capsys.readouterr().out
    return list(csv.DictReader(io.StringIO(out)))


def test_report_close_shift_and_check_btcpay(sim, till_env, capsys):
    gbp = completed_sale(sim, till_env, seed.GBP_EVENT, seed.GENERAL_TT, capsys)
    jpy = completed_sale(sim, till_env, seed.JPY_EVENT, seed.JPY_STUDENT_TT, capsys)
    paid = {sale["invoice_id"]: btc_paid(sim, sale["invoice_id"]) for sale in (gbp, jpy)}
    assert all(amount > 0 for amount in paid.values())

    rows = report_csv(capsys)
    assert tuple(rows[0]) == CSV_COLUMNS
    by_scope = {(r["scope"], r["event_id"], r["ticket_type_id"], r["currency"]): r for r in rows}
    general = by_scope[("ticket_type", seed.GBP_EVENT, seed.GENERAL_TT, "GBP")]
    assert general == {
        "scope": "ticket_type",
        "event_id": seed.GBP_EVENT,
        "event": "Summer Chamber Night",
        "ticket_type_id": seed.GENERAL_TT,
        "ticket_type": "General Admission",
        "currency": "GBP",
        "tickets_issued": "1",
        "gross": "26.50",
        "booking_fees": "0.00",
        "btc_lightning": f"{paid[gbp['invoice_id']]:.8f}",  # paid by Lightning (the default)
        "btc_onchain": "0.00000000",
        "btc_method_unknown": "0.00000000",
        "seats_completed": "1",
        "seats_released": "0",
        "seats_needs_attention": "0",
        "seats_failed": "0",
        "seats_refunded": "0",
        "seats_in_progress": "0",
        "cash_tickets": "0",
        "cash_amount": "0.00",
        "complimentary_tickets": "0",
        "btc_refunded": "0.00000000",
        "refunded_amount": "0.00",
    }
    jpy_total = by_scope[("total", "", "", "JPY")]
    assert (jpy_total["gross"], jpy_total["booking_fees"], jpy_total["tickets_issued"]) == (
        "2300",
        "0",
        "1",
    )
    assert by_scope[("event", seed.JPY_EVENT, "", "JPY")]["gross"] == "2300"
    assert [r["scope"] for r in rows].count("total") == 2

    # The table and the check with BTCPay.
    assert main(["report", "--check-btcpay"]) == 0
    out = capsys.readouterr().out
    assert "Summer Chamber Night" in out and "Total GBP" in out
    assert "BTCPay: 2 invoices" in out and "BTCPay agrees with the journal." in out

    # Closing the shift: the next report starts empty; --since reaches back.
    assert main(["close-shift", "--staff", "Ada"]) == 0
    out = capsys.readouterr().out
    assert "Shift closed by Ada at" in out and "Total JPY" in out
    assert report_csv(capsys) == []
    assert main(["report"]) == 0
    assert "No sales in this range." in capsys.readouterr().out
    assert len(report_csv(capsys, "--since", "2000-01-01")) == 6  # 2 types, 2 events, 2 totals

    # A sale of the next shift; a damaged record is named on stderr and not counted.
    later = completed_sale(sim, till_env, seed.GBP_EVENT, seed.CONCESSION_TT, capsys)
    db = sqlite3.connect(paths.journal_path())
    with db:
        db.execute("UPDATE sales SET data='{' WHERE id=?", (gbp["sale_id"],))
    db.close()
    assert main(["report", "--csv"]) == 4
    captured = capsys.readouterr()
    rows = list(csv.DictReader(io.StringIO(captured.out)))
    assert [r["ticket_type_id"] for r in rows if r["scope"] == "ticket_type"] == [
        seed.CONCESSION_TT
    ]
    assert "Not counted: 1 damaged records" in captured.err
    assert gbp["sale_id"] in captured.err
    assert later["sale_id"] not in captured.err


def test_report_rejects_a_time_that_is_not_iso(sim, till_env, capsys):
    assert main(["report", "--since", "yesterday"]) == 2
    assert "is not an ISO time" in capsys.readouterr().err
    until = dt.datetime(2020, 1, 1).isoformat()
    assert main(["report", "--since", "2021-01-01", "--until", until]) == 2
    assert "not after its start" in capsys.readouterr().err


def test_the_readme_lists_exactly_the_csv_columns():
    """The README's column list is what people read to use the CSV: it must be the code's."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## End-of-shift report", 1)[1].split("\n## ", 1)[0]
    listed = re.findall(r"^\| `([a-z_]+)` \|", section, re.M)
    assert listed == list(CSV_COLUMNS)
