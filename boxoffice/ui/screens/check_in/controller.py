"""The check-in desk: scans checked against Ticket Tailor, or the door list when offline."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from boxoffice.ui.screens.check_in.view import CheckInView

if TYPE_CHECKING:
    from boxoffice.app.runtime import Runtime
    from boxoffice.ui.tasks import TaskKeeper


class CheckInController(QObject):
    """Drives `CheckInView` from the till's runtime (None until the till is open)."""

    def __init__(
        self, view: CheckInView, tasks: TaskKeeper, *, clock: Callable[[], float] = time.time
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
