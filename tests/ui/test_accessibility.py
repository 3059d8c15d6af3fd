"""Every control on the main screens has a name a screen reader can say (issue 10).

A control with visible words (a button's text) is named by them; one without (an icon or a
symbol on a button, a field, a list, a stepper, a QR code) needs an accessible name. The staff
window and the kiosk are walked on each of their main screens.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QWidget,
)

from boxoffice.sim import seed
from tests.ui.conftest import run_until
from tests.ui.helpers import current_sale, find, open_event, sell
from tests.ui.kiosk.test_shell import kiosk  # noqa: F401  (the fixture)

_CONTROLS = (QAbstractButton, QLineEdit, QAbstractSpinBox, QAbstractItemView, QComboBox, QCheckBox)


def _part_of_another_control(widget: QWidget) -> bool:
    """Qt's own pieces of a control (a spin box's or a combo's line edit, a line edit's clear
    button, a table's header): the control they belong to carries the name."""
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractSpinBox | QComboBox | QLineEdit | QAbstractItemView)


def unnamed_controls(window: QWidget) -> list[str]:
    """The visible controls of `window` a screen reader could not name."""
    missing = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, _CONTROLS) or not widget.isVisible():
            continue
        if _part_of_another_control(widget):
            continue
        if widget.accessibleName().strip():
            continue
        if isinstance(widget, QAbstractButton) and widget.text().strip():
            continue
        missing.append(f"{type(widget).__name__} {widget.objectName() or '(no objectName)'}")
    return sorted(missing)


def _assert_named(window: QWidget, screen: str) -> None:
    missing = unnamed_controls(window)
    assert not missing, f"{screen}: controls without an accessible name: {missing}"


def test_the_walk_finds_a_control_without_a_name(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    QPushButton("Pay", host).setObjectName("worded")
    QPushButton("", host).setObjectName("blank")
    named = QLineEdit(host)
    named.setAccessibleName("Buyer's e-mail address")
    QLineEdit(host).setObjectName("bare")
    host.show()
    assert unnamed_controls(host) == ["QLineEdit bare", "QPushButton blank"]


def test_every_control_of_the_staff_window_has_a_name(qtbot, loop, sim, till):
    _assert_named(till, "events")
    open_event(qtbot, loop, till, seed.GBP_EVENT)
    _assert_named(till, "tickets")
    # Back to the events: the sale opens the event again.
    qtbot.mouseClick(find(till, QPushButton, "backToEventsButton"), Qt.MouseButton.LeftButton)
    sale = sell(qtbot, loop, till)
    _assert_named(till, "payment")
    sim.pay_invoice(sale.invoice_id, "BTC-LN")
    run_until(loop, lambda: till.pages.currentWidget() is till.result_page, message="result")
    _assert_named(till, "result")


def test_every_control_of_the_kiosk_has_a_name(qtbot, loop, sim, kiosk):  # noqa: F811
    window, shell = kiosk
    _assert_named(window, "welcome")
    # Staff's way in: the PIN pad, then the staff menu (opened as the right PIN would).
    shell.staff.open_pin_pad()
    _assert_named(window, "the PIN pad")
    shell.staff.open_menu()
    _assert_named(window, "the staff menu")
    shell.staff.close()
    qtbot.mouseClick(window.attract_page.start, Qt.MouseButton.LeftButton)
    _assert_named(window, "events")
    open_event(qtbot, loop, window, seed.GBP_EVENT)
    # The on-screen keyboard comes up with a field's focus: its keys are walked too.
    window.tickets_page.email.setFocus()
    run_until(loop, lambda: window.tickets_page.keyboard.isVisible(), message="the keyboard")
    _assert_named(window, "tickets with the keyboard")
    plus = find(window, QPushButton, f"qty_{seed.GENERAL_TT}Plus")
    qtbot.mouseClick(plus, Qt.MouseButton.LeftButton)
    window.tickets_page.email.setText("walkup@example.org")
    qtbot.mouseClick(find(window, QPushButton, "checkoutButton"), Qt.MouseButton.LeftButton)
    run_until(loop, lambda: window.pages.currentWidget() is window.payment_page, message="pay")
    _assert_named(window, "payment")
    sim.pay_invoice(current_sale(window).invoice_id, "BTC-LN")
    run_until(loop, lambda: window.pages.currentWidget() is window.result_page, message="done")
    _assert_named(window, "result")
