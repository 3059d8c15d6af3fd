"""The kiosk assembled on the staff till's flow: its welcome screen is home."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from boxoffice.sim import seed
from boxoffice.ui.kiosk.shell import install_kiosk
from tests.ui.conftest import run_until, runtime_opener
from tests.ui.helpers import current_sale, find, type_into

#: The staff PIN of the kiosks under test (from the environment, as an unattended set-up has).
PIN = "2468"


@pytest.fixture
def kiosk(qtbot, loop, sim, till_settings, tmp_path, monkeypatch):
    from boxoffice.ui.door_console import DoorConsole
    from boxoffice.ui.main_window import MainWindow
    from boxoffice.ui.sale_flow import SaleFlow

    monkeypatch.setenv("BOXOFFICE_KIOSK_PIN", PIN)
    window = MainWindow(kiosk=True)
    qtbot.addWidget(window)
    flow = SaleFlow(window, till_settings, runtime_opener(sim, tmp_path), clock=sim.clock.now)
    window.flow = flow
    window.door_console = DoorConsole(window, flow)  # as the app attaches it
    shell = install_kiosk(window, flow, till_settings)
    flow.start()
    window.resize(1080, 1920)
    window.show()
    run_until(loop, lambda: shell.attract._cards, message="the event cards")
    try:
        yield window, shell
    finally:
        shell.lock.unlock()  # so the test's own teardown may close it
        loop.run_until_complete(flow.aclose())


def test_the_welcome_screen_is_home_with_a_card_per_event_on_sale(kiosk):
    window, shell = kiosk
    assert window.pages.currentWidget() is window.attract_page
    names = {card.name.text() for card in shell.attract._cards}
    assert "Summer Chamber Night" in names
    assert all(card.minimumHeight() >= 48 for card in shell.attract._cards)
    assert window.attract_page.start.isEnabled()
    assert window.attract_page.welcome.text() == "Welcome! Buy your tickets here."


def test_a_card_opens_its_tickets_and_a_sale_ends_back_on_the_welcome(qtbot, loop, kiosk, sim):
    window, shell = kiosk
    card = find(window, QPushButton, f"eventCard_{seed.GBP_EVENT}")
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.tickets_page
    plus = find(window, QPushButton, f"qty_{seed.GENERAL_TT}Plus")
    qtbot.mouseClick(plus, Qt.MouseButton.LeftButton)
    type_into(qtbot, window, "emailEdit", "walkup@example.org")
    qtbot.mouseClick(find(window, QPushButton, "checkoutButton"), Qt.MouseButton.LeftButton)
    run_until(loop, lambda: window.pages.currentWidget() is window.payment_page, message="pay")
    assert not shell.idle.armed  # never reset while paying
    sim.pay_invoice(current_sale(window).invoice_id, "BTC-LN")
    run_until(loop, lambda: window.pages.currentWidget() is window.result_page, message="done")
    qtbot.mouseClick(find(window, QPushButton, "newSaleButton"), Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.attract_page
    assert find(window, type(window.tickets_page.email), "emailEdit").text() == ""


def test_touch_to_buy_opens_the_events(qtbot, kiosk):
    window, _shell = kiosk
    qtbot.mouseClick(window.attract_page.start, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.events_page
