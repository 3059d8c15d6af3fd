"""Out of order: a kiosk that cannot sell says so, with a short code for staff, and recovers.

When Ticket Tailor or BTCPay cannot be reached, a key is refused, a permission is missing or
nothing is on sale, a stranger must not meet an error message or a dead button. The kiosk shows
one plain screen with a code that the README's "Kiosk" section explains, keeps checking in the
background, and comes back by itself. A sale in progress is never covered: its customer may be
paying, and the engine finishes a paid sale whatever the screen shows.

Ticket Tailor is known from the catalogue's refreshes. BTCPay, which a sale meets only when the
customer presses Pay, is asked by a light read-only check (`boxoffice.app.service_watch`) after
every refresh and when a customer leaves the welcome screen, so the kiosk goes out of order
before anyone chooses tickets it could not take payment for.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from boxoffice.app.runtime import ConfigurationError
from boxoffice.app.service_watch import probe_btcpay
from boxoffice.services.errors import (
    AuthenticationError,
    PermissionDeniedError,
    ServiceError,
    UnavailableError,
)
from boxoffice.ui.kiosk.cover import CodeCover
from boxoffice.ui.navigation import Page

if TYPE_CHECKING:
    from boxoffice.app.runtime import Runtime
    from boxoffice.domain.catalogue import Catalogue
    from boxoffice.services.btcpay.client import BTCPayClient
    from boxoffice.ui.navigation import Screen
    from boxoffice.ui.sale_flow import SaleFlow

log = logging.getLogger(__name__)

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
#: The task key of the BTCPay check (at most one is out).
CHECK_TASK = "btcpay-check"


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

    Staff switch it on and off (`set_by_staff`). The till's start, the catalogue's refreshes
    (Ticket Tailor) and a BTCPay check that follows every refresh, and runs when a customer
    leaves the welcome screen, tell it of the services; each service's trouble is its own fact,
    so a good answer from one never clears the other. `recheck()` runs on a timer while a
    detected reason lasts and asks both again.
    """

    def __init__(
        self,
        flow: SaleFlow,
        screen: OutOfOrderScreen,
        *,
        probe: Callable[[BTCPayClient], Awaitable[None]] = probe_btcpay,
    ) -> None:
        super().__init__(flow)
        self.flow = flow
        self.screen = screen
        self.by_staff = False
        #: Why the till could not open (a code), None once it opened.
        self.opening: str | None = None
        #: What the last catalogue refresh said of Ticket Tailor (a code), None when it sells.
        self.tickettailor: str | None = None
        #: What the last BTCPay check said (a code), None when BTCPay would take a payment.
        self.btcpay: str | None = None
        #: The BTCPay check: returns when BTCPay would take a payment, raises why not.
        self.probe = probe
        self._page: Page | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(int(RECHECK_SECONDS * 1000))
        self._timer.timeout.connect(self.recheck)
        flow.events.refreshFailed.connect(self._refresh_failed)
        flow.events.refreshed.connect(self._refreshed)
        flow.runtimeReady.connect(self._runtime_ready)
        flow.screenChanged.connect(self._screen_changed)

    @property
    def detected(self) -> str | None:
        """The code of the trouble detected, or None while the services answer.

        When several things are wrong, one fixed order picks the code: the till's start, then
        Ticket Tailor, then BTCPay, and "nothing on sale" last (whatever else is wrong must be
        fixed before there is anything to sell).
        """
        tickettailor = self.tickettailor
        failing = None if tickettailor == "OOO-NONE" else tickettailor
        for code in (self.opening, failing, self.btcpay, tickettailor):
            if code is not None:
                return code
        return None

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
        self.opening = code_for(error)
        self._update()

    def recheck(self) -> None:
        """Look again: open the till if it never opened, else refresh the catalogue (the
        BTCPay check follows the refresh).

        One still under way is left to finish: starting another would cancel it (the latest
        wins), and a service slower than the interval would then never be heard.
        """
        if self.flow.closed:
            # The window was closed or built anew (another language took its till over):
            # this one must never open a second till on the same journal.
            self._timer.stop()
            return
        if self.detected is None or self.flow.selling:
            return
        flow = self.flow
        if flow.runtime is None:
            if not flow.tasks.running("runtime"):
                flow.tasks.spawn(flow.reopen(flow.settings), key="runtime")
        elif not flow.tasks.running("catalogue"):
            flow.events.refresh()

    def check_btcpay(self) -> None:
        """Ask BTCPay in the background whether it would take a payment.

        Never while a sale is being sold (its requests come first), and never a second check
        while one is still out: a slow BTCPay is asked once, not once per trigger.
        """
        runtime = self.flow.runtime
        if runtime is None or self.flow.selling or self.flow.tasks.running(CHECK_TASK):
            return
        self.flow.tasks.spawn(self._check_btcpay(runtime), key=CHECK_TASK)

    @property
    def checking(self) -> bool:
        """Whether a BTCPay check is out."""
        return self.flow.tasks.running(CHECK_TASK)

    async def _check_btcpay(self, runtime: Runtime) -> None:
        error: Exception | None = None
        try:
            await self.probe(runtime.btcpay)
        except Exception as failure:
            error = failure
        if runtime is not self.flow.runtime:
            return  # the till reopened meanwhile: the old clients' answer no longer counts
        code = None if error is None else code_for(error)
        if code != self.btcpay:
            if error is not None:
                log.warning("kiosk: BTCPay cannot take payments (%s): %s", code, error)
            else:
                log.info("kiosk: BTCPay takes payments again")
        self.btcpay = code
        self._update()

    def _runtime_ready(self, _runtime: Runtime) -> None:
        self.opening = None
        # A check still out uses the previous runtime's clients; the new runtime's first
        # catalogue refresh starts the next one.
        self.flow.tasks.cancel(CHECK_TASK)
        self._update()

    def _refresh_failed(self, error: BaseException) -> None:
        self.tickettailor = code_for(error)
        self._update()
        self.check_btcpay()

    def _refreshed(self, catalogue: Catalogue) -> None:
        self.tickettailor = None if on_sale(catalogue) else "OOO-NONE"
        self._update()
        self.check_btcpay()

    def _screen_changed(self, screen: Screen) -> None:
        left_welcome = self._page is Page.ATTRACT and screen.page is not Page.ATTRACT
        self._page = screen.page
        self._update()
        if left_welcome:
            # A customer begins: BTCPay may have gone since the last refresh, and they should
            # learn it now rather than when they press Pay.
            self.check_btcpay()

    def _update(self) -> None:
        code = self.code
        if self.detected is not None:
            self._timer.start()
        else:
            self._timer.stop()
        if code is None or self.flow.selling:
            self.screen.hide()
        else:
            self.screen.show_code(code)
