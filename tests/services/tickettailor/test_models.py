"""Ticket Tailor's events, holds, tickets and check-ins read from JSON, tolerated or refused."""

from __future__ import annotations

import copy

import pytest

from boxoffice.services.errors import MalformedResponseError
from boxoffice.services.tickettailor.models import (
    CheckIn,
    Event,
    EventTime,
    Hold,
    IssuedTicket,
    TicketType,
)
from tests.services.tickettailor.examples import CHECK_IN, DATE_OBJECT, EVENT, HOLD, ISSUED_TICKET


def test_event_example_parses():
    event = Event.from_api(copy.deepcopy(EVENT))
    assert event.id == "ev_4081726"
    assert event.name == "Summer Chamber Night"
    assert (event.status, event.currency, event.timezone) == ("published", "gbp", "Europe/London")
    assert event.start == EventTime(
        unix=1781289000,
        iso="2026-06-12T19:30:00+01:00",
        date="2026-06-12",
        time="19:30",
        formatted="Fri Jun 12, 2026 7:30 PM",
    )
    assert event.end is not None and event.end.unix == 1781298000
    assert event.venue_name == "Riverside Arts Centre"
    assert event.description == "<p>An evening of chamber music.</p>"
    assert (event.tickets_available, event.unavailable) == (True, False)
    assert (event.hidden, event.private) == (False, False)
    assert event.ticket_groups == ()
    assert event.raw == EVENT

    general, guest = event.ticket_types
    assert general == TicketType(
        id="tt_5530011",
        name="General Admission",
        description="Unreserved seating",
        price=2500,
        booking_fee=150,
        status="on_sale",
        access_code=None,
        min_per_order=1,
        max_per_order=10,
        group_id=None,
        sort_order=10000,
        quantity_total=200,
        quantity_issued=7,
        quantity_held=4,
        quantity_in_baskets=2,
    )
    assert general.available == 187
    assert (guest.status, guest.access_code, guest.available) == ("locked", "CREW2026", 20)
    assert event.ticket_type("tt_5530012") is guest
    assert event.ticket_type("tt_missing") is None


def test_event_groups_are_found_by_id():
    data = copy.deepcopy(EVENT)
    data["ticket_groups"] = [
        {"id": "gt_1", "name": "Seats", "sort_order": "2", "max_per_order": None,
         "ticket_ids": ["tt_5530011", "tt_5530012"]},
    ]  # fmt: skip
    event = Event.from_api(data)
    group = event.group("gt_1")
    assert group is not None
    assert (group.name, group.sort_order, group.max_per_order) == ("Seats", 2, None)
    assert group.ticket_ids == ("tt_5530011", "tt_5530012")
    assert event.group("gt_2") is None


def test_events_compare_without_raw():
    a = Event.from_api(copy.deepcopy(EVENT))
    b = Event.from_api({**copy.deepcopy(EVENT), "revenue": 1})
    assert a == b
    assert "raw" not in repr(a)


def test_hold_example_parses_with_the_update_at_spelling():
    hold = Hold.from_api(copy.deepcopy(HOLD))
    assert hold == Hold(
        id="ho_1",
        event_id=None,
        note="This is the note about the hold",
        total_on_hold=6,
        quantities={"tt_1": 1, "tt_2": 5},
        created_at=1588368600,
        updated_at=1588368700,
    )


def test_hold_accepts_updated_at_and_derives_a_missing_total():
    data = {
        "id": "ho_2",
        "event_id": "ev_1",
        "updated_at": DATE_OBJECT,
        "quantities": [{"ticket_type_id": "tt_1", "quantity": "3"}],
    }
    hold = Hold.from_api(data)
    assert (hold.updated_at, hold.total_on_hold, hold.quantities) == (1588368600, 3, {"tt_1": 3})
    assert (hold.event_id, hold.note, hold.created_at) == ("ev_1", None, None)


def test_issued_ticket_example_parses():
    ticket = IssuedTicket.from_api(copy.deepcopy(ISSUED_TICKET))
    assert ticket == IssuedTicket(
        id="it_50198",
        event_id="ev_40980",
        ticket_type_id="tt_230656",
        barcode="al4R5",
        status="valid",
        checked_in=False,
        full_name=None,
        email="john@example.com",
        reference="my reference code",
        description="Free ticket",
        created_at=1587042697,
        voided_at=None,
        barcode_url=ISSUED_TICKET["barcode_url"],
    )


def test_check_in_example_parses():
    assert CheckIn.from_api(copy.deepcopy(CHECK_IN)) == CheckIn(
        id="ch_98765",
        issued_ticket_id="it_50198",
        event_id="ev_4081726",
        quantity=1,
        check_in_at=1781290012,
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [("true", True), ("false", False), ("TRUE", True), (True, True), (False, False), (1, True)],
)
def test_string_booleans(value, expected):
    event = Event.from_api({**EVENT, "hidden": value, "private": value, "unavailable": value})
    assert (event.hidden, event.private, event.unavailable) == (expected,) * 3
    ticket = IssuedTicket.from_api({**ISSUED_TICKET, "checked_in": value})
    assert ticket.checked_in is expected


