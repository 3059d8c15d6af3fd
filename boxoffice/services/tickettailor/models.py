"""Ticket Tailor's objects as the box office reads them: events, ticket types, holds, tickets.

Behaviour follows developers.tickettailor.com and, where they differ, what the live API answers
(responses of api.tickettailor.com recorded 13 April 2025 in the public repository
shakermakerk/ticket_tailor_mcp_server, commit 6b7ee29, tests/cassettes/; cited below as "live").
The §N marks refer to sections of the Ticket Tailor API documentation as summarised for this
project. The API is loose in what it sends: booleans come as the strings "true"/"false", some
integers as strings, dates either as unix seconds or as date objects, and many documented fields
are simply absent. The parsers here accept all of those, ignore unknown fields and raise
`MalformedResponseError` only when something the box office cannot work without is missing; in a
list, one such object is skipped (and counted), never the whole list.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from boxoffice.services import fields
from boxoffice.services.errors import MalformedResponseError
from boxoffice.services.tickettailor.reading import (
    _bool,
    _int,
    _malformed,
    _object,
    _opt_int,
    _opt_str,
    _percentage,
    _personal,
    _str,
    is_masked,
)

log = logging.getLogger(__name__)


def _timestamp(data: dict, key: str, what: str) -> int | None:
    """Unix seconds from an int, a numeric string, or a date object's `unix` (§1.4)."""
    value = data.get(key)
    if isinstance(value, dict):
        moment = _event_time(value, f"{what} {key}")
        return moment.unix if moment else None
    return _opt_int(data, key, what)


# -- data ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EventTime:
    """A moment as Ticket Tailor's date object gives it (§1.4); `formatted` is for display only."""

    unix: int
    iso: str
    date: str
    time: str
    formatted: str


def _event_time(value: Any, what: str) -> EventTime | None:
    """Read a date object; also accept bare unix seconds, deriving the strings in UTC."""
    if value is None or value == "":
        return None
    if not isinstance(value, dict):
        unix = fields.whole_number(value)
        if unix is None:
            raise _malformed(f"{what} that is not a date")
        value = {"unix": unix}
    unix = fields.whole_number(value.get("unix"))
    iso = value.get("iso") if isinstance(value.get("iso"), str) else None
    moment: datetime | None = None
    if iso:
        try:
            moment = datetime.fromisoformat(iso)
        except ValueError:
            moment = None
    if unix is None:
        if moment is None or moment.tzinfo is None:
            raise _malformed(f"{what} without a usable unix time")
        try:
            unix = int(moment.timestamp())
        except (OverflowError, OSError, ValueError):
            raise _malformed(f"{what} with a time out of range") from None
    if moment is None:
        try:
            moment = datetime.fromtimestamp(unix, UTC)
        except (OverflowError, OSError, ValueError):
            raise _malformed(f"{what} with a time out of range") from None
        iso = moment.isoformat()
    date = value.get("date") if isinstance(value.get("date"), str) else moment.strftime("%Y-%m-%d")
    clock = value.get("time") if isinstance(value.get("time"), str) else moment.strftime("%H:%M")
    formatted = value.get("formatted")
    if not isinstance(formatted, str):
        formatted = f"{date} {clock}"
    return EventTime(
        unix=unix, iso=iso or moment.isoformat(), date=date, time=clock, formatted=formatted
    )


