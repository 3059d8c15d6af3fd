"""Ticket Tailor's date objects: `{date, formatted, iso, time, timezone, unix}`, as in live
api.tickettailor.com responses (developers.tickettailor.com, events)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def local_time(unix: float, timezone: str) -> datetime:
    return datetime.fromtimestamp(unix, UTC).astimezone(ZoneInfo(timezone))


def date_object(unix: float, timezone: str) -> dict:
    """`{date, formatted, iso, time, timezone, unix}` for an instant seen in an IANA zone.

    `timezone` inside the object is the UTC offset at that instant (so it changes with summer
    time), not the zone name; `formatted` follows the newer payloads ("Tue May 5, 2026 6:30 PM").
    """
    moment = local_time(int(unix), timezone)
    iso = moment.isoformat(timespec="seconds")
    offset = iso[-6:] if iso[-6] in "+-" else "+00:00"
    hour12 = moment.hour % 12 or 12
    ampm = "AM" if moment.hour < 12 else "PM"
    formatted = (
        f"{_DAYS[moment.weekday()]} {_MONTHS[moment.month - 1]} {moment.day}, {moment.year} "
        f"{hour12}:{moment.minute:02d} {ampm}"
    )
    return {
        "date": moment.strftime("%Y-%m-%d"),
        "formatted": formatted,
        "iso": iso,
        "time": moment.strftime("%H:%M"),
        "timezone": offset,
        "unix": int(unix),
    }


def at_local(unix_day: float, timezone: str, hour: int, minute: int = 0, days: int = 0) -> int:
    """Unix time of hour:minute local time on the day of `unix_day` (+ `days`) in `timezone`."""
    zone = ZoneInfo(timezone)
    day = datetime.fromtimestamp(unix_day, UTC).astimezone(zone).date()
    day = day + timedelta(days=days)
    return int(datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone).timestamp())
