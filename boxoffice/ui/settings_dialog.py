"""The organiser's settings: connections, events sold here, ticket changes, checkout, this till.

Built from the settings' declarations (`boxoffice.app.settings`): each declared setting gets the
editor its kind asks for, with its label and help. API keys never go to the settings file:
they are read and written through `SecretStore` (OS keyring, off the GUI thread, with a
timeout), or come from environment variables, and the dialog says which.

The dialog is opened with `open()`, never `exec()`, and all its network and keyring work runs
as tasks on the one qasync loop.
"""

from __future__ import annotations

import html
import logging
import time
from collections.abc import Callable
from typing import Any

import httpx
from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidgetItem,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from boxoffice.app.diagnostics import FAIL, OK, WARN
from boxoffice.app.settings.declarations import CHECKOUT, DEVICE
from boxoffice.app.settings.kinds import SettingError
from boxoffice.app.settings.till import Settings
from boxoffice.domain.catalogue import TicketOverride, door_price
from boxoffice.domain.money import format_money, parse_price
from boxoffice.services import secrets as secrets_module
from boxoffice.services.btcpay import pairing as btcpay_module
from boxoffice.services.secrets import (
    BTCPAY_API_KEY,
    TICKETTAILOR_API_KEY,
    KeyringUnavailableError,
    SecretSpec,
    SecretStore,
)
from boxoffice.ui.connection_check import Finding, check_btcpay, check_tickettailor
from boxoffice.ui.errors import describe_error
from boxoffice.ui.formatting import event_when
from boxoffice.ui.pairing import PairingError, PairingListener
from boxoffice.ui.settings_pages import (
    ConnectionsPage,
    EventChoicePage,
    FieldsPage,
    OverridesPage,
    SettingField,
)
from boxoffice.ui.tasks import TaskKeeper
from boxoffice.ui.widgets.common import label, set_tone

log = logging.getLogger(__name__)

CONNECTION_KEYS = ("tickettailor_url", "btcpay_url", "btcpay_store_id")
_MARKS = {OK: ("✓", "#17692f"), WARN: ("!", "#7a4f00"), FAIL: ("✗", "#b3261e")}


def findings_html(findings: list[Finding]) -> str:
    """Test results as a short coloured list."""
    rows = []
    for finding in findings:
        mark, colour = _MARKS.get(finding.status, ("•", "#1b1b1b"))
        rows.append(
            f"<div style='color:{colour}'><b>{mark} {html.escape(finding.subject)}:</b> "
            f"{html.escape(finding.message)}</div>"
        )
    return "".join(rows)


