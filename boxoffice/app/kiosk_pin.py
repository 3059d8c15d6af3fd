"""The kiosk's staff PIN: a salted slow hash, the rules for a PIN, and growing lockouts.

Only the hash is ever stored (`kiosk_pin_hash` in the settings file): scrypt with a random
salt, written as `scrypt$n$r$p$salt_b64$hash_b64`. There is no default PIN: a kiosk without
one refuses to start (`pin_from` raises `PinNotSet` with the words to show). For unattended
set-ups and tests the PIN may come, in plain, from `BOXOFFICE_KIOSK_PIN`; it is hashed in
memory at once and the plain text is not kept. The reasons are `Words` (the settings dialog
translates them; the command line prints their English).

scrypt takes tens of milliseconds by design, so the window checks a PIN with
`verify_pin_async` (an executor thread, with a timeout), never on the GUI thread. No PIN, salt
or hash ever goes into a log line or an exception's text.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
import hmac
import os
import secrets
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from boxoffice.words import translate

if TYPE_CHECKING:
    from boxoffice.app.settings.till import Settings

#: The environment variable holding a plain PIN (unattended set-ups and tests).
PIN_ENV = "BOXOFFICE_KIOSK_PIN"
MIN_DIGITS = 4
MAX_DIGITS = 12

SCHEME = "scrypt"
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
HASH_BYTES = 32
# A hand-edited settings file must not make one check take minutes or gigabytes: scrypt's
# memory is 128 * n * r bytes, so the cost parameters a stored hash may ask for are bounded.
_MAX_N = 2**17
_MAX_R = 16
_MAX_P = 4
_MAX_MEMORY = 256 * 1024 * 1024

#: How long `verify_pin_async` waits for the executor before giving up.
VERIFY_TIMEOUT = 10.0


class PinError(ValueError):
    """A PIN that does not fit the rules, or a kiosk without a usable PIN; `str()` is a plain
    sentence that never contains the PIN or its hash."""


class PinNotSet(PinError):
    """Kiosk mode cannot start: no staff PIN is set (or the one set cannot be used)."""


def pin_problem(pin: str) -> str:
    """Why `pin` cannot be a staff PIN, in words; "" when it can."""
    if not pin.isascii() or not pin.isdigit():
        return translate(
            "KioskPin", "A staff PIN is made of digits only, {low} to {high} of them."
        ).format(low=MIN_DIGITS, high=MAX_DIGITS)
    if not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        return translate("KioskPin", "A staff PIN has {low} to {high} digits.").format(
            low=MIN_DIGITS, high=MAX_DIGITS
        )
    return ""


def hash_pin(pin: str) -> str:
    """The stored form of `pin` (a fresh random salt each time); PinError for a bad PIN."""
    problem = pin_problem(pin)
    if problem:
        raise PinError(problem)
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, HASH_BYTES)
    return "$".join((SCHEME, str(SCRYPT_N), str(SCRYPT_R), str(SCRYPT_P), _b64(salt), _b64(digest)))


def stored_problem(stored: str) -> str:
    """Why `stored` is not a usable PIN hash, in words that never quote it; "" when it is."""
    return _parse(stored)[1]


def verify_pin(pin: str, stored: str) -> bool:
    """Whether `pin` is the PIN `stored` was made from. Never raises: a malformed `stored`
    is plain False (`stored_problem` says why), and the comparison takes constant time."""
    parsed, _problem = _parse(stored)
    if parsed is None or pin_problem(pin):
        return False
    n, r, p, salt, expected = parsed
    try:
        digest = _scrypt(pin, salt, n, r, p, len(expected))
    except (ValueError, MemoryError):  # parameters OpenSSL refuses on this machine
        return False
    return hmac.compare_digest(digest, expected)


async def verify_pin_async(pin: str, stored: str, *, within: float = VERIFY_TIMEOUT) -> bool:
    """`verify_pin` on an executor thread, so the GUI loop does not stall for scrypt.

    Raises `TimeoutError` when the check takes longer than `within` seconds (a starved machine);
    the caller says "try again" rather than counting it as a wrong PIN.
    """
    loop = asyncio.get_running_loop()
    # A closure, not (verify_pin, pin, stored): an executor may log a call's arguments (qasync
    # does at DEBUG), and neither the PIN nor the hash may reach a log. Only a bool comes back.
    return await asyncio.wait_for(
        loop.run_in_executor(None, lambda: verify_pin(pin, stored)), within
    )


def pin_from(settings: Settings, environ: Mapping[str, str] | None = None) -> str:
    """The staff PIN's hash for this kiosk: `BOXOFFICE_KIOSK_PIN` (hashed now), else the
    settings' `kiosk_pin_hash`. Raises `PinNotSet`, a sentence to show, when neither is usable.
    """
    environ = os.environ if environ is None else environ
    plain = environ.get(PIN_ENV, "").strip()
    if plain:
        if pin_problem(plain):
            raise PinNotSet(_environment_problem(plain))
        return hash_pin(plain)
    stored = settings.kiosk_pin_hash
    if not stored:
        raise PinNotSet(
            translate(
                "KioskPin",
                "Kiosk mode needs a staff PIN, and none is set, so the kiosk does not start. "
                "Set a PIN in the settings (Kiosk) or in the environment variable {variable}, "
                "then start it again.",
            ).format(variable=PIN_ENV)
        )
    problem = stored_problem(stored)
    if problem:
        raise PinNotSet(
            translate(
                "KioskPin",
                "The staff PIN saved in the settings cannot be used ({problem}), so the kiosk "
                "does not start. Set the PIN again, or set {variable}.",
            ).format(problem=problem, variable=PIN_ENV)
        )
    return stored


def _environment_problem(pin: str) -> str:
    """Why the PIN of `BOXOFFICE_KIOSK_PIN` cannot be used (it breaks a rule of `pin_problem`)."""
    if not pin.isascii() or not pin.isdigit():
        words = translate(
            "KioskPin",
            "{variable} cannot be used as the staff PIN: a staff PIN is made of digits only, "
            "{low} to {high} of them.",
        )
    else:
        words = translate(
            "KioskPin",
            "{variable} cannot be used as the staff PIN: a staff PIN has {low} to {high} digits.",
        )
    return words.format(variable=PIN_ENV, low=MIN_DIGITS, high=MAX_DIGITS)


def has_pin(settings: Settings, environ: Mapping[str, str] | None = None) -> bool:
    """Whether a usable staff PIN is set (what the settings dialog shows: set / not set)."""
    try:
        pin_from(settings, environ)
    except PinNotSet:
        return False
    return True


class PinLock:
    """How many wrong PINs in a row, and until when the pad stays locked.

    The first `free_attempts` wrong PINs cost nothing; the one that reaches that count locks
    the pad for `first_lock` seconds, and each further wrong PIN locks it for twice as long
    as the one before, up to `longest_lock`. The right PIN starts the count again. `clock`
    gives seconds (monotonic); tests pass their own so that no test sleeps.
    """

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.monotonic,
        free_attempts: int = 3,
        first_lock: float = 30.0,
        longest_lock: float = 15 * 60.0,
    ) -> None:
        self._clock = clock
        self._free = free_attempts
        self._first = first_lock
        self._longest = longest_lock
        self.failures = 0
        self._until = 0.0

    def remaining(self) -> float:
        """Seconds until a PIN may be tried again; 0 when it may now."""
        return max(0.0, self._until - self._clock())

    def locked(self) -> bool:
        return self.remaining() > 0

    def attempts_left(self) -> int:
        """Wrong PINs that can still be made before the pad locks (0: the next one locks it)."""
        return max(0, self._free - 1 - self.failures)

    def failed(self) -> float:
        """Count a wrong PIN; the seconds the pad is now locked for (0: not locked)."""
        self.failures += 1
        if self.failures < self._free:
            return 0.0
        wait = min(self._first * 2 ** (self.failures - self._free), self._longest)
        self._until = self._clock() + wait
        return wait

    def succeeded(self) -> None:
        """The right PIN: forget the wrong ones."""
        self.failures = 0
        self._until = 0.0


# -- internals --------------------------------------------------------------------------------


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("ascii"), salt=salt, n=n, r=r, p=p, dklen=length, maxmem=_MAX_MEMORY
    )


def _parse(stored: object) -> tuple[tuple[int, int, int, bytes, bytes] | None, str]:
    """(n, r, p, salt, hash) of a stored value, or None and why not (never quoting it)."""
    if not isinstance(stored, str) or not stored.strip():
        return None, translate("KioskPin", "no PIN hash is stored")
    parts = stored.strip().split("$")
    if len(parts) != 6 or parts[0] != SCHEME:
        return None, translate(
            "KioskPin", "the stored PIN is not in the scrypt$n$r$p$salt$hash form"
        )
    try:
        n, r, p = (int(part) for part in parts[1:4])
    except ValueError:
        return None, translate("KioskPin", "the stored PIN's scrypt parameters are not numbers")
    if not (1 < n <= _MAX_N and n & (n - 1) == 0 and 1 <= r <= _MAX_R and 1 <= p <= _MAX_P):
        return None, translate("KioskPin", "the stored PIN's scrypt parameters are out of range")
    try:
        salt = base64.b64decode(parts[4], validate=True)
        digest = base64.b64decode(parts[5], validate=True)
    except (binascii.Error, ValueError):
        return None, translate("KioskPin", "the stored PIN's salt or hash is not base64")
    if len(salt) < SALT_BYTES or len(digest) < 16:
        return None, translate("KioskPin", "the stored PIN's salt or hash is too short")
    return (n, r, p, salt, digest), ""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
