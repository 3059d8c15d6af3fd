"""The cart: quantities chosen for one event's ticket types, checked and totalled as they change.

The tickets screen asks these on every keystroke; `prepare_order` (boxoffice.domain.order)
asks the same before anything is reserved, so what the screen shows and what is ordered agree.
The buyer is not part of the cart (it lives with the order, which imports this module).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING

from boxoffice.domain.catalogue import NOT_AVAILABLE, NOT_ON_SALE_NOW, ONLY_LEFT, SOLD_OUT
from boxoffice.words import Words, translate

if TYPE_CHECKING:
    from boxoffice.domain.catalogue import OfferedEvent, OfferedTicketType


def chosen(
    event: OfferedEvent,
    quantities: Mapping[str, int],
    unlocked: frozenset[str] = frozenset(),
) -> list[tuple[OfferedTicketType, int]]:
    """The visible ticket types with a quantity, in the event's order, each with its quantity."""
    picked = []
    for ticket_type in event.visible(unlocked):
        quantity = quantities.get(ticket_type.id, 0)
        if quantity:
            picked.append((ticket_type, quantity))
    return picked


def cart_total(
    event: OfferedEvent,
    quantities: Mapping[str, int],
    unlocked: frozenset[str] = frozenset(),
) -> Decimal:
    """What the chosen tickets cost at their door prices (overrides applied)."""
    return sum(
        (
            ticket_type.unit_price * quantity
            for ticket_type, quantity in chosen(event, quantities, unlocked)
        ),
        Decimal(0),
    )


def cart_seats(
    event: OfferedEvent,
    quantities: Mapping[str, int],
    unlocked: frozenset[str] = frozenset(),
) -> int:
    """How many tickets are chosen among the visible types."""
    return sum(quantity for _ticket_type, quantity in chosen(event, quantities, unlocked))


def cart_problems(
    event: OfferedEvent,
    quantities: Mapping[str, int],
    unlocked: frozenset[str] = frozenset(),
) -> list[str]:
    """What is wrong with these quantities, one sentence each (`Words`, context "Cart");
    empty when the cart is fine."""
    problems: list[str] = []
    visible = {t.id: t for t in event.visible(unlocked)}
    group_totals: dict[str, int] = {}
    for ticket_type_id, quantity in quantities.items():
        if not isinstance(quantity, int) or isinstance(quantity, bool) or quantity < 0:
            problems.append(translate("Cart", "Quantities must be whole numbers, zero or more."))
            continue
        if quantity == 0:
            continue
        ticket_type = visible.get(ticket_type_id)
        if ticket_type is None:
            hidden = event.ticket_type(ticket_type_id)
            if hidden is not None and hidden.secret:
                problems.append(
                    translate("Cart", "{name} needs its access code first.").format(
                        name=hidden.name
                    )
                )
            else:
                problems.append(
                    translate("Cart", "One of the chosen tickets is no longer on sale.")
                )
            continue
        name = ticket_type.name
        if not ticket_type.purchasable:
            problems.append(_not_purchasable(name, ticket_type.unavailable_reason))
            continue
        if quantity < ticket_type.min_per_order:
            problems.append(
                translate("Cart", "{name}: at least {count} per order.").format(
                    name=name, count=ticket_type.min_per_order
                )
            )
        elif quantity > ticket_type.available:
            problems.append(
                translate("Cart", "{name}: only {count} left.").format(
                    name=name, count=ticket_type.available
                )
            )
        elif quantity > ticket_type.max_per_order:
            problems.append(
                translate("Cart", "{name}: at most {count} per order.").format(
                    name=name, count=ticket_type.max_per_order
                )
            )
        if ticket_type.group_id:
            group_totals[ticket_type.group_id] = (
                group_totals.get(ticket_type.group_id, 0) + quantity
            )
    for group_id, total in group_totals.items():
        group = event.group(group_id)
        if group and group.max_per_order is not None and total > group.max_per_order:
            problems.append(
                translate("Cart", "At most {count} tickets from {group} per order.").format(
                    count=group.max_per_order, group=group.name
                )
            )
    return problems


#: A ticket type's reason for not being on sale as it reads after its name, by the reason's
#: source: the catalogue's reasons begin with a capital, which the sentence does not.
_NOT_PURCHASABLE = {
    NOT_ON_SALE_NOW.source: translate("Cart", "{name}: not on sale now."),
    SOLD_OUT.source: translate("Cart", "{name}: sold out."),
    NOT_AVAILABLE.source: translate("Cart", "{name}: not available."),
    ONLY_LEFT.source: translate("Cart", "{name}: only {count} left."),
}


def _not_purchasable(name: str, reason: str | None) -> Words:
    """ "VIP: sold out." for a ticket type that cannot be bought."""
    words = reason if isinstance(reason, Words) else None
    known = _NOT_PURCHASABLE.get(words.source if words is not None else reason or "Not available")
    if known is not None:
        return known.format(name=name, **dict(words.values if words is not None else ()))
    # The catalogue's other reasons (reserved seating, sales tax) are lower case already; a
    # plain text from elsewhere is made so.
    said = reason if words is not None else (reason or "").lower()
    return translate("Cart", "{name}: {reason}.").format(name=name, reason=said)
