"""The end-of-shift report: totals from the journal, checked against BTCPay, and closing.

The report is read from the till's own journal on the GUI thread, as the engine writes it
there (one connection per process; a shift's few hundred sales read in milliseconds). The
comparison with BTCPay runs in the background and belongs to the report it was made for: a
new range or a new sale read clears it rather than leaving an old "agrees" beside new
figures. Closing a shift records the totals since the last closing and starts a new period.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QObject, QTimer

from boxoffice.engine.closings import Closing, Closings
from boxoffice.engine.report_check import Agreement, check_with_btcpay
from boxoffice.engine.shift_report import close_shift, read_report
from boxoffice.ui.errors import describe_error
from boxoffice.ui.printing.report_document import ReportPrint, report_print
from boxoffice.ui.report_columns import (
    closed_words,
    complimentary_lines,
    moment_words,
    period_words,
    sales_words,
)
from boxoffice.ui.screens.shift_report.check_words import difference_words, summary_words
from boxoffice.ui.screens.shift_report.output import ReportOutput
from boxoffice.ui.screens.shift_report.view import CUSTOM, SINCE_CLOSE, TODAY, ShiftReportView
from boxoffice.ui.widgets.common import set_tone

if TYPE_CHECKING:
    from boxoffice.app.runtime import Runtime
    from boxoffice.domain.report import Report
    from boxoffice.domain.sale import Sale
    from boxoffice.ui.tasks import TaskKeeper

log = logging.getLogger(__name__)

#: Complimentary sales listed on the page under the table (all of them on paper).
_COMPLIMENTARY_SHOWN = 3


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
        self.closings: Closings | None = None
        #: The report shown, the latest closing of this till, and the BTCPay check of it.
        self.report: Report | None = None
        self.closing: Closing | None = None
        self.agreement: Agreement | None = None
        self.check_lines: tuple[str, ...] = ()
        self.output = ReportOutput(view, tasks, self.printable, self)
        #: Each sale's last known state: a new sale or a new outcome reads the report again
        #: while the page shows (a snapshot that changes nothing the report counts does not).
        self._states: dict[str, str] = {}
        self._unsubscribe: Callable[[], None] | None = None
        self._range_refused = False
        self._again = QTimer(self)
        self._again.setSingleShot(True)
        self._again.setInterval(300)  # one read for a burst of changes
        self._again.timeout.connect(self._refresh_if_shown)
        view.range_choice.currentIndexChanged.connect(self._range_changed)
        view.since_edit.dateTimeChanged.connect(lambda _when: self.refresh())
        view.until_edit.dateTimeChanged.connect(lambda _when: self.refresh())
        view.refresh_button.clicked.connect(self.refresh)
        view.check_button.clicked.connect(self.check)
        view.close_button.clicked.connect(self.ask_close)
        view.cancel_close.clicked.connect(self.cancel_close)
        view.confirm_close.clicked.connect(self.confirm_close)
        view.staff_name.returnPressed.connect(self.confirm_close)
        self._enable()

    def set_runtime(self, runtime: Runtime | None) -> None:
        """The till opened (or closed, with None)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self.closings is not None:
            self.closings.close()
            self.closings = None
        self.runtime = runtime
        self._states.clear()
        if runtime is not None:
            self._unsubscribe = runtime.engine.subscribe(self._sale_changed)
            try:
                self.closings = Closings(runtime.journal)
            except Exception as error:
                log.warning("the closed shifts cannot be read: %s", error)
                self._say(describe_error(error), "error")
        # Read when shown (`shown`): a till opening must not read its whole journal for a
        # page nobody is looking at.
        if runtime is None or self.view.isVisible():
            self.refresh()

    def shown(self) -> None:
        """The page came up: fresh figures, and the keyboard focus on the range."""
        self.refresh()
        self.view.range_choice.setFocus()

    # -- the report -------------------------------------------------------------------------

    def _sale_changed(self, sale: Sale) -> None:
        state = str(sale.state)
        if self._states.get(sale.id) != state:
            self._states[sale.id] = state
            self._again.start()

    def _refresh_if_shown(self) -> None:
        if self.tasks.running("report-check"):
            self._again.start()  # after the check: it compares the figures it was given
        elif self.view.isVisible():
            self.refresh()

    def _range_changed(self) -> None:
        self.view.show_custom(self.view.range_choice.currentData() == CUSTOM)
        self.refresh()

    def _range(self) -> tuple[float | None, float | None]:
        choice = self.view.range_choice.currentData()
        if choice == TODAY:
            today = dt.datetime.fromtimestamp(self.clock()).replace(
                hour=0, minute=0, second=0, microsecond=0
            )
            return today.timestamp(), None
        if choice == CUSTOM:
            since = _seconds(self.view.since_edit.dateTime())
            until = _seconds(self.view.until_edit.dateTime())
            return since, until
        return (self.closing.at if self.closing else None), None

    def refresh(self) -> None:
        """Read the report of the chosen range again from the journal."""
        runtime = self.runtime
        self._clear_check()
        if runtime is None:
            self.report = None
            self.view.period.setText(self.tr("The report is shown once the till is open."))
            self.view.closed.clear()
            self.view.sales.clear()
            self._enable()
            return
        device_id = runtime.settings.device_id
        try:
            self.closing = self.closings.latest(device_id) if self.closings and device_id else None
            since, until = self._range()
            if since is not None and until is not None and until <= since:
                self._say(self.tr("The end of the period is not after its start."), "warning")
                self._range_refused = True
                return
            if self._range_refused:
                self._range_refused = False
                self._say("", "")
            self.report = read_report(
                runtime.journal, device_id=device_id, since=since, until=until
            )
        except Exception as error:
            log.warning("the report cannot be read: %s", error)
            self._say(describe_error(error), "error")
            return
        self._show()

    def _show(self) -> None:
        report = self.report
        if report is None:
            return
        view = self.view
        view.period.setText(period_words(report))
        view.closed.setText(closed_words(self.closing))
        view.show_report(report)
        view.sales.setText(sales_words(report))
        notes = [problem for _, problem in report.not_counted]
        if report.not_counted:
            notes.insert(
                0,
                self.tr("Not counted: {count} damaged records of the journal.").format(
                    count=len(report.not_counted)
                ),
            )
        if report.other_tills:
            notes.append(
                self.tr(
                    "{count} sales of other tills in the journal are not in this report."
                ).format(count=report.other_tills)
            )
        given = complimentary_lines(report)
        if given:
            notes.append(self.tr("Complimentary tickets:"))
            # A few lines on the page; the printed report lists every one.
            notes += given[:_COMPLIMENTARY_SHOWN]
            if len(given) > _COMPLIMENTARY_SHOWN:
                notes.append(
                    self.tr("… and {count} more: Save PDF or Print lists them all.").format(
                        count=len(given) - _COMPLIMENTARY_SHOWN
                    )
                )
        view.notes.setText("\n".join(notes))
        view.notes.setVisible(bool(notes))
        set_tone(view.notes, "warning" if report.not_counted else "")
        self._enable()

    def printable(self) -> ReportPrint | None:
        """The shown report with its words, as the PDF and the print have it."""
        if self.report is None:
            return None
        device_id = self.runtime.settings.device_id if self.runtime else None
        return report_print(
            self.report,
            closing=self.closing,
            device_id=device_id,
            now=self.clock(),
            check=self.check_lines,
        )

    def _enable(self) -> None:
        view = self.view
        has = self.report is not None
        for widget in (view.csv_button, view.pdf_button, view.print_button, view.check_button):
            widget.setEnabled(has)
        view.check_button.setEnabled(has and not self.tasks.running("report-check"))
        view.close_button.setEnabled(self.runtime is not None and self.closings is not None)

    def _say(self, text: str, tone: str) -> None:
        self.view.status.setText(text)
        set_tone(self.view.status, tone)

    # -- checking with BTCPay ---------------------------------------------------------------

    def _clear_check(self) -> None:
        self.agreement = None
        self.check_lines = ()
        self.view.differences.clear()
        self.view.differences.hide()
        if not self.tasks.running("report-check"):
            self.view.check_status.clear()
            set_tone(self.view.check_status, "")

    def check(self) -> None:
        """Compare the shown report with BTCPay's invoices, in the background."""
        runtime, report = self.runtime, self.report
        if runtime is None or report is None or self.tasks.running("report-check"):
            return
        self.tasks.spawn(self._check(runtime, report), key="report-check")

    async def _check(self, runtime: Runtime, report: Report) -> None:
        view = self.view
        view.check_button.setEnabled(False)
        view.check_status.setText(self.tr("Asking BTCPay for this till's invoices…"))
        set_tone(view.check_status, "info")
        try:
            agreement = await check_with_btcpay(
                runtime.btcpay,
                report,
                runtime.journal.sales(),
                device_id=runtime.settings.device_id,
            )
        except Exception as error:
            log.warning("the comparison with BTCPay failed: %s", error)
            if self.report is report:
                view.check_status.setText(
                    self.tr("BTCPay could not be asked: {error}").format(
                        error=describe_error(error)
                    )
                )
                set_tone(view.check_status, "error")
            return
        finally:
            view.check_button.setEnabled(self.report is not None)
        if self.report is not report:
            view.check_status.clear()  # the figures changed meanwhile: check them again
            return
        self.agreement = agreement
        summary = summary_words(agreement)
        lines = [difference_words(d) for d in agreement.differences]
        self.check_lines = (summary, *lines)
        view.check_status.setText(summary)
        set_tone(view.check_status, "success" if agreement.agrees else "warning")
        view.differences.clear()
        view.differences.addItems(lines)
        view.differences.setVisible(bool(lines))

    # -- closing the shift ------------------------------------------------------------------

    def ask_close(self) -> None:
        """Ask, on the page, who closes the shift and whether to."""
        if self.runtime is None:
            return
        self.view.close_box.show()
        self.view.close_button.setEnabled(False)
        self.view.staff_name.setFocus()

    def cancel_close(self) -> None:
        self.view.close_box.hide()
        self.view.close_button.setEnabled(True)
        self.view.close_button.setFocus()

    def confirm_close(self) -> Closing | None:
        """Record the closing; the page then shows the new (empty) period."""
        runtime, closings = self.runtime, self.closings
        if runtime is None or closings is None or not self.view.close_box.isVisible():
            return None
        device_id = runtime.settings.device_id
        if not device_id:
            self._say(
                self.tr("This till has made no sales yet, so it has no shift to close."), "info"
            )
            return None
        staff = self.view.staff_name.text().strip() or None
        try:
            closing, _closed = close_shift(
                runtime.journal, closings, device_id=device_id, staff=staff, now=self.clock()
            )
        except Exception as error:
            log.warning("closing the shift failed: %s", error)
            self._say(
                self.tr("The shift was not closed: {error}").format(error=describe_error(error)),
                "error",
            )
            return None
        self.view.close_box.hide()
        self.view.staff_name.clear()
        self.view.range_choice.setCurrentIndex(self.view.range_choice.findData(SINCE_CLOSE))
        self.refresh()
        self._say(
            self.tr("Shift closed at {time}. A new period starts now.").format(
                time=moment_words(closing.at)
            ),
            "success",
        )
        self.view.close_button.setFocus()
        return closing


def _seconds(when: QDateTime) -> float:
    return when.toSecsSinceEpoch()
