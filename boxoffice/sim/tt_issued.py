"""The simulated Ticket Tailor's issued tickets: `/v1/issued_tickets` (list, get, issue out of
a hold or not, void). A part of `boxoffice.sim.tickettailor.TicketTailor`, kept apart by what it
serves; the check-ins are in `boxoffice.sim.tt_check_ins`.
"""

from __future__ import annotations

from boxoffice.sim.router import Request, Response, json_response
from boxoffice.sim.tt_model import (
    Event,
    Hold,
    IssuedTicket,
)
from boxoffice.sim.tt_params import (
    TicketTailorError,
    id_order,
    optional,
    paginate,
    parse_form,
    range_filters,
)


class IssuedTicketRoutes:
    """The handlers of issued tickets; `TicketTailor` holds the state."""

    events: dict[str, Event]
    holds: dict[str, Hold]
    issued_tickets: dict[str, IssuedTicket]
    _masked: bool

    def next_id(self, prefix: str) -> str:
        raise NotImplementedError

    def now(self) -> int:
        raise NotImplementedError

    def new_barcode(self) -> str:
        raise NotImplementedError

    def event_or_404(self, event_id: str) -> Event:
        raise NotImplementedError

    def _hold_or_404(self, hold_id: str) -> Hold:
        raise NotImplementedError

    # -- issued tickets ---------------------------------------------------------------------

    def _ticket_or_404(self, ticket_id: str) -> IssuedTicket:
        ticket = self.issued_tickets.get(ticket_id)
        if ticket is None:
            raise TicketTailorError(404, f"Issued ticket {ticket_id} not found")
        return ticket

    def _list_issued_tickets(self, request: Request) -> Response:
        exact = {
            "event_id": lambda t: t.event_id,
            "event_series_id": lambda t: t.series_id,
            "order_id": lambda t: t.order_id,
            "barcode": lambda t: t.barcode,
            "reference": lambda t: t.reference,
            "status": lambda t: t.status,
            "email": lambda t: t.email,
            "name": lambda t: t.full_name,
            "ticket_type_id": lambda t: t.ticket_type_id,
        }
        wanted = {k: request.query_one(k) for k in exact if request.query_one(k) is not None}
        checks = list(range_filters(request, "created_at", lambda t: t.created_at))
        tickets = [
            t
            for t in id_order(self.issued_tickets.values())
            if all(exact[k](t) == v for k, v in wanted.items()) and all(c(t) for c in checks)
        ]
        return json_response(
            200,
            paginate(
                tickets,
                request,
                "/v1/issued_tickets",
                self._ticket_api,
                (*exact, "created_at"),
            ),
        )

    def _ticket_api(self, ticket: IssuedTicket) -> dict:
        return ticket.to_api(masked=self._masked)

    def _get_issued_ticket(self, request: Request) -> Response:
        ticket = self._ticket_or_404(request.params["ticket_id"])
        return json_response(200, self._ticket_api(ticket))

    def _issue_ticket(self, request: Request) -> Response:
        """One ticket per request, from free inventory or out of a hold (§5.7)."""
        form = parse_form(request)
        hold_id = optional(form, "hold_id")
        full_name = optional(form, "full_name")
        if not full_name:
            raise TicketTailorError(400, "The full_name field is required")
        ticket_type_id = optional(form, "ticket_type_id")
        event_id = optional(form, "event_id")
        hold = self._hold_or_404(hold_id) if hold_id else None
        if hold is not None:
            if event_id and event_id != hold.event_id:
                raise TicketTailorError(422, f"Hold {hold.id} is not for event {event_id}")
            event_id = hold.event_id
            if not ticket_type_id:
                left = [tt for tt, qty in hold.quantities.items() if qty > 0]
                if len(left) != 1:
                    raise TicketTailorError(400, "The ticket_type_id field is required")
                ticket_type_id = left[0]
        if not event_id:
            raise TicketTailorError(400, "The event_id field is required")
        if not ticket_type_id:
            raise TicketTailorError(400, "The ticket_type_id field is required")
        event = self.event_or_404(event_id)
        ticket_type = event.ticket_type(ticket_type_id)
        if ticket_type is None:
            raise TicketTailorError(
                422, f"Ticket type {ticket_type_id} does not belong to event {event.id}"
            )
        if ticket_type.kind.upper() != "GA":
            # Docs (create issued ticket): fails for a "seated" type. (choice) The hold on it
            # was accepted, the least convenient order: the refusal comes after payment.
            raise TicketTailorError(
                422, f"Tickets for {ticket_type.name} use a seating chart and cannot be issued"
            )
        if hold is not None:
            if hold.quantities.get(ticket_type_id, 0) <= 0:
                raise TicketTailorError(
                    422, f"No tickets for {ticket_type.name} left in hold {hold.id}"
                )
            hold.quantities[ticket_type_id] -= 1
            hold.updated_at = self.now()
            ticket_type.quantity_held -= 1
        elif ticket_type.available <= 0:
            raise TicketTailorError(422, f"Not enough tickets available for {ticket_type.name}")
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
            full_name=full_name,
            email=optional(form, "email"),
            reference=optional(form, "reference"),
            hold_id=hold.id if hold else None,
        )
        self.issued_tickets[ticket.id] = ticket
        return json_response(201, self._ticket_api(ticket))

    def _void_ticket(self, request: Request) -> Response:
        ticket = self._ticket_or_404(request.params["ticket_id"])
        if ticket.status == "voided":
            raise TicketTailorError(422, "Ticket is already voided")
        form = parse_form(request)
        to_hold = str(form.get("void_to_hold", "")).lower() in ("true", "1")
        now = self.now()
        ticket.status = "voided"
        ticket.voided_at = ticket.updated_at = now
        event = self.events.get(ticket.event_id)
        ticket_type = event.ticket_type(ticket.ticket_type_id) if event else None
        if ticket_type is not None and event is not None:
            ticket_type.quantity_issued -= 1
            if to_hold:  # the place goes into a new hold instead of back on sale (§5.7)
                ticket_type.quantity_held += 1
                note = f"Voided ticket {ticket.id}"
                hold = Hold(
                    self.next_id("ho"),
                    event.id,
                    note,
                    {ticket_type.id: 1},
                    now,
                    now,
                    event.timezone,
                )
                self.holds[hold.id] = hold
        return json_response(200, self._ticket_api(ticket))
