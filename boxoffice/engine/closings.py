"""Closed shifts: who closed the till, when, and the totals as they were computed then.

Kept in the journal's file, in a table of their own (`closings`) beside the sales: a version
of Box Office that does not know it opens the journal as before (it creates and reads only its
own tables, and SQLite's check of the file knows every table). The sales' tables and the
schema version are left as they are, so no sale is read differently.

A closing's `at` and till are columns, its totals JSON: "since the last closing" needs only
the columns, so a damaged closing's totals never move the start of the next shift.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from boxoffice.domain.buyer import clean_text
from boxoffice.engine.journal import Journal, JournalError

_SCHEMA = """
CREATE TABLE IF NOT EXISTS closings (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    device_id TEXT NOT NULL,
    at REAL NOT NULL,
    staff TEXT,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS closings_device ON closings (device_id, at);
"""

#: The longest staff name kept (a name, not a note).
STAFF_NAME_LIMIT = 80


@dataclass(frozen=True)
class Closing:
    """One closed shift. `totals` is the report's JSON form, or None when it is damaged."""

    seq: int
    device_id: str
    at: float
    staff: str | None
    totals: dict[str, Any] | None


class Closings:
    """The closings of a journal's file. Open the `Journal` first: it makes the file (owner
    only) and checks it."""

    def __init__(self, journal: Journal | Path | str) -> None:
        path = journal.path if isinstance(journal, Journal) else Path(journal)
        self.path = path
        try:
            if not path.exists():
                raise FileNotFoundError(path.name)
            self._db = sqlite3.connect(str(path), isolation_level=None, timeout=10)
            self._db.row_factory = sqlite3.Row
            self._db.text_factory = lambda raw: raw.decode("utf-8", "replace")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as error:
            raise JournalError(
                f"cannot open the closed shifts of the sales journal {path.name}: {error}"
            ) from error

    def record(
        self, *, device_id: str, at: float, staff: str | None, totals: dict[str, Any]
    ) -> Closing:
        """Write a closing (committed to disk before this returns)."""
        name = clean_text(staff)[:STAFF_NAME_LIMIT] or None
        data = json.dumps(totals, ensure_ascii=False, separators=(",", ":"), default=str)
        try:
            cursor = self._db.execute(
                "INSERT INTO closings (device_id, at, staff, data) VALUES (?,?,?,?)",
                (device_id, at, name, data),
            )
        except sqlite3.Error as error:
            raise JournalError(
                f"cannot record the closing in the sales journal: {error}"
            ) from error
        return Closing(int(cursor.lastrowid or 0), device_id, at, name, totals)

    def latest(self, device_id: str) -> Closing | None:
        """The latest closing of the till `device_id`, or None if it never closed a shift."""
        rows = self._read(
            "SELECT seq, device_id, at, staff, data FROM closings WHERE device_id=?"
            " ORDER BY at DESC, seq DESC LIMIT 1",
            (device_id,),
        )
        return _closing(rows[0]) if rows else None

    def of_till(self, device_id: str) -> list[Closing]:
        """Every closing of the till, oldest first."""
        rows = self._read(
            "SELECT seq, device_id, at, staff, data FROM closings WHERE device_id=?"
            " ORDER BY at, seq",
            (device_id,),
        )
        return [_closing(row) for row in rows]

    def _read(self, query: str, parameters: tuple) -> list[sqlite3.Row]:
        try:
            return self._db.execute(query, parameters).fetchall()
        except sqlite3.Error as error:
            raise JournalError(
                f"cannot read the closed shifts of the sales journal {self.path.name}: {error}"
            ) from error

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Closings:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _closing(row: sqlite3.Row) -> Closing:
    try:
        totals = json.loads(row["data"])
    except (TypeError, ValueError):
        totals = None
    staff = row["staff"] if isinstance(row["staff"], str) else None
    return Closing(
        int(row["seq"]),
        str(row["device_id"]),
        float(row["at"]),
        staff,
        totals if isinstance(totals, dict) else None,
    )
