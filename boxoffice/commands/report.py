"""`boxoffice report` and `boxoffice close-shift`: the end-of-shift report from the journal.

Both read only the local journal (no network, no keys), except `report --check-btcpay`, which
asks BTCPay for this till's invoices and names every difference. The CSV columns are a stable
set (`CSV_COLUMNS`), described in the README's "End-of-shift report"; a PDF or printed report
is the window's (`boxoffice report --pdf`, which `boxoffice.cli` hands to the window's
printing). The CSV writer is `boxoffice.domain.report_csv`, shared with the window's export;
`CSV_COLUMNS` is re-exported here for the commands' readers.
"""

from __future__ import annotations

import csv
import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

from boxoffice.app import paths
from boxoffice.commands.common import BadInput, Console, ExitStatus, load_settings
from boxoffice.domain.report import Figures, Report
from boxoffice.domain.report_csv import CSV_COLUMNS, FIGURE_COLUMNS, csv_rows, figure_cells
from boxoffice.engine.closings import Closings
from boxoffice.engine.journal import Journal
from boxoffice.engine.shift_report import BadTime, close_shift, read_report, shift_range

__all__ = ["CSV_COLUMNS", "close_shift_command", "csv_rows", "figure_cells", "report"]


def _local(seconds: float | None) -> str:
    if seconds is None:
        return "the start of the journal"
    return dt.datetime.fromtimestamp(seconds, tz=dt.UTC).astimezone().isoformat(timespec="seconds")


def _table(report: Report, console: Console) -> None:
    end = _local(report.until) if report.until is not None else "now"
    console.say(f"Sales from {_local(report.since)} to {end}")
    if not report.rows:
        console.say("No sales in this range.")
    heads: tuple[str, ...] = (
        "Event / ticket type",
        "Issued",
        "Gross",
        "BTC LN",
        "BTC on-chain",
        "BTC unknown",
        "Completed",
        "Released",
        "Attention",
        "Failed",
        "Refunded",
        "Open",
    )
    table: list[tuple[str, ...]] = [heads]
    shown = (
        "tickets_issued",
        "gross",
        "btc_lightning",
        "btc_onchain",
        "btc_method_unknown",
        "seats_completed",
        "seats_released",
        "seats_needs_attention",
        "seats_failed",
        "seats_refunded",
        "seats_in_progress",
    )
    picked = [FIGURE_COLUMNS.index(name) for name in shown]  # booking fees left out

    def line(label: str, figures: Figures, currency: str) -> tuple[str, ...]:
        cells = figure_cells(figures, currency)
        chosen = [cells[i] for i in picked]
        chosen[1] = f"{chosen[1]} {currency}"
        return (label, *chosen)

    for event in report.events:
        table.append(line(f"{event.event_name} ({event.event_id})", event.figures, event.currency))
        for row in report.rows:
            if (row.event_id, row.currency) == (event.event_id, event.currency):
                table.append(line(f"  {row.ticket_type_name}", row.figures, row.currency))
    for currency, figures in report.totals.items():
        table.append(line(f"Total {currency}", figures, currency))
    if len(table) > 1:
        widths = [max(len(row[i]) for row in table) for i in range(len(heads))]
        for cells_in in table:
            cells = [cells_in[0].ljust(widths[0])]
            cells += [
                cell.rjust(width) for cell, width in zip(cells_in[1:], widths[1:], strict=True)
            ]
            console.say("  ".join(cells))
    console.say("Completed … Open: seats, by the outcome of their sale")
    console.say(f"Bitcoin received: {report.btc_received:f} BTC")
    for currency, figures in report.totals.items():
        if figures.btc_refunded or figures.refunded_amount:
            cells = figure_cells(figures, currency)
            money = cells[FIGURE_COLUMNS.index("refunded_amount")]
            console.say(
                f"Refunds paid out ({currency} sales): {figures.btc_refunded:f} BTC"
                + (f" and {money} {currency}" if figures.refunded_amount else "")
            )
    counts = ", ".join(f"{n} {kind.replace('_', ' ')}" for kind, n in report.sales.items())
    console.say(f"Sales: {counts}")
    console.say("Booking fees: 0 (a sale records the price paid, booking fee included)")
    _offline_lines(report, console)
    if report.other_tills:
        console.say(f"Left out: {report.other_tills} sales of other tills (--all-tills)")


