"""The cart: problems, total and seat count of the quantities chosen, as the screen shows them."""

from __future__ import annotations

from decimal import Decimal

from boxoffice.domain.cart import cart_problems, cart_seats, cart_total, chosen
from boxoffice.domain.order import prepare_order
from tests.domain.test_order import BUYER, CHECKOUT, catalogue


def test_cart_problems_lists_everything_for_live_feedback():
    ev = catalogue().event("ev_1")
    assert cart_problems(ev, {"tt_ga": 2}) == []
    assert cart_problems(ev, {"tt_ga": 9, "tt_pair": 1}) == [
        "Door ticket: at most 6 per order.",
        "Pair: at least 2 per order.",
    ]


def test_total_and_seats_at_the_door_price_of_the_visible_types():
    ev = catalogue().event("ev_1")
    quantities = {"tt_ga": 2, "tt_kid": 1, "tt_adult": 0}
    # General: 25.00 + the 1.50 booking fee; Child: 5.00.
    assert cart_total(ev, quantities) == Decimal("58.00")
    assert cart_seats(ev, quantities) == 3
    assert [(t.id, q) for t, q in chosen(ev, quantities)] == [("tt_ga", 2), ("tt_kid", 1)]


def test_a_locked_type_counts_only_once_unlocked():
    ev = catalogue().event("ev_1")
    assert cart_seats(ev, {"tt_crew": 2}) == 0
    assert cart_seats(ev, {"tt_crew": 2}, frozenset({"tt_crew"})) == 2
    assert cart_total(ev, {"tt_crew": 2}, frozenset({"tt_crew"})) == Decimal(0)


def test_the_cart_total_is_the_prepared_orders_total():
    cat = catalogue()
    quantities = {"tt_ga": 1, "tt_pair": 2, "tt_adult": 3}
    order = prepare_order(cat, "ev_1", quantities, buyer=BUYER, checkout=CHECKOUT)
    assert cart_total(cat.event("ev_1"), quantities) == order.total
    assert cart_seats(cat.event("ev_1"), quantities) == order.seats
