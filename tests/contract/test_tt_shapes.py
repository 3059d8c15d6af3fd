"""The simulator's Ticket Tailor payloads have the shapes of live responses, so a drift fails.

The live shapes are the fixtures in tests/fixtures/tickettailor (recorded api.tickettailor.com
responses, see its README). Compared: key sets and JSON value types of the event, ticket type,
date object, venue, issued ticket, list envelope and links, and the rate-limit headers.
"""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from boxoffice.sim import ManualClock, Simulator, seed

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "tickettailor"
EVENTS = json.loads((FIXTURES / "events-page.json").read_text(encoding="utf-8"))
ORDERS = json.loads((FIXTURES / "orders-page.json").read_text(encoding="utf-8"))
LIVE_EVENT = EVENTS["body"]["data"][0]
LIVE_TYPE = LIVE_EVENT["ticket_types"][0]
LIVE_TICKET = ORDERS["body"]["data"][0]["issued_tickets"][0]


def kind(value) -> str:
    """The JSON type, with string flags ("true"/"false") as their own kind."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "flag" if value in ("true", "false") else "string"
    return type(value).__name__


def assert_same_shape(sim_object: dict, live_object: dict, what: str) -> None:
    assert set(sim_object) == set(live_object), what
    for key, live_value in live_object.items():
        if live_value is None or sim_object[key] is None:
            continue  # nullable: either side may be null in a given object
        assert kind(sim_object[key]) == kind(live_value), f"{what}.{key}"


@pytest.fixture
def sim() -> Simulator:
    return Simulator(clock=ManualClock())


@pytest.fixture
async def tt(sim):
    async with httpx.AsyncClient(
        base_url=sim.tickettailor_url,
        transport=sim.transport(),
        auth=httpx.BasicAuth(sim.tickettailor_api_key, ""),
        timeout=5.0,
    ) as http:
        yield http


async def test_the_event_list_has_the_live_envelope_links_headers_and_object_shapes(tt):
    response = await tt.get(
        "/v1/events", params={"status": "published", "start_at.gte": 0, "limit": 1, "page": 1}
    )
    body = response.json()
    assert set(body) == set(EVENTS["body"]) and set(body["links"]) == {"next", "previous"}
    assert body["links"]["previous"] is None
    live_next = EVENTS["body"]["links"]["next"]
    assert live_next.startswith("/events?starting_after=") and "start_at_gte" in live_next
    assert body["links"]["next"].startswith(f"/events?starting_after={body['data'][0]['id']}")
    assert "start_at_gte=0" in body["links"]["next"] and "page" not in body["links"]["next"]
    for name in ("x-rate-limit-limit", "x-rate-limit-remaining", "x-rate-limit-reset"):
        assert response.headers[name].isdigit()
    assert response.headers["x-rate-limit-limit"] == EVENTS["headers"]["x-rate-limit-limit"]
    assert response.headers["content-type"].startswith(EVENTS["headers"]["Content-Type"])

    (event,) = body["data"]
    assert_same_shape(event, LIVE_EVENT, "event")
    assert_same_shape(event["start"], LIVE_EVENT["start"], "event.start")
    assert_same_shape(event["venue"], LIVE_EVENT["venue"], "event.venue")
    assert event["currency"] == event["currency"].lower()
    for ticket_type in event["ticket_types"]:
        assert_same_shape(ticket_type, LIVE_TYPE, "ticket_type")


async def test_ticket_type_quantity_is_what_is_left_and_revenue_is_in_major_units(sim, tt):
    event = (await tt.get(f"/v1/events/{seed.GBP_EVENT}")).json()
    general = next(t for t in event["ticket_types"] if t["id"] == seed.GENERAL_TT)
    left = (
        general["quantity_total"]
        - general["quantity_issued"]
        - general["quantity_held"]
        - general["quantity_in_baskets"]
    )
    assert general["quantity"] == left < general["quantity_total"]
    # Live: revenue 72.5 for 5 tickets at price 1450 — major units, unlike every price.
    minor = sim.tickettailor.events[seed.GBP_EVENT].revenue
    assert event["revenue"] * 100 == minor and isinstance(event["revenue"], int | float)


async def test_issued_tickets_have_the_live_shape_and_the_urls_the_right_way_round(sim, tt):
    found = await tt.get("/v1/issued_tickets", params={"barcode": seed.VALID_BARCODE})
    (ticket,) = found.json()["data"]
    assert_same_shape(ticket, LIVE_TICKET, "issued_ticket")
    for live, ours in ((LIVE_TICKET, ticket),):
        for key, part, ext in (("barcode_url", "/st/", ".jpg"), ("qr_code_url", "/qr/", ".png")):
            assert part in live[key] and live[key].endswith(ext)
            assert part in ours[key] and ours[key].endswith(ext)
            assert ours[key].startswith("https://cdn.tickettailor.com/")


async def test_a_key_that_hides_personal_data_masks_it_like_the_live_api(sim):
    key = sim.add_tickettailor_api_key(hide_personal_data=True)
    async with httpx.AsyncClient(
        base_url=sim.tickettailor_url, transport=sim.transport(), auth=(key, "")
    ) as tt:
        found = await tt.get("/v1/issued_tickets", params={"barcode": seed.VALID_BARCODE})
    (ticket,) = found.json()["data"]
    assert ticket["email"] == LIVE_TICKET["email"] == "****"
    assert ticket["full_name"] == "****" and ticket["barcode"] == seed.VALID_BARCODE


async def test_error_bodies_have_the_documented_fields(tt):
    missing = await tt.get("/v1/events/ev_999999")
    assert missing.status_code == 404
    assert set(missing.json()) == {"status", "error_code", "message", "errors"}


async def test_a_seated_type_is_held_but_never_issued(sim, tt):
    held = await tt.post(
        "/v1/holds",
        data={
            "event_id": seed.JAZZ_EVENT,
            "note": "n",
            f"ticket_type_id[{seed.SEATED_TT}]": "1",
        },
    )
    assert held.status_code == 201  # (choice) the least convenient: refused only at issuing
    issued = await tt.post(
        "/v1/issued_tickets",
        data={
            "event_id": seed.JAZZ_EVENT,
            "ticket_type_id": seed.SEATED_TT,
            "hold_id": held.json()["id"],
            "full_name": "A B",
        },
    )
    assert issued.status_code == 422 and "seating" in issued.json()["message"]
    event = (await tt.get(f"/v1/events/{seed.JAZZ_EVENT}")).json()
    types = {t["id"]: t for t in event["ticket_types"]}
    assert types[seed.SEATED_TT]["type"] == "seated"
    assert types[seed.EARLY_BIRD_TT]["hide_after"]["unix"] < sim.clock.now()
