"""The pages of the settings dialog (layout only), built from the settings' declarations."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from boxoffice.app.settings.declarations import Setting
from boxoffice.app.settings.kinds import Kind
from boxoffice.ui.widgets.common import button, label

OVERRIDE_COLUMNS = ("Ticket type", "Name at the door", "Door price", "Description", "Hide here")


class SettingField:
    """One declared setting's editor: its widget(s), and reading/writing its value."""

    def __init__(self, setting: Setting, parent: QWidget | None = None) -> None:
        self.setting = setting
        self.checks: dict[str, QCheckBox] = {}
        name = f"setting_{setting.key}"
        kind = setting.kind
        if kind is Kind.BOOL:
            self.widget: QWidget = QCheckBox(setting.label)
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
                combo.addItem(words, value)
            self.widget = combo
        elif kind is Kind.MULTI_CHOICE:
            host = QWidget()
            row = QHBoxLayout(host)
            row.setContentsMargins(0, 0, 0, 0)
            for value, words in setting.choices:
                check = QCheckBox(words)
                check.setObjectName(f"{name}_{value}")
                self.checks[value] = check
                row.addWidget(check)
            row.addStretch(1)
            self.widget = host
        else:
            self.widget = QLineEdit()
            if kind is Kind.URL:
                self.widget.setPlaceholderText("https://")
        self.widget.setObjectName(name)
        self.widget.setToolTip(setting.help)
        self.help = label(setting.help, role="hint")
        self.note = label(role="hint")
        self.note.hide()
        if setting.read_only:
            self.widget.setEnabled(False)

    def set_value(self, value: Any) -> None:
        widget, kind = self.widget, self.setting.kind
        if kind is Kind.BOOL:
            widget.setChecked(bool(value))
        elif kind is Kind.NUMBER and self.setting.whole:
            widget.setValue(int(value))
        elif kind is Kind.NUMBER:
            widget.setValue(float(value))
        elif kind is Kind.CHOICE:
            index = widget.findData(value)
            widget.setCurrentIndex(max(0, index))
        elif kind is Kind.MULTI_CHOICE:
            for key, check in self.checks.items():
                check.setChecked(key in (value or ()))
        else:
            widget.setText("" if value is None else str(value))

    def value(self) -> Any:
        widget, kind = self.widget, self.setting.kind
        if kind is Kind.BOOL:
            return widget.isChecked()
        if kind is Kind.NUMBER:
            return widget.value()
        if kind is Kind.CHOICE:
            return widget.currentData()
        if kind is Kind.MULTI_CHOICE:
            return [key for key, check in self.checks.items() if check.isChecked()]
        text = widget.text().strip()
        if self.setting.default is None and not text:
            return None
        return text

    def lock_to_environment(self, variable: str) -> None:
        """The environment decides this setting: show it, but not as editable."""
        self.widget.setEnabled(False)
        self.note.setText(f"Set by the environment variable {variable}; change it there.")
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
                layout.addWidget(label(setting.label, role="section"))
            layout.addWidget(field.widget)
            layout.addWidget(field.help)
            layout.addWidget(field.note)
            layout.addSpacing(8)
        layout.addStretch(1)
        self.setWidget(host)


def _key_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setClearButtonEnabled(True)
    edit.setPlaceholderText("Reading the keyring…")
    return edit


def _caption(text: str) -> QLabel:
    caption = label(text)
    caption.setProperty("role", "fieldLabel")
    return caption


