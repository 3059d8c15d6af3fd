"""Ticket Tailor's objects as the simulator keeps them, and their API shapes.

Key sets, value types and string booleans follow live api.tickettailor.com responses (recorded
13 April 2025 in the public repository shakermakerk/ticket_tailor_mcp_server, commit 6b7ee29,
tests/cassettes/; small copies in tests/fixtures/tickettailor): booleans are the strings
"true"/"false", money is integer minor units except the event's `revenue` (a JSON number in major
units), the event's `currency` is a lower-case string and an order's an object with
`base_multiplier`, timestamps are unix seconds or date objects. Keys documented but absent live
(sales tax, transaction fees, `online_link`, `show_map`, `available_status`, a venue's country,
an issued ticket's `listed_price`) are absent here too.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from decimal import Decimal

from boxoffice.currencies import minor_unit_exponent
from boxoffice.sim.dates import date_object

#: Marks a personal value hidden by a key with "hide personal data" ticked (live: "****").
MASK = "****"


def flag(value: bool) -> str:
    """Ticket Tailor sends booleans as strings (reference §1)."""
    return "true" if value else "false"


def id_number(object_id: str) -> int:
    """The growing number inside an id such as `ho_120`; lists are ordered by it."""
    try:
        return int(object_id.rsplit("_", 1)[1])
    except (IndexError, ValueError):
        raise ValueError(f"not an id: {object_id!r}") from None


def base_multiplier(currency: str) -> int:
    """Ticket Tailor's minor units per major unit (live EUR: 100; others follow ISO 4217)."""
    return 10 ** minor_unit_exponent(currency)


def major_units(minor: int, currency: str) -> int | float:
    """A JSON number in major units, as live `revenue` (72.5, 464): an int when whole.

    The float is for the wire only: the live API writes `revenue` that way (1522.5).
    """
    amount = Decimal(minor).scaleb(-minor_unit_exponent(currency))
    return int(amount) if amount == amount.to_integral_value() else float(amount)


@dataclass
class TicketType:
    """A ticket type of one event occurrence, with its four inventory counters (§5.5)."""

    id: str
    name: str
    price: int
    quantity_total: int
    booking_fee: int = 0
    status: str = "on_sale"
    description: str | None = None
    access_code: str | None = None
    min_per_order: int | None = 1
    max_per_order: int | None = 10
    group_id: str | None = None
    sort_order: int = 10000
    quantity_issued: int = 0
    quantity_held: int = 0
    quantity_in_baskets: int = 0
    hide_when_sold_out: bool = False
    show_quantity_remaining: bool = False
    #: "GA" live; anything else uses a seating chart. The seated value is unverified, so
    #: the seed uses "seated" and clients must treat every non-GA value alike.
    kind: str = "GA"
    hide_until: int | None = None
    hide_after: int | None = None
    timezone: str = "Europe/London"

    @property
    def available(self) -> int:
        """What a hold or an API issue from inventory may still take (reference §5.5)."""
        used = self.quantity_issued + self.quantity_held + self.quantity_in_baskets
        return max(0, self.quantity_total - used)

    def to_api(self) -> dict:
        return {
            "object": "ticket_type",
            "id": self.id,
            "access_code": self.access_code,
            "booking_fee": self.booking_fee,
            "description": self.description,
            "discounts": [],
            "group_id": self.group_id,
            "has_overrides": "false",
            "hide_after": _date_or_none(self.hide_after, self.timezone),
            "hide_until": _date_or_none(self.hide_until, self.timezone),
            "hide_when_sold_out": flag(self.hide_when_sold_out),
            "max_per_order": self.max_per_order,
            "min_per_order": self.min_per_order,
            "name": self.name,
            "override_id": None,
            "price": self.price,
            # Live `quantity` is what is left (160 total, 28 issued -> 132), not the total.
            "quantity": self.available,
            "quantity_held": self.quantity_held,
            "quantity_in_baskets": self.quantity_in_baskets,
            "quantity_issued": self.quantity_issued,
            "quantity_total": self.quantity_total,
            "show_quantity_remaining": flag(self.show_quantity_remaining),
            "show_quantity_remaining_less_than": None,
            "sort_order": self.sort_order,
            "status": self.status,
            "type": self.kind,
        }


def _date_or_none(unix: int | None, timezone: str) -> dict | None:
    return date_object(unix, timezone) if unix is not None else None


