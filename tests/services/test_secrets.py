"""API keys: keyring storage, env overrides, missing and hanging keyrings, no leaks."""

from __future__ import annotations

import logging
import threading

import keyring
import keyring.backend
import keyring.errors
import pytest
from keyring.backends import chainer, fail, null

from boxoffice.services import secrets
from boxoffice.services.secrets import (
    BTCPAY_API_KEY,
    TICKETTAILOR_API_KEY,
    KeyringUnavailableError,
    SecretStore,
)

BTC_KEY = "0123456789abcdef0123456789abcdef01234567"
TT_KEY = "sk_1000_1000_TestTestTest"


class HangingKeyring(keyring.backend.KeyringBackend):
    """A keyring whose every call blocks, like an unanswered unlock prompt."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def get_password(self, service, username):
        self.release.wait(30)
        return None

    def set_password(self, service, username, password):
        self.release.wait(30)

    def delete_password(self, service, username):
        self.release.wait(30)


class LockedKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def get_password(self, service, username):
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service, username, password):
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    def delete_password(self, service, username):
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")


async def test_set_get_delete_through_the_keyring(memory_keyring):
    store = SecretStore()
    assert await store.get(BTCPAY_API_KEY) is None
    await store.set(BTCPAY_API_KEY, f"  {BTC_KEY}\n")
    assert memory_keyring.secrets[("boxoffice", "btcpay-api-key")] == BTC_KEY
    assert await store.get("btcpay-api-key") == BTC_KEY
    await store.delete(BTCPAY_API_KEY)
    assert await store.get(BTCPAY_API_KEY) is None
    await store.delete(BTCPAY_API_KEY)  # deleting what is not there is fine


def test_sync_versions_for_the_command_line(memory_keyring):
    secrets.set_sync(TICKETTAILOR_API_KEY, TT_KEY)
    assert memory_keyring.secrets[("boxoffice", "tickettailor-api-key")] == TT_KEY
    assert secrets.get_sync("tickettailor-api-key") == TT_KEY
    secrets.delete_sync(TICKETTAILOR_API_KEY)
    assert secrets.get_sync(TICKETTAILOR_API_KEY) is None


async def test_module_level_async_api(memory_keyring):
    await secrets.set(BTCPAY_API_KEY, BTC_KEY)
    assert await secrets.get(BTCPAY_API_KEY) == BTC_KEY
    await secrets.delete(BTCPAY_API_KEY)
    assert await secrets.get(BTCPAY_API_KEY) is None


async def test_environment_wins_over_the_keyring(monkeypatch, memory_keyring):
    store = SecretStore()
    await store.set(TICKETTAILOR_API_KEY, "sk_1_1_fromkeyring")
    monkeypatch.setenv("BOXOFFICE_TICKETTAILOR_API_KEY", "sk_2_2_fromenv")
    assert await store.get(TICKETTAILOR_API_KEY) == "sk_2_2_fromenv"
    assert store.get_sync(TICKETTAILOR_API_KEY) == "sk_2_2_fromenv"
    assert store.from_environment(TICKETTAILOR_API_KEY) == "BOXOFFICE_TICKETTAILOR_API_KEY"
    assert store.from_environment(BTCPAY_API_KEY) is None


async def test_environment_works_without_any_keyring(monkeypatch):
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setenv("BOXOFFICE_BTCPAY_API_KEY", BTC_KEY)
    assert await SecretStore().get(BTCPAY_API_KEY) == BTC_KEY


@pytest.mark.parametrize(
    "backend",
    [fail.Keyring(), null.Keyring(), chainer.ChainerBackend.__new__(chainer.ChainerBackend)],
)
async def test_no_keyring_says_to_use_the_environment_variable(backend, monkeypatch):
    if isinstance(backend, chainer.ChainerBackend):
        monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    store = SecretStore(backend=backend)
    assert not store.available()
    with pytest.raises(KeyringUnavailableError, match="BOXOFFICE_BTCPAY_API_KEY"):
        await store.get(BTCPAY_API_KEY)
    with pytest.raises(KeyringUnavailableError, match="BOXOFFICE_TICKETTAILOR_API_KEY"):
        store.set_sync(TICKETTAILOR_API_KEY, TT_KEY)


async def test_a_hanging_keyring_times_out_async():
    hanging = HangingKeyring()
    store = SecretStore(backend=hanging, timeout=0.2)
    try:
        with pytest.raises(KeyringUnavailableError) as caught:
            await store.get(BTCPAY_API_KEY)
        assert "did not answer" in str(caught.value)
        assert "BOXOFFICE_BTCPAY_API_KEY" in str(caught.value)
        with pytest.raises(KeyringUnavailableError):
            await store.set(BTCPAY_API_KEY, BTC_KEY)
    finally:
        hanging.release.set()


def test_a_hanging_keyring_times_out_sync():
    hanging = HangingKeyring()
    store = SecretStore(backend=hanging, timeout=0.2)
    try:
        with pytest.raises(KeyringUnavailableError, match="BOXOFFICE_TICKETTAILOR_API_KEY"):
            store.get_sync(TICKETTAILOR_API_KEY)
    finally:
        hanging.release.set()


async def test_a_locked_keyring_is_put_in_words():
    store = SecretStore(backend=LockedKeyring())
    with pytest.raises(KeyringUnavailableError, match="locked") as caught:
        await store.get(BTCPAY_API_KEY)
    assert "BOXOFFICE_BTCPAY_API_KEY" in str(caught.value)


async def test_keys_never_appear_in_logs_or_errors(caplog, memory_keyring):
    caplog.set_level(logging.DEBUG)
    store = SecretStore()
    await store.set(BTCPAY_API_KEY, BTC_KEY)
    await store.get(BTCPAY_API_KEY)
    await store.delete(BTCPAY_API_KEY)
    locked = SecretStore(backend=LockedKeyring())
    with pytest.raises(KeyringUnavailableError) as caught:
        await locked.set(BTCPAY_API_KEY, BTC_KEY)
    assert BTC_KEY not in str(caught.value)
    assert BTC_KEY not in caplog.text
    assert "BTCPay API key" in caplog.text  # the logging did happen, naming the key, not its value
    assert BTC_KEY not in repr(store)


def test_empty_value_is_refused(memory_keyring):
    with pytest.raises(ValueError, match="empty"):
        SecretStore().set_sync(BTCPAY_API_KEY, "   ")
    assert memory_keyring.secrets == {}


def test_backend_names_for_the_dialog():
    assert secrets.describe_backend(fail.Keyring()) == "none found"
    assert "disabled" in secrets.describe_backend(null.Keyring())
    try:
        from keyring.backends import SecretService

        assert "Secret Service" in secrets.describe_backend(SecretService.Keyring())
    except ImportError:  # pragma: no cover - SecretStorage not installed
        pass
    from keyring.backends import macOS

    assert secrets.describe_backend(macOS.Keyring.__new__(macOS.Keyring)) == "macOS Keychain"


async def test_probe_says_which_keyring_without_blocking_the_loop(memory_keyring):
    assert await SecretStore().probe() == (True, secrets.describe_backend(memory_keyring))
    assert await SecretStore(backend=fail.Keyring()).probe() == (False, "none found")


async def test_probe_of_a_keyring_that_never_answers_counts_it_missing(monkeypatch):
    release = threading.Event()

    def stuck_lookup():
        release.wait(30)  # keyring choosing its backend, stuck on D-Bus
        return fail.Keyring()

    monkeypatch.setattr(keyring, "get_keyring", stuck_lookup)
    try:
        assert await SecretStore(timeout=0.2).probe() == (False, "not answering")
    finally:
        release.set()
