"""The Kiosk tab: start as a kiosk, the staff PIN, the idle and done times, welcome and logo.

The staff PIN is never shown and never stored as typed (issue 10): the tab says only whether
one is set (`has_pin`), and a PIN typed twice is saved as `hash_pin(pin)` in
`kiosk_pin_hash`. scrypt is slow by design, so the hash is made on an executor thread while
the dialog shows it is busy. The two PIN fields are emptied with `setText("")` once saved,
which also drops their undo history. A kiosk cannot be switched on without a PIN: saving is
refused with the reason next to the PIN fields.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from boxoffice.app.kiosk_pin import MAX_DIGITS, MIN_DIGITS, PIN_ENV, has_pin, hash_pin, pin_problem
from boxoffice.app.settings.kinds import Kind
from boxoffice.app.settings.till import Settings
from boxoffice.ui.i18n import say
from boxoffice.ui.settings.pages import SettingField
from boxoffice.ui.widgets.common import button, label, set_tone

#: The declared settings this tab edits as fields (the PIN hash is never a field: its text
#: would show the salt).
KIOSK_KEYS = ("kiosk", "kiosk_idle_seconds", "kiosk_done_seconds", "kiosk_welcome", "kiosk_logo")

#: Touch-first: no target on this tab is smaller than this (pixels).
TOUCH = 48


def _pin_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    # Digits only, as on the kiosk's PIN pad; longer than the rules allow cannot be typed.
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(f"[0-9]{{0,{MAX_DIGITS}}}")))
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhDigitsOnly
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhHiddenText
    )
    edit.setMinimumHeight(TOUCH)
    edit.setMaximumWidth(320)
    return edit


class KioskPage(QScrollArea):
    """The Kiosk tab's widgets: the declared fields, the two PIN fields and what they say."""

    def __init__(self, fields: dict[str, SettingField]) -> None:
        super().__init__()
        self.setObjectName("kioskTab")
        self.setWidgetResizable(True)
        self.fields = fields
        host = QWidget()
        layout = self.form = QVBoxLayout(host)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(4)
        kiosk = fields["kiosk"]
        kiosk.widget.setMinimumHeight(TOUCH)
        layout.addWidget(kiosk.widget)
        layout.addWidget(kiosk.help)
        layout.addWidget(kiosk.note)
        layout.addSpacing(8)

        box = QGroupBox(self.tr("Staff PIN"))
        box.setObjectName("kioskPinBox")
        pin = QVBoxLayout(box)
        pin.setSpacing(4)
        self.pin_status = label(name="kioskPinStatus")
        self.pin_status.setProperty("role", "section")
        pin.addWidget(self.pin_status)
        pin.addWidget(
            label(
                self.tr(
                    "Type a new PIN twice to set or change it: {low} to {high} digits. Leave "
                    "both empty to keep the PIN as it is."
                ).format(low=MIN_DIGITS, high=MAX_DIGITS),
                role="hint",
            )
        )
        self.new_pin = _pin_edit("kioskNewPin")
        self.new_pin.setAccessibleName(self.tr("New staff PIN"))
        self.repeat_pin = _pin_edit("kioskRepeatPin")
        self.repeat_pin.setAccessibleName(self.tr("Repeat the new staff PIN"))
        for caption, edit in (
            (self.tr("New PIN"), self.new_pin),
            (self.tr("Repeat"), self.repeat_pin),
        ):
            words = label(caption)
            words.setProperty("role", "fieldLabel")
            words.setBuddy(edit)
            pin.addWidget(words)
            pin.addWidget(edit)
        self.pin_problem = label(name="kioskPinProblem")
        set_tone(self.pin_problem, "error")
        self.pin_problem.hide()
        pin.addWidget(self.pin_problem)
        layout.addWidget(box)
        layout.addSpacing(8)

        for key in KIOSK_KEYS[1:]:
            field = fields[key]
            field.widget.setMinimumHeight(TOUCH)
            field.widget.setAccessibleName(field.caption)
            layout.addWidget(label(field.caption, role="section"))
            if key == "kiosk_logo":
                row = QHBoxLayout()
                row.addWidget(field.widget, 1)
                self.choose_logo = button(self.tr("Choose…"), name="kioskChooseLogo")
                self.choose_logo.setMinimumSize(TOUCH * 2, TOUCH)
                row.addWidget(self.choose_logo)
                layout.addLayout(row)
            else:
                if field.setting.kind is Kind.NUMBER:
                    field.widget.setMaximumWidth(200)
                layout.addWidget(field.widget)
            layout.addWidget(field.help)
            layout.addWidget(field.note)
            layout.addSpacing(8)
        layout.addStretch(1)
        self.setWidget(host)

    def show_pin_problem(self, text: str) -> None:
        """Say, next to the PIN fields, why the dialog cannot be saved ("" hides it)."""
        self.pin_problem.setText(text)
        self.pin_problem.setVisible(bool(text))
        set_tone(self.new_pin, "error" if text else "")


