"""The ledger: what every part of the sale engine shares, and the one way a sale changes.

A change is journalled first and only then shown to observers (`commit`): a side effect follows
only a durable record. The ledger also keeps the latest snapshot of each sale in memory (it may
be newer than its journal row: a connection problem is never journalled), one lock per sale,
the claims that let one process of this till at a time issue a sale, the clock, and the
events `SaleEngine.wait` sleeps on. It makes no network call.
"""

from __future__ import annotations

import asyncio
import logging
import os
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from boxoffice.domain.sale import Sale
from boxoffice.engine.journal import DamagedSaleError, Journal

log = logging.getLogger(__name__)

Observer = Callable[[Sale], None]


class Ledger:
    """The journal, the snapshots, the locks, the claims, the clock and the observers.

    Owns nothing but state; every collaborator of the engine is built with the same ledger.
    """

    def __init__(
        self,
        journal: Journal,
        *,
        clock: Callable[[], float],
        sleep: Callable[[float], Awaitable[object]],
        claim_seconds: float,
    ) -> None:
        self.journal = journal
        self._clock = clock
        self._sleep = sleep
        self._claim_seconds = claim_seconds
        self._observers: list[Observer] = []
        self._sales: dict[str, Sale] = {}
        self._locks: dict[str, asyncio.Lock] = {}
        self._changed: dict[str, asyncio.Event] = {}
        #: Set by `SaleEngine.aclose`: no new sale, no new watcher, every `wait` returns.
        self.closed = False
        #: This engine's name in the journal's claims, and how deep in claimed work it is.
        self._claim_owner = f"{os.getpid()}-{uuid.uuid4().hex[:12]}"
        self._claim_depth: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._sales)

    # -- time ---------------------------------------------------------------------------------

    def now(self) -> float:
        return float(self._clock())

    async def sleep(self, seconds: float) -> None:
        await self._sleep(seconds)

    async def pause(self, seconds: float) -> None:
        """Sleep between two looks at a sale; a failing sleep never ends the watch.

        A task stepped while no loop is running (Qt dispatching a queued asyncio callback from
        outside `QApplication.exec`, as qasync allows) gets a RuntimeError from
        `asyncio.sleep`: the watch then yields once and sleeps again, instead of dying
        silently and leaving a paid sale unwatched.
        """
        for _attempt in range(100):
            try:
                await self._sleep(seconds)
                return
            except RuntimeError as error:
                log.warning("a sale watcher could not sleep (%s); trying again", error)
                await asyncio.sleep(0)  # a bare yield: needs no running loop
        await self._sleep(seconds)

    # -- snapshots and observers ----------------------------------------------------------------

    def subscribe(self, observer: Observer) -> Callable[[], None]:
        """Call `observer` with every new snapshot of any sale; returns the unsubscribe."""
        self._observers.append(observer)

        def unsubscribe() -> None:
            if observer in self._observers:
                self._observers.remove(observer)

        return unsubscribe

    def sale(self, sale_id: str) -> Sale | None:
        """The latest snapshot of a sale (from memory, else from the journal).

        None also for a sale whose journal record is damaged: it is set aside (the journal's
        `damaged()` lists it) and only recovery, which can rebuild it, looks at it again.
        """
        try:
            return self._sales.get(sale_id) or self.journal.get(sale_id)
        except DamagedSaleError as error:
            log.warning("%s", error)
            return None

    def find(self, sale_id: str) -> Sale:
        """The latest snapshot; KeyError for an unknown sale, `DamagedSaleError` for a
        damaged record."""
        sale = self._sales.get(sale_id) or self.journal.get(sale_id)
        if sale is None:
            raise KeyError(sale_id)
        return sale

    def latest(self, sale_id: str) -> Sale:
        """`find`, and hold the snapshot in memory from now on."""
        sale = self._sales[sale_id] = self.find(sale_id)
        return sale

    def held(self, sale_id: str) -> Sale | None:
        """The snapshot in memory only (None when the engine has not loaded the sale)."""
        return self._sales.get(sale_id)

    def remember(self, sale: Sale, *, replace: bool = True) -> Sale:
        """Keep `sale` as the latest snapshot without journalling or telling anyone (a snapshot
        read from the journal); with `replace=False` only if none is held. Returns the held
        one."""
        if replace:
            self._sales[sale.id] = sale
            return sale
        return self._sales.setdefault(sale.id, sale)

    def latest_record(self, sale: Sale) -> Sale:
        """The sale as the journal has it, when another process moved it on meanwhile."""
        stored = self.journal.get(sale.id)
        if stored is not None and stored.updated_at > sale.updated_at:
            self._sales[sale.id] = stored
            return stored
        return sale

    def publish(self, sale: Sale) -> None:
        """Hold the new snapshot, wake its waiters and tell the observers (not journalled)."""
        self._sales[sale.id] = sale
        changed = self._changed.pop(sale.id, None)
        if changed is not None:
            changed.set()
        for observer in list(self._observers):
            try:
                observer(sale)
            except Exception:  # an observer's bug must not stop a sale
                log.exception("a sale observer failed on %s (%s)", sale.id, sale.state)

    def commit(self, sale: Sale, event: str, detail: dict[str, Any] | None = None) -> Sale:
        """Journal first, then tell the observers: a side effect follows only a durable record."""
        self.journal.record(sale, event, detail)
        self.publish(sale)
        return sale

    def record_new(self, sale: Sale) -> None:
        """Journal a new sale (before any network call is made for it), then tell observers."""
        self.journal.record_new(sale)
        self.publish(sale)

    # -- waiting --------------------------------------------------------------------------------

    def lock(self, sale_id: str) -> asyncio.Lock:
        """The sale's lock: one step of a sale at a time within this process."""
        lock = self._locks.get(sale_id)
        if lock is None:
            lock = self._locks[sale_id] = asyncio.Lock()
        return lock

    async def changed(self, sale_id: str) -> None:
        """Wait for the sale's next snapshot (or for `wake`)."""
        await self._changed.setdefault(sale_id, asyncio.Event()).wait()

    def awaited(self, sale_id: str) -> bool:
        """Whether someone waits for the sale's next snapshot."""
        return sale_id in self._changed

    def wake(self, sale_id: str | None = None) -> None:
        """Wake whoever waits for this sale (or for any, with None) without a new snapshot."""
        if sale_id is not None:
            changed = self._changed.pop(sale_id, None)
            if changed is not None:
                changed.set()
            return
        for changed in self._changed.values():
            changed.set()
        self._changed.clear()

    # -- claims ---------------------------------------------------------------------------------

    def take_claim(self, sale_id: str) -> bool:
        """Claim (or renew) the right to issue this sale among the processes of this till."""
        if not self.renew_claim(sale_id):
            log.info("sale %s is being finished by another process", sale_id)
            return False
        self._claim_depth[sale_id] = self._claim_depth.get(sale_id, 0) + 1
        return True

    def drop_claim(self, sale_id: str) -> None:
        """Give up a claim taken with `take_claim` (once the outermost taker is done)."""
        depth = self._claim_depth.get(sale_id, 0) - 1
        if depth > 0:
            self._claim_depth[sale_id] = depth
            return
        self._claim_depth.pop(sale_id, None)
        self.journal.release_claim(sale_id, self._claim_owner)

    def renew_claim(self, sale_id: str) -> bool:
        """Take or keep the claim; False while another live process holds it."""
        now = self.now()
        holder = self.journal.claim(
            sale_id, self._claim_owner, now=now, until=now + self._claim_seconds
        )
        return holder is None
