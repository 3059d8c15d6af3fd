"""The settings dialog's pages built from the declarations (`boxoffice.app.settings`).

Each declared setting gets the editor its kind asks for, with its label and help text, so a
setting added to the declarations appears in the dialog without code here (design.md, "Typed,
declared settings", after Electrum's ConfigVar).

The labels, help texts and choices are the declarations' `Words` (marked for translation in
`boxoffice.app.settings.declarations`), said here in the window's language; the words this
module adds go through Qt's translator.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from boxoffice.app.settings.declarations import Setting
from boxoffice.app.settings.kinds import Kind
from boxoffice.ui.i18n import say
from boxoffice.ui.widgets.common import label


class SettingField:
    """One declared setting's editor: its widget(s), and reading/writing its value."""

    def __init__(self, setting: Setting, parent: QWidget | None = None) -> None:
        self.setting = setting
        #: The setting's label and help in the window's language.
        self.caption = say(setting.label)
        self.help_text = say(setting.help)
        self.checks: dict[str, QCheckBox] = {}
        name = f"setting_{setting.key}"
        kind = setting.kind
        if kind is Kind.BOOL:
            self.widget: QWidget = QCheckBox(self.caption)
        elif kind is Kind.NUMBER and setting.whole:
            whole = QSpinBox()
            whole.setRange(int(setting.minimum or 0), int(setting.maximum or 1_000_000))
            self.widget = whole
        elif kind is Kind.NUMBER:
            box = QDoubleSpinBox()
            box.setDecimals(1)
            box.setRange(setting.minimum or 0.0, setting.maximum or 1_000_000.0)
            box.setSingleStep(1.0)
            self.widget = box
        elif kind is Kind.CHOICE:
            combo = QComboBox()
            for value, words in setting.choices:
                combo.addItem(say(words), value)
            self.widget = combo
        elif kind is Kind.MULTI_CHOICE:
            host = QWidget()
            row = QHBoxLayout(host)
            row.setContentsMargins(0, 0, 0, 0)
            for value, words in setting.choices:
                check = QCheckBox(say(words))
                check.setObjectName(f"{name}_{value}")
                self.checks[value] = check
                row.addWidget(check)
            row.addStretch(1)
            self.widget = host
        else:
            line = QLineEdit()
            if kind is Kind.URL:
                line.setPlaceholderText("https://")
            self.widget = line
        self.widget.setObjectName(name)
        self.widget.setToolTip(self.help_text)
        if kind is not Kind.BOOL:
            # The caption above an editor is a separate label: screen readers get it here.
            self.widget.setAccessibleName(self.caption)
            self.widget.setAccessibleDescription(self.help_text)
        self.help = label(self.help_text, role="hint")
        self.note = label(role="hint")
        self.note.hide()
        if setting.read_only:
            self.widget.setEnabled(False)

    def set_value(self, value: Any) -> None:
        # The editor's class follows from the setting's kind (see __init__).
        widget = self.widget
        if self.setting.kind is Kind.MULTI_CHOICE:
            for key, check in self.checks.items():
                check.setChecked(key in (value or ()))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value))
        elif isinstance(widget, QDoubleSpinBox):
            widget.setValue(float(value))
        elif isinstance(widget, QComboBox):
            index = widget.findData(value)
            widget.setCurrentIndex(max(0, index))
        else:
            assert isinstance(widget, QLineEdit)  # every other kind is edited as text
            widget.setText("" if value is None else str(value))

    def value(self) -> Any:
        widget = self.widget
        if self.setting.kind is Kind.MULTI_CHOICE:
            return [key for key, check in self.checks.items() if check.isChecked()]
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
            return widget.value()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        assert isinstance(widget, QLineEdit)  # every other kind is edited as text
        text = widget.text().strip()
        if self.setting.default is None and not text:
            return None
        return text

    def lock_to_environment(self, variable: str) -> None:
        """The environment decides this setting: show it, but not as editable."""
        self.widget.setEnabled(False)
        self.note.setText(
            QCoreApplication.translate(
                "SettingField", "Set by the environment variable {variable}; change it there."
            ).format(variable=variable)
        )
        self.note.show()


class FieldsPage(QScrollArea):
    """A form of declared settings (one group), each with its label and help text."""

    def __init__(self, name: str, settings: list[Setting], intro: str = "") -> None:
        super().__init__()
        self.setObjectName(name)
        self.setWidgetResizable(True)
        host = QWidget()
        layout = QVBoxLayout(host)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(4)
        if intro:
            layout.addWidget(label(intro, role="hint"))
        self.fields: dict[str, SettingField] = {}
        for setting in settings:
            field = SettingField(setting)
            self.fields[setting.key] = field
            if setting.kind is not Kind.BOOL:
                layout.addWidget(label(field.caption, role="section"))
            layout.addWidget(field.widget)
            layout.addWidget(field.help)
            layout.addWidget(field.note)
            layout.addSpacing(8)
        layout.addStretch(1)
        self.setWidget(host)
