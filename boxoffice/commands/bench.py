"""`boxoffice bench`: the project's speed and memory figures, against the in-process simulator.

Measures what a person at the door waits for and what a small kiosk must hold:

- catalogue: fetching N events from Ticket Tailor (simulated) and building the catalogue;
- sale: end to end, from "sell" to the payment QR (hold + invoice), and from the payment to
  the issued tickets (the engine's own polling included, as in real use);
- journal: durable sale writes per second (SQLite, WAL, synchronous=FULL);
- memory: the peak of Python allocations (tracemalloc) in each phase.

Each figure is printed beside the project's target for it (`targets()`); `--check` makes the
command exit 1 when one is missed. Unit tests have no timings: the targets live here only.
Nothing leaves the process, and the journal lives in a temporary directory.
"""

from __future__ import annotations

import json
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from boxoffice.commands.common import BadInput, Console, ExitStatus
from boxoffice.domain.catalogue import Catalogue, CatalogueSettings, build_catalogue
from boxoffice.domain.checkout import CheckoutSettings
from boxoffice.domain.order import Buyer, Order, OrderLine, prepare_order
from boxoffice.domain.sale import Sale, SaleState
from boxoffice.engine.journal import Journal

#: Sales recorded to measure the journal; enough for a steady figure, quick on a slow disk.
JOURNAL_WRITES = 500
#: Catalogue builds timed (the median is reported).
BUILD_REPEATS = 5


@dataclass
class Figures:
    """What one benchmark run measured. Times in milliseconds, memory in MiB."""

    events: int = 0
    ticket_types: int = 0
    catalogue_fetch_ms: float = 0.0
    catalogue_build_ms: float = 0.0
    catalogue_peak_mib: float = 0.0
    sales: int = 0
    sales_completed: int = 0
    to_payment_request_ms: dict[str, float] = field(default_factory=dict)
    payment_to_tickets_ms: dict[str, float] = field(default_factory=dict)
    sale_total_ms: dict[str, float] = field(default_factory=dict)
    sale_peak_mib: float = 0.0
    journal_writes_per_s: float = 0.0
    journal_peak_mib: float = 0.0
    peak_mib: float = 0.0
    #: The process's resident memory at its highest (Python, Qt-free libraries, SQLite).
    max_rss_mib: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _spread(samples_ms: list[float]) -> dict[str, float]:
    if not samples_ms:
        return {}
    ordered = sorted(samples_ms)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {
        "median": round(statistics.median(ordered), 1),
        "p95": round(p95, 1),
        "max": round(ordered[-1], 1),
    }


def _mib(size: int) -> float:
    return round(size / (1024 * 1024), 2)


def _peak_since_reset() -> float:
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.reset_peak()
    return _mib(peak)


def _order_for(catalogue: Catalogue, n: int, checkout: CheckoutSettings) -> Order | None:
    """An order for one ticket of the n-th purchasable type, cycling over the catalogue."""
    choices = [
        (event.id, ticket_type)
        for event in catalogue.events
        for ticket_type in event.visible()
        if ticket_type.purchasable and ticket_type.available >= ticket_type.min_per_order
    ]
    if not choices:
        return None
    event_id, ticket_type = choices[n % len(choices)]
    return prepare_order(
        catalogue,
        event_id,
        {ticket_type.id: max(1, ticket_type.min_per_order)},
        buyer=Buyer("Bench Mark", "bench@example.org"),
        checkout=checkout,
    )


