"""An on-screen keyboard for the kiosk's name, e-mail and access-code fields.

The kiosk has no keyboard, so the customer types with keys drawn on the screen. The keys type
into the field the keyboard is attached to by calling its `insert()` and `backspace()`: the
field's validator, maximum length and signals act as they would for a real keyboard, and
nothing goes through the clipboard (which a later customer could paste back). No key takes the
focus, so the field keeps its cursor and its focus frame.

The letters are laid out as the window's language's own keyboards are (QWERTY, QWERTZ,
AZERTY; `keyboard_layouts`), and a key opens a page of accented letters for names from
anywhere. The keys' sizes and type come from the application's style sheet (the
`#onScreenKeyboard` rules), so larger text and high contrast reach them as they reach the
rest of the window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from boxoffice.ui.i18n import current_language
from boxoffice.ui.kiosk.keyboard_layouts import (
    ACCENT_ROWS,
    ACCENTS_KEY,
    DIGITS,
    KINDS,
    LETTERS_KEY,
    MAIL_DOMAINS,
    PUNCTUATION,
    LetterLayout,
    capital,
    for_names_only,
    layout_for,
)

__all__ = ["KEY_HEIGHT", "KEY_MIN", "KINDS", "MAIL_DOMAINS", "OnScreenKeyboard"]

# The smallest key (a finger is about 9 mm; 48 px at a kiosk screen's density).
KEY_MIN = 48
# The height keys are given: comfortably above the minimum, for hurried fingers.
KEY_HEIGHT = 64
# Past this width the keys would be too far apart to type on; the keyboard centres itself.
MAX_WIDTH = 1400
# The gap between keys, and the least it shrinks to on a narrow screen before a key would.
SPACING = 6
MIN_SPACING = 2
# A key's width in units: a letter is 2, so 3 is half a letter wider.
LETTER = 2
WIDE = 3

LETTERS_PAGE = "letters"
ACCENTS_PAGE = "accents"


class _Row:
    """A row of keys with a spring each side, so a short row is centred with keys as wide as
    the longest row's (the stagger of a real keyboard) instead of stretched wider."""

    def __init__(self, rows: QVBoxLayout, *, centred: bool) -> None:
        self.layout = QHBoxLayout()
        self.layout.setSpacing(SPACING)
        self.centred = centred
        self.keys: list[tuple[QPushButton, int]] = []
        if centred:
            self.layout.addItem(_spring())
        rows.addLayout(self.layout)

    def add(self, key: QPushButton, width: int) -> None:
        # Stretch counts half units: each side's spring then takes half a row's shortfall
        # as a whole number.
        self.layout.addWidget(key, width * 2)
        self.keys.append((key, width))

    def close(self) -> None:
        if self.centred:
            self.layout.addItem(_spring())

    def shown(self) -> list[tuple[QPushButton, int]]:
        # isHidden, not isVisible: the keyboard itself may be hidden while it is laid out.
        return [(key, width) for key, width in self.keys if not key.isHidden()]

    def units(self) -> int:
        return sum(width for _key, width in self.shown())

    def pad_to(self, units: int) -> None:
        if self.centred:
            pad = max(0, units - self.units())
            self.layout.setStretch(0, pad)
            self.layout.setStretch(self.layout.count() - 1, pad)


def _spring() -> QSpacerItem:
    return QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)


