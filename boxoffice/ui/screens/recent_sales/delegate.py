"""How a sale's cell is painted: its main words, a quieter detail below, the state as a pill."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from boxoffice.ui.resources import painted_colours
from boxoffice.ui.screens.recent_sales.model import DETAIL_ROLE, SALE, STATE, TONE_ROLE, TOTAL


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
