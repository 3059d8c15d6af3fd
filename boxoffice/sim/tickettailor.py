"""The Ticket Tailor side of the simulator: state and the `/v1/...` handlers.

Behaviour follows developers.tickettailor.com and, where they differ, live api.tickettailor.com
responses (recorded 13 April 2025 in the public repository shakermakerk/ticket_tailor_mcp_server,
commit 6b7ee29): rate-limit headers, ascending lists, `links.next`, shapes. Where neither settles
a behaviour the simulator takes the least convenient plausible answer, marked "(choice)".
"""

from __future__ import annotations

import base64
import binascii
import math
import string
from collections import Counter
from random import Random
from typing import Any

from boxoffice.sim.clock import Clock
from boxoffice.sim.router import Request, Response, Router, json_response
from boxoffice.sim.tt_check_ins import CheckInRoutes
from boxoffice.sim.tt_issued import IssuedTicketRoutes
from boxoffice.sim.tt_model import (
    CheckIn,
    Event,
    Hold,
    IssuedTicket,
    TicketGroup,
    TicketType,
    id_number,
)
from boxoffice.sim.tt_params import (
    TicketTailorError,
    error_response,
    id_order,
    non_negative_int,
    paginate,
    parse_form,
    range_filters,
    required,
    status_filter,
)

#: (choice) The window length is not known; live `x-rate-limit-reset` counted down from 873 s,
#: so a fixed window of at least that long.
RATE_WINDOW = 30 * 60
#: Live responses carry `x-rate-limit-limit: 10000`.
DEFAULT_RATE_LIMIT = 10000
BARCODE_ALPHABET = string.ascii_letters + string.digits
BARCODE_LENGTH = 10


