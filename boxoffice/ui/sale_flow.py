"""The controller of the main window: opens the till, routes a sale from page to page.

The engine owns every rule; this class turns its sale snapshots into pages and sends it the
staff's intents (start, cancel). Engine observers are plain callables called on the loop's
thread, which is the GUI thread under qasync, so they are bridged to a Qt signal and drawn
directly.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from boxoffice.settings import Settings
from boxoffice.ui.errors import describe_error
from boxoffice.ui.events_page import EventsController
from boxoffice.ui.main_window import MainWindow
from boxoffice.ui.payment_page import PaymentController
from boxoffice.ui.result_page import ResultController
from boxoffice.ui.tasks import TaskKeeper
from boxoffice.ui.tickets_page import TicketsController

log = logging.getLogger(__name__)

PAYMENT_STATES = frozenset({"reserving", "awaiting_payment", "confirming", "issuing", "releasing"})

RuntimeOpener = Callable[[Settings], Awaitable[Any]]


class SaleFlow(QObject):
    """Runs the staff sale flow in a `MainWindow` against a `Runtime`.

    `open_runtime(settings)` builds the runtime (clients, engine, catalogue source); it may
    raise `ConfigurationError`, which shows a "set up" banner instead of the events.
    """

    saleChanged = Signal(object)
    runtimeReady = Signal(object)

    def __init__(
        self,
        window: MainWindow,
        settings: Settings,
        open_runtime: RuntimeOpener,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self._open_runtime = open_runtime
        self.clock = clock
        self.runtime: Any | None = None
        self.tasks = TaskKeeper(report=self._report)
        self.current_sale_id: str | None = None
        self._pending_order: Any | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._noticed: set[str] = set()
        self._closed = False

        self.events = EventsController(
            window.events_page, None, self.tasks, describe_error=describe_error, clock=clock
        )
        self.tickets = TicketsController(window.tickets_page, settings.to_checkout())
        self.payment = PaymentController(window.payment_page, clock=clock)
        self.result = ResultController(window.result_page, self.tasks)

        self.events.eventChosen.connect(self.open_event)
        self.events.catalogueChanged.connect(self.tickets.set_catalogue)
        self.tickets.backRequested.connect(self.show_events)
        self.tickets.checkoutRequested.connect(self.start_sale)
        self.payment.cancelRequested.connect(self.cancel_sale)
        self.result.newSaleRequested.connect(self.new_sale)
        window.new_sale_button.clicked.connect(self.new_sale)
        window.setup_banner.actionClicked.connect(window.settings_button.click)
        self.saleChanged.connect(self._on_sale_changed)
        self._show_device()

    # -- start and stop ----------------------------------------------------------------------

    def start(self) -> None:
        """Open the till in the background; the window is usable (and says so) meanwhile."""
        self.events.show_cached()
        self.tasks.spawn(self._open(), key="runtime")

    async def _open(self) -> None:
        from boxoffice.runtime import ConfigurationError

        self.window.setup_banner.clear()
        try:
            runtime = await self._open_runtime(self.settings)
        except ConfigurationError as error:
            self.window.setup_banner.show_message(str(error), "warning")
            self.events.set_source(None)
            self.events.show_cached()
            return
        except Exception as error:
            log.exception("could not open the till")
            self.window.setup_banner.show_message(
                f"Box Office could not start selling: {describe_error(error)}", "error"
            )
            return
        if self._closed:
            await runtime.aclose()
            return
        self.runtime = runtime
        self._unsubscribe = runtime.engine.subscribe(self.saleChanged.emit)
        self._show_device()
        self.events.set_source(runtime.catalogue)
        self.events.show_cached()
        self.events.refresh()
        self.runtimeReady.emit(runtime)
        self.tasks.spawn(self._recover(runtime), key="recover")

    async def _recover(self, runtime: Any) -> None:
        """Resume sales a previous run left unfinished; tell staff about any that need them.

        A sale whose customer may still be paying (the till was restarted mid-payment) is
        shown again on the payment page, so staff can see whether it went through.
        """
        try:
            sales = await runtime.engine.recover(watch=True)
        except Exception as error:
            log.warning("recovery failed: %s", error)
            self.window.show_notice(
                f"Earlier unfinished sales could not be checked: {describe_error(error)}"
            )
            return
        payable = [s for s in sales if str(s.state) in ("awaiting_payment", "confirming")]
        if payable and self.current_sale_id is None and not self.tasks.running("sale"):
            sale = max(payable, key=lambda s: s.created_at)
            self.current_sale_id = sale.id
            self._route(runtime.engine.sale(sale.id) or sale)
            self.window.show_notice(
                "Resumed the sale that was being paid when Box Office stopped.", "info"
            )
        troubled = [sale for sale in sales if str(sale.state) == "needs_attention"]
        if troubled:
            first = troubled[0]
            more = f" (and {len(troubled) - 1} more)" if len(troubled) > 1 else ""
            self.window.show_notice(
                f"An earlier sale needs attention{more}: {first.message or first.reason} "
                f"— sale {first.id}."
            )

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
        runtime, self.runtime = self.runtime, None
        if runtime is not None:
            try:
                await runtime.aclose()
            except Exception:
                log.exception("closing the runtime failed")

    async def aclose(self) -> None:
        """Stop everything (the window is closing)."""
        self._closed = True
        await self.tasks.aclose()
        await self._close_runtime()

    # -- navigation ----------------------------------------------------------------------------

    def show_events(self) -> None:
        self.window.pages.setCurrentWidget(self.window.events_page)
        self.window.events_page.event_list.setFocus()

    def open_event(self, event_id: str) -> None:
        if self._sale_active():
            return
        page = self.window.pages.currentWidget()
        opened = self.tickets.event.id if self.tickets.event is not None else None
        if page is self.window.tickets_page and opened == event_id:
            return  # the click of a double-click already opened it
        catalogue = self.events.catalogue
        event = catalogue.event(event_id) if catalogue is not None else None
        if event is None:
            return
        self.tickets.set_catalogue(catalogue)
        self.tickets.open_event(event)
        self.window.pages.setCurrentWidget(self.window.tickets_page)

    def new_sale(self) -> None:
        """Clear everything the last sale showed and go back to the events."""
        if self._sale_active():
            self.window.show_notice("Finish or cancel the current sale first.", "info")
            return
        self.current_sale_id = None
        self._pending_order = None
        self.tickets.reset()
        self.payment.reset()
        self.result.reset()
        self.window.error_banner.clear()
        self.window.settings_button.setEnabled(True)
        self.show_events()
        if self.runtime is not None:
            self.events.refresh()  # availability changed with the last sale

    def _sale_active(self) -> bool:
        if self.current_sale_id is None or self.runtime is None:
            return False
        sale = self.runtime.engine.sale(self.current_sale_id)
        return sale is not None and not sale.terminal

    # -- the sale ------------------------------------------------------------------------------

    def start_sale(self, order: Any) -> None:
        if self.runtime is None:
            self.tickets.show_problem(
                "Box Office is not connected yet. Check the settings, then try again."
            )
            return
        if self.tasks.running("sale"):
            return
        self.tickets.set_busy(True)
        self.tasks.spawn(self._start_sale(order), key="sale")

    async def _start_sale(self, order: Any) -> None:
        engine = self.runtime.engine
        self._pending_order = order
        self.window.settings_button.setEnabled(False)
        try:
            sale = await engine.start_sale(order)
        except Exception as error:
            log.warning("the sale could not start: %s", error)
            self.tickets.show_problem(f"The sale could not start: {describe_error(error)}")
            self.window.settings_button.setEnabled(True)
            return
        finally:
            self._pending_order = None
            self.tickets.set_busy(False)
        self.current_sale_id = sale.id
        latest = engine.sale(sale.id) or sale
        self._route(latest)

    def cancel_sale(self, sale_id: str) -> None:
        if self.runtime is None:
            return
        self.tasks.spawn(self._cancel(sale_id), key="cancel")

    async def _cancel(self, sale_id: str) -> None:
        try:
            sale = await self.runtime.engine.cancel(sale_id)
        except Exception as error:
            log.warning("cancel failed: %s", error)
            self.window.show_error(f"The sale could not be cancelled: {describe_error(error)}")
            sale = self.runtime.engine.sale(sale_id) if self.runtime else None
            if sale is not None:
                self.payment.show_sale(sale)
            return
        if sale.id == self.current_sale_id:
            self._route(sale)

    def _on_sale_changed(self, sale: Any) -> None:
        # The engine reports while start_sale is still running: adopt our sale.
        starting = self.current_sale_id is None and self._pending_order is not None
        if starting and sale.order == self._pending_order:
            self.current_sale_id = sale.id
        if sale.id != self.current_sale_id:
            self._notice_other(sale)
            return
        self._route(sale)

    def _notice_other(self, sale: Any) -> None:
        """An earlier sale changed (a payment after it was closed): staff must hear of it."""
        if str(sale.state) != "needs_attention" or sale.id in self._noticed:
            return
        self._noticed.add(sale.id)
        self.window.show_notice(
            f"An earlier sale needs attention: {sale.message or sale.reason} "
            f"— {sale.order.summary}, sale {sale.id}."
        )

    def _route(self, sale: Any) -> None:
        state = str(sale.state)
        window = self.window
        if state == "failed":
            self.current_sale_id = None
            window.settings_button.setEnabled(True)
            self.tickets.set_busy(False)
            self.tickets.show_problem(sale.message or "The sale could not start.")
            window.pages.setCurrentWidget(window.tickets_page)
            return
        if state == "reserving":
            return  # the tickets page shows "Reserving tickets…" on its button
        if state in PAYMENT_STATES:
            window.settings_button.setEnabled(False)
            self.payment.show_sale(sale)
            window.pages.setCurrentWidget(window.payment_page)
            return
        window.settings_button.setEnabled(True)
        self.payment.show_sale(sale)  # stops the countdown
        self.result.show_sale(sale)
        window.pages.setCurrentWidget(window.result_page)
        window.result_page.new_sale.setFocus()

    # -- misc ----------------------------------------------------------------------------------

    def _show_device(self) -> None:
        name = self.settings.device_name or ""
        device = self.settings.device_id or ""
        text = " · ".join(part for part in (name, device) if part)
        self.window.device.setText(text)

    def _report(self, error: BaseException) -> None:
        self.window.show_error(f"Something went wrong: {describe_error(error)}")
