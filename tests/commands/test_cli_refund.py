"""`boxoffice refund` against the loopback simulator process: the claim link printed, the
refund journalled, BTCPay asked once, and the refusals with their exit statuses."""

from __future__ import annotations

import json
from decimal import Decimal

import httpx
import pytest

from boxoffice.app import paths
from boxoffice.cli import main
from boxoffice.engine.journal import Journal
from boxoffice.services.btcpay.permissions import REFUND_PERMISSION
from boxoffice.sim import seed
from tests.commands.test_cli_sim import sell

pytestmark = pytest.mark.slow


@pytest.fixture
def sim(sim_process):
    return sim_process


def pull_payments(sim) -> list[dict]:
    """The store's pull payments, read from the simulated BTCPay as any client would."""
    info = sim.info
    response = httpx.get(
        f"{info['btcpay']}/api/v1/stores/{info['store_id']}/pull-payments",
        headers={"Authorization": f"token {info['btcpay_api_key']}"},
        timeout=30,
    )
    response.raise_for_status()
    return response.json()


def partly_paid(sim, env) -> dict:
    """A sale paid in part, whose invoice then expired (exit 4: needs attention)."""
    process = sell(env, f"{seed.GENERAL_TT}=1")
    waiting = process.wait_for_line(lambda d: "invoice_id" in d)
    half = (Decimal(waiting["btc_due"]) / 2).quantize(Decimal("0.00000001"))
    sim.pay(waiting["invoice_id"], method="BTC-CHAIN", amount=str(half))
    sim.expire(waiting["invoice_id"])
    assert process.finish() == 4
    return {**waiting, "paid": half}


def test_a_partly_paid_sale_is_refunded_what_arrived(sim, till_env, capsys):
    sale = partly_paid(sim, till_env)
    capsys.readouterr()
    args = ["refund", sale["sale_id"][:10], "--variant", "rate-then", "--yes"]
    assert main([*args, "--staff", "Grace", "--reason", "left early"]) == 0
    out = capsys.readouterr().out
    (pull,) = pull_payments(sim)
    assert Decimal(pull["amount"]) == sale["paid"]
    assert pull["viewLink"] in out.splitlines()
    assert f"pull payment {pull['id']}" in out
    assert f"{Decimal(pull['amount']):.8f} BTC" in out
    assert "█" in out or "▀" in out or "▄" in out  # the claim link's QR
    with Journal(paths.journal_path()) as journal:
        stored = journal.get(sale["sale_id"])
        events = [e["event"] for e in journal.history(sale["sale_id"])]
    assert stored.refund.pull_payment_id == pull["id"]
    assert (stored.refund.staff, stored.refund.reason) == ("Grace", "left early")
    assert events.index("refund_requested") < events.index("refund_created")

    # Again: refused before BTCPay is asked; nothing more is made.
    assert main(["refund", sale["sale_id"], "--variant", "rate-then", "--yes"]) == 2
    assert "refunded already" in capsys.readouterr().err
    assert len(pull_payments(sim)) == 1


def test_refund_json_and_the_refusals(sim, till_env, capsys):
    sale = partly_paid(sim, till_env)
    capsys.readouterr()
    sale_id = sale["sale_id"]
    # Bad input costs nothing.
    assert main(["refund", sale_id, "--variant", "custom", "--yes"]) == 2
    assert "--amount" in capsys.readouterr().err
    assert main(["refund", sale_id, "--variant", "custom", "--amount", "1e3", "--yes"]) == 2
    capsys.readouterr()
    assert main(["refund", sale_id, "--variant", "rate-then", "--amount", "5", "--yes"]) == 2
    capsys.readouterr()
    # Not paid over: refused by the till in one sentence.
    assert main(["refund", sale_id, "--variant", "overpaid", "--yes"]) == 2
    err = capsys.readouterr().err.strip()
    assert err and "\n" not in err
    # Without --yes and with nobody to ask: says so, refunds nothing.
    assert main(["refund", sale_id, "--variant", "rate-then"]) == 2
    assert "--yes" in capsys.readouterr().err
    assert pull_payments(sim) == []

    assert (
        main(["refund", sale_id, "--variant", "custom", "--amount", "5.00", "--yes", "--json"]) == 0
    )
    data = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    (pull,) = pull_payments(sim)
    assert data["sale_id"] == sale_id and data["pull_payment_id"] == pull["id"]
    assert (data["amount"], data["currency"], data["variant"]) == ("5.00", "GBP", "Custom")
    assert data["claim_link"] == pull["viewLink"] and data["status"] == "created"
    # A custom amount in pounds is approved by hand in BTCPay (never automatically).
    assert data["auto_approved"] is False


def test_a_key_without_the_refund_permission_is_told_which(sim, till_env, capsys, monkeypatch):
    sale = partly_paid(sim, till_env)
    store = sim.info["store_id"]
    key = sim.add_btcpay_key(
        [
            f"btcpay.store.canviewstoresettings:{store}",
            f"btcpay.store.cancreateinvoice:{store}",
            f"btcpay.store.canmodifyinvoices:{store}",
        ]
    )
    monkeypatch.setenv("BOXOFFICE_BTCPAY_API_KEY", key)
    capsys.readouterr()
    assert main(["refund", sale["sale_id"], "--variant", "rate-then", "--yes"]) == 1
    err = capsys.readouterr().err
    assert REFUND_PERMISSION in err and key not in err
    assert pull_payments(sim) == []
