"""The sales view: the till's sales of the shift, filtered and searched, each a tap away.

After a network blip or a restart, staff must be able to tell whether the previous sale went
through, and show, print or e-mail a customer's tickets again (btcpayserver#5379,
lnbits/tpos#20). Rows follow the engine's snapshots as they change, so a sale paid late turns
up here in the list as it happens. The buttons under the filters act on the chosen sale and
are enabled only where they can work (`offers`); what they do is `SalesActions`' (the window's
flow), this controller only says which sale staff meant.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut

from boxoffice.ui.formatting import plural
from boxoffice.ui.i18n import count_words
from boxoffice.ui.screens.recent_sales.filters import (
    ATTENTION,
    CLOSED,
    COMPLETED,
    IN_PROGRESS,
    OTHER_TILLS,
    REFUNDED,
    STATE_FILTERS,
    SalesFilter,
    in_state_filter,
)
from boxoffice.ui.screens.recent_sales.model import SALE_ID_ROLE, RecentSalesModel
from boxoffice.ui.screens.recent_sales.offers import SaleAction, offered
from boxoffice.ui.screens.recent_sales.view import RecentSalesView
from boxoffice.ui.widgets.common import set_tone

if TYPE_CHECKING:
    from boxoffice.domain.sale import Sale

#: How many of the latest sales the view loads: a whole shift's, and more, at a busy door.
SHOWN_SALES = 1000


class RecentSalesController(QObject):
    """Fills the list from the engine's snapshots and says which sale staff chose, for what."""

    saleChosen = Signal(str)  # sale id: open it
    #: An action on a sale (a `SaleAction` value, the sale id).
    actionRequested = Signal(str, str)
    otherTillsRequested = Signal()

    def __init__(self, view: RecentSalesView, *, clock: Callable[[], float] = time.time) -> None:
        super().__init__(view)
        self.view = view
        self.limit = SHOWN_SALES
        self.model = RecentSalesModel(clock, self)
        self.filter = SalesFilter(self.model, self)
        #: Whether ticket e-mails can go out (the engine's word, once the till is open).
        self.email_possible: Callable[[], bool] = lambda: True
        #: Until the first list arrives, the view says it is loading, not that there are none.
        self.loading = True
        view.table.setModel(self.filter)
        view.fit_columns()
        # One tap opens a sale (a touch screen has no double-click); Enter does too.
        view.table.clicked.connect(self._chosen)
        view.table.activated.connect(self._chosen)
        view.table.selectionModel().currentRowChanged.connect(self._show_actions)
        for key, words in STATE_FILTERS:
            view.state_filter.addItem(QCoreApplication.translate("SalesFilter", words), key)
        view.state_filter.currentIndexChanged.connect(self._state_chosen)
        view.event_filter.currentIndexChanged.connect(self._event_chosen)
        view.search.textChanged.connect(self._searched)
        view.clear_filters.clicked.connect(self.clear_filters)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), view)
        # Only here: another page may want the same keys for its own search.
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(lambda: view.search.setFocus())
        self._action_of = {
            view.open_button: SaleAction.OPEN,
            view.payment_button: SaleAction.PAYMENT,
            view.reprint_button: SaleAction.REPRINT,
            view.resend_button: SaleAction.RESEND,
            view.retry_button: SaleAction.RETRY,
            view.btcpay_button: SaleAction.BTCPAY,
        }
        for widget, action in self._action_of.items():
            widget.clicked.connect(lambda _=False, a=action: self.request(a))
        view.other_tills.clicked.connect(self.otherTillsRequested)
        # What the table shows follows the filter's signals (sent once it has caught up with
        # the sales), drawn once per turn of the loop: filtering a few thousand sales sends a
        # signal per range of rows it removes, and measuring the columns for each would take
        # seconds. The events offered follow the sales themselves.
        self._refresh_soon = QTimer(self)
        self._refresh_soon.setSingleShot(True)
        self._refresh_soon.setInterval(0)
        self._refresh_soon.timeout.connect(self._refresh)
        shown = self.filter
        for signal in (
            shown.modelReset,
            shown.rowsInserted,
            shown.rowsRemoved,
            shown.dataChanged,
            shown.layoutChanged,
        ):
            signal.connect(self._refresh_soon.start)
        view.table.selectionModel().selectionChanged.connect(self._show_actions)
        #: The sale chosen before rows went away: Qt would choose a neighbour instead, and a
        #: button pressed then would act on a sale nobody chose.
        self._kept: str | None = None
        shown.rowsAboutToBeRemoved.connect(self._keep_choice)
        shown.layoutAboutToBeChanged.connect(self._keep_choice)
        for signal in (self.model.modelReset, self.model.rowsInserted):
            signal.connect(self._list_events)
        self._show_summary()

    # -- contents -----------------------------------------------------------------------------

    def set_sales(self, sales: Iterable[Sale]) -> None:
        chosen = self.chosen_sale_id()
        self.loading = False
        self.model.set_sales(sales)
        self._refresh()
        if chosen is not None:
            self.select(chosen)

    def update(self, sale: Sale) -> None:
        """A sale changed (or started): its row follows."""
        self.model.upsert(sale)

    def select(self, sale_id: str) -> None:
        row = self.model.row_of(sale_id)
        if row is None:
            return
        index = self.filter.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # filtered out: show every sale, then choose it
            self.clear_filters()
            index = self.filter.mapFromSource(self.model.index(row, 0))
        self.view.table.selectRow(index.row())
        self.view.table.scrollTo(index)

    def focus(self) -> None:
        """Put the keyboard focus on the table of sales."""
        self.view.table.setFocus()

    def chosen_sale_id(self) -> str | None:
        index = self.view.table.currentIndex()
        if not index.isValid() or not self.view.table.selectionModel().isRowSelected(
            index.row(), QModelIndex()
        ):
            return None
        return index.data(SALE_ID_ROLE)

    def chosen_sale(self) -> Sale | None:
        if self.chosen_sale_id() is None:
            return None
        source = self.filter.mapToSource(self.view.table.currentIndex())
        return self.model.sale_at(source.row()) if source.isValid() else None

    def request(self, action: SaleAction | str) -> None:
        """Ask for `action` on the chosen sale, if it is offered for it now."""
        sale = self.chosen_sale()
        action = SaleAction(action)
        if sale is None or action not in offered(sale, email_possible=self.email_possible()):
            return
        if action is SaleAction.OPEN:
            self.saleChosen.emit(sale.id)
        else:
            self.actionRequested.emit(str(action), sale.id)

    def show_other_tills(self, newest: str | None = None) -> None:
        """Only the sales other tills left (and this one finished), the newest chosen."""
        combo = self.view.state_filter
        combo.setCurrentIndex(combo.findData(OTHER_TILLS))
        if newest is not None:
            self.select(newest)

    def show_status(self, text: str, tone: str = "info") -> None:
        """What the last action came to, under the buttons (empty: nothing to say)."""
        self.view.status.setText(text)
        self.view.status.setVisible(bool(text))
        set_tone(self.view.status, tone)

    # -- filters ------------------------------------------------------------------------------

    def clear_filters(self) -> None:
        view = self.view
        self._keep_choice()
        for widget in (view.search, view.state_filter, view.event_filter):
            widget.blockSignals(True)
        view.search.clear()
        view.state_filter.setCurrentIndex(0)
        view.event_filter.setCurrentIndex(0)
        for widget in (view.search, view.state_filter, view.event_filter):
            widget.blockSignals(False)
        self.filter.clear()
        self._filtered()

    def _state_chosen(self, _index: int) -> None:
        self._keep_choice()
        self.filter.set_state(self.view.state_filter.currentData() or "")
        self._filtered()

    def _event_chosen(self, _index: int) -> None:
        self._keep_choice()
        self.filter.set_event(self.view.event_filter.currentData())
        self._filtered()

    def _searched(self, text: str) -> None:
        self._keep_choice()
        self.filter.set_search(text)
        self._filtered()

    def _filtered(self) -> None:
        self._refresh()

    def _keep_choice(self, *_args: object) -> None:
        if self._kept is None:
            self._kept = self.chosen_sale_id()

    def _restore_choice(self) -> None:
        """Keep the sale chosen if it is still shown; else choose none (never a neighbour)."""
        kept, self._kept = self._kept, None
        if kept is None or self.chosen_sale_id() == kept:
            return
        row = self.model.row_of(kept)
        index = self.filter.mapFromSource(self.model.index(row, 0)) if row is not None else None
        table = self.view.table
        if index is not None and index.isValid():
            table.setCurrentIndex(index)
            table.selectRow(index.row())
        else:
            table.selectionModel().clear()

    def _refresh(self) -> None:
        self._refresh_soon.stop()
        self._restore_choice()
        self._show_summary()
        self.view.fit_columns()
        self._show_actions()

    def _list_events(self, *_args: object) -> None:
        """The events that occur in the sales, by name; the chosen one stays chosen."""
        combo = self.view.event_filter
        chosen = combo.currentData()
        events: dict[str, str] = {}
        for sale in self.model.sales():
            events.setdefault(sale.order.event_id, sale.order.event_name)
        named = sorted(events.items(), key=lambda item: item[1].casefold())
        wanted: list[tuple[str | None, str]] = [(None, self.tr("All events")), *named]
        present = [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]
        if present == wanted:
            return
        combo.blockSignals(True)
        combo.clear()
        for event_id, name in wanted:
            combo.addItem(name, event_id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
        combo.blockSignals(False)
        if chosen and combo.currentData() != chosen:
            self._event_chosen(combo.currentIndex())

    # -- what is shown ------------------------------------------------------------------------

    def _chosen(self, index: QModelIndex) -> None:
        sale_id = index.data(SALE_ID_ROLE)
        if sale_id:
            self.saleChosen.emit(sale_id)

    def _show_actions(self, *_args: object) -> None:
        actions = offered(self.chosen_sale(), email_possible=self.email_possible())
        for widget, action in self._action_of.items():
            widget.setEnabled(action in actions)

    def _show_summary(self, *_args: object) -> None:
        sales = self.model.sales()
        view = self.view
        shown = self.filter.rowCount()
        view.empty.setVisible(shown == 0)
        view.clear_filters.setVisible(shown == 0 and bool(sales) and self.filter.active)
        if self.loading:
            view.empty.setText(self.tr("Loading the sales…"))
        elif not sales:
            view.empty.setText(
                self.tr("No sales on this till yet. Sales appear here as soon as they start.")
            )
        else:
            view.empty.setText(self.tr("No sale matches the search or the filters."))
        if not sales:
            view.summary.setText("")
            return
        parts = [self._count_words(sales)]
        counts = [
            (IN_PROGRESS, self.tr("{count} in progress")),
            (COMPLETED, self.tr("{count} completed")),
            (ATTENTION, ""),
            (CLOSED, self.tr("{count} released/expired")),
            (REFUNDED, self.tr("{count} refunded")),
        ]
        for key, words in counts:
            count = sum(1 for sale in sales if in_state_filter(sale, key))
            if not count:
                continue
            if key == ATTENTION:
                words = count_words(
                    count, self.tr("{count} needs attention"), self.tr("{count} need attention")
                )
                parts.append(words)
            else:
                parts.append(words.format(count=count))
        if self.filter.active:
            parts.append(self.tr("{shown} shown").format(shown=shown))
        if not shown:
            view.summary.setText(" · ".join(parts))
            return
        view.summary.setText(
            self.tr("{parts} — tap a sale to open it.").format(parts=" · ".join(parts))
        )

    def _count_words(self, sales: list[Sale]) -> str:
        if len(sales) >= self.limit:
            return self.tr("Newest first · the latest {sales}").format(
                sales=plural(len(sales), "sale")
            )
        return self.tr("Newest first · {sales}").format(sales=plural(len(sales), "sale"))
