"""Staff access: the hidden five-tap gesture and Ctrl+Alt+S open the PIN pad, then the menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QVBoxLayout, QWidget

from boxoffice.app.kiosk_pin import hash_pin
from boxoffice.ui.kiosk.pin_pad import PinPad
from boxoffice.ui.kiosk.staff_access import StaffAccess
from boxoffice.ui.kiosk.staff_menu import StaffMenu
from tests.ui.conftest import run_until

PIN = "8642"
STORED = hash_pin(PIN)


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def kiosk(qtbot, loop, clock):
    window = QMainWindow()
    central = QWidget()
    window.setCentralWidget(central)
    central_layout = QVBoxLayout(central)
    window.corner_button = QPushButton("Under the corner")  # type: ignore[attr-defined]
    central_layout.addWidget(window.corner_button, 0, Qt.AlignmentFlag.AlignTop)  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    access = StaffAccess(window, STORED, clock=clock)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    return window, access


def tap_corner(qtbot, window, clock, times: int, every: float) -> None:
    """Tap the window's top-left corner as a finger would (at the widget that is there)."""
    for _ in range(times):
        target = window.childAt(QPoint(10, 10))
        assert target is not None
        qtbot.mouseClick(
            target, Qt.MouseButton.LeftButton, pos=target.mapFrom(window, QPoint(10, 10))
        )
        clock.now += every


def pad_of(window) -> PinPad | None:
    """The PIN pad on screen (one closed a moment ago may not be deleted yet)."""
    shown = [pad for pad in window.findChildren(PinPad, "pinPad") if pad.isVisible()]
    assert len(shown) <= 1
    return shown[0] if shown else None


def menu_of(window) -> StaffMenu | None:
    shown = [menu for menu in window.findChildren(StaffMenu, "staffMenu") if menu.isVisible()]
    assert len(shown) <= 1
    return shown[0] if shown else None


def type_pin(qtbot, loop, pad: PinPad, pin: str) -> None:
    for digit in pin:
        qtbot.mouseClick(pad.findChild(QPushButton, f"pinKey{digit}"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pad.findChild(QPushButton, "pinOk"), Qt.MouseButton.LeftButton)
    run_until(loop, lambda: not pad.checking, message="the PIN checked")


def test_five_quick_taps_in_the_corner_open_the_pin_pad(qtbot, kiosk, clock):
    window, access = kiosk
    pressed = []
    window.corner_button.clicked.connect(lambda: pressed.append(True))
    tap_corner(qtbot, window, clock, 5, every=0.4)
    pad = pad_of(window)
    assert pad is not None
    assert access.is_open
    assert pressed == []  # the taps never pressed what is under the corner


def test_four_taps_do_not(qtbot, kiosk, clock):
    window, access = kiosk
    tap_corner(qtbot, window, clock, 4, every=0.4)
    assert pad_of(window) is None and not access.is_open


def test_five_slow_taps_do_not(qtbot, kiosk, clock):
    window, access = kiosk
    tap_corner(qtbot, window, clock, 5, every=1.0)
    assert pad_of(window) is None and not access.is_open
    tap_corner(qtbot, window, clock, 5, every=0.1)
    assert pad_of(window) is not None


def test_taps_elsewhere_do_nothing(qtbot, kiosk):
    window, access = kiosk
    for _ in range(6):
        qtbot.mouseClick(window.centralWidget(), Qt.MouseButton.LeftButton, pos=QPoint(300, 300))
    assert not access.is_open


def test_ctrl_alt_s_opens_it(qtbot, kiosk):
    window, access = kiosk
    qtbot.keyClick(
        window.corner_button,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    assert pad_of(window) is not None
    assert access.is_open


def test_the_pad_covers_the_central_widget(qtbot, kiosk):
    window, access = kiosk
    access.open_pin_pad()
    assert access.overlay is not None
    assert access.overlay.geometry() == window.centralWidget().rect()
    window.resize(1080, 1920)
    qtbot.waitUntil(lambda: access.overlay.geometry() == window.centralWidget().rect())


def test_the_right_pin_opens_the_staff_menu_and_its_signals_come_through(qtbot, loop, kiosk):
    window, access = kiosk
    modes = []
    access.staffModeChanged.connect(modes.append)
    access.open_pin_pad()
    type_pin(qtbot, loop, pad_of(window), PIN)
    menu = menu_of(window)
    assert menu is not None
    assert menu.findChild(QLabel, "staffModeMarker").isVisible()
    assert modes == [True]
    with qtbot.waitSignal(access.settingsRequested, timeout=1000):
        qtbot.mouseClick(
            menu.findChild(QPushButton, "staffSettingsButton"), Qt.MouseButton.LeftButton
        )
    toggled = []
    access.outOfOrderToggled.connect(toggled.append)
    qtbot.mouseClick(
        menu.findChild(QPushButton, "staffOutOfOrderButton"), Qt.MouseButton.LeftButton
    )
    assert toggled == [True] and access.out_of_order
    with qtbot.waitSignal(access.exitRequested, timeout=1000):
        qtbot.mouseClick(menu.findChild(QPushButton, "staffExitButton"), Qt.MouseButton.LeftButton)
    assert not access.is_open
    assert modes == [True, False]


def test_a_wrong_pin_keeps_the_menu_shut(qtbot, loop, kiosk):
    window, access = kiosk
    access.open_pin_pad()
    type_pin(qtbot, loop, pad_of(window), "1111")
    assert menu_of(window) is None
    assert pad_of(window) is not None


def test_closing_the_pad_does_not_forgive_wrong_pins(qtbot, loop, kiosk, clock):
    window, access = kiosk
    for _ in range(3):
        access.open_pin_pad()
        pad = pad_of(window)
        type_pin(qtbot, loop, pad, "1111")
        qtbot.mouseClick(pad.findChild(QPushButton, "pinCancel"), Qt.MouseButton.LeftButton)
        assert not access.is_open
    access.open_pin_pad()
    pad = pad_of(window)
    assert not pad.findChild(QPushButton, "pinKey1").isEnabled()
    assert "Try again in 30 s" in pad.findChild(QLabel, "pinMessage").text()


def test_the_menu_closes_by_itself(qtbot, loop, kiosk):
    window, access = kiosk
    access.open_pin_pad()
    type_pin(qtbot, loop, pad_of(window), PIN)
    menu = menu_of(window)
    with qtbot.waitSignal(access.closed, timeout=1000):
        menu.idle_timer.timeout.emit()
    assert not access.is_open
