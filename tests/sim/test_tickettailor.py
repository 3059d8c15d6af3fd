"""The simulated Ticket Tailor API behaves as the real one (developers.tickettailor.com and
recorded live responses) does."""

from __future__ import annotations

import base64

import httpx
import pytest

from boxoffice.sim import seed

EVENTS = "/v1/events"


def basic(raw: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(raw.encode()).decode()}


async def hold(tt, quantities: dict[str, int], event_id: str = seed.GBP_EVENT, note="n"):
    data = {"event_id": event_id, "note": note}
    data |= {f"ticket_type_id[{k}]": str(v) for k, v in quantities.items()}
    return await tt.post("/v1/holds", data=data)


async def issue(tt, **fields):
    data = {"event_id": seed.GBP_EVENT, "full_name": "Ada Lovelace"} | fields
    return await tt.post("/v1/issued_tickets", data={k: v for k, v in data.items() if v})


def ticket_type(sim, event_id: str, ticket_type_id: str) -> dict:
    return next(t for t in sim.event(event_id)["ticket_types"] if t["id"] == ticket_type_id)


# -- auth, errors, rate limit ------------------------------------------------------------------


@pytest.mark.parametrize("form", ["{key}", "{key}:", "{key}:anything"])
async def test_basic_auth_accepts_the_key_with_or_without_a_password(sim, http, form):
    raw = form.format(key=sim.tickettailor_api_key)
    response = await http.get(f"{sim.tickettailor_url}/v1/ping", headers=basic(raw))
    assert response.status_code == 200


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer sk_1000_1000_U2ltdWxhdGVkQm94T2ZmaWNl"},
        basic("sk_wrong:"),
        {"Authorization": "Basic not-base64!"},
    ],
)
async def test_anything_else_is_refused_with_a_json_401(sim, http, headers):
    response = await http.get(f"{sim.tickettailor_url}/v1/events", headers=headers)
    assert response.status_code == 401
    body = response.json()
    assert set(body) == {"status", "error_code", "message", "errors"}
    assert body["status"] == 401 and body["errors"] == []
    assert response.headers["X-Rate-Limit-Limit"] == "10000"


async def test_a_second_key_works_too(sim, http):
    key = sim.add_tickettailor_api_key()
    assert key.startswith("sk_") and key != sim.tickettailor_api_key
    response = await http.get(f"{sim.tickettailor_url}/v1/overview", auth=(key, ""))
    assert response.json()["box_office_name"] == "Riverside Arts Centre"
    assert response.json()["currency"]["code"] == "gbp"


async def test_every_answer_has_rate_limit_headers_counting_down(tt):
    first = await tt.get("/v1/ping")
    second = await tt.get("/v1/events/ev_999999")  # an error answer counts and is labelled too
    assert second.status_code == 404
    # Live: x-rate-limit-limit 10000 (not 5000), remaining counting down by one a request.
    assert first.headers["X-Rate-Limit-Limit"] == "10000"
    assert int(first.headers["X-Rate-Limit-Remaining"]) == 9999
    assert int(second.headers["X-Rate-Limit-Remaining"]) == 9998
    assert 0 < int(second.headers["X-Rate-Limit-Reset"]) <= 1800


async def test_rate_limit_gives_429_with_a_reset_countdown_and_no_retry_after(sim, tt, clock):
    # Live `x-rate-limit-reset` is seconds until a fixed window ends (873, then 871 two
    # seconds later). Whether a 429 carries Retry-After is unverified: the simulator sends
    # none, the least convenient case (this replaces the old sliding window + Retry-After).
    sim.tickettailor_rate_limit = 3
    for _ in range(3):
        assert (await tt.get("/v1/ping")).status_code == 200
        clock.advance(60)
    refused = await tt.get("/v1/ping")
    assert refused.status_code == 429
    assert refused.json()["status"] == 429
    assert refused.headers["X-Rate-Limit-Remaining"] == "0"
    assert "Retry-After" not in refused.headers
    # The window opened with the first request, 180 s ago: it ends in 1620 s.
    assert refused.headers["X-Rate-Limit-Reset"] == "1620"
    clock.advance(1619)
    assert (await tt.get("/v1/ping")).status_code == 429
    clock.advance(1)
    assert (await tt.get("/v1/ping")).status_code == 200


