"""The kiosk's lock on its window: full screen, frameless, on top, and no way out but staff.

A stranger at a kiosk tries what works elsewhere: Escape, Alt+F4, Ctrl+Q or Ctrl+W, a long
press or right click for a menu, dragging something onto it, or tapping another window. The
lock swallows each of these for the window and everything in it, and takes the focus back
when another application takes it. Only `unlock()` (after the staff PIN) lets a close through.

Some escapes belong to the desktop, not to Qt (Ctrl+Alt+F1, a window manager's own keys): the
README's "Kiosk" section runs the kiosk under a kiosk compositor (cage) that has none.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

#: The key presses that close or leave a window elsewhere: (key, modifiers that must be held).
_BLOCKED_KEYS = (
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
)
_KEYPAD = Qt.KeyboardModifier.KeypadModifier
_DRAGS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


def is_blocked_key(event: QKeyEvent) -> bool:
    """Whether a key press is one that would close or leave the window."""
    held = event.modifiers() & ~_KEYPAD
    for key, modifiers in _BLOCKED_KEYS:
        if event.key() == key and (held & modifiers) == modifiers:
            return True
    return False


class KioskLock(QObject):
    """Holds `window` full screen, frameless and on top, and refuses every way out.

    Built once for the kiosk's window; `show()` shows it full screen. `unlock()` lets the next
    close through (staff chose "Exit kiosk"); `lock()` takes that back.
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._unlocked = False
        #: How often the focus was taken back (tests read it; a log would say nothing more).
        self.refocused = 0
        window.setWindowFlags(
            window.windowFlags()
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )
        window.setAcceptDrops(False)
        # On the window itself for its close and focus events; on the application for what
        # reaches the widgets inside it (keys go to the focused widget, menus to the one touched).
        window.installEventFilter(self)
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # a window needs a QApplication
        app.installEventFilter(self)
        app.applicationStateChanged.connect(self._application_state)

    @property
    def unlocked(self) -> bool:
        return self._unlocked

    def show(self) -> None:
        """Show the window full screen and give it the focus."""
        self.window.showFullScreen()
        self._take_focus()

    def unlock(self) -> None:
        """Let a close through: staff have left kiosk mode."""
        self._unlocked = True

    def lock(self) -> None:
        self._unlocked = False

    # -- filtering ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.window:
            if kind == QEvent.Type.Close and not self._unlocked:
                event.ignore()  # a QCloseEvent comes accepted; ignored, close() gives up
                return True
            if kind == QEvent.Type.WindowDeactivate and not self._unlocked:
                # After this event Qt knows which window (if any) is active now: look then.
                QTimer.singleShot(0, self, self._refocus_if_lost)
        if self._unlocked or not self._inside(watched):
            return False
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            assert isinstance(event, QKeyEvent)  # both are key events
            if is_blocked_key(event):
                # Accepting the override keeps a shortcut (an action's Ctrl+Q) from firing.
                event.accept()
                return True
        elif kind == QEvent.Type.ContextMenu or kind in _DRAGS:
            event.ignore()
            return True
        return False

    def _inside(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and watched.window() is self.window

    # -- focus -------------------------------------------------------------------------------

    def _application_state(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive and not self._unlocked:
            self._take_focus()

    def _refocus_if_lost(self) -> None:
        # Another window of this application (the settings dialog staff opened) may have the
        # focus; only when none of ours has it did a stranger reach something else.
        if not self._unlocked and QApplication.activeWindow() is None:
            self._take_focus()

    def _take_focus(self) -> None:
        if not self.window.isVisible():
            return
        self.refocused += 1
        self.window.raise_()
        self.window.activateWindow()
