"""Can this till sell? The checks of settings, files, keys, both services and permissions.

Every check ends in one finding: ok, warn (selling works, something is worth fixing) or FAIL
(no sale can be made until it is fixed), with what to do in plain words (`Words`: the
window translates them, `boxoffice doctor` prints their English). Nothing is written
to either service. Used by both faces: `boxoffice doctor` prints the findings, and the settings
dialog's "Test" buttons run the same checks on the values typed in the dialog, so the two never
disagree. The BTCPay checks are `boxoffice.app.diagnostics_btcpay`; what they share with these,
`boxoffice.app.findings`.
"""

from __future__ import annotations

import os
import stat
import time

import httpx

from boxoffice.app import paths
from boxoffice.app.diagnostics_btcpay import REQUIRED_PERMISSIONS as REQUIRED_PERMISSIONS
from boxoffice.app.diagnostics_btcpay import BTCPayChecks
from boxoffice.app.error_words import as_is, words_of
from boxoffice.app.findings import CHECK_TIMEOUT, FAIL, OK, TICKET_TAILOR, WARN, Check, unusable
from boxoffice.app.settings.till import Settings
from boxoffice.currencies import minor_unit_exponent, tt_multiplier_verified
from boxoffice.domain.catalogue import build_catalogue
from boxoffice.engine.journal import Journal
from boxoffice.services import secrets as secrets_module
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
from boxoffice.words import translate

