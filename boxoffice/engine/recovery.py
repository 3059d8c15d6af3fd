"""Recovery: resume this till's unfinished sales, and finish other tills' from BTCPay.

After a crash the journal says what may have happened; lookups say what did. Another till's
unfinished sale is found as an invoice whose `orderId` starts with "boxoffice-" and that has no
`ticketIds`; its order is rebuilt from `posData` (see `invoice_data`).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from boxoffice.domain.hold_plan import sale_id_from_hold_note
from boxoffice.domain.sale import (
    ORDER_ID_PREFIX,
    Sale,
    SaleState,
    hold_changes,
    sale_id_from_order_id,
)
from boxoffice.engine.invoice_data import ACCEPTED_KEY, order_from_invoice, ticket_ids
from boxoffice.engine.invoice_rules import OPEN_INVOICE, Accept, closed_unpaid, next_move
from boxoffice.engine.journal import DamagedRecord, DamagedSaleError, JournalError
from boxoffice.engine.lookups import find_holds
from boxoffice.engine.payment_request import read_payment_request
from boxoffice.engine.releasing import ORPHAN_HOLD_WINDOW
from boxoffice.services.errors import ServiceError

if TYPE_CHECKING:
    from boxoffice.engine.issuing import TicketIssuing
    from boxoffice.engine.ledger import Ledger
    from boxoffice.engine.payment_watch import PaymentFollowing
    from boxoffice.engine.releasing import Releasing
    from boxoffice.engine.timing import EngineTiming
    from boxoffice.engine.watch import SaleWatch
    from boxoffice.services.btcpay.client import BTCPayClient
    from boxoffice.services.btcpay.models import Invoice
    from boxoffice.services.tickettailor.client import TicketTailorClient
    from boxoffice.services.tickettailor.models import Hold

log = logging.getLogger(__name__)

#: Seconds another till's sale must have been quiet before this till takes it over: far longer
#: than a till takes to issue a sale's tickets, or to retry after a failure (`claim_seconds`).
ADOPT_QUIET = 600.0


class Recovery:
    """Resumes this till's unfinished sales and finishes other tills' from BTCPay's side.

    Owns what the last pass could not do (`damaged_records`, `unchecked`,
    `left_to_their_tills`). Calls the ledger (snapshots, commit, locks), both clients, the
    watch (`advance`, `ensure`, `running`), the payment following (`follow`), issuing
    (`finish_records`) and releasing (`sweep_orphan_holds`).
    """

    def __init__(
        self,
        ledger: Ledger,
        tickettailor: TicketTailorClient,
        btcpay: BTCPayClient,
        timing: EngineTiming,
        *,
        watch: SaleWatch,
        payments: PaymentFollowing,
        issuing: TicketIssuing,
        releasing: Releasing,
    ) -> None:
        self._ledger = ledger
        self._tickettailor = tickettailor
        self._btcpay = btcpay
        self._timing = timing
        self._watch = watch
        self._payments = payments
        self._issuing = issuing
        self._releasing = releasing
        #: Damaged journal records the last `recover()` could not rebuild: for a person.
        self.damaged_records: list[DamagedRecord] = []
        #: Sales the last `recover()` could not check (a service did not answer), and why.
        self.unchecked: dict[str, str] = {}
        #: Other tills' sales the last `recover_other_devices()` left to their own till, and why.
        self.left_to_their_tills: dict[str, str] = {}

    async def recover(self, *, watch: bool = True) -> list[Sale]:
        """Resume every unfinished sale of the journal (at start-up, or `reconcile`).

        Each is advanced as far as the services allow now. With `watch`, those still payable
        (or watched for late payments) go on being watched in the background.
        """
        results = []
        unchecked: dict[str, str] = {}
        ledger = self._ledger
        for stored in ledger.journal.unfinished(now=ledger.now()):
            sale = ledger.remember(stored, replace=False)
            if not self._watch.running(sale.id):
                try:
                    sale = await self._watch.advance(sale.id, raise_errors=True)
                except JournalError:
                    raise  # nothing can be recorded: no sale may go on
                except ServiceError as error:
                    # The sale may have been paid meanwhile: what it looked like before is
                    # not an answer, and whoever asked must be told it was not checked.
                    log.warning("sale %s could not be checked: %s", sale.id, error)
                    unchecked[sale.id] = str(error)
                except Exception:
                    # One sale's unexpected failure must not keep the others (paid ones among
                    # them) waiting; this one stays unfinished for the next pass.
                    log.exception("sale %s could not be resumed; it stays unfinished", sale.id)
            if watch:
                self._watch.ensure(sale)
            results.append(ledger.latest(sale.id))
        self.unchecked = unchecked
        results += await self._rebuild_damaged(watch=watch)
        try:
            await self._releasing.sweep_orphan_holds()
        except ServiceError as error:
            log.warning("could not check for left-over holds: %s", error)
        return results

    async def _rebuild_damaged(self, *, watch: bool) -> list[Sale]:
        """Sales whose journal record is damaged, rebuilt from their invoice where one exists.

        The record's own columns still name its invoice; the invoice's metadata holds the order
        (as for another till's sale), so a paid customer still gets the tickets. One that was
        finished (by its state column), or has no invoice, stays set aside for a person.
        """
        rebuilt: list[Sale] = []
        left: list[DamagedRecord] = []
        for record in self._ledger.journal.damaged():
            sale = None
            if record.invoice_id is not None and record.state not in _FINISHED:
                try:
                    invoice = await self._btcpay.get_invoice(record.invoice_id)
                    # Only an invoice that names this very sale may rebuild it: the column
                    # that led here could be damaged too.
                    if sale_id_from_order_id(invoice.order_id) == record.sale_id:
                        sale = await self._adopt(record.sale_id, invoice, watch=watch)
                except JournalError:
                    raise
                except Exception:
                    log.exception("the damaged sale %s could not be rebuilt", record.sale_id)
            if sale is None:
                left.append(record)
            else:
                rebuilt.append(sale)
        self.damaged_records = left
        return rebuilt

    async def recover_other_devices(self, *, watch: bool = False) -> list[Sale]:
        """Finish sales of any till (or of a lost journal) from BTCPay's side.

        Looks at invoices whose `orderId` starts with "boxoffice-" and that have no
        `ticketIds`, rebuilds each order from `posData`, and issues (paid), releases (expired or
        invalid) or, with `watch`, watches (still payable) it. Ticket Tailor's hold makes two
        tills issuing the same sale at once safe: a hold can be issued from only once.
        """
        statuses = ["Settled", "Expired", "Invalid"]
        if watch:
            statuses += list(OPEN_INVOICE)
        invoices = await self._btcpay.list_invoices(text_search=ORDER_ID_PREFIX, statuses=statuses)
        self.left_to_their_tills = {}
        results = []
        held: set[str] | None = None  # sale ids with a hold still in Ticket Tailor
        for invoice in invoices:
            sale_id = sale_id_from_order_id(invoice.order_id)
            if sale_id is None or ticket_ids(invoice) is not None:
                continue
            if closed_unpaid(invoice):
                # Every closed, unpaid sale of every till has such an invoice; only one whose
                # hold is still there needs finishing. One list of holds answers for all of them,
                # instead of a journal entry and a lookup per old invoice.
                if held is None:
                    since = int(self._ledger.now()) - ORPHAN_HOLD_WINDOW
                    held = {
                        sid
                        for hold in await self._tickettailor.list_holds(created_at_gte=since)
                        if hold.total_on_hold > 0
                        and (sid := sale_id_from_hold_note(hold.note)) is not None
                    }
                if sale_id not in held:
                    continue
            try:
                sale = await self._adopt(sale_id, invoice, watch=watch)
            except ServiceError as error:
                log.warning("could not recover the sale of invoice %s: %s", invoice.id, error)
                continue
            if sale is not None:
                results.append(sale)
        return results

    async def _adopt(self, sale_id: str, invoice: Invoice, *, watch: bool) -> Sale | None:
        try:
            local = self._ledger.held(sale_id) or self._ledger.journal.get(sale_id)
            damaged = False
        except DamagedSaleError:
            # Rebuilt from the invoice below, as for the sale of a lost journal.
            local, damaged = None, True
        if local is not None:
            if not local.terminal or self._watch.running(sale_id):
                return None  # this till's own recovery looks after it
            if local.state in (SaleState.RELEASED, SaleState.NEEDS_ATTENTION) and isinstance(
                next_move(local, invoice), Accept
            ):
                # Staff accepted a stopped sale's payment in BTCPay: it is issued here.
                self._ledger.remember(local)
                return await self._advance_from_invoice(sale_id, invoice)
            return None
        foreign = order_from_invoice(invoice)
        if foreign is None:
            return None
        now = self._ledger.now()
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
        holds = await find_holds(self._tickettailor, base)
        base = base.update(now=now, **hold_changes(h.id for h in holds))
        if not damaged:
            busy = await self._maybe_still_busy(base, invoice, holds)
            if busy is not None:
                log.info("sale %s of %s is left to its till: %s", sale_id, base.device_id, busy)
                self.left_to_their_tills = {**self.left_to_their_tills, sale_id: busy}
                return None
        if invoice.status in OPEN_INVOICE:
            # A damaged record of this till's is rebuilt even so: from then on the journal
            # knows the sale again and its own recovery finishes it.
            if not watch and not damaged:
                return None
            payment = await read_payment_request(self._btcpay, invoice)
            base = base.update(now=now, payment=payment)
        if damaged:
            self._ledger.journal.set_aside(sale_id, now)
        self._ledger.commit(base, "adopted", {"invoice_id": invoice.id, "from": base.device_id})
        sale = await self._advance_from_invoice(sale_id, invoice)
        if watch:
            self._watch.ensure(sale)
        return sale

    async def _maybe_still_busy(
        self, sale: Sale, invoice: Invoice, holds: list[Hold]
    ) -> str | None:
        """Why another till may still be finishing its sale (None when it has gone quiet).

        Tills do not share journals, so a sale is taken over only once its own till has had
        time to finish it: nothing of it (invoice, hold, ticket, an accepted payment) is newer
        than `ADOPT_QUIET`, and, with no hold left (tickets would come from free stock), its
        till's watch for a late payment is over too. Ticket Tailor's hold arbitrates only
        between tills that issue from the same hold; two tills that each hold the seats again
        would issue them twice.
        """
        now = self._ledger.now()
        seen = [invoice.created_time, *(h.created_at for h in holds)]
        accepted = invoice.metadata.get(ACCEPTED_KEY)
        if isinstance(accepted, int | float) and not isinstance(accepted, bool):
            seen.append(int(accepted))
        issued = await self._tickettailor.list_issued_tickets(reference=sale.ticket_reference)
        seen += [t.created_at for t in issued]
        latest = max((t for t in seen if t is not None), default=None)
        if latest is not None and now - latest < ADOPT_QUIET:
            minutes = max(1, round((now - latest) / 60))
            return f"its till ({sale.device_id}) worked on it {minutes} min ago"
        watched_until = (invoice.expiration_time or 0) + self._timing.late_payment_grace
        if not holds and now < watched_until + ADOPT_QUIET:
            return f"its till ({sale.device_id}) may still be watching it for a late payment"
        return None

    async def _advance_from_invoice(self, sale_id: str, invoice: Invoice) -> Sale:
        async with self._ledger.lock(sale_id):
            sale = await self._payments.follow(self._ledger.latest(sale_id), invoice)
            if sale.records_pending:
                # Nobody waits at a till for a recovered sale: its records are written now, or
                # (on a failure) by the watcher or the next recovery.
                try:
                    sale = await self._issuing.finish_records(sale)
                except ServiceError as error:
                    log.warning("sale %s: ticketIds not written yet (%s)", sale_id, error)
            return sale


#: States (as a damaged record's own column says) of a sale with nothing left to do.
_FINISHED = frozenset({str(SaleState.COMPLETED), str(SaleState.RELEASED), str(SaleState.FAILED)})
