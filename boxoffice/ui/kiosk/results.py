"""How a kiosk's results go away: each kind of end has its own dismiss rule.

- Paid, tickets on screen: stays until "Done" or `kiosk_done_seconds` (long enough to take a
  photo of the ticket QR), then back to the welcome.
- Not paid (expired, cancelled): the same, as nothing is left to read.
- Needs attention (a payment arrived late, in part, or tickets were refused): "Please see a
  member of staff" with a short code, until a staff PIN opens the staff menu; when staff close
  it, the kiosk starts again.
- Paid on-chain and confirming: the customer is told the tickets are e-mailed once it
  confirms, and after `CONFIRMING_SECONDS` the kiosk lets the sale go on in the background
  (the engine issues the tickets once, whoever watches) and welcomes the next customer.

In the spirit of pretix's desktop scanner, whose results are `AutoDismiss` or
`RequiresUserInteraction`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from boxoffice.domain.sale import SaleState
from boxoffice.ui.kiosk.cover import CodeCover
from boxoffice.ui.navigation import Page

if TYPE_CHECKING:
    from boxoffice.ui.navigation import Screen
    from boxoffice.ui.sale_flow import SaleFlow

#: How long "Payment received — confirming" stays before the kiosk moves on (seconds).
CONFIRMING_SECONDS = 20


def staff_code(sale_id: str) -> str:
    """A short code staff find the sale by (its id's first characters, easy to read out)."""
    return sale_id.replace("-", "")[:6].upper()


class SeeStaffScreen(CodeCover):
    """Layout only: "Please see a member of staff" and the code, over the attention page."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "seeStaffScreen", "seeStaffCode")
        self.title.setText(self.tr("Please see a member of staff"))
        self.hint.setText(
            self.tr("Something needs a person to finish your purchase. Nothing is lost.")
        )

    def show_code(self, code: str) -> None:
        self.code.setText(self.tr("Code for staff: %1").replace("%1", code))
        self.cover()


class KioskResults(QObject):
    """Applies the dismiss rules to what the flow shows (see the module's docstring)."""

    def __init__(self, flow: SaleFlow, see_staff: SeeStaffScreen, *, done_seconds: int) -> None:
        super().__init__(flow)
        self.flow = flow
        self.see_staff = see_staff
        self._staff_open = False
        self.done_timer = QTimer(self)
        self.done_timer.setSingleShot(True)
        self.done_timer.setInterval(done_seconds * 1000)
        self.done_timer.timeout.connect(self.dismiss)
        self.confirming_timer = QTimer(self)
        self.confirming_timer.setSingleShot(True)
        self.confirming_timer.setInterval(CONFIRMING_SECONDS * 1000)
        self.confirming_timer.timeout.connect(flow.let_go)
        flow.payment.preferred_method = "lightning"
        flow.payment.confirming_words = self.tr(
            "Payment received — confirming. Your tickets are e-mailed as soon as it confirms."
        )
        flow.result.name_new_sale(self.tr("Done"))
        flow.notices.quiet = True
        flow.screenChanged.connect(self._on_screen)
        flow.saleChanged.connect(lambda _sale: self._on_screen(flow.screen))

    def staff_mode(self, open_: bool) -> None:
        """Staff mode began (staff see what needs attention, with their own actions) or ended
        (what staff looked at goes; a customer's finished sale stays for its customer)."""
        self._staff_open = open_
        self.flow.result.staff = open_
        if open_:
            self.see_staff.hide()
            return
        screen = self.flow.screen
        if self._attention_shown() or screen.page is Page.RECENT or screen.earlier:
            self.see_staff.hide()
            self.flow.new_sale()
        else:
            self._on_screen(screen)  # a sale settled by staff: its own dismiss rule now

    def attention_code(self) -> str | None:
        """The staff code of the sale on screen that needs a person, if one does."""
        if not self._attention_shown():
            return None
        return staff_code(self.flow.screen.sale_id or "")

    def dismiss(self) -> None:
        """Time is up for a result that goes by itself: welcome the next customer."""
        if self._staff_open:
            return  # staff at work on the window finish it themselves
        if self.flow.screen.page is Page.RESULT and not self._attention_shown():
            self.flow.new_sale()

    def _attention_shown(self) -> bool:
        sale = self.flow.sale(self.flow.screen.sale_id)
        return (
            self.flow.screen.page is Page.RESULT
            and not self.flow.screen.earlier
            and sale is not None
            and sale.state is SaleState.NEEDS_ATTENTION
        )

    def _on_screen(self, screen: Screen) -> None:
        sale = self.flow.sale(screen.sale_id)
        state = sale.state if sale is not None else None
        confirming = screen.page is Page.PAYMENT and state is SaleState.CONFIRMING
        if confirming and not self.confirming_timer.isActive():
            self.confirming_timer.start()
        elif not confirming:
            self.confirming_timer.stop()
        ended = screen.page is Page.RESULT and not screen.earlier and sale is not None
        if ended and state is SaleState.NEEDS_ATTENTION:
            self.done_timer.stop()
            if not self._staff_open:
                assert sale is not None
                self.see_staff.show_code(staff_code(sale.id))
            return
        self.see_staff.hide()
        if ended and sale is not None and sale.terminal:
            if not self.done_timer.isActive():
                self.done_timer.start()
        else:
            self.done_timer.stop()
