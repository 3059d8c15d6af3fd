"""The events screen's layout: a list of event cards, a refresh line and a banner."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from boxoffice.ui.resources import painted_colours
from boxoffice.ui.widgets.common import Banner, button, label

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3
AVAILABILITY_ROLE = Qt.ItemDataRole.UserRole + 4
TONE_ROLE = Qt.ItemDataRole.UserRole + 5


class EventDelegate(QStyledItemDelegate):
    """Paints an event as a card: name large, date and venue below, availability as a pill.

    Its colours are the theme's (`painted_colours`), read as it paints: a change of theme
    restyles the list, which paints again.
    """

    #: The least height of a card; larger text makes it taller (`sizeHint`).
    ROW_HEIGHT = 96
    PILL_HEIGHT = 40

    @staticmethod
    def fonts(base: QFont) -> tuple[QFont, QFont]:
        """The name's and the pill's fonts, from the list's."""
        name_font = QFont(base)
        name_font.setBold(True)
        name_font.setPointSizeF(base.pointSizeF() * 1.35)
        pill_font = QFont(base)
        pill_font.setBold(True)
        pill_font.setPointSizeF(base.pointSizeF() * 1.05)
        return name_font, pill_font

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        # Width 0: the list gives every row its own width; only the height matters here.
        # Tall enough for the name and the detail line, whatever the text size.
        name_font, pill_font = self.fonts(QFont(option.font))
        text = QFontMetrics(name_font).height() + 6 + option.fontMetrics.height() + 4
        pill = max(self.PILL_HEIGHT, QFontMetrics(pill_font).height() + 12)
        return QSize(0, max(self.ROW_HEIGHT, 8 + 20 + max(text, pill)))

    def pill_rect(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QRect:
        """Where the availability pill of a row is painted."""
        card = option.rect.adjusted(4, 4, -4, -4)
        metrics = QFontMetrics(self.fonts(QFont(option.font))[1])
        width = metrics.horizontalAdvance(index.data(AVAILABILITY_ROLE) or "") + 32
        height = max(self.PILL_HEIGHT, metrics.height() + 12)
        return QRect(card.right() - width - 16, card.center().y() - height // 2, width, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        try:
            colours = painted_colours()
            card = option.rect.adjusted(4, 4, -4, -4)
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            ground = colours.hover_ground if hovered else colours.ground
            edge, words = colours.edge, colours.words
            if selected:
                ground, edge = colours.selected_ground, colours.selected_edge
                words = colours.selected_words
            painter.setPen(QPen(QColor(edge), 2 if selected else 1))
            painter.setBrush(QColor(ground))
            painter.drawRoundedRect(card, 10, 10)

            pill_text = index.data(AVAILABILITY_ROLE) or ""
            tone = index.data(TONE_ROLE) or "info"
            pill_colours = colours.pill(tone)
            base = QFont(option.font)
            name_font, pill_font = self.fonts(base)
            painter.setFont(pill_font)
            pill = self.pill_rect(option, index)
            radius = pill.height() / 2
            if pill_colours.edge is None:
                painter.setPen(Qt.PenStyle.NoPen)
            else:
                painter.setPen(QPen(QColor(pill_colours.edge), 2))
            painter.setBrush(QColor(pill_colours.ground))
            painter.drawRoundedRect(pill, radius, radius)
            painter.setPen(QColor(pill_colours.words))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, pill_text)

            text_rect = QRect(card.left() + 18, card.top() + 10, pill.left() - card.left() - 30, 0)
            painter.setFont(name_font)
            painter.setPen(QColor(words))
            name_height = painter.fontMetrics().height()
            name = painter.fontMetrics().elidedText(
                index.data(NAME_ROLE) or "", Qt.TextElideMode.ElideRight, text_rect.width()
            )
            painter.drawText(
                QRect(text_rect.left(), text_rect.top(), text_rect.width(), name_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            painter.setFont(base)
            painter.setPen(QColor(colours.selected_words if selected else colours.detail))
            detail = painter.fontMetrics().elidedText(
                index.data(DETAIL_ROLE) or "", Qt.TextElideMode.ElideRight, text_rect.width()
            )
            painter.drawText(
                QRect(
                    text_rect.left(),
                    text_rect.top() + name_height + 6,
                    text_rect.width(),
                    painter.fontMetrics().height() + 4,
                ),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                detail,
            )
        finally:
            painter.restore()


class EventsView(QWidget):
    """Layout only: the list of events, a refresh line and a banner for refresh failures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventsPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)

        header = QHBoxLayout()
        self.title = label(self.tr("Choose an event"), role="title")
        header.addWidget(self.title, 1)
        self.updated = label(role="hint", name="catalogueUpdated")
        self.updated.setWordWrap(False)
        header.addWidget(self.updated, 0, Qt.AlignmentFlag.AlignVCenter)
        self.refresh_button = button(self.tr("Refresh"), name="refreshButton")
        header.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(header)

        self.banner = Banner(
            name="refreshBanner", action=self.tr("Try again"), action_name="retryButton"
        )
        layout.addWidget(self.banner)

        self.model = QStandardItemModel(self)
        self.event_list = QListView()
        self.event_list.setObjectName("eventList")
        self.event_list.setModel(self.model)
        self.event_list.setItemDelegate(EventDelegate(self.event_list))
        self.event_list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.event_list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.event_list.setMouseTracking(True)
        self.event_list.setUniformItemSizes(True)
        self.event_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.event_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.event_list.setSpacing(2)
        self.event_list.setAccessibleName(self.tr("Events"))
        layout.addWidget(self.event_list, 1)

        self.empty = label(role="subtitle", name="eventsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        layout.addWidget(self.empty, 1)
