"""The recent sales screen's layout: a title, a summary line and the table of sales."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPen,
    QResizeEvent,
    QShowEvent,
)
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

from boxoffice.ui.resources import painted_colours
from boxoffice.ui.screens.recent_sales.model import (
    BUYER,
    COLUMNS,
    DETAIL_ROLE,
    SALE,
    STATE,
    TIME,
    TONE_ROLE,
    TOTAL,
)
from boxoffice.ui.widgets.common import label


class SaleCellDelegate(QStyledItemDelegate):
    """Two lines per cell: the main words, and a quieter detail; the state as a pill.

    Its colours are the theme's (`painted_colours`), read as it paints: a change of theme
    restyles the table, which paints again.
    """

    PADDING = 10

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = option.fontMetrics
        return QSize(0, metrics.height() * 2 + 2 * self.PADDING + 8)

    def pill_rect(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QRect:
        """Where the state's pill of a row is painted (in its State cell)."""
        rect = option.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        bold = QFont(option.font)
        bold.setBold(True)
        main = index.data(Qt.ItemDataRole.DisplayRole) or ""
        width = min(QFontMetrics(bold).horizontalAdvance(main) + 24, rect.width())
        line = option.fontMetrics.height()
        return QRect(rect.left(), rect.top() - 2, width, line + 6)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        try:
            colours = painted_colours()
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            if selected:
                painter.fillRect(option.rect, QColor(colours.selected_ground))
            words = colours.selected_words if selected else colours.words
            quiet = colours.selected_words if selected else colours.detail
            rect = option.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
            main = index.data(Qt.ItemDataRole.DisplayRole) or ""
            detail = index.data(DETAIL_ROLE) or ""
            base = QFont(option.font)
            metrics = option.fontMetrics
            line = metrics.height()
            top = QRect(rect.left(), rect.top(), rect.width(), line + 4)
            if index.column() == STATE:
                pill_colours = colours.pill(index.data(TONE_ROLE) or "")
                bold = QFont(base)
                bold.setBold(True)
                painter.setFont(bold)
                pill = self.pill_rect(option, index)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                if pill_colours.edge is None:
                    painter.setPen(Qt.PenStyle.NoPen)
                else:
                    painter.setPen(QPen(QColor(pill_colours.edge), 2))
                painter.setBrush(QColor(pill_colours.ground))
                painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
                painter.setPen(QColor(pill_colours.words))
                text = painter.fontMetrics().elidedText(
                    main, Qt.TextElideMode.ElideRight, pill.width() - 16
                )
                painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
            else:
                font = QFont(base)
                font.setBold(index.column() in (SALE, TOTAL))
                painter.setFont(font)
                painter.setPen(QColor(words))
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
                painter.setPen(QColor(quiet))
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
        self.title = label(self.tr("Recent sales"), role="title", name="recentSalesTitle")
        header.addWidget(self.title, 1)
        layout.addLayout(header)
        self.summary = label(role="subtitle", name="recentSalesSummary")
        layout.addWidget(self.summary)

        self.table = QTableView()
        self.table.setObjectName("recentSalesList")
        self.table.setAccessibleName(self.tr("Recent sales"))
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
            self.tr("No sales on this till yet. Sales appear here as soon as they start."),
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

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            # Larger text or another theme: the table is restyled after this page, so its
            # columns and rows are measured again once it has its new font.
            QTimer.singleShot(0, self, self.fit_columns)

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
