"""Words for what the screens show: event dates, availability, countdowns, sale states, times.

Words written below the window (a reason's, the catalogue's) are said here, in the window's
language, so every screen that uses these gets them translated.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from boxoffice.app.error_words import words_of
from boxoffice.domain import event_time
from boxoffice.domain.reasons import words_under
from boxoffice.domain.sale import SaleState
from boxoffice.ui.i18n import count_words, say
from boxoffice.ui.locale_format import day_words, short_day_words, time_words

if TYPE_CHECKING:
    from boxoffice.domain.catalogue import OfferedEvent
    from boxoffice.domain.sale import Sale
    from boxoffice.services.tickettailor.models import EventTime

__all__ = [
    "btc_short",
    "countdown",
    "error_sentence",
    "event_availability",
    "event_detail",
    "event_when",
    "order_when",
    "plural",
    "sale_state_words",
    "sale_time_words",
]


def event_when(start: EventTime | None, end: EventTime | None = None) -> str:
    """When an event is, in the window's language: "Fri 12 Jun 2026 · 19:30–22:00"."""
    return event_time.event_when(
        start,
        end,
        day_words=day_words,
        to_be_announced=QCoreApplication.translate("Formatting", "Date to be announced"),
    )


def order_when(text: str | None) -> str:
    """An order's event start (`Order.event_start`, written in English when it was sold) in
    the window's language: "Fri 12 Jun 2026 · 19:30" reads "Fr. 12. Juni 2026 · 19:30"."""
    read = event_time.read_english_day(text)
    if read is None:
        return text or ""
    day, rest = read
    return day_words(day) + rest


def event_availability(event: OfferedEvent) -> tuple[str, str]:
    """("12 left", "success") / ("Sold out", "error") for an offered event."""
    public = [t for t in event.ticket_types if not t.secret]
    if event.refusal:
        return (QCoreApplication.translate("Formatting", "Sell online"), "error")
    left = event.available
    notice = say(event.notice) if event.notice else None
    if left > 0:
        tone = "warning" if left <= 10 or notice else "success"
        words = QCoreApplication.translate("Formatting", "{count} left").format(count=left)
        return (f"{words} · {notice}" if notice else words, tone)
    if public and all((t.unavailable_reason or "") == "Sold out" for t in public):
        return (QCoreApplication.translate("Formatting", "Sold out"), "error")
    if not public:
        return (QCoreApplication.translate("Formatting", "Code only"), "info")
    return (QCoreApplication.translate("Formatting", "Not on sale"), "error")


def event_detail(event: OfferedEvent) -> str:
    """When and where, for an offered event: "Fri 12 Jun 2026, 19:30 · The Old Hall"."""
    detail = event_when(event.start, event.end)
    detail = f"{detail} · {event.venue}" if event.venue else detail
    refusal = say(event.refusal) if event.refusal else None
    return f"{detail} · {refusal}" if refusal else detail


def countdown(seconds: float | None) -> str:
    """ "Expires in 14:05" / "Expired" for the payment page."""
    if seconds is None:
        return ""
    if seconds <= 0:
        return QCoreApplication.translate("Formatting", "Expired")
    whole = int(seconds)
    minutes, secs = divmod(whole, 60)
    if minutes >= 60:
        hours, minutes = divmod(minutes, 60)
        return QCoreApplication.translate("Formatting", "Expires in {time}").format(
            time=f"{hours}:{minutes:02d}:{secs:02d}"
        )
    return QCoreApplication.translate("Formatting", "Expires in {time}").format(
        time=f"{minutes}:{secs:02d}"
    )


def btc_short(amount: Decimal | None) -> str:
    """A BTC amount without trailing zeros: Decimal("0.00010000") -> "0.0001 BTC"."""
    if amount is None:
        return ""
    text = format(amount.normalize(), "f") if amount else "0"
    return f"{text} BTC"


