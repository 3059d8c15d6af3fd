"""The Ticket Tailor client against a mocked API (respx): wire format, parsing, errors, secrecy."""

from __future__ import annotations

import base64
import copy
import json
from urllib.parse import parse_qs

import httpx
import pytest
import respx

from boxoffice.services.errors import (
    AuthenticationError,
    FieldProblem,
    MalformedResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitedError,
    ServiceError,
    UnavailableError,
    ValidationError,
)
from boxoffice.services.http import RetryPolicy
from boxoffice.services.tickettailor.client import DEFAULT_URL, TicketTailorClient
from boxoffice.services.tickettailor.models import (
    CheckIn,
    Event,
    EventTime,
    Hold,
    IssuedTicket,
    TicketType,
)

API_KEY = "sk_1000_1000_VGlja2V0VGFpbG9y"
# Not shaped like a Ticket Tailor key, so only the client's own redaction can hide it.
ODD_KEY = "my-very-private-token-42"

# -- small copies of the documented examples (developers.tickettailor.com) ----------------------

EVENT = {
    "object": "event",
    "id": "ev_4081726",
    "access_code": None,
    "bundles": [],
    "created_at": 1767225600,
    "currency": "gbp",
    "description": "<p>An evening of chamber music.</p>",
    "end": {
        "date": "2026-06-12",
        "formatted": "Fri Jun 12, 2026 10:00 PM",
        "iso": "2026-06-12T22:00:00+01:00",
        "time": "22:00",
        "timezone": "+01:00",
        "unix": 1781298000,
    },
    "event_series_id": "es_1932004",
    "hidden": "false",
    "name": "Summer Chamber Night",
    "online_event": "false",
    "private": "false",
    "revenue": 17500,
    "start": {
        "date": "2026-06-12",
        "formatted": "Fri Jun 12, 2026 7:30 PM",
        "iso": "2026-06-12T19:30:00+01:00",
        "time": "19:30",
        "timezone": "+01:00",
        "unix": 1781289000,
    },
    "status": "published",
    "ticket_groups": [],
    "ticket_types": [
        {
            "object": "ticket_type",
            "id": "tt_5530011",
            "access_code": None,
            "booking_fee": 150,
            "description": "Unreserved seating",
            "discounts": [],
            "group_id": None,
            "has_overrides": "false",
            "hide_when_sold_out": "false",
            "max_per_order": 10,
            "min_per_order": 1,
            "name": "General Admission",
            "price": 2500,
            "quantity": 200,
            "quantity_held": 4,
            "quantity_in_baskets": 2,
            "quantity_issued": 7,
            "quantity_total": 200,
            "sort_order": 10000,
            "status": "on_sale",
            "type": "GA",
        },
        {
            "object": "ticket_type",
            "id": "tt_5530012",
            "access_code": "CREW2026",
            "booking_fee": 0,
            "description": "Crew and guests",
            "group_id": None,
            "max_per_order": 2,
            "min_per_order": 1,
            "name": "Guest list",
            "price": 0,
            "quantity": 20,
            "quantity_held": 0,
            "quantity_in_baskets": 0,
            "quantity_issued": 0,
            "quantity_total": 20,
            "sort_order": 10010,
            "status": "locked",
            "type": "GA",
        },
    ],
    "tickets_available": "true",
    "timezone": "Europe/London",
    "total_holds": 1,
    "unavailable": "false",
    "unavailable_status": None,
    "venue": {"country": "GB", "name": "Riverside Arts Centre", "postal_code": "SE1 7PB"},
    "waitlist_active": "false",
}

DATE_OBJECT = {
    "date": "2020-05-01",
    "formatted": "Fri 1 May 2020 10:30 PM",
    "iso": "2020-05-01T22:30:00+01:00",
    "time": "22:30",
    "timezone": "+01:00",
    "unix": 1588368600,
}

