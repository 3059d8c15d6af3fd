"""Idle reset: the kiosk forgets a customer who walked away, but never interrupts a payment."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from boxoffice.sim import seed
from boxoffice.ui.kiosk.idle import IdleReset, IdleWatch, StillThereOverlay
from tests.ui.conftest import run_until
from tests.ui.helpers import current_sale, find, open_event, sell, set_quantity, type_into


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def kiosk_idle(till, clock):
    watch = IdleWatch(idle_seconds=60, warning_seconds=10, clock=clock, parent=till)
    overlay = StillThereOverlay(till.centralWidget())
    reset = IdleReset(till.flow, watch, overlay)
    till.flow.show_events()  # the flow tells the watch which screen is up
    return watch, overlay, reset


def press(widget) -> None:
    """A real mouse press, delivered through the application (and so its event filters)."""
    point = QPointF(5, 5)
    event = QMouseEvent(
        QEvent.Type.MouseButtonPress,
        point,
        widget.mapToGlobal(point),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def test_an_idle_customer_is_asked_then_forgotten_with_every_field_cleared(qtbot, loop, till):
    clock = FakeClock()
    watch, overlay, _reset = kiosk_idle(till, clock)
    open_event(qtbot, loop, till, seed.GBP_EVENT)
    set_quantity(qtbot, till, seed.GENERAL_TT, 2)
    email = type_into(qtbot, till, "emailEdit", "walked.away@example.org")
    name = find(till, QLineEdit, "nameEdit")
    name.setText("Walked Away")
    QGuiApplication.clipboard().setText("walked.away@example.org")
    assert watch.armed

    clock.now += 59
    watch.tick()
    assert not overlay.isVisible()
    clock.now += 2
    watch.tick()
    assert overlay.isVisible() and watch.warning
    assert find(till, type(overlay.countdown), "stillThereCountdown").text() == (
        "Starting again in 9 seconds"
    )
    clock.now += 10
    watch.tick()

    assert not overlay.isVisible()
    assert till.pages.currentWidget() is till.events_page
    for field in (email, name, find(till, QLineEdit, "accessCodeEdit")):
        assert field.text() == ""
        assert not field.isUndoAvailable(), field.objectName()
    assert QGuiApplication.clipboard().text() == ""
    open_event(qtbot, loop, till, seed.GBP_EVENT)
    assert till.flow.tickets.quantities()[seed.GENERAL_TT] == 0


def test_a_touch_answers_the_question_and_the_customer_goes_on(qtbot, loop, till):
    clock = FakeClock()
    watch, overlay, _reset = kiosk_idle(till, clock)
    open_event(qtbot, loop, till, seed.GBP_EVENT)
    email = type_into(qtbot, till, "emailEdit", "still.here@example.org")
    clock.now += 65
    watch.tick()
    assert overlay.isVisible()
    press(till.tickets_page)  # any touch counts
    assert not overlay.isVisible() and not watch.warning
    clock.now += 30
    watch.tick()
    assert till.pages.currentWidget() is till.tickets_page
    assert email.text() == "still.here@example.org"

    # The big button answers as well (30 + 35 s after the touch: the question is up again).
    clock.now += 35
    watch.tick()
    assert overlay.isVisible()
    qtbot.mouseClick(overlay.stay, Qt.MouseButton.LeftButton)
    assert not overlay.isVisible()
    clock.now += 9
    watch.tick()
    assert till.pages.currentWidget() is till.tickets_page


def test_never_while_an_invoice_is_being_paid(qtbot, loop, till, sim):
    clock = FakeClock()
    watch, overlay, _reset = kiosk_idle(till, clock)
    sale = sell(qtbot, loop, till)
    assert not watch.armed
    clock.now += 3600
    watch.tick()
    assert not overlay.isVisible()
    assert till.pages.currentWidget() is till.payment_page
    assert current_sale(till).id == sale.id and not current_sale(till).terminal
    assert sale.hold_id in {h["id"] for h in sim.state()["holds"]}

    # Paid: the result page is no choosing screen either.
    sim.pay_invoice(sale.invoice_id, "BTC-LN")
    run_until(loop, lambda: current_sale(till).state == "completed", message="the tickets")
    assert not watch.armed
    # A new sale arms it again.
    till.flow.new_sale()
    assert watch.armed


def test_a_reset_due_as_a_payment_starts_leaves_the_payment_alone(qtbot, loop, till, sim):
    clock = FakeClock()
    _watch, overlay, reset = kiosk_idle(till, clock)
    sale = sell(qtbot, loop, till)
    reset.reset()  # as if the countdown ran out just as the customer pressed Pay
    assert not overlay.isVisible()
    assert till.pages.currentWidget() is till.payment_page
    assert current_sale(till).id == sale.id
    assert sale.hold_id in {h["id"] for h in sim.state()["holds"]}
