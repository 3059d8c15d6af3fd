"""The doctor's BTCPay checks: the server, the key, the store, the permissions a sale needs,
the payment methods and whether ticket e-mails can go out (`boxoffice.app.diagnostics` runs
them with the others; the words are `Words`, as all the findings')."""

from __future__ import annotations

import httpx

from boxoffice.app.findings import BTCPAY, CHECK_TIMEOUT, FAIL, OK, WARN, Add, unusable
from boxoffice.app.settings.till import Settings
from boxoffice.services.btcpay import permissions
from boxoffice.services.btcpay.client import BTCPayClient
from boxoffice.services.errors import (
    AuthenticationError,
    NotFoundError,
    PermissionDeniedError,
    ServiceError,
)
from boxoffice.words import Words, translate

#: What a sale needs from the BTCPay key, with the words for each (reference §3).
REQUIRED_PERMISSIONS = (
    (permissions.CAN_CREATE_INVOICE, translate("Diagnostics", "create invoices")),
    (permissions.CAN_VIEW_INVOICES, translate("Diagnostics", "view invoices")),
    (
        permissions.CAN_MODIFY_INVOICES,
        translate("Diagnostics", "modify invoices (to cancel them and note the tickets)"),
    ),
)
BTCPAY_PERMISSIONS = translate("Diagnostics", "BTCPay permissions")
EMAIL = translate("Diagnostics", "E-mail")


