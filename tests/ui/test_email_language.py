"""The ticket e-mail in the buyer's language, with the real translations, while the window
speaks its own."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from html.parser import HTMLParser

import pytest
from PySide6.QtCore import QCoreApplication

from boxoffice.domain.order import Buyer, Order, OrderLine
from boxoffice.domain.sale import Sale, SaleState, SoldTicket
from boxoffice.domain.ticket_email import ENGLISH, ticket_email
from boxoffice.ui import i18n
from boxoffice.ui.email_language import email_words


def _sale(tickets: int = 2) -> Sale:
    order = Order(
        event_id="ev_1",
        event_name="Summer <Night>",
        currency="EUR",
        lines=(OrderLine("tt_1", "Standing", tickets, Decimal("12")),),
        buyer=Buyer("Zoë & Co", "zoe@example.com"),
        full_name="Zoë & Co",
        event_start="Fri 12 Jun 2026 · 19:30",
        venue="Old Hall",
        language="de",
    )
    sold = tuple(
        SoldTicket(f"it_{n}", f"B{n}", "tt_1", "Standing", "Zoë & Co", None, f"https://x/{n}.png")
        for n in range(1, tickets + 1)
    )
    return Sale("s1", "till-1", order, SaleState.COMPLETED, invoice_id="INV1", tickets=sold)


class _Tags(HTMLParser):
    def __init__(self, body: str) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.feed(body)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)


@pytest.fixture
def window_language(qapp):
    yield lambda code: i18n.install_language(qapp, code)
    i18n.remove_language(qapp)


def test_the_german_words_write_the_e_mail_and_the_window_stays_english(qapp, window_language):
    window_language("en")
    subject, body = ticket_email(_sale(), i18n.translator_for("de"))
    assert subject == "Ihre Tickets für Summer <Night>"
    assert body.startswith("<p>Guten Tag Zoë &amp; Co,</p>\n")
    assert "Hier sind Ihre Tickets für Summer &lt;Night&gt;." in body
    assert "Zeigen Sie den Barcode am Einlass vor" in body
    # Nothing was installed: the window (and Qt's own translate) still speak English.
    assert i18n.current_language() == "en"
    english = QCoreApplication.translate("TicketEmail", "Your tickets for {event}")
    assert english == "Your tickets for {event}"
    assert QCoreApplication.translate("AttractController", "Touch to buy tickets") == (
        "Touch to buy tickets"
    )


def test_a_french_window_e_mails_a_german_buyer_in_german(qapp, window_language):
    window_language("fr")
    subject, _ = ticket_email(_sale(), i18n.translator_for("de"))
    assert subject == "Ihre Tickets für Summer <Night>"
    assert i18n.current_language() == "fr"
    assert QCoreApplication.translate("TicketEmail", "Your tickets for {event}") == (
        "Vos billets pour {event}"
    )


@pytest.mark.parametrize("code", ["de", "fr", "es"])
def test_every_language_writes_the_whole_e_mail_with_the_same_tags(qapp, code):
    english_subject, english_body = ticket_email(_sale())
    words = email_words(code)
    for tickets in (1, 2):
        subject, body = ticket_email(_sale(tickets), words.translator, day_words=words.day_words)
        assert subject != english_subject and "Summer <Night>" in subject
        assert _Tags(body).tags == _Tags(ticket_email(_sale(tickets))[1]).tags
        for english in ("Hello", "Thank you", "Event:", "Venue:", "barcode at the door"):
            assert english not in body, (code, english)
        assert "Zoë &amp; Co" in body and "Summer &lt;Night&gt;" in body and "INV1" in body
    assert english_body != body


def test_the_day_is_written_as_the_buyers_language_writes_it(qapp):
    words = email_words("de")
    _, body = ticket_email(_sale(), words.translator, day_words=words.day_words)
    day = words.day_words(date(2026, 6, 12))
    assert day != "Fri 12 Jun 2026" and "Juni" in day
    assert f"Datum: {day} · 19:30<br>" in body


@pytest.mark.parametrize("code", [None, "", "en", "xx", "<b>"])
def test_english_and_unknown_codes_write_the_english_e_mail(qapp, code):
    assert email_words(code) is ENGLISH
    assert i18n.translator_for(code)("TicketEmail", "Hello,") == "Hello,"
    assert ticket_email(_sale(), i18n.translator_for(code)) == ticket_email(_sale())


def test_the_translators_are_read_once(qapp):
    i18n.translator_for("es")
    kept = dict(i18n._apart)
    assert i18n.translator_for("es")("TicketEmail", "Hello,") == "Hola:"
    assert i18n._apart == kept
