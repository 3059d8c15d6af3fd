"""The crash matrix: a till killed at every request boundary of a sale, for every outcome.

For each outcome a sale is first run without a crash, counting its requests to both services.
Then, for every request k of that run and both sides of it — before it is sent, and after the
service has done it but before the till reads the answer (the moment before the journal write
that follows a side effect) — a fresh simulator and till run the same sale, the till is killed
at that point (every call and watcher cancelled where it stands, nothing more written), a new
till process opens the same journal and recovers, the customer and staff carry on, and the
integrity checker judges the end: exactly the paid tickets, no seat twice, no hold left.

The kill is in-process (tasks cancelled at their await) rather than a SIGKILL: it reaches every
await boundary, which a signal sent from outside cannot aim at; `tests/cli/test_crash.py` kills
real processes at the main steps.
"""

from __future__ import annotations

import asyncio
import contextlib
from decimal import Decimal

import httpx
import pytest

from boxoffice.domain.catalogue import CatalogueSettings, build_catalogue
from boxoffice.domain.checkout import CheckoutSettings
from boxoffice.domain.order import prepare_order
from boxoffice.domain.sale import SaleNotAcceptable, SaleNotCancellable, SaleState
from boxoffice.engine.integrity import check_integrity
from boxoffice.engine.journal import Journal
from boxoffice.engine.sale_engine import SaleEngine
from boxoffice.engine.timing import EngineTiming
from boxoffice.services.btcpay.client import BTCPayClient
from boxoffice.services.errors import ServiceError
from boxoffice.services.http import RetryPolicy
from boxoffice.services.tickettailor.client import TicketTailorClient
from boxoffice.sim import Simulator, seed
from boxoffice.sim.clock import ManualClock
from tests.engine.conftest import ADA, SimTime

OUTCOMES = (
    "paid",
    "partly_paid_then_topped_up",
    "partly_paid_then_expired",
    "paid_late_then_accepted",
    "overpaid",
    "never_paid",
    "cancelled",
)


class _Killed(Exception):
    """The till process was killed under a call."""


class _Crashing(httpx.AsyncBaseTransport):
    """The simulator's transport, with a kill at request `kill_at` (index, "before"/"after")."""

    def __init__(self, inner: httpx.AsyncBaseTransport, till: _Till) -> None:
        self.inner = inner
        self.till = till

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        index = self.till.requests
        self.till.requests += 1
        self.till.log.append(f"{request.method} {request.url.path}")
        if self.till.kill_at == (index, "before"):
            await self.till.die()
        response = await self.inner.handle_async_request(request)
        if self.till.kill_at == (index, "after"):
            await self.till.die()
        return response


class _Till:
    """One process of the till; `die()` stops it as a crash would."""

    def __init__(self, sim: Simulator, journal_path, kill_at: tuple[int, str] | None) -> None:
        self.requests = 0
        self.log: list[str] = []
        self.kill_at = kill_at
        self.dead = False
        self.calls: set[asyncio.Task] = set()
        self.time = SimTime(sim)
        retry = RetryPolicy(attempts=3, base_delay=0, sleep=self.time.sleep)
        timeout = httpx.Timeout(0.5)
        self.tickettailor = TicketTailorClient(
            sim.tickettailor_api_key,
            sim.tickettailor_url,
            transport=_Crashing(sim.transport(), self),
            timeout=timeout,
            retry=retry,
        )
        self.btcpay = BTCPayClient(
            sim.btcpay_url,
            sim.btcpay_api_key,
            sim.store_id,
            transport=_Crashing(sim.transport(), self),
            timeout=timeout,
            retry=retry,
        )
        self.journal = Journal(journal_path)
        self.engine = SaleEngine(
            tickettailor=self.tickettailor,
            btcpay=self.btcpay,
            journal=self.journal,
            checkout=CheckoutSettings(),
            device_id="till-1",
            clock=self.time.clock,
            sleep=self.time.sleep,
            timing=EngineTiming(lookup_delay=0.5),
        )

    async def call(self, work):
        if self.dead:
            work.close()
            raise _Killed()
        task = asyncio.ensure_future(work)
        self.calls.add(task)
        try:
            return await task
        except asyncio.CancelledError:
            if self.dead:
                raise _Killed() from None
            raise
        finally:
            self.calls.discard(task)

    async def die(self) -> None:
        """Cancel every call and watcher of this process, this one included; never returns."""
        self.dead = True
        for task in [*self.calls, *self.engine.watch.tasks()]:
            task.cancel()
        await asyncio.Event().wait()

    async def close(self) -> None:
        for task in [*self.calls, *self.engine.watch.tasks()]:
            task.cancel()
        with contextlib.suppress(Exception):
            await self.engine.aclose()
        await self.tickettailor.aclose()
        await self.btcpay.aclose()
        self.journal.close()


