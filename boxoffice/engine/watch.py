"""Watching sales in the background: one task per sale, stepping it until the engine is done.

A sale is stepped under its lock from its latest snapshot; each step asks the part that owns
the sale's state (reserving, payment following, issuing, releasing). A failing service is
retried with backoff and jitter, and observers are told the connection is in trouble (never
journalled); a payable sale is polled as often as the timing says.

While a sale is payable, BTCPay's invoice status websocket (`boxoffice.services.btcpay.
invoice_hints`) cuts the wait before the next look short: the server sends a message on any
change of the invoice, and the invoice is read through Greenfield at once. It is only a hint
(not a public API, BTCPay's checkout page uses it the same way): a refused, closed or silent
socket leaves the polling as it was, and polling goes on beside it as the safety net.
"""

from __future__ import annotations

import asyncio
import logging
import random
from typing import TYPE_CHECKING

from boxoffice.domain.sale import Sale, SaleState
from boxoffice.services.errors import NotFoundError, ServiceError
from boxoffice.words import translate

if TYPE_CHECKING:
    from boxoffice.engine.issuing import TicketIssuing
    from boxoffice.engine.ledger import Ledger
    from boxoffice.engine.payment_watch import PaymentFollowing
    from boxoffice.engine.releasing import Releasing
    from boxoffice.engine.reserving import Reserving
    from boxoffice.engine.timing import EngineTiming
    from boxoffice.services.btcpay.client import BTCPayClient
    from boxoffice.services.btcpay.invoice_hints import InvoiceHints
    from boxoffice.services.btcpay.models import Invoice

log = logging.getLogger(__name__)

#: The states in which a hint from the invoice's websocket is listened to.
_PAYABLE = (SaleState.AWAITING_PAYMENT, SaleState.CONFIRMING)


