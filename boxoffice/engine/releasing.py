"""Releasing a sale: stop its invoice being paid, delete its hold, settle on the end state.

Unpaid holds are never left behind (the BTCPay Server Ticket Tailor plugin, Kukks/
BTCPayServerPlugins, leaves them when an invoice expires): a hold that cannot be
deleted now keeps the sale in `releasing`, and the watcher or the next `recover` tries again.
Ids that were never learnt (a create call that timed out, a crash) are looked up by the hold
note and the invoice orderId, so nothing that may have been created is forgotten.
"""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING

from boxoffice.domain.hold_plan import sale_id_from_hold_note
from boxoffice.domain.reasons import staff_may_accept
from boxoffice.domain.sale import Sale, SaleState, hold_changes
from boxoffice.engine.invoice_rules import (
    Close,
    PaidMeanwhile,
    ToPerson,
    invoice_fields,
    next_move,
)
from boxoffice.engine.lookups import find_holds
from boxoffice.engine.payment_request import late_payment_request
from boxoffice.services.errors import ServiceError, ValidationError

if TYPE_CHECKING:
    from boxoffice.engine.ledger import Ledger
    from boxoffice.services.btcpay.client import BTCPayClient
    from boxoffice.services.btcpay.models import Invoice
    from boxoffice.services.tickettailor.client import TicketTailorClient

log = logging.getLogger(__name__)


#: Orphan-hold sweeps look at holds created this recently only (seconds). Sales are finished
#: or released within minutes; a hold older than this that is still there was looked at by
#: earlier sweeps already, and listing every hold of the box office costs one request per
#: hundred holds at every start of every till.
ORPHAN_HOLD_WINDOW = 48 * 3600
#: Seconds after an unknown outcome at which a sale looks again for a late hold or invoice:
#: a server that lost an answer usually finishes within seconds, a queued one within minutes.
LATE_LOOKS = (30.0, 300.0)


