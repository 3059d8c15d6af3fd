"""Reserving and billing a sale: the hold and the invoice, made at the same time.

Both are written to the journal's record of the sale before any call; a create call whose
answer was lost is looked up (holds by note, invoices by Greenfield's `orderId` filter, an
exact match), never sent again. What cannot be finished is undone: the hold deleted, the
invoice marked Invalid. A sale found `reserving` after a restart is resumed the same way.
Why a sale failed is said in `Words` (context "SaleWords"), the services' own words inside.
"""

from __future__ import annotations

import asyncio
import logging
import re
from typing import TYPE_CHECKING

from boxoffice.domain.catalogue import BUYABLE_STATUSES
from boxoffice.domain.checkout import CheckoutSettings
from boxoffice.domain.hold_plan import hold_note, hold_parts
from boxoffice.domain.money import normalize
from boxoffice.domain.reasons import Reason, journal_form
from boxoffice.domain.sale import Sale, SaleState, hold_changes
from boxoffice.engine.invoice_data import invoice_metadata
from boxoffice.engine.invoice_rules import Issue, Release, next_move
from boxoffice.engine.lookups import find_holds
from boxoffice.engine.payment_request import read_payment_request
from boxoffice.engine.releasing import LATE_LOOKS
from boxoffice.services.btcpay.payment_methods import payment_method_ids_for
from boxoffice.services.errors import (
    MalformedResponseError,
    ServiceError,
    UnavailableError,
    ValidationError,
)
from boxoffice.words import joined, translate

if TYPE_CHECKING:
    from boxoffice.engine.issuing import TicketIssuing
    from boxoffice.engine.ledger import Ledger
    from boxoffice.engine.payment_watch import PaymentFollowing
    from boxoffice.engine.releasing import Releasing
    from boxoffice.engine.timing import EngineTiming
    from boxoffice.services.btcpay.client import BTCPayClient
    from boxoffice.services.btcpay.models import Invoice
    from boxoffice.services.tickettailor.client import TicketTailorClient
    from boxoffice.services.tickettailor.models import Hold

log = logging.getLogger(__name__)

#: A failed write with this error may still have been carried out: look before giving up.
_POSSIBLY_CREATED = (UnavailableError, MalformedResponseError)


class _NoOutcome(Exception):
    """A write failed and a lookup showed nothing was created (`error` is the original)."""

    def __init__(self, error: ServiceError) -> None:
        super().__init__(str(error))
        self.error = error