class SaleWatch:
    """Steps sales, now (`advance`) or in a background task per sale (`ensure`).

    Owns the background tasks. Calls the ledger (snapshots, locks, clock), BTCPay (the
    invoice), and the part each state belongs to: reserving (`resume`), the payment following
    (`follow`), issuing (`issue`, `finish_records`) and releasing (`release`, `late_look`).
    """

    def __init__(
        self,
        ledger: Ledger,
        btcpay: BTCPayClient,
        timing: EngineTiming,
        *,
        reserving: Reserving,
        payments: PaymentFollowing,
        issuing: TicketIssuing,
        releasing: Releasing,
        hints: InvoiceHints | None = None,
    ) -> None:
        self._ledger = ledger
        self._btcpay = btcpay
        self._timing = timing
        self._reserving = reserving
        self._payments = payments
        self._issuing = issuing
        self._releasing = releasing
        self._hints = hints
        self._tasks: dict[str, asyncio.Task[None]] = {}
        #: Per watched payable sale: set when its invoice's websocket said something changed.
        self._nudges: dict[str, asyncio.Event] = {}

    # -- the background tasks -------------------------------------------------------------------

    def task(self, sale_id: str) -> asyncio.Task[None] | None:
        """The sale's watcher task, running or done (None if it never had one)."""
        return self._tasks.get(sale_id)

    def tasks(self) -> list[asyncio.Task[None]]:
        return list(self._tasks.values())

    def running(self, sale_id: str) -> bool:
        """Whether a watcher is looking after the sale right now."""
        task = self._tasks.get(sale_id)
        return task is not None and not task.done()

    def ensure(self, sale: Sale) -> None:
        """Watch the sale in the background, unless it needs nothing or is watched already."""
        if self._ledger.closed or not self.wants_watching(sale):
            return
        if self.running(sale.id):
            return
        self._ledger.remember(sale, replace=False)
        task = asyncio.get_running_loop().create_task(
            self._watch(sale.id), name=f"boxoffice-sale-{sale.id}"
        )
        self._tasks[sale.id] = task

    async def stop(self) -> None:
        """Cancel every watcher and wait for them to end."""
        tasks = [t for t in self._tasks.values() if not t.done()]
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        self._tasks.clear()

    def wants_watching(self, sale: Sale) -> bool:
        return not sale.engine_done or self.watching_payments(sale)

    def watching_payments(self, sale: Sale) -> bool:
        """Whether an ended sale's invoice is still watched for a late payment."""
        return (
            sale.state in (SaleState.RELEASED, SaleState.NEEDS_ATTENTION)
            and sale.invoice_id is not None
            and sale.watch_until is not None
            and self._ledger.now() < sale.watch_until
        )

    async def _watch(self, sale_id: str) -> None:
        ledger = self._ledger
        failures = 0
        delay = self._interval(ledger.latest(sale_id)) or self._timing.backoff_initial
        listener: asyncio.Task[None] | None = None
        try:
            while not ledger.closed:
                listener = self._keep_listening(ledger.latest(sale_id), listener)
                await self._pause(sale_id, delay)
                if not self.wants_watching(ledger.latest(sale_id)):
                    break
                failures, delay = await self._look(sale_id, failures)
                if not self.wants_watching(ledger.latest(sale_id)):
                    break
        finally:
            if listener is not None:
                listener.cancel()
            self._nudges.pop(sale_id, None)
            # Wake up anyone in wait() so they see the final snapshot.
            ledger.wake(sale_id)

    async def _look(self, sale_id: str, failures: int) -> tuple[int, float]:
        """Step the sale once; the failures so far and the wait before the next look."""
        nudge = self._nudges.get(sale_id)
        if nudge is not None:
            nudge.clear()  # this look answers every hint so far
        try:
            sale = await self.advance(sale_id, raise_errors=True)
            self._connection_restored(sale_id)
            return 0, self._interval(sale)
        except ServiceError as error:
            failures += 1
            delay = self._backoff(failures)
            log.warning("sale %s: %s; trying again in %.1fs", sale_id, error, delay)
            self._connection_lost(sale_id, error)
        except Exception:
            failures += 1
            delay = self._backoff(failures)
            log.exception("sale %s: unexpected error; trying again in %.1fs", sale_id, delay)
        return failures, delay

    # -- the push hint --------------------------------------------------------------------------

    def _keep_listening(
        self, sale: Sale, listener: asyncio.Task[None] | None
    ) -> asyncio.Task[None] | None:
        """Listen to the invoice's websocket while the sale is payable; stop once it is not."""
        payable = self._hints is not None and sale.state in _PAYABLE and sale.invoice_id is not None
        if not payable:
            if listener is not None:
                listener.cancel()
            return None
        if listener is not None and not listener.done():
            return listener
        assert sale.invoice_id is not None
        nudge = self._nudges.setdefault(sale.id, asyncio.Event())
        return asyncio.get_running_loop().create_task(
            self._listen(sale.id, sale.invoice_id, nudge, again=listener is not None),
            name=f"boxoffice-hint-{sale.id}",
        )

    async def _listen(
        self, sale_id: str, invoice_id: str, nudge: asyncio.Event, *, again: bool
    ) -> None:
        """Set `nudge` on every message of the invoice's websocket, and once when it ends.

        BTCPay refuses (404) the socket of an invoice that is already Settled, Expired or
        Invalid (BTCPay Server's UIInvoiceController, the invoice status websocket), so a
        socket that ends is itself a hint: one look at once catches a payment made before the
        socket was open (a customer who pays within a second). A socket that ended (refused,
        closed, silent) is opened again only after `hint_retry`: polling carries the sale
        meanwhile, and a server that refuses it is not asked again every second.
        """
        assert self._hints is not None
        if again:
            await self._ledger.sleep(self._timing.hint_retry)
        async for _ in self._hints.changes(invoice_id):
            nudge.set()
        nudge.set()
        log.debug("sale %s: the invoice's websocket ended; polling only", sale_id)

    async def _pause(self, sale_id: str, seconds: float) -> None:
        """Wait `seconds` before the next look, or less if the invoice's websocket speaks."""
        nudge = self._nudges.get(sale_id)
        if nudge is None:
            await self._ledger.pause(seconds)
            return
        if nudge.is_set() or seconds <= 0:
            return
        pause = asyncio.ensure_future(self._ledger.pause(seconds))
        hinted = asyncio.ensure_future(nudge.wait())
        try:
            await asyncio.wait((pause, hinted), return_when=asyncio.FIRST_COMPLETED)
        finally:
            for waiter in (pause, hinted):
                waiter.cancel()

    def _connection_lost(self, sale_id: str, error: ServiceError) -> None:
        """Tell observers that the invoice cannot be checked right now (not journalled)."""
        sale = self._ledger.latest(sale_id)
        problem = translate("SaleWords", "{error} — still trying; the sale is safe.").format(
            error=error
        )
        if sale.connection_problem != problem:
            self._ledger.publish(sale.update(now=self._ledger.now(), connection_problem=problem))

    def _connection_restored(self, sale_id: str) -> None:
        sale = self._ledger.latest(sale_id)
        if sale.connection_problem is not None:
            self._ledger.publish(sale.update(now=self._ledger.now(), connection_problem=None))

    def _interval(self, sale: Sale) -> float:
        state = sale.state
        if sale.records_pending:
            return 0.0
        if state is SaleState.AWAITING_PAYMENT:
            return self._timing.poll_new
        if state is SaleState.CONFIRMING:
            return self._timing.poll_processing
        if state.terminal:
            now = self._ledger.now()
            next_look = [t - now for t in (sale.watch_until, sale.recheck_at) if t is not None]
            return max(0.0, min([self._timing.poll_watch, *next_look]))
        return 0.0

    def _backoff(self, failures: int) -> float:
        timing = self._timing
        ceiling = min(timing.backoff_max, timing.backoff_initial * 2 ** (failures - 1))
        # Jitter keeps several tills from hammering a recovering server in step.
        return ceiling * random.uniform(0.5, 1.0)

    # -- stepping -------------------------------------------------------------------------------

    async def advance(self, sale_id: str, *, raise_errors: bool = False) -> Sale:
        """Step a sale as far as it goes now (under its lock, from its latest snapshot)."""
        async with self._ledger.lock(sale_id):
            sale = self._ledger.latest(sale_id)
            steps = 0
            try:
                while True:
                    before = sale
                    sale = await self.step(sale)
                    steps += 1
                    if (
                        sale == before
                        or steps >= self._timing.max_steps
                        or sale.state in (SaleState.AWAITING_PAYMENT, SaleState.CONFIRMING)
                        or sale.engine_done
                    ):
                        return sale
            except ServiceError as error:
                if raise_errors:
                    raise
                log.warning("sale %s: %s", sale_id, error)
                return self._ledger.latest(sale_id)

    async def step(self, sale: Sale) -> Sale:
        """One step of a sale: whatever its state asks for next."""
        state = sale.state
        if state is SaleState.RESERVING:
            return await self._reserving.resume(sale)
        if state in (SaleState.AWAITING_PAYMENT, SaleState.CONFIRMING):
            return await self._payments.follow(sale, await self._invoice(sale))
        if state is SaleState.ISSUING:
            return await self._issuing.issue(sale)
        if state is SaleState.RELEASING:
            return await self._releasing.release(sale)
        if sale.records_pending:
            return await self._issuing.finish_records(sale)
        if sale.recheck_at is not None and self._ledger.now() >= sale.recheck_at:
            return await self._releasing.late_look(sale)
        if self.watching_payments(sale):
            try:
                invoice = await self._invoice(sale)
            except NotFoundError:
                # The invoice is gone (BTCPay deletes old expired ones; 2.3.6+ answers 403,
                # which the client reads as "not found" for a key that is fine): nothing is
                # left to watch, and it is not a key problem.
                log.warning("sale %s: invoice %s is gone; stop watching", sale.id, sale.invoice_id)
                return self._ledger.commit(
                    sale.update(now=self._ledger.now(), watch_until=None), "invoice_gone"
                )
            return await self._payments.follow(sale, invoice)
        return sale

    async def _invoice(self, sale: Sale) -> Invoice:
        assert sale.invoice_id is not None, f"sale {sale.id} is {sale.state} without an invoice"
        return await self._btcpay.get_invoice(sale.invoice_id)
