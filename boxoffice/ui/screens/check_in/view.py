"""The check-in desk's layout (`checkInView`): a scan field, the last result and the counters."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from boxoffice.ui.widgets.common import label


class CheckInView(QWidget):
    """Layout only; `CheckInController` fills it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkInView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        self.title = label(self.tr("Check-in"), role="title", name="checkInTitle")
        layout.addWidget(self.title)
        layout.addStretch(1)
