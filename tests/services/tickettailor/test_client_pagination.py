"""The Ticket Tailor client's pagination: following next links, keeping filters, stopping safely."""

from __future__ import annotations

import httpx
import pytest

from boxoffice.services.errors import MalformedResponseError
from tests.services.tickettailor.examples import EVENT, HOLD, _tickets, page


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
