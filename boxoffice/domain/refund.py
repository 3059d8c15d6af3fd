"""A refund of a sale through BTCPay, as the sale records it.

BTCPay refunds an invoice by creating a pull payment, which the customer claims on its page
(the claim link, shown as a QR). The sale keeps one `Refund`: asked for (`requested`, journalled
before BTCPay is called), made (`created`, with the pull payment), or `uncertain` when BTCPay's
answer was lost and no lookup could tell whether it made one: then nobody asks again until
someone has looked in BTCPay.

Variants, as BTCPay names them (BTCPayServer.Client/Models/RefundInvoiceRequest.cs): the
bitcoin paid (`RateThen`), the invoice-currency value paid, in bitcoin at today's rate
(`CurrentRate`), the part paid over the amount (`OverpaidAmount`), or an amount staff give
(`Custom`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any


class RefundVariant(StrEnum):
    """How much BTCPay refunds; the values are BTCPay's own names."""

    RATE_THEN = "RateThen"
    CURRENT_RATE = "CurrentRate"
    OVERPAID = "OverpaidAmount"
    CUSTOM = "Custom"


class RefundStatus(StrEnum):
    """Where a refund is: asked for, made by BTCPay, or not known to have been made."""

    REQUESTED = "requested"
    CREATED = "created"
    UNCERTAIN = "uncertain"


class RefundRefused(ValueError):
    """The till will not (or BTCPay did not) refund this sale; nothing was created.

    The message is a plain sentence for staff. `by_service`: BTCPay refused (a permission, its
    own checks), rather than the till before asking it.
    """

    def __init__(self, message: str, *, by_service: bool = False) -> None:
        super().__init__(message)
        self.by_service = by_service


@dataclass(frozen=True)
class Refund:
    """One refund of a sale: what was asked, by whom and why, and what BTCPay made of it.

    `reference` is written into the pull payment's description so that a refund whose answer
    was lost can be found again among the store's pull payments. Amounts are Decimal: `asked`
    in `asked_currency` (Custom only), `amount` in `currency` (BTC for every variant but a
    Custom amount in another currency). `auto_approved` False: someone must approve the
    customer's claim in BTCPay before it is paid.
    """

    variant: RefundVariant
    status: RefundStatus
    reference: str
    requested_at: float
    staff: str | None = None
    reason: str | None = None
    asked_amount: Decimal | None = None
    asked_currency: str | None = None
    pull_payment_id: str | None = None
    amount: Decimal | None = None
    currency: str | None = None
    claim_link: str | None = None
    auto_approved: bool | None = None
    created_at: float | None = None
    #: What staff are told about it (e.g. why it is uncertain); English, as journalled.
    note: str | None = None

    def __post_init__(self) -> None:
        # The journal's text read back into the enums (an unknown value raises ValueError,
        # which sets the record aside as every other unreadable value does).
        object.__setattr__(self, "variant", RefundVariant(self.variant))
        object.__setattr__(self, "status", RefundStatus(self.status))

    @property
    def created(self) -> bool:
        return self.status is RefundStatus.CREATED

    @property
    def awaiting_approval(self) -> bool:
        """Made, but the customer's claim waits for someone to approve it in BTCPay."""
        return self.created and self.auto_approved is False

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        for name in ("asked_amount", "amount"):
            if data[name] is not None:
                data[name] = f"{data[name]:f}"
        data["variant"] = str(self.variant)
        data["status"] = str(self.status)
        return data

    @classmethod
    def from_dict(cls, data: Any) -> Refund | None:
        """The refund of a journal record; None when there is none. Fields a later version
        adds are ignored, fields an earlier one lacked are None."""
        if not data:
            return None
        if not isinstance(data, dict):
            raise ValueError("a refund is not an object")
        values: dict[str, Any] = {f.name: data.get(f.name) for f in dataclasses.fields(cls)}
        for name in ("asked_amount", "amount"):
            if values[name] is not None:
                values[name] = Decimal(str(values[name]))
        if not isinstance(values["reference"], str) or values["requested_at"] is None:
            raise ValueError("a refund without its reference or time")
        return cls(**values)
