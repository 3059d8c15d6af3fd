"""The local journal: every sale and every state change, written before the side effect.

Ticket Tailor has no idempotency keys (developers.tickettailor.com) and BTCPay's Greenfield API
has none either, so
after a crash the only way to know what may have happened is to have written down, before each
network write, what was about to be done. Recovery then looks the outcome up (holds by note,
invoices by orderId, tickets by reference) instead of repeating the write.

SQLite in WAL mode with `synchronous=FULL`: a committed record survives the app being killed.
The file holds buyers' names and e-mail addresses, so it is created readable only by its owner.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from boxoffice.domain.sale import Sale
from boxoffice.words import translate

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sales (
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    state TEXT NOT NULL,
    terminal INTEGER NOT NULL,
    watch_until REAL,
    invoice_id TEXT,
    hold_id TEXT,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sales_open ON sales (terminal, watch_until);
CREATE INDEX IF NOT EXISTS sales_created ON sales (created_at);
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    sale_id TEXT NOT NULL REFERENCES sales (id),
    at REAL NOT NULL,
    event TEXT NOT NULL,
    state TEXT NOT NULL,
    detail TEXT
);
CREATE INDEX IF NOT EXISTS events_sale ON events (sale_id, seq);
CREATE TABLE IF NOT EXISTS claims (
    sale_id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    pid INTEGER NOT NULL,
    until REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS set_aside (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    sale_id TEXT NOT NULL,
    at REAL NOT NULL,
    data BLOB
);
"""


class JournalError(RuntimeError):
    """The journal cannot be opened or written; selling must stop until it can."""


class DamagedSaleError(JournalError):
    """One sale's record cannot be read back. Only that sale is affected: every other goes on."""

    def __init__(self, record: DamagedRecord) -> None:
        super().__init__(record.describe())
        self.record = record


@dataclass(frozen=True)
class DamagedRecord:
    """A sale row that cannot be read back, set aside so that every other sale goes on.

    What the row's own columns still tell (kept apart from its damaged data) is what a person
    needs to finish the sale by hand: the invoice to look up in BTCPay, the hold in Ticket Tailor.
    `problem` names what is wrong, never the row's content (it holds buyers' details); it and
    `references` are `Words` (context "Journal"), which the window's banner says in its
    language. `describe()` is the command line's and the log's, in English.
    """

    sale_id: str
    state: str | None
    invoice_id: str | None
    hold_id: str | None
    problem: str

    @property
    def references(self) -> str:
        """What to look up by hand in the services: "invoice … and hold …", or ""."""
        invoice = translate("Journal", "invoice {invoice}").format(invoice=self.invoice_id)
        hold = translate("Journal", "hold {hold}").format(hold=self.hold_id)
        if self.invoice_id and self.hold_id:
            return translate("Journal", "{invoice} and {hold}").format(invoice=invoice, hold=hold)
        if self.invoice_id:
            return invoice
        return hold if self.hold_id else ""

    def describe(self) -> str:
        look = f"; check {self.references} by hand" if self.references else ""
        return (
            f"the journal's record of sale {self.sale_id} is damaged ({self.problem}) and was "
            f"set aside{look}"
        )