class Releasing:
    """Frees what a sale holds: stops its invoice being paid, deletes its holds, and settles
    on the end state; also looks again for late creations and sweeps left-over holds.

    Owns nothing of its own. Calls the ledger (commit, snapshots), Ticket Tailor (holds) and
    BTCPay (invoices); what the invoice means is `invoice_rules.next_move`'s to say.
    """

    def __init__(
        self, ledger: Ledger, tickettailor: TicketTailorClient, btcpay: BTCPayClient
    ) -> None:
        self._ledger = ledger
        self._tickettailor = tickettailor
        self._btcpay = btcpay

    async def release(self, sale: Sale, invoice: Invoice | None = None) -> Sale:
        """Stop the invoice being paid, delete the hold, and settle on the final state.

        Unknown ids (a create call that timed out, a crash) are looked up by orderId and note,
        so nothing that may have been created is forgotten. Errors propagate: the sale stays
        `releasing` and the watcher (or the next `recover`) tries again.
        """
        order_id = sale.order_id
        invoices: list[Invoice] = []
        if sale.invoice_id:
            if invoice is None or invoice.id != sale.invoice_id:
                invoice = await self._btcpay.get_invoice(sale.invoice_id)
            invoices = [invoice]
        elif sale.billed and not sale.no_invoice:
            invoices = await self._btcpay.list_invoices(order_ids=[order_id])
            if invoices:
                sale = self._ledger.commit(
                    sale.update(now=self._ledger.now(), invoice_id=invoices[0].id),
                    "invoice_found",
                    {"invoice_id": invoices[0].id},
                )
        latest = None
        for found in invoices:
            if found.status == "New" and "Invalid" in (
                found.available_statuses_for_manual_marking or ("Invalid",)
            ):
                try:
                    found = await self._btcpay.mark_invoice_status(found.id, "Invalid")
                except ValidationError:
                    found = await self._btcpay.get_invoice(found.id)  # paid meanwhile?
                except ServiceError as error:
                    if error.transient:
                        raise
                    # The key may not mark invoices: the hold must go all the same. The invoice
                    # stays payable until it expires; a payment then goes to a person.
                    log.warning("sale %s: cannot invalidate %s: %s", sale.id, found.id, error)
            if found.id == sale.invoice_id:
                latest = found
            meanwhile = next_move(sale, found)
            if isinstance(meanwhile, PaidMeanwhile):
                return self._paid_meanwhile(sale, found, meanwhile)
        if latest is not None:
            sale = sale.update(now=sale.updated_at, **invoice_fields(latest))

        # Without a known id, a hold may still have been created: find it by its note.
        known = list(sale.hold_ids) or None
        hold_ids = known or [h.id for h in await find_holds(self._tickettailor, sale)]
        for hold_id in hold_ids:
            deleted = await self._tickettailor.delete_hold(hold_id)
            log.info("sale %s: hold %s %s", sale.id, hold_id, "deleted" if deleted else "was gone")

        now = self._ledger.now()
        detail = {"holds": hold_ids}
        # The hold is gone: a payment accepted later is issued from the free inventory.
        sale = sale.update(now=now, **hold_changes(()))
        end = next_move(sale, latest)
        if isinstance(end, ToPerson) and latest is not None:
            return self._ledger.commit(
                sale.move(
                    SaleState.NEEDS_ATTENTION,
                    now=now,
                    reason=end.reason,
                    message=end.message,
                    payment=await late_payment_request(self._btcpay, sale, latest),
                ),
                "released",
                detail,
            )
        state = end.state if isinstance(end, Close) else SaleState.RELEASED
        return self._ledger.commit(sale.move(state, now=now), "released", detail)

    def _paid_meanwhile(self, sale: Sale, invoice: Invoice, move: PaidMeanwhile) -> Sale:
        """The invoice was paid before it could be stopped: the sale goes on."""
        return self._ledger.commit(
            sale.move(
                move.state,
                now=self._ledger.now(),
                reason=None,
                message=move.message,
                watch_until=None,
                **invoice_fields(invoice),
            ),
            "paid_meanwhile",
            {"invoice_status": invoice.status, "was": sale.reason_code},
        )

    async def late_look(self, sale: Sale) -> Sale:
        """Look again for what a lost answer may have created after its lookup came back empty.

        A hold of this sale other than the one it holds seats with is deleted; an invoice of
        this sale other than its own that is still New is marked Invalid (nobody was shown it).
        Done at `LATE_LOOKS` after the doubt arose, and at every start until then; errors
        propagate and the watcher tries again.
        """
        # Only a sale in need of a person may still hold seats on purpose (partly issued).
        keep = sale.hold_ids if sale.state is SaleState.NEEDS_ATTENTION else ()
        found: dict[str, list[str]] = {"holds": [], "invoices": []}
        for hold in await find_holds(self._tickettailor, sale):
            if hold.id not in keep:
                deleted = await self._tickettailor.delete_hold(hold.id)
                log.warning("sale %s: deleted the late hold %s (%s)", sale.id, hold.id, deleted)
                found["holds"].append(hold.id)
        if sale.billed and not sale.no_invoice:
            for invoice in await self._btcpay.list_invoices(order_ids=[sale.order_id]):
                if invoice.id == sale.invoice_id or invoice.status != "New":
                    continue
                # A 422: no longer New (paid or expired meanwhile); nothing left to stop.
                with contextlib.suppress(ValidationError):
                    await self._btcpay.mark_invoice_status(invoice.id, "Invalid")
                log.warning("sale %s: marked the late invoice %s invalid", sale.id, invoice.id)
                found["invoices"].append(invoice.id)
        looks = sale.late_looks + 1
        start = (
            sale.recheck_at - LATE_LOOKS[sale.late_looks] if sale.recheck_at else self._ledger.now()
        )
        again = start + LATE_LOOKS[looks] if looks < len(LATE_LOOKS) else None
        return self._ledger.commit(
            sale.update(now=self._ledger.now(), late_looks=looks, recheck_at=again),
            "late_look",
            found,
        )

    async def sweep_orphan_holds(self) -> None:
        """Delete holds of this journal's finished, unpaid sales that are still there.

        A hold POST can time out, be looked up in vain and land on the server later; this pass
        finds such holds by their note. Holds of sales this journal does not know belong to
        another till and are left to it.
        """
        since = int(self._ledger.now()) - ORPHAN_HOLD_WINDOW
        for hold in await self._tickettailor.list_holds(created_at_gte=since):
            sale_id = sale_id_from_hold_note(hold.note)
            if sale_id is None:
                continue
            sale = self._ledger.sale(sale_id)
            if sale is None:
                continue
            unpaid_end = sale.state in (SaleState.FAILED, SaleState.RELEASED) or (
                sale.state is SaleState.NEEDS_ATTENTION and staff_may_accept(sale.reason)
            )
            if not unpaid_end:
                continue
            self._ledger.journal.record(sale, "orphan_hold", {"hold_id": hold.id})
            await self._tickettailor.delete_hold(hold.id)
            log.info("deleted the left-over hold %s of sale %s", hold.id, sale_id)