def _offline_lines(report: Report, console: Console) -> None:
    """Cash and complimentary tickets, apart from the bitcoin: the cash is in the drawer."""
    for currency, figures in report.totals.items():
        if figures.cash_tickets or figures.cash_amount:
            amount = figure_cells(figures, currency)[FIGURE_COLUMNS.index("cash_amount")]
            console.say(f"Cash: {figures.cash_tickets} tickets, {amount} {currency} taken")
    given = sum(figures.complimentary_tickets for figures in report.totals.values())
    if given:
        console.say(f"Complimentary: {given} tickets")
        for comp in report.complimentary:
            console.say(f"  {comp.tickets} × {comp.event_name}: {comp.reason} (by {comp.staff})")


def _not_counted(report: Report, console: Console) -> None:
    if report.not_counted:
        console.warn(f"Not counted: {len(report.not_counted)} damaged records")
        for _, problem in report.not_counted:
            console.warn(f"  {problem}")


def _write(report: Report, args, console: Console) -> None:
    if args.csv:
        writer = csv.writer(console.out, lineterminator="\n")
        writer.writerows(csv_rows(report))
        console.out.flush()
    else:
        _table(report, console)
    # On standard error, so a CSV on standard output stays a clean table.
    _not_counted(report, console)


#: Writes the report as a PDF: (report, path, paper, closing=, device_id=, now=) -> path.
#: The window's (`boxoffice.ui.printing.report_document.save_report_pdf`), handed in by the cli.
SavePdf = Callable[..., Path]


def _save_pdf(save_pdf: SavePdf, report: Report, args, window, device_id, console) -> None:
    try:
        written = save_pdf(
            report,
            Path(args.pdf),
            args.paper,
            closing=window.closing,
            device_id=device_id,
            now=time.time(),
        )
    except OSError as error:
        raise BadInput(f"Cannot write the PDF {args.pdf}: {error.strerror or error}") from None
    if not written.exists() or written.stat().st_size == 0:
        raise BadInput(f"Cannot write the PDF {args.pdf}: the file is empty or missing")
    # On standard error when the CSV is on standard output.
    (console.warn if args.csv else console.say)(f"Report saved as PDF ({args.paper}): {written}")


async def report(args, console: Console, *, save_pdf: SavePdf | None = None) -> int:
    """Run `boxoffice report`: 4 when a record was not counted or BTCPay disagrees, else 0."""
    settings = load_settings(console)
    device_id = settings.device_id
    if device_id is None and not args.all_tills:
        console.warn("Warning: this till has no id yet, so it has made no sales.")
    journal = Journal(paths.journal_path())
    try:
        with Closings(journal) as closings:
            try:
                window = shift_range(closings, device_id, args.since, args.until)
            except BadTime as error:
                raise BadInput(str(error)) from None
        result = read_report(
            journal,
            device_id=device_id,
            since=window.since,
            until=window.until,
            all_tills=args.all_tills,
        )
        sales = journal.sales() if args.check_btcpay else []
    finally:
        journal.close()
    _write(result, args, console)
    if getattr(args, "pdf", None) and save_pdf is not None:
        _save_pdf(save_pdf, result, args, window, device_id, console)
    status = ExitStatus.NEEDS_ATTENTION if result.not_counted else ExitStatus.OK
    if args.check_btcpay:
        from boxoffice.app.runtime import Runtime
        from boxoffice.engine.report_check import check_with_btcpay

        runtime = await Runtime.open(settings)
        try:
            agreement = await check_with_btcpay(
                runtime.btcpay, result, sales, device_id=None if args.all_tills else device_id
            )
        finally:
            await runtime.aclose()
        say = console.warn if args.csv else console.say
        say(
            f"BTCPay: {agreement.invoices} invoices, {agreement.btcpay_lightning:f} BTC by "
            f"Lightning, {agreement.btcpay_onchain:f} BTC on-chain"
        )
        for difference in agreement.differences:
            say(f"Difference: {difference.describe()}")
        if agreement.agrees:
            say("BTCPay agrees with the journal.")
        else:
            status = ExitStatus.NEEDS_ATTENTION
    return status


async def close_shift_command(args, console: Console) -> int:
    """Run `boxoffice close-shift`: record the closing, then print what it closed."""
    settings = load_settings(console)
    if settings.device_id is None:
        raise BadInput("This till has no id yet, so it has no shift to close.")
    journal = Journal(paths.journal_path())
    try:
        with Closings(journal) as closings:
            closing, result = close_shift(
                journal,
                closings,
                device_id=settings.device_id,
                staff=args.staff,
                now=time.time(),
            )
    finally:
        journal.close()
    _table(result, console)
    _not_counted(result, console)
    by = f" by {closing.staff}" if closing.staff else ""
    console.say(f"Shift closed{by} at {_local(closing.at)}.")
    return ExitStatus.OK
