"""The staff PIN: scrypt hashes, PIN rules, lockouts, where the PIN comes from, kiosk settings."""

from __future__ import annotations

import asyncio
import base64
import logging

import pytest

from boxoffice.app import kiosk_pin
from boxoffice.app.kiosk_pin import (
    PIN_ENV,
    PinError,
    PinLock,
    PinNotSet,
    has_pin,
    hash_pin,
    pin_from,
    pin_problem,
    stored_problem,
    verify_pin,
    verify_pin_async,
)
from boxoffice.app.settings.declarations import KIOSK
from boxoffice.app.settings.kinds import SettingError
from boxoffice.app.settings.till import Settings


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# -- hashing ------------------------------------------------------------------------------------


def test_a_hash_verifies_its_pin_only():
    stored = hash_pin("2468")
    assert verify_pin("2468", stored)
    assert not verify_pin("2469", stored)
    assert not verify_pin("24680", stored)
    assert not verify_pin("", stored)


def test_the_hash_is_scrypt_with_a_fresh_salt_and_never_holds_the_pin():
    first, second = hash_pin("135790"), hash_pin("135790")
    assert first != second  # a random salt each time
    scheme, n, r, p, salt, digest = first.split("$")
    assert (scheme, n, r, p) == ("scrypt", str(2**14), "8", "1")
    assert len(base64.b64decode(salt)) == 16
    assert len(base64.b64decode(digest)) == 32
    assert "135790" not in first


@pytest.mark.parametrize("pin", ["123", "1234567890123", "12a4", "", " 1234", "١٢٣٤", "12.4"])
def test_pins_are_four_to_twelve_ascii_digits(pin):
    assert pin_problem(pin)
    with pytest.raises(PinError) as caught:
        hash_pin(pin)
    assert pin.strip() == "" or pin not in str(caught.value)


@pytest.mark.parametrize("pin", ["1234", "000000000000", "0042"])
def test_good_pins(pin):
    assert pin_problem(pin) == ""
    assert verify_pin(pin, hash_pin(pin))


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "nonsense",
        "bcrypt$16384$8$1$AAAA$AAAA",
        "scrypt$16384$8$1$not base64!$AAAA",
        "scrypt$x$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAA==",
        "scrypt$1000$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAA==",  # not a power of 2
        "scrypt$1073741824$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAA==",  # too costly
        "scrypt$16384$8$1$AAAA$AAAAAAAAAAAAAAAAAAAAAA==",  # salt too short
    ],
)
def test_a_malformed_hash_is_plain_false_with_words_that_do_not_quote_it(stored, caplog):
    caplog.set_level(logging.DEBUG)
    assert verify_pin("1234", stored) is False
    problem = stored_problem(stored)
    assert problem
    assert "AAAA" not in problem and "nonsense" not in problem
    assert caplog.text == ""


def test_a_good_hash_has_no_problem():
    assert stored_problem(hash_pin("1234")) == ""


def test_verification_runs_off_the_loop_thread():
    import threading

    seen = []
    real = kiosk_pin.verify_pin

    def spy(pin, stored):
        seen.append(threading.current_thread() is threading.main_thread())
        return real(pin, stored)

    stored = hash_pin("9876")
    kiosk_pin.verify_pin = spy  # type: ignore[assignment]
    try:
        assert asyncio.run(verify_pin_async("9876", stored)) is True
        assert asyncio.run(verify_pin_async("9875", stored)) is False
    finally:
        kiosk_pin.verify_pin = real  # type: ignore[assignment]
    assert seen == [False, False]


def test_a_slow_verification_times_out():
    import threading

    release = threading.Event()
    real = kiosk_pin.verify_pin
    kiosk_pin.verify_pin = lambda pin, stored: release.wait(5) and False  # type: ignore[assignment]
    try:
        with pytest.raises(TimeoutError):
            asyncio.run(verify_pin_async("1234", "x", within=0.05))
    finally:
        release.set()
        kiosk_pin.verify_pin = real  # type: ignore[assignment]


# -- the lock -----------------------------------------------------------------------------------


def test_three_wrong_pins_lock_for_thirty_seconds_then_twice_as_long_each_time():
    clock = FakeClock()
    lock = PinLock(clock=clock)
    assert lock.attempts_left() == 2
    assert lock.failed() == 0
    assert lock.failed() == 0
    assert lock.attempts_left() == 0
    assert not lock.locked()
    assert lock.failed() == 30
    assert lock.locked() and lock.remaining() == 30
    clock.now += 29.5
    assert lock.locked()
    clock.now += 0.5
    assert not lock.locked()
    waits = []
    for _ in range(8):
        waits.append(lock.failed())
        clock.now += lock.remaining()
    assert waits == [60, 120, 240, 480, 900, 900, 900, 900]


