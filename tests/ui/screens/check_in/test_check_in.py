"""The check-in page (`checkInView`) against the in-process simulator: each result in its
tone, a keyboard-wedge scanner typing anywhere in the view, the search of the door list, the
offline queue sent once, and the double admissions note."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from boxoffice.services.tickettailor.client import PAGE_LIMIT
from boxoffice.sim import seed
from boxoffice.ui.door_console import DoorConsole
from boxoffice.ui.screens.check_in.controller import CheckInController
from boxoffice.ui.screens.check_in.view import CheckInView
from boxoffice.ui.tasks import TaskKeeper
from tests.ui.conftest import run_until, runtime_opener

CROWD = PAGE_LIMIT * 2 + 30


class Page:
    """The page, its controller and what it beeped."""

    def __init__(self, view: CheckInView, controller: CheckInController, loop) -> None:
        self.view = view
        self.controller = controller
        self.loop = loop
        self.beeps = 0

    def beep(self) -> None:
        self.beeps += 1

    def scan(self, qtbot, barcode: str, *, start=None) -> str:
        """Type like a scanner into whatever has the focus (or `start`), then Enter; wait for
        the result and return its headline."""
        before = self.beeps
        target = start or QApplication.focusWidget() or self.view.scan_field
        for n, char in enumerate(barcode):
            qtbot.keyClick(target if n == 0 else QApplication.focusWidget(), char)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        run_until(self.loop, lambda: self.beeps > before, message=f"the result of {barcode}")
        return self.view.headline.text()

    @property
    def tone(self) -> str:
        return str(self.view.result.property("tone"))


@pytest.fixture
def page(qtbot, loop, sim, till_settings, tmp_path):
    with sim.lock:
        sim.tickettailor.add_door_crowd(seed.GBP_EVENT, CROWD, checked_in=12)
    till_settings.event_ids = (seed.GBP_EVENT,)
    runtime = loop.run_until_complete(runtime_opener(sim, tmp_path)(till_settings))
    view = CheckInView()
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    tasks = TaskKeeper()
    controller = CheckInController(view, tasks, clock=sim.clock.now)
    page = Page(view, controller, loop)
    controller.beep = page.beep
    controller.set_runtime(runtime)
    controller.shown()
    run_until(loop, lambda: view.counters.count() > 0, message="the counters")
    try:
        yield page
    finally:
        controller.set_runtime(None)
        loop.run_until_complete(tasks.aclose())
        loop.run_until_complete(runtime.aclose())


def check_ins(sim, barcode: str) -> list:
    with sim.lock:
        tt = sim.tickettailor
        ticket = next(t for t in tt.issued_tickets.values() if t.barcode == barcode)
        return tt.check_ins_of(ticket.id)


def issued(sim) -> int:
    with sim.lock:
        return sum(
            1
            for t in sim.tickettailor.issued_tickets.values()
            if t.event_id == seed.GBP_EVENT and t.status == "valid"
        )


def counter_text(page: Page) -> str:
    item = page.view.counters.itemAtPosition(0, 1)
    return item.widget().text() if item is not None else ""


def test_each_result_in_its_tone(qtbot, loop, sim, page):
    view = page.view
    assert view.scan_field.hasFocus()
    run_until(loop, lambda: counter_text(page).endswith(f"/ {issued(sim)}"), message="all pages")
    assert page.scan(qtbot, seed.VALID_BARCODE) == "Valid — admit 1"
    assert "General Admission" in view.details.text()
    run_until(loop, lambda: page.tone == "success", message="green")
    assert len(check_ins(sim, seed.VALID_BARCODE)) == 1
    assert page.scan(qtbot, seed.VALID_BARCODE).startswith("Already checked in at ")
    assert "(by this till)" in view.headline.text()
    run_until(loop, lambda: page.tone == "warning", message="amber")
    assert len(check_ins(sim, seed.VALID_BARCODE)) == 1
    for barcode, words in (
        (seed.VOIDED_BARCODE, "Voided"),
        ("NOSUCHCODE", "Unknown ticket"),
        ("COMEDY0001", "Other event"),
    ):
        assert page.scan(qtbot, barcode) == words
        run_until(loop, lambda: page.tone == "error", message="red")
    assert "Comedy Night" in view.details.text()
    assert view.scan_field.hasFocus() and view.scan_field.text() == ""
    # The fade never blocks anything: it only takes the tone away.
    page.controller._fade_out()
    assert page.tone == "" and view.headline.text() == "Other event"


def test_a_scanner_typing_on_another_widget_of_the_view_still_scans(qtbot, loop, sim, page):
    page.view.matches.setFocus()
    assert page.scan(qtbot, "RIVER00003", start=page.view.matches) == "Valid — admit 1"
    page.view.check_button.setFocus()
    assert page.scan(qtbot, "RIVER00004", start=page.view.check_button) == "Valid — admit 1"
    # Into the search field, faster than anyone types: a scan too, not a search.
    page.view.search_field.setFocus()
    assert page.scan(qtbot, "RIVER00005", start=page.view.search_field) == "Valid — admit 1"
    assert page.view.search_field.text() == ""
    for barcode in ("RIVER00003", "RIVER00004", "RIVER00005"):
        assert len(check_ins(sim, barcode)) == 1


def test_search_by_name_then_check_in_from_the_list(qtbot, loop, sim, page):
    with sim.lock:
        target = next(
            t
            for t in sim.tickettailor.issued_tickets.values()
            if t.event_id == seed.GBP_EVENT
            and t.full_name
            and not t.checked_in
            and t.email
            and t.email.endswith("@example.com")
        )
    run_until(loop, lambda: counter_text(page).endswith(f"/ {issued(sim)}"), message="all pages")
    page.view.search_field.setText(target.email.upper())
    run_until(loop, lambda: page.view.matches.count() == 1, message="one match by e-mail")
    page.view.search_field.setText(target.full_name)
    run_until(loop, lambda: page.view.matches.count() >= 1, message="matches by name")
    rows = [page.view.matches.item(i).text() for i in range(page.view.matches.count())]
    row = next(i for i, text in enumerate(rows) if target.barcode in text)
    page.view.matches.setFocus()
    page.view.matches.setCurrentRow(row)
    before = page.beeps
    qtbot.keyClick(page.view.matches, Qt.Key.Key_Return)
    run_until(loop, lambda: page.beeps > before, message="the check-in")
    assert page.view.headline.text() == "Valid — admit 1"
    assert target.full_name in page.view.details.text()
    assert len(check_ins(sim, target.barcode)) == 1
    run_until(loop, lambda: "checked in" in page.view.matches.item(row).text(), message="shown")


def test_offline_check_ins_are_queued_then_sent_once(qtbot, loop, sim, page):
    run_until(loop, lambda: counter_text(page).endswith(f"/ {issued(sim)}"), message="all pages")
    checked_before = int(counter_text(page).split(" / ")[0])
    sim.add_fault(r"^/tickettailor/", status=503)
    assert page.scan(qtbot, "RIVER00006") == "Valid — admit 1"
    assert "door list" in page.view.details.text()
    run_until(
        loop,
        lambda: page.view.connection.text().startswith("Offline — 1 check-in waiting\n"),
        message="the offline line",
    )
    assert page.view.connection.property("tone") == "warning"
    assert "door list of " in page.view.connection.text()
    assert page.scan(qtbot, "RIVER00006").endswith("(by this till)")
    assert page.scan(qtbot, "RIVER00007") == "Valid — admit 1"
    run_until(loop, lambda: "2 check-ins waiting" in page.view.connection.text(), message="2")
    assert counter_text(page).startswith(f"{checked_before + 2} / ")
    assert check_ins(sim, "RIVER00006") == []

    sim.clear_faults()
    loop.run_until_complete(page.controller.sync_now())
    assert len(check_ins(sim, "RIVER00006")) == len(check_ins(sim, "RIVER00007")) == 1
    assert page.view.connection.text() == "Online — checked with Ticket Tailor"
    loop.run_until_complete(page.controller.sync_now())
    assert len(check_ins(sim, "RIVER00006")) == len(check_ins(sim, "RIVER00007")) == 1
    assert page.view.doubles.isHidden()


def test_a_double_admission_is_noted_after_sync(qtbot, loop, sim, page):
    run_until(loop, lambda: counter_text(page).endswith(f"/ {issued(sim)}"), message="all pages")
    sim.add_fault(r"^/tickettailor/", status=503)
    assert page.scan(qtbot, "CONC00001") == "Valid — admit 1"
    sim.clear_faults()
    with sim.lock:  # another door let the same ticket in meanwhile
        ticket = next(
            t for t in sim.tickettailor.issued_tickets.values() if t.barcode == "CONC00001"
        )
    runtime = page.controller.runtime
    loop.run_until_complete(runtime.tickettailor.create_check_in(ticket.id))
    loop.run_until_complete(page.controller.sync_now())
    assert page.view.doubles.isVisible()
    note = page.view.doubles.message.text()
    assert note.startswith("1 double admission:") and "CONC00001" in note
    assert len(check_ins(sim, "CONC00001")) == 1


def test_the_windows_check_in_button_opens_the_page_with_the_scan_field_focused(
    qtbot, loop, sim, till
):
    """As the app connects it (`ui/app.py`): the door console drives the page."""
    # The events to check in, as the settings name them: without, the desk takes the events
    # starting within a day, which depends on the hour the test runs.
    till.flow.runtime.settings.event_ids = (seed.GBP_EVENT,)
    till.door_console = DoorConsole(till, till.flow)
    qtbot.mouseClick(till.check_in_button, Qt.MouseButton.LeftButton)
    run_until(loop, lambda: till.pages.currentWidget() is till.check_in_page, message="the page")
    page = till.check_in_page
    run_until(loop, lambda: page.scan_field.hasFocus(), message="the focus")
    run_until(loop, lambda: page.counters.count() > 0, message="the counters")
    qtbot.keyClicks(page.scan_field, seed.VALID_BARCODE)
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
    run_until(loop, lambda: page.headline.text() == "Valid — admit 1", message="the result")
    assert len(check_ins(sim, seed.VALID_BARCODE)) == 1


def test_escape_in_the_search_goes_back_to_the_scan_field(qtbot, loop, page):
    page.view.search_field.setFocus()
    qtbot.keyClicks(page.view.search_field, "hopper")
    qtbot.keyClick(page.view.search_field, Qt.Key.Key_Escape)
    assert page.view.search_field.text() == ""
    run_until(loop, lambda: page.view.scan_field.hasFocus(), message="the scan field")


def _desk_without_the_page(qtbot, loop, sim, runtime):
    """A controller whose page is never shown (a till that only sells)."""
    view = CheckInView()
    qtbot.addWidget(view)
    tasks = TaskKeeper()
    controller = CheckInController(view, tasks, clock=sim.clock.now)
    controller.beep = lambda: None
    controller.set_runtime(runtime)
    return controller, tasks


def test_a_till_that_only_sells_never_downloads_the_door_list(
    qtbot, loop, sim, till_settings, tmp_path
):
    till_settings.event_ids = (seed.GBP_EVENT,)
    runtime = loop.run_until_complete(runtime_opener(sim, tmp_path)(till_settings))
    controller, tasks = _desk_without_the_page(qtbot, loop, sim, runtime)
    try:
        run_until(loop, lambda: not tasks.running("checkInKeepCurrent"), message="the start")
        assert controller.store.events() == {}  # nothing asked of Ticket Tailor for it
        controller.shown()  # staff open the desk: from now on it keeps the list
        run_until(loop, lambda: controller.store.events() != {}, message="the door list")
        assert tasks.running("checkInKeepCurrent")
    finally:
        controller.set_runtime(None)
        loop.run_until_complete(tasks.aclose())
        loop.run_until_complete(runtime.aclose())


def test_check_ins_queued_before_a_restart_are_sent_without_opening_the_page(
    qtbot, loop, sim, page, till_settings, tmp_path
):
    run_until(loop, lambda: counter_text(page).endswith(f"/ {issued(sim)}"), message="all pages")
    sim.add_fault(r"^/tickettailor/", status=503)
    assert page.scan(qtbot, "RIVER00005") == "Valid — admit 1"
    page.controller.set_runtime(None)  # the till closes with the check-in still queued
    sim.clear_faults()
    runtime = loop.run_until_complete(runtime_opener(sim, tmp_path)(till_settings))
    controller, tasks = _desk_without_the_page(qtbot, loop, sim, runtime)
    try:
        run_until(loop, lambda: len(check_ins(sim, "RIVER00005")) == 1, message="the queue sent")
    finally:
        controller.set_runtime(None)
        loop.run_until_complete(tasks.aclose())
        loop.run_until_complete(runtime.aclose())
    assert len(check_ins(sim, "RIVER00005")) == 1
