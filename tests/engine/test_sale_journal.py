"""The sale state machine and the journal that keeps it across crashes."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from decimal import Decimal

import pytest

from boxoffice.domain.order import Buyer, Order, OrderLine
from boxoffice.domain.reasons import Reason
from boxoffice.domain.sale import (
    TRANSITIONS,
    IllegalTransition,
    PaymentRequest,
    Sale,
    SaleState,
    SoldTicket,
    sale_id_from_order_id,
)
from boxoffice.engine.journal import Journal

ORDER = Order(
    event_id="ev_1",
    event_name="Summer Night",
    currency="JPY",
    lines=(OrderLine("tt_1", "General", 2, Decimal("1500")),),
    buyer=Buyer("Zoë", "zoe@example.com"),
    full_name="Zoë Nakamoto",
    event_start="Fri Jun 12, 2026 7:30 PM",
)


def new_sale(sale_id="s1", **kw) -> Sale:
    return Sale(
        id=sale_id,
        device_id="till-1",
        order=ORDER,
        state=SaleState.RESERVING,
        created_at=100.0,
        updated_at=100.0,
        **kw,
    )


def test_terminal_states():
    assert {s for s in SaleState if s.terminal} == {
        SaleState.COMPLETED,
        SaleState.RELEASED,
        SaleState.NEEDS_ATTENTION,
        SaleState.FAILED,
    }
    assert TRANSITIONS[SaleState.COMPLETED] == frozenset()
    assert TRANSITIONS[SaleState.FAILED] == frozenset()


def test_allowed_and_illegal_transitions():
    sale = new_sale()
    sale = sale.move(SaleState.AWAITING_PAYMENT, now=101.0, hold_id="ho_1")
    assert (sale.state, sale.hold_id, sale.updated_at) == ("awaiting_payment", "ho_1", 101.0)
    with pytest.raises(IllegalTransition):
        sale.move(SaleState.COMPLETED, now=102.0)  # never complete without issuing
    with pytest.raises(IllegalTransition):
        sale.move(SaleState.RESERVING, now=102.0)
    done = sale.move(SaleState.ISSUING, now=103).move(SaleState.COMPLETED, now=104)
    assert done.terminal
    with pytest.raises(IllegalTransition):
        done.move(SaleState.ISSUING, now=105)
    # Staying put is an update, always allowed.
    assert done.move(SaleState.COMPLETED, now=106, email_sent=True).email_sent is True


def test_order_ids():
    assert new_sale("abc").order_id == "boxoffice-abc"
    assert sale_id_from_order_id("boxoffice-abc") == "abc"
    assert sale_id_from_order_id("tickettailor") is None
    assert sale_id_from_order_id("boxoffice-") is None


def full_sale(sale_id="s9") -> Sale:
    return new_sale(
        sale_id,
        hold_id="ho_1",
        invoice_id="inv_1",
        payment=PaymentRequest(
            unified_link="bitcoin:bc1q?amount=0.0001&lightning=lnbc1",
            unified_qr="bitcoin:BC1Q?amount=0.0001&lightning=LNBC1",
            lightning_link="lightning:lnbc1",
            lightning_qr="lightning:LNBC1",
            onchain_link="bitcoin:bc1q?amount=0.0001",
            onchain_qr="bitcoin:BC1Q?amount=0.0001",
            checkout_link="https://pay/i/inv_1",
            amount=Decimal("3000"),
            currency="JPY",
            btc_amount=Decimal("0.00010000"),
            btc_due=Decimal("0.00002000"),
            btc_paid=Decimal("0.00008000"),
            expires_at=1900,
        ),
        tickets=(SoldTicket("it_1", "AB12", "tt_1", "General", "Zoë Nakamoto", "zoe@example.com"),),
        paid_amount=Decimal("2400"),
        reason="partial_then_expired",
        watch_until=2500.0,
    )


def test_sale_round_trips_through_its_dict():
    sale = full_sale()
    again = Sale.from_dict(sale.to_dict())
    assert again == sale
    assert isinstance(again.payment.btc_due, Decimal)
    assert isinstance(again.order.lines[0].unit_price, Decimal)
    assert again.order.total == Decimal("3000")


def test_a_sales_holds_round_trip_and_a_bad_list_of_them_reads_as_what_is_good():
    sale = full_sale().update(now=2000.0, hold_id="h1", more_hold_ids=("h2", "h3"))
    again = Sale.from_dict(json.loads(json.dumps(sale.to_dict())))
    assert again.hold_ids == ("h1", "h2", "h3")
    data = sale.to_dict()
    data["more_hold_ids"] = ["h2", 7, "", None, "h3"]
    assert Sale.from_dict(data).hold_ids == ("h1", "h2", "h3")
    data.pop("more_hold_ids")  # written by a version before several holds a sale
    assert Sale.from_dict(data).hold_ids == ("h1",)


def test_journal_file_is_private_and_in_wal_mode(tmp_path):
    path = tmp_path / "data" / "journal.sqlite3"
    old = os.umask(0o022)
    try:
        journal = Journal(path)
        journal.record_new(new_sale())
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    wal = path.with_name(path.name + "-wal")
    assert wal.exists() and stat.S_IMODE(wal.stat().st_mode) == 0o600
    journal.close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_journal_survives_reopening_and_lists_unfinished(tmp_path):
    path = tmp_path / "journal.sqlite3"
    journal = Journal(path)
    s1 = new_sale("s1")
    journal.record_new(s1)
    s2 = new_sale("s2")
    journal.record_new(s2)
    journal.record(s2.move(SaleState.FAILED, now=110, reason="sold_out:tt_1"), "failed")
    s3 = full_sale("s3").move(SaleState.RELEASING, now=120)
    journal.record(s3, "releasing")
    journal.record(s3.move(SaleState.RELEASED, now=121, watch_until=500.0), "released")
    journal.close()  # as if the app were killed after the last commit

    journal = Journal(path)
    assert [s.id for s in journal.unfinished()] == ["s1"]
    # Released sales still watched for late payments come back when asked with the clock.
    assert [s.id for s in journal.unfinished(now=400.0)] == ["s1", "s3"]
    assert [s.id for s in journal.unfinished(now=600.0)] == ["s1"]
    assert journal.get("s3") == s3.move(SaleState.RELEASED, now=121, watch_until=500.0)
    failed = journal.get("s2")
    assert failed.reason is Reason.SOLD_OUT and failed.sold_out_type_id == "tt_1"
    assert journal.get("missing") is None
    assert [e["event"] for e in journal.history("s2")] == ["created", "failed"]
    assert [e["state"] for e in journal.history("s3")] == ["releasing", "released"]
    assert len(journal.sales()) == 3
    assert len(journal.sales(limit=2)) == 2
    journal.close()


def test_record_new_refuses_a_duplicate_id(tmp_path):
    journal = Journal(tmp_path / "j.sqlite3")
    journal.record_new(new_sale("dup"))
    with pytest.raises(Exception) as info:
        journal.record_new(new_sale("dup"))
    assert "journal" in str(info.value)
    journal.close()


def _raw_data(journal: Journal, sale_id: str) -> dict:
    with sqlite3.connect(journal.path) as db:
        (data,) = db.execute("SELECT data FROM sales WHERE id=?", (sale_id,)).fetchone()
    return json.loads(data)


def test_a_sold_out_reason_is_journalled_as_it_always_was(tmp_path):
    journal = Journal(tmp_path / "journal.sqlite3")
    sale = new_sale("s1")
    journal.record_new(sale)
    failed = sale.move(SaleState.FAILED, now=110, reason=Reason.SOLD_OUT, sold_out_type_id="tt_1")
    journal.record(failed, "failed")

    data = _raw_data(journal, "s1")
    # The form every version writes and reads: the ticket type rides in the reason's text.
    assert data["reason"] == "sold_out:tt_1"
    assert "sold_out_type_id" not in data
    assert journal.get("s1") == failed
    journal.close()


def test_a_record_written_before_the_reason_enum_reads_back(tmp_path):
    journal = Journal(tmp_path / "journal.sqlite3")
    for sale_id, reason in (("old1", "sold_out:tt_123"), ("old2", "paid_late"), ("old3", None)):
        sale = new_sale(sale_id)
        journal.record_new(sale)
        data = sale.to_dict()
        data.update(state="failed" if sale_id == "old1" else "needs_attention", reason=reason)
        with sqlite3.connect(journal.path) as db:
            db.execute("UPDATE sales SET data=? WHERE id=?", (json.dumps(data), sale_id))

    sold_out, late, none = (journal.get(s) for s in ("old1", "old2", "old3"))
    assert type(sold_out.reason) is Reason and sold_out.reason is Reason.SOLD_OUT
    assert sold_out.sold_out_type_id == "tt_123"
    assert sold_out.reason_code == "sold_out:tt_123"
    assert type(late.reason) is Reason and late.reason is Reason.PAID_LATE
    assert late.sold_out_type_id is None
    assert none.reason is None
    journal.close()


@pytest.mark.parametrize("reason", list(Reason))
def test_every_reason_reads_back_as_the_enum(tmp_path, reason):
    journal = Journal(tmp_path / "journal.sqlite3")
    sale = new_sale("s1")
    journal.record_new(sale)
    journal.record(sale.move(SaleState.RELEASING, now=105, reason=reason), "releasing")
    back = journal.get("s1")
    assert back.reason is reason and type(back.reason) is Reason
    assert _raw_data(journal, "s1")["reason"] == str(reason)
    journal.close()


def test_a_new_reason_drops_the_ticket_type_of_a_sold_out_one():
    sold_out = new_sale().move(
        SaleState.RELEASING, now=105, reason=Reason.SOLD_OUT, sold_out_type_id="tt_1"
    )
    late = sold_out.move(SaleState.NEEDS_ATTENTION, now=106, reason=Reason.PAID_LATE)
    assert late.sold_out_type_id is None and late.reason_code == "paid_late"
    assert late.to_dict()["reason"] == "paid_late"
    cleared = sold_out.move(SaleState.CONFIRMING, now=107, reason=None)
    assert cleared.reason_code is None and cleared.sold_out_type_id is None


def test_a_sales_words_keep_their_source_through_the_journal(tmp_path):
    from boxoffice.words import Words, translate

    journal = Journal(tmp_path / "journal.sqlite3")
    sale = new_sale("s1")
    journal.record_new(sale)
    message = translate("Test", "Only {paid} of {total} was paid.").format(
        paid="¥500", total="¥3,000"
    )
    released = sale.move(SaleState.FAILED, now=110, reason=Reason.INTERRUPTED, message=message)
    journal.record(released, "released")

    data = _raw_data(journal, "s1")
    # Every version reads the sentence where it always was; this one finds its source too.
    assert data["message"] == "Only ¥500 of ¥3,000 was paid."
    assert data["words"]["message"]["source"] == "Only {paid} of {total} was paid."
    again = journal.get("s1")
    assert isinstance(again.message, Words)
    assert (again.message.context, again.message.source) == ("Test", message.source)
    assert again.email_note is None
    journal.close()


def test_words_that_no_longer_match_their_sentence_are_read_as_the_sentence():
    from boxoffice.words import Words, translate

    message = translate("Test", "Paid {amount}.").format(amount="¥500")
    data = new_sale("s1", message=message).to_dict()
    data["message"] = "Edited by hand."
    assert Sale.from_dict(data).message == "Edited by hand."
    assert not isinstance(Sale.from_dict(data).message, Words)
    for damaged in ("x", [1], {"message": {"context": 5}}, {"message": "x"}):
        data = new_sale("s1", message=message).to_dict()
        data["words"] = damaged
        read = Sale.from_dict(data)
        assert read.message == "Paid ¥500." and not isinstance(read.message, Words)
