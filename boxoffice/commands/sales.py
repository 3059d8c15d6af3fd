"""`boxoffice sales`: the journal's sales, newest first, as a table or CSV.

Reads only the local journal: it works without network, settings or API keys.
"""

from __future__ import annotations

import csv
import datetime as dt

from boxoffice.app import paths
from boxoffice.commands.common import Console, ExitStatus
from boxoffice.domain.money import format_money
from boxoffice.domain.sale import Sale
from boxoffice.engine.journal import Journal

#: `paid_by`: bitcoin, cash or complimentary (last, so that readers of the older columns
#: still find theirs where they were).
CSV_COLUMNS = (
    "time",
    "sale_id",
    "event",
    "seats",
    "total",
    "currency",
    "state",
    "invoice_id",
    "paid_by",
)


def _when(sale: Sale) -> dt.datetime:
    return dt.datetime.fromtimestamp(sale.created_at, tz=dt.UTC).astimezone()


async def sales(args, console: Console) -> int:
    """Run `boxoffice sales`."""
    journal = Journal(paths.journal_path())
    try:
        rows = journal.sales(limit=args.limit)
        damaged = journal.damaged()
    finally:
        journal.close()
    for record in damaged:
        # On standard error, so a CSV on standard output stays a clean table.
        console.warn(f"Warning: {record.describe()}.")
    if args.csv:
        writer = csv.writer(console.out, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        for sale in rows:
            order = sale.order
            writer.writerow(
                (
                    _when(sale).isoformat(timespec="seconds"),
                    sale.id,
                    order.event_name,
                    order.seats,
                    str(order.total),
                    order.currency.upper(),
                    str(sale.state),
                    sale.invoice_id or "",
                    str(sale.payment_kind),
                )
            )
        console.out.flush()
        return ExitStatus.OK
    if not rows:
        console.say("No sales yet.")
        return ExitStatus.OK
    table = [("Time", "Sale", "Event", "Seats", "Total", "State", "Invoice", "Paid by")]
    for sale in rows:
        order = sale.order
        table.append(
            (
                _when(sale).strftime("%Y-%m-%d %H:%M"),
                sale.id,
                order.event_name,
                str(order.seats),
                format_money(order.total, order.currency),
                str(sale.state),
                sale.invoice_id or "-",
                str(sale.payment_kind),
            )
        )
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    for row in table:
        console.say("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    return ExitStatus.OK
