"""Notices about sales the till no longer shows: paid at last, needing attention, set aside.

A payment can land on a sale long after staff moved on (a late payment, a sale resumed after a
restart), and a journal row can be unreadable. Staff must hear of each once, in the notice
banner, with a button that leads to the sale (or to the recent sales when there are several).
`SaleFlow` tells this class what happened; it decides what is worth a notice and words it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from boxoffice.domain.sale import Sale, SaleState
from boxoffice.ui.formatting import sale_state_words
from boxoffice.ui.i18n import say

if TYPE_CHECKING:
    from boxoffice.engine.journal import DamagedRecord
    from boxoffice.ui.main_window import MainWindow


class SaleNotices:
    """The notice banner's news of earlier sales, and where its button leads.

    `open_sale(sale_id)` opens one sale; `open_sale(None)` the recent sales.
    """

    def __init__(self, window: MainWindow, open_sale: Callable[[str | None], None]) -> None:
        self.window = window
        self._open_sale = open_sale
        #: Sales staff have been told need attention (each is told once).
        self._told: set[str] = set()
        #: The sale (or, None, the recent sales) the notice banner's button leads to.
        self.sale_id: str | None = None
        #: A kiosk's: no news of other people's sales for the stranger at the screen.
        self.quiet = False
        window.notice_sale_button.clicked.connect(self._open)

    def recovered(self, sales: Iterable[Sale]) -> None:
        """The sales recovery found unfinished: one notice for those needing attention."""
        troubled = [sale for sale in sales if sale.state == SaleState.NEEDS_ATTENTION]
        if not troubled:
            return
        first = troubled[0]
        more = _more(len(troubled) - 1)
        self._told.update(sale.id for sale in troubled)
        _words, detail, _tone = sale_state_words(first)
        self._notice(
            QCoreApplication.translate(
                "SaleNotices",
                "An earlier sale needs attention{more} ({detail}): {summary}, sale {sale}.",
            ).format(more=more, detail=detail, summary=first.order.summary, sale=first.id),
            first.id if len(troubled) == 1 else None,
        )

    def set_aside(self, damaged: list[DamagedRecord]) -> None:
        """Journal rows that could not be read (the other sales go on without them).

        Not on a kiosk: a stranger must not read sale ids and invoice references; staff find
        them with `boxoffice doctor`, which lists every row set aside.
        """
        if not damaged or self.quiet:
            return
        first = damaged[0]
        more = _more(len(damaged) - 1)
        check = (
            QCoreApplication.translate("SaleNotices", " Check {references} by hand.").format(
                references=say(first.references)
            )
            if first.references
            else ""
        )
        self.window.show_error(
            QCoreApplication.translate(
                "SaleNotices",
                "Sale {sale}{more} could not be read from the journal ({problem}) and was set "
                "aside.{check} Every other sale goes on; boxoffice doctor lists them all.",
            ).format(sale=first.sale_id, more=more, problem=say(first.problem), check=check)
        )

    def changed(self, sale: Sale, before: SaleState | None = None) -> None:
        """An earlier sale changed (a payment after it was closed): staff must hear of it."""
        state = sale.state
        if state == SaleState.COMPLETED and before not in (None, SaleState.COMPLETED):
            # A sale the till no longer shows was paid and issued (resumed after a restart).
            self._notice(
                QCoreApplication.translate(
                    "SaleNotices",
                    "An earlier sale was paid and its tickets issued — {summary}, sale {sale}.",
                ).format(summary=sale.order.summary, sale=sale.id),
                sale.id,
                "success",
            )
            return
        if state != SaleState.NEEDS_ATTENTION or sale.id in self._told:
            return
        self._told.add(sale.id)
        _words, detail, _tone = sale_state_words(sale)
        self._notice(
            QCoreApplication.translate(
                "SaleNotices", "An earlier sale needs attention ({detail}): {summary}, sale {sale}."
            ).format(detail=detail, summary=sale.order.summary, sale=sale.id),
            sale.id,
        )

    def opened(self, sale_id: str) -> None:
        """Staff opened the sale the notice is about: it has done its work."""
        if sale_id == self.sale_id:
            self.window.notice_banner.clear()

    def seen_ending(self, sale: Sale) -> None:
        """The sale on screen changed; once it has ended, its notice has nothing more to say."""
        if sale.terminal:
            self.opened(sale.id)

    def _notice(self, text: str, sale_id: str | None, tone: str = "warning") -> None:
        if self.quiet:
            return
        self.sale_id = sale_id
        action = (
            QCoreApplication.translate("SaleNotices", "Show sale")
            if sale_id
            else QCoreApplication.translate("SaleNotices", "Show recent sales")
        )
        # A kiosk's customers must not open other people's sales.
        self.window.show_notice(text, tone, sale_action="" if self.window.kiosk else action)

    def _open(self) -> None:
        sale_id = self.sale_id
        self.window.notice_banner.clear()
        self._open_sale(sale_id)


def _more(count: int) -> str:
    """ " (and 2 more)" after the first of several, "" for one alone."""
    if count <= 0:
        return ""
    return QCoreApplication.translate("SaleNotices", " (and {count} more)").format(count=count)