def _invoice_of(sim: Simulator) -> dict | None:
    invoices = sim.state()["invoices"]
    assert len(invoices) <= 1, "a sale made a second invoice"
    return invoices[0] if invoices else None


def _due(sim: Simulator, invoice_id: str) -> Decimal:
    with sim.lock:
        return sim.btcpay.invoices[invoice_id].due_btc


def _pay(sim: Simulator, invoice_id: str, method: str, amount: Decimal | None = None) -> None:
    with contextlib.suppress(Exception):  # expired, or already paid: a wallet says so
        sim.pay_invoice(invoice_id, method, amount)


async def _settle(till: _Till, sim: Simulator) -> None:
    """Let the till follow its sales until each has come to rest (or a kill stops it)."""
    for _ in range(400):
        sales = till.journal.sales()
        # At rest: ended, and its records (ticketIds, e-mail, used holds) written too.
        if till.dead or (sales and all(s.terminal and not s.records_pending for s in sales)):
            return
        await till.time.sleep(1.0)


async def _customer(outcome: str, till: _Till, sim: Simulator) -> None:
    """What the customer (and, for a cancel, staff) do once the invoice exists."""
    invoice = _invoice_of(sim)
    if invoice is None:
        return
    invoice_id = invoice["id"]
    if outcome == "paid":
        _pay(sim, invoice_id, "BTC-LN")
    elif outcome in ("partly_paid_then_topped_up", "partly_paid_then_expired"):
        _pay(sim, invoice_id, "BTC-CHAIN", (_due(sim, invoice_id) / 3).quantize(Decimal("1e-8")))
        await till.time.sleep(5)
        if outcome == "partly_paid_then_topped_up":
            _pay(sim, invoice_id, "BTC-CHAIN")
            with contextlib.suppress(Exception):
                sim.confirm_invoice(invoice_id)
        else:
            with contextlib.suppress(Exception):
                sim.expire_invoice(invoice_id)
    elif outcome == "paid_late_then_accepted":
        due = _due(sim, invoice_id)
        with contextlib.suppress(Exception):
            sim.expire_invoice(invoice_id)
        await till.time.sleep(5)
        _pay(sim, invoice_id, "BTC-CHAIN", due)
    elif outcome == "overpaid":
        _pay(sim, invoice_id, "BTC-CHAIN", _due(sim, invoice_id) * Decimal("1.1"))
        with contextlib.suppress(Exception):
            sim.confirm_invoice(invoice_id)
    elif outcome == "never_paid":
        with contextlib.suppress(Exception):
            sim.expire_invoice(invoice_id)
    elif outcome == "cancelled":
        sales = till.journal.sales()
        if sales and not till.dead:
            with contextlib.suppress(SaleNotCancellable, ServiceError, _Killed):
                await till.call(till.engine.cancel(sales[0].id))