async def run_benchmark(*, events: int, sales: int) -> Figures:
    """Run every measurement and return the figures."""
    from boxoffice.engine.sale_engine import SaleEngine
    from boxoffice.services.btcpay.client import BTCPayClient
    from boxoffice.services.tickettailor.client import TicketTailorClient
    from boxoffice.sim import Simulator

    figures = Figures()
    started_tracing = not tracemalloc.is_tracing()
    if started_tracing:
        tracemalloc.start()
    tracemalloc.reset_peak()
    try:
        sim = Simulator(seed=None)
        sim.seed_large_catalogue(events)
        transport = sim.transport()
        tickettailor = TicketTailorClient(
            sim.tickettailor_api_key, sim.tickettailor_url, transport=transport
        )
        btcpay = BTCPayClient(sim.btcpay_url, sim.btcpay_api_key, sim.store_id, transport=transport)
        with tempfile.TemporaryDirectory(prefix="boxoffice-bench-") as tmp:
            try:
                # -- catalogue --
                start = time.perf_counter()
                fetched = await tickettailor.list_events(statuses=("published",))
                figures.catalogue_fetch_ms = round((time.perf_counter() - start) * 1000, 1)
                builds = []
                catalogue = Catalogue()
                for _ in range(BUILD_REPEATS):
                    start = time.perf_counter()
                    catalogue = build_catalogue(fetched, CatalogueSettings())
                    builds.append((time.perf_counter() - start) * 1000)
                figures.catalogue_build_ms = round(statistics.median(builds), 2)
                figures.events = len(catalogue.events)
                figures.ticket_types = sum(len(e.ticket_types) for e in catalogue.events)
                figures.catalogue_peak_mib = _peak_since_reset()

                # -- sales, end to end --
                checkout = CheckoutSettings()
                journal = Journal(Path(tmp) / "sales.sqlite3")
                engine = SaleEngine(
                    tickettailor=tickettailor,
                    btcpay=btcpay,
                    journal=journal,
                    checkout=checkout,
                    device_id="bench",
                )
                to_request, to_tickets, totals = [], [], []
                try:
                    for n in range(sales):
                        order = _order_for(catalogue, n, checkout)
                        if order is None:
                            break
                        figures.sales += 1
                        start = time.perf_counter()
                        sale = await engine.start_sale(order)
                        asked = time.perf_counter()
                        if sale.state is SaleState.AWAITING_PAYMENT and sale.invoice_id:
                            to_request.append((asked - start) * 1000)
                            sim.pay_invoice(sale.invoice_id)
                            paid = time.perf_counter()
                            sale = await engine.wait(sale.id)
                            to_tickets.append((time.perf_counter() - paid) * 1000)
                        elif not sale.terminal:
                            sale = await engine.wait(sale.id)
                        if sale.state is SaleState.COMPLETED:
                            figures.sales_completed += 1
                            totals.append((time.perf_counter() - start) * 1000)
                finally:
                    await engine.aclose()
                    journal.close()
                figures.to_payment_request_ms = _spread(to_request)
                figures.payment_to_tickets_ms = _spread(to_tickets)
                figures.sale_total_ms = _spread(totals)
                figures.sale_peak_mib = _peak_since_reset()

                # -- journal --
                figures.journal_writes_per_s = _journal_writes(Path(tmp) / "journal.sqlite3")
                figures.journal_peak_mib = _peak_since_reset()
            finally:
                await tickettailor.aclose()
                await btcpay.aclose()
        figures.peak_mib = max(
            figures.catalogue_peak_mib, figures.sale_peak_mib, figures.journal_peak_mib
        )
        figures.max_rss_mib = _max_rss_mib()
    finally:
        if started_tracing:
            tracemalloc.stop()
    return figures


def _max_rss_mib() -> float:
    # ru_maxrss is in kilobytes on Linux and in bytes on macOS.
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return _mib(rss if sys.platform == "darwin" else rss * 1024)


@dataclass(frozen=True)
class Target:
    """A figure the project promises, and whether this run kept it."""

    name: str
    value: float | None
    limit: float
    unit: str
    at_most: bool = True

    @property
    def met(self) -> bool:
        if self.value is None:
            return False
        return self.value <= self.limit if self.at_most else self.value >= self.limit


#: The engine polls a New invoice about every second (BTCPay has no push to a till without a
#: public webhook address), so tickets follow a payment within one poll plus the issuing itself.
POLL_NEW_MS = 1000.0