@dataclass(frozen=True)
class TicketType:
    """One kind of ticket of an event occurrence (§5.5). Money is in minor units of the event."""

    id: str
    name: str
    description: str | None
    price: int
    booking_fee: int
    status: str
    access_code: str | None
    min_per_order: int | None
    max_per_order: int | None
    group_id: str | None
    sort_order: int
    quantity_total: int
    quantity_issued: int
    quantity_held: int
    quantity_in_baskets: int
    #: Ticket Tailor's `type`: "GA" (general admission) on every live type; anything else is
    #: taken for a seated type, which the API cannot issue (docs, create issued ticket).
    kind: str = "GA"
    #: Sale window (docs, create ticket type): not sold before `hide_until`, nor from
    #: `hide_after` on (an early bird past its date). Unix seconds, None = no limit.
    hide_until: int | None = None
    hide_after: int | None = None

    @property
    def available(self) -> int:
        """Tickets that can still be held or issued, from the four counters (§5.5).

        `quantity` is not used when `quantity_total` is there: live it is what is left after
        checkout sales (160 total, 28 issued -> 132), and whether holds are subtracted is not
        known. Never negative, even when the counters overlap.
        """
        used = self.quantity_issued + self.quantity_held + self.quantity_in_baskets
        return max(0, self.quantity_total - used)

    @property
    def seated(self) -> bool:
        """Whether this type uses a seating chart (any `type` but GA, compared case-blind)."""
        return self.kind.strip().upper() != "GA"

    def on_sale_at(self, now: float) -> bool:
        """Whether `now` is inside the type's sale window (`hide_until` / `hide_after`)."""
        if self.hide_until is not None and now < self.hide_until:
            return False
        return not (self.hide_after is not None and now >= self.hide_after)

    @classmethod
    def from_api(cls, data: Any) -> TicketType:
        data = _object(data, "a ticket type")
        what = f"ticket type {data.get('id') or '(no id)'}"
        ticket_id = _str(data, "id", "a ticket type")
        issued = _int(data, "quantity_issued", what, default=0)
        held = _int(data, "quantity_held", what, default=0)
        baskets = _int(data, "quantity_in_baskets", what, default=0)
        total = _opt_int(data, "quantity_total", what)
        if total is None:
            # Without the total, `quantity` itself is what is left (live: 160 - 28 -> 132).
            total = _int(data, "quantity", what, default=0) + issued + held + baskets
        kind = _opt_str(data, "type")
        return cls(
            id=ticket_id,
            name=_str(data, "name", what),
            description=_opt_str(data, "description"),
            price=_int(data, "price", what),
            booking_fee=_int(data, "booking_fee", what, default=0),
            # An unknown status is never "on_sale", so a broken type is not offered for sale.
            status=(_opt_str(data, "status") or "").lower(),
            access_code=_opt_str(data, "access_code"),
            min_per_order=_opt_int(data, "min_per_order", what),
            max_per_order=_opt_int(data, "max_per_order", what),
            group_id=_opt_str(data, "group_id"),
            sort_order=_int(data, "sort_order", what, default=0),
            quantity_total=total,
            quantity_issued=issued,
            quantity_held=held,
            quantity_in_baskets=baskets,
            # Missing = GA: every live type carries "GA"; an old payload without it is not seated.
            kind=kind.strip() if kind and kind.strip() else "GA",
            hide_until=_timestamp(data, "hide_until", what),
            hide_after=_timestamp(data, "hide_after", what),
        )


@dataclass(frozen=True)
class TicketGroup:
    """A named group of ticket types with a shared per-order limit (§5.3)."""

    id: str
    name: str
    sort_order: int
    max_per_order: int | None
    ticket_ids: tuple[str, ...]

    @classmethod
    def from_api(cls, data: Any) -> TicketGroup:
        data = _object(data, "a ticket group")
        group_id = _str(data, "id", "a ticket group")
        what = f"ticket group {group_id}"
        ids = data.get("ticket_ids") or []
        if not isinstance(ids, list):
            raise _malformed(f"{what} with an invalid ticket_ids")
        return cls(
            id=group_id,
            name=_opt_str(data, "name") or "",
            sort_order=_int(data, "sort_order", what, default=0),
            max_per_order=_opt_int(data, "max_per_order", what),
            ticket_ids=tuple(str(i) for i in ids),
        )


