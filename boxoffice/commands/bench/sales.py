"""One sale at a time, timed as the door feels it: "Pay" to the QR, payment to the receipt.

Each sample is a whole sale on its own till, nothing else running: `start_sale` until the QR's
text is ready (hold(s), invoice and payment methods), then the customer takes a moment (the
time to scan; spread over a poll interval so that polling's luck is sampled evenly), then the
simulator settles a Lightning payment on the server, and the clock runs until the engine
publishes the sale with every ticket (the receipt's content; drawing it is the window's part,
measured by the probe). Ticket Tailor's requests are counted from "Pay" to the sale's last
record (the used holds freed).
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

from boxoffice.commands.bench.rig import Stage, Till
from boxoffice.domain.sale import Sale, SaleState
from boxoffice.sim import seed

#: The 1-ticket and 10-ticket sales: General Admission of the demo's evening (1-10 per order).
EVENT = seed.GBP_EVENT
TICKET_TYPE = seed.GENERAL_TT
#: Longest a sample may take before the run gives up on it (s).
SALE_LIMIT = 120.0


class BenchFailure(RuntimeError):
    """A sale of the benchmark did not go as a sale at the door must."""


@dataclass
class Samples:
    """What the sales of one kind measured (milliseconds; requests per sale)."""

    to_qr_ms: list[float] = field(default_factory=list)
    to_receipt_ms: list[float] = field(default_factory=list)
    tt_requests: list[int] = field(default_factory=list)
    #: Holds each sale took (the request budget is counted in them).
    holds: list[int] = field(default_factory=list)
    #: Snapshots published while the tickets came in: how the receipt filled in.
    ticket_steps: list[int] = field(default_factory=list)


async def run_sales(stage: Stage, till: Till, tickets: int, repeats: int, poll_s: float) -> Samples:
    """`repeats` sales of `tickets` General Admission tickets, one after another."""
    catalogue = await till.catalogue()
    samples = Samples()
    for n in range(repeats):
        # The customer scans and pays 1 to 2 poll intervals after the QR appears: an even
        # spread over where the poll's next look falls.
        wait = poll_s * (1.0 + (n + 0.5) / repeats)
        order = till.order(catalogue, EVENT, {TICKET_TYPE: tickets})
        await asyncio.wait_for(_one(stage, till, order, wait, samples), SALE_LIMIT)
    return samples


async def _one(stage: Stage, till: Till, order, wait: float, samples: Samples) -> None:
    sim, engine = stage.sim, till.engine
    seats = order.seats
    sim.reset_request_counts()
    started = time.perf_counter()
    sale = await engine.start_sale(order)
    ready = time.perf_counter()
    if sale.state is not SaleState.AWAITING_PAYMENT or sale.payment is None or not sale.invoice_id:
        raise BenchFailure(f"a sale did not reach its QR: {sale.state} {sale.message}")
    samples.to_qr_ms.append((ready - started) * 1000)
    await asyncio.sleep(wait)

    receipt = asyncio.get_running_loop().create_future()
    counts: list[int] = []

    def observe(snapshot: Sale) -> None:
        if snapshot.id != sale.id:
            return
        if not counts or counts[-1] != len(snapshot.tickets):
            counts.append(len(snapshot.tickets))
        if len(snapshot.tickets) >= seats and not receipt.done():
            receipt.set_result(time.perf_counter())

    stop = engine.subscribe(observe)
    try:
        paid = time.perf_counter()
        sim.pay_invoice(sale.invoice_id)
        shown = await receipt
    finally:
        stop()
    done = await engine.wait(sale.id)
    if done.state is not SaleState.COMPLETED or len(done.tickets) != seats:
        raise BenchFailure(f"a paid sale ended {done.state} with {len(done.tickets)} tickets")
    samples.to_receipt_ms.append((shown - paid) * 1000)
    samples.tt_requests.append(sim.requests_served("tickettailor"))
    samples.holds.append(len(sale.hold_ids))
    samples.ticket_steps.append(len([c for c in counts if c > 0]))
