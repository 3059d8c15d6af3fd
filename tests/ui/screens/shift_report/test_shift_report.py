"""The end-of-shift report page through its real widgets, against the simulator: the figures
shown are the sales made to the smallest unit, closing a shift starts an empty period, and the
CSV and PDF say the same as the command line."""

from __future__ import annotations

import asyncio
import csv
import re
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

from boxoffice.domain.report_csv import CSV_COLUMNS, csv_rows
from boxoffice.engine.closings import Closings
from boxoffice.engine.shift_report import read_report
from boxoffice.sim import seed
from boxoffice.ui.door_console import DoorConsole
from boxoffice.ui.locale_format import money
from boxoffice.ui.printing.receipt import ReceiptLayout
from boxoffice.ui.printing.report_document import build_document, page_images, write_pdf
from boxoffice.ui.report_columns import btc_number
from boxoffice.ui.screens.shift_report.view import KIND_ROLE
from tests.ui.conftest import run_until
from tests.ui.helpers import find
from tests.ui.screens.shift_report.sales import (
    btcpay_paid,
    cash,
    completed,
    complimentary,
    needing_attention,
    released,
    runtime_of,
)


def open_report(qtbot, loop, till):
    """The staff top bar's Report button, as the app connects it (`ui/app.py`)."""
    if getattr(till, "door_console", None) is None:
        till.door_console = DoorConsole(till, till.flow)
    qtbot.mouseClick(find(till, QPushButton, "shiftReportButton"), Qt.MouseButton.LeftButton)
    run_until(loop, lambda: till.pages.currentWidget() is till.report_page, message="the page")
    return till.door_console.report


def open_dialog(till) -> QFileDialog:
    """The one file dialog showing (a closed one may wait for its deletion)."""
    shown = [d for d in till.findChildren(QFileDialog) if d.isVisible()]
    assert len(shown) == 1, shown
    return shown[0]


def table_rows(page) -> dict[str, dict[str, str]]:
    """The table as {first cell: {heading: text}}."""
    table = page.table
    headings = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    rows = {}
    for r in range(table.rowCount()):
        cells = [table.item(r, c).text() for c in range(table.columnCount())]
        rows[cells[0].strip()] = dict(zip(headings, cells, strict=True))
    return rows


