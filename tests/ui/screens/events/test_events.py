"""The events list: shown at once from the cache, refreshed behind it, failures in a banner."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView, QPushButton

from boxoffice.sim import seed
from boxoffice.ui.main_window import MainWindow
from boxoffice.ui.sale_flow import SaleFlow
from boxoffice.ui.screens.events.view import EVENT_ID_ROLE
from tests.ui.conftest import run_until, runtime_opener, settle
from tests.ui.helpers import find


def _rows(window):
    model = find(window, QListView, "eventList").model()
    return {
        model.index(r, 0).data(EVENT_ID_ROLE): model.index(r, 0).data(Qt.ItemDataRole.DisplayRole)
        for r in range(model.rowCount())
    }


def test_rows_show_name_date_venue_and_availability(till):
    rows = _rows(till)
    assert seed.DRAFT_EVENT not in rows and seed.SALES_CLOSED_EVENT not in rows
    text = rows[seed.GBP_EVENT]
    assert text.startswith("Summer Chamber Night — ")
    assert "19:30" in text and "Riverside Arts Centre" in text and "left" in text


def test_a_failed_refresh_keeps_the_list_and_offers_a_retry(qtbot, loop, till, sim):
    before = _rows(till)
    sim.add_fault("/v1/events", status=401)
    qtbot.mouseClick(find(till, QPushButton, "refreshButton"), Qt.MouseButton.LeftButton)
    banner = till.events_page.banner
    run_until(loop, banner.isVisible, message="the banner")
    assert "did not accept the API key" in banner.message.text()
    assert _rows(till) == before  # not an empty screen
    sim.clear_faults()
    qtbot.mouseClick(find(till, QPushButton, "retryButton"), Qt.MouseButton.LeftButton)
    run_until(loop, lambda: not banner.isVisible(), message="the banner to go")
    assert till.events_page.updated.text().startswith("Updated")


def test_the_cached_list_appears_before_ticket_tailor_answers(
    qtbot, loop, till, sim, till_settings, tmp_path
):
    cached = _rows(till)
    sim.add_fault("/v1/events", delay_ms=1500)
    window = MainWindow()
    qtbot.addWidget(window)
    flow = SaleFlow(window, till_settings, runtime_opener(sim, tmp_path), clock=sim.clock.now)
    window.flow = flow
    flow.start()
    window.show()
    run_until(loop, lambda: flow.runtime is not None, message="the runtime")
    settle(loop)
    assert _rows(window) == cached
    assert window.events_page.updated.text() == "Updating…"
    loop.run_until_complete(flow.aclose())


def test_enter_on_a_row_opens_the_event(qtbot, loop, till):
    view = find(till, QListView, "eventList")
    model = view.model()
    index = next(
        model.index(r, 0)
        for r in range(model.rowCount())
        if model.index(r, 0).data(EVENT_ID_ROLE) == seed.JPY_EVENT
    )
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    run_until(loop, lambda: till.pages.currentWidget() is till.tickets_page, message="tickets")
    assert till.tickets_page.event_title.text() == "Tokyo Jazz Evening"
    assert till.tickets_page.rows[seed.JPY_GENERAL_TT].price.text() == "¥3,800"


def _broken_event(sim):
    from boxoffice.sim.tt_model import Event as SimEvent

    now = int(sim.clock.now())
    # No currency: the client cannot price it, so it is left out (live events lack many
    # documented fields; one odd event must not empty the list).
    day = 86400
    return SimEvent("ev_1099", "es_1099", "Broken", now + day, now + 2 * day, now, currency="")


def test_an_unreadable_event_is_left_out_and_staff_are_told(qtbot, loop, till, sim):
    before = _rows(till)
    sim.tickettailor.add_event(_broken_event(sim))
    qtbot.mouseClick(find(till, QPushButton, "refreshButton"), Qt.MouseButton.LeftButton)
    banner = till.events_page.banner
    run_until(loop, banner.isVisible, message="the banner")
    assert banner.message.text().startswith("1 event could not be read")
    assert set(_rows(till)) == set(before)  # the others are all still there


def test_online_sales_closed_is_shown_not_hidden_and_tax_is_a_refusal(qtbot, loop, till, sim):
    from decimal import Decimal

    jazz = sim.tickettailor.events[seed.JAZZ_EVENT]
    jazz.sales_tax_percentage = Decimal("20")
    closed = sim.tickettailor.events[seed.FREE_EVENT]
    closed.tickets_available = lambda now: False  # online sales closed by the organiser
    qtbot.mouseClick(find(till, QPushButton, "refreshButton"), Qt.MouseButton.LeftButton)
    run_until(
        loop,
        lambda: "online sales closed" in (_rows(till).get(seed.FREE_EVENT) or ""),
        message="the notice",
    )
    assert "sales tax is added on top" in _rows(till)[seed.JAZZ_EVENT]
    assert "Sell online" in _rows(till)[seed.JAZZ_EVENT]


def test_focus_puts_the_keyboard_on_the_event_list(till):
    till.recent_sales_button.setFocus()
    till.flow.events.focus()
    assert till.focusWidget() is till.events_page.event_list
