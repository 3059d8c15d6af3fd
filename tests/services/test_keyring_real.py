"""The API keys in a real Secret Service (GNOME Keyring under a private D-Bus session).

Run by the CI script under dbus-run-session with an unlocked gnome-keyring-daemon; skipped
elsewhere so that no test touches a developer's own keyring.
"""

from __future__ import annotations

import os
import uuid

import keyring
import pytest

from boxoffice.services.secrets import BTCPAY_API_KEY, SecretStore

pytestmark = [
    pytest.mark.keyring,
    pytest.mark.skipif(
        os.environ.get("BOXOFFICE_REAL_KEYRING") != "1",
        reason="needs BOXOFFICE_REAL_KEYRING=1 and a throw-away Secret Service",
    ),
]


async def test_round_trip_through_the_secret_service(monkeypatch):
    from keyring.backends import SecretService

    previous = keyring.get_keyring()
    keyring.set_keyring(SecretService.Keyring())
    monkeypatch.delenv("BOXOFFICE_BTCPAY_API_KEY", raising=False)
    store = SecretStore(timeout=20)
    assert "Secret Service" in store.describe_backend()
    value = uuid.uuid4().hex + "abcdefgh"
    try:
        await store.set(BTCPAY_API_KEY, value)
        # Read back through a fresh backend object: the value really is in the daemon.
        assert SecretService.Keyring().get_password("boxoffice", "btcpay-api-key") == value
        assert await store.get(BTCPAY_API_KEY) == value
        assert store.get_sync(BTCPAY_API_KEY) == value
        await store.delete(BTCPAY_API_KEY)
        assert await store.get(BTCPAY_API_KEY) is None
    finally:
        store.delete_sync(BTCPAY_API_KEY)
        keyring.set_keyring(previous)
