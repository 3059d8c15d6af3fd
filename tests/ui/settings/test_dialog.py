"""The settings dialog: every field saved and read back, the environment's settings shown."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QSpinBox

from boxoffice.app.settings.till import Settings
from boxoffice.domain.catalogue import TicketOverride
from boxoffice.services.secrets import BTCPAY_API_KEY, SERVICE_NAME, SecretStore
from boxoffice.sim import seed
from tests.ui.conftest import run_until
from tests.ui.helpers import find
from tests.ui.settings.helpers import BTC_KEY_NAME, TT_KEY_NAME, open_dialog, press_save, type_text


def test_every_field_is_saved_and_read_back(qtbot, loop, sim, tmp_path, memory_keyring):
    path = tmp_path / "config" / "settings.json"
    dialog = open_dialog(qtbot, loop, Settings.load(path, environ={}), sim)
    type_text(qtbot, dialog, "setting_tickettailor_url", sim.tickettailor_url)
    type_text(qtbot, dialog, "tickettailorKeyEdit", sim.tickettailor_api_key)
    type_text(qtbot, dialog, "setting_btcpay_url", sim.btcpay_url)
    type_text(qtbot, dialog, "setting_btcpay_store_id", sim.store_id)
    type_text(qtbot, dialog, "btcpayKeyEdit", sim.btcpay_api_key)

    dialog.tabs.setCurrentWidget(dialog.event_page)  # loads the account's events
    run_until(loop, lambda: dialog.event_page.list.count() >= 5, message="events")
    dialog.set_event_ticked(seed.GBP_EVENT, True)
    dialog.set_event_ticked(seed.JPY_EVENT, True)

    dialog.tabs.setCurrentWidget(dialog.override_page)
    combo = find(dialog, QComboBox, "overrideEvent")
    assert combo.count() == 2
    combo.setCurrentIndex(combo.findData(seed.GBP_EVENT))
    table = dialog.override_page.table
    row = next(
        r
        for r in range(table.rowCount())
        if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == seed.GENERAL_TT
    )
    table.item(row, 1).setText("Door Admission")
    table.item(row, 2).setText("22.5")
    table.item(row, 3).setText("<p>Pay at the door</p>")
    other = next(
        r
        for r in range(table.rowCount())
        if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == seed.CONCESSION_TT
    )
    table.item(other, 4).setCheckState(Qt.CheckState.Checked)
    combo.setCurrentIndex(combo.findData(seed.JPY_EVENT))  # switching keeps the edits

    find(dialog, QSpinBox, "setting_expiration_minutes").setValue(10)
    find(dialog, QCheckBox, "setting_payment_methods_lightning").setChecked(False)
    speed = find(dialog, QComboBox, "setting_speed_policy")
    speed.setCurrentIndex(speed.findData("LowSpeed"))
    find(dialog, QCheckBox, "setting_require_name").setChecked(True)
    type_text(qtbot, dialog, "setting_placeholder_name", "Guest Ticket")
    find(dialog, QCheckBox, "setting_email_required").setChecked(False)
    find(dialog, QCheckBox, "setting_send_ticket_emails").setChecked(False)
    type_text(qtbot, dialog, "setting_device_name", "Front door")

    saved = press_save(qtbot, loop, dialog)
    assert saved, find(dialog, QLabel, "settingsError").text()

    reloaded = Settings.load(path, environ={})
    assert reloaded.tickettailor_url == sim.tickettailor_url
    assert reloaded.btcpay_url == sim.btcpay_url
    assert reloaded.btcpay_store_id == sim.store_id
    assert reloaded.event_ids == (seed.GBP_EVENT, seed.JPY_EVENT)
    assert dict(reloaded.ticket_overrides) == {
        seed.GENERAL_TT: TicketOverride(
            name="Door Admission", price=Decimal("22.50"), description="<p>Pay at the door</p>"
        ),
        seed.CONCESSION_TT: TicketOverride(hidden=True),
    }
    assert reloaded.expiration_minutes == 10
    assert reloaded.payment_methods == ("onchain",)
    assert reloaded.speed_policy == "LowSpeed"
    assert reloaded.require_name is True
    assert reloaded.placeholder_name == "Guest Ticket"
    assert reloaded.email_required is False
    assert reloaded.send_ticket_emails is False
    assert reloaded.device_name == "Front door"
    assert reloaded.device_id  # made on the first save
    assert memory_keyring.secrets[(SERVICE_NAME, TT_KEY_NAME)] == sim.tickettailor_api_key
    assert memory_keyring.secrets[(SERVICE_NAME, BTC_KEY_NAME)] == sim.btcpay_api_key
    text = path.read_text()
    assert sim.tickettailor_api_key not in text and sim.btcpay_api_key not in text

    # Opened again, the dialog shows what was saved.
    again = open_dialog(qtbot, loop, reloaded, sim)
    assert find(again, QLineEdit, "tickettailorKeyEdit").text() == sim.tickettailor_api_key
    assert find(again, QLineEdit, "btcpayKeyEdit").text() == sim.btcpay_api_key
    assert find(again, QLineEdit, "setting_device_name").text() == "Front door"
    assert find(again, QSpinBox, "setting_expiration_minutes").value() == 10
    assert not find(again, QCheckBox, "setting_payment_methods_lightning").isChecked()
    assert find(again, QComboBox, "setting_speed_policy").currentData() == "LowSpeed"
    assert "keyring" in find(again, QLabel, "tickettailorKeyStorage").text()
    again.tabs.setCurrentWidget(again.override_page)
    run_until(loop, lambda: again.override_page.table.rowCount() > 0, message="overrides")
    combo = find(again, QComboBox, "overrideEvent")
    combo.setCurrentIndex(combo.findData(seed.GBP_EVENT))
    table = again.override_page.table
    row = next(
        r
        for r in range(table.rowCount())
        if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == seed.GENERAL_TT
    )
    assert (table.item(row, 1).text(), table.item(row, 2).text()) == ("Door Admission", "22.50")


def test_environment_overrides_are_shown_but_not_editable(qtbot, loop, sim, tmp_path):
    environ = {"BOXOFFICE_BTCPAY_URL": sim.btcpay_url, "BOXOFFICE_BTCPAY_API_KEY": "e" * 40}
    settings = Settings.load(tmp_path / "s.json", environ=environ)
    dialog = open_dialog(qtbot, loop, settings, sim, secrets=SecretStore(environ=environ))
    url = find(dialog, QLineEdit, "setting_btcpay_url")
    assert url.text() == sim.btcpay_url and not url.isEnabled()
    key = find(dialog, QLineEdit, "btcpayKeyEdit")
    assert not key.isEnabled() and key.text() == ""
    assert "BOXOFFICE_BTCPAY_API_KEY" in find(dialog, QLabel, "btcpayKeyStorage").text()
    # A test of the connection uses the key from the environment.
    assert dialog.key_text(BTCPAY_API_KEY) == "e" * 40
