"""The ticket e-mail: an HTML body, handed to BTCPay for sending through the store's mail settings.

Ticket Tailor does not e-mail tickets issued through its API, so the till sends them, through
`POST /api/v1/stores/{storeId}/email/send`. BTCPay puts the `body` into the mail's HTML part
(BTCPay Server source, BTCPayServer/Plugins/Emails/Services/EmailSender.cs, `isHtml: true`;
the OpenAPI document's "plain text" is wrong), and the API has no field for a separate text
part: so the body is HTML, every value from a buyer, an organiser or Ticket Tailor is escaped
(`html.escape`), and line breaks are `<p>` / `<br>`, which plain-text readers of HTML mail
also show as breaks.
"""

from __future__ import annotations

import html
import re

from boxoffice.domain.sale import Sale

# Control characters are not allowed in HTML text (html.spec.whatwg.org, "control-character-in-
# input-stream" and "null-character-reference" parse errors) nor in a mail header; a name or an
# event name from a damaged record or a careless API edit could hold one.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile(r"[\r\n\t\u2028\u2029\x85]+")


def _e(value: object) -> str:
    return html.escape(_CONTROLS.sub("", str(value)), quote=True)


def _subject_text(value: object) -> str:
    """One line: a line break in a subject would end the header (RFC 5322, 2.2)."""
    return _CONTROLS.sub("", _LINE_BREAKS.sub(" ", str(value))).strip()


def _link(url: str | None, words: str) -> str:
    """An `<a>` for an http(s) address only: anything else (say, `javascript:`) is left out."""
    if not url or not url.lower().startswith(("https://", "http://")):
        return ""
    return f'<a href="{_e(url)}">{_e(words)}</a>'


def ticket_email(sale: Sale) -> tuple[str, str]:
    """Subject (plain text) and HTML body listing the event, its date and each ticket."""
    order = sale.order
    subject = f"Your tickets for {_subject_text(order.event_name)}"
    greeting = f"Hello {_e(order.buyer.name)}," if order.buyer.name else "Hello,"
    what = "is your ticket" if len(sale.tickets) == 1 else "are your tickets"
    details = [f"Event: {_e(order.event_name)}"]
    if order.event_start:
        details.append(f"Date: {_e(order.event_start)}")
    if order.venue:
        details.append(f"Venue: {_e(order.venue)}")
    tickets = []
    for number, ticket in enumerate(sale.tickets, start=1):
        line = (
            f"Ticket {number}: {_e(ticket.ticket_type_name)} – barcode "
            f"<strong>{_e(ticket.barcode)}</strong><br>Name: {_e(ticket.full_name)}"
        )
        link = _link(ticket.barcode_url, "Show the barcode")
        if link:
            line += f"<br>{link}"
        tickets.append(f"<p>{line}</p>")
    parts = [
        f"<p>{greeting}</p>",
        f"<p>Thank you for your purchase. Here {what} for {_e(order.event_name)}.</p>",
        f"<p>{'<br>'.join(details)}</p>",
        *tickets,
        "<p>Show the barcode at the door, on your phone or printed.<br>"
        f"Reference: {_e(sale.ticket_reference)}</p>",
    ]
    return subject, "\n".join(parts) + "\n"
