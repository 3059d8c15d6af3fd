"""A screen laid over the whole kiosk (its central widget), following the window's size.

The kiosk's questions and notices ("Are you still there?", out of order, please see staff) are
covers rather than pages: what is under them goes on (a sale is finished, the catalogue
refreshed), and taking the cover away shows it again as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from boxoffice.ui.widgets.common import label


class Cover(QFrame):
    """A full-window frame over `parent`; `cover()` shows it, resizing keeps it whole."""

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAutoFillBackground(True)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(48, 48, 48, 48)
        self.column.setSpacing(28)
        parent.installEventFilter(self)
        self.hide()

    def cover(self) -> None:
        """Lay it over the whole of its parent and show it."""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.raise_()
        self.show()

    def centred(self, *widgets: QWidget) -> None:
        """Put `widgets` in the middle of the cover, one under the other."""
        self.column.addStretch(1)
        for widget in widgets:
            if isinstance(widget, QLabel):
                widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
                self.column.addWidget(widget)
            else:
                self.column.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        self.column.addStretch(1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if watched is parent and parent is not None and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())  # a turned or resized screen
        return False


class CodeCover(Cover):
    """A cover with a title, a line under it, and a code staff can look up."""

    def __init__(self, parent: QWidget, name: str, code_name: str) -> None:
        super().__init__(parent, name)
        self.title = label(role="title")
        self.hint = label(role="subtitle")
        self.code = label(role="hint", name=code_name)
        self.centred(self.title, self.hint, self.code)
