"""A damaged journal record stops neither `reconcile`, `sales` nor `doctor` for the other sales."""

from __future__ import annotations

import sqlite3

import pytest

from boxoffice.app import paths
from boxoffice.cli import main
from boxoffice.sim import seed
from tests.commands.simprocess import killed_awaiting_payment

pytestmark = pytest.mark.slow


@pytest.fixture
def sim(sim_process):
    return sim_process


def test_one_damaged_record_leaves_every_other_sale_going(sim, till_env, capsys):
    paid = killed_awaiting_payment(till_env, seed.GBP_EVENT, seed.GENERAL_TT)
    broken = killed_awaiting_payment(till_env, seed.GBP_EVENT, seed.GENERAL_TT)
    db = sqlite3.connect(paths.journal_path())
    with db:
        db.execute("UPDATE sales SET data=X'00FF7B' WHERE id=?", (broken["sale_id"],))
    db.close()
    sim.pay(paid["invoice_id"])
    capsys.readouterr()

    # reconcile: the paid sale gets its tickets, and the damaged one (its invoice still named
    # by the record's own columns) is rebuilt from BTCPay: still payable, so it waits.
    assert main(["reconcile"]) == 0
    out = capsys.readouterr().out
    assert f"{paid['sale_id']}: awaiting_payment -> completed" in out
    assert f"{broken['sale_id']}: a damaged record -> awaiting_payment" in out
    assert len(sim.tickets_with_reference(paid["invoice_id"])) == 1

    # From then on it is an ordinary sale of this till: expired, its hold is released.
    sim.expire(broken["invoice_id"])
    assert main(["reconcile"]) == 0
    assert f"{broken['sale_id']}: awaiting_payment -> released" in capsys.readouterr().out
    assert all(h["total_on_hold"] == 0 for h in sim.holds_for_sale(broken["sale_id"]))
    assert sim.tickets_with_reference(broken["invoice_id"]) == []


def test_a_damaged_record_nothing_can_rebuild_is_reported_everywhere(sim, till_env, capsys):
    paid = killed_awaiting_payment(till_env, seed.GBP_EVENT, seed.GENERAL_TT)
    broken = killed_awaiting_payment(till_env, seed.GBP_EVENT, seed.GENERAL_TT)
    db = sqlite3.connect(paths.journal_path())
    with db:
        db.execute(
            "UPDATE sales SET data='{\"order\":', invoice_id=NULL WHERE id=?", (broken["sale_id"],)
        )
    db.close()
    sim.pay(paid["invoice_id"])
    capsys.readouterr()

    assert main(["reconcile"]) == 4  # a person must look at the damaged one
    out = capsys.readouterr().out
    assert f"{paid['sale_id']}: awaiting_payment -> completed" in out
    assert (
        f"{broken['sale_id']}: the journal's record of sale {broken['sale_id']} is damaged" in out
    )
    assert f"hold {broken['hold_id']}" in out
    assert len(sim.tickets_with_reference(paid["invoice_id"])) == 1

    assert main(["sales", "--csv"]) == 0
    captured = capsys.readouterr()
    assert paid["sale_id"] in captured.out and broken["sale_id"] not in captured.out
    assert broken["sale_id"] in captured.err

    main(["doctor"])
    out = capsys.readouterr().out
    assert f"warn  Journal: the journal's record of sale {broken['sale_id']} is damaged" in out

    assert main(["accept", broken["sale_id"]]) == 1
    assert "is damaged" in capsys.readouterr().err