def targets(figures: Figures) -> list[Target]:
    """The targets, sized for a door laptop or a small kiosk (the simulator takes the network
    out, so these measure Box Office's own work)."""
    return [
        # The events screen is rebuilt from the cache at start and on every refresh.
        Target(
            "catalogue build", figures.catalogue_build_ms, max(50.0, 0.5 * figures.events), "ms"
        ),
        # From "Pay" to a QR on screen: hold, invoice and payment methods, concurrently.
        Target("sell -> payment QR, p95", figures.to_payment_request_ms.get("p95"), 300.0, "ms"),
        Target(
            "paid -> tickets, p95",
            figures.payment_to_tickets_ms.get("p95"),
            POLL_NEW_MS + 500.0,
            "ms",
        ),
        # Every state change is written durably before its side effect.
        Target("journal writes", figures.journal_writes_per_s, 200.0, "per s", at_most=False),
        Target("peak Python memory", figures.peak_mib, 64.0, "MiB"),
        Target("peak resident memory", figures.max_rss_mib, 256.0, "MiB"),
    ]


def _journal_writes(path: Path) -> float:
    """Durable journal writes per second: one sale created, then updated again and again."""
    order = Order(
        event_id="ev_bench",
        event_name="Bench",
        currency="GBP",
        lines=(OrderLine("tt_bench", "Entry", 1, Decimal("10.00")),),
        buyer=Buyer("Bench Mark", "bench@example.org"),
        full_name="Bench Mark",
    )
    journal = Journal(path)
    try:
        now = time.time()
        sale = Sale(
            id="bench-sale",
            device_id="bench",
            order=order,
            state=SaleState.RESERVING,
            created_at=now,
            updated_at=now,
        )
        start = time.perf_counter()
        journal.record_new(sale)
        for n in range(JOURNAL_WRITES - 1):
            sale = sale.update(now=now + n, hold_id=f"hold_{n}")
            journal.record(sale, "bench")
        elapsed = time.perf_counter() - start
    finally:
        journal.close()
    return round(JOURNAL_WRITES / elapsed, 1) if elapsed > 0 else float("inf")


def _print(figures: Figures, console: Console) -> None:
    say = console.say

    def spread(values: dict[str, float]) -> str:
        if not values:
            return "n/a"
        return f"median {values['median']} ms, p95 {values['p95']} ms, max {values['max']} ms"

    say(f"Catalogue: {figures.events} events, {figures.ticket_types} ticket types")
    say(f"  fetch from Ticket Tailor (simulated): {figures.catalogue_fetch_ms} ms")
    say(f"  build: {figures.catalogue_build_ms} ms (median of {BUILD_REPEATS})")
    say(f"  peak memory: {figures.catalogue_peak_mib} MiB")
    say(f"Sales: {figures.sales_completed} of {figures.sales} completed")
    say(f"  sell -> payment QR: {spread(figures.to_payment_request_ms)}")
    say(f"  paid -> tickets issued: {spread(figures.payment_to_tickets_ms)}")
    say(f"  whole sale: {spread(figures.sale_total_ms)}")
    say(f"  peak memory: {figures.sale_peak_mib} MiB")
    say(f"Journal: {figures.journal_writes_per_s} durable writes per second")
    say(f"Peak memory overall: {figures.peak_mib} MiB (Python allocations, tracemalloc)")
    say(f"Peak resident memory: {figures.max_rss_mib} MiB")
    say("Targets:")
    for target in targets(figures):
        bound = "≤" if target.at_most else "≥"
        value = "n/a" if target.value is None else target.value
        verdict = "ok" if target.met else "MISSED"
        say(f"  {verdict:6} {target.name}: {value} {target.unit} ({bound} {target.limit:g})")


async def bench(args, console: Console) -> int:
    """Run `boxoffice bench`."""
    if args.events < 1 or args.sales < 0:
        raise BadInput("--events must be 1 or more and --sales 0 or more.")
    figures = await run_benchmark(events=args.events, sales=args.sales)
    checked = targets(figures)
    if args.json:
        report = figures.as_dict()
        report["targets"] = [
            {"name": t.name, "value": t.value, "limit": t.limit, "unit": t.unit, "met": t.met}
            for t in checked
        ]
        console.say(json.dumps(report))
    else:
        _print(figures, console)
    if getattr(args, "check", False) and not all(t.met for t in checked):
        return ExitStatus.FAILURE
    return ExitStatus.OK
