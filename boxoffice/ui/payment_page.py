"""Step 4: the customer pays. A large QR, the amount, a countdown and the live status."""

from __future__ import annotations

import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from boxoffice.domain.money import format_btc, format_money
from boxoffice.domain.sale import SaleState
from boxoffice.ui.formatting import btc_short, countdown
from boxoffice.ui.widgets.common import button, label, set_tone
from boxoffice.ui.widgets.qr import QrWidget, encode_soon

#: The QR choices: (key, objectName of its button, button text, hint under the QR).
METHODS = (
    ("unified", "methodUnified", "Any wallet", "Bitcoin or Lightning: any wallet can scan this"),
    ("lightning", "methodLightning", "Lightning", "Lightning wallets only"),
    ("onchain", "methodOnchain", "On-chain", "Bitcoin on-chain wallets only"),
)


def payment_status(sale: Any) -> tuple[str, str]:
    """The words and tone of `paymentStatus` for a sale that is being paid."""
    payment = sale.payment
    extra = sale.invoice_additional_status or ""
    match sale.state:
        case SaleState.RESERVING:
            return ("Reserving the tickets…", "info")
        case SaleState.CONFIRMING:
            if extra == "PaidOver":
                return ("Payment received (more than due), confirming", "success")
            return ("Payment received, confirming", "success")
        case SaleState.ISSUING:
            return ("Paid — issuing the tickets…", "success")
        case SaleState.RELEASING:
            return ("Closing the payment window…", "warning")
        case SaleState.COMPLETED:
            return ("Paid", "success")
        case SaleState.RELEASED:
            return ("Payment window closed", "error")
        case SaleState.NEEDS_ATTENTION:
            return ("Needs attention", "error")
        case SaleState.FAILED:
            return ("Not started", "error")
    if payment is not None and payment.btc_paid and payment.btc_paid > 0:
        due = payment.btc_due
        if due is not None and due > 0:
            return (f"Partially paid — {btc_short(due)} left", "warning")
        return ("Payment received, confirming", "success")
    return ("Waiting for payment", "info")


def shows_qr(sale: Any) -> bool:
    """Whether the payment QR (and countdown) is up: until a payment is in, never after.

    Once the payment is in, the QR goes: a second scan would pay twice.
    """
    return sale.state in (SaleState.RESERVING, SaleState.AWAITING_PAYMENT)


