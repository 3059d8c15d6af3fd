"""The kiosk lock: no close, no escape keys, no menus or drops; only staff unlock a close."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QContextMenuEvent,
    QDragEnterEvent,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QVBoxLayout, QWidget

from boxoffice.ui.kiosk.lock import KioskLock

Key = Qt.Key
Mod = Qt.KeyboardModifier


class Window(QMainWindow):
    """A window that would close on Escape and show a menu on a right click."""

    def __init__(self) -> None:
        super().__init__()
        central = QWidget()
        self.setCentralWidget(central)
        self.edit = QLineEdit()
        QVBoxLayout(central).addWidget(self.edit)
        self.menus = 0
        self.quit_action = QAction("Quit", self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.addAction(self.quit_action)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Key.Key_Escape:
            self.close()
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.menus += 1


@pytest.fixture
def kiosk(qtbot):
    window = Window()
    qtbot.addWidget(window)
    lock = KioskLock(window)
    lock.show()
    qtbot.waitExposed(window)
    yield window, lock
    lock.unlock()


def test_the_window_is_full_screen_frameless_and_on_top(kiosk):
    window, _lock = kiosk
    assert window.isFullScreen()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert not window.acceptDrops()


def test_close_requests_leave_it_up(kiosk):
    window, _lock = kiosk
    assert window.close() is False
    event = QCloseEvent()
    QApplication.sendEvent(window, event)
    assert not event.isAccepted()
    assert window.isVisible()


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Key.Key_Escape, Mod.NoModifier),
        (Key.Key_F4, Mod.AltModifier),
        (Key.Key_Q, Mod.ControlModifier),
        (Key.Key_W, Mod.ControlModifier),
        (Key.Key_Q, Mod.ControlModifier | Mod.ShiftModifier),
    ],
)
def test_escape_keys_do_nothing(qtbot, kiosk, key, modifiers):
    window, _lock = kiosk
    closed = []
    window.quit_action.triggered.connect(lambda: closed.append(True))
    for target in (window, window.edit):
        qtbot.keyClick(target, key, modifiers)
    assert window.isVisible()
    assert closed == []


def test_other_keys_still_reach_the_widgets(qtbot, kiosk):
    window, _lock = kiosk
    qtbot.keyClicks(window.edit, "qw")
    assert window.edit.text() == "qw"


def test_no_context_menu(kiosk):
    window, _lock = kiosk
    for target in (window, window.edit):
        event = QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, QPoint(5, 5), QPoint(5, 5), Mod.NoModifier
        )
        QApplication.sendEvent(target, event)
    assert window.menus == 0
    assert window.isVisible()


def test_no_drops(kiosk):
    window, _lock = kiosk
    data = QMimeData()
    data.setText("file:///etc/passwd")
    event = QDragEnterEvent(
        QPoint(5, 5), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Mod.NoModifier
    )
    QApplication.sendEvent(window.edit, event)
    assert not event.isAccepted()
    assert window.edit.text() == ""


def test_the_focus_is_taken_back(qtbot, kiosk):
    window, lock = kiosk
    before = lock.refocused
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowDeactivate))
    lock._application_state(Qt.ApplicationState.ApplicationInactive)
    qtbot.waitUntil(lambda: lock.refocused >= before + 1)
    assert window.isVisible()


def test_unlocked_the_window_closes(kiosk):
    window, lock = kiosk
    lock.unlock()
    assert window.close() is True
    assert not window.isVisible()


def test_locked_again_it_stays(kiosk):
    window, lock = kiosk
    lock.unlock()
    lock.lock()
    assert window.close() is False
    assert window.isVisible()


def test_other_windows_keep_their_keys(qtbot, kiosk):
    seen = []

    class Spy(QLineEdit):
        def keyPressEvent(self, event: QKeyEvent) -> None:
            seen.append(event.key())

    spy = Spy()
    qtbot.addWidget(spy)
    qtbot.keyClick(spy, Key.Key_Escape)
    assert seen == [Key.Key_Escape]


def test_without_the_lock_the_same_window_closes_on_escape(qtbot):
    window = Window()
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClick(window, Key.Key_Escape)
    assert not window.isVisible()
