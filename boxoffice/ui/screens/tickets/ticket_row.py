"""One ticket type on the tickets screen: its name, price, notes and a − [quantity] + stepper."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSpinBox, QWidget

from boxoffice.ui.html import SafeTextBrowser, plain_description
from boxoffice.ui.i18n import say
from boxoffice.ui.locale_format import money
from boxoffice.ui.widgets.common import button, label, set_style_property, set_tone
from boxoffice.ui.widgets.stepper import QuantityStepper

if TYPE_CHECKING:
    from boxoffice.domain.catalogue import OfferedTicketType


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

    def __init__(
        self, ticket_type: OfferedTicketType, parent: QWidget | None = None, *, touch: bool = False
    ) -> None:
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

        self.quantity: QuantitySpinBox | QuantityStepper
        if touch:
            # A kiosk: two big buttons around a number a finger never has to type.
            self.quantity = QuantityStepper(f"qty_{ticket_type.id}")
            self.minus, self.plus = self.quantity.minus, self.quantity.plus
            grid.addWidget(
                self.quantity, 1, 1, 2, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
            )
        else:
            stepper = QHBoxLayout()
            stepper.setSpacing(4)
            self.minus = button("−", name=f"minus_{ticket_type.id}", role="step")
            self.quantity = QuantitySpinBox()
            self.quantity.setObjectName(f"qty_{ticket_type.id}")
            self.plus = button("+", name=f"plus_{ticket_type.id}", role="step")
            for widget in (self.minus, self.quantity, self.plus):
                stepper.addWidget(widget)
            grid.addLayout(
                stepper, 1, 1, 2, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
            )
            quantity = self.quantity
            self.minus.clicked.connect(lambda: quantity.stepBy(-1))
            self.plus.clicked.connect(lambda: quantity.stepBy(1))
        grid.setColumnStretch(0, 1)
        self.quantity.valueChanged.connect(self._update_steppers)
        self.update_type(ticket_type)

    def update_type(self, ticket_type: OfferedTicketType) -> None:
        """Show the (possibly refreshed) ticket type, keeping the quantity when still allowed."""
        self.name.setText(ticket_type.name)
        self.quantity.setAccessibleName(self.tr("Quantity of {name}").format(name=ticket_type.name))
        # "−" and "+" are symbols: a screen reader says what they do, and for which type.
        self.minus.setAccessibleName(self.tr("Fewer of {name}").format(name=ticket_type.name))
        self.plus.setAccessibleName(self.tr("More of {name}").format(name=ticket_type.name))
        self.price.setText(money(ticket_type.unit_price, ticket_type.currency))
        notes = []
        if ticket_type.secret:
            notes.append(self.tr("Unlocked with an access code"))
        if not ticket_type.purchasable:
            notes.append(say(ticket_type.unavailable_reason or self.tr("Not available")))
        elif ticket_type.available <= 10:
            notes.append(self.tr("Only {count} left").format(count=ticket_type.available))
        if ticket_type.min_per_order > 1:
            notes.append(
                self.tr("At least {count} per order").format(count=ticket_type.min_per_order)
            )
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
