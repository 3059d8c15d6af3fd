"""A paid sale's tickets out of the till: printed, saved as a PDF, or e-mailed again."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import QDialog, QFileDialog

from boxoffice.domain.money import format_btc
from boxoffice.domain.sale import SaleState
from boxoffice.ui.errors import describe_error
from boxoffice.ui.formatting import error_sentence, order_when
from boxoffice.ui.locale_format import money, stamp_words
from boxoffice.ui.printing.receipt import Receipt, ReceiptLayout, ReceiptTicket, render, write_pdf
from boxoffice.ui.screens.result.receipt import email_status
from boxoffice.ui.screens.result.view import ResultView
from boxoffice.ui.tasks import TaskKeeper
from boxoffice.ui.widgets.common import set_tone

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from boxoffice.domain.sale import Sale
    from boxoffice.engine.sale_engine import SaleEngine

log = logging.getLogger(__name__)


def documents_dir() -> Path:
    """The user's Documents folder, or the home folder when there is none."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if location and Path(location).is_dir():
        return Path(location)
    return Path.home()


def receipt_for(sale: Sale, *, now: float | None = None) -> Receipt:
    """The printable receipt of a completed sale."""
    order = sale.order
    payment = sale.payment
    # The invoice's amount in BTC: the last snapshot's "paid" may predate the final payment.
    paid_btc = format_btc(payment.btc_amount) if payment and payment.btc_amount else None
    stamp = datetime.fromtimestamp(now if now is not None else time.time())
    return Receipt(
        event_name=order.event_name,
        event_when=order_when(order.event_start),
        venue=order.venue,
        tickets=tuple(
            ReceiptTicket(t.barcode, t.ticket_type_name, t.full_name) for t in sale.tickets
        ),
        total=money(order.total, order.currency),
        paid_btc=paid_btc,
        # Not the till's "press E-mail tickets" of a cash or complimentary sale: it is for staff.
        email_note=email_status(sale)[0] if sale.offline is None or sale.email_sent else None,
        reference=sale.invoice_id or sale.id,
        issued_at=stamp_words(stamp),
    )


