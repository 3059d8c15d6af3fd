"""A journal file damaged byte by byte: every readable sale is still read, a damaged record is
named by its sale id, and a file SQLite cannot read is a plain `JournalError` that says what to
do; the damaged file is never written over. Every test works on copies in a temporary folder.
"""

from __future__ import annotations

import dataclasses
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from boxoffice.domain.sale import Sale, SaleState
from boxoffice.engine.journal import DamagedSaleError, Journal, JournalError, _dumps
from tests.engine.test_sale_journal import new_sale

FAST = settings(
    derandomize=True,
    deadline=None,
    max_examples=150,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

IDS = ("s1", "s2", "s3", "s4", "s5")


def _pristine() -> tuple[bytes, dict[str, Sale]]:
    """A closed journal of five sales in different states, as bytes (no -wal file left)."""
    with tempfile.TemporaryDirectory() as name:
        path = Path(name) / "journal.sqlite3"
        journal = Journal(path)
        sales = {}
        for n, sale_id in enumerate(IDS):
            sale = dataclasses.replace(new_sale(sale_id), created_at=100.0 + n)
            if n % 2:
                sale = sale.move(SaleState.AWAITING_PAYMENT, now=101.0, hold_id=f"ho_{n}")
            journal.record_new(sale)
            sales[sale_id] = sale
        journal.close()
        assert not path.with_name(path.name + "-wal").exists()
        return path.read_bytes(), sales


PRISTINE, SALES = _pristine()


def _record_span(sale_id: str) -> tuple[int, int]:
    data = _dumps(SALES[sale_id].to_dict()).encode()
    assert PRISTINE.count(data) == 1
    start = PRISTINE.index(data)
    return start, start + len(data)


def _read_all(path: Path) -> tuple[list[Sale], list]:
    journal = Journal(path)
    try:
        sales = journal.sales()
        damaged = journal.damaged()
        unfinished = journal.unfinished(now=0)
        assert {s.id for s in unfinished} <= {s.id for s in sales}
        for sale in sales:
            assert journal.get(sale.id) == sale
            journal.history(sale.id)
        for record in damaged:
            with pytest.raises(DamagedSaleError) as caught:
                journal.get(record.sale_id)
            assert record.sale_id in str(caught.value)
        return sales, damaged
    finally:
        journal.close()


def _assert_plain(error: JournalError) -> None:
    text = str(error)
    assert "journal" in text and "Traceback" not in text
    assert "backup" in text or "try again" in text  # says what to do
    assert "Zo" not in text  # never a buyer's details


DAMAGE = st.lists(
    st.tuples(st.integers(min_value=0, max_value=len(PRISTINE) - 1), st.integers(0, 255)),
    min_size=1,
    max_size=8,
)


@FAST
@given(DAMAGE, st.one_of(st.none(), st.integers(min_value=0, max_value=len(PRISTINE))))
def test_damage_anywhere_gives_the_readable_sales_or_a_plain_journal_error(damage, cut):
    raw = bytearray(PRISTINE)
    for offset, value in damage:
        raw[offset] = value
    raw = bytes(raw[:cut] if cut is not None else raw)
    with tempfile.TemporaryDirectory() as name:
        path = Path(name) / "journal.sqlite3"
        path.write_bytes(raw)
        try:
            sales, damaged = _read_all(path)
        except JournalError as error:
            _assert_plain(error)
            # The damaged file stays as it was, for a person to look at or restore.
            assert path.read_bytes() == raw
            return
    for record in damaged:
        assert "Zo" not in record.describe() and record.sale_id in record.describe()
    assert all(isinstance(s, Sale) for s in sales)


@FAST
@given(st.sampled_from(IDS), st.data())
def test_damage_inside_one_record_leaves_every_other_sale_whole(sale_id, data):
    start, end = _record_span(sale_id)
    raw = bytearray(PRISTINE)
    for _ in range(data.draw(st.integers(min_value=1, max_value=6))):
        raw[data.draw(st.integers(start, end - 1))] = data.draw(st.integers(0, 255))
    with tempfile.TemporaryDirectory() as name:
        path = Path(name) / "journal.sqlite3"
        path.write_bytes(bytes(raw))
        sales, damaged = _read_all(path)
    by_id = {s.id: s for s in sales}
    for other in IDS:
        if other != sale_id:
            assert by_id[other] == SALES[other]
    # The damaged one is read (the bytes still made a sale) or named, never silently lost.
    assert (sale_id in by_id) != ([r.sale_id for r in damaged] == [sale_id])
    if damaged:
        (record,) = damaged
        assert record.hold_id == SALES[sale_id].hold_id  # what a person needs to look up


# -- the nastiest cases, by hand -------------------------------------------------------------


def test_a_file_overwritten_after_its_header_is_refused_and_left_as_it_was(tmp_path):
    raw = PRISTINE[:100] + b"\x42" * (len(PRISTINE) - 100)
    path = tmp_path / "journal.sqlite3"
    path.write_bytes(raw)
    with pytest.raises(JournalError) as caught:
        _read_all(path)
    _assert_plain(caught.value)
    assert "restore the journal from a backup" in str(caught.value)
    assert path.read_bytes() == raw


def test_a_damaged_page_is_found_before_anything_is_written_to_the_file(tmp_path):
    # A page whose b-tree header is wrong: a query may run, but SQLite's own check fails, and
    # switching to WAL and setting the version would have written the first page over.
    page = 4096
    raw = bytearray(PRISTINE)
    raw[page * 2 : page * 2 + 8] = b"\x0d\xff\xff\xff\xff\xff\xff\xff"
    path = tmp_path / "journal.sqlite3"
    path.write_bytes(bytes(raw))
    with pytest.raises(JournalError) as caught:
        _read_all(path)
    _assert_plain(caught.value)
    assert path.read_bytes() == bytes(raw)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA quick_check").fetchone()[0] != "ok"
    db.close()
