"""The on-screen keyboard in the customer's language: QWERTZ, AZERTY, accented letters for any
name, keys a finger can hit on either orientation, names a screen reader can say."""

from __future__ import annotations

import contextlib

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

from boxoffice.sim import seed
from boxoffice.ui import i18n
from boxoffice.ui.kiosk.keyboard import KEY_MIN, MAX_WIDTH, SPACING, OnScreenKeyboard
from boxoffice.ui.kiosk.keyboard_layouts import KINDS
from boxoffice.ui.resources import apply_style
from tests.ui.helpers import find
from tests.ui.kiosk.test_shell import kiosk  # noqa: F401  (the fixture)

LANGUAGES = ("en", "de", "fr", "es")
PORTRAIT, LANDSCAPE = (1080, 1920), (1920, 1080)


@pytest.fixture
def look(qapp):
    """The application's real style sheet; the normal look (and text scale) back afterwards."""
    apply_style(qapp)
    try:
        yield qapp
    finally:
        apply_style(qapp)


@pytest.fixture
def language(request, qapp):
    """The window's language, installed before the kiosk is built (it picks its layout then)."""
    code = i18n.install_language(qapp, request.param)
    try:
        yield code
    finally:
        i18n.remove_language(qapp)


def make(qtbot, language: str, kind: str = "text", *, width: int = 1080):
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    edit = QLineEdit()
    keyboard = OnScreenKeyboard(language=language)
    layout.addWidget(edit)
    layout.addWidget(keyboard)
    keyboard.attach(edit, kind)
    window.resize(width, 700)
    window.show()
    qtbot.waitExposed(window)
    return window, edit, keyboard


def shown_keys(keyboard: OnScreenKeyboard) -> list[QPushButton]:
    return [key for key in keyboard.findChildren(QPushButton) if key.isVisible()]


def rows(keyboard: OnScreenKeyboard) -> list[str]:
    """The words on the keys showing, row by row from the top, each row left to right."""
    by_row: dict[int, list[QPushButton]] = {}
    for key in shown_keys(keyboard):
        by_row.setdefault(key.mapTo(keyboard, QPoint(0, 0)).y(), []).append(key)
    return [
        "".join(k.text() for k in sorted(keys, key=lambda k: k.x()))
        for _y, keys in sorted(by_row.items())
    ]


def tap(qtbot, key: QPushButton) -> None:
    assert key.isVisible(), key.objectName()
    qtbot.mouseClick(key, Qt.MouseButton.LeftButton)


def key_showing(keyboard: OnScreenKeyboard, text: str) -> QPushButton | None:
    found = [
        key
        for key in shown_keys(keyboard)
        if key.text() == text and key is not keyboard.keys["accents"]
    ]
    assert len(found) <= 1, f"two keys show {text!r}"
    return found[0] if found else None


def type_by_taps(qtbot, keyboard: OnScreenKeyboard, text: str) -> None:
    """Type `text` as a customer would: the key showing each letter; shift when it shows the
    other case; the accented page when the letters page has no such key."""
    for char in text:
        if char == " ":
            tap(qtbot, keyboard.keys["space"])
            continue
        for _attempt in range(3):
            key = key_showing(keyboard, char)
            if key is not None:
                tap(qtbot, key)
                break
            other_case = char.lower() if char.isupper() else char.upper()
            if key_showing(keyboard, other_case) is not None:
                tap(qtbot, keyboard.keys["shift"])
            else:
                assert keyboard.page() == "letters", f"no key for {char!r} on either page"
                tap(qtbot, keyboard.keys["accents"])
        else:
            raise AssertionError(f"could not type {char!r}")


# -- the layouts ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "first", "second", "third"),
    [
        ("en", "qwertyuiop", "asdfghjkl", "zxcvbnm"),
        ("de", "qwertzuiopü", "asdfghjklöä", "yxcvbnmß"),
        ("fr", "azertyuiop", "qsdfghjklmù", "wxcvbn"),
        ("es", "qwertyuiop", "asdfghjklñ", "zxcvbnm"),
    ],
)
def test_each_language_has_its_own_letter_rows(qtbot, code, first, second, third):
    _window, edit, keyboard = make(qtbot, code)
    edit.setText("Ada")  # mid-word: small letters
    shown = rows(keyboard)
    assert shown[1:4] == [first, second, f"⇧{third}⌫"]


def test_french_and_spanish_names_have_their_accents_on_the_top_row(qtbot):
    _window, _edit, french = make(qtbot, "fr")
    assert {"É", "È", "À", "Ç"} <= set(rows(french)[0])  # a word's start: capitals
    assert "Ù" in rows(french)[2]
    _window, _edit, spanish = make(qtbot, "es")
    assert set(rows(spanish)[0]) >= {"Á", "É", "Í", "Ó", "Ú"}
    assert "Ñ" in rows(spanish)[2]