HOLD = {
    "object": "hold",
    "id": "ho_1",
    "created_at": DATE_OBJECT,
    "note": "This is the note about the hold",
    "total_on_hold": 6,
    # The docs example's spelling of updated_at.
    "update_at": {**DATE_OBJECT, "unix": 1588368700},
    "quantities": [
        {"ticket_type_id": "tt_1", "quantity": 1},
        {"ticket_type_id": "tt_2", "quantity": 5},
    ],
}

ISSUED_TICKET = {
    "object": "issued_ticket",
    "id": "it_50198",
    "add_on_id": None,
    "barcode": "al4R5",
    "barcode_url": "https://www.tickettailor.com/userfiles/cache/barcode/qr/attendee/50198/42bf",
    "checked_in": "false",
    "created_at": 1587042697,
    "custom_questions": [],
    "description": "Free ticket",
    "email": "john@example.com",
    "event_id": "ev_40980",
    "event_series_id": "es_596",
    "reference": "my reference code",
    "full_name": None,
    "listed_price": 0,
    "listed_currency": {"base_multiplier": 100, "code": "gbp"},
    "status": "valid",
    "source": "api",
    "ticket_type_id": "tt_230656",
    "updated_at": 1587042697,
    "voided_at": None,
    "order_id": None,
}

CHECK_IN = {
    "object": "check_in",
    "id": "ch_98765",
    "check_in_at": 1781290012,
    "created_at": 1781290013,
    "event_id": "ev_4081726",
    "event_series_id": "es_1932004",
    "issued_ticket_id": "it_50198",
    "quantity": 1,
}


def tt_error(status: int, message: str | None = None, code: str = "ERROR", errors=None) -> dict:
    """An error body in Ticket Tailor's documented shape."""
    body = {"status": status, "error_code": code, "errors": errors or []}
    if message is not None:
        body["message"] = message
    return body


def page(items: list[dict], next_link: str | None) -> dict:
    return {"data": items, "links": {"next": next_link, "previous": None}}


# -- fixtures --------------------------------------------------------------------------------


@pytest.fixture
def api():
    with respx.mock(base_url=DEFAULT_URL, assert_all_called=False) as mock:
        yield mock


@pytest.fixture
async def client(sleeps):
    async with TicketTailorClient(API_KEY, retry=RetryPolicy(sleep=sleeps)) as tt:
        yield tt


@pytest.fixture
async def odd_client(sleeps):
    async with TicketTailorClient(ODD_KEY, retry=RetryPolicy(sleep=sleeps)) as tt:
        yield tt


def form(request: httpx.Request) -> dict[str, list[str]]:
    return parse_qs(request.content.decode(), keep_blank_values=True)


# -- wire format -----------------------------------------------------------------------------


async def test_basic_auth_is_the_key_with_an_empty_password(api, client):
    route = api.get("/v1/ping").respond(json={"version": "1.0.0"})
    await client.ping()
    request = route.calls.last.request
    scheme, _, encoded = request.headers["Authorization"].partition(" ")
    assert scheme == "Basic"
    user, colon, password = base64.b64decode(encoded).decode().partition(":")
    assert (user, colon, password) == (API_KEY, ":", "")
    assert request.headers["Accept"] == "application/json"


async def test_key_is_stripped_of_pasted_whitespace(api, sleeps):
    route = api.get("/v1/ping").respond(json={})
    async with TicketTailorClient(f"  {API_KEY}\n", retry=RetryPolicy(sleep=sleeps)) as tt:
        await tt.ping()
    encoded = route.calls.last.request.headers["Authorization"].split()[1]
    assert base64.b64decode(encoded).decode() == f"{API_KEY}:"


async def test_create_hold_sends_the_form_body_byte_for_byte(api, client):
    route = api.post("/v1/holds").respond(201, json=HOLD)
    hold = await client.create_hold(
        "ev_4081726", {"tt_5530011": 2, "tt_5530012": 0}, "Box office order 42"
    )
    request = route.calls.last.request
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert request.content == (
        b"event_id=ev_4081726&note=Box+office+order+42&ticket_type_id%5Btt_5530011%5D=2"
    )
    assert hold.id == "ho_1"


