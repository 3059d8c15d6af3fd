"""The check-in desk's layout (`checkInView`): a scan field, the last result, the counters and
a search of the door list.

Layout only; `CheckInController` fills it. From the top: the title with the connection line
("offline — 3 check-ins waiting"), the scan field, then two columns: on the left the large
result panel (a banner frame in the theme's tones: green admit, amber already checked in, red
voided / unknown / other event), the counters per event and the double admissions note; on the
right the search by name, e-mail or barcode with its list of matches.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from boxoffice.ui.resources import widget_sheet
from boxoffice.ui.widgets.common import Banner, button, label, set_tone


class CheckInView(QWidget):
    """Layout only; `CheckInController` fills it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkInView")
        # The result is read from a few steps away: larger than a banner's words (the theme's
        # banner rule would make them 13 pt), scaled as the theme scales its text.
        self.setStyleSheet(
            widget_sheet(
                "QLabel#checkInHeadline { font-size: 36pt; font-weight: 700; }"
                "QLabel#checkInDetails { font-size: 17pt; }"
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)

        top = QHBoxLayout()
        self.title = label(self.tr("Check-in"), role="title", name="checkInTitle")
        self.title.setWordWrap(False)
        top.addWidget(self.title)
        top.addStretch(1)
        self.connection = label(role="subtitle", name="checkInConnection")
        self.connection.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.connection, 2)
        layout.addLayout(top)

        scan_row = QHBoxLayout()
        self.scan_field = QLineEdit()
        self.scan_field.setObjectName("checkInScan")
        self.scan_field.setPlaceholderText(self.tr("Scan a ticket, or type its barcode and Enter"))
        self.scan_field.setAccessibleName(self.tr("Barcode"))
        self.scan_field.setClearButtonEnabled(True)
        self.scan_field.setMinimumHeight(48)
        font = self.scan_field.font()
        font.setPointSizeF(max(font.pointSizeF(), 10) * 1.4)
        self.scan_field.setFont(font)
        scan_row.addWidget(self.scan_field, 1)
        self.check_button = button(self.tr("Check in"), name="checkInSubmit", role="primary")
        self.check_button.setMinimumHeight(48)
        scan_row.addWidget(self.check_button)
        layout.addLayout(scan_row)

        columns = QHBoxLayout()
        columns.setSpacing(18)
        left = QVBoxLayout()
        left.setSpacing(12)

        self.result = QFrame()
        self.result.setObjectName("checkInResult")
        self.result.setProperty("role", "banner")
        self.result.setProperty("tone", "")
        self.result.setMinimumHeight(200)
        panel = QVBoxLayout(self.result)
        panel.setContentsMargins(24, 18, 24, 18)
        self.headline = label(self.tr("Ready to scan"), role="amount", name="checkInHeadline")
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details = label(role="subtitle", name="checkInDetails")
        self.details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        panel.addStretch(1)
        panel.addWidget(self.headline)
        panel.addWidget(self.details)
        panel.addStretch(1)
        left.addWidget(self.result, 3)

        self.counters_title = label(self.tr("Checked in / issued"), role="section")
        left.addWidget(self.counters_title)
        self.counters_box = QWidget()
        self.counters_box.setObjectName("checkInCounters")
        self.counters = QGridLayout(self.counters_box)
        self.counters.setContentsMargins(0, 0, 0, 0)
        self.counters.setHorizontalSpacing(18)
        self.counters.setColumnStretch(0, 1)
        left.addWidget(self.counters_box)

        self.doubles = Banner(name="checkInDoubles")
        left.addWidget(self.doubles)
        left.addStretch(1)
        columns.addLayout(left, 3)

        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(label(self.tr("Find a ticket"), role="section"))
        self.search_field = QLineEdit()
        self.search_field.setObjectName("checkInSearch")
        self.search_field.setPlaceholderText(self.tr("Name, e-mail or barcode"))
        self.search_field.setAccessibleName(self.tr("Search the door list"))
        self.search_field.setClearButtonEnabled(True)
        right.addWidget(self.search_field)
        self.matches = QListWidget()
        self.matches.setObjectName("checkInMatches")
        self.matches.setAccessibleName(self.tr("Matching tickets"))
        self.matches.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matches.setUniformItemSizes(True)
        self.matches.setWordWrap(True)
        self.matches.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.matches.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.matches.setSpacing(2)
        right.addWidget(self.matches, 1)
        self.search_hint = label(
            self.tr("Enter or a tap on a ticket checks it in."), role="hint", name="checkInHint"
        )
        right.addWidget(self.search_hint)
        columns.addLayout(right, 2)
        layout.addLayout(columns, 1)

        self.setTabOrder(self.scan_field, self.check_button)
        self.setTabOrder(self.check_button, self.search_field)
        self.setTabOrder(self.search_field, self.matches)

    def show_result(self, headline: str, details: str, tone: str) -> None:
        self.headline.setText(headline)
        self.details.setText(details)
        set_tone(self.result, tone)
        set_tone(self.headline, tone)

    def set_result_tone(self, tone: str) -> None:
        set_tone(self.result, tone)
        set_tone(self.headline, tone)

    def set_counters(self, rows: list[tuple[str, str]]) -> None:
        """One row per event: its name and "12 / 230"."""
        while self.counters.count():
            item = self.counters.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for row, (name, figures) in enumerate(rows):
            self.counters.addWidget(label(name, role="ticketName"), row, 0)
            count = label(figures, role="price", name=f"checkInCount{row}")
            count.setWordWrap(False)
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.counters.addWidget(count, row, 1)
