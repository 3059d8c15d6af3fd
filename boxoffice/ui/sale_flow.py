"""The controller of the main window: opens the till, routes a sale from page to page.

The engine owns every rule; this class turns its sale snapshots into pages and sends it the
staff's intents (start, cancel). Engine observers are plain callables called on the loop's
thread, which is the GUI thread under qasync, so they are bridged to a Qt signal and drawn
directly.

Two sales matter at a time: the *current* sale (the one being sold, which the payment page
follows) and the *shown* sale (whose page is on screen). They differ while staff look at an
earlier sale from the recent sales; meanwhile the current sale goes on undisturbed, and a
banner under the top bar leads back to it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

# Imported with the window, not on first use: importing the engine and the clients takes
# tens of milliseconds, which inside the running loop would freeze the first screen.
from boxoffice.app.runtime import ConfigurationError, Runtime
from boxoffice.app.settings.till import Settings
from boxoffice.domain.sale import Sale, SaleState
from boxoffice.ui.errors import describe_error
from boxoffice.ui.formatting import error_sentence, left_sale_words
from boxoffice.ui.i18n import say
from boxoffice.ui.main_window import MainWindow
from boxoffice.ui.navigation import HOME, PAYMENT_STATES, Page, Place, Screen, screen_for
from boxoffice.ui.offline_sale import OfflineSales, Starter
from boxoffice.ui.sale_notices import SaleNotices
from boxoffice.ui.screens.events.controller import EventsController
from boxoffice.ui.screens.payment.controller import PaymentController
from boxoffice.ui.screens.recent_sales.actions import SalesActions
from boxoffice.ui.screens.recent_sales.controller import RecentSalesController
from boxoffice.ui.screens.result.controller import ResultController
from boxoffice.ui.screens.tickets.controller import TicketsController
from boxoffice.ui.tasks import TaskKeeper

if TYPE_CHECKING:
    from boxoffice.domain.order import Order
    from boxoffice.engine.sale_engine import SaleEngine

log = logging.getLogger(__name__)

RuntimeOpener = Callable[[Settings], Awaitable[Runtime]]


class SaleFlow(QObject):
    """Runs the staff sale flow in a `MainWindow` against a `Runtime`.

    `open_runtime(settings)` builds the runtime (clients, engine, catalogue source); it may
    raise `ConfigurationError`, which shows a "set up" banner instead of the events.

    Where the window goes is decided by `boxoffice.ui.navigation.screen_for` from where staff
    asked to be (`place`), the current sale and the earlier sale they opened; this class keeps
    those, asks for the screen, and has the window and the screens' controllers draw it. The
    controllers never reach into each other: they emit what staff want, and the flow navigates.
    """

    saleChanged = Signal(object)
    runtimeReady = Signal(object)
    #: The screen the window shows now (a `Screen`), after every navigation.
    screenChanged = Signal(object)
    #: The till could not open (the exception): not set up, or a service refused.
    openingFailed = Signal(object)

    def __init__(
        self,
        window: MainWindow,
        settings: Settings,
        open_runtime: RuntimeOpener,
        *,
        clock: Callable[[], float] = time.time,
        resume: bool = True,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self._open_runtime = open_runtime
        self.clock = clock
        #: Resume the journal's unfinished sales once open (not when taking over a runtime
        #: another window already resumed them with).
        self._resume = resume
        self.runtime: Runtime | None = None
        self.tasks = TaskKeeper(report=self._report)
        self.current_sale_id: str | None = None
        #: Where a new sale starts: the events, or a kiosk's welcome screen.
        self.home = Place.EVENTS
        #: Where staff asked to be, the earlier sale they opened, and what the window shows.
        self.place = Place.EVENTS
        self._earlier_sale_id: str | None = None
        self.screen: Screen = HOME
        self._pending_order: Order | None = None
        self._unsubscribe: Callable[[], None] | None = None
        #: Whether the current sale ended while staff looked elsewhere (and not seen since).
        self._current_ended_unseen = False
        self._states: dict[str, SaleState] = {}
        #: The window closed, or handed its till over: the flow does nothing more.
        self.closed = False

        self.events = EventsController(
            window.events_page, None, self.tasks, describe_error=describe_error, clock=clock
        )
        self.tickets = TicketsController(window.tickets_page, settings.to_checkout())
        self.payment = PaymentController(window.payment_page, clock=clock)
        self.result = ResultController(window.result_page, self.tasks, clock=clock)
        self.result.staff = not window.kiosk
        self.recent = RecentSalesController(window.recent_page, clock=clock)
        self.offline_sales = OfflineSales(self, self)  # cash and complimentary (staff only)
        self.sales_actions = SalesActions(self)

        # A closed window must stop hearing from the engine at once: the engine's watchers run
        # on the same loop and would otherwise paint into widgets being destroyed.
        window.closing.connect(self.detach)
        self.events.eventChosen.connect(self.open_event)
        self.events.catalogueChanged.connect(self.tickets.set_catalogue)
        self.tickets.backRequested.connect(self.show_events)
        self.tickets.checkoutRequested.connect(self.start_sale)
        self.payment.cancelRequested.connect(self.cancel_sale)
        self.result.newSaleRequested.connect(self.new_sale)
        self.result.continuationRequested.connect(self.start_sale)  # a new invoice for the rest
        self.result.recentSalesRequested.connect(
            lambda: self.show_recent_sales(select=self.shown_sale_id)
        )
        self.recent.saleChosen.connect(self.open_sale)
        window.new_sale_button.clicked.connect(self.new_sale)
        window.recent_sales_button.clicked.connect(lambda: self.show_recent_sales())
        window.current_sale_banner.actionClicked.connect(self.back_to_current_sale)
        self.notices = SaleNotices(window, self._open_noticed)
        window.setup_banner.actionClicked.connect(window.settings_button.click)
        self.saleChanged.connect(self._on_sale_changed)
        self.window.show_device(self.settings.device_name, self.settings.device_id)

    @property
    def shown_sale_id(self) -> str | None:
        """The sale on the payment or result page (None on the other pages)."""
        return self.screen.sale_id

    # -- start and stop ----------------------------------------------------------------------

    def start(self) -> None:
        """Open the till in the background; the window is usable (and says so) meanwhile."""
        self.events.show_cached()
        self.tasks.spawn(self._open(), key="runtime")

    async def _open(self) -> None:
        self.window.setup_banner.clear()
        try:
            runtime = await self._open_runtime(self.settings)
        except ConfigurationError as error:
            self.window.setup_banner.show_message(error_sentence(error), "warning")
            self.events.set_source(None)
            self.events.show_cached()
            self.openingFailed.emit(error)
            return
        except Exception as error:
            log.exception("could not open the till")
            self.openingFailed.emit(error)
            self.window.setup_banner.show_message(
                self.tr("Box Office could not start selling: {error}").format(
                    error=describe_error(error)
                ),
                "error",
            )
            return
        if self.closed:
            await runtime.aclose()
            return
        self.runtime = runtime
        self._unsubscribe = runtime.engine.subscribe(self.saleChanged.emit)
        self.result.set_engine(runtime.engine)
        if self.screen.page is Page.RECENT:
            self.recent.set_sales(runtime.engine.recent_sales(self.recent.limit))
        self.window.show_device(self.settings.device_name, self.settings.device_id)
        self.events.set_source(runtime.catalogue)
        self.events.show_cached()
        self.events.refresh()
        # BTCPay's version, read now rather than by the first sale (one round trip off its QR).
        self.tasks.spawn(runtime.engine.prepare(), key="prepare")
        self.runtimeReady.emit(runtime)
        if self._resume:
            self.tasks.spawn(self._recover(runtime), key="recover")

    async def _recover(self, runtime: Runtime) -> None:
        """Resume sales a previous run left unfinished; tell staff about any that need them.

        A sale whose customer may still be paying (the till was restarted mid-payment) is
        shown again on the payment page, so staff can see whether it went through.
        """
        try:
            sales = await runtime.engine.recover(watch=True)
        except Exception as error:
            log.warning("recovery failed: %s", error)
            self.window.show_notice(
                self.tr("Earlier unfinished sales could not be checked: {error}").format(
                    error=describe_error(error)
                )
            )
            return
        payable = [s for s in sales if s.state.payable]
        if payable and self.current_sale_id is None and not self.tasks.running("sale"):
            sale = max(payable, key=lambda s: s.created_at)
            self.current_sale_id = sale.id
            self._follow_current(runtime.engine.sale(sale.id) or sale)
            self.window.show_notice(
                self.tr("Resumed the sale that was being paid when Box Office stopped."), "info"
            )
        self.notices.set_aside(runtime.engine.damaged_records)
        self.notices.recovered(sales)

    async def reopen(self, settings: Settings) -> None:
        """Use new settings: close the old runtime and open a new one."""
        self.settings = settings
        self.tickets.apply_settings(settings.to_checkout())
        await self._close_runtime()
        await self._open()

    async def _close_runtime(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if not self.closed:  # closing: the window (and its widgets) may be gone already
            self.result.set_engine(None)
        runtime, self.runtime = self.runtime, None
        if runtime is not None:
            try:
                await runtime.aclose()
            except Exception:
                log.exception("closing the runtime failed")

    def hand_over(self) -> Runtime | None:
        """Stop drawing and give the open runtime away, still open (a window built anew, in
        another language, takes it over with the engine and every sale it watches)."""
        self.detach()
        runtime, self.runtime = self.runtime, None
        return runtime

    def detach(self) -> None:
        """The window is closing: stop showing the engine's news and cancel screen work.

        Synchronous, so nothing reaches the widgets after this; `aclose()` then closes the
        runtime (the engine keeps every sale in its journal).
        """
        self.closed = True
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.tasks.cancel_all()

    async def aclose(self) -> None:
        """Stop everything (the window is closing)."""
        self.detach()
        await self.tasks.aclose()
        await self._close_runtime()

    # -- navigation ----------------------------------------------------------------------------

    def sale(self, sale_id: str | None) -> Sale | None:
        """The engine's latest snapshot of a sale (None without a till or an id)."""
        if self.runtime is None or sale_id is None:
            return None
        return self.runtime.engine.sale(sale_id)

    def _navigate(self, place: Place | None = None, *, draw: bool = True) -> None:
        """Go to `place` (or stay where staff are) and show the screen the sales call for.

        With `draw`, the page's sale is drawn afresh and the page takes the focus; without, only
        the controls around it follow (the banner, Settings, "New sale"), so a change to a sale
        staff are not looking at never moves them or steals the focus.
        """
        if place is not None:
            self.place = place
        screen = screen_for(
            self.place,
            self.sale(self.current_sale_id),
            self.sale(self._earlier_sale_id) if self.place is Place.EARLIER_SALE else None,
            previous=self.screen,
            starting=self._pending_order is not None,
            ended_unseen=self._current_ended_unseen,
        )
        self.screen = screen
        self.window.show_screen(screen)
        sale = self.sale(screen.sale_id)
        if draw:
            if screen.page is Page.PAYMENT and sale is not None:
                self.payment.show_sale(sale)
            elif screen.page is Page.RESULT and sale is not None:
                if not screen.earlier:
                    self.payment.show_sale(sale)  # stops the countdown
                self.result.show_sale(sale, earlier=screen.earlier)
            elif screen.page is Page.EVENTS:
                self.events.focus()
            elif screen.page is Page.RECENT:
                self.recent.focus()
        if screen.page is Page.RESULT:
            self.result.allow_new_sale(
                screen.new_sale_offered, focus=draw and screen.focus_new_sale
            )
        self._show_current_banner(screen)
        self.screenChanged.emit(screen)

    @property
    def selling(self) -> bool:
        """Whether a sale is being sold: being started, or started and not yet ended."""
        return self._pending_order is not None or self._sale_active()

    def show_events(self) -> None:
        self._navigate(Place.EVENTS)

    def show_place(self, place: Place) -> None:
        """Go to a page of its own (the door console's); a sale being paid goes on."""
        self._navigate(place)

    def open_event(self, event_id: str) -> None:
        if self._sale_active():
            return
        opened = self.tickets.open_offer.id if self.tickets.open_offer is not None else None
        if self.screen.page is Page.TICKETS and opened == event_id:
            return  # the click of a double-click already opened it
        catalogue = self.events.catalogue
        event = catalogue.event(event_id) if catalogue is not None else None
        if event is None:
            return
        self.tickets.set_catalogue(catalogue)
        self.tickets.open_event(event)
        self._navigate(Place.TICKETS)

    def let_go(self) -> None:
        """Leave a paid sale that is still confirming to the engine (which issues its tickets,
        once, when it confirms) and start a new one: a kiosk's next customer need not wait."""
        sale = self.sale(self.current_sale_id)
        if sale is None or sale.state is not SaleState.CONFIRMING:
            return
        self.current_sale_id = None
        self._current_ended_unseen = False
        self.new_sale()

    def new_sale(self) -> None:
        """Clear everything the last sale showed and go back to the events."""
        if self._sale_active():
            self.window.show_notice(self.tr("Finish or cancel the current sale first."), "info")
            return
        self.current_sale_id = None
        self._current_ended_unseen = False
        self._pending_order = None
        last_event = self.tickets.open_offer.id if self.tickets.open_offer is not None else None
        self.tickets.reset()
        self.payment.reset()
        self.result.reset()
        self.window.error_banner.clear()
        self._navigate(self.home)
        if self.runtime is not None:
            # Availability changed with the last sale: that event only (one request).
            self.events.refresh_event(last_event)

    # -- recent sales ----------------------------------------------------------------------------

    def show_recent_sales(self, select: str | None = None) -> None:
        """The till's latest sales; a sale being paid goes on (and the banner leads back)."""
        if self.runtime is not None:
            self.recent.set_sales(self.runtime.engine.recent_sales(self.recent.limit))
        if select is not None:
            self.recent.select(select)
        self._navigate(Place.RECENT)

    def open_sale(self, sale_id: str) -> None:
        """Open a sale from the recent sales: its tickets, its payment, or what needs doing."""
        sale = self.sale(sale_id)
        if sale is None:
            return
        if sale.id == self.current_sale_id:
            self.back_to_current_sale()
            return
        if sale.state in PAYMENT_STATES and sale.state != SaleState.ISSUING:
            # Still being paid (say, resumed after a restart): the till follows it again.
            self.current_sale_id = sale.id
            self._current_ended_unseen = False
            self._navigate(Place.CURRENT_SALE)
            return
        self._earlier_sale_id = sale.id
        self._navigate(Place.EARLIER_SALE)
        self.notices.opened(sale.id)

    def back_to_current_sale(self) -> None:
        """Show the current sale's page again, as it is now."""
        if self.sale(self.current_sale_id) is None:
            self._navigate(draw=False)
            return
        self._current_ended_unseen = False
        self._navigate(Place.CURRENT_SALE)

    def _show_current_banner(self, screen: Screen) -> None:
        """Under the top bar while away: the sale being paid, or that it ended meanwhile."""
        sale = self.sale(self.current_sale_id)
        self.window.show_left_sale(left_sale_words(sale) if sale and screen.back_to_sale else None)

    def _open_noticed(self, sale_id: str | None) -> None:
        if sale_id is None:
            self.show_recent_sales()
        else:
            self.open_sale(sale_id)

    def _sale_active(self) -> bool:
        sale = self.sale(self.current_sale_id)
        return sale is not None and not sale.terminal

    # -- the sale ------------------------------------------------------------------------------

    def start_sale(self, order: Order, start: Starter | None = None) -> None:
        if self.runtime is None:
            self.tickets.show_problem(
                self.tr("Box Office is not connected yet. Check the settings, then try again.")
            )
            return
        if self.tasks.running("sale"):
            return
        self.tickets.set_busy(True)
        self.tasks.spawn(self._start_sale(self.runtime.engine, order, start), key="sale")

    async def _start_sale(self, engine: SaleEngine, order: Order, start: Starter | None) -> None:
        self._pending_order = order
        self._navigate(Place.CURRENT_SALE, draw=False)
        try:
            sale = await (start(engine, order) if start else engine.start_sale(order))
        except Exception as error:
            log.warning("the sale could not start: %s", error)
            self.tickets.show_problem(
                self.tr("The sale could not start: {error}").format(error=describe_error(error))
            )
            self._pending_order = None
            self._navigate(Place.TICKETS, draw=False)
            return
        finally:
            self._pending_order = None
            self.tickets.set_busy(False)
        self.current_sale_id = sale.id
        latest = engine.sale(sale.id) or sale
        self._follow_current(latest)

    def cancel_sale(self, sale_id: str) -> None:
        if self.runtime is None:
            return
        self.tasks.spawn(self._cancel(self.runtime.engine, sale_id), key="cancel")

    async def _cancel(self, engine: SaleEngine, sale_id: str) -> None:
        try:
            sale = await engine.cancel(sale_id)
        except Exception as error:
            log.warning("cancel failed: %s", error)
            self.window.show_error(
                self.tr("The sale could not be cancelled: {error}").format(
                    error=describe_error(error)
                )
            )
            latest = self.sale(sale_id)
            if latest is not None:
                self.payment.show_sale(latest)
            return
        if sale.id == self.current_sale_id:
            self._follow_current(sale)

    def _on_sale_changed(self, sale: Sale) -> None:
        # The engine reports while start_sale is still running: adopt our sale.
        starting = self.current_sale_id is None and self._pending_order is not None
        if starting and sale.order == self._pending_order:
            self.current_sale_id = sale.id
        before = self._states.get(sale.id)
        self._states[sale.id] = sale.state
        self.recent.update(sale)
        if sale.id == self.current_sale_id:
            self._follow_current(sale)
        elif self.screen.earlier and sale.id == self.screen.sale_id:
            self.result.show_sale(sale, earlier=True)
            self.notices.seen_ending(sale)
        else:
            self.notices.changed(sale, before)

    def _follow_current(self, sale: Sale) -> None:
        """The current sale changed: draw it, unless staff are looking at something else.

        On the events or the tickets, the current sale's own page comes up (a sale started
        there, or resumed after a restart); on the recent sales or an earlier sale, staff stay
        and the banner says how the sale they left is going.
        """
        if self.place in (Place.EVENTS, Place.TICKETS, Place.CURRENT_SALE):
            if sale.state is SaleState.FAILED:
                # It never asked for payment: back to the tickets, which say why.
                self.current_sale_id = None
                self.tickets.set_busy(False)
                self.tickets.show_problem(say(sale.message or self.tr("The sale could not start.")))
                self._navigate(Place.TICKETS, draw=False)
                return
            self._navigate(Place.CURRENT_SALE)
            return
        if sale.state in PAYMENT_STATES or sale.terminal:
            # Ready, with its countdown right (or stopped), for the way back.
            self.payment.show_sale(sale)
        if sale.terminal:
            self._current_ended_unseen = True
        self._navigate(draw=False)

    # -- misc ----------------------------------------------------------------------------------

    def _report(self, error: BaseException) -> None:
        self.window.show_error(
            self.tr("Something went wrong: {error}").format(error=describe_error(error))
        )
