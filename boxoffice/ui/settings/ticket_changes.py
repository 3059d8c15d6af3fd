"""Ticket changes: per ticket type, what this till changes (name, door price, description, hide).

The changes are `TicketOverride`s of `boxoffice.domain.catalogue`, saved as the
`ticket_overrides` setting; Ticket Tailor itself is not changed. Each row shows the price the
customer pays without a change (`door_price`: Ticket Tailor's price plus its booking fee), the
same figure the sale charges.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from boxoffice.domain.catalogue import TicketOverride, door_price
from boxoffice.domain.money import format_money, parse_price
from boxoffice.ui.errors import describe_error
from boxoffice.ui.formatting import event_when
from boxoffice.ui.i18n import QT_TRANSLATE_NOOP
from boxoffice.ui.settings.events import EventChoice
from boxoffice.ui.widgets.common import label, set_tone

if TYPE_CHECKING:
    from collections.abc import Mapping

#: The table's headings, translated where they are shown.
OVERRIDE_COLUMNS = (
    QT_TRANSLATE_NOOP("TicketChangesPage", "Ticket type"),
    QT_TRANSLATE_NOOP("TicketChangesPage", "Name at the door"),
    QT_TRANSLATE_NOOP("TicketChangesPage", "Door price"),
    QT_TRANSLATE_NOOP("TicketChangesPage", "Description"),
    QT_TRANSLATE_NOOP("TicketChangesPage", "Hide here"),
)
NAME, PRICE, DESCRIPTION, HIDDEN = 1, 2, 3, 4


class TicketChangesPage(QWidget):
    """Per event, a table of its ticket types and what this till changes about each."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("ticketsTab")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(
            label(
                self.tr(
                    "Change a ticket type at this till only: another name, a door price (leave "
                    "empty for the Ticket Tailor price plus booking fee), another description, "
                    "or hide it here. Ticket Tailor itself is not changed."
                ),
                role="hint",
            )
        )
        row = QHBoxLayout()
        caption = QLabel(self.tr("Event"))
        row.addWidget(caption)
        # Not `self.event`: that would hide QWidget.event(), Qt's event handler.
        self.event_box = QComboBox()
        self.event_box.setObjectName("overrideEvent")
        self.event_box.setAccessibleName(self.tr("Event"))
        caption.setBuddy(self.event_box)
        row.addWidget(self.event_box, 1)
        layout.addLayout(row)
        self.table = QTableWidget(0, len(OVERRIDE_COLUMNS))
        self.table.setObjectName("overrideTable")
        self.table.setAccessibleName(self.tr("Ticket changes"))
        self.table.setHorizontalHeaderLabels([self.tr(words) for words in OVERRIDE_COLUMNS])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PRICE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(HIDDEN, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(44)
        layout.addWidget(self.table, 1)
        self.status = label(name="overrideStatus")
        layout.addWidget(self.status)


def _text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return (item.text() if item is not None else "").strip()


class TicketChanges:
    """Fills the table for the event chosen, and reads the edits back into `overrides`.

    The events are the ones `choice` loaded: the ticked ones, or all when none are ticked.
    """

    def __init__(
        self,
        page: TicketChangesPage,
        *,
        choice: EventChoice,
        overrides: Mapping[str, TicketOverride],
    ) -> None:
        self.page = page
        self.choice = choice
        #: The changes by ticket type id, as edited so far.
        self.overrides: dict[str, TicketOverride] = dict(overrides)
        #: A sentence per door price that is not a valid amount, from the last `commit()`.
        self.errors: list[str] = []
        self._event_id: str | None = None
        page.event_box.currentIndexChanged.connect(self._on_event)

    def fill_events(self) -> None:
        """Offer the events to change tickets of, keeping the one chosen if still there."""
        combo = self.page.event_box
        events = self.choice.events
        chosen = [e for e in events if e.id in self.choice.selected] or list(events)
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for event in chosen:
            combo.addItem(f"{event.name} — {event_when(event.start)}", event.id)
        index = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)
        if not chosen:
            self.page.status.setText(
                QCoreApplication.translate(
                    "TicketChanges", "Load the events (Events tab) to change tickets."
                )
            )
        self._on_event()

    def _on_event(self, *_args: object) -> None:
        self.commit()
        event = self.choice.event(self.page.event_box.currentData())
        self._event_id = event.id if event is not None else None
        table = self.page.table
        table.setRowCount(0)
        if event is None:
            return
        currency = event.currency.upper()
        table.setRowCount(len(event.ticket_types))
        for row, ticket_type in enumerate(event.ticket_types):
            change = self.overrides.get(ticket_type.id) or TicketOverride()
            price = door_price(ticket_type, currency)
            status = "" if ticket_type.status == "on_sale" else f" · {ticket_type.status}"
            head = QTableWidgetItem(f"{ticket_type.name}\n{format_money(price, currency)}{status}")
            head.setData(Qt.ItemDataRole.UserRole, ticket_type.id)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            table.setItem(row, 0, head)
            table.setItem(row, NAME, QTableWidgetItem(change.name or ""))
            price_text = "" if change.price is None else f"{change.price:f}"
            table.setItem(row, PRICE, QTableWidgetItem(price_text))
            table.setItem(row, DESCRIPTION, QTableWidgetItem(change.description or ""))
            hidden = QTableWidgetItem(QCoreApplication.translate("TicketChanges", "Hide"))
            hidden.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            hidden.setCheckState(
                Qt.CheckState.Checked if change.hidden else Qt.CheckState.Unchecked
            )
            table.setItem(row, HIDDEN, hidden)
        table.resizeRowsToContents()
        self.page.status.setText("")

    def commit(self) -> list[str]:
        """Read the table back into `overrides`; bad prices are collected as `errors`."""
        self.errors = []
        event = self.choice.event(self._event_id)
        if event is None:
            return self.errors
        table = self.page.table
        currency = event.currency.upper()
        for row in range(table.rowCount()):
            head = table.item(row, 0)
            if head is None:
                continue
            ticket_type_id = head.data(Qt.ItemDataRole.UserRole)
            name = _text(table, row, NAME)
            price_item = table.item(row, PRICE)
            price_text = _text(table, row, PRICE)
            description = _text(table, row, DESCRIPTION)
            hidden_item = table.item(row, HIDDEN)
            hidden = hidden_item is not None and hidden_item.checkState() == Qt.CheckState.Checked
            price = None
            if price_text:
                try:
                    price = parse_price(price_text, currency)
                except ValueError as error:
                    first_line = head.text().splitlines()[0]
                    self.errors.append(
                        QCoreApplication.translate("TicketChanges", "{ticket}: {problem}").format(
                            ticket=first_line, problem=describe_error(error)
                        )
                    )
                    if price_item is not None:
                        price_item.setToolTip(describe_error(error))
                    continue
            if not (name or price is not None or description or hidden):
                self.overrides.pop(ticket_type_id, None)
                continue
            self.overrides[ticket_type_id] = TicketOverride(
                name=name or None, price=price, description=description or None, hidden=hidden
            )
        if self.errors:
            self.page.status.setText(self.errors[0])
            set_tone(self.page.status, "error")
        else:
            set_tone(self.page.status, "")
        return self.errors
