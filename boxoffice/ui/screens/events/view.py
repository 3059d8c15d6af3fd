"""The events screen's layout: a list of event cards, a refresh line and a banner."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from boxoffice.ui.widgets.common import PILL_COLOURS, Banner, button, label

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3
AVAILABILITY_ROLE = Qt.ItemDataRole.UserRole + 4
TONE_ROLE = Qt.ItemDataRole.UserRole + 5


class EventDelegate(QStyledItemDelegate):
    """Paints an event as a card: name large, date and venue below, availability as a pill."""

    ROW_HEIGHT = 96

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        # Width 0: the list gives every row its own width; only the height matters here.
        return QSize(0, self.ROW_HEIGHT)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        try:
            card = option.rect.adjusted(4, 4, -4, -4)
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QColor("#0b4f9c") if selected else QColor("#d7d7d2"))
            painter.setBrush(QColor("#eef4fc") if selected or hovered else QColor("#ffffff"))
            painter.drawRoundedRect(card, 10, 10)

            pill_text = index.data(AVAILABILITY_ROLE) or ""
            tone = index.data(TONE_ROLE) or "info"
            background, foreground = PILL_COLOURS.get(tone, PILL_COLOURS["info"])
            base = QFont(option.font)
            pill_font = QFont(base)
            pill_font.setBold(True)
            pill_font.setPointSizeF(base.pointSizeF() * 1.05)
            painter.setFont(pill_font)
            metrics = painter.fontMetrics()
            pill_width = metrics.horizontalAdvance(pill_text) + 32
            pill = QRect(card.right() - pill_width - 16, card.center().y() - 20, pill_width, 40)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(background))
            painter.drawRoundedRect(pill, 20, 20)
            painter.setPen(QColor(foreground))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, pill_text)

            text_rect = QRect(card.left() + 18, card.top() + 10, pill.left() - card.left() - 30, 0)
            name_font = QFont(base)
            name_font.setBold(True)
            name_font.setPointSizeF(base.pointSizeF() * 1.35)
            painter.setFont(name_font)
            painter.setPen(QColor("#1b1b1b"))
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
            painter.setPen(QColor("#3d3d3d"))
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