async def test_refused_keys_do_not_use_up_a_real_keys_budget(sim, tt, http):
    sim.tickettailor_rate_limit = 2
    for _ in range(3):
        await http.get(f"{sim.tickettailor_url}/v1/ping", headers=basic("sk_wrong:"))
    wrong = await http.get(f"{sim.tickettailor_url}/v1/ping", headers=basic("sk_wrong:"))
    assert wrong.status_code == 429
    assert (await tt.get("/v1/ping")).status_code == 200


async def test_unknown_routes_and_methods_answer_in_the_error_shape(tt):
    missing = await tt.get("/v1/nothing")
    assert missing.status_code == 404 and missing.json()["error_code"] == "NOT_FOUND"
    wrong = await tt.put("/v1/events")
    assert wrong.status_code == 405


# -- events and pagination ------------------------------------------------------------------


async def test_events_come_in_ascending_id_order_and_filter_by_status(tt):
    # Live lists are ascending by id, not the documented "newest first".
    everything = (await tt.get(EVENTS)).json()["data"]
    ids = [e["id"] for e in everything]
    assert ids == sorted(ids, key=lambda i: int(i[3:]))
    published = (await tt.get(EVENTS, params={"status": "published"})).json()["data"]
    assert seed.DRAFT_EVENT not in {e["id"] for e in published}
    assert {e["status"] for e in published} == {"published"}
    two = (await tt.get(EVENTS, params={"status": "draft,sales_closed"})).json()["data"]
    assert {e["id"] for e in two} == {seed.DRAFT_EVENT, seed.SALES_CLOSED_EVENT}
    bad = await tt.get(EVENTS, params={"status": "PUBLISHED"})
    assert bad.status_code == 400


async def test_events_filter_by_start_and_end_range(tt, sim, clock):
    now = int(clock.now())
    upcoming = (await tt.get(EVENTS, params={"start_at.gte": now})).json()["data"]
    assert seed.PAST_EVENT not in {e["id"] for e in upcoming}
    assert all(e["start"]["unix"] >= now for e in upcoming)
    past = (await tt.get(EVENTS, params={"end_at.lt": now})).json()["data"]
    assert [e["id"] for e in past] == [seed.PAST_EVENT]
    start = sim.event(seed.GBP_EVENT)["start"]["unix"]
    exact = (await tt.get(EVENTS, params={"start_at": start})).json()["data"]
    assert [e["id"] for e in exact] == [seed.GBP_EVENT]
    assert (await tt.get(EVENTS, params={"start_at.gt": "soon"})).status_code == 400


async def test_cursor_pagination_walks_both_ways(tt):
    # Ascending ids; `next` continues after the highest id and is written as live: relative
    # to /v1, filters echoed with "_" for ".", unknown parameters (page) dropped.
    first = (await tt.get(EVENTS, params={"limit": 4, "page": 1})).json()
    assert [e["id"] for e in first["data"]] == ["ev_1001", "ev_1002", "ev_1003", "ev_1004"]
    assert first["links"] == {"next": "/events?starting_after=ev_1004&limit=4", "previous": None}
    second = (await tt.get(EVENTS, params={"limit": 4, "starting_after": "ev_1004"})).json()
    assert [e["id"] for e in second["data"]] == ["ev_1005", "ev_1006", "ev_1007", "ev_1008"]
    assert second["links"]["previous"] == "/events?ending_before=ev_1005"
    last = (await tt.get(EVENTS, params={"limit": 4, "starting_after": "ev_1008"})).json()
    assert [e["id"] for e in last["data"]] == ["ev_1009", "ev_1010"]
    assert last["links"]["next"] is None
    back = (await tt.get(EVENTS, params={"limit": 4, "ending_before": "ev_1005"})).json()
    assert [e["id"] for e in back["data"]] == ["ev_1001", "ev_1002", "ev_1003", "ev_1004"]
    assert back["links"]["previous"] is None
    filtered = (
        await tt.get(EVENTS, params={"limit": 1, "status": "published", "start_at.gte": 0})
    ).json()
    assert filtered["links"]["next"] == (
        "/events?starting_after=ev_1001&limit=1&status=published&start_at_gte=0"
    )


@pytest.mark.parametrize("limit", ["0", "101", "ten"])
async def test_limit_outside_1_to_100_is_refused(tt, limit):
    assert (await tt.get(EVENTS, params={"limit": limit})).status_code == 400


