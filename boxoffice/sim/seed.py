"""Demo data for the simulator, and a generator of large catalogues for benchmarks.

Ids and codes are stable (tests use the constants below); dates are relative to the clock's
"now" when the simulator is created, in each event's own time zone.

Box office "Riverside Arts Centre" (currency gbp), Ticket Tailor key `TICKETTAILOR_API_KEY`;
BTCPay store `STORE_ID` (default currency GBP, MediumSpeed, 15 min expiry, BTC-CHAIN + BTC-LN),
key `BTCPAY_API_KEY` (canviewstoresettings, cancreateinvoice, canmodifyinvoices,
canmodifystoresettings, scoped to the store).

Events (`ev_...`, series `es_` with the same number):

* `ev_1001` GBP_EVENT "Summer Chamber Night", published, tonight 19:30-22:30 Europe/London
  (tomorrow if that is less than an hour away), venue Riverside Arts Centre. Ticket types:
  - `tt_2001` GENERAL_TT General Admission, on_sale, £25.00 + £1.50 fee, 1-10 per order,
    total 200, issued 7 (from orders), in baskets 2 -> 191 available
  - `tt_2002` CONCESSION_TT Concession, on_sale, £18.00 + £1.00, 1-10, total 50, issued 3
  - `tt_2003` SOLD_OUT_TT Front Row, sold_out, £40.00 + £2.00, total 20, issued 20
  - `tt_2004` LIMITED_TT Meet & Greet, on_sale, £60.00, 1-2 per order, total 10
  - `tt_2005` SECRET_TT Crew & Guests, locked, access code SECRET_CODE "CREW2026", free, max 2
  - `tt_2006` HIDDEN_CODE_TT Friends of the Centre, hidden, access code HIDDEN_CODE
    "FRIENDS10", £20.00 + £1.50
  - `tt_2007` ADMIN_ONLY_TT Complimentary, admin_only, free
  - `tt_2008` HIDDEN_TT Staff Preview, hidden, no access code, free
  - `tt_2009` UNAVAILABLE_TT Wheelchair Space, unavailable, £25.00 + £1.50, total 4
  - `tt_2010` FAMILY_ADULT_TT Family Adult £20.00 + £1.00 and `tt_2011` FAMILY_CHILD_TT
    Family Child £10.00 + £0.50, both on_sale in ticket group `gt_3001` FAMILY_GROUP
    "Family tickets" with max_per_order 6
  Seeded tickets: VALID_BARCODE "RIVER00001" (valid, not checked in), CHECKED_IN_BARCODE
  "RIVER00002" (already checked in), "RIVER00003".."RIVER00007" valid, VOIDED_BARCODE
  "RIVER00008" (voided), concessions "CONC00001".."CONC00003", front row
  "FRONT00001".."FRONT00020"; all with source "checkout" and an order id.
* `ev_1002` FREE_EVENT "Open Rehearsal", published, in 3 days 14:00 London; `tt_2101` FREE_TT
  Free Entry, price 0, 1-4 per order, total 120.
* `ev_1003` JPY_EVENT "Tokyo Jazz Evening", published, currency jpy, Asia/Tokyo, in 10 days
  19:00; `tt_2201` JPY_GENERAL_TT General ¥3,500 + ¥300 fee, `tt_2202` JPY_STUDENT_TT Student
  ¥2,000 + ¥300 (zero-decimal currency: prices are whole yen).
* `ev_1004` DRAFT_EVENT "Autumn Gala", draft, in 60 days; `tt_2301` Gala Dinner £85.00.
* `ev_1005` SALES_CLOSED_EVENT "Spring Recital", sales_closed, in 2 days; `tt_2401` £15.00.
* `ev_1006` JAZZ_EVENT "Jazz on the River", published, in 14 days 20:00; `tt_2501` Standard
  £18.00 + £1.00, `tt_2502` Under 18s £9.00 + £0.50, `tt_2503` SEATED_TT Terrace Tables, type
  "seated" (a seating chart: holds are accepted, issuing is refused), £30.00, and `tt_2504`
  EARLY_BIRD_TT Early Bird £14.00, on_sale but past its window (`hide_after` a day ago).
* `ev_1007` "Poetry Slam Night", published, in 28 days 19:00; `tt_2601` Entry £6.00,
  `tt_2602` Poet's Slot (admin_only, free).
* `ev_1008` CANCELLED_EVENT "Folk Night", published but unavailable ("cancelled"), in 7 days;
  `tt_2701` £12.00.
* `ev_1009` PAST_EVENT "Winter Showcase", published, started 2 days ago; `tt_2801` £10.00.
* `ev_1010` SOLD_OUT_EVENT "Comedy Night", published, in 5 days 20:00; `tt_2901` General
  £20.00, sold_out, total 40, issued 40 (barcodes "COMEDY0001".."COMEDY0040").

New objects get ids after these: holds from `ho_4001`, issued tickets from `it_6072`,
check-ins from `ch_7002`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from boxoffice.sim.dates import at_local
from boxoffice.sim.tt_model import CheckIn, Event, IssuedTicket, TicketGroup, TicketType

if TYPE_CHECKING:
    from boxoffice.sim.tickettailor import TicketTailor

TICKETTAILOR_API_KEY = "sk_1000_1000_U2ltdWxhdGVkQm94T2ZmaWNl"
BTCPAY_API_KEY = "5f1c9a0e7b3d4c2a8e6f1b0d9c7a5e3f2b1d0c9e"
STORE_ID = "SimBoxofficeStore7u3WcQfK2pRkZyTgHxJ8nVmEa4D"

GBP_EVENT = "ev_1001"
FREE_EVENT = "ev_1002"
JPY_EVENT = "ev_1003"
DRAFT_EVENT = "ev_1004"
SALES_CLOSED_EVENT = "ev_1005"
JAZZ_EVENT = "ev_1006"
POETRY_EVENT = "ev_1007"
CANCELLED_EVENT = "ev_1008"
PAST_EVENT = "ev_1009"
SOLD_OUT_EVENT = "ev_1010"

GENERAL_TT = "tt_2001"
CONCESSION_TT = "tt_2002"
SOLD_OUT_TT = "tt_2003"
LIMITED_TT = "tt_2004"
SECRET_TT = "tt_2005"
SECRET_CODE = "CREW2026"
HIDDEN_CODE_TT = "tt_2006"
HIDDEN_CODE = "FRIENDS10"
ADMIN_ONLY_TT = "tt_2007"
HIDDEN_TT = "tt_2008"
UNAVAILABLE_TT = "tt_2009"
FAMILY_ADULT_TT = "tt_2010"
FAMILY_CHILD_TT = "tt_2011"
FAMILY_GROUP = "gt_3001"
FREE_TT = "tt_2101"
JPY_GENERAL_TT = "tt_2201"
JPY_STUDENT_TT = "tt_2202"
DRAFT_TT = "tt_2301"
SALES_CLOSED_TT = "tt_2401"
SOLD_OUT_EVENT_TT = "tt_2901"
SEATED_TT = "tt_2503"
EARLY_BIRD_TT = "tt_2504"

VALID_BARCODE = "RIVER00001"
CHECKED_IN_BARCODE = "RIVER00002"
VOIDED_BARCODE = "RIVER00008"

LONDON = "Europe/London"
VENUE = ("Riverside Arts Centre", "SE1 7PB", "GB")
DAY = 86400

_NAMES = (
    "Ada Lovelace",
    "Alan Turing",
    "Grace Hopper",
    "Katherine Johnson",
    "Tim Berners-Lee",
    "Margaret Hamilton",
    "Dennis Ritchie",
    "Barbara Liskov",
)


def _html(*paragraphs: str) -> str:
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def _event(
    tt: TicketTailor,
    number: int,
    name: str,
    start: int,
    hours: float,
    types: list[TicketType],
    **fields,
) -> Event:
    venue = fields.pop("venue", VENUE)
    now = tt.now()
    event = Event(
        id=f"ev_{number}",
        series_id=f"es_{number}",
        name=name,
        start=start,
        end=start + int(hours * 3600),
        created_at=now - 45 * DAY + number,
        venue_name=venue[0],
        venue_postal_code=venue[1],
        venue_country=venue[2],
        ticket_types=types,
        chk=f"{(number * 7919) % 65536:04x}",
        **fields,
    )
    return tt.add_event(event)


def _type(number: int, name: str, price: int, total: int, sort: int, **fields) -> TicketType:
    return TicketType(f"tt_{number}", name, price, total, sort_order=10000 + sort * 10, **fields)


def _sold(tt: TicketTailor, event: Event, ticket_type: TicketType, barcodes: list[str]) -> None:
    """Tickets bought earlier through Ticket Tailor's own checkout (they have orders)."""
    for barcode in barcodes:
        number = tt._counters["it"] + 1
        order = f"or_{8001 + (number - 6001) // 2}"
        ticket = IssuedTicket(
            id=f"it_{number}",
            event_id=event.id,
            series_id=event.series_id,
            ticket_type_id=ticket_type.id,
            barcode=barcode,
            created_at=event.created_at + 3600 + number,
            description=ticket_type.name,
            listed_price=ticket_type.price,
            currency=event.currency,
            full_name=_NAMES[number % len(_NAMES)],
            email=f"guest{number}@example.com",
            reference=None,
            source="checkout",
            order_id=order,
        )
        tt.add_issued_ticket(ticket)
        tt.reserve_id(order)
        ticket_type.quantity_issued += 1
        event.revenue += ticket_type.price + ticket_type.booking_fee
    event.total_orders = len(
        {t.order_id for t in tt.issued_tickets.values() if t.event_id == event.id}
    )


