"""Out of order: a kiosk that cannot sell says so, with a short code for staff, and recovers.

When Ticket Tailor or BTCPay cannot be reached, a key is refused, a permission is missing or
nothing is on sale, a stranger must not meet an error message or a dead button. The kiosk shows
one plain screen with a code that the README's "Kiosk" section explains, keeps checking in the
background, and comes back by itself. A sale in progress is never covered: its customer may be
paying, and the engine finishes a paid sale whatever the screen shows.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from boxoffice.app.runtime import ConfigurationError
from boxoffice.services.errors import (
    AuthenticationError,
    PermissionDeniedError,
    ServiceError,
    UnavailableError,
)
from boxoffice.ui.kiosk.cover import CodeCover

if TYPE_CHECKING:
    from boxoffice.domain.catalogue import Catalogue
    from boxoffice.ui.navigation import Screen
    from boxoffice.ui.sale_flow import SaleFlow

#: The codes, and what each means for staff (the README's "Kiosk" section lists them too).
CODES = {
    "OOO-NET": "Ticket Tailor or BTCPay cannot be reached: check the network.",
    "OOO-TT-KEY": "Ticket Tailor refused the API key: enter it again in Settings.",
    "OOO-BTCPAY-KEY": "BTCPay refused the API key: connect again in Settings.",
    "OOO-PERM": "An API key lacks a permission the kiosk needs: see boxoffice doctor.",
    "OOO-NONE": "Nothing is on sale: no event has tickets left to sell.",
    "OOO-SETUP": "The till is not set up: open Settings (staff menu).",
    "OOO-STAFF": "Staff switched the kiosk off from the staff menu.",
    "OOO-ERR": "Something else went wrong: boxoffice doctor and the log say what.",
}
#: How often a kiosk that is out of order for a reason it detected looks again (seconds).
RECHECK_SECONDS = 30


def code_for(error: BaseException) -> str:
    """The out-of-order code for why the kiosk could not reach or use a service."""
    if isinstance(error, ConfigurationError):
        return "OOO-SETUP"
    if isinstance(error, AuthenticationError):
        return "OOO-BTCPAY-KEY" if "BTCPay" in error.service else "OOO-TT-KEY"
    if isinstance(error, PermissionDeniedError):
        return "OOO-PERM"
    if isinstance(error, UnavailableError | TimeoutError | asyncio.TimeoutError | OSError):
        return "OOO-NET"
    if isinstance(error, ServiceError) and error.transient:
        return "OOO-NET"
    return "OOO-ERR"


def on_sale(catalogue: Catalogue | None) -> bool:
    """Whether any event of the catalogue has tickets left to sell."""
    return catalogue is not None and any(event.available > 0 for event in catalogue.events)


class OutOfOrderScreen(CodeCover):
    """Layout only: "Out of order", where to buy instead, and the code for staff."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "outOfOrderScreen", "outOfOrderCode")
        self.title.setObjectName("outOfOrderTitle")
        self.title.setText(self.tr("Sorry, this ticket machine is out of order"))
        self.hint.setText(self.tr("Please buy your tickets at the box office. We are on it."))

    def show_code(self, code: str) -> None:
        self.code.setText(self.tr("Code for staff: %1").replace("%1", code))
        self.cover()


class OutOfOrder(QObject):
    """Decides when the kiosk is out of order, shows it, and looks again until it is not.

    Staff switch it on and off (`set_by_staff`); the catalogue's refreshes and the till's start
    tell it of the services. `recheck()` runs on a timer while a detected reason lasts.
    """

    def __init__(self, flow: SaleFlow, screen: OutOfOrderScreen) -> None:
        super().__init__(flow)
        self.flow = flow
        self.screen = screen
        self.by_staff = False
        #: The code of the trouble detected, or None while the services answer.
        self.detected: str | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(RECHECK_SECONDS * 1000)
        self._timer.timeout.connect(self.recheck)
        flow.events.refreshFailed.connect(self._refresh_failed)
        flow.events.refreshed.connect(self._refreshed)
        flow.runtimeReady.connect(lambda _runtime: self._update())
        flow.screenChanged.connect(self._screen_changed)

    @property
    def code(self) -> str | None:
        """Why the kiosk is out of order now, or None when it sells."""
        if self.by_staff:
            return "OOO-STAFF"
        return self.detected

    def set_by_staff(self, on: bool) -> None:
        self.by_staff = on
        self._update()

    def opening_failed(self, error: BaseException) -> None:
        """The till could not open (not set up, or a service refused at the start)."""
        self.detected = code_for(error)
        self._update()

    def recheck(self) -> None:
        """Look again: open the till if it never opened, else refresh the catalogue."""
        if self.detected is None or self.flow.selling:
            return
        if self.flow.runtime is None:
            flow = self.flow
            flow.tasks.spawn(flow.reopen(flow.settings), key="runtime")
        else:
            self.flow.events.refresh()

    def _refresh_failed(self, error: BaseException) -> None:
        self.detected = code_for(error)
        self._update()

    def _refreshed(self, catalogue: Catalogue) -> None:
        self.detected = None if on_sale(catalogue) else "OOO-NONE"
        self._update()

    def _screen_changed(self, _screen: Screen) -> None:
        self._update()

    def _update(self) -> None:
        if self.flow.runtime is not None and self.detected == "OOO-SETUP":
            self.detected = None  # it opened since
        code = self.code
        if self.detected is not None:
            self._timer.start()
        else:
            self._timer.stop()
        if code is None or self.flow.selling:
            self.screen.hide()
        else:
            self.screen.show_code(code)
