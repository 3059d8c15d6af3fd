"""How a sale's seats are spread over Ticket Tailor holds, so that they can be issued at once.

Ticket Tailor issues one ticket a request (developers.tickettailor.com, create issued ticket),
and what happens when two issues draw on one hold at the same time is not known, so tickets of
one hold are issued one after another (as the BTCPay Server Ticket Tailor plugin does). A sale
of several tickets therefore holds them in a few holds, made at the same time at reservation;
at issuance each hold is worked through on its own, all holds at once: ten tickets in five
holds take two rounds of issuing instead of ten.

Each hold's note names the sale ("boxoffice-<sale id>", the invoice's `orderId`), the second and
later holds with their place ("boxoffice-<sale id>#2"), so that a hold whose creation answer was
lost is found again by its own note, never mistaken for one of its siblings.
"""

from __future__ import annotations

from boxoffice.domain.sale import order_id_for, sale_id_from_order_id

#: Seats a hold takes at most when a sale is split (two: ten tickets issue in two rounds).
SEATS_PER_HOLD = 2
#: Holds a sale takes at most; more seats than `MAX_HOLDS * SEATS_PER_HOLD` share them evenly.
MAX_HOLDS = 5
_PART = "#"


def hold_parts(
    quantities: dict[str, int],
    *,
    seats_per_hold: int = SEATS_PER_HOLD,
    max_holds: int = MAX_HOLDS,
) -> list[dict[str, int]]:
    """The seats of each hold, in order: one hold when `max_holds` is 1 or the sale is small.

    Seats are dealt out in turn, ticket type by ticket type, so every hold gets about as many
    as the others and the rounds of issuing are as few as they can be.
    """
    seats = [tt for tt, count in quantities.items() for _ in range(max(0, count))]
    if not seats:
        return []
    parts = max(1, min(max_holds, -(-len(seats) // max(1, seats_per_hold))))
    holds: list[dict[str, int]] = [{} for _ in range(parts)]
    for n, ticket_type_id in enumerate(seats):
        part = holds[n % parts]
        part[ticket_type_id] = part.get(ticket_type_id, 0) + 1
    return holds


def hold_note(sale_id: str, part: int = 0) -> str:
    """The note of the sale's `part`-th hold (0: the first, whose note is the order id)."""
    order_id = order_id_for(sale_id)
    return order_id if part == 0 else f"{order_id}{_PART}{part + 1}"


def sale_id_from_hold_note(note: str | None) -> str | None:
    """The sale a hold belongs to, from its note (None: not one of Box Office's)."""
    if note and _PART in note:
        base, _, place = note.rpartition(_PART)
        if place.isdigit() and int(place) >= 2:
            note = base
    return sale_id_from_order_id(note)
