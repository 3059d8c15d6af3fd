"""A timer that runs out when nobody touches a kiosk's window while a widget is shown.

The staff menu and the staff bar both close after a time without a touch, so that no kiosk is
left in staff mode for the next stranger. Both ask this the same question.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

#: What counts as a touch.
TOUCHES = (
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
)


class UntouchedTimer(QTimer):
    """Single shot: starts when `widget` is shown, starts again at every touch in its window,
    stops when it is hidden; `timeout` says nobody touched the window for `seconds`."""

    def __init__(self, widget: QWidget, seconds: int) -> None:
        super().__init__(widget)
        self.widget = widget
        self.setSingleShot(True)
        self.setInterval(seconds * 1000)
        widget.installEventFilter(self)

    def touched(self) -> None:
        """A touch in the window: the time starts again (only while the widget is shown)."""
        if self.widget.isVisible():
            self.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if "widget" not in self.__dict__:
            # The window is being garbage collected: the collector cleared this object's
            # attributes, but Qt still tells its filters about the window going away.
            return False
        kind = event.type()
        if watched is self.widget and kind in (QEvent.Type.Show, QEvent.Type.Hide):
            app = QApplication.instance()
            if kind == QEvent.Type.Show:
                if app is not None:
                    app.installEventFilter(self)
                self.start()
            else:
                if app is not None:
                    app.removeEventFilter(self)
                self.stop()
        elif (
            kind in TOUCHES
            and isinstance(watched, QWidget)
            and watched.window() is self.widget.window()
        ):
            self.touched()
        return False
