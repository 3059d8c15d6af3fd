"""prepare_order: every limit and buyer rule is checked before anything is reserved."""

from __future__ import annotations

from decimal import Decimal

import pytest

from boxoffice.domain.catalogue import CatalogueSettings, TicketOverride, build_catalogue
from boxoffice.domain.checkout import CheckoutSettings
from boxoffice.domain.order import Buyer, OrderProblem, prepare_order
from tests.engine.factories import event, ticket_type

BUYER = Buyer("Ana López", "ana@example.com")
CHECKOUT = CheckoutSettings()


def catalogue(**kw):
    types = [
        ticket_type(
            "tt_ga",
            name="General",
            price=2500,
            booking_fee=150,
            max_per_order=6,
            min_per_order=1,
            quantity_total=20,
            sort_order=1,
        ),
        ticket_type(
            "tt_pair", name="Pair", price=4000, min_per_order=2, max_per_order=4, sort_order=2
        ),
        ticket_type("tt_kid", name="Child", price=500, group_id="tg_fam", sort_order=3),
        ticket_type("tt_adult", name="Adult", price=1000, group_id="tg_fam", sort_order=4),
        ticket_type(
            "tt_crew", name="Crew", price=0, status="locked", access_code="CREW", sort_order=5
        ),
        ticket_type("tt_sold", name="Early bird", status="sold_out", sort_order=6),
        ticket_type("tt_last", name="Last seats", quantity_total=2, sort_order=7),
    ]
    groups = [
        {
            "id": "tg_fam",
            "name": "Family",
            "sort_order": 1,
            "max_per_order": 5,
            "ticket_ids": ["tt_kid", "tt_adult"],
        }
    ]
    ev = event("ev_1", name="Summer Night", types=types, groups=groups, **kw)
    return build_catalogue(
        [ev], CatalogueSettings(overrides={"tt_ga": TicketOverride(name="Door ticket")})
    )


def prepare(
    quantities, *, buyer=BUYER, checkout=CHECKOUT, unlocked=frozenset(), cat=None, event_id="ev_1"
):
    return prepare_order(
        cat or catalogue(), event_id, quantities, unlocked=unlocked, buyer=buyer, checkout=checkout
    )


def problem(quantities, **kw) -> OrderProblem:
    with pytest.raises(OrderProblem) as info:
        prepare(quantities, **kw)
    return info.value


def test_a_good_order():
    order = prepare({"tt_ga": 2, "tt_kid": 1, "tt_adult": 0})
    assert order.event_id == "ev_1"
    assert order.event_name == "Summer Night"
    assert order.currency == "GBP"
    assert [
        (line.ticket_type_id, line.name, line.quantity, line.unit_price) for line in order.lines
    ] == [
        ("tt_ga", "Door ticket", 2, Decimal("26.50")),
        ("tt_kid", "Child", 1, Decimal("5.00")),
    ]
    assert order.total == Decimal("58.00")
    assert str(order.total) == "58.00"
    assert order.seats == 3
    assert order.quantities == {"tt_ga": 2, "tt_kid": 1}
    assert order.full_name == "Ana López"
    assert order.buyer == Buyer("Ana López", "ana@example.com")
    assert order.event_start == "Fri 12 Jun 2026 · 19:30"  # as the screens write it
    assert order.venue == "The Hall"


def test_jpy_totals_have_no_decimals():
    cat = build_catalogue(
        [event("ev_jp", currency="jpy", types=[ticket_type("tt_1", price=1500)])],
        CatalogueSettings(),
    )
    order = prepare({"tt_1": 3}, cat=cat, event_id="ev_jp")
    assert order.currency == "JPY"
    assert str(order.total) == "4500"


def test_unknown_event():
    err = problem({"tt_ga": 1}, event_id="ev_gone")
    assert err.field == "event"


def test_nothing_chosen():
    err = problem({"tt_ga": 0})
    assert (str(err), err.field) == ("Choose at least one ticket.", "tickets")


@pytest.mark.parametrize(
    ("quantities", "message"),
    [
        ({"tt_ga": 7}, "Door ticket: at most 6 per order."),
        ({"tt_pair": 1}, "Pair: at least 2 per order."),
        ({"tt_pair": 5}, "Pair: at most 4 per order."),
        ({"tt_kid": 3, "tt_adult": 3}, "At most 5 tickets from Family per order."),
        ({"tt_sold": 1}, "Early bird: sold out."),
        ({"tt_last": 3}, "Last seats: only 2 left."),
        ({"tt_nope": 1}, "One of the chosen tickets is no longer on sale."),
        ({"tt_ga": -1}, "Quantities must be whole numbers, zero or more."),
    ],
)
def test_limits_are_enforced(quantities, message):
    err = problem(quantities)
    assert (str(err), err.field) == (message, "tickets")


def test_secret_types_need_their_code():
    err = problem({"tt_crew": 1})
    assert (str(err), err.field) == ("Crew needs its access code first.", "access_code")
    cat = catalogue()
    unlocked = cat.event("ev_1").unlock("crew")
    order = prepare({"tt_crew": 2}, unlocked=unlocked, cat=cat)
    assert order.total == Decimal("0.00")
    assert order.seats == 2


def test_email_required_and_validated():
    err = problem({"tt_ga": 1}, buyer=Buyer("Ana", None))
    assert err.field == "email"
    err = problem({"tt_ga": 1}, buyer=Buyer("Ana", "ana@"))
    assert (str(err), err.field) == ("Check the e-mail address: add a domain after the @.", "email")


def test_email_optional_for_walk_in_sales():
    walk_in = CheckoutSettings(email_required=False)
    order = prepare({"tt_ga": 1}, buyer=Buyer(None, "  "), checkout=walk_in)
    assert order.buyer == Buyer(None, None)
    assert order.full_name == "Satoshi Nakamoto"
    # An address that is given must still be valid.
    err = problem({"tt_ga": 1}, buyer=Buyer(None, "nope"), checkout=walk_in)
    assert err.field == "email"


def test_name_optional_unless_required():
    order = prepare({"tt_ga": 1}, buyer=Buyer("", "a@example.com"))
    assert order.full_name == "Satoshi Nakamoto"
    order = prepare(
        {"tt_ga": 1},
        buyer=Buyer("Zoë", "a@example.com"),
        checkout=CheckoutSettings(placeholder_name="Door Guest"),
    )
    assert order.full_name == "Zoë Guest"
    err = problem(
        {"tt_ga": 1},
        buyer=Buyer(" ", "a@example.com"),
        checkout=CheckoutSettings(require_name=True),
    )
    assert (str(err), err.field) == ("Enter the buyer's full name.", "name")
    err = problem({"tt_ga": 1}, buyer=Buyer("1234", "a@example.com"))
    assert err.field == "name"


def test_unicode_names_are_kept():
    order = prepare(
        {"tt_ga": 1},
        buyer=Buyer("Σωκράτης Παπαδόπουλος", "s@example.gr"),
        checkout=CheckoutSettings(require_name=True),
    )
    assert order.full_name == "Σωκράτης Παπαδόπουλος"
