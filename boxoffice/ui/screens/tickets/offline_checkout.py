"""The controller of the staff's cash and complimentary steps on the tickets screen.

The same cart, buyer and checks as Pay (`TicketsController.prepared_order`); only the way of
paying differs. Cash is offered for an order that costs something, and asks staff to confirm
that they took exactly its total; complimentary asks for a reason and cannot go on without
one. Who records it is asked in the step and remembered for the session (the till's name
until someone types theirs).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from boxoffice.domain.offline_payment import PaymentKind, complimentary_order
from boxoffice.ui.locale_format import money
from boxoffice.ui.screens.tickets.offline_panel import OfflinePanel
from boxoffice.ui.widgets.common import set_tone

if TYPE_CHECKING:
    from boxoffice.domain.order import Order


@dataclass(frozen=True)
class OfflineIntent:
    """What staff asked for: cash (`taken`, the amount they confirmed) or complimentary
    (`reason`), recorded by `staff`."""

    kind: PaymentKind
    staff: str
    taken: Decimal | None = None
    reason: str | None = None


class OfflineCheckout(QObject):
    """Shows the cash or complimentary step and emits `requested(order, OfflineIntent)`.

    `prepare` gives the checked order (None after showing why it cannot be sold), exactly as
    Pay gets it; `default_staff` the name to record when nobody typed one.
    """

    requested = Signal(object, object)  # Order, OfflineIntent
    #: A step opened or closed (Pay waits while one is open: one way of paying at a time).
    stepChanged = Signal()

    def __init__(
        self,
        panel: OfflinePanel,
        prepare: Callable[[], Order | None],
        default_staff: Callable[[], str] = lambda: "",
    ) -> None:
        super().__init__(panel)
        self.panel = panel
        self.prepare = prepare
        self.default_staff = default_staff
        #: The name typed in this session (kept across sales, forgotten at quit).
        self.staff = ""
        self._ready = False
        self._busy = False
        self._total: tuple[Decimal, str] | None = None
        panel.cash_button.clicked.connect(self._open_cash)
        panel.complimentary_button.clicked.connect(self._open_complimentary)
        panel.cash_back.clicked.connect(self.back)
        panel.comp_back.clicked.connect(self.back)
        panel.cash_confirm.clicked.connect(self._confirm_cash)
        panel.comp_confirm.clicked.connect(self._confirm_complimentary)
        panel.reason.textChanged.connect(lambda _text: self._refresh())
        panel.reason.returnPressed.connect(self._confirm_complimentary)
        for field in (panel.cash_staff, panel.comp_staff):
            field.textEdited.connect(self._staff_typed)
        self._refresh()

    # -- from the tickets controller -------------------------------------------------------

    def update(self, *, ready: bool, total: Decimal | None, currency: str | None) -> None:
        """The cart changed: what may be pressed, and the amount the cash step asks for."""
        self._ready = ready
        self._total = (total, currency) if total is not None and currency else None
        self._refresh()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._refresh()

    def reset(self) -> None:
        """A new sale: back to the two buttons, no reason left from the last one."""
        self.panel.reason.setText("")
        self.back()

    @property
    def in_step(self) -> bool:
        """Whether the cash or complimentary step is open."""
        return self.panel.steps.current() is not self.panel.choice

    def back(self) -> None:
        self._show(self.panel.choice)

    # -- the steps -------------------------------------------------------------------------

    def _open_cash(self) -> None:
        if not self._cash_possible():
            return
        self._fill_staff()
        self._show(self.panel.cash_step)
        self.panel.cash_confirm.setFocus()

    def _open_complimentary(self) -> None:
        if not self._ready or self._busy:
            return
        self._fill_staff()
        self._show(self.panel.comp_step)
        self.panel.reason.setFocus()

    def _confirm_cash(self) -> None:
        if not self._cash_possible() or self.panel.steps.current() is not self.panel.cash_step:
            return
        order = self.prepare()
        if order is None:
            return
        intent = OfflineIntent(PaymentKind.CASH, self._recorder(), taken=order.total)
        self.requested.emit(order, intent)

    def _confirm_complimentary(self) -> None:
        panel = self.panel
        if not self._ready or self._busy or panel.steps.current() is not panel.comp_step:
            return
        reason = panel.reason.text().strip()
        if not reason:
            panel.reason_hint.setText(self.tr("A reason is needed."))
            set_tone(panel.reason_hint, "error")
            panel.reason.setFocus()
            return
        order = self.prepare()
        if order is None:
            return
        intent = OfflineIntent(PaymentKind.COMPLIMENTARY, self._recorder(), reason=reason)
        # Shown and started at a price of 0: nobody pays for these.
        self.requested.emit(complimentary_order(order), intent)

    # -- drawing ---------------------------------------------------------------------------

    def _show(self, step: QWidget) -> None:
        changed = self.panel.steps.current() is not step
        self.panel.steps.show(step)
        self._refresh()
        if changed:
            self.stepChanged.emit()

    def _cash_possible(self) -> bool:
        return self._ready and not self._busy and self._total is not None and self._total[0] > 0

    def _refresh(self) -> None:
        panel = self.panel
        free = self._total is not None and self._total[0] == 0
        panel.cash_button.setEnabled(self._cash_possible())
        panel.cash_button.setToolTip(
            self.tr("These tickets are free: there is no cash to take.")
            if free
            else self.tr("The customer pays in cash at the till: no invoice, the tickets at once.")
        )
        panel.complimentary_button.setEnabled(self._ready and not self._busy)
        if self._total is not None:
            amount = money(*self._total)
            panel.cash_prompt.setText(
                self.tr("Take {amount} in cash from the customer, then confirm.").format(
                    amount=amount
                )
            )
            panel.cash_confirm.setText(self.tr("Cash taken: {amount}").format(amount=amount))
        panel.cash_confirm.setEnabled(self._cash_possible())
        has_reason = bool(panel.reason.text().strip())
        panel.comp_confirm.setEnabled(self._ready and not self._busy and has_reason)
        if has_reason or not panel.reason_hint.text():
            panel.reason_hint.setText(self.tr("Recorded with the sale and in the shift report."))
            set_tone(panel.reason_hint, "")
        for widget in (panel.cash_back, panel.comp_back, panel.reason):
            widget.setEnabled(not self._busy)

    def _fill_staff(self) -> None:
        name = self.staff or self.default_staff()
        for field in (self.panel.cash_staff, self.panel.comp_staff):
            if field.text() != name:
                field.setText(name)

    def _staff_typed(self, text: str) -> None:
        self.staff = text.strip()
        for field in (self.panel.cash_staff, self.panel.comp_staff):
            if field.text() != text:
                field.setText(text)

    def _recorder(self) -> str:
        step = self.panel.steps.current()
        field = self.panel.cash_staff if step is self.panel.cash_step else self.panel.comp_staff
        return field.text().strip() or self.default_staff()
