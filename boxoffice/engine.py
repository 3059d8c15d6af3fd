"""The sale engine: reserves, bills, watches, issues and releases, and survives being killed.

One engine per till, shared by the window, the kiosk and the command line. Each sale moves
through the states of `boxoffice.sale`; every move is written to the journal *before* the
network call it announces, and every write whose outcome is unknown is resolved by a lookup,
never by sending it again:

- a hold POST -> `list_holds(event_id)` and match the note ("boxoffice-<sale id>");
- an invoice POST -> `list_invoices(orderId)` (../shared/reference/btcpay-greenfield.md §8);
- an issue POST -> count the tickets with this sale's reference
  (../shared/reference/tickettailor-api.md §10).

Safe reads are retried by the clients themselves. What the web plugin gets wrong and this does
not (../shared/reference/ticket-tailor-plugin.md §8): unpaid holds are always released, a
refused issuance ends in `needs_attention` instead of looping for ever, `ticketIds` lists every
ticket of the sale, and the prices and names follow the order, not the current settings.
"""

from __future__ import annotations

import asyncio
import logging
import random
import re
import time
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from boxoffice.invoice_data import invoice_metadata, order_from_invoice, ticket_ids
from boxoffice.journal import Journal
from boxoffice.money import format_money, normalize
from boxoffice.order import Order
from boxoffice.payment_uri import build_payment_uris
from boxoffice.sale import (
    ORDER_ID_PREFIX,
    CheckoutSettings,
    PaymentRequest,
    Sale,
    SaleNotCancellable,
    SaleState,
    SoldTicket,
    sale_id_from_order_id,
)
from boxoffice.services.btcpay import EMAIL_PERMISSION, payment_method_ids_for
from boxoffice.services.errors import (
    MalformedResponseError,
    NotFoundError,
    PermissionDeniedError,
    ServiceError,
    UnavailableError,
    ValidationError,
)
from boxoffice.ticket_email import ticket_email

if TYPE_CHECKING:
    from boxoffice.services.btcpay import BTCPayClient, Invoice
    from boxoffice.services.tickettailor import Hold, IssuedTicket, TicketTailorClient

log = logging.getLogger(__name__)

Observer = Callable[[Sale], None]

#: Reasons that end in `failed`: the customer was never asked to pay.
FAILURE_REASONS = frozenset(
    {"hold_refused", "invoice_refused", "service_error", "interrupted", "payment_unavailable"}
)
#: `needs_attention` reasons after which the invoice may still be accepted in BTCPay.
PAYMENT_TROUBLE = frozenset(
    {"paid_late", "partial_then_expired", "paid_after_cancel", "payment_invalid"}
)

_MESSAGES = {
    "expired": "The invoice expired unpaid; the tickets were released.",
    "cancelled": "The sale was cancelled; the tickets were released.",
    "invalid": "The invoice was marked invalid in BTCPay; the tickets were released.",
    "interrupted": "The sale was interrupted before payment was asked for; nothing was charged.",
    "payment_unavailable": "BTCPay did not give the payment details; nothing was charged.",
}

#: Statuses whose payment may change: an invoice may be paid, confirmed or expire.
_OPEN_INVOICE = ("New", "Processing")
_POSSIBLY_CREATED = (UnavailableError, MalformedResponseError)


@dataclass(frozen=True)
class EngineTiming:
    """How often and how patiently the engine polls (seconds). Tests shrink these."""

    #: Poll interval while the invoice is New (about every second, §7).
    poll_new: float = 1.0
    #: Poll interval while an on-chain payment confirms.
    poll_processing: float = 5.0
    #: Poll interval while a released sale is watched for late payments.
    poll_watch: float = 30.0
    #: First wait after a failed step, doubled up to `backoff_max` (with jitter).
    backoff_initial: float = 1.0
    backoff_max: float = 60.0
    #: How long after expiry or a cancel a sale is still watched for a payment.
    late_payment_grace: float = 15 * 60.0
    #: Wait before looking up a write whose outcome is unknown (let the server finish it).
    lookup_delay: float = 1.0
    #: Tickets issued at the same time for one sale.
    issue_concurrency: int = 4
    #: Steps `recover(watch=False)` takes per sale at most.
    max_steps: int = 6


