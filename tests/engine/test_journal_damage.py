"""One damaged record in the journal is set aside; every other sale is read as usual."""

from __future__ import annotations

import json
import sqlite3

import pytest

from boxoffice.domain.sale import SaleState
from boxoffice.engine.journal import DamagedSaleError, Journal, JournalError
from tests.engine.test_sale_journal import new_sale


def _journal_with(tmp_path, *sale_ids):
    journal = Journal(tmp_path / "journal.sqlite3")
    for sale_id in sale_ids:
        sale = new_sale(sale_id)
        journal.record_new(sale)
        journal.record(
            sale.move(SaleState.AWAITING_PAYMENT, now=101.0, hold_id=f"ho_{sale_id}"),
            "awaiting",
        )
    return journal


def _damage(journal: Journal, sale_id: str, data) -> None:
    db = sqlite3.connect(journal.path)
    with db:
        db.execute("UPDATE sales SET data=?, invoice_id=? WHERE id=?", (data, "INV1", sale_id))
    db.close()


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ('{"order": {"event_id": "ev_1"', "not valid JSON"),
        ("[1, 2, 3]", "wrong type"),
        ('{"state": "awaiting_payment"}', "'order' is missing"),
        (b"\xff\xfe\x00garbage", "not valid JSON"),
        ("null", "wrong type"),
    ],
)
def test_a_damaged_record_is_set_aside_and_the_others_are_read(tmp_path, data, problem):
    journal = _journal_with(tmp_path, "s1", "s2", "s3")
    _damage(journal, "s2", data)

    assert [s.id for s in journal.unfinished()] == ["s1", "s3"]
    assert [s.id for s in journal.unfinished(now=0)] == ["s1", "s3"]
    assert {s.id for s in journal.sales()} == {"s1", "s3"}
    assert journal.get("s1") is not None

    (record,) = journal.damaged()
    assert (record.sale_id, record.invoice_id, record.hold_id) == ("s2", "INV1", "ho_s2")
    assert record.state == "awaiting_payment"
    assert problem in record.problem
    with pytest.raises(DamagedSaleError) as caught:
        journal.get("s2")
    text = str(caught.value)
    assert "s2" in text and "set aside" in text and "invoice INV1" in text
    # The message names the problem, never the record's content (buyers' details).
    assert "Zo" not in text and "garbage" not in text


@pytest.mark.parametrize("reason", ["refunded_by_hand", "sold_out_later:tt_1", 42])
def test_a_record_with_a_reason_this_version_does_not_know_is_set_aside(tmp_path, reason):
    # A newer version's (or a hand-edited) reason: that record is set aside, as for any other
    # value of the wrong form, and every other sale is read as usual.
    journal = _journal_with(tmp_path, "s1", "s2", "s3")
    data = {**journal.get("s2").to_dict(), "reason": reason}
    _damage(journal, "s2", json.dumps(data))

    assert [s.id for s in journal.unfinished()] == ["s1", "s3"]
    (record,) = journal.damaged()
    assert record.sale_id == "s2" and "wrong type or form" in record.problem
    with pytest.raises(DamagedSaleError):
        journal.get("s2")


def test_a_damaged_history_line_does_not_stop_the_history(tmp_path):
    journal = _journal_with(tmp_path, "s1")
    db = sqlite3.connect(journal.path)
    with db:
        db.execute("UPDATE events SET detail='{broken' WHERE sale_id='s1'")
    db.close()
    history = journal.history("s1")
    assert [h["event"] for h in history] == ["created", "awaiting"]
    assert all(h["detail"] in (None, {"unreadable": True}) for h in history)


def test_a_damaged_file_is_a_journal_error_in_words(tmp_path):
    journal = _journal_with(tmp_path, "s1")
    journal.close()
    raw = bytearray(journal.path.read_bytes())
    # Overwrite the pages after the header: the file opens but its tables cannot be read.
    raw[100:] = b"\x42" * (len(raw) - 100)
    journal.path.write_bytes(bytes(raw))
    for side in ("-wal", "-shm"):
        journal.path.with_name(journal.path.name + side).unlink(missing_ok=True)
    with pytest.raises(JournalError, match="journal"):
        reopened = Journal(journal.path)
        reopened.sales()