def seed_demo(tt: TicketTailor) -> None:
    """Load the demo box office described in this module's docstring."""
    now = tt.now()
    tonight = at_local(now, LONDON, 19, 30)
    if tonight < now + 3600:
        tonight += DAY
    family = TicketGroup("gt_3001", "Family tickets", sort_order=10100, max_per_order=6)
    main = _event(
        tt,
        1001,
        "Summer Chamber Night",
        tonight,
        3,
        [
            _type(
                2001,
                "General Admission",
                2500,
                200,
                0,
                booking_fee=150,
                description="Unreserved seating",
                quantity_in_baskets=2,
            ),
            _type(
                2002,
                "Concession",
                1800,
                50,
                1,
                booking_fee=100,
                description="Students, under 26s and over 65s; bring proof at the door",
            ),
            _type(
                2003,
                "Front Row",
                4000,
                20,
                2,
                booking_fee=200,
                status="sold_out",
                description="The first row of seats",
            ),
            _type(
                2004,
                "Meet & Greet",
                6000,
                10,
                3,
                max_per_order=2,
                description="Concert ticket plus drinks with the quartet after the show",
            ),
            _type(
                2005,
                "Crew & Guests",
                0,
                20,
                4,
                status="locked",
                access_code=SECRET_CODE,
                max_per_order=2,
                description="Crew and guests",
            ),
            _type(
                2006,
                "Friends of the Centre",
                2000,
                30,
                5,
                booking_fee=150,
                status="hidden",
                access_code=HIDDEN_CODE,
                description="Members' price",
            ),
            _type(
                2007,
                "Complimentary",
                0,
                30,
                6,
                status="admin_only",
                description="Issued by the box office",
            ),
            _type(2008, "Staff Preview", 0, 10, 7, status="hidden"),
            _type(
                2009,
                "Wheelchair Space",
                2500,
                4,
                8,
                booking_fee=150,
                status="unavailable",
                description="Please call the box office",
            ),
            _type(2010, "Family Adult", 2000, 40, 9, booking_fee=100, group_id=family.id),
            _type(2011, "Family Child", 1000, 40, 10, booking_fee=50, group_id=family.id),
        ],
        description=_html(
            "An evening of <strong>chamber music</strong> by the Riverside Quartet: "
            "Haydn, Britten and Shostakovich.",
            "Doors open 30 minutes before the start. Running time about 2 hours 30 minutes.",
        ),
    )
    family.ticket_ids = ["tt_2010", "tt_2011"]
    main.ticket_groups.append(family)
    tt.reserve_id(family.id)
    river = [f"RIVER{n:05d}" for n in range(1, 9)]
    _sold(tt, main, main.ticket_types[0], river)
    checked_in = next(t for t in tt.issued_tickets.values() if t.barcode == CHECKED_IN_BARCODE)
    checked_in.checked_in = True
    check_in = CheckIn("ch_7001", checked_in.id, main.id, main.series_id, 1, now - 600, now - 600)
    tt.check_ins[check_in.id] = check_in
    tt.reserve_id(check_in.id)
    voided = next(t for t in tt.issued_tickets.values() if t.barcode == VOIDED_BARCODE)
    voided.status = "voided"
    voided.voided_at = voided.updated_at = now - 3 * DAY
    main.ticket_types[0].quantity_issued -= 1
    _sold(tt, main, main.ticket_types[1], [f"CONC{n:05d}" for n in range(1, 4)])
    _sold(tt, main, main.ticket_types[2], [f"FRONT{n:05d}" for n in range(1, 21)])

    _event(
        tt,
        1002,
        "Open Rehearsal",
        at_local(now, LONDON, 14, 0, days=3),
        2,
        [_type(2101, "Free Entry", 0, 120, 0, max_per_order=4)],
        description=_html("Watch the Riverside Youth Orchestra rehearse. Free, all welcome."),
    )
    _event(
        tt,
        1003,
        "Tokyo Jazz Evening",
        at_local(now, "Asia/Tokyo", 19, 0, days=10),
        2.5,
        [
            _type(2201, "General", 3500, 150, 0, booking_fee=300),
            _type(2202, "Student", 2000, 50, 1, booking_fee=300, description="Student ID needed"),
        ],
        currency="jpy",
        timezone="Asia/Tokyo",
        venue=("Shibuya Sound Hall", "150-0002", "JP"),
        description=_html("A night of modern jazz in Shibuya."),
    )
    _event(
        tt,
        1004,
        "Autumn Gala",
        at_local(now, LONDON, 18, 30, days=60),
        5,
        [_type(2301, "Gala Dinner", 8500, 80, 0)],
        status="draft",
        description=_html("Not announced yet."),
    )
    _event(
        tt,
        1005,
        "Spring Recital",
        at_local(now, LONDON, 19, 0, days=2),
        2,
        [_type(2401, "General", 1500, 60, 0)],
        status="sales_closed",
        description=_html("Sales have closed for this recital."),
    )
    _event(
        tt,
        1006,
        "Jazz on the River",
        at_local(now, LONDON, 20, 0, days=14),
        3,
        [
            _type(2501, "Standard", 1800, 120, 0, booking_fee=100),
            _type(2502, "Under 18s", 900, 40, 1, booking_fee=50),
            # The seated value of `type` is not known (docs: a "seated" type); only GA is seen.
            _type(2503, "Terrace Tables", 3000, 24, 2, kind="seated"),
            _type(2504, "Early Bird", 1400, 40, 3, hide_after=now - DAY),
        ],
        description=_html("The Thames Delta Trio on the terrace, weather permitting."),
    )
    _event(
        tt,
        1007,
        "Poetry Slam Night",
        at_local(now, LONDON, 19, 0, days=28),
        2,
        [
            _type(2601, "Entry", 600, 80, 0),
            _type(2602, "Poet's Slot", 0, 12, 1, status="admin_only"),
        ],
        description=_html("Open mic poetry. <em>Sign up at the bar.</em>"),
    )
    _event(
        tt,
        1008,
        "Folk Night",
        at_local(now, LONDON, 19, 30, days=7),
        3,
        [_type(2701, "General", 1200, 100, 0)],
        unavailable=True,
        unavailable_status="cancelled",
        description=_html("Cancelled: all bookings have been refunded."),
    )
    _event(
        tt,
        1009,
        "Winter Showcase",
        at_local(now, LONDON, 19, 0, days=-2),
        2,
        [_type(2801, "General", 1000, 100, 0)],
        description=_html("Our students' end of term showcase."),
    )
    comedy = _event(
        tt,
        1010,
        "Comedy Night",
        at_local(now, LONDON, 20, 0, days=5),
        2,
        [_type(2901, "General", 2000, 40, 0, status="sold_out")],
        description=_html("Stand-up from four rising comedians. Sold out!"),
    )
    _sold(tt, comedy, comedy.ticket_types[0], [f"COMEDY{n:04d}" for n in range(1, 41)])


