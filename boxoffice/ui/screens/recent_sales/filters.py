"""Which sales the list shows: a state, an event and a search, applied as staff type.

At the door a customer says "I paid, where are my tickets?" and gives a name, an address, the
invoice id from their wallet or shows a ticket's barcode: any of these finds the sale. Each sale's
searchable text is written once, lower-cased, when its row changes (`search_text`), so filtering
a few thousand sales on each key press is a substring test per row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from boxoffice.domain.sale import SaleState
from boxoffice.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from boxoffice.domain.sale import Sale
    from boxoffice.ui.screens.recent_sales.model import RecentSalesModel

ALL = "all"
IN_PROGRESS = "in_progress"
COMPLETED = "completed"
ATTENTION = "attention"
CLOSED = "closed"
REFUNDED = "refunded"
#: Not a state: the sales other tills left, finished here (`RecentSalesModel.foreign`).
OTHER_TILLS = "other_tills"

#: The state filters in the order offered, with their words (context "SalesFilter").
STATE_FILTERS = (
    (ALL, QT_TRANSLATE_NOOP("SalesFilter", "All states")),
    (IN_PROGRESS, QT_TRANSLATE_NOOP("SalesFilter", "In progress")),
    (COMPLETED, QT_TRANSLATE_NOOP("SalesFilter", "Completed")),
    (ATTENTION, QT_TRANSLATE_NOOP("SalesFilter", "Needs attention")),
    (CLOSED, QT_TRANSLATE_NOOP("SalesFilter", "Released/expired")),
    (REFUNDED, QT_TRANSLATE_NOOP("SalesFilter", "Refunded")),
    (OTHER_TILLS, QT_TRANSLATE_NOOP("SalesFilter", "Other tills' sales")),
)

#: Closed without a sale: released (expired, cancelled, invalid), being released, or never
#: started (sold out meanwhile, a service refused).
_CLOSED_STATES = frozenset({SaleState.RELEASED, SaleState.RELEASING, SaleState.FAILED})


def in_state_filter(sale: Sale, key: str) -> bool:
    """Whether `sale` belongs under the state filter `key` (a refunded sale is also in its
    state's own filter: the refund does not change what happened to the sale)."""
    state = sale.state
    if key == IN_PROGRESS:
        return not state.terminal and state not in _CLOSED_STATES
    if key == COMPLETED:
        return state is SaleState.COMPLETED
    if key == ATTENTION:
        # A sale continued by a new invoice for the rest is settled: its row says
        # "Continued", and the continuation is the sale to watch.
        continued = sale.resolution is not None and sale.resolution.continued_in is not None
        return state is SaleState.NEEDS_ATTENTION and not continued
    if key == CLOSED:
        return state in _CLOSED_STATES
    if key == REFUNDED:
        return sale.refund is not None
    return True


class SalesFilter(QSortFilterProxyModel):
    """The sales model seen through the state, event and search filters."""

    def __init__(self, source: RecentSalesModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self.setSourceModel(source)
        self.state_key = ALL
        self.event_id: str | None = None
        self._words: tuple[str, ...] = ()

    @property
    def active(self) -> bool:
        """Whether any filter leaves sales out."""
        return self.state_key != ALL or self.event_id is not None or bool(self._words)

    def set_state(self, key: str) -> None:
        self.beginFilterChange()
        self.state_key = key or ALL
        self._filter_changed()

    def set_event(self, event_id: str | None) -> None:
        self.beginFilterChange()
        self.event_id = event_id or None
        self._filter_changed()

    def set_search(self, text: str) -> None:
        """Every word typed must occur (in any of the sale's fields): "ada gmail" finds Ada."""
        self.beginFilterChange()
        self._words = tuple(text.casefold().split())
        self._filter_changed()

    def clear(self) -> None:
        self.beginFilterChange()
        self.state_key, self.event_id, self._words = ALL, None, ()
        self._filter_changed()

    def _filter_changed(self) -> None:
        # Only which rows pass changes (the columns never do): Qt re-filters the rows alone.
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self,
        source_row: int,
        source_parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        sale = self._source.sale_at(source_row)
        if sale is None:
            return False
        if self.event_id is not None and sale.order.event_id != self.event_id:
            return False
        if self.state_key == OTHER_TILLS:
            if not self._source.foreign(sale):
                return False
        elif not in_state_filter(sale, self.state_key):
            return False
        if self._words:
            text = self._source.search_text_at(source_row)
            return all(word in text for word in self._words)
        return True
