"""Which events and ticket types are offered, and what the overrides change."""

from __future__ import annotations

from decimal import Decimal

from boxoffice.domain.catalogue import (
    CatalogueSettings,
    TicketOverride,
    build_catalogue,
    door_price,
)
from boxoffice.services.tickettailor.models import TicketType
from tests.engine.factories import event, ticket_type


def offered(events, **settings):
    return build_catalogue(events, CatalogueSettings(**settings))


def test_without_a_selection_only_published_events_on_sale_are_offered():
    events = [
        event("ev_1"),
        event("ev_draft", status="draft"),
        event("ev_closed", status="sales_closed"),
        event("ev_unavailable", unavailable="true"),
    ]
    assert [e.id for e in offered(events).events] == ["ev_1"]


def test_online_sales_closed_is_shown_with_a_notice_and_left_to_the_hold():
    # `tickets_available: "false"` closes online sales (organisers do that at doors); the
    # event has not ended, so the door still sells and the hold decides (this test replaces
    # the old expectation that such an event is hidden).
    catalogue = offered([event("ev_nothing", tickets_available="false"), event("ev_1")])
    closed = catalogue.event("ev_nothing")
    assert closed is not None and closed.notice == "online sales closed"
    assert closed.ticket_types[0].purchasable
    assert catalogue.event("ev_1").notice is None


def test_a_selection_offers_exactly_the_selected_published_events():
    events = [
        event("ev_1"),
        event("ev_2", tickets_available="false"),
        event("ev_3"),
        event("ev_draft", status="draft"),
    ]
    catalogue = offered(events, event_ids=("ev_2", "ev_draft"))
    # A selected event whose tickets are gone is still shown (as sold out); a draft never.
    assert [e.id for e in catalogue.events] == ["ev_2"]
    assert catalogue.event("ev_1") is None


def test_events_are_sorted_by_start_time():
    events = [event("ev_late", start_unix=2000), event("ev_early", start_unix=1000)]
    assert [e.id for e in offered(events).events] == ["ev_early", "ev_late"]


def test_ticket_type_visibility_by_status():
    types = [
        ticket_type("tt_sale", status="on_sale", sort_order=1),
        ticket_type("tt_sold", status="sold_out", sort_order=2),
        ticket_type("tt_unavail", status="unavailable", sort_order=3),
        ticket_type("tt_hidden", status="hidden", sort_order=4),
        ticket_type("tt_admin", status="admin_only", sort_order=5),
        ticket_type("tt_locked", status="locked", access_code="VIP", sort_order=6),
        ticket_type("tt_locked_nocode", status="locked", sort_order=7),
        ticket_type("tt_members", status="members_only", sort_order=8),
    ]
    ev = offered([event(types=types)]).events[0]
    assert [t.id for t in ev.ticket_types] == ["tt_sale", "tt_sold", "tt_unavail", "tt_locked"]
    assert [t.id for t in ev.visible()] == ["tt_sale", "tt_sold", "tt_unavail"]
    by_id = {t.id: t for t in ev.ticket_types}
    assert by_id["tt_sale"].purchasable
    assert not by_id["tt_sold"].purchasable and by_id["tt_sold"].unavailable_reason == "Sold out"
    assert not by_id["tt_unavail"].purchasable
    assert by_id["tt_unavail"].unavailable_reason == "Not available"
    assert by_id["tt_locked"].secret and by_id["tt_locked"].purchasable


def test_access_codes_unlock_secret_types_trimmed_and_case_insensitive():
    types = [
        ticket_type("tt_public"),
        ticket_type("tt_crew", status="locked", access_code="Crew2026"),
        ticket_type("tt_guest", status="on_sale", access_code="crew2026 "),
        ticket_type("tt_press", status="locked", access_code="PRESS"),
    ]
    ev = offered([event(types=types)]).events[0]
    unlocked = ev.unlock("  CREW2026 ")
    assert unlocked == frozenset({"tt_crew", "tt_guest"})
    assert {t.id for t in ev.visible(unlocked)} == {"tt_public", "tt_crew", "tt_guest"}
    assert ev.unlock("wrong") == frozenset()
    assert ev.unlock("   ") == frozenset()
    # An on_sale type with a code is secret too: it needs the code to be seen.
    assert [t.id for t in ev.visible()] == ["tt_public"]


