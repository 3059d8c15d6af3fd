"""A stranger chooses their language on the welcome screen; the till and its sales go on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton

from boxoffice.sim import seed
from boxoffice.ui import i18n
from boxoffice.ui.app import TillSession
from tests.ui.conftest import run_until
from tests.ui.helpers import find
from tests.ui.kiosk.test_shell import PIN


@pytest.fixture
def session(qtbot, loop, qapp, monkeypatch):
    from boxoffice.sim.server import serve
    from boxoffice.sim.simulator import Simulator

    sim = Simulator()
    server, _url = serve(sim)
    for name, value in {
        "BOXOFFICE_TICKETTAILOR_URL": sim.tickettailor_url,
        "BOXOFFICE_BTCPAY_URL": sim.btcpay_url,
        "BOXOFFICE_BTCPAY_STORE_ID": sim.store_id,
        "BOXOFFICE_TICKETTAILOR_API_KEY": sim.tickettailor_api_key,
        "BOXOFFICE_BTCPAY_API_KEY": sim.btcpay_api_key,
        "BOXOFFICE_KIOSK_PIN": PIN,
    }.items():
        monkeypatch.setenv(name, value)
    till = TillSession(kiosk=True)
    till.show()
    run_until(loop, lambda: till.till.kiosk.attract._cards, message="the event cards")
    try:
        yield till
    finally:
        loop.run_until_complete(till.aclose())
        if till.till.kiosk is not None:
            till.till.kiosk.lock.unlock()
        till.window.close()
        i18n.remove_language(qapp)
        server.stop()


def touch_words() -> str:
    return QCoreApplication.translate("AttractController", "Touch to buy tickets")


def test_choosing_german_rebuilds_the_kiosk_in_german_with_the_same_till(qtbot, loop, session):
    first_window, runtime = session.window, session.flow.runtime
    assert session.window.attract_page.start.text() == "Touch to buy tickets"
    german = find(first_window, QPushButton, "language_de")
    assert german.text() == "Deutsch"
    qtbot.mouseClick(german, Qt.MouseButton.LeftButton)
    run_until(loop, lambda: session.window is not first_window, message="the German window")
    assert i18n.current_language() == "de"
    start = session.window.attract_page.start.text()
    assert start == touch_words() and start != "Touch to buy tickets"
    run_until(loop, lambda: session.flow.runtime is runtime, message="the same till")
    assert find(session.window, QPushButton, "language_de").isChecked()

    qtbot.mouseClick(find(session.window, QPushButton, "language_en"), Qt.MouseButton.LeftButton)
    run_until(loop, lambda: i18n.current_language() == "en", message="back to English")
    run_until(
        loop,
        lambda: session.window.attract_page.start.text() == "Touch to buy tickets",
        message="English words",
    )


def test_no_language_change_under_a_payment(qtbot, loop, session):
    window = session.window
    qtbot.mouseClick(
        find(window, QPushButton, f"eventCard_{seed.GBP_EVENT}"), Qt.MouseButton.LeftButton
    )
    qtbot.mouseClick(window.tickets_page.rows[seed.GENERAL_TT].plus, Qt.MouseButton.LeftButton)
    window.tickets_page.email.setText("pay@example.org")
    qtbot.mouseClick(find(window, QPushButton, "checkoutButton"), Qt.MouseButton.LeftButton)
    run_until(loop, lambda: window.pages.currentWidget() is window.payment_page, message="pay")
    session.switch_language("fr")
    assert session.window is window
    assert i18n.current_language() == "en"


def test_the_next_customer_is_welcomed_in_the_venues_language(qtbot, loop, session):
    first_window = session.window
    qtbot.mouseClick(find(first_window, QPushButton, "language_es"), Qt.MouseButton.LeftButton)
    run_until(loop, lambda: i18n.current_language() == "es", message="Spanish")
    spanish = session.window
    assert spanish is not first_window
    # The customer walks away: the idle reset ends their visit (after its own countdown).
    session.till.kiosk.idle.timedOut.emit()
    run_until(loop, lambda: i18n.current_language() == "en", message="the venue's language")
    run_until(loop, lambda: session.window is not spanish, message="the window rebuilt")
    assert session.window.attract_page.start.text() == "Touch to buy tickets"
