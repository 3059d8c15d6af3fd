"""Ticket changes: each type shows the price the sale charges; a bad door price is refused."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel

from boxoffice.app.settings.till import Settings
from boxoffice.domain.catalogue import CatalogueSettings, build_catalogue
from boxoffice.domain.money import format_money
from boxoffice.sim import seed
from tests.ui.conftest import run_until
from tests.ui.helpers import find
from tests.ui.settings.helpers import open_dialog, press_save


def test_a_bad_door_price_is_named_and_nothing_is_saved(qtbot, loop, sim, till_settings):
    dialog = open_dialog(qtbot, loop, till_settings, sim)
    dialog.tabs.setCurrentWidget(dialog.override_page)
    run_until(loop, lambda: dialog.override_page.table.rowCount() > 0, message="overrides")
    combo = find(dialog, QComboBox, "overrideEvent")
    combo.setCurrentIndex(combo.findData(seed.GBP_EVENT))
    dialog.override_page.table.item(0, 2).setText("twelve")
    assert not press_save(qtbot, loop, dialog)
    assert "Enter a price as a number" in find(dialog, QLabel, "settingsError").text()
    assert dict(Settings.load(till_settings.path, environ={}).ticket_overrides) == {}


def test_each_ticket_type_shows_the_price_the_sale_charges(qtbot, loop, sim, till_settings):
    dialog = open_dialog(qtbot, loop, till_settings, sim)
    dialog.tabs.setCurrentWidget(dialog.override_page)
    run_until(loop, lambda: dialog.override_page.table.rowCount() > 0, message="overrides")
    combo = find(dialog, QComboBox, "overrideEvent")
    combo.setCurrentIndex(combo.findData(seed.GBP_EVENT))
    catalogue = build_catalogue(dialog.event_choice.events, CatalogueSettings())
    offered = next(e for e in catalogue.events if e.id == seed.GBP_EVENT)
    charged = {t.id: format_money(t.unit_price, t.currency) for t in offered.ticket_types}
    table = dialog.override_page.table
    shown = {
        table.item(row, 0).data(Qt.ItemDataRole.UserRole): table.item(row, 0).text()
        for row in range(table.rowCount())
    }
    assert seed.GENERAL_TT in charged
    for ticket_type_id, price in charged.items():
        assert shown[ticket_type_id].splitlines()[1].startswith(price), ticket_type_id
