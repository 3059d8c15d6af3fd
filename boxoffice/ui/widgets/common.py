"""Small building blocks shared by the screens: labels with a role, banners, tones."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

TONES = ("info", "success", "warning", "error", "demo", "")

#: (background, text) of a pill a list delegate paints itself (the style sheet cannot reach
#: it): the same colours as the style sheet's toned labels, so a tone looks alike everywhere.
PILL_COLOURS = {
    "success": ("#e3f4e6", "#17692f"),
    "warning": ("#fff3cd", "#6b4500"),
    "error": ("#fbe4e2", "#b3261e"),
    "info": ("#e8f0fb", "#0b4f9c"),
    "": ("#ececea", "#3d3d3d"),
}


def set_style_property(widget: QWidget, name: str, value: str) -> None:
    """Set a dynamic property the style sheet selects on, and re-apply the style."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def set_tone(widget: QWidget, tone: str) -> None:
    """Colour a label or banner for a state: info, success, warning, error (or "" for none)."""
    set_style_property(widget, "tone", tone)


def label(text: str = "", *, role: str | None = None, name: str | None = None) -> QLabel:
    """A word-wrapping label with a style role (title, subtitle, hint, ...)."""
    widget = QLabel(text)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        widget.setProperty("role", role)
    if name:
        widget.setObjectName(name)
    return widget


def button(text: str, *, name: str, role: str | None = None) -> QPushButton:
    """A push button with a stable objectName and an optional style role."""
    widget = QPushButton(text)
    widget.setObjectName(name)
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    if role:
        widget.setProperty("role", role)
    return widget


class Banner(QFrame):
    """A coloured strip with one message and an optional action (e.g. "Try again")."""

    actionClicked = Signal()

    def __init__(
        self, *, name: str, action: str | None = None, action_name: str | None = None
    ) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setProperty("role", "banner")
        self.setProperty("tone", "info")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 8, 8)
        self.message = label(name=f"{name}Message")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message, 1)
        self.action: QPushButton | None = None
        if action:
            self.action = button(action, name=action_name or f"{name}Action")
            self.action.clicked.connect(self.actionClicked)
            layout.addWidget(self.action, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def show_message(self, text: str, tone: str = "info", *, action: bool = True) -> None:
        """Show `text` in the given tone; `action` shows or hides the action button."""
        self.message.setText(text)
        set_tone(self, tone)
        if self.action is not None:
            self.action.setVisible(action)
        self.show()

    def clear(self) -> None:
        self.message.clear()
        self.hide()
