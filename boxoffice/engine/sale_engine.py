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
the tickets again) is in `boxoffice.engine.staff_actions`; refunds are in
`boxoffice.engine.refunds`.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from boxoffice.domain.checkout import CheckoutSettings
from boxoffice.domain.offline_payment import OfflinePayment
from boxoffice.domain.order import Order
from boxoffice.domain.reasons import Reason
from boxoffice.domain.refund import RefundVariant
from boxoffice.domain.resolution import ResolutionAction
from boxoffice.domain.sale import Sale, SaleNotCancellable, SaleState
from boxoffice.engine.continuations import Continuations
from boxoffice.engine.invoice_rules import PAID_INVOICE, watch_deadline
from boxoffice.engine.issuing import TicketIssuing
from boxoffice.engine.journal import DamagedRecord, Journal
from boxoffice.engine.ledger import Ledger, Observer
from boxoffice.engine.offline_sales import OfflineSales
from boxoffice.engine.payment_watch import PaymentFollowing
from boxoffice.engine.recovery import Recovery
from boxoffice.engine.refunds import Refunds
from boxoffice.engine.releasing import Releasing
from boxoffice.engine.reserving import Reserving
from boxoffice.engine.resolutions import Resolutions
from boxoffice.engine.staff_actions import StaffActions
from boxoffice.engine.timing import EngineTiming
from boxoffice.engine.watch import SaleWatch
from boxoffice.services.errors import ServiceError
from boxoffice.words import translate

if TYPE_CHECKING:
    from boxoffice.domain.ticket_email import EmailWords
    from boxoffice.services.btcpay.client import BTCPayClient
    from boxoffice.services.btcpay.invoice_hints import InvoiceHints
    from boxoffice.services.tickettailor.client import TicketTailorClient

log = logging.getLogger(__name__)

__all__ = ["Observer", "SaleEngine"]


