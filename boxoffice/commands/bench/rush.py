"""The door rush: several tills selling at once against one simulator, each sale paid at once.

Every till is a device of its own (its clients, connection pool, journal and engine) and sells
one ticket after another for the stretch: "Pay", the wallet pays the moment the QR is there,
the receipt, the next sale. The simulator enforces Ticket Tailor's limit (5,000 requests per
30 minutes). At the end every sale's records are finished and the integrity checker reads all
journals against the simulator: a seat lost, doubled or left held is counted as lost.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from dataclasses import dataclass, field

from boxoffice.commands.bench.rig import Mode, Stage, Till
from boxoffice.domain.catalogue import Catalogue
from boxoffice.domain.order import Order
from boxoffice.domain.sale import SaleState
from boxoffice.engine.integrity import check_integrity

#: Events of the rush's box office (with their ticket types, seeded for benchmarks): seats
#: enough that no type sells out in the stretch.
RUSH_EVENTS = 60
RUSH_TYPES = 6


@dataclass
class Rush:
    """What the rush measured."""

    tills: int
    seconds: float
    #: Completed sales per minute of each till.
    per_minute: list[float] = field(default_factory=list)
    completed: int = 0
    #: Sales that did not complete, and the integrity checker's findings.
    failed: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    tt_requests: int = 0
    #: Answers "429 Too Many Requests" from the simulated Ticket Tailor.
    rate_limited: int = 0

    @property
    def lost(self) -> int:
        return len(self.failed) + len(self.violations)


def _orders(till: Till, catalogue: Catalogue, offset: int) -> itertools.cycle[tuple[str, str]]:
    choices = [
        (event.id, ticket_type.id)
        for event in catalogue.events
        for ticket_type in event.visible()
        if ticket_type.purchasable and ticket_type.min_per_order <= 1 and ticket_type.available
    ]
    if not choices:
        raise RuntimeError("the rush's box office has nothing on sale")
    shift = offset % len(choices)
    return itertools.cycle(choices[shift:] + choices[:shift])


async def run_rush(rtt_ms: int, mode: Mode, *, tills: int, seconds: float) -> Rush:
    """`tills` tills selling for `seconds` against one simulator."""
    async with Stage(rtt_ms, seed=None, rush=True) as stage:
        stage.sim.seed_large_catalogue(RUSH_EVENTS, RUSH_TYPES)
        made = [stage.till(f"rush-{n + 1}", mode) for n in range(tills)]
        catalogue = await made[0].catalogue()
        stage.sim.reset_request_counts()
        rush = Rush(tills, seconds)
        started = time.perf_counter()
        deadline = started + seconds
        counts = await asyncio.gather(
            *(_sell(stage, till, catalogue, n, deadline, rush) for n, till in enumerate(made))
        )
        elapsed = time.perf_counter() - started
        rush.per_minute = [count * 60 / elapsed for count in counts]
        rush.completed = sum(counts)
        sales = []
        for till in made:
            for sale in till.journal.sales():
                sales.append(await asyncio.wait_for(till.engine.wait(sale.id), 120))
        rush.tt_requests = stage.sim.requests_served("tickettailor")
        rush.rate_limited = stage.sim.tickettailor.rate_limited
        rush.violations = [str(v) for v in check_integrity(sales, stage.sim.state(), final=True)]
        return rush


async def _sell(
    stage: Stage, till: Till, catalogue: Catalogue, offset: int, deadline: float, rush: Rush
) -> int:
    choices = _orders(till, catalogue, offset * 7)
    done = 0
    while time.perf_counter() < deadline:
        event_id, ticket_type_id = next(choices)
        order: Order = till.order(catalogue, event_id, {ticket_type_id: 1})
        sale = await till.engine.start_sale(order)
        if sale.state is SaleState.AWAITING_PAYMENT and sale.invoice_id:
            stage.sim.pay_invoice(sale.invoice_id)
        sale = await asyncio.wait_for(till.engine.wait(sale.id, records=False), 120)
        if sale.state is SaleState.COMPLETED:
            done += 1
        else:
            rush.failed.append(f"{sale.id}: {sale.state} {sale.message}")
    return done
