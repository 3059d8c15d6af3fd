"""Following a sale's invoice: carrying out what `invoice_rules.next_move` says it means.

A partial payment makes a new BOLT11 (§5.4), so the payment request is rebuilt whenever the
invoice's status or paid amount changes; a settled invoice issues the tickets; a closed one
releases the sale; money on a stopped sale goes to a person.
"""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import TYPE_CHECKING

from boxoffice.domain.sale import Sale, SaleState
from boxoffice.engine.invoice_rules import (
    Accept,
    Follow,
    Issue,
    Record,
    Release,
    ToPerson,
    invoice_fields,
    next_move,
    watch_deadline,
)
from boxoffice.engine.payment_request import late_payment_request, read_payment_request

if TYPE_CHECKING:
    from boxoffice.engine.issuing import TicketIssuing
    from boxoffice.engine.ledger import Ledger
    from boxoffice.engine.releasing import Releasing
    from boxoffice.engine.timing import EngineTiming
    from boxoffice.services.btcpay.client import BTCPayClient
    from boxoffice.services.btcpay.models import Invoice

log = logging.getLogger(__name__)

_KNOWN_STATUSES = ("New", "Processing", "Settled", "Expired", "Invalid")


class PaymentFollowing:
    """Moves a sale on by its invoice: payable sales, and stopped ones still watched.

    Owns nothing of its own. Calls the ledger (commit), BTCPay (payment methods), issuing
    (`issue`) once paid and releasing (`release`) once the invoice closed.
    """

    def __init__(
        self,
        ledger: Ledger,
        btcpay: BTCPayClient,
        timing: EngineTiming,
        *,
        issuing: TicketIssuing,
        releasing: Releasing,
    ) -> None:
        self._ledger = ledger
        self._btcpay = btcpay
        self._timing = timing
        self._issuing = issuing
        self._releasing = releasing

    async def follow(
        self, sale: Sale, invoice: Invoice, *, accepted_message: str | None = None
    ) -> Sale:
        """Move a payable sale, or a stopped one still watched, on according to its invoice.

        `accepted_message` replaces the words a settled invoice leaves on a stopped sale (the
        till itself accepted the payment, rather than someone in BTCPay).
        """
        ledger = self._ledger
        status, extra = invoice.status, invoice.additional_status
        fields = invoice_fields(invoice)
        now = ledger.now()
        move = next_move(sale, invoice)
        if isinstance(move, Issue):
            sale = ledger.commit(
                sale.move(SaleState.ISSUING, now=now, message=move.message, **fields),
                "settled",
                {"invoice_status": status, "additional_status": extra},
            )
            return await self._issuing.issue(sale)
        if isinstance(move, Accept):
            # Staff accepted the payment in BTCPay (marked it settled): the customer paid.
            sale = ledger.commit(
                sale.move(
                    SaleState.ISSUING,
                    now=now,
                    reason=None,
                    message=accepted_message or move.message,
                    watch_until=None,
                    **fields,
                ),
                "accepted",
                {"invoice_status": status, "additional_status": extra},
            )
            return await self._issuing.issue(sale)
        if isinstance(move, Follow):
            return await self._follow_open(sale, invoice, move, now)
        if isinstance(move, Release):
            sale = ledger.commit(
                sale.move(
                    SaleState.RELEASING,
                    now=now,
                    reason=move.reason,
                    message=move.message,
                    watch_until=watch_deadline(
                        invoice, now=ledger.now(), grace=self._timing.late_payment_grace
                    ),
                    **fields,
                ),
                "releasing",
                {"reason": move.reason, "invoice_status": status, "additional_status": extra},
            )
            return await self._releasing.release(sale, invoice)
        if isinstance(move, ToPerson):
            payment = await late_payment_request(self._btcpay, sale, invoice)
            changes = {"reason": move.reason, "message": move.message, "payment": payment}
            if move.update:
                later = sale.update(now=now, **changes, **fields)
            else:
                later = sale.move(SaleState.NEEDS_ATTENTION, now=now, **changes, **fields)
            return ledger.commit(
                later,
                "late_payment",
                {"reason": move.reason, "paid_amount": _text(invoice.paid_amount)},
            )
        if sale.state.payable and status not in _KNOWN_STATUSES:
            log.warning("sale %s: unknown invoice status %s/%s", sale.id, status, extra)
        if isinstance(move, Record):
            return ledger.commit(sale.update(now=now, **fields), "invoice_changed")
        return sale

    async def _follow_open(self, sale: Sale, invoice: Invoice, move: Follow, now: float) -> Sale:
        """An open invoice: redraw the payment request when anything may have changed."""
        target = move.state
        if not move.look:
            return sale
        # A partial payment lowers the BIP21 amount and makes a new BOLT11, which BTCPay
        # saves a few node round trips later: re-read the payment methods on every poll
        # until it is there (LightningListener.cs), and redraw.
        payment = await read_payment_request(self._btcpay, invoice, sale.payment)
        if not move.changed and payment == sale.payment and sale.state is target:
            return sale
        event = "payment_changed" if sale.state is target else str(target)
        return self._ledger.commit(
            sale.move(target, now=now, payment=payment, **invoice_fields(invoice)),
            event,
            {"invoice_status": invoice.status, "additional_status": invoice.additional_status},
        )


def _text(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:f}"
