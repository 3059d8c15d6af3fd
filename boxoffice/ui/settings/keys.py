"""The two API keys of the Connections page: read from the keyring or the environment, saved back.

API keys never go to the settings file: they are read and written through `SecretStore` (the
OS keyring, off the GUI thread, with a timeout), or come from environment variables, and the
page says which. The keyring is first asked whether it works at all, so a computer without one
is told how to give the keys instead. The keyring's words (its description, why it failed)
come from `boxoffice.services.secrets` as `Words` and are said in the window's language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit

from boxoffice.services.secrets import (
    BTCPAY_API_KEY,
    TICKETTAILOR_API_KEY,
    KeyringUnavailableError,
    SecretSpec,
    SecretStore,
)
from boxoffice.ui.errors import describe_error
from boxoffice.ui.i18n import say
from boxoffice.ui.tasks import TaskKeeper
from boxoffice.ui.widgets.common import set_tone

#: The keys the dialog edits, in the order they are read and saved.
SECRETS = (TICKETTAILOR_API_KEY, BTCPAY_API_KEY)


class ApiKeys:
    """Fills the key edits from the store, and writes back what was typed when saved.

    `editors` maps each secret's name to its edit and the label that says where it is kept;
    `status` is the label that says whether there is a keyring at all.
    """

    def __init__(
        self,
        secrets: SecretStore,
        tasks: TaskKeeper,
        *,
        editors: dict[str, tuple[QLineEdit, QLabel]],
        status: QLabel,
    ) -> None:
        self.secrets = secrets
        self.tasks = tasks
        self.editors = editors
        self.status = status
        #: What the keyring held when read (None: nothing, or the environment decides).
        self.loaded: dict[str, str | None] = {}
        #: The keys that come from environment variables, by secret name.
        self.environment: dict[str, str | None] = {}

    def load(self) -> None:
        """Start reading the keys (a task: keyring's first use may probe D-Bus and block)."""
        self.tasks.spawn(self._load(), key="keys")

    async def ready(self) -> None:
        """Wait until the stored keys have been read (or failed to be)."""
        await self.tasks.settled("keys")

    def text(self, secret: SecretSpec) -> str | None:
        """The key to use for a test: typed in the dialog, else from the environment."""
        if secret.name in self.environment:
            return self.environment[secret.name]
        edit, _storage = self.editors[secret.name]
        return edit.text().strip() or None

    async def store(self) -> None:
        """Write each typed key that changed to the keyring; delete the ones emptied.

        Raises KeyringUnavailableError (a sentence) when the keyring refuses.
        """
        for secret in SECRETS:
            edit, _storage = self.editors[secret.name]
            if not edit.isEnabled():
                continue
            typed = edit.text().strip()
            before = self.loaded.get(secret.name)
            if typed and typed != before:
                await self.secrets.set(secret, typed)
            elif not typed and before:
                await self.secrets.delete(secret)
            self.loaded[secret.name] = typed or None

    def _show_keyring(self, available: bool, backend: str) -> None:
        status = self.status
        if available:
            status.setText(
                QCoreApplication.translate(
                    "ApiKeys",
                    "API keys are kept in the system keyring ({backend}), never in the settings "
                    "file.",
                ).format(backend=say(backend))
            )
            set_tone(status, "")
        else:
            status.setText(
                QCoreApplication.translate(
                    "ApiKeys",
                    "No keyring is available on this computer ({backend}), so API keys cannot be "
                    "saved here. Set {tickettailor} and {btcpay} in the environment that starts "
                    "Box Office instead.",
                ).format(
                    backend=say(backend),
                    tickettailor=TICKETTAILOR_API_KEY.env,
                    btcpay=BTCPAY_API_KEY.env,
                )
            )
            set_tone(status, "warning")

    async def _load(self) -> None:
        # Asked off the GUI thread: keyring's first use may probe D-Bus and block.
        available, where = await self.secrets.probe()
        self._show_keyring(available, where)
        for secret in SECRETS:
            edit, storage = self.editors[secret.name]
            variable = self.secrets.from_environment(secret)
            if variable:
                self.loaded[secret.name] = None
                self.environment[secret.name] = await self.secrets.get(secret)
                edit.setEnabled(False)
                edit.setPlaceholderText(
                    QCoreApplication.translate("ApiKeys", "Set by {variable}").format(
                        variable=variable
                    )
                )
                storage.setText(
                    QCoreApplication.translate(
                        "ApiKeys",
                        "Comes from the environment variable {variable}; change it there.",
                    ).format(variable=variable)
                )
                continue
            try:
                value = await self.secrets.get(secret)
            except KeyringUnavailableError as error:
                self.loaded[secret.name] = None
                edit.setPlaceholderText(QCoreApplication.translate("ApiKeys", "Not available"))
                storage.setText(describe_error(error))
                set_tone(storage, "warning")
                continue
            self.loaded[secret.name] = value
            if not edit.text():
                edit.setText(value or "")
            edit.setPlaceholderText(QCoreApplication.translate("ApiKeys", "Paste the API key"))
            words = (
                QCoreApplication.translate("ApiKeys", "Stored in the system keyring ({where}).")
                if value
                else QCoreApplication.translate(
                    "ApiKeys", "Not set yet. It will be stored in the system keyring ({where})."
                )
            )
            storage.setText(words.format(where=say(where)))
