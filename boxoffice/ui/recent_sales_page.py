"""Recent sales: this till's latest sales, newest first, each one a tap away.

After a network blip or a restart, staff must be able to tell whether the previous sale went
through, and show, print or e-mail a customer's tickets again (btcpayserver#5379,
lnbits/tpos#20). Rows follow the engine's snapshots as
they change, so a sale paid late turns up here in the list as it happens.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from boxoffice.domain.money import format_money
from boxoffice.domain.sale import SaleState
from boxoffice.ui.formatting import plural, sale_state_words, sale_time_words
from boxoffice.ui.widgets.common import PILL_COLOURS, label

SALE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2
TONE_ROLE = Qt.ItemDataRole.UserRole + 3

COLUMNS = ("Time", "Sale", "Buyer", "Total", "State")
TIME, SALE, BUYER, TOTAL, STATE = range(len(COLUMNS))


class RecentSalesModel(QAbstractTableModel):
    """Sales newest first; `upsert` keeps a row in step with the engine's latest snapshot."""

    def __init__(self, clock: Callable[[], float] = time.time, parent: QObject | None = None):
        super().__init__(parent)
        self._clock = clock
        self._sales: list[Any] = []

    # -- Qt ----------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sales)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
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

    def _cell(self, sale: Any, column: int) -> tuple[str, str]:
        order = sale.order
        if column == TIME:
            return sale_time_words(sale.created_at, self._clock())
        if column == SALE:
            return (order.event_name, order.summary)
        if column == BUYER:
            name, email = order.buyer.name, order.buyer.email
            return (name or email or "Walk-in", email if name and email else "")
        if column == TOTAL:
            return (format_money(order.total, order.currency), plural(order.seats, "ticket"))
        state, detail, _tone = sale_state_words(sale)
        return (state, detail)

    # -- contents ----------------------------------------------------------------------------

    def set_sales(self, sales: Iterable[Any]) -> None:
        self.beginResetModel()
        self._sales = sorted(sales, key=lambda s: s.created_at, reverse=True)
        self.endResetModel()

    def upsert(self, sale: Any) -> None:
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

    def sales(self) -> list[Any]:
        return list(self._sales)


class SaleCellDelegate(QStyledItemDelegate):
    """Two lines per cell: the main words, and a quieter detail; the state as a pill."""

    PADDING = 10

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        metrics = option.fontMetrics
        return QSize(0, metrics.height() * 2 + 2 * self.PADDING + 8)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        try:
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            if selected:
                painter.fillRect(option.rect, QColor("#e8f0fb"))
            rect = option.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
            main = index.data(Qt.ItemDataRole.DisplayRole) or ""
            detail = index.data(DETAIL_ROLE) or ""
            base = QFont(option.font)
            metrics = option.fontMetrics
            line = metrics.height()
            top = QRect(rect.left(), rect.top(), rect.width(), line + 4)
            if index.column() == STATE:
                tone = index.data(TONE_ROLE) or ""
                background, foreground = PILL_COLOURS.get(tone, PILL_COLOURS[""])
                bold = QFont(base)
                bold.setBold(True)
                painter.setFont(bold)
                width = min(painter.fontMetrics().horizontalAdvance(main) + 24, rect.width())
                pill = QRect(top.left(), top.top() - 2, width, line + 6)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(background))
                painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
                painter.setPen(QColor(foreground))
                text = painter.fontMetrics().elidedText(
                    main, Qt.TextElideMode.ElideRight, pill.width() - 16
                )
                painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
            else:
                font = QFont(base)
                font.setBold(index.column() in (SALE, TOTAL))
                painter.setFont(font)
                painter.setPen(QColor("#1b1b1b"))
                text = painter.fontMetrics().elidedText(
                    main, Qt.TextElideMode.ElideRight, top.width()
                )
                painter.drawText(
                    top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text
                )
            if detail:
                small = QFont(base)
                small.setPointSizeF(base.pointSizeF() * 0.9)
                painter.setFont(small)
                painter.setPen(QColor("#555555"))
                below = QRect(rect.left(), top.bottom() + 6, rect.width(), line + 2)
                text = painter.fontMetrics().elidedText(
                    detail, Qt.TextElideMode.ElideRight, below.width()
                )
                painter.drawText(
                    below, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text
                )
        finally:
            painter.restore()