@dataclass(frozen=True)
class Event:
    """One event occurrence (`ev_…`) with its ticket types (§5.3). `raw` is the API object."""

    id: str
    name: str
    status: str
    currency: str
    start: EventTime | None
    end: EventTime | None
    timezone: str | None
    venue_name: str | None
    description: str | None
    tickets_available: bool
    unavailable: bool
    hidden: bool
    private: bool
    ticket_types: tuple[TicketType, ...]
    ticket_groups: tuple[TicketGroup, ...]
    raw: dict = field(compare=False, repr=False)
    #: Sales tax as the event is set up; absent on live 2025 events (absent = no tax).
    sales_tax_percentage: Decimal | None = None
    sales_tax_treatment: str | None = None
    #: Ticket types left out because they could not be read (one line each, no secrets).
    unreadable: tuple[str, ...] = ()

    @property
    def tax_added_at_checkout(self) -> bool:
        """Whether Ticket Tailor's checkout adds sales tax on top of the ticket prices."""
        return (
            (self.sales_tax_treatment or "").lower() == "exclusive"
            and self.sales_tax_percentage is not None
            and self.sales_tax_percentage > 0
        )

    def ended(self, now: float) -> bool:
        """Whether the event is over by its `end`. Without an end it is not taken for over:
        door sales go on while a show runs, and the hold still decides."""
        return self.end is not None and self.end.unix <= now

    @classmethod
    def from_api(cls, data: Any) -> Event:
        data = _object(data, "an event")
        event_id = _str(data, "id", "an event")
        what = f"event {event_id}"
        types = data.get("ticket_types") or []
        groups = data.get("ticket_groups") or []
        if not isinstance(types, list):
            raise _malformed(f"{what} with an invalid ticket_types list")
        if not isinstance(groups, list):
            raise _malformed(f"{what} with an invalid ticket_groups list")
        venue = data.get("venue")
        venue_name = _opt_str(venue, "name") if isinstance(venue, dict) else None
        ticket_types: list[TicketType] = []
        unreadable: list[str] = []
        for raw_type in types:
            try:
                ticket_types.append(TicketType.from_api(raw_type))
            except MalformedResponseError as error:
                # One odd type must not hide the event's other types (live objects lack many
                # documented fields); it is left out and named.
                log.warning("%s: skipped a ticket type: %s", what, error.detail)
                unreadable.append(f"ticket type of {what}: {error.detail}")
        return cls(
            id=event_id,
            name=_str(data, "name", what),
            status=(_opt_str(data, "status") or "").lower(),
            # Prices cannot be shown or charged without it, so it is required.
            currency=_str(data, "currency", what).strip().lower(),
            start=_event_time(data.get("start"), f"{what} start"),
            end=_event_time(data.get("end"), f"{what} end"),
            timezone=_opt_str(data, "timezone"),
            venue_name=venue_name,
            description=_opt_str(data, "description"),
            # Missing means "not said otherwise": the hold is the real availability check (§10).
            tickets_available=_bool(data, "tickets_available", default=True),
            unavailable=_bool(data, "unavailable"),
            hidden=_bool(data, "hidden"),
            private=_bool(data, "private"),
            ticket_types=tuple(ticket_types),
            ticket_groups=tuple(TicketGroup.from_api(g) for g in groups),
            raw=data,
            sales_tax_percentage=_percentage(data, "sales_tax_percentage"),
            sales_tax_treatment=_opt_str(data, "sales_tax_treatment"),
            unreadable=tuple(unreadable),
        )

    def ticket_type(self, ticket_type_id: str) -> TicketType | None:
        """The ticket type with this id, or None."""
        return next((t for t in self.ticket_types if t.id == ticket_type_id), None)

    def group(self, group_id: str) -> TicketGroup | None:
        """The ticket group with this id, or None."""
        return next((g for g in self.ticket_groups if g.id == group_id), None)


@dataclass(frozen=True)
class Hold:
    """Tickets reserved for one event occurrence while the buyer pays (§5.6).

    `quantities` maps ticket type id to the number still held; it shrinks as tickets are issued
    from the hold. Times are unix seconds.
    """

    id: str
    event_id: str | None
    note: str | None
    total_on_hold: int
    quantities: dict[str, int]
    created_at: int | None
    #: Last change, read from `updated_at` or the docs' spelling `update_at` (§5.6).
    updated_at: int | None = None

    @classmethod
    def from_api(cls, data: Any) -> Hold:
        data = _object(data, "a hold")
        hold_id = _str(data, "id", "a hold")
        what = f"hold {hold_id}"
        quantities = _hold_quantities(data.get("quantities"), what)
        # The docs example spells it `update_at` (§5.6, §12.4): accept both.
        updated_key = "updated_at" if data.get("updated_at") is not None else "update_at"
        return cls(
            id=hold_id,
            event_id=_opt_str(data, "event_id"),
            note=_opt_str(data, "note"),
            total_on_hold=_int(data, "total_on_hold", what, default=sum(quantities.values())),
            quantities=quantities,
            created_at=_timestamp(data, "created_at", what),
            updated_at=_timestamp(data, updated_key, what),
        )


