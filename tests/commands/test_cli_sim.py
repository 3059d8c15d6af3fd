"""`boxoffice` commands against the loopback simulator process (the realistic path).

The till is pointed at `python -m boxoffice.sim --port 0` through the BOXOFFICE_* variables;
`sell` runs as its own process (it waits, and is interrupted), the quick commands run in-process.
Everything is checked against the simulator's own record (`/sim/state`).
"""

from __future__ import annotations

import csv
import io
import json
import signal
from decimal import Decimal

import pytest

from boxoffice.app import paths
from boxoffice.cli import main
from boxoffice.engine.journal import Journal
from boxoffice.sim import seed
from tests.commands.simprocess import BoxOfficeProcess, SimProcess

pytestmark = pytest.mark.slow


@pytest.fixture
def sim(sim_process):
    return sim_process


def sell(env, *tickets: str, email="ada@example.org", extra=()) -> BoxOfficeProcess:
    args = ["sell", "--event", seed.GBP_EVENT, "--json"]
    for spec in tickets:
        args += ["--tickets", spec]
    if email:
        args += ["--email", email]
    return BoxOfficeProcess([*args, *extra], env)


def assert_released(sim: SimProcess, sale_id: str, invoice_id: str | None) -> None:
    for hold in sim.holds_for_sale(sale_id):
        assert hold["total_on_hold"] == 0, hold
    if invoice_id:
        assert sim.tickets_with_reference(invoice_id) == []
        assert sim.invoice_for_sale(sale_id)["status"] != "Settled"


