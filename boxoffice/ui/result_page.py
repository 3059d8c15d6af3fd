"""Step 5: how the sale ended. Tickets with their QR codes, or what happened and what to do.

The same page shows an earlier sale opened from the recent sales: its tickets to show, print
or e-mail again, or, for a payment that arrived in full too late, a way to accept it here
instead of in BTCPay (BTCPay Server source, GreenfieldInvoiceController.cs `MarkInvoiceStatus`).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPageSize, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from boxoffice.domain.money import format_btc, format_money
from boxoffice.domain.sale import SaleNotAcceptable, SaleState
from boxoffice.engine.staff_actions import offers_acceptance
from boxoffice.ui.errors import describe_error
from boxoffice.ui.formatting import plural, sale_time_words
from boxoffice.ui.receipt import Receipt, ReceiptLayout, ReceiptTicket, render, write_pdf
from boxoffice.ui.tasks import TaskKeeper
from boxoffice.ui.widgets.common import Banner, button, label, set_tone
from boxoffice.ui.widgets.qr import QrImageJob

log = logging.getLogger(__name__)

CLOSED_TITLE = "Payment window closed — the tickets were released"
TICKET_QR_PX = 220

#: What staff should do, by the engine's machine-readable reason.
ADVICE = {
    "paid_late": "The customer paid after the payment window closed, so the tickets were "
    "released. Refund the payment from BTCPay, or mark the invoice settled there to issue the "
    "tickets.",
    "partial_then_expired": "The customer paid only part of the amount before the window "
    "closed. Refund what arrived from BTCPay (open the invoice, Refund), then start a new sale.",
    "paid_after_cancel": "A payment arrived after the sale was cancelled. Refund it from "
    "BTCPay, or start a new sale for the customer.",
    "issue_refused": "The invoice is paid but Ticket Tailor refused to issue the tickets. Do "
    "not take another payment: issue the tickets by hand in Ticket Tailor, or refund from "
    "BTCPay.",
    "payment_invalid": "BTCPay marked the payment invalid (it was not confirmed in time). "
    "Check the invoice in BTCPay before letting the customer in.",
    "service_error": "A service could not be reached while finishing the sale. Box Office "
    "keeps trying; check the invoice in BTCPay and the tickets in Ticket Tailor if it does "
    "not resolve.",
}
#: What staff should do when the payment arrived in full and the till can accept it.
ACCEPT_ADVICE = {
    "paid_late": "The full amount arrived after the payment window closed, so the tickets "
    "were released. Accept the payment below to issue the tickets now, or refund it from "
    "BTCPay.",
    "paid_after_cancel": "The full amount was paid after the sale was cancelled. Accept the "
    "payment below to issue the tickets now, or refund it from BTCPay.",
    "payment_invalid": "The full amount was paid but not confirmed in time, so BTCPay marked "
    "the invoice invalid. Check in BTCPay that the payment has confirmed since, then accept it "
    "below; otherwise refund it.",
}
DEFAULT_ADVICE = (
    "Look the invoice up in BTCPay with the reference below and settle it with the customer: "
    "refund, or issue the tickets by hand in Ticket Tailor."
)


def documents_dir() -> Path:
    """The user's Documents folder, or the home folder when there is none."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if location and Path(location).is_dir():
        return Path(location)
    return Path.home()


def receipt_for(sale: Any, *, now: float | None = None) -> Receipt:
    """The printable receipt of a completed sale."""
    order = sale.order
    payment = sale.payment
    # The invoice's amount in BTC: the last snapshot's "paid" may predate the final payment.
    paid_btc = format_btc(payment.btc_amount) if payment and payment.btc_amount else None
    stamp = datetime.fromtimestamp(now if now is not None else time.time())
    return Receipt(
        event_name=order.event_name,
        event_when=order.event_start or "",
        venue=order.venue,
        tickets=tuple(
            ReceiptTicket(t.barcode, t.ticket_type_name, t.full_name) for t in sale.tickets
        ),
        total=format_money(order.total, order.currency),
        paid_btc=paid_btc,
        email_note=email_status(sale)[0],
        reference=sale.invoice_id or sale.id,
        issued_at=stamp.strftime("%d %b %Y %H:%M"),
    )