@pytest.fixture
def shift(loop, till, sim):
    """Two GBP sales (Lightning, on-chain), a JPY sale, a released one, one needing attention."""
    runtime = runtime_of(loop, till)
    gbp = completed(loop, runtime, sim, seed.GBP_EVENT, {seed.GENERAL_TT: 2, seed.CONCESSION_TT: 1})
    gbp2 = completed(
        loop, runtime, sim, seed.GBP_EVENT, {seed.CONCESSION_TT: 3}, method="BTC-CHAIN"
    )
    jpy = completed(
        loop, runtime, sim, seed.JPY_EVENT, {seed.JPY_GENERAL_TT: 1, seed.JPY_STUDENT_TT: 2}
    )
    gone = released(loop, runtime, sim, seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    stuck = needing_attention(loop, runtime, sim, seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    return runtime, {"gbp": gbp, "gbp2": gbp2, "jpy": jpy, "released": gone, "stuck": stuck}


def test_the_page_shows_the_sales_made_to_the_smallest_unit(qtbot, loop, till, sim, shift):
    runtime, sales = shift
    controller = open_report(qtbot, loop, till)
    page = till.report_page
    assert page.objectName() == "shiftReport"
    run_until(loop, lambda: page.table.rowCount() > 0, message="the figures")
    rows = table_rows(page)

    gbp_gross = sales["gbp"].order.total + sales["gbp2"].order.total
    assert gbp_gross == Decimal("129.00")
    jpy_gross = sales["jpy"].order.total
    gbp_btc = sum(
        (btcpay_paid(loop, runtime, sales[k].invoice_id) for k in ("gbp", "gbp2", "stuck")),
        Decimal(0),
    )
    lightning = btcpay_paid(loop, runtime, sales["gbp"].invoice_id)
    jpy_btc = btcpay_paid(loop, runtime, sales["jpy"].invoice_id)
    assert gbp_btc > lightning > 0 and jpy_btc > 0

    total_gbp = rows["Total GBP"]
    assert total_gbp["Gross"] == money(gbp_gross, "GBP") == "£129.00"
    assert total_gbp["Tickets"] == "6"
    assert total_gbp["Completed"] == "6"
    assert total_gbp["Released"] == "1"
    assert total_gbp["Needs\nattention"] == "1"
    assert total_gbp["Refunded"] == "0"
    assert total_gbp["Booking\nfees"] == "£0.00"
    # Bitcoin to the satoshi: what BTCPay's payment methods say each invoice received.
    shown_btc = sum(
        Decimal(total_gbp[h]) for h in ("BTC\nLightning", "BTC\non-chain", "BTC\nunknown")
    )
    assert shown_btc == gbp_btc
    assert Decimal(rows["Total GBP"]["BTC\nLightning"]) >= lightning
    total_jpy = rows["Total JPY"]
    assert total_jpy["Gross"] == money(jpy_gross, "JPY") == "¥8,400"
    assert total_jpy["Tickets"] == "3"
    jpy_shown = sum(
        Decimal(total_jpy[h]) for h in ("BTC\nLightning", "BTC\non-chain", "BTC\nunknown")
    )
    assert jpy_shown == jpy_btc
    assert all(re.fullmatch(r"\d+\.\d{8}", total_jpy[h]) for h in ("BTC\nLightning",))
    # Per ticket type, under its event; the event's row is the sum of its types'.
    assert rows["General Admission"]["Gross"] == "£53.00"
    assert rows["Concession"]["Gross"] == "£76.00"
    event_rows = [
        r for r in range(page.table.rowCount()) if page.table.item(r, 0).data(KIND_ROLE) == "event"
    ]
    assert len(event_rows) == 2
    # Numbers are right-aligned.
    item = page.table.item(event_rows[0], 2)
    assert item.textAlignment() & Qt.AlignmentFlag.AlignRight
    sales_text = find(till, QLabel, "shiftReportSales").text()
    assert sales_text == "Sales: 3 completed, 1 released, 1 needs attention"
    # The same figures as the command line's report of the same journal.
    assert (
        controller.report.totals
        == read_report(runtime.journal, device_id=runtime.settings.device_id).totals
    )

    # The comparison with BTCPay, in the background: its result is shown, never hidden.
    qtbot.mouseClick(find(till, QPushButton, "shiftReportCheck"), Qt.MouseButton.LeftButton)
    status = find(till, QLabel, "shiftReportCheckStatus")
    run_until(loop, lambda: controller.agreement is not None, message="the check")
    agreement = controller.agreement
    assert agreement.invoices == 5
    listed = [page.differences.item(i).text() for i in range(page.differences.count())]
    assert len(listed) == len(agreement.differences)
    if agreement.agrees:
        assert status.text().startswith("BTCPay agrees to the satoshi: 5 invoices")
        assert not page.differences.isVisible()
    else:
        assert status.text().startswith("BTCPay does not agree")
        assert page.differences.isVisible()


def test_a_difference_with_btcpay_is_listed_plainly(qtbot, loop, till, sim):
    import dataclasses

    runtime = runtime_of(loop, till)
    sale = completed(loop, runtime, sim, seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    # The journal names an invoice BTCPay never made (a copy sharing the sale's ticket).
    ghost = dataclasses.replace(
        sale, id="ghost1", invoice_id="inv-ghost", created_at=sale.created_at + 1
    )
    runtime.journal.record_new(ghost)
    controller = open_report(qtbot, loop, till)
    qtbot.mouseClick(find(till, QPushButton, "shiftReportCheck"), Qt.MouseButton.LeftButton)
    run_until(loop, lambda: controller.agreement is not None, message="the check")
    assert not controller.agreement.agrees
    page = till.report_page
    listed = [page.differences.item(i).text() for i in range(page.differences.count())]
    assert "Sale ghost1: the journal names invoice inv-ghost, BTCPay does not list it." in listed
    assert page.differences.isVisible()
    assert (
        find(till, QLabel, "shiftReportCheckStatus")
        .text()
        .startswith("BTCPay does not agree: 1 difference")
    )


def test_closing_the_shift_records_it_and_starts_an_empty_period(qtbot, loop, till, sim):
    runtime = runtime_of(loop, till)
    sale = completed(loop, runtime, sim, seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    open_report(qtbot, loop, till)
    page = till.report_page
    run_until(loop, lambda: "Total GBP" in table_rows(page), message="the figures")
    assert page.closed.text() == "This till has not closed a shift yet."

    sim.advance_clock(5)
    qtbot.mouseClick(find(till, QPushButton, "shiftReportClose"), Qt.MouseButton.LeftButton)
    assert page.close_box.isVisible() and page.staff_name.hasFocus()
    qtbot.keyClicks(page.staff_name, "Grace")
    qtbot.mouseClick(find(till, QPushButton, "shiftReportConfirmClose"), Qt.MouseButton.LeftButton)

    with Closings(runtime.journal) as closings:
        closing = closings.latest(runtime.settings.device_id)
    assert closing is not None and closing.staff == "Grace"
    assert closing.at == pytest.approx(sim.clock.now())
    assert closing.totals["totals"]["GBP"]["gross"] == f"{sale.order.total:f}"
    assert page.table.rowCount() == 0
    assert page.sales.text() == "No sales in this period."
    assert page.closed.text().startswith("Last closed at ") and page.closed.text().endswith(
        " by Grace."
    )
    assert not page.close_box.isVisible()
    assert find(till, QLabel, "shiftReportStatus").text().startswith("Shift closed at ")

    # A sale after the closing is the new period's only one; the page follows it by itself.
    sim.advance_clock(5)
    later = completed(loop, runtime, sim, seed.JPY_EVENT, {seed.JPY_GENERAL_TT: 1})
    run_until(loop, lambda: "Total JPY" in table_rows(page), message="the new sale")
    assert set(table_rows(page)) == {f"{later.order.event_name} (JPY)", "General", "Total JPY"}


def test_csv_export_has_the_command_lines_columns(qtbot, loop, till, sim, shift, tmp_path):
    runtime, sales = shift
    controller = open_report(qtbot, loop, till)
    run_until(loop, lambda: controller.report is not None and controller.report.rows)
    target = tmp_path / "shift.csv"
    qtbot.mouseClick(find(till, QPushButton, "shiftReportCsv"), Qt.MouseButton.LeftButton)
    dialog = open_dialog(till)
    dialog.selectFile(str(target))
    dialog.accept()
    status = find(till, QLabel, "shiftReportStatus")
    run_until(loop, lambda: status.text() == f"Saved {target}", message="the CSV")

    with target.open(encoding="utf-8", newline="") as file:
        read = list(csv.reader(file))
    assert tuple(read[0]) == CSV_COLUMNS
    assert read == csv_rows(read_report(runtime.journal, device_id=runtime.settings.device_id))
    by = {
        (r["scope"], r["ticket_type_id"], r["currency"]): r
        for r in csv.DictReader(target.open(encoding="utf-8", newline=""))
    }
    total = by[("total", "", "GBP")]
    expected_btc = sum(
        (btcpay_paid(loop, runtime, sales[k].invoice_id) for k in ("gbp", "gbp2", "stuck")),
        Decimal(0),
    )
    assert total["gross"] == "129.00"
    assert total["booking_fees"] == "0.00"
    assert total["tickets_issued"] == "6"
    assert total["seats_completed"] == "6"
    assert total["seats_released"] == "1"
    assert total["seats_needs_attention"] == "1"
    assert total["seats_refunded"] == "0"
    btc = [total[c] for c in ("btc_lightning", "btc_onchain", "btc_method_unknown")]
    assert all(re.fullmatch(r"\d+\.\d{8}", cell) for cell in btc)
    assert sum(Decimal(c) for c in btc) == expected_btc
    jpy = by[("total", "", "JPY")]
    assert jpy["gross"] == "8400" and jpy["tickets_issued"] == "3"
    concession = by[("ticket_type", seed.CONCESSION_TT, "GBP")]
    assert concession["gross"] == "76.00" and concession["seats_completed"] == "4"


def _media_boxes(path) -> list[tuple[float, float]]:
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    boxes = re.findall(rb"MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\]", data)
    return [(float(w), float(h)) for w, h in boxes]


def test_the_pdf_in_both_sizes_holds_the_totals(qtbot, loop, till, sim, shift, tmp_path):
    controller = open_report(qtbot, loop, till)
    run_until(loop, lambda: controller.report is not None and controller.report.rows)
    page = till.report_page
    status = find(till, QLabel, "shiftReportStatus")
    for paper, name in ((ReceiptLayout.A4, "a4.pdf"), (ReceiptLayout.ROLL_80MM, "roll.pdf")):
        page.paper_choice.setCurrentIndex(page.paper_choice.findData(paper))
        target = tmp_path / name
        qtbot.mouseClick(find(till, QPushButton, "shiftReportPdf"), Qt.MouseButton.LeftButton)
        dialog = open_dialog(till)
        dialog.selectFile(str(target))
        dialog.accept()
        run_until(loop, lambda t=target: status.text() == f"Saved {t}", message="the PDF")
        boxes = _media_boxes(target)
        if paper is ReceiptLayout.A4:
            assert boxes and all(
                (w, h) == (pytest.approx(595, abs=1), pytest.approx(842, abs=1)) for w, h in boxes
            )
        else:
            assert len(boxes) == 1  # one strip, cut to the content
            width, height = boxes[0]
            assert width == pytest.approx(80 / 25.4 * 72, abs=1.5)
            assert height > width  # longer than wide: every event and type is on it
        # The document painted into it carries the totals (the PDF's text is compressed).
        printable = controller.printable()
        text = build_document(printable, paper).toPlainText()
        for words in ("Total GBP", "£129.00", "Total JPY", "¥8,400", "needs attention"):
            assert words in text, (paper, words)
        assert btc_number(controller.report.totals["GBP"].btc_lightning) in text
        images = page_images(printable, paper, dpi=100)
        assert len(images) == len(boxes)
        # Not blank: ink on the page.
        first = images[0]
        dark = sum(
            1
            for y in range(0, first.height(), 4)
            for x in range(0, first.width(), 4)
            if first.pixelColor(x, y).lightness() < 128
        )
        assert dark > 100


def test_a_roll_pdf_of_many_types_stays_one_strip(qapp, tmp_path):
    from boxoffice.domain.report import EventTotal, Figures, Report, TypeRow
    from boxoffice.ui.printing.report_document import report_print

    rows = tuple(
        TypeRow("ev_1", "Night", "GBP", f"tt_{i}", f"Type {i}", Figures(tickets_issued=i))
        for i in range(1, 30)
    )
    total = sum((r.figures for r in rows), Figures())
    report = Report(
        since=None,
        until=None,
        rows=rows,
        events=(EventTotal("ev_1", "Night", "GBP", total, {"completed": 29}),),
        totals={"GBP": total},
        sales={"completed": 29},
    )
    printed = report_print(report, closing=None, device_id="till-1", now=0.0)
    roll = _media_boxes(write_pdf(printed, tmp_path / "roll.pdf", ReceiptLayout.ROLL_80MM))
    assert len(roll) == 1 and roll[0][1] > 842  # one strip longer than A4, never cut
    a4 = _media_boxes(write_pdf(printed, tmp_path / "a4.pdf", ReceiptLayout.A4))
    assert len(a4) >= 1 and all(h == pytest.approx(842, abs=1) for _, h in a4)


def test_cash_and_complimentary_show_apart_and_fit_the_width(qtbot, loop, till, sim):
    runtime = runtime_of(loop, till)
    completed(loop, runtime, sim, seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    cash(loop, runtime, sim, seed.GBP_EVENT, {seed.GENERAL_TT: 2, seed.CONCESSION_TT: 1}, "72.00")
    complimentary(loop, runtime, sim, seed.GBP_EVENT, {seed.GENERAL_TT: 2}, "Press pass")
    till.resize(1280, 800)
    controller = open_report(qtbot, loop, till)
    page = till.report_page
    run_until(loop, lambda: "Total GBP" in table_rows(page), message="the figures")
    total = table_rows(page)["Total GBP"]
    assert total["Gross"] == "£26.50"  # bitcoin sales only
    assert total["Cash\ntickets"] == "3" and total["Cash\ntaken"] == "£72.00"
    assert total["Compli-\nmentary"] == "2"
    assert total["Tickets"] == "6"
    notes = find(till, QLabel, "shiftReportNotes")
    assert notes.isVisible() and "2 × Summer Chamber Night: Press pass (by Alan, " in notes.text()
    # Every column in sight at 1280×800: no sideways scrolling.
    loop.run_until_complete(asyncio.sleep(0.05))
    assert page.table.horizontalScrollBar().maximum() == 0
    text = build_document(controller.printable(), ReceiptLayout.A4).toPlainText()
    assert "Complimentary tickets" in text and "Press pass" in text and "£72.00" in text


def test_a_chosen_range_counts_only_the_sales_made_in_it(qtbot, loop, till, sim):
    from PySide6.QtCore import QDateTime

    from boxoffice.ui.screens.shift_report.view import CUSTOM, TODAY

    runtime = runtime_of(loop, till)
    sale = completed(loop, runtime, sim, seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    controller = open_report(qtbot, loop, till)
    page = till.report_page
    made = QDateTime.fromSecsSinceEpoch(int(sale.created_at))
    page.range_choice.setCurrentIndex(page.range_choice.findData(CUSTOM))
    assert page.since_edit.isVisible() and page.until_edit.isVisible()
    # Before the sale: nothing.
    page.since_edit.setDateTime(made.addSecs(-7200))
    page.until_edit.setDateTime(made.addSecs(-3600))
    assert page.table.rowCount() == 0 and controller.report.sale_ids == ()
    # Around it: the sale, and the period says so.
    page.until_edit.setDateTime(made.addSecs(3600))
    assert controller.report.sale_ids == (sale.id,)
    assert table_rows(page)["Total GBP"]["Gross"] == "£26.50"
    assert controller.report.until is not None
    # An end before the start is refused in words; the figures are not replaced.
    page.until_edit.setDateTime(made.addSecs(-10800))
    assert "not after its start" in find(till, QLabel, "shiftReportStatus").text()
    assert controller.report.sale_ids == (sale.id,)
    page.range_choice.setCurrentIndex(page.range_choice.findData(TODAY))
    assert not page.since_edit.isVisible()
    assert controller.report.sale_ids == (sale.id,) and controller.report.until is None


def test_print_asks_for_a_printer_without_blocking_and_prints(qtbot, loop, till, sim, tmp_path):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    runtime = runtime_of(loop, till)
    completed(loop, runtime, sim, seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    open_report(qtbot, loop, till)
    qtbot.mouseClick(find(till, QPushButton, "shiftReportPrint"), Qt.MouseButton.LeftButton)
    shown = [d for d in till.findChildren(QPrintDialog) if d.isVisible()]
    assert len(shown) == 1  # open(), not exec(): the loop kept running to get here
    printer = shown[0].printer()
    shown[0].accept()
    # No printer on this machine: the accepted dialog's printer writes to a file instead
    # (printing starts from the loop, after the dialog has set the printer up).
    target = tmp_path / "printed.pdf"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    status = find(till, QLabel, "shiftReportStatus")
    run_until(loop, lambda: status.text().startswith("Sent to"), message="the print")
    assert _media_boxes(target)  # an A4 printer's paper: the A4 layout, one page or more


def test_a_print_that_cannot_start_says_so(qtbot, loop, till, sim, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    runtime = runtime_of(loop, till)
    completed(loop, runtime, sim, seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    controller = open_report(qtbot, loop, till)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "no" / "such" / "folder" / "x.pdf"))
    loop.run_until_complete(
        controller.output._print(printer, controller.printable(), ReceiptLayout.A4)
    )
    status = find(till, QLabel, "shiftReportStatus").text()
    assert status.startswith("Printing failed: ") and not status.startswith("Sent")
