"""Counting a sale's tickets: which are still missing, and the sold tickets the sale keeps.

Ticket Tailor has no idempotency key, so the tickets issued with a sale's reference are the
only count of what was done (developers.tickettailor.com, list issued tickets).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from boxoffice.domain.order import Order
from boxoffice.domain.sale import Sale, SoldTicket

if TYPE_CHECKING:
    from boxoffice.services.tickettailor.models import IssuedTicket


def missing_tickets(order: Order, issued: Iterable[IssuedTicket]) -> dict[str, int]:
    """How many tickets of each type the order still lacks, given those issued."""
    have = Counter(t.ticket_type_id for t in issued)
    return {
        ticket_type_id: wanted - have[ticket_type_id]
        for ticket_type_id, wanted in order.quantities.items()
        if wanted > have[ticket_type_id]
    }


def sold_tickets(sale: Sale, issued: Iterable[IssuedTicket]) -> tuple[SoldTicket, ...]:
    """The issued tickets as the sale keeps them, oldest first, named as the order names them."""
    order = sale.order
    tickets = []
    for ticket in sorted(issued, key=lambda t: (t.created_at or 0, t.id)):
        line = order.line(ticket.ticket_type_id)
        tickets.append(
            SoldTicket(
                id=ticket.id,
                barcode=ticket.barcode,
                ticket_type_id=ticket.ticket_type_id,
                ticket_type_name=line.name if line else ticket.ticket_type_id,
                full_name=ticket.full_name or order.full_name,
                email=ticket.email or order.buyer.email,
                barcode_url=ticket.barcode_url,
            )
        )
    return tuple(tickets)