#: The subjects of the local findings.
SETTINGS = translate("Diagnostics", "Settings")
FILES = translate("Diagnostics", "Files")
JOURNAL = translate("Diagnostics", "Journal")


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
            self.add(WARN, SETTINGS, problem)
        where = (
            str(settings.path)
            if settings.path.exists()
            else translate("Diagnostics", "defaults (no settings file yet)")
        )
        device = settings.device_id or translate(
            "Diagnostics", "not made yet (made at the first sale)"
        )
        self.add(
            OK,
            SETTINGS,
            translate("Diagnostics", "read from {where}; till ID {device}").format(
                where=where, device=device
            ),
        )

    def check_files(self) -> None:
        try:
            config = paths.config_dir()
            data = paths.data_dir()
        except OSError as error:
            words = translate("Diagnostics", "cannot create the Box Office folders: {error}")
            self.add(FAIL, FILES, words.format(error=words_of(error)))
            return
        for folder, words in (
            (
                config,
                translate(
                    "Diagnostics", "the settings folder {folder} is not writable; fix its owner"
                ),
            ),
            (
                data,
                translate(
                    "Diagnostics", "the journal folder {folder} is not writable; fix its owner"
                ),
            ),
        ):
            if not os.access(folder, os.W_OK | os.X_OK):
                self.add(FAIL, FILES, words.format(folder=folder))
        settings_file = self.settings.path
        if settings_file.exists():
            mode = stat.S_IMODE(settings_file.stat().st_mode)
            if mode & 0o077:
                words = translate(
                    "Diagnostics",
                    "{file} can be read by other users (mode {mode}); run: chmod 600 {file}",
                )
                self.add(WARN, FILES, words.format(file=settings_file, mode=f"{mode:o}"))
        try:
            with Journal(paths.journal_path()) as journal:
                damaged = journal.damaged()
        except Exception as error:
            words = translate("Diagnostics", "the journal {path} cannot be opened: {error}")
            self.add(FAIL, JOURNAL, words.format(path=paths.journal_path(), error=words_of(error)))
            return
        self.add(OK, JOURNAL, as_is(str(paths.journal_path())))
        for record in damaged:
            # Selling goes on; this one sale needs a person (reconcile rebuilds a paid one
            # from its invoice when it can).
            words = translate("Diagnostics", "{record}; run boxoffice reconcile")
            self.add(WARN, JOURNAL, words.format(record=record.describe()))

    async def read_key(self, secret: SecretSpec) -> str | None:
        env = self.secrets.from_environment(secret)
        try:
            value = await self.secrets.get(secret)
        except KeyringUnavailableError as error:
            self.add(FAIL, secret.label, words_of(error))
            return None
        if not value:
            words = translate(
                "Diagnostics", "not set: enter it in the settings dialog, or set {variable}. {help}"
            )
            self.add(FAIL, secret.label, words.format(variable=secret.env, help=secret.help))
            return None
        if env:
            found = translate("Diagnostics", "found from {variable}").format(variable=env)
        else:
            found = translate("Diagnostics", "found from the keyring ({keyring})").format(
                keyring=self.secrets.describe_backend()
            )
        self.add(OK, secret.label, found)
        return value

    # -- Ticket Tailor -----------------------------------------------------------------------

    async def check_tickettailor(self, api_key: str | None) -> None:
        subject = TICKET_TAILOR
        url = self.settings.tickettailor_url
        if not url:
            words = translate("Diagnostics", "no address set (BOXOFFICE_TICKETTAILOR_URL)")
            self.add(FAIL, subject, words)
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
                        words = translate(
                            "Diagnostics",
                            "the selected event {event} does not exist; remove it from the "
                            "events sold at this door",
                        )
                        self.add(WARN, subject, words.format(event=event_id))
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
            words = translate(
                "Diagnostics",
                "the API key was refused; create a new one in Ticket Tailor "
                "(Box office settings, API) and enter it in the settings",
            )
            self.add(FAIL, subject, words)
            return
        except BlockedError as error:
            # A firewall's or Cloudflare's HTML page: neither the key nor the address is wrong.
            words = translate(
                "Diagnostics",
                "the request was blocked or failed before reaching Ticket Tailor (HTTP "
                "{status}, a firewall or proxy page such as Cloudflare's); the API key "
                "is not the problem — try again later or from another network",
            )
            self.add(FAIL, subject, words.format(status=error.status))
            return
        except PermissionDeniedError as error:
            words = translate("Diagnostics", "the API key may not read events ({detail})")
            self.add(FAIL, subject, words.format(detail=error.detail))
            return
        except ServiceError as error:
            self.add(FAIL, subject, unusable(error, url))
            return
        finally:
            await client.aclose()
        self._tickettailor_findings(catalogue, sample)
        sellable = [e for e in catalogue.events if e.available > 0 and not e.refusal]
        if not catalogue.events:
            words = translate(
                "Diagnostics",
                "connected, but no event is on sale: publish one, or check the events "
                "selected in the settings",
            )
            self.add(FAIL, subject, words)
        elif not sellable:
            words = translate("Diagnostics", "connected; {count} event(s), none has tickets left")
            self.add(WARN, subject, words.format(count=len(catalogue.events)))
        else:
            names = ", ".join(e.name for e in sellable[:3]) + ("…" if len(sellable) > 3 else "")
            words = translate("Diagnostics", "connected; on sale: {names}")
            self.add(OK, subject, words.format(names=names))

    def _tickettailor_findings(self, catalogue, sample) -> None:
        """Warnings about what Ticket Tailor sends that the door cannot use as it is."""
        subject = TICKET_TAILOR
        if catalogue.unreadable_words:
            words = translate("Diagnostics", "{unreadable}; the log names them")
            self.add(WARN, subject, words.format(unreadable=catalogue.unreadable_words))
        for event in catalogue.events:
            seated = event.seated_types
            if seated:
                words = translate(
                    "Diagnostics",
                    "{event}: {count} ticket type(s) use reserved seating ({names}); the API "
                    "cannot issue seated tickets, so they are shown but sold online only",
                )
                names = ", ".join(t.name for t in seated)
                self.add(
                    WARN, subject, words.format(event=event.name, count=len(seated), names=names)
                )
            if event.refusal:
                words = translate("Diagnostics", "{event} is not sold at this door: {reason}")
                self.add(WARN, subject, words.format(event=event.name, reason=event.refusal))
            currency = event.currency
            if minor_unit_exponent(currency) != 2 and not tt_multiplier_verified(currency):
                words = translate(
                    "Diagnostics",
                    "{event} is priced in {currency}: Box Office takes Ticket Tailor's prices as "
                    "1/{units} {currency}, which has not been confirmed for this currency; "
                    "check one price against the dashboard before selling",
                )
                units = 10 ** minor_unit_exponent(currency)
                self.add(
                    WARN, subject, words.format(event=event.name, currency=currency, units=units)
                )
        if sample is not None and sample.masked:
            # Live keys with "hide personal data" answer "****" for names and e-mails.
            words = translate(
                "Diagnostics",
                'the API key hides personal data (names and e-mails come back as "****"): '
                "tickets sold here are unaffected, but buyers of online orders cannot be "
                'looked up by name or e-mailed; untick "hide personal data" on the key '
                "(Box office settings, API)",
            )
            self.add(WARN, subject, words)

    # -- BTCPay ------------------------------------------------------------------------------

    async def check_btcpay(self, api_key: str | None) -> None:
        await BTCPayChecks(self.settings, self.add, self.transport).run(api_key)
