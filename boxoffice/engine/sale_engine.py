"""The sale engine: reserves, bills, watches, issues and releases, and survives being killed.

One engine per till, shared by the window, the kiosk and the command line. Each sale moves
through the states of `boxoffice.domain.sale`; every move is written to the journal *before* the
network call it announces, and every write whose outcome is unknown is resolved by a lookup,
never by sending it again:

- a hold POST -> `list_holds(event_id)` and match the note ("boxoffice-<sale id>");
- an invoice POST -> `list_invoices(orderId)` (Greenfield's `orderId` filter, an exact match);
- an issue POST -> count the tickets with this sale's reference
  (developers.tickettailor.com, list issued tickets).

Safe reads are retried by the clients themselves. What the web plugin gets wrong and this does
not (Kukks/BTCPayServerPlugins, Plugins/BTCPayServer.Plugins.TicketTailor): unpaid holds are
always released, a refused issuance ends in `needs_attention` instead of looping for ever,
`ticketIds` lists every ticket of the sale, and the prices and names follow the order, not the
current settings.

What staff do afterwards (the recent sales, accepting a payment that came too late, e-mailing
the tickets again) is in `boxoffice.engine.staff_actions`.
"""

from __future__ import annotations

import asyncio
import logging
import os
import random
import re
import time
import uuid
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from boxoffice.domain.catalogue import BUYABLE_STATUSES
from boxoffice.domain.checkout import CheckoutSettings
from boxoffice.domain.money import normalize
from boxoffice.domain.order import Order
from boxoffice.domain.payment_uri import bolt11_amount, bolt11_of, build_payment_uris
from boxoffice.domain.reasons import Reason, journal_form
from boxoffice.domain.sale import PaymentRequest, Sale, SaleNotCancellable, SaleState
from boxoffice.engine.invoice_data import invoice_metadata
from boxoffice.engine.issuing import TicketIssuing
from boxoffice.engine.journal import DamagedSaleError, Journal
from boxoffice.engine.payment_watch import PaymentFollowing
from boxoffice.engine.recovery import Recovery
from boxoffice.engine.releasing import LATE_LOOKS, Releasing
from boxoffice.engine.staff_actions import StaffActions
from boxoffice.engine.timing import EngineTiming
from boxoffice.services.btcpay.payment_methods import payment_method_ids_for
from boxoffice.services.errors import (
    MalformedResponseError,
    NotFoundError,
    ServiceError,
    UnavailableError,
    ValidationError,
)

if TYPE_CHECKING:
    from boxoffice.services.btcpay.client import BTCPayClient
    from boxoffice.services.btcpay.models import Invoice
    from boxoffice.services.tickettailor.client import TicketTailorClient
    from boxoffice.services.tickettailor.models import Hold

log = logging.getLogger(__name__)

Observer = Callable[[Sale], None]

#: A failed write with this error may still have been carried out: look before giving up.
_POSSIBLY_CREATED = (UnavailableError, MalformedResponseError)


class _NoOutcome(Exception):
    """A write failed and a lookup showed nothing was created (`error` is the original)."""

    def __init__(self, error: ServiceError) -> None:
        super().__init__(str(error))
        self.error = error