async def test_large_catalogue_pages_by_100(sim, tt):
    sim.seed_large_catalogue(250)
    seen, after = [], None
    while True:
        params = {"limit": 100} | ({"starting_after": after} if after else {})
        page = (await tt.get(EVENTS, params=params)).json()
        seen += [e["id"] for e in page["data"]]
        if page["links"]["next"] is None:
            break
        after = page["data"][-1]["id"]
    assert len(seen) == len(set(seen)) == 260


async def test_event_object_has_string_booleans_minor_units_and_local_offsets(sim, tt):
    event = (await tt.get(f"{EVENTS}/{seed.GBP_EVENT}")).json()
    assert event["object"] == "event" and event["currency"] == "gbp"
    assert event["tickets_available"] == "true" and event["hidden"] == "false"
    assert event["timezone"] == "Europe/London"
    assert event["start"]["timezone"] == "+01:00"  # June: British Summer Time
    assert event["start"]["iso"].endswith("+01:00") and event["start"]["time"] == "19:30"
    general = ticket_type(sim, seed.GBP_EVENT, seed.GENERAL_TT)
    assert (general["price"], general["booking_fee"]) == (2500, 150)
    jpy = (await tt.get(f"{EVENTS}/{seed.JPY_EVENT}")).json()
    assert jpy["currency"] == "jpy" and jpy["start"]["timezone"] == "+09:00"
    assert (await tt.get(f"{EVENTS}/ev_1")).status_code == 404


def test_seed_covers_every_ticket_type_status_and_the_documented_codes(sim):
    types = {t["id"]: t for t in sim.event(seed.GBP_EVENT)["ticket_types"]}
    statuses = {t["status"] for t in types.values()}
    assert statuses >= {"on_sale", "sold_out", "unavailable", "hidden", "admin_only", "locked"}
    assert types[seed.SECRET_TT]["access_code"] == seed.SECRET_CODE == "CREW2026"
    assert types[seed.HIDDEN_CODE_TT]["status"] == "hidden"
    assert types[seed.HIDDEN_CODE_TT]["access_code"] == seed.HIDDEN_CODE
    assert (types[seed.LIMITED_TT]["min_per_order"], types[seed.LIMITED_TT]["max_per_order"]) == (
        1,
        2,
    )
    sold_out = types[seed.SOLD_OUT_TT]
    assert sold_out["quantity_issued"] == sold_out["quantity_total"]
    group = sim.event(seed.GBP_EVENT)["ticket_groups"][0]
    assert group["id"] == seed.FAMILY_GROUP and group["max_per_order"] == 6
    assert {types[i]["group_id"] for i in group["ticket_ids"]} == {seed.FAMILY_GROUP}
    assert sim.event(seed.FREE_EVENT)["ticket_types"][0]["price"] == 0
    assert sim.event(seed.DRAFT_EVENT)["status"] == "draft"
    assert sim.event(seed.SALES_CLOSED_EVENT)["tickets_available"] == "false"
    assert sim.event(seed.CANCELLED_EVENT)["unavailable"] == "true"
    assert sim.event(seed.SOLD_OUT_EVENT)["tickets_available"] == "false"
    assert sim.event(seed.PAST_EVENT)["tickets_available"] == "false"  # it is over


def test_tickets_stop_being_available_when_the_event_ends(sim, clock):
    assert sim.event(seed.GBP_EVENT)["tickets_available"] == "true"
    clock.set(sim.event(seed.GBP_EVENT)["end"]["unix"])
    assert sim.event(seed.GBP_EVENT)["tickets_available"] == "false"


# -- holds ------------------------------------------------------------------------------------


