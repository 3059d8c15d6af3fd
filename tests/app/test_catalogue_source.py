"""The catalogue source: fetch from Ticket Tailor, cache on disk, rebuild with current settings."""

from __future__ import annotations

import json
import time
from decimal import Decimal

import httpx
import pytest

from boxoffice.app import paths
from boxoffice.app.catalogue_source import CatalogueSource
from boxoffice.domain.catalogue import CatalogueSettings, TicketOverride
from boxoffice.services.errors import UnavailableError
from boxoffice.services.http import RetryPolicy
from boxoffice.services.tickettailor.client import TicketTailorClient


def tt_event(ev_id: str, name: str, status: str = "published", price: int = 1000) -> dict:
    return {
        "object": "event",
        "id": ev_id,
        "name": name,
        "status": status,
        "currency": "gbp",
        "start": None,
        "end": None,
        "tickets_available": "true",
        "unavailable": "false",
        "ticket_groups": [],
        "ticket_types": [
            {
                "object": "ticket_type",
                "id": f"tt_{ev_id}",
                "name": "Entry",
                "price": price,
                "booking_fee": 0,
                "status": "on_sale",
                "access_code": None,
                "min_per_order": 1,
                "max_per_order": 10,
                "group_id": None,
                "sort_order": 1,
                "quantity_total": 50,
                "quantity_issued": 0,
                "quantity_held": 0,
                "quantity_in_baskets": 0,
            }
        ],
    }


class FakeTicketTailor:
    """Just the event endpoints, counting calls; `down` makes every request fail with 503."""

    def __init__(self) -> None:
        self.events = {
            "ev_1": tt_event("ev_1", "First"),
            "ev_2": tt_event("ev_2", "Second"),
            "ev_3": tt_event("ev_3", "Draft", status="draft"),
        }
        self.requests: list[str] = []
        self.down = False

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(f"{request.method} {request.url.path}")
        if self.down:
            return httpx.Response(503, json={"message": "maintenance"})
        path = request.url.path
        if path == "/v1/events":
            wanted = request.url.params.get("status")
            data = [e for e in self.events.values() if not wanted or e["status"] == wanted]
            return httpx.Response(200, json={"data": data, "links": {"next": None}})
        if path.startswith("/v1/events/"):
            event = self.events.get(path.rsplit("/", 1)[1])
            if event is None:
                return httpx.Response(404, json={"status": 404, "message": "Not found"})
            return httpx.Response(200, json=event)
        return httpx.Response(404, json={"message": "no route"})


@pytest.fixture
def fake():
    return FakeTicketTailor()


@pytest.fixture
async def client(fake):
    async def no_sleep(_):
        return None

    client = TicketTailorClient(
        "sk_1_1_test",
        "https://tt.test",
        transport=httpx.MockTransport(fake),
        retry=RetryPolicy(attempts=1, sleep=no_sleep),
    )
    yield client
    await client.aclose()


async def test_refresh_fetches_all_published_events_and_caches_them(fake, client):
    source = CatalogueSource(client, CatalogueSettings())
    assert source.cached() is None
    catalogue = await source.refresh()
    assert [e.id for e in catalogue.events] == ["ev_1", "ev_2"]
    assert "GET /v1/events" in fake.requests
    cached = json.loads(paths.catalogue_cache_path().read_text())
    assert [e["id"] for e in cached["events"]] == ["ev_1", "ev_2"]
    assert source.saved_at is not None


async def test_refresh_fetches_only_the_selected_events(fake, client):
    source = CatalogueSource(client, CatalogueSettings(event_ids=("ev_2",)))
    catalogue = await source.refresh()
    assert [e.id for e in catalogue.events] == ["ev_2"]
    assert fake.requests == ["GET /v1/events/ev_2"]


async def test_a_selected_event_that_is_gone_is_named_not_fatal(fake, client):
    source = CatalogueSource(client, CatalogueSettings(event_ids=("ev_1", "ev_404")))
    catalogue = await source.refresh()
    assert [e.id for e in catalogue.events] == ["ev_1"]
    assert len(source.problems) == 1 and "ev_404" in source.problems[0]


async def test_cached_rebuilds_with_the_current_overrides_without_fetching(fake, client):
    current = {"settings": CatalogueSettings()}
    source = CatalogueSource(client, lambda: current["settings"])
    await source.refresh()
    fake.requests.clear()
    current["settings"] = CatalogueSettings(
        event_ids=("ev_1",), overrides={"tt_ev_1": TicketOverride(price=Decimal("3.50"))}
    )
    # A new source, as after a restart without network.
    fake.down = True
    again = CatalogueSource(client, lambda: current["settings"])
    catalogue = again.cached()
    assert catalogue is not None
    assert [e.id for e in catalogue.events] == ["ev_1"]
    assert catalogue.events[0].ticket_types[0].unit_price == Decimal("3.50")
    assert fake.requests == []


async def test_a_failed_refresh_raises_and_keeps_the_cache(fake, client):
    source = CatalogueSource(client, CatalogueSettings())
    await source.refresh()
    before = paths.catalogue_cache_path().read_bytes()
    fake.down = True
    with pytest.raises(UnavailableError):
        await source.refresh()
    assert paths.catalogue_cache_path().read_bytes() == before
    assert [e.id for e in source.cached().events] == ["ev_1", "ev_2"]


def test_a_damaged_cache_reads_as_no_cache(client):
    paths.catalogue_cache_path().write_text('{"events": [{"id": 5}]}')
    assert CatalogueSource(client, CatalogueSettings()).cached() is None
    paths.catalogue_cache_path().write_text("not json")
    assert CatalogueSource(client, CatalogueSettings()).cached() is None


async def test_refresh_asks_only_for_events_that_have_not_ended(fake, client):
    seen = []
    original = fake.__call__

    def spy(request):
        seen.append(dict(request.url.params))
        return original(request)

    client._http._transport = httpx.MockTransport(spy)
    before = int(time.time())
    await CatalogueSource(client, CatalogueSettings()).refresh()
    assert int(seen[0]["end_at.gte"]) >= before


async def test_one_unreadable_event_is_left_out_and_counted_not_the_whole_list(fake, client):
    fake.events["ev_bad"] = {**tt_event("ev_bad", "Broken"), "currency": None}
    catalogue = await CatalogueSource(client, CatalogueSettings()).refresh()
    assert [e.id for e in catalogue.events] == ["ev_1", "ev_2"]
    assert catalogue.unreadable_words.startswith("1 event could not be read")


async def test_after_a_sale_only_that_event_is_fetched_again(fake, client):
    source = CatalogueSource(client, CatalogueSettings())
    await source.refresh()
    fake.requests.clear()
    fake.events["ev_2"]["ticket_types"][0]["quantity_issued"] = 10
    catalogue = await source.refresh_event("ev_2")
    assert fake.requests == ["GET /v1/events/ev_2"]
    assert catalogue.event("ev_2").ticket_types[0].available == 40
    assert [e.id for e in catalogue.events] == ["ev_1", "ev_2"]
