"""The words the screens use for a sale's state and time."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from boxoffice.domain.order import Buyer, Order, OrderLine
from boxoffice.domain.sale import Sale, SaleState
from boxoffice.ui.formatting import sale_state_words, sale_time_words
from boxoffice.ui.screens.payment.controller import payment_status


def a_sale(state: SaleState, **changes) -> Sale:
    order = Order(
        event_id="ev_1",
        event_name="Jazz night",
        currency="gbp",
        lines=(OrderLine("tt_1", "General", 1, Decimal("10.00")),),
        buyer=Buyer(None, "ada@example.org"),
        full_name="Ada",
    )
    return Sale(id="s1", device_id="till", order=order, state=state, **changes)


EXPECTED_WORDS = {
    SaleState.RESERVING: ("Starting", "reserving the tickets", "info"),
    SaleState.AWAITING_PAYMENT: ("Waiting for payment", "", "info"),
    SaleState.CONFIRMING: ("Paid", "confirming", "info"),
    SaleState.ISSUING: ("Paid", "issuing the tickets", "info"),
    SaleState.COMPLETED: ("Completed", "not e-mailed", "success"),
    SaleState.RELEASING: ("Closing", "releasing the tickets", ""),
    SaleState.RELEASED: ("Released", "not paid", ""),
    SaleState.NEEDS_ATTENTION: ("Needs attention", "check the sale", "warning"),
    SaleState.FAILED: ("Did not start", "nothing charged", ""),
}


@pytest.mark.parametrize("state", list(SaleState))
def test_every_state_has_its_own_words(state: SaleState) -> None:
    assert sale_state_words(a_sale(state)) == EXPECTED_WORDS[state]


def test_state_words_follow_the_reason() -> None:
    assert sale_state_words(a_sale(SaleState.COMPLETED, email_sent=True)) == (
        "Completed",
        "e-mail handed to BTCPay",  # not "e-mailed": a 200 does not say the mail went out
        "success",
    )
    assert sale_state_words(a_sale(SaleState.NEEDS_ATTENTION, reason="paid_late:x"))[1] == (
        "paid after it expired"
    )
    assert sale_state_words(a_sale(SaleState.RELEASED, reason="expired"))[1] == "expired unpaid"
    assert sale_state_words(a_sale(SaleState.FAILED, reason="sold_out"))[1] == "sold out"


def test_payment_status_words_for_every_state() -> None:
    seen = {state: payment_status(a_sale(state)) for state in SaleState}
    assert seen[SaleState.AWAITING_PAYMENT] == ("Waiting for payment", "info")
    assert seen[SaleState.CONFIRMING] == ("Payment received, confirming", "success")
    assert seen[SaleState.RELEASED] == ("Payment window closed", "error")
    # Each state says something different: none falls through to another's words.
    assert len({words for words, _tone in seen.values()}) == len(SaleState)


def test_sale_time_words() -> None:
    now = datetime(2026, 6, 12, 20, 0).timestamp()
    assert sale_time_words(datetime(2026, 6, 12, 14, 5).timestamp(), now) == ("14:05", "Today")
    assert sale_time_words(datetime(2026, 6, 11, 9, 30).timestamp(), now) == (
        "09:30",
        "Yesterday",
    )
    assert sale_time_words(datetime(2025, 4, 12, 18, 0).timestamp(), now) == (
        "18:00",
        "Sat 12 Apr 2025",
    )