async def test_hold_reserves_inventory_and_delete_releases_it(sim, tt):
    before = ticket_type(sim, seed.GBP_EVENT, seed.GENERAL_TT)
    created = await hold(tt, {seed.GENERAL_TT: 2, seed.CONCESSION_TT: 1}, note="Sale 42")
    assert created.status_code == 201
    body = created.json()
    assert body["id"].startswith("ho_") and body["note"] == "Sale 42"
    assert body["total_on_hold"] == 3
    assert {q["ticket_type_id"]: q["quantity"] for q in body["quantities"]} == {
        seed.GENERAL_TT: 2,
        seed.CONCESSION_TT: 1,
    }
    after = ticket_type(sim, seed.GBP_EVENT, seed.GENERAL_TT)
    assert after["quantity_held"] == before["quantity_held"] + 2
    assert sim.event(seed.GBP_EVENT)["total_holds"] == 1
    assert (await tt.get(f"/v1/holds/{body['id']}")).json() == body

    deleted = await tt.delete(f"/v1/holds/{body['id']}")
    assert deleted.json() == {"id": body["id"], "deleted": "true"}
    assert (
        ticket_type(sim, seed.GBP_EVENT, seed.GENERAL_TT)["quantity_held"]
        == before["quantity_held"]
    )
    assert (await tt.get(f"/v1/holds/{body['id']}")).status_code == 404
    assert (await tt.delete(f"/v1/holds/{body['id']}")).status_code == 404


async def test_over_reserving_is_refused_naming_the_type_and_changes_nothing(sim, tt):
    # Meet & Greet has 10 in total; General is fine, so a partial hold must not happen.
    refused = await hold(tt, {seed.GENERAL_TT: 1, seed.LIMITED_TT: 11})
    assert refused.status_code == 422
    assert refused.json()["message"] == "Not enough tickets available for Meet & Greet"
    assert ticket_type(sim, seed.GBP_EVENT, seed.GENERAL_TT)["quantity_held"] == 0
    assert (await tt.get("/v1/holds")).json()["data"] == []
    assert (await hold(tt, {seed.SOLD_OUT_TT: 1})).status_code == 422


async def test_availability_counts_issued_held_and_basket_tickets(sim, tt):
    general = ticket_type(sim, seed.GBP_EVENT, seed.GENERAL_TT)
    free = general["quantity_total"] - general["quantity_issued"] - general["quantity_in_baskets"]
    assert (await hold(tt, {seed.GENERAL_TT: free})).status_code == 201
    assert (await hold(tt, {seed.GENERAL_TT: 1})).status_code == 422
    assert (await issue(tt, ticket_type_id=seed.GENERAL_TT)).status_code == 422


@pytest.mark.parametrize(
    ("data", "status"),
    [
        ({"note": "n", f"ticket_type_id[{seed.GENERAL_TT}]": "1"}, 400),  # no event_id
        ({"event_id": seed.GBP_EVENT, "note": "n"}, 400),  # no ticket types
        ({"event_id": seed.GBP_EVENT, f"ticket_type_id[{seed.GENERAL_TT}]": "-1"}, 400),
        ({"event_id": seed.GBP_EVENT, f"ticket_type_id[{seed.GENERAL_TT}]": "0"}, 400),
        ({"event_id": "ev_404", f"ticket_type_id[{seed.GENERAL_TT}]": "1"}, 404),
        ({"event_id": seed.GBP_EVENT, f"ticket_type_id[{seed.FREE_TT}]": "1"}, 422),
    ],
)
async def test_bad_hold_requests(tt, data, status):
    assert (await tt.post("/v1/holds", data=data)).status_code == status


async def test_a_json_body_counts_as_no_parameters(tt):
    response = await tt.post(
        "/v1/holds",
        json={"event_id": seed.GBP_EVENT, "ticket_type_id": {seed.GENERAL_TT: 1}},
    )
    assert response.status_code == 400
    assert "event_id" in response.json()["message"]


async def test_admin_holds_are_allowed_on_any_type_and_event_status(tt):
    for event_id, type_id in [
        (seed.GBP_EVENT, seed.ADMIN_ONLY_TT),
        (seed.GBP_EVENT, seed.SECRET_TT),
        (seed.DRAFT_EVENT, seed.DRAFT_TT),
        (seed.SALES_CLOSED_EVENT, seed.SALES_CLOSED_TT),
    ]:
        assert (await hold(tt, {type_id: 1}, event_id=event_id)).status_code == 201


async def test_holds_list_filters_by_event(tt):
    a = (await hold(tt, {seed.GENERAL_TT: 1})).json()["id"]
    b = (await hold(tt, {seed.FREE_TT: 1}, event_id=seed.FREE_EVENT)).json()["id"]
    everything = (await tt.get("/v1/holds")).json()["data"]
    assert [h["id"] for h in everything] == [a, b]  # ascending ids, as live lists
    only = (await tt.get("/v1/holds", params={"event_id": seed.FREE_EVENT})).json()["data"]
    assert [h["id"] for h in only] == [b]