class RecentSalesView(QWidget):
    """Layout only: a title, a one-line summary and the list of sales (or a word when empty)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recentSalesPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)

        header = QHBoxLayout()
        self.title = label("Recent sales", role="title", name="recentSalesTitle")
        header.addWidget(self.title, 1)
        layout.addLayout(header)
        self.summary = label(role="subtitle", name="recentSalesSummary")
        layout.addWidget(self.summary)

        self.table = QTableView()
        self.table.setObjectName("recentSalesList")
        self.table.setAccessibleName("Recent sales")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        self.table.verticalHeader().hide()
        self.delegate = SaleCellDelegate(self.table)
        self.table.setItemDelegate(self.delegate)
        layout.addWidget(self.table, 1)

        self.empty = label(
            "No sales on this till yet. Sales appear here as soon as they start.",
            role="subtitle",
            name="recentSalesEmpty",
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        layout.addWidget(self.empty, 1)

    def showEvent(self, event: QShowEvent) -> None:
        # The style sheet sets the list's font only once it is polished: measure then.
        self.fit_columns()
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Time, total and state as wide as they need; the sale gets most of the rest."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        metrics = self.table.fontMetrics()
        bold = QFont(self.table.font())
        bold.setBold(True)
        pad = 2 * SaleCellDelegate.PADDING + 12
        header_font = QFontMetrics(header.font())
        widths = {
            TIME: max(metrics.horizontalAdvance("Yesterday"), self._needed(TIME, self.table.font()))
            + pad,
            TOTAL: max(header_font.horizontalAdvance("Total"), self._needed(TOTAL, bold)) + pad,
            # The state's pill is 24 px wider than its words.
            STATE: max(
                QFontMetrics(bold).horizontalAdvance("Needs attention") + 24,
                self._needed(STATE, bold, pill=24),
            )
            + pad,
        }
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        rest = self.table.viewport().width() - sum(widths.values())
        # The event first (a long buyer's name or address gives way), then the buyer; what
        # is cut short is in the tooltip and on the sale's own page.
        need_sale = self._needed(SALE, bold) + pad
        need_buyer = self._needed(BUYER, self.table.font()) + pad
        if need_sale + need_buyer <= rest:
            widths[BUYER] = max(120, min(need_buyer + 40, 360))
        else:
            widths[BUYER] = max(160, rest - need_sale)
        widths[SALE] = max(160, rest - widths[BUYER])
        for column, width in widths.items():
            if column != STATE:  # the last one takes what is left
                header.resizeSection(column, width)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(metrics.height() * 2 + 2 * SaleCellDelegate.PADDING + 8)

    def _needed(self, column: int, main_font: QFont, *, pill: int = 0) -> int:
        """The widest main line (in `main_font`, plus `pill`) or detail line of a column."""
        model = self.table.model()
        if model is None:
            return 0
        main = QFontMetrics(main_font)
        small_font = QFont(self.table.font())
        small_font.setPointSizeF(small_font.pointSizeF() * 0.9)
        small = QFontMetrics(small_font)
        widest = 0
        for row in range(model.rowCount()):
            index = model.index(row, column)
            widest = max(
                widest,
                main.horizontalAdvance(index.data(Qt.ItemDataRole.DisplayRole) or "") + pill,
                small.horizontalAdvance(index.data(DETAIL_ROLE) or ""),
            )
        return widest


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

    def set_sales(self, sales: Iterable[Any]) -> None:
        self.model.set_sales(sales)

    def update(self, sale: Any) -> None:
        """A sale changed (or started): its row follows."""
        self.model.upsert(sale)

    def select(self, sale_id: str) -> None:
        row = self.model.row_of(sale_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        self.view.table.selectRow(row)
        self.view.table.scrollTo(index)

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
        parts = [f"Newest first · {plural(len(sales), 'sale')}"]
        if paying:
            parts.append(f"{paying} in progress")
        if troubled:
            parts.append(f"{troubled} need{'s' if troubled == 1 else ''} attention")
        view.summary.setText(" · ".join(parts) + " — tap a sale to open it.")
