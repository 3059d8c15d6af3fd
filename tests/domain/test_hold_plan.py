"""How a sale's seats are spread over holds, and how a hold's note names its sale."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from boxoffice.domain.hold_plan import hold_note, hold_parts, sale_id_from_hold_note
from boxoffice.domain.sale import hold_changes


def test_ten_tickets_go_in_five_holds_of_two():
    parts = hold_parts({"tt_a": 6, "tt_b": 4})
    assert len(parts) == 5
    assert [sum(p.values()) for p in parts] == [2, 2, 2, 2, 2]


def test_small_sales_keep_one_hold_and_a_sequential_till_always_does():
    assert hold_parts({"tt_a": 2}) == [{"tt_a": 2}]
    assert hold_parts({"tt_a": 3}) == [{"tt_a": 2}, {"tt_a": 1}]
    assert hold_parts({"tt_a": 7, "tt_b": 3}, max_holds=1) == [{"tt_a": 7, "tt_b": 3}]
    assert hold_parts({}) == []
    assert hold_parts({"tt_a": 0}) == []


def test_more_seats_than_the_holds_take_share_them_evenly():
    parts = hold_parts({"tt_a": 23})
    assert len(parts) == 5
    assert sorted(sum(p.values()) for p in parts) == [4, 4, 5, 5, 5]


@given(
    st.dictionaries(st.sampled_from(["a", "b", "c", "d"]), st.integers(0, 40), max_size=4),
    st.integers(1, 6),
    st.integers(1, 8),
)
def test_every_seat_is_in_exactly_one_hold(quantities, seats_per_hold, max_holds):
    parts = hold_parts(quantities, seats_per_hold=seats_per_hold, max_holds=max_holds)
    assert len(parts) <= max_holds
    for tt, count in quantities.items():
        assert sum(p.get(tt, 0) for p in parts) == count
    sizes = [sum(p.values()) for p in parts]
    assert all(size > 0 for size in sizes)
    if sizes:
        assert max(sizes) - min(sizes) <= 1


def test_each_hold_note_names_its_sale_and_no_sibling():
    notes = [hold_note("s1", part) for part in range(5)]
    assert notes[0] == "boxoffice-s1"
    assert notes[1] == "boxoffice-s1#2"
    assert len(set(notes)) == 5
    assert {sale_id_from_hold_note(n) for n in notes} == {"s1"}


def test_notes_that_are_not_ours_name_no_sale():
    assert sale_id_from_hold_note(None) is None
    assert sale_id_from_hold_note("walk-in #2") is None
    assert sale_id_from_hold_note("boxoffice-") is None
    # A sale id that itself ends in "#1" is not a part (parts are numbered from 2).
    assert sale_id_from_hold_note("boxoffice-x#1") == "x#1"


def test_hold_changes_put_the_first_hold_first():
    assert hold_changes(["h1", "h2", "h3"]) == {"hold_id": "h1", "more_hold_ids": ("h2", "h3")}
    assert hold_changes([]) == {"hold_id": None, "more_hold_ids": ()}
