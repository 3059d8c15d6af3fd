"""Step 4: the customer pays. A large QR, the amount, a countdown and the live status."""

from __future__ import annotations

import time
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QAbstractButton

from boxoffice.domain.money import format_btc
from boxoffice.domain.sale import SaleState
from boxoffice.ui.formatting import btc_short, countdown
from boxoffice.ui.i18n import say
from boxoffice.ui.locale_format import money
from boxoffice.ui.screens.payment.view import METHODS, PaymentView, method_words
from boxoffice.ui.widgets.common import set_tone
from boxoffice.ui.widgets.qr import encode_soon

if TYPE_CHECKING:
    from boxoffice.domain.sale import PaymentRequest, Sale


def payment_status(sale: Sale) -> tuple[str, str]:
    """The words and tone of `paymentStatus` for a sale that is being paid."""
    payment = sale.payment
    extra = sale.invoice_additional_status or ""
    match sale.state:
        case SaleState.RESERVING:
            return (
                QCoreApplication.translate("PaymentController", "Reserving the tickets…"),
                "info",
            )
        case SaleState.CONFIRMING:
            if extra == "PaidOver":
                return (
                    QCoreApplication.translate(
                        "PaymentController", "Payment received (more than due), confirming"
                    ),
                    "success",
                )
            return (
                QCoreApplication.translate("PaymentController", "Payment received, confirming"),
                "success",
            )
        case SaleState.ISSUING:
            return (
                QCoreApplication.translate("PaymentController", "Paid — issuing the tickets…"),
                "success",
            )
        case SaleState.RELEASING:
            return (
                QCoreApplication.translate("PaymentController", "Closing the payment window…"),
                "warning",
            )
        case SaleState.COMPLETED:
            return (QCoreApplication.translate("PaymentController", "Paid"), "success")
        case SaleState.RELEASED:
            return (
                QCoreApplication.translate("PaymentController", "Payment window closed"),
                "error",
            )
        case SaleState.NEEDS_ATTENTION:
            return (QCoreApplication.translate("PaymentController", "Needs attention"), "error")
        case SaleState.FAILED:
            return (QCoreApplication.translate("PaymentController", "Not started"), "error")
    if payment is not None and payment.btc_paid and payment.btc_paid > 0:
        due = payment.btc_due
        if due is not None and due > 0:
            return (
                QCoreApplication.translate(
                    "PaymentController", "Partially paid — {amount} left"
                ).format(amount=btc_short(due)),
                "warning",
            )
        return (
            QCoreApplication.translate("PaymentController", "Payment received, confirming"),
            "success",
        )
    return (QCoreApplication.translate("PaymentController", "Waiting for payment"), "info")


def shows_qr(sale: Sale) -> bool:
    """Whether the payment QR (and countdown) is up: until a payment is in, never after.

    Once the payment is in, the QR goes: a second scan would pay twice.
    """
    return sale.state in (SaleState.RESERVING, SaleState.AWAITING_PAYMENT)