class SaleEngine(TicketIssuing, PaymentFollowing, Releasing, Recovery, StaffActions):
    """Runs sales against Ticket Tailor and BTCPay, journalled, observable and recoverable."""

    def __init__(
        self,
        *,
        tickettailor: TicketTailorClient,
        btcpay: BTCPayClient,
        journal: Journal,
        checkout: CheckoutSettings,
        device_id: str,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
        timing: EngineTiming | None = None,
    ) -> None:
        self.tickettailor = tickettailor
        self.btcpay = btcpay
        self.journal = journal
        self.checkout = checkout
        self.device_id = device_id
        self.timing = timing or EngineTiming()
        self._clock = clock
        self._sleep = sleep
        self._observers: list[Observer] = []
        self._sales: dict[str, Sale] = {}
        self._locks: dict[str, asyncio.Lock] = {}
        self._changed: dict[str, asyncio.Event] = {}
        self._watchers: dict[str, asyncio.Task] = {}
        self._closed = False
        #: This engine's name in the journal's claims, and how deep in claimed work it is.
        self._claim_owner = f"{os.getpid()}-{uuid.uuid4().hex[:12]}"
        self._claim_depth: dict[str, int] = {}
        self._email_allowed: bool | None = None
        self._server_version: str | None = None
        self._server_version_known = False

    def __repr__(self) -> str:
        return f"SaleEngine(device_id={self.device_id!r}, sales={len(self._sales)})"

    # -- observers ------------------------------------------------------------------------------

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

    def _take_claim(self, sale_id: str) -> bool:
        """Claim (or renew) the right to issue this sale among the processes of this till."""
        if not self._renew_claim(sale_id):
            log.info("sale %s is being finished by another process", sale_id)
            return False
        self._claim_depth[sale_id] = self._claim_depth.get(sale_id, 0) + 1
        return True

    def _drop_claim(self, sale_id: str) -> None:
        depth = self._claim_depth.get(sale_id, 0) - 1
        if depth > 0:
            self._claim_depth[sale_id] = depth
            return
        self._claim_depth.pop(sale_id, None)
        self.journal.release_claim(sale_id, self._claim_owner)

    def _renew_claim(self, sale_id: str) -> bool:
        """Take or keep the claim; False while another live process holds it."""
        now = self._now()
        holder = self.journal.claim(
            sale_id, self._claim_owner, now=now, until=now + self.timing.claim_seconds
        )
        return holder is None

    def _publish(self, sale: Sale) -> None:
        self._sales[sale.id] = sale
        changed = self._changed.pop(sale.id, None)
        if changed is not None:
            changed.set()
        for observer in list(self._observers):
            try:
                observer(sale)
            except Exception:  # an observer's bug must not stop a sale
                log.exception("a sale observer failed on %s (%s)", sale.id, sale.state)

    def _commit(self, sale: Sale, event: str, detail: dict | None = None) -> Sale:
        """Journal first, then tell the observers: a side effect follows only a durable record."""
        self.journal.record(sale, event, detail)
        self._publish(sale)
        return sale

    def _now(self) -> float:
        return float(self._clock())

    def _lock(self, sale_id: str) -> asyncio.Lock:
        lock = self._locks.get(sale_id)
        if lock is None:
            lock = self._locks[sale_id] = asyncio.Lock()
        return lock

    # -- the public operations -----------------------------------------------------------------

    async def start_sale(self, order: Order) -> Sale:
        """Reserve and bill `order`; return once the customer can pay, or it is done or failed.

        Watching the payment goes on in a background task; follow it with `subscribe` or `wait`.
        """
        if self._closed:
            raise RuntimeError("the sale engine is closed")
        if order.seats <= 0:
            raise ValueError("an order needs at least one ticket")
        now = self._now()
        sale = Sale(
            id=uuid.uuid4().hex,
            device_id=self.device_id,
            order=order,
            state=SaleState.RESERVING,
            created_at=now,
            updated_at=now,
        )
        async with self._lock(sale.id):
            # Written before any network call: after a crash, recovery looks for what this
            # sale may have created.
            self.journal.record_new(sale)
            self._publish(sale)
            sale = await self._reserve(sale)
            if sale.state in (SaleState.ISSUING, SaleState.RELEASING):
                try:
                    sale = await self._step(sale)
                except ServiceError as error:
                    log.warning("sale %s: %s; retrying in the background", sale.id, error)
                    sale = self._sales[sale.id]
        self._ensure_watcher(sale)
        return sale

    async def wait(self, sale_id: str, *, records: bool = True) -> Sale:
        """Wait until the engine is done with the sale and return that snapshot.

        With `records=False`, return as soon as it is in a terminal state: a completed sale's
        customer has the tickets then, while `ticketIds` and the e-mail may still be on their
        way to BTCPay (`records_pending`).
        """
        while True:
            sale = self.sale(sale_id)
            if sale is None:
                raise KeyError(sale_id)
            if sale.engine_done or (sale.terminal and not records):
                return sale
            if self._closed:
                raise RuntimeError("the sale engine is closed")
            self._sales.setdefault(sale_id, sale)
            self._ensure_watcher(sale)
            changed = self._changed.setdefault(sale_id, asyncio.Event())
            await changed.wait()

    async def cancel(self, sale_id: str) -> Sale:
        """Cancel at the customer's or staff's request: invalidate the invoice, free the hold.

        The invoice is still watched until it expires (a Lightning invoice stays payable): a
        payment that arrives anyway turns the sale into `needs_attention`. Raises
        `SaleNotCancellable` once the customer has paid.
        """
        if self.sale(sale_id) is None:
            raise KeyError(sale_id)
        async with self._lock(sale_id):
            sale = self._sales.get(sale_id) or self.journal.get(sale_id)
            assert sale is not None
            self._sales[sale_id] = sale
            if sale.terminal or sale.state is SaleState.RELEASING:
                return sale
            if sale.state in (SaleState.CONFIRMING, SaleState.ISSUING):
                raise SaleNotCancellable(
                    "The customer has already paid; the sale cannot be cancelled."
                )
            invoice = None
            patience = self.timing.cancel_patience
            if sale.invoice_id:
                try:
                    invoice = await asyncio.wait_for(
                        self.btcpay.get_invoice(sale.invoice_id), patience
                    )
                except (ServiceError, TimeoutError) as error:
                    log.warning(
                        "sale %s: cannot read the invoice before cancelling: %s",
                        sale_id,
                        error or "no answer in time",
                    )
                if invoice is not None and invoice.status in ("Processing", "Settled"):
                    try:
                        await asyncio.wait_for(self._on_invoice(sale, invoice), patience)
                    except (ServiceError, TimeoutError) as error:
                        # Journalled as paid: the watcher issues the tickets.
                        log.warning("sale %s: paid; issuing goes on (%s)", sale_id, error)
                    raise SaleNotCancellable(
                        "The customer has just paid; the sale cannot be cancelled."
                    )
            sale = self._commit(
                sale.move(
                    SaleState.RELEASING,
                    now=self._now(),
                    reason=Reason.CANCELLED,
                    message=Reason.CANCELLED.message,
                    watch_until=self._watch_deadline(invoice),
                ),
                "cancel",
            )
            try:
                sale = await asyncio.wait_for(self._release(sale, invoice), patience)
            except (ServiceError, TimeoutError) as error:
                # Journalled as releasing: the watcher finishes it, the caller is not kept.
                log.warning(
                    "sale %s: release after cancel not done (%s); retrying in the background",
                    sale_id,
                    error or "no answer in time",
                )
                sale = self._sales[sale_id]
        self._ensure_watcher(sale)
        if sale.state in (SaleState.CONFIRMING, SaleState.ISSUING, SaleState.COMPLETED):
            # The payment reached BTCPay before the cancel did: the sale goes on.
            raise SaleNotCancellable("The customer has just paid; the sale cannot be cancelled.")
        return sale

    async def aclose(self) -> None:
        """Stop watching (the sales stay in the journal, and `recover` resumes them)."""
        self._closed = True
        tasks = [t for t in self._watchers.values() if not t.done()]
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        self._watchers.clear()
        # Wake every `wait()`: with no watcher left, it would otherwise wait for ever; it finds
        # the engine closed and says so.
        for changed in self._changed.values():
            changed.set()
        self._changed.clear()

    # -- watching -------------------------------------------------------------------------------

    def _wants_watching(self, sale: Sale) -> bool:
        return not sale.engine_done or self._watching_payments(sale)

    def _watching_payments(self, sale: Sale) -> bool:
        """Whether an ended sale's invoice is still watched for a late payment."""
        return (
            sale.state in (SaleState.RELEASED, SaleState.NEEDS_ATTENTION)
            and sale.invoice_id is not None
            and sale.watch_until is not None
            and self._now() < sale.watch_until
        )

    def _ensure_watcher(self, sale: Sale) -> None:
        if self._closed or not self._wants_watching(sale):
            return
        running = self._watchers.get(sale.id)
        if running is not None and not running.done():
            return
        self._sales.setdefault(sale.id, sale)
        task = asyncio.get_running_loop().create_task(
            self._watch(sale.id), name=f"boxoffice-sale-{sale.id}"
        )
        self._watchers[sale.id] = task

    async def _watch(self, sale_id: str) -> None:
        failures = 0
        delay = self._interval(self._sales[sale_id]) or self.timing.backoff_initial
        while not self._closed:
            await self._pause(delay)
            if not self._wants_watching(self._sales[sale_id]):
                break
            try:
                sale = await self._advance(sale_id, raise_errors=True)
                failures = 0
                delay = self._interval(sale)
                self._connection_restored(sale_id)
            except ServiceError as error:
                failures += 1
                delay = self._backoff(failures)
                log.warning("sale %s: %s; trying again in %.1fs", sale_id, error, delay)
                self._connection_lost(sale_id, error)
            except Exception:
                failures += 1
                delay = self._backoff(failures)
                log.exception("sale %s: unexpected error; trying again in %.1fs", sale_id, delay)
            if not self._wants_watching(self._sales[sale_id]):
                break
        # Wake up anyone in wait() so they see the final snapshot.
        changed = self._changed.pop(sale_id, None)
        if changed is not None:
            changed.set()

    async def _pause(self, seconds: float) -> None:
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

    def _connection_lost(self, sale_id: str, error: ServiceError) -> None:
        """Tell observers that the invoice cannot be checked right now (not journalled)."""
        sale = self._sales[sale_id]
        problem = f"{error} — still trying; the sale is safe."
        if sale.connection_problem != problem:
            self._publish(sale.update(now=self._now(), connection_problem=problem))

    def _connection_restored(self, sale_id: str) -> None:
        sale = self._sales[sale_id]
        if sale.connection_problem is not None:
            self._publish(sale.update(now=self._now(), connection_problem=None))

    def _interval(self, sale: Sale) -> float:
        state = sale.state
        if sale.records_pending:
            return 0.0
        if state is SaleState.AWAITING_PAYMENT:
            return self.timing.poll_new
        if state is SaleState.CONFIRMING:
            return self.timing.poll_processing
        if state.terminal:
            now = self._now()
            next_look = [t - now for t in (sale.watch_until, sale.recheck_at) if t is not None]
            return max(0.0, min([self.timing.poll_watch, *next_look]))
        return 0.0

    def _backoff(self, failures: int) -> float:
        ceiling = min(self.timing.backoff_max, self.timing.backoff_initial * 2 ** (failures - 1))
        # Jitter keeps several tills from hammering a recovering server in step.
        return ceiling * random.uniform(0.5, 1.0)

    async def _advance(self, sale_id: str, *, raise_errors: bool = False) -> Sale:
        """One step for a sale (under its lock, from its latest snapshot)."""
        async with self._lock(sale_id):
            sale = self._sales[sale_id]
            steps = 0
            try:
                while True:
                    before = sale
                    sale = await self._step(sale)
                    steps += 1
                    if (
                        sale == before
                        or steps >= self.timing.max_steps
                        or sale.state in (SaleState.AWAITING_PAYMENT, SaleState.CONFIRMING)
                        or sale.engine_done
                    ):
                        return sale
            except ServiceError as error:
                if raise_errors:
                    raise
                log.warning("sale %s: %s", sale_id, error)
                return self._sales[sale_id]

    async def _step(self, sale: Sale) -> Sale:
        state = sale.state
        if state is SaleState.RESERVING:
            return await self._resume_reservation(sale)
        if state in (SaleState.AWAITING_PAYMENT, SaleState.CONFIRMING):
            return await self._on_invoice(sale, await self.btcpay.get_invoice(sale.invoice_id))
        if state is SaleState.ISSUING:
            return await self._issue(sale)
        if state is SaleState.RELEASING:
            return await self._release(sale)
        if sale.records_pending:
            return await self._finish_records(sale)
        if sale.recheck_at is not None and self._now() >= sale.recheck_at:
            return await self._late_look(sale)
        if self._watching_payments(sale):
            try:
                invoice = await self.btcpay.get_invoice(sale.invoice_id)
            except NotFoundError:
                # The invoice is gone (BTCPay deletes old expired ones; 2.3.6+ answers 403,
                # which the client reads as "not found" for a key that is fine): nothing is
                # left to watch, and it is not a key problem.
                log.warning("sale %s: invoice %s is gone; stop watching", sale.id, sale.invoice_id)
                return self._commit(sale.update(now=self._now(), watch_until=None), "invoice_gone")
            return await self._on_late_invoice(sale, invoice)
        return sale

    # -- reserving and billing ------------------------------------------------------------------

    async def _reserve(self, sale: Sale) -> Sale:
        """Create the hold and the invoice at the same time (the invoice only if not free)."""
        billed = sale.order.total > 0
        tasks = [self._create_hold(sale)]
        if billed:
            tasks.append(self._create_invoice(sale))
        results = await asyncio.gather(*tasks, return_exceptions=True)
        hold_result = results[0]
        invoice_result = results[1] if billed else None
        for result in results:
            if isinstance(result, BaseException) and not isinstance(
                result, ServiceError | _NoOutcome
            ):
                raise result  # a bug: the journal still says reserving, recovery cleans up
        hold = hold_result if not isinstance(hold_result, BaseException) else None
        invoice = invoice_result if not isinstance(invoice_result, BaseException) else None
        ids = {"hold_id": hold.id if hold else None, "invoice_id": invoice.id if invoice else None}

        if hold is not None and not billed:
            return self._commit(
                sale.move(SaleState.ISSUING, now=self._now(), **ids), "reserved", ids
            )
        if hold is not None and invoice is not None:
            try:
                payment = await self._payment_request(invoice)
            except ServiceError as error:
                return self._commit(
                    sale.move(
                        SaleState.RELEASING,
                        now=self._now(),
                        reason=Reason.PAYMENT_UNAVAILABLE,
                        message=f"{Reason.PAYMENT_UNAVAILABLE.message} ({error})",
                        **ids,
                    ),
                    "releasing",
                    {"reason": Reason.PAYMENT_UNAVAILABLE},
                )
            return self._commit(
                sale.move(
                    SaleState.AWAITING_PAYMENT,
                    now=self._now(),
                    payment=payment,
                    invoice_status=invoice.status,
                    invoice_additional_status=invoice.additional_status,
                    paid_amount=invoice.paid_amount,
                    **ids,
                ),
                "awaiting_payment",
                ids,
            )

        # Something failed: say why (the hold's failure first: it names what ran out).
        sold_out_type_id = None
        if isinstance(hold_result, BaseException):
            reason, message, sold_out_type_id = await self._hold_failure(sale, hold_result)
        else:
            error = (
                invoice_result.error if isinstance(invoice_result, _NoOutcome) else invoice_result
            )
            reason = (
                Reason.INVOICE_REFUSED
                if isinstance(error, ValidationError)
                else Reason.SERVICE_ERROR
            )
            message = f"The invoice could not be created: {error}"
        why = {"reason": reason, "sold_out_type_id": sold_out_type_id}
        # A create whose answer was lost may still land after its lookup came back empty:
        # look again a little later (`_late_look`), and at every start until then.
        unsure = _unknown(hold_result) or (billed and _unknown(invoice_result))
        recheck_at = self._now() + LATE_LOOKS[0] if unsure else None
        nothing_left = (
            hold is None
            and invoice is None
            and _absent(hold_result)
            and (not billed or _absent(invoice_result))
        )
        if nothing_left:
            return self._commit(
                sale.move(
                    SaleState.FAILED,
                    now=self._now(),
                    message=message,
                    recheck_at=recheck_at,
                    **why,
                ),
                "failed",
                {
                    "reason": journal_form(reason, sold_out_type_id),
                    "recheck": recheck_at is not None,
                },
            )
        # Undo what was created (or may have been): mark the invoice Invalid, delete the hold.
        # An invoice refused outright (a key BTCPay does not accept, a 422) was never made, and
        # looking it up would only meet the same refusal, for ever.
        no_invoice = billed and invoice is None and _refused(invoice_result)
        return self._commit(
            sale.move(
                SaleState.RELEASING,
                now=self._now(),
                message=message,
                no_invoice=no_invoice,
                recheck_at=recheck_at,
                **why,
                **ids,
            ),
            "releasing",
            {"reason": journal_form(reason, sold_out_type_id), **ids},
        )

    async def _create_hold(self, sale: Sale) -> Hold:
        order = sale.order
        try:
            return await self.tickettailor.create_hold(
                order.event_id, order.quantities, note=sale.order_id
            )
        except _POSSIBLY_CREATED as error:
            log.warning("sale %s: hold outcome unknown (%s); looking it up", sale.id, error)
            await self._sleep(self.timing.lookup_delay)
            try:
                found = await self._find_holds(sale)
            except ServiceError:
                # Whatever the lookup's error, the hold may exist: the outcome stays unknown,
                # so the sale is released (and the hold looked up again), never just failed.
                raise error from None
            if found:
                return found[0]
            raise _NoOutcome(error) from None

    async def _create_invoice(self, sale: Sale) -> Invoice:
        order = sale.order
        methods = await self._payment_method_ids()
        try:
            return await self.btcpay.create_invoice(
                amount=normalize(order.total, order.currency),
                currency=order.currency,
                metadata=invoice_metadata(sale),
                expiration_minutes=self.checkout.expiration_minutes,
                payment_methods=methods,
                speed_policy=self.checkout.speed_policy or None,
            )
        except _POSSIBLY_CREATED as error:
            log.warning("sale %s: invoice outcome unknown (%s); looking it up", sale.id, error)
            await self._sleep(self.timing.lookup_delay)
            try:
                found = await self.btcpay.list_invoices(order_ids=[sale.order_id])
            except ServiceError:
                raise error from None  # still unknown, as for the hold
            if found:
                return found[0]
            raise _NoOutcome(error) from None

    async def _payment_method_ids(self) -> list[str] | None:
        kinds = [k for k in self.checkout.payment_methods if k]
        if not kinds:
            return None
        if not self._server_version_known:
            try:
                self._server_version = (await self.btcpay.server_info()).version
                self._server_version_known = True
            except ServiceError as error:
                log.info("BTCPay version unknown (%s); using 2.x payment method ids", error)
        known = [k for k in kinds if k in ("onchain", "lightning", "lnurl")]
        ids = payment_method_ids_for(self._server_version, known)
        # Anything else is taken as a payment method id already (a plugin's, say).
        return ids + [k for k in kinds if k not in known and k not in ids]

    async def _hold_failure(
        self, sale: Sale, failure: BaseException
    ) -> tuple[Reason, str, str | None]:
        """Why the hold failed: (reason, message, the ticket type that ran out if one did)."""
        error = failure.error if isinstance(failure, _NoOutcome) else failure
        if not isinstance(error, ValidationError):
            return Reason.SERVICE_ERROR, f"The tickets could not be reserved: {error}", None
        order = sale.order
        try:
            event = await self.tickettailor.get_event(order.event_id)
        except ServiceError:
            event = None
        if event is not None:
            for ticket_type_id, wanted in order.quantities.items():
                ticket_type = event.ticket_type(ticket_type_id)
                left = ticket_type.available if ticket_type else 0
                on_sale = ticket_type is not None and ticket_type.status in BUYABLE_STATUSES
                if not on_sale or left < wanted:
                    line = order.line(ticket_type_id)
                    name = line.name if line else ticket_type_id
                    if left == 0:
                        what = "sold out. Another sale took them meanwhile"
                    elif not on_sale:
                        what = "no longer on sale"
                    else:
                        what = f"only {left} left. Another sale took them meanwhile"
                    return Reason.SOLD_OUT, f"{name}: {what}.", ticket_type_id
        named = re.search(r"\btt_\w+", error.detail or "")
        if named and named.group(0) in order.quantities:
            line = order.line(named.group(0))
            return (
                Reason.SOLD_OUT,
                f"{line.name if line else named.group(0)}: sold out.",
                named.group(0),
            )
        return (
            Reason.HOLD_REFUSED,
            f"Ticket Tailor refused to reserve the tickets: {error.detail}",
            None,
        )

    async def _payment_request(
        self, invoice: Invoice, previous: PaymentRequest | None = None
    ) -> PaymentRequest:
        """The payment request to show for `invoice`, from its payment methods as read now.

        `previous` is the request on screen. After a partial payment BTCPay cancels the BOLT11
        shown, and saves a new one only after asking the node for it; until then the payment
        methods still list the old, cancelled one (BTCPay Server source,
        BTCPayServer/Payments/Lightning/LightningListener.cs). So while the invoice is
        New + partly paid, a BOLT11 that was on screen when a payment came in is never shown
        again: the Lightning part is left out (`lightning_renewing`) until the destination
        differs from it, or its amount is what is due. Amounts are the server's (`due`
        includes any network fee a partial on-chain payment added, InvoiceEntity.cs).
        """
        methods = await self.btcpay.get_payment_methods(invoice.id)
        stale = _stale_bolt11(invoice, methods, previous)
        if stale is not None:
            methods = [m for m in methods if m.kind != "lightning"]
        uris = build_payment_uris(methods)
        bitcoin = [m for m in methods if m.currency.upper() == "BTC" and m.kind != "other"]
        first = next((m for m in bitcoin if m.activated), bitcoin[0] if bitcoin else None)
        unified = uris.unified_link or invoice.checkout_link or ""
        return PaymentRequest(
            unified_link=unified,
            unified_qr=uris.unified_qr or unified,
            lightning_link=uris.lightning_link,
            lightning_qr=uris.lightning_qr,
            onchain_link=uris.onchain_link,
            onchain_qr=uris.onchain_qr,
            checkout_link=invoice.checkout_link,
            amount=invoice.amount,
            currency=invoice.currency.upper(),
            btc_amount=first.amount if first else None,
            btc_due=uris.btc_due if uris.btc_due is not None else (first.due if first else None),
            btc_paid=max((m.total_paid for m in bitcoin), default=Decimal(0)),
            # From `expirationTime`, never the echoed `expirationMinutes` (truncated minutes).
            expires_at=invoice.expiration_time,
            lightning_renewing=stale is not None,
            lightning_stale=stale,
        )


