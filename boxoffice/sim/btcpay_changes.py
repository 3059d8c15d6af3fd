"""Who hears that a simulated BTCPay invoice changed: the invoice status websocket's feed.

BTCPay Server's checkout page keeps a websocket open on `/i/{invoiceId}/status/ws`; the server
sends it one 1-byte binary message for every `InvoiceDataChangedEvent`,
`InvoiceNewPaymentDetailsEvent` and `InvoiceEvent` of that invoice (a payment, a new BOLT11
after a partial payment, a status change): `GetStatusWebSocket` and `NotifySocket` in
BTCPayServer/Controllers/UIInvoiceController.UI.cs. The simulator keeps the same feed as a
version counter per invoice: every change bumps it once, and each open socket sends one message
per bump.

Threads of the loopback server wait on a `threading.Condition`; asyncio listeners (the
in-process hint, `InProcessInvoiceHints`) register a callback that hands the bump to their own
loop. The condition has its own lock, never the simulator's, so a waiting socket holds nothing
that a request needs.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractContextManager

_log = logging.getLogger(__name__)

#: Statuses for which BTCPay refuses the websocket with a 404 (UIInvoiceController.UI.cs).
CLOSED_STATUSES = frozenset({"Settled", "Expired", "Invalid"})
#: How often a waiting listener applies the changes that only need time to pass (expiry, the
#: saving of a renewed BOLT11): the simulator applies them when something looks.
TICK_SECONDS = 0.25


class InvoiceChanges:
    """A version counter per invoice, bumped once per change, and the listeners waiting on it.

    `drop_all()` ends every open listener, as a server restart would drop every socket.
    """

    def __init__(self) -> None:
        self._condition = threading.Condition(threading.Lock())
        self._versions: dict[str, int] = {}
        self._listeners: dict[str, set[Callable[[], None]]] = {}
        self._generation = 0
        self._enders: set[Callable[[], None]] = set()

    def bump(self, invoice_id: str) -> None:
        """One change of the invoice: every listener of it hears it once."""
        with self._condition:
            self._versions[invoice_id] = self._versions.get(invoice_id, 0) + 1
            listeners = list(self._listeners.get(invoice_id, ()))
            self._condition.notify_all()
        for listener in listeners:
            listener()

    def version(self, invoice_id: str) -> int:
        with self._condition:
            return self._versions.get(invoice_id, 0)

    def listening(self, invoice_id: str) -> int:
        """How many in-process listeners follow the invoice now (a test waits for one)."""
        with self._condition:
            return len(self._listeners.get(invoice_id, ()))

    @property
    def generation(self) -> int:
        """Grows at each `drop_all()`: a listener opened in an older one must end."""
        with self._condition:
            return self._generation

    def wait(self, invoice_id: str, seen: int, generation: int, timeout: float) -> int:
        """Block until the invoice's version passes `seen`, `drop_all()` is called or `timeout`
        seconds pass; returns the version then (-1 after a drop)."""
        with self._condition:
            self._condition.wait_for(
                lambda: self._generation != generation or self._versions.get(invoice_id, 0) > seen,
                timeout,
            )
            if self._generation != generation:
                return -1
            return self._versions.get(invoice_id, 0)

    def listen(
        self, invoice_id: str, on_change: Callable[[], None], on_end: Callable[[], None]
    ) -> Callable[[], None]:
        """Call `on_change` (from whichever thread changes the invoice) at each bump and
        `on_end` at `drop_all()`; returns the function that stops it."""
        with self._condition:
            self._listeners.setdefault(invoice_id, set()).add(on_change)
            self._enders.add(on_end)

        def stop() -> None:
            with self._condition:
                self._listeners.get(invoice_id, set()).discard(on_change)
                self._enders.discard(on_end)

        return stop

    def drop_all(self) -> None:
        """End every open listener and socket (they may open again)."""
        with self._condition:
            self._generation += 1
            enders = list(self._enders)
            self._condition.notify_all()
        for end in enders:
            end()


class InProcessInvoiceHints:
    """The invoice status websocket without a socket, for the in-process transport.

    Has the shape of `boxoffice.services.btcpay.invoice_hints.InvoiceHints` (the simulator may
    not import the services layer): `changes(invoice_id)` returns at once for an invoice the
    real server would answer 404 (unknown, archived, Settled, Expired, Invalid) or when a fault
    answers the websocket's path with a status, and otherwise yields once per change until
    `drop_all()` or until the caller stops. It waits through asyncio: a change made in another
    thread reaches the loop with `call_soon_threadsafe`.
    """

    def __init__(
        self,
        *,
        lock: AbstractContextManager[object],
        changes: InvoiceChanges,
        opens: Callable[[str], bool],
        tick: Callable[[str], None],
        plan: Callable[[str], tuple[float, bool]],
        one_way_delay: Callable[[], float],
    ) -> None:
        self._lock = lock
        self._changes = changes
        self._opens = opens
        self._tick = tick
        self._plan = plan
        self._one_way_delay = one_way_delay

    async def changes(self, invoice_id: str) -> AsyncIterator[None]:
        delay, refused = self._plan(invoice_id)
        if delay > 0:
            await asyncio.sleep(delay)
        if refused:
            _log.debug("status socket of %s refused by a fault", invoice_id)
            return
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[bool] = asyncio.Queue()

        def hand_over(item: bool) -> None:
            # RuntimeError: the loop is closed, nobody listens any more.
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(queue.put_nowait, item)

        # The check and the subscription under the simulator's lock, where every change is
        # made: no change can fall between them.
        with self._lock:
            if not self._opens(invoice_id):
                _log.debug("status socket of %s refused (404)", invoice_id)
                return
            stop = self._changes.listen(
                invoice_id, lambda: hand_over(True), lambda: hand_over(False)
            )
        try:
            delay = self._one_way_delay()  # the 101 travels back; changes meanwhile queue up
            if delay > 0:
                await asyncio.sleep(delay)
            while True:
                try:
                    changed = await asyncio.wait_for(queue.get(), TICK_SECONDS)
                except TimeoutError:
                    self._tick(invoice_id)
                    continue
                if not changed:
                    return
                delay = self._one_way_delay()
                if delay > 0:
                    await asyncio.sleep(delay)
                yield None
        finally:
            stop()
