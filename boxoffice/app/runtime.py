"""Everything a running till needs, built once from the settings: clients, journal, engine.

The window, the kiosk and the command line all open a `Runtime` the same way, so the sale runs
through the same engine whatever the face. Qt-free on purpose.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import httpx

from boxoffice.app import paths
from boxoffice.app.catalogue_source import CatalogueSource
from boxoffice.app.error_words import words_of
from boxoffice.app.settings.till import Settings
from boxoffice.engine.journal import Journal
from boxoffice.services import secrets as secrets_module
from boxoffice.services.btcpay.client import BTCPayClient
from boxoffice.services.errors import redact
from boxoffice.services.secrets import (
    BTCPAY_API_KEY,
    TICKETTAILOR_API_KEY,
    KeyringUnavailableError,
    SecretStore,
)
from boxoffice.services.tickettailor.client import TicketTailorClient
from boxoffice.words import joined, translate

if TYPE_CHECKING:
    # Imported when a runtime opens: commands such as `boxoffice sales` never load the engine.
    from boxoffice.engine.sale_engine import SaleEngine
    from boxoffice.services.btcpay.invoice_hints import InvoiceHints

log = logging.getLogger(__name__)


class ConfigurationError(Exception):
    """Box Office cannot start selling: something is not set. `str()` says what and where;
    the message (and each of `missing`) is `Words`, for the window to translate."""

    def __init__(self, message: str, missing: list[str] | None = None) -> None:
        self.missing = list(missing or [])
        super().__init__(message)


@dataclass(frozen=True)
class Credentials:
    """The two API keys. Never printed: the repr hides them."""

    tickettailor_api_key: str = field(repr=False)
    btcpay_api_key: str = field(repr=False)


def _join(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return translate("SetUp", "{items} and {last}").format(
        items=joined(*items[:-1], sep=", "), last=items[-1]
    )


def _missing(label: str, variable: str) -> str:
    """One thing to set, and its environment variable."""
    return translate("SetUp", "the {setting} ({variable})").format(setting=label, variable=variable)


async def load_credentials(settings: Settings, secrets: SecretStore | None = None) -> Credentials:
    """Check the settings a sale needs and read the API keys.

    Raises `ConfigurationError` naming every missing piece, where to set it (the settings
    dialog, or the environment variable), and why a key could not be read from the keyring.
    """
    store = secrets or secrets_module.default_store
    missing: list[str] = []
    notes: list[str] = []
    for key in ("tickettailor_url", "btcpay_url", "btcpay_store_id"):
        if not settings.get(key):
            setting = Settings.declaration(key)
            missing.append(_missing(setting.label, setting.env))
    keys: dict[str, str] = {}
    for secret in (TICKETTAILOR_API_KEY, BTCPAY_API_KEY):
        try:
            value = await store.get(secret)
        except KeyringUnavailableError as error:
            value = None
            notes.append(words_of(error))
        if value:
            keys[secret.name] = value
        else:
            missing.append(_missing(secret.label, secret.env))
    if missing:
        message = translate(
            "SetUp",
            "Box Office is not set up yet: set {missing} in the settings dialog, or as "
            "environment variables.",
        ).format(missing=_join(missing))
        raise ConfigurationError(joined(message, *notes), missing)
    return Credentials(
        tickettailor_api_key=keys[TICKETTAILOR_API_KEY.name],
        btcpay_api_key=keys[BTCPAY_API_KEY.name],
    )


def ensure_device_id(settings: Settings) -> str:
    """This till's id, made and saved on first use (sales and invoices carry it for ever)."""
    if settings.device_id:
        return settings.device_id
    try:
        settings.save()  # the first save makes the id
    except OSError as error:
        raise ConfigurationError(
            translate(
                "SetUp",
                "The settings could not be saved to {path} ({error}), so this till has no id "
                "yet; make the folder writable or set BOXOFFICE_DEVICE_ID.",
            ).format(path=settings.path, error=error.strerror)
        ) from None
    assert settings.device_id
    return settings.device_id


