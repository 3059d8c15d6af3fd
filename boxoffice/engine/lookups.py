"""Finding what a sale may have created in Ticket Tailor, when its id was never learnt.

A hold's note is the sale's order id ("boxoffice-<sale id>", the later holds of a sale split
over several with their place, `boxoffice.domain.hold_plan`); Ticket Tailor lists holds by
event and creation time (developers.tickettailor.com, list holds), not by note.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from boxoffice.domain.hold_plan import sale_id_from_hold_note
from boxoffice.domain.sale import Sale

if TYPE_CHECKING:
    from boxoffice.services.tickettailor.client import TicketTailorClient
    from boxoffice.services.tickettailor.models import Hold

#: Slack for a till's clock running ahead of Ticket Tailor's when looking up a sale's hold.
HOLD_CLOCK_SLACK = 3600


async def find_holds(tickettailor: TicketTailorClient, sale: Sale) -> list[Hold]:
    """The holds whose note names this sale (all of its holds, in the order they were made)."""
    # Only holds made since the sale began (an hour's slack for clocks that disagree):
    # the box office's hold list grows with every sale of every till.
    since = int(sale.created_at) - HOLD_CLOCK_SLACK if sale.created_at else None
    holds = await tickettailor.list_holds(event_id=sale.order.event_id, created_at_gte=since)
    return [h for h in holds if sale_id_from_hold_note(h.note) == sale.id]
