"""A big − [n] + quantity control for touch screens, in place of a spin box.

A spin box's arrows are a few pixels tall and its number invites a keyboard; a finger needs
two large buttons and a number it only reads. `QuantityStepper` keeps QSpinBox's vocabulary
(`value`, `setValue`, `setRange`, `valueChanged`) so a screen can swap one for the other.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

#: Side of the − and + buttons: above the 48 px touch minimum, as they are pressed most.
BUTTON_SIZE = 64
#: Press-and-hold: wait this long before repeating, then step this often (milliseconds).
REPEAT_DELAY_MS = 400
REPEAT_INTERVAL_MS = 120

# Its type (big signs and number) is the application's style sheets' (`[role="stepper"]` in
# resources/), so larger text reaches it; no colours, so the theme (high contrast too) paints.


class QuantityStepper(QWidget):
    """− [n] +: two large buttons around a number, limited to a range.

    `name` is the base of the children's object names (`{name}Minus`, `{name}Value`,
    `{name}Plus`) so tests and the lead's screens find them. Holding a button repeats it.
    An order minimum (`setOrderMinimum`) makes the values between the range's minimum and it
    unreachable: + from 0 jumps to the minimum per order, − from it falls back to 0.
    """

    valueChanged = Signal(int)

    def __init__(self, name: str = "quantity", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "stepper")
        self._minimum = 0
        self._maximum = 99
        self._order_minimum = 0
        self._value = 0

        self.minus = self._step_button("−", f"{name}Minus", self.tr("Fewer tickets"))
        self.plus = self._step_button("+", f"{name}Plus", self.tr("More tickets"))
        self.value_label = QLabel("0")
        self.value_label.setObjectName(f"{name}Value")
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.value_label.setAccessibleName(self.tr("Number of tickets"))
        # Room for two digits at the large size, so the buttons do not move as the number grows.
        self.value_label.setMinimumWidth(BUTTON_SIZE)
        self.value_label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)

        # As wide as its parts: a row gives the space around it to its other contents.
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.minus)
        layout.addWidget(self.value_label)
        layout.addWidget(self.plus)

        self.minus.clicked.connect(lambda: self.stepBy(-1))
        self.plus.clicked.connect(lambda: self.stepBy(1))
        self._show()

    def _step_button(self, text: str, name: str, accessible: str) -> QPushButton:
        widget = QPushButton(text, self)
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)
        widget.setToolTip(accessible)
        widget.setCursor(Qt.CursorShape.PointingHandCursor)
        widget.setFixedSize(BUTTON_SIZE, BUTTON_SIZE)
        widget.setAutoRepeat(True)
        widget.setAutoRepeatDelay(REPEAT_DELAY_MS)
        widget.setAutoRepeatInterval(REPEAT_INTERVAL_MS)
        return widget

    # -- QSpinBox's vocabulary -------------------------------------------------------------

    def value(self) -> int:
        return self._value

    def minimum(self) -> int:
        return self._minimum

    def maximum(self) -> int:
        return self._maximum

    def setRange(self, minimum: int, maximum: int) -> None:
        """Limit the value to [minimum, maximum] (a maximum below the minimum is raised to it)."""
        self._minimum = minimum
        self._maximum = max(minimum, maximum)
        self.setValue(self._value)
        self._show()

    def set_limits(self, minimum: int, maximum: int) -> None:
        """0, or from the minimum per order up to `maximum` (as `QuantitySpinBox.set_limits`)."""
        self.setRange(0, max(0, maximum))
        self.setOrderMinimum(max(1, minimum))

    def setOrderMinimum(self, order_minimum: int) -> None:
        """Skip the values above the range's minimum and below `order_minimum`."""
        self._order_minimum = order_minimum
        self.setValue(self._value)

    def setValue(self, value: int) -> None:
        """Set the value, clamped to the range; `valueChanged` fires only if it changed."""
        value = max(self._minimum, min(self._maximum, value))
        if self._minimum < value < self._order_minimum:
            value = min(self._order_minimum, self._maximum)
        if value == self._value:
            self._show()
            return
        self._value = value
        self._show()
        self.valueChanged.emit(value)

    def stepBy(self, steps: int) -> None:
        """Step as + or − would, jumping over the gap below the order minimum."""
        target = self._value + steps
        if steps > 0 and self._value < self._order_minimum:
            target = max(target, self._order_minimum)
        elif steps < 0 and self._minimum < target < self._order_minimum:
            target = self._minimum
        self.setValue(target)

    def _show(self) -> None:
        self.value_label.setText(str(self._value))
        at_minimum = self._value <= self._minimum
        at_maximum = self._value >= self._maximum
        # A held button that reaches a limit stops repeating: a disabled button stops its timer.
        self.minus.setEnabled(not at_minimum)
        self.plus.setEnabled(not at_maximum)