class BTCPayChecks:
    """The BTCPay half of `Doctor`: each finding goes to `add`; nothing is written to BTCPay."""

    def __init__(
        self, settings: Settings, add: Add, transport: httpx.AsyncBaseTransport | None
    ) -> None:
        self.settings = settings
        self.add = add
        self.transport = transport

    async def run(self, api_key: str | None) -> None:
        """Server, key, store, permissions, payment methods and e-mail, one finding each."""
        subject = BTCPAY
        settings = self.settings
        missing = [
            Settings.declaration(k)
            for k in ("btcpay_url", "btcpay_store_id")
            if not settings.get(k)
        ]
        for setting in missing:
            words = translate("Diagnostics", "the {setting} is not set ({variable})")
            self.add(FAIL, subject, words.format(setting=setting.label, variable=setting.env))
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
            await self._check(client, subject)
        finally:
            await client.aclose()

    async def _check(self, client: BTCPayClient, subject: str) -> None:
        settings = self.settings
        try:
            info = await client.server_info()
        except AuthenticationError:
            words = translate(
                "Diagnostics",
                "the API key was refused; create one in BTCPay (Account, API keys) "
                "and enter it in the settings",
            )
            self.add(FAIL, subject, words)
            return
        except ServiceError as error:
            self.add(FAIL, subject, unusable(error, settings.btcpay_url))
            return
        if info.fully_synched and info.version:
            words = translate("Diagnostics", "connected to BTCPay Server {version}")
            self.add(OK, subject, words.format(version=info.version.strip()))
        elif info.fully_synched:
            self.add(OK, subject, translate("Diagnostics", "connected to BTCPay Server"))
        else:
            words = translate(
                "Diagnostics",
                "connected, but the server is not fully synched with the Bitcoin network; "
                "payments may be seen late",
            )
            self.add(WARN, subject, words)
        self._check_payment_methods(info.supported_payment_methods, subject)

        store_id = settings.btcpay_store_id
        try:
            key = await client.current_api_key()
        except ServiceError as error:
            words = translate("Diagnostics", "cannot read the API key's permissions: {detail}")
            self.add(FAIL, subject, words.format(detail=error.detail))
            return
        # The store first: a mistyped store id makes every store route answer 403 (there is
        # no 404 for a store on 2.x, BuiltInPermissionHandler.cs), which must not be read as
        # a missing permission. Staff are never told to grant one for a wrong id.
        if not await self._check_store(client, key, subject):
            return
        for permission, what in REQUIRED_PERMISSIONS:
            if not key.allows(permission, store_id):
                words = translate(
                    "Diagnostics",
                    "the API key may not {what} in store {store} ({permission}); create a key "
                    "with that permission",
                )
                values = {"what": what, "store": store_id, "permission": permission}
                self.add(FAIL, BTCPAY_PERMISSIONS, words.format(**values))
        # Optional ones only warn: the till sells without them, and says what is lost.
        for permission, words in permissions.OPTIONAL_PERMISSIONS:
            if not key.allows(permission, store_id):
                self.add(WARN, BTCPAY_PERMISSIONS, words)
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
            self.add(FAIL, subject, _unreadable_store(store_id, error))
            return True
        else:
            words = translate("Diagnostics", "store “{name}” ({currency})")
            self.add(OK, subject, words.format(name=store.name, currency=store.default_currency))
            return True
        # 403: a wrong store id, or a role that may not see the store's settings. A second
        # route tells them apart: with a wrong id it is refused too.
        try:
            invoices_work = await client.can_list_invoices()
        except ServiceError as error:
            self.add(FAIL, subject, _unreadable_store(store_id, error))
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
        if key.allows(permissions.CAN_VIEW_STORE_SETTINGS, store_id):
            why = translate(
                "Diagnostics",
                "the key lists that permission, but your role in the store does not have it",
            )
        else:
            why = translate("Diagnostics", "the key lacks that permission")
        words = translate(
            "Diagnostics",
            "the API key may not view the settings of store {store} ({permission}: {why}); "
            "selling works, but the till cannot show the store's name or check its settings",
        )
        permission = permissions.CAN_VIEW_STORE_SETTINGS
        self.add(WARN, subject, words.format(store=store_id, permission=permission, why=why))
        return True

    def _wrong_store(self, key, subject: str) -> None:
        store_id = self.settings.btcpay_store_id
        others = sorted(key.store_ids - {store_id})
        if others:
            words = translate(
                "Diagnostics",
                "store “{store}” was not found, or this key is not allowed for this store — "
                "check the Store ID (in BTCPay: Store settings, General); this key is for "
                "store {others}",
            ).format(store=store_id, others=", ".join(others))
        else:
            words = translate(
                "Diagnostics",
                "store “{store}” was not found, or this key is not allowed for this store — "
                "check the Store ID (in BTCPay: Store settings, General)",
            ).format(store=store_id)
        self.add(FAIL, subject, words)

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
            words = translate(
                "Diagnostics",
                "tickets cannot be e-mailed: the API key lacks {permission} (or, before BTCPay "
                "2.4.0, {older}). Grant it, or turn off “E-mail the tickets to the buyer”",
            )
            older = permissions.CAN_MODIFY_STORE_SETTINGS
            self.add(
                WARN, EMAIL, words.format(permission=permissions.EMAIL_PERMISSION, older=older)
            )
            return
        if not key.allows(permissions.EMAIL_SETTINGS_PERMISSION, store_id):
            words = translate(
                "Diagnostics",
                "the key may hand e-mails to BTCPay, but cannot check the store's SMTP settings "
                "(that needs {permission}); make sure SMTP is set up in BTCPay (Store settings, "
                "Emails), or the tickets may not be sent",
            )
            self.add(WARN, EMAIL, words.format(permission=permissions.EMAIL_SETTINGS_PERMISSION))
            return
        try:
            email = await client.email_settings()
        except ServiceError as error:
            words = translate(
                "Diagnostics",
                "could not check the store's e-mail (SMTP) settings ({detail}); make sure they "
                "are set in BTCPay (Store settings, Emails)",
            )
            self.add(WARN, EMAIL, words.format(detail=error.detail))
            return
        if email.configured:
            words = translate("Diagnostics", "tickets are e-mailed from {sender} (store SMTP)")
            self.add(OK, EMAIL, words.format(sender=email.sender))
        else:
            words = translate(
                "Diagnostics",
                "the store's SMTP is not configured, so ticket e-mails may not be sent (BTCPay "
                "accepts them anyway, and sends them only if the server's own SMTP may be "
                "used). Set it up in BTCPay (Store settings, Emails), or turn off “E-mail the "
                "tickets to the buyer”",
            )
            self.add(WARN, EMAIL, words)

    def _check_payment_methods(self, supported: tuple[str, ...], subject: str) -> None:
        if not supported:
            return  # an old server may not list them; the invoice will tell
        ids = [m.upper() for m in supported]
        has_ln = any(i.endswith(("-LN", "LIGHTNINGNETWORK", "LIGHTNINGLIKE")) for i in ids)
        has_chain = any(i in ("BTC", "BTC-CHAIN", "BTC-ONCHAIN") for i in ids)
        for wanted, present, method in (
            ("lightning", has_ln, translate("Diagnostics", "Lightning")),
            ("onchain", has_chain, translate("Diagnostics", "on-chain bitcoin")),
        ):
            if wanted in self.settings.payment_methods and not present:
                words = translate(
                    "Diagnostics",
                    "the server does not offer {method}, which the settings allow; set it up in "
                    "BTCPay or remove it from the payment methods",
                )
                self.add(WARN, subject, words.format(method=method))


def _unreadable_store(store_id: str, error: ServiceError) -> Words:
    words = translate("Diagnostics", "cannot read store {store}: {detail}")
    return words.format(store=store_id, detail=error.detail)
