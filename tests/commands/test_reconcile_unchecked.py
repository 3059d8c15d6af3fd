"""`reconcile` never calls a sale it could not look at "still waiting", and exits non-zero."""

from __future__ import annotations

import pytest

from boxoffice.cli import main
from boxoffice.sim import seed
from tests.commands.simprocess import killed_awaiting_payment

pytestmark = pytest.mark.slow


@pytest.fixture
def sim(sim_process):
    return sim_process


@pytest.mark.parametrize("trouble", ["unreachable", "key refused"])
def test_a_paid_sale_that_cannot_be_checked_is_not_still_waiting(
    sim, till_env, capsys, monkeypatch, trouble
):
    sale = killed_awaiting_payment(till_env, seed.GBP_EVENT, seed.GENERAL_TT)
    sim.pay(sale["invoice_id"])
    if trouble == "unreachable":
        sim.fault(r"/btcpay/api/v1/", status=503, count=1000)
    else:
        monkeypatch.setenv("BOXOFFICE_BTCPAY_API_KEY", "0" * 40)
    capsys.readouterr()

    assert main(["reconcile"]) == 1
    out = capsys.readouterr().out
    assert f"{sale['sale_id']}: awaiting_payment, not checked: " in out
    assert "still waiting" not in out
    assert sim.tickets_with_reference(sale["invoice_id"]) == []

    # Once BTCPay answers again, the paid sale gets its tickets.
    sim.clear_faults()
    monkeypatch.setenv("BOXOFFICE_BTCPAY_API_KEY", till_env["BOXOFFICE_BTCPAY_API_KEY"])
    assert main(["reconcile"]) == 0
    assert f"{sale['sale_id']}: awaiting_payment -> completed" in capsys.readouterr().out
    assert len(sim.tickets_with_reference(sale["invoice_id"])) == 1