class Reserving:
    """Makes a sale's hold and invoice (`reserve`), and resumes one cut short (`resume`).

    Owns what it learnt of the BTCPay server (its version, for payment method ids). Calls the
    ledger (commit, clock), both clients, and, for a resumed sale, the payment following
    (`follow`), issuing (`issue`) and releasing (`release`).
    """

    def __init__(
        self,
        ledger: Ledger,
        tickettailor: TicketTailorClient,
        btcpay: BTCPayClient,
        checkout: CheckoutSettings,
        timing: EngineTiming,
        *,
        payments: PaymentFollowing,
        issuing: TicketIssuing,
        releasing: Releasing,
    ) -> None:
        self._ledger = ledger
        self._tickettailor = tickettailor
        self._btcpay = btcpay
        self._checkout = checkout
        self._timing = timing
        self._payments = payments
        self._issuing = issuing
        self._releasing = releasing
        #: BTCPay's version, read once (it decides the payment method ids of every invoice);
        #: a read that failed is tried again by the next sale.
        self._server_version: asyncio.Future[tuple[str | None, bool]] | None = None

    async def reserve(self, sale: Sale) -> Sale:
        """Create the hold(s) and the invoice at the same time (the invoice only if not free).

        A sale of several tickets is held in a few holds (`boxoffice.domain.hold_plan`), made
        side by side, so that its tickets can be issued side by side once it is paid. With
        `EngineTiming.concurrent` off, everything goes one after another (the benchmark's
        baseline).
        """
        billed = sale.billed
        parts = self._hold_parts(sale) or [sale.order.quantities]
        invoice_result: Invoice | BaseException | None = None

        def holding() -> asyncio.Future[list[Hold | BaseException]]:
            made = (self._create_hold(sale, n, seats) for n, seats in enumerate(parts))
            return asyncio.gather(*made, return_exceptions=True)

        def billing() -> asyncio.Future[tuple[Invoice | BaseException]]:
            return asyncio.gather(self._create_invoice(sale), return_exceptions=True)

        if not billed:
            results = await holding()
        elif self._timing.concurrent:
            results, (invoice_result,) = await asyncio.gather(holding(), billing())
        else:
            results = await holding()
            (invoice_result,) = await billing()
        for result in (*results, invoice_result):
            if isinstance(result, BaseException) and not isinstance(
                result, ServiceError | _NoOutcome
            ):
                raise result  # a bug: the journal still says reserving, recovery cleans up
        made = [r for r in results if not isinstance(r, BaseException)]
        failed = [r for r in results if isinstance(r, BaseException)]
        hold_result: Hold | BaseException = failed[0] if failed else made[0]
        hold = made[0] if not failed else None
        invoice = invoice_result if not isinstance(invoice_result, BaseException) else None
        # With a hold that may have been made whose id was never learnt, none is named, so
        # that releasing looks every hold of the sale up by its note and deletes them all.
        every_id_known = all(_absent(f) for f in failed)
        held = [h.id for h in made] if every_id_known else []
        ids = {**hold_changes(held), "invoice_id": invoice.id if invoice else None}

        if hold is not None and not billed:
            return self._ledger.commit(
                sale.move(SaleState.ISSUING, now=self._ledger.now(), **ids), "reserved", ids
            )
        if hold is not None and invoice is not None:
            try:
                payment = await read_payment_request(self._btcpay, invoice)
            except ServiceError as error:
                return self._ledger.commit(
                    sale.move(
                        SaleState.RELEASING,
                        now=self._ledger.now(),
                        reason=Reason.PAYMENT_UNAVAILABLE,
                        message=joined(Reason.PAYMENT_UNAVAILABLE.message, f"({error})"),
                        **ids,
                    ),
                    "releasing",
                    {"reason": Reason.PAYMENT_UNAVAILABLE},
                )
            return self._ledger.commit(
                sale.move(
                    SaleState.AWAITING_PAYMENT,
                    now=self._ledger.now(),
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
            refusal = (
                invoice_result.error if isinstance(invoice_result, _NoOutcome) else invoice_result
            )
            reason = (
                Reason.INVOICE_REFUSED
                if isinstance(refusal, ValidationError)
                else Reason.SERVICE_ERROR
            )
            message = translate("SaleWords", "The invoice could not be created: {error}").format(
                error=refusal
            )
        why = {"reason": reason, "sold_out_type_id": sold_out_type_id}
        # A create whose answer was lost may still land after its lookup came back empty:
        # look again a little later (`_late_look`), and at every start until then.
        unsure = any(_unknown(f) for f in failed) or (billed and _unknown(invoice_result))
        recheck_at = self._ledger.now() + LATE_LOOKS[0] if unsure else None
        nothing_left = (
            not made
            and invoice is None
            and all(_absent(f) for f in failed)
            and (not billed or _absent(invoice_result))
        )
        if nothing_left:
            return self._ledger.commit(
                sale.move(
                    SaleState.FAILED,
                    now=self._ledger.now(),
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
        return self._ledger.commit(
            sale.move(
                SaleState.RELEASING,
                now=self._ledger.now(),
                message=message,
                no_invoice=no_invoice,
                recheck_at=recheck_at,
                **why,
                **ids,
            ),
            "releasing",
            {"reason": journal_form(reason, sold_out_type_id), **ids},
        )

    def _hold_parts(self, sale: Sale) -> list[dict[str, int]]:
        timing = self._timing
        return hold_parts(
            sale.order.quantities,
            seats_per_hold=timing.seats_per_hold,
            max_holds=timing.max_holds if timing.concurrent else 1,
        )

    async def _create_hold(self, sale: Sale, part: int, seats: dict[str, int]) -> Hold:
        note = hold_note(sale.id, part)
        try:
            return await self._tickettailor.create_hold(sale.order.event_id, seats, note=note)
        except _POSSIBLY_CREATED as error:
            log.warning("sale %s: hold outcome unknown (%s); looking it up", sale.id, error)
            await self._ledger.sleep(self._timing.lookup_delay)
            try:
                found = [h for h in await find_holds(self._tickettailor, sale) if h.note == note]
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
            return await self._btcpay.create_invoice(
                # A continuation asks only for the rest (`Order.amount_due`).
                amount=normalize(order.amount_due, order.currency),
                currency=order.currency,
                metadata=invoice_metadata(sale),
                expiration_minutes=self._checkout.expiration_minutes,
                payment_methods=methods,
                speed_policy=self._checkout.speed_policy or None,
            )
        except _POSSIBLY_CREATED as error:
            log.warning("sale %s: invoice outcome unknown (%s); looking it up", sale.id, error)
            await self._ledger.sleep(self._timing.lookup_delay)
            try:
                found = await self._btcpay.list_invoices(order_ids=[sale.order_id])
            except ServiceError:
                raise error from None  # still unknown, as for the hold
            if found:
                return found[0]
            raise _NoOutcome(error) from None

    async def prepare(self) -> None:
        """Read BTCPay's version ahead of the first sale, if its invoices will need it."""
        if any(self._checkout.payment_methods):
            await self.server_version()

    async def server_version(self) -> str | None:
        """BTCPay's version (None when it cannot be read: 2.x ids are used then).

        Read once and shared: `SaleEngine.prepare` asks for it when the till opens, so the
        first sale's QR does not wait a round trip for it; a sale that comes before that
        answer waits for the same request rather than sending another.
        """
        if self._server_version is None:
            self._server_version = asyncio.ensure_future(self._read_server_version())
        read = self._server_version
        try:
            version, known = await asyncio.shield(read)
        except BaseException:
            if read.done() and self._server_version is read:
                self._server_version = None  # it failed: the next sale tries again
            raise
        if not known and self._server_version is read:
            self._server_version = None
        return version

    def close(self) -> None:
        """Stop a version read still under way (the till is closing)."""
        if self._server_version is not None and not self._server_version.done():
            self._server_version.cancel()

    async def _read_server_version(self) -> tuple[str | None, bool]:
        try:
            return (await self._btcpay.server_info()).version, True
        except ServiceError as error:
            log.info("BTCPay version unknown (%s); using 2.x payment method ids", error)
            return None, False

    async def _payment_method_ids(self) -> list[str] | None:
        kinds = [k for k in self._checkout.payment_methods if k]
        if not kinds:
            return None
        version = await self.server_version()
        known = [k for k in kinds if k in ("onchain", "lightning", "lnurl")]
        ids = payment_method_ids_for(version, known)
        # Anything else is taken as a payment method id already (a plugin's, say).
        return ids + [k for k in kinds if k not in known and k not in ids]

    async def _hold_failure(
        self, sale: Sale, failure: BaseException
    ) -> tuple[Reason, str, str | None]:
        """Why the hold failed: (reason, message, the ticket type that ran out if one did)."""
        error = failure.error if isinstance(failure, _NoOutcome) else failure
        if not isinstance(error, ValidationError):
            message = translate("SaleWords", "The tickets could not be reserved: {error}")
            return Reason.SERVICE_ERROR, message.format(error=error), None
        order = sale.order
        try:
            event = await self._tickettailor.get_event(order.event_id)
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
                        what = translate(
                            "SaleWords", "{name}: sold out. Another sale took them meanwhile."
                        ).format(name=name)
                    elif not on_sale:
                        what = translate("SaleWords", "{name}: no longer on sale.").format(
                            name=name
                        )
                    else:
                        what = translate(
                            "SaleWords",
                            "{name}: only {count} left. Another sale took them meanwhile.",
                        ).format(name=name, count=left)
                    return Reason.SOLD_OUT, what, ticket_type_id
        named = re.search(r"\btt_\w+", error.detail or "")
        if named and named.group(0) in order.quantities:
            line = order.line(named.group(0))
            return (
                Reason.SOLD_OUT,
                translate("SaleWords", "{name}: sold out.").format(
                    name=line.name if line else named.group(0)
                ),
                named.group(0),
            )
        return (
            Reason.HOLD_REFUSED,
            translate("SaleWords", "Ticket Tailor refused to reserve the tickets: {detail}").format(
                detail=error.detail
            ),
            None,
        )

    async def resume(self, sale: Sale) -> Sale:
        """A sale found `reserving` after a restart: look up what was created.

        The customer was never shown a payment request, so what was created is undone, unless
        the invoice has been paid all the same: a paid customer gets the tickets.
        """
        hold_ids = sale.hold_ids
        if len(hold_ids) < len(self._hold_parts(sale)):
            # Not every hold's id was learnt: all of them are found by their notes.
            hold_ids = tuple(h.id for h in await find_holds(self._tickettailor, sale))
        invoice = None
        if sale.billed:
            found = await self._btcpay.list_invoices(order_ids=[sale.order_id])
            invoice = found[0] if found else None
        ids = {**hold_changes(hold_ids), "invoice_id": invoice.id if invoice else None}
        move = next_move(sale, invoice)
        if isinstance(move, Issue) and invoice is not None:
            sale = self._ledger.commit(
                sale.move(SaleState.ISSUING, now=self._ledger.now(), message=move.message, **ids),
                "resumed",
                {**ids, "invoice_status": invoice.status},
            )
            return await self._issuing.issue(sale)
        if not isinstance(move, Release) and invoice is not None:
            # Paid all the same (`Resume`): shown as the payment request it is, then followed.
            payment = await read_payment_request(self._btcpay, invoice)
            sale = self._ledger.commit(
                sale.move(
                    SaleState.AWAITING_PAYMENT, now=self._ledger.now(), payment=payment, **ids
                ),
                "resumed",
                {**ids, "invoice_status": invoice.status},
            )
            return await self._payments.follow(sale, invoice)
        reason = move.reason if isinstance(move, Release) else Reason.INTERRUPTED
        sale = self._ledger.commit(
            sale.move(
                SaleState.RELEASING,
                now=self._ledger.now(),
                reason=reason,
                message=reason.message,
                **ids,
            ),
            "releasing",
            {"reason": reason, **ids},
        )
        return await self._releasing.release(sale, invoice)


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
