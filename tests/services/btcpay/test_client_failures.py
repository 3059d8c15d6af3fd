"""How the BTCPay client turns failures into errors: refusals, retries, unreadable answers."""

from __future__ import annotations

import json

import httpx
import pytest

from boxoffice.services.errors import (
    AuthenticationError,
    MalformedResponseError,
    NotFoundError,
    RateLimitedError,
    UnavailableError,
)
from tests.services.btcpay.answers import (
    INVOICE_ID,
    INVOICE_PATH,
    STORE_ID,
    STORE_PATH,
    invoice_json,
    problem_json,
    store_json,
)


async def test_unauthenticated(api, client):
    api.get("/api/v1/api-keys/current").respond(
        401, json=problem_json("unauthenticated", "ApiKey authentication failed: Unknown API Key")
    )
    with pytest.raises(AuthenticationError) as caught:
        await client.current_api_key()
    assert caught.value.code == "unauthenticated"
    assert "Unknown API Key" in str(caught.value)


async def test_unsupported_in_v2_is_not_found(api, client):
    api.get(STORE_PATH).respond(
        410, json=problem_json("unsupported-in-v2", "This route is not supported in 2.0")
    )
    with pytest.raises(NotFoundError) as caught:
        await client.get_store()
    assert caught.value.code == "unsupported-in-v2"
    assert caught.value.status == 410


async def test_read_is_retried_on_5xx_then_succeeds(api, client, sleeps):
    route = api.get(INVOICE_PATH).mock(
        side_effect=[
            httpx.Response(502, text="<html>Bad Gateway</html>"),
            httpx.Response(500, json=problem_json("generic-error", "boom")),
            httpx.Response(200, json=invoice_json()),
        ]
    )
    invoice = await client.get_invoice(INVOICE_ID)
    assert invoice.id == INVOICE_ID
    assert route.call_count == 3
    assert len(sleeps.delays) == 2


async def test_read_gives_up_after_the_policy_attempts(api, client, sleeps):
    route = api.get(INVOICE_PATH).respond(503)
    with pytest.raises(UnavailableError) as caught:
        await client.get_invoice(INVOICE_ID)
    assert route.call_count == 3
    assert len(sleeps.delays) == 2
    assert caught.value.status == 503


async def test_read_is_retried_after_a_timeout(api, client, sleeps):
    route = api.get(STORE_PATH).mock(
        side_effect=[httpx.ConnectTimeout("slow"), httpx.Response(200, json=store_json())]
    )
    store = await client.get_store()
    assert store.id == STORE_ID
    assert route.call_count == 2
    assert len(sleeps.delays) == 1


async def test_rate_limited_read_waits_as_told(api, client, sleeps):
    api.get(STORE_PATH).mock(
        side_effect=[
            httpx.Response(429, headers={"Retry-After": "2"}),
            httpx.Response(200, json=store_json()),
        ]
    )
    await client.get_store()
    assert sleeps.delays == [2.0]


async def test_rate_limited_write_is_not_retried(api, client, sleeps):
    route = api.post(f"{INVOICE_PATH}/status").respond(429, headers={"Retry-After": "5"})
    with pytest.raises(RateLimitedError) as caught:
        await client.mark_invoice_status(INVOICE_ID, "Invalid")
    assert caught.value.retry_after == 5.0
    assert route.call_count == 1
    assert sleeps.delays == []


async def test_html_page_from_a_proxy_is_malformed(api, client):
    api.get("/api/v1/server/info").respond(200, html="<html><body>Please log in</body></html>")
    with pytest.raises(MalformedResponseError) as caught:
        await client.server_info()
    assert "not JSON" in str(caught.value)


async def test_invalid_json_is_malformed(api, client):
    api.get(INVOICE_PATH).respond(
        200, content=b'{"id": "X", "amount": ', headers={"Content-Type": "application/json"}
    )
    with pytest.raises(MalformedResponseError):
        await client.get_invoice(INVOICE_ID)


@pytest.mark.parametrize(
    "body",
    [
        [invoice_json()],  # a list where an object belongs
        invoice_json(amount="twelve"),
        invoice_json(amount="NaN"),
        invoice_json(createdTime="yesterday"),
        invoice_json(expirationTime="Infinity"),
        invoice_json(metadata=["not", "an", "object"]),
        {"storeId": STORE_ID},  # no id
    ],
)
async def test_unreadable_invoice_is_malformed(api, client, body):
    api.get(INVOICE_PATH).respond(json=body)
    with pytest.raises(MalformedResponseError) as caught:
        await client.get_invoice(INVOICE_ID)
    assert "could not be read" in str(caught.value)


async def test_an_infinite_time_is_malformed_not_an_overflow(api, client):
    # JSON `1e999` decodes to infinity, which no whole number of seconds can hold.
    body = json.dumps(invoice_json(createdTime=0)).replace(
        '"createdTime": 0', '"createdTime": 1e999'
    )
    api.get(INVOICE_PATH).respond(
        200, content=body.encode(), headers={"Content-Type": "application/json"}
    )
    with pytest.raises(MalformedResponseError) as caught:
        await client.get_invoice(INVOICE_ID)
    assert "createdTime" in str(caught.value)


async def test_payment_methods_that_are_not_a_list_are_malformed(api, client):
    api.get(f"{INVOICE_PATH}/payment-methods").respond(json={"BTC": {"enabled": True}})
    with pytest.raises(MalformedResponseError):
        await client.get_payment_methods(INVOICE_ID)


async def test_unknown_route_empty_404(api, client):
    api.get(STORE_PATH).respond(404)
    with pytest.raises(NotFoundError) as caught:
        await client.get_store()
    assert caught.value.code is None
    assert "Not Found" in str(caught.value)
