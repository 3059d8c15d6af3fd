"""A `boxoffice sell` killed (SIGKILL) at each step of a sale, then `boxoffice reconcile`.

Whatever the moment of the crash and whatever the customer did afterwards, each sale must end
with exactly the paid tickets (no duplicates, reference = invoice id) or with its hold released
and its invoice unpaid. Checked through the simulator's own record, `/sim/state`.

Steps (a simulator delay fault holds the sale at the step while the process is killed):
1. the hold exists, the invoice request is still hanging;
2. the invoice exists, the payment-methods request is hanging;
3. the payment request is shown (no fault needed: the till waits for the customer);
4. the invoice is paid and one of several tickets is issued, the others still hanging.
"""

from __future__ import annotations

import json
import time

import pytest

from boxoffice.cli import main
from boxoffice.engine.recovery import ADOPT_QUIET
from boxoffice.sim import seed
from tests.commands.simprocess import BoxOfficeProcess, SimProcess, wait_until

pytestmark = pytest.mark.slow

INVOICE_CREATE = r"^/btcpay/api/v1/stores/[^/]+/invoices$"
PAYMENT_METHODS = r"^/btcpay/api/v1/stores/[^/]+/invoices/[^/]+/payment-methods$"
ISSUE_TICKET = r"^/tickettailor/v1/issued_tickets$"


@pytest.fixture
def sim(sim_process):
    return sim_process


def start_sale(env, quantity: int) -> tuple[BoxOfficeProcess, str]:
    process = BoxOfficeProcess(
        [
            "sell",
            "--event",
            seed.GBP_EVENT,
            "--tickets",
            f"{seed.GENERAL_TT}={quantity}",
            "--email",
            "crash@example.org",
            "--json",
        ],
        env,
    )
    # The sale is journalled before any request is made, and its first line names it.
    first = process.wait_for_line(lambda d: d.get("state") == "reserving")
    return process, first["sale_id"]


def reconcile(capsys) -> list[dict]:
    capsys.readouterr()
    status = main(["reconcile", "--json"])
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line]
    assert status in (0, 4), rows
    return rows


def assert_paid_tickets_exactly(sim: SimProcess, sale_id: str, quantity: int) -> None:
    invoice = sim.invoice_for_sale(sale_id)
    assert invoice is not None and invoice["status"] == "Settled"
    tickets = sim.tickets_with_reference(invoice["id"])
    assert len(tickets) == quantity, tickets
    assert len({t["id"] for t in tickets}) == quantity
    assert len({t["barcode"] for t in tickets}) == quantity
    assert all(t["status"] == "valid" for t in tickets)
    for hold in sim.holds_for_sale(sale_id):
        assert hold["total_on_hold"] == 0, hold


def assert_released(sim: SimProcess, sale_id: str) -> None:
    for hold in sim.holds_for_sale(sale_id):
        assert hold["total_on_hold"] == 0, hold
    invoice = sim.invoice_for_sale(sale_id)
    if invoice is not None:
        assert invoice["status"] in ("Expired", "Invalid"), invoice
        assert invoice["additionalStatus"] in ("None", None, ""), invoice
        assert sim.tickets_with_reference(invoice["id"]) == []
    assert not [
        t
        for t in sim.state()["issued_tickets"]
        if t.get("reference") in (f"boxoffice-{sale_id}", invoice and invoice["id"])
    ]


def settle_or_expire(sim: SimProcess, sale_id: str, outcome: str) -> None:
    """What the customer did while the till was dead: paid, or let the invoice expire."""
    invoice = wait_until(lambda: sim.invoice_for_sale(sale_id), timeout=20)
    if outcome == "paid":
        sim.pay(invoice["id"])
    else:
        sim.expire(invoice["id"])


def assert_ended_unseen(sim: SimProcess, sale_id: str, row: dict, outcome: str) -> None:
    """A sale killed before its customer saw a QR: the paid tickets exactly, or nothing held."""
    if outcome == "paid":
        assert row["after"] == "completed"
        assert_paid_tickets_exactly(sim, sale_id, 2)
    else:
        # "failed" when the engine undid a reservation the customer never saw: nothing sold.
        assert row["after"] in ("released", "failed")
        assert_released(sim, sale_id)


def row_for(rows: list[dict], sale_id: str) -> dict:
    matching = [row for row in rows if row["sale_id"] == sale_id]
    assert len(matching) == 1, rows
    return matching[0]


