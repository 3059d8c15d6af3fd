"""Words for what the screens show: event dates, availability, countdowns, payment status."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from boxoffice.event_time import event_when

__all__ = ["btc_short", "countdown", "event_availability", "event_detail", "event_when", "plural"]


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


def event_detail(event: Any) -> str:
    """When and where, for an offered event: "Fri 12 Jun 2026, 19:30 · The Old Hall"."""
    detail = event_when(event.start, event.end)
    return f"{detail} · {event.venue}" if event.venue else detail


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
