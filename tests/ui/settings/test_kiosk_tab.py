"""The Kiosk tab: the staff PIN saved only as a hash, refused in words, never shown."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from boxoffice.app.kiosk_pin import hash_pin, verify_pin
from boxoffice.app.settings.till import Settings
from tests.ui.conftest import run_until
from tests.ui.helpers import find
from tests.ui.settings.helpers import open_dialog, press_save

PIN = "73915264"


def _type_pins(qtbot, dialog, first: str, second: str) -> None:
    dialog.tabs.setCurrentWidget(dialog.kiosk_page)
    for name, text in (("kioskNewPin", first), ("kioskRepeatPin", second)):
        edit = find(dialog, QLineEdit, name)
        edit.setText("")
        qtbot.keyClicks(edit, text)


def _problem(dialog) -> str:
    label = find(dialog, QLabel, "kioskPinProblem")
    return label.text() if label.isVisible() else ""


def test_the_tab_is_there_with_every_kiosk_setting(qtbot, loop, sim, till_settings):
    dialog = open_dialog(qtbot, loop, till_settings, sim)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "Kiosk" in titles
    page = dialog.kiosk_page
    assert find(page, QCheckBox, "setting_kiosk").text() == "Start as a kiosk"
    assert find(page, QSpinBox, "setting_kiosk_idle_seconds").value() == 60
    assert find(page, QSpinBox, "setting_kiosk_done_seconds").value() == 90
    find(page, QLineEdit, "setting_kiosk_welcome")
    find(page, QLineEdit, "setting_kiosk_logo")
    assert find(page, QLabel, "kioskPinStatus").text() == "No staff PIN yet"
    for name in ("kioskNewPin", "kioskRepeatPin"):
        assert find(page, QLineEdit, name).echoMode() == QLineEdit.EchoMode.Password
    assert page.findChild(QLineEdit, "setting_kiosk_pin_hash") is None


def test_a_pin_typed_twice_is_saved_as_a_hash_only(qtbot, loop, sim, till_settings, caplog):
    caplog.set_level(logging.DEBUG)
    dialog = open_dialog(qtbot, loop, till_settings, sim)
    find(dialog, QCheckBox, "setting_kiosk").setChecked(True)
    find(dialog, QSpinBox, "setting_kiosk_idle_seconds").setValue(120)
    _type_pins(qtbot, dialog, PIN, PIN)
    saved = press_save(qtbot, loop, dialog)
    assert saved, find(dialog, QLabel, "settingsError").text()

    reloaded = Settings.load(till_settings.path, environ={})
    assert reloaded.kiosk is True and reloaded.kiosk_idle_seconds == 120
    assert verify_pin(PIN, reloaded.kiosk_pin_hash)
    assert not verify_pin("00000000", reloaded.kiosk_pin_hash)
    assert PIN not in till_settings.path.read_text()
    assert PIN not in caplog.text
    # Emptied once saved, and the tab now says a PIN is set.
    assert find(dialog, QLineEdit, "kioskNewPin").text() == ""
    assert find(dialog, QLineEdit, "kioskRepeatPin").text() == ""
    assert find(dialog, QLineEdit, "kioskNewPin").isUndoAvailable() is False
    assert find(dialog, QLabel, "kioskPinStatus").text() == "A staff PIN is set"


def test_pins_that_do_not_fit_are_refused_in_words(qtbot, loop, sim, till_settings):
    dialog = open_dialog(qtbot, loop, till_settings, sim)
    cases = [
        (PIN, "73915265", "The two PINs are not the same: type the new PIN twice."),
        ("12", "12", "A staff PIN has 4 to 12 digits."),
        ("", PIN, "A staff PIN is made of digits only, 4 to 12 of them."),
    ]
    for first, second, words in cases:
        _type_pins(qtbot, dialog, first, second)
        assert not press_save(qtbot, loop, dialog)
        assert _problem(dialog) == words
        error = find(dialog, QLabel, "settingsError").text()
        assert error == "Not saved: see the staff PIN on the Kiosk tab."
    # Letters cannot be typed, and one pasted in (setText skips the validator) is refused.
    edit = find(dialog, QLineEdit, "kioskNewPin")
    edit.setText("")
    qtbot.keyClicks(edit, "12ab34")
    assert edit.text() == "1234"
    edit.setText("12ab34")
    find(dialog, QLineEdit, "kioskRepeatPin").setText("12ab34")
    assert not press_save(qtbot, loop, dialog)
    assert _problem(dialog) == "A staff PIN is made of digits only, 4 to 12 of them."
    assert Settings.load(till_settings.path, environ={}).kiosk_pin_hash == ""


def test_a_kiosk_without_a_pin_is_refused(qtbot, loop, sim, till_settings):
    dialog = open_dialog(qtbot, loop, till_settings, sim)
    dialog.tabs.setCurrentIndex(0)
    find(dialog, QCheckBox, "setting_kiosk").setChecked(True)
    assert not press_save(qtbot, loop, dialog)
    assert _problem(dialog).startswith("A kiosk needs a staff PIN")
    assert dialog.tabs.currentWidget() is dialog.kiosk_page
    assert Settings.load(till_settings.path, environ={}).kiosk is False
    # With a PIN already set, switching the kiosk on needs none typed.
    till_settings.set("kiosk_pin_hash", hash_pin(PIN))
    till_settings.save()
    again = open_dialog(qtbot, loop, till_settings, sim)
    find(again, QCheckBox, "setting_kiosk").setChecked(True)
    assert press_save(qtbot, loop, again)
    reloaded = Settings.load(till_settings.path, environ={})
    assert reloaded.kiosk is True and verify_pin(PIN, reloaded.kiosk_pin_hash)


def test_the_hash_is_shown_nowhere(qtbot, loop, sim, till_settings):
    stored = hash_pin(PIN)
    till_settings.set("kiosk_pin_hash", stored)
    till_settings.save()
    dialog = open_dialog(qtbot, loop, till_settings, sim)
    dialog.tabs.setCurrentWidget(dialog.kiosk_page)
    assert find(dialog, QLabel, "kioskPinStatus").text() == "A staff PIN is set"
    salt, digest = stored.split("$")[4:]
    for widget in dialog.findChildren(QWidget):
        words = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        words.append(widget.windowTitle())
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            words.append(widget.text())
        if isinstance(widget, QLineEdit):
            words.append(widget.placeholderText())
        for text in words:
            assert salt not in text and digest not in text and PIN not in text, widget


def test_the_logo_is_chosen_with_a_dialog_that_does_not_block(
    qtbot, loop, sim, till_settings, tmp_path
):
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n")
    dialog = open_dialog(qtbot, loop, till_settings, sim)
    dialog.tabs.setCurrentWidget(dialog.kiosk_page)
    choose = find(dialog, QPushButton, "kioskChooseLogo")
    assert choose.height() >= 48 and choose.width() >= 48
    choose.click()  # returns at once: open(), not exec()
    chooser = dialog.kiosk.chooser
    assert isinstance(chooser, QFileDialog) and chooser.isVisible()
    chooser.selectFile(str(logo))
    chooser.accept()
    run_until(loop, lambda: dialog.kiosk.chooser is None, message="chooser closed")
    assert find(dialog, QLineEdit, "setting_kiosk_logo").text() == str(logo)
    assert press_save(qtbot, loop, dialog)
    assert Settings.load(till_settings.path, environ={}).kiosk_logo == str(logo)


def test_a_pin_from_the_environment_is_shown_and_not_editable(qtbot, loop, sim, till_settings):
    dialog = open_dialog(qtbot, loop, till_settings, sim, environ={"BOXOFFICE_KIOSK_PIN": PIN})
    assert "BOXOFFICE_KIOSK_PIN" in find(dialog, QLabel, "kioskPinStatus").text()
    assert not find(dialog, QLineEdit, "kioskNewPin").isEnabled()
    find(dialog, QCheckBox, "setting_kiosk").setChecked(True)
    assert press_save(qtbot, loop, dialog)  # the environment's PIN will do
    assert Settings.load(till_settings.path, environ={}).kiosk_pin_hash == ""
