"""Staff at work on a kiosk's own screens: a bar that says so, and ends it.

The staff menu is an overlay, and an overlay hides the window. To settle a sale that needs
attention (accept a late payment, read the advice, e-mail the tickets again) or to look
through the recent sales, staff work on the window itself. For as long as they do, this bar
sits along the bottom edge — "Staff mode", the way back to the menu, and Finish — and closes
by itself after the staff menu's idle time, so that no kiosk is left open to the next
stranger. It takes its own room at the bottom of the host's layout, so it covers nothing
(a result's Done button stays in reach).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QWidget

from boxoffice.ui.kiosk.staff_menu import IDLE_SECONDS
from boxoffice.ui.kiosk.untouched import UntouchedTimer
from boxoffice.ui.widgets.common import button, label, set_tone

#: The touch minimum for the bar's buttons (about 9 mm).
TOUCH_HEIGHT = 56


class StaffBar(QFrame):
    """The bottom bar of staff at work. `menuRequested`: back to the staff menu; `finished`:
    from Finish, or after `idle_seconds` without a touch in the window."""

    menuRequested = Signal()
    finished = Signal()

    def __init__(self, host: QWidget, *, idle_seconds: int = IDLE_SECONDS) -> None:
        super().__init__(host)
        self.setObjectName("staffBar")
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(12)
        self.marker = label(
            self.tr("Staff mode — closes after {seconds} s without a touch").format(
                seconds=idle_seconds
            ),
            name="staffBarMarker",
        )
        set_tone(self.marker, "warning")
        layout.addWidget(self.marker, 1)
        self.menu_button = button(self.tr("Staff menu"), name="staffBarMenuButton")
        self.menu_button.clicked.connect(self.menuRequested)
        layout.addWidget(self.menu_button)
        self.finish_button = button(
            self.tr("Finish — back to customers"), name="staffBarFinishButton"
        )
        self.finish_button.clicked.connect(self.finished)
        layout.addWidget(self.finish_button)
        for target in (self.menu_button, self.finish_button):
            target.setMinimumHeight(TOUCH_HEIGHT)
        #: Fires after `idle_seconds` without a touch; a test may fire it with `timeout.emit()`.
        self.idle_timer = UntouchedTimer(self, idle_seconds)
        self.idle_timer.timeout.connect(self.finished)
        room = host.layout()
        #: Whether the bar lies over the host's bottom edge (a host with no box layout).
        self._floating = not isinstance(room, QBoxLayout)
        if isinstance(room, QBoxLayout):
            room.addWidget(self)
        else:
            host.installEventFilter(self)
            self._place()

    def _place(self) -> None:
        if not self._floating:
            return
        host = self.parentWidget()
        assert host is not None  # built on a host
        height = self.sizeHint().height()
        self.setGeometry(0, host.height() - height, host.width(), height)
        self.raise_()

    # -- Qt -------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._place()
        return False
