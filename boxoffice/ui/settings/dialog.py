"""The organiser's settings: connections, events, ticket changes, checkout, this till, kiosk.

The shell that composes the feature pages of `boxoffice.ui.settings` into tabs, gathers what
they hold into a copy of the settings, and saves it (the keys to the keyring, the rest to the
settings file). The checkout and till tabs are built from the settings' declarations
(`boxoffice.app.settings`). A setting an environment variable decides is shown, not editable.
The kiosk tab (`kiosk`) adds the staff PIN, saved only as a salted hash made off the GUI thread.

The dialog is opened with `open()`, never `exec()` (it would re-enter the loop: qasync issue
59), and all its network and keyring work runs as tasks on the one qasync loop.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import httpx
from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from boxoffice.app.settings.declarations import CHECKOUT, DEVICE
from boxoffice.app.settings.kinds import SettingError
from boxoffice.app.settings.till import Settings
from boxoffice.services import secrets as secrets_module
from boxoffice.services.secrets import KeyringUnavailableError, SecretSpec, SecretStore
from boxoffice.ui.errors import describe_error
from boxoffice.ui.settings.connections import CONNECTION_KEYS, Connections, ConnectionsPage
from boxoffice.ui.settings.events import EventChoice, EventChoicePage
from boxoffice.ui.settings.keys import ApiKeys
from boxoffice.ui.settings.kiosk import KIOSK_KEYS, KioskPage, KioskSettings
from boxoffice.ui.settings.pages import FieldsPage, SettingField
from boxoffice.ui.settings.ticket_changes import TicketChanges, TicketChangesPage
from boxoffice.ui.tasks import TaskKeeper
from boxoffice.ui.widgets.common import label, set_tone


class SettingsDialog(QDialog):
    """Edit and save the settings; `saved` carries the new `Settings` after a save.

    `environ` is where a kiosk's staff PIN may come from instead (`BOXOFFICE_KIOSK_PIN`;
    default `os.environ`).
    """

    saved = Signal(object)

    def __init__(
        self,
        settings: Settings,
        *,
        parent: QWidget | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        secrets: SecretStore | None = None,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Box Office settings"))
        self.original = settings
        self.transport = transport
        self.secrets = secrets or secrets_module.default_store
        self.tasks = TaskKeeper(report=lambda error: self._error(describe_error(error)))

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
        self.tabs.addTab(self.connections, self.tr("Connections"))
        self.event_page = EventChoicePage()
        self.tabs.addTab(self.event_page, self.tr("Events"))
        self.override_page = TicketChangesPage()
        self.tabs.addTab(self.override_page, self.tr("Tickets"))
        checkout = [s for s in Settings.declarations() if s.group == CHECKOUT]
        self.checkout_page = FieldsPage("checkoutTab", checkout)
        self.fields.update(self.checkout_page.fields)
        self.tabs.addTab(self.checkout_page, self.tr("Checkout"))
        device = [s for s in Settings.declarations() if s.group == DEVICE]
        self.device_page = FieldsPage(
            "deviceTab",
            device,
            self.tr("How this till is told apart from others selling the same events."),
        )
        self.fields.update(self.device_page.fields)
        self.tabs.addTab(self.device_page, self.tr("This till"))
        kiosk_fields = {key: SettingField(declarations[key]) for key in KIOSK_KEYS}
        self.fields.update(kiosk_fields)
        self.kiosk_page = KioskPage(kiosk_fields)
        self.tabs.addTab(self.kiosk_page, self.tr("Kiosk"))

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

        self.keys = ApiKeys(
            self.secrets,
            self.tasks,
            editors=self.connections.key_editors(),
            status=self.connections.keyring_status,
        )
        self.connection_buttons = Connections(
            self.connections,
            original=settings,
            fields=self.fields,
            keys=self.keys,
            tasks=self.tasks,
            edited=self.edited_settings,
            transport=transport,
            open_url=open_url,
        )
        self.event_choice = EventChoice(
            self.event_page,
            selected=settings.saved("event_ids"),
            url_field=self.fields["tickettailor_url"],
            keys=self.keys,
            tasks=self.tasks,
            transport=transport,
            on_loaded=self._events_loaded,
        )
        self.ticket_changes = TicketChanges(
            self.override_page,
            choice=self.event_choice,
            overrides=settings.saved("ticket_overrides"),
        )
        self.kiosk = KioskSettings(self.kiosk_page, original=settings, environ=environ)
        self.tabs.currentChanged.connect(self._on_tab)
        self.finished.connect(lambda _code: self.tasks.cancel_all())
        self.resize(920, 700)
        self.keys.load()

    # -- what the features do, as the dialog's own -----------------------------------------

    @property
    def loaded_keys(self) -> dict[str, str | None]:
        """What the keyring held for each key, by secret name, once read."""
        return self.keys.loaded

    def key_text(self, secret: SecretSpec) -> str | None:
        """The key to use for a test: typed in the dialog, else from the environment."""
        return self.keys.text(secret)

    def set_event_ticked(self, event_id: str, ticked: bool) -> None:
        """Tick or untick an event in the list (as a click on its box would)."""
        self.event_choice.set_ticked(event_id, ticked)

    def load_events(self) -> None:
        self.event_choice.load()

    def test_tickettailor(self) -> None:
        self.connection_buttons.test_tickettailor()

    def test_btcpay(self) -> None:
        self.connection_buttons.test_btcpay()

    def connect_btcpay(self) -> None:
        self.connection_buttons.connect_btcpay()

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
                    self.tr(
                        "The environment variable {variable} decides this; changes here are "
                        "saved but not used while it is set."
                    ).format(variable=variable)
                )
                note.show()

    def _on_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget in (self.event_page, self.override_page) and not self.event_choice.events:
            if not self.event_choice.loading():
                self.load_events()
        elif widget is self.override_page:
            self.ticket_changes.fill_events()

    def _events_loaded(self) -> None:
        self.ticket_changes.fill_events()

    # -- the settings being edited ---------------------------------------------------------

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
        errors = self.ticket_changes.commit()
        if errors:
            self.tabs.setCurrentWidget(self.override_page)
            raise SettingError(errors[0])
        new.set("event_ids", tuple(self.event_choice.selected))
        new.set("ticket_overrides", dict(self.ticket_changes.overrides))
        return new

    def _focus(self, widget: QWidget) -> None:
        parent: QWidget | None = widget
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
            self._error(describe_error(error))
            return
        problem = self.kiosk.problem(new)
        if problem:
            # The reason is said next to the PIN fields; the tab is brought forward to show it.
            self.tabs.setCurrentWidget(self.kiosk_page)
            self._error(self.tr("Not saved: see the staff PIN on the Kiosk tab."))
            return
        self._error("")
        self.buttons.setEnabled(False)
        self.tasks.spawn(self._save(new), key="save")

    async def _save(self, new: Settings) -> None:
        try:
            await self.kiosk.apply(new)
            await self.keys.store()
            new.save()
        except KeyringUnavailableError as error:
            self._error(self.tr("Not saved: {error}").format(error=describe_error(error)))
            return
        except OSError as error:
            self._error(
                self.tr("The settings could not be written to {path}: {error}").format(
                    path=new.path, error=error.strerror
                )
            )
            return
        finally:
            self.buttons.setEnabled(True)
        self.kiosk.saved(new)
        self.saved.emit(new)
        self.accept()
