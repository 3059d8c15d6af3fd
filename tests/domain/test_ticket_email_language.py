"""The ticket e-mail in another language: every word translated, every value still escaped,
and a translation is text too: it can make no tags, and a broken one gives the English."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from html.parser import HTMLParser

import pytest

from boxoffice.domain.order import Buyer, Order, OrderLine
from boxoffice.domain.sale import Sale, SaleState, SoldTicket
from boxoffice.domain.ticket_email import ENGLISH, ticket_email

NAME = "Ada <b>&</b> Co"


def _sale(*, tickets: int = 2, start: str | None = "Fri 12 Jun 2026 · 19:30") -> Sale:
    order = Order(
        event_id="ev_1",
        event_name="Rock & <Roll>",
        currency="GBP",
        lines=(OrderLine("tt_1", "Adult <VIP>", tickets, Decimal("10")),),
        buyer=Buyer(NAME, "ada@example.com"),
        full_name=NAME,
        event_start=start,
        venue="The <Hall>",
        language="de",
    )
    sold = tuple(
        SoldTicket(
            id=f"it_{n}",
            barcode=f"B&{n}",
            ticket_type_id="tt_1",
            ticket_type_name="Adult <VIP>",
            full_name=NAME,
            email="ada@example.com",
            barcode_url=f"https://cdn.tickettailor.com/b/{n}.jpg?a=1&b=2",
        )
        for n in range(1, tickets + 1)
    )
    return Sale("s1", "till-1", order, SaleState.COMPLETED, invoice_id="INV1", tickets=sold)


#: The whole English e-mail, as every version before translations wrote it: it must not move.
ENGLISH_BODY = (
    "<p>Hello Ada &lt;b&gt;&amp;&lt;/b&gt; Co,</p>\n"
    "<p>Thank you for your purchase. Here are your tickets for Rock &amp; &lt;Roll&gt;.</p>\n"
    "<p>Event: Rock &amp; &lt;Roll&gt;<br>Date: Fri 12 Jun 2026 · 19:30<br>"
    "Venue: The &lt;Hall&gt;</p>\n"
    "<p>Ticket 1: Adult &lt;VIP&gt; – barcode <strong>B&amp;1</strong><br>"
    "Name: Ada &lt;b&gt;&amp;&lt;/b&gt; Co<br>"
    '<a href="https://cdn.tickettailor.com/b/1.jpg?a=1&amp;b=2">Show the barcode</a></p>\n'
    "<p>Ticket 2: Adult &lt;VIP&gt; – barcode <strong>B&amp;2</strong><br>"
    "Name: Ada &lt;b&gt;&amp;&lt;/b&gt; Co<br>"
    '<a href="https://cdn.tickettailor.com/b/2.jpg?a=1&amp;b=2">Show the barcode</a></p>\n'
    "<p>Show the barcode at the door, on your phone or printed.<br>Reference: INV1</p>\n"
)


class _Parsed(HTMLParser):
    def __init__(self, body: str) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text = ""
        self.feed(body)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text += data


def shouting(context: str, source: str) -> str:
    """A made-up language: the TicketEmail words in capitals between ⟪ ⟫, places kept."""
    if context != "TicketEmail":
        return source
    parts = re.split(r"(\{\w+\})", source)
    return "⟪" + "".join(p if p.startswith("{") else p.upper() for p in parts) + "⟫"


def test_the_english_e_mail_is_as_it_always_was():
    subject, body = ticket_email(_sale())
    assert subject == "Your tickets for Rock & <Roll>"
    assert body == ENGLISH_BODY
    assert ticket_email(_sale(), ENGLISH.translator, day_words=ENGLISH.day_words) == (
        subject,
        body,
    )


def test_one_ticket_and_many_are_two_sentences():
    _, one = ticket_email(_sale(tickets=1), shouting)
    _, two = ticket_email(_sale(tickets=2), shouting)
    assert "HERE IS YOUR TICKET FOR" in one and "HERE ARE" not in one
    assert "HERE ARE YOUR TICKETS FOR" in two and "HERE IS" not in two


def test_every_word_is_translated_and_every_value_stays_escaped():
    subject, body = ticket_email(_sale(), shouting)
    assert subject == "⟪YOUR TICKETS FOR Rock & <Roll>⟫"
    parsed = _Parsed(body)
    assert set(parsed.tags) == {"p", "br", "strong", "a"}
    assert "b" not in parsed.tags  # the buyer's "<b>" is still text
    # Every piece of text is either a translated word or a value: no English is left.
    english = re.findall(r"[A-Za-z]+", parsed.text)
    values = re.findall(r"[A-Za-z]+", "Ada b b Co Rock Roll Adult VIP The Hall B B INV Fri Jun")
    assert {word for word in english if not word.isupper()} <= set(values)
    for words in (
        "HELLO",
        "THANK YOU FOR YOUR PURCHASE.",
        "EVENT:",
        "DATE:",
        "VENUE:",
        "TICKET 1:",
        "– BARCODE",
        "NAME:",
        "SHOW THE BARCODE",
        "SHOW THE BARCODE AT THE DOOR",
        "REFERENCE:",
    ):
        assert words in parsed.text, words
    assert "⟪HELLO Ada &lt;b&gt;&amp;&lt;/b&gt; Co,⟫" in body
    assert "⟪TICKET 1: Adult &lt;VIP&gt; – BARCODE <strong>B&amp;1</strong>⟫" in body
    assert ">⟪SHOW THE BARCODE⟫</a>" in body


def test_a_translation_can_make_no_tags():
    def hostile(context: str, source: str) -> str:
        return f'<script>alert("{{name}}")</script> & <b>{source}</b>'

    subject, body = ticket_email(_sale(), hostile)
    parsed = _Parsed(body)
    assert set(parsed.tags) <= {"p", "br", "strong", "a"}
    assert "script" not in parsed.tags and "b" not in parsed.tags
    assert "<script>" not in body
    assert '&lt;script&gt;alert("Ada &lt;b&gt;&amp;&lt;/b&gt; Co")&lt;/script&gt; &amp;' in body
    # The subject has no {name}: that translation is broken there, and the English is sent.
    assert subject == "Your tickets for Rock & <Roll>"


@pytest.mark.parametrize(
    "broken",
    [
        "Hallo {name.__class__},",  # an attribute: would write "<class 'str'>" unescaped
        "Hallo {0},",
        "Hallo {},",
        "Hallo {kunde},",  # no such place
        "Hallo {name!r},",
        "Hallo {name:>99999},",
        "Hallo {name,",
    ],
)
def test_a_translation_with_broken_places_gives_the_english(broken):
    def translator(context: str, source: str) -> str:
        return broken if source == "Hello {name}," else shouting(context, source)

    _, body = ticket_email(_sale(), translator)
    assert body.startswith("<p>Hello Ada &lt;b&gt;&amp;&lt;/b&gt; Co,</p>\n")
    assert "⟪EVENT: Rock &amp; &lt;Roll&gt;⟫" in body  # the others are still translated


def test_a_translation_may_leave_a_place_out_and_keep_literal_braces():
    def translator(context: str, source: str) -> str:
        return "Guten Tag {{ }}," if source == "Hello {name}," else source

    _, body = ticket_email(_sale(), translator)
    assert body.startswith("<p>Guten Tag { },</p>")


def test_a_subject_translation_stays_one_header_line():
    def translator(context: str, source: str) -> str:
        return (
            "Ihre Tickets\r\nBcc: x@example.com\x00 für {event}" if "{event}" in source else source
        )

    subject, _ = ticket_email(_sale(), translator)
    assert subject == "Ihre Tickets Bcc: x@example.com für Rock & <Roll>"


def test_the_day_is_written_by_the_language_and_other_dates_stay():
    def german_day(day: date) -> str:
        assert day == date(2026, 6, 12)
        return "Fr. 12. Juni <2026>"

    _, body = ticket_email(_sale(), shouting, day_words=german_day)
    assert "⟪DATE: Fr. 12. Juni &lt;2026&gt; · 19:30⟫" in body
    # Ticket Tailor's own text is not a day this till wrote: it stays as it is.
    _, body = ticket_email(_sale(start="Sat Jun 20, 2026 7:00 PM"), shouting, day_words=german_day)
    assert "⟪DATE: Sat Jun 20, 2026 7:00 PM⟫" in body
    _, body = ticket_email(_sale(start=None), shouting, day_words=german_day)
    assert "DATE" not in body