@pytest.mark.parametrize(
    ("code", "first", "second"),
    [
        ("de", "qwertzuiop", "asdfghjkl"),
        ("fr", "azertyuiop", "qsdfghjklm"),
        ("es", "qwertyuiop", "asdfghjkl"),
    ],
)
def test_an_address_and_a_code_keep_the_letter_order_without_accents(qtbot, code, first, second):
    _window, edit, keyboard = make(qtbot, code, "email")
    shown = rows(keyboard)
    # The mail domains, then the digits, then the letters: no ü, ù, ñ, ß, no accents key.
    assert shown[1] == "1234567890"
    assert shown[2:4] == [first, second]
    assert not keyboard.keys["accents"].isVisible()
    keyboard.attach(edit, "code")
    shown = rows(keyboard)
    assert shown[0] == "1234567890"
    assert shown[1:3] == [first.upper(), second.upper()]


def test_the_window_language_picks_the_layout_and_an_unknown_one_is_english(qtbot, qapp):
    i18n.install_language(qapp, "de")
    try:
        assert OnScreenKeyboard().letter_layout.name == "QWERTZ"
    finally:
        i18n.remove_language(qapp)
    assert OnScreenKeyboard().letter_layout.name == "QWERTY"
    assert OnScreenKeyboard(language="xx").letter_layout.rows[0] == "qwertyuiop"


# -- the accented page ----------------------------------------------------------------------


def test_the_accents_key_opens_a_page_of_latin_letters_and_comes_back(qtbot):
    _window, edit, keyboard = make(qtbot, "en")
    edit.setText("Zo")
    accents = keyboard.keys["accents"]
    assert accents.text() == "àé"
    tap(qtbot, accents)
    assert keyboard.page() == "accents" and accents.text() == "abc"
    letters = "".join(rows(keyboard)[:4]).replace("⇧", "").replace("⌫", "")
    for needed in "àáâäãåæçèéêëìíîïñòóôöõøœùúûüýÿßłśźżčšžőű":
        assert needed in letters
    assert not keyboard.keys["q"].isVisible() and not keyboard.keys["1"].isVisible()
    # One accented letter, then the letters again (as a long press on a phone).
    tap(qtbot, keyboard.keys["accent_ë"])
    assert edit.text() == "Zoë"
    assert keyboard.page() == "letters" and keyboard.keys["q"].isVisible()
    # And back without typing.
    tap(qtbot, accents)
    tap(qtbot, accents)
    assert keyboard.page() == "letters" and edit.text() == "Zoë"


def test_shift_on_the_accented_page_types_capitals_and_leaves_sharp_s(qtbot):
    _window, edit, keyboard = make(qtbot, "en")
    edit.setText("Ren")
    tap(qtbot, keyboard.keys["accents"])
    e_acute = keyboard.keys["accent_é"]
    assert e_acute.text() == "é"
    tap(qtbot, keyboard.keys["shift"])
    assert e_acute.text() == "É" and keyboard.keys["accents"].text() == "ABC"
    assert keyboard.keys["accent_ß"].text() == "ß"  # no capital here: it stays ß
    tap(qtbot, e_acute)
    assert edit.text() == "RenÉ"
    tap(qtbot, keyboard.keys["accents"])
    tap(qtbot, keyboard.keys["shift"])
    tap(qtbot, keyboard.keys["accent_ß"])
    assert edit.text() == "RenÉß"


def test_a_word_starts_with_a_capital_on_the_accented_page_too(qtbot):
    _window, edit, keyboard = make(qtbot, "de")
    tap(qtbot, keyboard.keys["accents"])
    tap(qtbot, keyboard.keys["accent_ø"])
    type_by_taps(qtbot, keyboard, "ystein")
    assert edit.text() == "Øystein"


def test_a_field_of_another_kind_starts_on_the_letters(qtbot):
    _window, edit, keyboard = make(qtbot, "fr")
    tap(qtbot, keyboard.keys["accents"])
    keyboard.attach(edit, "email")
    assert keyboard.page() == "letters" and keyboard.keys["a"].isVisible()
    assert not keyboard.keys["accent_é"].isVisible()


# -- typing names by touch, on the kiosk ----------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_names_from_anywhere_are_typed_by_taps_alone(qtbot, loop, look, language, kiosk):  # noqa: F811
    window, _shell = kiosk
    tap(qtbot, find(window, QPushButton, f"eventCard_{seed.GBP_EVENT}"))
    page = window.tickets_page
    keyboard = page.keyboard
    assert keyboard is not None
    page.name.setFocus()
    qtbot.waitUntil(keyboard.isVisible)
    for name in ("Jürgen Muñoz", "François", "Søren Łukasz"):
        page.name.clear()
        type_by_taps(qtbot, keyboard, name)
        assert page.name.text() == name