async def _staff(outcome: str, till: _Till) -> None:
    """Staff on the restarted till: accept a late payment, cancel a sale still open."""
    for sale in till.journal.sales():
        if outcome == "paid_late_then_accepted" and sale.state is SaleState.NEEDS_ATTENTION:
            with contextlib.suppress(SaleNotAcceptable, ServiceError, _Killed):
                await till.call(till.engine.accept_payment(sale.id))
        if outcome == "cancelled" and not sale.terminal:
            with contextlib.suppress(SaleNotCancellable, ServiceError, _Killed):
                await till.call(till.engine.cancel(sale.id))


async def _run(outcome: str, kill_at: tuple[int, str] | None, tmp_path) -> tuple[list, list]:
    """One cell: the sale, a kill at `kill_at`, a restart and recovery; (requests, violations)."""
    sim = Simulator(clock=ManualClock(), random_seed=7)
    journal_path = tmp_path / f"{outcome}-{kill_at}.sqlite3"
    till = _Till(sim, journal_path, None)
    events = await till.tickettailor.list_events()
    catalogue = build_catalogue(events, CatalogueSettings(), now=sim.clock.now())
    order = prepare_order(
        catalogue, seed.GBP_EVENT, {seed.GENERAL_TT: 2}, buyer=ADA, checkout=CheckoutSettings()
    )
    # Count (and kill among) the sale's own requests only.
    till.requests, till.log, till.kill_at = 0, [], kill_at
    with contextlib.suppress(_Killed, ServiceError):
        await till.call(till.engine.start_sale(order))
    await _customer(outcome, till, sim)
    await _settle(till, sim)
    if outcome == "paid_late_then_accepted":
        # The watcher finds the late payment, and staff accept it on this same process.
        for _ in range(200):
            sales = till.journal.sales()
            if till.dead or (sales and sales[0].state is SaleState.NEEDS_ATTENTION):
                break
            await till.time.sleep(5.0)
        await _staff(outcome, till)
        await _settle(till, sim)
    requests = till.log
    await till.close()

    # The till starts again on the same journal; staff carry on; time passes.
    again = _Till(sim, journal_path, None)
    try:
        with contextlib.suppress(ServiceError):
            await again.call(again.engine.recover(watch=True))
        await _staff(outcome, again)
        await _settle(again, sim)
        await _staff(outcome, again)
        await _settle(again, sim)
        await again.time.sleep(20 * 60)  # past every expiry and watch window
        for _ in range(3):
            await again.engine.recover(watch=False)
        sales = again.journal.sales()
    finally:
        await again.close()
    assert len(sales) <= 1
    state = sim.state()
    violations: list = check_integrity(sales, state, final=True)
    sent = [e for e in [*state["emails"], *sim.btcpay.dropped_emails] if e["to"] == ADA.email]
    if len(sent) > 1:  # a ticket e-mail goes out at most once without a person asking
        violations.append(f"{len(sent)} ticket e-mails to the buyer")
    return requests, violations


def _boundaries(requests: list[str]) -> list[int]:
    """The request indices to kill at: each request, but of a run of the same request (the
    polls of an invoice while it waits) only the first two, which stand for all the others."""
    kept = []
    for index, request in enumerate(requests):
        if index < 2 or not (request == requests[index - 1] == requests[index - 2]):
            kept.append(index)
    return kept


@pytest.mark.parametrize("outcome", OUTCOMES)
async def test_a_kill_at_any_request_boundary_breaks_no_promise(outcome, tmp_path):
    requests, clean = await _run(outcome, None, tmp_path)
    assert clean == [], [str(v) for v in clean]
    assert len(requests) >= 3  # hold, invoice, payment methods at least
    broken: dict[str, list[str]] = {}
    for index in _boundaries(requests):
        for side in ("before", "after"):
            _, violations = await _run(outcome, (index, side), tmp_path)
            if violations:
                where = f"kill {side} request {index} ({requests[index]})"
                broken[where] = [str(v) for v in violations]
    assert not broken, broken