async def test_create_hold_with_two_types_repeats_the_bracket_map(api, client):
    route = api.post("/v1/holds").respond(201, json=HOLD)
    await client.create_hold("ev_1", {"tt_1": 1, "tt_2": 5}, "n")
    assert form(route.calls.last.request) == {
        "event_id": ["ev_1"],
        "note": ["n"],
        "ticket_type_id[tt_1]": ["1"],
        "ticket_type_id[tt_2]": ["5"],
    }


async def test_create_hold_refuses_nothing_to_hold_and_negatives(api, client):
    route = api.post("/v1/holds").respond(201, json=HOLD)
    with pytest.raises(ValueError):
        await client.create_hold("ev_1", {"tt_1": 0}, "n")
    with pytest.raises(ValueError):
        await client.create_hold("ev_1", {"tt_1": -1, "tt_2": 3}, "n")
    assert route.call_count == 0


async def test_issue_ticket_sends_the_form_body_byte_for_byte(api, client):
    route = api.post("/v1/issued_tickets").respond(201, json=ISSUED_TICKET)
    ticket = await client.issue_ticket(
        event_id="ev_4081726",
        ticket_type_id="tt_5530011",
        hold_id="ho_120",
        full_name="Ada Lovelace",
        email="ada@example.com",
        reference="sale-42/1",
    )
    request = route.calls.last.request
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert request.content == (
        b"event_id=ev_4081726&ticket_type_id=tt_5530011&hold_id=ho_120"
        b"&full_name=Ada+Lovelace&email=ada%40example.com&reference=sale-42%2F1"
    )
    assert ticket.id == "it_50198"


async def test_issue_ticket_without_hold_leaves_hold_id_out(api, client):
    route = api.post("/v1/issued_tickets").respond(201, json=ISSUED_TICKET)
    await client.issue_ticket(
        event_id="ev_1",
        ticket_type_id="tt_1",
        hold_id=None,
        full_name="A B",
        email="a@example.com",
        reference="r1",
    )
    assert "hold_id" not in form(route.calls.last.request)


async def test_check_in_and_void_are_posts_with_form_bodies(api, client):
    check_in = api.post("/v1/check_ins").respond(201, json=CHECK_IN)
    voided = {**ISSUED_TICKET, "status": "voided", "voided_at": 1587050000}
    void = api.post("/v1/issued_tickets/it_50198/void").respond(json=voided)

    result = await client.create_check_in("it_50198")
    assert check_in.calls.last.request.content == b"issued_ticket_id=it_50198&quantity=1"
    assert result.id == "ch_98765"

    ticket = await client.void_ticket("it_50198")
    assert void.called
    assert (ticket.status, ticket.voided_at) == ("voided", 1587050000)


async def test_ids_are_escaped_in_paths(api, client):
    route = api.get("/v1/events/ev_1%2F..%2Fholds").respond(json=EVENT)
    await client.get_event("ev_1/../holds")
    assert route.called
    with pytest.raises(ValueError):
        await client.get_event("")


async def test_no_request_has_a_json_body(api, client):
    api.post("/v1/holds").respond(201, json=HOLD)
    api.post("/v1/issued_tickets").respond(201, json=ISSUED_TICKET)
    api.post("/v1/check_ins").respond(201, json=CHECK_IN)
    await client.create_hold("ev_1", {"tt_1": 1}, "n")
    await client.issue_ticket(
        event_id="ev_1", ticket_type_id="tt_1", hold_id="ho_1", full_name=None, email=None,
        reference="r",
    )  # fmt: skip
    await client.create_check_in("it_1", quantity=2)
    for call in api.calls:
        assert call.request.headers["Content-Type"] == "application/x-www-form-urlencoded"
        assert not call.request.content.startswith(b"{")


# -- pagination ------------------------------------------------------------------------------


def _tickets(*ids: str) -> list[dict]:
    return [{**ISSUED_TICKET, "id": i, "barcode": f"b{i}"} for i in ids]


