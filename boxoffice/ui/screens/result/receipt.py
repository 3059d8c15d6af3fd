"""The receipt on screen: a paid sale's title, its e-mail line and its tickets with their QRs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QListWidgetItem

from boxoffice.domain.money import format_btc
from boxoffice.ui.formatting import order_when
from boxoffice.ui.i18n import count_words, say
from boxoffice.ui.locale_format import money
from boxoffice.ui.offline_words import offline_title, offline_words
from boxoffice.ui.screens.result.view import ResultView
from boxoffice.ui.widgets.common import set_tone
from boxoffice.ui.widgets.qr import QrImageJob

if TYPE_CHECKING:
    from boxoffice.domain.sale import Sale, SoldTicket


def email_status(sale: Sale) -> tuple[str, str]:
    """Whether the tickets went out by e-mail, in words and a tone.

    `email_sent` means BTCPay accepted the mail (its send call answers 200 whatever happens
    next, and drops the mail if no SMTP works: BTCPay Server source,
    GreenfieldStoreEmailController.cs), so the words never claim it arrived.
    """
    address = sale.order.buyer.email
    if sale.offline is not None and address and sale.email_sent is False and not sale.email_note:
        # A cash or complimentary sale asks BTCPay nothing by itself: staff send the e-mail.
        return (
            QCoreApplication.translate(
                "ReceiptSection",
                "Not e-mailed yet: press “E-mail tickets” to send them to {address}.",
            ).format(address=address),
            "info",
        )
    if sale.records_pending and address and sale.email_sent is None:
        # The tickets are issued; the e-mail waits for the invoice to be marked (engine).
        return (
            QCoreApplication.translate(
                "ReceiptSection", "Handing the tickets to BTCPay for e-mail to {address}…"
            ).format(address=address),
            "info",
        )
    if sale.email_sent:
        return (
            QCoreApplication.translate(
                "ReceiptSection", "Tickets handed to BTCPay for e-mail to {address}"
            ).format(address=address),
            "success",
        )
    if not address:
        return (
            QCoreApplication.translate(
                "ReceiptSection",
                "No e-mail address: print the tickets or let the buyer photograph the QR codes.",
            ),
            "",
        )
    note = say(
        sale.email_note or QCoreApplication.translate("ReceiptSection", "it could not be sent")
    )
    if sale.email_sent is None and sale.email_note:
        # BTCPay's answer to the send was lost: it may have been sent.
        return (
            QCoreApplication.translate(
                "ReceiptSection", "E-mail to {address} not confirmed: {note}"
            ).format(address=address, note=note),
            "warning",
        )
    if sale.email_sent is None and not sale.email_note:
        return (
            QCoreApplication.translate(
                "ReceiptSection", "Tickets not e-mailed to {address}."
            ).format(address=address),
            "warning",
        )
    return (
        QCoreApplication.translate(
            "ReceiptSection", "Tickets not e-mailed to {address}: {note}"
        ).format(address=address, note=note),
        "warning",
    )


def received_words(sale: Sale) -> str | None:
    """What arrived, as exactly as it is known: "0.00053000 BTC (£53.00)", or None."""
    payment = sale.payment
    btc = payment.btc_paid if payment is not None and payment.btc_paid else None
    fiat = None
    if sale.paid_amount is not None and sale.paid_amount > 0:
        fiat = money(sale.paid_amount, sale.order.currency)
    if btc and fiat:
        return f"{format_btc(btc)} ({fiat})"
    return fiat or (format_btc(btc) if btc else None)


class ReceiptSection(QObject):
    """Draws a completed sale's receipt page; paints the tickets' QR icons a few at a time."""

    def __init__(self, view: ResultView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self._shown_tickets: tuple[SoldTicket, ...] = ()
        # Paints the shown tickets' QR icons a little per loop turn: qrcode is pure Python, and
        # a large group's codes encoded at once would freeze the window.
        self._ticket_codes: QrImageJob | None = None

    def reset(self) -> None:
        self._shown_tickets = ()
        self._stop_ticket_codes()
        self.view.ticket_list.clear()

    def show(self, sale: Sale, *, started: str | None, email_busy: bool) -> None:
        """Draw the receipt; `started` for an earlier sale, `email_busy` while re-sending."""
        view = self.view
        order = sale.order
        count = len(sale.tickets)
        view.receipt_title.setText(
            offline_title(sale, count)
            or count_words(
                count,
                self.tr("Paid — {count} ticket issued"),
                self.tr("Paid — {count} tickets issued"),
            )
        )
        detail = order.event_name
        if order.event_start:
            detail += f" · {order_when(order.event_start)}"
        if sale.offline is not None:
            detail += "\n" + offline_words(sale)
        if started is not None:
            detail += "\n" + self.tr("Sold {when}").format(when=started)
        view.receipt_detail.setText(detail)
        if not email_busy:
            text, tone = email_status(sale)
            view.email_status.setText(text)
            set_tone(view.email_status, tone)

    def show_tickets(self, sale: Sale) -> None:
        """The tickets with their codes, unless these very tickets are on screen already."""
        view = self.view
        if self._shown_tickets == sale.tickets:
            return
        self._shown_tickets = sale.tickets
        self._stop_ticket_codes()
        view.ticket_list.clear()
        for ticket in sale.tickets:
            item = QListWidgetItem(
                f"{ticket.ticket_type_name} — {ticket.full_name}\n{sale.order.event_name}\n"
                + self.tr("Barcode {barcode}").format(barcode=ticket.barcode)
            )
            item.setData(Qt.ItemDataRole.UserRole, ticket.barcode)
            item.setToolTip(ticket.barcode)
            view.ticket_list.addItem(item)
        job = QrImageJob([ticket.barcode for ticket in sale.tickets], view.ticket_qr_px, self)
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
