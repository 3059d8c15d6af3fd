"""The Ticket Tailor client against what the live API really sends (fixtures in tests/fixtures).

Each test encodes one fact seen in recorded live traffic or stated in the docs, where the first
client (and the simulator) had guessed otherwise: see tests/fixtures/tickettailor/README.md.
"""

from __future__ import annotations

import copy
import json
import time
from pathlib import Path

import httpx
import pytest
import respx

from boxoffice.services.errors import (
    BlockedError,
    PermissionDeniedError,
    RateLimitedError,
)
from boxoffice.services.http import RetryPolicy
from boxoffice.services.tickettailor.client import DEFAULT_URL, TicketTailorClient
from boxoffice.services.tickettailor.models import Event, IssuedTicket, TicketType
from boxoffice.services.tickettailor.reading import is_masked

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "tickettailor"
API_KEY = "sk_1000_1000_VGlja2V0VGFpbG9y"


def fixture(name: str) -> dict:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def recorded(name: str) -> httpx.Response:
    data = fixture(name)
    return httpx.Response(data["status"], headers=data["headers"], json=data["body"])


@pytest.fixture
def api():
    with respx.mock(base_url=DEFAULT_URL, assert_all_called=False) as mock:
        yield mock


@pytest.fixture
async def client(sleeps):
    async with TicketTailorClient(API_KEY, retry=RetryPolicy(sleep=sleeps)) as tt:
        yield tt


# -- recorded pages --------------------------------------------------------------------------


async def test_the_recorded_events_page_parses_and_the_next_url_is_built_by_the_client(api, client):
    empty = {"data": [], "links": {"next": None, "previous": None}}
    route = api.get("/v1/events").mock(
        side_effect=[recorded("events-page.json"), httpx.Response(200, json=empty)]
    )
    events = await client.list_events(end_at_gte=1744549030)
    assert [e.id for e in events] == ["ev_5943073"]
    event = events[0]
    assert event.currency == "eur" and event.hidden is True and event.tickets_available
    assert event.start.unix == 1746903600 and event.end.unix == 1746914400
    # Absent on live events (T9): absent means no tax.
    assert event.sales_tax_percentage is None and not event.tax_added_at_checkout
    (ticket_type,) = event.ticket_types
    assert ticket_type.available == 132 and not ticket_type.seated
    assert ticket_type.hide_until is None and ticket_type.hide_after is None
    assert events.unreadable == []
    # `links.next` is "/events?...start_at_gte=..." (relative to /v1, filters renamed): the
    # client keeps its own path and filter names and adds the last id.
    second = route.calls[1].request.url
    assert second.path == "/v1/events"
    assert second.params["starting_after"] == "ev_5943073"
    assert second.params["end_at.gte"] == "1744549030"
    assert "end_at_gte" not in second.params and "start_at_gte" not in second.params


async def test_the_recorded_rate_limit_headers_are_read_as_a_countdown(api, client):
    empty = {"data": [], "links": {"next": None, "previous": None}}
    api.get("/v1/events").mock(
        side_effect=[recorded("events-page.json"), httpx.Response(200, json=empty)]
    )
    before = time.time()
    await client.list_events()
    limit = client.rate_limit
    assert limit.limit == 10000 and limit.remaining == 9993
    # x-rate-limit-reset: 873 is seconds from now, not a Unix time in 1970.
    assert before + 873 - 5 <= limit.reset_at <= time.time() + 873 + 5


def test_recorded_issued_tickets_mask_personal_data_and_keep_the_urls_apart():
    order = fixture("orders-page.json")["body"]["data"][0]
    ticket = IssuedTicket.from_api(order["issued_tickets"][0])
    assert ticket.email is None and ticket.full_name is None and ticket.masked
    assert ticket.barcode == "aH5YpPP"
    assert "/barcode/qr/" in ticket.qr_code_url and ticket.qr_code_url.endswith(".png")
    assert "/barcode/st/" in ticket.barcode_url and ticket.barcode_url.endswith(".jpg")
    assert ticket.checked_in is False


@pytest.mark.parametrize(
    ("value", "masked"),
    [("****", True), ("*", True), (" ** ", True), ("a*b", False), ("", False), (None, False)],
)
def test_only_asterisks_is_masked(value, masked):
    assert is_masked(value) is masked


# -- one bad object does not empty the list (T9) ---------------------------------------------


async def test_an_unreadable_event_is_skipped_and_named_not_the_whole_list(api, client):
    good = fixture("events-page.json")["body"]["data"][0]
    broken = {**copy.deepcopy(good), "id": "ev_5943074", "currency": None}
    api.get("/v1/events").respond(json={"data": [good, broken], "links": {"next": None}})
    events = await client.list_events()
    assert [e.id for e in events] == ["ev_5943073"]
    assert len(events.unreadable) == 1 and "ev_5943074" in events.unreadable[0]
    assert API_KEY not in events.unreadable[0]


# -- ticket types: seated, sale windows, quantity (T6, T13, T14) -----------------------------


def _type(**changes) -> TicketType:
    base = copy.deepcopy(fixture("events-page.json")["body"]["data"][0]["ticket_types"][0])
    return TicketType.from_api({**base, **changes})


@pytest.mark.parametrize(("kind", "seated"), [("GA", False), ("ga", False), ("seated", True)])
def test_any_type_but_ga_is_seated(kind, seated):
    assert _type(type=kind).seated is seated


def test_sale_window_from_date_objects_or_unix_seconds():
    window = _type(hide_until={"unix": 1000, "iso": "1970-01-01T00:16:40+00:00"}, hide_after=2000)
    assert not window.on_sale_at(999)
    assert window.on_sale_at(1000) and window.on_sale_at(1999)
    assert not window.on_sale_at(2000)