def test_overrides_change_name_price_description_and_hide():
    types = [
        ticket_type("tt_1", name="General", price=2500, booking_fee=150, description="TT text"),
        ticket_type("tt_2", name="VIP"),
    ]
    overrides = {
        "tt_1": TicketOverride(name="Door ticket", price=Decimal("20"), description="At the door"),
        "tt_2": TicketOverride(hidden=True),
    }
    ev = offered([event(types=types)], overrides=overrides).events[0]
    assert [t.id for t in ev.ticket_types] == ["tt_1"]
    door = ev.ticket_types[0]
    assert door.name == "Door ticket"
    assert door.original_name == "General"
    assert door.description == "At the door"
    assert door.unit_price == Decimal("20.00")
    assert str(door.unit_price) == "20.00"


def test_price_is_ticket_price_plus_booking_fee_in_the_event_currency():
    gbp = offered([event(types=[ticket_type("tt_1", price=2500, booking_fee=150)])]).events[0]
    assert gbp.currency == "GBP"
    assert gbp.ticket_types[0].unit_price == Decimal("26.50")
    jpy = offered([event(currency="jpy", types=[ticket_type("tt_1", price=1500)])]).events[0]
    assert jpy.currency == "JPY"
    assert jpy.ticket_types[0].unit_price == Decimal("1500")
    assert jpy.ticket_types[0].currency == "JPY"


def test_the_door_price_is_the_figure_the_catalogue_sells_at():
    # The settings dialog shows `door_price` next to each ticket type; the sale charges the
    # catalogue's `unit_price`: one rule, so the organiser sees what the customer pays.
    fee = TicketType.from_api(ticket_type("tt_fee", price=2500, booking_fee=150))
    plain = TicketType.from_api(ticket_type("tt_plain", price=1900))
    changed = TicketType.from_api(ticket_type("tt_changed", price=1000, booking_fee=50))
    bad = TicketType.from_api(ticket_type("tt_bad", price=1200))
    overrides = {
        "tt_changed": TicketOverride(price=Decimal("8")),
        "tt_bad": TicketOverride(price=Decimal("-1")),
    }
    types = [
        ticket_type(t.id, price=t.price, booking_fee=t.booking_fee)
        for t in (fee, plain, changed, bad)
    ]
    ev = offered([event(types=types)], overrides=overrides).events[0]
    sold = {t.id: t.unit_price for t in ev.ticket_types}
    assert sold["tt_fee"] == door_price(fee, "GBP") == Decimal("26.50")
    assert sold["tt_plain"] == door_price(plain, "GBP") == Decimal("19.00")
    assert sold["tt_changed"] == door_price(changed, "GBP", overrides["tt_changed"])
    assert sold["tt_changed"] == Decimal("8.00")
    assert door_price(changed, "GBP") == Decimal("10.50")
    assert sold["tt_bad"] == door_price(bad, "GBP", overrides["tt_bad"]) == Decimal("12.00")


def test_an_invalid_price_override_is_ignored():
    ev = offered(
        [event(currency="jpy", types=[ticket_type("tt_1", price=1500)])],
        overrides={"tt_1": TicketOverride(price=Decimal("10.5"))},
    ).events[0]
    assert ev.ticket_types[0].unit_price == Decimal("1500")


def test_effective_limits_from_type_availability_and_group():
    types = [
        ticket_type(
            "tt_1",
            max_per_order=10,
            min_per_order=2,
            quantity_total=6,
            quantity_issued=1,
            quantity_held=1,
            quantity_in_baskets=1,
        ),
        ticket_type("tt_2", max_per_order=None, min_per_order=None, group_id="tg_1"),
        ticket_type(
            "tt_3",
            max_per_order=20,
            quantity_total=3,
            quantity_issued=1,
            quantity_held=1,
            quantity_in_baskets=1,
            min_per_order=1,
        ),
        ticket_type("tt_4", min_per_order=4, quantity_total=3),
    ]
    groups = [
        {
            "id": "tg_1",
            "name": "Family",
            "sort_order": 1,
            "max_per_order": 5,
            "ticket_ids": ["tt_2"],
        }
    ]
    ev = offered([event(types=types, groups=groups)]).events[0]
    by_id = {t.id: t for t in ev.ticket_types}
    assert (by_id["tt_1"].available, by_id["tt_1"].min_per_order, by_id["tt_1"].max_per_order) == (
        3,
        2,
        3,
    )
    assert (by_id["tt_2"].min_per_order, by_id["tt_2"].max_per_order) == (1, 5)
    assert not by_id["tt_3"].purchasable and by_id["tt_3"].unavailable_reason == "Sold out"
    assert not by_id["tt_4"].purchasable and by_id["tt_4"].unavailable_reason == "Only 3 left"
    assert ev.available == 3 + 100


