"""The report page's outputs: a CSV file, a PDF file, a print.

Dialogs are non-modal (`QDialog.open`, never a nested event loop) and kept alive until they
close. The CSV has the columns of `boxoffice report --csv` (one writer, `domain.report_csv`)
and is written on a worker thread. The PDF and the print are painted on the GUI thread, as the
receipt's are (QTextDocument; a few milliseconds for a shift's report).
"""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import QDialog, QFileDialog

from boxoffice.domain.report_csv import csv_rows
from boxoffice.ui.errors import describe_error
from boxoffice.ui.printing.receipt import ReceiptLayout
from boxoffice.ui.printing.report_document import ReportPrint, render, write_pdf
from boxoffice.ui.screens.result.ticket_output import documents_dir
from boxoffice.ui.widgets.common import set_tone

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from boxoffice.domain.report import Report
    from boxoffice.ui.screens.shift_report.view import ShiftReportView
    from boxoffice.ui.tasks import TaskKeeper

log = logging.getLogger(__name__)


def write_csv(report: Report, path: Path) -> Path:
    """The report's CSV, as `boxoffice report --csv` writes it (UTF-8, a header row)."""
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out, lineterminator="\n").writerows(csv_rows(report))
    return path


class ReportOutput(QObject):
    """Export CSV, Save PDF and Print for the report the page shows (`current()`)."""

    def __init__(
        self,
        view: ShiftReportView,
        tasks: TaskKeeper,
        current: Callable[[], ReportPrint | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.tasks = tasks
        self._current = current
        #: The open dialog (and printer), kept alive until it closes.
        self.dialog: QFileDialog | tuple[QPrintDialog, QPrinter] | None = None
        self._last_dir: Path | None = None
        view.csv_button.clicked.connect(self.ask_csv_path)
        view.pdf_button.clicked.connect(self.ask_pdf_path)
        view.print_button.clicked.connect(self.print_report)

    def paper(self) -> ReceiptLayout:
        paper = self.view.paper_choice.currentData()
        return paper if isinstance(paper, ReceiptLayout) else ReceiptLayout.A4

    def directory(self) -> Path:
        return self._last_dir or documents_dir()

    def _say(self, text: str, tone: str) -> None:
        self.view.status.setText(text)
        set_tone(self.view.status, tone)

    def _ask_path(self, title: str, name: str, kind: str, chosen: Callable[[Path], object]) -> None:
        suggested = self.directory() / name
        dialog = QFileDialog(self.view, title, str(suggested), kind)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(Path(name).suffix.lstrip("."))
        # Qt's own dialog: the same on every desktop, and never a second event loop.
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.selectFile(str(suggested))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.fileSelected.connect(lambda path: chosen(Path(path)))
        dialog.finished.connect(lambda _code: setattr(self, "dialog", None))
        QDialog.open(dialog)  # not QFileDialog.open(receiver, slot)

    @staticmethod
    def _file_name(extension: str) -> str:
        return f"shift-report-{dt.datetime.now():%Y-%m-%d-%H%M}.{extension}"

    # -- CSV ------------------------------------------------------------------------------------

    def ask_csv_path(self) -> None:
        if self._current() is None:
            return
        self._ask_path(
            self.tr("Export the report as CSV"),
            self._file_name("csv"),
            self.tr("CSV (*.csv)"),
            self.save_csv,
        )

    def save_csv(self, path: Path) -> asyncio.Task[None] | None:
        printed = self._current()
        if printed is None:
            return None
        self._last_dir = path.parent
        return self.tasks.spawn(self._save_csv(printed.report, path), key="report-csv")

    async def _save_csv(self, report: Report, path: Path) -> None:
        self._say(self.tr("Saving the CSV…"), "info")
        try:
            await asyncio.to_thread(write_csv, report, path)
        except Exception as error:
            log.warning("saving the report's CSV failed: %s", error)
            self._say(
                self.tr("The CSV could not be saved: {error}").format(error=describe_error(error)),
                "error",
            )
        else:
            self._say(self.tr("Saved {path}").format(path=path), "success")

    # -- PDF ------------------------------------------------------------------------------------

    def ask_pdf_path(self) -> None:
        if self._current() is None:
            return
        self._ask_path(
            self.tr("Save the report as PDF"),
            self._file_name("pdf"),
            self.tr("PDF (*.pdf)"),
            self.save_pdf,
        )

    def save_pdf(self, path: Path) -> asyncio.Task[None] | None:
        printed = self._current()
        if printed is None:
            return None
        self._last_dir = path.parent
        return self.tasks.spawn(self._save_pdf(printed, path, self.paper()), key="report-pdf")

    async def _save_pdf(self, printed: ReportPrint, path: Path, paper: ReceiptLayout) -> None:
        self._say(self.tr("Saving the PDF…"), "info")
        try:
            await asyncio.sleep(0)  # let "Saving the PDF…" be drawn first
            write_pdf(printed, path, paper)  # on the GUI thread: see the module's docstring
        except Exception as error:
            log.warning("saving the report's PDF failed: %s", error)
            self._say(
                self.tr("The PDF could not be saved: {error}").format(error=describe_error(error)),
                "error",
            )
        else:
            self._say(self.tr("Saved {path}").format(path=path), "success")

    # -- printing -------------------------------------------------------------------------------

    def print_report(self) -> None:
        """Ask for a printer (non-blocking dialog); the layout follows its paper's width."""
        printed = self._current()
        if printed is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("End-of-shift report"))
        dialog = QPrintDialog(printer, self.view)
        dialog.setWindowTitle(self.tr("Print the report"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = (dialog, printer)

        def accepted() -> None:
            size = printer.pageLayout().pageSize().size(QPageSize.Unit.Millimeter)
            paper = ReceiptLayout.for_page_width(size.width())
            self.tasks.spawn(self._print(printer, printed, paper), key="report-print")

        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _code: setattr(self, "dialog", None))
        QDialog.open(dialog)

    async def _print(self, printer: QPrinter, printed: ReportPrint, paper: ReceiptLayout) -> None:
        self._say(self.tr("Printing…"), "info")
        try:
            await asyncio.sleep(0)
            render(printed, printer, paper)
        except Exception as error:
            log.warning("printing the report failed: %s", error)
            self._say(
                self.tr("Printing failed: {error}").format(error=describe_error(error)), "error"
            )
        else:
            self._say(
                self.tr("Sent to {printer}.").format(
                    printer=printer.printerName() or self.tr("the printer")
                ),
                "success",
            )
