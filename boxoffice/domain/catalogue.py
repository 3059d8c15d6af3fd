"""What may be sold: the events and ticket types a customer may see, after the organiser's choices.

Rules (Ticket Tailor statuses from developers.tickettailor.com, events and ticket types):

- Events: the ones selected in settings, or, when none are selected, every `published` event
  that is not cancelled (`unavailable`). Drafts, closed events and events that have ended are
  never offered. `tickets_available: "false"` only closes *online* sales (organisers close them
  at doors): such an event is shown with the notice "online sales closed" and the hold decides.
  `hidden: "true"` is not looked at: every live event on sale carried it.
- Ticket types whose `type` is not GA use a seating chart, which the API cannot issue (docs,
  create issued ticket): shown, never sold ("reserved seating — sell online"). Outside its
  `hide_until` / `hide_after` window a type is not sold either.
- Ticket types: `on_sale`, `sold_out` and `unavailable` are shown (the last two visibly not
  purchasable). `locked` types and any type with an `access_code` are secret: shown only after
  a matching code is entered. `hidden` and `admin_only` types (and unknown statuses) never are.
- Organiser overrides per ticket type: display name, price, description, hidden.

Unlike the BTCPay Server Ticket Tailor plugin (Kukks/BTCPayServerPlugins,
Plugins/BTCPayServer.Plugins.TicketTailor), the UI and the sale use the same rules, so a type
that is shown as buyable can be bought, and the
ticket group `max_per_order` is enforced too.
"""

from __future__ import annotations

import logging
import time
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl

from boxoffice.domain.event_time import event_when
from boxoffice.domain.money import from_minor, normalize
from boxoffice.words import translate

if TYPE_CHECKING:
    from boxoffice.services.tickettailor.models import Event, EventTime, TicketType

log = logging.getLogger(__name__)

#: Ticket Tailor statuses shown without a code.
PUBLIC_STATUSES = frozenset({"on_sale", "sold_out", "unavailable"})
#: Statuses that can be bought (a `locked` one only once unlocked).
BUYABLE_STATUSES = frozenset({"on_sale", "locked"})

# The words a customer or staff read about what is on sale: `Words` (context "Catalogue").
SEATED_REASON = translate("Catalogue", "reserved seating — sell online")
#: Why an event with exclusive sales tax is refused (see `_tax_refusal`).
TAX_REASON = translate(
    "Catalogue",
    "sales tax is added on top at Ticket Tailor's checkout; the door cannot charge it yet",
)
ONLINE_CLOSED_NOTICE = translate("Catalogue", "online sales closed")
#: Why a ticket type cannot be bought now (`OfferedTicketType.unavailable_reason`).
NOT_ON_SALE_NOW = translate("Catalogue", "Not on sale now")
SOLD_OUT = translate("Catalogue", "Sold out")
NOT_AVAILABLE = translate("Catalogue", "Not available")
ONLY_LEFT = translate("Catalogue", "Only {count} left")


@dataclass(frozen=True)
class TicketOverride:
    """The organiser's changes to one Ticket Tailor ticket type, for this box office only.

    A price override changes what the customer pays; issued tickets keep Ticket Tailor's type.
    """

    name: str | None = None
    price: Decimal | None = None
    description: str | None = None
    hidden: bool = False


@dataclass(frozen=True)
class CatalogueSettings:
    """Which events to offer (none selected = every published event on sale) and overrides."""

    event_ids: tuple[str, ...] = ()
    overrides: Mapping[str, TicketOverride] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True)
class OfferedGroup:
    """A Ticket Tailor ticket group: a heading, and a shared per-order limit."""

    id: str
    name: str
    sort_order: int
    max_per_order: int | None


@dataclass(frozen=True)
class OfferedTicketType:
    """A ticket type as the customer sees it, after overrides, with effective limits."""

    id: str
    name: str
    description: str | None
    unit_price: Decimal
    currency: str
    status: str
    purchasable: bool
    available: int
    min_per_order: int
    max_per_order: int
    group_id: str | None
    secret: bool
    unavailable_reason: str | None
    #: The access code that unlocks a secret type (compared trimmed and case-insensitively).
    access_code: str | None = field(default=None, repr=False)
    #: Ticket Tailor's own name, kept for staff screens when an override renames the type.
    original_name: str | None = None


