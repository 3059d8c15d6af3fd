"""A simulated Ticket Tailor and BTCPay, clients on its in-process transport, and engines.

Time: the simulator runs on a manual clock and the engine's `sleep` moves that clock, so a
watcher that polls every second makes simulated time pass as fast as the code runs, and an
invoice expires without anyone waiting for it.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from decimal import Decimal

import httpx
import pytest

from boxoffice.domain.catalogue import CatalogueSettings, build_catalogue
from boxoffice.domain.checkout import CheckoutSettings
from boxoffice.domain.order import Buyer, Order, prepare_order
from boxoffice.domain.sale import Sale
from boxoffice.engine.integrity import check_integrity
from boxoffice.engine.journal import Journal
from boxoffice.engine.sale_engine import SaleEngine
from boxoffice.engine.timing import EngineTiming
from boxoffice.services.btcpay.client import BTCPayClient
from boxoffice.services.btcpay.invoice_hints import InvoiceHints
from boxoffice.services.http import RetryPolicy
from boxoffice.services.tickettailor.client import TicketTailorClient
from boxoffice.sim import Simulator
from boxoffice.sim.clock import ManualClock

ADA = Buyer("Ada Lovelace", "ada@example.com")

#: Short enough that a delay fault makes "no answer in time" quickly, long enough for real work.
CLIENT_TIMEOUT = httpx.Timeout(0.5)


class SimTime:
    """The engine's clock and sleep: both the simulator's manual clock."""

    def __init__(self, sim: Simulator) -> None:
        self.sim = sim
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.sim.clock.now()

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        if seconds > 0:
            self.sim.advance_clock(seconds)
        await asyncio.sleep(0)


async def _no_wait(_seconds: float) -> None:
    await asyncio.sleep(0)


class Till:
    """One till: its clients, journal and engine, all on the same simulator."""

    def __init__(
        self,
        sim: Simulator,
        journal_path,
        *,
        device_id: str = "till-1",
        checkout: CheckoutSettings | None = None,
        btcpay_api_key: str | None = None,
        timing: EngineTiming | None = None,
        sleep: Callable[[float], Awaitable[object]] | None = None,
        hints: InvoiceHints | None = None,
    ) -> None:
        self.sim = sim
        self.time = SimTime(sim)
        retry = RetryPolicy(attempts=3, base_delay=0, sleep=_no_wait)
        self.tickettailor = TicketTailorClient(
            sim.tickettailor_api_key,
            sim.tickettailor_url,
            transport=sim.transport(),
            timeout=CLIENT_TIMEOUT,
            retry=retry,
        )
        self.btcpay = BTCPayClient(
            sim.btcpay_url,
            btcpay_api_key or sim.btcpay_api_key,
            sim.store_id,
            transport=sim.transport(),
            timeout=CLIENT_TIMEOUT,
            retry=retry,
        )
        self.journal = Journal(journal_path)
        self.checkout = checkout or CheckoutSettings()
        self.engine = SaleEngine(
            tickettailor=self.tickettailor,
            btcpay=self.btcpay,
            journal=self.journal,
            checkout=self.checkout,
            device_id=device_id,
            clock=self.time.clock,
            sleep=sleep or self.time.sleep,
            timing=timing or EngineTiming(lookup_delay=0.5),
            hints=hints,
        )
        self.seen: list[Sale] = []
        self.engine.subscribe(self.seen.append)

    def states(self, sale_id: str) -> list[str]:
        """Every state observers saw for the sale, repeats collapsed."""
        states: list[str] = []
        for sale in self.seen:
            if sale.id == sale_id and (not states or states[-1] != sale.state):
                states.append(str(sale.state))
        return states

    async def order(
        self,
        event_id: str,
        quantities: dict[str, int],
        *,
        buyer: Buyer = ADA,
        code: str | None = None,
    ) -> Order:
        events = await self.tickettailor.list_events()
        # The simulator's time, not the wall clock: its events are seeded around its own now.
        catalogue = build_catalogue(events, CatalogueSettings(), now=self.sim.clock.now())
        event = catalogue.event(event_id)
        unlocked = event.unlock(code) if code else frozenset()
        return prepare_order(
            catalogue, event_id, quantities, unlocked=unlocked, buyer=buyer, checkout=self.checkout
        )

    async def close(self) -> None:
        """Drop the till as a crash would: watchers and connections stop, the journal stays."""
        await self.engine.aclose()
        await self.tickettailor.aclose()
        await self.btcpay.aclose()
        self.journal.close()


@pytest.fixture
def sim() -> Simulator:
    return Simulator(clock=ManualClock(), random_seed=7)


@pytest.fixture
async def make_till(sim, tmp_path, request):
    tills: list[Till] = []

    def make(name: str = "till-1", **kw) -> Till:
        till = Till(sim, tmp_path / f"{name}-{len(tills)}.sqlite3", device_id=name, **kw)
        tills.append(till)
        return till

    yield make
    for till in tills:
        with contextlib.suppress(Exception):  # closed already by the test
            await till.close()
    # Every engine test ends with the integrity checker over all its tills' journals. A sale a
    # test leaves mid-way (final=False) is judged on what it did, not on having finished.
    sales = []
    for path in {till.journal.path for till in tills}:
        with Journal(path) as journal:
            sales += journal.sales()
    allowed = request.node.get_closest_marker("integrity_allows")
    excused = set(allowed.args) if allowed else set()
    violations = [
        v for v in check_integrity(sales, sim.state(), final=False) if v.invariant not in excused
    ]
    assert not violations, "\n".join(map(str, violations))


@pytest.fixture
async def till(make_till) -> Till:
    return make_till()


async def until(condition: Callable[[], bool], *, rounds: int = 20000) -> None:
    """Let the loop run (watchers poll, simulated time passes) until `condition()` holds."""
    for _ in range(rounds):
        if condition():
            return
        await asyncio.sleep(0)
    raise AssertionError("the condition never became true")


def btc(text: str) -> Decimal:
    return Decimal(text)
