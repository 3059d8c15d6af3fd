"""Small copies of Ticket Tailor's documented examples (developers.tickettailor.com) and keys."""

from __future__ import annotations

API_KEY = "sk_1000_1000_VGlja2V0VGFpbG9y"


# Not shaped like a Ticket Tailor key, so only the client's own redaction can hide it.
ODD_KEY = "my-very-private-token-42"


EVENT = {
    "object": "event",
    "id": "ev_4081726",
    "access_code": None,
    "bundles": [],
    "created_at": 1767225600,
    "currency": "gbp",
    "description": "<p>An evening of chamber music.</p>",
    "end": {
        "date": "2026-06-12",
        "formatted": "Fri Jun 12, 2026 10:00 PM",
        "iso": "2026-06-12T22:00:00+01:00",
        "time": "22:00",
        "timezone": "+01:00",
        "unix": 1781298000,
    },
    "event_series_id": "es_1932004",
    "hidden": "false",
    "name": "Summer Chamber Night",
    "online_event": "false",
    "private": "false",
    "revenue": 17500,
    "start": {
        "date": "2026-06-12",
        "formatted": "Fri Jun 12, 2026 7:30 PM",
        "iso": "2026-06-12T19:30:00+01:00",
        "time": "19:30",
        "timezone": "+01:00",
        "unix": 1781289000,
    },
    "status": "published",
    "ticket_groups": [],
    "ticket_types": [
        {
            "object": "ticket_type",
            "id": "tt_5530011",
            "access_code": None,
            "booking_fee": 150,
            "description": "Unreserved seating",
            "discounts": [],
            "group_id": None,
            "has_overrides": "false",
            "hide_when_sold_out": "false",
            "max_per_order": 10,
            "min_per_order": 1,
            "name": "General Admission",
            "price": 2500,
            "quantity": 200,
            "quantity_held": 4,
            "quantity_in_baskets": 2,
            "quantity_issued": 7,
            "quantity_total": 200,
            "sort_order": 10000,
            "status": "on_sale",
            "type": "GA",
        },
        {
            "object": "ticket_type",
            "id": "tt_5530012",
            "access_code": "CREW2026",
            "booking_fee": 0,
            "description": "Crew and guests",
            "group_id": None,
            "max_per_order": 2,
            "min_per_order": 1,
            "name": "Guest list",
            "price": 0,
            "quantity": 20,
            "quantity_held": 0,
            "quantity_in_baskets": 0,
            "quantity_issued": 0,
            "quantity_total": 20,
            "sort_order": 10010,
            "status": "locked",
            "type": "GA",
        },
    ],
    "tickets_available": "true",
    "timezone": "Europe/London",
    "total_holds": 1,
    "unavailable": "false",
    "unavailable_status": None,
    "venue": {"country": "GB", "name": "Riverside Arts Centre", "postal_code": "SE1 7PB"},
    "waitlist_active": "false",
}


DATE_OBJECT = {
    "date": "2020-05-01",
    "formatted": "Fri 1 May 2020 10:30 PM",
    "iso": "2020-05-01T22:30:00+01:00",
    "time": "22:30",
    "timezone": "+01:00",
    "unix": 1588368600,
}


HOLD = {
    "object": "hold",
    "id": "ho_1",
    "created_at": DATE_OBJECT,
    "note": "This is the note about the hold",
    "total_on_hold": 6,
    # The docs example's spelling of updated_at.
    "update_at": {**DATE_OBJECT, "unix": 1588368700},
    "quantities": [
        {"ticket_type_id": "tt_1", "quantity": 1},
        {"ticket_type_id": "tt_2", "quantity": 5},
    ],
}


ISSUED_TICKET = {
    "object": "issued_ticket",
    "id": "it_50198",
    "add_on_id": None,
    "barcode": "al4R5",
    "barcode_url": "https://www.tickettailor.com/userfiles/cache/barcode/qr/attendee/50198/42bf",
    "checked_in": "false",
    "created_at": 1587042697,
    "custom_questions": [],
    "description": "Free ticket",
    "email": "john@example.com",
    "event_id": "ev_40980",
    "event_series_id": "es_596",
    "reference": "my reference code",
    "full_name": None,
    "listed_price": 0,
    "listed_currency": {"base_multiplier": 100, "code": "gbp"},
    "status": "valid",
    "source": "api",
    "ticket_type_id": "tt_230656",
    "updated_at": 1587042697,
    "voided_at": None,
    "order_id": None,
}


CHECK_IN = {
    "object": "check_in",
    "id": "ch_98765",
    "check_in_at": 1781290012,
    "created_at": 1781290013,
    "event_id": "ev_4081726",
    "event_series_id": "es_1932004",
    "issued_ticket_id": "it_50198",
    "quantity": 1,
}


def tt_error(status: int, message: str | None = None, code: str = "ERROR", errors=None) -> dict:
    """An error body in Ticket Tailor's documented shape."""
    body = {"status": status, "error_code": code, "errors": errors or []}
    if message is not None:
        body["message"] = message
    return body


def page(items: list[dict], next_link: str | None) -> dict:
    return {"data": items, "links": {"next": next_link, "previous": None}}


def _tickets(*ids: str) -> list[dict]:
    return [{**ISSUED_TICKET, "id": i, "barcode": f"b{i}"} for i in ids]