# -- sizes ----------------------------------------------------------------------------------


def misfits(window: QWidget, keyboard: OnScreenKeyboard) -> list[str]:
    """Keys showing smaller than a finger, or not wholly on the keyboard and the screen."""
    panel = keyboard.findChild(QWidget, "onScreenKeyboardKeys")
    problems = []
    if keyboard.mapTo(window, QPoint(keyboard.width(), 0)).x() > window.width():
        problems.append("the keyboard is wider than the window")
    if panel.width() < min(MAX_WIDTH, keyboard.width() - 16) - 4:
        problems.append("not laid out yet")
    for key in shown_keys(keyboard):
        if key.width() < KEY_MIN or key.height() < KEY_MIN:
            problems.append(f"{key.objectName()} is {key.width()}×{key.height()}")
        if key.x() < 0 or key.geometry().right() >= panel.width():
            problems.append(f"{key.objectName()} is cut off")
    return problems


def assert_fits(qtbot, window: QWidget, keyboard: OnScreenKeyboard, where: str) -> None:
    # Wait for the layout; then say what does not fit.
    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: not misfits(window, keyboard), timeout=3000)
    assert not misfits(window, keyboard), where


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_every_key_is_a_touch_target_on_either_orientation(qtbot, qapp, look, language, kiosk):  # noqa: F811
    window, _shell = kiosk
    tap(qtbot, find(window, QPushButton, f"eventCard_{seed.GBP_EVENT}"))
    page = window.tickets_page
    keyboard = page.keyboard
    assert keyboard is not None
    fields = ((page.name, "text"), (page.email, "email"), (page.access_code, "code"))
    for theme in ({}, {"high_contrast": True}, {"large_text": True}):
        apply_style(qapp, **theme)
        for size in (PORTRAIT, LANDSCAPE):
            window.resize(*size)
            for field, kind in fields:
                field.setFocus()
                qtbot.waitUntil(lambda k=kind: keyboard.isVisible() and keyboard.kind() == k)
                where = f"{language} {kind} {size} {theme}"
                assert_fits(qtbot, window, keyboard, where)
                if kind == "text":
                    tap(qtbot, keyboard.keys["accents"])
                    assert_fits(qtbot, window, keyboard, f"{where}, accented page")
                    tap(qtbot, keyboard.keys["accents"])


def test_a_narrow_keyboard_closes_its_gaps_before_a_key_gets_small(qtbot):
    window, _edit, keyboard = make(qtbot, "en", width=920)
    tap(qtbot, keyboard.keys["accents"])  # its longest row: 17 letters
    assert_fits(qtbot, window, keyboard, "accented page at 920 px")
    rows_layout = keyboard.findChild(QWidget, "onScreenKeyboardKeys").layout()
    spacings = {row.spacing() for row in rows_layout.children()}
    assert spacings and max(spacings) < SPACING


# -- names for a screen reader --------------------------------------------------------------


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_key_has_a_name_a_screen_reader_can_say(qtbot, code):
    _window, edit, keyboard = make(qtbot, code)
    for kind in KINDS:
        keyboard.attach(edit, kind)
        pages = ("letters", "accents") if kind == "text" else ("letters",)
        for page in pages:
            if keyboard.page() != page:
                tap(qtbot, keyboard.keys["accents"])
            unnamed = [k.objectName() for k in shown_keys(keyboard) if not k.accessibleName()]
            assert not unnamed, f"{code} {kind} {page}"
    keyboard.attach(edit, "text")
    assert keyboard.keys["shift"].accessibleName() == "Shift"
    assert keyboard.keys["backspace"].accessibleName() == "Delete"
    assert keyboard.keys["enter"].accessibleName() == "Done"
    assert keyboard.keys["accents"].accessibleName() == "Accented letters"
    assert keyboard.keys["a"].accessibleName() == keyboard.keys["a"].text() == "A"
    tap(qtbot, keyboard.keys["accents"])
    assert keyboard.keys["accents"].accessibleName() == "Letters"


# -- larger text ----------------------------------------------------------------------------


def test_larger_text_makes_the_key_labels_larger(qtbot, qapp, look):
    _window, _edit, keyboard = make(qtbot, "en")
    letter, action = keyboard.keys["a"], keyboard.keys["enter"]
    normal = letter.font().pointSizeF(), action.font().pointSizeF()
    assert normal[0] > qapp.font().pointSizeF()  # the keyboard's own, bigger type
    apply_style(qapp, large_text=True)
    qtbot.waitUntil(lambda: letter.font().pointSizeF() > normal[0])
    assert action.font().pointSizeF() > normal[1]
    assert letter.height() >= KEY_MIN
