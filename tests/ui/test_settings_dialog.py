"""The settings dialog: every field saved and read back, keys in the keyring, tests, pairing."""

from __future__ import annotations

from decimal import Decimal

import httpx
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPushButton, QSpinBox

from boxoffice.app.settings.till import Settings
from boxoffice.domain.catalogue import TicketOverride
from boxoffice.services.secrets import BTCPAY_API_KEY, SERVICE_NAME, SecretStore
from boxoffice.sim import seed
from boxoffice.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import run_until
from tests.ui.helpers import find

TT_KEY_NAME = "tickettailor-api-key"
BTC_KEY_NAME = "btcpay-api-key"


def _dialog(qtbot, loop, settings, sim, **kw):
    kw.setdefault("secrets", SecretStore(environ={}))
    dialog = SettingsDialog(settings, transport=sim.transport(), **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    run_until(
        loop,
        lambda: (
            "tickettailor-api-key" in dialog.loaded_keys and "btcpay-api-key" in dialog.loaded_keys
        ),
        message="keys read",
    )
    return dialog


def _type(qtbot, dialog, name, text):
    edit = find(dialog, QLineEdit, name)
    edit.clear()
    qtbot.keyClicks(edit, text)


def _save(qtbot, loop, dialog):
    saved = []
    dialog.saved.connect(saved.append)
    qtbot.mouseClick(find(dialog, QPushButton, "saveButton"), Qt.MouseButton.LeftButton)
    run_until(
        loop, lambda: saved or find(dialog, QLabel, "settingsError").isVisible(), message="save"
    )
    return saved


def test_every_field_is_saved_and_read_back(qtbot, loop, sim, tmp_path, memory_keyring):
    path = tmp_path / "config" / "settings.json"
    dialog = _dialog(qtbot, loop, Settings.load(path, environ={}), sim)
    _type(qtbot, dialog, "setting_tickettailor_url", sim.tickettailor_url)
    _type(qtbot, dialog, "tickettailorKeyEdit", sim.tickettailor_api_key)
    _type(qtbot, dialog, "setting_btcpay_url", sim.btcpay_url)
    _type(qtbot, dialog, "setting_btcpay_store_id", sim.store_id)
    _type(qtbot, dialog, "btcpayKeyEdit", sim.btcpay_api_key)

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
    _type(qtbot, dialog, "setting_placeholder_name", "Guest Ticket")
    find(dialog, QCheckBox, "setting_email_required").setChecked(False)
    find(dialog, QCheckBox, "setting_send_ticket_emails").setChecked(False)
    _type(qtbot, dialog, "setting_device_name", "Front door")

    saved = _save(qtbot, loop, dialog)
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
    again = _dialog(qtbot, loop, reloaded, sim)
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


def test_a_bad_door_price_is_named_and_nothing_is_saved(qtbot, loop, sim, till_settings):
    dialog = _dialog(qtbot, loop, till_settings, sim)
    dialog.tabs.setCurrentWidget(dialog.override_page)
    run_until(loop, lambda: dialog.override_page.table.rowCount() > 0, message="overrides")
    combo = find(dialog, QComboBox, "overrideEvent")
    combo.setCurrentIndex(combo.findData(seed.GBP_EVENT))
    dialog.override_page.table.item(0, 2).setText("twelve")
    assert not _save(qtbot, loop, dialog)
    assert "Enter a price as a number" in find(dialog, QLabel, "settingsError").text()
    assert dict(Settings.load(till_settings.path, environ={}).ticket_overrides) == {}


def test_environment_overrides_are_shown_but_not_editable(qtbot, loop, sim, tmp_path):
    environ = {"BOXOFFICE_BTCPAY_URL": sim.btcpay_url, "BOXOFFICE_BTCPAY_API_KEY": "e" * 40}
    settings = Settings.load(tmp_path / "s.json", environ=environ)
    dialog = _dialog(qtbot, loop, settings, sim, secrets=SecretStore(environ=environ))
    url = find(dialog, QLineEdit, "setting_btcpay_url")
    assert url.text() == sim.btcpay_url and not url.isEnabled()
    key = find(dialog, QLineEdit, "btcpayKeyEdit")
    assert not key.isEnabled() and key.text() == ""
    assert "BOXOFFICE_BTCPAY_API_KEY" in find(dialog, QLabel, "btcpayKeyStorage").text()
    # A test of the connection uses the key from the environment.
    assert dialog.key_text(BTCPAY_API_KEY) == "e" * 40


def test_without_a_keyring_it_says_so_and_how_to_give_the_key(qtbot, loop, sim, till_settings):
    store = SecretStore(environ={}, backend=fail.Keyring())
    dialog = _dialog(qtbot, loop, till_settings, sim, secrets=store)
    status = find(dialog, QLabel, "keyringStatus").text()
    assert "No keyring" in status and "BOXOFFICE_TICKETTAILOR_API_KEY" in status
    _type(qtbot, dialog, "tickettailorKeyEdit", "sk_1_2_abc")
    assert not _save(qtbot, loop, dialog)
    error = find(dialog, QLabel, "settingsError").text()
    assert "BOXOFFICE_TICKETTAILOR_API_KEY" in error
    assert "sk_1_2_abc" not in till_settings.path.read_text()


def test_connection_tests_say_what_works_and_what_is_missing(qtbot, loop, sim, till_settings):
    dialog = _dialog(qtbot, loop, till_settings, sim)
    qtbot.mouseClick(find(dialog, QPushButton, "testTicketTailorButton"), Qt.MouseButton.LeftButton)
    result = find(dialog, QLabel, "tickettailorTestResult")
    run_until(loop, lambda: "connected" in result.text(), message="TT ok")
    _type(qtbot, dialog, "tickettailorKeyEdit", "sk_0_0_wrong")
    qtbot.mouseClick(find(dialog, QPushButton, "testTicketTailorButton"), Qt.MouseButton.LeftButton)
    run_until(loop, lambda: "refused" in result.text(), message="TT refused")

    weak = sim.add_btcpay_api_key([f"btcpay.store.cancreateinvoice:{sim.store_id}"])
    _type(qtbot, dialog, "btcpayKeyEdit", weak)
    qtbot.mouseClick(find(dialog, QPushButton, "testBtcpayButton"), Qt.MouseButton.LeftButton)
    result = find(dialog, QLabel, "btcpayTestResult")
    run_until(loop, lambda: "canmodifyinvoices" in result.text(), message="BTCPay permissions")
    assert "connected to BTCPay" in result.text()


def test_connect_to_btcpay_receives_the_key_from_the_browser_flow(qtbot, loop, sim, till_settings):
    opened = []
    dialog = _dialog(
        qtbot, loop, till_settings, sim, open_url=lambda url: opened.append(url.toString()) or True
    )
    find(dialog, QLineEdit, "btcpayKeyEdit").clear()
    find(dialog, QLineEdit, "setting_btcpay_store_id").clear()
    qtbot.mouseClick(find(dialog, QPushButton, "connectBtcpayButton"), Qt.MouseButton.LeftButton)
    run_until(loop, lambda: opened, message="the browser")
    address = httpx.URL(opened[0])
    assert str(address).startswith(sim.btcpay_url + "/api-keys/authorize")
    params = address.params
    assert "btcpay.store.cancreateinvoice" in params.get_list("permissions")
    # E-mails on: the 2.4.0+ send policy, and the older one (GreenfieldStoreEmailController.cs).
    assert "btcpay.store.canmodifystoresettings" in params.get_list("permissions")
    assert "btcpay.store.cansendstoreemails" in params.get_list("permissions")
    assert params["selectiveStores"] == "true"
    redirect = params["redirect"]
    assert redirect.startswith("http://127.0.0.1:")

    async def approve():
        async with httpx.AsyncClient(timeout=5) as client:
            return await client.post(
                redirect,
                data={
                    "apiKey": sim.btcpay_api_key,
                    "permissions[]": [f"btcpay.store.cancreateinvoice:{sim.store_id}"],
                },
            )

    assert loop.run_until_complete(approve()).status_code == 200
    run_until(
        loop,
        lambda: find(dialog, QLineEdit, "btcpayKeyEdit").text() == sim.btcpay_api_key,
        message="key filled",
    )
    assert find(dialog, QLineEdit, "setting_btcpay_store_id").text() == sim.store_id
    assert "Connected" in find(dialog, QLabel, "pairingStatus").text()