def email_status(sale: Any) -> tuple[str, str]:
    """Whether the tickets went out by e-mail, in words and a tone.

    `email_sent` means BTCPay accepted the mail (its send call answers 200 whatever happens
    next, and drops the mail if no SMTP works: BTCPay Server source,
    GreenfieldStoreEmailController.cs), so the words never claim it arrived.
    """
    address = sale.order.buyer.email
    if getattr(sale, "records_pending", False) and address and sale.email_sent is None:
        # The tickets are issued; the e-mail waits for the invoice to be marked (engine).
        return (f"Handing the tickets to BTCPay for e-mail to {address}…", "info")
    if sale.email_sent:
        return (f"Tickets handed to BTCPay for e-mail to {address}", "success")
    if not address:
        return (
            "No e-mail address: print the tickets or let the buyer photograph the QR codes.",
            "",
        )
    note = sale.email_note or "it could not be sent"
    if sale.email_sent is None and sale.email_note:
        # BTCPay's answer to the send was lost: it may have been sent.
        return (f"E-mail to {address} not confirmed: {note}", "warning")
    if sale.email_sent is None and not sale.email_note:
        return (f"Tickets not e-mailed to {address}.", "warning")
    return (f"Tickets not e-mailed to {address}: {note}", "warning")


def received_words(sale: Any) -> str | None:
    """What arrived, as exactly as it is known: "0.00053000 BTC (£53.00)", or None."""
    payment = sale.payment
    btc = payment.btc_paid if payment is not None and payment.btc_paid else None
    fiat = None
    if sale.paid_amount is not None and sale.paid_amount > 0:
        fiat = format_money(sale.paid_amount, sale.order.currency)
    if btc and fiat:
        return f"{format_btc(btc)} ({fiat})"
    return fiat or (format_btc(btc) if btc else None)


