"""The refund page of a sale: choose how much goes back, create it, show the claim QR.

BTCPay refunds an invoice as a pull payment (GreenfieldInvoiceController.cs `RefundInvoice`):
the customer opens its claim link on their phone and gives a wallet address or a Lightning
invoice there. So the page ends with that link as a large QR, to scan from the screen or from
a printed slip. The kinds offered follow the sale (`refund_variants_for`): the bitcoin paid
(rate then), its value at today's rate, the part paid over the price, or an amount staff give.
The refund is created in the background by the engine, which journals it before BTCPay is
asked and never asks twice (`boxoffice.engine.refunds`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QDialog,
)

from boxoffice.domain.refund import RefundRefused, RefundStatus, RefundVariant
from boxoffice.domain.resolution import ResolutionAction, ResolutionRefused
from boxoffice.engine.resolutions import refund_variants_for
from boxoffice.ui.errors import describe_error
from boxoffice.ui.formatting import error_sentence
from boxoffice.ui.i18n import QT_TRANSLATE_NOOP, say
from boxoffice.ui.locale_format import money
from boxoffice.ui.screens.result.receipt import received_words
from boxoffice.ui.screens.result.refund_print import print_claim
from boxoffice.ui.screens.result.refund_view import RefundView
from boxoffice.ui.screens.result.resolutions import StaffSession, refund_state_words
from boxoffice.ui.tasks import TaskKeeper
from boxoffice.ui.widgets.common import set_tone

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from boxoffice.domain.sale import Sale
    from boxoffice.engine.sale_engine import SaleEngine

log = logging.getLogger(__name__)

VARIANT_WORDS = {
    RefundVariant.RATE_THEN: QT_TRANSLATE_NOOP(
        "RefundPanel", "The bitcoin that was paid (at the rate of the sale)"
    ),
    RefundVariant.CURRENT_RATE: QT_TRANSLATE_NOOP(
        "RefundPanel", "What was paid, in bitcoin at today's rate"
    ),
    RefundVariant.OVERPAID: QT_TRANSLATE_NOOP("RefundPanel", "Only the part paid over the price"),
    RefundVariant.CUSTOM: QT_TRANSLATE_NOOP("RefundPanel", "Another amount:"),
}


class RefundPanel(QObject):
    """The refund page's logic: the kinds offered, the background create, the claim QR.

    `current()` is the sale on screen; `redraw(sale)` draws a newer snapshot of it; `shown`
    is the sale whose refund page is open (the result controller then keeps it on screen).
    """

    def __init__(
        self,
        page: RefundView,
        tasks: TaskKeeper,
        current: Callable[[], Sale | None],
        redraw: Callable[[Sale], None],
        *,
        session: StaffSession,
        decided: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.page = page
        self.tasks = tasks
        self.session = session
        self._current = current
        self._redraw = redraw
        self._decided = decided
        self.engine: SaleEngine | None = None
        #: The sale whose refund page is open, or None.
        self.shown: str | None = None
        #: The sale whose refund is being created.
        self.creating: str | None = None
        self.dialog: tuple[QPrintDialog, QPrinter] | None = None
        page.create_button.clicked.connect(self.create_refund)
        page.back.clicked.connect(self.close)
        page.claim_back.clicked.connect(self.close)
        page.print_claim.clicked.connect(self.print_claim)
        page.variants.idToggled.connect(lambda _id, _on: self._custom_enabled())
        page.staff_name.textEdited.connect(lambda text: setattr(session, "name", text.strip()))

    # -- opening ----------------------------------------------------------------------------

    def open(self, sale: Sale, *, reason: str = "") -> None:
        """Open the choice for `sale` (the redraw then shows this page)."""
        page = self.page
        self.shown = sale.id
        page.status.clear()
        page.staff_name.setText(self.session.name)
        page.reason.setText(reason)
        offered = refund_variants_for(sale)
        for variant, radio in page.variant_buttons.items():
            radio.setText(variant_words(variant))
            radio.setVisible(variant in offered)
        page.variant_buttons[offered[0]].setChecked(True)
        page.custom_amount.clear()
        page.custom_amount.setVisible(RefundVariant.CUSTOM in offered)
        page.custom_currency.setText(sale.order.currency)
        page.custom_currency.setVisible(RefundVariant.CUSTOM in offered)
        self._custom_enabled()
        self._redraw(sale)
        (page.staff_name if not self.session.name else page.reason).setFocus()

    def open_claim(self, sale: Sale) -> None:
        """Open the claim QR of a refund made earlier."""
        self.shown = sale.id
        self._redraw(sale)

    def close(self) -> None:
        sale = self._current()
        self.shown = None
        if sale is not None:
            self._redraw(sale)

    def showing(self, sale: Sale) -> bool:
        return self.shown == sale.id

    # -- drawing ----------------------------------------------------------------------------

    def show(self, sale: Sale) -> None:
        """Draw the page for `sale`: the choice, or the claim once the refund is made."""
        page = self.page
        refund = sale.refund
        order = sale.order
        if refund is not None and refund.created and refund.claim_link:
            page.claim_title.setText(self.tr("Refund ready — scan to claim it"))
            page.claim_detail.setText(
                self.tr(
                    "The customer scans this code with their phone and enters a bitcoin address "
                    "or a Lightning invoice to receive the refund."
                )
                + "\n\n"
                + refund_state_words(refund)
            )
            page.claim_link.setText(refund.claim_link)
            page.claim_qr.setPayload(refund.claim_link)
            page.claim_note.setText(
                self.tr("Sale {sale} · {order}").format(sale=sale.id, order=order.summary)
            )
            page.pages.setCurrentWidget(page.claim_page)
            return
        page.title.setText(self.tr("Refund the customer"))
        lines = [
            self.tr("Order: {order} — {total}").format(
                order=order.summary, total=money(order.total, order.currency)
            )
        ]
        received = received_words(sale)
        if received:
            lines.append(self.tr("Received: {amount}").format(amount=received))
        if sale.invoice_id:
            lines.append(self.tr("BTCPay invoice {invoice}").format(invoice=sale.invoice_id))
        page.summary.setText("\n".join(lines))
        busy = self.creating == sale.id
        page.create_button.setEnabled(self.creating is None and self.engine is not None)
        page.create_button.setText(self.tr("Creating…") if busy else self.tr("Create the refund"))
        if refund is not None and refund.status is RefundStatus.UNCERTAIN and not busy:
            page.status.setText(say(refund.note or ""))
            set_tone(page.status, "warning")
        page.pages.setCurrentWidget(page.form_page)

    # -- creating ---------------------------------------------------------------------------

    def chosen(self) -> RefundVariant:
        page = self.page
        for variant, radio in page.variant_buttons.items():
            if radio.isChecked() and radio.isVisible():
                return variant
        return RefundVariant.RATE_THEN

    def create_refund(self) -> asyncio.Task[None] | None:
        sale = self._current()
        page = self.page
        if sale is None or self.engine is None or self.creating is not None:
            return None
        staff, reason = page.staff_name.text().strip(), page.reason.text().strip()
        if not staff or not reason:
            page.status.setText(self.tr("Give your name and the reason first; both are recorded."))
            set_tone(page.status, "warning")
            (page.staff_name if not staff else page.reason).setFocus()
            return None
        variant = self.chosen()
        amount = None
        if variant is RefundVariant.CUSTOM:
            amount = _amount(page.custom_amount.text())
            if amount is None:
                page.status.setText(self.tr("Write the amount as a number, for example 12.50."))
                set_tone(page.status, "warning")
                page.custom_amount.setFocus()
                return None
        self.session.name = staff
        # After a lost answer, staff have looked in BTCPay before pressing again.
        checked = sale.refund is not None and sale.refund.status is RefundStatus.UNCERTAIN
        return self.tasks.spawn(
            self._create(self.engine, sale.id, variant, amount, staff, reason, checked),
            key=f"refund-{sale.id}",
        )

    async def _create(
        self,
        engine: SaleEngine,
        sale_id: str,
        variant: RefundVariant,
        amount: Decimal | None,
        staff: str,
        reason: str,
        checked: bool,
    ) -> None:
        page = self.page
        self.creating = sale_id
        page.create_button.setEnabled(False)
        page.create_button.setText(self.tr("Creating…"))
        page.status.setText(self.tr("Asking BTCPay for the refund…"))
        set_tone(page.status, "info")
        problem = None
        sale: Sale | None = None
        try:
            sale = await engine.resolve(
                sale_id,
                ResolutionAction.REFUND,
                staff=staff,
                reason=reason,
                variant=variant,
                custom_amount=amount,
                checked_in_btcpay=checked,
            )
        except (RefundRefused, ResolutionRefused) as error:
            problem = error_sentence(error)
        except Exception as error:
            log.warning("refunding %s failed: %s", sale_id, error)
            problem = self.tr("Not refunded: {error}").format(error=describe_error(error))
        finally:
            self.creating = None
        if sale is not None and sale.refund is not None and sale.refund.created:
            self._decided()
        shown = self._current()
        if shown is None or shown.id != sale_id:
            return
        self._redraw(sale or engine.sale(sale_id) or shown)
        if problem is not None:
            page.status.setText(problem)
            set_tone(page.status, "error")
        elif sale is not None and sale.refund is not None and not sale.refund.created:
            page.status.setText(say(sale.refund.note or ""))
            set_tone(page.status, "warning")
        else:
            page.status.clear()

    # -- printing ---------------------------------------------------------------------------

    def print_claim(self) -> None:
        """Ask for a printer (non-blocking dialog), then print the claim slip."""
        sale = self._current()
        if sale is None or sale.refund is None or not sale.refund.claim_link:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Refund {sale}").format(sale=sale.id))
        dialog = QPrintDialog(printer, self.page)
        dialog.setWindowTitle(self.tr("Print the claim slip"))
        self.dialog = (dialog, printer)
        refund = sale.refund

        def accepted() -> None:
            self.page.print_status.setText(self.tr("Printing…"))
            try:
                print_claim(printer, refund, sale)
            except Exception as error:
                log.exception("printing the claim failed")
                self.page.print_status.setText(
                    self.tr("Printing failed: {error}").format(error=describe_error(error))
                )
            else:
                self.page.print_status.setText(
                    self.tr("Sent to {printer}.").format(
                        printer=printer.printerName() or self.tr("the printer")
                    )
                )

        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _code: setattr(self, "dialog", None))
        QDialog.open(dialog)  # never exec(): no nested event loop

    def _custom_enabled(self) -> None:
        custom = self.page.variant_buttons[RefundVariant.CUSTOM].isChecked()
        self.page.custom_amount.setEnabled(custom)


def variant_words(variant: RefundVariant) -> str:
    """A kind of refund in the window's language."""
    return QCoreApplication.translate("RefundPanel", VARIANT_WORDS[variant])


def _amount(text: str) -> Decimal | None:
    """A plain decimal amount greater than zero, or None (never through a float)."""
    cleaned = text.strip().replace(",", ".")
    if not cleaned.replace(".", "", 1).isdigit():
        return None
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        return None
    return amount if amount.is_finite() and amount > 0 else None