class TicketTailor(IssuedTicketRoutes, CheckInRoutes):
    """One simulated Ticket Tailor box office, reached through `handle()`.

    Holds and issues through the API are admin operations (choice): they are allowed for every
    ticket type (whatever its status: on_sale, locked, hidden, admin_only, unavailable...) and on
    events of every status, including draft and sales_closed; only the inventory invariant
    `issued + held + in_baskets <= total` (reference §5.6, §11) limits them.
    """

    def __init__(
        self,
        clock: Clock,
        rng: Random,
        *,
        rate_limit: int = DEFAULT_RATE_LIMIT,
        rate_window: float = RATE_WINDOW,
    ) -> None:
        self.clock = clock
        self.rng = rng
        #: `rate_limit` requests per key in each fixed window of `rate_window` seconds.
        self.rate_limit = rate_limit
        self.rate_window = rate_window
        #: Requests refused with 429 so far (a benchmark reports whether the limit was met).
        self.rate_limited = 0
        self.box_office_name = "Riverside Arts Centre"
        self.currency = "gbp"
        self.api_keys: set[str] = set()
        self.events: dict[str, Event] = {}
        self.holds: dict[str, Hold] = {}
        self.issued_tickets: dict[str, IssuedTicket] = {}
        self.check_ins: dict[str, CheckIn] = {}
        self._barcodes: set[str] = set()
        self._windows: dict[str, list[float]] = {}
        #: Keys with "hide personal data" ticked: personal fields answer "****".
        self.masked_keys: set[str] = set()
        self._masked = False
        self._counters = {"ev": 1000, "es": 1000, "tt": 2000, "gt": 3000, "ho": 4000}
        self._counters |= {"it": 6000, "ch": 7000, "or": 8000}
        self.router = Router()
        self._add_routes()

    # -- ids and lookups --------------------------------------------------------------------

    def next_id(self, prefix: str) -> str:
        self._counters[prefix] = self._counters.get(prefix, 0) + 1
        return f"{prefix}_{self._counters[prefix]}"

    def reserve_id(self, object_id: str) -> str:
        """Make sure later generated ids of this prefix are bigger than a seeded one."""
        prefix = object_id.rsplit("_", 1)[0]
        self._counters[prefix] = max(self._counters.get(prefix, 0), id_number(object_id))
        return object_id

    def now(self) -> int:
        return int(self.clock.now())

    def new_barcode(self) -> str:
        while True:
            barcode = "".join(self.rng.choice(BARCODE_ALPHABET) for _ in range(BARCODE_LENGTH))
            if barcode not in self._barcodes:
                self._barcodes.add(barcode)
                return barcode

    def add_event(self, event: Event) -> Event:
        for object_id in (event.id, event.series_id):
            self.reserve_id(object_id)
        for ticket_type in event.ticket_types:
            self.reserve_id(ticket_type.id)
        for group in event.ticket_groups:
            self.reserve_id(group.id)
        self.events[event.id] = event
        return event

    def add_issued_ticket(self, ticket: IssuedTicket) -> IssuedTicket:
        self.reserve_id(ticket.id)
        self._barcodes.add(ticket.barcode)
        self.issued_tickets[ticket.id] = ticket
        return ticket

    def event_or_404(self, event_id: str) -> Event:
        event = self.events.get(event_id)
        if event is None:
            raise TicketTailorError(404, f"Event {event_id} not found")
        return event

    def find_ticket_type(self, ticket_type_id: str) -> tuple[Event, TicketType] | None:
        for event in self.events.values():
            ticket_type = event.ticket_type(ticket_type_id)
            if ticket_type is not None:
                return event, ticket_type
        return None

    # -- API shapes -------------------------------------------------------------------------

    def _totals(self) -> tuple[Counter[str], Counter[str]]:
        holds = Counter(hold.event_id for hold in self.holds.values())
        issued = Counter(t.event_id for t in self.issued_tickets.values() if t.status == "valid")
        return holds, issued

    def event_api(self, event: Event, totals: tuple[Counter, Counter] | None = None) -> dict:
        holds, issued = totals or self._totals()
        return event.to_api(
            total_holds=holds[event.id], total_issued_tickets=issued[event.id], now=self.now()
        )

    def all_events_api(self) -> list[dict]:
        totals = self._totals()
        return [self.event_api(e, totals) for e in id_order(self.events.values())]

    # -- dispatch ---------------------------------------------------------------------------

    def handle(self, request: Request) -> Response:
        key = self._authenticate(request)
        if key is None:
            # (choice) refused credentials are counted in a window of their own, so the
            # rate-limit headers are on every answer and a wrong key cannot use up a real one's.
            bucket = "unauthenticated:" + (request.header("authorization") or "")
            allowed, headers = self._count_request(bucket)
            if not allowed:
                return error_response(429, "Too many requests. Please slow down.", headers)
            return error_response(401, "Unauthorized. Check your API key.", headers)
        allowed, headers = self._count_request(key)
        if not allowed:
            self.rate_limited += 1
            return error_response(429, "Too many requests. Please slow down.", headers)
        self._masked = key in self.masked_keys
        handler, path_known = self.router.match(request)
        try:
            if handler is None:
                if path_known:
                    raise TicketTailorError(405, "Method not allowed")
                raise TicketTailorError(404, "Not found")
            response = handler(request)
        except TicketTailorError as error:
            response = error_response(error.status, error.message)
        response.headers.update(headers)
        return response

    def _authenticate(self, request: Request) -> str | None:
        """Basic auth with the key as user name: `base64(key)` or `base64(key:any)` (§1.1)."""
        scheme, _, value = (request.header("authorization") or "").strip().partition(" ")
        if scheme.lower() != "basic" or not value.strip():
            return None
        try:
            decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return None
        key = decoded.split(":", 1)[0]
        return key if key in self.api_keys else None

    def _count_request(self, key: str) -> tuple[bool, dict[str, str]]:
        """A fixed window per key; the live headers on every answer.

        `X-Rate-Limit-Reset` is the seconds until the window ends (live: 873, then 871 two
        seconds later), not an epoch. (choice) A 429 carries no `Retry-After`: whether the live
        API sends one is not known, and without it a client must read the reset countdown.
        """
        now = self.clock.now()
        window = self._windows.setdefault(key, [now, 0])
        if now >= window[0] + self.rate_window:
            window[0], window[1] = now, 0
        allowed = window[1] < self.rate_limit
        if allowed:
            window[1] += 1
        reset = math.ceil(window[0] + self.rate_window - now)
        headers = {
            "X-Rate-Limit-Limit": str(self.rate_limit),
            "X-Rate-Limit-Remaining": str(max(0, self.rate_limit - int(window[1]))),
            "X-Rate-Limit-Reset": str(max(0, reset)),
        }
        return allowed, headers

    def _add_routes(self) -> None:
        r = self.router
        r.add("GET", "/v1/ping", self._ping)
        r.add("GET", "/v1/overview", self._overview)
        r.add("GET", "/v1/events", self._list_events)
        r.add("GET", "/v1/events/{event_id}", self._get_event)
        r.add("GET", "/v1/holds", self._list_holds)
        r.add("POST", "/v1/holds", self._create_hold)
        r.add("GET", "/v1/holds/{hold_id}", self._get_hold)
        r.add("DELETE", "/v1/holds/{hold_id}", self._delete_hold)
        r.add("GET", "/v1/issued_tickets", self._list_issued_tickets)
        r.add("POST", "/v1/issued_tickets", self._issue_ticket)
        r.add("GET", "/v1/issued_tickets/{ticket_id}", self._get_issued_ticket)
        r.add("POST", "/v1/issued_tickets/{ticket_id}/void", self._void_ticket)
        r.add("GET", "/v1/check_ins", self._list_check_ins)
        r.add("POST", "/v1/check_ins", self._create_check_in)

    # -- ping, overview, events ---------------------------------------------------------------

    def _ping(self, request: Request) -> Response:
        # (choice) The body is not documented: plain text, so a client must judge by status.
        return Response(200, b"pong", {"content-type": "text/plain; charset=utf-8"})

    def _overview(self, request: Request) -> Response:
        now = self.now()
        upcoming = [
            e.start for e in self.events.values() if e.status == "published" and e.start > now
        ]
        next_in = math.ceil((min(upcoming) - now) / 86400) if upcoming else None
        symbol = {"gbp": "£", "usd": "$", "eur": "€", "jpy": "¥"}.get(self.currency, "")
        body = {
            "box_office_name": self.box_office_name,
            "currency": {"code": self.currency, "symbol": symbol},
            "period": "four weeks",
            "revenue": sum(e.revenue for e in self.events.values()),
            "credits": 500 - sum(1 for t in self.issued_tickets.values() if t.source == "api"),
            "next_event_in": next_in,
            "orders_received": sum(e.total_orders for e in self.events.values()),
            "waitlist_signups": 0,
            "climate_impact": {"contribution": 0, "estimated_footprint": 0},
        }
        return json_response(200, body)

    def _list_events(self, request: Request) -> Response:
        statuses = status_filter(request)
        checks = [
            *range_filters(request, "start_at", lambda e: e.start),
            *range_filters(request, "end_at", lambda e: e.end),
            *range_filters(request, "created_at", lambda e: e.created_at),
        ]
        series = request.query_one("event_series_id")
        events = [
            e
            for e in id_order(self.events.values())
            if (statuses is None or e.status in statuses)
            and (series is None or e.series_id == series)
            and all(check(e) for check in checks)
        ]
        totals = self._totals()
        return json_response(
            200,
            paginate(
                events,
                request,
                "/v1/events",
                lambda e: self.event_api(e, totals),
                ("status", "start_at", "end_at", "created_at", "event_series_id"),
            ),
        )

    def _get_event(self, request: Request) -> Response:
        return json_response(200, self.event_api(self.event_or_404(request.params["event_id"])))

    # -- holds --------------------------------------------------------------------------------

    def _hold_or_404(self, hold_id: str) -> Hold:
        hold = self.holds.get(hold_id)
        if hold is None:
            raise TicketTailorError(404, f"Hold {hold_id} not found")
        return hold

    def _list_holds(self, request: Request) -> Response:
        event_id = request.query_one("event_id")
        checks = [
            *range_filters(request, "created_at", lambda h: h.created_at),
            *range_filters(request, "updated_at", lambda h: h.updated_at),
        ]
        holds = [
            h
            for h in id_order(self.holds.values())
            if (event_id is None or h.event_id == event_id) and all(c(h) for c in checks)
        ]
        known = ("event_id", "created_at", "updated_at")
        return json_response(200, paginate(holds, request, "/v1/holds", Hold.to_api, known))

    def _create_hold(self, request: Request) -> Response:
        form = parse_form(request)
        event_id = required(form, "event_id")
        requested = form.get("ticket_type_id")
        if not isinstance(requested, dict) or not requested:
            raise TicketTailorError(
                400, "The ticket_type_id field is required: ticket_type_id[<ticket type id>]=n"
            )
        note = form.get("note") if isinstance(form.get("note"), str) else None
        event = self.event_or_404(event_id)
        quantities: dict[str, int] = {}
        for ticket_type_id, raw in requested.items():
            quantity = non_negative_int(raw, f"ticket_type_id[{ticket_type_id}]")
            if quantity == 0:
                continue
            ticket_type = event.ticket_type(ticket_type_id)
            if ticket_type is None:
                raise TicketTailorError(
                    422, f"Ticket type {ticket_type_id} does not belong to event {event.id}"
                )
            if quantity > ticket_type.available:
                raise TicketTailorError(422, f"Not enough tickets available for {ticket_type.name}")
            quantities[ticket_type_id] = quantity
        if not quantities:
            raise TicketTailorError(400, "A hold needs at least one ticket type with a quantity")
        # Checked everything first, so a refused hold changes nothing.
        for ticket_type_id, quantity in quantities.items():
            event.ticket_type(ticket_type_id).quantity_held += quantity  # type: ignore[union-attr]
        now = self.now()
        hold = Hold(self.next_id("ho"), event.id, note, quantities, now, now, event.timezone)
        self.holds[hold.id] = hold
        return json_response(201, hold.to_api())

    def _get_hold(self, request: Request) -> Response:
        return json_response(200, self._hold_or_404(request.params["hold_id"]).to_api())

    def _delete_hold(self, request: Request) -> Response:
        hold = self._hold_or_404(request.params["hold_id"])
        event = self.events.get(hold.event_id)
        for ticket_type_id, quantity in hold.quantities.items():
            ticket_type = event.ticket_type(ticket_type_id) if event else None
            if ticket_type is not None:
                ticket_type.quantity_held -= quantity
        del self.holds[hold.id]
        # The BTCPay Server Ticket Tailor plugin checks `deleted == "true"`, a string.
        return json_response(200, {"id": hold.id, "deleted": "true"})

    # -- building blocks for the seed ---------------------------------------------------------

    def new_ticket_type(self, name: str, price: int, total: int, **fields: Any) -> TicketType:
        return TicketType(self.next_id("tt"), name, price, total, **fields)

    def new_group(self, name: str, **fields: Any) -> TicketGroup:
        return TicketGroup(self.next_id("gt"), name, **fields)