def plural(count: int, word: str) -> str:
    """ "1 ticket" / "2 tickets" in the language in use (words other than ticket and sale stay
    English: they are not marked for translation)."""
    if word == "ticket":
        return count_words(
            count,
            QCoreApplication.translate("Formatting", "{count} ticket"),
            QCoreApplication.translate("Formatting", "{count} tickets"),
        )
    if word == "sale":
        return count_words(
            count,
            QCoreApplication.translate("Formatting", "{count} sale"),
            QCoreApplication.translate("Formatting", "{count} sales"),
        )
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def sale_state_words(sale: Sale) -> tuple[str, str, str]:
    """(state, detail, tone) in plain words: ("Completed", "e-mail handed to BTCPay", "success")."""
    state = SaleState(sale.state)
    match state:
        case SaleState.COMPLETED:
            if not sale.order.buyer.email:
                detail = QCoreApplication.translate("Formatting", "no e-mail address")
            elif sale.records_pending and sale.email_sent is None:
                detail = QCoreApplication.translate("Formatting", "e-mail on its way to BTCPay")
            elif sale.email_sent:
                # BTCPay's send answers 200 whatever becomes of the mail: say only that.
                detail = QCoreApplication.translate("Formatting", "e-mail handed to BTCPay")
            elif sale.email_sent is None and sale.email_note:
                detail = QCoreApplication.translate("Formatting", "e-mail not confirmed")
            else:
                detail = QCoreApplication.translate("Formatting", "not e-mailed")
            return (QCoreApplication.translate("Formatting", "Completed"), detail, "success")
        case SaleState.NEEDS_ATTENTION if sale.resolution and sale.resolution.continued_in:
            # A new invoice for the rest was made: that sale is the one to follow.
            return (
                QCoreApplication.translate("Formatting", "Continued"),
                QCoreApplication.translate("Formatting", "the rest billed by sale {sale}").format(
                    sale=sale.resolution.continued_in[:10]
                ),
                "info",
            )
        case SaleState.NEEDS_ATTENTION:
            return (
                QCoreApplication.translate("Formatting", "Needs attention"),
                _reason_words(sale),
                "warning",
            )
        case SaleState.AWAITING_PAYMENT:
            payment = sale.payment
            if payment is not None and payment.btc_paid and payment.btc_paid > 0:
                return (
                    QCoreApplication.translate("Formatting", "Partly paid"),
                    QCoreApplication.translate("Formatting", "waiting for the rest"),
                    "info",
                )
            return (QCoreApplication.translate("Formatting", "Waiting for payment"), "", "info")
        case SaleState.CONFIRMING:
            return (
                QCoreApplication.translate("Formatting", "Paid"),
                QCoreApplication.translate("Formatting", "confirming"),
                "info",
            )
        case SaleState.ISSUING:
            return (
                QCoreApplication.translate("Formatting", "Paid"),
                QCoreApplication.translate("Formatting", "issuing the tickets"),
                "info",
            )
        case SaleState.RESERVING:
            return (
                QCoreApplication.translate("Formatting", "Starting"),
                QCoreApplication.translate("Formatting", "reserving the tickets"),
                "info",
            )
        case SaleState.RELEASING:
            return (
                QCoreApplication.translate("Formatting", "Closing"),
                QCoreApplication.translate("Formatting", "releasing the tickets"),
                "",
            )
        case SaleState.RELEASED:
            return (QCoreApplication.translate("Formatting", "Released"), _reason_words(sale), "")
        case SaleState.FAILED:
            return (
                QCoreApplication.translate("Formatting", "Did not start"),
                _reason_words(sale),
                "",
            )
    # A state added to SaleState later: still shown, in its own words.
    return (state.replace("_", " ").capitalize(), "", "")


def _reason_words(sale: Sale) -> str:
    """The words under an ended sale's state, from its reason's row (`domain.reasons`)."""
    return say(words_under(sale.state, sale.reason) or "")


def error_sentence(error: BaseException) -> str:
    """An exception's own sentence in the window's language: its message when it was written
    below the window as `Words` (an order problem, a payment the till will not accept), else
    its text as it is."""
    return say(words_of(error))


def sale_time_words(stamp: float, now: float) -> tuple[str, str]:
    """("14:05", "Today") / ("09:30", "Yesterday") / ("18:00", "Sat 12 Apr")."""
    when = datetime.fromtimestamp(stamp)
    today = datetime.fromtimestamp(now).date()
    if when.date() == today:
        day = QCoreApplication.translate("Formatting", "Today")
    elif when.date() == today - timedelta(days=1):
        day = QCoreApplication.translate("Formatting", "Yesterday")
    elif when.year != today.year:
        day = day_words(when.date())
    else:
        day = short_day_words(when.date())
    return (time_words(when), day)


def left_sale_words(sale: Sale) -> tuple[str, str]:
    """(text, tone) of the banner about the current sale, which staff left to look elsewhere.

    The window's words, kept in the window's translation context (`SaleFlow`).
    """
    translate = QCoreApplication.translate
    what = sale.order.summary
    words, detail, _tone = sale_state_words(sale)
    if sale.state == SaleState.COMPLETED:
        text = translate("SaleFlow", "The sale you left is paid, tickets issued: {what}")
        return text.format(what=what), "success"
    if sale.state == SaleState.NEEDS_ATTENTION:
        text = translate("SaleFlow", "The sale you left needs attention ({detail}): {what}")
        return text.format(detail=detail, what=what), "warning"
    if sale.terminal:
        text = translate("SaleFlow", "The sale you left has ended ({detail}): {what}")
        return text.format(detail=detail or words.lower(), what=what), "info"
    status = f"{words.lower()}, {detail}" if detail else words.lower()
    text = translate("SaleFlow", "Sale in progress — {status}: {what}")
    return text.format(status=status, what=what), "info"