# -- issued tickets ---------------------------------------------------------------------------


async def test_issuing_from_a_hold_moves_one_ticket_from_held_to_issued(sim, tt):
    held = (await hold(tt, {seed.GENERAL_TT: 2})).json()
    before = ticket_type(sim, seed.GBP_EVENT, seed.GENERAL_TT)
    response = await issue(
        tt, ticket_type_id=seed.GENERAL_TT, hold_id=held["id"], email="a@x.org", reference="S-1"
    )
    assert response.status_code == 201
    ticket = response.json()
    assert ticket["id"].startswith("it_") and ticket["source"] == "api"
    assert (ticket["status"], ticket["checked_in"]) == ("valid", "false")
    assert (ticket["reference"], ticket["email"]) == ("S-1", "a@x.org")
    assert ticket["ticket_type_id"] == seed.GENERAL_TT and ticket["event_id"] == seed.GBP_EVENT
    after = ticket_type(sim, seed.GBP_EVENT, seed.GENERAL_TT)
    assert after["quantity_held"] == before["quantity_held"] - 1
    assert after["quantity_issued"] == before["quantity_issued"] + 1
    now_held = (await tt.get(f"/v1/holds/{held['id']}")).json()
    assert now_held["total_on_hold"] == 1
    assert now_held["quantities"] == [{"ticket_type_id": seed.GENERAL_TT, "quantity": 1}]

    await issue(tt, ticket_type_id=seed.GENERAL_TT, hold_id=held["id"])
    emptied = (await tt.get(f"/v1/holds/{held['id']}")).json()
    assert emptied["total_on_hold"] == 0  # still exists until deleted
    refused = await issue(tt, ticket_type_id=seed.GENERAL_TT, hold_id=held["id"])
    assert refused.status_code == 422
    assert ticket_type(sim, seed.GBP_EVENT, seed.GENERAL_TT)["quantity_issued"] == (
        before["quantity_issued"] + 2
    )


async def test_issuing_a_type_that_is_not_in_the_hold_is_refused(tt):
    held = (await hold(tt, {seed.GENERAL_TT: 1})).json()
    refused = await issue(tt, ticket_type_id=seed.CONCESSION_TT, hold_id=held["id"])
    assert refused.status_code == 422


async def test_issuing_from_inventory_and_the_required_fields(sim, tt):
    ok = await issue(tt, ticket_type_id=seed.FREE_TT, event_id=seed.FREE_EVENT)
    assert ok.status_code == 201
    assert ticket_type(sim, seed.FREE_EVENT, seed.FREE_TT)["quantity_issued"] == 1
    assert (await issue(tt, ticket_type_id=seed.GENERAL_TT, full_name="")).status_code == 400
    assert (await issue(tt, ticket_type_id=None)).status_code == 400
    assert (await issue(tt, ticket_type_id=seed.FREE_TT)).status_code == 422  # wrong event
    assert (await issue(tt, ticket_type_id=seed.SOLD_OUT_TT)).status_code == 422


async def test_barcodes_are_unique_and_long_enough(tt):
    barcodes = set()
    for _ in range(40):
        ticket = (await issue(tt, ticket_type_id=seed.GENERAL_TT)).json()
        assert len(ticket["barcode"]) >= 8 and ticket["barcode"].isalnum()
        barcodes.add(ticket["barcode"])
    assert len(barcodes) == 40


async def test_issued_tickets_list_filters(tt):
    mine = (
        await issue(tt, ticket_type_id=seed.GENERAL_TT, reference="REF-1", email="ada@example.org")
    ).json()
    by_ref = (await tt.get("/v1/issued_tickets", params={"reference": "REF-1"})).json()["data"]
    assert [t["id"] for t in by_ref] == [mine["id"]]
    by_code = await tt.get("/v1/issued_tickets", params={"barcode": seed.VALID_BARCODE})
    assert by_code.json()["data"][0]["barcode"] == seed.VALID_BARCODE
    unknown = await tt.get("/v1/issued_tickets", params={"barcode": "NOPE"})
    assert unknown.json()["data"] == []
    voided = await tt.get("/v1/issued_tickets", params={"status": "voided"})
    assert [t["barcode"] for t in voided.json()["data"]] == [seed.VOIDED_BARCODE]
    per_event = await tt.get(
        "/v1/issued_tickets", params={"event_id": seed.SOLD_OUT_EVENT, "limit": 100}
    )
    assert len(per_event.json()["data"]) == 40
    by_email = await tt.get("/v1/issued_tickets", params={"email": "ada@example.org"})
    assert [t["id"] for t in by_email.json()["data"]] == [mine["id"]]


