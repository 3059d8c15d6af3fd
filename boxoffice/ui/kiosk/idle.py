"""Idle reset: a customer who walks away leaves nothing behind for the next one.

While a kiosk shows a choosing screen (the welcome, the events, the tickets), every touch,
click or key press counts as someone there. After `idle_seconds` without one, "Are you still
there?" counts down `warning_seconds`; a touch dismisses it, and at zero the kiosk resets to its
welcome screen. Never while an invoice is being paid or confirmed: the flow disarms the watch
on those screens, and the engine itself expires an invoice the customer walked away from.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from boxoffice.ui.kiosk.cover import Cover
from boxoffice.ui.navigation import Page, Screen
from boxoffice.ui.widgets.common import button, label

if TYPE_CHECKING:
    from boxoffice.ui.sale_flow import SaleFlow

#: The screens a customer chooses on: idle time counts there, and only there.
CHOOSING = frozenset({Page.EVENTS, Page.TICKETS})

#: Events that say a person is at the kiosk.
_PRESENCE = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
    }
)


class IdleWatch(QObject):
    """Watches for touches application-wide; warns, then times out, while armed.

    `tick()` runs every second on a timer; tests call it directly with an injected clock.
    """

    #: Seconds left before the reset: the "still there?" question is up.
    warned = Signal(int)
    #: A touch answered the question: the customer is still there.
    resumed = Signal()
    #: Nobody answered: reset the kiosk.
    timedOut = Signal()

    def __init__(
        self,
        *,
        idle_seconds: float = 60.0,
        warning_seconds: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.idle_seconds = idle_seconds
        self.warning_seconds = warning_seconds
        self._clock = clock
        self._last_touch = clock()
        self._armed = False
        self._warning = False
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.tick)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def armed(self) -> bool:
        return self._armed

    @property
    def warning(self) -> bool:
        """Whether "Are you still there?" is up."""
        return self._warning

    def arm(self, armed: bool) -> None:
        """Count idle time (on choosing screens) or not (paying, confirming, results)."""
        if armed == self._armed:
            return
        self._armed = armed
        self._last_touch = self._clock()
        if armed:
            self._timer.start()
        else:
            self._timer.stop()
            self._end_warning()

    def touched(self) -> None:
        """Someone is there: the idle time starts again, and a question is answered."""
        self._last_touch = self._clock()
        self._end_warning()

    def tick(self) -> None:
        if not self._armed:
            return
        idle = self._clock() - self._last_touch
        if idle < self.idle_seconds:
            return
        left = self.idle_seconds + self.warning_seconds - idle
        if left <= 0:
            self._warning = False
            self._last_touch = self._clock()
            self.timedOut.emit()
            return
        self._warning = True
        self.warned.emit(math.ceil(left))

    def close(self) -> None:
        """Stop watching (the window is closing)."""
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _PRESENCE:
            self.touched()
        return False

    def _end_warning(self) -> None:
        if self._warning:
            self._warning = False
            self.resumed.emit()


class StillThereOverlay(Cover):
    """ "Are you still there?" over the whole window, with the seconds left and one big button.

    Layout only; a touch anywhere (the watch's event filter) answers it as the button does.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "stillThereOverlay")
        self.title = label(self.tr("Are you still there?"), role="title", name="stillThereTitle")
        self.countdown = label(role="subtitle", name="stillThereCountdown")
        self.stay = button(self.tr("I'm still here"), name="stillHereButton", role="primary")
        self.stay.setAccessibleName(self.tr("I'm still here"))
        self.centred(self.title, self.countdown, self.stay)

    def show_seconds(self, seconds: int) -> None:
        # English in the source, with Qt's numerus form (%n) for the languages that need more
        # than one plural.
        if seconds == 1:
            self.countdown.setText(self.tr("Starting again in 1 second"))
        else:
            self.countdown.setText(self.tr("Starting again in %n seconds", "", seconds))
        self.cover()


class IdleReset(QObject):
    """Ties the idle watch to the sale flow: armed on choosing screens, resetting the kiosk.

    Armed only while no sale is being sold (none being started, paid, confirmed or issued).
    The reset starts a new sale (the flow clears every field and shows the first screen) and
    empties the clipboard, so nothing of the customer who left is left for the next one.
    """

    def __init__(self, flow: SaleFlow, watch: IdleWatch, overlay: StillThereOverlay) -> None:
        super().__init__(flow)
        self.flow = flow
        self.watch = watch
        self.overlay = overlay
        self._paused = False
        flow.screenChanged.connect(self._on_screen)
        watch.warned.connect(overlay.show_seconds)
        watch.resumed.connect(overlay.hide)
        watch.timedOut.connect(self.reset)
        overlay.stay.clicked.connect(watch.touched)

    def pause(self, paused: bool) -> None:
        """Staff have the staff menu open: no reset under their hands."""
        self._paused = paused
        self._on_screen(self.flow.screen)

    def _on_screen(self, screen: Screen) -> None:
        # The sales staff opened are no stranger's business: left alone, they close too.
        staff_page = screen.page is Page.RECENT or screen.earlier
        choosing = screen.page in CHOOSING and not self.flow.selling
        self.watch.arm(not self._paused and (staff_page or choosing))

    def reset(self) -> None:
        """Back to the first screen with nothing of the last customer anywhere."""
        self.overlay.hide()
        if self.flow.selling:
            # A payment goes on; only the staff pages in front of it go.
            self.flow.back_to_current_sale()
            return
        self.flow.new_sale()
        clipboard = QApplication.clipboard()
        if clipboard is not None:
            clipboard.clear()
