"""The end-of-shift report on paper: a PDF or a print, on an 80 mm roll or A4.

The same papers and page painting as the receipt (`printing.receipt`: black on white, pages
painted one by one at the paper's own margins, a roll cut to the content). On A4 the figures
are two tables (money, then seats by outcome) so that an A4 page in portrait holds them at a
readable size; on a 72 mm roll each event and ticket type is a short list of label and value.
Built on the GUI thread (QTextDocument is not safe to lay out elsewhere): a report of a few
dozen rows takes milliseconds.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPdfWriter,
    QTextDocument,
)

from boxoffice.domain.report import Report
from boxoffice.ui.printing.receipt import (
    ReceiptLayout,
    _mm_to_px,
    document_images,
    page_layout_for,
    paint_document,
)
from boxoffice.ui.report_columns import (
    Column,
    closed_words,
    columns,
    complimentary_lines,
    moment_words,
    period_words,
    report_lines,
    sales_words,
)

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from boxoffice.engine.closings import Closing

#: The papers a report prints on (the receipt's).
Paper = ReceiptLayout
#: `--paper` names.
PAPERS = {"80mm": ReceiptLayout.ROLL_80MM, "a4": ReceiptLayout.A4}


@dataclass(frozen=True)
class ReportPrint:
    """Everything on the printed report besides the figures, already in words."""

    report: Report
    period: str
    closed: str
    till: str
    printed_at: str
    #: The comparison with BTCPay, one line each, when it was run.
    check: tuple[str, ...] = ()
    #: What could not be counted, one line each.
    warnings: tuple[str, ...] = ()


def report_print(
    report: Report,
    *,
    closing: Closing | None,
    device_id: str | None,
    now: float,
    check: Sequence[str] = (),
) -> ReportPrint:
    """The printed report's words for `report`."""
    warnings = [problem for _, problem in report.not_counted]
    if report.other_tills:
        warnings.append(
            QCoreApplication.translate(
                "ReportDocument", "{count} sales of other tills are not in this report."
            ).format(count=report.other_tills)
        )
    return ReportPrint(
        report=report,
        period=period_words(report),
        closed=closed_words(closing),
        till=device_id or "",
        printed_at=moment_words(now),
        check=tuple(check),
        warnings=tuple(warnings),
    )


