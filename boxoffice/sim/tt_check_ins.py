"""The simulated Ticket Tailor's check-ins: `GET /v1/check_ins` (paginated, ascending ids) and
`POST /v1/check_ins` (form `issued_ticket_id`, `quantity`), and a crowd of door tickets for
tests and screenshots. A part of `boxoffice.sim.tickettailor.TicketTailor`.

Settled by recorded traffic and working clients (developers.tickettailor.com, "Create a check
in"): the check-in object's fields and types, ids in ascending order, and that a second
check-in of a single-admission ticket is refused with a message containing "already". Its
status code is not settled (choice: 422, so a client cannot lean on 400 meaning "bad form");
nor is a check-in of a voided ticket (choice: refused as a validation error).
"""

from __future__ import annotations

from random import Random

from boxoffice.sim.router import Request, Response, json_response
from boxoffice.sim.tt_model import CheckIn, Event, IssuedTicket
from boxoffice.sim.tt_params import (
    TicketTailorError,
    id_order,
    non_negative_int,
    optional,
    paginate,
    parse_form,
    range_filters,
    required,
)

FIRST_NAMES = (
    "Ada", "Grace", "Alan", "Mary", "Nikola", "Rosalind", "Emmy", "Srinivasa", "Hedy", "Dorothy",
    "Katherine", "Edsger", "Barbara", "Claude", "Sophie", "Carl", "Lise", "Marie", "Niels", "Chien",
)  # fmt: skip
LAST_NAMES = (
    "Lovelace", "Hopper", "Turing", "Somerville", "Tesla", "Franklin", "Noether", "Ramanujan",
    "Lamarr", "Hodgkin", "Johnson", "Dijkstra", "Liskov", "Shannon", "Germain", "Gauss",
    "Meitner", "Curie", "Bohr", "Wu",
)  # fmt: skip


class CheckInRoutes:
    """The handlers of check-ins; `TicketTailor` holds the state."""

    events: dict[str, Event]
    issued_tickets: dict[str, IssuedTicket]
    check_ins: dict[str, CheckIn]

    def next_id(self, prefix: str) -> str:
        raise NotImplementedError

    def now(self) -> int:
        raise NotImplementedError

    def new_barcode(self) -> str:
        raise NotImplementedError

    def _list_check_ins(self, request: Request) -> Response:
        event_id = request.query_one("event_id")
        ticket_id = request.query_one("issued_ticket_id")
        checks = list(range_filters(request, "created_at", lambda c: c.created_at))
        items = [
            c
            for c in id_order(self.check_ins.values())
            if (event_id is None or c.event_id == event_id)
            and (ticket_id is None or c.issued_ticket_id == ticket_id)
            and all(check(c) for check in checks)
        ]
        known = ("event_id", "issued_ticket_id", "created_at")
        return json_response(200, paginate(items, request, "/v1/check_ins", CheckIn.to_api, known))

    def _create_check_in(self, request: Request) -> Response:
        form = parse_form(request)
        ticket_id = required(form, "issued_ticket_id")
        quantity = non_negative_int(required(form, "quantity"), "quantity")
        ticket = self.issued_tickets.get(ticket_id)
        if ticket is None:
            raise TicketTailorError(422, f"Issued ticket {ticket_id} not found")
        if ticket.status == "voided":
            raise TicketTailorError(422, "Ticket is voided")
        if quantity != 1:
            # (choice) tickets here are single admissions; check-out by -1 is unverified (§5.9).
            raise TicketTailorError(422, "The quantity must be 1 for a single admission ticket")
        if ticket.checked_in:
            raise TicketTailorError(422, "Ticket is already checked in")
        now = self.now()
        at = optional(form, "check_in_at")
        check_in_at = non_negative_int(at, "check_in_at") if at else now
        ticket.checked_in = True
        ticket.updated_at = now
        check_in = CheckIn(
            self.next_id("ch"), ticket.id, ticket.event_id, ticket.series_id, 1, check_in_at, now
        )
        self.check_ins[check_in.id] = check_in
        return json_response(201, check_in.to_api())

    def check_ins_of(self, ticket_id: str) -> list[CheckIn]:
        """Every check-in of one ticket (a test counts them: exactly one per admission)."""
        return [c for c in id_order(self.check_ins.values()) if c.issued_ticket_id == ticket_id]

    def add_door_crowd(
        self, event_id: str, count: int, *, rng: Random | None = None, checked_in: int = 0
    ) -> list[IssuedTicket]:
        """Issue `count` tickets of the event's first ticket types to named buyers (for the door
        list's pages and screenshots); the first `checked_in` of them are checked in already."""
        rng = rng or Random(7)
        event = self.events[event_id]
        kinds = [t for t in event.ticket_types if t.kind.upper() == "GA"][:3]
        made: list[IssuedTicket] = []
        for n in range(count):
            ticket_type = kinds[n % len(kinds)]
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            needed = ticket_type.quantity_issued + 1
            ticket_type.quantity_total = max(ticket_type.quantity_total, needed)
            ticket_type.quantity_issued += 1
            ticket = IssuedTicket(
                id=self.next_id("it"),
                event_id=event.id,
                series_id=event.series_id,
                ticket_type_id=ticket_type.id,
                barcode=self.new_barcode(),
                created_at=self.now(),
                description=ticket_type.name,
                listed_price=ticket_type.price,
                currency=event.currency,
                full_name=f"{first} {last}",
                email=f"{first}.{last}{n}@example.com".lower(),
                source="checkout",
            )
            self.issued_tickets[ticket.id] = ticket
            if n < checked_in:
                ticket.checked_in = True
                at = self.now() - (checked_in - n) * 30
                check_in = CheckIn(
                    self.next_id("ch"), ticket.id, event.id, event.series_id, 1, at, at
                )
                self.check_ins[check_in.id] = check_in
            made.append(ticket)
        return made
