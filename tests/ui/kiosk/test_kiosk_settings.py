"""The kiosk's settings and the settings dialog: it still opens, and never shows the PIN hash."""

from __future__ import annotations

import base64

from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from boxoffice.app.kiosk_pin import hash_pin, verify_pin
from tests.ui.settings.helpers import open_dialog, press_save


def every_text(root: QWidget) -> str:
    """Whatever the dialog could show or tell a screen reader, in one string."""
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        texts.append(widget.windowTitle())
        if isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
    return "\n".join(texts)


def test_the_dialog_opens_and_never_shows_the_pin_hash(qtbot, loop, sim, till_settings):
    stored = hash_pin("2468")
    till_settings.kiosk_pin_hash = stored
    till_settings.kiosk = True
    till_settings.save()
    dialog = open_dialog(qtbot, loop, till_settings, sim)
    shown = every_text(dialog)
    salt, digest = stored.split("$")[4:]
    for secret in (stored, salt, digest, base64.b64decode(salt).hex()):
        assert secret not in shown
    assert "2468" not in shown


def test_saving_the_dialog_keeps_the_kiosk_settings(qtbot, loop, sim, till_settings):
    stored = hash_pin("2468")
    till_settings.kiosk_pin_hash = stored
    till_settings.kiosk_idle_seconds = 45
    till_settings.save()
    dialog = open_dialog(qtbot, loop, till_settings, sim)
    saved = press_save(qtbot, loop, dialog)
    assert saved, "the dialog did not save"
    assert verify_pin("2468", saved[0].kiosk_pin_hash)
    assert saved[0].kiosk_idle_seconds == 45
