"""Step 1: the events on offer. Shown at once from the cached catalogue, refreshed behind it."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QModelIndex, QObject, Signal
from PySide6.QtGui import QStandardItem

from boxoffice.ui.formatting import event_availability, event_detail
from boxoffice.ui.i18n import say
from boxoffice.ui.locale_format import time_words
from boxoffice.ui.screens.events.view import (
    AVAILABILITY_ROLE,
    DETAIL_ROLE,
    EVENT_ID_ROLE,
    NAME_ROLE,
    TONE_ROLE,
    EventsView,
)
from boxoffice.ui.tasks import TaskKeeper

if TYPE_CHECKING:
    from boxoffice.domain.catalogue import Catalogue

log = logging.getLogger(__name__)


class CatalogueSource(Protocol):
    """Where the events come from: the last known catalogue, and a fresh one on demand."""

    def cached(self) -> Catalogue | None: ...

    async def refresh(self) -> Catalogue: ...


def event_rows(catalogue: Catalogue | None) -> list[dict[str, str]]:
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
    #: A refresh failed (the exception): a kiosk goes out of order on it.
    refreshFailed = Signal(object)
    #: A refresh succeeded (the catalogue), even when nothing changed.
    refreshed = Signal(object)

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
        self.catalogue: Catalogue | None = None
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
                self.tr(
                    "Box Office is not set up yet.\n"
                    "Open Settings to connect Ticket Tailor and BTCPay."
                )
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
            self.view.updated.setText(self.tr("Last known list"))
        else:
            self._show(None)
            self.view.empty.setText(self.tr("Loading the events…"))

    def refresh(self) -> None:
        """Fetch the events again in the background (latest request wins)."""
        if self.source is None:
            return
        self.view.updated.setText(self.tr("Updating…"))
        self.view.refresh_button.setEnabled(False)
        self.tasks.spawn(self._refresh(), key="catalogue")

    def refresh_event(self, event_id: str | None) -> None:
        """After a sale: fetch only that event again (one request, not the whole list)."""
        one = getattr(self.source, "refresh_event", None)
        if event_id is None or one is None:
            self.refresh()
            return
        self.view.updated.setText(self.tr("Updating…"))
        self.view.refresh_button.setEnabled(False)
        self.tasks.spawn(self._refresh(lambda: one(event_id)), key="catalogue")

    async def _refresh(self, fetch: Callable[[], Awaitable[Catalogue]] | None = None) -> None:
        source = self.source
        if source is None:
            return
        try:
            catalogue = await (fetch() if fetch is not None else source.refresh())
        except Exception as error:
            if source is not self.source:
                return
            reason = self._describe_error(error)
            self.view.banner.show_message(
                (
                    self.tr("Could not update the events: {reason} Showing the last known list.")
                    if self.catalogue is not None
                    else self.tr("Could not update the events: {reason}")
                ).format(reason=reason),
                "error",
            )
            self.view.updated.setText(self.tr("Not updated"))
            if self.catalogue is None:
                self.view.empty.setText(self.tr("No events to show yet."))
            self.refreshFailed.emit(error)
        else:
            if source is not self.source:
                return
            self.view.banner.clear()
            self._show(catalogue)
            self.refreshed.emit(catalogue)
            unreadable = getattr(catalogue, "unreadable_words", None)
            if unreadable:
                # One odd object is left out rather than emptying the list: say so, so staff
                # know an event may be missing (the log names it).
                self.view.banner.show_message(f"{say(unreadable)}.", "warning", action=False)
            stamp = time_words(datetime.fromtimestamp(self._clock()))
            self.view.updated.setText(self.tr("Updated {time}").format(time=stamp))
        finally:
            self.view.refresh_button.setEnabled(True)

    def focus(self) -> None:
        """Put the keyboard focus on the list of events."""
        self.view.event_list.setFocus()

    def _show(self, catalogue: Catalogue | None) -> None:
        self.catalogue = catalogue
        self._show_rows(event_rows(catalogue))
        if catalogue is not None and not catalogue.events:
            self.view.empty.setText(
                self.tr("No events on sale.\nOrganisers: pick the events sold here in Settings.")
            )
        self.catalogueChanged.emit(catalogue)

    def _show_rows(self, rows: list[dict[str, str]]) -> None:
        """Replace the rows; each dict has id, name, detail, availability, tone."""
        view = self.view
        current = view.event_list.currentIndex().data(EVENT_ID_ROLE)
        view.model.clear()
        for row in rows:
            item = QStandardItem(f"{row['name']} — {row['detail']} — {row['availability']}")
            item.setData(row["id"], EVENT_ID_ROLE)
            item.setData(row["name"], NAME_ROLE)
            item.setData(row["detail"], DETAIL_ROLE)
            item.setData(row["availability"], AVAILABILITY_ROLE)
            item.setData(row["tone"], TONE_ROLE)
            item.setToolTip(f"{row['name']}\n{row['detail']}\n{row['availability']}")
            item.setEditable(False)
            view.model.appendRow(item)
            if row["id"] == current:
                view.event_list.setCurrentIndex(item.index())
        has_rows = bool(rows)
        view.event_list.setVisible(has_rows)
        view.empty.setVisible(not has_rows)

    def _on_activated(self, index: QModelIndex) -> None:
        event_id = index.data(EVENT_ID_ROLE)
        if event_id:
            self.eventChosen.emit(event_id)
