"""An order: what the customer wants, checked against the catalogue before anything is reserved.

Every limit is enforced here, before a hold is asked for: per-type `min_per_order` and
`max_per_order`, the ticket group's `max_per_order`, availability, access codes, and the buyer's
details. Ticket Tailor's hold remains the final word on availability (another till may sell the
last seat meanwhile; developers.tickettailor.com, "create a hold").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from boxoffice.domain.buyer import clean_text, ticket_name, validate_email, validate_name
from boxoffice.domain.cart import cart_problems, chosen
from boxoffice.domain.money import normalize
from boxoffice.words import translate

if TYPE_CHECKING:
    from boxoffice.domain.catalogue import Catalogue
    from boxoffice.domain.checkout import CheckoutSettings


@dataclass(frozen=True)
class OrderLine:
    """A quantity of one ticket type at the price the customer pays (overrides applied)."""

    ticket_type_id: str
    name: str
    quantity: int
    unit_price: Decimal

    @property
    def total(self) -> Decimal:
        return self.unit_price * self.quantity


@dataclass(frozen=True)
class Buyer:
    """The buyer's details as entered (trimmed); None when left empty."""

    name: str | None
    email: str | None


@dataclass(frozen=True)
class Order:
    """A checked order for one event, ready to be reserved and billed."""

    event_id: str
    event_name: str
    currency: str
    lines: tuple[OrderLine, ...]
    buyer: Buyer
    #: The name sent to Ticket Tailor (placeholder rules applied).
    full_name: str
    #: Ticket Tailor's formatted start of the event, for the ticket e-mail and receipts.
    event_start: str | None = None
    venue: str | None = None
    # The code of the window's language when the order was made ("de"): the ticket e-mail
    # speaks it, even when sent later. None (the command line): English. (Not a `#:` comment:
    # lupdate would hand it to the translators of the next message.)
    language: str | None = None
    # A continuation (a new invoice for the rest after a partial payment then expiry, see
    # `boxoffice.engine.resolutions`): what the customer paid on the earlier sale(s), in the
    # event's currency as BTCPay valued it, and the sale this one continues. Orders written
    # before these fields read as 0 and None.
    paid_before: Decimal = Decimal(0)
    continues: str | None = None

    @property
    def total(self) -> Decimal:
        """The tickets' full price (a continuation's too: the report counts it once, there)."""
        total = sum((line.total for line in self.lines), Decimal(0))
        return normalize(total, self.currency)

    @property
    def amount_due(self) -> Decimal:
        """What this order's invoice asks for: the full price less what was paid before."""
        return normalize(self.total - self.paid_before, self.currency)

    @property
    def seats(self) -> int:
        return sum(line.quantity for line in self.lines)

    @property
    def quantities(self) -> dict[str, int]:
        """Seats per ticket type id, as a hold wants them."""
        counts: dict[str, int] = {}
        for line in self.lines:
            counts[line.ticket_type_id] = counts.get(line.ticket_type_id, 0) + line.quantity
        return counts

    def line(self, ticket_type_id: str) -> OrderLine | None:
        for line in self.lines:
            if line.ticket_type_id == ticket_type_id:
                return line
        return None

    @property
    def summary(self) -> str:
        """ "2 × General Admission, 1 × VIP" """
        return ", ".join(f"{line.quantity} × {line.name}" for line in self.lines)


class OrderProblem(ValueError):
    """One clear sentence for the person at the till (`Words`, context "Order", or a cart
    problem's: its `args[0]`).

    `field` says where to point: 'event' | 'tickets' | 'email' | 'name' | 'access_code' | None.
    """

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


def prepare_order(
    catalogue: Catalogue,
    event_id: str,
    quantities: Mapping[str, int],
    *,
    unlocked: frozenset[str] = frozenset(),
    buyer: Buyer,
    checkout: CheckoutSettings,
    language: str | None = None,
) -> Order:
    """Check the cart and the buyer against the catalogue and settings; raise OrderProblem.

    `language` is the code of the language the buyer was served in (see `Order.language`)."""
    event = catalogue.event(event_id)
    if event is None:
        raise OrderProblem(translate("Order", "This event is no longer on sale."), "event")

    problems = cart_problems(event, quantities, unlocked)
    if problems:
        field = "access_code" if problems[0].endswith("needs its access code first.") else None
        raise OrderProblem(problems[0], field or "tickets")
    lines = [
        OrderLine(ticket_type.id, ticket_type.name, quantity, ticket_type.unit_price)
        for ticket_type, quantity in chosen(event, quantities, unlocked)
    ]
    if not lines:
        raise OrderProblem(translate("Order", "Choose at least one ticket."), "tickets")

    name = clean_text(buyer.name) or None
    email = (buyer.email or "").strip() or None
    if email is None:
        if checkout.email_required:
            raise OrderProblem(
                translate("Order", "Enter the buyer's e-mail address for the tickets."), "email"
            )
    else:
        reason = validate_email(email)
        if reason:
            raise OrderProblem(
                translate("Order", "Check the e-mail address: {reason}.").format(reason=reason),
                "email",
            )
    if name is None:
        if checkout.require_name:
            raise OrderProblem(translate("Order", "Enter the buyer's full name."), "name")
    else:
        reason = validate_name(name)
        if reason:
            raise OrderProblem(
                translate("Order", "Check the name: {reason}.").format(reason=reason), "name"
            )

    return Order(
        event_id=event.id,
        event_name=event.name,
        currency=event.currency,
        lines=tuple(lines),
        buyer=Buyer(name, email),
        full_name=ticket_name(name, checkout.placeholder_name),
        event_start=event.start_text,
        venue=event.venue,
        language=language_code(language),
    )


def language_code(value: object) -> str | None:
    """`value` as an order keeps a language: a short lower-case code ("de", "pt-br"), or None
    for anything else (nothing given, or a damaged record's value). A code no face knows is
    kept: the e-mail then speaks English."""
    if not isinstance(value, str):
        return None
    code = value.strip().lower().replace("_", "-")
    return code if _LANGUAGE_CODE.fullmatch(code) else None


_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]{2,8})?")
