"""The touch quantity stepper: − and + change the value within its limits, like a spin box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from boxoffice.ui.widgets.stepper import QuantityStepper


def make(qtbot, name: str = "qty_general") -> QuantityStepper:
    stepper = QuantityStepper(name)
    qtbot.addWidget(stepper)
    stepper.setRange(0, 3)
    stepper.show()
    return stepper


def parts(stepper: QuantityStepper, name: str = "qty_general"):
    minus = stepper.findChild(QPushButton, f"{name}Minus")
    plus = stepper.findChild(QPushButton, f"{name}Plus")
    value = stepper.findChild(QLabel, f"{name}Value")
    assert minus is not None and plus is not None and value is not None
    return minus, plus, value


def test_clicks_change_the_value_and_the_shown_number(qtbot):
    stepper = make(qtbot)
    minus, plus, value = parts(stepper)
    qtbot.mouseClick(plus, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(plus, Qt.MouseButton.LeftButton)
    assert stepper.value() == 2 and value.text() == "2"
    qtbot.mouseClick(minus, Qt.MouseButton.LeftButton)
    assert stepper.value() == 1 and value.text() == "1"


def test_the_limits_hold_and_disable_their_button(qtbot):
    stepper = make(qtbot)
    minus, plus, _ = parts(stepper)
    assert not minus.isEnabled() and plus.isEnabled()
    for _ in range(5):
        qtbot.mouseClick(plus, Qt.MouseButton.LeftButton)
    assert stepper.value() == 3
    assert not plus.isEnabled() and minus.isEnabled()
    stepper.setValue(10)
    assert stepper.value() == 3
    stepper.setValue(-4)
    assert stepper.value() == 0
    stepper.setValue(2)
    stepper.setRange(0, 1)
    assert stepper.value() == 1 and not plus.isEnabled()


def test_the_signal_fires_once_per_change_and_not_without_one(qtbot):
    stepper = make(qtbot)
    minus, plus, _ = parts(stepper)
    seen: list[int] = []
    stepper.valueChanged.connect(seen.append)
    qtbot.mouseClick(plus, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(plus, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(minus, Qt.MouseButton.LeftButton)
    stepper.setValue(1)  # already 1: no signal
    stepper.setValue(99)  # clamped to 3: one signal
    assert seen == [1, 2, 1, 3]


def test_an_order_minimum_is_jumped_over(qtbot):
    stepper = make(qtbot)
    stepper.setRange(0, 10)
    stepper.setOrderMinimum(4)
    minus, plus, _ = parts(stepper)
    qtbot.mouseClick(plus, Qt.MouseButton.LeftButton)
    assert stepper.value() == 4
    qtbot.mouseClick(plus, Qt.MouseButton.LeftButton)
    assert stepper.value() == 5
    qtbot.mouseClick(minus, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(minus, Qt.MouseButton.LeftButton)
    assert stepper.value() == 0
    stepper.setValue(2)
    assert stepper.value() == 4


def test_buttons_are_big_repeat_when_held_and_have_accessible_names(qtbot):
    stepper = make(qtbot)
    minus, plus, value = parts(stepper)
    for widget in (minus, plus):
        assert widget.width() >= 56 and widget.height() >= 56
        assert widget.autoRepeat()
    assert minus.accessibleName() == "Fewer tickets"
    assert plus.accessibleName() == "More tickets"
    assert value.accessibleName()
