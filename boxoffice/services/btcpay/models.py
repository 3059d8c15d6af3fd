"""BTCPay Server's objects as the till reads them: server, store, key, invoices, payments.

Tolerant of unknown enum values, unknown fields and the 1.x field names (§11); money read as
Decimal from its text, never through a float (§1). A value that cannot be read raises
`_BadField`, which the client turns into a `MalformedResponseError` naming the answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from boxoffice.services.btcpay.payment_methods import _is_v1, classify_payment_method
from boxoffice.services.btcpay.permissions import (
    UNRESTRICTED,
    _covered,
    _is_store_policy,
    _split_permission,
)

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
