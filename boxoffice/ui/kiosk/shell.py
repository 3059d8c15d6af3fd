"""The kiosk assembled: the welcome screen as home, idle reset, and (with staff access) the lock.

`install_kiosk(window, flow, settings)` turns a main window and its sale flow into a kiosk. The
sale flow, the screens and the engine stay those of the staff till; only what a stranger with
a finger needs is added around them.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from boxoffice.app.kiosk_pin import PinNotSet, pin_from
from boxoffice.ui.door_console import DoorConsole
from boxoffice.ui.i18n import current_language, language_for
from boxoffice.ui.kiosk.idle import IdleReset, IdleWatch, StillThereOverlay
from boxoffice.ui.kiosk.lock import KioskLock
from boxoffice.ui.kiosk.out_of_order import OutOfOrder, OutOfOrderScreen
from boxoffice.ui.kiosk.results import KioskResults, SeeStaffScreen
from boxoffice.ui.kiosk.scanner import BarcodeScanner
from boxoffice.ui.kiosk.staff_access import StaffAccess
from boxoffice.ui.navigation import AWAY_PAGES, Page, Place, Screen
from boxoffice.ui.screens.attract.controller import AttractController

if TYPE_CHECKING:
    from boxoffice.app.settings.till import Settings
    from boxoffice.ui.main_window import MainWindow
    from boxoffice.ui.sale_flow import SaleFlow

log = logging.getLogger(__name__)


class Kiosk(QObject):
    """What a kiosk adds to the window: its home screen, the idle reset, its staff access."""

    #: The customer chose a language on the welcome screen, or left and the next one is
    #: welcomed in the venue's: the app builds the window anew in it (`boxoffice.ui.app`),
    #: handing it this one's till.
    languageRequested = Signal(str)

    def __init__(
        self, window: MainWindow, flow: SaleFlow, settings: Settings, *, pin_hash: str
    ) -> None:
        super().__init__(window)
        self.window = window
        self.flow = flow
        # Held full screen, frameless and on top; nothing but the staff PIN leaves it.
        self.lock = KioskLock(window)
        self.attract = AttractController(
            window.attract_page, welcome=settings.kiosk_welcome, logo=settings.kiosk_logo
        )
        flow.events.catalogueChanged.connect(self.attract.set_catalogue)
        self.attract.eventChosen.connect(flow.open_event)
        self.attract.startRequested.connect(flow.show_events)
        self.attract.languageChosen.connect(self._language_chosen)
        self.idle = IdleWatch(idle_seconds=settings.kiosk_idle_seconds, parent=self)
        central = window.centralWidget()
        assert central is not None  # MainWindow sets its central widget in its constructor
        self.still_there = StillThereOverlay(central)
        self.idle_reset = IdleReset(flow, self.idle, self.still_there)
        # A keyboard-wedge scanner reads an access-code QR or link from any screen, typing
        # into no field on the way.
        self.scanner = BarcodeScanner(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.scanner)
        self.scanner.scanned.connect(self._scanned)
        self.idle.timedOut.connect(self.scanner.reset)
        # After the reset (connected first): the next customer meets the venue's language.
        self.idle.timedOut.connect(self._customer_left)
        window.closing.connect(self.close)
        self.out_of_order = OutOfOrder(flow, OutOfOrderScreen(central))
        flow.openingFailed.connect(self.out_of_order.opening_failed)
        self.staff = StaffAccess(window, pin_hash, attention=lambda: self.results.attention_code())
        self.staff.settingsRequested.connect(window.settings_button.click)
        self.staff.recentSalesRequested.connect(lambda: flow.show_recent_sales())
        self.staff.checkInRequested.connect(lambda: flow.show_place(Place.CHECK_IN))
        self.staff.reportRequested.connect(lambda: flow.show_place(Place.REPORT))
        self.staff.outOfOrderToggled.connect(self.out_of_order.set_by_staff)
        self.staff.exitRequested.connect(self.exit)
        self.staff.staffModeChanged.connect(self.idle_reset.pause)
        self.results = KioskResults(
            flow, SeeStaffScreen(central), done_seconds=settings.kiosk_done_seconds
        )
        self.staff.staffModeChanged.connect(self.results.staff_mode)
        # Staff looking at the sales have a way back; strangers never see it.
        self._last_page: Page | None = None
        flow.screenChanged.connect(self._screen_changed)
        # Settings saved from the staff menu reopen the till: take the new words and PIN.
        flow.runtimeReady.connect(lambda _runtime: self.apply_settings(flow.settings))
        # A stranger needs no device name, and no way out of a sale but the screen's own.
        window.device.hide()
        window.new_sale_button.hide()
        flow.home = Place.ATTRACT
        self.attract.set_catalogue(flow.events.catalogue)
        flow.new_sale()  # the welcome screen

    def exit(self) -> None:
        """Staff chose "Exit kiosk": let the window close (the app quits with it)."""
        self.lock.unlock()
        self.window.close()

    def _scanned(self, text: str) -> None:
        """A scan: a ticket at staff's check-in desk, else an access code for the tickets."""
        console = self.window.door_console
        if self.flow.screen.page is Page.CHECK_IN and isinstance(console, DoorConsole):
            console.check_in.scan(text)
        else:
            self.flow.tickets.scanned(text)

    def _language_chosen(self, code: str) -> None:
        if not self.flow.selling:  # never under a payment
            self.languageRequested.emit(code)

    def apply_settings(self, settings: Settings) -> None:
        """Use the kiosk settings as saved now: welcome, logo, times, the staff PIN."""
        self.attract.set_welcome(settings.kiosk_welcome, settings.kiosk_logo)
        self.idle.idle_seconds = settings.kiosk_idle_seconds
        self.results.done_timer.setInterval(settings.kiosk_done_seconds * 1000)
        try:
            self.staff.pin_hash = pin_from(settings)
        except PinNotSet:
            log.warning("the kiosk's staff PIN can no longer be used; the previous one stays")

    def _screen_changed(self, screen: Screen) -> None:
        self.window.new_sale_button.setVisible(screen.page in AWAY_PAGES or screen.earlier)
        if screen.page is Page.ATTRACT and self._last_page in (Page.RESULT, Page.PAYMENT):
            # Done, a result's time up, or a confirming payment let go behind the next
            # customer.
            self._customer_left()
        self._last_page = screen.page

    def _customer_left(self) -> None:
        """A customer is done or walked away: welcome the next in the venue's language."""
        house = language_for(self.flow.settings.language)
        if current_language() != house:
            self._language_chosen(house)

    def close(self) -> None:
        """Stop watching the application's input (the window is closing)."""
        self.idle.close()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.scanner)


def install_kiosk(window: MainWindow, flow: SaleFlow, settings: Settings) -> Kiosk:
    """Make `window` a kiosk (`window.kiosk` is already set: staff-only controls hidden).

    Raises `PinNotSet` (a sentence to show) when no staff PIN is set: a kiosk nobody can
    leave or look after must not start.
    """
    return Kiosk(window, flow, settings, pin_hash=pin_from(settings))
