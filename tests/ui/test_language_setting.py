"""A language saved in the settings of a staff till applies at once, the till still open."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from boxoffice.sim import seed
from boxoffice.ui import i18n
from boxoffice.ui.app import TillSession
from tests.ui.conftest import run_until
from tests.ui.helpers import find


@pytest.fixture
def session(qtbot, loop, qapp):
    """The demo till (the simulator in process, as the README's demo runs it)."""
    till = TillSession(demo=True)
    till.show()
    run_until(loop, lambda: till.flow.events.catalogue is not None, message="the events")
    try:
        yield till
    finally:
        loop.run_until_complete(till.aclose())
        till.window.close()
        i18n.remove_language(qapp)


def save_language(qtbot, session, code: str) -> None:
    """Save the settings with `code` as the language, as the dialog's Save does."""
    window = session.window
    qtbot.mouseClick(window.settings_button, qtbot_left())
    dialog = window.settings_dialog
    assert dialog is not None
    settings = session.flow.settings.copy()
    settings.language = code
    dialog.saved.emit(settings)
    dialog.close()


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_a_saved_language_rebuilds_the_staff_till_in_it(qtbot, loop, session):
    first = session.window
    assert find(first, QPushButton, "settingsButton").text() == "Settings"
    save_language(qtbot, session, "de")
    run_until(loop, lambda: session.window is not first, message="the German window")
    assert i18n.current_language() == "de"
    assert find(session.window, QPushButton, "settingsButton").text() == "Einstellungen"
    run_until(loop, lambda: session.flow.runtime is not None, message="the till open")
    # The same till: the events are there without opening anything anew.
    run_until(loop, lambda: session.flow.events.catalogue is not None, message="the events")


def test_a_language_saved_during_a_sale_waits_for_it_to_end(qtbot, loop, session):
    window = session.window
    run_until(loop, lambda: session.flow.events.catalogue is not None, message="the events")
    session.flow.open_event(seed.GBP_EVENT)
    run_until(loop, lambda: seed.GENERAL_TT in window.tickets_page.rows, message="tickets")
    qtbot.mouseClick(window.tickets_page.rows[seed.GENERAL_TT].plus, qtbot_left())
    window.tickets_page.email.setText("pay@example.org")
    qtbot.mouseClick(find(window, QPushButton, "checkoutButton"), qtbot_left())
    run_until(loop, lambda: window.pages.currentWidget() is window.payment_page, message="pay")
    session.switch_language("fr")
    assert session.window is window and i18n.current_language() == "en"
    assert session.pending_language == "fr"
    qtbot.mouseClick(find(window, QPushButton, "cancelSaleButton"), qtbot_left())
    run_until(loop, lambda: i18n.current_language() == "fr", message="French after the sale")
    run_until(loop, lambda: session.window is not window, message="the French window")
    assert session.pending_language is None