@pytest.mark.parametrize("outcome", ["paid", "expired"])
def test_killed_after_the_hold_while_the_invoice_hangs(sim, till_env, capsys, outcome):
    # Long enough that the till is surely killed while it hangs, even on a busy machine.
    sim.fault(INVOICE_CREATE, method="POST", delay_ms=10_000, count=1)
    process, sale_id = start_sale(till_env, 2)
    wait_until(lambda: [h for h in sim.holds_for_sale(sale_id) if h["total_on_hold"] == 2])
    assert sim.invoice_for_sale(sale_id) is None  # still hanging in the simulator
    process.kill()
    # The simulator finishes the invoice request after its delay, as a real server would.
    settle_or_expire(sim, sale_id, outcome)
    row = row_for(reconcile(capsys), sale_id)
    assert row["before"] == "reserving"
    assert_ended_unseen(sim, sale_id, row, outcome)


@pytest.mark.parametrize("outcome", ["paid", "expired"])
def test_killed_after_the_invoice_while_payment_methods_hang(sim, till_env, capsys, outcome):
    sim.fault(PAYMENT_METHODS, method="GET", delay_ms=5000)
    process, sale_id = start_sale(till_env, 2)
    wait_until(lambda: sim.invoice_for_sale(sale_id))
    process.kill()
    sim.clear_faults()
    settle_or_expire(sim, sale_id, outcome)
    row = row_for(reconcile(capsys), sale_id)
    assert_ended_unseen(sim, sale_id, row, outcome)


@pytest.mark.parametrize("outcome", ["paid", "expired"])
def test_killed_while_waiting_for_the_payment(sim, till_env, capsys, outcome):
    process, sale_id = start_sale(till_env, 2)
    waiting = process.wait_for_line(lambda d: d.get("state") == "awaiting_payment")
    process.kill()
    settle_or_expire(sim, sale_id, outcome)
    row = row_for(reconcile(capsys), sale_id)
    assert row["before"] == "awaiting_payment"
    if outcome == "paid":
        assert row["after"] == "completed"
        assert_paid_tickets_exactly(sim, sale_id, 2)
        assert sim.invoice_for_sale(sale_id)["id"] == waiting["invoice_id"]
    else:
        assert row["after"] == "released"
        assert_released(sim, sale_id)


def test_killed_while_issuing_several_tickets(sim, till_env, capsys):
    # The first ticket comes quickly; the others hang for a while, and are carried out by the
    # simulator after the till is dead, racing with the reconcile that follows.
    sim.fault(ISSUE_TICKET, method="POST", delay_ms=200, count=1)
    sim.fault(ISSUE_TICKET, method="POST", delay_ms=4000)
    process, sale_id = start_sale(till_env, 3)
    waiting = process.wait_for_line(lambda d: "invoice_id" in d)
    sim.pay(waiting["invoice_id"])
    wait_until(lambda: sim.tickets_with_reference(waiting["invoice_id"]), timeout=30)
    process.kill()
    assert len(sim.tickets_with_reference(waiting["invoice_id"])) < 3
    sim.clear_faults()

    row = row_for(reconcile(capsys), sale_id)
    assert row["after"] == "completed"
    assert len(row["tickets"]) == 3
    # Let the requests the dead process left hanging land, then count again.
    time.sleep(4.5)
    assert_paid_tickets_exactly(sim, sale_id, 3)
    assert sorted(t["id"] for t in row["tickets"]) == sorted(
        t["id"] for t in sim.tickets_with_reference(waiting["invoice_id"])
    )


def test_reconcile_all_devices_finishes_a_sale_another_till_left(sim, till_env, capsys, tmp_path):
    other = dict(till_env)
    other["BOXOFFICE_CONFIG_DIR"] = str(tmp_path / "other-till" / "config")
    other["BOXOFFICE_DATA_DIR"] = str(tmp_path / "other-till" / "data")
    other["BOXOFFICE_DEVICE_ID"] = "door-other"
    # The other till sold it well before this till looks (the services' clock is moved back
    # by that much): a sale whose till may still be finishing it is left to that till.
    sim.advance_clock(-ADOPT_QUIET)
    process, sale_id = start_sale(other, 2)
    waiting = process.wait_for_line(lambda d: d.get("state") == "awaiting_payment")
    process.kill()  # that till is gone for good, journal and all
    sim.pay(waiting["invoice_id"])

    # This till's own journal knows nothing of the sale...
    assert not [r for r in reconcile(capsys) if r["sale_id"] == sale_id]
    # ...but BTCPay does.
    capsys.readouterr()
    assert main(["reconcile", "--all-devices", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line]
    row = row_for(rows, sale_id)
    assert row["before"] is None
    assert row["device_id"] == "door-other"
    assert row["after"] == "completed"
    assert_paid_tickets_exactly(sim, sale_id, 2)
