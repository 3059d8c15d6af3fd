"""Words for what the screens show: event dates, availability, countdowns, payment status."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def event_when(start: Any, end: Any = None) -> str:
    """ "Fri 12 Jun 2026 · 19:30–22:00" from Ticket Tailor's date objects (local event time).

    Ticket Tailor gives date and time in the event's own time zone (reference §1.4), which is
    what door staff and buyers expect to read, so no conversion happens here.
    """
    if start is None:
        return "Date to be announced"
    try:
        day = date.fromisoformat(start.date)
        text = f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"
    except (TypeError, ValueError):
        text = start.formatted or start.date or ""
    if start.time:
        text += f" · {start.time}"
        if end is not None and end.time and getattr(end, "date", None) == start.date:
            text += f"–{end.time}"
    return text


def event_availability(event: Any) -> tuple[str, str]:
    """("12 left", "success") / ("Sold out", "error") for an offered event."""
    public = [t for t in event.ticket_types if not t.secret]
    left = event.available
    if left > 0:
        tone = "warning" if left <= 10 else "success"
        return (f"{left} left", tone)
    if public and all((t.unavailable_reason or "") == "Sold out" for t in public):
        return ("Sold out", "error")
    if not public:
        return ("Code only", "info")
    return ("Not on sale", "error")


def countdown(seconds: float | None) -> str:
    """ "Expires in 14:05" / "Expired" for the payment page."""
    if seconds is None:
        return ""
    if seconds <= 0:
        return "Expired"
    whole = int(seconds)
    minutes, secs = divmod(whole, 60)
    if minutes >= 60:
        hours, minutes = divmod(minutes, 60)
        return f"Expires in {hours}:{minutes:02d}:{secs:02d}"
    return f"Expires in {minutes}:{secs:02d}"


def btc_short(amount: Decimal | None) -> str:
    """A BTC amount without trailing zeros: Decimal("0.00010000") -> "0.0001 BTC"."""
    if amount is None:
        return ""
    text = format(amount.normalize(), "f") if amount else "0"
    return f"{text} BTC"


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"
