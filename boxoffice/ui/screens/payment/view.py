"""The payment screen's layout: a large QR with its method switch, the amounts and the status."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from boxoffice.ui.i18n import QT_TRANSLATE_NOOP
from boxoffice.ui.widgets.common import button, label, set_tone
from boxoffice.ui.widgets.qr import QrWidget

#: The QR choices: (key, objectName of its button, button text, hint under the QR). The words
#: are marked for lupdate and translated where shown (`method_words`).
METHODS = (
    (
        "unified",
        "methodUnified",
        QT_TRANSLATE_NOOP("PaymentView", "Any wallet"),
        QT_TRANSLATE_NOOP("PaymentView", "Bitcoin or Lightning: any wallet can scan this"),
    ),
    (
        "lightning",
        "methodLightning",
        QT_TRANSLATE_NOOP("PaymentView", "Lightning"),
        QT_TRANSLATE_NOOP("PaymentView", "Lightning wallets only"),
    ),
    (
        "onchain",
        "methodOnchain",
        QT_TRANSLATE_NOOP("PaymentView", "On-chain"),
        QT_TRANSLATE_NOOP("PaymentView", "Bitcoin on-chain wallets only"),
    ),
)


def method_words(text: str) -> str:
    """A word of `METHODS` in the language in use."""
    return QCoreApplication.translate("PaymentView", text)


class PaymentView(QWidget):
    """Layout only: QR and method switch on the left; amounts, status and cancel on the right.

    On a screen taller than wide (a kiosk in portrait) the amounts go above the QR instead, at
    the full width, so the QR is as large as the width allows rather than a third of it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paymentPage")
        outer = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._outer = outer
        outer.setContentsMargins(24, 16, 24, 18)
        outer.setSpacing(24)

        left = QVBoxLayout()
        left.setSpacing(8)
        self.title = label(self.tr("Scan to pay"), role="title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        left.addWidget(self.title)
        self.qr = QrWidget(preferred_px=460)
        self.qr.setObjectName("paymentQr")
        self.qr.setAccessibleName(self.tr("Payment QR code"))
        left.addWidget(self.qr, 1)
        self.qr_hint = label(role="hint", name="paymentQrHint")
        self.qr_hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        left.addWidget(self.qr_hint)
        switch = QHBoxLayout()
        switch.setSpacing(6)
        switch.addStretch(1)
        self.method_group = QButtonGroup(self)
        self.method_group.setExclusive(True)
        self.method_buttons: dict[str, QPushButton] = {}
        for key, name, text, _hint in METHODS:
            choice = button(method_words(text), name=name)
            choice.setCheckable(True)
            self.method_group.addButton(choice)
            self.method_buttons[key] = choice
            switch.addWidget(choice)
        switch.addStretch(1)
        left.addLayout(switch)
        outer.addLayout(left, 3)

        side = QFrame()
        self._side = side
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
        self.status.setAccessibleName(self.tr("Payment status"))
        panel.addWidget(self.status)
        self.countdown = label(role="countdown", name="paymentCountdown")
        panel.addWidget(self.countdown)
        self.connection = label(name="paymentConnection")
        set_tone(self.connection, "warning")
        self.connection.hide()
        panel.addWidget(self.connection)
        self._panel_stretch = panel.count()
        panel.addStretch(1)
        self._panel = panel

        self.checkout_box = QWidget()
        checkout = QHBoxLayout(self.checkout_box)
        checkout.setContentsMargins(0, 0, 0, 0)
        self.checkout_qr = QrWidget(preferred_px=150)
        self.checkout_qr.setObjectName("checkoutQr")
        self.checkout_qr.setAccessibleName(self.tr("Checkout page QR code"))
        # Its size hint is 150 px, or more when a long link needs it for 3 px modules.
        self.checkout_qr.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        checkout.addWidget(self.checkout_qr)
        self.checkout_hint = label(
            self.tr("Prefer your phone's browser? Scan this to open the payment page."),
            role="hint",
        )
        checkout.addWidget(self.checkout_hint, 1)
        panel.addWidget(self.checkout_box)

        self.cancel = button(self.tr("Cancel sale"), name="cancelSaleButton", role="danger")
        panel.addWidget(self.cancel)
        outer.addWidget(side, 2)

    @property
    def portrait(self) -> bool:
        """Whether the amounts are above the QR (a screen clearly taller than wide)."""
        return self._outer.direction() is QBoxLayout.Direction.BottomToTop

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        portrait = self.height() > self.width() * 1.2
        if portrait == self.portrait:
            return
        # Bottom to top: the panel (added last) comes first, above the QR.
        self._outer.setDirection(
            QBoxLayout.Direction.BottomToTop if portrait else QBoxLayout.Direction.LeftToRight
        )
        self._side.setMaximumWidth(16777215 if portrait else 540)
        # In portrait the panel is as tall as its words; the QR takes the rest.
        self._outer.setStretch(0, 1 if portrait else 3)
        self._outer.setStretch(1, 0 if portrait else 2)
        self._panel.setStretch(self._panel_stretch, 0 if portrait else 1)