def _e(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def report_html(printed: ReportPrint, paper: Paper) -> str:
    """The report as simple HTML for QTextDocument."""
    report = printed.report
    shown = columns(report)
    head = [
        f"<h2>{_e(QCoreApplication.translate('ReportDocument', 'End-of-shift report'))}</h2>",
        f"<p>{_e(printed.period)}<br>{_e(printed.closed)}",
    ]
    if printed.till:
        head.append(
            "<br>"
            + _e(
                QCoreApplication.translate("ReportDocument", "Till {till}").format(
                    till=printed.till
                )
            )
        )
    head.append(
        "<br>"
        + _e(
            QCoreApplication.translate("ReportDocument", "Printed {time}").format(
                time=printed.printed_at
            )
        )
        + "</p>"
    )
    head.append(f"<p><b>{_e(sales_words(report))}</b></p>")
    body = _tables(report, shown) if paper is Paper.A4 else _lists(report, shown)
    given_lines = complimentary_lines(report)
    sections = (
        (QCoreApplication.translate("ReportDocument", "Complimentary tickets"), given_lines),
        (QCoreApplication.translate("ReportDocument", "Not counted"), list(printed.warnings)),
        (QCoreApplication.translate("ReportDocument", "Checked with BTCPay"), list(printed.check)),
    )
    # One paragraph per section: its heading never ends a page without its lines.
    foot = [
        f"<p><b>{_e(title)}</b><br>" + "<br>".join(_e(line) for line in lines) + "</p>"
        for title, lines in sections
        if lines
    ]
    return "<html><body>" + "".join(head + body + foot) + "</body></html>"


def _tables(report: Report, shown: list[Column]) -> list[str]:
    lines = report_lines(report)
    if not lines:
        return []
    parts = []
    groups = (
        (
            QCoreApplication.translate("ReportDocument", "Money"),
            [c for c in shown if not c.is_outcome],
        ),
        (
            QCoreApplication.translate("ReportDocument", "Seats by the outcome of their sale"),
            [c for c in shown if c.is_outcome],
        ),
    )
    for title, group in groups:
        if not group:
            continue
        parts.append(f"<h3>{_e(title)}</h3>")
        heading = "".join(f"<th align='right'>{_e(c.heading)}</th>" for c in group)
        first = QCoreApplication.translate("ReportDocument", "Event / ticket type")
        rows = [f"<tr><th align='left'>{_e(first)}</th>{heading}</tr>"]
        for kind, label, currency, figures in lines:
            name = _e(label) if kind != "type" else "&nbsp;&nbsp;&nbsp;" + _e(label)
            cells = "".join(
                f"<td align='right'>{_e(c.cell(figures, currency))}</td>" for c in group
            )
            row = f"<td>{name}</td>{cells}"
            if kind != "type":
                row = row.replace("<td", "<td style='font-weight: bold'")
            rows.append(f"<tr>{row}</tr>")
        parts.append(
            "<table width='100%' cellspacing='0' cellpadding='3' border='1' "
            "style='border-collapse: collapse; border-color: black'>" + "".join(rows) + "</table>"
        )
    return parts


def _lists(report: Report, shown: list[Column]) -> list[str]:
    parts = []
    for kind, label, currency, figures in report_lines(report):
        title = f"<b>{_e(label)}</b>" if kind != "type" else _e(label)
        rule = "<hr>" if kind != "type" else ""
        rows = "".join(
            f"<tr><td>{_e(c.one_line_heading)}</td>"
            f"<td align='right'>{_e(c.cell(figures, currency))}</td></tr>"
            for c in shown
            if kind != "type" or getattr(figures, c.field)
        )
        parts.append(
            f"{rule}<p>{title}</p><table width='100%' cellspacing='0' cellpadding='1'>"
            f"{rows}</table>"
        )
    return parts


def build_document(printed: ReportPrint, paper: Paper) -> QTextDocument:
    """A QTextDocument of the report laid out at the paper's width."""
    document = QTextDocument()
    font = QFont()
    font.setPointSizeF(8.0 if paper is Paper.ROLL_80MM else 8.5)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setHtml(report_html(printed, paper))
    document.setTextWidth(_mm_to_px(paper.text_width_mm))
    return document


def render(printed: ReportPrint, device: QPrinter | QPdfWriter, paper: Paper) -> None:
    """Lay the report out for `paper` and paint it onto a printer or PDF writer."""
    document = build_document(printed, paper)
    paint_document(document, device, page_layout_for(document, paper))


def page_images(printed: ReportPrint, paper: Paper, dpi: int = 150) -> list[QImage]:
    """The report's pages as a printer at `dpi` would print them (whole page, margins too):
    a preview, and what the tests look at."""
    document = build_document(printed, paper)
    return document_images(document, page_layout_for(document, paper), dpi)


def write_pdf(printed: ReportPrint, path: Path | str, paper: Paper) -> Path:
    """Write the report as a PDF file (on the GUI thread, or with no window at all)."""
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setTitle(QCoreApplication.translate("ReportDocument", "End-of-shift report"))
    writer.setCreator("Box Office")
    render(printed, writer, paper)
    del writer  # flushes and closes the file
    return path


_APP: list[QGuiApplication] = []


def save_report_pdf(
    report: Report,
    path: Path | str,
    paper: str,
    *,
    closing: Closing | None,
    device_id: str | None,
    now: float,
) -> Path:
    """`boxoffice report --pdf`: the report as a PDF without a window. Qt needs an
    application to lay text out; a command line has none, so one is made that draws off
    screen (no display needed, on a server too)."""
    if QGuiApplication.instance() is None:
        _APP.append(QGuiApplication(["boxoffice", "-platform", "offscreen"]))
    printed = report_print(report, closing=closing, device_id=device_id, now=now)
    return write_pdf(printed, path, PAPERS[paper])
