"""Step 1: the events on offer. Shown at once from the cached catalogue, refreshed behind it."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QModelIndex, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from boxoffice.ui.formatting import event_availability, event_detail
from boxoffice.ui.tasks import TaskKeeper
from boxoffice.ui.widgets.common import PILL_COLOURS, Banner, button, label

log = logging.getLogger(__name__)

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3
AVAILABILITY_ROLE = Qt.ItemDataRole.UserRole + 4
TONE_ROLE = Qt.ItemDataRole.UserRole + 5


class CatalogueSource(Protocol):
    """Where the events come from: the last known catalogue, and a fresh one on demand."""

    def cached(self) -> Any | None: ...

    async def refresh(self) -> Any: ...


class EventDelegate(QStyledItemDelegate):
    """Paints an event as a card: name large, date and venue below, availability as a pill."""

    ROW_HEIGHT = 96

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        # Width 0: the list gives every row its own width; only the height matters here.
        return QSize(0, self.ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
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
        self.title = label("Choose an event", role="title")
        header.addWidget(self.title, 1)
        self.updated = label(role="hint", name="catalogueUpdated")
        self.updated.setWordWrap(False)
        header.addWidget(self.updated, 0, Qt.AlignmentFlag.AlignVCenter)
        self.refresh_button = button("Refresh", name="refreshButton")
        header.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(header)

        self.banner = Banner(name="refreshBanner", action="Try again", action_name="retryButton")
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
        self.event_list.setAccessibleName("Events")
        layout.addWidget(self.event_list, 1)

        self.empty = label(role="subtitle", name="eventsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        layout.addWidget(self.empty, 1)

    def show_events(self, rows: list[dict[str, str]]) -> None:
        """Replace the rows; each dict has id, name, detail, availability, tone."""
        current = self.event_list.currentIndex().data(EVENT_ID_ROLE)
        self.model.clear()
        for row in rows:
            item = QStandardItem(f"{row['name']} — {row['detail']} — {row['availability']}")
            item.setData(row["id"], EVENT_ID_ROLE)
            item.setData(row["name"], NAME_ROLE)
            item.setData(row["detail"], DETAIL_ROLE)
            item.setData(row["availability"], AVAILABILITY_ROLE)
            item.setData(row["tone"], TONE_ROLE)
            item.setToolTip(f"{row['name']}\n{row['detail']}\n{row['availability']}")
            item.setEditable(False)
            self.model.appendRow(item)
            if row["id"] == current:
                self.event_list.setCurrentIndex(item.index())
        has_rows = bool(rows)
        self.event_list.setVisible(has_rows)
        self.empty.setVisible(not has_rows)


def event_rows(catalogue: Any) -> list[dict[str, str]]:
    """The rows the events list shows for a catalogue."""
    rows = []
    for event in catalogue.events if catalogue is not None else ():
        availability, tone = event_availability(event)
        rows.append(
            {
                "id": event.id,
                "name": event.name,
                "detail": event_detail(event),
                "availability": availability,
                "tone": tone,
            }
        )
    return rows


class EventsController(QObject):
    """Fills the events view from the catalogue source and opens the chosen event.

    The cached catalogue is shown synchronously, so the till is usable before the network
    answers; a refresh runs in the background, and a newer refresh cancels an older one.
    """

    catalogueChanged = Signal(object)
    eventChosen = Signal(str)

    def __init__(
        self,
        view: EventsView,
        source: CatalogueSource | None,
        tasks: TaskKeeper,
        *,
        describe_error: Callable[[BaseException], str] = str,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.source = source
        self.tasks = tasks
        self.catalogue: Any | None = None
        self._describe_error = describe_error
        self._clock = clock
        view.event_list.activated.connect(self._on_activated)
        # A tap on a touch screen is a single click; `activated` alone needs a double-click
        # on most desktop styles.
        view.event_list.clicked.connect(self._on_activated)
        view.refresh_button.clicked.connect(self.refresh)
        view.banner.actionClicked.connect(self.refresh)

    def set_source(self, source: CatalogueSource | None) -> None:
        """Use another catalogue source (after the settings changed)."""
        self.source = source
        self.tasks.cancel("catalogue")

    def show_cached(self) -> None:
        """Show the last known catalogue at once (no network)."""
        if self.source is None:
            self._show(None)
            self.view.empty.setText(
                "Box Office is not set up yet.\nOpen Settings to connect Ticket Tailor and BTCPay."
            )
            self.view.updated.setText("")
            return
        try:
            cached = self.source.cached()
        except Exception as error:  # a damaged cache must not stop the till
            log.warning("could not read the cached catalogue: %s", error)
            cached = None
        if cached is not None:
            self._show(cached)
            self.view.updated.setText("Last known list")
        else:
            self._show(None)
            self.view.empty.setText("Loading the events…")

    def refresh(self) -> None:
        """Fetch the events again in the background (latest request wins)."""
        if self.source is None:
            return
        self.view.updated.setText("Updating…")
        self.view.refresh_button.setEnabled(False)
        self.tasks.spawn(self._refresh(), key="catalogue")

    def refresh_event(self, event_id: str | None) -> None:
        """After a sale: fetch only that event again (one request, not the whole list)."""
        one = getattr(self.source, "refresh_event", None)
        if event_id is None or one is None:
            self.refresh()
            return
        self.view.updated.setText("Updating…")
        self.view.refresh_button.setEnabled(False)
        self.tasks.spawn(self._refresh(lambda: one(event_id)), key="catalogue")

    async def _refresh(self, fetch: Callable[[], Any] | None = None) -> None:
        source = self.source
        try:
            catalogue = await (fetch() if fetch is not None else source.refresh())
        except Exception as error:
            if source is not self.source:
                return
            reason = self._describe_error(error)
            self.view.banner.show_message(
                f"Could not update the events: {reason}"
                + (" Showing the last known list." if self.catalogue is not None else ""),
                "error",
            )
            self.view.updated.setText("Not updated")
            if self.catalogue is None:
                self.view.empty.setText("No events to show yet.")
        else:
            if source is not self.source:
                return
            self.view.banner.clear()
            self._show(catalogue)
            unreadable = getattr(catalogue, "unreadable_words", None)
            if unreadable:
                # One odd object is left out rather than emptying the list: say so, so staff
                # know an event may be missing (the log names it).
                self.view.banner.show_message(f"{unreadable}.", "warning", action=False)
            stamp = time.strftime("%H:%M", time.localtime(self._clock()))
            self.view.updated.setText(f"Updated {stamp}")
        finally:
            self.view.refresh_button.setEnabled(True)

    def _show(self, catalogue: Any | None) -> None:
        self.catalogue = catalogue
        self.view.show_events(event_rows(catalogue))
        if catalogue is not None and not catalogue.events:
            self.view.empty.setText(
                "No events on sale.\nOrganisers: pick the events sold here in Settings."
            )
        self.catalogueChanged.emit(catalogue)

    def _on_activated(self, index: QModelIndex) -> None:
        event_id = index.data(EVENT_ID_ROLE)
        if event_id:
            self.eventChosen.emit(event_id)