class Journal:
    """SQLite journal of sales (WAL, file mode 0600). One instance per process."""

    def __init__(self, path: Path | str, *, clock: Callable[[], float] = time.time) -> None:
        self.path = Path(path)
        # History lines carry when they were written: a sale's own `updated_at` is when its
        # snapshot last changed, which for a line such as "email" or "orphan_hold" was earlier.
        self._clock = clock
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            # Create the file ourselves so it is 0600 from its first byte; SQLite gives the
            # -wal and -shm files the mode of the database file.
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            os.close(fd)
            os.chmod(self.path, 0o600)
            self._db = sqlite3.connect(str(self.path), isolation_level=None)
            self._db.row_factory = sqlite3.Row
            # A damaged byte in a text column must not make the whole query fail ("Could not
            # decode to UTF-8"): it reads as U+FFFD, and the record it is in is set aside.
            self._db.text_factory = _lenient_text
            # A damaged file is looked at before anything is written to it: switching to WAL,
            # creating tables or setting the version would otherwise write pages over it.
            if self.path.stat().st_size > 0:
                _check_readable(self._db, self.path)
            mode = self._db.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                log.warning("the journal could not switch to WAL mode (got %s)", mode)
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.executescript(_SCHEMA)
            if self._db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        except (OSError, sqlite3.Error, UnicodeDecodeError, JournalError) as exc:
            with contextlib.suppress(AttributeError, sqlite3.Error):
                self._db.close()
            if isinstance(exc, JournalError):
                raise
            what = f"cannot open the sales journal {self.path.name}"
            raise JournalError(_unusable(what, exc)) from exc
        for suffix in ("-wal", "-shm"):
            side = self.path.with_name(self.path.name + suffix)
            if side.exists():
                os.chmod(side, 0o600)

    def __repr__(self) -> str:
        return f"Journal({self.path.name!r})"

    # -- writing ------------------------------------------------------------------------------

    def record_new(self, sale: Sale) -> None:
        """Write a new sale (before any network call is made for it)."""
        with self._transaction():
            self._db.execute(_INSERT, _row(sale))
            self._event(sale, "created", None)

    def record(self, sale: Sale, event: str, detail: dict[str, Any] | None = None) -> None:
        """Store the sale's new snapshot and one history line saying what is about to happen."""
        with self._transaction():
            self._db.execute(_INSERT + _UPSERT, _row(sale))
            self._event(sale, event, detail)

    def claim(self, sale_id: str, owner: str, *, now: float, until: float) -> str | None:
        """Take (or renew) the right to issue a sale's tickets; None when taken, else the owner
        that holds it.

        Several processes of one till share this journal (the window, `accept`, `reconcile`):
        counting the issued tickets and issuing the missing ones must be done by one of them at
        a time, or both count the same gap and both fill it. `BEGIN IMMEDIATE` makes the look
        and the take one step for every process. A claim lapses at `until`, or at once when the
        process that took it has died.
        """
        with self._lock_write():
            row = self._db.execute(
                "SELECT owner, pid, until FROM claims WHERE sale_id=?", (sale_id,)
            ).fetchone()
            if (
                row is not None
                and row["owner"] != owner
                and row["until"] > now
                and _process_alive(row["pid"])
            ):
                return str(row["owner"])
            self._db.execute(
                "INSERT INTO claims (sale_id, owner, pid, until) VALUES (?,?,?,?)"
                " ON CONFLICT (sale_id) DO UPDATE SET owner=excluded.owner, pid=excluded.pid,"
                " until=excluded.until",
                (sale_id, owner, os.getpid(), until),
            )
        return None

    def release_claim(self, sale_id: str, owner: str) -> None:
        """Give up a claim taken with `claim` (someone else's is left alone)."""
        with self._lock_write():
            self._db.execute("DELETE FROM claims WHERE sale_id=? AND owner=?", (sale_id, owner))

    def set_aside(self, sale_id: str, now: float | None = None) -> None:
        """Keep a damaged record's data apart, as it was, before the sale is rebuilt over it.

        The rebuilt sale comes from BTCPay's invoice; what was lost can still be looked at.
        """
        with self._transaction():
            self._db.execute(
                "INSERT INTO set_aside (sale_id, at, data) SELECT id, ?, CAST(data AS BLOB)"
                " FROM sales WHERE id=?",
                (now or time.time(), sale_id),
            )

    def _event(self, sale: Sale, event: str, detail: dict[str, Any] | None) -> None:
        self._db.execute(
            "INSERT INTO events (sale_id, at, event, state, detail) VALUES (?,?,?,?,?)",
            (
                sale.id,
                self._clock(),
                event,
                str(sale.state),
                _dumps(detail) if detail is not None else None,
            ),
        )

    def _transaction(self):
        return _Transaction(self._db)

    @contextlib.contextmanager
    def _lock_write(self):
        """A transaction for claims, without the wait for the disk: a claim is a lock between
        running processes, not a record; one lost with the machine's power is harmless (its
        process is gone too), and a claim is renewed before every ticket."""
        self._db.execute("PRAGMA synchronous=NORMAL")
        try:
            with self._transaction():
                yield
        finally:
            self._db.execute("PRAGMA synchronous=FULL")

    # -- reading ------------------------------------------------------------------------------

    def get(self, sale_id: str) -> Sale | None:
        """The sale, or None if there is none; `DamagedSaleError` if its record is damaged."""
        rows = self._read(f"SELECT {_COLUMNS} FROM sales WHERE id=?", (sale_id,))
        if not rows:
            return None
        sale = _load(rows[0])
        if isinstance(sale, DamagedRecord):
            raise DamagedSaleError(sale)
        return sale

    def unfinished(self, now: float | None = None) -> list[Sale]:
        """Sales the engine still has to act on, oldest first.

        Non-terminal sales always; with `now`, also terminal ones still watched for late
        payments (`watch_until` after `now`).
        """
        if now is None:
            rows = self._read(f"SELECT {_COLUMNS} FROM sales WHERE terminal=0 ORDER BY created_at")
        else:
            rows = self._read(
                f"SELECT {_COLUMNS} FROM sales WHERE terminal=0 OR (watch_until IS NOT NULL AND"
                " watch_until > ?) ORDER BY created_at",
                (now,),
            )
        return self._readable(rows)

    def sales(self, limit: int | None = None) -> list[Sale]:
        """The most recent sales first; damaged records are left out (see `damaged()`)."""
        query = f"SELECT {_COLUMNS} FROM sales ORDER BY created_at DESC, rowid DESC"
        if limit is not None:
            rows = self._read(query + " LIMIT ?", (int(limit),))
        else:
            rows = self._read(query)
        return self._readable(rows)

    def damaged(self) -> list[DamagedRecord]:
        """Every sale record that cannot be read back, oldest first (for doctor and the window)."""
        rows = self._read(f"SELECT {_COLUMNS} FROM sales ORDER BY created_at")
        return [r for r in map(_load, rows) if isinstance(r, DamagedRecord)]

    def _read(self, query: str, parameters: tuple = ()) -> list[sqlite3.Row]:
        try:
            return self._db.execute(query, parameters).fetchall()
        except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
            # The file itself is damaged (not one record): nothing can be trusted to be read.
            raise JournalError(
                _unusable(f"cannot read the sales journal {self.path.name}", error)
            ) from error

    def _readable(self, rows: Iterable[sqlite3.Row]) -> list[Sale]:
        """The rows that read back as sales. A damaged one is logged (by id) and passed over, so
        one bad record never stops the others (a paid sale next to it still gets its tickets)."""
        sales: list[Sale] = []
        for row in rows:
            loaded = _load(row)
            if isinstance(loaded, DamagedRecord):
                log.error("%s", loaded.describe())
            else:
                sales.append(loaded)
        return sales

    def history(self, sale_id: str) -> list[dict[str, Any]]:
        """The sale's recorded events in order: {at, event, state, detail}."""
        rows = self._read(
            "SELECT at, event, state, detail FROM events WHERE sale_id=? ORDER BY seq", (sale_id,)
        )
        return [
            {
                "at": row["at"],
                "event": row["event"],
                "state": row["state"],
                "detail": _detail(row["detail"]),
            }
            for row in rows
        ]

    def close(self) -> None:
        try:
            self._db.close()
        except sqlite3.Error:  # pragma: no cover - closing a broken handle
            log.exception("closing the journal failed")

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except (sqlite3.Error, UnicodeDecodeError) as error:
            raise JournalError(_unusable("cannot write the sales journal", error)) from error

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            try:
                self._db.execute("COMMIT")
            except sqlite3.Error as error:
                self._db.execute("ROLLBACK")
                raise JournalError(f"cannot write the sales journal: {error}") from error
        else:
            self._db.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise JournalError(f"cannot write the sales journal: {exc}") from exc