def seed_large_catalogue(tt: TicketTailor, events: int, ticket_types_per_event: int = 5) -> None:
    """`events` more events spread over the next year, for benchmarks.

    Every 10th is a draft and every 15th has closed sales; the rest are published. Ticket types
    are on sale with a few sold out, hidden or locked ones mixed in.
    """
    now = tt.now()
    statuses = ("on_sale", "on_sale", "sold_out", "on_sale", "hidden", "locked", "on_sale")
    for index in range(events):
        event_id = tt.next_id("ev")
        number = int(event_id.split("_")[1])
        series_id = tt.reserve_id(f"es_{number}")
        start = at_local(now, LONDON, 18 + index % 4, 0, days=1 + (index * 365) // max(1, events))
        types = []
        for position in range(ticket_types_per_event):
            status = statuses[(index + position) % len(statuses)]
            total = 50 + 25 * position
            types.append(
                tt.new_ticket_type(
                    f"Ticket type {position + 1}",
                    500 + 250 * ((index + position) % 12),
                    total,
                    booking_fee=50 * (position % 3),
                    status=status,
                    access_code=f"CODE{number}" if status == "locked" else None,
                    sort_order=10000 + position * 10,
                    quantity_issued=total if status == "sold_out" else (index * 3 + position) % 20,
                )
            )
        status = "draft" if index % 10 == 9 else "sales_closed" if index % 15 == 14 else "published"
        tt.add_event(
            Event(
                id=event_id,
                series_id=series_id,
                name=f"Catalogue Event {index + 1}",
                start=start,
                end=start + 2 * 3600,
                created_at=now - DAY + index,
                status=status,
                venue_name=VENUE[0],
                venue_postal_code=VENUE[1],
                venue_country=VENUE[2],
                description=_html(f"Event number {index + 1} of a generated catalogue."),
                ticket_types=types,
                chk=f"{(number * 7919) % 65536:04x}",
            )
        )
