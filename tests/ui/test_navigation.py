"""The window's navigation as a pure function: every rule, without Qt or an engine."""

from __future__ import annotations

import pytest

from boxoffice.domain.order import Buyer, Order
from boxoffice.domain.sale import Sale, SaleState
from boxoffice.ui.navigation import HOME, PAYMENT_STATES, Page, Place, Screen, screen_for

S = SaleState
ORDER = Order(
    event_id="ev_1",
    event_name="Gig",
    currency="GBP",
    lines=(),
    buyer=Buyer(name="", email=""),
    full_name="Satoshi Nakamoto",
)


def sale(state: SaleState, sale_id: str = "s1") -> Sale:
    return Sale(id=sale_id, device_id="till", order=ORDER, state=state)


TERMINAL = [s for s in SaleState if sale(s).terminal]
IN_PROGRESS = [s for s in SaleState if not sale(s).terminal]


# -- the current sale's own page ---------------------------------------------------------------


@pytest.mark.parametrize("state", sorted(PAYMENT_STATES - {S.RESERVING}))
def test_a_sale_being_paid_shows_the_payment_page_with_settings_locked(state):
    screen = screen_for(Place.CURRENT_SALE, sale(state))
    assert screen == Screen(Page.PAYMENT, "s1", settings_enabled=False)


def test_while_the_tickets_are_reserved_the_tickets_page_stays_with_settings_locked():
    assert screen_for(Place.CURRENT_SALE, sale(S.RESERVING)) == Screen(
        Page.TICKETS, settings_enabled=False
    )


def test_a_sale_being_started_has_no_snapshot_yet_and_keeps_the_tickets_page():
    screen = screen_for(Place.CURRENT_SALE, None, starting=True)
    assert screen == Screen(Page.TICKETS, settings_enabled=False)


def test_a_sale_that_failed_to_start_goes_back_to_the_tickets():
    assert screen_for(Place.CURRENT_SALE, sale(S.FAILED)) == Screen(Page.TICKETS)


@pytest.mark.parametrize("state", [S.COMPLETED, S.RELEASED, S.NEEDS_ATTENTION])
def test_an_ended_sale_shows_its_result_offering_and_focusing_a_new_sale(state):
    screen = screen_for(Place.CURRENT_SALE, sale(state))
    assert screen == Screen(
        Page.RESULT, "s1", settings_enabled=True, new_sale_offered=True, focus_new_sale=True
    )


def test_a_payment_staff_accepted_issues_on_the_result_page_without_moving_the_focus():
    on_result = Screen(Page.RESULT, "s1", new_sale_offered=True)
    screen = screen_for(Place.CURRENT_SALE, sale(S.ISSUING), previous=on_result)
    assert screen == Screen(
        Page.RESULT, "s1", settings_enabled=False, new_sale_offered=True, focus_new_sale=False
    )


def test_issuing_after_a_payment_shows_the_payment_page_when_it_came_from_there():
    on_payment = Screen(Page.PAYMENT, "s1", settings_enabled=False)
    assert screen_for(Place.CURRENT_SALE, sale(S.ISSUING), previous=on_payment).page is (
        Page.PAYMENT
    )
    # An accept on another sale's result page does not count for this one.
    other = Screen(Page.RESULT, "s2", earlier=True)
    assert screen_for(Place.CURRENT_SALE, sale(S.ISSUING), previous=other).page is Page.PAYMENT


def test_asking_for_the_current_sale_when_there_is_none_shows_the_events():
    assert screen_for(Place.CURRENT_SALE, None) == HOME


# -- looking elsewhere ---------------------------------------------------------------------------


@pytest.mark.parametrize("state", IN_PROGRESS)
def test_the_recent_sales_lead_back_to_a_sale_in_progress(state):
    screen = screen_for(Place.RECENT, sale(state))
    assert screen == Screen(Page.RECENT, settings_enabled=False, back_to_sale=True)


@pytest.mark.parametrize("state", TERMINAL)
def test_an_ended_sale_is_led_back_to_only_while_its_end_is_unseen(state):
    assert not screen_for(Place.RECENT, sale(state)).back_to_sale
    assert screen_for(Place.RECENT, sale(state), ended_unseen=True).back_to_sale
    assert screen_for(Place.RECENT, sale(state)).settings_enabled


def test_an_earlier_sale_shows_on_the_result_page_and_offers_a_new_sale_only_when_none_runs():
    earlier = sale(S.COMPLETED, "old")
    alone = screen_for(Place.EARLIER_SALE, None, earlier)
    assert alone == Screen(Page.RESULT, "old", earlier=True, new_sale_offered=True)
    busy = screen_for(Place.EARLIER_SALE, sale(S.AWAITING_PAYMENT), earlier)
    assert busy == Screen(
        Page.RESULT,
        "old",
        earlier=True,
        settings_enabled=False,
        new_sale_offered=False,
        back_to_sale=True,
    )
    done = screen_for(Place.EARLIER_SALE, sale(S.COMPLETED), earlier)
    assert done.new_sale_offered and not done.back_to_sale and not done.focus_new_sale


def test_an_earlier_sale_that_is_gone_shows_the_events():
    assert screen_for(Place.EARLIER_SALE, None, None) == HOME


@pytest.mark.parametrize("place", [Place.EVENTS, Place.TICKETS])
def test_the_events_and_the_tickets_never_show_the_banner(place):
    for state in SaleState:
        screen = screen_for(place, sale(state), ended_unseen=True)
        assert screen.page is Page(place.value)
        assert not screen.back_to_sale
        assert screen.settings_enabled is sale(state).terminal


def test_every_place_and_state_gives_a_screen_that_is_consistent():
    """Whatever the combination, the screen never contradicts itself."""
    previous_screens = [HOME, Screen(Page.RESULT, "s1"), Screen(Page.PAYMENT, "s1")]
    for place in Place:
        for state in [None, *SaleState]:
            current = sale(state) if state else None
            for previous in previous_screens:
                for starting in (False, True):
                    screen = screen_for(
                        place,
                        current,
                        sale(S.COMPLETED, "old"),
                        previous=previous,
                        starting=starting and current is None,
                    )
                    on_a_sale = screen.page in (Page.PAYMENT, Page.RESULT)
                    assert (screen.sale_id is not None) == on_a_sale
                    assert not screen.focus_new_sale or screen.new_sale_offered
                    assert not screen.earlier or screen.page is Page.RESULT
                    # Settings never open while a sale is being sold.
                    if current is not None and not current.terminal:
                        assert not screen.settings_enabled
                    if screen.back_to_sale:
                        assert current is not None and screen.sale_id != current.id
