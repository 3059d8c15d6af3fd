"""The BTCPay client's authentication, the secrecy of its key, and the server and store it reads."""

from __future__ import annotations

import logging
from decimal import Decimal

import httpx
import pytest

from boxoffice.services.btcpay.client import BTCPayClient
from boxoffice.services.btcpay.pairing import POS_PERMISSIONS
from boxoffice.services.btcpay.payment_methods import classify_payment_method
from boxoffice.services.errors import AuthenticationError, UnavailableError
from tests.services.btcpay.answers import (
    API_KEY,
    BASE,
    INVOICE_ID,
    INVOICE_PATH,
    STORE_ID,
    STORE_PATH,
    api_key_json,
    invoice_json,
    problem_json,
    server_info_json,
    store_json,
)

# -- authentication and secrecy --------------------------------------------------------------------


async def test_every_request_authenticates_with_token_scheme(api, client):
    routes = [
        api.get("/api/v1/server/info").respond(json=server_info_json()),
        api.get(STORE_PATH).respond(json=store_json()),
        api.get(INVOICE_PATH).respond(json=invoice_json()),
        api.post(f"{STORE_PATH}/invoices").respond(json=invoice_json()),
    ]
    await client.server_info()
    await client.get_store()
    await client.get_invoice(INVOICE_ID)
    await client.create_invoice(amount=Decimal("12.50"), currency="GBP", metadata={})
    for route in routes:
        # 1.x accepts only "token"; "Bearer" would be refused there (reference §2).
        assert route.calls.last.request.headers["Authorization"] == f"token {API_KEY}"


async def test_api_key_never_shows_in_repr_errors_or_logs(api, client, caplog):
    caplog.set_level(logging.DEBUG)
    assert API_KEY not in repr(client)
    assert API_KEY not in str(client)
    assert STORE_ID in repr(client)
    # A server (or proxy) that echoes the key back in its message.
    api.get(STORE_PATH).respond(
        401, json=problem_json("unauthenticated", f"Unknown API Key {API_KEY}")
    )
    with pytest.raises(AuthenticationError) as caught:
        await client.get_store()
    api.get("/api/v1/server/info").mock(side_effect=httpx.ConnectError(f"token {API_KEY}"))
    with pytest.raises(UnavailableError) as unreachable:
        await client.server_info()
    for error in (caught.value, unreachable.value):
        assert API_KEY not in str(error)
        assert API_KEY not in repr(error)
        assert all(API_KEY not in str(arg) for arg in error.args)
    assert "retrying" in caplog.text  # the retries were logged...
    assert API_KEY not in caplog.text  # ...without the key


async def test_current_api_key_reads_permissions_and_drops_the_key_itself(api, client):
    api.get("/api/v1/api-keys/current").respond(json=api_key_json())
    info = await client.current_api_key()
    assert info.label == "Box Office"
    assert info.permissions == tuple(f"{p}:{STORE_ID}" for p in POS_PERMISSIONS[:3])
    assert info.store_ids == {STORE_ID}
    assert API_KEY not in repr(info)
    assert API_KEY not in str(vars(info))


def test_constructor_rejects_missing_key_or_store():
    with pytest.raises(ValueError):
        BTCPayClient(BASE, "  ", STORE_ID)
    with pytest.raises(ValueError):
        BTCPayClient(BASE, API_KEY, "")


# -- server and store ------------------------------------------------------------------------------


async def test_server_info_2x(api, client):
    api.get("/api/v1/server/info").respond(json=server_info_json())
    info = await client.server_info()
    assert info.version == "2.4.1"
    assert info.supported_payment_methods == ("BTC-CHAIN", "BTC-LN", "BTC-LNURL")
    assert info.fully_synched is True
    assert not info.is_v1


async def test_server_info_1x_with_internal_ids_and_unknown_fields(api, client):
    api.get("/api/v1/server/info").respond(
        json={
            "version": "1.13.7",
            "supportedPaymentMethods": ["BTC", "BTC_LightningLike", "BTC_LNURLPAY"],
            "fullySynched": False,
            "syncStatus": [{"cryptoCode": "BTC", "available": False}],
            "somethingNew": {"x": 1},
        }
    )
    info = await client.server_info()
    assert info.is_v1
    assert info.fully_synched is False
    assert [classify_payment_method(p) for p in info.supported_payment_methods] == [
        "onchain",
        "lightning",
        "lnurl",
    ]


async def test_get_store_reads_settings(api, client):
    api.get(STORE_PATH).respond(json=store_json())
    store = await client.get_store()
    assert (store.id, store.name, store.default_currency) == (STORE_ID, "Village Hall", "GBP")
    assert (store.invoice_expiration, store.monitoring_expiration) == (900, 86400)
    assert store.speed_policy == "HighSpeed"


async def test_get_store_defaults_when_fields_are_absent(api, client):
    api.get(STORE_PATH).respond(json={"id": STORE_ID, "name": "Bare"})
    store = await client.get_store()
    assert store.invoice_expiration == 900
    assert store.monitoring_expiration == 86400
    assert store.speed_policy is None