class ConnectionsPage(QScrollArea):
    """Ticket Tailor and BTCPay: addresses, store, API keys, Test and Connect buttons."""

    def __init__(self, url_fields: dict[str, SettingField]) -> None:
        super().__init__()
        self.setObjectName("connectionsTab")
        self.setWidgetResizable(True)
        host = QWidget()
        layout = QVBoxLayout(host)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        self.fields = url_fields

        self.keyring_status = label(name="keyringStatus")
        layout.addWidget(self.keyring_status)

        tt_box = QGroupBox("Ticket Tailor")
        tt = QVBoxLayout(tt_box)
        tt.setSpacing(4)
        tt.addWidget(_caption("Address"))
        tt.addWidget(url_fields["tickettailor_url"].widget)
        tt.addWidget(_caption("API key"))
        self.tickettailor_key = _key_edit("tickettailorKeyEdit")
        tt.addWidget(self.tickettailor_key)
        tt.addWidget(
            label(
                "Use an Admin API key with “hide personal data” unticked (Ticket Tailor: "
                "Box office settings, API, Generate a new key). It starts with sk_.",
                role="hint",
                name="tickettailorKeyHelp",
            )
        )
        self.tickettailor_key_storage = label(role="hint", name="tickettailorKeyStorage")
        tt.addWidget(self.tickettailor_key_storage)
        tt_buttons = QHBoxLayout()
        self.test_tickettailor = button("Test", name="testTicketTailorButton")
        tt_buttons.addWidget(self.test_tickettailor)
        tt_buttons.addStretch(1)
        tt.addLayout(tt_buttons)
        self.tickettailor_result = label(name="tickettailorTestResult")
        self.tickettailor_result.setTextFormat(Qt.TextFormat.RichText)
        tt.addWidget(self.tickettailor_result)
        layout.addWidget(tt_box)

        bp_box = QGroupBox("BTCPay Server")
        bp = QVBoxLayout(bp_box)
        bp.setSpacing(4)
        bp.addWidget(_caption("Address"))
        bp.addWidget(url_fields["btcpay_url"].widget)
        bp.addWidget(_caption("Store ID"))
        bp.addWidget(url_fields["btcpay_store_id"].widget)
        bp.addWidget(_caption("API key"))
        self.btcpay_key = _key_edit("btcpayKeyEdit")
        bp.addWidget(self.btcpay_key)
        self.btcpay_key_storage = label(role="hint", name="btcpayKeyStorage")
        bp.addWidget(self.btcpay_key_storage)
        bp_buttons = QHBoxLayout()
        self.connect_btcpay = button("Connect to BTCPay…", name="connectBtcpayButton")
        self.cancel_pairing = button("Stop waiting", name="cancelPairingButton")
        self.cancel_pairing.hide()
        self.test_btcpay = button("Test", name="testBtcpayButton")
        bp_buttons.addWidget(self.connect_btcpay)
        bp_buttons.addWidget(self.cancel_pairing)
        bp_buttons.addWidget(self.test_btcpay)
        bp_buttons.addStretch(1)
        bp.addLayout(bp_buttons)
        bp.addWidget(
            label(
                "Connect opens BTCPay in your browser and asks for a key that may only view "
                "the store's settings, create invoices and change invoices (plus modify store "
                "settings when tickets are e-mailed). Pick the store there.",
                role="hint",
            )
        )
        self.pairing_status = label(name="pairingStatus")
        self.pairing_status.hide()
        bp.addWidget(self.pairing_status)
        self.btcpay_result = label(name="btcpayTestResult")
        self.btcpay_result.setTextFormat(Qt.TextFormat.RichText)
        bp.addWidget(self.btcpay_result)
        layout.addWidget(bp_box)
        for field in url_fields.values():
            layout.addWidget(field.note)
        layout.addStretch(1)
        self.setWidget(host)


class EventChoicePage(QWidget):
    """A checkable list of the account's events: the ones ticked are sold at this till."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("eventsTab")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(
            label(
                "Tick the events sold at this till. With none ticked, every published event "
                "with tickets on sale is offered.",
                role="hint",
            )
        )
        row = QHBoxLayout()
        self.load = button("Load events from Ticket Tailor", name="loadEventsButton")
        row.addWidget(self.load)
        self.status = label(role="hint", name="eventsLoadStatus")
        row.addWidget(self.status, 1)
        layout.addLayout(row)
        self.list = QListWidget()
        self.list.setObjectName("eventChoices")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        layout.addWidget(self.list, 1)
        self.note = label(role="hint")
        self.note.hide()
        layout.addWidget(self.note)


class OverridesPage(QWidget):
    """Per event, what this till changes about each ticket type."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("ticketsTab")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(
            label(
                "Change a ticket type at this till only: another name, a door price (leave "
                "empty for the Ticket Tailor price plus booking fee), another description, or "
                "hide it here. Ticket Tailor itself is not changed.",
                role="hint",
            )
        )
        row = QHBoxLayout()
        row.addWidget(QLabel("Event"))
        self.event = QComboBox()
        self.event.setObjectName("overrideEvent")
        row.addWidget(self.event, 1)
        layout.addLayout(row)
        self.table = QTableWidget(0, len(OVERRIDE_COLUMNS))
        self.table.setObjectName("overrideTable")
        self.table.setHorizontalHeaderLabels(OVERRIDE_COLUMNS)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(44)
        layout.addWidget(self.table, 1)
        self.status = label(name="overrideStatus")
        layout.addWidget(self.status)
