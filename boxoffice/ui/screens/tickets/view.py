"""The tickets screen's layout: event header, ticket rows, access code, buyer, total, pay."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from boxoffice.ui.kiosk.keyboard import OnScreenKeyboard
from boxoffice.ui.screens.tickets.offline_panel import OfflinePanel
from boxoffice.ui.screens.tickets.ticket_row import TicketRow
from boxoffice.ui.widgets.common import Banner, button, label, set_tone


class TicketsView(QWidget):
    """Layout only: event header, ticket rows (scrolling), access code, buyer, total, pay."""

    def __init__(
        self, parent: QWidget | None = None, *, touch: bool = False, staff: bool | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ticketsPage")
        #: A kiosk's: big steppers for the quantities and a keyboard on the screen.
        self.touch = touch
        # The style sheet gives a kiosk's fields and buttons finger-sized room.
        self.setProperty("touch", "true" if touch else "false")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 14, 24, 18)
        outer.setSpacing(10)

        header = QHBoxLayout()
        self.back_button = button(self.tr("‹ Events"), name="backToEventsButton")
        header.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.event_title = label(role="title", name="eventTitle")
        self.event_detail = label(role="subtitle", name="eventDetail")
        titles.addWidget(self.event_title)
        titles.addWidget(self.event_detail)
        header.addLayout(titles, 1)
        outer.addLayout(header)

        self.sale_error = Banner(name="saleError")
        outer.addWidget(self.sale_error)

        body = QHBoxLayout()
        body.setSpacing(20)
        outer.addLayout(body, 1)

        # Left: the ticket types, scrolling when there are many.
        self.rows_host = QWidget()
        self.rows_layout = QVBoxLayout(self.rows_host)
        self.rows_layout.setContentsMargins(0, 0, 8, 0)
        self.rows_layout.setSpacing(10)
        self.rows_layout.addStretch(1)
        self.rows_scroll = QScrollArea()
        self.rows_scroll.setObjectName("ticketScroll")
        self.rows_scroll.setWidgetResizable(True)
        self.rows_scroll.setWidget(self.rows_host)
        self.rows_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body.addWidget(self.rows_scroll, 3)

        # Right: access code and buyer (scrolling on a short screen), then the total and the
        # pay button, which stay visible whatever the height.
        side = QFrame()
        side.setObjectName("checkoutPanel")
        side.setProperty("role", "card")
        side.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        side.setMinimumWidth(340)
        side.setMaximumWidth(520)
        column = QVBoxLayout(side)
        column.setContentsMargins(4, 4, 4, 12)
        column.setSpacing(6)
        fields_host = QWidget()
        panel = QVBoxLayout(fields_host)
        panel.setContentsMargins(14, 8, 14, 4)
        panel.setSpacing(4)
        self.fields_scroll = QScrollArea()
        self.fields_scroll.setObjectName("buyerScroll")
        self.fields_scroll.setWidgetResizable(True)
        self.fields_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fields_scroll.setWidget(fields_host)
        column.addWidget(self.fields_scroll, 1)

        panel.addWidget(label(self.tr("Access code"), role="section"))
        code_row = QHBoxLayout()
        self.access_code = QLineEdit()
        self.access_code.setObjectName("accessCodeEdit")
        self.access_code.setPlaceholderText(self.tr("Code or scanned link"))
        self.access_code.setAccessibleName(self.tr("Access code"))
        self.access_code.setClearButtonEnabled(True)
        self.access_code_button = button(self.tr("Apply"), name="accessCodeButton")
        code_row.addWidget(self.access_code, 1)
        code_row.addWidget(self.access_code_button)
        panel.addLayout(code_row)
        self.access_code_status = label(name="accessCodeStatus")
        self.access_code_status.hide()
        panel.addWidget(self.access_code_status)

        panel.addWidget(label(self.tr("Buyer"), role="section"))
        self.name = QLineEdit()
        self.name.setObjectName("nameEdit")
        self.name.setAccessibleName(self.tr("Buyer's full name"))
        self.name_error = label(role="hint", name="nameError")
        panel.addWidget(label(self.tr("Full name")))
        panel.addWidget(self.name)
        panel.addWidget(self.name_error)
        self.email = QLineEdit()
        self.email.setObjectName("emailEdit")
        self.email.setAccessibleName(self.tr("Buyer's e-mail address"))
        self.email_error = label(role="hint", name="emailError")
        panel.addWidget(label(self.tr("E-mail")))
        panel.addWidget(self.email)
        panel.addWidget(self.email_error)
        panel.addStretch(1)

        footer = QVBoxLayout()
        footer.setContentsMargins(14, 0, 14, 0)
        footer.setSpacing(4)
        total_row = QHBoxLayout()
        total_row.addWidget(
            label(self.tr("Total"), role="section"), 0, Qt.AlignmentFlag.AlignBottom
        )
        self.seats = label(role="hint", name="seatsLabel")
        self.seats.setWordWrap(False)
        total_row.addWidget(self.seats, 1, Qt.AlignmentFlag.AlignBottom)
        self.total = label(role="total", name="totalLabel")
        self.total.setWordWrap(False)
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight)
        total_row.addWidget(self.total, 0, Qt.AlignmentFlag.AlignRight)
        footer.addLayout(total_row)
        self.cart_problems = label(name="cartProblems")
        set_tone(self.cart_problems, "error")
        self.cart_problems.hide()
        footer.addWidget(self.cart_problems)
        self.checkout = button(self.tr("Choose tickets"), name="checkoutButton", role="primary")
        self.checkout.setEnabled(False)
        footer.addWidget(self.checkout)
        # Staff only (a kiosk's customers never see them): cash and complimentary tickets.
        self.offline: OfflinePanel | None = None
        if staff if staff is not None else not touch:
            self.offline = OfflinePanel()
            footer.addWidget(self.offline)
        column.addLayout(footer)
        body.addWidget(side, 2)

        # The kiosk's keyboard, under everything, shown while a field is being filled in.
        self.keyboard: OnScreenKeyboard | None = None
        if touch:
            self.keyboard = OnScreenKeyboard()
            self.keyboard.hide()
            outer.addWidget(self.keyboard)

        self.rows: dict[str, TicketRow] = {}
