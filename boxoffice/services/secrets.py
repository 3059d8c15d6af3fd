"""The API keys: kept in the OS keyring, or given in environment variables.

Keyring calls block, and a Secret Service unlock prompt may never be answered (a kiosk with no
one at the screen), so every call runs in its own daemon thread and is given up after a timeout.
A daemon thread, rather than the loop's default executor: a call that hangs for ever must not
keep the process from exiting (asyncio.run waits for the default executor on shutdown).

An environment variable (`BOXOFFICE_TICKETTAILOR_API_KEY`, `BOXOFFICE_BTCPAY_API_KEY`) wins over
the keyring, for headless use. Key values are never logged nor put in exception texts.

The keys' labels and help, the keyring's description and the errors' sentences are `Words`
(translated where the window shows them); the names the keyring stores the keys under
(`SERVICE_NAME` and each `SecretSpec.name`) are never words: an existing keyring must go on
finding its keys whatever the language.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
import os
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import chainer, fail, null

from boxoffice.words import joined, translate

log = logging.getLogger(__name__)

T = TypeVar("T")

#: The keyring "service" under which both keys are stored.
SERVICE_NAME = "boxoffice"
#: Seconds to wait for the keyring before telling the user to use the environment instead.
DEFAULT_TIMEOUT = 10.0


@dataclass(frozen=True)
class SecretSpec:
    """One secret: its keyring user name (never translated), its environment variable and its
    words (`label` and `help`, `Words`)."""

    name: str
    env: str
    label: str
    help: str

    def __str__(self) -> str:
        return self.label


TICKETTAILOR_API_KEY = SecretSpec(
    name="tickettailor-api-key",
    env="BOXOFFICE_TICKETTAILOR_API_KEY",
    label=translate("Keyring", "Ticket Tailor API key"),
    help=translate(
        "Keyring",
        "In Ticket Tailor: Box office settings, API, Generate a new key (role Admin, "
        "personal data not hidden). It starts with sk_.",
    ),
)
BTCPAY_API_KEY = SecretSpec(
    name="btcpay-api-key",
    env="BOXOFFICE_BTCPAY_API_KEY",
    label=translate("Keyring", "BTCPay API key"),
    help=translate(
        "Keyring",
        "In BTCPay: Account, API keys, Generate key, with the permissions to view store "
        "settings, create invoices, modify invoices (and modify store settings to e-mail "
        "tickets).",
    ),
)
SECRETS: tuple[SecretSpec, ...] = (TICKETTAILOR_API_KEY, BTCPAY_API_KEY)


def spec(name: str | SecretSpec) -> SecretSpec:
    """The declaration of a secret, by keyring user name ("btcpay-api-key") or itself."""
    if isinstance(name, SecretSpec):
        return name
    for known in SECRETS:
        if known.name == name:
            return known
    raise KeyError(name)


class KeyringUnavailableError(Exception):
    """The OS keyring cannot be used (none installed, locked, or not answering).

    `str()` is a plain sentence that says to set the environment variable instead.
    """

    def __init__(self, message: str, *, secret: SecretSpec | None = None) -> None:
        self.secret = secret
        super().__init__(message)


def _usable(backend: keyring.backend.KeyringBackend) -> bool:
    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return any(_usable(inner) for inner in backend.backends)
    return True


_BACKEND_NAMES = {
    "keyring.backends.SecretService": translate("Keyring", "Secret Service (e.g. GNOME Keyring)"),
    "keyring.backends.libsecret": translate("Keyring", "libsecret (e.g. GNOME Keyring)"),
    "keyring.backends.kwallet": translate("Keyring", "KDE Wallet"),
    "keyring.backends.macOS": translate("Keyring", "macOS Keychain"),
    "keyring.backends.Windows": translate("Keyring", "Windows Credential Manager"),
}
#: What the keyring is asked to do, as the errors' sentences say it.
_VERBS = {
    "read": translate("Keyring", "read"),
    "store": translate("Keyring", "store"),
    "remove": translate("Keyring", "remove"),
}


def describe_backend(backend: keyring.backend.KeyringBackend | None = None) -> str:
    """The keyring in words, for the settings dialog: "macOS Keychain", "none found", ..."""
    backend = backend if backend is not None else keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return translate("Keyring", "none found")
    if isinstance(backend, null.Keyring):
        return translate("Keyring", "none (disabled)")
    if isinstance(backend, chainer.ChainerBackend):
        inner = [describe_backend(b) for b in backend.backends if _usable(b)]
        return joined(*inner, sep=" / ") if inner else translate("Keyring", "none found")
    module = type(backend).__module__
    if module in _BACKEND_NAMES:
        return _BACKEND_NAMES[module]
    return getattr(backend, "name", None) or type(backend).__name__


def _in_daemon_thread(fn: Callable[..., T], *args: Any) -> concurrent.futures.Future[T]:
    future: concurrent.futures.Future[T] = concurrent.futures.Future()

    def run() -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(fn(*args))
        except BaseException as error:
            future.set_exception(error)

    threading.Thread(target=run, name="keyring-call", daemon=True).start()
    return future


class SecretStore:
    """Reads and writes the API keys; `await store.get(TICKETTAILOR_API_KEY)` and friends.

    `get` returns the environment variable when it is set, else the keyring's value, else
    None. `set` and `delete` only touch the keyring. Each method has a `_sync` twin for the
    command line. A missing, locked or hanging keyring raises `KeyringUnavailableError`.
    """

    def __init__(
        self,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        environ: Mapping[str, str] | None = None,
        backend: keyring.backend.KeyringBackend | None = None,
    ) -> None:
        self.timeout = timeout
        self._environ = environ if environ is not None else os.environ
        self._backend = backend

    def __repr__(self) -> str:
        return f"SecretStore(backend={self.describe_backend()!r})"

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        """The keyring in use (looked up on each call, so `keyring.set_keyring` takes effect)."""
        return self._backend if self._backend is not None else keyring.get_keyring()

    def describe_backend(self) -> str:
        """The keyring in words, e.g. "Secret Service (e.g. GNOME Keyring)"."""
        return describe_backend(self.backend)

    def available(self) -> bool:
        """Whether a keyring backend is installed (it may still be locked or hang)."""
        return _usable(self.backend)

    async def probe(self) -> tuple[bool, str]:
        """`available()` and `describe_backend()` off the event loop, within the timeout.

        keyring picks its backend on first use, which may probe D-Bus and block; the window
        asks through this instead. A keyring that does not answer in time counts as missing.
        """

        def look() -> tuple[bool, str]:
            return self.available(), self.describe_backend()

        try:
            return await asyncio.wait_for(
                asyncio.wrap_future(_in_daemon_thread(look)), self.timeout
            )
        except TimeoutError:
            return False, translate("Keyring", "not answering")
        except Exception as error:  # a broken backend is a missing one, in words
            log.warning("the keyring could not be inspected: %s", type(error).__name__)
            return False, translate("Keyring", "not usable")

    def from_environment(self, name: str | SecretSpec) -> str | None:
        """The environment variable that provides this secret right now, or None."""
        secret = spec(name)
        return secret.env if self._environ.get(secret.env, "").strip() else None

    # -- async -------------------------------------------------------------------------------

    async def get(self, name: str | SecretSpec) -> str | None:
        """The secret from the environment or the keyring; None when it is nowhere."""
        secret = spec(name)
        value = self._environ.get(secret.env, "").strip()
        if value:
            return value
        return await self._run_async(secret, "read", self._keyring_get, secret)

    async def set(self, name: str | SecretSpec, value: str) -> None:
        """Store the secret in the keyring (leading and trailing spaces are dropped)."""
        secret = spec(name)
        value = _clean(value, secret)
        await self._run_async(secret, "store", self._keyring_set, secret, value)
        log.info("stored the %s in %s", secret.label, self.describe_backend())

    async def delete(self, name: str | SecretSpec) -> None:
        """Remove the secret from the keyring; nothing happens when it was not there."""
        secret = spec(name)
        await self._run_async(secret, "remove", self._keyring_delete, secret)
        log.info("removed the %s from %s", secret.label, self.describe_backend())

    # -- sync --------------------------------------------------------------------------------

    def get_sync(self, name: str | SecretSpec) -> str | None:
        """`get`, blocking the calling thread (at most `timeout` seconds)."""
        secret = spec(name)
        value = self._environ.get(secret.env, "").strip()
        if value:
            return value
        return self._run_sync(secret, "read", self._keyring_get, secret)

    def set_sync(self, name: str | SecretSpec, value: str) -> None:
        """`set`, blocking the calling thread (at most `timeout` seconds)."""
        secret = spec(name)
        value = _clean(value, secret)
        self._run_sync(secret, "store", self._keyring_set, secret, value)
        log.info("stored the %s in %s", secret.label, self.describe_backend())

    def delete_sync(self, name: str | SecretSpec) -> None:
        """`delete`, blocking the calling thread (at most `timeout` seconds)."""
        secret = spec(name)
        self._run_sync(secret, "remove", self._keyring_delete, secret)
        log.info("removed the %s from %s", secret.label, self.describe_backend())

    # -- plumbing ----------------------------------------------------------------------------

    def _keyring_get(self, secret: SecretSpec) -> str | None:
        value = self.backend.get_password(SERVICE_NAME, secret.name)
        return value or None

    def _keyring_set(self, secret: SecretSpec, value: str) -> None:
        self.backend.set_password(SERVICE_NAME, secret.name, value)

    def _keyring_delete(self, secret: SecretSpec) -> None:
        # PasswordDeleteError means it was not there: the wanted outcome.
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            self.backend.delete_password(SERVICE_NAME, secret.name)

    def _check_backend(self, secret: SecretSpec, verb: str) -> None:
        if not self.available():
            raise KeyringUnavailableError(
                translate(
                    "Keyring",
                    "No keyring is available on this computer to {verb} the {secret}; "
                    "set the environment variable {variable} instead.",
                ).format(verb=_VERBS[verb], secret=secret.label, variable=secret.env),
                secret=secret,
            )

    def _checked_call(self, secret: SecretSpec, verb: str, fn: Callable[..., T], *args: Any) -> T:
        # The check belongs in the worker thread too: the first `keyring.get_keyring()` loads
        # and probes every backend (Secret Service over D-Bus), which can block for a while.
        self._check_backend(secret, verb)
        return fn(*args)

    def _run_sync(self, secret: SecretSpec, verb: str, fn: Callable[..., T], *args: Any) -> T:
        future = _in_daemon_thread(self._checked_call, secret, verb, fn, *args)
        try:
            return future.result(timeout=self.timeout)
        except concurrent.futures.TimeoutError:
            raise self._timed_out(secret, verb) from None
        except KeyringUnavailableError:
            raise
        except Exception as error:
            raise self._failed(secret, verb, error) from None

    async def _run_async(
        self, secret: SecretSpec, verb: str, fn: Callable[..., T], *args: Any
    ) -> T:
        future = asyncio.wrap_future(_in_daemon_thread(self._checked_call, secret, verb, fn, *args))
        try:
            return await asyncio.wait_for(future, self.timeout)
        except TimeoutError:
            raise self._timed_out(secret, verb) from None
        except KeyringUnavailableError:
            raise
        except Exception as error:
            raise self._failed(secret, verb, error) from None

    def _timed_out(self, secret: SecretSpec, verb: str) -> KeyringUnavailableError:
        log.warning("the keyring did not answer within %.0f s", self.timeout)
        return KeyringUnavailableError(
            translate(
                "Keyring",
                "The keyring did not answer within {seconds} seconds when asked to {verb} the "
                "{secret} (is it waiting to be unlocked?); unlock it, or set the environment "
                "variable {variable} instead.",
            ).format(
                seconds=f"{self.timeout:.0f}",
                verb=_VERBS[verb],
                secret=secret.label,
                variable=secret.env,
            ),
            secret=secret,
        )

    def _failed(self, secret: SecretSpec, verb: str, error: Exception) -> KeyringUnavailableError:
        # Only the error's type is logged: a backend's message could quote what it was given.
        log.warning("keyring call failed: %s", type(error).__name__)
        if isinstance(error, keyring.errors.KeyringLocked):
            why = translate("Keyring", "the keyring is locked")
        elif isinstance(error, keyring.errors.NoKeyringError):
            why = translate("Keyring", "no keyring is available on this computer")
        else:
            why = translate("Keyring", "the keyring failed ({kind})").format(
                kind=type(error).__name__
            )
        return KeyringUnavailableError(
            translate(
                "Keyring",
                "Could not {verb} the {secret}: {why}; unlock or set up the keyring, "
                "or set the environment variable {variable} instead.",
            ).format(verb=_VERBS[verb], secret=secret.label, why=why, variable=secret.env),
            secret=secret,
        )


def _clean(value: str, secret: SecretSpec) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(translate("Keyring", "The {secret} is empty.").format(secret=secret.label))
    return value.strip()


#: The store used by the command line and the app.
default_store = SecretStore()


async def get(name: str | SecretSpec) -> str | None:
    """`SecretStore.get` on the default store."""
    return await default_store.get(name)


async def set(name: str | SecretSpec, value: str) -> None:
    """`SecretStore.set` on the default store."""
    await default_store.set(name, value)


async def delete(name: str | SecretSpec) -> None:
    """`SecretStore.delete` on the default store."""
    await default_store.delete(name)


def get_sync(name: str | SecretSpec) -> str | None:
    """`SecretStore.get_sync` on the default store."""
    return default_store.get_sync(name)


def set_sync(name: str | SecretSpec, value: str) -> None:
    """`SecretStore.set_sync` on the default store."""
    default_store.set_sync(name, value)


def delete_sync(name: str | SecretSpec) -> None:
    """`SecretStore.delete_sync` on the default store."""
    default_store.delete_sync(name)