async def test_pagination_follows_three_pages_and_keeps_the_filters(api, client):
    pages = {
        None: page(_tickets("it_9", "it_8"), "/v1/issued_tickets?starting_after=it_8"),
        "it_8": page(_tickets("it_7", "it_6"), "/v1/issued_tickets?starting_after=it_6"),
        "it_6": page(_tickets("it_5"), None),
    }

    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=pages[request.url.params.get("starting_after")])

    route = api.get("/v1/issued_tickets").mock(side_effect=respond)
    tickets = await client.list_issued_tickets(event_id="ev_40980", status="valid")

    assert [t.id for t in tickets] == ["it_9", "it_8", "it_7", "it_6", "it_5"]
    assert route.call_count == 3
    seen = [dict(call.request.url.params) for call in route.calls]
    for params in seen:
        assert params["event_id"] == "ev_40980"
        assert params["status"] == "valid"
        assert params["limit"] == "100"
        assert "reference" not in params and "barcode" not in params
    assert [p.get("starting_after") for p in seen] == [None, "it_8", "it_6"]


async def test_list_events_sends_statuses_and_start_filter_on_every_page(api, client):
    # Live lists come in ascending id order, not by date: the client sorts by start itself.
    second = {**EVENT, "id": "ev_2", "start": 1781100000, "end": 1781110000}
    route = api.get("/v1/events").mock(
        side_effect=[
            httpx.Response(200, json=page([EVENT], "/v1/events?starting_after=ev_4081726")),
            httpx.Response(200, json=page([second], None)),
        ]
    )
    events = await client.list_events(
        statuses=["published", "sales_closed"], start_at_gte=1781200000
    )
    assert [e.id for e in events] == ["ev_2", "ev_4081726"]
    for call in route.calls:
        params = call.request.url.params
        assert params["status"] == "published,sales_closed"
        assert params["start_at.gte"] == "1781200000"
        assert params["limit"] == "100"


async def test_list_events_defaults_to_published_and_can_drop_the_filter(api, client):
    route = api.get("/v1/events").respond(json=page([], None))
    await client.list_events()
    assert route.calls.last.request.url.params["status"] == "published"
    await client.list_events(statuses=None)
    assert "status" not in route.calls.last.request.url.params


async def test_pagination_stops_on_an_empty_page_even_with_a_next_link(api, client):
    route = api.get("/v1/holds").mock(
        side_effect=[
            httpx.Response(200, json=page([HOLD], "/v1/holds?starting_after=ho_1")),
            httpx.Response(200, json=page([], "/v1/holds?starting_after=ho_1")),
        ]
    )
    holds = await client.list_holds(event_id="ev_1")
    assert [h.id for h in holds] == ["ho_1"]
    assert route.call_count == 2
    assert all(c.request.url.params["event_id"] == "ev_1" for c in route.calls)


async def test_a_server_repeating_the_same_page_is_reported_not_looped(api, client):
    same = page([HOLD], "/v1/holds?starting_after=ho_1")
    route = api.get("/v1/holds").respond(json=same)
    with pytest.raises(MalformedResponseError) as caught:
        await client.list_holds()
    assert route.call_count == 2
    assert "same page" in str(caught.value)


async def test_a_list_without_data_is_malformed(api, client):
    api.get("/v1/holds").respond(json={"links": {"next": None}})
    with pytest.raises(MalformedResponseError):
        await client.list_holds()


# -- parsing ---------------------------------------------------------------------------------


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


async def test_a_malformed_event_in_a_response_raises(api, client):
    api.get("/v1/events/ev_1").respond(json={"object": "event", "name": "No id"})
    with pytest.raises(MalformedResponseError, match="an event without id"):
        await client.get_event("ev_1")


# -- endpoints -------------------------------------------------------------------------------


async def test_get_event_hold_and_ticket(api, client):
    api.get("/v1/events/ev_4081726").respond(json=EVENT)
    api.get("/v1/holds/ho_1").respond(json=HOLD)
    api.get("/v1/issued_tickets/it_50198").respond(json=ISSUED_TICKET)
    assert (await client.get_event("ev_4081726")).ticket_type("tt_5530011").available == 187
    assert (await client.get_hold("ho_1")).total_on_hold == 6
    assert (await client.get_issued_ticket("it_50198")).barcode == "al4R5"


