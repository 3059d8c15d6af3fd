"""The ticket e-mail is HTML, because BTCPay sends the body as the mail's HTML part
(BTCPay Server source, BTCPayServer/Plugins/Emails/Services/EmailSender.cs, `isHtml: true`)."""

from __future__ import annotations

from decimal import Decimal
from html.parser import HTMLParser

from boxoffice.domain.order import Buyer, Order, OrderLine
from boxoffice.domain.sale import Sale, SaleState, SoldTicket
from boxoffice.domain.ticket_email import ticket_email


def _sale(name: str = "Ada <b>&</b> Co", event: str = "Rock & <Roll>") -> Sale:
    order = Order(
        event_id="ev_1",
        event_name=event,
        currency="GBP",
        lines=(OrderLine("tt_1", "Adult <VIP>", 2, Decimal("10")),),
        buyer=Buyer(name, "ada@example.com"),
        full_name=name,
        event_start="Fri 12 Jun 2026 19:30",
        venue="The <Hall>",
    )
    tickets = tuple(
        SoldTicket(
            id=f"it_{n}",
            barcode=f"B&{n}",
            ticket_type_id="tt_1",
            ticket_type_name="Adult <VIP>",
            full_name=name,
            email="ada@example.com",
            barcode_url=url,
        )
        for n, url in ((1, "https://cdn.tickettailor.com/b/1.jpg?a=1&b=2"), (2, "javascript:x"))
    )
    return Sale(
        id="s1",
        device_id="till-1",
        order=order,
        state=SaleState.COMPLETED,
        invoice_id="INV1",
        tickets=tickets,
    )


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.links: list[str] = []
        self.text = ""

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "a":
            self.links.append(dict(attrs)["href"])

    def handle_data(self, data):
        self.text += data


def test_every_value_is_escaped_and_only_the_template_makes_tags():
    subject, body = ticket_email(_sale())
    assert subject == "Your tickets for Rock & <Roll>"  # the subject is plain text
    parsed = _Text()
    parsed.feed(body)
    assert set(parsed.tags) <= {"p", "br", "strong", "a"}
    assert "b" not in parsed.tags  # the buyer's "<b>" stayed text
    assert "Hello Ada <b>&</b> Co," in parsed.text
    assert "Event: Rock & <Roll>" in parsed.text
    assert "Venue: The <Hall>" in parsed.text
    assert "barcode B&1" in parsed.text
    assert "&lt;VIP&gt;" in body and "<VIP>" not in body


def test_barcode_links_are_kept_and_only_web_addresses_become_links():
    _, body = ticket_email(_sale())
    parsed = _Text()
    parsed.feed(body)
    assert parsed.links == ["https://cdn.tickettailor.com/b/1.jpg?a=1&b=2"]
    assert "javascript" not in body


def test_lines_are_broken_with_paragraphs_and_breaks():
    _, body = ticket_email(_sale(name="", event="Gig"))
    assert body.startswith("<p>Hello,</p>")
    assert "Event: Gig<br>Date: Fri 12 Jun 2026 19:30<br>Venue: The &lt;Hall&gt;" in body
    assert "\n\n" not in body  # no plain-text blank lines that an HTML reader would drop