@dataclass
class TicketGroup:
    """A group of ticket types sharing a per-order maximum (§5.3 `ticket_groups[]`)."""

    id: str
    name: str
    sort_order: int = 10000
    max_per_order: int | None = None
    ticket_ids: list[str] = field(default_factory=list)

    def to_api(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "sort_order": self.sort_order,
            "max_per_order": self.max_per_order,
            "ticket_ids": list(self.ticket_ids),
        }


@dataclass
class Event:
    """One event occurrence (`ev_...`) with its series data and its ticket types (§5.3)."""

    id: str
    series_id: str
    name: str
    start: int
    end: int
    created_at: int
    status: str = "published"
    currency: str = "gbp"
    timezone: str = "Europe/London"
    description: str | None = None
    venue_name: str | None = None
    venue_postal_code: str | None = None
    venue_country: str | None = "GB"
    ticket_types: list[TicketType] = field(default_factory=list)
    ticket_groups: list[TicketGroup] = field(default_factory=list)
    unavailable: bool = False
    unavailable_status: str | None = None
    hidden: bool = False
    private: bool = False
    access_code: str | None = None
    online_event: bool = False
    revenue: int = 0  # minor units; written in major units like the live API
    total_orders: int = 0
    #: Sales tax: None leaves the keys out, as on live events (absent = no tax).
    sales_tax_percentage: Decimal | None = None
    sales_tax_treatment: str = "exclusive"
    box_office_slug: str = "riversidearts"
    chk: str = "0000"

    def ticket_type(self, ticket_type_id: str) -> TicketType | None:
        for ticket_type in self.ticket_types:
            if ticket_type.id == ticket_type_id:
                return ticket_type
        return None

    def tickets_available(self, now: float) -> bool:
        """Whether the public can buy now: published, not cancelled, not over, something left
        on sale (reference §5.3 `tickets_available`)."""
        if self.status != "published" or self.unavailable or now >= self.end:
            return False
        return any(t.status in ("on_sale", "locked") and t.available > 0 for t in self.ticket_types)

    def to_api(self, *, total_holds: int, total_issued_tickets: int, now: float) -> dict:
        series_number = id_number(self.series_id)
        occurrence_number = id_number(self.id)
        # Live venues are only {name, postal_code}.
        venue = {"name": self.venue_name, "postal_code": self.venue_postal_code}
        body = {
            "object": "event",
            "id": self.id,
            "access_code": self.access_code,
            "bundles": [],
            "call_to_action": "Buy tickets",
            "checkout_url": (
                "https://www.tickettailor.com/checkout/view-event/id/"
                f"{occurrence_number}/chk/{self.chk}/"
            ),
            "chk": self.chk,
            "created_at": self.created_at,
            "currency": self.currency,
            "description": self.description,
            "end": date_object(self.end, self.timezone),
            "event_series_id": self.series_id,
            "hidden": flag(self.hidden),
            "images": {
                "header": f"https://uploads.tickettailorassets.com/sim/{series_number}/header.jpg",
                "thumbnail": f"https://uploads.tickettailorassets.com/sim/{series_number}/thumb.jpg",
            },
            "max_tickets_sold_per_occurrence": None,
            "name": self.name,
            "online_event": flag(self.online_event),
            "override_id": None,
            "payment_methods": [
                {
                    "external_id": None,
                    "id": "pm_6691",
                    "instructions": None,
                    "name": None,
                    "type": "stripe",
                }
            ],
            "private": flag(self.private),
            "revenue": major_units(self.revenue, self.currency),
            "start": date_object(self.start, self.timezone),
            "status": self.status,
            "ticket_groups": [group.to_api() for group in self.ticket_groups],
            "ticket_types": [t.to_api() for t in sorted(self.ticket_types, key=_sort_key)],
            "tickets_available": flag(self.tickets_available(now)),
            "tickets_available_at": None,
            "tickets_available_at_message": "Tickets are available in {countdown}",
            "tickets_unavailable_at": None,
            "tickets_unavailable_at_message": "Tickets are no longer available",
            "timezone": self.timezone,
            "total_holds": total_holds,
            "total_issued_tickets": total_issued_tickets,
            "total_orders": self.total_orders,
            "unavailable": flag(self.unavailable),
            "unavailable_status": self.unavailable_status,
            "url": f"https://www.tickettailor.com/events/{self.box_office_slug}/{series_number}",
            "venue": venue,
            "voucher_ids": [],
            "waitlist_active": "false",
            "waitlist_call_to_action": "Join waiting list",
            "waitlist_confirmation_message": "Done! You are on the waiting list.",
            "waitlist_event_page_text": (
                "Join our waiting list to be notified when tickets become available."
            ),
        }
        if self.sales_tax_percentage is not None:
            # Seen only in later third-party captures; present only when the event has tax.
            body["sales_tax_label"] = "VAT"
            body["sales_tax_percentage"] = str(self.sales_tax_percentage)
            body["sales_tax_treatment"] = self.sales_tax_treatment
        return body


