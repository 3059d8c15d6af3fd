"""The result screen's layout: a receipt page, a "closed" page and a "needs attention" page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from boxoffice.ui.i18n import QT_TRANSLATE_NOOP
from boxoffice.ui.printing.receipt import ReceiptLayout
from boxoffice.ui.widgets.common import Banner, button, label, set_tone

CLOSED_TITLE = QT_TRANSLATE_NOOP("ResultView", "Payment window closed — the tickets were released")
TICKET_QR_PX = 220
#: On a kiosk the customer photographs the ticket's code from the screen: larger.
TOUCH_TICKET_QR_PX = 420


def closed_title() -> str:
    """`CLOSED_TITLE` in the language in use."""
    return QCoreApplication.translate("ResultView", CLOSED_TITLE)


class ResultView(QWidget):
    """Layout only: a receipt page, a "closed" page and a "needs attention" page."""

    def __init__(self, parent: QWidget | None = None, *, touch: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("resultPage")
        #: The size of each ticket's code in the list (pixels).
        self.ticket_qr_px = TOUCH_TICKET_QR_PX if touch else TICKET_QR_PX
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
        self.resend_email = button(self.tr("E-mail again"), name="resendEmailButton")
        email_row.addWidget(self.resend_email, 0, Qt.AlignmentFlag.AlignVCenter)
        receipt.addLayout(email_row)
        self.ticket_list = QListWidget()
        self.ticket_list.setObjectName("ticketList")
        self.ticket_list.setAccessibleName(self.tr("Tickets of the sale"))
        self.ticket_list.setIconSize(QSize(self.ticket_qr_px, self.ticket_qr_px))
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
        self.closed_title = label(closed_title(), role="title", name="closedTitle")
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
            self.tr("Needs attention — please check this sale"), role="title", name="attentionTitle"
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
            self.tr("Accept payment and issue tickets"), name="acceptPaymentButton", role="primary"
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
        self.print_button = button(self.tr("Print tickets"), name="printButton")
        self.pdf_button = button(self.tr("Save as PDF"), name="savePdfButton")
        self.layout_choice = QComboBox()
        self.layout_choice.setObjectName("receiptLayout")
        self.layout_choice.setAccessibleName(self.tr("Paper to print on"))
        for layout in ReceiptLayout:
            self.layout_choice.addItem(layout.label, layout)
        actions.addWidget(self.print_button)
        actions.addWidget(self.pdf_button)
        actions.addWidget(self.layout_choice)
        actions.addStretch(1)
        # Shown for an earlier sale opened from the recent sales.
        self.back_to_recent = button(self.tr("‹ Sales"), name="backToRecentSalesButton")
        self.back_to_recent.hide()
        actions.addWidget(self.back_to_recent)
        self.new_sale = button(self.tr("New sale"), name="newSaleButton", role="primary")
        self.new_sale.setMinimumWidth(240)
        actions.addWidget(self.new_sale)
        outer.addLayout(actions)
