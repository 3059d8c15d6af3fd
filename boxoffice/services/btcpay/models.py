"""BTCPay Server's objects as the till reads them: server, store, key, invoices, payments.

Tolerant of unknown enum values, unknown fields and the 1.x field names (§11); money read as
Decimal from its text, never through a float (§1). The readers are those of both services
(`boxoffice.services.fields`); a value that cannot be read raises their `UnreadableField`,
which the client turns into a `MalformedResponseError` naming the answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from boxoffice.services import fields
from boxoffice.services.btcpay.payment_methods import _is_v1, classify_payment_method
from boxoffice.services.btcpay.permissions import (
    UNRESTRICTED,
    _covered,
    _is_store_policy,
    _split_permission,
)

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
        data = fields.mapping(data, "server info")
        return cls(
            version=fields.text(data, "version") or "",
            supported_payment_methods=fields.strings(data, "supportedPaymentMethods"),
            fully_synched=fields.flag(data, "fullySynched", False),
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
        data = fields.mapping(data, "store")
        store_id = fields.text(data, "id")
        if store_id is None:
            raise fields.UnreadableField("id")
        return cls(
            id=store_id,
            name=fields.text(data, "name") or "",
            default_currency=fields.text(data, "defaultCurrency") or "USD",
            invoice_expiration=fields.truncated(data, "invoiceExpiration", 900),
            monitoring_expiration=fields.truncated(data, "monitoringExpiration", 86400),
            speed_policy=fields.text(data, "speedPolicy"),
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
        data = fields.mapping(data, "e-mail settings")
        port = data.get("port")
        return cls(
            sender=fields.text(data, "from"),
            server=fields.text(data, "server"),
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
        data = fields.mapping(data, "API key")
        # The answer also carries `apiKey`, the secret itself: it is deliberately not kept.
        return cls(
            label=fields.text(data, "label"), permissions=fields.strings(data, "permissions")
        )

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
        data = fields.mapping(data, "invoice")
        invoice_id = fields.text(data, "id")
        if invoice_id is None:
            raise fields.UnreadableField("id")
        metadata = data.get("metadata")
        if metadata is None:
            metadata = {}
        if not isinstance(metadata, dict):
            raise fields.UnreadableField("metadata")
        return cls(
            id=invoice_id,
            store_id=fields.text(data, "storeId") or "",
            # A top-up invoice has no amount until it is paid (§5.1).
            amount=fields.decimal(data, "amount") or Decimal(0),
            paid_amount=fields.decimal(data, "paidAmount"),
            currency=fields.text(data, "currency") or "",
            status=fields.text(data, "status") or "New",
            additional_status=fields.text(data, "additionalStatus") or "None",
            checkout_link=fields.text(data, "checkoutLink"),
            created_time=fields.truncated(data, "createdTime"),
            expiration_time=fields.truncated(data, "expirationTime"),
            monitoring_expiration=fields.truncated(data, "monitoringExpiration"),
            metadata=dict(metadata),
            available_statuses_for_manual_marking=fields.strings(
                data, "availableStatusesForManualMarking"
            ),
            archived=fields.flag(data, "archived", False),
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
        data = fields.mapping(data, "payment")
        return cls(
            id=fields.text(data, "id") or "",
            received_date=fields.truncated(data, "receivedDate"),
            value=fields.decimal(data, "value") or Decimal(0),
            fee=fields.decimal(data, "fee"),
            status=fields.text(data, "status") or "",
            destination=fields.text(data, "destination"),
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
        data = fields.mapping(data, "payment method")
        pmid = fields.text(data, "paymentMethodId", "paymentMethod") or ""
        currency = fields.text(data, "currency", "cryptoCode")
        if currency is None:
            # Both fields missing: the id starts with the crypto code ("BTC-CHAIN", "BTC").
            currency = re.split(r"[-_]", pmid, maxsplit=1)[0].upper()
        payments = data.get("payments") or []
        if not isinstance(payments, list):
            raise fields.UnreadableField("payments")
        return cls(
            payment_method_id=pmid,
            kind=classify_payment_method(pmid),
            currency=currency,
            destination=fields.text(data, "destination"),
            payment_link=fields.text(data, "paymentLink"),
            rate=fields.decimal(data, "rate"),
            amount=fields.decimal(data, "amount") or Decimal(0),
            due=fields.decimal(data, "due") or Decimal(0),
            payment_method_paid=fields.decimal(data, "paymentMethodPaid") or Decimal(0),
            total_paid=fields.decimal(data, "totalPaid") or Decimal(0),
            fee=fields.decimal(data, "paymentMethodFee", "networkFee"),
            activated=fields.flag(data, "activated", True),
            payments=tuple(Payment.from_api(p) for p in payments),
        )


def amount_text(amount: Decimal | int) -> str:
    """A plain decimal string for the API: never a float, never exponent notation."""
    if isinstance(amount, bool) or not isinstance(amount, Decimal | int):
        raise TypeError("amounts must be Decimal (or int), never float")
    value = Decimal(amount)
    if not value.is_finite():
        raise ValueError("amount must be a finite number")
    return format(value, "f")
