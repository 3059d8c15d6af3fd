"""The PIN pad: a wrong PIN is refused, repeated wrong PINs lock it, the right one is accepted."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from boxoffice.app.kiosk_pin import PinLock, hash_pin
from boxoffice.ui.kiosk.pin_pad import PinPad
from boxoffice.ui.resources import apply_style
from tests.ui.conftest import run_until

PIN = "2468"
STORED = hash_pin(PIN)


class FakeClock:
    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def pad(qapp, qtbot, loop, clock):
    # Its keys' size is the application's style sheet's, as in the app (put back afterwards:
    # tests/ui/conftest.py).
    apply_style(qapp)
    widget = PinPad(STORED, lock=PinLock(clock=clock))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def key(pad: QWidget, name: str) -> QPushButton:
    found = pad.findChild(QPushButton, name)
    assert found is not None, name
    return found


def message(pad: PinPad) -> str:
    found = pad.findChild(QLabel, "pinMessage")
    assert found is not None
    return found.text()


def tap_pin(qtbot, pad: PinPad, pin: str) -> None:
    for digit in pin:
        qtbot.mouseClick(key(pad, f"pinKey{digit}"), Qt.MouseButton.LeftButton)


def tap_ok(qtbot, loop, pad: PinPad) -> None:
    qtbot.mouseClick(key(pad, "pinOk"), Qt.MouseButton.LeftButton)
    run_until(loop, lambda: not pad.checking, message="the PIN checked")


def test_every_key_is_there_and_big_enough(pad):
    names = [f"pinKey{d}" for d in range(10)] + ["pinBackspace", "pinOk", "pinCancel"]
    for name in names:
        button = key(pad, name)
        assert button.width() >= 48 and button.height() >= 48, name
        assert button.accessibleName(), name


def test_dots_show_how_many_digits_but_not_which(qtbot, pad):
    tap_pin(qtbot, pad, "246")
    dots = pad.findChild(QLabel, "pinDots")
    assert dots is not None
    assert dots.text().count("●") == 3
    assert "2" not in dots.text() and "2" not in dots.accessibleName().replace("3", "")
    qtbot.mouseClick(key(pad, "pinBackspace"), Qt.MouseButton.LeftButton)
    assert pad.typed == 2


def test_ok_waits_for_four_digits(qtbot, pad):
    tap_pin(qtbot, pad, "246")
    assert not key(pad, "pinOk").isEnabled()
    pad.submit()
    assert "at least 4" in message(pad)
    assert not pad.checking


def test_the_right_pin_is_accepted(qtbot, loop, pad):
    accepted = []
    pad.accepted.connect(lambda: accepted.append(True))
    tap_pin(qtbot, pad, PIN)
    tap_ok(qtbot, loop, pad)
    assert accepted == [True]
    assert pad.typed == 0


def test_a_wrong_pin_is_refused(qtbot, loop, pad):
    accepted = []
    pad.accepted.connect(lambda: accepted.append(True))
    tap_pin(qtbot, pad, "1357")
    tap_ok(qtbot, loop, pad)
    assert accepted == []
    assert "Wrong PIN" in message(pad)
    assert pad.typed == 0
    assert key(pad, "pinKey1").isEnabled()


def test_three_wrong_pins_lock_the_pad_then_it_opens_again(qtbot, loop, pad, clock):
    for _ in range(3):
        tap_pin(qtbot, pad, "1357")
        tap_ok(qtbot, loop, pad)
    assert "Try again in 30 s" in message(pad)
    assert all(not key(pad, f"pinKey{d}").isEnabled() for d in range(10))
    assert not key(pad, "pinOk").isEnabled()
    assert key(pad, "pinCancel").isEnabled()  # staff may still walk away
    tap_pin(qtbot, pad, PIN)  # ignored while locked
    assert pad.typed == 0
    clock.now += 12
    pad.refresh_lock()
    assert "Try again in 18 s" in message(pad)
    clock.now += 18
    pad.refresh_lock()
    assert key(pad, "pinKey1").isEnabled()
    assert not pad.lock_timer.isActive()
    # The next wrong one locks for twice as long; the right one still works after that.
    tap_pin(qtbot, pad, "1357")
    tap_ok(qtbot, loop, pad)
    assert "Try again in 1 min 0 s" in message(pad)
    clock.now += 60
    pad.refresh_lock()
    accepted = []
    pad.accepted.connect(lambda: accepted.append(True))
    tap_pin(qtbot, pad, PIN)
    tap_ok(qtbot, loop, pad)
    assert accepted == [True]
    assert pad.lock.failures == 0


def test_physical_keys_work_too(qtbot, loop, pad):
    accepted = []
    pad.accepted.connect(lambda: accepted.append(True))
    qtbot.keyClicks(pad, "24689")
    qtbot.keyClick(pad, Qt.Key.Key_Backspace)
    assert pad.typed == 4
    qtbot.keyClick(pad, Qt.Key.Key_Return)
    run_until(loop, lambda: accepted, message="accepted")


def test_cancel(qtbot, pad):
    cancelled = []
    pad.cancelled.connect(lambda: cancelled.append(True))
    tap_pin(qtbot, pad, "12")
    qtbot.mouseClick(key(pad, "pinCancel"), Qt.MouseButton.LeftButton)
    assert cancelled == [True]
    assert pad.typed == 0


def test_the_check_runs_off_the_gui_thread(qtbot, loop, pad, monkeypatch):
    from boxoffice.app import kiosk_pin

    threads = []
    real = kiosk_pin.verify_pin

    def spy(pin: str, stored: str) -> bool:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(pin, stored)

    monkeypatch.setattr(kiosk_pin, "verify_pin", spy)
    tap_pin(qtbot, pad, PIN)
    tap_ok(qtbot, loop, pad)
    assert threads == [False]


def test_a_check_that_times_out_is_not_a_wrong_pin(qtbot, loop, clock):
    async def slow(pin: str, stored: str) -> bool:
        raise TimeoutError

    pad = PinPad(STORED, lock=PinLock(clock=clock), verify=slow)
    qtbot.addWidget(pad)
    pad.show()
    tap_pin(qtbot, pad, "1357")
    tap_ok(qtbot, loop, pad)
    assert "could not be checked" in message(pad)
    assert pad.lock.failures == 0
    assert key(pad, "pinKey1").isEnabled()
