"""The recent sales as a table model: newest first, each row following its sale's snapshots."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from boxoffice.ui.formatting import plural, sale_state_words, sale_time_words
from boxoffice.ui.i18n import QT_TRANSLATE_NOOP
from boxoffice.ui.locale_format import money

if TYPE_CHECKING:
    from boxoffice.domain.sale import Sale

SALE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2
TONE_ROLE = Qt.ItemDataRole.UserRole + 3

COLUMNS = (
    QT_TRANSLATE_NOOP("RecentSalesModel", "Time"),
    QT_TRANSLATE_NOOP("RecentSalesModel", "Sale"),
    QT_TRANSLATE_NOOP("RecentSalesModel", "Buyer"),
    QT_TRANSLATE_NOOP("RecentSalesModel", "Total"),
    QT_TRANSLATE_NOOP("RecentSalesModel", "State"),
)
TIME, SALE, BUYER, TOTAL, STATE = range(len(COLUMNS))


class RecentSalesModel(QAbstractTableModel):
    """Sales newest first; `upsert` keeps a row in step with the engine's latest snapshot."""

    def __init__(self, clock: Callable[[], float] = time.time, parent: QObject | None = None):
        super().__init__(parent)
        self._clock = clock
        self._sales: list[Sale] = []

    # -- Qt ----------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sales)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._sales):
            return None
        sale = self._sales[index.row()]
        if role == SALE_ID_ROLE:
            return sale.id
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(sale, column)[0]
        if role == DETAIL_ROLE:
            return self._cell(sale, column)[1]
        if role == TONE_ROLE and column == STATE:
            return sale_state_words(sale)[2]
        if role == Qt.ItemDataRole.ToolTipRole:
            main, detail = self._cell(sale, column)
            return f"{main}\n{detail}" if detail else main
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return " ".join(part for part in self._cell(sale, column) if part)
        return None

    def _cell(self, sale: Sale, column: int) -> tuple[str, str]:
        order = sale.order
        if column == TIME:
            return sale_time_words(sale.created_at, self._clock())
        if column == SALE:
            return (order.event_name, order.summary)
        if column == BUYER:
            name, email = order.buyer.name, order.buyer.email
            return (name or email or self.tr("Walk-in"), email if name and email else "")
        if column == TOTAL:
            return (money(order.total, order.currency), plural(order.seats, "ticket"))
        state, detail, _tone = sale_state_words(sale)
        return (state, detail)

    # -- contents ----------------------------------------------------------------------------

    def set_sales(self, sales: Iterable[Sale]) -> None:
        self.beginResetModel()
        self._sales = sorted(sales, key=lambda s: s.created_at, reverse=True)
        self.endResetModel()

    def upsert(self, sale: Sale) -> None:
        """Replace the sale's row, or insert it where its time puts it."""
        for row, known in enumerate(self._sales):
            if known.id == sale.id:
                self._sales[row] = sale
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
                return
        row = 0
        while row < len(self._sales) and self._sales[row].created_at > sale.created_at:
            row += 1
        self.beginInsertRows(QModelIndex(), row, row)
        self._sales.insert(row, sale)
        self.endInsertRows()

    def row_of(self, sale_id: str) -> int | None:
        for row, sale in enumerate(self._sales):
            if sale.id == sale_id:
                return row
        return None

    def sales(self) -> list[Sale]:
        return list(self._sales)
