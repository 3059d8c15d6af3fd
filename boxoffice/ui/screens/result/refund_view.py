"""The refund page's layout: the choice of how much goes back, then the claim's large QR."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from boxoffice.domain.refund import RefundVariant
from boxoffice.ui.widgets.common import button, label, set_tone
from boxoffice.ui.widgets.qr import QrWidget

#: Large enough for a phone held at arm's length across the counter.
CLAIM_QR_PX = 440


class RefundView(QWidget):
    """Layout only: the choice form, then the claim page with its large QR."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refundPage")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages)

        # -- the choice --
        self.form_page = QScrollArea()
        self.form_page.setObjectName("refundFormPage")
        self.form_page.setWidgetResizable(True)
        self.form_page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.form_page.setWidget(body)
        form = QVBoxLayout(body)
        form.setContentsMargins(0, 0, 8, 0)
        form.setSpacing(10)
        self.title = label(role="title", name="refundTitle")
        form.addWidget(self.title)
        self.summary = label(role="subtitle", name="refundSummary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addWidget(self.summary)
        form.addWidget(label(self.tr("How much goes back?"), role="subtitle"))
        self.variants = QButtonGroup(self)
        self.variant_buttons: dict[RefundVariant, QRadioButton] = {}
        choices = QVBoxLayout()
        choices.setSpacing(6)
        for row, variant in enumerate(RefundVariant):
            radio = QRadioButton()
            radio.setObjectName(f"refundVariant{variant.value}")
            self.variants.addButton(radio, row)
            self.variant_buttons[variant] = radio
            if variant is not RefundVariant.CUSTOM:
                choices.addWidget(radio)
        # The custom amount right beside its choice.
        custom = QHBoxLayout()
        custom.setSpacing(8)
        custom.addWidget(self.variant_buttons[RefundVariant.CUSTOM])
        self.custom_amount = QLineEdit()
        self.custom_amount.setObjectName("refundCustomAmount")
        self.custom_amount.setPlaceholderText("12.50")
        self.custom_amount.setAccessibleName(self.tr("Amount to refund"))
        self.custom_amount.setMaximumWidth(160)
        self.custom_currency = label(name="refundCustomCurrency")
        custom.addWidget(self.custom_amount)
        custom.addWidget(self.custom_currency)
        custom.addStretch(1)
        choices.addLayout(custom)
        form.addLayout(choices)
        who = QHBoxLayout()
        who.setSpacing(10)
        self.staff_name = QLineEdit()
        self.staff_name.setObjectName("refundStaffName")
        self.staff_name.setPlaceholderText(self.tr("Your name"))
        self.staff_name.setAccessibleName(self.tr("Your name, recorded with the refund"))
        self.staff_name.setMaximumWidth(260)
        self.reason = QLineEdit()
        self.reason.setObjectName("refundReason")
        self.reason.setPlaceholderText(self.tr("Why (e.g. the tickets sold out)"))
        self.reason.setAccessibleName(self.tr("Reason, recorded with the refund"))
        who.addWidget(label(self.tr("Refunded by"), role="hint"))
        who.addWidget(self.staff_name, 1)
        who.addWidget(label(self.tr("because"), role="hint"))
        who.addWidget(self.reason, 3)
        form.addLayout(who)
        actions = QHBoxLayout()
        actions.setSpacing(10)
        self.create_button = button(
            self.tr("Create the refund"), name="createRefundButton", role="primary"
        )
        self.back = button(self.tr("‹ Back to the sale"), name="refundBackButton")
        actions.addWidget(self.create_button)
        actions.addWidget(self.back)
        self.status = label(name="refundStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        actions.addWidget(self.status, 1)
        form.addLayout(actions)
        form.addStretch(1)
        self.pages.addWidget(self.form_page)

        # -- the claim: a large QR for the customer's phone --
        self.claim_page = QWidget()
        self.claim_page.setObjectName("refundClaimPage")
        claim = QHBoxLayout(self.claim_page)
        claim.setContentsMargins(0, 0, 0, 0)
        claim.setSpacing(24)
        self.claim_qr = QrWidget(preferred_px=CLAIM_QR_PX)
        self.claim_qr.setObjectName("refundClaimQr")
        self.claim_qr.setAccessibleName(self.tr("Refund claim QR code"))
        claim.addWidget(self.claim_qr, 3)
        side = QVBoxLayout()
        side.setSpacing(10)
        self.claim_title = label(role="title", name="refundClaimTitle")
        set_tone(self.claim_title, "success")
        side.addWidget(self.claim_title)
        self.claim_detail = label(role="subtitle", name="refundClaimDetail")
        side.addWidget(self.claim_detail)
        self.claim_link = label(name="refundClaimLink")
        self.claim_link.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        side.addWidget(self.claim_link)
        self.claim_note = label(role="hint", name="refundClaimNote")
        side.addWidget(self.claim_note)
        side.addStretch(1)
        self.print_claim = button(self.tr("Print the claim slip"), name="printRefundClaimButton")
        self.claim_back = button(self.tr("‹ Back to the sale"), name="refundClaimBackButton")
        side.addWidget(self.print_claim)
        side.addWidget(self.claim_back)
        self.print_status = label(role="hint", name="refundPrintStatus")
        side.addWidget(self.print_status)
        claim.addLayout(side, 2)
        self.pages.addWidget(self.claim_page)
