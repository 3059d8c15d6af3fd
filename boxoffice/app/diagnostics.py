"""Can this till sell? The checks of settings, files, keys, both services and permissions.

Every check ends in one finding: ok, warn (selling works, something is worth fixing) or FAIL
(no sale can be made until it is fixed), with what to do in plain words. Nothing is written
to either service. Used by both faces: `boxoffice doctor` prints the findings, and the settings
dialog's "Test" buttons run the same checks on the values typed in the dialog, so the two never
disagree.
"""

from __future__ import annotations

import os
import stat
import time
from dataclasses import dataclass

import httpx

from boxoffice.app import paths
from boxoffice.app.settings.till import Settings
from boxoffice.currencies import minor_unit_exponent, tt_multiplier_verified
from boxoffice.domain.catalogue import build_catalogue
from boxoffice.engine.journal import Journal
from boxoffice.services import secrets as secrets_module
from boxoffice.services.btcpay import permissions
from boxoffice.services.btcpay.client import BTCPayClient
from boxoffice.services.errors import (
    AuthenticationError,
    BlockedError,
    NotFoundError,
    PermissionDeniedError,
    ServiceError,
)
from boxoffice.services.secrets import (
    BTCPAY_API_KEY,
    TICKETTAILOR_API_KEY,
    KeyringUnavailableError,
    SecretSpec,
    SecretStore,
)
from boxoffice.services.tickettailor.client import TicketTailorClient

OK, WARN, FAIL = "ok", "warn", "fail"

#: What a sale needs from the BTCPay key, with the words for each (reference §3).
REQUIRED_PERMISSIONS = (
    (permissions.CAN_CREATE_INVOICE, "create invoices"),
    (permissions.CAN_VIEW_INVOICES, "view invoices"),
    (permissions.CAN_MODIFY_INVOICES, "modify invoices (to cancel them and note the tickets)"),
)
#: Doctor's own timeout: a check should answer quickly or report the service as slow.
CHECK_TIMEOUT = httpx.Timeout(10.0, connect=5.0)


@dataclass(frozen=True)
class Check:
    """One finding: `status` is ok/warn/fail, `subject` what was checked, `message` in words."""

    status: str
    subject: str
    message: str


