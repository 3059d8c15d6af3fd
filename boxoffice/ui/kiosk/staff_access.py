"""How staff get into a locked kiosk: a hidden gesture or Ctrl+Alt+S, the PIN, the staff menu.

The gesture is five taps in the top-left corner (80×80 px) within three seconds: nothing a
customer does by chance, nothing drawn on screen. A transparent widget over that corner
takes the taps, so that they never press whatever a screen puts there. The PIN pad and then
the staff menu open as an overlay over the window's central widget (no dialog, no `exec()`),
and one `PinLock` is kept for as long as the kiosk runs, so that closing the pad does not
forgive wrong PINs. To work on the window itself (a sale that needs attention, the recent
sales), staff leave the menu for the window with a `StaffBar` along its bottom: still in staff
mode until they finish or stop touching it.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Awaitable, Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QVBoxLayout, QWidget

from boxoffice.app.kiosk_pin import PinLock, verify_pin_async
from boxoffice.ui.kiosk.pin_pad import PinPad
from boxoffice.ui.kiosk.staff_bar import StaffBar
from boxoffice.ui.kiosk.staff_menu import IDLE_SECONDS, StaffMenu

CORNER = 80
TAPS = 5
TAP_SECONDS = 3.0
_CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


class HotCorner(QWidget):
    """The invisible top-left square that counts taps."""

    def __init__(self, window: QWidget, tapped: Callable[[], None]) -> None:
        super().__init__(window)
        self.setObjectName("staffCorner")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setGeometry(0, 0, CORNER, CORNER)
        self._tapped = tapped

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()  # a touch here never reaches the screen underneath
        self._tapped()


class Overlay(QWidget):
    """A dimmed layer over a widget, with one panel in its middle."""

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.setObjectName("staffOverlay")
        self._layout = QVBoxLayout(self)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.panel: QWidget | None = None
        host.installEventFilter(self)
        self.setGeometry(host.rect())

    def show_panel(self, panel: QWidget) -> None:
        if self.panel is not None:
            self._layout.removeWidget(self.panel)
            self.panel.deleteLater()
        self.panel = panel
        self._layout.addWidget(panel, 0, Qt.AlignmentFlag.AlignCenter)
        self.show()
        self.raise_()
        panel.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            host = self.parentWidget()
            assert host is not None  # the filter is on the host
            self.setGeometry(host.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(20, 22, 26, 190))


class StaffAccess(QObject):
    """Watches `window` for the staff gesture and Ctrl+Alt+S, and runs PIN pad and menu.

    `pin_hash` comes from `kiosk_pin.pin_from`. The menu's signals are passed on as this
    object's own; `staffModeChanged(bool)` says when staff mode begins (the right PIN) and
    ends (the menu closed, or staff finished working on the window): the kiosk's idle reset
    waits, and staff's own actions show, in between. `attention` gives the staff code of a
    sale on screen that needs a person, if any: the menu then offers to settle it.
    `clock` and `lock` are for tests.
    """

    settingsRequested = Signal()
    recentSalesRequested = Signal()
    checkInRequested = Signal()
    reportRequested = Signal()
    outOfOrderToggled = Signal(bool)
    exitRequested = Signal()
    closed = Signal()
    staffModeChanged = Signal(bool)

    def __init__(
        self,
        window: QMainWindow,
        pin_hash: str,
        *,
        clock: Callable[[], float] = time.monotonic,
        lock: PinLock | None = None,
        idle_seconds: int = IDLE_SECONDS,
        verify: Callable[[str, str], Awaitable[bool]] = verify_pin_async,
        attention: Callable[[], str | None] = lambda: None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.pin_hash = pin_hash
        self.lock = lock or PinLock(clock=clock)
        self.idle_seconds = idle_seconds
        self.out_of_order = False
        self._clock = clock
        self._verify = verify
        self._attention = attention
        self._taps: deque[float] = deque()
        self.overlay: Overlay | None = None
        self.pin_pad: PinPad | None = None
        self.menu: StaffMenu | None = None
        #: The bar of staff at work on the window (staff mode, the menu put away).
        self.bar: StaffBar | None = None
        self.corner = HotCorner(window, self.tap)
        self.corner.raise_()
        window.installEventFilter(self)
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # a window needs a QApplication
        app.installEventFilter(self)

    @property
    def is_open(self) -> bool:
        """Whether the pad, the menu or staff at work hold the kiosk."""
        return self.overlay is not None or self.bar is not None

    @property
    def staff_mode(self) -> bool:
        return self.menu is not None or self.bar is not None

    def tap(self) -> None:
        """A tap in the corner: the fifth within `TAP_SECONDS` opens the PIN pad."""
        now = self._clock()
        self._taps.append(now)
        while self._taps and now - self._taps[0] > TAP_SECONDS:
            self._taps.popleft()
        if len(self._taps) >= TAPS:
            self._taps.clear()
            self.open_pin_pad()

    def open_pin_pad(self) -> None:
        if self.bar is not None:
            self.open_menu()  # staff are in already
            return
        if self.is_open:
            return
        pad = PinPad(self.pin_hash, lock=self.lock, verify=self._verify)
        pad.accepted.connect(self.open_menu)
        pad.cancelled.connect(self.close)
        self._overlay().show_panel(pad)
        self.pin_pad = pad
        pad.setFocus()

    def open_menu(self) -> None:
        began = not self.staff_mode
        self._put_bar_away()
        menu = StaffMenu(idle_seconds=self.idle_seconds)
        menu.set_out_of_order(self.out_of_order)
        menu.set_attention(self._attention())
        menu.settingsRequested.connect(self.settingsRequested)
        menu.recentSalesRequested.connect(self._recent_sales)
        menu.checkInRequested.connect(lambda: self._on_window(self.checkInRequested))
        menu.reportRequested.connect(lambda: self._on_window(self.reportRequested))
        menu.outOfOrderToggled.connect(self._out_of_order)
        menu.exitRequested.connect(self._exit)
        # The sale is on the window already, under the menu.
        menu.attentionRequested.connect(self.work_on_window)
        menu.closed.connect(self.close)
        self.pin_pad = None
        self._overlay().show_panel(menu)
        self.menu = menu
        if began:
            self.staffModeChanged.emit(True)

    def work_on_window(self) -> None:
        """Put the menu away and let staff use the window, staff mode still on (the bar)."""
        if not self.staff_mode:
            return
        self._close_overlay()
        self.menu = None
        if self.bar is None:
            host = self.window.centralWidget() or self.window
            bar = StaffBar(host, idle_seconds=self.idle_seconds)
            bar.menuRequested.connect(self.open_menu)
            bar.finished.connect(self.close)
            self.bar = bar
        self.bar.show()

    def close(self) -> None:
        """Close the pad, the menu or the bar (staff mode ends)."""
        was_staff = self.staff_mode
        had_overlay = self._close_overlay()
        self.menu = None
        had_bar = self._put_bar_away()
        if not (had_overlay or had_bar):
            return
        if was_staff:
            self.staffModeChanged.emit(False)
        self.closed.emit()

    def _close_overlay(self) -> bool:
        overlay, self.overlay = self.overlay, None
        self.pin_pad = None
        if overlay is None:
            return False
        overlay.hide()
        overlay.deleteLater()
        return True

    def _put_bar_away(self) -> bool:
        bar, self.bar = self.bar, None
        if bar is None:
            return False
        bar.hide()
        bar.deleteLater()
        return True

    def _overlay(self) -> Overlay:
        if self.overlay is None:
            host = self.window.centralWidget() or self.window
            self.overlay = Overlay(host)
        return self.overlay

    # -- what the menu asks ---------------------------------------------------------------------

    def _recent_sales(self) -> None:
        self._on_window(self.recentSalesRequested)

    def _on_window(self, request: SignalInstance) -> None:
        # The sales, the check-in desk and the report are pages of the window: the overlay
        # would hide them.
        self.work_on_window()
        request.emit()

    def _out_of_order(self, on: bool) -> None:
        self.out_of_order = on
        self.outOfOrderToggled.emit(on)

    def _exit(self) -> None:
        self.close()
        self.exitRequested.emit()

    # -- Qt -------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.window and kind == QEvent.Type.ChildAdded:
            # A widget added later (a new central widget) would cover the corner.
            QTimer.singleShot(0, self.corner, self.corner.raise_)
        elif kind == QEvent.Type.KeyPress and self._inside(watched):
            assert isinstance(event, QKeyEvent)  # a KeyPress is a key event
            held = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if event.key() == Qt.Key.Key_S and held == _CTRL_ALT:
                self.open_pin_pad()
                return True
        return False

    def _inside(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and watched.window() is self.window
