"""`boxoffice resolve SALE --new-invoice` against the loopback simulator process: the rest is
billed by a new sale, waited for as `sell` waits, its tickets issued once; refusals are plain."""

from __future__ import annotations

from decimal import Decimal

import pytest

from boxoffice.app import paths
from boxoffice.cli import main
from boxoffice.engine.journal import Journal
from tests.commands.simprocess import BoxOfficeProcess
from tests.commands.test_cli_refund import partly_paid, pull_payments
from tests.commands.test_cli_resolve import paid_late

pytestmark = pytest.mark.slow


@pytest.fixture
def sim(sim_process):
    return sim_process


def new_invoice(env, sale_id: str, *extra: str) -> BoxOfficeProcess:
    args = ["resolve", sale_id[:10], "--new-invoice", "--staff", "Grace"]
    return BoxOfficeProcess([*args, "--reason", "customer is here", "--json", *extra], env)


def test_the_rest_is_billed_by_a_new_sale_and_its_tickets_issued_once(sim, till_env, capsys):
    sale = partly_paid(sim, till_env)
    capsys.readouterr()
    sale_id = sale["sale_id"]
    paid = Decimal(sim.invoice_for_sale(sale_id)["paidAmount"])
    assert 0 < paid < Decimal("26.50")

    process = new_invoice(till_env, sale_id)
    linked = process.wait_for_line(lambda d: "continued_in" in d)
    assert linked["sale_id"] == sale_id
    assert Decimal(linked["paid_before"]) == paid
    assert Decimal(linked["amount_due"]) == Decimal("26.50") - paid
    rest_id = linked["continued_in"]
    waiting = process.wait_for_line(lambda d: d.get("sale_id") == rest_id and "invoice_id" in d)
    assert waiting["state"] == "awaiting_payment"
    assert Decimal(waiting["amount"]) == Decimal("26.50") - paid
    invoice = sim.invoice_for_sale(rest_id)
    assert Decimal(invoice["amount"]) == Decimal("26.50") - paid
    assert invoice["metadata"]["posData"]["continues"] == sale_id

    sim.pay(waiting["invoice_id"])
    assert process.finish() == 0
    done = [d for d in process.json_lines() if d.get("state") == "completed"]
    assert done and len(done[-1]["tickets"]) == 1
    assert len(sim.tickets_with_reference(waiting["invoice_id"])) == 1
    assert sim.tickets_with_reference(sale["invoice_id"]) == []
    with Journal(paths.journal_path()) as journal:
        original = journal.get(sale_id)
        assert original.resolution.action == "new_invoice"
        assert (original.resolution.staff, original.resolution.continued_in) == ("Grace", rest_id)

    # Again: refused in one sentence (the rest is billed already), nothing more is made.
    args = ["resolve", sale_id, "--new-invoice", "--staff", "Grace", "--reason", "again"]
    assert main(args) == 2
    assert rest_id in capsys.readouterr().err
    assert main(["resolve", sale_id, "--refund", "rate-then", "--staff", "G", "--reason", "r"]) == 2
    assert "continued in sale" in capsys.readouterr().err
    assert pull_payments(sim) == []
    invoices = [i for i in sim.state()["invoices"] if i["id"] not in (sale["invoice_id"],)]
    assert [i["id"] for i in invoices] == [waiting["invoice_id"]]


def test_a_new_invoice_is_refused_for_a_sale_not_partly_paid(sim, till_env, capsys):
    sale = paid_late(sim, till_env, capsys)
    args = ["resolve", sale["sale_id"], "--new-invoice", "--staff", "A", "--reason", "r"]
    assert main(args) == 2
    assert "part of the price" in capsys.readouterr().err
    with Journal(paths.journal_path()) as journal:
        assert journal.get(sale["sale_id"]).resolution is None