class Doctor:
    """Runs the checks and collects their findings in `checks`."""

    def __init__(
        self,
        settings: Settings,
        *,
        secrets: SecretStore | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.settings = settings
        self.secrets = secrets or secrets_module.default_store
        self.transport = transport
        self.checks: list[Check] = []

    def add(self, status: str, subject: str, message: str) -> None:
        self.checks.append(Check(status, subject, message))

    @property
    def can_sell(self) -> bool:
        return not any(check.status == FAIL for check in self.checks)

    async def run(self) -> list[Check]:
        self.check_settings()
        self.check_files()
        tt_key = await self.read_key(TICKETTAILOR_API_KEY)
        btc_key = await self.read_key(BTCPAY_API_KEY)
        # One after the other, so the lines of each service stay together.
        await self.check_tickettailor(tt_key)
        await self.check_btcpay(btc_key)
        return self.checks

    # -- local -------------------------------------------------------------------------------

    def check_settings(self) -> None:
        settings = self.settings
        for problem in settings.problems:
            self.add(WARN, "Settings", problem)
        where = settings.path if settings.path.exists() else "defaults (no settings file yet)"
        device = settings.device_id or "not made yet (made at the first sale)"
        self.add(OK, "Settings", f"read from {where}; till ID {device}")

    def check_files(self) -> None:
        try:
            config = paths.config_dir()
            data = paths.data_dir()
        except OSError as error:
            self.add(FAIL, "Files", f"cannot create the Box Office folders: {error}")
            return
        for folder, what in ((config, "settings"), (data, "journal")):
            if not os.access(folder, os.W_OK | os.X_OK):
                self.add(
                    FAIL, "Files", f"the {what} folder {folder} is not writable; fix its owner"
                )
        settings_file = self.settings.path
        if settings_file.exists():
            mode = stat.S_IMODE(settings_file.stat().st_mode)
            if mode & 0o077:
                self.add(
                    WARN,
                    "Files",
                    f"{settings_file} can be read by other users (mode {mode:o}); "
                    f"run: chmod 600 {settings_file}",
                )
        try:
            with Journal(paths.journal_path()) as journal:
                damaged = journal.damaged()
        except Exception as error:
            self.add(
                FAIL, "Journal", f"the journal {paths.journal_path()} cannot be opened: {error}"
            )
            return
        self.add(OK, "Journal", f"{paths.journal_path()}")
        for record in damaged:
            # Selling goes on; this one sale needs a person (reconcile rebuilds a paid one
            # from its invoice when it can).
            self.add(WARN, "Journal", f"{record.describe()}; run boxoffice reconcile")

    async def read_key(self, secret: SecretSpec) -> str | None:
        env = self.secrets.from_environment(secret)
        try:
            value = await self.secrets.get(secret)
        except KeyringUnavailableError as error:
            self.add(FAIL, secret.label, str(error))
            return None
        if not value:
            self.add(
                FAIL,
                secret.label,
                f"not set: enter it in the settings dialog, or set {secret.env}. {secret.help}",
            )
            return None
        source = f"from {env}" if env else f"from the keyring ({self.secrets.describe_backend()})"
        self.add(OK, secret.label, f"found {source}")
        return value

    # -- Ticket Tailor -----------------------------------------------------------------------

    async def check_tickettailor(self, api_key: str | None) -> None:
        subject = "Ticket Tailor"
        url = self.settings.tickettailor_url
        if not url:
            self.add(FAIL, subject, "no address set (BOXOFFICE_TICKETTAILOR_URL)")
            return
        if not api_key:
            return
        client = TicketTailorClient(api_key, url, transport=self.transport, timeout=CHECK_TIMEOUT)
        now = time.time()
        try:
            await client.ping()
            catalogue_settings = self.settings.to_catalogue()
            unreadable: list[str] = []
            if catalogue_settings.event_ids:
                events = []
                for event_id in catalogue_settings.event_ids:
                    try:
                        events.append(await client.get_event(event_id))
                    except NotFoundError:
                        self.add(
                            WARN,
                            subject,
                            f"the selected event {event_id} does not exist; "
                            "remove it from the events sold at this door",
                        )
            else:
                events = await client.list_events(statuses=("published",), end_at_gte=int(now))
                unreadable = list(events.unreadable)
            for event in events:
                unreadable.extend(e for e in event.unreadable if e not in unreadable)
            catalogue = build_catalogue(events, catalogue_settings, now, unreadable)
            try:
                sample = await client.sample_issued_ticket()
            except (PermissionDeniedError, NotFoundError):
                sample = None  # the masking check is a nicety; the key's events are read
        except AuthenticationError:
            self.add(
                FAIL,
                subject,
                "the API key was refused; create a new one in Ticket Tailor "
                "(Box office settings, API) and enter it in the settings",
            )
            return
        except BlockedError as error:
            # A firewall's or Cloudflare's HTML page: neither the key nor the address is wrong.
            self.add(
                FAIL,
                subject,
                f"the request was blocked or failed before reaching Ticket Tailor (HTTP "
                f"{error.status}, a firewall or proxy page such as Cloudflare's); the API key "
                "is not the problem — try again later or from another network",
            )
            return
        except PermissionDeniedError as error:
            self.add(FAIL, subject, f"the API key may not read events ({error.detail})")
            return
        except ServiceError as error:
            self.add(FAIL, subject, f"cannot be used: {error.detail}; check the address {url}")
            return
        finally:
            await client.aclose()
        self._tickettailor_findings(catalogue, sample)
        sellable = [e for e in catalogue.events if e.available > 0 and not e.refusal]
        if not catalogue.events:
            self.add(
                FAIL,
                subject,
                "connected, but no event is on sale: publish one, or check the events "
                "selected in the settings",
            )
        elif not sellable:
            self.add(
                WARN, subject, f"connected; {len(catalogue.events)} event(s), none has tickets left"
            )
        else:
            names = ", ".join(e.name for e in sellable[:3]) + ("…" if len(sellable) > 3 else "")
            self.add(OK, subject, f"connected; on sale: {names}")

    def _tickettailor_findings(self, catalogue, sample) -> None:
        """Warnings about what Ticket Tailor sends that the door cannot use as it is."""
        subject = "Ticket Tailor"
        if catalogue.unreadable_words:
            self.add(WARN, subject, f"{catalogue.unreadable_words}; the log names them")
        for event in catalogue.events:
            seated = event.seated_types
            if seated:
                names = ", ".join(t.name for t in seated)
                self.add(
                    WARN,
                    subject,
                    f"{event.name}: {len(seated)} ticket type(s) use reserved seating ({names}); "
                    "the API cannot issue seated tickets, so they are shown but sold online only",
                )
            if event.refusal:
                self.add(WARN, subject, f"{event.name} is not sold at this door: {event.refusal}")
            currency = event.currency
            if minor_unit_exponent(currency) != 2 and not tt_multiplier_verified(currency):
                self.add(
                    WARN,
                    subject,
                    f"{event.name} is priced in {currency}: Box Office takes Ticket Tailor's "
                    f"prices as 1/{10 ** minor_unit_exponent(currency)} {currency}, which has "
                    "not been confirmed for this currency; check one price against the "
                    "dashboard before selling",
                )
        if sample is not None and sample.masked:
            # Live keys with "hide personal data" answer "****" for names and e-mails.
            self.add(
                WARN,
                subject,
                'the API key hides personal data (names and e-mails come back as "****"): '
                "tickets sold here are unaffected, but buyers of online orders cannot be "
                'looked up by name or e-mailed; untick "hide personal data" on the key '
                "(Box office settings, API)",
            )

    # -- BTCPay ------------------------------------------------------------------------------

    async def check_btcpay(self, api_key: str | None) -> None:
        subject = "BTCPay"
        settings = self.settings
        missing = [
            Settings.declaration(k)
            for k in ("btcpay_url", "btcpay_store_id")
            if not settings.get(k)
        ]
        for setting in missing:
            self.add(FAIL, subject, f"the {setting.label} is not set ({setting.env})")
        if missing or not api_key:
            return
        client = BTCPayClient(
            settings.btcpay_url,
            api_key,
            settings.btcpay_store_id,
            transport=self.transport,
            timeout=CHECK_TIMEOUT,
        )
        try:
            await self._check_btcpay(client, subject)
        finally:
            await client.aclose()

    async def _check_btcpay(self, client: BTCPayClient, subject: str) -> None:
        settings = self.settings
        try:
            info = await client.server_info()
        except AuthenticationError:
            self.add(
                FAIL,
                subject,
                "the API key was refused; create one in BTCPay (Account, API keys) "
                "and enter it in the settings",
            )
            return
        except ServiceError as error:
            self.add(
                FAIL,
                subject,
                f"cannot be used: {error.detail}; check the address {settings.btcpay_url}",
            )
            return
        if info.fully_synched:
            self.add(OK, subject, f"connected to BTCPay Server {info.version}".rstrip())
        else:
            self.add(
                WARN,
                subject,
                "connected, but the server is not fully synched with the Bitcoin network; "
                "payments may be seen late",
            )
        self._check_payment_methods(info.supported_payment_methods, subject)

        store_id = settings.btcpay_store_id
        try:
            key = await client.current_api_key()
        except ServiceError as error:
            self.add(FAIL, subject, f"cannot read the API key's permissions: {error.detail}")
            return
        # The store first: a mistyped store id makes every store route answer 403 (there is
        # no 404 for a store on 2.x, BuiltInPermissionHandler.cs), which must not be read as
        # a missing permission. Staff are never told to grant one for a wrong id.
        if not await self._check_store(client, key, subject):
            return
        for permission, words in REQUIRED_PERMISSIONS:
            if not key.allows(permission, store_id):
                self.add(
                    FAIL,
                    "BTCPay permissions",
                    f"the API key may not {words} in store {store_id} ({permission}); "
                    "create a key with that permission",
                )
        if settings.send_ticket_emails:
            await self._check_store_email(client, key)

    async def _check_store(self, client: BTCPayClient, key, subject: str) -> bool:
        """Read the store; False when it cannot be this key's store (the id is wrong)."""
        store_id = self.settings.btcpay_store_id
        try:
            store = await client.get_store()
        except PermissionDeniedError:
            pass
        except NotFoundError:  # no 2.x server answers so, but a proxy might
            self._wrong_store(key, subject)
            return False
        except ServiceError as error:
            self.add(FAIL, subject, f"cannot read store {store_id}: {error.detail}")
            return True
        else:
            self.add(OK, subject, f"store “{store.name}” ({store.default_currency})")
            return True
        # 403: a wrong store id, or a role that may not see the store's settings. A second
        # route tells them apart: with a wrong id it is refused too.
        try:
            invoices_work = await client.can_list_invoices()
        except ServiceError as error:
            self.add(FAIL, subject, f"cannot read store {store_id}: {error.detail}")
            return True
        if not invoices_work:
            # Both refused. A key that says it may list this store's invoices (or that is only
            # for other stores) meets a wrong store id; a key that may do neither is simply
            # too narrow, and the permission checks below say what it lacks.
            claims_store = key.allows(permissions.CAN_VIEW_INVOICES, store_id)
            other_stores = bool(key.store_ids) and store_id not in key.store_ids
            if claims_store or other_stores:
                self._wrong_store(key, subject)
                return False
            return True
        listed = key.allows(permissions.CAN_VIEW_STORE_SETTINGS, store_id)
        why = (
            "the key lists that permission, but your role in the store does not have it"
            if listed
            else "the key lacks that permission"
        )
        self.add(
            WARN,
            subject,
            f"the API key may not view the settings of store {store_id} "
            f"({permissions.CAN_VIEW_STORE_SETTINGS}: {why}); selling works, but the till "
            "cannot show the store's name or check its settings",
        )
        return True

    def _wrong_store(self, key, subject: str) -> None:
        store_id = self.settings.btcpay_store_id
        message = (
            f"store “{store_id}” was not found, or this key is not allowed for this store — "
            "check the Store ID (in BTCPay: Store settings, General)"
        )
        others = sorted(key.store_ids - {store_id})
        if others:
            message += f"; this key is for store {', '.join(others)}"
        self.add(FAIL, subject, message)

    async def _check_store_email(self, client: BTCPayClient, key) -> None:
        """Whether ticket e-mails can go out: the key may send, and the store has SMTP.

        Sending needs `cansendstoreemails` (2.4.0+; `canmodifystoresettings` includes it and is
        what older servers ask). The send call answers 200 whatever becomes of the mail, so
        the SMTP settings are the only place to learn whether it can be sent; but reading them
        needs `canmodifystoresettings`, so a send-only key is never used for that. A store
        without SMTP of its own may still send through the server's SMTP, hence "may not"
        (BTCPay Server source, GreenfieldStoreEmailController.cs, EmailSenderFactory.cs).
        """
        store_id = self.settings.btcpay_store_id
        if not key.allows(permissions.EMAIL_PERMISSION, store_id):
            self.add(
                WARN,
                "E-mail",
                "tickets cannot be e-mailed: the API key lacks "
                f"{permissions.EMAIL_PERMISSION} (or, before BTCPay 2.4.0, "
                f"{permissions.CAN_MODIFY_STORE_SETTINGS}). Grant it, or turn off “E-mail "
                "the tickets to the buyer”",
            )
            return
        if not key.allows(permissions.EMAIL_SETTINGS_PERMISSION, store_id):
            self.add(
                WARN,
                "E-mail",
                "the key may hand e-mails to BTCPay, but cannot check the store's SMTP settings "
                f"(that needs {permissions.EMAIL_SETTINGS_PERMISSION}); make sure SMTP is set "
                "up in BTCPay (Store settings, Emails), or the tickets may not be sent",
            )
            return
        try:
            email = await client.email_settings()
        except ServiceError as error:
            self.add(
                WARN,
                "E-mail",
                f"could not check the store's e-mail (SMTP) settings ({error.detail}); make "
                "sure they are set in BTCPay (Store settings, Emails)",
            )
            return
        if email.configured:
            self.add(OK, "E-mail", f"tickets are e-mailed from {email.sender} (store SMTP)")
        else:
            self.add(
                WARN,
                "E-mail",
                "the store's SMTP is not configured, so ticket e-mails may not be sent (BTCPay "
                "accepts them anyway, and sends them only if the server's own SMTP may be "
                "used). Set it up in BTCPay (Store settings, Emails), or turn off “E-mail the "
                "tickets to the buyer”",
            )

    def _check_payment_methods(self, supported: tuple[str, ...], subject: str) -> None:
        if not supported:
            return  # an old server may not list them; the invoice will tell
        ids = [m.upper() for m in supported]
        has_ln = any(i.endswith(("-LN", "LIGHTNINGNETWORK", "LIGHTNINGLIKE")) for i in ids)
        has_chain = any(i in ("BTC", "BTC-CHAIN", "BTC-ONCHAIN") for i in ids)
        for wanted, present, words in (
            ("lightning", has_ln, "Lightning"),
            ("onchain", has_chain, "on-chain bitcoin"),
        ):
            if wanted in self.settings.payment_methods and not present:
                self.add(
                    WARN,
                    subject,
                    f"the server does not offer {words}, which the settings allow; "
                    "set it up in BTCPay or remove it from the payment methods",
                )
