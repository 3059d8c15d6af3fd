"""Words the domain writes for the window are `Words`: English as a str, translatable.

The cart's and the buyer's problems, an order's refusal, the catalogue's reasons and notices:
each reads as it always did and changes under a translator, with its values (names, counts)
filled in after the translation.
"""

from __future__ import annotations

from datetime import date

import pytest

from boxoffice.domain.buyer import validate_email, validate_name
from boxoffice.domain.cart import cart_problems
from boxoffice.domain.catalogue import (
    NOT_AVAILABLE,
    ONLINE_CLOSED_NOTICE,
    ONLY_LEFT,
    SEATED_REASON,
    SOLD_OUT,
    TAX_REASON,
    Catalogue,
)
from boxoffice.domain.event_time import english_day, read_english_day
from boxoffice.domain.order import Buyer, OrderProblem, prepare_order
from boxoffice.words import Words, say
from tests.domain.test_order import BUYER, CHECKOUT, catalogue


def marked(_context: str, source: str) -> str:
    return "«" + source + "»"


def test_cart_problems_are_words_with_the_names_filled_in_after():
    event = catalogue().event("ev_1")
    problems = cart_problems(event, {"tt_ga": 0, "tt_vip": 9, "tt_last": 3, "tt_crew": 1})
    assert problems
    for problem in problems:
        assert isinstance(problem, Words) and problem.context == "Cart"
        said = say(problem, marked)
        assert said.startswith("«") and said != problem
    crew = next(p for p in problems if "access code" in p)
    assert crew == "Crew needs its access code first."
    assert say(crew, marked) == "«Crew needs its access code first.»"


def test_a_ticket_type_off_sale_reads_lower_case_in_the_cart_and_translates():
    event = catalogue().event("ev_1")
    off = [t for t in event.ticket_types if not t.purchasable and not t.secret]
    assert off, "the test catalogue has a type that cannot be bought"
    for ticket_type in off:
        (problem,) = cart_problems(event, {ticket_type.id: 1})
        reason = ticket_type.unavailable_reason
        assert isinstance(reason, Words) and reason.context == "Catalogue"
        assert problem == f"{ticket_type.name}: {reason[:1].lower()}{reason[1:]}."
        assert isinstance(problem, Words) and say(problem, marked).startswith("«")


def test_the_catalogues_words_are_words():
    for text in (
        SEATED_REASON,
        TAX_REASON,
        ONLINE_CLOSED_NOTICE,
        SOLD_OUT,
        NOT_AVAILABLE,
        ONLY_LEFT.format(count=2),
    ):
        assert isinstance(text, Words) and say(text, marked) == f"«{text.source}»".format(count=2)
    unreadable = Catalogue(unreadable=("event ev_9", "ticket type tt_1", "ticket type tt_2"))
    assert unreadable.unreadable_words == (
        "1 event and 2 ticket types could not be read from Ticket Tailor (left out)"
    )
    assert say(unreadable.unreadable_words, marked) == (
        "«««1 event» and «2 ticket types»» could not be read from Ticket Tailor (left out)»"
    )
    assert Catalogue(unreadable=("event a", "event b")).unreadable_words == (
        "2 events could not be read from Ticket Tailor (left out)"
    )


@pytest.mark.parametrize(
    ("address", "english"),
    [
        ("", "enter an e-mail address"),
        ("a b@example.com", "remove the spaces"),
        ("ada@example", "the domain needs a dot, like example.com"),
    ],
)
def test_email_reasons_are_words(address, english):
    reason = validate_email(address)
    assert reason == english and isinstance(reason, Words)
    assert say(reason, marked) == f"«{english}»"


def test_name_reasons_are_words_with_their_count_after():
    reason = validate_name("x" * 101)
    assert reason == "use at most 100 characters" and isinstance(reason, Words)
    assert say(reason, marked) == "«use at most 100 characters»"
    assert say(validate_name("1234"), marked) == "«a name needs letters»"


def test_order_problems_carry_their_words():
    with pytest.raises(OrderProblem) as problem:
        prepare_order(
            catalogue(),
            "ev_1",
            {"tt_ga": 1},
            buyer=Buyer("Ada Lovelace", "ada@example"),
            checkout=CHECKOUT,
        )
    words = problem.value.args[0]
    assert (
        str(problem.value)
        == words
        == ("Check the e-mail address: the domain needs a dot, like example.com.")
    )
    assert isinstance(words, Words)
    assert (
        say(words, marked)
        == "«Check the e-mail address: «the domain needs a dot, like example.com».»"
    )
    with pytest.raises(OrderProblem) as none:
        prepare_order(catalogue(), "ev_1", {}, buyer=BUYER, checkout=CHECKOUT)
    assert isinstance(none.value.args[0], Words)


def test_the_day_an_order_keeps_is_read_back_for_another_language():
    day = date(2026, 6, 12)
    assert read_english_day(english_day(day) + " · 19:30–22:00") == (day, " · 19:30–22:00")
    assert read_english_day(english_day(day)) == (day, "")
    for other in (None, "", "Date to be announced", "Tue May 5, 2026 6:30 PM",
                  "Sat 12 Jun 2026", "Fri 31 Feb 2026", "Fri 12 Jun 20261"):  # fmt: skip
        assert read_english_day(other) is None, other
