"""The end-of-shift report (`shiftReport`): totals since the last closing, and closing."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from boxoffice.ui.widgets.common import label


class ShiftReportView(QWidget):
    """Layout only; `ShiftReportController` fills it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shiftReport")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        self.title = label(self.tr("End of shift"), role="title", name="shiftReportTitle")
        layout.addWidget(self.title)
        layout.addStretch(1)
