"""Which actions the sales view offers for a sale, judging by its latest snapshot.

Each action is offered only where it can do its job: the payment QR while the customer is asked
to pay, printing and e-mailing once tickets exist, a retry when Ticket Tailor refused to issue
after the payment arrived, and BTCPay's own invoice page whenever there is an invoice. The
engine checks again when it acts; this only keeps staff from pressing what cannot work.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from boxoffice.domain.reasons import Reason
from boxoffice.domain.sale import SaleState

if TYPE_CHECKING:
    from boxoffice.domain.sale import Sale


class SaleAction(StrEnum):
    OPEN = "open"
    PAYMENT = "payment"
    REPRINT = "reprint"
    RESEND = "resend"
    RETRY = "retry"
    BTCPAY = "btcpay"


#: Reasons a paid sale is stuck before its tickets: the issue can be tried again.
STUCK_ISSUING = frozenset({Reason.ISSUE_REFUSED, Reason.HOLD_MISSING})


def offered(sale: Sale | None, *, email_possible: bool = True) -> frozenset[SaleAction]:
    """The actions that make sense for `sale` now (none without a sale)."""
    if sale is None:
        return frozenset()
    actions = {SaleAction.OPEN}
    if sale.state is SaleState.AWAITING_PAYMENT and sale.payment is not None:
        actions.add(SaleAction.PAYMENT)
    if sale.state is SaleState.COMPLETED and sale.tickets:
        actions.add(SaleAction.REPRINT)
        if sale.order.buyer.email and email_possible and not sale.records_pending:
            actions.add(SaleAction.RESEND)
    if (
        sale.state is SaleState.NEEDS_ATTENTION
        and sale.reason in STUCK_ISSUING
        and sale.refund is None
    ):
        actions.add(SaleAction.RETRY)
    if sale.invoice_id:
        actions.add(SaleAction.BTCPAY)
    return frozenset(actions)
