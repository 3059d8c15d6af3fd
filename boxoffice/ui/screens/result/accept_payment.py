"""A sale that needs attention: what happened, the amounts, what to do, and accepting a payment.

A payment that arrived in full too late may be accepted here instead of in BTCPay (BTCPay
Server source, GreenfieldInvoiceController.cs `MarkInvoiceStatus`): the engine marks the
invoice settled and issues the tickets.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox

from boxoffice.domain.money import format_btc
from boxoffice.domain.reasons import staff_advice
from boxoffice.domain.refund import Refund, RefundStatus
from boxoffice.domain.resolution import ResolutionAction, ResolutionRefused
from boxoffice.domain.sale import SaleNotAcceptable, SaleState
from boxoffice.engine.staff_actions import offers_acceptance
from boxoffice.ui.errors import describe_error
from boxoffice.ui.formatting import error_sentence
from boxoffice.ui.i18n import count_words, say
from boxoffice.ui.locale_format import money
from boxoffice.ui.screens.result.receipt import received_words
from boxoffice.ui.screens.result.view import ResultView
from boxoffice.ui.tasks import TaskKeeper
from boxoffice.ui.widgets.common import set_tone

if TYPE_CHECKING:
    from boxoffice.domain.sale import Sale
    from boxoffice.engine.sale_engine import SaleEngine
    from boxoffice.ui.screens.result.resolutions import SettleSale

log = logging.getLogger(__name__)


class AcceptPayment(QObject):
    """The "needs attention" page, and staff accepting a payment that arrived in full.

    `current()` is the sale on screen (or None); `redraw(sale)` draws a newer snapshot of it.
    """

    def __init__(
        self,
        view: ResultView,
        tasks: TaskKeeper,
        current: Callable[[], Sale | None],
        redraw: Callable[[Sale], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.tasks = tasks
        self._current = current
        self._redraw = redraw
        #: The sale engine; None until the till is open.
        self.engine: SaleEngine | None = None
        #: Whether staff may accept (not on a kiosk, where the customer is the one looking).
        self.staff = True
        #: The sale whose payment is being accepted.
        self.accepting: str | None = None
        #: The open confirmation box, kept alive until it closes.
        self.dialog: QMessageBox | None = None
        #: The settle section: with a staff name and a reason given there, accepting is
        #: journalled as their decision (`ResolutionAction.ISSUE_ANYWAY`).
        self.settle: SettleSale | None = None
        view.accept_payment.clicked.connect(self.ask_accept_payment)

    def show(self, sale: Sale, *, started: str) -> None:
        """Draw the attention page for `sale` (or "issuing" once its payment is accepted)."""
        view = self.view
        order = sale.order
        issuing = sale.state == SaleState.ISSUING
        if issuing:
            view.attention_title.setText(self.tr("Payment accepted — issuing the tickets…"))
            set_tone(view.attention_title, "success")
        else:
            view.attention_title.setText(self.tr("Needs attention — please check this sale"))
            set_tone(view.attention_title, "warning")
        view.attention_message.setText(
            say(sale.message or self.tr("This sale did not finish normally."))
        )
        lines = [
            self.tr("Order: {order} — {total}").format(
                order=order.summary, total=money(order.total, order.currency)
            )
        ]
        payment = sale.payment
        received = received_words(sale)
        if payment is not None and payment.btc_amount is not None:
            lines.append(self.tr("Invoice: {amount}").format(amount=format_btc(payment.btc_amount)))
            lines.append(
                self.tr("Received: {amount}").format(amount=received or format_btc(Decimal(0)))
            )
            # A settled invoice owes nothing, whatever the last payment request said.
            settled = sale.invoice_status == "Settled"
            if payment.btc_due is not None and payment.btc_due > 0 and not settled:
                lines.append(
                    self.tr("Still due: {amount}").format(amount=format_btc(payment.btc_due))
                )
        elif received is not None:
            lines.append(self.tr("Received: {amount}").format(amount=received))
        if sale.invoice_status:
            status = sale.invoice_status
            if sale.invoice_additional_status and sale.invoice_additional_status != "None":
                status += f" ({sale.invoice_additional_status})"
            lines.append(self.tr("BTCPay invoice status: {status}").format(status=status))
        view.attention_amounts.setText("\n".join(lines))
        acceptable = offers_acceptance(sale)
        refund = sale.refund
        continued = sale.resolution.continued_in if sale.resolution is not None else None
        if continued and self.engine is not None and self.engine.resolutions_offered(sale):
            continued = None  # its continuation was dropped unpaid: settle this one again
        if issuing:
            view.attention_advice.clear()
        elif continued:
            # A new invoice for the rest stands: that sale is the one to follow.
            view.attention_advice.show_message(
                self.tr("What to do: nothing here. The rest is billed by sale {sale}.").format(
                    sale=continued
                ),
                "info",
                action=False,
            )
        elif refund is not None:
            # The money is going back: the only thing left is the customer's claim.
            view.attention_advice.show_message(
                self.tr("What to do: {advice}").format(advice=self._refund_advice(refund)),
                "info" if refund.created else "warning",
                action=False,
            )
        else:
            view.attention_advice.show_message(
                self.tr("What to do: {advice}").format(
                    advice=say(staff_advice(sale.reason, acceptable=acceptable))
                ),
                "warning",
                action=False,
            )
        # Only a payment that arrived in full is offered; a partial one is refunded.
        view.accept_payment.setVisible(self.staff and (acceptable or self.accepting == sale.id))
        view.accept_payment.setEnabled(
            acceptable and self.accepting is None and self.engine is not None
        )
        view.accept_payment.setText(
            self.tr("Accepting…")
            if self.accepting == sale.id
            else self.tr("Accept payment and issue tickets")
        )
        if issuing and self.accepting != sale.id:
            view.accept_status.setText(self.tr("The payment is accepted; the tickets follow."))
            set_tone(view.accept_status, "success")
        reference = self.tr("Started {when} · sale {sale}").format(when=started, sale=sale.id)
        if sale.invoice_id:
            reference += " · " + self.tr("BTCPay invoice {invoice}").format(invoice=sale.invoice_id)
        if order.buyer.email:
            reference += " · " + self.tr("buyer {email}").format(email=order.buyer.email)
        view.attention_reference.setText(reference)

    def _refund_advice(self, refund: Refund) -> str:
        if refund.status is RefundStatus.CREATED:
            return self.tr(
                "The payment is being refunded. Let the customer scan the refund QR (or give "
                "them the printed slip) to claim it; nothing else is needed at the till."
            )
        if refund.status is RefundStatus.UNCERTAIN:
            return self.tr(
                "BTCPay's answer to the refund was lost. Look for it in the store's pull "
                "payments in BTCPay before trying again."
            )
        return self.tr("A refund was asked of BTCPay; wait for its answer.")

    def ask_accept_payment(self) -> None:
        """Ask staff to confirm, stating the amount received (a window-modal box, no exec())."""
        sale = self._current()
        if sale is None or self.engine is None or not self.staff or not offers_acceptance(sale):
            return
        order = sale.order
        received = money(order.total, order.currency)
        if sale.paid_amount is not None and sale.paid_amount > 0:
            received = money(sale.paid_amount, order.currency)
        if sale.payment is not None and sale.payment.btc_paid:
            received += f" ({format_btc(sale.payment.btc_paid)})"
        box = QMessageBox(self.view)
        box.setObjectName("acceptPaymentConfirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Accept this payment?"))
        box.setText(
            count_words(
                order.seats,
                self.tr(
                    "Accept the {received} received for {order} ({total}) and issue the ticket now?"
                ),
                self.tr(
                    "Accept the {received} received for {order} ({total}) and issue the {count} tickets now?"  # noqa: E501
                ),
                received=received,
                order=order.summary,
                total=money(order.total, order.currency),
            )
        )
        row = sale.reason.row if sale.reason is not None else None
        notes = [
            row and row.accept_warning,
            self.tr("Box Office marks the invoice settled in BTCPay; do not refund it afterwards."),
            row and row.accept_aside,
        ]
        box.setInformativeText(" ".join(say(note) for note in notes if note))
        confirm = box.addButton(
            self.tr("Accept and issue tickets"), QMessageBox.ButtonRole.AcceptRole
        )
        confirm.setObjectName("confirmAcceptButton")
        cancel = box.addButton(self.tr("Keep as it is"), QMessageBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancelAcceptButton")
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        sale_id = sale.id

        def finished(_code: int) -> None:
            if box.clickedButton() is confirm:
                self.accept_payment(sale_id)
            self.dialog = None
            box.deleteLater()

        self.dialog = box
        box.finished.connect(finished)
        QDialog.open(box)  # never exec() in a coroutine's reach (qasync issue 59)

    def accept_payment(self, sale_id: str) -> asyncio.Task[None] | None:
        """Accept the sale's payment in the background; the page follows the sale."""
        if self.engine is None or self.accepting is not None:
            return None
        return self.tasks.spawn(self._accept(self.engine, sale_id), key=f"accept-{sale_id}")

    async def _accept(self, engine: SaleEngine, sale_id: str) -> None:
        # `engine` is the one in use now: saved settings may replace `self.engine` meanwhile.
        view = self.view
        self.accepting = sale_id
        view.accept_payment.setEnabled(False)
        view.accept_payment.setText(self.tr("Accepting…"))
        view.accept_status.setText(self.tr("Marking the invoice settled in BTCPay…"))
        set_tone(view.accept_status, "info")
        problem = None
        sale: Sale | None
        decision = self.settle.decision() if self.settle is not None else None
        try:
            if decision is None:
                sale = await engine.accept_payment(sale_id)
            else:
                staff, reason = decision
                sale = await engine.resolve(
                    sale_id, ResolutionAction.ISSUE_ANYWAY, staff=staff, reason=reason
                )
                if self.settle is not None:
                    self.settle.decided()
        except (SaleNotAcceptable, ResolutionRefused) as error:
            problem, sale = error_sentence(error), None
        except Exception as error:
            log.warning("accepting the payment of %s failed: %s", sale_id, error)
            problem, sale = (
                self.tr("Not accepted: {error}").format(error=describe_error(error)),
                None,
            )
        finally:
            self.accepting = None
        shown = self._current()
        if shown is None or shown.id != sale_id:
            return  # staff moved on; the recent sales show how it ended
        self._redraw(sale or engine.sale(sale_id) or shown)
        if problem is not None:
            view.accept_status.setText(problem)
            set_tone(view.accept_status, "error")
