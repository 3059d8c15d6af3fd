"""How `boxoffice sell` waits for a sale to end, and what Ctrl-C does meanwhile.

The first Ctrl-C (or SIGTERM) cancels the sale the proper way, through the engine (the invoice
marked invalid, the hold released); a second one stops at once and leaves the sale in the
journal for `boxoffice reconcile`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import time
from typing import TYPE_CHECKING

from boxoffice.app.error_words import for_terminal
from boxoffice.commands.common import Console
from boxoffice.domain.sale import Sale, SaleNotCancellable

if TYPE_CHECKING:
    from boxoffice.app.runtime import Runtime

log = logging.getLogger(__name__)


class Interrupts:
    """Turns Ctrl-C / SIGTERM into a proper cancel of the sale; a second one stops at once."""

    def __init__(self, runtime: Runtime, console: Console, main_task: asyncio.Task) -> None:
        self.runtime = runtime
        self.console = console
        self.main_task = main_task
        self.sale_id: str | None = None
        self.requested = False
        #: When the first Ctrl-C came (wall clock), for the bounded wait that follows it.
        self.requested_at: float | None = None
        self.forced = False
        self._tasks: set[asyncio.Task] = set()
        self._installed: list[int] = []

    def install(self) -> None:
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            try:
                loop.add_signal_handler(signum, self._on_signal)
            except (NotImplementedError, RuntimeError, ValueError):
                continue  # not the main thread, or Windows: Ctrl-C then stops at once
            self._installed.append(signum)

    def uninstall(self) -> None:
        loop = asyncio.get_running_loop()
        for signum in self._installed:
            loop.remove_signal_handler(signum)
        self._installed.clear()

    def _on_signal(self) -> None:
        if self.requested:
            self.forced = True
            self.console.warn("Stopping without waiting; run `boxoffice reconcile` to finish.")
            self.main_task.cancel()
            return
        self.requested = True
        self.requested_at = time.time()
        self.console.warn("Cancelling the sale… (press Ctrl-C again to stop at once)")
        if self.sale_id is not None:
            self.cancel_now()

    def attach(self, sale_id: str) -> None:
        """The sale is known: cancel it now if an interrupt came while it was being started."""
        self.sale_id = sale_id
        if self.requested:
            self.cancel_now()

    def cancel_now(self) -> None:
        assert self.sale_id is not None
        task = asyncio.create_task(self._cancel(self.sale_id))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _cancel(self, sale_id: str) -> None:
        try:
            await self.runtime.engine.cancel(sale_id)
        except SaleNotCancellable:
            self.console.warn("Too late to cancel: the customer has paid. Finishing the sale.")
        except Exception as error:  # the sale goes on; its end is reported as usual
            log.exception("cancel failed")
            self.console.warn(f"Could not cancel: {for_terminal(error)}")


#: After Ctrl-C, how long `sell` waits for the cancel to go through before it leaves the rest
#: to `boxoffice reconcile` (the cancel is journalled before it reaches a service).
CANCEL_WAIT = 10.0


async def wait_for_end(engine, sale_id: str, interrupts: Interrupts) -> Sale | None:
    """The sale's end, or None when `sell` should stop waiting for it.

    It stops when a cancel asked for by Ctrl-C has not gone through within `CANCEL_WAIT`
    seconds, and when BTCPay has not answered past the time the engine watches an invoice for
    (its expiry plus the late-payment grace): the outcome cannot be learnt now, and the sale
    stays in the journal for `reconcile`.
    """
    # Until the customer has the tickets: the records that follow are waited for apart.
    waiter = asyncio.ensure_future(engine.wait(sale_id, records=False))
    try:
        while True:
            done, _ = await asyncio.wait({waiter}, timeout=1.0)
            if done:
                return waiter.result()
            now = time.time()
            if interrupts.requested_at is not None and now - interrupts.requested_at > CANCEL_WAIT:
                return None
            latest = engine.sale(sale_id)
            payment = latest.payment if latest else None
            if (
                latest is not None
                and latest.connection_problem
                and payment is not None
                and payment.expires_at
                and now > payment.expires_at + engine.timing.late_payment_grace
            ):
                return None
    finally:
        if not waiter.done():
            waiter.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await waiter
