"""The sales as a table model: newest first, each row following its sale's snapshots.

Two lines per cell (the main words and a quieter detail, `DETAIL_ROLE`), as the delegate paints
them. The state stays the last column (its pill takes what is left of the width).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from boxoffice.domain.sale import SaleState
from boxoffice.ui.formatting import btc_short, plural, sale_state_words, sale_time_words
from boxoffice.ui.i18n import QT_TRANSLATE_NOOP
from boxoffice.ui.locale_format import money

if TYPE_CHECKING:
    from boxoffice.domain.sale import Sale

SALE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2
TONE_ROLE = Qt.ItemDataRole.UserRole + 3

COLUMNS = (
    QT_TRANSLATE_NOOP("RecentSalesModel", "Time"),
    QT_TRANSLATE_NOOP("RecentSalesModel", "Sale"),
    QT_TRANSLATE_NOOP("RecentSalesModel", "Total"),
    QT_TRANSLATE_NOOP("RecentSalesModel", "Paid by"),
    QT_TRANSLATE_NOOP("RecentSalesModel", "Buyer"),
    QT_TRANSLATE_NOOP("RecentSalesModel", "Resolved by"),
    QT_TRANSLATE_NOOP("RecentSalesModel", "State"),
)
TIME, SALE, TOTAL, METHOD, BUYER, RESOLVED, STATE = range(len(COLUMNS))

#: What staff chose for a sale, by `ResolutionAction` value (the resolution's own words).
_RESOLUTION_WORDS = {
    "issue_anyway": QT_TRANSLATE_NOOP("RecentSalesModel", "issued anyway"),
    "retry_issuance": QT_TRANSLATE_NOOP("RecentSalesModel", "issue tried again"),
    "new_invoice": QT_TRANSLATE_NOOP("RecentSalesModel", "new invoice"),
    "refund": QT_TRANSLATE_NOOP("RecentSalesModel", "refund"),
}


#: States in which the customer has certainly paid a billed sale.
_PAID_STATES = frozenset({SaleState.CONFIRMING, SaleState.ISSUING, SaleState.COMPLETED})


def paid_by(sale: Sale) -> str | None:
    """How the sale was paid: "lightning", "onchain", "both", "unknown" (paid, the way not
    recorded), "cash", "complimentary", or None (nothing paid yet)."""
    if sale.offline is not None:
        return str(sale.offline.kind)
    payment = sale.payment
    if payment is None:
        # Paid, with no record of the payment here (another till's sale, finished from its
        # invoice): paid, the way unknown.
        paid = sale.state in _PAID_STATES or bool(sale.paid_amount)
        return "unknown" if sale.invoice_id and paid else None
    lightning = payment.btc_paid_lightning or Decimal(0)
    onchain = payment.btc_paid_onchain or Decimal(0)
    if lightning > 0 and onchain > 0:
        return "both"
    if lightning > 0:
        return "lightning"
    if onchain > 0:
        return "onchain"
    return "unknown" if payment.btc_paid > 0 else None


def search_text(sale: Sale) -> str:
    """Everything a sale is found by, lower-cased: buyer, attendee, ids and ticket barcodes."""
    order = sale.order
    parts = [
        order.buyer.email or "",
        order.buyer.name or "",
        order.full_name or "",
        sale.invoice_id or "",
        sale.id,
    ]
    for ticket in sale.tickets:
        parts += [ticket.barcode, ticket.full_name or "", ticket.email or ""]
    return "\n".join(p for p in parts if p).casefold()


class RecentSalesModel(QAbstractTableModel):
    """Sales newest first; `upsert` keeps a row in step with the engine's latest snapshot."""

    def __init__(self, clock: Callable[[], float] = time.time, parent: QObject | None = None):
        super().__init__(parent)
        self._clock = clock
        self._sales: list[Sale] = []
        self._texts: list[str] = []
        #: This till's id: another till's sale (adopted from BTCPay) says whose it was.
        self.device_id: str | None = None
        #: Narrow: the way of paying is said under the amount (its column is hidden).
        self.compact = False

    # -- Qt ----------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sales)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._sales):
            return None
        sale = self._sales[index.row()]
        if role == SALE_ID_ROLE:
            return sale.id
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(sale, column)[0]
        if role == DETAIL_ROLE:
            return self._cell(sale, column)[1]
        if role == TONE_ROLE and column == STATE:
            return sale_state_words(sale)[2]
        if role == Qt.ItemDataRole.ToolTipRole:
            main, detail = self._cell(sale, column)
            return f"{main}\n{detail}" if detail else main
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return " ".join(part for part in self._cell(sale, column) if part)
        return None

    def _cell(self, sale: Sale, column: int) -> tuple[str, str]:
        order = sale.order
        if column == TIME:
            clock, day = sale_time_words(sale.created_at, self._clock())
            if self.foreign(sale):
                day = self.tr("{day} · till {till}").format(day=day, till=sale.device_id)
            return (clock, day)
        if column == SALE:
            return (order.event_name, order.summary)
        if column == BUYER:
            name, email = order.buyer.name, order.buyer.email
            return (name or email or self.tr("Walk-in"), email if name and email else "")
        if column == TOTAL:
            payment = sale.payment
            btc = btc_short(payment.btc_amount) if payment and payment.btc_amount else ""
            detail = btc or plural(order.seats, "ticket")
            way = self._method(sale)[0] if self.compact else ""
            if way:
                detail = self.tr("{amount} · {way}").format(amount=detail, way=way)
            return (money(order.total, order.currency), detail)
        if column == METHOD:
            return self._method(sale)
        if column == RESOLVED:
            return self._resolved(sale)
        state, detail, _tone = sale_state_words(sale)
        return (state, detail)

    def _method(self, sale: Sale) -> tuple[str, str]:
        way = paid_by(sale)
        if way is None:
            return ("", "")
        words = {
            "lightning": self.tr("Lightning"),
            "onchain": self.tr("On-chain"),
            "both": self.tr("Lightning + on-chain"),
            "cash": self.tr("Cash"),
            "complimentary": self.tr("Complimentary"),
        }.get(way, self.tr("Unknown"))
        if sale.offline is not None:
            return (words, sale.offline.staff)
        # What was paid, only where it is not what was asked (a part, or too much): the amount
        # asked is under the total already.
        payment = sale.payment
        if payment is None or not payment.btc_paid or payment.btc_paid == payment.btc_amount:
            return (words, "")
        return (words, self.tr("paid {amount}").format(amount=btc_short(payment.btc_paid)))

    def _resolved(self, sale: Sale) -> tuple[str, str]:
        """Who settled the sale (its latest resolution), or who asked for its refund."""
        resolution = sale.resolution
        if resolution is not None:
            action = str(resolution.action)
            words = _RESOLUTION_WORDS.get(action)
            return (str(resolution.staff or ""), self.tr(words) if words else action)
        refund = sale.refund
        if refund is not None and refund.staff:
            return (refund.staff, self.tr("refund"))
        return ("", "")

    # -- contents ----------------------------------------------------------------------------

    def foreign(self, sale: Sale) -> bool:
        """Whether the sale was another till's (adopted here from BTCPay)."""
        return self.device_id is not None and sale.device_id != self.device_id

    def set_compact(self, compact: bool) -> None:
        if compact != self.compact:
            self.compact = compact
            if self._sales:
                self.dataChanged.emit(self.index(0, TOTAL), self.index(len(self._sales) - 1, TOTAL))

    def any_resolved(self) -> bool:
        """Whether any sale says who resolved it (else its column is left out)."""
        return any(self._resolved(sale)[0] for sale in self._sales)

    def set_sales(self, sales: Iterable[Sale]) -> None:
        self.beginResetModel()
        self._sales = sorted(sales, key=lambda s: s.created_at, reverse=True)
        self._texts = [search_text(sale) for sale in self._sales]
        self.endResetModel()

    def upsert(self, sale: Sale) -> None:
        """Replace the sale's row, or insert it where its time puts it."""
        row = self.row_of(sale.id)
        if row is not None:
            self._sales[row] = sale
            self._texts[row] = search_text(sale)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
            return
        row = 0
        while row < len(self._sales) and self._sales[row].created_at > sale.created_at:
            row += 1
        self.beginInsertRows(QModelIndex(), row, row)
        self._sales.insert(row, sale)
        self._texts.insert(row, search_text(sale))
        self.endInsertRows()

    def row_of(self, sale_id: str) -> int | None:
        for row, sale in enumerate(self._sales):
            if sale.id == sale_id:
                return row
        return None

    def sale_at(self, row: int) -> Sale | None:
        return self._sales[row] if 0 <= row < len(self._sales) else None

    def search_text_at(self, row: int) -> str:
        return self._texts[row] if 0 <= row < len(self._texts) else ""

    def sales(self) -> list[Sale]:
        return list(self._sales)