@dataclass(frozen=True)
class OfferedEvent:
    """An event that may be sold, with every ticket type that may ever be shown."""

    id: str
    name: str
    currency: str
    start: EventTime | None
    end: EventTime | None
    venue: str | None
    description: str | None
    timezone: str | None
    ticket_types: tuple[OfferedTicketType, ...]
    groups: tuple[OfferedGroup, ...] = ()
    #: A word for staff that does not stop the sale ("online sales closed").
    notice: str | None = None
    #: Why nothing of this event can be sold at the door, when that is so.
    refusal: str | None = None

    @property
    def seated_types(self) -> tuple[OfferedTicketType, ...]:
        """The ticket types that use a seating chart (shown, never sold here)."""
        return tuple(t for t in self.ticket_types if t.unavailable_reason == SEATED_REASON)

    def visible(self, unlocked: frozenset[str] = frozenset()) -> tuple[OfferedTicketType, ...]:
        """Non-secret types plus the unlocked secret ones, in display order."""
        return tuple(t for t in self.ticket_types if not t.secret or t.id in unlocked)

    def unlock(self, code: str) -> frozenset[str]:
        """Ids of the secret types this access code unlocks (trimmed, case-insensitive)."""
        wanted = code_key(code)
        if not wanted:
            return frozenset()
        return frozenset(
            t.id
            for t in self.ticket_types
            if t.secret and t.access_code and code_key(t.access_code) == wanted
        )

    def ticket_type(self, ticket_type_id: str) -> OfferedTicketType | None:
        for ticket_type in self.ticket_types:
            if ticket_type.id == ticket_type_id:
                return ticket_type
        return None

    def group(self, group_id: str | None) -> OfferedGroup | None:
        for group in self.groups:
            if group.id == group_id:
                return group
        return None

    @property
    def available(self) -> int:
        """Seats left over the purchasable non-secret types."""
        return sum(t.available for t in self.ticket_types if t.purchasable and not t.secret)

    @property
    def start_text(self) -> str | None:
        """When the event is, as every screen, ticket and e-mail writes it; None if unknown."""
        return event_when(self.start, self.end) if self.start else None


@dataclass(frozen=True)
class Catalogue:
    """The events on offer, sorted by start time.

    `unreadable` names the events and ticket types Ticket Tailor sent that could not be read
    (left out, so that one odd object does not empty the list); staff see how many.
    """

    events: tuple[OfferedEvent, ...] = ()
    unreadable: tuple[str, ...] = ()

    @property
    def unreadable_words(self) -> str | None:
        """ "1 event could not be read" style words for staff (`Words`), or None when all
        were read."""
        if not self.unreadable:
            return None
        types = sum(1 for u in self.unreadable if u.startswith("ticket type"))
        events = len(self.unreadable) - types
        event_words = (
            translate("Catalogue", "{count} event")
            if events == 1
            else translate("Catalogue", "{count} events")
        ).format(count=events)
        type_words = (
            translate("Catalogue", "{count} ticket type")
            if types == 1
            else translate("Catalogue", "{count} ticket types")
        ).format(count=types)
        if events and types:
            what = translate("Catalogue", "{events} and {types}").format(
                events=event_words, types=type_words
            )
        else:
            what = event_words if events else type_words
        return translate(
            "Catalogue", "{what} could not be read from Ticket Tailor (left out)"
        ).format(what=what)

    def event(self, event_id: str) -> OfferedEvent | None:
        for event in self.events:
            if event.id == event_id:
                return event
        return None


#: Query keys Ticket Tailor uses for an access code in a link (`?a=CODE`, `?accessCode=CODE`).
_CODE_KEYS = ("accesscode", "access_code", "a")


