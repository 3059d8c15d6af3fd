"""An on-screen keyboard for the kiosk's name, e-mail and access-code fields.

The kiosk has no keyboard, so the customer types with keys drawn on the screen. The keys type
into the field the keyboard is attached to by calling its `insert()` and `backspace()`: the
field's validator, maximum length and signals act as they would for a real keyboard, and
nothing goes through the clipboard (which a later customer could paste back). No key takes the
focus, so the field keeps its cursor and its focus frame.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget

#: The smallest key (a finger is about 9 mm; 48 px at a kiosk screen's density).
KEY_MIN = 48
#: The height keys are given: comfortably above the minimum, for hurried fingers.
KEY_HEIGHT = 64
#: Past this width the keys would be too far apart to type on; the keyboard centres itself.
MAX_WIDTH = 1400

KINDS = ("text", "email", "code")
LETTER_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
DIGITS = "1234567890"
MAIL_DOMAINS = ("gmail.com", "outlook.com", "yahoo.com", "icloud.com")

#: Punctuation keys: (object name, text typed), and the kinds of field they show for.
PUNCTUATION = {
    "at": ("@", ("email",)),
    "dot": (".", ("email", "text")),
    "hyphen": ("-", ("email", "text")),
    "underscore": ("_", ("email",)),
    "apostrophe": ("'", ("text",)),
    "dotcom": (".com", ("email",)),
}

# Sizes and type only, no colours: the application's theme (high contrast too) still paints.
_STYLE = f"""
QPushButton {{
    min-width: {KEY_MIN}px; min-height: {KEY_HEIGHT}px; padding: 0 4px; font-size: 20pt;
}}
QPushButton[keyRole="domain"] {{ font-size: 15pt; }}
QPushButton[keyRole="action"] {{ font-size: 16pt; font-weight: 700; }}
"""


class OnScreenKeyboard(QWidget):
    """QWERTY with digits, shift, space, backspace and Done; e-mail and domain keys for e-mail.

    `attach(line_edit, kind)` picks the field and its kind: "text" (a name: letters, space,
    hyphen, apostrophe; a capital at the start of each word), "email" (lower case, "@", ".",
    ".com" and a row of common mail domains, no space) or "code" (an access code: capitals
    and digits only). Every key is a QPushButton named `key_<what>` (`key_a`, `key_1`,
    `key_at`, `key_dotcom`, `key_gmail_com`, `key_shift`, `key_space`, `key_backspace`,
    `key_enter`). Done emits `doneRequested`.
    """

    doneRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("onScreenKeyboard")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet(_STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._target: QLineEdit | None = None
        self._kind = "text"
        self._shift = False
        self._shift_by_hand = False
        # Shift pressed by the customer stays for one letter; the automatic capital at the
        # start of a name's word comes and goes with the cursor.
        self.keys: dict[str, QPushButton] = {}
        self._letters: dict[str, QPushButton] = {}

        # The keys sit on a panel as wide as the screen allows up to MAX_WIDTH, centred: on a
        # landscape screen full-width keys would be too far apart for two thumbs.
        outer = QHBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        panel = QWidget(self)
        panel.setObjectName("onScreenKeyboardKeys")
        panel.setMaximumWidth(MAX_WIDTH)
        panel.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        outer.addStretch(1)
        outer.addWidget(panel, 1000)
        outer.addStretch(1)
        rows = QVBoxLayout(panel)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(6)
        self._panel = panel
        self.domain_row = self._row(rows)
        for domain in MAIL_DOMAINS:
            key = self._key(self.domain_row, domain.replace(".", "_"), domain, stretch=3)
            key.setProperty("keyRole", "domain")
            key.clicked.connect(lambda _=False, d=domain: self._type_domain(d))
        digits = self._row(rows)
        for digit in DIGITS:
            self._text_key(digits, digit, digit)
        for index, letters in enumerate(LETTER_ROWS):
            row = self._row(rows)
            if index == 2:
                shift = self._key(row, "shift", "⇧", stretch=3)
                shift.setCheckable(True)
                shift.setAccessibleName(self.tr("Shift"))
                shift.setProperty("keyRole", "action")
                shift.clicked.connect(self._toggle_shift)
            for letter in letters:
                self._letters[letter] = self._text_key(row, letter, letter)
            if index == 2:
                backspace = self._key(row, "backspace", "⌫", stretch=3)
                backspace.setAccessibleName(self.tr("Delete"))
                backspace.setProperty("keyRole", "action")
                # Held, it keeps deleting, as a real keyboard's does.
                backspace.setAutoRepeat(True)
                backspace.clicked.connect(self._backspace)
        bottom = self._row(rows)
        for name in ("at", "underscore", "hyphen", "apostrophe"):
            self._text_key(bottom, name, PUNCTUATION[name][0])
        space = self._key(bottom, "space", self.tr("space"), stretch=10)
        space.setAccessibleName(self.tr("Space"))
        space.clicked.connect(lambda: self._type(" "))
        for name in ("dot", "dotcom"):
            self._text_key(bottom, name, PUNCTUATION[name][0], stretch=3 if name == "dotcom" else 2)
        enter = self._key(bottom, "enter", self.tr("Done"), stretch=4)
        enter.setProperty("keyRole", "action")
        enter.clicked.connect(self.doneRequested)
        self._apply_kind()

    # -- building ---------------------------------------------------------------------------

    def _row(self, rows: QVBoxLayout) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        rows.addLayout(row)
        return row

    def _key(self, row: QHBoxLayout, name: str, text: str, *, stretch: int = 2) -> QPushButton:
        key = QPushButton(text, self._panel)
        key.setObjectName(f"key_{name}")
        # The field keeps the focus: a key that took it would hide the cursor and stop the
        # field's own keyboard handling (and a scanner's Enter would go to the key).
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        key.setAutoDefault(False)
        key.setMinimumSize(KEY_MIN, KEY_HEIGHT)
        key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        row.addWidget(key, stretch)
        self.keys[name] = key
        return key

    def _text_key(self, row: QHBoxLayout, name: str, text: str, *, stretch: int = 2) -> QPushButton:
        key = self._key(row, name, text, stretch=stretch)
        key.clicked.connect(lambda _=False, t=text: self._type(t))
        return key

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
        self._set_shift(False)

    def _target_destroyed(self) -> None:
        # Its connections went with it: nothing to disconnect.
        self._target = None
        self._set_shift(False)

    def target(self) -> QLineEdit | None:
        return self._target

    def kind(self) -> str:
        return self._kind

    def _apply_kind(self) -> None:
        email = self._kind == "email"
        code = self._kind == "code"
        for index in range(self.domain_row.count()):
            item = self.domain_row.itemAt(index)
            if item is not None and (widget := item.widget()) is not None:
                widget.setVisible(email)
        for name, (_, kinds) in PUNCTUATION.items():
            self.keys[name].setVisible(self._kind in kinds)
        # No space in an e-mail address or a code; no shift where case is fixed.
        self.keys["space"].setVisible(self._kind == "text")
        self.keys["shift"].setVisible(not code)
        self._show_case()

    # -- typing -----------------------------------------------------------------------------

    def _type(self, text: str) -> None:
        target = self._target
        if target is None:
            return
        # Shift and a code's capitals apply to letters only: never ".COM".
        if len(text) == 1 and text.isalpha() and (self._kind == "code" or self._shift):
            text = text.upper()
        target.insert(text)
        self._set_shift(False)
        self._auto_shift()

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
        for letter, key in self._letters.items():
            key.setText(letter.upper() if upper else letter)