class OnScreenKeyboard(QWidget):
    """Letters in the language's order, digits, shift, space, backspace, accents and Done.

    `attach(line_edit, kind)` picks the field and its kind: "text" (a name: letters, accented
    ones too, space, hyphen, apostrophe; a capital at the start of each word), "email" (lower
    case ASCII, "@", ".", ".com" and a row of common mail domains, no space) or "code" (an
    access code: capitals and digits only). `language` picks the letter layout (the window's
    language when not given). Every key is a QPushButton named `key_<what>` (`key_a`, `key_ü`,
    `key_1`, `key_at`, `key_dotcom`, `key_gmail_com`, `key_shift`, `key_space`,
    `key_backspace`, `key_enter`, `key_accents`); the accented page's letters are
    `key_accent_<letter>` (`key_accent_é`). Done emits `doneRequested`.
    """

    doneRequested = Signal()

    def __init__(self, parent: QWidget | None = None, *, language: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("onScreenKeyboard")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.letter_layout: LetterLayout = layout_for(language or current_language())
        self._target: QLineEdit | None = None
        self._kind = "text"
        self._page = LETTERS_PAGE
        self._shift = False
        self._shift_by_hand = False
        # Shift pressed by the customer stays for one letter; the automatic capital at the
        # start of a name's word comes and goes with the cursor.
        self.keys: dict[str, QPushButton] = {}
        # Each letter key and its small letter, and which keys show when (see `_shows`).
        self._letters: dict[QPushButton, str] = {}
        self._groups: dict[str, list[QPushButton]] = {}

        # The keys sit on a panel as wide as the screen allows up to MAX_WIDTH, centred: on a
        # landscape screen full-width keys would be too far apart for two thumbs.
        outer = QHBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        self._outer = outer
        panel = QWidget(self)
        panel.setObjectName("onScreenKeyboardKeys")
        panel.setMaximumWidth(MAX_WIDTH)
        panel.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        outer.addStretch(1)
        outer.addWidget(panel, 1000)
        outer.addStretch(1)
        rows = QVBoxLayout(panel)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(SPACING)
        self._panel = panel
        self._build(rows)
        self._apply_kind()

    # -- building ---------------------------------------------------------------------------

    def _build(self, rows: QVBoxLayout) -> None:
        self._domains = _Row(rows, centred=False)
        for domain in MAIL_DOMAINS:
            key = self._key(self._domains, domain.replace(".", "_"), domain, width=6)
            key.setProperty("keyRole", "domain")
            key.setAccessibleName(domain)
            key.clicked.connect(lambda _=False, d=domain: self._type_domain(d))

        # Four rows of letters; the top one is the digits, or a language's accented letters
        # on a name's keyboard. The accented page takes the same four rows.
        letter_rows = [_Row(rows, centred=True) for _ in range(4)]
        top = letter_rows[0]
        for digit in DIGITS:
            key = self._text_key(top, digit, digit)
            self._groups.setdefault("digit", []).append(key)
        for letter in self.letter_layout.name_row:
            self._letter_key(top, letter, letter, "name")
        shift = self._key(letter_rows[3], "shift", "⇧", width=WIDE)
        shift.setCheckable(True)
        shift.setAccessibleName(self.tr("Shift"))
        shift.setProperty("keyRole", "action")
        shift.clicked.connect(self._toggle_shift)
        for row, letters in zip(letter_rows[1:], self.letter_layout.rows, strict=True):
            for letter in letters:
                group = "national" if for_names_only(letter) else "letter"
                self._letter_key(row, letter, letter, group)
        for row, letters in zip(letter_rows, ACCENT_ROWS, strict=True):
            for letter in letters:
                self._letter_key(row, f"accent_{letter}", letter, "accent")
        backspace = self._key(letter_rows[3], "backspace", "⌫", width=WIDE)
        backspace.setAccessibleName(self.tr("Delete"))
        backspace.setProperty("keyRole", "action")
        # Held, it keeps deleting, as a real keyboard's does.
        backspace.setAutoRepeat(True)
        backspace.clicked.connect(self._backspace)
        for row in letter_rows:
            row.close()
        self._letter_rows = letter_rows

        bottom = _Row(rows, centred=False)
        self._bottom = bottom
        accents = self._key(bottom, "accents", "", width=WIDE)
        accents.setProperty("keyRole", "action")
        accents.clicked.connect(self._toggle_page)
        names = {
            "at": self.tr("At sign"),
            "underscore": self.tr("Underscore"),
            "hyphen": self.tr("Hyphen"),
            "apostrophe": self.tr("Apostrophe"),
            "dot": self.tr("Full stop"),
            "dotcom": self.tr("Dot com"),
        }
        for name in ("at", "underscore", "hyphen", "apostrophe"):
            self._text_key(bottom, name, PUNCTUATION[name][0]).setAccessibleName(names[name])
        space = self._key(bottom, "space", self.tr("space"), width=10)
        space.setAccessibleName(self.tr("Space"))
        space.clicked.connect(lambda: self._type(" "))
        for name in ("dot", "dotcom"):
            width = WIDE if name == "dotcom" else LETTER
            key = self._text_key(bottom, name, PUNCTUATION[name][0], width=width)
            key.setAccessibleName(names[name])
        enter = self._key(bottom, "enter", self.tr("Done"), width=4)
        enter.setAccessibleName(self.tr("Done"))
        enter.setProperty("keyRole", "action")
        enter.clicked.connect(self.doneRequested)

    def _key(self, row: _Row, name: str, text: str, *, width: int = LETTER) -> QPushButton:
        key = QPushButton(text, self._panel)
        key.setObjectName(f"key_{name}")
        # The field keeps the focus: a key that took it would hide the cursor and stop the
        # field's own keyboard handling (and a scanner's Enter would go to the key).
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        key.setAutoDefault(False)
        key.setMinimumSize(KEY_MIN, KEY_HEIGHT)
        key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        key.setAccessibleName(text)
        row.add(key, width)
        self.keys[name] = key
        return key

    def _text_key(self, row: _Row, name: str, text: str, *, width: int = LETTER) -> QPushButton:
        key = self._key(row, name, text, width=width)
        key.clicked.connect(lambda _=False, t=text: self._type(t))
        return key

    def _letter_key(self, row: _Row, name: str, letter: str, group: str) -> None:
        key = self._key(row, name, letter)
        self._letters[key] = letter
        self._groups.setdefault(group, []).append(key)
        key.clicked.connect(lambda _=False, t=letter, g=group: self._type_letter(t, g))

    # -- the target -------------------------------------------------------------------------

    def attach(self, line_edit: QLineEdit, kind: str = "text") -> None:
        """Type into `line_edit`, showing the keys for a field of `kind` (text, email, code)."""
        if kind not in KINDS:
            raise ValueError(f"unknown field kind {kind!r}; expected one of {KINDS}")
        self.clear_target()
        self._target = line_edit
        self._kind = kind
        line_edit.destroyed.connect(self._target_destroyed)
        # The automatic capital follows the cursor, wherever the field's text or cursor moves.
        line_edit.cursorPositionChanged.connect(self._cursor_moved)
        self._apply_kind()
        self._auto_shift()

    def clear_target(self) -> None:
        """Type nowhere until the next `attach` (the field was hidden, cleared or destroyed)."""
        target, self._target = self._target, None
        if target is not None:
            target.destroyed.disconnect(self._target_destroyed)
            target.cursorPositionChanged.disconnect(self._cursor_moved)
        self._page = LETTERS_PAGE
        self._set_shift(False)
        self._apply_kind()

    def _target_destroyed(self) -> None:
        # Its connections went with it: nothing to disconnect.
        self._target = None
        self._set_shift(False)

    def target(self) -> QLineEdit | None:
        return self._target

    def kind(self) -> str:
        return self._kind

    def page(self) -> str:
        """ "letters" or "accents": the page of letter keys showing."""
        return self._page

    def _shows(self, group: str) -> bool:
        name = self._kind == "text"
        letters = self._page == LETTERS_PAGE
        return {
            "digit": letters and not (name and self.letter_layout.name_row),
            "name": letters and name,
            "letter": letters,
            "national": letters and name,
            "accent": not letters,
        }[group]

    def _apply_kind(self) -> None:
        email = self._kind == "email"
        text = self._kind == "text"
        if not text:
            # Accents are for names: an e-mail address or a code is plain ASCII.
            self._page = LETTERS_PAGE
        for key, _width in self._domains.keys:
            key.setVisible(email)
        for group, keys in self._groups.items():
            shows = self._shows(group)
            for key in keys:
                key.setVisible(shows)
        for name, (_, kinds) in PUNCTUATION.items():
            self.keys[name].setVisible(self._kind in kinds)
        # No space in an e-mail address or a code; no shift where case is fixed.
        self.keys["space"].setVisible(text)
        self.keys["accents"].setVisible(text)
        self.keys["shift"].setVisible(self._kind != "code")
        longest = max(row.units() for row in self._letter_rows)
        for row in self._letter_rows:
            row.pad_to(longest)
        # The least width is every key at KEY_MIN with the least gaps (the layout would
        # count today's gaps): a narrower screen still gets keys a finger can hit.
        self._panel.setMinimumWidth(
            max(len(shown) * (KEY_MIN + MIN_SPACING) - MIN_SPACING for shown in self._shown())
        )
        self._fit_spacing()
        self._show_case()

    # -- fitting the width ------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_spacing()

    def _rows(self) -> tuple[_Row, ...]:
        return (self._domains, *self._letter_rows, self._bottom)

    def _shown(self) -> list[list[tuple[QPushButton, int]]]:
        return [shown for row in self._rows() if (shown := row.shown())]

    def _fit_spacing(self) -> None:
        """Close the gaps between keys on a narrow screen before any key gets below KEY_MIN."""
        margins = self._outer.contentsMargins()
        across = min(MAX_WIDTH, self.width() - margins.left() - margins.right())
        longest = max(row.units() for row in self._letter_rows)
        spacing = SPACING
        for row in self._rows():
            shown = row.shown()
            gaps = len(shown) - 1
            if gaps <= 0:
                continue
            units = longest if row.centred else row.units()
            narrowest = min(units_wide for _key, units_wide in shown)
            # A key `narrowest` units wide gets (across - gaps × spacing) × narrowest / units.
            room = across - KEY_MIN * units / narrowest
            spacing = min(spacing, int(room // gaps))
        spacing = max(MIN_SPACING, spacing)
        for row in self._rows():
            row.layout.setSpacing(spacing)

    # -- typing -----------------------------------------------------------------------------

    def _type(self, text: str) -> None:
        target = self._target
        if target is None:
            return
        target.insert(text)
        self._set_shift(False)
        self._auto_shift()

    def _type_letter(self, letter: str, group: str) -> None:
        # Shift and a code's capitals apply to letters only: never ".COM".
        upper = self._shift or self._kind == "code"
        self._type(capital(letter) if upper else letter)
        if group == "accent":
            # One accented letter, then the letters again, as a long press on a phone gives:
            # a name seldom has two accented letters in a row.
            self._set_page(LETTERS_PAGE)

    def _type_domain(self, domain: str) -> None:
        """Finish the address with `domain`: after its "@", replacing a domain half typed."""
        target = self._target
        if target is None:
            return
        before = target.text()[: target.cursorPosition()]
        if "@" in before:
            # Delete back to the "@" through the field, so undo and validation see each step.
            for _ in range(len(before) - before.rindex("@") - 1):
                target.backspace()
            target.insert(domain)
        else:
            target.insert("@" + domain)

    def _backspace(self) -> None:
        if self._target is not None:
            self._target.backspace()
            self._auto_shift()

    def _toggle_page(self) -> None:
        self._set_page(ACCENTS_PAGE if self._page == LETTERS_PAGE else LETTERS_PAGE)

    def _set_page(self, page: str) -> None:
        if page != self._page:
            self._page = page
            self._apply_kind()

    def _toggle_shift(self) -> None:
        self._set_shift(not self._shift, by_hand=True)

    def _set_shift(self, on: bool, *, by_hand: bool = False) -> None:
        self._shift = on
        self._shift_by_hand = on and by_hand
        self.keys["shift"].setChecked(on)
        self._show_case()

    def _cursor_moved(self, _old: int, _new: int) -> None:
        self._auto_shift()

    def _auto_shift(self) -> None:
        """A name starts each word with a capital, as phones do; the customer can undo it."""
        target = self._target
        if target is None or self._kind != "text" or self._shift_by_hand:
            return
        before = target.text()[: target.cursorPosition()]
        self._set_shift(not before or before[-1] in " -")

    def _show_case(self) -> None:
        upper = self._shift or self._kind == "code"
        for key, letter in self._letters.items():
            shown = capital(letter) if upper else letter
            key.setText(shown)
            key.setAccessibleName(shown)
        accents = self.keys["accents"]
        if self._page == LETTERS_PAGE:
            accents.setText(ACCENTS_KEY[upper])
            accents.setAccessibleName(self.tr("Accented letters"))
        else:
            accents.setText(LETTERS_KEY[upper])
            accents.setAccessibleName(self.tr("Letters"))
