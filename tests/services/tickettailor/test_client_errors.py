"""How the Ticket Tailor client turns refusals, timeouts and unreadable answers into errors."""

from __future__ import annotations

import httpx
import pytest

from boxoffice.services.errors import (
    AuthenticationError,
    FieldProblem,
    MalformedResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitedError,
    UnavailableError,
    ValidationError,
)
from tests.services.tickettailor.examples import EVENT, tt_error


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


async def test_a_malformed_event_in_a_response_raises(api, client):
    api.get("/v1/events/ev_1").respond(json={"object": "event", "name": "No id"})
    with pytest.raises(MalformedResponseError, match="an event without id"):
        await client.get_event("ev_1")
