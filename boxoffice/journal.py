"""The local journal: every sale and every state change, written before the side effect.

Ticket Tailor has no idempotency keys and BTCPay has none either
(../shared/reference/tickettailor-api.md §10, ../shared/reference/btcpay-greenfield.md §8), so
after a crash the only way to know what may have happened is to have written down, before each
network write, what was about to be done. Recovery then looks the outcome up (holds by note,
invoices by orderId, tickets by reference) instead of repeating the write.

SQLite in WAL mode with `synchronous=FULL`: a committed record survives the app being killed.
The file holds buyers' names and e-mail addresses, so it is created readable only by its owner.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import time
from pathlib import Path
from typing import Any

from boxoffice.sale import Sale

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
"""


class JournalError(RuntimeError):
    """The journal cannot be opened or written; selling must stop until it can."""


class Journal:
    """SQLite journal of sales (WAL, file mode 0600). One instance per process."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            # Create the file ourselves so it is 0600 from its first byte; SQLite gives the
            # -wal and -shm files the mode of the database file.
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            os.close(fd)
            os.chmod(self.path, 0o600)
            self._db = sqlite3.connect(str(self.path), isolation_level=None)
            self._db.row_factory = sqlite3.Row
            mode = self._db.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                log.warning("the journal could not switch to WAL mode (got %s)", mode)
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.executescript(_SCHEMA)
            self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        except (OSError, sqlite3.Error) as exc:
            raise JournalError(f"cannot open the sales journal {self.path.name}: {exc}") from exc
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

    def _event(self, sale: Sale, event: str, detail: dict[str, Any] | None) -> None:
        self._db.execute(
            "INSERT INTO events (sale_id, at, event, state, detail) VALUES (?,?,?,?,?)",
            (
                sale.id,
                sale.updated_at or time.time(),
                event,
                str(sale.state),
                _dumps(detail) if detail is not None else None,
            ),
        )

    def _transaction(self):
        return _Transaction(self._db)

    # -- reading ------------------------------------------------------------------------------

    def get(self, sale_id: str) -> Sale | None:
        row = self._db.execute("SELECT data FROM sales WHERE id=?", (sale_id,)).fetchone()
        return _load(row["data"]) if row else None

    def unfinished(self, now: float | None = None) -> list[Sale]:
        """Sales the engine still has to act on, oldest first.

        Non-terminal sales always; with `now`, also terminal ones still watched for late
        payments (`watch_until` after `now`).
        """
        if now is None:
            rows = self._db.execute(
                "SELECT data FROM sales WHERE terminal=0 ORDER BY created_at"
            ).fetchall()
        else:
            rows = self._db.execute(
                "SELECT data FROM sales WHERE terminal=0 OR (watch_until IS NOT NULL AND"
                " watch_until > ?) ORDER BY created_at",
                (now,),
            ).fetchall()
        return [_load(row["data"]) for row in rows]

    def sales(self, limit: int | None = None) -> list[Sale]:
        """The most recent sales first."""
        query = "SELECT data FROM sales ORDER BY created_at DESC, rowid DESC"
        if limit is not None:
            rows = self._db.execute(query + " LIMIT ?", (int(limit),)).fetchall()
        else:
            rows = self._db.execute(query).fetchall()
        return [_load(row["data"]) for row in rows]

    def history(self, sale_id: str) -> list[dict[str, Any]]:
        """The sale's recorded events in order: {at, event, state, detail}."""
        rows = self._db.execute(
            "SELECT at, event, state, detail FROM events WHERE sale_id=? ORDER BY seq",
            (sale_id,),
        ).fetchall()
        return [
            {
                "at": row["at"],
                "event": row["event"],
                "state": row["state"],
                "detail": json.loads(row["detail"]) if row["detail"] else None,
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
        self._db.execute("BEGIN IMMEDIATE")

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
        int(sale.terminal),
        sale.watch_until,
        sale.invoice_id,
        sale.hold_id,
        sale.created_at,
        sale.updated_at,
        _dumps(sale.to_dict()),
    )


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


def _load(text: str) -> Sale:
    return Sale.from_dict(json.loads(text))