class TicketOutput(QObject):
    """Print, "Save as PDF" and "E-mail again" for the sale on screen.

    `current()` is the sale on screen (or None); `redraw(sale)` draws a newer snapshot of it.
    """

    def __init__(
        self,
        view: ResultView,
        tasks: TaskKeeper,
        current: Callable[[], Sale | None],
        redraw: Callable[[Sale], None],
        *,
        receipts_dir: Callable[[], Path] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.tasks = tasks
        self._current = current
        self._redraw = redraw
        #: The sale engine (e-mailing again); None until the till is open.
        self.engine: SaleEngine | None = None
        #: Whether "E-mail again" is offered: not on a kiosk.
        self.staff = True
        #: The sale whose tickets are being e-mailed again.
        self.resending: str | None = None
        #: The open print or file dialog and what it needs, kept alive until it closes.
        self.dialog: QFileDialog | tuple[QPrintDialog, QPrinter] | None = None
        #: Where "Save as PDF" starts: the folder last saved to in this run, else this.
        self._receipts_dir = receipts_dir
        self._last_pdf_dir: Path | None = None
        view.print_button.clicked.connect(self.print_tickets)
        view.pdf_button.clicked.connect(self.ask_pdf_path)
        view.resend_email.clicked.connect(self.resend_email)

    # -- e-mailing again -----------------------------------------------------------------------

    def show_resend(self, sale: Sale) -> None:
        """The "E-mail again" button as this sale and the engine allow it."""
        view = self.view
        address = sale.order.buyer.email
        possible = self.engine is not None and bool(getattr(self.engine, "email_possible", False))
        view.resend_email.setVisible(self.staff and sale.state == SaleState.COMPLETED)
        pending = sale.records_pending
        view.resend_email.setEnabled(
            bool(address) and possible and self.resending is None and not pending
        )
        view.resend_email.setText(
            self.tr("Sending…")
            if self.resending == sale.id
            else self.tr("E-mail tickets")
            if sale.offline is not None and not sale.email_sent
            else self.tr("E-mail again")
        )
        if not address:
            view.resend_email.setToolTip(self.tr("No e-mail address was given for this sale."))
        elif not possible:
            view.resend_email.setToolTip(
                self.tr(
                    "Ticket e-mails are turned off in Settings, or the BTCPay key may not send them."  # noqa: E501
                )
            )
        else:
            view.resend_email.setToolTip(
                self.tr("Send the tickets to {address} again.").format(address=address)
            )

    def resend_email(self) -> asyncio.Task[None] | None:
        """E-mail the shown sale's tickets again, in the background."""
        sale = self._current()
        if sale is None or self.engine is None or self.resending is not None or not self.staff:
            return None
        address = sale.order.buyer.email
        return self.tasks.spawn(self._resend(self.engine, sale.id, address), key="resend")

    async def _resend(self, engine: SaleEngine, sale_id: str, address: str | None) -> None:
        view = self.view
        self.resending = sale_id
        view.resend_email.setEnabled(False)
        view.resend_email.setText(self.tr("Sending…"))
        view.email_status.setText(
            self.tr("E-mailing the tickets to {address} again…").format(address=address)
        )
        set_tone(view.email_status, "info")
        sale: Sale | None = None
        problem = None
        try:
            sale = await engine.resend_email(sale_id)
        except Exception as error:
            log.warning("e-mailing the tickets of %s again failed: %s", sale_id, error)
            # The engine's own refusal (no tickets yet, still on their way) is its sentence.
            said = error_sentence(error) if type(error) is ValueError else describe_error(error)
            problem = self.tr("Not sent: {error}").format(error=said)
        finally:
            self.resending = None
        shown = self._current()
        if shown is None or shown.id != sale_id:
            return
        self._redraw(sale or shown)
        if problem is not None:
            view.email_status.setText(problem)
            set_tone(view.email_status, "warning")
        elif sale is not None and sale.email_sent:
            view.email_status.setText(
                self.tr("Tickets handed to BTCPay again for e-mail to {address}.").format(
                    address=address
                )
            )
            set_tone(view.email_status, "success")

    # -- printing ----------------------------------------------------------------------------

    def current_layout(self) -> ReceiptLayout:
        layout = self.view.layout_choice.currentData()
        return layout if isinstance(layout, ReceiptLayout) else ReceiptLayout.ROLL_80MM

    def print_tickets(self) -> None:
        """Ask for a printer (non-blocking dialog); the layout follows the paper width."""
        sale = self._current()
        if sale is None or not sale.tickets:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Tickets {sale}").format(sale=sale.id))
        dialog = QPrintDialog(printer, self.view)
        dialog.setWindowTitle(self.tr("Print tickets"))
        self.dialog = (dialog, printer)
        receipt = receipt_for(sale)

        def accepted() -> None:
            size = printer.pageLayout().pageSize().size(QPageSize.Unit.Millimeter)
            layout = ReceiptLayout.for_page_width(size.width())
            self.tasks.spawn(self._render_to(printer, receipt, layout), key="print")

        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _code: setattr(self, "dialog", None))
        # QPrintDialog.open() in PySide wants a receiver and a slot; the plain QDialog one
        # shows it window-modal without a nested event loop.
        QDialog.open(dialog)

    async def _render_to(self, printer: QPrinter, receipt: Receipt, layout: ReceiptLayout) -> None:
        self.view.print_status.setText(self.tr("Printing…"))
        try:
            await asyncio.sleep(0)  # let "Printing…" be drawn first
            render(receipt, printer, layout)  # on this thread: see _save_pdf
        except Exception as error:
            log.exception("printing failed")
            self.view.print_status.setText(
                self.tr("Printing failed: {error}").format(error=describe_error(error))
            )
        else:
            self.view.print_status.setText(
                self.tr("Sent to {printer}.").format(
                    printer=printer.printerName() or self.tr("the printer")
                )
            )

    def ask_pdf_path(self) -> None:
        """Ask where to save the PDF (non-blocking dialog), then write it in the background."""
        sale = self._current()
        if sale is None or not sale.tickets:
            return
        suggested = self.pdf_directory() / f"tickets-{sale.id}.pdf"
        dialog = QFileDialog(
            self.view, self.tr("Save tickets as PDF"), str(suggested), self.tr("PDF (*.pdf)")
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        # Qt's own dialog: the same on every desktop, and never a second event loop.
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.selectFile(str(suggested))
        self.dialog = dialog
        dialog.fileSelected.connect(lambda path: self.save_pdf(Path(path)))
        dialog.finished.connect(lambda _code: setattr(self, "dialog", None))
        QDialog.open(dialog)  # not QFileDialog.open(receiver, slot)

    def pdf_directory(self) -> Path:
        """The folder "Save as PDF" starts in."""
        if self._last_pdf_dir is not None:
            return self._last_pdf_dir
        return self._receipts_dir() if self._receipts_dir else documents_dir()

    def save_pdf(self, path: Path) -> asyncio.Task[None] | None:
        """Write the tickets of the current sale to `path` in the chosen layout."""
        sale = self._current()
        if sale is None or not sale.tickets:
            return None
        # The next sale's tickets most likely go to the same folder.
        self._last_pdf_dir = path.parent
        return self.tasks.spawn(self._save_pdf(path, receipt_for(sale), self.current_layout()))

    async def _save_pdf(self, path: Path, receipt: Receipt, layout: ReceiptLayout) -> None:
        self.view.print_status.setText(self.tr("Saving the PDF…"))
        try:
            await asyncio.sleep(0)  # let "Saving the PDF…" be drawn first
            # On the GUI thread, deliberately (13-60 ms for 2-30 tickets): painting the receipt
            # calls back into Python for each QR code, and on a worker thread that deadlocked
            # against the GUI thread building a file dialog (each waiting for the other's lock).
            write_pdf(receipt, path, layout)
        except Exception as error:
            log.exception("saving the PDF failed")
            self.view.print_status.setText(
                self.tr("The PDF could not be saved: {error}").format(error=describe_error(error))
            )
        else:
            self.view.print_status.setText(self.tr("Saved {path}").format(path=path))