async def test_overview_returns_the_body(api, client):
    body = {"box_office_name": "Riverside", "currency": {"code": "gbp", "symbol": "£"}}
    api.get("/v1/overview").respond(json=body)
    assert await client.overview() == body


async def test_lookup_by_reference_and_barcode(api, client):
    route = api.get("/v1/issued_tickets").respond(json=page(_tickets("it_1"), None))
    await client.list_issued_tickets(reference="sale-42/1")
    assert route.calls.last.request.url.params["reference"] == "sale-42/1"
    await client.list_issued_tickets(barcode="al4R5")
    params = route.calls.last.request.url.params
    assert params["barcode"] == "al4R5" and "reference" not in params


@pytest.mark.parametrize("deleted", ["true", True])
async def test_delete_hold_true_when_deleted(api, client, deleted):
    route = api.delete("/v1/holds/ho_1").respond(json={"id": "ho_1", "deleted": deleted})
    assert await client.delete_hold("ho_1") is True
    assert route.call_count == 1


async def test_delete_hold_false_when_already_gone(api, client):
    api.delete("/v1/holds/ho_1").respond(404, json=tt_error(404, "Hold not found"))
    assert await client.delete_hold("ho_1") is False


async def test_delete_hold_refused_is_an_error(api, client):
    api.delete("/v1/holds/ho_1").respond(json={"id": "ho_1", "deleted": "false"})
    with pytest.raises(ServiceError, match="not deleted"):
        await client.delete_hold("ho_1")


async def test_delete_hold_retried_after_an_unknown_outcome(api, client, sleeps):
    route = api.delete("/v1/holds/ho_1").mock(
        side_effect=[httpx.ReadTimeout("slow"), httpx.Response(404, json=tt_error(404, "gone"))]
    )
    # The first attempt may have deleted it; the second then finds it gone.
    assert await client.delete_hold("ho_1") is False
    assert route.call_count == 2 and len(sleeps.delays) == 1


# -- errors ----------------------------------------------------------------------------------


async def test_401_tells_to_check_the_key_and_the_key_settings(api, client):
    api.get("/v1/ping").respond(401, json=tt_error(401, "Invalid API key", "UNAUTHORIZED"))
    with pytest.raises(AuthenticationError) as caught:
        await client.ping()
    error = caught.value
    text = str(error)
    assert error.status == 401 and error.code == "UNAUTHORIZED"
    assert "Invalid API key" in text
    assert "Check the key" in text
    assert "Admin" in text and "hide personal data" in text
    assert not error.transient


async def test_403_is_permission_denied_with_the_key_advice(api, client):
    api.get("/v1/events/ev_1").respond(403, json=tt_error(403, "Forbidden", "FORBIDDEN"))
    with pytest.raises(PermissionDeniedError) as caught:
        await client.get_event("ev_1")
    assert "Forbidden" in str(caught.value)
    assert "Admin" in str(caught.value) and "hide personal data" in str(caught.value)


async def test_404_is_not_found(api, client, sleeps):
    route = api.get("/v1/holds/ho_9").respond(404, json=tt_error(404, "Hold not found"))
    with pytest.raises(NotFoundError, match="Hold not found"):
        await client.get_hold("ho_9")
    assert route.call_count == 1 and sleeps.delays == []


async def test_400_is_a_validation_error(api, client):
    api.post("/v1/holds").respond(400, json=tt_error(400, "event_id is required", "BAD_REQUEST"))
    with pytest.raises(ValidationError) as caught:
        await client.create_hold("ev_1", {"tt_1": 1}, "n")
    assert caught.value.status == 400
    assert "event_id is required" in str(caught.value)
    assert caught.value.problems == []