def test_the_right_pin_starts_the_count_again():
    clock = FakeClock()
    lock = PinLock(clock=clock)
    for _ in range(3):
        lock.failed()
    clock.now += 31
    lock.succeeded()
    assert not lock.locked()
    assert lock.failed() == 0
    assert lock.attempts_left() == 1


# -- where the PIN comes from -------------------------------------------------------------------


def test_no_pin_anywhere_refuses_the_kiosk_in_plain_words():
    settings = Settings(environ={})
    with pytest.raises(PinNotSet) as caught:
        pin_from(settings, {})
    assert "needs a staff PIN" in str(caught.value)
    assert PIN_ENV in str(caught.value)
    assert not has_pin(settings, {})


def test_the_pin_from_the_settings_is_the_saved_hash():
    stored = hash_pin("5555")
    settings = Settings({"kiosk_pin_hash": stored}, environ={})
    assert pin_from(settings, {}) == stored
    assert has_pin(settings, {})


def test_a_plain_pin_from_the_environment_is_hashed_at_once_and_wins():
    settings = Settings({"kiosk_pin_hash": hash_pin("5555")}, environ={})
    stored = pin_from(settings, {PIN_ENV: " 8080 "})
    assert "8080" not in stored
    assert verify_pin("8080", stored)
    assert not verify_pin("5555", stored)


def test_a_bad_pin_in_the_environment_is_refused_without_quoting_it():
    with pytest.raises(PinNotSet) as caught:
        pin_from(Settings(environ={}), {PIN_ENV: "12x"})
    assert PIN_ENV in str(caught.value)
    assert "12x" not in str(caught.value)


def test_a_damaged_saved_hash_refuses_the_kiosk_without_quoting_it():
    damaged = "scrypt$16384$8$1$c2FsdHNhbHQ=$aGFzaA=="
    settings = Settings({"kiosk_pin_hash": damaged}, environ={})
    with pytest.raises(PinNotSet) as caught:
        pin_from(settings, {})
    assert "c2FsdHNhbHQ" not in str(caught.value)
    assert "cannot be used" in str(caught.value)


# -- the kiosk's settings -----------------------------------------------------------------------


def test_kiosk_settings_defaults():
    settings = Settings(environ={})
    assert settings.kiosk is False
    assert settings.kiosk_pin_hash == ""
    assert settings.kiosk_idle_seconds == 60
    assert settings.kiosk_done_seconds == 90
    assert settings.kiosk_welcome == ""
    assert settings.kiosk_logo == ""
    kiosk = [s.key for s in Settings.declarations() if s.group == KIOSK]
    assert kiosk == [
        "kiosk",
        "kiosk_pin_hash",
        "kiosk_idle_seconds",
        "kiosk_done_seconds",
        "kiosk_welcome",
        "kiosk_logo",
    ]
    assert Settings.declaration("kiosk_pin_hash").read_only


def test_kiosk_settings_from_the_environment():
    settings = Settings(environ={"BOXOFFICE_KIOSK": "yes", "BOXOFFICE_KIOSK_IDLE_SECONDS": "120"})
    assert settings.kiosk is True
    assert settings.kiosk_idle_seconds == 120
    assert settings.env_override("kiosk_idle_seconds") == "BOXOFFICE_KIOSK_IDLE_SECONDS"
    assert settings.problems == []


def test_an_idle_time_under_fifteen_seconds_is_refused():
    settings = Settings(environ={"BOXOFFICE_KIOSK_IDLE_SECONDS": "5"})
    assert settings.kiosk_idle_seconds == 60
    assert any("BOXOFFICE_KIOSK_IDLE_SECONDS" in problem for problem in settings.problems)
    with pytest.raises(SettingError):
        settings.kiosk_idle_seconds = 14


def test_the_hash_is_saved_and_read_back(tmp_path):
    path = tmp_path / "settings.json"
    settings = Settings.load(path, environ={})
    stored = hash_pin("4321")
    settings.kiosk_pin_hash = stored
    settings.kiosk = True
    settings.save()
    again = Settings.load(path, environ={})
    assert again.kiosk is True
    assert verify_pin("4321", again.kiosk_pin_hash)
    assert "4321" not in path.read_text()


def test_neither_the_pin_nor_the_hash_is_handed_to_the_executor():
    """Executors may log a call's arguments (qasync does at DEBUG): only a closure goes."""
    handed: list[tuple] = []

    class Recording(asyncio.SelectorEventLoop):
        def run_in_executor(self, executor, func, *args):
            handed.append((repr(func), *map(repr, args)))
            return super().run_in_executor(executor, func, *args)

    stored = hash_pin("86420")
    loop = Recording()
    try:
        assert loop.run_until_complete(verify_pin_async("86420", stored)) is True
    finally:
        loop.close()
    assert handed
    words = " ".join(" ".join(call) for call in handed)
    assert "86420" not in words
    assert stored not in words and stored.split("$")[-2] not in words  # nor its salt