class KioskSettings:
    """What the Kiosk tab does: checks the PIN typed, hashes it off the GUI thread, says
    whether a PIN is set, and lets the organiser pick the logo with a file dialog.

    `environ` is where `BOXOFFICE_KIOSK_PIN` may give the PIN instead (default `os.environ`).
    """

    def __init__(
        self,
        page: KioskPage,
        *,
        original: Settings,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self.page = page
        self.environ = os.environ if environ is None else environ
        #: The file dialog for the logo, while open (opened with `open()`, never `exec()`).
        self.chooser: QFileDialog | None = None
        page.choose_logo.clicked.connect(self.choose_logo)
        page.new_pin.textEdited.connect(lambda _text: page.show_pin_problem(""))
        page.repeat_pin.textEdited.connect(lambda _text: page.show_pin_problem(""))
        variable = PIN_ENV if self.environ.get(PIN_ENV, "").strip() else None
        variable = variable or original.env_override("kiosk_pin_hash")
        self.locked_to = variable
        if variable:
            for edit in (page.new_pin, page.repeat_pin):
                edit.setEnabled(False)
        self.show_status(original)

    def show_status(self, settings: Settings) -> None:
        """Whether a staff PIN is set, in words (never the PIN, never its hash)."""
        status = self.page.pin_status
        if self.locked_to:
            status.setText(
                QCoreApplication.translate(
                    "KioskSettings",
                    "The staff PIN comes from the environment variable {variable}; change it "
                    "there.",
                ).format(variable=self.locked_to)
            )
            set_tone(status, "")
        elif has_pin(settings, self.environ):
            status.setText(QCoreApplication.translate("KioskSettings", "A staff PIN is set"))
            set_tone(status, "success")
        elif settings.saved("kiosk_pin_hash"):
            status.setText(
                QCoreApplication.translate(
                    "KioskSettings", "The saved staff PIN cannot be used: set a new one."
                )
            )
            set_tone(status, "warning")
        else:
            status.setText(QCoreApplication.translate("KioskSettings", "No staff PIN yet"))
            set_tone(status, "warning")

    def typed_pin(self) -> str:
        """The new PIN typed ("" when none is)."""
        return self.page.new_pin.text() if self.page.new_pin.isEnabled() else ""

    def problem(self, new: Settings) -> str:
        """Why `new` (the settings as edited) cannot be saved because of the PIN, in words,
        also shown next to the PIN fields; "" when it can."""
        text = self._problem(new)
        self.page.show_pin_problem(text)
        if text:
            # Laid out now, so that the sentence just shown is scrolled to, not cut off.
            self.page.form.activate()
            self.page.ensureWidgetVisible(self.page.pin_problem)
            self.page.new_pin.setFocus()
        return text

    def _problem(self, new: Settings) -> str:
        page = self.page
        first = self.typed_pin()
        second = page.repeat_pin.text() if page.repeat_pin.isEnabled() else ""
        if first or second:
            problem = pin_problem(first)
            if problem:
                return say(problem)
            if first != second:
                return QCoreApplication.translate(
                    "KioskSettings", "The two PINs are not the same: type the new PIN twice."
                )
            return ""
        if new.get("kiosk") and not has_pin(new, self.environ):
            return QCoreApplication.translate(
                "KioskSettings",
                "A kiosk needs a staff PIN: type one in New PIN and Repeat, or untick “Start "
                "as a kiosk”.",
            )
        return ""

    async def apply(self, new: Settings) -> None:
        """Put the hash of the PIN typed (if any) into `new`, made off the GUI thread."""
        pin = self.typed_pin()
        if not pin:
            return
        page = self.page
        page.pin_status.setText(QCoreApplication.translate("KioskSettings", "Saving the PIN…"))
        set_tone(page.pin_status, "info")
        for edit in (page.new_pin, page.repeat_pin):
            edit.setReadOnly(True)
        try:
            # scrypt takes tens of milliseconds on purpose: not on the GUI thread. Neither the
            # PIN nor the hash passes through the executor's call or result: qasync's executor
            # logs both at DEBUG level (seen in the tests), and a salt is a secret too.
            made: dict[str, str] = {}
            await asyncio.get_running_loop().run_in_executor(
                None, lambda: made.update(stored=hash_pin(pin))
            )
            stored = made["stored"]
        finally:
            for edit in (page.new_pin, page.repeat_pin):
                edit.setReadOnly(False)
            self.show_status(new)
        new.set("kiosk_pin_hash", stored)

    def saved(self, new: Settings) -> None:
        """The settings were written: empty the PIN fields (setText drops their undo history)."""
        self.page.new_pin.setText("")
        self.page.repeat_pin.setText("")
        self.page.show_pin_problem("")
        self.show_status(new)

    def choose_logo(self) -> None:
        """Open a file dialog for the logo image (`open()`: the loop keeps running)."""
        field = self.page.fields["kiosk_logo"]
        current = str(field.value() or "")
        chooser = QFileDialog(
            self.page,
            QCoreApplication.translate("KioskSettings", "Choose the logo image"),
            os.path.dirname(current) if current else os.path.expanduser("~"),
            QCoreApplication.translate("KioskSettings", "Images (*.png *.jpg *.jpeg *.svg)"),
        )
        chooser.setObjectName("kioskLogoChooser")
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        chooser.fileSelected.connect(field.set_value)
        chooser.finished.connect(lambda _code: self._chooser_closed(chooser))
        self.chooser = chooser
        chooser.open()

    def _chooser_closed(self, chooser: QFileDialog) -> None:
        if self.chooser is chooser:
            self.chooser = None
        chooser.deleteLater()
