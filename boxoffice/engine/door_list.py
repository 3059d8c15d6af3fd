"""The door list and this till's check-ins, kept in the journal's file so a restart offline
still has them.

Three tables of their own beside the sales (as `closings` does: a version of Box Office that does
not know them opens the journal as before):

* `door_events`: the events being checked in, with their names (for "other event" and the
  counters when Ticket Tailor cannot be reached at start);
* `door_tickets`: every issued ticket of those events as last downloaded (all pages);
* `door_check_ins`: each admission this till made, journalled BEFORE Ticket Tailor is asked,
  with its state: `sending` (asked, answer unknown), `queued` (admitted offline, not asked
  yet), `sent` (Ticket Tailor recorded it), `double` (admitted here offline, but Ticket Tailor
  had it checked in elsewhere when the queue was sent) or `refused` (Ticket Tailor said no,
  the person was not admitted here).

One connection, used from worker threads (`asyncio.to_thread`) under a lock, so the GUI thread
never waits on a disk write of a few hundred rows.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from boxoffice.engine.journal import Journal, JournalError

_SCHEMA = """
CREATE TABLE IF NOT EXISTS door_events (
    event_id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    refreshed_at REAL
);
CREATE TABLE IF NOT EXISTS door_tickets (
    ticket_id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL,
    barcode TEXT NOT NULL,
    status TEXT NOT NULL,
    checked_in INTEGER NOT NULL,
    full_name TEXT,
    email TEXT,
    ticket_type TEXT
);
CREATE INDEX IF NOT EXISTS door_tickets_barcode ON door_tickets (barcode);
CREATE INDEX IF NOT EXISTS door_tickets_event ON door_tickets (event_id);
CREATE TABLE IF NOT EXISTS door_check_ins (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    barcode TEXT NOT NULL,
    device_id TEXT NOT NULL,
    at REAL NOT NULL,
    state TEXT NOT NULL,
    check_in_id TEXT,
    sent_at REAL,
    elsewhere_at REAL
);
CREATE INDEX IF NOT EXISTS door_check_ins_ticket ON door_check_ins (ticket_id);
CREATE INDEX IF NOT EXISTS door_check_ins_state ON door_check_ins (state);
"""

SENDING = "sending"
QUEUED = "queued"
SENT = "sent"
DOUBLE = "double"
REFUSED = "refused"
#: States in which the person was let in by this till.
ADMITTED = (SENDING, QUEUED, SENT, DOUBLE)
#: States still to settle with Ticket Tailor.
WAITING = (SENDING, QUEUED)

#: The longest search answer (a list to tap, not a report).
SEARCH_LIMIT = 50


@dataclass(frozen=True)
class DoorTicket:
    """One issued ticket as the door sees it."""

    ticket_id: str
    event_id: str
    barcode: str
    status: str
    checked_in: bool
    full_name: str | None
    email: str | None
    ticket_type: str | None

    @property
    def voided(self) -> bool:
        return self.status == "voided"


@dataclass(frozen=True)
class LocalCheckIn:
    """An admission made by this till (see the module's states)."""

    seq: int
    ticket_id: str
    event_id: str
    barcode: str
    device_id: str
    at: float
    state: str
    check_in_id: str | None
    sent_at: float | None
    elsewhere_at: float | None


@dataclass(frozen=True)
class Counter:
    """Checked in / issued for one event (voided tickets are not issued)."""

    event_id: str
    name: str
    checked_in: int
    issued: int


class DoorStore:
    """The door tables of a journal's file. Open the `Journal` first: it makes the file (owner
    only) and checks it."""

    def __init__(self, journal: Journal | Path | str) -> None:
        path = journal.path if isinstance(journal, Journal) else Path(journal)
        self.path = path
        self._lock = threading.Lock()
        try:
            if not path.exists():
                raise FileNotFoundError(path.name)
            self._db = sqlite3.connect(
                str(path), isolation_level=None, timeout=10, check_same_thread=False
            )
            self._db.row_factory = sqlite3.Row
            self._db.text_factory = lambda raw: raw.decode("utf-8", "replace")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as error:
            raise JournalError(
                f"cannot open the door list of the sales journal {path.name}: {error}"
            ) from error

    # -- events and tickets ------------------------------------------------------------------

    def save_events(self, events: Iterable[tuple[str, str]], at: float) -> None:
        with self._write():
            for event_id, name in events:
                self._db.execute(
                    "INSERT INTO door_events (event_id, name, refreshed_at) VALUES (?,?,?)"
                    " ON CONFLICT(event_id) DO UPDATE SET name=excluded.name",
                    (event_id, name, at),
                )

    def events(self) -> dict[str, str]:
        """Every event the door list has seen: id -> name."""
        rows = self._read("SELECT event_id, name FROM door_events ORDER BY event_id", ())
        return {str(r["event_id"]): str(r["name"]) for r in rows}

    def replace_tickets(self, event_id: str, tickets: Iterable[DoorTicket], at: float) -> None:
        """The whole list of one event, as just downloaded (one transaction: a reader sees the
        old list or the new one, never half)."""
        with self._write():
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.execute("DELETE FROM door_tickets WHERE event_id=?", (event_id,))
                self._db.executemany(
                    "INSERT OR REPLACE INTO door_tickets VALUES (?,?,?,?,?,?,?,?)",
                    [_ticket_row(t) for t in tickets],
                )
                self._db.execute(
                    "UPDATE door_events SET refreshed_at=? WHERE event_id=?", (at, event_id)
                )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def put_ticket(self, ticket: DoorTicket) -> None:
        """One ticket's latest state (after a scan read it from Ticket Tailor)."""
        with self._write():
            self._db.execute(
                "INSERT OR REPLACE INTO door_tickets VALUES (?,?,?,?,?,?,?,?)", _ticket_row(ticket)
            )

    def refreshed_at(self, event_id: str) -> float | None:
        rows = self._read("SELECT refreshed_at FROM door_events WHERE event_id=?", (event_id,))
        value = rows[0]["refreshed_at"] if rows else None
        return float(value) if isinstance(value, int | float) else None

    def by_barcode(self, barcode: str) -> DoorTicket | None:
        rows = self._read("SELECT * FROM door_tickets WHERE barcode=? LIMIT 1", (barcode,))
        return _ticket(rows[0]) if rows else None

    def ticket(self, ticket_id: str) -> DoorTicket | None:
        rows = self._read("SELECT * FROM door_tickets WHERE ticket_id=?", (ticket_id,))
        return _ticket(rows[0]) if rows else None

    def search(self, text: str, event_ids: Iterable[str]) -> list[DoorTicket]:
        """Tickets of these events whose name, e-mail or barcode contains `text` (any case)."""
        wanted = text.strip().lower()
        ids = list(event_ids)
        if not wanted or not ids:
            return []
        like = "%" + wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        marks = ",".join("?" * len(ids))
        rows = self._read(
            f"SELECT * FROM door_tickets WHERE event_id IN ({marks}) AND ("
            " lower(coalesce(full_name,'')) LIKE ? ESCAPE '\\'"
            " OR lower(coalesce(email,'')) LIKE ? ESCAPE '\\'"
            " OR lower(barcode) LIKE ? ESCAPE '\\')"
            " ORDER BY full_name, barcode LIMIT ?",
            (*ids, like, like, like, SEARCH_LIMIT),
        )
        return [_ticket(r) for r in rows]

    def counters(self, event_ids: Iterable[str]) -> list[Counter]:
        """Checked in / issued per event: checked in by Ticket Tailor's list or by this till."""
        names = self.events()
        counters = []
        for event_id in event_ids:
            rows = self._read(
                "SELECT count(*) AS issued, coalesce(sum(checked_in OR EXISTS ("
                " SELECT 1 FROM door_check_ins c WHERE c.ticket_id=t.ticket_id"
                f" AND c.state IN ({','.join('?' * len(ADMITTED))}))), 0) AS checked"
                " FROM door_tickets t WHERE t.event_id=? AND t.status != 'voided'",
                (*ADMITTED, event_id),
            )
            row = rows[0]
            counters.append(
                Counter(event_id, names.get(event_id, event_id), int(row["checked"]), int(row[0]))
            )
        return counters

    # -- this till's check-ins ----------------------------------------------------------------

    def admitted_here(self, ticket_id: str) -> LocalCheckIn | None:
        """This till's admission of the ticket, if it let the holder in."""
        rows = self._read(
            f"SELECT * FROM door_check_ins WHERE ticket_id=? AND state IN"
            f" ({','.join('?' * len(ADMITTED))}) ORDER BY seq LIMIT 1",
            (ticket_id, *ADMITTED),
        )
        return _check_in(rows[0]) if rows else None

    def record_check_in(self, ticket: DoorTicket, *, device_id: str, at: float, state: str) -> int:
        """Journal an admission before Ticket Tailor hears of it; returns its number."""
        with self._write():
            cursor = self._db.execute(
                "INSERT INTO door_check_ins (ticket_id, event_id, barcode, device_id, at, state)"
                " VALUES (?,?,?,?,?,?)",
                (ticket.ticket_id, ticket.event_id, ticket.barcode, device_id, at, state),
            )
        return int(cursor.lastrowid or 0)

    def mark(
        self,
        seq: int,
        state: str,
        *,
        check_in_id: str | None = None,
        sent_at: float | None = None,
        elsewhere_at: float | None = None,
    ) -> None:
        with self._write():
            self._db.execute(
                "UPDATE door_check_ins SET state=?, check_in_id=coalesce(?, check_in_id),"
                " sent_at=coalesce(?, sent_at), elsewhere_at=coalesce(?, elsewhere_at)"
                " WHERE seq=?",
                (state, check_in_id, sent_at, elsewhere_at, seq),
            )

    def waiting(self) -> list[LocalCheckIn]:
        """Admissions not yet settled with Ticket Tailor, oldest first."""
        rows = self._read("SELECT * FROM door_check_ins WHERE state IN (?,?) ORDER BY seq", WAITING)
        return [_check_in(r) for r in rows]

    def doubles(self) -> list[LocalCheckIn]:
        rows = self._read("SELECT * FROM door_check_ins WHERE state=? ORDER BY seq", (DOUBLE,))
        return [_check_in(r) for r in rows]

    # -- plumbing ------------------------------------------------------------------------------

    def _write(self) -> _Locked:
        return _Locked(self._lock, self.path)

    def _read(self, query: str, parameters: tuple) -> list[sqlite3.Row]:
        try:
            with self._lock:
                return self._db.execute(query, parameters).fetchall()
        except sqlite3.Error as error:
            raise JournalError(
                f"cannot read the door list of the sales journal {self.path.name}: {error}"
            ) from error

    def close(self) -> None:
        with self._lock:
            self._db.close()


class _Locked:
    """The store's lock around a write; an SQLite error becomes a `JournalError`."""

    def __init__(self, lock: threading.Lock, path: Path) -> None:
        self._lock = lock
        self._path = path

    def __enter__(self) -> None:
        self._lock.acquire()

    def __exit__(self, exc_type, exc, tb) -> None:
        self._lock.release()
        if isinstance(exc, sqlite3.Error):
            raise JournalError(
                f"cannot write the door list of the sales journal {self._path.name}: {exc}"
            ) from exc


def _ticket_row(t: DoorTicket) -> tuple:
    return (
        t.ticket_id,
        t.event_id,
        t.barcode,
        t.status,
        int(t.checked_in),
        t.full_name,
        t.email,
        t.ticket_type,
    )


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _ticket(row: sqlite3.Row) -> DoorTicket:
    return DoorTicket(
        str(row["ticket_id"]),
        str(row["event_id"]),
        str(row["barcode"]),
        str(row["status"]),
        bool(row["checked_in"]),
        _text(row["full_name"]),
        _text(row["email"]),
        _text(row["ticket_type"]),
    )


def _check_in(row: sqlite3.Row) -> LocalCheckIn:
    def number(key: str) -> float | None:
        value = row[key]
        return float(value) if isinstance(value, int | float) else None

    return LocalCheckIn(
        int(row["seq"]),
        str(row["ticket_id"]),
        str(row["event_id"]),
        str(row["barcode"]),
        str(row["device_id"]),
        float(row["at"]),
        str(row["state"]),
        _text(row["check_in_id"]),
        number("sent_at"),
        number("elsewhere_at"),
    )
