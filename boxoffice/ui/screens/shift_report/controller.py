"""The end-of-shift report: totals from the journal, checked against BTCPay, and closing."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from boxoffice.ui.screens.shift_report.view import ShiftReportView

if TYPE_CHECKING:
    from boxoffice.app.runtime import Runtime
    from boxoffice.ui.tasks import TaskKeeper


class ShiftReportController(QObject):
    """Drives `ShiftReportView` from the till's runtime (None until the till is open)."""

    def __init__(
        self, view: ShiftReportView, tasks: TaskKeeper, *, clock: Callable[[], float] = time.time
    ) -> None:
        super().__init__(view)
        self.view = view
        self.tasks = tasks
        self.clock = clock
        self.runtime: Runtime | None = None

    def set_runtime(self, runtime: Runtime | None) -> None:
        """The till opened (or closed, with None)."""
        self.runtime = runtime

    def shown(self) -> None:
        """The page came up: it takes the keyboard focus."""
        self.view.setFocus()
