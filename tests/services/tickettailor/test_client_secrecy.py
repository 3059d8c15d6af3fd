"""The Ticket Tailor key never shows: not in the client's repr, its errors, or the logs."""

from __future__ import annotations

import json

import httpx
import pytest

from boxoffice.services.errors import ServiceError, UnavailableError, ValidationError
from boxoffice.services.http import RetryPolicy
from boxoffice.services.tickettailor.client import TicketTailorClient
from tests.services.tickettailor.examples import API_KEY, ODD_KEY, tt_error


@pytest.mark.parametrize("key", [API_KEY, ODD_KEY])
async def test_the_key_is_not_in_repr_or_str_of_the_client(key):
    async with TicketTailorClient(key) as tt:
        assert key not in repr(tt)
        assert key not in str(tt)


def _assert_secret(error: BaseException, key: str) -> None:
    texts = [str(error), repr(error), *map(str, error.args)]
    if isinstance(error, ServiceError):
        texts.append(error.detail)
    if isinstance(error, ValidationError):
        texts.extend(p.message for p in error.problems)
    for text in texts:
        assert key not in text


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(401, json=tt_error(401, f"Invalid API key {ODD_KEY}")),
        httpx.Response(403, json=tt_error(403, f"Key {ODD_KEY} is not an admin key")),
        httpx.Response(404, text=f"unknown key {ODD_KEY}"),
        httpx.Response(
            422, json=tt_error(422, "bad", errors=[{"field": "k", "message": f"bad {ODD_KEY}"}])
        ),
        httpx.Response(429, json=tt_error(429, ODD_KEY)),
        httpx.Response(500, json={"error_code": ODD_KEY}),
    ],
)
async def test_the_key_is_not_in_any_error(api, odd_client, response):
    api.get("/v1/ping").mock(return_value=response)
    with pytest.raises(ServiceError) as caught:
        await odd_client.ping()
    _assert_secret(caught.value, ODD_KEY)


@pytest.mark.parametrize("key", [API_KEY, ODD_KEY])
async def test_the_key_is_not_in_a_connection_error(api, sleeps, key):
    api.get("/v1/ping").mock(side_effect=httpx.ConnectError(f"proxy refused user {key}"))
    async with TicketTailorClient(key, retry=RetryPolicy(sleep=sleeps)) as tt:
        with pytest.raises(UnavailableError) as caught:
            await tt.ping()
    _assert_secret(caught.value, key)


async def test_the_key_is_not_logged(api, client, caplog):
    caplog.set_level("DEBUG")
    api.get("/v1/ping").mock(
        side_effect=[
            httpx.Response(500, json=tt_error(500, f"oops {API_KEY}")),
            httpx.Response(200, json={}),
        ]
    )
    await client.ping()
    assert len(caplog.records) >= 2
    assert API_KEY not in caplog.text
    assert json.dumps(API_KEY)[1:-1] not in caplog.text