# -- recovery past and of a damaged record --------------------------------------------------


def _break_record(path, sale_id) -> None:
    db = sqlite3.connect(path)
    with db:
        db.execute("UPDATE sales SET data='{\"order\": tru' WHERE id=?", (sale_id,))
    db.close()


def _reopen(make_till, path):
    from boxoffice.engine.journal import Journal as _Journal

    till = make_till()
    till.journal.close()
    till.journal = till.engine.journal = _Journal(path)
    return till


async def test_a_damaged_record_does_not_keep_a_paid_sale_from_its_tickets(make_till, sim):
    from boxoffice.sim import seed
    from tests.engine.test_engine_recovery import tickets_of

    first = make_till()
    paid = await first.engine.start_sale(await first.order(seed.GBP_EVENT, {seed.GENERAL_TT: 2}))
    other = await first.engine.start_sale(await first.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1}))
    await first.close()
    # The other sale's record is damaged and its invoice unknown: nothing can rebuild it.
    db = sqlite3.connect(first.journal.path)
    with db:
        db.execute("UPDATE sales SET data='{', invoice_id=NULL WHERE id=?", (other.id,))
    db.close()
    sim.pay_invoice(paid.invoice_id)

    second = _reopen(make_till, first.journal.path)
    recovered = await second.engine.recover(watch=False)
    assert [(s.id, s.state) for s in recovered] == [(paid.id, SaleState.COMPLETED)]
    assert len(tickets_of(sim, paid.invoice_id)) == 2
    assert [r.sale_id for r in second.journal.damaged()] == [other.id]


async def test_a_paid_sale_whose_record_is_damaged_is_rebuilt_from_its_invoice(make_till, sim):
    from boxoffice.sim import seed
    from tests.engine.test_engine_recovery import tickets_of

    first = make_till()
    sale = await first.engine.start_sale(await first.order(seed.GBP_EVENT, {seed.GENERAL_TT: 2}))
    await first.close()
    _break_record(first.journal.path, sale.id)
    sim.pay_invoice(sale.invoice_id)

    second = _reopen(make_till, first.journal.path)
    (rebuilt,) = await second.engine.recover(watch=False)
    assert rebuilt.id == sale.id and rebuilt.state is SaleState.COMPLETED
    assert len(tickets_of(sim, sale.invoice_id)) == 2
    assert second.journal.damaged() == []
    assert second.journal.get(sale.id).order.seats == 2
    # What was damaged is kept as it was, apart from the rebuilt record.
    db = sqlite3.connect(first.journal.path)
    (kept,) = db.execute("SELECT data FROM set_aside WHERE sale_id=?", (sale.id,)).fetchall()
    db.close()
    assert bytes(kept[0]) == b'{"order": tru'

    # A second pass finds nothing more to do, and never issues again.
    assert await second.engine.recover(watch=False) == []
    assert len(tickets_of(sim, sale.invoice_id)) == 2


def test_history_lines_carry_the_time_they_were_written(tmp_path):
    now = [5000.0]
    journal = Journal(tmp_path / "journal.sqlite3", clock=lambda: now[0])
    sale = new_sale("s1")  # its snapshot says 100.0
    journal.record_new(sale)
    now[0] = 5060.0
    journal.record(sale, "email", {"subject": "Your tickets"})  # the snapshot did not change
    assert [h["at"] for h in journal.history("s1")] == [5000.0, 5060.0]


def test_claims_leave_the_journal_writing_durably(tmp_path):
    journal = Journal(tmp_path / "journal.sqlite3")
    assert journal.claim("s1", "me", now=0.0, until=10.0) is None
    assert journal.claim("s1", "other", now=1.0, until=11.0) == "me"
    journal.release_claim("s1", "me")
    assert journal.claim("s1", "other", now=2.0, until=12.0) is None
    # Sale records are written with synchronous=FULL (2) whatever the claims did.
    assert journal._db.execute("PRAGMA synchronous").fetchone()[0] == 2