def test_without_a_total_quantity_is_what_is_left():
    ticket_type = _type(quantity_total=None, quantity=132, quantity_issued=28)
    assert ticket_type.available == 132


def test_exclusive_tax_is_read_when_present():
    raw = fixture("events-page.json")["body"]["data"][0]
    event = Event.from_api(
        {**raw, "sales_tax_treatment": "exclusive", "sales_tax_percentage": "23"}
    )
    assert event.tax_added_at_checkout
    inclusive = Event.from_api(
        {**raw, "sales_tax_treatment": "inclusive", "sales_tax_percentage": 23}
    )
    assert not inclusive.tax_added_at_checkout


# -- transport: rate limit, HTML error pages (T1, T2) ----------------------------------------


async def test_429_without_retry_after_waits_for_the_window_reset(api, client, sleeps):
    limited = httpx.Response(
        429,
        headers={
            "X-Rate-Limit-Limit": "10000",
            "X-Rate-Limit-Remaining": "0",
            "X-Rate-Limit-Reset": "7",
        },
        json={
            "status": 429,
            "error_code": "Too Many Requests",
            "message": "Slow down",
            "errors": [],
        },
    )
    api.get("/v1/events/ev_1").mock(
        side_effect=[
            limited,
            httpx.Response(200, json=fixture("events-page.json")["body"]["data"][0]),
        ]
    )
    await client.get_event("ev_1")
    assert sleeps.delays == [7.0]


async def test_429_with_a_long_reset_says_until_when_instead_of_waiting(api, client, sleeps):
    api.get("/v1/events/ev_1").respond(
        429,
        headers={"X-Rate-Limit-Remaining": "0", "X-Rate-Limit-Reset": "873"},
        json={"status": 429, "error_code": "Too Many Requests", "message": "x", "errors": []},
    )
    with pytest.raises(RateLimitedError) as caught:
        await client.get_event("ev_1")
    assert sleeps.delays == []
    until = time.strftime("%H:%M", time.localtime(caught.value.reset_at))
    assert f"Ticket Tailor's request limit is reached until {until}" in str(caught.value)


async def test_429_on_a_write_is_not_waited_for(api, client, sleeps):
    api.post("/v1/holds").respond(429, headers={"X-Rate-Limit-Reset": "3"}, json={})
    with pytest.raises(RateLimitedError):
        await client.create_hold("ev_1", {"tt_1": 1}, "boxoffice-1")
    assert sleeps.delays == []


CLOUDFLARE_403 = (
    "<!DOCTYPE html><html><head><title>Attention Required! | Cloudflare</title></head>"
    "<body><h1>Sorry, you have been blocked</h1><p>Error 1020</p></body></html>"
)


async def test_an_html_403_is_blocked_before_ticket_tailor_and_does_not_blame_the_key(api, client):
    api.get("/v1/events/ev_1").respond(403, html=CLOUDFLARE_403)
    with pytest.raises(BlockedError) as caught:
        await client.get_event("ev_1")
    assert not isinstance(caught.value, PermissionDeniedError)
    text = str(caught.value)
    assert "blocked or failed before reaching Ticket Tailor" in text
    assert "Admin role" not in text and "API key may" not in text
    assert caught.value.transient is False


async def test_a_json_403_still_is_a_permission_problem(api, client):
    api.get("/v1/events/ev_1").respond(
        403, json={"status": 403, "error_code": "Forbidden", "message": "No", "errors": []}
    )
    with pytest.raises(PermissionDeniedError):
        await client.get_event("ev_1")


async def test_an_html_502_is_blocked_and_retried_as_a_read(api, client, sleeps):
    api.get("/v1/events/ev_1").mock(
        side_effect=[
            httpx.Response(502, html="<html><body>502 Bad gateway</body></html>"),
            httpx.Response(200, json=fixture("events-page.json")["body"]["data"][0]),
        ]
    )
    event = await client.get_event("ev_1")
    assert event.id == "ev_5943073" and len(sleeps.delays) == 1


# -- holds (T20) -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(200, json={"id": "ho_1", "deleted": "true"}),
        httpx.Response(200, json={"deleted": True}),
        httpx.Response(200),
    ],
)
async def test_delete_hold_accepts_every_spelling_of_deleted(api, client, response):
    api.delete("/v1/holds/ho_1").mock(return_value=response)
    assert await client.delete_hold("ho_1") is True


async def test_delete_hold_refused_but_gone_counts_as_gone(api, client):
    api.delete("/v1/holds/ho_1").respond(
        400, json={"status": 400, "error_code": "Bad Request", "message": "Hold is empty"}
    )
    api.get("/v1/holds/ho_1").respond(
        404, json={"status": 404, "error_code": "Not Found", "message": "No hold"}
    )
    assert await client.delete_hold("ho_1") is False


async def test_list_holds_drops_holds_older_than_the_window_even_if_unfiltered(api, client):
    holds = [
        {"id": "ho_1", "event_id": "ev_1", "created_at": 100, "quantities": [], "total_on_hold": 0},
        {"id": "ho_2", "event_id": "ev_1", "created_at": 5000, "quantities": []},
    ]
    route = api.get("/v1/holds").respond(json={"data": holds, "links": {"next": None}})
    found = await client.list_holds(created_at_gte=1000)
    assert [h.id for h in found] == ["ho_2"]
    assert route.calls[0].request.url.params["created_at.gte"] == "1000"


async def test_the_command_line_words_for_a_used_up_limit_name_the_service_once(api, client):
    api.get("/v1/events/ev_1").respond(429, headers={"X-Rate-Limit-Reset": "900"}, json={})
    with pytest.raises(RateLimitedError) as caught:
        await client.get_event("ev_1")
    assert str(caught.value).startswith("Ticket Tailor's request limit is reached until ")