def _partly_paid(invoice: Invoice) -> bool:
    if invoice.status != "New":
        return False
    return invoice.additional_status == "PaidPartial" or bool(
        invoice.paid_amount and invoice.paid_amount > 0
    )


def _stale_bolt11(invoice: Invoice, methods, previous: PaymentRequest | None) -> str | None:
    """The replaced BOLT11 the payment methods still list, or None when Lightning may show.

    Replaced: the one on screen when a (new) payment came in, or one already known stale.
    """
    if previous is None or not _partly_paid(invoice):
        return None
    lightning = next((m for m in methods if m.kind == "lightning" and m.activated), None)
    if lightning is None:
        return None
    paid_now = max((m.total_paid for m in methods), default=Decimal(0))
    stale = previous.lightning_stale
    if stale is None and paid_now > (previous.btc_paid or Decimal(0)):
        stale = bolt11_of(previous.lightning_link)
    if stale is None:
        return None
    current = bolt11_of(lightning.destination)
    if current is None:
        return stale  # nothing to show yet
    if current != stale:
        return None  # the new BOLT11 is saved
    amount = bolt11_amount(current)
    if amount is not None and amount == lightning.due and lightning.due > 0:
        return None
    return stale


def _unknown(result: object) -> bool:
    """Whether a create call's outcome is in doubt: its answer was lost (a lookup that came
    back empty included), so the thing may appear on the server later."""
    return isinstance(result, (_NoOutcome, *_POSSIBLY_CREATED))


def _refused(result: object) -> bool:
    """Whether a create call was refused outright: nothing was made, nothing can appear."""
    return isinstance(result, ServiceError) and not isinstance(result, _POSSIBLY_CREATED)


def _absent(result: object) -> bool:
    """Whether a failed create call certainly created nothing (refused, or looked up in vain)."""
    if isinstance(result, _NoOutcome):
        return True
    return isinstance(result, ServiceError) and not isinstance(result, _POSSIBLY_CREATED)
