"""Step 2 and 3: ticket types with quantities, the access code, the buyer, the running total."""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from boxoffice.domain.buyer import validate_email, validate_name
from boxoffice.domain.catalogue import access_code_from
from boxoffice.domain.money import format_money
from boxoffice.domain.order import Buyer, OrderProblem, cart_problems, prepare_order
from boxoffice.ui.formatting import event_detail, plural
from boxoffice.ui.html import SafeTextBrowser, plain_description
from boxoffice.ui.widgets.common import Banner, button, label, set_style_property, set_tone

log = logging.getLogger(__name__)


class QuantitySpinBox(QSpinBox):
    """A quantity that is 0 or within [minimum per order, maximum]: it skips 1..min-1.

    Stepping jumps over the gap; a typed value inside the gap is raised to the minimum when
    it is committed (keyboard tracking is off, so half-typed numbers are not acted on).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.order_minimum = 1
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.setKeyboardTracking(False)
        self.valueChanged.connect(self._snap)

    def set_limits(self, minimum: int, maximum: int) -> None:
        self.order_minimum = max(1, minimum)
        self.setRange(0, max(0, maximum))

    def stepBy(self, steps: int) -> None:
        value = self.value()
        if steps > 0 and value == 0:
            target = self.order_minimum + steps - 1
        elif steps < 0 and 0 < value + steps < self.order_minimum:
            target = 0
        else:
            target = value + steps
        self.setValue(max(0, min(self.maximum(), target)))

    def _snap(self, value: int) -> None:
        if 0 < value < self.order_minimum:
            self.setValue(min(self.order_minimum, self.maximum()))


class TicketRow(QFrame):
    """One ticket type: name, description, price, and − [quantity] + (disabled if not on sale)."""

    def __init__(self, ticket_type: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticketRow")
        self.ticket_type_id = ticket_type.id
        grid = QGridLayout(self)
        grid.setContentsMargins(16, 12, 12, 12)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)

        self.name = label(ticket_type.name, role="ticketName")
        grid.addWidget(self.name, 0, 0)
        self.note = label(role="hint")
        grid.addWidget(self.note, 1, 0)
        # The description's widget is made when a type has one: a plain sentence goes in a
        # label, only real HTML in a SafeTextBrowser (tens of times dearer to build, and an
        # event may have dozens of types).
        self._grid = grid
        self.description: QLabel | None = None
        self.rich_description: SafeTextBrowser | None = None

        self.price = label(role="price")
        self.price.setWordWrap(False)
        self.price.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.price, 0, 1, Qt.AlignmentFlag.AlignRight)

        stepper = QHBoxLayout()
        stepper.setSpacing(4)
        self.minus = button("−", name=f"minus_{ticket_type.id}", role="step")
        self.quantity = QuantitySpinBox()
        self.quantity.setObjectName(f"qty_{ticket_type.id}")
        self.quantity.setAccessibleName(f"Quantity of {ticket_type.name}")
        self.plus = button("+", name=f"plus_{ticket_type.id}", role="step")
        for widget in (self.minus, self.quantity, self.plus):
            stepper.addWidget(widget)
        grid.addLayout(stepper, 1, 1, 2, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        self.minus.clicked.connect(lambda: self.quantity.stepBy(-1))
        self.plus.clicked.connect(lambda: self.quantity.stepBy(1))
        self.quantity.valueChanged.connect(self._update_steppers)
        self.update_type(ticket_type)

    def update_type(self, ticket_type: Any) -> None:
        """Show the (possibly refreshed) ticket type, keeping the quantity when still allowed."""
        self.name.setText(ticket_type.name)
        self.price.setText(format_money(ticket_type.unit_price, ticket_type.currency))
        notes = []
        if ticket_type.secret:
            notes.append("Unlocked with an access code")
        if not ticket_type.purchasable:
            notes.append(ticket_type.unavailable_reason or "Not available")
        elif ticket_type.available <= 10:
            notes.append(f"Only {ticket_type.available} left")
        if ticket_type.min_per_order > 1:
            notes.append(f"At least {ticket_type.min_per_order} per order")
        self.note.setText(" · ".join(notes))
        self.note.setVisible(bool(notes))
        set_tone(self.note, "error" if not ticket_type.purchasable else "")
        self._show_description(ticket_type.description)
        value = self.quantity.value()
        purchasable = bool(ticket_type.purchasable) and ticket_type.max_per_order > 0
        self.quantity.blockSignals(True)
        if purchasable:
            self.quantity.set_limits(ticket_type.min_per_order, ticket_type.max_per_order)
        else:
            self.quantity.set_limits(1, 0)
        self.quantity.setValue(value if purchasable and value <= self.quantity.maximum() else 0)
        self.quantity.blockSignals(False)
        for widget in (self.quantity, self.minus, self.plus):
            widget.setEnabled(purchasable)
        set_style_property(self, "available", "true" if purchasable else "false")
        self._update_steppers()
        if self.quantity.value() != value:
            self.quantity.valueChanged.emit(self.quantity.value())

    def _show_description(self, text: str | None) -> None:
        """Plain words in a label, HTML (sanitised) in a browser, nothing for no words."""
        words = plain_description(text) if (text or "").strip() else ""
        if words is None:
            if self.rich_description is None:
                self.rich_description = SafeTextBrowser(fit_content=True)
                self.rich_description.setObjectName("ticketDescriptionRich")
                self.rich_description.setProperty("role", "description")
                self._grid.addWidget(self.rich_description, 2, 0)
            self.rich_description.set_description(text)
            self.rich_description.show()
        elif self.rich_description is not None:
            self.rich_description.clear()
            self.rich_description.hide()
        if words:
            if self.description is None:
                self.description = label(role="description", name="ticketDescription")
                self._grid.addWidget(self.description, 2, 0)
            self.description.setText(words)
            self.description.show()
        elif self.description is not None:
            self.description.clear()
            self.description.hide()

    def _update_steppers(self) -> None:
        if not self.quantity.isEnabled():
            return
        self.minus.setEnabled(self.quantity.value() > 0)
        self.plus.setEnabled(self.quantity.value() < self.quantity.maximum())


class TicketsView(QWidget):
    """Layout only: event header, ticket rows (scrolling), access code, buyer, total, pay."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticketsPage")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 14, 24, 18)
        outer.setSpacing(10)

        header = QHBoxLayout()
        self.back_button = button("‹ Events", name="backToEventsButton")
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
        self.scroll = QScrollArea()
        self.scroll.setObjectName("ticketScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.rows_host)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body.addWidget(self.scroll, 3)

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
        fields_scroll = QScrollArea()
        fields_scroll.setObjectName("buyerScroll")
        fields_scroll.setWidgetResizable(True)
        fields_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        fields_scroll.setWidget(fields_host)
        column.addWidget(fields_scroll, 1)

        panel.addWidget(label("Access code", role="section"))
        code_row = QHBoxLayout()
        self.access_code = QLineEdit()
        self.access_code.setObjectName("accessCodeEdit")
        self.access_code.setPlaceholderText("Code or scanned link")
        self.access_code.setClearButtonEnabled(True)
        self.access_code_button = button("Apply", name="accessCodeButton")
        code_row.addWidget(self.access_code, 1)
        code_row.addWidget(self.access_code_button)
        panel.addLayout(code_row)
        self.access_code_status = label(name="accessCodeStatus")
        self.access_code_status.hide()
        panel.addWidget(self.access_code_status)

        panel.addWidget(label("Buyer", role="section"))
        self.name = QLineEdit()
        self.name.setObjectName("nameEdit")
        self.name.setAccessibleName("Buyer's full name")
        self.name_error = label(role="hint", name="nameError")
        panel.addWidget(label("Full name"))
        panel.addWidget(self.name)
        panel.addWidget(self.name_error)
        self.email = QLineEdit()
        self.email.setObjectName("emailEdit")
        self.email.setAccessibleName("Buyer's e-mail address")
        self.email_error = label(role="hint", name="emailError")
        panel.addWidget(label("E-mail"))
        panel.addWidget(self.email)
        panel.addWidget(self.email_error)
        panel.addStretch(1)

        footer = QVBoxLayout()
        footer.setContentsMargins(14, 0, 14, 0)
        footer.setSpacing(4)
        total_row = QHBoxLayout()
        total_row.addWidget(label("Total", role="section"), 0, Qt.AlignmentFlag.AlignBottom)
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
        self.checkout = button("Choose tickets", name="checkoutButton", role="primary")
        self.checkout.setEnabled(False)
        footer.addWidget(self.checkout)
        column.addLayout(footer)
        body.addWidget(side, 2)

        self.rows: dict[str, TicketRow] = {}

    def set_rows(self, ticket_types: tuple[Any, ...]) -> list[TicketRow]:
        """Show these ticket types; existing rows are updated in place, others added/removed.

        Returns the rows that were created (the controller connects to their spin boxes).
        """
        wanted = [t.id for t in ticket_types]
        for ticket_type_id in list(self.rows):
            if ticket_type_id not in wanted:
                row = self.rows.pop(ticket_type_id)
                self.rows_layout.removeWidget(row)
                row.deleteLater()
        created = []
        for position, ticket_type in enumerate(ticket_types):
            row = self.rows.get(ticket_type.id)
            if row is None:
                row = TicketRow(ticket_type)
                self.rows[ticket_type.id] = row
                created.append(row)
            else:
                row.update_type(ticket_type)
                self.rows_layout.removeWidget(row)
            self.rows_layout.insertWidget(position, row)
        return created


class TicketsController(QObject):
    """The cart for one event: quantities, unlocked secret types, the buyer, the total.

    Every rule comes from the core (`cart_problems`, `prepare_order`, `validate_email`); this
    class only decides what to show and when the pay button may be pressed.
    """

    checkoutRequested = Signal(object)  # a prepared boxoffice.domain.order.Order
    backRequested = Signal()

    def __init__(self, view: TicketsView, checkout: Any) -> None:
        super().__init__(view)
        self.view = view
        self.checkout = checkout
        self.catalogue: Any | None = None
        self.event: Any | None = None
        self.unlocked: frozenset[str] = frozenset()
        self.busy = False
        view.access_code.returnPressed.connect(self.apply_access_code)
        view.access_code_button.clicked.connect(self.apply_access_code)
        view.access_code.textEdited.connect(lambda _text: view.access_code_status.hide())
        view.name.textChanged.connect(self._update)
        view.email.textChanged.connect(self._update)
        view.checkout.clicked.connect(self._on_checkout)
        view.back_button.clicked.connect(self.backRequested)
        view.email.returnPressed.connect(self._on_checkout)
        self.apply_settings(checkout)

    # -- inputs ------------------------------------------------------------------------------

    def apply_settings(self, checkout: Any) -> None:
        """Buyer requirements from the checkout settings (placeholder texts, required marks)."""
        self.checkout = checkout
        self.view.name.setPlaceholderText("Required" if checkout.require_name else "Optional")
        self.view.email.setPlaceholderText(
            "Required, for the tickets" if checkout.email_required else "Optional"
        )
        self._update()

    def set_catalogue(self, catalogue: Any | None) -> None:
        """A newer catalogue: refresh the open event's rows, keeping what can be kept."""
        self.catalogue = catalogue
        if self.event is None or catalogue is None:
            return
        event = catalogue.event(self.event.id)
        if event is not None:
            self._show_event(event, keep=True)
        else:
            self.view.sale_error.show_message(
                "This event is no longer on sale at this till.", "error", action=False
            )
            self.view.checkout.setEnabled(False)

    def open_event(self, event: Any) -> None:
        """Show an event with an empty cart and no code applied."""
        self.unlocked = frozenset()
        self.view.access_code.clear()
        self.view.access_code_status.hide()
        self.view.sale_error.clear()
        self._show_event(event, keep=False)

    def reset(self) -> None:
        """Forget everything about the previous sale (cart, code, buyer, messages)."""
        self.event = None
        self.unlocked = frozenset()
        self.busy = False
        self.view.access_code.clear()
        self.view.access_code_status.hide()
        self.view.sale_error.clear()
        self.view.name.clear()
        self.view.email.clear()
        self.view.set_rows(())
        self._update()

    def quantities(self) -> dict[str, int]:
        return {tt_id: row.quantity.value() for tt_id, row in self.view.rows.items()}

    def buyer(self) -> Buyer:
        name = self.view.name.text().strip() or None
        email = self.view.email.text().strip() or None
        return Buyer(name, email)

    def set_busy(self, busy: bool, text: str = "Reserving tickets…") -> None:
        """While a sale is being started: no edits, the pay button says what is happening."""
        self.busy = busy
        for widget in (self.view.back_button, self.view.access_code, self.view.name):
            widget.setEnabled(not busy)
        self.view.email.setEnabled(not busy)
        self.view.access_code_button.setEnabled(not busy)
        self.view.rows_host.setEnabled(not busy)
        if busy:
            self.view.checkout.setEnabled(False)
            self.view.checkout.setText(text)
        else:
            self._update()

    def show_problem(self, text: str) -> None:
        self.view.sale_error.show_message(text, "error", action=False)

    # -- access code -------------------------------------------------------------------------

    def apply_access_code(self) -> None:
        if self.event is None or self.busy:
            return
        code = access_code_from(self.view.access_code.text())
        status = self.view.access_code_status
        if not code:
            status.setText("Type or scan a code first.")
            set_tone(status, "warning")
            status.show()
            return
        found = self.event.unlock(code)
        if self.view.access_code.text().strip() != code:
            self.view.access_code.setText(code)
        if not found:
            status.setText(f"The code “{code}” unlocks nothing for this event.")
            set_tone(status, "error")
            status.show()
            return
        new = found - self.unlocked
        self.unlocked = self.unlocked | found
        names = [t.name for t in self.event.ticket_types if t.id in found]
        if new:
            status.setText("Unlocked: " + ", ".join(names))
        else:
            status.setText("Already unlocked: " + ", ".join(names))
        set_tone(status, "success")
        status.show()
        self._show_event(self.event, keep=True)
        first = self.view.rows.get(next(iter(sorted(found))))
        if first is not None:
            # Once the new row is shown and placed (a pass of the event loop later).
            QTimer.singleShot(50, lambda: self._scroll_to(first.ticket_type_id))

    def _scroll_to(self, ticket_type_id: str) -> None:
        row = self.view.rows.get(ticket_type_id)
        if row is not None:  # gone if the sale was reset meanwhile
            self.view.scroll.ensureWidgetVisible(row)

    # -- rendering ---------------------------------------------------------------------------

    def _show_event(self, event: Any, *, keep: bool) -> None:
        previous = self.quantities() if keep else {}
        self.event = event
        self.view.event_title.setText(event.name)
        self.view.event_detail.setText(event_detail(event))
        if not keep:
            self.view.set_rows(())
        created = self.view.set_rows(event.visible(self.unlocked))
        for row in created:
            row.quantity.valueChanged.connect(self._update)
            if row.ticket_type_id in previous:
                row.quantity.setValue(previous[row.ticket_type_id])
        self._update()

    def _update(self) -> None:
        view = self.view
        event = self.event
        quantities = self.quantities()
        total = Decimal(0)
        seats = 0
        if event is not None:
            for ticket_type in event.visible(self.unlocked):
                count = quantities.get(ticket_type.id, 0)
                total += ticket_type.unit_price * count
                seats += count
            view.total.setText(format_money(total, event.currency))
        else:
            view.total.setText("—")
        view.seats.setText(plural(seats, "ticket") if seats else "")

        problems = cart_problems(event, quantities, self.unlocked) if event is not None else []
        view.cart_problems.setText("\n".join(problems))
        view.cart_problems.setVisible(bool(problems))

        name_ok = self._check_name()
        email_ok = self._check_email()
        ready = event is not None and seats > 0 and not problems and name_ok and email_ok
        if self.busy:
            return
        view.checkout.setEnabled(ready)
        if seats == 0:
            view.checkout.setText("Choose tickets")
        elif total == 0:
            view.checkout.setText("Issue free tickets")
        else:
            view.checkout.setText(f"Pay {format_money(total, event.currency)}")

    def _check_name(self) -> bool:
        text = self.view.name.text()
        error = self.view.name_error
        reason = validate_name(text) if text.strip() else None
        if reason:
            error.setText(reason[:1].upper() + reason[1:])
            set_tone(error, "error")
            set_tone(self.view.name, "error")
            return False
        set_tone(self.view.name, "")
        if not text.strip() and self.checkout.require_name:
            error.setText("Needed: the buyer's full name")
            set_tone(error, "")
            return False
        if not text.strip():
            error.setText(f"Tickets will say “{self.checkout.placeholder_name}”")
        elif len(text.split()) == 1:
            error.setText("One name: a surname is added")
        else:
            error.setText("")
        set_tone(error, "")
        return True

    def _check_email(self) -> bool:
        text = self.view.email.text()
        error = self.view.email_error
        if not text.strip():
            set_tone(self.view.email, "")
            set_tone(error, "")
            if self.checkout.email_required:
                error.setText("Needed: the tickets are e-mailed")
                return False
            error.setText("No e-mail: print or show the tickets")
            return True
        reason = validate_email(text)
        if reason:
            error.setText(reason[:1].upper() + reason[1:])
            set_tone(error, "error")
            set_tone(self.view.email, "error")
            return False
        error.setText("✓ Looks good")
        set_tone(error, "success")
        set_tone(self.view.email, "")
        return True

    def _on_checkout(self) -> None:
        if self.busy or self.event is None or not self.view.checkout.isEnabled():
            return
        try:
            order = prepare_order(
                self.catalogue,
                self.event.id,
                {k: v for k, v in self.quantities().items() if v},
                unlocked=self.unlocked,
                buyer=self.buyer(),
                checkout=self.checkout,
            )
        except OrderProblem as problem:
            self.show_problem(str(problem))
            target = {"email": self.view.email, "name": self.view.name}.get(problem.field or "")
            if target is not None:
                target.setFocus()
            return
        self.view.sale_error.clear()
        self.checkoutRequested.emit(order)
