"""The on-screen keyboard types into its field through the field, and never takes the focus."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

from boxoffice.ui.kiosk.keyboard import MAIL_DOMAINS, OnScreenKeyboard


def make(qtbot, kind: str = "email"):
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    edit = QLineEdit()
    edit.setObjectName("field")
    keyboard = OnScreenKeyboard()
    layout.addWidget(edit)
    layout.addWidget(keyboard)
    keyboard.attach(edit, kind)
    window.resize(1080, 700)
    window.show()
    qtbot.waitExposed(window)
    return window, edit, keyboard


def key(keyboard: OnScreenKeyboard, name: str) -> QPushButton:
    widget = keyboard.findChild(QPushButton, f"key_{name}")
    assert widget is not None, f"no key_{name}"
    return widget


def tap(qtbot, keyboard: OnScreenKeyboard, *names: str) -> None:
    for name in names:
        widget = key(keyboard, name)
        assert widget.isVisible(), f"key_{name} is hidden"
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_keys_type_an_address_with_the_dotcom_key(qtbot):
    _window, edit, keyboard = make(qtbot)
    edited: list[str] = []
    edit.textEdited.connect(edited.append)
    tap(qtbot, keyboard, "a", "d", "a", "at", *"example", "dotcom")
    assert edit.text() == "ada@example.com"
    # The field's own signals fire as for a real keyboard.
    assert edited[-1] == "ada@example.com"


def test_a_domain_key_finishes_the_address(qtbot):
    _window, edit, keyboard = make(qtbot)
    tap(qtbot, keyboard, "a", "d", "a", "gmail_com")
    assert edit.text() == "ada@gmail.com"
    tap(qtbot, keyboard, "icloud_com")  # a second choice replaces the first
    assert edit.text() == "ada@icloud.com"


def test_shift_makes_one_capital_and_backspace_deletes(qtbot):
    _window, edit, keyboard = make(qtbot)
    tap(qtbot, keyboard, "shift", "a", "d", "a")
    assert edit.text() == "Ada"
    tap(qtbot, keyboard, "backspace")
    assert edit.text() == "Ad"
    assert key(keyboard, "backspace").autoRepeat()


def test_a_name_starts_each_word_with_a_capital(qtbot):
    _window, edit, keyboard = make(qtbot, "text")
    tap(qtbot, keyboard, "a", "d", "a", "space", "l", "o", "v", "e")
    assert edit.text() == "Ada Love"


def test_a_code_is_capitals_and_digits(qtbot):
    _window, edit, keyboard = make(qtbot, "code")
    tap(qtbot, keyboard, "c", "r", "e", "w", "2", "4")
    assert edit.text() == "CREW24"
    assert not key(keyboard, "shift").isVisible()
    assert not key(keyboard, "space").isVisible()


def test_email_keys_show_only_for_an_email_field(qtbot):
    _window, edit, keyboard = make(qtbot, "text")
    email_keys = ["at", "dotcom", *(d.replace(".", "_") for d in MAIL_DOMAINS)]
    assert not any(key(keyboard, name).isVisible() for name in email_keys)
    keyboard.attach(edit, "email")
    assert all(key(keyboard, name).isVisible() for name in email_keys)
    assert not key(keyboard, "space").isVisible()
    keyboard.attach(edit, "code")
    assert not any(key(keyboard, name).isVisible() for name in email_keys)


def test_no_key_takes_the_focus_from_the_field(qtbot):
    window, edit, keyboard = make(qtbot)
    window.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    keys = keyboard.findChildren(QPushButton)
    assert keys and all(k.focusPolicy() == Qt.FocusPolicy.NoFocus for k in keys)
    assert keyboard.focusPolicy() == Qt.FocusPolicy.NoFocus
    tap(qtbot, keyboard, "a", "shift", "backspace", "at")
    assert edit.hasFocus()


def test_every_key_is_a_touch_target(qtbot):
    _window, _, keyboard = make(qtbot)
    for widget in keyboard.findChildren(QPushButton):
        if widget.isVisible():
            assert widget.width() >= 48 and widget.height() >= 48, widget.objectName()


def test_the_field_validator_and_length_still_rule(qtbot):
    _window, edit, keyboard = make(qtbot, "code")
    edit.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Z]*")))
    edit.setMaxLength(3)
    tap(qtbot, keyboard, "a", "1", "b", "c", "d")
    assert edit.text() == "ABC"


def test_done_signals_and_a_detached_keyboard_types_nowhere(qtbot):
    _window, edit, keyboard = make(qtbot)
    with qtbot.waitSignal(keyboard.doneRequested, timeout=1000):
        tap(qtbot, keyboard, "enter")
    keyboard.clear_target()
    tap(qtbot, keyboard, "a")
    assert edit.text() == "" and keyboard.target() is None


def test_a_destroyed_field_detaches_itself(qtbot):
    _window, edit, keyboard = make(qtbot)
    other = QLineEdit()
    keyboard.attach(other, "text")
    other.deleteLater()
    qtbot.waitUntil(lambda: keyboard.target() is None)
    tap(qtbot, keyboard, "a")  # no error on a deleted field
    assert edit.text() == ""


def test_the_automatic_capital_follows_the_cursor(qtbot):
    _window, edit, keyboard = make(qtbot, "text")
    edit.setText("Ada")  # set by the program after attaching: mid-word, no capital
    tap(qtbot, keyboard, "space", "b")
    assert edit.text() == "Ada B"
    tap(qtbot, keyboard, "shift", "shift", "x")  # shift twice is off again
    assert edit.text() == "Ada Bx"