def test_sell_json_to_completion_then_sales_csv(sim, till_env, capsys):
    process = sell(till_env, f"{seed.GENERAL_TT}=2", extra=["--name", "Ada Lovelace"])
    waiting = process.wait_for_line(lambda d: "invoice_id" in d)
    assert waiting["state"] == "awaiting_payment"
    assert waiting["payment_uri"].lower().startswith("bitcoin:")
    assert waiting["checkout_link"].startswith("http")
    assert waiting["hold_id"].startswith("ho_")
    sim.pay(waiting["invoice_id"])
    assert process.finish() == 0

    lines = process.json_lines()
    assert {line["sale_id"] for line in lines} == {waiting["sale_id"]}
    assert lines[0]["state"] == "reserving"
    states = [line["state"] for line in lines]
    assert states[-1] == "completed"
    assert states.index("awaiting_payment") < states.index("completed")
    tickets = lines[-1]["tickets"]
    assert len(tickets) == 2
    issued = sim.tickets_with_reference(waiting["invoice_id"])
    assert sorted(t["id"] for t in issued) == sorted(t["id"] for t in tickets)
    assert sorted(t["barcode"] for t in issued) == sorted(t["barcode"] for t in tickets)
    assert all(t["full_name"] == "Ada Lovelace" for t in issued)
    for hold in sim.holds_for_sale(waiting["sale_id"]):
        assert hold["total_on_hold"] == 0

    capsys.readouterr()
    assert main(["sales", "--csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 1
    assert rows[0]["sale_id"] == waiting["sale_id"]
    assert rows[0]["state"] == "completed"
    assert rows[0]["seats"] == "2"
    assert rows[0]["invoice_id"] == waiting["invoice_id"]
    assert Decimal(rows[0]["total"]) == Decimal("53.00")  # 2 × (£25.00 + £1.50 fee)


def test_sell_expired(sim, till_env):
    process = sell(till_env, f"{seed.CONCESSION_TT}=1")
    waiting = process.wait_for_line(lambda d: "invoice_id" in d)
    sim.expire(waiting["invoice_id"])
    assert process.finish() == 3
    last = process.json_lines()[-1]
    assert last["state"] == "released"
    assert last["reason"] == "expired"
    assert "tickets" not in last
    assert_released(sim, waiting["sale_id"], waiting["invoice_id"])


def test_ctrl_c_cancels_the_sale_properly(sim, till_env):
    process = sell(till_env, f"{seed.GENERAL_TT}=1")
    waiting = process.wait_for_line(lambda d: "invoice_id" in d)
    process.signal(signal.SIGINT)
    assert process.finish() == 3
    last = process.json_lines()[-1]
    assert last["state"] == "released"
    assert last["reason"] == "cancelled"
    assert sim.invoice_for_sale(waiting["sale_id"])["status"] == "Invalid"
    assert_released(sim, waiting["sale_id"], waiting["invoice_id"])
    assert "Cancelling" in process.stderr


def test_a_partial_payment_then_expiry_needs_attention(sim, till_env):
    process = sell(till_env, f"{seed.GENERAL_TT}=1")
    waiting = process.wait_for_line(lambda d: "invoice_id" in d)
    half = (Decimal(waiting["btc_due"]) / 2).quantize(Decimal("0.00000001"))
    sim.pay(waiting["invoice_id"], method="BTC-CHAIN", amount=str(half))
    sim.expire(waiting["invoice_id"])
    assert process.finish() == 4
    last = process.json_lines()[-1]
    assert last["state"] == "needs_attention"
    assert last["reason"]
    assert sim.tickets_with_reference(waiting["invoice_id"]) == []


BAD_INPUTS = {
    "unknown event": ["--event", "ev_404", "--tickets", f"{seed.GENERAL_TT}=1"],
    "unknown ticket type": ["--event", seed.GBP_EVENT, "--tickets", "tt_404=1"],
    "secret type without its code": ["--event", seed.GBP_EVENT, "--tickets", f"{seed.SECRET_TT}=1"],
    "wrong access code": [
        "--event",
        seed.GBP_EVENT,
        "--tickets",
        f"{seed.SECRET_TT}=1",
        "--access-code",
        "NOPE",
    ],
    "over the per-order limit": ["--event", seed.GBP_EVENT, "--tickets", f"{seed.LIMITED_TT}=3"],
    "sold out": ["--event", seed.GBP_EVENT, "--tickets", f"{seed.SOLD_OUT_TT}=1"],
    "malformed quantity": ["--event", seed.GBP_EVENT, "--tickets", f"{seed.GENERAL_TT}=lots"],
    "a draft event": ["--event", seed.DRAFT_EVENT, "--tickets", f"{seed.DRAFT_TT}=1"],
}


@pytest.mark.parametrize("email", ["ada@example.org"])
@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_bad_input_exits_2_with_one_sentence_and_reserves_nothing(
    sim, till_env, capsys, case, email
):
    before = sim.state()
    status = main(["sell", *BAD_INPUTS[case], "--email", email])
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 2
    assert len(err) == 1 and err[0].endswith("."), err
    after = sim.state()
    assert after["holds"] == before["holds"]
    assert after["invoices"] == before["invoices"]
    assert after["issued_tickets"] == before["issued_tickets"]
    with Journal(paths.journal_path()) as journal:
        assert journal.sales() == []


@pytest.mark.parametrize(
    ("case", "extra"),
    [
        ("bad e-mail", ["--email", "ada-at-example"]),
        ("no e-mail when one is required", []),
    ],
)
def test_bad_buyer_exits_2_and_reserves_nothing(sim, till_env, capsys, case, extra):
    before = sim.state()
    status = main(["sell", "--event", seed.GBP_EVENT, "--tickets", f"{seed.GENERAL_TT}=1", *extra])
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 2
    assert len(err) == 1 and "mail" in err[0]
    after = sim.state()
    assert (after["holds"], after["invoices"]) == (before["holds"], before["invoices"])


def test_doctor_happy_then_with_a_key_lacking_a_permission(sim, till_env, capsys, monkeypatch):
    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert "FAIL" not in out and "A sale can be made." in out
    assert main(["doctor", "--json"]) == 0
    checks = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert checks and all(set(c) == {"status", "subject", "message"} for c in checks)
    assert {c["status"] for c in checks} <= {"ok", "warn"}

    store = sim.info["store_id"]
    key = sim.add_btcpay_key(
        [f"btcpay.store.cancreateinvoice:{store}", f"btcpay.store.canviewstoresettings:{store}"]
    )
    monkeypatch.setenv("BOXOFFICE_BTCPAY_API_KEY", key)
    assert main(["doctor"]) == 1
    out = capsys.readouterr().out
    failures = [line for line in out.splitlines() if line.startswith("FAIL")]
    assert len(failures) == 1
    assert "btcpay.store.canmodifyinvoices" in failures[0]
    assert key not in out


def test_sell_without_settings_says_what_to_set(till_env, capsys, monkeypatch):
    monkeypatch.delenv("BOXOFFICE_BTCPAY_URL")
    monkeypatch.delenv("BOXOFFICE_BTCPAY_API_KEY")
    status = main(["sell", "--event", seed.GBP_EVENT, "--tickets", f"{seed.GENERAL_TT}=1"])
    err = capsys.readouterr().err
    assert status == 1
    assert "BOXOFFICE_BTCPAY_URL" in err and "BOXOFFICE_BTCPAY_API_KEY" in err


def test_a_late_full_payment_is_found_by_reconcile_and_accepted(sim, till_env, capsys):
    process = sell(till_env, f"{seed.GENERAL_TT}=2")
    waiting = process.wait_for_line(lambda d: "invoice_id" in d)
    sim.expire(waiting["invoice_id"])
    assert process.finish() == 3  # released: the customer had not paid in time
    sale_id, invoice_id = waiting["sale_id"], waiting["invoice_id"]

    # The customer pays the whole amount on-chain after all (BTCPay: Expired + PaidLate).
    sim.pay(invoice_id, method="BTC-CHAIN", amount=waiting["btc_due"])
    assert main(["reconcile"]) == 4
    assert "needs_attention" in capsys.readouterr().out
    assert sim.tickets_with_reference(invoice_id) == []

    assert main(["accept", sale_id[:10], "--json"]) == 0
    done = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert done["state"] == "completed"
    issued = sim.tickets_with_reference(invoice_id)
    assert sorted(t["barcode"] for t in issued) == sorted(t["barcode"] for t in done["tickets"])
    assert len(issued) == 2
    assert sim.invoice_for_sale(sale_id)["status"] == "Settled"

    # Accepting again changes nothing and issues nothing more.
    assert main(["accept", sale_id]) == 2
    assert "tickets were issued already" in capsys.readouterr().err
    assert len(sim.tickets_with_reference(invoice_id)) == 2


def test_a_partial_payment_cannot_be_accepted(sim, till_env, capsys):
    process = sell(till_env, f"{seed.GENERAL_TT}=1")
    waiting = process.wait_for_line(lambda d: "invoice_id" in d)
    half = (Decimal(waiting["btc_due"]) / 2).quantize(Decimal("0.00000001"))
    sim.pay(waiting["invoice_id"], method="BTC-CHAIN", amount=str(half))
    sim.expire(waiting["invoice_id"])
    assert process.finish() == 4
    capsys.readouterr()

    assert main(["accept", waiting["sale_id"]]) == 2
    err = capsys.readouterr().err
    assert err.strip() and "\n" not in err.strip()  # one sentence
    assert sim.invoice_for_sale(waiting["sale_id"])["status"] == "Expired"
    assert sim.tickets_with_reference(waiting["invoice_id"]) == []
    assert main(["accept", "nosuchsale"]) == 2
    assert "no sale nosuchsale" in capsys.readouterr().err
