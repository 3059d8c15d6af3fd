"""The end-of-shift report read from the journal, and closing a shift.

A sale belongs to the shift in which it was created (`created_at`): a sale still under way at
a closing is counted as such in that shift, and not again in the next. Damaged records are
named and counted apart (never a reason to stop the report); they have no readable time, so
every damaged record of the journal is named, whatever the range.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from boxoffice.domain.report import Report, build_report
from boxoffice.engine.closings import Closing, Closings
from boxoffice.engine.journal import Journal

#: `since` meaning "since this till's latest closing".
LAST_CLOSE = "last-close"


class BadTime(ValueError):
    """A time the report cannot use; `str()` is a sentence for the person who typed it."""


def parse_time(text: str) -> float:
    """An ISO 8601 time ("2026-06-12T18:00", "2026-06-12 18:00+01:00", "2026-06-12") as unix
    seconds; one without an offset is in this machine's local time."""
    try:
        when = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise BadTime(
            f"“{text}” is not an ISO time such as 2026-06-12T18:00 or 2026-06-12"
        ) from None
    if when.tzinfo is None:
        when = when.astimezone()  # local time
    return when.timestamp()


@dataclass(frozen=True)
class ShiftRange:
    """Where the report starts and ends; `closing` is the closing it starts after, if any."""

    since: float | None
    until: float | None
    closing: Closing | None = None


def shift_range(
    closings: Closings, device_id: str | None, since: str | None, until: str | None
) -> ShiftRange:
    """The range asked for: `since` an ISO time, `LAST_CLOSE` (the default: the start of the
    journal when the till never closed a shift) or None for the same; `until` an ISO time or
    None (now)."""
    end = parse_time(until) if until else None
    if since and since.strip().lower() != LAST_CLOSE:
        start: float | None = parse_time(since)
        closing = None
    else:
        closing = closings.latest(device_id) if device_id else None
        start = closing.at if closing else None
    if start is not None and end is not None and end <= start:
        raise BadTime("the report's end is not after its start")
    return ShiftRange(start, end, closing)


def read_report(
    journal: Journal,
    *,
    device_id: str | None,
    since: float | None = None,
    until: float | None = None,
    all_tills: bool = False,
) -> Report:
    """The report of the journal's sales in [since, until), of this till unless `all_tills`."""
    damaged = journal.damaged()
    return build_report(
        journal.sales(),
        since=since,
        until=until,
        device_id=None if all_tills else device_id,
        not_counted=[(record.sale_id, record.describe()) for record in damaged],
    )


def close_shift(
    journal: Journal,
    closings: Closings,
    *,
    device_id: str,
    staff: str | None,
    now: float,
) -> tuple[Closing, Report]:
    """Record a closing at `now` with the totals of this till's sales since its last one."""
    latest = closings.latest(device_id)
    report = read_report(
        journal, device_id=device_id, since=latest.at if latest else None, until=now
    )
    closing = closings.record(device_id=device_id, at=now, staff=staff, totals=report.to_dict())
    return closing, report
