"""Cash and complimentary sales in the staff window: from the tickets screen to the result.

The tickets screen's staff step (`screens.tickets.offline_checkout`) says what staff want;
this starts it through the same path as a bitcoin sale (`SaleFlow.start_sale`, so the window
goes to the result page with the issued tickets, to print or e-mail as for any sale) but with
the engine's offline start, which makes no invoice and asks BTCPay nothing. A kiosk has no
such step: its tickets screen is built without it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject

from boxoffice.domain.offline_payment import PaymentKind

if TYPE_CHECKING:
    from boxoffice.app.settings.till import Settings
    from boxoffice.domain.order import Order
    from boxoffice.domain.sale import Sale
    from boxoffice.engine.sale_engine import SaleEngine
    from boxoffice.ui.screens.tickets.controller import TicketsController
    from boxoffice.ui.screens.tickets.offline_checkout import OfflineIntent

#: How the flow starts a sale instead of `SaleEngine.start_sale` (`SaleFlow.start_sale`).
Starter = Callable[["SaleEngine", "Order"], Awaitable["Sale"]]


class Flow(Protocol):
    """What this needs of the sale flow (`boxoffice.ui.sale_flow.SaleFlow`, which builds it)."""

    settings: Settings
    tickets: TicketsController

    def start_sale(self, order: Order, start: Starter | None = None) -> None: ...


class OfflineSales(QObject):
    """Connects the tickets screen's cash and complimentary steps to the sale flow."""

    def __init__(self, flow: Flow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.flow = flow
        tickets = flow.tickets
        if tickets.offline is not None:
            tickets.offline.default_staff = self.default_staff
        tickets.offlineCheckoutRequested.connect(self.start)

    def default_staff(self) -> str:
        """Who a sale is recorded by when nobody typed a name: the till, by name or id."""
        settings = self.flow.settings
        return settings.device_name.strip() or settings.device_id or "till"

    def start(self, order: Order, intent: OfflineIntent) -> None:
        async def begin(engine: SaleEngine, order: Order) -> Sale:
            offline = engine.offline
            if intent.kind is PaymentKind.CASH:
                assert intent.taken is not None
                return await offline.sell_for_cash(order, staff=intent.staff, taken=intent.taken)
            return await offline.give_complimentary(order, staff=intent.staff, reason=intent.reason)

        self.flow.start_sale(order, begin)
        if self.flow.tickets.busy:  # started (not refused for want of a connection)
            self.flow.tickets.set_busy(True, self._busy_words(intent))

    def _busy_words(self, intent: OfflineIntent) -> str:
        if intent.kind is PaymentKind.CASH:
            return self.tr("Issuing the tickets paid in cash…")
        return self.tr("Issuing the complimentary tickets…")