class PaymentView(QWidget):
    """Layout only: QR and method switch on the left; amounts, status and cancel on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paymentPage")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 18)
        outer.setSpacing(24)

        left = QVBoxLayout()
        left.setSpacing(8)
        self.title = label("Scan to pay", role="title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        left.addWidget(self.title)
        self.qr = QrWidget(preferred_px=460)
        self.qr.setObjectName("paymentQr")
        self.qr.setAccessibleName("Payment QR code")
        left.addWidget(self.qr, 1)
        self.qr_hint = label(role="hint", name="paymentQrHint")
        self.qr_hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        left.addWidget(self.qr_hint)
        switch = QHBoxLayout()
        switch.setSpacing(6)
        switch.addStretch(1)
        self.method_group = QButtonGroup(self)
        self.method_group.setExclusive(True)
        self.method_buttons: dict[str, Any] = {}
        for key, name, text, _hint in METHODS:
            choice = button(text, name=name)
            choice.setCheckable(True)
            self.method_group.addButton(choice)
            self.method_buttons[key] = choice
            switch.addWidget(choice)
        switch.addStretch(1)
        left.addLayout(switch)
        outer.addLayout(left, 3)

        side = QFrame()
        side.setObjectName("paymentPanel")
        side.setProperty("role", "card")
        side.setMinimumWidth(340)
        side.setMaximumWidth(540)
        panel = QVBoxLayout(side)
        panel.setContentsMargins(20, 16, 20, 16)
        panel.setSpacing(8)
        self.summary = label(role="subtitle", name="paymentSummary")
        panel.addWidget(self.summary)
        self.amount = label(role="amount", name="paymentAmount")
        panel.addWidget(self.amount)
        self.btc = label(role="btc", name="paymentBtc")
        self.btc.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        panel.addWidget(self.btc)
        self.status = label(name="paymentStatus")
        self.status.setAccessibleName("Payment status")
        panel.addWidget(self.status)
        self.countdown = label(role="countdown", name="paymentCountdown")
        panel.addWidget(self.countdown)
        self.connection = label(name="paymentConnection")
        set_tone(self.connection, "warning")
        self.connection.hide()
        panel.addWidget(self.connection)
        panel.addStretch(1)

        self.checkout_box = QWidget()
        checkout = QHBoxLayout(self.checkout_box)
        checkout.setContentsMargins(0, 0, 0, 0)
        self.checkout_qr = QrWidget(preferred_px=150)
        self.checkout_qr.setObjectName("checkoutQr")
        self.checkout_qr.setAccessibleName("Checkout page QR code")
        # Its size hint is 150 px, or more when a long link needs it for 3 px modules.
        self.checkout_qr.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        checkout.addWidget(self.checkout_qr)
        self.checkout_hint = label(
            "Prefer your phone's browser? Scan this to open the payment page.", role="hint"
        )
        checkout.addWidget(self.checkout_hint, 1)
        panel.addWidget(self.checkout_box)

        self.cancel = button("Cancel sale", name="cancelSaleButton", role="danger")
        panel.addWidget(self.cancel)
        outer.addWidget(side, 2)


class PaymentController(QObject):
    """Renders the current sale on the payment view and ticks the countdown."""

    cancelRequested = Signal(str)  # sale id

    def __init__(self, view: PaymentView, *, clock: Callable[[], float] = time.time) -> None:
        super().__init__(view)
        self.view = view
        self.clock = clock
        self.sale: Any | None = None
        self.method = "unified"
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        view.method_group.buttonClicked.connect(self._on_method)
        view.cancel.clicked.connect(self._on_cancel)

    def reset(self) -> None:
        """Clear everything from the previous sale."""
        self.sale = None
        self.method = "unified"
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
        view.cancel.setText("Cancel sale")

    def show_sale(self, sale: Any) -> None:
        """Draw `sale` (called on every change the engine reports)."""
        if self.sale is None or self.sale.id != sale.id:
            self.method = "unified"
        self.sale = sale
        view = self.view
        order = sale.order
        view.summary.setText(f"{order.event_name}\n{order.summary}")
        view.amount.setText(format_money(order.total, order.currency))
        payment = sale.payment
        if payment is not None:
            # Encode the other ways to pay now, so switching to one shows it at once.
            encode_soon(t for t in (payment.lightning_qr, payment.onchain_qr) if t)
        self._show_btc(payment)
        text, tone = payment_status(sale)
        view.status.setText(text)
        set_tone(view.status, tone)
        problem = getattr(sale, "connection_problem", None)
        view.connection.setText(f"Connection trouble: {problem}" if problem else "")
        view.connection.setVisible(bool(problem))
        self._show_qr()
        view.checkout_qr.setPayload(
            payment.checkout_link if payment and payment.checkout_link else ""
        )
        view.checkout_box.setVisible(bool(payment and payment.checkout_link))
        # Cancellable while the customer may still pay, and while the tickets are reserved.
        payable = sale.state.payable or sale.state == SaleState.RESERVING
        view.cancel.setEnabled(payable and not getattr(sale, "cancel_requested", False))
        if payable and payment is not None and payment.expires_at:
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()
        self._tick()

    def _show_btc(self, payment: Any) -> None:
        view = self.view
        if payment is None or payment.btc_amount is None:
            view.btc.setText("")
            return
        paid = payment.btc_paid or Decimal(0)
        due = payment.btc_due
        if paid > 0 and due is not None and due > 0:
            view.btc.setText(
                f"{format_btc(due)} left\nof {format_btc(payment.btc_amount)} "
                f"({btc_short(paid)} received)"
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
        hint = next(h for k, _n, _t, h in METHODS if k == self.method)
        if self.method == "unified" and not links["lightning"]:
            hint = "Bitcoin on-chain"
        elif self.method == "unified" and not links["onchain"]:
            hint = "Lightning"
        payment = self.sale.payment if self.sale is not None else None
        if not paying and self.sale is not None and self.sale.state == SaleState.CONFIRMING:
            hint = "Payment received — no need to scan again."
        elif not payload:
            hint = ""
        elif payment is not None and getattr(payment, "lightning_renewing", False):
            # After a partial payment BTCPay replaces the Lightning invoice a moment later;
            # the old one is cancelled, so only on-chain is offered until the new one is in.
            hint = "Bitcoin on-chain — Lightning invoice being renewed…"
        view.qr_hint.setText(hint)

    def _on_method(self, choice: Any) -> None:
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
        self.view.cancel.setText("Cancelling…")
        self.cancelRequested.emit(self.sale.id)
