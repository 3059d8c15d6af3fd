"""The Ticket Tailor client's wire format (auth, form bodies, paths) and what its calls return."""

from __future__ import annotations

import base64
from urllib.parse import parse_qs

import httpx
import pytest

from boxoffice.services.errors import ServiceError
from boxoffice.services.http import RetryPolicy
from boxoffice.services.tickettailor.client import TicketTailorClient
from tests.services.tickettailor.examples import (
    API_KEY,
    CHECK_IN,
    EVENT,
    HOLD,
    ISSUED_TICKET,
    _tickets,
    page,
    tt_error,
)


def form(request: httpx.Request) -> dict[str, list[str]]:
    return parse_qs(request.content.decode(), keep_blank_values=True)


# -- wire format -----------------------------------------------------------------------------------


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


# -- endpoints -------------------------------------------------------------------------------------


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
