"""The door console beside the sales: the check-in desk and the end-of-shift report.

Both are staff pages of the main window (a kiosk's customers never see them). They follow the
till's runtime as `SaleFlow` opens it and take the focus when their page comes up; while one
shows, a sale being paid goes on and its banner leads back to it (`navigation.AWAY_PAGES`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from boxoffice.ui.navigation import Page, Place, Screen
from boxoffice.ui.screens.check_in.controller import CheckInController
from boxoffice.ui.screens.shift_report.controller import ShiftReportController

if TYPE_CHECKING:
    from boxoffice.app.runtime import Runtime
    from boxoffice.ui.main_window import MainWindow
    from boxoffice.ui.sale_flow import SaleFlow


class DoorConsole(QObject):
    """Connects the door console's pages to the window's buttons and the flow's runtime."""

    def __init__(self, window: MainWindow, flow: SaleFlow) -> None:
        super().__init__(flow)
        self.flow = flow
        self.check_in = CheckInController(window.check_in_page, flow.tasks, clock=flow.clock)
        self.report = ShiftReportController(window.report_page, flow.tasks, clock=flow.clock)
        window.check_in_button.clicked.connect(lambda: flow.show_place(Place.CHECK_IN))
        window.shift_report_button.clicked.connect(lambda: flow.show_place(Place.REPORT))
        flow.runtimeReady.connect(self._runtime_ready)
        flow.screenChanged.connect(self._screen_changed)
        self._page: Page | None = None
        if flow.runtime is not None:
            self._runtime_ready(flow.runtime)

    def _runtime_ready(self, runtime: Runtime) -> None:
        self.check_in.set_runtime(runtime)
        self.report.set_runtime(runtime)

    def _screen_changed(self, screen: Screen) -> None:
        # Only on arrival: a sale changing elsewhere redraws the screen but must not move the
        # focus out of the scan field.
        if screen.page is not self._page:
            if screen.page is Page.CHECK_IN:
                self.check_in.shown()
            elif screen.page is Page.REPORT:
                self.report.shown()
        self._page = screen.page
