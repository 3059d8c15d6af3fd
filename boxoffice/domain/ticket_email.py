"""The ticket e-mail: an HTML body, handed to BTCPay for sending through the store's mail settings.

Ticket Tailor does not e-mail tickets issued through its API, so the till sends them, through
`POST /api/v1/stores/{storeId}/email/send`. BTCPay puts the `body` into the mail's HTML part
(BTCPay Server source, BTCPayServer/Plugins/Emails/Services/EmailSender.cs, `isHtml: true`;
the OpenAPI document's "plain text" is wrong), and the API has no field for a separate text
part: so the body is HTML, every value from a buyer, an organiser or Ticket Tailor is escaped
(`html.escape`), and line breaks are `<p>` / `<br>`, which plain-text readers of HTML mail
also show as breaks.

The words are marked with `translate("TicketEmail", …)` and said in the buyer's language (the
order's `language`) by the translator the engine is given; English needs none. A translation
is text like any value: it is escaped as well, its places may only be the plain names of the
English ones (else the English is used), and only the code here makes tags.
"""

from __future__ import annotations

import html
import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from boxoffice.domain.event_time import read_english_day
from boxoffice.domain.sale import Sale
from boxoffice.words import Translator, Words, say, translate

# Control characters are not allowed in HTML text (html.spec.whatwg.org, "control-character-in-
# input-stream" and "null-character-reference" parse errors) nor in a mail header; a name or an
# event name from a damaged record or a careless API edit could hold one.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile(r"[\r\n\t\u2028\u2029\x85]+")

_PLACES = string.Formatter()


def english(context: str, source: str) -> str:
    """The translator of the source language: the words as they are written."""
    return source


@dataclass(frozen=True)
class EmailWords:
    """How one language writes the ticket e-mail: its translator and its days."""

    translator: Translator = english
    # The event's day as this language writes it ("Fr. 12. Juni 2026"); None keeps the
    # event's start as the order wrote it.
    day_words: Callable[[date], str] | None = None


# The ticket e-mail in the source language: the words and the date as they are written.
ENGLISH = EmailWords()


def _e(value: object) -> str:
    return html.escape(_CONTROLS.sub("", str(value)), quote=True)


def _html_text(text: str) -> str:
    """A translated sentence as HTML text: its own `<`, `&` and controls make no markup."""
    return html.escape(_CONTROLS.sub("", text), quote=False)


def _subject_text(value: object) -> str:
    """One line: a line break in a subject would end the header (RFC 5322, 2.2)."""
    return _CONTROLS.sub("", _LINE_BREAKS.sub(" ", str(value))).strip()


def _places(text: str) -> set[str] | None:
    """The names of `text`'s `{name}` places; None when any place is more than a plain name
    (an attribute, an index, a format spec) or the text is no valid template."""
    try:
        fields = [part for part in _PLACES.parse(text) if part[1] is not None]
    except ValueError:
        return None
    if any(
        spec or conversion or not str(name).isidentifier() for _, name, spec, conversion in fields
    ):
        return None
    return {str(name) for _, name, _, _ in fields}


def _safe(translator: Translator, clean: Callable[[str], str]) -> Translator:
    """`translator`, with each translation cleaned for where it goes; a translation whose
    places are not plain names of the English's gives the English instead."""

    def safe(context: str, source: str) -> str:
        text = translator(context, source) or source
        known = _places(source) or set()
        places = _places(text)
        if places is None or not places <= known:
            text = source
        return clean(text)

    return safe


def _link(url: str | None, text: str) -> str:
    """An `<a>` (around `text`, HTML already) for an http(s) address only: anything else (say,
    `javascript:`) is left out."""
    if not url or not url.lower().startswith(("https://", "http://")):
        return ""
    return f'<a href="{_e(url)}">{text}</a>'


def _day(start: str, day_words: Callable[[date], str] | None) -> str:
    """The event's start with its day in the e-mail's language (when it is one this till
    wrote: Ticket Tailor's own text stays as it is)."""
    read = read_english_day(start) if day_words is not None else None
    if day_words is None or read is None:
        return start
    day, rest = read
    return day_words(day) + rest


def ticket_email(
    sale: Sale,
    translator: Translator = english,
    *,
    day_words: Callable[[date], str] | None = None,
) -> tuple[str, str]:
    """Subject (plain text) and HTML body listing the event, its date and each ticket, in the
    language `translator` speaks (English by default), with days by `day_words` if given."""
    order = sale.order
    body_words = _safe(translator, _html_text)

    def h(words: Words) -> str:
        return say(words, body_words)

    subject = say(
        #: The subject of the ticket e-mail to the customer (the messages after it are its body).
        translate("TicketEmail", "Your tickets for {event}").format(
            event=_subject_text(order.event_name)
        ),
        _safe(translator, _subject_text),
    )
    event = _e(order.event_name)
    if order.buyer.name:
        greeting = h(translate("TicketEmail", "Hello {name},").format(name=_e(order.buyer.name)))
    else:
        greeting = h(translate("TicketEmail", "Hello,"))
    if len(sale.tickets) == 1:
        thanks = translate(
            "TicketEmail", "Thank you for your purchase. Here is your ticket for {event}."
        )
    else:
        thanks = translate(
            "TicketEmail", "Thank you for your purchase. Here are your tickets for {event}."
        )
    details = [h(translate("TicketEmail", "Event: {event}").format(event=event))]
    if order.event_start:
        when = _e(_day(order.event_start, day_words))
        details.append(h(translate("TicketEmail", "Date: {date}").format(date=when)))
    if order.venue:
        details.append(h(translate("TicketEmail", "Venue: {venue}").format(venue=_e(order.venue))))
    tickets = []
    for number, ticket in enumerate(sale.tickets, start=1):
        line = h(
            translate("TicketEmail", "Ticket {number}: {ticket_type} – barcode {barcode}").format(
                number=number,
                ticket_type=_e(ticket.ticket_type_name),
                barcode=f"<strong>{_e(ticket.barcode)}</strong>",
            )
        )
        line += "<br>" + h(
            translate("TicketEmail", "Name: {name}").format(name=_e(ticket.full_name))
        )
        link = _link(ticket.barcode_url, h(translate("TicketEmail", "Show the barcode")))
        if link:
            line += f"<br>{link}"
        tickets.append(f"<p>{line}</p>")
    at_the_door = h(
        translate("TicketEmail", "Show the barcode at the door, on your phone or printed.")
    )
    reference = h(
        translate("TicketEmail", "Reference: {reference}").format(
            reference=_e(sale.ticket_reference)
        )
    )
    parts = [
        f"<p>{greeting}</p>",
        f"<p>{h(thanks.format(event=event))}</p>",
        f"<p>{'<br>'.join(details)}</p>",
        *tickets,
        f"<p>{at_the_door}<br>{reference}</p>",
    ]
    return subject, "\n".join(parts) + "\n"