def access_code_from(text: str) -> str:
    """The access code in what was typed or scanned: a bare code or a link carrying one.

    Accepts `https://…/event?accessCode=X`, `…?a=X` and `?a=X`; anything else is the code
    itself. Never fails: a link Python's URL parser refuses (`https://[x?a=1`, an unclosed IPv6
    bracket raises ValueError in `urllib.parse.urlsplit`) is read by its query alone.
    """
    text = _visible(str(text or "")).strip()
    if "?" not in text:
        return text
    # The query is what follows the first "?" up to a "#" (RFC 3986, 3.4), with or without a
    # scheme in front of it.
    query = text.split("?", 1)[1].split("#", 1)[0]
    for key, value in parse_qsl(query, keep_blank_values=True):
        value = _visible(value).strip()
        if key.strip().lower() in _CODE_KEYS and value:
            return value
    return text


def code_key(code: str | None) -> str:
    """An access code as compared: compatibility-normalised (a full-width "ＣＲＥＷ" typed with
    a Japanese keyboard is "CREW"), case-folded, without the invisible format and control
    characters a paste or a scanner adds (Unicode categories Cf, Cc; unicode.org/reports/tr15)."""
    return _visible(unicodedata.normalize("NFKC", str(code or ""))).strip().casefold()


def _visible(text: str) -> str:
    """The text without control and invisible format characters (a scanner's Tab or GS, a
    pasted zero-width space, a NUL decoded from "%00")."""
    return "".join(ch for ch in text if unicodedata.category(ch) not in ("Cf", "Cc"))


def build_catalogue(
    events: Iterable[Event],
    settings: CatalogueSettings,
    now: float | None = None,
    unreadable: Iterable[str] = (),
) -> Catalogue:
    """Apply the organiser's selection and overrides to Ticket Tailor's events.

    `now` (Unix time, default the clock) drops ended events and closes sale windows;
    `unreadable` are the objects the client had to leave out, passed on for staff.
    """
    now = time.time() if now is None else now
    selected = set(settings.event_ids)
    offered = []
    unreadable = list(unreadable or getattr(events, "unreadable", ()))
    for event in events:
        if event.status != "published":
            continue  # drafts and closed events never, even when selected
        if event.ended(now):
            continue  # the API filter (end_at.gte) may be ignored: checked here too
        if selected:
            if event.id not in selected:
                continue
        elif event.unavailable:
            continue
        offered.append(_offer_event(event, settings.overrides, now))
    offered.sort(key=_event_order)
    return Catalogue(tuple(offered), tuple(unreadable))


def _event_order(event: OfferedEvent) -> tuple:
    start = event.start.unix if event.start else None
    return (start is None, start or 0, event.name.casefold(), event.id)


def _tax_refusal(event: Event) -> str | None:
    """Refuse events whose price Ticket Tailor's checkout raises by sales tax.

    With `sales_tax_treatment: "exclusive"` and a percentage above 0, an online buyer pays price
    + tax. The door refuses such an event rather than charging it: how Ticket Tailor rounds
    the tax (per ticket or per order, on the booking fee or not) is not documented, and a ticket
    issued through the API is not an order, so Ticket Tailor would not record the tax anyway.
    Selling at the bare price would undercharge silently, which is worse than saying so.
    Live events mostly lack these fields: absent = no tax.
    """
    return TAX_REASON if event.tax_added_at_checkout else None


def _offer_event(
    event: Event, overrides: Mapping[str, TicketOverride], now: float | None = None
) -> OfferedEvent:
    now = time.time() if now is None else now
    refusal = _tax_refusal(event)
    currency = event.currency.strip().upper()
    groups = tuple(
        OfferedGroup(g.id, g.name, g.sort_order, _positive(g.max_per_order))
        for g in event.ticket_groups
    )
    group_of = {}
    for group in event.ticket_groups:
        for ticket_id in group.ticket_ids:
            group_of[ticket_id] = group.id
    group_max = {g.id: g.max_per_order for g in groups}
    group_order = {g.id: g.sort_order for g in groups}

    offered = []
    for ticket_type in event.ticket_types:
        override = overrides.get(ticket_type.id) or TicketOverride()
        group_id = ticket_type.group_id or group_of.get(ticket_type.id)
        item = _offer_ticket_type(
            ticket_type, override, currency, group_id, group_max, now, refusal
        )
        if item is not None:
            offered.append((ticket_type.sort_order, item))

    def order(entry: tuple[int, OfferedTicketType]) -> tuple:
        sort_order, item = entry
        # Ungrouped types first, then groups in their order; types by their sort order.
        grouped = item.group_id is not None
        group = group_order.get(item.group_id, 0) if item.group_id is not None else 0
        return (grouped, group, sort_order, item.name.casefold())

    offered.sort(key=order)
    return OfferedEvent(
        id=event.id,
        name=event.name,
        currency=currency,
        start=event.start,
        end=event.end,
        venue=event.venue_name,
        description=event.description,
        timezone=event.timezone,
        ticket_types=tuple(item for _, item in offered),
        groups=groups,
        notice=None if event.tickets_available else ONLINE_CLOSED_NOTICE,
        refusal=refusal,
    )