_INSERT = (
    "INSERT INTO sales (id, device_id, state, terminal, watch_until, invoice_id, hold_id,"
    " created_at, updated_at, data) VALUES (?,?,?,?,?,?,?,?,?,?)"
)
_UPSERT = (
    " ON CONFLICT (id) DO UPDATE SET state=excluded.state, terminal=excluded.terminal,"
    " watch_until=excluded.watch_until, invoice_id=excluded.invoice_id,"
    " hold_id=excluded.hold_id, updated_at=excluded.updated_at, data=excluded.data"
)


def _row(sale: Sale) -> tuple:
    return (
        sale.id,
        sale.device_id,
        str(sale.state),
        # "terminal" in the journal: nothing left for the engine (records written too).
        int(sale.engine_done),
        sale.watch_until,
        sale.invoice_id,
        sale.hold_id,
        sale.created_at,
        sale.updated_at,
        _dumps(sale.to_dict()),
    )


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


#: The columns a sale is read back from: its data, and what a person needs if that is damaged.
_COLUMNS = "id, state, invoice_id, hold_id, data"


def _load(row: sqlite3.Row) -> Sale | DamagedRecord:
    """The sale of a row, or what is known of it when its data cannot be read back.

    Damage comes from a disk or a hand edit, or from a newer version's record; whichever it is,
    this one record is set aside and the rest of the journal is read as usual.
    """
    try:
        data = json.loads(row["data"])
        if not isinstance(data, dict):
            raise TypeError("not a record")
        return Sale.from_dict(data)
    except json.JSONDecodeError:
        problem = translate("Journal", "its data is not valid JSON")
    except UnicodeDecodeError:
        problem = translate("Journal", "its data is not text")
    except KeyError as missing:
        problem = translate("Journal", "{field} is missing").format(field=missing)
    except (TypeError, ValueError, AttributeError, ArithmeticError):
        problem = translate("Journal", "a value has the wrong type or form")
    return DamagedRecord(
        sale_id=_text_or_none(row["id"]) or "?",
        state=_text_or_none(row["state"]),
        invoice_id=_text_or_none(row["invoice_id"]),
        hold_id=_text_or_none(row["hold_id"]),
        problem=problem,
    )