@dataclass
class Runtime:
    """The open clients, journal, engine and catalogue source of one till."""

    settings: Settings
    tickettailor: TicketTailorClient
    btcpay: BTCPayClient
    journal: Journal
    engine: SaleEngine
    catalogue: CatalogueSource

    @classmethod
    async def open(
        cls,
        settings: Settings,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        secrets: SecretStore | None = None,
        journal_path: Path | str | None = None,
        cache_path: Path | str | None = None,
        hints: InvoiceHints | None = None,
    ) -> Runtime:
        """Build everything from the settings; `transport` swaps the network (tests, demo).

        `hints` tells the engine the moment an invoice changes; by default BTCPay's invoice
        status websocket on the real network, and nothing (polling only) when `transport`
        swaps the network without saying how its hints come.

        Raises `ConfigurationError` when a URL, key or store id is missing.
        """
        from boxoffice.engine.sale_engine import SaleEngine
        from boxoffice.services.btcpay.invoice_hints import WebSocketInvoiceHints

        credentials = await load_credentials(settings, secrets)
        device_id = ensure_device_id(settings)
        # The journal first: it is what most likely fails to open (JournalError), and failing
        # before the clients exist leaves no connection pool unclosed.
        journal = Journal(journal_path if journal_path is not None else paths.journal_path())
        register_secret(credentials.tickettailor_api_key)
        register_secret(credentials.btcpay_api_key)
        tickettailor = TicketTailorClient(
            credentials.tickettailor_api_key, settings.tickettailor_url, transport=transport
        )
        btcpay = BTCPayClient(
            settings.btcpay_url,
            credentials.btcpay_api_key,
            settings.btcpay_store_id,
            transport=transport,
        )
        engine = SaleEngine(
            tickettailor=tickettailor,
            btcpay=btcpay,
            journal=journal,
            checkout=settings.to_checkout(),
            device_id=device_id,
            hints=hints
            or (WebSocketInvoiceHints(settings.btcpay_url) if transport is None else None),
        )
        source = CatalogueSource(tickettailor, settings.to_catalogue, cache_path)
        log.info("runtime open: device %s, BTCPay %s", device_id, settings.btcpay_url)
        return cls(settings, tickettailor, btcpay, journal, engine, source)

    async def aclose(self) -> None:
        """Stop watching sales and close the connections and the journal."""
        try:
            await self.engine.aclose()
        finally:
            try:
                await self.tickettailor.aclose()
                await self.btcpay.aclose()
            finally:
                self.journal.close()

    async def __aenter__(self) -> Runtime:
        return self

    async def __aexit__(self, *exc) -> None:
        await self.aclose()


# -- logging -----------------------------------------------------------------------------------

LOG_FILE_NAME = "boxoffice.log"
_known_secrets: set[str] = set()


def register_secret(value: str | None) -> None:
    """Scrub this value from every log line from now on (the API keys in use)."""
    if value:
        _known_secrets.add(value)


class RedactingFormatter(logging.Formatter):
    """A formatter that removes API keys from the whole line, tracebacks included."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record), *_known_secrets)


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Log files readable only by their owner (they name buyers and events), rotated ones too."""

    def _open(self):
        stream = super()._open()
        os.chmod(self.baseFilename, 0o600)
        return stream


def configure_logging(
    level: int = logging.INFO, *, stderr_level: int | None = None, to_file: bool = True
) -> Path | None:
    """Log to a rotating file in the data directory (and optionally to stderr); returns its path.

    Calling it again replaces the handlers it installed, never those of others (pytest's).
    `to_file=False` logs to stderr only (the demo, which must not touch the real data directory).
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_boxoffice", False):
            root.removeHandler(handler)
            handler.close()
    path: Path | None = None
    if to_file:
        path = paths.log_dir() / LOG_FILE_NAME
        file_handler = _PrivateRotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        file_handler.setFormatter(
            RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
        )
        file_handler.setLevel(level)
        file_handler._boxoffice = True  # type: ignore[attr-defined]
        root.addHandler(file_handler)
    if stderr_level is not None:
        console = logging.StreamHandler()
        console.setFormatter(RedactingFormatter("%(levelname)s %(name)s: %(message)s"))
        console.setLevel(stderr_level)
        console._boxoffice = True  # type: ignore[attr-defined]
        root.addHandler(console)
    root.setLevel(min(level, stderr_level or level))
    # httpx logs each request at INFO with its URL; the clients log what matters themselves.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    # qasync logs every executor call with its arguments and its result at DEBUG (qasync
    # __init__.py, run_in_executor and _QThreadWorker): a PIN being checked, a hash being made.
    # Nothing of it is worth a secret in the log, even with --verbose.
    logging.getLogger("qasync").setLevel(logging.WARNING)
    return path
