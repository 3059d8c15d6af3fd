"""The settings dialog says the app's words in the window's language: the declared settings'
labels, help and choices, the Test buttons' findings, a value that does not fit, the keyring.

A marking translator stands for a language: what it translates reads «…» on screen.
"""

from __future__ import annotations

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPushButton, QSpinBox

from boxoffice.services.secrets import SecretStore
from tests.ui.conftest import run_until
from tests.ui.helpers import find
from tests.ui.marking_translator import marked, marking
from tests.ui.settings.helpers import open_dialog, press_save, type_text

#: The app's contexts the dialog shows words of.
CONTEXTS = ("Setting", "SettingCheck", "Settings", "Diagnostics", "ErrorWords", "Keyring")


@pytest.fixture
def translated(qapp):
    with marking(qapp, *CONTEXTS):
        yield


def _labels(widget) -> list[str]:
    return [child.text() for child in widget.findChildren(QLabel)]


def test_declared_settings_show_their_label_help_and_choices_translated(
    qtbot, loop, sim, till_settings, translated
):
    dialog = open_dialog(qtbot, loop, till_settings, sim)
    minutes = find(dialog, QSpinBox, "setting_expiration_minutes")
    assert minutes.accessibleName() == marked("Time to pay (minutes)")
    help_text = marked(
        "How long an invoice can be paid, in whole minutes. The tickets stay reserved "
        "for this time."
    )
    assert minutes.toolTip() == help_text
    assert marked("Time to pay (minutes)") in _labels(dialog.checkout_page)
    assert help_text in _labels(dialog.checkout_page)
    name = find(dialog, QCheckBox, "setting_require_name")
    assert name.text() == marked("Require the buyer's full name")
    speed = find(dialog, QComboBox, "setting_speed_policy")
    assert speed.itemText(speed.findData("LowSpeed")) == marked("After 6 confirmations")
    lightning = find(dialog, QCheckBox, "setting_payment_methods_lightning")
    assert lightning.text() == marked("Lightning")
    language = find(dialog, QComboBox, "setting_language")
    assert language.itemText(language.findData("de")) == "Deutsch"  # its own name
    assert language.itemText(language.findData("")) == marked(
        "As the system (English when not one of these)"
    )
    # The kiosk tab lays its declared fields out itself.
    idle = find(dialog, QSpinBox, "setting_kiosk_idle_seconds")
    assert idle.accessibleName() == marked("Start again after no touch for (seconds)")
    assert marked("Welcome text") in _labels(dialog.kiosk_page)
    kiosk = find(dialog, QCheckBox, "setting_kiosk")
    assert kiosk.text() == marked("Start as a kiosk")


def test_the_test_buttons_findings_are_translated(qtbot, loop, sim, till_settings, translated):
    dialog = open_dialog(qtbot, loop, till_settings, sim)
    type_text(qtbot, dialog, "tickettailorKeyEdit", "sk_0_0_wrong")
    qtbot.mouseClick(find(dialog, QPushButton, "testTicketTailorButton"), Qt.MouseButton.LeftButton)
    result = find(dialog, QLabel, "tickettailorTestResult")
    run_until(loop, lambda: "refused" in result.text(), message="TT refused")
    assert marked("Ticket Tailor") + ":" in result.text()
    assert (
        marked(
            "the API key was refused; create a new one in Ticket Tailor "
            "(Box office settings, API) and enter it in the settings"
        )
        in result.text()
    )

    weak = sim.add_btcpay_api_key([f"btcpay.store.cancreateinvoice:{sim.store_id}"])
    type_text(qtbot, dialog, "btcpayKeyEdit", weak)
    qtbot.mouseClick(find(dialog, QPushButton, "testBtcpayButton"), Qt.MouseButton.LeftButton)
    result = find(dialog, QLabel, "btcpayTestResult")
    run_until(loop, lambda: "canmodifyinvoices" in result.text(), message="BTCPay permissions")
    text = result.text()
    assert marked("BTCPay permissions") + ":" in text
    # The sentence translated, the words inside it too, the store and permission as they are.
    assert "«the API key may not «view invoices» in store " + sim.store_id in text
    assert "(btcpay.store.canviewinvoices); create a key with that permission»" in text


def test_a_value_that_does_not_fit_is_said_translated(qtbot, loop, sim, till_settings, translated):
    dialog = open_dialog(qtbot, loop, till_settings, sim)
    type_text(qtbot, dialog, "setting_btcpay_url", "btcpay.example")
    assert not press_save(qtbot, loop, dialog)
    error = find(dialog, QLabel, "settingsError").text()
    assert error == (
        "«"
        + marked("BTCPay Server address")
        + " "
        + marked("must be a web address starting with https:// (or http://)")
        + ".»"
    )
    # The Test button names the same problem.
    qtbot.mouseClick(find(dialog, QPushButton, "testBtcpayButton"), Qt.MouseButton.LeftButton)
    assert marked("BTCPay Server address") in find(dialog, QLabel, "btcpayTestResult").text()


def test_the_keyrings_words_are_translated(qtbot, loop, sim, till_settings, translated):
    dialog = open_dialog(
        qtbot, loop, till_settings, sim, secrets=SecretStore(environ={}, backend=fail.Keyring())
    )
    assert marked("none found") in find(dialog, QLabel, "keyringStatus").text()
    storage = find(dialog, QLabel, "tickettailorKeyStorage").text()
    assert storage.startswith("«No keyring is available on this computer to «read» the ")
    assert marked("Ticket Tailor API key") in storage
