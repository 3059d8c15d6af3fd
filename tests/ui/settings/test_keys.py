"""The API keys: kept in the keyring, and what happens without one."""

from __future__ import annotations

from keyring.backends import fail
from PySide6.QtWidgets import QLabel

from boxoffice.services.secrets import SecretStore
from tests.ui.helpers import find
from tests.ui.settings.helpers import open_dialog, press_save, type_text


def test_without_a_keyring_it_says_so_and_how_to_give_the_key(qtbot, loop, sim, till_settings):
    store = SecretStore(environ={}, backend=fail.Keyring())
    dialog = open_dialog(qtbot, loop, till_settings, sim, secrets=store)
    status = find(dialog, QLabel, "keyringStatus").text()
    assert "No keyring" in status and "BOXOFFICE_TICKETTAILOR_API_KEY" in status
    type_text(qtbot, dialog, "tickettailorKeyEdit", "sk_1_2_abc")
    assert not press_save(qtbot, loop, dialog)
    error = find(dialog, QLabel, "settingsError").text()
    assert "BOXOFFICE_TICKETTAILOR_API_KEY" in error
    assert "sk_1_2_abc" not in till_settings.path.read_text()
