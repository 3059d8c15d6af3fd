"""Settling a sale that needs attention on the result page: who decides, why, and how.

Below the attention page's amounts and advice, staff give their name (remembered for the
session: the same person settles several sales in a row) and a reason, then choose what the
engine offers for the sale (`SaleEngine.resolutions_offered`): accept the payment (the page's
existing button, which then journals the decision too), retry the issuance, a new invoice for
the rest of a partly paid, expired sale (`new_invoice`), or refund (the refund page,
`refund_panel`). A completed sale paid over its price offers
"Refund the difference" on its receipt. The last decision is shown with who made it and when,
and a refund's state stays on the sale ("refund created… show the claim QR").
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from boxoffice.domain.money import format_btc
from boxoffice.domain.refund import RefundStatus
from boxoffice.domain.resolution import ResolutionAction, ResolutionRefused
from boxoffice.domain.sale import SaleNotAcceptable, SaleState
from boxoffice.engine.resolutions import resolutions_for
from boxoffice.ui.errors import describe_error
from boxoffice.ui.formatting import error_sentence
from boxoffice.ui.i18n import QT_TRANSLATE_NOOP, say
from boxoffice.ui.locale_format import money
from boxoffice.ui.screens.result.new_invoice import NewInvoice
from boxoffice.ui.screens.result.view import ResultView
from boxoffice.ui.tasks import TaskKeeper
from boxoffice.ui.widgets.common import button, label, set_tone

if TYPE_CHECKING:
    from boxoffice.domain.refund import Refund
    from boxoffice.domain.sale import Sale
    from boxoffice.engine.sale_engine import SaleEngine

log = logging.getLogger(__name__)

#: How each decision is named where it is shown afterwards.
ACTION_WORDS = {
    ResolutionAction.ISSUE_ANYWAY: QT_TRANSLATE_NOOP("SettleSale", "issue the tickets anyway"),
    ResolutionAction.RETRY_ISSUANCE: QT_TRANSLATE_NOOP("SettleSale", "retry the issuance"),
    ResolutionAction.NEW_INVOICE: QT_TRANSLATE_NOOP("SettleSale", "new invoice for the rest"),
    ResolutionAction.REFUND: QT_TRANSLATE_NOOP("SettleSale", "refund"),
}


class StaffSession:
    """The staff name given last in this window: asked once, offered again on every sale."""

    def __init__(self) -> None:
        self.name = ""


class SettleWidgets(QWidget):
    """Layout only: the settle buttons, the refund's state, the last decision; `fields` (the
    name and reason) is a widget of its own, placed above the accept button that uses them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settleSale")
        self.fields = QWidget()
        self.fields.setObjectName("settleFields")
        fields = QHBoxLayout(self.fields)
        fields.setContentsMargins(0, 4, 0, 0)
        fields.setSpacing(10)
        self.staff_name = QLineEdit()
        self.staff_name.setObjectName("settleStaffName")
        self.staff_name.setPlaceholderText(self.tr("Your name"))
        self.staff_name.setAccessibleName(self.tr("Your name, recorded with the decision"))
        self.staff_name.setMaximumWidth(260)
        self.reason = QLineEdit()
        self.reason.setObjectName("settleReason")
        self.reason.setPlaceholderText(self.tr("Why (e.g. the customer is here and paid in full)"))
        self.reason.setAccessibleName(self.tr("Reason, recorded with the decision"))
        fields.addWidget(label(self.tr("Decided by"), role="hint"), 0)
        fields.addWidget(self.staff_name, 1)
        fields.addWidget(label(self.tr("because"), role="hint"), 0)
        fields.addWidget(self.reason, 3)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 4)
        outer.setSpacing(8)
        actions = QHBoxLayout()
        actions.setSpacing(10)
        self.retry_issuance = button(
            self.tr("Retry issuing the tickets"), name="settleRetryIssuanceButton", role="primary"
        )
        self.refund = button(self.tr("Refund…"), name="refundButton")
        self.new_invoice = button(self.tr("New invoice for the rest"), name="newInvoiceButton")
        self.show_claim = button(self.tr("Show the refund QR"), name="showRefundClaimButton")
        for widget in (self.retry_issuance, self.refund, self.new_invoice, self.show_claim):
            actions.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)
        self.status = label(name="settleStatus")
        actions.addWidget(self.status, 1)
        outer.addLayout(actions)
        self.refund_state = label(name="refundState")
        self.refund_state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.refund_state)
        self.last_decision = label(role="hint", name="lastDecision")
        outer.addWidget(self.last_decision)


