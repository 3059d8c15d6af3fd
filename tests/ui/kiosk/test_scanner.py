"""The barcode scanner filter: a fast burst ending in Enter is a scan, swallowed whole; a person
typing reaches the focused widget untouched."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget

from boxoffice.domain.catalogue import access_code_from
from boxoffice.ui.kiosk.scanner import BarcodeScanner


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def scanner(qapp, clock):
    filter_ = BarcodeScanner(clock=clock)
    qapp.installEventFilter(filter_)
    yield filter_
    qapp.removeEventFilter(filter_)


@pytest.fixture
def screen(qtbot):
    """A window with a line edit and a button; the line edit has the focus."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    edit = QLineEdit()
    push = QPushButton("Pay")
    push.setAutoDefault(True)  # Enter on a focused auto-default button presses it
    layout.addWidget(edit)
    layout.addWidget(push)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    return window, edit, push


class KeySpy(QObject):
    """Records the key events its watched widget receives."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[QEvent.Type, str]] = []

    def eventFilter(self, watched, event) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            self.seen.append((event.type(), event.text()))
        return False


def press(key: int, text: str = "") -> None:
    """Send a key press and its release to the focus widget, as the keyboard would."""
    target = QApplication.focusWidget()
    assert target is not None
    modifiers = Qt.KeyboardModifier.NoModifier
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(target, QKeyEvent(kind, key, modifiers, text))


def type_text(clock: FakeClock, text: str, *, gap: float, enter: bool = True) -> None:
    for ch in text:
        clock.now += gap
        press(Qt.Key.Key_A if ch.isalpha() else Qt.Key.Key_Period, ch)
    if enter:
        clock.now += gap
        press(Qt.Key.Key_Return)


def test_a_fast_burst_is_a_scan_and_types_nothing(qtbot, scanner, clock, screen):
    _, edit, _ = screen
    seen: list[str] = []
    scanner.scanned.connect(seen.append)
    type_text(clock, "CREW2024", gap=0.005)
    assert seen == ["CREW2024"]
    assert edit.text() == ""


def test_a_scanned_link_yields_its_access_code(qtbot, scanner, clock, screen):
    _, edit, _ = screen
    seen: list[str] = []
    scanner.scanned.connect(seen.append)
    type_text(clock, "https://www.tickettailor.com/events/x/1?accessCode=CREW", gap=0.004)
    assert [access_code_from(text) for text in seen] == ["CREW"]
    assert edit.text() == ""


def test_slow_typing_reaches_the_field_and_is_no_scan(qtbot, scanner, clock, screen):
    _, edit, _ = screen
    seen: list[str] = []
    scanner.scanned.connect(seen.append)
    returned: list[bool] = []
    edit.returnPressed.connect(lambda: returned.append(True))
    type_text(clock, "ada.lovelace", gap=0.150)
    assert edit.text() == "ada.lovelace"
    assert returned == [True]  # the person's Enter reached the field
    assert seen == []


def test_a_pause_delivers_the_held_keys_without_enter(qtbot, scanner, clock, screen):
    _, edit, _ = screen
    type_text(clock, "ab", gap=0.005, enter=False)  # a fast pair, then nothing
    assert edit.text() == ""  # held while it could still be a scan
    clock.now += 1.0
    qtbot.waitUntil(lambda: edit.text() == "ab", timeout=2000)


def test_a_short_fast_burst_is_a_person(qtbot, scanner, clock, screen):
    _, edit, _ = screen
    seen: list[str] = []
    scanner.scanned.connect(seen.append)
    type_text(clock, "abc", gap=0.005)
    assert edit.text() == "abc" and seen == []


def test_the_scanners_enter_does_not_press_a_focused_button(qtbot, scanner, clock, screen):
    _, _, push = screen
    push.setFocus()
    qtbot.waitUntil(push.hasFocus)
    clicks: list[bool] = []
    push.clicked.connect(lambda: clicks.append(True))
    seen: list[str] = []
    scanner.scanned.connect(seen.append)
    type_text(clock, "CREW2024", gap=0.005)
    assert seen == ["CREW2024"] and clicks == []
    # A person's Enter still presses it.
    clock.now += 1.0
    press(Qt.Key.Key_Return)
    assert clicks == [True]


def test_held_keys_arrive_in_order_with_their_releases(qtbot, scanner, clock, screen):
    _, edit, _ = screen
    spy = KeySpy()
    edit.installEventFilter(spy)
    type_text(clock, "xy", gap=0.005)  # fast but short: replayed at Enter
    assert [(k, t) for k, t in spy.seen if t] == [
        (QEvent.Type.KeyPress, "x"),
        (QEvent.Type.KeyRelease, "x"),
        (QEvent.Type.KeyPress, "y"),
        (QEvent.Type.KeyRelease, "y"),
    ]
    assert edit.text() == "xy"