async def test_void_returns_the_ticket_to_sale(sim, tt):
    ticket = (await issue(tt, ticket_type_id=seed.LIMITED_TT)).json()
    before = ticket_type(sim, seed.GBP_EVENT, seed.LIMITED_TT)["quantity_issued"]
    voided = await tt.post(f"/v1/issued_tickets/{ticket['id']}/void")
    assert voided.status_code == 200
    assert voided.json()["status"] == "voided" and voided.json()["voided_at"] is not None
    assert ticket_type(sim, seed.GBP_EVENT, seed.LIMITED_TT)["quantity_issued"] == before - 1
    again = await tt.post(f"/v1/issued_tickets/{ticket['id']}/void")
    assert again.status_code == 422
    assert (await tt.get(f"/v1/issued_tickets/{ticket['id']}")).json()["status"] == "voided"


async def test_void_to_hold_keeps_the_place_in_a_new_hold(sim, tt):
    ticket = (await issue(tt, ticket_type_id=seed.LIMITED_TT)).json()
    await tt.post(f"/v1/issued_tickets/{ticket['id']}/void", data={"void_to_hold": "true"})
    holds = (await tt.get("/v1/holds")).json()["data"]
    assert holds[0]["quantities"] == [{"ticket_type_id": seed.LIMITED_TT, "quantity": 1}]
    assert ticket_type(sim, seed.GBP_EVENT, seed.LIMITED_TT)["quantity_held"] == 1


# -- check-ins --------------------------------------------------------------------------------


async def test_check_in_once_then_already_checked_in(tt):
    ticket = (await issue(tt, ticket_type_id=seed.GENERAL_TT)).json()
    first = await tt.post("/v1/check_ins", data={"issued_ticket_id": ticket["id"], "quantity": "1"})
    assert first.status_code == 201
    assert first.json()["issued_ticket_id"] == ticket["id"]
    assert first.json()["id"].startswith("ch_")
    assert (await tt.get(f"/v1/issued_tickets/{ticket['id']}")).json()["checked_in"] == "true"
    second = await tt.post(
        "/v1/check_ins", data={"issued_ticket_id": ticket["id"], "quantity": "1"}
    )
    assert second.status_code == 422
    assert second.json()["message"] == "Ticket is already checked in"
    listed = (await tt.get("/v1/check_ins", params={"event_id": seed.GBP_EVENT})).json()["data"]
    assert listed[-1]["id"] == first.json()["id"]  # ascending ids: the newest is last


async def test_seeded_checked_in_and_voided_tickets_are_refused_at_the_door(tt):
    async def ticket_id(barcode):
        found = await tt.get("/v1/issued_tickets", params={"barcode": barcode})
        return found.json()["data"][0]["id"]

    checked = await ticket_id(seed.CHECKED_IN_BARCODE)
    voided = await ticket_id(seed.VOIDED_BARCODE)
    for target, message in [
        (checked, "Ticket is already checked in"),
        (voided, "Ticket is voided"),
    ]:
        response = await tt.post(
            "/v1/check_ins", data={"issued_ticket_id": target, "quantity": "1"}
        )
        assert (response.status_code, response.json()["message"]) == (422, message)
    missing = await tt.post("/v1/check_ins", data={"issued_ticket_id": checked})
    assert missing.status_code == 400


async def test_form_lists_and_maps_are_parsed(sim):
    from boxoffice.sim.router import Request
    from boxoffice.sim.tt_params import parse_form

    body = httpx.QueryParams([("a[]", "1"), ("a[]", "2"), ("m[x]", "3"), ("m[y]", "4"), ("s", "v")])
    request = Request(
        "POST",
        "/",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
        body=str(body).encode(),
    )
    assert parse_form(request) == {"a": ["1", "2"], "m": {"x": "3", "y": "4"}, "s": "v"}
