"""Cash and complimentary sales: tickets held and issued as for any sale, with no invoice.

Staff take cash at the till, or give tickets away with a reason. The sale goes through the
same steps as a free order (`Reserving.reserve` holds the seats, `TicketIssuing.issue` issues
them from the hold by reference, so never twice), only it is not billed (`Sale.billed` is
False): BTCPay is never asked anything, neither to make an invoice, nor to look one up on a
restart, nor to e-mail the tickets on its own (`Sale.auto_mail`; staff can still e-mail them
from the result page, which is their choice). The journal's first record of the sale already
holds the `OfflinePayment` (kind, staff, time, reason, cash amount), before Ticket Tailor is
called, so a crash at any point leaves a sale recovery knows how to finish or release:

- killed while reserving: recovery finds the hold by its note and releases it (the customer
  was never given tickets; staff sell again);
- killed while issuing: recovery counts the tickets with the sale's reference and issues only
  the rest.

A hold Ticket Tailor refuses ends the sale `failed` with the reason in plain words, keeping
nothing; one whose answer was lost is looked up and deleted (`Releasing`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from boxoffice.domain.offline_payment import (
    OfflinePayment,
    cash_payment,
    complimentary_order,
    complimentary_payment,
)

if TYPE_CHECKING:
    from boxoffice.domain.order import Order
    from boxoffice.domain.sale import Sale

#: How a sale is started with its offline payment (`SaleEngine.start_sale`).
Starter = Callable[["Order", OfflinePayment], Awaitable["Sale"]]


class OfflineSales:
    """Starts cash and complimentary sales through the engine's own start (`start`), which
    journals the sale with its payment before anything is held. Raises
    `OfflinePaymentProblem` (plain words for staff) before anything is journalled when the
    payment cannot be recorded as asked."""

    def __init__(self, start: Starter, clock: Callable[[], float]) -> None:
        self._start = start
        self._clock = clock

    async def sell_for_cash(self, order: Order, *, staff: str, taken: Decimal) -> Sale:
        """Sell `order` for `taken` in cash (which must be its total, in its currency)."""
        payment = cash_payment(order, staff=staff, taken=taken, now=self._clock())
        return await self._start(order, payment)

    async def give_complimentary(self, order: Order, *, staff: str, reason: str | None) -> Sale:
        """Give `order`'s tickets away (price 0) for `reason`, which is required."""
        payment = complimentary_payment(staff=staff, reason=reason, now=self._clock())
        return await self._start(complimentary_order(order), payment)
