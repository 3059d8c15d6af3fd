"""BTCPay Server Greenfield API client: server check, invoices, payment methods, store email.

Written against BTCPay Server's Greenfield OpenAPI document
(docs.btcpayserver.org/API/Greenfield/v1) and corrected where the server's own source
(github.com/btcpayserver/btcpayserver, v2.4.1) behaves otherwise. It works with 1.x and 2.x servers:

- authentication is always `Authorization: token <key>` (1.x accepts nothing else, §2);
- invoice routes are always the store-scoped `/api/v1/stores/{storeId}/invoices/...` (§0);
- money is sent and read as decimal strings, never floats (§1);
- unknown enum values, unknown fields and the 1.x field names are tolerated (§11);
- from 2.3.6 an unknown invoice (or another store's) answers 403 `missing-permission`, not
  404: a 403 for a policy the key holds is read as "no such invoice in this store"
  (BuiltInPermissionScopeProvider.cs);
- marking an invoice answers with the invoice as it was *before* the mark (2.3.6+,
  GreenfieldInvoiceController.cs `MarkInvoiceStatus`), so the invoice is read again after;
- `checkout.expirationMinutes` is sent as a JSON integer: any JSON fraction, even `15.0`, is
  refused with 422 "Invalid timespan" (BTCPayServer.Client/JsonConverters/TimeSpanJsonConverter.cs).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import quote, urlencode

import httpx

from boxoffice.services.errors import (
    FieldProblem,
    MalformedResponseError,
    NotFoundError,
    PermissionDeniedError,
    ServiceError,
    ValidationError,
)
from boxoffice.services.http import DEFAULT_TIMEOUT, RetryPolicy, ServiceClient

__all__ = [
    "EMAIL_PAIRING_PERMISSIONS",
    "EMAIL_PERMISSION",
    "EMAIL_SETTINGS_PERMISSION",
    "POS_PERMISSIONS",
    "ApiKeyInfo",
    "BTCPayClient",
    "Invoice",
    "InvoicePaymentMethod",
    "Payment",
    "ServerInfo",
    "Store",
    "authorize_url",
    "classify_payment_method",
    "field_problem",
    "payment_method_ids_for",
]

# -- permissions ------------------------------------------------------------------------------

CAN_VIEW_STORE_SETTINGS = "btcpay.store.canviewstoresettings"
CAN_MODIFY_STORE_SETTINGS = "btcpay.store.canmodifystoresettings"
CAN_VIEW_INVOICES = "btcpay.store.canviewinvoices"
CAN_CREATE_INVOICE = "btcpay.store.cancreateinvoice"
CAN_MODIFY_INVOICES = "btcpay.store.canmodifyinvoices"
CAN_MANAGE_INVOICE_STATUS = "btcpay.store.canmanageinvoicestatus"
CAN_SEND_STORE_EMAILS = "btcpay.store.cansendstoreemails"
UNRESTRICTED = "unrestricted"

#: What the app asks for when it pairs: read the store's settings, create invoices, mark them
#: (cancel / accept anyway) and edit their metadata. Not `canmodifystoresettings`, which is
#: store-admin power, unless ticket e-mails are wanted (see `EMAIL_PAIRING_PERMISSIONS`).
#: `canmanageinvoicestatus` does not exist in 2.4.1 (BTCPay Server source,
#: BTCPayServer/Hosting/BTCPayServerServices.cs); the 2.4.5 release notes name it, so it is
#: asked for in case marking needs it there. Asking is harmless: the authorize page drops the
#: policies the server does not know. It is never *required* (doctor, e-mail checks).
POS_PERMISSIONS: tuple[str, ...] = (
    CAN_VIEW_STORE_SETTINGS,
    CAN_CREATE_INVOICE,
    CAN_MODIFY_INVOICES,
    CAN_MANAGE_INVOICE_STATUS,
)

#: `POST /api/v1/stores/{storeId}/email/send` needs `cansendstoreemails` from 2.4.0 on, which
#: `canmodifystoresettings` includes; servers before 2.4.0 need `canmodifystoresettings`
#: itself (BTCPay Server source, GreenfieldStoreEmailController.cs; the OpenAPI document still
#: names the old policy). A key with either is accepted for sending.
EMAIL_PERMISSION = CAN_SEND_STORE_EMAILS
#: Asked for when pairing with ticket e-mails on: the narrow 2.4.0+ policy, and the old one
#: for servers before 2.4.0 (a 2.4 server grants both; an unknown one is dropped).
EMAIL_PAIRING_PERMISSIONS: tuple[str, ...] = (CAN_SEND_STORE_EMAILS, CAN_MODIFY_STORE_SETTINGS)
#: Reading the store's SMTP settings (`GET .../email`) needs this on every version: a key
#: that may only send cannot tell whether the store has SMTP.
EMAIL_SETTINGS_PERMISSION = CAN_MODIFY_STORE_SETTINGS

# Each store policy and the policies it grants directly, as BTCPay 2.4.1 defines them (BTCPay
# Server source, BTCPayServer/Hosting/BTCPayServerServices.cs and BTCPayServer.Client/
# Permissions.cs). Anything not listed grants only itself: a guessed inclusion would let the
# till believe a key can do what the server then refuses.
_CHILDREN: dict[str, tuple[str, ...]] = {
    CAN_MODIFY_STORE_SETTINGS: (
        "btcpay.store.canmanagepullpayments",
        CAN_MODIFY_INVOICES,
        CAN_VIEW_STORE_SETTINGS,
        "btcpay.store.webhooks.canmodifywebhooks",
        "btcpay.store.canmodifypaymentrequests",
        "btcpay.store.canmanagepayouts",
        "btcpay.store.canuselightningnode",
        CAN_SEND_STORE_EMAILS,
    ),
    CAN_MODIFY_INVOICES: (
        CAN_VIEW_INVOICES,
        CAN_CREATE_INVOICE,
        "btcpay.store.cancreatelightninginvoice",
    ),
    CAN_VIEW_STORE_SETTINGS: (
        CAN_VIEW_INVOICES,
        "btcpay.store.canviewpaymentrequests",
        "btcpay.store.canviewreports",
        "btcpay.store.canviewpullpayments",
        "btcpay.store.canviewpayouts",
    ),
    "btcpay.store.canmanagepullpayments": (
        "btcpay.store.cancreatepullpayments",
        "btcpay.store.canarchivepullpayments",
    ),
    "btcpay.store.cancreatepullpayments": ("btcpay.store.cancreatenonapprovedpullpayments",),
    "btcpay.server.canmodifyserversettings": (
        "btcpay.server.canuseinternallightningnode",
        "btcpay.server.canmanageusers",
    ),
    "btcpay.server.canuseinternallightningnode": (
        "btcpay.server.cancreatelightninginvoiceinternalnode",
        "btcpay.server.canviewlightninginvoiceinternalnode",
    ),
    "btcpay.server.canmanageusers": ("btcpay.server.cancreateuser",),
    "btcpay.user.canmodifyprofile": ("btcpay.user.canviewprofile",),
    "btcpay.user.canmanagenotificationsforuser": ("btcpay.user.canviewnotificationsforuser",),
}


def _covered(policy: str) -> set[str]:
    """`policy` and every policy below it in the inclusion tree."""
    seen: set[str] = set()
    pending = [policy]
    while pending:
        current = pending.pop()
        if current not in seen:
            seen.add(current)
            pending.extend(_CHILDREN.get(current, ()))
    return seen


def _split_permission(permission: str) -> tuple[str, str | None]:
    """`"policy:storeId"` -> (policy, storeId); an empty scope (`"policy:"`) is unscoped."""
    policy, _, scope = permission.strip().partition(":")
    return policy.lower(), (scope or None)


def _is_store_policy(policy: str) -> bool:
    return policy.startswith("btcpay.store.")


def authorize_url(
    base_url: str,
    *,
    permissions: Iterable[str],
    application_name: str,
    redirect: str | None,
    application_identifier: str | None = None,
    selective_stores: bool = True,
    strict: bool = True,
) -> str:
    """The address of BTCPay's consent page that creates an API key (reference §3).

    With `selective_stores` the user picks the store and the granted permissions come back
    scoped as `policy:storeId`, which is how a single-store app learns its store id. With a
    `redirect` the server form-POSTs `apiKey`, `userId` and `permissions[]` to it; without one
    the user copies the key from the page by hand.
    """
    query: list[tuple[str, str]] = [("permissions", p) for p in permissions]
    query.append(("applicationName", application_name))
    query.append(("strict", "true" if strict else "false"))
    query.append(("selectiveStores", "true" if selective_stores else "false"))
    if redirect:
        query.append(("redirect", redirect))
        # The server ignores the identifier without a redirect (§3), so only send it with one.
        if application_identifier:
            query.append(("applicationIdentifier", application_identifier))
    return f"{base_url.rstrip('/')}/api-keys/authorize?{urlencode(query)}"


# -- payment method ids (reference §11) -----------------------------------------------------

_LNURL_SUFFIXES = ("-lnurl", "-lnurlpay", "_lnurlpay")
_LIGHTNING_SUFFIXES = ("-ln", "-lightningnetwork", "_lightninglike", "-lightninglike")
_ONCHAIN_SUFFIXES = ("-chain", "-onchain", "_bitcoinlike", "-btclike")
# 1.x names the on-chain method of a chain by its crypto code alone: "BTC", "LTC", "LBTC".
_BARE_CRYPTO_CODE = re.compile(r"^[a-z0-9]{2,12}$")

_IDS_V2 = {"onchain": "BTC-CHAIN", "lightning": "BTC-LN", "lnurl": "BTC-LNURL"}
_IDS_V1 = {"onchain": "BTC", "lightning": "BTC-LightningNetwork", "lnurl": "BTC-LNURLPAY"}


def classify_payment_method(payment_method_id: str) -> str:
    """Classify a payment method id: "onchain", "lightning", "lnurl" or "other".

    Matched by suffix and content, without regard to case.

    Covers the 2.x ids (`BTC-CHAIN`, `BTC-LN`, `BTC-LNURL`), the 1.x ones (`BTC`,
    `BTC-LightningNetwork`, `BTC-LNURLPAY`) and the internal spellings that appear in 1.x
    `server/info` (`BTC_LightningLike`, `BTC_LNURLPAY`). Plugin ids are "other".
    """
    pmid = payment_method_id.strip().lower()
    if pmid.endswith(_LNURL_SUFFIXES):
        return "lnurl"
    if pmid.endswith(_LIGHTNING_SUFFIXES):
        return "lightning"
    if pmid.endswith(_ONCHAIN_SUFFIXES) or _BARE_CRYPTO_CODE.match(pmid):
        return "onchain"
    return "other"


def _is_v1(server_version: str | None) -> bool:
    return bool(server_version) and server_version.strip().lstrip("vV").startswith("1.")


def payment_method_ids_for(server_version: str | None, kinds: Sequence[str]) -> list[str]:
    """The ids to send in `checkout.paymentMethods` for the given kinds on this server version.

    1.x servers get `BTC` / `BTC-LightningNetwork` (/ `BTC-LNURLPAY`); everything else gets the
    2.x ids. 2.x also accepts the old spellings, but sending its own ids keeps its answers and
    our requests in the same vocabulary (reference §11).
    """
    table = _IDS_V1 if _is_v1(server_version) else _IDS_V2
    ids: list[str] = []
    for kind in kinds:
        if kind not in table:
            raise ValueError(f"unknown payment method kind {kind!r}; use one of {sorted(table)}")
        if table[kind] not in ids:
            ids.append(table[kind])
    return ids


# -- parsing helpers ------------------------------------------------------------------------


class _BadField(ValueError):
    """A field of an answer has a value this client cannot read. Names the field, not the value
    (values may be anything the server sent, and a text of an error must stay short and safe)."""

    def __init__(self, name: str) -> None:
        super().__init__(f"field {name!r} has an unexpected value")


def _decimal(data: Mapping[str, Any], *names: str) -> Decimal | None:
    """The first present field of `names` as a Decimal; None when absent, null or empty.

    Amounts arrive as strings with any number of decimals ("5", "5.0", "5.00", reference §1);
    a JSON number is read through its text so no float rounding creeps in.
    """
    for name in names:
        value = data.get(name)
        if value is None or value == "":
            continue
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise _BadField(name)
        text = value.strip() if isinstance(value, str) else str(value)
        if len(text) > _MAX_NUMBER_TEXT:
            raise _BadField(name)
        try:
            number = Decimal(text)
        except (InvalidOperation, TypeError, ValueError):
            raise _BadField(name) from None
        # "1e999999999" is a finite Decimal, but no amount or time is anywhere near it (and
        # int() of it would never finish).
        if not number.is_finite() or number.adjusted() > _MAX_EXPONENT:
            raise _BadField(name)
        return number
    return None


#: Longest numeric text read (a satoshi-precise amount has fewer than 30 characters).
_MAX_NUMBER_TEXT = 60
#: Largest power of ten in an amount or a time (Unix milliseconds are about 10^12).
_MAX_EXPONENT = 18


def _flag(data: Mapping[str, Any], name: str, default: bool) -> bool:
    """A boolean field; also "true"/"false" and 1/0, which proxies and old versions send.

    Never `bool()` of the value: the string "false" would be true.
    """
    value = data.get(name)
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return value == 1
    if isinstance(value, str) and value.strip().lower() in ("true", "false", "1", "0"):
        return value.strip().lower() in ("true", "1")
    raise _BadField(name)


def _whole(data: Mapping[str, Any], name: str, default: int | None = None) -> int | None:
    """A whole number (a Unix time, a duration) read like an amount, fraction dropped (§1).

    `default` when absent, null or empty. Through `_decimal`, so infinity (a JSON `1e999`)
    is refused as a bad field rather than escaping as an OverflowError.
    """
    number = _decimal(data, name)
    return default if number is None else int(number)


def _text(data: Mapping[str, Any], *names: str) -> str | None:
    """The first present, non-empty field of `names` as a string, else None."""
    for name in names:
        value = data.get(name)
        if value is None or value == "":
            continue
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            raise _BadField(name)
        return str(value)
    return None


def _strings(data: Mapping[str, Any], name: str) -> tuple[str, ...]:
    value = data.get(name)
    if value is None:
        return ()
    if not isinstance(value, list):
        raise _BadField(name)
    return tuple(str(item) for item in value if item is not None)


def _object(data: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise _BadField(what)
    return data


# -- data -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ServerInfo:
    """`GET /api/v1/server/info` (reference §4): version, payment method ids, sync state."""

    version: str
    supported_payment_methods: tuple[str, ...]
    fully_synched: bool

    @property
    def is_v1(self) -> bool:
        """True for a 1.x server, which speaks the old payment method ids (§11)."""
        return _is_v1(self.version)

    @classmethod
    def from_api(cls, data: Any) -> ServerInfo:
        data = _object(data, "server info")
        return cls(
            version=_text(data, "version") or "",
            supported_payment_methods=_strings(data, "supportedPaymentMethods"),
            fully_synched=_flag(data, "fullySynched", False),
        )


@dataclass(frozen=True)
class Store:
    """The settings of a store that matter to a till (reference §4). Durations in seconds."""

    id: str
    name: str
    default_currency: str
    invoice_expiration: int
    monitoring_expiration: int
    speed_policy: str | None

    @classmethod
    def from_api(cls, data: Any) -> Store:
        data = _object(data, "store")
        store_id = _text(data, "id")
        if store_id is None:
            raise _BadField("id")
        return cls(
            id=store_id,
            name=_text(data, "name") or "",
            default_currency=_text(data, "defaultCurrency") or "USD",
            invoice_expiration=_whole(data, "invoiceExpiration", 900),
            monitoring_expiration=_whole(data, "monitoringExpiration", 86400),
            speed_policy=_text(data, "speedPolicy"),
        )


@dataclass(frozen=True)
class StoreEmailSettings:
    """The store's SMTP settings (`GET .../email`, needs `canmodifystoresettings`).

    The password itself is never sent, only whether one is set. Ticket e-mails go through
    `POST .../email/send`, which answers 200 whatever these say: with no SMTP of its own the
    store may use the server's SMTP, or the mail is silently dropped (BTCPay Server source,
    BTCPayServer/Plugins/Emails/Services/EmailSenderFactory.cs). So "not configured" means
    "may not be sent", not "cannot be sent".
    """

    sender: str | None
    server: str | None
    port: int | None
    password_set: bool

    @property
    def configured(self) -> bool:
        return bool(self.sender and self.server)

    @classmethod
    def from_api(cls, data: Any) -> StoreEmailSettings:
        data = _object(data, "e-mail settings")
        port = data.get("port")
        return cls(
            sender=_text(data, "from"),
            server=_text(data, "server"),
            port=port if isinstance(port, int) and not isinstance(port, bool) else None,
            password_set=data.get("passwordSet") is True,
        )


@dataclass(frozen=True)
class ApiKeyInfo:
    """What `GET /api/v1/api-keys/current` says about the key in use (never the key itself).

    Permissions are as the server lists them: `policy` applies to every store of the key's
    owner, `policy:storeId` to that store only (reference §3).
    """

    label: str | None
    permissions: tuple[str, ...]

    @classmethod
    def from_api(cls, data: Any) -> ApiKeyInfo:
        data = _object(data, "API key")
        # The answer also carries `apiKey`, the secret itself: it is deliberately not kept.
        return cls(label=_text(data, "label"), permissions=_strings(data, "permissions"))

    def allows(self, permission: str, store_id: str | None = None) -> bool:
        """Whether the key grants `permission` (for `store_id`), as the server decides it.

        A policy grants every policy below it (`canmodifyinvoices` grants `canviewinvoices`
        and `cancreateinvoice`; `unrestricted` grants everything). A grant scoped to one store
        covers only that store, so with `store_id=None` only unscoped grants count.
        `permission` may carry its own scope (`"policy:storeId"`).
        """
        wanted, scope = _split_permission(permission)
        store_id = store_id or scope
        for granted in self.permissions:
            policy, granted_scope = _split_permission(granted)
            if policy == UNRESTRICTED:
                return True
            if wanted not in _covered(policy):
                continue
            if not _is_store_policy(wanted) or granted_scope is None:
                return True
            if store_id is not None and granted_scope == store_id:
                return True
        return False

    @property
    def store_ids(self) -> set[str]:
        """The stores named in scoped store permissions (how a paired key reveals its store)."""
        ids = set()
        for granted in self.permissions:
            policy, scope = _split_permission(granted)
            if scope and _is_store_policy(policy):
                ids.add(scope)
        return ids

    def missing(self, permissions: Iterable[str], store_id: str | None = None) -> list[str]:
        """Those of `permissions` the key does not grant (for `store_id`)."""
        return [p for p in permissions if not self.allows(p, store_id)]


@dataclass(frozen=True)
class Invoice:
    """A Greenfield invoice (`InvoiceData`, reference §5.2).

    `status` and `additional_status` are kept as the server's strings, so a value added by a
    later server version does not break the client. `paid_amount` is None before 2.1.2.
    """

    id: str
    store_id: str
    amount: Decimal
    paid_amount: Decimal | None
    currency: str
    status: str
    additional_status: str
    checkout_link: str | None
    created_time: int | None
    expiration_time: int | None
    monitoring_expiration: int | None
    metadata: dict
    available_statuses_for_manual_marking: tuple[str, ...]
    archived: bool
    raw: dict = field(compare=False, repr=False)

    @property
    def order_id(self) -> str | None:
        value = self.metadata.get("orderId")
        return value if isinstance(value, str) else None

    @classmethod
    def from_api(cls, data: Any) -> Invoice:
        data = _object(data, "invoice")
        invoice_id = _text(data, "id")
        if invoice_id is None:
            raise _BadField("id")
        metadata = data.get("metadata")
        if metadata is None:
            metadata = {}
        if not isinstance(metadata, dict):
            raise _BadField("metadata")
        return cls(
            id=invoice_id,
            store_id=_text(data, "storeId") or "",
            # A top-up invoice has no amount until it is paid (§5.1).
            amount=_decimal(data, "amount") or Decimal(0),
            paid_amount=_decimal(data, "paidAmount"),
            currency=_text(data, "currency") or "",
            status=_text(data, "status") or "New",
            additional_status=_text(data, "additionalStatus") or "None",
            checkout_link=_text(data, "checkoutLink"),
            created_time=_whole(data, "createdTime"),
            expiration_time=_whole(data, "expirationTime"),
            monitoring_expiration=_whole(data, "monitoringExpiration"),
            metadata=dict(metadata),
            available_statuses_for_manual_marking=_strings(
                data, "availableStatusesForManualMarking"
            ),
            archived=_flag(data, "archived", False),
            raw=dict(data),
        )


@dataclass(frozen=True)
class Payment:
    """One payment received on a payment method (`status`: Processing, Settled, Invalid, ...)."""

    id: str
    received_date: int | None
    value: Decimal
    fee: Decimal | None
    status: str
    destination: str | None

    @classmethod
    def from_api(cls, data: Any) -> Payment:
        data = _object(data, "payment")
        return cls(
            id=_text(data, "id") or "",
            received_date=_whole(data, "receivedDate"),
            value=_decimal(data, "value") or Decimal(0),
            fee=_decimal(data, "fee"),
            status=_text(data, "status") or "",
            destination=_text(data, "destination"),
        )


@dataclass(frozen=True)
class InvoicePaymentMethod:
    """One way to pay an invoice (reference §5.4), from 2.x or 1.x field names.

    `payment_method_id` is exactly what the server sent; `kind` is its classification.
    Amounts are in the method's currency (BTC). `due` is negative when overpaid. An empty
    `destination` or `payment_link` (a method not activated yet) is None.
    """

    payment_method_id: str
    kind: str
    currency: str
    destination: str | None
    payment_link: str | None
    rate: Decimal | None
    amount: Decimal
    due: Decimal
    payment_method_paid: Decimal
    total_paid: Decimal
    fee: Decimal | None
    activated: bool
    payments: tuple[Payment, ...]

    @classmethod
    def from_api(cls, data: Any) -> InvoicePaymentMethod:
        data = _object(data, "payment method")
        pmid = _text(data, "paymentMethodId", "paymentMethod") or ""
        currency = _text(data, "currency", "cryptoCode")
        if currency is None:
            # Both fields missing: the id starts with the crypto code ("BTC-CHAIN", "BTC").
            currency = re.split(r"[-_]", pmid, maxsplit=1)[0].upper()
        payments = data.get("payments") or []
        if not isinstance(payments, list):
            raise _BadField("payments")
        return cls(
            payment_method_id=pmid,
            kind=classify_payment_method(pmid),
            currency=currency,
            destination=_text(data, "destination"),
            payment_link=_text(data, "paymentLink"),
            rate=_decimal(data, "rate"),
            amount=_decimal(data, "amount") or Decimal(0),
            due=_decimal(data, "due") or Decimal(0),
            payment_method_paid=_decimal(data, "paymentMethodPaid") or Decimal(0),
            total_paid=_decimal(data, "totalPaid") or Decimal(0),
            fee=_decimal(data, "paymentMethodFee", "networkFee"),
            activated=_flag(data, "activated", True),
            payments=tuple(Payment.from_api(p) for p in payments),
        )


# -- the client -----------------------------------------------------------------------------


class _TokenAuth(httpx.Auth):
    """`Authorization: token <key>`: the scheme every Greenfield version accepts (§2).

    Kept in an auth object rather than default headers so the key is attached per request and
    never shows up in a repr.
    """

    def __init__(self, api_key: str) -> None:
        self._header = f"token {api_key}"

    def auth_flow(self, request: httpx.Request):
        request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return "_TokenAuth(***)"


def _amount_text(amount: Decimal | int) -> str:
    """A plain decimal string for the API: never a float, never exponent notation."""
    if isinstance(amount, bool) or not isinstance(amount, Decimal | int):
        raise TypeError("amounts must be Decimal (or int), never float")
    value = Decimal(amount)
    if not value.is_finite():
        raise ValueError("amount must be a finite number")
    return format(value, "f")


def _minutes(value: int | Decimal) -> int:
    """A duration in whole minutes, as a JSON integer.

    BTCPay reads `expirationMinutes` / `monitoringMinutes` through a TimeSpan converter that
    takes an integer token or a TimeSpan string, and refuses every JSON float, `15.0`
    included, with 422 "Invalid timespan" (BTCPay Server source,
    BTCPayServer.Client/JsonConverters/TimeSpanJsonConverter.cs). A fraction is rounded *up*,
    so the customer never gets less time than the setting says.
    """
    if isinstance(value, bool) or not isinstance(value, int | Decimal | float):
        raise TypeError("minutes must be a number")
    number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    if not number.is_finite():
        raise ValueError("minutes must be a finite number")
    return math.ceil(number)


def field_problem(error: ValidationError, name: str) -> FieldProblem | None:
    """The problem a 422 reports for the field `name`, if any.

    Greenfield writes JSON paths for converter errors (`checkout.expirationMinutes`) but C#
    property paths for its own checks (`Checkout.Expiration`, `Status`, `Email`), so paths are
    compared without regard to case, on their last segment (BTCPay Server source,
    BTCPayServer/Extensions/ModelStateExtensions.cs, Filters/JsonObjectExceptionFilter.cs).
    """
    wanted = name.rsplit(".", 1)[-1].lower()
    for problem in getattr(error, "problems", ()):
        if problem.path and problem.path.rsplit(".", 1)[-1].lower() == wanted:
            return problem
    return None


#: Invoices fetched per page when listing.
DEFAULT_PAGE_SIZE = 100


class BTCPayClient(ServiceClient):
    """Async client for one store of a BTCPay Server, through its Greenfield API.

    Reads are retried on transient failures; writes (create, mark, update, email) are sent
    once, and an `UnavailableError` from one means the outcome is unknown (reference §8:
    look the invoice up by `metadata.orderId` before creating another).
    """

    service = "BTCPay"

    def __init__(
        self,
        base_url: str,
        api_key: str,
        store_id: str,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
    ) -> None:
        api_key = (api_key or "").strip()
        if not api_key:
            raise ValueError("a BTCPay API key is required")
        if not store_id:
            raise ValueError("a BTCPay store id is required")
        super().__init__(
            base_url,
            auth=_TokenAuth(api_key),
            secret=api_key,
            timeout=timeout,
            transport=transport,
            retry=retry,
        )
        self.store_id = store_id
        # What the key may do, read once when a 403 on an invoice route must be told apart
        # from "no such invoice"; never the key itself.
        self._key_info: ApiKeyInfo | None = None

    def __repr__(self) -> str:
        return f"BTCPayClient(base_url={self.base_url!r}, store_id={self.store_id!r})"

    # -- paths --------------------------------------------------------------------------

    @property
    def _store_path(self) -> str:
        return f"/api/v1/stores/{quote(self.store_id, safe='')}"

    def _invoice_path(self, invoice_id: str, suffix: str = "") -> str:
        if not invoice_id:
            raise ValueError("an invoice id is required")
        return f"{self._store_path}/invoices/{quote(invoice_id, safe='')}{suffix}"

    # -- errors -------------------------------------------------------------------------

    def error_from_response(self, response: httpx.Response, body: Any) -> ServiceError:
        """Read Greenfield's error bodies (reference §9).

        422: a JSON array of `{path, message}`; other 4xx: `{code, message}`, with
        `missingPermission` on a 403.
        """
        if isinstance(body, list):
            problems = [
                FieldProblem(
                    path=str(item["path"]) if item.get("path") not in (None, "") else None,
                    message=str(item.get("message") or "invalid value"),
                )
                for item in body
                if isinstance(item, dict)
            ]
            message = "; ".join(f"{p.path}: {p.message}" if p.path else p.message for p in problems)
            return self.error_for_status(
                response, message or "the request was refused as invalid", problems=problems
            )
        code = permission = message = None
        if isinstance(body, dict):
            code = body.get("code") if isinstance(body.get("code"), str) else None
            if isinstance(body.get("missingPermission"), str):
                permission = body["missingPermission"]
            if isinstance(body.get("message"), str) and body["message"].strip():
                message = body["message"].strip()
        if message is None:
            message = code or response.reason_phrase or "request failed"
        if response.status_code == 410 and code == "unsupported-in-v2":
            message = f"this BTCPay version no longer offers this ({message})"
        return self.error_for_status(response, message, code=code, permission=permission)

    def _parse(self, factory, data: Any, what: str):
        try:
            return factory(data)
        except (
            _BadField,
            KeyError,
            TypeError,
            ValueError,
            AttributeError,
            ArithmeticError,
            RecursionError,
        ) as exc:
            reason = str(exc) if isinstance(exc, _BadField) else type(exc).__name__
            raise MalformedResponseError(
                self.service, f"the answer for {what} could not be read: {reason}"
            ) from None

    # -- server and store ---------------------------------------------------------------

    async def server_info(self) -> ServerInfo:
        """Version, sync state and supported payment method ids (any valid key may ask)."""
        body = await self.request("GET", "/api/v1/server/info")
        return self._parse(ServerInfo.from_api, body, "the server info")

    async def get_store(self) -> Store:
        """The store's settings (`canviewstoresettings`)."""
        body = await self.request("GET", self._store_path)
        return self._parse(Store.from_api, body, "the store")

    async def email_settings(self) -> StoreEmailSettings:
        """The store's SMTP settings; needs `EMAIL_SETTINGS_PERMISSION` on every version.

        Never call this with a key that may only send: it answers 403 (B20 in the module
        notes: reading the settings is store-admin power).
        """
        body = await self.request("GET", f"{self._store_path}/email")
        return self._parse(StoreEmailSettings.from_api, body, "the store's e-mail settings")

    async def current_api_key(self) -> ApiKeyInfo:
        """Label and permissions of the key in use; any valid key may ask (§2)."""
        body = await self.request("GET", "/api/v1/api-keys/current")
        self._key_info = self._parse(ApiKeyInfo.from_api, body, "the API key")
        return self._key_info

    async def _invoice_request(self, method: str, invoice_id: str, suffix: str = "", **kw):
        """A request on an invoice route, with BTCPay's 403-for-unknown-invoice undone.

        From 2.3.6 the permission check looks up the invoice's store first; no invoice, or
        another store's, fails it with 403 `missing-permission` naming the route's policy
        (BTCPay Server source, BTCPayServer/Security/BuiltInPermissionScopeProvider.cs). Old
        expired invoices are deleted after six months, so this happens to real sales. When the
        key does hold that policy for this store, the 403 can only mean "no such invoice
        here": it becomes a `NotFoundError` (code `invoice-not-found`), so that nobody is
        told to change a key that is fine. If the key's permissions cannot be read, the 403
        stays what it is.
        """
        try:
            return await self.request(method, self._invoice_path(invoice_id, suffix), **kw)
        except PermissionDeniedError as error:
            raise await self._missing_invoice_or(error, invoice_id) from None

    async def _missing_invoice_or(
        self, error: PermissionDeniedError, invoice_id: str
    ) -> ServiceError:
        if not error.permission:
            return error
        key = self._key_info
        if key is None:
            try:
                key = await self.current_api_key()
            except ServiceError:
                return error
        if not key.allows(error.permission, self.store_id):
            return error
        return NotFoundError(
            self.service,
            f"there is no invoice {invoice_id} in store {self.store_id} (it may have been "
            "deleted: BTCPay removes old expired invoices)",
            status=error.status,
            code="invoice-not-found",
        )

    # -- invoices -----------------------------------------------------------------------

    async def create_invoice(
        self,
        *,
        amount: Decimal,
        currency: str,
        metadata: dict,
        expiration_minutes: int | None = None,
        payment_methods: Sequence[str] | None = None,
        speed_policy: str | None = None,
        monitoring_minutes: int | None = None,
    ) -> Invoice:
        """Create an invoice (§5.1). Sent once: on `UnavailableError` look it up by orderId.

        Payment methods are always activated at once (`lazyPaymentMethods: false`) so the
        address and BOLT11 exist for the QR. Only the checkout options given are sent; the
        store's settings apply to the rest. Durations are whole minutes (see `_minutes`); the
        invoice's `expirationTime` says when it ends, never the echoed `expirationMinutes`,
        which the server truncates (GreenfieldInvoiceController.cs `ToModel`).
        """
        checkout: dict[str, Any] = {"lazyPaymentMethods": False}
        if speed_policy is not None:
            checkout["speedPolicy"] = speed_policy
        if payment_methods is not None:
            checkout["paymentMethods"] = list(payment_methods)
        if expiration_minutes is not None:
            checkout["expirationMinutes"] = _minutes(expiration_minutes)
        if monitoring_minutes is not None:
            checkout["monitoringMinutes"] = _minutes(monitoring_minutes)
        payload = {
            "amount": _amount_text(amount),
            "currency": currency.strip().upper(),
            "metadata": metadata,
            "checkout": checkout,
        }
        body = await self.request("POST", f"{self._store_path}/invoices", json_body=payload)
        return self._parse(Invoice.from_api, body, "the new invoice")

    async def get_invoice(self, invoice_id: str) -> Invoice:
        """One invoice (`canviewinvoices`); `NotFoundError` if this store has no such invoice
        (a 404 from servers before 2.3.6, a 403 from later ones, see `_invoice_request`)."""
        body = await self._invoice_request("GET", invoice_id)
        return self._parse(Invoice.from_api, body, "the invoice")

    async def list_invoices(
        self,
        *,
        order_ids: Sequence[str] | None = None,
        statuses: Sequence[str] | None = None,
        text_search: str | None = None,
        take: int | None = None,
    ) -> list[Invoice]:
        """Every invoice matching the filters, newest first, fetched page by page.

        `take` is the page size (default 100); pages are requested with `skip` until one comes
        back short. `orderId` and `status` are repeated once per value (§5.3).
        """
        page_size = take or DEFAULT_PAGE_SIZE
        if page_size < 1:
            raise ValueError("take must be at least 1")
        filters: list[tuple[str, str]] = [("orderId", o) for o in order_ids or ()]
        filters += [("status", s) for s in statuses or ()]
        if text_search:
            filters.append(("textSearch", text_search))
        invoices: list[Invoice] = []
        seen: set[str] = set()
        skip = 0
        while True:
            params = [*filters, ("skip", str(skip)), ("take", str(page_size))]
            body = await self.request("GET", f"{self._store_path}/invoices", params=params)
            if not isinstance(body, list):
                raise MalformedResponseError(
                    self.service, "the invoice list is not a list; is the URL right?"
                )
            added = 0
            for item in body:
                invoice = self._parse(Invoice.from_api, item, "an invoice in the list")
                # A new invoice between two pages shifts the list by one: skip the repeat.
                if invoice.id not in seen:
                    seen.add(invoice.id)
                    invoices.append(invoice)
                    added += 1
            # Stop on a short page, and on a page of repeats (a server that ignores `skip`).
            if len(body) < page_size or added == 0:
                return invoices
            skip += len(body)

    async def can_list_invoices(self) -> bool:
        """Whether the key may list this store's invoices: one page of one, never more.

        For telling a mistyped store id (every store route is 403) from a role that may not
        see the store's settings (invoices still work): BTCPay answers an unknown store with
        403, never 404 (BuiltInPermissionHandler.cs). Raises for anything but 2xx or 403.
        """
        try:
            await self.request(
                "GET", f"{self._store_path}/invoices", params=[("skip", "0"), ("take", "1")]
            )
        except PermissionDeniedError:
            return False
        return True

    async def get_payment_methods(self, invoice_id: str) -> list[InvoicePaymentMethod]:
        """The invoice's payment methods with address / BOLT11, amounts due and payments."""
        body = await self._invoice_request("GET", invoice_id, "/payment-methods")
        if not isinstance(body, list):
            raise MalformedResponseError(self.service, "the payment methods are not a list")
        return [self._parse(InvoicePaymentMethod.from_api, m, "a payment method") for m in body]

    async def mark_invoice_status(self, invoice_id: str, status: str) -> Invoice:
        """Mark an invoice "Invalid" (cancel) or "Settled" (accept anyway); return it as it is
        after the mark.

        Allowed only for the statuses in `available_statuses_for_manual_marking`; otherwise
        the server answers 422 at path `Status` (`ValidationError`). From 2.3.6 the 200 body
        is the invoice as it was *before* the mark (the action serialises the entity loaded
        before it ran; BTCPay Server source, GreenfieldInvoiceController.cs
        `MarkInvoiceStatus`, BTCPayServer/Security/SetContextFilter.cs), so the body is only
        taken as "accepted" and the invoice is read again. If that read fails, the mark is
        done but its result unknown: the error propagates, and the caller looks it up.
        """
        await self._invoice_request(
            "POST", invoice_id, "/status", json_body={"status": status}, expect_json=False
        )
        return await self.get_invoice(invoice_id)

    async def update_invoice_metadata(self, invoice_id: str, changes: dict) -> Invoice:
        """Merge `changes` into the invoice's metadata and store the result.

        `PUT` replaces the whole metadata object (§5.7), so the current metadata is read
        first and written back with the changes applied on top.
        """
        _before, updated = await self.merge_invoice_metadata(invoice_id, changes)
        return updated

    async def merge_invoice_metadata(self, invoice_id: str, changes: dict) -> tuple[dict, Invoice]:
        """As `update_invoice_metadata`, also giving the metadata as it was before the write
        (what another till may have recorded there first)."""
        current = await self.get_invoice(invoice_id)
        merged = {**current.metadata, **changes}
        body = await self._invoice_request("PUT", invoice_id, json_body={"metadata": merged})
        return dict(current.metadata), self._parse(Invoice.from_api, body, "the updated invoice")

    # -- email --------------------------------------------------------------------------

    async def send_email(self, *, to: str, subject: str, body: str) -> None:
        """Hand an e-mail to BTCPay for sending through the store's (or server's) SMTP.

        `body` is HTML: the server puts it in the mail's HTML part and sends no text part
        (BTCPay Server source, BTCPayServer/Plugins/Emails/Services/EmailSender.cs,
        `isHtml: true`; the OpenAPI document's "plain text" is wrong). Needs
        `EMAIL_PERMISSION` (2.4.0+) or `canmodifystoresettings`.

        A 200 with an empty body means only "queued": the server answers it whatever happens
        next and drops the mail if no SMTP is configured; there is no "SMTP not configured"
        answer on any version (GreenfieldStoreEmailController.cs). A bad address is 422 at
        path `Email` (`ValidationError`).
        """
        await self.request(
            "POST",
            f"{self._store_path}/email/send",
            json_body={"email": to, "subject": subject, "body": body},
            expect_json=False,
        )
