"""The client's door calls: a barcode look-up that trusts no ignored filter, every page of the
check-ins, and a check-in POST that is never repeated."""

from __future__ import annotations

import httpx
import pytest

from boxoffice.services.errors import UnavailableError, ValidationError
from tests.services.tickettailor.examples import CHECK_IN, ISSUED_TICKET, _tickets, page, tt_error


async def test_a_barcode_look_up_keeps_only_that_barcode(api, client):
    # A server that ignored the filter would answer with other tickets: they are not a match.
    route = api.get("/v1/issued_tickets").respond(json=page(_tickets("it_1", "it_2"), None))
    assert await client.find_ticket_by_barcode("nothing-like-it") is None
    assert route.calls.last.request.url.params["barcode"] == "nothing-like-it"
    api.get("/v1/issued_tickets").respond(json=page([ISSUED_TICKET], None))
    found = await client.find_ticket_by_barcode(" al4R5 ")
    assert found is not None and found.id == "it_50198" and not found.checked_in
    assert await client.find_ticket_by_barcode("  ") is None


async def test_an_empty_list_is_an_unknown_barcode(api, client):
    api.get("/v1/issued_tickets").respond(json=page([], None))
    assert await client.find_ticket_by_barcode("al4R5") is None


async def test_every_page_of_check_ins_is_read_and_filters_rechecked(api, client):
    first = [{**CHECK_IN, "id": f"ch_{n}", "issued_ticket_id": "it_1"} for n in range(100)]
    second = [
        {**CHECK_IN, "id": "ch_500", "issued_ticket_id": "it_1"},
        {**CHECK_IN, "id": "ch_501", "issued_ticket_id": "it_other"},
        {"object": "check_in", "id": "ch_502"},  # unreadable: skipped, not fatal
    ]
    route = api.get("/v1/check_ins").mock(
        side_effect=[
            httpx.Response(200, json=page(first, "https://api.tickettailor.com/v1/check_ins?x")),
            httpx.Response(200, json=page(second, None)),
        ]
    )
    found = await client.list_check_ins(issued_ticket_id="it_1")
    assert [c.id for c in found][-1] == "ch_500" and len(found) == 101
    assert route.calls[1].request.url.params["starting_after"] == "ch_99"
    assert route.calls[1].request.url.params["issued_ticket_id"] == "it_1"


@pytest.mark.parametrize("status", [400, 422])
async def test_already_checked_in_is_a_refusal_whatever_its_status(api, client, status):
    api.post("/v1/check_ins").respond(status, json=tt_error(status, "Ticket is already checked in"))
    with pytest.raises(ValidationError, match="already"):
        await client.create_check_in("it_50198")


async def test_a_check_in_is_posted_once_even_when_the_answer_fails(api, client, sleeps):
    route = api.post("/v1/check_ins").respond(503, json=tt_error(503, "down"))
    with pytest.raises(UnavailableError):
        await client.create_check_in("it_50198")
    assert route.call_count == 1