async def test_422_carries_the_problems_from_errors(api, client):
    errors = [
        {"field": "ticket_type_id[tt_1]", "message": "Not enough tickets"},
        "Hold note is too long",
    ]
    api.post("/v1/holds").respond(
        422, json=tt_error(422, "The ticket type is sold out", "VALIDATION_ERROR", errors)
    )
    with pytest.raises(ValidationError) as caught:
        await client.create_hold("ev_1", {"tt_1": 3}, "n")
    error = caught.value
    assert "The ticket type is sold out" in str(error)
    assert error.code == "VALIDATION_ERROR"
    assert error.problems == [
        FieldProblem("ticket_type_id[tt_1]", "Not enough tickets"),
        FieldProblem(None, "Hold note is too long"),
    ]


async def test_422_with_a_field_map_and_no_message(api, client):
    body = {"status": 422, "errors": {"email": ["The email is invalid"]}}
    api.post("/v1/issued_tickets").respond(422, json=body)
    with pytest.raises(ValidationError) as caught:
        await client.issue_ticket(
            event_id="ev_1", ticket_type_id="tt_1", hold_id=None, full_name="A B",
            email="nope", reference="r",
        )  # fmt: skip
    assert caught.value.problems == [FieldProblem("email", "The email is invalid")]
    assert "The email is invalid" in str(caught.value)


async def test_error_message_falls_back_to_code_then_raw_text(api, client):
    route = api.get("/v1/holds/ho_1").mock(
        side_effect=[
            httpx.Response(404, json={"status": 404, "error_code": "HOLD_NOT_FOUND"}),
            httpx.Response(404, text="no such hold"),
            httpx.Response(404, html="<html><body>" + "x" * 500 + "</body></html>"),
        ]
    )
    messages = []
    for _ in range(3):
        with pytest.raises(NotFoundError) as caught:
            await client.get_hold("ho_1")
        messages.append(caught.value.detail)
    assert messages[0] == "HOLD_NOT_FOUND"
    assert messages[1] == "no such hold"
    assert "<html>" not in messages[2] and messages[2] == "Not Found"
    assert route.call_count == 3


async def test_429_on_a_get_waits_retry_after_then_retries(api, client, sleeps):
    route = api.get("/v1/events/ev_1").mock(
        side_effect=[
            httpx.Response(429, headers={"Retry-After": "7"}, json=tt_error(429, "Slow down")),
            httpx.Response(200, json=EVENT),
        ]
    )
    event = await client.get_event("ev_1")
    assert event.id == "ev_4081726"
    assert route.call_count == 2
    assert sleeps.delays == [7.0]


async def test_429_on_a_post_is_raised_at_once(api, client, sleeps):
    route = api.post("/v1/issued_tickets").respond(
        429, headers={"Retry-After": "7"}, json=tt_error(429, "Slow down")
    )
    with pytest.raises(RateLimitedError) as caught:
        await client.issue_ticket(
            event_id="ev_1", ticket_type_id="tt_1", hold_id="ho_1", full_name="A B",
            email="a@example.com", reference="r",
        )  # fmt: skip
    assert caught.value.retry_after == 7.0
    assert caught.value.transient
    assert route.call_count == 1 and sleeps.delays == []


async def test_500_on_a_get_is_retried_then_raised(api, client, sleeps):
    route = api.get("/v1/overview").respond(500, json=tt_error(500, "Internal Server Error"))
    with pytest.raises(UnavailableError) as caught:
        await client.overview()
    assert route.call_count == 4
    assert len(sleeps.delays) == 3
    assert caught.value.status == 500 and "Internal Server Error" in str(caught.value)


async def test_500_on_a_post_is_not_retried(api, client, sleeps):
    route = api.post("/v1/check_ins").respond(500, json=tt_error(500, "boom"))
    with pytest.raises(UnavailableError):
        await client.create_check_in("it_1")
    assert route.call_count == 1 and sleeps.delays == []


async def test_timeout_is_unavailable(api, client, sleeps):
    route = api.get("/v1/ping").mock(side_effect=httpx.ReadTimeout("timed out"))
    with pytest.raises(UnavailableError, match="no answer in time"):
        await client.ping()
    assert route.call_count == 4


