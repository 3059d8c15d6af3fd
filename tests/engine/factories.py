"""Ticket Tailor event objects for catalogue and order tests, shaped like the API's."""

from __future__ import annotations

from typing import Any

from boxoffice.services.tickettailor.models import Event


def ticket_type(tt_id: str, **fields: Any) -> dict[str, Any]:
    data = {
        "object": "ticket_type",
        "id": tt_id,
        "name": fields.pop("name", f"Type {tt_id}"),
        "description": None,
        "price": 2500,
        "booking_fee": 0,
        "status": "on_sale",
        "access_code": None,
        "min_per_order": 1,
        "max_per_order": 10,
        "group_id": None,
        "sort_order": 10000,
        "quantity": 100,
        "quantity_total": 100,
        "quantity_issued": 0,
        "quantity_held": 0,
        "quantity_in_baskets": 0,
    }
    data.update(fields)
    return data


def event(
    ev_id: str = "ev_1",
    *,
    types: list[dict[str, Any]] | None = None,
    groups: list[dict[str, Any]] | None = None,
    **fields: Any,
) -> Event:
    start = fields.pop("start_unix", 1781289000)
    data = {
        "object": "event",
        "id": ev_id,
        "name": fields.pop("name", f"Event {ev_id}"),
        "status": "published",
        "currency": "gbp",
        "description": "<p>Music</p>",
        "start": {
            "date": "2026-06-12",
            "formatted": "Fri Jun 12, 2026 7:30 PM",
            "iso": "2026-06-12T19:30:00+01:00",
            "time": "19:30",
            "timezone": "+01:00",
            "unix": start,
        },
        "end": None,
        "timezone": "Europe/London",
        "venue": {"name": "The Hall"},
        "tickets_available": "true",
        "unavailable": "false",
        "hidden": "false",
        "private": "false",
        "ticket_types": types if types is not None else [ticket_type("tt_1")],
        "ticket_groups": groups or [],
    }
    data.update(fields)
    return Event.from_api(data)