class SaleEngine:
    """Runs sales against Ticket Tailor and BTCPay, journalled, observable and recoverable.

    The facade every face uses. It builds its collaborators around one `Ledger` (journal,
    snapshots, locks, claims, clock, observers): `reserving`, `payments` (following invoices),
    `issuing`, `releasing`, `watch` (the background tasks), `recovery` and `staff`. Starting,
    waiting for and cancelling a sale are its own; everything else is handed to the part
    that owns it.

    `hints` (BTCPay's invoice status websocket, `boxoffice.services.btcpay.invoice_hints`)
    lets a payment be noticed the moment the server sees it instead of at the next poll; None
    (tests, the naive baseline of the benchmark) polls only.
    """

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
        email_words: Callable[[str | None], EmailWords] | None = None,
        hints: InvoiceHints | None = None,
    ) -> None:
        self.tickettailor = tickettailor
        self.btcpay = btcpay
        self.checkout = checkout
        self.device_id = device_id
        self.timing = timing = timing or EngineTiming()
        self.ledger = ledger = Ledger(
            journal, clock=clock, sleep=sleep, claim_seconds=timing.claim_seconds
        )
        self.releasing = Releasing(ledger, tickettailor, btcpay)
        self.issuing = TicketIssuing(
            ledger, tickettailor, btcpay, checkout, timing, email_words=email_words
        )
        self.payments = PaymentFollowing(
            ledger, btcpay, timing, issuing=self.issuing, releasing=self.releasing
        )
        self.reserving = Reserving(
            ledger,
            tickettailor,
            btcpay,
            checkout,
            timing,
            payments=self.payments,
            issuing=self.issuing,
            releasing=self.releasing,
        )
        self.watch = SaleWatch(
            ledger,
            btcpay,
            timing,
            reserving=self.reserving,
            payments=self.payments,
            issuing=self.issuing,
            releasing=self.releasing,
            hints=hints,
        )
        self.recovery = Recovery(
            ledger,
            tickettailor,
            btcpay,
            timing,
            watch=self.watch,
            payments=self.payments,
            issuing=self.issuing,
            releasing=self.releasing,
        )
        self.refunds = Refunds(ledger, btcpay)
        self.staff = StaffActions(
            ledger,
            btcpay,
            timing,
            payments=self.payments,
            issuing=self.issuing,
            watch=self.watch,
        )
        self.resolutions = Resolutions(
            ledger,
            staff=self.staff,
            refunds=self.refunds,
            issuing=self.issuing,
            watch=self.watch,
            continuations=Continuations(ledger, btcpay),
        )
        #: Cash and complimentary sales (no invoice, no BTCPay call).
        self.offline = OfflineSales(
            lambda order, payment: self.start_sale(order, offline=payment), ledger.now
        )

    @property
    def journal(self) -> Journal:
        """The till's journal (the ledger's; set it to move every part to another file)."""
        return self.ledger.journal

    @journal.setter
    def journal(self, journal: Journal) -> None:
        self.ledger.journal = journal

    @property
    def email_words(self) -> Callable[[str | None], EmailWords]:
        """How the ticket e-mail is written in an order's language (code -> `EmailWords`):
        English unless a face that has translations sets it."""
        return self.issuing.email_words

    @email_words.setter
    def email_words(self, email_words: Callable[[str | None], EmailWords]) -> None:
        self.issuing.email_words = email_words

    def __repr__(self) -> str:
        return f"SaleEngine(device_id={self.device_id!r}, sales={len(self.ledger)})"

    # -- observers ------------------------------------------------------------------------------

    def subscribe(self, observer: Observer) -> Callable[[], None]:
        """Call `observer` with every new snapshot of any sale; returns the unsubscribe."""
        return self.ledger.subscribe(observer)

    def sale(self, sale_id: str) -> Sale | None:
        """The latest snapshot of a sale (from memory, else from the journal).

        None also for a sale whose journal record is damaged: it is set aside (the journal's
        `damaged()` lists it) and only recovery, which can rebuild it, looks at it again.
        """
        return self.ledger.sale(sale_id)

    # -- the public operations -----------------------------------------------------------------

    async def start_sale(self, order: Order, *, offline: OfflinePayment | None = None) -> Sale:
        """Reserve and bill `order`; return once the customer can pay, or it is done or failed.

        Watching the payment goes on in a background task; follow it with `subscribe` or `wait`.
        With `offline` (cash or complimentary, see `self.offline`) nothing is billed. A
        continuation (`order.continues`, from `new_invoice`) bills `order.amount_due` and is
        linked to the sale it continues first; raises `ResolutionRefused` if one stands.
        """
        ledger = self.ledger
        if ledger.closed:
            raise RuntimeError("the sale engine is closed")
        if order.seats <= 0:
            raise ValueError("an order needs at least one ticket")
        now = ledger.now()
        sale = Sale(
            id=uuid.uuid4().hex,
            device_id=self.device_id,
            order=order,
            state=SaleState.RESERVING,
            created_at=now,
            updated_at=now,
            offline=offline,
        )
        async with ledger.lock(sale.id):
            # Written before any network call: after a crash, recovery looks for what this
            # sale may have created.
            if order.continues is not None:
                await self.resolutions.continuations.link(sale)
            else:
                ledger.record_new(sale)
            sale = await self.reserving.reserve(sale)
            if sale.state in (SaleState.ISSUING, SaleState.RELEASING):
                try:
                    sale = await self.watch.step(sale)
                except ServiceError as error:
                    log.warning("sale %s: %s; retrying in the background", sale.id, error)
                    sale = ledger.latest(sale.id)
        self.watch.ensure(sale)
        return sale

    async def wait(self, sale_id: str, *, records: bool = True) -> Sale:
        """Wait until the engine is done with the sale and return that snapshot.

        With `records=False`, return as soon as it is in a terminal state: a completed sale's
        customer has the tickets then, while `ticketIds` and the e-mail may still be on their
        way to BTCPay (`records_pending`).
        """
        ledger = self.ledger
        while True:
            sale = ledger.sale(sale_id)
            if sale is None:
                raise KeyError(sale_id)
            if sale.engine_done or (sale.terminal and not records):
                return sale
            if ledger.closed:
                raise RuntimeError("the sale engine is closed")
            ledger.remember(sale, replace=False)
            self.watch.ensure(sale)
            await ledger.changed(sale_id)

    async def cancel(self, sale_id: str) -> Sale:
        """Cancel at the customer's or staff's request: invalidate the invoice, free the hold.

        The invoice is still watched until it expires (a Lightning invoice stays payable): a
        payment that arrives anyway turns the sale into `needs_attention`. Raises
        `SaleNotCancellable` once the customer has paid.
        """
        ledger = self.ledger
        if ledger.sale(sale_id) is None:
            raise KeyError(sale_id)
        async with ledger.lock(sale_id):
            sale = ledger.latest(sale_id)
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
                if invoice is not None and invoice.status in PAID_INVOICE:
                    try:
                        await asyncio.wait_for(self.payments.follow(sale, invoice), patience)
                    except (ServiceError, TimeoutError) as error:
                        # Journalled as paid: the watcher issues the tickets.
                        log.warning("sale %s: paid; issuing goes on (%s)", sale_id, error)
                    raise SaleNotCancellable(
                        translate(
                            "SaleWords", "The customer has just paid; the sale cannot be cancelled."
                        )
                    )
            now = ledger.now()
            sale = ledger.commit(
                sale.move(
                    SaleState.RELEASING,
                    now=now,
                    reason=Reason.CANCELLED,
                    message=Reason.CANCELLED.message,
                    watch_until=watch_deadline(
                        invoice, now=ledger.now(), grace=self.timing.late_payment_grace
                    ),
                ),
                "cancel",
            )
            try:
                sale = await asyncio.wait_for(self.releasing.release(sale, invoice), patience)
            except (ServiceError, TimeoutError) as error:
                # Journalled as releasing: the watcher finishes it, the caller is not kept.
                log.warning(
                    "sale %s: release after cancel not done (%s); retrying in the background",
                    sale_id,
                    error or "no answer in time",
                )
                sale = ledger.latest(sale_id)
        self.watch.ensure(sale)
        if sale.state in (SaleState.CONFIRMING, SaleState.ISSUING, SaleState.COMPLETED):
            # The payment reached BTCPay before the cancel did: the sale goes on.
            raise SaleNotCancellable("The customer has just paid; the sale cannot be cancelled.")
        return sale

    async def aclose(self) -> None:
        """Stop watching (the sales stay in the journal, and `recover` resumes them)."""
        self.ledger.closed = True
        self.reserving.close()
        await self.watch.stop()
        # Wake every `wait()`: with no watcher left, it would otherwise wait for ever; it finds
        # the engine closed and says so.
        self.ledger.wake()

    async def prepare(self) -> None:
        """Read ahead what the first sale would otherwise wait a round trip for: BTCPay's
        version, which decides the invoice's payment method ids. A failure is only logged;
        the first sale asks again."""
        await self.reserving.prepare()

    # -- recovery -------------------------------------------------------------------------------

    async def recover(self, *, watch: bool = True) -> list[Sale]:
        """Resume every unfinished sale of the journal (at start-up, or `reconcile`).

        Each is advanced as far as the services allow now. With `watch`, those still payable
        (or watched for late payments) go on being watched in the background.
        """
        return await self.recovery.recover(watch=watch)

    async def recover_other_devices(self, *, watch: bool = False) -> list[Sale]:
        """Finish sales of any till (or of a lost journal) from BTCPay's side (see `Recovery`)."""
        return await self.recovery.recover_other_devices(watch=watch)

    @property
    def damaged_records(self) -> list[DamagedRecord]:
        """Damaged journal records the last `recover()` could not rebuild: for a person."""
        return self.recovery.damaged_records

    @property
    def unchecked(self) -> dict[str, str]:
        """Sales the last `recover()` could not check (a service did not answer), and why."""
        return self.recovery.unchecked

    @property
    def left_to_their_tills(self) -> dict[str, str]:
        """Other tills' sales the last `recover_other_devices()` left to their own till."""
        return self.recovery.left_to_their_tills

    # -- staff ----------------------------------------------------------------------------------

    def recent_sales(self, limit: int = 50) -> list[Sale]:
        """This till's latest sales, newest first, as the engine sees them now."""
        return self.staff.recent_sales(limit)

    @property
    def email_possible(self) -> bool:
        """Whether ticket e-mails can go out at all (turned on, and not known to be refused)."""
        return self.issuing.email_possible

    async def accept_payment(self, sale_id: str) -> Sale:
        """Accept a payment that arrived in full too late: mark the invoice Settled, issue.

        See `StaffActions.accept_payment`; raises `SaleNotAcceptable` for anything else.
        """
        return await self.staff.accept_payment(sale_id)

    async def resend_email(self, sale_id: str) -> Sale:
        """E-mail a completed sale's tickets again (see `StaffActions.resend_email`)."""
        return await self.staff.resend_email(sale_id)

    async def refund(
        self,
        sale_id: str,
        variant: RefundVariant | str,
        *,
        custom_amount: Decimal | None = None,
        custom_currency: str | None = None,
        staff: str | None = None,
        reason: str | None = None,
        checked_in_btcpay: bool = False,
    ) -> Sale:
        """Refund a sale's payment through BTCPay (see `Refunds.refund`); raises
        `RefundRefused` in plain words when it cannot be."""
        return await self.refunds.refund(
            sale_id,
            variant,
            custom_amount=custom_amount,
            custom_currency=custom_currency,
            staff=staff,
            reason=reason,
            checked_in_btcpay=checked_in_btcpay,
        )

    # -- settling a sale that needs attention (`boxoffice.engine.resolutions`) -----------------

    async def new_invoice(self, sale_id: str, *, staff: str, reason: str) -> Order:
        """Journal a new invoice for the rest of a partly paid, expired sale and return the
        order to start (`start_sale`) for it; raises `ResolutionRefused` in plain words."""
        return await self.resolutions.new_invoice(sale_id, staff=staff, reason=reason)

    def resolutions_offered(self, sale: Sale) -> tuple[ResolutionAction, ...]:
        """What staff may be offered for the sale now (its continuation looked up)."""
        return self.resolutions.offered(sale)

    async def resolve(
        self,
        sale_id: str,
        action: ResolutionAction | str,
        *,
        staff: str,
        reason: str,
        variant: RefundVariant | str | None = None,
        custom_amount: Decimal | None = None,
        custom_currency: str | None = None,
        checked_in_btcpay: bool = False,
    ) -> Sale:
        """Settle a sale that needs attention as staff chose, journalled with who, when and why.

        `variant` (and a custom amount) with `ResolutionAction.REFUND` only. Raises
        `ResolutionRefused`, `SaleNotAcceptable` or `RefundRefused` in plain words.
        """
        action = ResolutionAction(action)
        parts = self.resolutions
        if action is ResolutionAction.NEW_INVOICE:
            # The continuation is the sale returned (the original names it).
            order = await self.new_invoice(sale_id, staff=staff, reason=reason)
            return await self.start_sale(order)
        if action is ResolutionAction.ISSUE_ANYWAY:
            return await parts.issue_anyway(sale_id, staff=staff, reason=reason)
        if action is ResolutionAction.RETRY_ISSUANCE:
            return await parts.retry_issuance(sale_id, staff=staff, reason=reason)
        if action is ResolutionAction.REFUND:
            return await parts.refund(
                sale_id,
                variant or RefundVariant.RATE_THEN,
                staff=staff,
                reason=reason,
                custom_amount=custom_amount,
                custom_currency=custom_currency,
                checked_in_btcpay=checked_in_btcpay,
            )
        raise ValueError(f"{action} is not done by this version of Box Office")