async def test_timeout_on_a_post_is_an_unknown_outcome_sent_once(api, client):
    route = api.post("/v1/holds").mock(side_effect=httpx.ReadTimeout("timed out"))
    with pytest.raises(UnavailableError):
        await client.create_hold("ev_1", {"tt_1": 1}, "n")
    assert route.call_count == 1


async def test_connect_error_is_unavailable(api, client):
    api.get("/v1/ping").mock(side_effect=httpx.ConnectError("Connection refused"))
    with pytest.raises(UnavailableError, match="cannot reach"):
        await client.ping()


async def test_html_200_from_a_proxy_is_malformed(api, client):
    api.get("/v1/events/ev_1").respond(200, html="<html><body>Sign in to the Wi-Fi</body></html>")
    with pytest.raises(MalformedResponseError) as caught:
        await client.get_event("ev_1")
    assert "not JSON" in str(caught.value) and "text/html" in str(caught.value)


async def test_ping_is_judged_by_status_alone(api, client):
    # The body of /v1/ping is not documented; some clients read it as text.
    api.get("/v1/ping").respond(200, text="pong")
    await client.ping()


async def test_invalid_json_is_malformed(api, client):
    api.get("/v1/events/ev_1").respond(
        200, content=b'{"id": "ev_1", ', headers={"Content-Type": "application/json"}
    )
    with pytest.raises(MalformedResponseError):
        await client.get_event("ev_1")


async def test_a_non_object_answer_is_malformed(api, client):
    api.get("/v1/overview").respond(json=["a", "list"])
    with pytest.raises(MalformedResponseError, match="not a JSON object"):
        await client.overview()


# -- secrecy ---------------------------------------------------------------------------------


@pytest.mark.parametrize("key", [API_KEY, ODD_KEY])
async def test_the_key_is_not_in_repr_or_str_of_the_client(key):
    async with TicketTailorClient(key) as tt:
        assert key not in repr(tt)
        assert key not in str(tt)


def _assert_secret(error: BaseException, key: str) -> None:
    texts = [str(error), repr(error), *map(str, error.args)]
    if isinstance(error, ServiceError):
        texts.append(error.detail)
    if isinstance(error, ValidationError):
        texts.extend(p.message for p in error.problems)
    for text in texts:
        assert key not in text


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(401, json=tt_error(401, f"Invalid API key {ODD_KEY}")),
        httpx.Response(403, json=tt_error(403, f"Key {ODD_KEY} is not an admin key")),
        httpx.Response(404, text=f"unknown key {ODD_KEY}"),
        httpx.Response(
            422, json=tt_error(422, "bad", errors=[{"field": "k", "message": f"bad {ODD_KEY}"}])
        ),
        httpx.Response(429, json=tt_error(429, ODD_KEY)),
        httpx.Response(500, json={"error_code": ODD_KEY}),
    ],
)
async def test_the_key_is_not_in_any_error(api, odd_client, response):
    api.get("/v1/ping").mock(return_value=response)
    with pytest.raises(ServiceError) as caught:
        await odd_client.ping()
    _assert_secret(caught.value, ODD_KEY)


@pytest.mark.parametrize("key", [API_KEY, ODD_KEY])
async def test_the_key_is_not_in_a_connection_error(api, sleeps, key):
    api.get("/v1/ping").mock(side_effect=httpx.ConnectError(f"proxy refused user {key}"))
    async with TicketTailorClient(key, retry=RetryPolicy(sleep=sleeps)) as tt:
        with pytest.raises(UnavailableError) as caught:
            await tt.ping()
    _assert_secret(caught.value, key)


async def test_the_key_is_not_logged(api, client, caplog):
    caplog.set_level("DEBUG")
    api.get("/v1/ping").mock(
        side_effect=[
            httpx.Response(500, json=tt_error(500, f"oops {API_KEY}")),
            httpx.Response(200, json={}),
        ]
    )
    await client.ping()
    assert len(caplog.records) >= 2
    assert API_KEY not in caplog.text
    assert json.dumps(API_KEY)[1:-1] not in caplog.text