def test_grouped_types_follow_their_group_order():
    types = [
        ticket_type("tt_b", group_id="tg_2", sort_order=1),
        ticket_type("tt_a", group_id="tg_1", sort_order=2),
        ticket_type("tt_free", sort_order=3),
    ]
    groups = [
        {
            "id": "tg_1",
            "name": "First",
            "sort_order": 1,
            "max_per_order": None,
            "ticket_ids": ["tt_a"],
        },
        {
            "id": "tg_2",
            "name": "Second",
            "sort_order": 2,
            "max_per_order": None,
            "ticket_ids": ["tt_b"],
        },
    ]
    ev = offered([event(types=types, groups=groups)]).events[0]
    assert [t.id for t in ev.visible()] == ["tt_free", "tt_a", "tt_b"]


def test_event_available_counts_only_public_purchasable_types():
    types = [
        ticket_type("tt_1", quantity_total=10),
        ticket_type("tt_2", status="locked", access_code="X", quantity_total=50),
        ticket_type("tt_3", status="sold_out", quantity_total=7),
    ]
    assert offered([event(types=types)]).events[0].available == 10


# -- the real service's rules (docs and live responses) ------------------------------------


def test_a_seated_type_is_shown_but_never_sold():
    # Seated types cannot be issued through the API (docs, create issued ticket); any `type`
    # but GA counts as seated, whatever the spelling.
    types = [ticket_type("tt_ga", type="GA"), ticket_type("tt_seat", type="seated")]
    (offered_event,) = offered([event("ev_1", types=types)]).events
    seat = offered_event.ticket_type("tt_seat")
    assert not seat.purchasable and seat.unavailable_reason == "reserved seating — sell online"
    assert offered_event.ticket_type("tt_ga").purchasable
    assert [t.id for t in offered_event.seated_types] == ["tt_seat"]


def test_a_type_outside_its_sale_window_is_not_sold():
    types = [
        ticket_type("tt_early", hide_after={"unix": 1000}),
        ticket_type("tt_later", hide_until=5000),
        ticket_type("tt_now", hide_until=1000, hide_after=5000),
    ]
    catalogue = build_catalogue([event("ev_1", types=types)], CatalogueSettings(), now=2000)
    offered_event = catalogue.event("ev_1")
    assert not offered_event.ticket_type("tt_early").purchasable
    assert not offered_event.ticket_type("tt_later").purchasable
    assert offered_event.ticket_type("tt_now").purchasable


def test_ended_events_are_dropped_even_when_selected():
    ended = event("ev_old", end={"unix": 1000, "iso": "1970-01-01T00:16:40+00:00"})
    running = event("ev_on", end={"unix": 5000, "iso": "1970-01-01T01:23:20+00:00"})
    for selection in ((), ("ev_old", "ev_on")):
        catalogue = build_catalogue(
            [ended, running], CatalogueSettings(event_ids=selection), now=1000
        )
        assert [e.id for e in catalogue.events] == ["ev_on"]


def test_exclusive_sales_tax_refuses_the_event_in_words_and_absent_tax_does_not():
    taxed = event("ev_tax", sales_tax_treatment="exclusive", sales_tax_percentage=20)
    zero = event("ev_zero", sales_tax_treatment="exclusive", sales_tax_percentage=0)
    catalogue = offered([taxed, zero, event("ev_plain")])
    refused = catalogue.event("ev_tax")
    assert refused.refusal.startswith("sales tax is added on top at Ticket Tailor's checkout")
    assert not any(t.purchasable for t in refused.ticket_types)
    assert catalogue.event("ev_zero").refusal is None
    assert catalogue.event("ev_plain").ticket_types[0].purchasable


def test_unreadable_objects_are_counted_for_staff():
    catalogue = build_catalogue(
        [event("ev_1")], CatalogueSettings(), unreadable=["event ev_9: the server sent …"]
    )
    assert catalogue.unreadable_words.startswith("1 event could not be read")
    assert build_catalogue([event("ev_1")], CatalogueSettings()).unreadable_words is None