def _hold_quantities(value: Any, what: str) -> dict[str, int]:
    """`[{"ticket_type_id", "quantity"}, ...]` (§5.6), or an id -> quantity map, as a dict."""
    if value is None:
        return {}
    pairs: list[tuple[Any, Any]]
    if isinstance(value, dict):
        pairs = list(value.items())
    elif isinstance(value, list):
        pairs = []
        for item in value:
            if not isinstance(item, dict):
                raise _malformed(f"{what} with an invalid quantities list")
            pairs.append((item.get("ticket_type_id"), item.get("quantity")))
    else:
        raise _malformed(f"{what} with an invalid quantities list")
    result: dict[str, int] = {}
    for ticket_type_id, quantity in pairs:
        number = fields.whole_number(quantity)
        if not isinstance(ticket_type_id, str) or not ticket_type_id or number is None:
            raise _malformed(f"{what} with an invalid quantities list")
        result[ticket_type_id] = result.get(ticket_type_id, 0) + number
    return result


@dataclass(frozen=True)
class IssuedTicket:
    """One ticket issued to an attendee (§5.7). Times are unix seconds."""

    id: str
    event_id: str
    ticket_type_id: str
    barcode: str
    status: str
    checked_in: bool
    full_name: str | None
    email: str | None
    reference: str | None
    description: str | None
    created_at: int | None
    voided_at: int | None
    barcode_url: str | None
    #: Ticket Tailor's own QR image of the barcode (live: `/barcode/qr/…png` on its CDN).
    qr_code_url: str | None = None
    #: Whether personal fields came masked as "****" (the key hides personal data).
    masked: bool = False

    @classmethod
    def from_api(cls, data: Any) -> IssuedTicket:
        data = _object(data, "an issued ticket")
        ticket_id = _str(data, "id", "an issued ticket")
        what = f"issued ticket {ticket_id}"
        return cls(
            id=ticket_id,
            event_id=_str(data, "event_id", what),
            ticket_type_id=_str(data, "ticket_type_id", what),
            barcode=_str(data, "barcode", what),
            status=_str(data, "status", what).lower(),
            checked_in=_bool(data, "checked_in"),
            full_name=_personal(data, "full_name"),
            email=_personal(data, "email"),
            # Masking of `reference` is unverified; a masked one matches nothing, so it is None.
            reference=_personal(data, "reference"),
            description=_opt_str(data, "description"),
            created_at=_timestamp(data, "created_at", what),
            voided_at=_lenient_time(data.get("voided_at")),
            barcode_url=_opt_str(data, "barcode_url"),
            qr_code_url=_opt_str(data, "qr_code_url"),
            masked=any(
                is_masked(data.get(k)) for k in ("email", "full_name", "first_name", "last_name")
            ),
        )


def _lenient_time(value: Any) -> int | None:
    """`voided_at` as an int, a digit string, a date object or null; anything else is None."""
    if isinstance(value, dict):
        return fields.whole_number(value.get("unix"))
    return fields.whole_number(value)


@dataclass(frozen=True)
class CheckIn:
    """An admission recorded against an issued ticket (§5.9)."""

    id: str
    issued_ticket_id: str
    event_id: str | None
    quantity: int
    check_in_at: int | None

    @classmethod
    def from_api(cls, data: Any) -> CheckIn:
        data = _object(data, "a check-in")
        check_in_id = _str(data, "id", "a check-in")
        what = f"check-in {check_in_id}"
        return cls(
            id=check_in_id,
            issued_ticket_id=_str(data, "issued_ticket_id", what),
            event_id=_opt_str(data, "event_id"),
            quantity=_int(data, "quantity", what, default=1),
            check_in_at=_timestamp(data, "check_in_at", what),
        )


class EventList(list):
    """A list of events, plus `unreadable`: one line per event or ticket type left out."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.unreadable: list[str] = []