def test_missing_flags_have_safe_defaults():
    data = {k: v for k, v in EVENT.items() if k not in ("hidden", "private", "unavailable")}
    del data["tickets_available"]
    event = Event.from_api(data)
    assert (event.hidden, event.private, event.unavailable) == (False, False, False)
    # The hold decides availability in the end; a missing flag does not block a sale.
    assert event.tickets_available is True
    assert Event.from_api({**EVENT, "tickets_available": "false"}).tickets_available is False


def test_integers_sent_as_strings_and_missing_optionals():
    raw = {
        "id": "tt_1",
        "name": "Door",
        "price": "2500",
        "quantity_total": "50",
        "quantity_issued": "10",
        "sort_order": "3",
        "min_per_order": "",
        "status": "ON_SALE",
    }
    ticket = TicketType.from_api(raw)
    assert (ticket.price, ticket.quantity_total, ticket.sort_order) == (2500, 50, 3)
    assert (ticket.booking_fee, ticket.quantity_held, ticket.quantity_in_baskets) == (0, 0, 0)
    assert (ticket.min_per_order, ticket.max_per_order, ticket.description) == (None, None, None)
    assert (ticket.group_id, ticket.access_code, ticket.status) == (None, None, "on_sale")
    assert ticket.available == 40


def test_currency_is_lowercased_and_optional_event_fields_may_be_missing():
    event = Event.from_api({"id": "ev_9", "name": "Jam", "currency": "JPY"})
    assert event.currency == "jpy"
    assert (event.start, event.end, event.timezone, event.venue_name) == (None,) * 4
    assert event.ticket_types == ()


def test_event_time_tolerates_bare_unix_seconds():
    event = Event.from_api({**EVENT, "start": 1781289000, "end": "1781298000"})
    assert event.start is not None and event.end is not None
    assert (event.start.unix, event.start.date, event.start.time) == (
        1781289000,
        "2026-06-12",
        "18:30",
    )
    assert event.end.unix == 1781298000


def test_issued_ticket_times_may_come_as_date_objects():
    ticket = IssuedTicket.from_api({**ISSUED_TICKET, "voided_at": DATE_OBJECT})
    assert ticket.voided_at == 1588368600


@pytest.mark.parametrize(
    ("total", "issued", "held", "baskets", "expected"),
    [(200, 7, 4, 2, 187), (10, 10, 0, 0, 0), (10, 8, 3, 1, 0), (5, 0, 0, 0, 5), (0, 0, 0, 0, 0)],
)
def test_availability_is_total_minus_counters_never_below_zero(
    total, issued, held, baskets, expected
):
    ticket = TicketType.from_api(
        {
            **EVENT["ticket_types"][0],
            "quantity": 999,  # ignored: its meaning is disputed
            "quantity_total": total,
            "quantity_issued": issued,
            "quantity_held": held,
            "quantity_in_baskets": baskets,
        }
    )
    assert ticket.available == expected


@pytest.mark.parametrize(
    ("parser", "data", "words"),
    [
        (Event.from_api, {k: v for k, v in EVENT.items() if k != "id"}, "an event without id"),
        (Event.from_api, {**EVENT, "currency": None}, "without currency"),
        (Event.from_api, ["not", "an", "object"], "not a JSON object"),
        (TicketType.from_api, {**EVENT["ticket_types"][0], "price": "25.50"}, "invalid price"),
        (Hold.from_api, {**HOLD, "quantities": [{"quantity": 1}]}, "quantities"),
        (IssuedTicket.from_api, {**ISSUED_TICKET, "barcode": None}, "without barcode"),
        (CheckIn.from_api, {**CHECK_IN, "issued_ticket_id": ""}, "without issued_ticket_id"),
    ],
)
def test_malformed_objects_raise_with_a_plain_message(parser, data, words):
    with pytest.raises(MalformedResponseError) as caught:
        parser(data)
    assert words in str(caught.value)
    assert str(caught.value).startswith("Ticket Tailor: the server sent ")


def test_an_unreadable_ticket_type_is_left_out_and_named_not_the_event():
    # Live events lack many documented fields: one odd type must not lose the event.
    good = EVENT["ticket_types"][0]
    event = Event.from_api({**EVENT, "ticket_types": [{"id": "tt_1", "name": "x"}, good]})
    assert [t.id for t in event.ticket_types] == [good["id"]]
    assert len(event.unreadable) == 1 and "tt_1 without price" in event.unreadable[0]