def _process_alive(pid: Any) -> bool:
    """Whether the process that took a claim still runs (claims are of one machine's tills)."""
    if not isinstance(pid, int) or pid <= 0:
        return False
    if pid == os.getpid():
        return True  # another engine of this process: its claim lapses with its time
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, owned by someone else
    return True


def _check_readable(db: sqlite3.Connection, path: Path) -> None:
    """Raise JournalError when SQLite finds the file's own structure damaged.

    `PRAGMA quick_check` reads every page and checks the b-trees, without the slower index
    comparison of `integrity_check` (sqlite.org/pragma.html#pragma_quick_check). A damaged
    page can make a query miss rows without an error; the journal is not used then.
    """
    found = [row[0] for row in db.execute("PRAGMA quick_check").fetchall()]
    if found != ["ok"]:
        raise JournalError(
            f"the sales journal {path.name} is damaged (SQLite's check of the file failed); "
            f"{_WHAT_TO_DO}"
        )


_WHAT_TO_DO = (
    "selling stops until it is repaired. Keep the file as it is, restore the journal from a "
    "backup, and check the open sales in BTCPay and Ticket Tailor by hand"
)


def _unusable(what: str, error: BaseException) -> str:
    """What failed, why, and what to do: damage needs a person; a busy or full disk may pass."""
    if isinstance(error, UnicodeDecodeError):
        return f"{what}: the file is damaged; {_WHAT_TO_DO}"
    if isinstance(error, sqlite3.DatabaseError) and not isinstance(error, sqlite3.OperationalError):
        return f"{what}: the file is damaged ({error}); {_WHAT_TO_DO}"
    return f"{what}: {error}; close other Box Office windows and check the disk, then try again"


def _lenient_text(raw: bytes) -> str:
    return raw.decode("utf-8", "replace")


def _text_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _detail(text: Any) -> Any:
    """A history line's detail; a damaged one reads as a note rather than stopping the history."""
    if not text:
        return None
    try:
        return json.loads(text)
    except (TypeError, ValueError):
        return {"unreadable": True}