class SettleSale(QObject):
    """The attention page's settle section (and the receipt's "Refund the difference").

    `current()` is the sale on screen; `redraw(sale)` draws a newer snapshot of it;
    `open_refund(sale)` opens the refund page, `show_claim(sale)` its claim QR.
    """

    def __init__(
        self,
        view: ResultView,
        tasks: TaskKeeper,
        current: Callable[[], Sale | None],
        redraw: Callable[[Sale], None],
        *,
        open_refund: Callable[[Sale], None],
        show_claim: Callable[[Sale], None],
        session: StaffSession,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.tasks = tasks
        self.session = session
        self._current = current
        self._redraw = redraw
        self._open_refund = open_refund
        self._show_claim = show_claim
        self.engine: SaleEngine | None = None
        #: Whether staff are looking (never on a kiosk's customer screen).
        self.staff = True
        #: The sale being settled in the background, if any.
        self.busy: str | None = None
        self.widgets = SettleWidgets()
        body = view.attention_page.widget()
        assert body is not None
        attention = body.layout()
        _insert_after(attention, view.accept_status, self.widgets)
        # The name and the reason come before the accept button, which uses them.
        _insert_after(attention, view.attention_advice, self.widgets.fields)
        # A completed sale paid over its price: the difference can go back.
        self.overpaid_row = QWidget()
        self.overpaid_row.setObjectName("overpaidRow")
        row = QHBoxLayout(self.overpaid_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        self.overpaid_note = label(name="overpaidNote")
        row.addWidget(self.overpaid_note, 1)
        self.refund_difference = button(
            self.tr("Refund the difference…"), name="refundDifferenceButton"
        )
        row.addWidget(self.refund_difference, 0, Qt.AlignmentFlag.AlignVCenter)
        _insert_after(view.receipt_page.layout(), view.email_status, self.overpaid_row)
        self.overpaid_row.hide()
        w = self.widgets
        w.staff_name.setText(session.name)
        w.staff_name.textEdited.connect(self._remember_name)
        w.retry_issuance.clicked.connect(self.retry_issuance)
        w.refund.clicked.connect(self.ask_refund)
        w.show_claim.clicked.connect(self._claim_of_current)
        self.refund_difference.clicked.connect(self.ask_refund)
        #: "New invoice for the rest" (`new_invoice`); its `start` is set by the window.
        self.rest = NewInvoice(
            w.new_invoice,
            w.status,
            tasks,
            current,
            ask=self.ask_for_decision,
            decided=self.decided,
            parent=self,
        )

    # -- drawing --------------------------------------------------------------------------------

    def show(self, sale: Sale) -> None:
        """Draw the settle section for `sale` (attention page) or its overpaid row (receipt)."""
        w = self.widgets
        engine = self.engine
        self.rest.engine = engine
        if not self.staff:
            offered: tuple[ResolutionAction, ...] = ()
        elif engine is not None:
            offered = engine.resolutions_offered(sale)  # knows whether a continuation stands
        else:
            offered = resolutions_for(sale)
        attention = sale.state in (SaleState.NEEDS_ATTENTION, SaleState.ISSUING)
        asks_who = attention and bool(offered)
        w.fields.setVisible(asks_who)
        if w.staff_name.text() != self.session.name and not w.staff_name.hasFocus():
            w.staff_name.setText(self.session.name)
        idle = self.busy is None and self.engine is not None
        w.retry_issuance.setVisible(ResolutionAction.RETRY_ISSUANCE in offered)
        w.retry_issuance.setEnabled(idle)
        w.retry_issuance.setText(
            self.tr("Issuing…") if self.busy == sale.id else self.tr("Retry issuing the tickets")
        )
        w.refund.setVisible(attention and ResolutionAction.REFUND in offered)
        w.refund.setEnabled(idle)
        self.rest.show(attention and ResolutionAction.NEW_INVOICE in offered, idle=idle)
        refund = sale.refund
        w.show_claim.setVisible(
            self.staff and refund is not None and refund.created and bool(refund.claim_link)
        )
        w.refund_state.setText(refund_state_words(refund) if refund is not None else "")
        w.refund_state.setVisible(refund is not None)
        if refund is not None:
            set_tone(w.refund_state, "success" if refund.created else "warning")
        w.last_decision.setText(self.decision_words(sale))
        # The receipt of a completed sale paid over its price.
        over = sale.state is SaleState.COMPLETED and self.staff
        over_offered = over and ResolutionAction.REFUND in offered
        self.overpaid_row.setVisible(over and (over_offered or refund is not None))
        if over:
            if refund is not None:
                self.overpaid_note.setText(refund_state_words(refund))
            else:
                self.overpaid_note.setText(
                    self.tr("The customer paid more than the price; the difference can go back.")
                )
            self.refund_difference.setVisible(over_offered or bool(refund and refund.created))
            self.refund_difference.setText(
                self.tr("Show the refund QR")
                if refund is not None and refund.created
                else self.tr("Refund the difference…")
            )

    def decision_words(self, sale: Sale) -> str:
        """ "Decided by Grace at 14:05: issue the tickets anyway — customer paid at the door" """
        resolution = sale.resolution
        if resolution is None:
            return ""
        when = datetime.fromtimestamp(resolution.at).strftime("%H:%M")
        words = self.tr("Decided by {staff} at {time}: {action} — {reason}").format(
            staff=resolution.staff,
            time=when,
            action=say_action(resolution.action),
            reason=resolution.reason,
        )
        if resolution.continued_in:
            words += "\n" + self.tr("Continued in sale {sale}, which bills the rest.").format(
                sale=resolution.continued_in
            )
        return words

    # -- the decision ---------------------------------------------------------------------------

    def decision(self) -> tuple[str, str] | None:
        """The staff name and reason given, or None when either is missing."""
        staff = self.widgets.staff_name.text().strip()
        reason = self.widgets.reason.text().strip()
        return (staff, reason) if staff and reason else None

    def ask_for_decision(self) -> tuple[str, str] | None:
        """The name and reason; when one is missing, say so and put the cursor there."""
        w = self.widgets
        found = self.decision()
        if found is not None:
            return found
        missing = w.staff_name if not w.staff_name.text().strip() else w.reason
        w.status.setText(self.tr("Give your name and the reason first; both are recorded."))
        set_tone(w.status, "warning")
        missing.setFocus()
        return None

    def decided(self) -> None:
        """A decision was carried out: the reason is for that sale only, the name stays."""
        self.widgets.reason.clear()

    def retry_issuance(self) -> asyncio.Task[None] | None:
        sale = self._current()
        if sale is None or self.engine is None or self.busy is not None:
            return None
        found = self.ask_for_decision()
        if found is None:
            return None
        staff, reason = found
        return self.tasks.spawn(
            self._retry(self.engine, sale.id, staff, reason), key=f"retry-{sale.id}"
        )

    async def _retry(self, engine: SaleEngine, sale_id: str, staff: str, reason: str) -> None:
        w = self.widgets
        self.busy = sale_id
        w.retry_issuance.setEnabled(False)
        w.retry_issuance.setText(self.tr("Issuing…"))
        w.status.setText(self.tr("Counting the tickets already issued, then issuing the rest…"))
        set_tone(w.status, "info")
        problem = None
        sale: Sale | None = None
        try:
            sale = await engine.resolve(
                sale_id, ResolutionAction.RETRY_ISSUANCE, staff=staff, reason=reason
            )
        except (ResolutionRefused, SaleNotAcceptable) as error:
            problem = error_sentence(error)
        except Exception as error:
            log.warning("retrying the issuance of %s failed: %s", sale_id, error)
            problem = self.tr("Not issued: {error}").format(error=describe_error(error))
        finally:
            self.busy = None
        if problem is None:
            self.decided()
        shown = self._current()
        if shown is None or shown.id != sale_id:
            return
        self._redraw(sale or engine.sale(sale_id) or shown)
        if problem is not None:
            w.status.setText(problem)
            set_tone(w.status, "error")
        elif sale is not None and sale.state is SaleState.NEEDS_ATTENTION:
            w.status.setText(say(sale.message or ""))
            set_tone(w.status, "error")
        else:
            w.status.clear()

    def ask_refund(self) -> None:
        sale = self._current()
        if sale is None or self.engine is None or not self.staff:
            return
        if sale.refund is not None and sale.refund.created:
            self._show_claim(sale)
            return
        self.widgets.status.clear()
        self._open_refund(sale)

    # -- helpers --------------------------------------------------------------------------------

    def _claim_of_current(self) -> None:
        sale = self._current()
        if sale is not None and sale.refund is not None and sale.refund.created:
            self._show_claim(sale)

    def _remember_name(self, text: str) -> None:
        self.session.name = text.strip()


def say_action(action: ResolutionAction) -> str:
    """A decision's name in the window's language."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("SettleSale", ACTION_WORDS[action])


def refund_state_words(refund: Refund) -> str:
    """Where the sale's refund is, for the page: made (how much, approved or not), or not."""
    from PySide6.QtCore import QCoreApplication

    if refund.status is RefundStatus.CREATED:
        amount = refund.amount
        shown = ""
        if amount is not None:
            code = (refund.currency or "").upper()
            shown = format_btc(amount) if code == "BTC" else money(amount, code)
        words = QCoreApplication.translate(
            "SettleSale", "Refund of {amount} created (pull payment {pull})."
        ).format(amount=shown or "?", pull=refund.pull_payment_id or "?")
        if refund.awaiting_approval:
            words += " " + QCoreApplication.translate(
                "SettleSale", "The customer's claim waits for approval in BTCPay (Payouts)."
            )
        else:
            words += " " + QCoreApplication.translate(
                "SettleSale", "The customer claims it with the refund QR."
            )
        return words
    if refund.status is RefundStatus.UNCERTAIN:
        return say(refund.note or "") or QCoreApplication.translate(
            "SettleSale", "The refund may have been created; check BTCPay."
        )
    return QCoreApplication.translate(
        "SettleSale", "A refund was asked of BTCPay; waiting for its answer."
    )


def _insert_after(layout: object, widget: QWidget, new: QWidget) -> None:
    """Insert `new` into `layout` (a box layout) just after the row that holds `widget`."""
    assert isinstance(layout, QBoxLayout)
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        inner = item.layout()
        if item.widget() is widget or (inner is not None and inner.indexOf(widget) >= 0):
            layout.insertWidget(index + 1, new)
            return
    layout.addWidget(new)
