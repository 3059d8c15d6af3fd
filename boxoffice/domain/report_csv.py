"""The end-of-shift report as CSV cells: one writer for `boxoffice report --csv` and the
window's "Export CSV", so the two files are the same column for column.

The columns are the row's scope and names, then every field of `Figures` in its order: a
figure added to `Figures` is a column here without a second list to keep in step (the README's
"End-of-shift report" documents each, and a test checks it lists exactly these). Money is
written with its currency's decimals, bitcoin (`btc_*`) with 8, counts as integers.
"""

from __future__ import annotations

from dataclasses import fields
from decimal import Decimal

from boxoffice.domain.money import currency_exponent
from boxoffice.domain.report import Figures, Report

#: The columns naming a row, before its figures.
NAME_COLUMNS = ("scope", "event_id", "event", "ticket_type_id", "ticket_type", "currency")
#: The figures' columns: `Figures`' fields, in order.
FIGURE_COLUMNS = tuple(f.name for f in fields(Figures))
#: The CSV's columns, in order.
CSV_COLUMNS = NAME_COLUMNS + FIGURE_COLUMNS

_BTC_DECIMALS = 8


def is_bitcoin(column: str) -> bool:
    """Whether a figure is an amount of bitcoin (8 decimals) rather than the event's money."""
    return column.startswith("btc_")


def amount_text(value: Decimal, exponent: int) -> str:
    return f"{value.quantize(Decimal(1).scaleb(-exponent)):f}"


def figure_cells(figures: Figures, currency: str | None) -> list[str]:
    """The figures' cells in `FIGURE_COLUMNS` order: money with the currency's decimals (blank
    for a total of several currencies), bitcoin with 8, counts as integers."""
    cells = []
    for name in FIGURE_COLUMNS:
        value = getattr(figures, name)
        if isinstance(value, Decimal):
            if is_bitcoin(name):
                cells.append(amount_text(value, _BTC_DECIMALS))
            else:
                cells.append(amount_text(value, currency_exponent(currency)) if currency else "")
        else:
            cells.append(str(value))
    return cells


def csv_rows(report: Report) -> list[list[str]]:
    """The report as CSV rows (header first): each ticket type, each event, each currency."""
    rows = [list(CSV_COLUMNS)]
    for event in report.events:
        for row in report.rows:
            if (row.event_id, row.currency) != (event.event_id, event.currency):
                continue
            rows.append(
                [
                    "ticket_type",
                    row.event_id,
                    row.event_name,
                    row.ticket_type_id,
                    row.ticket_type_name,
                    row.currency,
                    *figure_cells(row.figures, row.currency),
                ]
            )
        rows.append(
            [
                "event",
                event.event_id,
                event.event_name,
                "",
                "",
                event.currency,
                *figure_cells(event.figures, event.currency),
            ]
        )
    for currency, figures in report.totals.items():
        rows.append(["total", "", "", "", "", currency, *figure_cells(figures, currency)])
    return rows
