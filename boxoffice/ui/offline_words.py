"""How the result page names a cash or complimentary sale: its title, and the detail (the
cash taken, or the reason, and who recorded it). The recent sales name the way of paying
themselves (`screens.recent_sales.model.paid_by`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from boxoffice.domain.offline_payment import PaymentKind
from boxoffice.ui.i18n import count_words
from boxoffice.ui.locale_format import money

if TYPE_CHECKING:
    from boxoffice.domain.sale import Sale


def offline_title(sale: Sale, count: int) -> str | None:
    """The result page's title for a cash or complimentary sale (None for bitcoin)."""
    kind = sale.payment_kind
    if kind is PaymentKind.CASH:
        return count_words(
            count,
            QCoreApplication.translate("OfflineWords", "Paid in cash — {count} ticket issued"),
            QCoreApplication.translate("OfflineWords", "Paid in cash — {count} tickets issued"),
        )
    if kind is PaymentKind.COMPLIMENTARY:
        return count_words(
            count,
            QCoreApplication.translate("OfflineWords", "Complimentary — {count} ticket issued"),
            QCoreApplication.translate("OfflineWords", "Complimentary — {count} tickets issued"),
        )
    return None


def offline_words(sale: Sale) -> str:
    """ "Cash taken: £53.00 · recorded by Grace" / "Complimentary: Press · given by Grace" """
    offline = sale.offline
    if offline is None:
        return ""
    if offline.kind is PaymentKind.CASH:
        amount = money(offline.amount or sale.order.total, offline.currency or sale.order.currency)
        return QCoreApplication.translate(
            "OfflineWords", "Cash taken: {amount} · recorded by {staff}"
        ).format(amount=amount, staff=offline.staff)
    return QCoreApplication.translate(
        "OfflineWords", "Complimentary: {reason} · given by {staff}"
    ).format(reason=offline.reason or "", staff=offline.staff)
