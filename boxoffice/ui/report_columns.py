"""The end-of-shift report's figures as the window and its printed report show them.

One list of columns for the report page's table and the PDF/printed report, so both say the
same thing in the same order. The columns follow `Figures`' fields: a figure this list does
not know yet (added below the window) is still shown, under its field's name, rather than
silently left out; the seats of failed and unfinished sales only when there are any.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from boxoffice.domain.report import Figures, Report
from boxoffice.domain.report_csv import is_bitcoin
from boxoffice.ui.i18n import QT_TRANSLATE_NOOP, current_locale
from boxoffice.ui.locale_format import money, stamp_words

if TYPE_CHECKING:
    from boxoffice.engine.closings import Closing

_CONTEXT = "ReportColumns"

#: Headings of the figures known here (a line break where a narrow column needs one).
_HEADINGS = {
    "tickets_issued": QT_TRANSLATE_NOOP("ReportColumns", "Tickets"),
    "gross": QT_TRANSLATE_NOOP("ReportColumns", "Gross"),
    "booking_fees": QT_TRANSLATE_NOOP("ReportColumns", "Booking\nfees"),
    "btc_lightning": QT_TRANSLATE_NOOP("ReportColumns", "BTC\nLightning"),
    "btc_onchain": QT_TRANSLATE_NOOP("ReportColumns", "BTC\non-chain"),
    "btc_method_unknown": QT_TRANSLATE_NOOP("ReportColumns", "BTC\nunknown"),
    "seats_completed": QT_TRANSLATE_NOOP("ReportColumns", "Completed"),
    "seats_released": QT_TRANSLATE_NOOP("ReportColumns", "Released"),
    "seats_needs_attention": QT_TRANSLATE_NOOP("ReportColumns", "Needs\nattention"),
    "seats_failed": QT_TRANSLATE_NOOP("ReportColumns", "Failed"),
    "seats_refunded": QT_TRANSLATE_NOOP("ReportColumns", "Refunded"),
    "seats_in_progress": QT_TRANSLATE_NOOP("ReportColumns", "Still\nopen"),
    "cash_tickets": QT_TRANSLATE_NOOP("ReportColumns", "Cash\ntickets"),
    "cash_amount": QT_TRANSLATE_NOOP("ReportColumns", "Cash\ntaken"),
    "complimentary_tickets": QT_TRANSLATE_NOOP("ReportColumns", "Compli-\nmentary"),
    "btc_refunded": QT_TRANSLATE_NOOP("ReportColumns", "BTC\nrefunded"),
    "refunded_amount": QT_TRANSLATE_NOOP("ReportColumns", "Refunded\n(money)"),
}
#: Shown only when a row has some: most shifts have none (and 1280 pixels hold the rest).
_WHEN_ANY = frozenset(
    {
        "seats_failed",
        "seats_in_progress",
        "cash_tickets",
        "cash_amount",
        "complimentary_tickets",
        "btc_refunded",
        "refunded_amount",
    }
)


@dataclass(frozen=True)
class Column:
    """One figure: its field, whether it is money, bitcoin or a count, and whether it counts
    seats by their sale's outcome (printed apart from the money on paper)."""

    field: str
    kind: str  # "money", "bitcoin" or "count"

    @property
    def heading(self) -> str:
        known = _HEADINGS.get(self.field)
        if known is None:
            return self.field.replace("_", " ").capitalize()
        return QCoreApplication.translate(_CONTEXT, known)

    @property
    def one_line_heading(self) -> str:
        return self.heading.replace("\n", " ")

    @property
    def is_outcome(self) -> bool:
        return self.field.startswith("seats_")

    def cell(self, figures: Figures, currency: str | None) -> str:
        value = getattr(figures, self.field)
        if self.kind == "bitcoin":
            return btc_number(value)
        if self.kind == "money":
            return money(value, currency) if currency else ""
        return current_locale().toString(int(value))


def columns(report: Report | None = None) -> list[Column]:
    """The columns to show for `report` (all that are always shown when None)."""
    rows: Iterable[Figures] = () if report is None else _all_figures(report)
    rows = list(rows)
    found = []
    for f in fields(Figures):
        if f.name in _WHEN_ANY and not any(getattr(r, f.name) for r in rows):
            continue
        sample = getattr(Figures(), f.name)
        kind = (
            "count"
            if not isinstance(sample, Decimal)
            else "bitcoin"
            if is_bitcoin(f.name)
            else "money"
        )
        found.append(Column(f.name, kind))
    return found


def _all_figures(report: Report) -> Iterable[Figures]:
    yield from (row.figures for row in report.rows)
    yield from report.totals.values()


