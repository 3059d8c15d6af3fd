"""The ticket e-mail: plain text, sent through the BTCPay store's own mail settings.

Ticket Tailor does not e-mail tickets issued through its API
(../shared/reference/ticket-tailor-plugin.md §1), so the till sends them, through
`POST /api/v1/stores/{storeId}/email/send` (swagger.template.stores-email.json).
"""

from __future__ import annotations

from boxoffice.sale import Sale


def ticket_email(sale: Sale) -> tuple[str, str]:
    """Subject and plain-text body listing the event, its date and each ticket's barcode."""
    order = sale.order
    subject = f"Your tickets for {order.event_name}"
    greeting = f"Hello {order.buyer.name}," if order.buyer.name else "Hello,"
    what = "is your ticket" if len(sale.tickets) == 1 else "are your tickets"
    lines = [
        greeting,
        "",
        f"Thank you for your purchase. Here {what} for {order.event_name}.",
        "",
        f"Event: {order.event_name}",
    ]
    if order.event_start:
        lines.append(f"Date: {order.event_start}")
    if order.venue:
        lines.append(f"Venue: {order.venue}")
    lines.append("")
    for number, ticket in enumerate(sale.tickets, start=1):
        lines.append(f"Ticket {number}: {ticket.ticket_type_name} – barcode {ticket.barcode}")
        lines.append(f"  Name: {ticket.full_name}")
    lines += [
        "",
        "Show the barcode at the door, on your phone or printed.",
        f"Reference: {sale.ticket_reference}",
    ]
    return subject, "\n".join(lines) + "\n"
