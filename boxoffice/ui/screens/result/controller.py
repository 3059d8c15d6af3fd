"""Step 5: how the sale ended. Tickets with their QR codes, or what happened and what to do.

The same page shows an earlier sale opened from the recent sales: its tickets to show, print
or e-mail again, or, for a payment that arrived in full too late, a way to accept it here.
Each of those is a part of its own (receipt, accept_payment, ticket_output, resolutions: settling
a sale that needs attention, refund_panel: a refund and its claim QR); this controller chooses
the page for the sale's state and hands the sale to the part that draws it.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from boxoffice.domain.sale import SaleState
from boxoffice.ui.formatting import sale_time_words
from boxoffice.ui.i18n import say
from boxoffice.ui.screens.result.accept_payment import AcceptPayment
from boxoffice.ui.screens.result.receipt import ReceiptSection
from boxoffice.ui.screens.result.refund_panel import RefundPanel
from boxoffice.ui.screens.result.refund_view import RefundView
from boxoffice.ui.screens.result.resolutions import SettleSale, StaffSession
from boxoffice.ui.screens.result.ticket_output import TicketOutput
from boxoffice.ui.screens.result.view import ResultView, closed_title
from boxoffice.ui.tasks import TaskKeeper

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from boxoffice.domain.sale import Sale
    from boxoffice.engine.sale_engine import SaleEngine


class ResultController(QObject):
    """Shows how the current sale ended, and prints or saves its tickets."""

    newSaleRequested = Signal()
    recentSalesRequested = Signal()
    #: The order for the rest of a partly paid, expired sale, to start as any sale.
    continuationRequested = Signal(object)

    def __init__(
        self,
        view: ResultView,
        tasks: TaskKeeper,
        *,
        receipts_dir: Callable[[], Path] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.tasks = tasks
        self.sale: Sale | None = None
        #: The sale engine (accepting, e-mailing again); None until the till is open.
        self.engine: SaleEngine | None = None
        self.clock = clock
        self.earlier = False
        self._staff = True
        self.receipt = ReceiptSection(view, self)
        self.acceptance = AcceptPayment(view, tasks, self._current, self._redraw, self)
        self.output = TicketOutput(
            view, tasks, self._current, self._redraw, receipts_dir=receipts_dir, parent=self
        )
        #: Who is settling sales at this till, asked once per window.
        self.session = StaffSession()
        self.refund_view = RefundView()
        view.stack.addWidget(self.refund_view)
        self.settle = SettleSale(
            view,
            tasks,
            self._current,
            self._redraw,
            open_refund=self._open_refund,
            show_claim=self._show_claim,
            session=self.session,
            parent=self,
        )
        self.refunds = RefundPanel(
            self.refund_view,
            tasks,
            self._current,
            self._redraw,
            session=self.session,
            decided=self.settle.decided,
            parent=self,
        )
        self.acceptance.settle = self.settle
        self.settle.rest.start = self.continuationRequested.emit
        view.new_sale.clicked.connect(self.newSaleRequested)
        view.back_to_recent.clicked.connect(self.recentSalesRequested)

    @property
    def staff(self) -> bool:
        """Whether staff's own actions (accept a payment, e-mail again) are offered: not on a
        kiosk, where the customer is the one looking."""
        return self._staff

    @staff.setter
    def staff(self, staff: bool) -> None:
        changed = staff != self._staff
        self._staff = staff
        self.acceptance.staff = staff
        self.output.staff = staff
        self.settle.staff = staff
        if not staff:
            self.refunds.shown = None
        if changed and self.sale is not None:
            self._redraw(self.sale)  # staff came to a kiosk's result, or left it

    @property
    def _dialog(self) -> QFileDialog | tuple[QPrintDialog, QPrinter] | QMessageBox | None:
        """The open print, file or confirmation dialog (tests look at it)."""
        return self.output.dialog or self.acceptance.dialog or self.refunds.dialog

    def set_engine(self, engine: SaleEngine | None) -> None:
        self.engine = engine
        self.acceptance.engine = engine
        self.output.engine = engine
        self.settle.engine = engine
        self.refunds.engine = engine
        if self.sale is not None:
            self.output.show_resend(self.sale)

    def name_new_sale(self, words: str) -> None:
        """What the page's "New sale" button says (a kiosk's customer reads "Done")."""
        self.view.new_sale.setText(words)
        self.view.new_sale.setAccessibleName(words)

    def allow_new_sale(self, visible: bool, *, focus: bool = False) -> None:
        """Show or hide the page's "New sale" button; with `focus`, put the keyboard on it."""
        self.view.new_sale.setVisible(visible)
        if focus:
            self.view.new_sale.setFocus()

    def reset(self) -> None:
        self.sale = None
        self.earlier = False
        self.refunds.shown = None
        self.receipt.reset()
        view = self.view
        for widget in (
            view.receipt_title,
            view.receipt_detail,
            view.email_status,
            view.closed_detail,
            view.attention_message,
            view.attention_amounts,
            view.attention_reference,
            view.accept_status,
            view.print_status,
            self.settle.widgets.status,
        ):
            widget.clear()
        view.attention_advice.clear()
        view.back_to_recent.hide()

    def show_sale(self, sale: Sale, *, earlier: bool = False) -> None:
        """Draw a terminal (or late-changing) sale; `earlier`: opened from the recent sales."""
        if self.sale is None or self.sale.id != sale.id:
            for widget in (self.view.accept_status, self.view.print_status):
                widget.clear()
            self.settle.widgets.status.clear()
            self.settle.widgets.reason.clear()
            self.refunds.shown = None
        self.sale = sale
        self.earlier = earlier
        state = sale.state
        view = self.view
        view.back_to_recent.setVisible(earlier)
        # Not on a kiosk: the print and file dialogs would open the machine to a stranger (a
        # file system to browse, "print to file"); its customer has the tickets on screen.
        refunding = self._staff and self.refunds.showing(sale)
        printable = state == SaleState.COMPLETED and self._staff and not refunding
        for control in (view.print_button, view.pdf_button, view.layout_choice):
            control.setVisible(printable)
        self.settle.show(sale)
        if refunding:
            # The refund's choice or its claim QR, until staff go back to the sale.
            self.refunds.show(sale)
            view.stack.setCurrentWidget(self.refund_view)
        elif state == SaleState.COMPLETED:
            self.receipt.show(
                sale,
                started=self._started(sale) if earlier else None,
                email_busy=self.output.resending == sale.id,
            )
            self.output.show_resend(sale)
            self.receipt.show_tickets(sale)
            view.stack.setCurrentWidget(view.receipt_page)
        elif state in (SaleState.NEEDS_ATTENTION, SaleState.ISSUING):
            # Issuing here: the payment was just accepted on this page.
            self.acceptance.show(sale, started=self._started(sale))
            view.stack.setCurrentWidget(view.attention_page)
        else:
            self._show_closed(sale)
            view.stack.setCurrentWidget(view.closed_page)

    # -- what the parts do, by name (the window and the tests call these) ------------------

    def accept_payment(self, sale_id: str) -> asyncio.Task[None] | None:
        """Accept the sale's payment in the background; the page follows the sale."""
        return self.acceptance.accept_payment(sale_id)

    def ask_accept_payment(self) -> None:
        self.acceptance.ask_accept_payment()

    def resend_email(self) -> asyncio.Task[None] | None:
        """E-mail the shown sale's tickets again, in the background."""
        return self.output.resend_email()

    def print_tickets(self) -> None:
        self.output.print_tickets()

    def ask_pdf_path(self) -> None:
        self.output.ask_pdf_path()

    def pdf_directory(self) -> Path:
        """The folder "Save as PDF" starts in."""
        return self.output.pdf_directory()

    def save_pdf(self, path: Path) -> asyncio.Task[None] | None:
        """Write the tickets of the shown sale to `path` in the chosen layout."""
        return self.output.save_pdf(path)

    # -- helpers -------------------------------------------------------------------------------

    def _current(self) -> Sale | None:
        return self.sale

    def _open_refund(self, sale: Sale) -> None:
        self.refunds.open(sale, reason=self.settle.widgets.reason.text().strip())

    def _show_claim(self, sale: Sale) -> None:
        self.refunds.open_claim(sale)

    def _redraw(self, sale: Sale) -> None:
        self.show_sale(sale, earlier=self.earlier)

    def _started(self, sale: Sale) -> str:
        """ "today at 14:05" / "yesterday at 09:30" / "Sat 12 Apr at 18:00" """
        stamp, now = sale.created_at, self.clock()
        clock, day = sale_time_words(stamp, now)
        today = datetime.fromtimestamp(now).date()
        when = datetime.fromtimestamp(stamp).date()
        if when == today:
            return self.tr("today at {time}").format(time=clock)
        if when == today - timedelta(days=1):
            return self.tr("yesterday at {time}").format(time=clock)
        return self.tr("{day} at {time}").format(day=day, time=clock)

    def _show_closed(self, sale: Sale) -> None:
        closed_words = sale.reason.row.closed_words if sale.reason is not None else None
        if closed_words:
            detail = say(closed_words)
        elif sale.state == SaleState.FAILED:
            detail = say(sale.message or self.tr("The sale could not be started."))
        else:
            detail = say(sale.message or "")
        if sale.state == SaleState.FAILED:
            self.view.closed_title.setText(self.tr("The sale did not start"))
        else:
            self.view.closed_title.setText(closed_title())
        if self.earlier:
            detail += "\n" + self.tr("{order}, {event} — started {when}.").format(
                order=sale.order.summary, event=sale.order.event_name, when=self._started(sale)
            )
        self.view.closed_detail.setText(detail)
