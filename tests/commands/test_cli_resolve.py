"""`boxoffice resolve` against the loopback simulator process: issue anyway, refund, the
refusals, and the staff name, time and reason in the journal."""

from __future__ import annotations

import json
import time

import pytest

from boxoffice.app import paths
from boxoffice.cli import main
from boxoffice.engine.journal import Journal
from boxoffice.sim import seed
from tests.commands.test_cli_refund import partly_paid, pull_payments
from tests.commands.test_cli_sim import sell

pytestmark = pytest.mark.slow


@pytest.fixture
def sim(sim_process):
    return sim_process


def paid_late(sim, env, capsys) -> dict:
    process = sell(env, f"{seed.GENERAL_TT}=2")
    waiting = process.wait_for_line(lambda d: "invoice_id" in d)
    sim.expire(waiting["invoice_id"])
    assert process.finish() == 3
    sim.pay(waiting["invoice_id"], method="BTC-CHAIN", amount=waiting["btc_due"])
    assert main(["reconcile"]) == 4
    capsys.readouterr()
    return waiting


def resolutions(sale_id: str) -> list[dict]:
    with Journal(paths.journal_path()) as journal:
        return [e["detail"] for e in journal.history(sale_id) if e["event"] == "resolution"]


def test_a_late_payment_is_issued_anyway_and_the_journal_says_who_and_why(sim, till_env, capsys):
    sale = paid_late(sim, till_env, capsys)
    sale_id, invoice_id = sale["sale_id"], sale["invoice_id"]
    before = time.time()
    args = ["resolve", sale_id[:10], "--issue-anyway", "--staff", "Grace"]
    assert main([*args, "--reason", "paid at the door", "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.strip().splitlines()]
    done = next(line for line in lines if "resolution" in line)
    assert done["state"] == "completed" and len(done["tickets"]) == 2
    assert done["resolution"]["staff"] == "Grace"
    assert lines[-1]["state"] == "completed"
    assert len(sim.tickets_with_reference(invoice_id)) == 2
    (recorded,) = resolutions(sale_id)
    assert (recorded["action"], recorded["staff"], recorded["reason"]) == (
        "issue_anyway",
        "Grace",
        "paid at the door",
    )
    assert before - 1 <= recorded["at"] <= time.time() + 1
    # Again (a second terminal, a repeated command): it is done already; nothing more is
    # issued and no second decision is journalled.
    assert main([*args, "--reason", "again"]) == 0
    assert "completed" in capsys.readouterr().out
    assert len(sim.tickets_with_reference(invoice_id)) == 2
    assert len(resolutions(sale_id)) == 1
    # Another way, once it is done: refused in one sentence.
    assert main(["resolve", sale_id, "--retry-issuance", "--staff", "G", "--reason", "r"]) == 2
    assert "issued already" in capsys.readouterr().err


def test_a_late_payment_refunded_prints_the_claim_link(sim, till_env, capsys):
    sale = paid_late(sim, till_env, capsys)
    args = ["resolve", sale["sale_id"], "--refund", "rate-then", "--staff", "Ada"]
    assert main([*args, "--reason", "customer left"]) == 0
    out = capsys.readouterr().out
    (pull,) = pull_payments(sim)
    assert pull["viewLink"] in out.splitlines()
    assert resolutions(sale["sale_id"])[0]["action"] == "refund"
    assert sim.tickets_with_reference(sale["invoice_id"]) == []


def test_refusals_are_plain_and_do_nothing(sim, till_env, capsys):
    sale = partly_paid(sim, till_env)
    capsys.readouterr()
    sale_id = sale["sale_id"]
    # Not paid in full: not issued.
    assert main(["resolve", sale_id, "--issue-anyway", "--staff", "A", "--reason", "r"]) == 2
    assert "arrived in full" in capsys.readouterr().err
    # A blank name for a new invoice for the rest: refused before BTCPay is asked.
    assert main(["resolve", sale_id, "--new-invoice", "--staff", " ", "--reason", "r"]) == 2
    assert "--staff NAME" in capsys.readouterr().err
    # A blank name or reason.
    assert main(["resolve", sale_id, "--retry-issuance", "--staff", " ", "--reason", "r"]) == 2
    assert "--staff NAME" in capsys.readouterr().err
    assert sim.tickets_with_reference(sale["invoice_id"]) == []
    assert pull_payments(sim) == []
    assert resolutions(sale_id) == []
