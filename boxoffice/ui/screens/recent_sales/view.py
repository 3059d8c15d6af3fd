"""The sales view's layout: title, filters, actions on the chosen sale, summary and the table.

Built for 1280 px and wider without a horizontal scroll bar; narrower, the way of paying moves
under the amount and the columns give way in the order that matters least at the door.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from boxoffice.ui.screens.recent_sales.delegate import SaleCellDelegate
from boxoffice.ui.screens.recent_sales.model import (
    BUYER,
    COLUMNS,
    DETAIL_ROLE,
    METHOD,
    RESOLVED,
    SALE,
    STATE,
    TIME,
    TOTAL,
    RecentSalesModel,
)
from boxoffice.ui.widgets.common import button, label

__all__ = ["RecentSalesView", "SaleCellDelegate"]

#: Below this table width the way of paying is said under the amount instead of in a column.
COMPACT_WIDTH = 1100
#: Rows measured for the columns' widths: a few screens' worth (what is cut short further down
#: is in its tooltip), so that filtering thousands of sales as staff type stays quick.
MEASURED_ROWS = 60


class RecentSalesView(QWidget):
    """Layout only; `RecentSalesController` fills it and says what the buttons may do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("salesView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)

        header = QHBoxLayout()
        self.title = label(self.tr("Sales"), role="title", name="recentSalesTitle")
        header.addWidget(self.title, 1)
        self.other_tills = button(self.tr("Find other tills' sales"), name="otherTillsButton")
        self.other_tills.setToolTip(
            self.tr("Look in BTCPay for sales other tills left unfinished, and finish them here.")
        )
        header.addWidget(self.other_tills, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        self.search = QLineEdit()
        self.search.setObjectName("salesSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Name, e-mail, invoice or ticket barcode"))
        self.search.setAccessibleName(self.tr("Search sales"))
        filters.addWidget(self.search, 3)
        self.state_filter = QComboBox()
        self.state_filter.setObjectName("salesStateFilter")
        self.state_filter.setAccessibleName(self.tr("Show sales in state"))
        filters.addWidget(self.state_filter, 1)
        self.event_filter = QComboBox()
        self.event_filter.setObjectName("salesEventFilter")
        self.event_filter.setAccessibleName(self.tr("Show sales of event"))
        self.event_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.event_filter.setMinimumContentsLength(16)
        filters.addWidget(self.event_filter, 2)
        layout.addLayout(filters)

        actions = QHBoxLayout()
        actions.setSpacing(8)
        self.open_button = button(self.tr("&Open"), name="salesOpenButton")
        self.payment_button = button(self.tr("Show payment &QR"), name="salesPaymentButton")
        self.reprint_button = button(self.tr("&Reprint"), name="salesReprintButton")
        self.resend_button = button(self.tr("Resend &e-mail"), name="salesResendButton")
        self.retry_button = button(self.tr("Retry &issuance"), name="salesRetryButton")
        self.btcpay_button = button(self.tr("Open in &BTCPay"), name="salesBtcpayButton")
        self.action_buttons = (
            self.open_button,
            self.payment_button,
            self.reprint_button,
            self.resend_button,
            self.retry_button,
            self.btcpay_button,
        )
        for widget in self.action_buttons:
            widget.setEnabled(False)
            actions.addWidget(widget)
        actions.addStretch(1)
        layout.addLayout(actions)

        self.status = label(role="subtitle", name="salesActionStatus")
        self.status.hide()
        layout.addWidget(self.status)
        self.summary = label(role="subtitle", name="recentSalesSummary")
        layout.addWidget(self.summary)

        self.table = QTableView()
        self.table.setObjectName("recentSalesList")
        self.table.setAccessibleName(self.tr("Sales"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        self.table.verticalHeader().hide()
        self.delegate = SaleCellDelegate(self.table)
        self.table.setItemDelegate(self.delegate)
        layout.addWidget(self.table, 1)

        # Empty, loading or filtered to nothing: said inside the table, under its headings,
        # so the table keeps the keyboard (and its place) whatever it lists.
        overlay = QVBoxLayout(self.table.viewport())
        overlay.setContentsMargins(24, 24, 24, 24)
        overlay.addStretch(1)
        self.empty = label(
            self.tr("No sales on this till yet. Sales appear here as soon as they start."),
            role="subtitle",
            name="recentSalesEmpty",
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        overlay.addWidget(self.empty)
        self.clear_filters = button(self.tr("Show all sales"), name="clearSalesFiltersButton")
        self.clear_filters.hide()
        overlay.addWidget(self.clear_filters, 0, Qt.AlignmentFlag.AlignHCenter)
        overlay.addStretch(2)

    def showEvent(self, event: QShowEvent) -> None:
        # The style sheet sets the list's font only once it is polished: measure then.
        self.fit_columns()
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            # Larger text or another theme: the table is restyled after this page, so its
            # columns and rows are measured again once it has its new font.
            QTimer.singleShot(0, self, self.fit_columns)

    def sales_model(self) -> RecentSalesModel | None:
        """The model of sales behind the table (through its filter, if any)."""
        model = self.table.model()
        if isinstance(model, QSortFilterProxyModel):
            model = model.sourceModel()
        return model if isinstance(model, RecentSalesModel) else None

    def fit_columns(self) -> None:
        """Time, amount, way of paying, staff and state as wide as they need; the sale and the
        buyer share the rest. Narrow, the way of paying goes under the amount."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        viewport = self.table.viewport().width()
        compact = viewport < COMPACT_WIDTH
        source = self.sales_model()
        if source is not None:
            source.set_compact(compact)
        metrics = self.table.fontMetrics()
        font = self.table.font()
        # Who resolved a sale: only when a sale shown was resolved, and not when narrow (it is
        # in the row's tooltip and on the sale's page).
        resolved = not compact and self._needed(RESOLVED, font) > 0
        self.table.setColumnHidden(METHOD, compact)
        self.table.setColumnHidden(RESOLVED, not resolved)
        bold = QFont(font)
        bold.setBold(True)
        pad = 2 * SaleCellDelegate.PADDING + 6
        header_font = QFontMetrics(header.font())
        bolder = QFontMetrics(bold)

        def least(column: int) -> int:
            # The headings are bold in the style sheet, which the header's font does not say.
            model = self.table.model()
            heading = model.headerData(column, Qt.Orientation.Horizontal) if model else None
            words = str(heading or "")
            widest = max(header_font.horizontalAdvance(words), bolder.horizontalAdvance(words))
            return widest + pad + 8

        widths = {
            TIME: max(metrics.horizontalAdvance("Yesterday") + pad, self._needed(TIME, font) + pad),
            TOTAL: max(least(TOTAL), self._needed(TOTAL, bold) + pad),
            # The state's pill is 24 px wider than its words.
            STATE: max(
                QFontMetrics(bold).horizontalAdvance("Needs attention") + 24,
                self._needed(STATE, bold, pill=24),
            )
            + pad,
        }
        if not compact:
            widths[METHOD] = min(max(least(METHOD), self._needed(METHOD, font) + pad), 220)
        if resolved:
            widths[RESOLVED] = min(max(least(RESOLVED), self._needed(RESOLVED, font) + pad), 200)
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        rest = viewport - sum(widths.values())
        # The event first (a long buyer's name or address gives way), then the buyer; what
        # is cut short is in the tooltip and on the sale's own page.
        need_sale = self._needed(SALE, bold) + pad
        need_buyer = self._needed(BUYER, font) + pad
        if need_sale + need_buyer <= rest:
            widths[BUYER] = max(120, min(need_buyer + 40, 360))
        else:
            # Both are cut short in proportion: an address cut to its first letters finds
            # nobody, and neither does an event's name.
            widths[BUYER] = max(140, rest * need_buyer // max(1, need_sale + need_buyer))
        widths[SALE] = max(150, rest - widths[BUYER])
        for column, width in widths.items():
            if column != STATE:  # the last one takes what is left
                header.resizeSection(column, width)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(metrics.height() * 2 + 2 * SaleCellDelegate.PADDING + 8)

    def _needed(self, column: int, main_font: QFont, *, pill: int = 0) -> int:
        """The widest main line (in `main_font`, plus `pill`) or detail line of a column, over
        the first rows shown (the newest: the ones staff look at)."""
        model = self.table.model()
        if model is None:
            return 0
        main = QFontMetrics(main_font)
        small_font = QFont(self.table.font())
        small_font.setPointSizeF(small_font.pointSizeF() * 0.9)
        small = QFontMetrics(small_font)
        widest = 0
        for row in range(min(model.rowCount(), MEASURED_ROWS)):
            index = model.index(row, column)
            widest = max(
                widest,
                main.horizontalAdvance(index.data(Qt.ItemDataRole.DisplayRole) or "") + pill,
                small.horizontalAdvance(index.data(DETAIL_ROLE) or ""),
            )
        return widest