def btc_number(amount: Decimal) -> str:
    """An amount of bitcoin with its 8 decimals, in the language's digits: "0.00012345"."""
    loc = current_locale()
    text = f"{amount.quantize(Decimal('0.00000001')):,f}"
    return (
        text.replace(",", "\0").replace(".", loc.decimalPoint()).replace("\0", loc.groupSeparator())
    )


def btc_words(amount: Decimal) -> str:
    """ "0.00012345 BTC"."""
    return f"{btc_number(amount)} BTC"


def moment_words(seconds: float) -> str:
    """A time of the report in this machine's local time: "12 Jun 2026 14:05"."""
    return stamp_words(dt.datetime.fromtimestamp(seconds))


def period_words(report: Report) -> str:
    """ "Sales from 12 Jun 2026 18:00 to now" / "… to 13 Jun 2026 02:00"."""
    start = (
        moment_words(report.since)
        if report.since is not None
        else QCoreApplication.translate("ReportColumns", "the first sale")
    )
    end = (
        moment_words(report.until)
        if report.until is not None
        else QCoreApplication.translate("ReportColumns", "now")
    )
    return QCoreApplication.translate("ReportColumns", "Sales from {start} to {end}").format(
        start=start, end=end
    )


def closed_words(closing: Closing | None) -> str:
    """ "Last closed at 12 Jun 2026 02:10 by Ada" / "This till has not closed a shift yet"."""
    if closing is None:
        return QCoreApplication.translate("ReportColumns", "This till has not closed a shift yet.")
    when = moment_words(closing.at)
    if closing.staff:
        return QCoreApplication.translate(
            "ReportColumns", "Last closed at {time} by {staff}."
        ).format(time=when, staff=closing.staff)
    return QCoreApplication.translate("ReportColumns", "Last closed at {time}.").format(time=when)


def sales_words(report: Report) -> str:
    """ "Sales: 12 completed, 1 released, 1 needs attention" (outcomes with none left out)."""
    names = {
        "completed": QT_TRANSLATE_NOOP("ReportColumns", "{count} completed"),
        "released": QT_TRANSLATE_NOOP("ReportColumns", "{count} released"),
        "needs_attention": QT_TRANSLATE_NOOP("ReportColumns", "{count} needs attention"),
        "failed": QT_TRANSLATE_NOOP("ReportColumns", "{count} failed"),
        "refunded": QT_TRANSLATE_NOOP("ReportColumns", "{count} refunded"),
        "in_progress": QT_TRANSLATE_NOOP("ReportColumns", "{count} still open"),
    }
    parts = [
        QCoreApplication.translate(_CONTEXT, names.get(kind, kind + " {count}")).format(
            count=current_locale().toString(count)
        )
        for kind, count in report.sales.items()
        if count
    ]
    if not parts:
        return QCoreApplication.translate("ReportColumns", "No sales in this period.")
    return QCoreApplication.translate("ReportColumns", "Sales: {counts}").format(
        counts=", ".join(parts)
    )


def complimentary_lines(report: Report) -> list[str]:
    """Each complimentary sale: "2 × Summer Chamber Night: press (by Ada)"."""
    return [
        QCoreApplication.translate(
            "ReportColumns", "{count} × {event}: {reason} (by {staff}, {time})"
        ).format(
            count=comp.tickets,
            event=comp.event_name,
            reason=comp.reason or QCoreApplication.translate("ReportColumns", "no reason given"),
            staff=comp.staff,
            time=moment_words(comp.at),
        )
        for comp in report.complimentary
    ]


def row_label(kind: str, name: str, currency: str) -> str:
    """The first cell of a row: an event, a ticket type (indented) or a currency's total."""
    if kind == "total":
        return QCoreApplication.translate("ReportColumns", "Total {currency}").format(
            currency=currency
        )
    if kind == "event":
        return f"{name} ({currency})"
    return name


def report_lines(report: Report) -> list[tuple[str, str, str, Figures]]:
    """The report's rows in reading order as (kind, label, currency, figures): each event,
    its ticket types under it, then one total per currency."""
    lines: list[tuple[str, str, str, Figures]] = []
    for event in report.events:
        lines.append(
            (
                "event",
                row_label("event", event.event_name, event.currency),
                event.currency,
                event.figures,
            )
        )
        for row in report.rows:
            if (row.event_id, row.currency) == (event.event_id, event.currency):
                lines.append(("type", row.ticket_type_name, row.currency, row.figures))
    for currency, figures in report.totals.items():
        lines.append(("total", row_label("total", "", currency), currency, figures))
    return lines
