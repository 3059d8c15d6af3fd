"""The end-of-shift report (`shiftReport`): totals since the last closing, and closing.

Layout only; `ShiftReportController` fills it. From the top: the range, where it starts and
what the sales came to; the table of figures (a total per currency first, so that it stays in
sight on a long report, then each event with its ticket types under it; numbers right-aligned,
the columns sized to their contents so a full report fits 1280 pixels without scrolling
sideways); what was not counted; the comparison with BTCPay; the actions. Closing a shift asks
for the name and a confirmation inline, on the page, not in a dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from boxoffice.domain.report import Report
from boxoffice.engine.closings import STAFF_NAME_LIMIT
from boxoffice.ui.printing.receipt import ReceiptLayout
from boxoffice.ui.report_columns import Column, columns, report_lines
from boxoffice.ui.widgets.common import button, label

#: The range choices' data.
SINCE_CLOSE, TODAY, CUSTOM = "last-close", "today", "custom"
#: The first column's data role: "event", "type" or "total".
KIND_ROLE = int(Qt.ItemDataRole.UserRole) + 1


class PaddedCellDelegate(QStyledItemDelegate):
    """Cells with room on both sides: numbers sized to their contents would otherwise touch
    the grid lines, and two right-aligned amounts side by side read as one."""

    PADDING = 7

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 2 * self.PADDING, size.height() + 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        inner = QStyleOptionViewItem(option)
        inner.rect = option.rect.adjusted(self.PADDING, 0, -self.PADDING, 0)
        # The row's background across the whole cell, the text inside the padding.
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if background is not None:
            painter.fillRect(option.rect, background)
        super().paint(painter, inner, index)


class ShiftReportView(QWidget):
    """Layout only; `ShiftReportController` fills it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shiftReport")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)

        top = QHBoxLayout()
        heading = QVBoxLayout()
        self.title = label(self.tr("End of shift"), role="title", name="shiftReportTitle")
        self.period = label(role="subtitle", name="shiftReportPeriod")
        self.closed = label(role="hint", name="shiftReportClosed")
        self.sales = label(name="shiftReportSales")
        for widget in (self.title, self.period, self.closed, self.sales):
            heading.addWidget(widget)
        top.addLayout(heading, 1)
        top.addLayout(self._range_row())
        layout.addLayout(top)

        self.table = QTableWidget(0, 1)
        self.table.setObjectName("shiftReportTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setItemDelegate(PaddedCellDelegate(self.table))
        self.table.setShowGrid(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.table.setAccessibleName(self.tr("Report figures"))
        layout.addWidget(self.table, 1)

        self.notes = label(role="hint", name="shiftReportNotes")
        self.notes.hide()
        layout.addWidget(self.notes)

        layout.addLayout(self._check_row())
        self.differences = QListWidget()
        self.differences.setObjectName("shiftReportDifferences")
        self.differences.setAccessibleName(self.tr("Differences with BTCPay"))
        self.differences.setWordWrap(True)
        self.differences.setMaximumHeight(120)
        self.differences.hide()
        layout.addWidget(self.differences)

        self.close_box = self._close_box()
        layout.addWidget(self.close_box)
        layout.addLayout(self._actions_row())

    # -- parts ------------------------------------------------------------------------------

    def _range_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.range_choice = QComboBox()
        self.range_choice.setObjectName("shiftReportRange")
        self.range_choice.setAccessibleName(self.tr("Period"))
        self.range_choice.addItem(self.tr("Since the last closing"), SINCE_CLOSE)
        self.range_choice.addItem(self.tr("Today"), TODAY)
        self.range_choice.addItem(self.tr("From … to …"), CUSTOM)
        now = QDateTime.currentDateTime()
        self.since_edit = QDateTimeEdit(now.addSecs(-8 * 3600))
        self.until_edit = QDateTimeEdit(now)
        for edit, name, words in (
            (self.since_edit, "shiftReportSince", self.tr("From")),
            (self.until_edit, "shiftReportUntil", self.tr("To")),
        ):
            edit.setObjectName(name)
            edit.setAccessibleName(words)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.to_label = label(self.tr("to"))
        self.to_label.setWordWrap(False)
        self.refresh_button = button(self.tr("Refresh"), name="shiftReportRefresh")
        row.addWidget(self.range_choice)
        row.addWidget(self.since_edit)
        row.addWidget(self.to_label)
        row.addWidget(self.until_edit)
        row.addWidget(self.refresh_button)
        self.show_custom(False)
        return row

    def _check_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.check_button = button(self.tr("Check with BTCPay"), name="shiftReportCheck")
        self.check_status = label(name="shiftReportCheckStatus")
        row.addWidget(self.check_button)
        row.addWidget(self.check_status, 1)
        return row

    def _close_box(self) -> QFrame:
        box = QFrame()
        box.setObjectName("shiftReportCloseBox")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(box)
        self.close_question = label(
            self.tr(
                "Close the shift now? Its totals are recorded with your name, and the report "
                "starts again from zero."
            ),
            name="shiftReportCloseQuestion",
        )
        self.staff_name = QLineEdit()
        self.staff_name.setObjectName("shiftReportStaff")
        self.staff_name.setPlaceholderText(self.tr("Your name"))
        self.staff_name.setAccessibleName(self.tr("Who closes the shift"))
        self.staff_name.setMaxLength(STAFF_NAME_LIMIT)
        self.staff_name.setMinimumWidth(200)
        self.confirm_close = button(
            self.tr("Close shift"), name="shiftReportConfirmClose", role="primary"
        )
        self.cancel_close = button(self.tr("Cancel"), name="shiftReportCancelClose")
        row.addWidget(self.close_question, 1)
        row.addWidget(self.staff_name)
        row.addWidget(self.confirm_close)
        row.addWidget(self.cancel_close)
        box.hide()
        return box

    def _actions_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.close_button = button(self.tr("Close shift…"), name="shiftReportClose")
        self.csv_button = button(self.tr("Export CSV…"), name="shiftReportCsv")
        self.paper_choice = QComboBox()
        self.paper_choice.setObjectName("shiftReportPaper")
        self.paper_choice.setAccessibleName(self.tr("Paper"))
        for paper in (ReceiptLayout.A4, ReceiptLayout.ROLL_80MM):
            self.paper_choice.addItem(paper.label, paper)
        self.paper_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.paper_choice.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.pdf_button = button(self.tr("Save PDF…"), name="shiftReportPdf")
        self.print_button = button(self.tr("Print…"), name="shiftReportPrint")
        self.status = label(name="shiftReportStatus")
        self.status.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row.addWidget(self.close_button)
        row.addWidget(self.status, 1)
        row.addWidget(self.csv_button)
        row.addWidget(self.paper_choice)
        row.addWidget(self.pdf_button)
        row.addWidget(self.print_button)
        return row

    # -- filling ----------------------------------------------------------------------------

    def show_custom(self, custom: bool) -> None:
        for widget in (self.since_edit, self.to_label, self.until_edit):
            widget.setVisible(custom)

    def show_report(self, report: Report) -> list[Column]:
        """Fill the table with the report's rows; returns the columns shown."""
        shown = columns(report)
        table = self.table
        table.clear()
        table.setColumnCount(1 + len(shown))
        table.setHorizontalHeaderLabels(
            [self.tr("Event / ticket type"), *(column.heading for column in shown)]
        )
        first = table.horizontalHeaderItem(0)
        if first is not None:
            first.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for index, column in enumerate(shown, start=1):
            item = table.horizontalHeaderItem(index)
            if item is not None:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(column.one_line_heading)
        # The totals first: on a long report they stay in sight without scrolling.
        lines = report_lines(report)
        lines = [line for line in lines if line[0] == "total"] + [
            line for line in lines if line[0] != "total"
        ]
        table.setRowCount(len(lines))
        bold = QFont(table.font())
        bold.setBold(True)
        for row, (kind, name, currency, figures) in enumerate(lines):
            first = QTableWidgetItem(name if kind != "type" else f"    {name}")
            first.setData(KIND_ROLE, kind)
            first.setToolTip(name)
            cells = [first]
            for column in shown:
                item = QTableWidgetItem(column.cell(figures, currency))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                cells.append(item)
            for index, item in enumerate(cells):
                if kind != "type":
                    item.setFont(bold)
                table.setItem(row, index, item)
        self.fit_columns()
        return shown

    def fit_columns(self) -> None:
        """Numbers as wide as they need; the names take what is left (cut with "…")."""
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for index in range(1, self.table.columnCount()):
            header.setSectionResizeMode(index, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