def _offer_ticket_type(
    ticket_type: TicketType,
    override: TicketOverride,
    currency: str,
    group_id: str | None,
    group_max: Mapping[str, int | None],
    now: float,
    refusal: str | None = None,
) -> OfferedTicketType | None:
    if override.hidden:
        return None
    status = ticket_type.status
    code = (ticket_type.access_code or "").strip() or None
    if status == "locked":
        if code is None:
            return None  # no code can ever unlock it
        secret = True
    elif status in PUBLIC_STATUSES:
        secret = code is not None
    else:
        return None  # hidden, admin_only, and anything Ticket Tailor adds later

    available = max(0, ticket_type.available)
    minimum = max(1, ticket_type.min_per_order or 1)
    maximum = available
    per_order = _positive(ticket_type.max_per_order)
    if per_order is not None:
        maximum = min(maximum, per_order)
    shared = _positive(group_max.get(group_id)) if group_id else None
    if shared is not None:
        maximum = min(maximum, shared)

    reason = None
    if refusal is not None:
        reason = refusal
    elif ticket_type.seated:
        reason = SEATED_REASON
    elif not ticket_type.on_sale_at(now):
        reason = NOT_ON_SALE_NOW
    elif status == "sold_out":
        reason = SOLD_OUT
    elif status == "unavailable":
        reason = NOT_AVAILABLE
    elif available == 0:
        reason = SOLD_OUT
    elif maximum < minimum:
        reason = ONLY_LEFT.format(count=available) if available < minimum else NOT_AVAILABLE
    purchasable = status in BUYABLE_STATUSES and reason is None

    return OfferedTicketType(
        id=ticket_type.id,
        name=(override.name or "").strip() or ticket_type.name,
        description=override.description
        if (override.description or "").strip()
        else ticket_type.description,
        unit_price=door_price(ticket_type, currency, override),
        currency=currency,
        status=status,
        purchasable=purchasable,
        available=available,
        min_per_order=minimum,
        max_per_order=max(0, maximum),
        group_id=group_id,
        secret=secret,
        unavailable_reason=reason,
        access_code=code,
        original_name=ticket_type.name,
    )


def door_price(
    ticket_type: TicketType, currency: str, override: TicketOverride | None = None
) -> Decimal:
    """What a customer pays at the door for one ticket of `ticket_type`, in `currency`.

    The organiser's override price when there is a valid one; else what Ticket Tailor's own
    checkout charges: the ticket type's `price` plus its per-ticket `booking_fee`, both in minor
    units of the event's currency (developers.tickettailor.com, the ticket type object). The
    catalogue sells at this price and the settings dialog shows it, so the two never differ.
    An override that is negative or not a valid amount of `currency` is logged and ignored.
    """
    if override is not None and override.price is not None:
        try:
            if override.price < 0:
                raise ValueError("negative")
            return normalize(override.price, currency)
        except ValueError:
            log.warning(
                "ignoring the price override %s for %s: not a valid %s amount",
                override.price,
                ticket_type.id,
                currency,
            )
    return from_minor(ticket_type.price + (ticket_type.booking_fee or 0), currency)


def _positive(value: int | None) -> int | None:
    return value if isinstance(value, int) and value > 0 else None
