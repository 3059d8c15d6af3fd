"""One way of writing an event's date, from Ticket Tailor's date objects."""

from __future__ import annotations

from boxoffice.domain.event_time import event_when
from boxoffice.services.tickettailor.models import EventTime


def _at(date: str, time: str, formatted: str = "") -> EventTime:
    return EventTime(
        unix=0, iso=f"{date}T{time}:00+01:00", date=date, time=time, formatted=formatted
    )


def test_local_date_and_time_with_the_end_on_the_same_day():
    start = _at("2026-06-12", "19:30", "Fri Jun 12, 2026 7:30 PM")
    assert event_when(start, _at("2026-06-12", "22:00")) == "Fri 12 Jun 2026 · 19:30–22:00"


def test_an_end_on_another_day_is_left_out():
    assert event_when(_at("2026-12-31", "22:00"), _at("2027-01-01", "02:00")) == (
        "Thu 31 Dec 2026 · 22:00"
    )


def test_unknown_start_and_unreadable_dates():
    assert event_when(None) == "Date to be announced"
    assert event_when(_at("soon", "", "Some day")) == "Some day"
