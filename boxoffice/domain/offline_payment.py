"""How a sale was paid: bitcoin (an invoice), cash taken at the till, or complimentary.

Cash and complimentary tickets are staff-only ways of selling: the seats are held in Ticket
Tailor and issued from the hold as for any sale, but no invoice is made and BTCPay is never
asked anything (the money, if any, is in the till's drawer). The sale keeps one
`OfflinePayment` saying which, who at the till recorded it, when, and for complimentary
tickets why. A sale without one (every sale of older versions) was paid in bitcoin.

A complimentary sale's order carries a price of 0 (`complimentary_order`): nobody paid, so no
receipt, ticket e-mail or report may show a price. A cash sale's order keeps the door price,
and `amount` is what staff confirmed taking (the order's total, in the event's currency).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from boxoffice.domain.buyer import clean_text
from boxoffice.domain.money import normalize
from boxoffice.domain.order import Order
from boxoffice.words import translate

#: The longest reason or staff name kept (a reason is a few words, not a letter).
MAX_TEXT = 200


class PaymentKind(StrEnum):
    """How a sale was paid. Journalled by value."""

    BITCOIN = "bitcoin"
    CASH = "cash"
    COMPLIMENTARY = "complimentary"


class OfflinePaymentProblem(ValueError):
    """A cash or complimentary sale cannot be recorded as asked (a plain sentence for staff)."""


@dataclass(frozen=True)
class OfflinePayment:
    """A sale paid without bitcoin: cash (with the amount taken) or complimentary (with why).

    `staff` is who recorded it (the staff name given at the till, else the till's device
    name); `recorded_at` is when (unix seconds).
    """

    kind: PaymentKind
    staff: str
    recorded_at: float
    reason: str | None = None
    amount: Decimal | None = None
    currency: str | None = None

    def __post_init__(self) -> None:
        # Read from a journal, the kind is text: an unknown one raises ValueError, which sets
        # the record aside rather than guessing how it was paid.
        kind = PaymentKind(self.kind)
        object.__setattr__(self, "kind", kind)
        if kind is PaymentKind.BITCOIN:
            raise ValueError("a bitcoin payment is an invoice, not an offline payment")
        if kind is PaymentKind.COMPLIMENTARY and not (self.reason or "").strip():
            raise OfflinePaymentProblem(
                translate("OfflinePayment", "Give a reason for the complimentary tickets.")
            )
        if kind is PaymentKind.CASH and self.amount is None:
            raise ValueError("a cash payment records the amount taken")

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["kind"] = str(self.kind)
        if self.amount is not None:
            data["amount"] = f"{self.amount:f}"
        return data

    @classmethod
    def from_dict(cls, data: object) -> OfflinePayment | None:
        """The journal's form back; None when there is none (a bitcoin sale, or a record of
        a version before this one). Raises ValueError for a damaged one."""
        if data is None:
            return None
        if not isinstance(data, dict):
            raise ValueError("the offline payment is not an object")
        try:
            amount = data.get("amount")
            return cls(
                kind=PaymentKind(str(data["kind"])),
                staff=str(data.get("staff") or ""),
                recorded_at=float(data.get("recorded_at") or 0.0),
                reason=str(data["reason"]) if data.get("reason") is not None else None,
                amount=Decimal(str(amount)) if amount is not None else None,
                currency=str(data["currency"]) if data.get("currency") is not None else None,
            )
        except (KeyError, TypeError, InvalidOperation) as error:
            raise ValueError(f"the offline payment cannot be read: {error}") from error


def cash_payment(order: Order, *, staff: str, taken: Decimal, now: float) -> OfflinePayment:
    """The record of `taken` in cash for `order`; raises OfflinePaymentProblem unless it is
    exactly the order's total (staff confirm the amount they took before anything is held)."""
    total = normalize(order.total, order.currency)
    try:
        exact = normalize(taken, order.currency) == total
    except ValueError:  # more decimals than the currency has
        exact = False
    if not exact:
        raise OfflinePaymentProblem(
            translate(
                "OfflinePayment", "The cash taken must be the total, {total} {currency}."
            ).format(total=f"{total:f}", currency=order.currency)
        )
    if total <= 0:
        raise OfflinePaymentProblem(
            translate("OfflinePayment", "These tickets are free: there is no cash to take.")
        )
    return OfflinePayment(
        PaymentKind.CASH, _staff(staff), now, amount=total, currency=order.currency
    )


def complimentary_payment(*, staff: str, reason: str | None, now: float) -> OfflinePayment:
    """The record of complimentary tickets; raises OfflinePaymentProblem without a reason."""
    text = clean_text(reason or "")[:MAX_TEXT].strip()
    return OfflinePayment(PaymentKind.COMPLIMENTARY, _staff(staff), now, reason=text or None)


def complimentary_order(order: Order) -> Order:
    """`order` given away: the same seats and names, at a price of 0."""
    lines = tuple(dataclasses.replace(line, unit_price=Decimal(0)) for line in order.lines)
    return dataclasses.replace(order, lines=lines)


def _staff(name: str) -> str:
    text = clean_text(name or "")[:MAX_TEXT].strip()
    if not text:
        raise ValueError("an offline payment records who took it")
    return text
