"""Which events this till sells: the account's published events, loaded and ticked.

With none ticked, the catalogue offers every published event with tickets on sale
(`boxoffice.domain.catalogue`); the ticks are saved as the `event_ids` setting. An event ticked
earlier that Ticket Tailor no longer lists stays in the list, so it can be unticked.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import httpx
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from boxoffice.app.settings.kinds import SettingError
from boxoffice.services.secrets import TICKETTAILOR_API_KEY
from boxoffice.ui.errors import describe_error
from boxoffice.ui.formatting import event_when
from boxoffice.ui.i18n import count_words
from boxoffice.ui.settings.keys import ApiKeys
from boxoffice.ui.settings.pages import SettingField
from boxoffice.ui.tasks import TaskKeeper
from boxoffice.ui.widgets.common import button, label, set_tone

if TYPE_CHECKING:
    from boxoffice.services.tickettailor.models import Event


class EventChoicePage(QWidget):
    """A checkable list of the account's events: the ones ticked are sold at this till."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("eventsTab")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(
            label(
                self.tr(
                    "Tick the events sold at this till. With none ticked, every published "
                    "event with tickets on sale is offered."
                ),
                role="hint",
            )
        )
        row = QHBoxLayout()
        self.load = button(self.tr("Load events from Ticket Tailor"), name="loadEventsButton")
        row.addWidget(self.load)
        self.status = label(role="hint", name="eventsLoadStatus")
        row.addWidget(self.status, 1)
        layout.addLayout(row)
        self.list = QListWidget()
        self.list.setObjectName("eventChoices")
        self.list.setAccessibleName(self.tr("Events sold at this till"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        layout.addWidget(self.list, 1)
        self.note = label(role="hint")
        self.note.hide()
        layout.addWidget(self.note)


class EventChoice:
    """Loads the published events with the address and key typed, and keeps the ticks.

    `on_loaded` is called once a new list of events has arrived (the ticket changes follow).
    """

    def __init__(
        self,
        page: EventChoicePage,
        *,
        selected: Iterable[str],
        url_field: SettingField,
        keys: ApiKeys,
        tasks: TaskKeeper,
        transport: httpx.AsyncBaseTransport | None,
        on_loaded: Callable[[], None],
    ) -> None:
        self.page = page
        self.url_field = url_field
        self.keys = keys
        self.tasks = tasks
        self.transport = transport
        self.on_loaded = on_loaded
        #: The account's published events, by start time, once loaded.
        self.events: list[Event] = []
        #: The ids ticked, in the order they were ticked.
        self.selected: list[str] = list(selected)
        page.load.clicked.connect(self.load)
        page.list.itemChanged.connect(self._on_ticked)

    def load(self) -> None:
        self.tasks.spawn(self._load(), key="events")

    def loading(self) -> bool:
        return self.tasks.running("events")

    def event(self, event_id: str | None) -> Event | None:
        return next((e for e in self.events if e.id == event_id), None)

    def set_ticked(self, event_id: str, ticked: bool) -> None:
        """Tick or untick an event in the list (as a click on its box would)."""
        listing = self.page.list
        for row in range(listing.count()):
            item = listing.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == event_id:
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                return
        raise KeyError(event_id)

    async def _load(self) -> None:
        from boxoffice.services.tickettailor.client import TicketTailorClient

        page = self.page
        await self.keys.ready()  # the stored key may still be on its way
        key = self.keys.text(TICKETTAILOR_API_KEY)
        field = self.url_field
        try:
            url = field.setting.coerce(field.value())
        except SettingError as error:
            page.status.setText(
                QCoreApplication.translate("EventChoice", "{setting} {problem}.").format(
                    setting=field.caption, problem=describe_error(error)
                )
            )
            return
        if not key or not url:
            page.status.setText(
                QCoreApplication.translate(
                    "EventChoice", "Enter the Ticket Tailor address and API key first."
                )
            )
            self._show()
            return
        page.status.setText(QCoreApplication.translate("EventChoice", "Loading the events…"))
        page.load.setEnabled(False)
        client = TicketTailorClient(key, url, transport=self.transport)
        try:
            events = await client.list_events(statuses=("published",))
        except Exception as error:
            page.status.setText(
                QCoreApplication.translate(
                    "EventChoice", "Could not load the events: {error}"
                ).format(error=describe_error(error))
            )
            set_tone(page.status, "error")
            return
        finally:
            page.load.setEnabled(True)
            await client.aclose()
        events.sort(key=lambda e: (e.start.unix if e.start else 0, e.name))
        self.events = events
        set_tone(page.status, "")
        page.status.setText(
            count_words(
                len(events),
                QCoreApplication.translate(
                    "EventChoice", "{count} published event in Ticket Tailor."
                ),
                QCoreApplication.translate(
                    "EventChoice", "{count} published events in Ticket Tailor."
                ),
            )
        )
        self._show()
        self.on_loaded()

    def _show(self) -> None:
        listing = self.page.list
        listing.blockSignals(True)
        listing.clear()
        known = set()
        for event in self.events:
            known.add(event.id)
            when = event_when(event.start, event.end)
            notes = []
            if event.unavailable:
                notes.append(QCoreApplication.translate("EventChoice", "marked unavailable"))
            if not event.tickets_available:
                notes.append(QCoreApplication.translate("EventChoice", "not on sale"))
            ended = event.end or event.start
            if ended is not None and ended.unix < time.time():
                notes.append(QCoreApplication.translate("EventChoice", "over"))
            extra = f" · {', '.join(notes)}" if notes else ""
            item = QListWidgetItem(
                f"{event.name}{extra}\n{when} · {event.venue_name or ''} · {event.id}"
            )
            self._checkable(item, event.id)
            listing.addItem(item)
        for event_id in self.selected:
            if event_id not in known:
                text = (
                    QCoreApplication.translate(
                        "EventChoice", "{event} (not found among the published events)"
                    ).format(event=event_id)
                    if self.events
                    else event_id
                )
                item = QListWidgetItem(text)
                self._checkable(item, event_id)
                listing.addItem(item)
        listing.blockSignals(False)

    def _checkable(self, item: QListWidgetItem, event_id: str) -> None:
        item.setData(Qt.ItemDataRole.UserRole, event_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        ticked = event_id in self.selected
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def _on_ticked(self, item: QListWidgetItem) -> None:
        event_id = item.data(Qt.ItemDataRole.UserRole)
        ticked = item.checkState() == Qt.CheckState.Checked
        if ticked and event_id not in self.selected:
            self.selected.append(event_id)
        elif not ticked and event_id in self.selected:
            self.selected.remove(event_id)
