"""A sale by keyboard alone, for those who bring one: no mouse, no touch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from boxoffice.sim import seed
from boxoffice.ui.screens.events.view import EVENT_ID_ROLE
from tests.ui.conftest import run_until
from tests.ui.helpers import current_sale
from tests.ui.kiosk.test_shell import kiosk  # noqa: F401  (the fixture)

#: Tab presses a keyboard user may need to reach a control (more means it is out of reach).
REACH = 60


def tab_to(qtbot, window, widget) -> None:
    """Press Tab until `widget` has the focus, as a keyboard user would."""
    for _ in range(REACH):
        if QApplication.focusWidget() is widget:
            return
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    raise AssertionError(f"{widget.objectName()} cannot be reached with Tab")


def test_a_sale_by_keyboard_alone(qtbot, loop, till, sim):
    window = till
    window.activateWindow()
    events = window.events_page.event_list
    events.setFocus()  # where the window puts it when it opens
    run_until(loop, events.hasFocus, message="the focus on the events")
    model = events.model()
    target = next(
        row
        for row in range(model.rowCount())
        if model.index(row, 0).data(EVENT_ID_ROLE) == seed.GBP_EVENT
    )
    qtbot.keyClick(events, Qt.Key.Key_Home)
    for _ in range(target):
        qtbot.keyClick(events, Qt.Key.Key_Down)
    qtbot.keyClick(events, Qt.Key.Key_Return)
    run_until(loop, lambda: window.pages.currentWidget() is window.tickets_page, message="tickets")

    row = window.tickets_page.rows[seed.GENERAL_TT]
    tab_to(qtbot, window, row.plus)
    qtbot.keyClick(row.plus, Qt.Key.Key_Space)
    assert row.quantity.value() == 1
    email = window.tickets_page.email
    tab_to(qtbot, window, email)
    qtbot.keyClicks(email, "keys@example.org")
    qtbot.keyClick(email, Qt.Key.Key_Return)
    run_until(loop, lambda: window.pages.currentWidget() is window.payment_page, message="pay")
    assert current_sale(window).order.buyer.email == "keys@example.org"


def test_the_kiosk_by_keyboard_alone(qtbot, loop, kiosk, sim):  # noqa: F811
    window, _shell = kiosk
    window.activateWindow()
    card = next(c for c in _shell.attract._cards if c.event_id == seed.GBP_EVENT)
    window.attract_page.start.setFocus()
    tab_to(qtbot, window, card)
    # (The barcode scanner holds typed keys a moment, to tell a person from a scan.)
    qtbot.keyClick(card, Qt.Key.Key_Space)
    run_until(loop, lambda: window.pages.currentWidget() is window.tickets_page, message="tickets")
    row = window.tickets_page.rows[seed.GENERAL_TT]
    tab_to(qtbot, window, row.plus)
    qtbot.keyClick(row.plus, Qt.Key.Key_Space)
    run_until(loop, lambda: row.quantity.value() == 1, message="one ticket")
    email = window.tickets_page.email
    tab_to(qtbot, window, email)
    qtbot.keyClicks(email, "keys@example.org")
    run_until(loop, lambda: email.text() == "keys@example.org", message="the address typed")
    qtbot.keyClick(email, Qt.Key.Key_Return)
    run_until(loop, lambda: window.pages.currentWidget() is window.payment_page, message="pay")
