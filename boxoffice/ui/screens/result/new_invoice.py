"""The attention page's "New invoice for the rest", for a sale partly paid, then expired.

Staff give their name and a reason (the settle section's fields), the engine journals the
decision and reads again from BTCPay what was paid (`SaleEngine.new_invoice`), and the order for
the rest is handed to `start` (the window starts it as any sale, so the page that follows is
the continuation's payment page). The engine refuses a second continuation while one stands;
a refusal is said on the page in its words, and nothing is started.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from boxoffice.domain.resolution import ResolutionRefused
from boxoffice.ui.errors import describe_error
from boxoffice.ui.formatting import error_sentence
from boxoffice.ui.tasks import TaskKeeper
from boxoffice.ui.widgets.common import set_tone

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QPushButton

    from boxoffice.domain.order import Order
    from boxoffice.domain.sale import Sale
    from boxoffice.engine.sale_engine import SaleEngine

log = logging.getLogger(__name__)


class NewInvoice(QObject):
    """Runs the new invoice for the rest of the sale on screen (the button is the settle
    section's); `ask` is the settle section's name-and-reason check, `decided` its clearing."""

    def __init__(
        self,
        button: QPushButton,
        status: QLabel,
        tasks: TaskKeeper,
        current: Callable[[], Sale | None],
        *,
        ask: Callable[[], tuple[str, str] | None],
        decided: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.button = button
        self.status = status
        self.tasks = tasks
        self._current = current
        self._ask = ask
        self._decided = decided
        self.engine: SaleEngine | None = None
        #: Where the order for the rest goes (the window starts it); None: nowhere yet.
        self.start: Callable[[Order], None] | None = None
        #: The sale whose rest is being prepared, if any.
        self.busy: str | None = None
        button.clicked.connect(self.new_invoice)

    def show(self, offered: bool, *, idle: bool) -> None:
        self.button.setVisible(offered)
        self.button.setEnabled(idle and self.busy is None)
        self.button.setText(
            self.tr("Making the new invoice…")
            if self.busy is not None
            else self.tr("New invoice for the rest")
        )

    def new_invoice(self) -> asyncio.Task[None] | None:
        sale = self._current()
        if sale is None or self.engine is None or self.busy is not None or self.start is None:
            return None
        found = self._ask()
        if found is None:
            return None
        staff, reason = found
        return self.tasks.spawn(
            self._prepare(self.engine, sale.id, staff, reason), key=f"new-invoice-{sale.id}"
        )

    async def _prepare(self, engine: SaleEngine, sale_id: str, staff: str, reason: str) -> None:
        self.busy = sale_id
        self.show(True, idle=False)
        self.status.setText(self.tr("Asking BTCPay what was paid, then billing the rest…"))
        set_tone(self.status, "info")
        try:
            order = await engine.new_invoice(sale_id, staff=staff, reason=reason)
        except ResolutionRefused as error:
            self._said(error_sentence(error))
            return
        except Exception as error:
            log.warning("the new invoice for the rest of %s failed: %s", sale_id, error)
            self._said(self.tr("No new invoice: {error}").format(error=describe_error(error)))
            return
        finally:
            self.busy = None
        self._decided()
        self.status.clear()
        start = self.start
        if start is not None:
            start(order)

    def _said(self, problem: str) -> None:
        self.show(True, idle=True)
        self.status.setText(problem)
        set_tone(self.status, "error")