class _NoOutcome(Exception):
    """A write failed and a lookup showed nothing was created (`error` is the original)."""

    def __init__(self, error: ServiceError) -> None:
        super().__init__(str(error))
        self.error = error


class SaleEngine:
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
        """The latest snapshot of a sale (from memory, else from the journal)."""
        return self._sales.get(sale_id) or self.journal.get(sale_id)

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

    async def wait(self, sale_id: str) -> Sale:
        """Wait until the sale is in a terminal state and return that snapshot."""
        while True:
            sale = self.sale(sale_id)
            if sale is None:
                raise KeyError(sale_id)
            if sale.terminal:
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
            if sale.invoice_id:
                try:
                    invoice = await self.btcpay.get_invoice(sale.invoice_id)
                except ServiceError as error:
                    log.warning(
                        "sale %s: cannot read the invoice before cancelling: %s", sale_id, error
                    )
                if invoice is not None and invoice.status in ("Processing", "Settled"):
                    await self._on_invoice(sale, invoice)
                    raise SaleNotCancellable(
                        "The customer has just paid; the sale cannot be cancelled."
                    )
            sale = self._commit(
                sale.move(
                    SaleState.RELEASING,
                    now=self._now(),
                    reason="cancelled",
                    message=_MESSAGES["cancelled"],
                    watch_until=self._watch_deadline(invoice),
                ),
                "cancel",
            )
            try:
                sale = await self._release(sale, invoice)
            except ServiceError as error:
                log.warning("sale %s: release after cancel failed (%s); retrying", sale_id, error)
                sale = self._sales[sale_id]
        self._ensure_watcher(sale)
        return sale

    async def recover(self, *, watch: bool = True) -> list[Sale]:
        """Resume every unfinished sale of the journal (at start-up, or `reconcile`).

        Each is advanced as far as the services allow now. With `watch`, those still payable
        (or watched for late payments) go on being watched in the background.
        """
        results = []
        for stored in self.journal.unfinished(now=self._now()):
            sale = self._sales.setdefault(stored.id, stored)
            running = self._watchers.get(sale.id)
            if running is None or running.done():
                sale = await self._advance(sale.id)
            if watch:
                self._ensure_watcher(sale)
            results.append(self._sales[sale.id])
        try:
            await self._sweep_orphan_holds()
        except ServiceError as error:
            log.warning("could not check for left-over holds: %s", error)
        return results

    async def recover_other_devices(self, *, watch: bool = False) -> list[Sale]:
        """Finish sales of any till (or of a lost journal) from BTCPay's side.

        Looks at invoices whose `orderId` starts with "boxoffice-" and that have no
        `ticketIds`, rebuilds each order from `posData`, and issues (paid), releases (expired or
        invalid) or, with `watch`, watches (still payable) it. Ticket Tailor's hold makes two
        tills issuing the same sale at once safe: a hold can be issued from only once.
        """
        statuses = ["Settled", "Expired", "Invalid"]
        if watch:
            statuses += list(_OPEN_INVOICE)
        invoices = await self.btcpay.list_invoices(text_search=ORDER_ID_PREFIX, statuses=statuses)
        results = []
        for invoice in invoices:
            sale_id = sale_id_from_order_id(invoice.order_id)
            if sale_id is None or ticket_ids(invoice) is not None:
                continue
            try:
                sale = await self._adopt(sale_id, invoice, watch=watch)
            except ServiceError as error:
                log.warning("could not recover the sale of invoice %s: %s", invoice.id, error)
                continue
            if sale is not None:
                results.append(sale)
        return results

    async def aclose(self) -> None:
        """Stop watching (the sales stay in the journal, and `recover` resumes them)."""
        self._closed = True
        tasks = [t for t in self._watchers.values() if not t.done()]
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        self._watchers.clear()

    # -- watching -------------------------------------------------------------------------------

    def _wants_watching(self, sale: Sale) -> bool:
        if not sale.terminal:
            return True
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
            await self._sleep(delay)
            if not self._wants_watching(self._sales[sale_id]):
                break
            try:
                sale = await self._advance(sale_id, raise_errors=True)
                failures = 0
                delay = self._interval(sale)
            except ServiceError as error:
                failures += 1
                delay = self._backoff(failures)
                log.warning("sale %s: %s; trying again in %.1fs", sale_id, error, delay)
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

    def _interval(self, sale: Sale) -> float:
        state = sale.state
        if state is SaleState.AWAITING_PAYMENT:
            return self.timing.poll_new
        if state is SaleState.CONFIRMING:
            return self.timing.poll_processing
        if state.terminal:
            left = (sale.watch_until or 0) - self._now()
            return max(0.0, min(self.timing.poll_watch, left))
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
                        or sale.terminal
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
        if self._wants_watching(sale):
            return await self._on_late_invoice(sale, await self.btcpay.get_invoice(sale.invoice_id))
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
                        reason="payment_unavailable",
                        message=f"{_MESSAGES['payment_unavailable']} ({error})",
                        **ids,
                    ),
                    "releasing",
                    {"reason": "payment_unavailable"},
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
        if isinstance(hold_result, BaseException):
            reason, message = await self._hold_failure(sale, hold_result)
        else:
            error = (
                invoice_result.error if isinstance(invoice_result, _NoOutcome) else invoice_result
            )
            reason = "invoice_refused" if isinstance(error, ValidationError) else "service_error"
            message = f"The invoice could not be created: {error}"
        nothing_left = (
            hold is None
            and invoice is None
            and _absent(hold_result)
            and (not billed or _absent(invoice_result))
        )
        if nothing_left:
            return self._commit(
                sale.move(SaleState.FAILED, now=self._now(), reason=reason, message=message),
                "failed",
                {"reason": reason},
            )
        # Undo what was created (or may have been): mark the invoice Invalid, delete the hold.
        return self._commit(
            sale.move(SaleState.RELEASING, now=self._now(), reason=reason, message=message, **ids),
            "releasing",
            {"reason": reason, **ids},
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
            found = await self._find_holds(sale)  # an error here: still unknown, raised
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
            found = await self.btcpay.list_invoices(order_ids=[sale.order_id])
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

    async def _hold_failure(self, sale: Sale, failure: BaseException) -> tuple[str, str]:
        error = failure.error if isinstance(failure, _NoOutcome) else failure
        if not isinstance(error, ValidationError):
            return "service_error", f"The tickets could not be reserved: {error}"
        order = sale.order
        try:
            event = await self.tickettailor.get_event(order.event_id)
        except ServiceError:
            event = None
        if event is not None:
            for ticket_type_id, wanted in order.quantities.items():
                ticket_type = event.ticket_type(ticket_type_id)
                left = ticket_type.available if ticket_type else 0
                if (
                    ticket_type is None
                    or left < wanted
                    or ticket_type.status
                    not in (
                        "on_sale",
                        "locked",
                    )
                ):
                    line = order.line(ticket_type_id)
                    name = line.name if line else ticket_type_id
                    what = "sold out" if left == 0 else f"only {left} left"
                    return (
                        f"sold_out:{ticket_type_id}",
                        f"{name}: {what}. Another sale took them meanwhile.",
                    )
        named = re.search(r"\btt_\w+", error.detail or "")
        if named and named.group(0) in order.quantities:
            line = order.line(named.group(0))
            return (
                f"sold_out:{named.group(0)}",
                f"{line.name if line else named.group(0)}: sold out.",
            )
        return "hold_refused", f"Ticket Tailor refused to reserve the tickets: {error.detail}"

    async def _payment_request(self, invoice: Invoice) -> PaymentRequest:
        methods = await self.btcpay.get_payment_methods(invoice.id)
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
            expires_at=invoice.expiration_time,
        )

    async def _resume_reservation(self, sale: Sale) -> Sale:
        """A sale found `reserving` after a restart: the customer never saw a payment request,
        so whatever was created is undone (found by note and orderId)."""
        return self._commit(
            sale.move(
                SaleState.RELEASING,
                now=self._now(),
                reason="interrupted",
                message=_MESSAGES["interrupted"],
            ),
            "releasing",
            {"reason": "interrupted"},
        )

    # -- following the invoice ------------------------------------------------------------------

    def _invoice_fields(self, invoice: Invoice) -> dict:
        return {
            "invoice_status": invoice.status,
            "invoice_additional_status": invoice.additional_status,
            "paid_amount": invoice.paid_amount,
        }

    def _paid_something(self, sale: Sale, invoice: Invoice) -> bool:
        if invoice.paid_amount is not None:
            return invoice.paid_amount > 0
        if invoice.additional_status in ("PaidPartial", "PaidLate", "PaidOver"):
            return True
        return bool(sale.payment and sale.payment.btc_paid > 0)

    def _changed_invoice(self, sale: Sale, invoice: Invoice) -> bool:
        return (
            sale.invoice_status,
            sale.invoice_additional_status,
            sale.paid_amount,
        ) != (invoice.status, invoice.additional_status, invoice.paid_amount)

    async def _on_invoice(self, sale: Sale, invoice: Invoice) -> Sale:
        """Move a payable sale on according to its invoice (reference §6.2)."""
        status, extra = invoice.status, invoice.additional_status
        fields = self._invoice_fields(invoice)
        changed = self._changed_invoice(sale, invoice)
        now = self._now()
        if status == "Settled":
            message = None
            if extra == "PaidOver":
                message = (
                    f"Overpaid: {self._paid_text(sale, invoice)} was paid for "
                    f"{format_money(invoice.amount, invoice.currency)}; the customer may ask "
                    "for the difference back."
                )
            elif extra == "Marked":
                message = "Marked as paid in BTCPay."
            sale = self._commit(
                sale.move(SaleState.ISSUING, now=now, message=message, **fields),
                "settled",
                {"invoice_status": status, "additional_status": extra},
            )
            return await self._issue(sale)
        if status in _OPEN_INVOICE:
            target = SaleState.CONFIRMING if status == "Processing" else SaleState.AWAITING_PAYMENT
            if not changed and sale.payment is not None and sale.state is target:
                return sale
            # A partial payment makes a new BOLT11 and lowers the BIP21 amount: redraw (§5.4).
            payment = await self._payment_request(invoice)
            event = "payment_changed" if sale.state is target else str(target)
            return self._commit(
                sale.move(target, now=now, payment=payment, **fields),
                event,
                {"invoice_status": status, "additional_status": extra},
            )
        if status in ("Expired", "Invalid"):
            paid = self._paid_something(sale, invoice)
            if status == "Expired":
                if extra == "PaidLate":
                    reason = "paid_late"
                elif paid:
                    reason = "partial_then_expired"
                else:
                    reason = "expired"
            else:
                reason = "payment_invalid" if paid else "invalid"
            sale = self._commit(
                sale.move(
                    SaleState.RELEASING,
                    now=now,
                    reason=reason,
                    message=self._reason_message(reason, sale, invoice),
                    watch_until=self._watch_deadline(invoice),
                    **fields,
                ),
                "releasing",
                {"reason": reason, "invoice_status": status, "additional_status": extra},
            )
            return await self._release(sale, invoice)
        log.warning("sale %s: unknown invoice status %s/%s", sale.id, status, extra)
        if changed:
            return self._commit(sale.update(now=now, **fields), "invoice_changed")
        return sale

    async def _on_late_invoice(self, sale: Sale, invoice: Invoice) -> Sale:
        """A released or troubled sale whose invoice is still watched."""
        fields = self._invoice_fields(invoice)
        now = self._now()
        if invoice.status == "Settled" and (
            sale.state is SaleState.RELEASED or sale.reason in PAYMENT_TROUBLE
        ):
            # Staff accepted the payment in BTCPay (marked it settled): the customer paid.
            sale = self._commit(
                sale.move(
                    SaleState.ISSUING,
                    now=now,
                    reason=None,
                    message="The payment was accepted in BTCPay after the sale had stopped.",
                    watch_until=None,
                    **fields,
                ),
                "accepted",
                {"invoice_status": invoice.status, "additional_status": invoice.additional_status},
            )
            return await self._issue(sale)
        if not self._changed_invoice(sale, invoice):
            return sale
        paid = self._paid_something(sale, invoice)
        if sale.state is SaleState.RELEASED and paid:
            reason = self._late_reason(sale, invoice)
            return self._commit(
                sale.move(
                    SaleState.NEEDS_ATTENTION,
                    now=now,
                    reason=reason,
                    message=self._reason_message(reason, sale, invoice),
                    **fields,
                ),
                "late_payment",
                {"reason": reason, "paid_amount": _text(invoice.paid_amount)},
            )
        if sale.state is SaleState.NEEDS_ATTENTION and sale.reason in PAYMENT_TROUBLE:
            reason = self._late_reason(sale, invoice) if paid else sale.reason
            return self._commit(
                sale.update(
                    now=now,
                    reason=reason,
                    message=self._reason_message(reason, sale, invoice),
                    **fields,
                ),
                "late_payment",
                {"reason": reason, "paid_amount": _text(invoice.paid_amount)},
            )
        return self._commit(sale.update(now=now, **fields), "invoice_changed")

    def _late_reason(self, sale: Sale, invoice: Invoice) -> str:
        if sale.reason in ("cancelled", "paid_after_cancel"):
            return "paid_after_cancel"
        if invoice.status == "Invalid":
            return "payment_invalid"
        if invoice.additional_status == "PaidLate":
            return "paid_late"
        return "partial_then_expired"

    def _paid_text(self, sale: Sale, invoice: Invoice) -> str:
        if invoice.paid_amount is not None:
            return format_money(invoice.paid_amount, invoice.currency)
        if sale.payment is not None:
            return f"{sale.payment.btc_paid:f} BTC"
        return "an amount"

    def _reason_message(self, reason: str, sale: Sale, invoice: Invoice | None) -> str:
        if reason in _MESSAGES or invoice is None:
            return _MESSAGES.get(reason, reason)
        paid = self._paid_text(sale, invoice)
        total = format_money(invoice.amount, invoice.currency)
        if reason == "partial_then_expired":
            return (
                f"Only {paid} of {total} was paid before the invoice expired; the tickets were "
                "released. Refund the customer, or accept the payment in BTCPay."
            )
        if reason == "paid_late":
            return (
                f"{paid} of {total} arrived after the invoice expired. Accept it (mark the "
                "invoice settled in BTCPay) to issue the tickets, or refund the customer."
            )
        if reason == "paid_after_cancel":
            return (
                f"{paid} of {total} was paid after the sale was cancelled. Refund the customer, "
                "or mark the invoice settled in BTCPay to issue the tickets."
            )
        if reason == "payment_invalid":
            return (
                f"{paid} of {total} was paid but not confirmed in time; the invoice is invalid. "
                "Check the payment in BTCPay."
            )
        return reason

    def _watch_deadline(self, invoice: Invoice | None) -> float:
        """Until when to look for late payments: grace after expiry, within monitoring."""
        now = self._now()
        expiry = invoice.expiration_time if invoice and invoice.expiration_time else now
        deadline = max(now, float(expiry)) + self.timing.late_payment_grace
        if invoice is not None and invoice.monitoring_expiration:
            deadline = min(deadline, max(now, float(invoice.monitoring_expiration)))
        return deadline

    # -- releasing ------------------------------------------------------------------------------

    async def _release(self, sale: Sale, invoice: Invoice | None = None) -> Sale:
        """Stop the invoice being paid, delete the hold, and settle on the final state.

        Unknown ids (a create call that timed out, a crash) are looked up by orderId and note,
        so nothing that may have been created is forgotten. Errors propagate: the sale stays
        `releasing` and the watcher (or the next `recover`) tries again.
        """
        order_id = sale.order_id
        invoices: list[Invoice] = []
        if sale.invoice_id:
            if invoice is None or invoice.id != sale.invoice_id:
                invoice = await self.btcpay.get_invoice(sale.invoice_id)
            invoices = [invoice]
        elif sale.order.total > 0:
            invoices = await self.btcpay.list_invoices(order_ids=[order_id])
            if invoices:
                sale = self._commit(
                    sale.update(now=self._now(), invoice_id=invoices[0].id),
                    "invoice_found",
                    {"invoice_id": invoices[0].id},
                )
        latest = None
        for found in invoices:
            if found.status == "New" and "Invalid" in (
                found.available_statuses_for_manual_marking or ("Invalid",)
            ):
                try:
                    found = await self.btcpay.mark_invoice_status(found.id, "Invalid")
                except ValidationError:
                    found = await self.btcpay.get_invoice(found.id)  # paid meanwhile?
            if found.id == sale.invoice_id:
                latest = found
            if found.status in ("Processing", "Settled") and sale.reason == "cancelled":
                return self._cancel_too_late(sale, found)
        if latest is not None:
            sale = sale.update(now=sale.updated_at, **self._invoice_fields(latest))

        # Without a known id, a hold may still have been created: find it by its note.
        known = [sale.hold_id] if sale.hold_id else None
        hold_ids = known or [h.id for h in await self._find_holds(sale)]
        for hold_id in hold_ids:
            deleted = await self.tickettailor.delete_hold(hold_id)
            log.info("sale %s: hold %s %s", sale.id, hold_id, "deleted" if deleted else "was gone")

        now = self._now()
        detail = {"holds": hold_ids}
        # The hold is gone: a payment accepted later is issued from the free inventory.
        sale = sale.update(now=now, hold_id=None)
        if latest is not None and self._paid_something(sale, latest):
            reason = sale.reason
            if reason not in PAYMENT_TROUBLE:
                reason = self._late_reason(sale, latest)
            return self._commit(
                sale.move(
                    SaleState.NEEDS_ATTENTION,
                    now=now,
                    reason=reason,
                    message=self._reason_message(reason, sale, latest),
                ),
                "released",
                detail,
            )
        if sale.reason in FAILURE_REASONS or (sale.reason or "").startswith("sold_out:"):
            return self._commit(sale.move(SaleState.FAILED, now=now), "released", detail)
        return self._commit(sale.move(SaleState.RELEASED, now=now), "released", detail)

    def _cancel_too_late(self, sale: Sale, invoice: Invoice) -> Sale:
        """The customer paid before the cancel reached BTCPay: the sale goes on."""
        target = SaleState.ISSUING if invoice.status == "Settled" else SaleState.CONFIRMING
        return self._commit(
            sale.move(
                target,
                now=self._now(),
                reason=None,
                message="The customer paid before the cancel took effect.",
                watch_until=None,
                **self._invoice_fields(invoice),
            ),
            "cancel_too_late",
            {"invoice_status": invoice.status},
        )

    async def _find_holds(self, sale: Sale) -> list[Hold]:
        holds = await self.tickettailor.list_holds(event_id=sale.order.event_id)
        return [h for h in holds if h.note == sale.order_id]

    async def _sweep_orphan_holds(self) -> None:
        """Delete holds of this journal's finished, unpaid sales that are still there.

        A hold POST can time out, be looked up in vain and land on the server later; this pass
        finds such holds by their note. Holds of sales this journal does not know belong to
        another till and are left to it.
        """
        for hold in await self.tickettailor.list_holds():
            sale_id = sale_id_from_order_id(hold.note)
            if sale_id is None:
                continue
            sale = self.sale(sale_id)
            if sale is None:
                continue
            unpaid_end = sale.state in (SaleState.FAILED, SaleState.RELEASED) or (
                sale.state is SaleState.NEEDS_ATTENTION and sale.reason in PAYMENT_TROUBLE
            )
            if not unpaid_end:
                continue
            self.journal.record(sale, "orphan_hold", {"hold_id": hold.id})
            await self.tickettailor.delete_hold(hold.id)
            log.info("deleted the left-over hold %s of sale %s", hold.id, sale_id)

    # -- issuing --------------------------------------------------------------------------------

    async def _issued(self, sale: Sale) -> list[IssuedTicket]:
        tickets = await self.tickettailor.list_issued_tickets(reference=sale.ticket_reference)
        return [t for t in tickets if t.event_id == sale.order.event_id]

    @staticmethod
    def _missing(order: Order, issued: Iterable[IssuedTicket]) -> dict[str, int]:
        have = Counter(t.ticket_type_id for t in issued)
        return {
            ticket_type_id: wanted - have[ticket_type_id]
            for ticket_type_id, wanted in order.quantities.items()
            if wanted > have[ticket_type_id]
        }

    async def _issue(self, sale: Sale) -> Sale:
        """Issue what is missing (counted by reference, so never twice), then finish the sale."""
        order = sale.order
        issued = await self._issued(sale)
        missing = self._missing(order, issued)
        if missing:
            hold_id, missing, issued = await self._hold_for(sale, missing, issued)
            if missing and hold_id is False:
                return self._commit(
                    sale.move(
                        SaleState.NEEDS_ATTENTION,
                        now=self._now(),
                        reason="hold_missing",
                        tickets=self._sold(sale, issued),
                        message=(
                            f"Paid, but the reserved tickets are no longer held in Ticket Tailor;"
                            f" {sum(missing.values())} of {order.seats} tickets were not issued."
                        ),
                    ),
                    "hold_missing",
                    {"missing": missing, "hold_id": sale.hold_id},
                )
        if missing:
            seats = [tt for tt, count in missing.items() for _ in range(count)]
            self.journal.record(
                sale,
                "issue",
                {"reference": sale.ticket_reference, "missing": missing, "hold_id": hold_id},
            )
            limit = asyncio.Semaphore(max(1, self.timing.issue_concurrency))

            async def issue_one(ticket_type_id: str) -> IssuedTicket:
                async with limit:
                    return await self.tickettailor.issue_ticket(
                        event_id=order.event_id,
                        ticket_type_id=ticket_type_id,
                        hold_id=hold_id,
                        full_name=order.full_name,
                        email=order.buyer.email,
                        reference=sale.ticket_reference,
                    )

            results = await asyncio.gather(*(issue_one(t) for t in seats), return_exceptions=True)
            failures = [r for r in results if isinstance(r, BaseException)]
            for failure in failures:
                if not isinstance(failure, ServiceError):
                    raise failure
            new = [r for r in results if not isinstance(r, BaseException)]
            if failures:
                # Recount: an unknown outcome may have issued after all, a refusal may be
                # another till issuing the same hold.
                issued = await self._issued(sale)
                missing = self._missing(order, issued)
                if missing:
                    sale = self._commit(
                        sale.update(now=self._now(), tickets=self._sold(sale, issued)),
                        "issue_incomplete",
                        {"missing": missing, "error": str(failures[0])},
                    )
                    refused = [f for f in failures if not f.transient]
                    if not refused:
                        raise failures[0]
                    return self._commit(
                        sale.move(
                            SaleState.NEEDS_ATTENTION,
                            now=self._now(),
                            reason="issue_refused",
                            message=(
                                f"Paid, but Ticket Tailor refused to issue "
                                f"{sum(missing.values())} of {order.seats} tickets: "
                                f"{refused[0].detail}"
                            ),
                        ),
                        "issue_refused",
                        {"missing": missing, "error": refused[0].detail},
                    )
            else:
                known = {t.id for t in issued}
                issued = issued + [t for t in new if t.id not in known]
        if len(issued) > order.seats:
            log.error("sale %s has %d tickets for %d seats", sale.id, len(issued), order.seats)
        tickets = self._sold(sale, issued)
        if tickets != sale.tickets:
            sale = self._commit(
                sale.update(now=self._now(), tickets=tickets),
                "issued",
                {"ticket_ids": [t.id for t in tickets]},
            )
        note = await self._record_ticket_ids(sale)
        sent, email_note = await self._send_tickets(sale)
        message = sale.message
        if note:
            message = f"{message} {note}" if message else note
        return self._commit(
            sale.move(
                SaleState.COMPLETED,
                now=self._now(),
                email_sent=sent,
                email_note=email_note,
                message=message,
            ),
            "completed",
            {"email_sent": sent},
        )

    async def _hold_for(
        self, sale: Sale, missing: dict[str, int], issued: list[IssuedTicket]
    ) -> tuple[str | bool | None, dict[str, int], list[IssuedTicket]]:
        """The hold to issue the missing tickets from.

        None: there is no hold (it was released, and staff accepted the payment later), so the
        tickets come from the free inventory. False: the sale's hold is gone or short although
        tickets are missing, which a blind issue from inventory could double (another till may
        have just issued from it): a person must look.
        """
        if sale.hold_id is None:
            found = await self._find_holds(sale)
            return (found[0].id if found else None), missing, issued
        try:
            hold = await self.tickettailor.get_hold(sale.hold_id)
        except NotFoundError:
            hold = None
        if hold is not None and all(
            hold.quantities.get(tt, 0) >= count for tt, count in missing.items()
        ):
            return hold.id, missing, issued
        # Someone issued from the hold since we counted: count again.
        issued = await self._issued(sale)
        missing = self._missing(sale.order, issued)
        return (hold.id if hold is not None else False) if missing else None, missing, issued

    def _sold(self, sale: Sale, issued: Iterable[IssuedTicket]) -> tuple[SoldTicket, ...]:
        order = sale.order
        tickets = []
        for ticket in sorted(issued, key=lambda t: (t.created_at or 0, t.id)):
            line = order.line(ticket.ticket_type_id)
            tickets.append(
                SoldTicket(
                    id=ticket.id,
                    barcode=ticket.barcode,
                    ticket_type_id=ticket.ticket_type_id,
                    ticket_type_name=line.name if line else ticket.ticket_type_id,
                    full_name=ticket.full_name or order.full_name,
                    email=ticket.email or order.buyer.email,
                    barcode_url=ticket.barcode_url,
                )
            )
        return tuple(tickets)

    async def _record_ticket_ids(self, sale: Sale) -> str | None:
        """Write `ticketIds` into the invoice: the mark of a finished sale for every till."""
        if not sale.invoice_id:
            return None
        try:
            await self.btcpay.update_invoice_metadata(
                sale.invoice_id, {"ticketIds": [t.id for t in sale.tickets]}
            )
        except ServiceError as error:
            if error.transient:
                raise
            log.warning("sale %s: cannot write ticketIds: %s", sale.id, error)
            return f"The ticket ids could not be written to the invoice ({error.detail})."
        return None

    async def _send_tickets(self, sale: Sale) -> tuple[bool, str | None]:
        """E-mail the tickets through BTCPay; never fails the sale."""
        if not self.checkout.send_ticket_emails:
            return False, "Ticket emails are turned off."
        to = sale.order.buyer.email
        if not to:
            return False, "No email address was given."
        if self._email_allowed is None:
            try:
                key = await self.btcpay.current_api_key()
                self._email_allowed = key.allows(EMAIL_PERMISSION, self.btcpay.store_id)
            except ServiceError as error:
                log.info("cannot read the BTCPay key's permissions (%s); trying anyway", error)
        if self._email_allowed is False:
            return False, (f"Not sent: the BTCPay API key lacks the permission {EMAIL_PERMISSION}.")
        subject, body = ticket_email(sale)
        try:
            await self.btcpay.send_email(to=to, subject=subject, body=body)
        except PermissionDeniedError:
            self._email_allowed = False
            return False, f"Not sent: the BTCPay API key lacks the permission {EMAIL_PERMISSION}."
        except ValidationError as error:
            if error.code == "smtp-not-configured" or error.status == 400:
                return False, "Not sent: the store's email (SMTP) is not set up in BTCPay."
            return False, f"Not sent: {error.detail}"
        except ServiceError as error:
            return False, f"Not sent: {error.detail}"
        return True, None

    # -- other tills ----------------------------------------------------------------------------

    async def _adopt(self, sale_id: str, invoice: Invoice, *, watch: bool) -> Sale | None:
        local = self.sale(sale_id)
        if local is not None:
            running = self._watchers.get(sale_id)
            if not local.terminal or (running is not None and not running.done()):
                return None  # this till's own recovery looks after it
            if (
                invoice.status == "Settled"
                and local.state in (SaleState.RELEASED, SaleState.NEEDS_ATTENTION)
                and (local.state is SaleState.RELEASED or local.reason in PAYMENT_TROUBLE)
            ):
                self._sales[sale_id] = local
                return await self._advance_from_invoice(sale_id, invoice)
            return None
        foreign = order_from_invoice(invoice)
        if foreign is None:
            return None
        now = self._now()
        created = float(invoice.created_time or now)
        base = Sale(
            id=sale_id,
            device_id=foreign.device_id or "unknown",
            order=foreign.order,
            state=SaleState.AWAITING_PAYMENT,
            invoice_id=invoice.id,
            created_at=created,
            updated_at=now,
        )
        holds = await self._find_holds(base)
        base = base.update(now=now, hold_id=holds[0].id if holds else None)
        if invoice.status in _OPEN_INVOICE:
            if not watch:
                return None
            payment = await self._payment_request(invoice)
            base = base.update(now=now, payment=payment)
        self.journal.record(base, "adopted", {"invoice_id": invoice.id, "from": base.device_id})
        self._publish(base)
        sale = await self._advance_from_invoice(sale_id, invoice)
        if watch:
            self._ensure_watcher(sale)
        return sale

    async def _advance_from_invoice(self, sale_id: str, invoice: Invoice) -> Sale:
        async with self._lock(sale_id):
            sale = self._sales[sale_id]
            if sale.terminal:
                return await self._on_late_invoice(sale, invoice)
            return await self._on_invoice(sale, invoice)


def _absent(result: object) -> bool:
    """Whether a failed create call certainly created nothing (refused, or looked up in vain)."""
    if isinstance(result, _NoOutcome):
        return True
    return isinstance(result, ServiceError) and not isinstance(result, _POSSIBLY_CREATED)


def _text(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:f}"
