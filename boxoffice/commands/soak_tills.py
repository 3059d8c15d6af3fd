"""The soak's tills and their clock: processes that can be killed, time that runs fast.

`boxoffice soak` (`boxoffice.commands.soak`) runs many of these against one simulator.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
from collections import Counter
from collections.abc import Awaitable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import httpx

from boxoffice.domain.checkout import CheckoutSettings
from boxoffice.engine.integrity import Violation
from boxoffice.engine.journal import Journal
from boxoffice.engine.sale_engine import SaleEngine
from boxoffice.engine.timing import EngineTiming
from boxoffice.services.btcpay.client import BTCPayClient
from boxoffice.services.http import RetryPolicy
from boxoffice.services.tickettailor.client import TicketTailorClient
from boxoffice.sim import Simulator
from boxoffice.sim.clock import ManualClock

T = TypeVar("T")

#: Simulated seconds the clock moves per step of the driver, and the real pause of a step.
CLOCK_STEP = 0.5
REAL_STEP = 0.001


def fault_label(status: int | None, delay_ms: int | None, kind: str | None) -> str:
    """How a random fault is counted: its kind, else "status" or "delay"."""
    if kind:
        return kind
    return "status" if status is not None else "delay"


@dataclass
class SoakReport:
    """What a soak did and found."""

    sales: int = 0
    devices: int = 0
    seed: int = 0
    behaviours: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    faults: int = 0
    #: `faults` by `fault_label`: "drop_answer", "html", "status", "delay", …
    faults_by_kind: Counter[str] = field(default_factory=Counter)
    kills: int = 0
    accepts: int = 0
    tickets: int = 0
    seconds: float = 0.0
    violations: list[Violation] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "sales": self.sales,
            "devices": self.devices,
            "seed": self.seed,
            "behaviours": dict(self.behaviours),
            "outcomes": dict(self.outcomes),
            "faults": self.faults,
            "faults_by_kind": dict(sorted(self.faults_by_kind.items())),
            "kills": self.kills,
            "accepts": self.accepts,
            "tickets": self.tickets,
            "seconds": round(self.seconds, 1),
            "violations": [str(v) for v in self.violations],
        }


class Killed(Exception):
    """The till process running the customer's call was killed under it."""


class VirtualTime:
    """The simulator's manual clock, moved on by a driver task; `sleep` waits on that clock.

    Sleepers wait on futures in a heap by wake-up time; each step of the driver moves the clock
    and wakes those that are due, so thousands of polling watchers cost one timer.
    """

    def __init__(self, clock: ManualClock) -> None:
        self.clock = clock
        self.running = True
        self._sleepers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._count = itertools.count()

    def now(self) -> float:
        return self.clock.now()

    async def sleep(self, seconds: float) -> None:
        if seconds <= 0 or not self.running:
            await asyncio.sleep(0)
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._sleepers, (self.clock.now() + seconds, next(self._count), future))
        await future

    async def drive(self) -> None:
        try:
            while self.running:
                now = self.clock.advance(CLOCK_STEP)
                while self._sleepers and self._sleepers[0][0] <= now:
                    _, _, future = heapq.heappop(self._sleepers)
                    if not future.done():
                        future.set_result(None)
                await asyncio.sleep(REAL_STEP)
        finally:
            for _, _, future in self._sleepers:
                if not future.done():
                    future.set_result(None)
            self._sleepers.clear()


class SoakTill:
    """One process of a till: its clients, journal and engine; killed and opened again."""

    def __init__(self, sim: Simulator, time_: VirtualTime, journal_path: Path, device: str):
        retry = RetryPolicy(attempts=3, base_delay=0.5, sleep=time_.sleep)
        timeout = httpx.Timeout(1.0)
        self.tickettailor = TicketTailorClient(
            sim.tickettailor_api_key,
            sim.tickettailor_url,
            transport=sim.transport(),
            timeout=timeout,
            retry=retry,
        )
        self.btcpay = BTCPayClient(
            sim.btcpay_url,
            sim.btcpay_api_key,
            sim.store_id,
            transport=sim.transport(),
            timeout=timeout,
            retry=retry,
        )
        self.journal = Journal(journal_path, clock=time_.now)
        self.engine = SaleEngine(
            tickettailor=self.tickettailor,
            btcpay=self.btcpay,
            journal=self.journal,
            checkout=CheckoutSettings(),
            device_id=device,
            clock=time_.now,
            sleep=time_.sleep,
            timing=EngineTiming(
                poll_new=1.0,
                poll_processing=5.0,
                poll_watch=30.0,
                backoff_initial=1.0,
                backoff_max=30.0,
                late_payment_grace=15 * 60.0,
                lookup_delay=1.0,
            ),
        )
        self.calls: set[asyncio.Task] = set()
        self.dead = False

    async def call(self, work: Awaitable[T]) -> T:
        """Run an engine call as this process's own task, so a kill stops it where it is."""
        if self.dead:
            if asyncio.iscoroutine(work):
                work.close()
            raise Killed()
        task = asyncio.ensure_future(work)
        self.calls.add(task)
        try:
            return await task
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if self.dead and task.cancelled() and not (current and current.cancelling()):
                raise Killed() from None  # the process died under the call, not the caller
            raise
        except RuntimeError:
            if self.dead:  # "the sale engine is closed": killed while the call started
                raise Killed() from None
            raise
        finally:
            self.calls.discard(task)

    async def kill(self) -> None:
        """Stop as a crash would: every call and watcher cancelled, nothing more written."""
        self.dead = True
        for task in list(self.calls):
            task.cancel()
        await asyncio.gather(*self.calls, return_exceptions=True)
        await self.engine.aclose()
        await self.tickettailor.aclose()
        await self.btcpay.aclose()
        self.journal.close()
