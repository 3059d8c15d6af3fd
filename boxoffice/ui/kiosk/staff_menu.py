"""The kiosk's staff menu, behind the PIN: settings, recent sales, the door console (check-in,
end-of-shift report), out of order, exit.

A banner says plainly that staff mode is open, so that no one walks away from a kiosk left
in it; and it closes by itself after a short time without a touch, for the same reason.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from boxoffice.ui.kiosk.untouched import UntouchedTimer
from boxoffice.ui.widgets.common import button, label, set_tone

#: Seconds without a touch after which the menu closes by itself.
IDLE_SECONDS = 60

# Its look is the application's style sheets' (`QFrame#staffMenu` in resources/), so larger
# text and high contrast reach it as they change.


class StaffMenu(QFrame):
    """What staff can do at a kiosk, as signals the window acts on.

    `outOfOrderToggled(bool)` carries the new state; `set_out_of_order` shows the current one
    without a signal. `closed` comes from Close and from `idle_timer` (a touch anywhere in the
    window starts it again).
    """

    settingsRequested = Signal()
    recentSalesRequested = Signal()
    checkInRequested = Signal()
    reportRequested = Signal()
    outOfOrderToggled = Signal(bool)
    exitRequested = Signal()
    closed = Signal()
    #: Staff chose to settle the sale on screen that needs attention (`set_attention`).
    attentionRequested = Signal()

    def __init__(self, *, idle_seconds: int = IDLE_SECONDS, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("staffMenu")
        self.idle_seconds = idle_seconds
        #: Fires after `idle_seconds` without a touch; a test may fire it with `timeout.emit()`.
        self.idle_timer = UntouchedTimer(self, idle_seconds)
        self.idle_timer.timeout.connect(self.close_menu)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        self.marker = label(
            self.tr("Staff mode — closes after {} s without a touch").format(idle_seconds),
            name="staffModeMarker",
        )
        self.marker.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_tone(self.marker, "warning")
        layout.addWidget(self.marker)
        title = label(self.tr("Staff menu"), name="staffMenuTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)

        # First, when a customer is waiting: the sale on screen that needs a person.
        self.attention_button = button("", name="staffAttentionButton", role="primary")
        self.attention_button.clicked.connect(self.attentionRequested)
        self.attention_button.hide()
        layout.addWidget(self.attention_button)
        self.settings_button = button(self.tr("Settings"), name="staffSettingsButton")
        self.settings_button.clicked.connect(self.settingsRequested)
        self.recent_sales_button = button(self.tr("Sales"), name="staffRecentSalesButton")
        self.recent_sales_button.clicked.connect(self.recentSalesRequested)
        self.check_in_button = button(self.tr("Check-in"), name="staffCheckInButton")
        self.check_in_button.clicked.connect(self.checkInRequested)
        self.report_button = button(self.tr("End-of-shift report"), name="staffReportButton")
        self.report_button.clicked.connect(self.reportRequested)
        self.out_of_order_button = button("", name="staffOutOfOrderButton")
        self.out_of_order_button.setCheckable(True)
        self.out_of_order_button.toggled.connect(self._out_of_order_toggled)
        self.exit_button = button(self.tr("Exit kiosk"), name="staffExitButton", role="danger")
        self.exit_button.clicked.connect(self.exitRequested)
        self.close_button = button(self.tr("Close"), name="staffCloseButton", role="primary")
        self.close_button.clicked.connect(self.close_menu)
        for widget in (
            self.settings_button,
            self.recent_sales_button,
            self.check_in_button,
            self.report_button,
            self.out_of_order_button,
            self.exit_button,
        ):
            layout.addWidget(widget)
        layout.addSpacing(8)
        layout.addWidget(self.close_button)
        self._words_for_out_of_order(False)

    @property
    def out_of_order(self) -> bool:
        return self.out_of_order_button.isChecked()

    def set_out_of_order(self, on: bool) -> None:
        """Show the kiosk's current state, without `outOfOrderToggled`."""
        blocked = self.out_of_order_button.blockSignals(True)
        self.out_of_order_button.setChecked(on)
        self.out_of_order_button.blockSignals(blocked)
        self._words_for_out_of_order(on)

    def set_attention(self, code: str | None) -> None:
        """Offer to settle the sale with this staff code (None: no sale needs a person)."""
        if code is None:
            self.attention_button.hide()
            return
        words = self.tr("Settle sale {code} (needs attention)").format(code=code)
        self.attention_button.setText(words)
        self.attention_button.setAccessibleName(words)
        self.attention_button.show()

    def close_menu(self) -> None:
        self.idle_timer.stop()
        self.closed.emit()

    def touched(self) -> None:
        """Someone touched the window: the idle time starts again."""
        self.idle_timer.touched()

    def _out_of_order_toggled(self, on: bool) -> None:
        self._words_for_out_of_order(on)
        self.touched()
        self.outOfOrderToggled.emit(on)

    def _words_for_out_of_order(self, on: bool) -> None:
        # The button says what a tap does, and its checked look says what is on now.
        self.out_of_order_button.setText(
            self.tr("Out of order: on — tap to sell again")
            if on
            else self.tr("Out of order: off — tap to stop selling")
        )
