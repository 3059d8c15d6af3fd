"""Words for what the screens show: event dates, availability, countdowns, sale states, times."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from boxoffice.domain.event_time import event_when
from boxoffice.domain.reasons import words_under
from boxoffice.domain.sale import SaleState

if TYPE_CHECKING:
    from boxoffice.domain.catalogue import OfferedEvent
    from boxoffice.domain.sale import Sale

__all__ = [
    "btc_short",
    "countdown",
    "event_availability",
    "event_detail",
    "event_when",
    "plural",
    "sale_state_words",
    "sale_time_words",
]


def event_availability(event: OfferedEvent) -> tuple[str, str]:
    """("12 left", "success") / ("Sold out", "error") for an offered event."""
    public = [t for t in event.ticket_types if not t.secret]
    if event.refusal:
        return ("Sell online", "error")
    left = event.available
    notice = event.notice
    if left > 0:
        tone = "warning" if left <= 10 or notice else "success"
        return (f"{left} left · {notice}" if notice else f"{left} left", tone)
    if public and all((t.unavailable_reason or "") == "Sold out" for t in public):
        return ("Sold out", "error")
    if not public:
        return ("Code only", "info")
    return ("Not on sale", "error")


def event_detail(event: OfferedEvent) -> str:
    """When and where, for an offered event: "Fri 12 Jun 2026, 19:30 · The Old Hall"."""
    detail = event_when(event.start, event.end)
    detail = f"{detail} · {event.venue}" if event.venue else detail
    refusal = event.refusal
    return f"{detail} · {refusal}" if refusal else detail


def countdown(seconds: float | None) -> str:
    """ "Expires in 14:05" / "Expired" for the payment page."""
    if seconds is None:
        return ""
    if seconds <= 0:
        return "Expired"
    whole = int(seconds)
    minutes, secs = divmod(whole, 60)
    if minutes >= 60:
        hours, minutes = divmod(minutes, 60)
        return f"Expires in {hours}:{minutes:02d}:{secs:02d}"
    return f"Expires in {minutes}:{secs:02d}"


def btc_short(amount: Decimal | None) -> str:
    """A BTC amount without trailing zeros: Decimal("0.00010000") -> "0.0001 BTC"."""
    if amount is None:
        return ""
    text = format(amount.normalize(), "f") if amount else "0"
    return f"{text} BTC"


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def sale_state_words(sale: Sale) -> tuple[str, str, str]:
    """(state, detail, tone) in plain words: ("Completed", "e-mail handed to BTCPay", "success")."""
    state = SaleState(sale.state)
    match state:
        case SaleState.COMPLETED:
            if not sale.order.buyer.email:
                detail = "no e-mail address"
            elif sale.records_pending and sale.email_sent is None:
                detail = "e-mail on its way to BTCPay"
            elif sale.email_sent:
                # BTCPay's send answers 200 whatever becomes of the mail: say only that.
                detail = "e-mail handed to BTCPay"
            elif sale.email_sent is None and sale.email_note:
                detail = "e-mail not confirmed"
            else:
                detail = "not e-mailed"
            return ("Completed", detail, "success")
        case SaleState.NEEDS_ATTENTION:
            return ("Needs attention", _reason_words(sale), "warning")
        case SaleState.AWAITING_PAYMENT:
            payment = sale.payment
            if payment is not None and payment.btc_paid and payment.btc_paid > 0:
                return ("Partly paid", "waiting for the rest", "info")
            return ("Waiting for payment", "", "info")
        case SaleState.CONFIRMING:
            return ("Paid", "confirming", "info")
        case SaleState.ISSUING:
            return ("Paid", "issuing the tickets", "info")
        case SaleState.RESERVING:
            return ("Starting", "reserving the tickets", "info")
        case SaleState.RELEASING:
            return ("Closing", "releasing the tickets", "")
        case SaleState.RELEASED:
            return ("Released", _reason_words(sale), "")
        case SaleState.FAILED:
            return ("Did not start", _reason_words(sale), "")
    # A state added to SaleState later: still shown, in its own words.
    return (state.replace("_", " ").capitalize(), "", "")


def _reason_words(sale: Sale) -> str:
    """The words under an ended sale's state, from its reason's row (`domain.reasons`)."""
    return words_under(sale.state, sale.reason) or ""


def sale_time_words(stamp: float, now: float) -> tuple[str, str]:
    """("14:05", "Today") / ("09:30", "Yesterday") / ("18:00", "Sat 12 Apr")."""
    when = datetime.fromtimestamp(stamp)
    today = datetime.fromtimestamp(now).date()
    if when.date() == today:
        day = "Today"
    elif when.date() == today - timedelta(days=1):
        day = "Yesterday"
    else:
        day = f"{when:%a} {when.day} {when:%b}"
        if when.year != today.year:
            day += f" {when.year}"
    return (f"{when:%H:%M}", day)
