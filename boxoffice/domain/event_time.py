"""How an event's date and time are written everywhere: lists, tickets, receipts, e-mails.

Ticket Tailor sends each date object with the date and time in the event's own time zone
(developers.tickettailor.com, its date objects), which is what door staff and buyers expect to
read, so nothing is converted. Its own `formatted` text changes shape between payloads
("Fri 1 May 2020 10:30 PM", "Tue May 5, 2026 6:30 PM") and is used only as a last resort.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def english_day(day: date) -> str:
    """ "Fri 12 Jun 2026": the day as tickets, receipts and e-mails write it."""
    return f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


_ENGLISH_DAY = re.compile(
    rf"^({'|'.join(_DAYS)}) ([0-9]{{1,2}}) ({'|'.join(_MONTHS)}) ([0-9]{{4}})(?![0-9])"
)


def read_english_day(text: str | None) -> tuple[date, str] | None:
    """The day `english_day` wrote at the start of `text`, and what follows it (" · 19:30");
    None for any other text (Ticket Tailor's own `formatted`, "Date to be announced").

    An order keeps its event's start as text (`Order.event_start`, written when it was sold
    and kept in the journal and the invoice), so a face that writes days in another language
    reads the day back from it."""
    found = _ENGLISH_DAY.match(text or "")
    if found is None:
        return None
    weekday, day, month, year = found.groups()
    try:
        when = date(int(year), _MONTHS.index(month) + 1, int(day))
    except ValueError:
        return None
    if _DAYS[when.weekday()] != weekday:
        return None  # not a day this module wrote
    return when, (text or "")[found.end() :]


def event_when(
    start: Any,
    end: Any = None,
    *,
    day_words: Callable[[date], str] = english_day,
    to_be_announced: str = "Date to be announced",
) -> str:
    """ "Fri 12 Jun 2026 · 19:30–22:00" from Ticket Tailor's date objects (`EventTime`).

    A face in another language passes its own `day_words` and `to_be_announced`.
    """
    if start is None:
        return to_be_announced
    try:
        text = day_words(date.fromisoformat(start.date))
    except (TypeError, ValueError):
        text = start.formatted or start.date or ""
    if start.time:
        text += f" · {start.time}"
        if end is not None and end.time and getattr(end, "date", None) == start.date:
            text += f"–{end.time}"
    return text
