"""Opening the settings dialog on the simulator and driving it as the organiser would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from boxoffice.services.secrets import SecretStore
from boxoffice.ui.settings.dialog import SettingsDialog
from tests.ui.conftest import run_until
from tests.ui.helpers import find

TT_KEY_NAME = "tickettailor-api-key"
BTC_KEY_NAME = "btcpay-api-key"


def open_dialog(qtbot, loop, settings, sim, **kw):
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


def type_text(qtbot, dialog, name, text):
    edit = find(dialog, QLineEdit, name)
    edit.clear()
    qtbot.keyClicks(edit, text)


def press_save(qtbot, loop, dialog):
    saved = []
    dialog.saved.connect(saved.append)
    qtbot.mouseClick(find(dialog, QPushButton, "saveButton"), Qt.MouseButton.LeftButton)
    run_until(
        loop, lambda: saved or find(dialog, QLabel, "settingsError").isVisible(), message="save"
    )
    return saved
