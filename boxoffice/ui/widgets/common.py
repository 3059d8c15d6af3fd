"""Small building blocks shared by the screens: labels with a role, banners, tones."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from boxoffice.ui.i18n import say

TONES = ("info", "success", "warning", "error", "demo", "")


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


class ClampedLabel(QLabel):
    """Plain text wrapped to at most `max_lines` lines, the last one ending in "…" when cut.

    `text()` is the whole text (also the tooltip and accessible name when it is cut);
    `shown_text()` is what fits. Stacked banners use it so that however long their messages,
    they never take the height the page under them needs.
    """

    def __init__(self, max_lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._max_lines = max_lines
        self._lines: list[str] = []
        self.setTextFormat(Qt.TextFormat.PlainText)
        # Lines are broken here, not by QLabel: its own wrapping would undo the clamp.
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def text(self) -> str:
        return self._full

    def shown_text(self) -> str:
        return super().text()

    def is_cut(self) -> bool:
        return self.shown_text().replace("\n", " ") != " ".join(self._full.split())

    def setText(self, text: str) -> None:
        self._full = text or ""
        self._relayout()

    def clear(self) -> None:
        self.setText("")

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self._full[:80]), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("M" * 8), self._height())

    def _height(self) -> int:
        margins = self.contentsMargins()
        lines = max(1, len(self._lines))
        return lines * self.fontMetrics().lineSpacing() + margins.top() + margins.bottom()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._relayout()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._relayout()

    def _relayout(self) -> None:
        width = self.contentsRect().width() - 2 * max(self.margin(), 0)
        lines = self._wrap(max(width, 1))
        if len(lines) > self._max_lines:
            kept = lines[: self._max_lines - 1]
            rest = " ".join(lines[self._max_lines - 1 :])
            last = self.fontMetrics().elidedText(rest, Qt.TextElideMode.ElideRight, width)
            lines = [*kept, last]
        before = len(self._lines)
        self._lines = lines
        super().setText("\n".join(lines))
        cut = self.is_cut()
        self.setToolTip(self._full if cut else "")
        self.setAccessibleName(self._full)
        if len(lines) != before:
            self.updateGeometry()

    def _wrap(self, width: int) -> list[str]:
        """The text's lines at `width` pixels, broken where QLabel's word wrap would."""
        lines: list[str] = []
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        for paragraph in self._full.split("\n"):
            layout = QTextLayout(paragraph, self.font())
            layout.setTextOption(option)
            layout.beginLayout()
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                start, length = line.textStart(), line.textLength()
                lines.append(paragraph[start : start + length].strip())
            layout.endLayout()
        return [line for line in lines if line] if self._full.strip() else []


class Banner(QFrame):
    """A coloured strip with one message and an optional action (e.g. "Try again").

    With `max_lines`, the message is cut to that many lines (see `ClampedLabel`).
    """

    actionClicked = Signal()

    def __init__(
        self,
        *,
        name: str,
        action: str | None = None,
        action_name: str | None = None,
        max_lines: int | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setProperty("role", "banner")
        self.setProperty("tone", "info")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 8, 8)
        if max_lines is None:
            self.message = label(name=f"{name}Message")
        else:
            # Several of these stack above a page: they are compact too (style sheet).
            self.setProperty("compact", "true")
            layout.setContentsMargins(14, 4, 6, 4)
            self.message = ClampedLabel(max_lines)
            self.message.setObjectName(f"{name}Message")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message, 1)
        self.action: QPushButton | None = None
        if action:
            self.action = button(action, name=action_name or f"{name}Action")
            self.action.clicked.connect(self.actionClicked)
            layout.addWidget(self.action, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def show_message(self, text: str, tone: str = "info", *, action: bool = True) -> None:
        """Show `text` in the given tone; `action` shows or hides the action button.

        Words from below the window (`boxoffice.words.Words`) are said in its language."""
        self.message.setText(say(text))
        set_tone(self, tone)
        if self.action is not None:
            self.action.setVisible(action)
        self.show()

    def clear(self) -> None:
        self.message.clear()
        self.hide()
