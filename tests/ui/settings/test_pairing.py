"""The pairing listener takes exactly one well-addressed form POST from BTCPay."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from boxoffice.ui.settings.pairing import PairingError, PairingListener


async def test_receives_key_user_and_scoped_permissions():
    listener = PairingListener()
    redirect = await listener.start()
    assert redirect.startswith("http://127.0.0.1:") and "/callback/" in redirect
    waiting = asyncio.create_task(listener.wait(within=5))
    async with httpx.AsyncClient(timeout=5) as client:
        response = await client.post(
            redirect,
            data={
                "apiKey": "a" * 40,
                "userId": "user-1",
                "permissions[]": [
                    "btcpay.store.cancreateinvoice:STORE1",
                    "btcpay.store.canviewstoresettings:STORE1",
                ],
                "__RequestVerificationToken": "ignored",
            },
        )
    assert response.status_code == 200
    assert "connected" in response.text
    result = await waiting
    assert result.api_key == "a" * 40
    assert result.user_id == "user-1"
    assert result.store_ids == ("STORE1",)
    assert "a" * 40 not in repr(result)


async def test_refuses_wrong_state_and_get_then_still_accepts_the_real_post():
    listener = PairingListener()
    redirect = await listener.start()
    waiting = asyncio.create_task(listener.wait(within=5))
    base = redirect.rsplit("/", 1)[0]
    async with httpx.AsyncClient(timeout=5) as client:
        wrong = await client.post(base + "/not-the-state", data={"apiKey": "b" * 40})
        assert wrong.status_code == 404
        browse = await client.get(redirect)
        assert browse.status_code == 405
        empty = await client.post(redirect, data={"userId": "x"})
        assert empty.status_code == 400
        assert not waiting.done()
        ok = await client.post(redirect, data={"apiKey": "c" * 40})
        assert ok.status_code == 200
    assert (await waiting).api_key == "c" * 40


async def test_times_out_with_a_plain_sentence_and_closes():
    listener = PairingListener()
    redirect = await listener.start()
    with pytest.raises(PairingError, match="did not send a key"):
        await listener.wait(within=0.05)
    async with httpx.AsyncClient(timeout=2) as client:
        with pytest.raises(httpx.ConnectError):
            await client.post(redirect, data={"apiKey": "d" * 40})
