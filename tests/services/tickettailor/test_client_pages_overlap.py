"""Reading a list's page overlaps the next page's round trip.

A page of a large box office is over a megabyte of JSON; reading its hundred events takes tens
of milliseconds, which would otherwise stall the window and add to every page.
"""

from __future__ import annotations

import asyncio
import threading

import httpx

import boxoffice.services.tickettailor.client as client_module
from tests.services.tickettailor.examples import EVENT, HOLD, page


async def test_the_next_page_is_asked_for_while_this_one_is_read(api, client, monkeypatch):
    second_asked = threading.Event()

    def respond(request: httpx.Request) -> httpx.Response:
        if "starting_after" not in request.url.params:
            return httpx.Response(200, json=page([EVENT], "/v1/events?starting_after=ev_4081726"))
        second_asked.set()
        return httpx.Response(200, json=page([{**EVENT, "id": "ev_2"}], None))

    route = api.get("/v1/events").mock(side_effect=respond)
    asked_while_reading: list[bool] = []
    read = client_module._read_events

    def reading(events: list[dict]):
        if not asked_while_reading:
            # Reading the first page waits, on its worker thread, for the second request: it
            # never comes if the client reads a page before asking for the next.
            asked_while_reading.append(second_asked.wait(timeout=10))
        return read(events)

    monkeypatch.setattr(client_module, "_read_events", reading)
    monkeypatch.setattr(client_module, "OFF_LOOP_EVENTS", 1)  # these pages are small
    events = await client.list_events()

    assert asked_while_reading == [True]
    assert sorted(e.id for e in events) == ["ev_2", "ev_4081726"]
    assert route.call_count == 2


async def test_a_caller_that_stops_early_leaves_no_request_running(api, client):
    second_asked = asyncio.Event()
    cancelled = asyncio.Event()

    async def respond(request: httpx.Request) -> httpx.Response:
        if "starting_after" not in request.url.params:
            return httpx.Response(200, json=page([HOLD], "/v1/holds?starting_after=ho_1"))
        second_asked.set()
        try:
            await asyncio.Event().wait()  # the second page never comes
        except asyncio.CancelledError:
            cancelled.set()
            raise
        raise AssertionError("unreachable")

    api.get("/v1/holds").mock(side_effect=respond)
    pages = client._pages("/v1/holds")
    first = await anext(pages)
    assert [h["id"] for h in first] == ["ho_1"]
    await asyncio.wait_for(second_asked.wait(), timeout=10)
    await pages.aclose()
    assert cancelled.is_set()