def _sort_key(ticket_type: TicketType) -> tuple[int, int]:
    return (ticket_type.sort_order, id_number(ticket_type.id))


@dataclass
class Hold:
    """Tickets of one event set aside (§5.6). An emptied hold stays until it is deleted."""

    id: str
    event_id: str
    note: str | None
    quantities: dict[str, int]
    created_at: int
    updated_at: int
    timezone: str = "Europe/London"

    @property
    def total_on_hold(self) -> int:
        return sum(self.quantities.values())

    def to_api(self) -> dict:
        return {
            "object": "hold",
            "id": self.id,
            "created_at": date_object(self.created_at, self.timezone),
            "event_id": self.event_id,
            "note": self.note,
            "quantities": [
                {"ticket_type_id": ticket_type_id, "quantity": quantity}
                for ticket_type_id, quantity in self.quantities.items()
            ],
            "total_on_hold": self.total_on_hold,
            # The docs example spells it `update_at`; the list filters say `updated_at` (§5.6).
            "updated_at": date_object(self.updated_at, self.timezone),
        }


@dataclass
class IssuedTicket:
    """One admission (§5.7)."""

    id: str
    event_id: str
    series_id: str
    ticket_type_id: str
    barcode: str
    created_at: int
    description: str | None
    listed_price: int
    currency: str
    full_name: str | None = None
    email: str | None = None
    reference: str | None = None
    status: str = "valid"
    checked_in: bool = False
    voided_at: int | None = None
    updated_at: int | None = None
    source: str = "api"
    order_id: str | None = None
    hold_id: str | None = None  # not in the API object; kept to explain where it came from

    def to_api(self, *, masked: bool = False) -> dict:
        """The API object; `masked` as for a key with "hide personal data" ticked (live:
        `email: "****"`, while null names stay null — so a set name is masked too here)."""
        number = id_number(self.id)
        token = hashlib.sha1(f"{self.id}:{self.barcode}".encode()).hexdigest()[:20]
        first, _, last = (self.full_name or "").partition(" ")
        cdn = "https://cdn.tickettailor.com/userfiles/cache/barcode"

        def personal(value: str | None) -> str | None:
            return MASK if masked and value else value

        return {
            "object": "issued_ticket",
            "id": self.id,
            "add_on_id": None,
            "barcode": self.barcode,
            # Live: the barcode image is /st/…jpg, the QR /qr/…png, both on the CDN.
            "barcode_url": f"{cdn}/st/attendee/{number}/{token}.jpg",
            "checked_in": flag(self.checked_in),
            "created_at": self.created_at,
            "custom_questions": [],
            "description": self.description,
            "email": personal(self.email),
            "event_id": self.event_id,
            "event_series_id": self.series_id,
            "first_name": personal(first or None),
            "full_name": personal(self.full_name),
            "group_ticket_barcode": None,
            "last_name": personal(last or None),
            "order_id": self.order_id,
            "qr_code_url": f"{cdn}/qr/attendee/{number}/{token}.png",
            "reference": self.reference,
            "reservation": None,
            "source": self.source,
            "status": self.status,
            "ticket_type_id": self.ticket_type_id,
            "updated_at": self.updated_at if self.updated_at is not None else self.created_at,
            "voided_at": self.voided_at,
        }


@dataclass
class CheckIn:
    """A door scan of an issued ticket (§5.9)."""

    id: str
    issued_ticket_id: str
    event_id: str
    series_id: str
    quantity: int
    check_in_at: int
    created_at: int

    def to_api(self) -> dict:
        return {
            "object": "check_in",
            "id": self.id,
            "check_in_at": self.check_in_at,
            "created_at": self.created_at,
            "event_id": self.event_id,
            "event_series_id": self.series_id,
            "issued_ticket_id": self.issued_ticket_id,
            "quantity": self.quantity,
        }