class PaymentController(QObject):
    """Renders the current sale on the payment view and ticks the countdown."""

    cancelRequested = Signal(str)  # sale id

    def __init__(self, view: PaymentView, *, clock: Callable[[], float] = time.time) -> None:
        super().__init__(view)
        self.view = view
        self.clock = clock
        self.sale: Sale | None = None
        self.method = "unified"
        #: The way to pay shown first for a new sale (a kiosk shows Lightning: it settles in
        #: seconds, where on-chain takes a block or more).
        self.preferred_method = "unified"
        #: The words while a payment confirms, when a kiosk says more than the till does.
        self.confirming_words: str | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        view.method_group.buttonClicked.connect(self._on_method)
        view.cancel.clicked.connect(self._on_cancel)

    def reset(self) -> None:
        """Clear everything from the previous sale."""
        self.sale = None
        self.method = self.preferred_method
        self._timer.stop()
        view = self.view
        view.qr.setPayload("")
        view.checkout_qr.setPayload("")
        for widget in (view.summary, view.amount, view.btc, view.countdown, view.qr_hint):
            widget.clear()
        view.status.clear()
        view.connection.clear()
        view.connection.hide()
        view.cancel.setEnabled(True)
        view.cancel.setText(self.tr("Cancel sale"))

    def show_sale(self, sale: Sale) -> None:
        """Draw `sale` (called on every change the engine reports)."""
        if self.sale is None or self.sale.id != sale.id:
            self.method = self.preferred_method
        self.sale = sale
        view = self.view
        order = sale.order
        summary = f"{order.event_name}\n{order.summary}"
        if order.continues is not None:
            # A new invoice for the rest: the amount below is what is still due.
            summary += "\n" + self.tr("The rest of {total}: {paid} was paid before").format(
                total=money(order.total, order.currency),
                paid=money(order.paid_before, order.currency),
            )
        view.summary.setText(summary)
        view.amount.setText(money(order.amount_due, order.currency))
        payment = sale.payment
        if payment is not None:
            # Encode the other ways to pay now, so switching to one shows it at once.
            encode_soon(t for t in (payment.lightning_qr, payment.onchain_qr) if t)
        self._show_btc(payment)
        text, tone = payment_status(sale)
        if sale.state is SaleState.CONFIRMING and self.confirming_words:
            text = self.confirming_words
        view.status.setText(text)
        set_tone(view.status, tone)
        problem = sale.connection_problem
        view.connection.setText(
            self.tr("Connection trouble: {problem}").format(problem=say(problem)) if problem else ""
        )
        view.connection.setVisible(bool(problem))
        self._show_qr()
        view.checkout_qr.setPayload(
            payment.checkout_link if payment and payment.checkout_link else ""
        )
        view.checkout_box.setVisible(bool(payment and payment.checkout_link))
        # Cancellable while the customer may still pay, and while the tickets are reserved.
        payable = sale.state.payable or sale.state == SaleState.RESERVING
        view.cancel.setEnabled(payable)
        if payable and payment is not None and payment.expires_at:
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()
        self._tick()

    def _show_btc(self, payment: PaymentRequest | None) -> None:
        view = self.view
        if payment is None or payment.btc_amount is None:
            view.btc.setText("")
            return
        paid = payment.btc_paid or Decimal(0)
        due = payment.btc_due
        if paid > 0 and due is not None and due > 0:
            view.btc.setText(
                self.tr("{due} left\nof {amount} ({paid} received)").format(
                    due=format_btc(due), amount=format_btc(payment.btc_amount), paid=btc_short(paid)
                )
            )
        else:
            view.btc.setText(format_btc(payment.btc_amount))

    def _links(self) -> dict[str, str | None]:
        payment = self.sale.payment if self.sale is not None else None
        if payment is None:
            return {"unified": None, "lightning": None, "onchain": None}
        return {
            "unified": payment.unified_qr or None,
            "lightning": payment.lightning_qr,
            "onchain": payment.onchain_qr,
        }

    def _show_qr(self) -> None:
        links = self._links()
        view = self.view
        offered = [key for key, value in links.items() if value]
        if self.method not in offered:
            self.method = offered[0] if offered else "unified"
        # The switch only helps when there are really two different ways to pay.
        distinct = {links["lightning"], links["onchain"]} - {None}
        show_switch = len(distinct) > 1
        for key, choice in view.method_buttons.items():
            choice.setVisible(show_switch)
            choice.setEnabled(bool(links.get(key)))
            choice.setChecked(key == self.method)
        payload = links.get(self.method) or ""
        paying = self.sale is not None and shows_qr(self.sale)
        if not paying:
            payload = ""
            for choice in view.method_buttons.values():
                choice.setVisible(False)
        view.qr.setPayload(payload)
        hint = method_words(next(h for k, _n, _t, h in METHODS if k == self.method))
        if self.method == "unified" and not links["lightning"]:
            hint = self.tr("Bitcoin on-chain")
        elif self.method == "unified" and not links["onchain"]:
            hint = method_words("Lightning")
        payment = self.sale.payment if self.sale is not None else None
        if not paying and self.sale is not None and self.sale.state == SaleState.CONFIRMING:
            hint = self.tr("Payment received — no need to scan again.")
        elif not payload:
            hint = ""
        elif payment is not None and payment.lightning_renewing:
            # After a partial payment BTCPay replaces the Lightning invoice a moment later;
            # the old one is cancelled, so only on-chain is offered until the new one is in.
            hint = self.tr("Bitcoin on-chain — Lightning invoice being renewed…")
        view.qr_hint.setText(hint)

    def _on_method(self, choice: QAbstractButton) -> None:
        for key, candidate in self.view.method_buttons.items():
            if candidate is choice:
                self.method = key
        self._show_qr()

    def _tick(self) -> None:
        sale = self.sale
        if sale is None or sale.payment is None or not sale.payment.expires_at:
            self.view.countdown.setText("")
            return
        if not shows_qr(sale):
            self.view.countdown.setText("")
            return
        left = sale.payment.expires_at - self.clock()
        self.view.countdown.setText(countdown(left))
        set_tone(self.view.countdown, "error" if left < 60 else "")

    def _on_cancel(self) -> None:
        if self.sale is None:
            return
        self.view.cancel.setEnabled(False)
        self.view.cancel.setText(self.tr("Cancelling…"))
        self.cancelRequested.emit(self.sale.id)
