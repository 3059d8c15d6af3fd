"""Recent sales: this till's latest sales, newest first, each one a tap away.

After a network blip or a restart, staff must be able to tell whether the previous sale went
through, and show, print or e-mail a customer's tickets again (btcpayserver#5379,
lnbits/tpos#20). Rows follow the engine's snapshots as
they change, so a sale paid late turns up here in the list as it happens.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Signal

from boxoffice.domain.sale import SaleState
from boxoffice.ui.formatting import plural
from boxoffice.ui.i18n import count_words
from boxoffice.ui.screens.recent_sales.model import SALE_ID_ROLE, RecentSalesModel
from boxoffice.ui.screens.recent_sales.view import RecentSalesView

if TYPE_CHECKING:
    from boxoffice.domain.sale import Sale


class RecentSalesController(QObject):
    """Fills the list from the engine's snapshots and says which sale staff chose."""

    saleChosen = Signal(str)  # sale id

    def __init__(self, view: RecentSalesView, *, clock: Callable[[], float] = time.time) -> None:
        super().__init__(view)
        self.view = view
        self.model = RecentSalesModel(clock, self)
        view.table.setModel(self.model)
        view.fit_columns()
        # One tap opens a sale (a touch screen has no double-click); Enter does too.
        view.table.clicked.connect(self._chosen)
        view.table.activated.connect(self._chosen)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.dataChanged):
            signal.connect(self._show_summary)
            signal.connect(view.fit_columns)

    def set_sales(self, sales: Iterable[Sale]) -> None:
        self.model.set_sales(sales)

    def update(self, sale: Sale) -> None:
        """A sale changed (or started): its row follows."""
        self.model.upsert(sale)

    def select(self, sale_id: str) -> None:
        row = self.model.row_of(sale_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        self.view.table.selectRow(row)
        self.view.table.scrollTo(index)

    def focus(self) -> None:
        """Put the keyboard focus on the table of sales."""
        self.view.table.setFocus()

    def _chosen(self, index: QModelIndex) -> None:
        sale_id = index.data(SALE_ID_ROLE)
        if sale_id:
            self.saleChosen.emit(sale_id)

    def _show_summary(self, *_args: object) -> None:
        sales = self.model.sales()
        view = self.view
        view.table.setVisible(bool(sales))
        view.empty.setVisible(not sales)
        if not sales:
            view.summary.setText("")
            return
        troubled = sum(1 for s in sales if s.state == SaleState.NEEDS_ATTENTION)
        paying = sum(1 for s in sales if not s.terminal)
        parts = [self.tr("Newest first · {sales}").format(sales=plural(len(sales), "sale"))]
        if paying:
            parts.append(self.tr("{count} in progress").format(count=paying))
        if troubled:
            parts.append(
                count_words(
                    troubled, self.tr("{count} needs attention"), self.tr("{count} need attention")
                )
            )
        view.summary.setText(
            self.tr("{parts} — tap a sale to open it.").format(parts=" · ".join(parts))
        )
