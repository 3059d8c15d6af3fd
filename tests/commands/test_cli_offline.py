"""`boxoffice sell --cash` and `--complimentary REASON`, against the simulator process."""

from __future__ import annotations

import csv
import io
import json

import pytest

from boxoffice.cli import main
from boxoffice.sim import seed

pytestmark = pytest.mark.slow


@pytest.fixture
def sim(sim_process):
    return sim_process


def _sell(capsys, *extra: str) -> tuple[int, list[dict], str]:
    capsys.readouterr()
    args = ["sell", "--event", seed.GBP_EVENT, "--tickets", f"{seed.GENERAL_TT}=2", *extra]
    if "--email" not in extra:
        args += ["--email", "ada@example.org"]  # the settings' default asks for one
    status = main(args)
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines() if line.startswith("{")]
    return status, lines, captured.out + captured.err


def test_sell_cash_issues_the_tickets_with_no_invoice(sim, till_env, capsys):
    status, lines, _ = _sell(capsys, "--cash", "--staff", "Grace", "--json")
    assert status == 0
    done = lines[-1]
    assert done["state"] == "completed" and len(done["tickets"]) == 2
    assert (done["paid_by"], done["amount"], done["currency"], done["staff"]) == (
        "cash",
        "53.00",
        "GBP",
        "Grace",
    )
    assert "invoice_id" not in done and "payment_uri" not in done
    state = sim.state()
    assert state["invoices"] == [] and state["emails"] == []
    reference = f"boxoffice-{done['sale_id']}"
    assert len(sim.tickets_with_reference(reference)) == 2
    assert all(h["total_on_hold"] == 0 for h in sim.holds_for_sale(done["sale_id"]))

    # The journal's sales say how it was paid.
    capsys.readouterr()
    assert main(["sales", "--csv"]) == 0
    (row,) = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert (row["sale_id"], row["paid_by"], row["invoice_id"]) == (done["sale_id"], "cash", "")

    # The report counts it as cash, not as bitcoin.
    capsys.readouterr()
    assert main(["report"]) == 0
    text = capsys.readouterr().out
    assert "Cash: 2 tickets, 53.00 GBP taken" in text
    assert "Bitcoin received: 0.00000000 BTC" in text


def test_sell_complimentary_needs_a_reason_and_records_it(sim, till_env, capsys):
    status, _, words = _sell(capsys, "--complimentary", "   ")
    assert status == 2 and "reason" in words
    assert not [h for h in sim.state()["holds"] if h.get("note", "").startswith("boxoffice-")]

    status, _, words = _sell(capsys, "--complimentary", "Press pass")
    assert status == 0
    assert "Complimentary, given by" in words and "Press pass" in words
    assert "Not e-mailed" in words
    assert sim.state()["invoices"] == [] and sim.state()["emails"] == []

    capsys.readouterr()
    assert main(["report"]) == 0
    text = capsys.readouterr().out
    assert "Complimentary: 2 tickets" in text and "Press pass" in text


def test_cash_and_complimentary_cannot_be_both(sim, till_env, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(
            [
                "sell",
                "--event",
                seed.GBP_EVENT,
                "--tickets",
                "tt_2001=1",
                "--cash",
                "--complimentary",
                "x",
            ]
        )
    assert exit_.value.code == 2