class SettingsDialog(QDialog):
    """Edit and save the settings; `saved` carries the new `Settings` after a save."""

    saved = Signal(object)

    def __init__(
        self,
        settings: Settings,
        *,
        parent: QWidget | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        secrets: SecretStore | None = None,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle("Box Office settings")
        self.original = settings
        self.transport = transport
        self.secrets = secrets or secrets_module.default_store
        self.open_url = open_url
        self.tasks = TaskKeeper(report=lambda error: self._error(describe_error(error)))
        self.loaded_keys: dict[str, str | None] = {}
        self.environment_keys: dict[str, str | None] = {}
        self.events: list[Any] = []
        self.selected_events: list[str] = list(settings.saved("event_ids"))
        self.overrides: dict[str, TicketOverride] = dict(settings.saved("ticket_overrides"))
        self._override_event: str | None = None
        self._override_errors: list[str] = []

        declarations = {s.key: s for s in Settings.declarations()}
        self.fields: dict[str, SettingField] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        layout.addWidget(self.tabs, 1)

        url_fields = {key: SettingField(declarations[key]) for key in CONNECTION_KEYS}
        self.fields.update(url_fields)
        self.connections = ConnectionsPage(url_fields)
        self.tabs.addTab(self.connections, "Connections")
        self.event_page = EventChoicePage()
        self.tabs.addTab(self.event_page, "Events")
        self.override_page = OverridesPage()
        self.tabs.addTab(self.override_page, "Tickets")
        checkout = [s for s in Settings.declarations() if s.group == CHECKOUT]
        self.checkout_page = FieldsPage("checkoutTab", checkout)
        self.fields.update(self.checkout_page.fields)
        self.tabs.addTab(self.checkout_page, "Checkout")
        device = [s for s in Settings.declarations() if s.group == DEVICE]
        self.device_page = FieldsPage(
            "deviceTab", device, "How this till is told apart from others selling the same events."
        )
        self.fields.update(self.device_page.fields)
        self.tabs.addTab(self.device_page, "This till")

        self.error = label(name="settingsError")
        set_tone(self.error, "error")
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("saveButton")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._fill_fields()
        self._wire()
        self.finished.connect(lambda _code: self.tasks.cancel_all())
        self.resize(920, 700)
        self.tasks.spawn(self._load_keys(), key="keys")

    # -- filling -------------------------------------------------------------------------------

    def _fill_fields(self) -> None:
        settings = self.original
        for key, field in self.fields.items():
            variable = settings.env_override(key)
            if variable:
                field.set_value(settings.get(key))
                field.lock_to_environment(variable)
            else:
                field.set_value(settings.saved(key))
        for key in ("event_ids", "ticket_overrides"):
            variable = settings.env_override(key)
            if variable:
                note = self.event_page.note if key == "event_ids" else self.override_page.status
                note.setText(
                    f"The environment variable {variable} decides this; changes here are saved "
                    "but not used while it is set."
                )
                note.show()

    def _show_keyring(self, available: bool, backend: str) -> None:
        status = self.connections.keyring_status
        if available:
            status.setText(
                f"API keys are kept in the system keyring ({backend}), never in the settings file."
            )
            set_tone(status, "")
        else:
            status.setText(
                f"No keyring is available on this computer ({backend}), so API keys cannot be "
                f"saved here. Set {TICKETTAILOR_API_KEY.env} and {BTCPAY_API_KEY.env} in the "
                "environment that starts Box Office instead."
            )
            set_tone(status, "warning")

    def _key_widgets(self, secret: SecretSpec):
        page = self.connections
        if secret is TICKETTAILOR_API_KEY:
            return page.tickettailor_key, page.tickettailor_key_storage
        return page.btcpay_key, page.btcpay_key_storage

    async def _load_keys(self) -> None:
        # Asked off the GUI thread: keyring's first use may probe D-Bus and block.
        available, where = await self.secrets.probe()
        self._show_keyring(available, where)
        for secret in (TICKETTAILOR_API_KEY, BTCPAY_API_KEY):
            edit, storage = self._key_widgets(secret)
            variable = self.secrets.from_environment(secret)
            if variable:
                self.loaded_keys[secret.name] = None
                self.environment_keys[secret.name] = await self.secrets.get(secret)
                edit.setEnabled(False)
                edit.setPlaceholderText(f"Set by {variable}")
                storage.setText(f"Comes from the environment variable {variable}; change it there.")
                continue
            try:
                value = await self.secrets.get(secret)
            except KeyringUnavailableError as error:
                self.loaded_keys[secret.name] = None
                edit.setPlaceholderText("Not available")
                storage.setText(str(error))
                set_tone(storage, "warning")
                continue
            self.loaded_keys[secret.name] = value
            if not edit.text():
                edit.setText(value or "")
            edit.setPlaceholderText("Paste the API key")
            storage.setText(
                f"Stored in the system keyring ({where})."
                if value
                else f"Not set yet. It will be stored in the system keyring ({where})."
            )

    # -- wiring --------------------------------------------------------------------------------

    def _wire(self) -> None:
        page = self.connections
        page.test_tickettailor.clicked.connect(self.test_tickettailor)
        page.test_btcpay.clicked.connect(self.test_btcpay)
        page.connect_btcpay.clicked.connect(self.connect_btcpay)
        page.cancel_pairing.clicked.connect(lambda: self.tasks.cancel("pairing"))
        self.event_page.load.clicked.connect(self.load_events)
        self.event_page.list.itemChanged.connect(self._on_event_ticked)
        self.override_page.event.currentIndexChanged.connect(self._on_override_event)
        self.tabs.currentChanged.connect(self._on_tab)

    def _on_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget in (self.event_page, self.override_page) and not self.events:
            if not self.tasks.running("events"):
                self.load_events()
        elif widget is self.override_page:
            self._fill_override_events()

    # -- the settings being edited ---------------------------------------------------------

    def key_text(self, secret: SecretSpec) -> str | None:
        """The key to use for a test: typed in the dialog, else from the environment."""
        if secret.name in self.environment_keys:
            return self.environment_keys[secret.name]
        edit, _storage = self._key_widgets(secret)
        return edit.text().strip() or None

    def edited_settings(self) -> Settings:
        """A copy of the settings with everything in the dialog applied (not saved).

        Raises SettingError (a sentence) for a value that does not fit, and focuses its field.
        """
        new = self.original.copy()
        for key, field in self.fields.items():
            if field.setting.read_only or not field.widget.isEnabled():
                continue
            try:
                new.set(key, field.value())
            except SettingError:
                self._focus(field.widget)
                raise
        self._commit_overrides()
        if self._override_errors:
            self.tabs.setCurrentWidget(self.override_page)
            raise SettingError(self._override_errors[0])
        new.set("event_ids", tuple(self.selected_events))
        new.set("ticket_overrides", dict(self.overrides))
        return new

    def _focus(self, widget: QWidget) -> None:
        parent = widget
        while parent is not None and self.tabs.indexOf(parent) < 0:
            parent = parent.parentWidget()
        if parent is not None:
            self.tabs.setCurrentWidget(parent)
        widget.setFocus()

    def _error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # -- save ------------------------------------------------------------------------------

    def save(self) -> None:
        try:
            new = self.edited_settings()
        except SettingError as error:
            self._error(str(error))
            return
        self._error("")
        self.buttons.setEnabled(False)
        self.tasks.spawn(self._save(new), key="save")

    async def _save(self, new: Settings) -> None:
        try:
            for secret in (TICKETTAILOR_API_KEY, BTCPAY_API_KEY):
                edit, _storage = self._key_widgets(secret)
                if not edit.isEnabled():
                    continue
                typed = edit.text().strip()
                before = self.loaded_keys.get(secret.name)
                if typed and typed != before:
                    await self.secrets.set(secret, typed)
                elif not typed and before:
                    await self.secrets.delete(secret)
                self.loaded_keys[secret.name] = typed or None
            new.save()
        except KeyringUnavailableError as error:
            self._error(f"Not saved: {error}")
            return
        except OSError as error:
            self._error(f"The settings could not be written to {new.path}: {error.strerror}")
            return
        finally:
            self.buttons.setEnabled(True)
        self.saved.emit(new)
        self.accept()

    # -- tests -------------------------------------------------------------------------------

    def test_tickettailor(self) -> None:
        self._run_test("tickettailor", self.connections.tickettailor_result)

    def test_btcpay(self) -> None:
        self._run_test("btcpay", self.connections.btcpay_result)

    def _run_test(self, service: str, result: Any) -> None:
        try:
            settings = self.edited_settings()
        except SettingError as error:
            result.setText(findings_html([Finding(FAIL, "Settings", str(error))]))
            return
        result.setText("Testing…")
        self.tasks.spawn(self._test(service, settings, result), key=f"test-{service}")

    async def _test(self, service: str, settings: Settings, result: Any) -> None:
        await self.tasks.settled("keys")  # the stored key may still be on its way
        try:
            if service == "tickettailor":
                findings = await check_tickettailor(
                    settings, self.key_text(TICKETTAILOR_API_KEY), transport=self.transport
                )
            else:
                findings = await check_btcpay(
                    settings, self.key_text(BTCPAY_API_KEY), transport=self.transport
                )
        except Exception as error:
            log.warning("connection test failed: %s", error)
            findings = [Finding(FAIL, "Test", describe_error(error))]
        result.setText(findings_html(findings))

    # -- pairing -----------------------------------------------------------------------------

    def connect_btcpay(self) -> None:
        field = self.fields["btcpay_url"]
        try:
            url = field.setting.coerce(field.value())
        except SettingError as error:
            self._pairing_status(f"{field.setting.label} {error}.", "error")
            return
        if not url:
            self._pairing_status("Enter the BTCPay Server address first.", "error")
            field.widget.setFocus()
            return
        self.tasks.spawn(self._pair(url), key="pairing")

    def _pairing_status(self, text: str, tone: str) -> None:
        status = self.connections.pairing_status
        status.setText(text)
        set_tone(status, tone)
        status.setVisible(bool(text))

    async def _pair(self, base_url: str) -> None:
        page = self.connections
        permissions = list(btcpay_module.POS_PERMISSIONS)
        if self.fields["send_ticket_emails"].value():
            # cansendstoreemails for 2.4.0+, canmodifystoresettings for older servers (and to
            # let the doctor read the SMTP settings); the server drops what it does not know.
            permissions.extend(btcpay_module.EMAIL_PAIRING_PERMISSIONS)
        device = self.original.device_name or self.original.device_id or "till"
        listener = PairingListener()
        page.connect_btcpay.setEnabled(False)
        page.cancel_pairing.show()
        try:
            redirect = await listener.start()
            address = btcpay_module.authorize_url(
                base_url,
                permissions=permissions,
                application_name=f"Box Office ({device})",
                redirect=redirect,
                selective_stores=True,
            )
            self.authorize_address = address
            if self.open_url(QUrl(address)):
                self._pairing_status(
                    "Waiting for BTCPay: approve the key in the browser window that opened.",
                    "info",
                )
            else:
                self._pairing_status(
                    f"Open this address in a browser and approve the key: {address}", "info"
                )
            result = await listener.wait(within=600)
        except PairingError as error:
            self._pairing_status(str(error), "error")
            return
        except OSError as error:
            self._pairing_status(f"Could not wait for BTCPay's answer: {error}", "error")
            return
        finally:
            await listener.close()
            page.connect_btcpay.setEnabled(True)
            page.cancel_pairing.hide()
        page.btcpay_key.setText(result.api_key)
        stores = result.store_ids
        store_field = self.fields["btcpay_store_id"]
        if stores and store_field.widget.isEnabled():
            store_field.set_value(stores[0])
        more = (
            f" BTCPay allowed {len(stores)} stores; the first is used." if len(stores) > 1 else ""
        )
        self._pairing_status(
            f"Connected: BTCPay sent a new API key. Press Save to keep it.{more}", "success"
        )
        self.test_btcpay()

    # -- events ------------------------------------------------------------------------------

    def load_events(self) -> None:
        self.tasks.spawn(self._load_events(), key="events")

    async def _load_events(self) -> None:
        from boxoffice.services.tickettailor.client import TicketTailorClient

        page = self.event_page
        await self.tasks.settled("keys")  # the stored key may still be on its way
        key = self.key_text(TICKETTAILOR_API_KEY)
        field = self.fields["tickettailor_url"]
        try:
            url = field.setting.coerce(field.value())
        except SettingError as error:
            page.status.setText(f"{field.setting.label} {error}.")
            return
        if not key or not url:
            page.status.setText("Enter the Ticket Tailor address and API key first.")
            self._show_events()
            return
        page.status.setText("Loading the events…")
        page.load.setEnabled(False)
        client = TicketTailorClient(key, url, transport=self.transport)
        try:
            events = await client.list_events(statuses=("published",))
        except Exception as error:
            page.status.setText(f"Could not load the events: {describe_error(error)}")
            set_tone(page.status, "error")
            return
        finally:
            page.load.setEnabled(True)
            await client.aclose()
        events.sort(key=lambda e: (e.start.unix if e.start else 0, e.name))
        self.events = events
        set_tone(page.status, "")
        page.status.setText(f"{len(events)} published events in Ticket Tailor.")
        self._show_events()
        self._fill_override_events()

    def _show_events(self) -> None:
        listing = self.event_page.list
        listing.blockSignals(True)
        listing.clear()
        known = set()
        for event in self.events:
            known.add(event.id)
            when = event_when(event.start, event.end)
            notes = []
            if event.unavailable:
                notes.append("marked unavailable")
            if not event.tickets_available:
                notes.append("not on sale")
            ended = event.end or event.start
            if ended is not None and ended.unix < time.time():
                notes.append("over")
            extra = f" · {', '.join(notes)}" if notes else ""
            item = QListWidgetItem(
                f"{event.name}{extra}\n{when} · {event.venue_name or ''} · {event.id}"
            )
            self._checkable(item, event.id)
            listing.addItem(item)
        for event_id in self.selected_events:
            if event_id not in known:
                text = (
                    f"{event_id} (not found among the published events)"
                    if self.events
                    else event_id
                )
                item = QListWidgetItem(text)
                self._checkable(item, event_id)
                listing.addItem(item)
        listing.blockSignals(False)

    def _checkable(self, item: QListWidgetItem, event_id: str) -> None:
        item.setData(Qt.ItemDataRole.UserRole, event_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        ticked = event_id in self.selected_events
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def _on_event_ticked(self, item: QListWidgetItem) -> None:
        event_id = item.data(Qt.ItemDataRole.UserRole)
        ticked = item.checkState() == Qt.CheckState.Checked
        if ticked and event_id not in self.selected_events:
            self.selected_events.append(event_id)
        elif not ticked and event_id in self.selected_events:
            self.selected_events.remove(event_id)

    def set_event_ticked(self, event_id: str, ticked: bool) -> None:
        """Tick or untick an event in the list (as a click on its box would)."""
        listing = self.event_page.list
        for row in range(listing.count()):
            item = listing.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == event_id:
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                return
        raise KeyError(event_id)

    # -- ticket overrides --------------------------------------------------------------------

    def _fill_override_events(self) -> None:
        combo = self.override_page.event
        chosen = [e for e in self.events if e.id in self.selected_events] or list(self.events)
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for event in chosen:
            combo.addItem(f"{event.name} — {event_when(event.start)}", event.id)
        index = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)
        if not chosen:
            self.override_page.status.setText("Load the events (Events tab) to change tickets.")
        self._on_override_event()

    def _event(self, event_id: str | None) -> Any | None:
        return next((e for e in self.events if e.id == event_id), None)

    def _on_override_event(self, *_args) -> None:
        self._commit_overrides()
        event = self._event(self.override_page.event.currentData())
        self._override_event = event.id if event is not None else None
        table = self.override_page.table
        table.setRowCount(0)
        if event is None:
            return
        currency = event.currency.upper()
        table.setRowCount(len(event.ticket_types))
        for row, ticket_type in enumerate(event.ticket_types):
            change = self.overrides.get(ticket_type.id) or TicketOverride()
            price = door_price(ticket_type, currency)
            status = "" if ticket_type.status == "on_sale" else f" · {ticket_type.status}"
            head = QTableWidgetItem(f"{ticket_type.name}\n{format_money(price, currency)}{status}")
            head.setData(Qt.ItemDataRole.UserRole, ticket_type.id)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            table.setItem(row, 0, head)
            table.setItem(row, 1, QTableWidgetItem(change.name or ""))
            price_text = "" if change.price is None else f"{change.price:f}"
            table.setItem(row, 2, QTableWidgetItem(price_text))
            table.setItem(row, 3, QTableWidgetItem(change.description or ""))
            hidden = QTableWidgetItem("Hide")
            hidden.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            hidden.setCheckState(
                Qt.CheckState.Checked if change.hidden else Qt.CheckState.Unchecked
            )
            table.setItem(row, 4, hidden)
        table.resizeRowsToContents()
        self.override_page.status.setText("")

    def _commit_overrides(self) -> None:
        """Read the table back into `overrides`; bad prices are collected as errors."""
        self._override_errors = []
        event = self._event(self._override_event)
        if event is None:
            return
        table = self.override_page.table
        currency = event.currency.upper()
        for row in range(table.rowCount()):
            head = table.item(row, 0)
            if head is None:
                continue
            ticket_type_id = head.data(Qt.ItemDataRole.UserRole)
            name = (table.item(row, 1).text() if table.item(row, 1) else "").strip()
            price_item = table.item(row, 2)
            price_text = (price_item.text() if price_item else "").strip()
            description = (table.item(row, 3).text() if table.item(row, 3) else "").strip()
            hidden_item = table.item(row, 4)
            hidden = bool(hidden_item) and hidden_item.checkState() == Qt.CheckState.Checked
            price = None
            if price_text:
                try:
                    price = parse_price(price_text, currency)
                except ValueError as error:
                    first_line = head.text().splitlines()[0]
                    self._override_errors.append(f"{first_line}: {error}")
                    if price_item is not None:
                        price_item.setToolTip(str(error))
                    continue
            if not (name or price is not None or description or hidden):
                self.overrides.pop(ticket_type_id, None)
                continue
            self.overrides[ticket_type_id] = TicketOverride(
                name=name or None, price=price, description=description or None, hidden=hidden
            )
        if self._override_errors:
            self.override_page.status.setText(self._override_errors[0])
            set_tone(self.override_page.status, "error")
        else:
            set_tone(self.override_page.status, "")
