"""Driving the window through its widgets, as a person at the till would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from boxoffice.sim import seed
from boxoffice.ui.screens.events.view import EVENT_ID_ROLE
from boxoffice.ui.widgets.stepper import QuantityStepper
from tests.ui.conftest import run_until


def find(window: QWidget, kind, name: str):
    widget = window.findChild(kind, name)
    assert widget is not None, f"no {kind.__name__} named {name}"
    return widget


def open_event(qtbot, loop, window, event_id: str) -> None:
    """Tap the event's row in `eventList`."""
    view = window.events_page.event_list
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(EVENT_ID_ROLE) == event_id:
            view.scrollTo(index)
            qtbot.mouseClick(
                view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
            )
            break
    else:
        raise AssertionError(f"{event_id} is not in the list")
    run_until(loop, lambda: window.pages.currentWidget() is window.tickets_page, message="tickets")


def set_quantity(qtbot, window, ticket_type_id: str, quantity: int) -> QSpinBox | QuantityStepper:
    """Press + until the quantity shows `quantity` (a spin box, or a kiosk's big stepper)."""
    spin: QSpinBox | QuantityStepper | None = window.findChild(QSpinBox, f"qty_{ticket_type_id}")
    if spin is None:
        # A kiosk's stepper, of the row on screen (an earlier sale's may await deletion).
        row = window.tickets_page.rows[ticket_type_id]
        assert isinstance(row.quantity, QuantityStepper)
        spin, plus = row.quantity, row.plus
    else:
        plus = find(window, QPushButton, f"plus_{ticket_type_id}")
    while spin.value() < quantity:
        before = spin.value()
        qtbot.mouseClick(plus, Qt.MouseButton.LeftButton)
        assert spin.value() > before, "the + button did nothing"
    assert spin.value() == quantity
    return spin


def type_into(qtbot, window, name: str, text: str) -> QLineEdit:
    edit = find(window, QLineEdit, name)
    edit.clear()
    qtbot.keyClicks(edit, text)
    return edit


def checkout(qtbot, loop, window) -> None:
    """Press the pay button and wait for the payment page with its QR."""
    button = find(window, QPushButton, "checkoutButton")
    assert button.isEnabled(), find(window, QLabel, "cartProblems").text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    run_until(
        loop,
        lambda: (
            window.pages.currentWidget() is window.payment_page and window.payment_page.qr.payload
        ),
        message="the payment page",
    )


def sell(
    qtbot,
    loop,
    window,
    *,
    ticket_type: str = seed.GENERAL_TT,
    quantity: int = 1,
    email: str = "door@example.org",
    name: str = "",
):
    """Sell `quantity` tickets of one type of the GBP event; the sale once it can be paid."""
    open_event(qtbot, loop, window, seed.GBP_EVENT)
    set_quantity(qtbot, window, ticket_type, quantity)
    if name:
        type_into(qtbot, window, "nameEdit", name)
    type_into(qtbot, window, "emailEdit", email)
    checkout(qtbot, loop, window)
    return current_sale(window)


def wait_for_ticket_icons(loop, tickets) -> None:
    """Wait until every row of the receipt's ticket list has its QR icon.

    The result page paints the icons a few per loop turn, after the list itself appears.
    """
    run_until(
        loop,
        lambda: all(not tickets.item(row).icon().isNull() for row in range(tickets.count())),
        message="the ticket icons",
    )


def current_sale(window):
    flow = window.flow
    return flow.runtime.engine.sale(flow.current_sale_id)


def status_text(window) -> str:
    return find(window, QLabel, "paymentStatus").text()