class ResultView(QWidget):
    """Layout only: a receipt page, a "closed" page and a "needs attention" page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultPage")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 18)
        outer.setSpacing(12)

        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)

        # -- paid: the tickets --
        self.receipt_page = QWidget()
        self.receipt_page.setObjectName("receiptPage")
        receipt = QVBoxLayout(self.receipt_page)
        receipt.setContentsMargins(0, 0, 0, 0)
        receipt.setSpacing(8)
        self.receipt_title = label(role="title", name="receiptTitle")
        set_tone(self.receipt_title, "success")
        receipt.addWidget(self.receipt_title)
        self.receipt_detail = label(role="subtitle", name="receiptDetail")
        receipt.addWidget(self.receipt_detail)
        email_row = QHBoxLayout()
        email_row.setSpacing(12)
        self.email_status = label(name="emailStatus")
        email_row.addWidget(self.email_status, 1)
        self.resend_email = button("E-mail again", name="resendEmailButton")
        email_row.addWidget(self.resend_email, 0, Qt.AlignmentFlag.AlignVCenter)
        receipt.addLayout(email_row)
        self.ticket_list = QListWidget()
        self.ticket_list.setObjectName("ticketList")
        self.ticket_list.setIconSize(QSize(TICKET_QR_PX, TICKET_QR_PX))
        self.ticket_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.ticket_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ticket_list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.ticket_list.setWordWrap(True)
        receipt.addWidget(self.ticket_list, 1)
        self.stack.addWidget(self.receipt_page)

        # -- closed: expired or cancelled --
        self.closed_page = QWidget()
        self.closed_page.setObjectName("closedPage")
        closed = QVBoxLayout(self.closed_page)
        closed.addStretch(1)
        self.closed_title = label(CLOSED_TITLE, role="title", name="closedTitle")
        self.closed_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        closed.addWidget(self.closed_title)
        self.closed_detail = label(role="subtitle", name="closedDetail")
        self.closed_detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        closed.addWidget(self.closed_detail)
        closed.addStretch(2)
        self.stack.addWidget(self.closed_page)

        # -- needs attention: what happened, the amounts, what to do --
        # It scrolls: with banners above it, a small screen may not hold all of it.
        self.attention_page = QScrollArea()
        self.attention_page.setObjectName("attentionPage")
        self.attention_page.setWidgetResizable(True)
        self.attention_page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        attention_body = QWidget()
        self.attention_page.setWidget(attention_body)
        attention = QVBoxLayout(attention_body)
        attention.setContentsMargins(0, 0, 8, 0)
        attention.setSpacing(10)
        self.attention_title = label(
            "Needs attention — please check this sale", role="title", name="attentionTitle"
        )
        set_tone(self.attention_title, "warning")
        attention.addWidget(self.attention_title)
        self.attention_message = label(role="subtitle", name="attentionMessage")
        attention.addWidget(self.attention_message)
        self.attention_amounts = label(name="attentionAmounts")
        self.attention_amounts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        attention.addWidget(self.attention_amounts)
        self.attention_advice = Banner(name="attentionAdvice")
        attention.addWidget(self.attention_advice)
        accept_row = QHBoxLayout()
        accept_row.setSpacing(14)
        self.accept_payment = button(
            "Accept payment and issue tickets", name="acceptPaymentButton", role="primary"
        )
        accept_row.addWidget(self.accept_payment, 0, Qt.AlignmentFlag.AlignVCenter)
        self.accept_status = label(name="acceptStatus")
        accept_row.addWidget(self.accept_status, 1)
        attention.addLayout(accept_row)
        self.attention_reference = label(role="hint", name="attentionReference")
        self.attention_reference.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        attention.addWidget(self.attention_reference)
        attention.addStretch(1)
        self.stack.addWidget(self.attention_page)

        self.print_status = label(role="hint", name="printStatus")
        outer.addWidget(self.print_status)
        actions = QHBoxLayout()
        actions.setSpacing(10)
        self.print_button = button("Print tickets", name="printButton")
        self.pdf_button = button("Save as PDF", name="savePdfButton")
        self.layout_choice = QComboBox()
        self.layout_choice.setObjectName("receiptLayout")
        for layout in ReceiptLayout:
            self.layout_choice.addItem(layout.label, layout)
        actions.addWidget(self.print_button)
        actions.addWidget(self.pdf_button)
        actions.addWidget(self.layout_choice)
        actions.addStretch(1)
        # Shown for an earlier sale opened from the recent sales.
        self.back_to_recent = button("‹ Recent sales", name="backToRecentSalesButton")
        self.back_to_recent.hide()
        actions.addWidget(self.back_to_recent)
        self.new_sale = button("New sale", name="newSaleButton", role="primary")
        self.new_sale.setMinimumWidth(240)
        actions.addWidget(self.new_sale)
        outer.addLayout(actions)


class ResultController(QObject):
    """Shows how the current sale ended, and prints or saves its tickets."""

    newSaleRequested = Signal()
    recentSalesRequested = Signal()

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
        self.sale: Any | None = None
        #: The sale engine (accepting, e-mailing again); None until the till is open.
        self.engine: Any | None = None
        self.clock = clock
        #: Whether staff's own actions (accept a payment, e-mail again) are offered: not on a
        #: kiosk, where the customer is the one looking.
        self.staff = True
        self.earlier = False
        #: Where "Save as PDF" starts: the folder last saved to in this run, else this.
        self._receipts_dir = receipts_dir
        self._last_pdf_dir: Path | None = None
        self._shown_tickets: tuple = ()
        # Paints the shown tickets' QR icons a little per loop turn: qrcode is pure Python, and
        # a large group's codes encoded at once would freeze the window.
        self._ticket_codes: QrImageJob | None = None
        # The open print or file dialog and what it needs, kept alive until it closes.
        self._dialog: Any | None = None
        # The sale whose payment is being accepted / whose tickets are being e-mailed.
        self._accepting: str | None = None
        self._resending: str | None = None
        view.new_sale.clicked.connect(self.newSaleRequested)
        view.back_to_recent.clicked.connect(self.recentSalesRequested)
        view.print_button.clicked.connect(self.print_tickets)
        view.pdf_button.clicked.connect(self.ask_pdf_path)
        view.resend_email.clicked.connect(self.resend_email)
        view.accept_payment.clicked.connect(self.ask_accept_payment)

    def set_engine(self, engine: Any | None) -> None:
        self.engine = engine
        if self.sale is not None:
            self._show_resend(self.sale)

    def reset(self) -> None:
        self.sale = None
        self.earlier = False
        self._shown_tickets = ()
        self._stop_ticket_codes()
        view = self.view
        view.ticket_list.clear()
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
        ):
            widget.clear()
        view.attention_advice.clear()
        view.back_to_recent.hide()

    def show_sale(self, sale: Any, *, earlier: bool = False) -> None:
        """Draw a terminal (or late-changing) sale; `earlier`: opened from the recent sales."""
        if self.sale is None or self.sale.id != sale.id:
            for widget in (self.view.accept_status, self.view.print_status):
                widget.clear()
        self.sale = sale
        self.earlier = earlier
        state = sale.state
        view = self.view
        view.back_to_recent.setVisible(earlier)
        printable = state == SaleState.COMPLETED
        for widget in (view.print_button, view.pdf_button, view.layout_choice):
            widget.setVisible(printable)
        if state == SaleState.COMPLETED:
            self._show_receipt(sale)
            view.stack.setCurrentWidget(view.receipt_page)
        elif state in (SaleState.NEEDS_ATTENTION, SaleState.ISSUING):
            # Issuing here: the payment was just accepted on this page.
            self._show_attention(sale)
            view.stack.setCurrentWidget(view.attention_page)
        else:
            self._show_closed(sale)
            view.stack.setCurrentWidget(view.closed_page)

    def _started(self, sale: Any) -> str:
        """ "today at 14:05" / "yesterday at 09:30" / "Sat 12 Apr at 18:00" """
        clock, day = sale_time_words(sale.created_at, self.clock())
        return f"{day.lower() if day in ('Today', 'Yesterday') else day} at {clock}"

    # -- pages -------------------------------------------------------------------------------

    def _show_receipt(self, sale: Any) -> None:
        view = self.view
        order = sale.order
        count = len(sale.tickets)
        view.receipt_title.setText(f"Paid — {plural(count, 'ticket')} issued")
        detail = order.event_name
        if order.event_start:
            detail += f" · {order.event_start}"
        if self.earlier:
            detail += f"\nSold {self._started(sale)}"
        view.receipt_detail.setText(detail)
        if self._resending != sale.id:
            text, tone = email_status(sale)
            view.email_status.setText(text)
            set_tone(view.email_status, tone)
        self._show_resend(sale)
        if self._shown_tickets == sale.tickets:
            return
        self._shown_tickets = sale.tickets
        self._stop_ticket_codes()
        view.ticket_list.clear()
        for ticket in sale.tickets:
            item = QListWidgetItem(
                f"{ticket.ticket_type_name} — {ticket.full_name}\n"
                f"{order.event_name}\nBarcode {ticket.barcode}"
            )
            item.setData(Qt.ItemDataRole.UserRole, ticket.barcode)
            item.setToolTip(ticket.barcode)
            view.ticket_list.addItem(item)
        job = QrImageJob([ticket.barcode for ticket in sale.tickets], TICKET_QR_PX, self)
        job.imageReady.connect(self._show_ticket_code)
        self._ticket_codes = job
        job.start()

    def _show_ticket_code(self, row: int, image: QImage) -> None:
        item = self.view.ticket_list.item(row)
        if item is not None:
            item.setIcon(QIcon(QPixmap.fromImage(image)))

    def _stop_ticket_codes(self) -> None:
        """Stop painting the icons of tickets no longer shown (the list is about to change)."""
        job, self._ticket_codes = self._ticket_codes, None
        if job is not None:
            job.cancel()
            job.deleteLater()

    def _show_closed(self, sale: Any) -> None:
        reason = sale.reason or ""
        if reason == "cancelled":
            detail = "The sale was cancelled; nothing was paid."
        elif reason == "expired":
            detail = "The invoice expired before it was paid."
        elif sale.state == SaleState.FAILED:
            detail = sale.message or "The sale could not be started."
        else:
            detail = sale.message or ""
        if sale.state == SaleState.FAILED:
            self.view.closed_title.setText("The sale did not start")
        else:
            self.view.closed_title.setText(CLOSED_TITLE)
        if self.earlier:
            detail += f"\n{sale.order.summary}, {sale.order.event_name} — started "
            detail += f"{self._started(sale)}."
        self.view.closed_detail.setText(detail)

    def _show_attention(self, sale: Any) -> None:
        view = self.view
        order = sale.order
        issuing = sale.state == SaleState.ISSUING
        if issuing:
            view.attention_title.setText("Payment accepted — issuing the tickets…")
            set_tone(view.attention_title, "success")
        else:
            view.attention_title.setText("Needs attention — please check this sale")
            set_tone(view.attention_title, "warning")
        view.attention_message.setText(sale.message or "This sale did not finish normally.")
        lines = [f"Order: {order.summary} — {format_money(order.total, order.currency)}"]
        payment = sale.payment
        received = received_words(sale)
        if payment is not None and payment.btc_amount is not None:
            lines.append(f"Invoice: {format_btc(payment.btc_amount)}")
            lines.append(f"Received: {received or format_btc(Decimal(0))}")
            if payment.btc_due is not None and payment.btc_due > 0:
                lines.append(f"Still due: {format_btc(payment.btc_due)}")
        elif received is not None:
            lines.append(f"Received: {received}")
        if sale.invoice_status:
            status = sale.invoice_status
            if sale.invoice_additional_status and sale.invoice_additional_status != "None":
                status += f" ({sale.invoice_additional_status})"
            lines.append(f"BTCPay invoice status: {status}")
        view.attention_amounts.setText("\n".join(lines))
        reason = (sale.reason or "").split(":", 1)[0]
        acceptable = offers_acceptance(sale)
        if issuing:
            view.attention_advice.clear()
        else:
            advice = ACCEPT_ADVICE.get(reason) if acceptable else None
            view.attention_advice.show_message(
                "What to do: " + (advice or ADVICE.get(reason, DEFAULT_ADVICE)),
                "warning",
                action=False,
            )
        # Only a payment that arrived in full is offered; a partial one is refunded.
        view.accept_payment.setVisible(self.staff and (acceptable or self._accepting == sale.id))
        view.accept_payment.setEnabled(
            acceptable and self._accepting is None and self.engine is not None
        )
        view.accept_payment.setText(
            "Accepting…" if self._accepting == sale.id else "Accept payment and issue tickets"
        )
        if issuing and self._accepting != sale.id:
            view.accept_status.setText("The payment is accepted; the tickets follow.")
            set_tone(view.accept_status, "success")
        reference = f"Started {self._started(sale)} · sale {sale.id}"
        if sale.invoice_id:
            reference += f" · BTCPay invoice {sale.invoice_id}"
        if order.buyer.email:
            reference += f" · buyer {order.buyer.email}"
        view.attention_reference.setText(reference)

    # -- accepting a late payment -------------------------------------------------------------

    def ask_accept_payment(self) -> None:
        """Ask staff to confirm, stating the amount received (a window-modal box, no exec())."""
        sale = self.sale
        if sale is None or self.engine is None or not self.staff or not offers_acceptance(sale):
            return
        order = sale.order
        received = format_money(order.total, order.currency)
        if sale.paid_amount is not None and sale.paid_amount > 0:
            received = format_money(sale.paid_amount, order.currency)
        if sale.payment is not None and sale.payment.btc_paid:
            received += f" ({format_btc(sale.payment.btc_paid)})"
        box = QMessageBox(self.view)
        box.setObjectName("acceptPaymentConfirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Accept this payment?")
        box.setText(
            f"Accept the {received} received for {order.summary} "
            f"({format_money(order.total, order.currency)}) and issue "
            f"{'the ticket' if order.seats == 1 else f'the {order.seats} tickets'} now?"
        )
        notes = ["Box Office marks the invoice settled in BTCPay; do not refund it afterwards."]
        if sale.reason == "payment_invalid":
            notes.insert(0, "Accept only if BTCPay shows the payment confirmed by now.")
        elif sale.reason == "paid_late":
            notes.append("The bitcoin rate may have moved since the invoice expired.")
        box.setInformativeText(" ".join(notes))
        confirm = box.addButton("Accept and issue tickets", QMessageBox.ButtonRole.AcceptRole)
        confirm.setObjectName("confirmAcceptButton")
        cancel = box.addButton("Keep as it is", QMessageBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancelAcceptButton")
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        sale_id = sale.id

        def finished(_code: int) -> None:
            if box.clickedButton() is confirm:
                self.accept_payment(sale_id)
            self._dialog = None
            box.deleteLater()

        self._dialog = box
        box.finished.connect(finished)
        QDialog.open(box)  # never exec() in a coroutine's reach (qasync issue 59)

    def accept_payment(self, sale_id: str) -> asyncio.Task | None:
        """Accept the sale's payment in the background; the page follows the sale."""
        if self.engine is None or self._accepting is not None:
            return None
        return self.tasks.spawn(self._accept(sale_id), key=f"accept-{sale_id}")

    async def _accept(self, sale_id: str) -> None:
        view = self.view
        # The engine in use now: saved settings may replace `self.engine` while this waits.
        engine = self.engine
        self._accepting = sale_id
        view.accept_payment.setEnabled(False)
        view.accept_payment.setText("Accepting…")
        view.accept_status.setText("Marking the invoice settled in BTCPay…")
        set_tone(view.accept_status, "info")
        problem = None
        try:
            sale = await engine.accept_payment(sale_id)
        except SaleNotAcceptable as error:
            problem, sale = str(error), None
        except Exception as error:
            log.warning("accepting the payment of %s failed: %s", sale_id, error)
            problem, sale = f"Not accepted: {describe_error(error)}", None
        finally:
            self._accepting = None
        if self.sale is None or self.sale.id != sale_id:
            return  # staff moved on; the recent sales show how it ended
        self.show_sale(sale or engine.sale(sale_id) or self.sale, earlier=self.earlier)
        if problem is not None:
            view.accept_status.setText(problem)
            set_tone(view.accept_status, "error")

    # -- e-mailing again -----------------------------------------------------------------------

    def _show_resend(self, sale: Any) -> None:
        view = self.view
        address = sale.order.buyer.email
        possible = self.engine is not None and bool(getattr(self.engine, "email_possible", False))
        view.resend_email.setVisible(self.staff and sale.state == SaleState.COMPLETED)
        pending = bool(getattr(sale, "records_pending", False))
        view.resend_email.setEnabled(
            bool(address) and possible and self._resending is None and not pending
        )
        view.resend_email.setText("Sending…" if self._resending == sale.id else "E-mail again")
        if not address:
            view.resend_email.setToolTip("No e-mail address was given for this sale.")
        elif not possible:
            view.resend_email.setToolTip(
                "Ticket e-mails are turned off in Settings, or the BTCPay key may not send them."
            )
        else:
            view.resend_email.setToolTip(f"Send the tickets to {address} again.")

    def resend_email(self) -> asyncio.Task | None:
        """E-mail the shown sale's tickets again, in the background."""
        sale = self.sale
        if sale is None or self.engine is None or self._resending is not None or not self.staff:
            return None
        return self.tasks.spawn(self._resend(sale.id, sale.order.buyer.email), key="resend")

    async def _resend(self, sale_id: str, address: str) -> None:
        view = self.view
        self._resending = sale_id
        view.resend_email.setEnabled(False)
        view.resend_email.setText("Sending…")
        view.email_status.setText(f"E-mailing the tickets to {address} again…")
        set_tone(view.email_status, "info")
        sale, problem = None, None
        try:
            sale = await self.engine.resend_email(sale_id)
        except Exception as error:
            log.warning("e-mailing the tickets of %s again failed: %s", sale_id, error)
            problem = f"Not sent: {describe_error(error)}"
        finally:
            self._resending = None
        if self.sale is None or self.sale.id != sale_id:
            return
        self.show_sale(sale or self.sale, earlier=self.earlier)
        if problem is not None:
            view.email_status.setText(problem)
            set_tone(view.email_status, "warning")
        elif sale is not None and sale.email_sent:
            view.email_status.setText(f"Tickets handed to BTCPay again for e-mail to {address}.")
            set_tone(view.email_status, "success")

    # -- printing ----------------------------------------------------------------------------

    def current_layout(self) -> ReceiptLayout:
        return self.view.layout_choice.currentData() or ReceiptLayout.ROLL_80MM

    def print_tickets(self) -> None:
        """Ask for a printer (non-blocking dialog); the layout follows the paper width."""
        if self.sale is None or not self.sale.tickets:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(f"Tickets {self.sale.id}")
        dialog = QPrintDialog(printer, self.view)
        dialog.setWindowTitle("Print tickets")
        self._dialog = (dialog, printer)
        receipt = receipt_for(self.sale)

        def accepted() -> None:
            size = printer.pageLayout().pageSize().size(QPageSize.Unit.Millimeter)
            layout = ReceiptLayout.for_page_width(size.width())
            self.tasks.spawn(self._render_to(printer, receipt, layout), key="print")

        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _code: setattr(self, "_dialog", None))
        # QPrintDialog.open() in PySide wants a receiver and a slot; the plain QDialog one
        # shows it window-modal without a nested event loop.
        QDialog.open(dialog)

    async def _render_to(self, printer: Any, receipt: Receipt, layout: ReceiptLayout) -> None:
        self.view.print_status.setText("Printing…")
        try:
            await asyncio.sleep(0)  # let "Printing…" be drawn first
            render(receipt, printer, layout)  # on this thread: see _save_pdf
        except Exception as error:
            log.exception("printing failed")
            self.view.print_status.setText(f"Printing failed: {describe_error(error)}")
        else:
            self.view.print_status.setText(f"Sent to {printer.printerName() or 'the printer'}.")

    def ask_pdf_path(self) -> None:
        """Ask where to save the PDF (non-blocking dialog), then write it in the background."""
        if self.sale is None or not self.sale.tickets:
            return
        suggested = self.pdf_directory() / f"tickets-{self.sale.id}.pdf"
        dialog = QFileDialog(self.view, "Save tickets as PDF", str(suggested), "PDF (*.pdf)")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        # Qt's own dialog: the same on every desktop, and never a second event loop.
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.selectFile(str(suggested))
        self._dialog = dialog
        dialog.fileSelected.connect(lambda path: self.save_pdf(Path(path)))
        dialog.finished.connect(lambda _code: setattr(self, "_dialog", None))
        QDialog.open(dialog)  # not QFileDialog.open(receiver, slot)

    def pdf_directory(self) -> Path:
        """The folder "Save as PDF" starts in."""
        if self._last_pdf_dir is not None:
            return self._last_pdf_dir
        return self._receipts_dir() if self._receipts_dir else documents_dir()

    def save_pdf(self, path: Path) -> asyncio.Task | None:
        """Write the tickets of the current sale to `path` in the chosen layout."""
        if self.sale is None or not self.sale.tickets:
            return None
        # The next sale's tickets most likely go to the same folder.
        self._last_pdf_dir = path.parent
        return self.tasks.spawn(self._save_pdf(path, receipt_for(self.sale), self.current_layout()))

    async def _save_pdf(self, path: Path, receipt: Receipt, layout: ReceiptLayout) -> None:
        self.view.print_status.setText("Saving the PDF…")
        try:
            await asyncio.sleep(0)  # let "Saving the PDF…" be drawn first
            # On the GUI thread, deliberately (13-60 ms for 2-30 tickets): painting the receipt
            # calls back into Python for each QR code, and on a worker thread that deadlocked
            # against the GUI thread building a file dialog (each waiting for the other's lock).
            write_pdf(receipt, path, layout)
        except Exception as error:
            log.exception("saving the PDF failed")
            self.view.print_status.setText(f"The PDF could not be saved: {describe_error(error)}")
        else:
            self.view.print_status.setText(f"Saved {path}")
