"""Cash and complimentary tickets from the staff's tickets screen, through the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QPushButton

from boxoffice.domain.offline_payment import PaymentKind
from boxoffice.domain.sale import SaleState
from boxoffice.sim import seed
from boxoffice.ui.screens.recent_sales.model import DETAIL_ROLE, METHOD
from tests.ui.conftest import run_until
from tests.ui.helpers import current_sale, find, open_event, set_quantity, type_into
from tests.ui.kiosk.test_shell import kiosk  # noqa: F401  (the fixture)


def _receipt(loop, till) -> None:
    run_until(
        loop,
        lambda: (
            till.pages.currentWidget() is till.result_page
            and till.result_page.stack.currentWidget() is till.result_page.receipt_page
        ),
        message="the receipt",
    )


def _click(qtbot, till, name: str) -> QPushButton:
    widget = find(till, QPushButton, name)
    assert widget.isVisible() and widget.isEnabled(), name
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    return widget


def test_a_cash_sale_ends_on_the_result_page_with_its_tickets(qtbot, loop, till, sim):
    open_event(qtbot, loop, till, seed.GBP_EVENT)
    cash = find(till, QPushButton, "cashButton")
    assert cash.isVisible() and not cash.isEnabled()  # nothing chosen yet
    set_quantity(qtbot, till, seed.GENERAL_TT, 2)
    type_into(qtbot, till, "emailEdit", "cash@example.org")
    _click(qtbot, till, "cashButton")
    prompt = find(till, QLabel, "cashPrompt")
    assert prompt.isVisible() and "£53.00" in prompt.text()
    confirm = find(till, QPushButton, "cashConfirmButton")
    assert "£53.00" in confirm.text()
    pay = find(till, QPushButton, "checkoutButton")
    assert not pay.isEnabled()  # one way of paying at a time
    _click(qtbot, till, "cashBackButton")
    assert pay.isEnabled()
    _click(qtbot, till, "cashButton")
    type_into(qtbot, till, "cashStaffEdit", "Grace")
    _click(qtbot, till, "cashConfirmButton")
    _receipt(loop, till)

    sale = current_sale(till)
    assert sale.state is SaleState.COMPLETED and sale.payment_kind is PaymentKind.CASH
    assert (sale.offline.staff, str(sale.offline.amount)) == ("Grace", "53.00")
    assert sale.invoice_id is None and sim.state()["invoices"] == []
    assert find(till, QListWidget, "ticketList").count() == 2
    assert find(till, QLabel, "receiptTitle").text() == "Paid in cash — 2 tickets issued"
    assert "Cash taken: £53.00 · recorded by Grace" in find(till, QLabel, "receiptDetail").text()
    assert "E-mail tickets" in find(till, QLabel, "emailStatus").text()
    assert find(till, QPushButton, "printButton").isVisible()
    resend = find(till, QPushButton, "resendEmailButton")
    assert resend.text() == "E-mail tickets"

    # The recent sales say how it was paid, and who took the cash.
    _click(qtbot, till, "recentSalesButton")
    model = till.flow.recent.model
    run_until(loop, lambda: model.rowCount() > 0, message="the recent sales")
    cell = model.index(0, METHOD)
    assert cell.data(Qt.ItemDataRole.DisplayRole) == "Cash"
    assert cell.data(DETAIL_ROLE) == "Grace"

    # The name is kept for the next sale of the session.
    qtbot.mouseClick(till.new_sale_button, Qt.MouseButton.LeftButton)
    open_event(qtbot, loop, till, seed.GBP_EVENT)
    set_quantity(qtbot, till, seed.CONCESSION_TT, 1)
    type_into(qtbot, till, "emailEdit", "next@example.org")
    _click(qtbot, till, "complimentaryButton")
    assert find(till, QLineEdit, "compStaffEdit").text() == "Grace"


def test_a_complimentary_sale_needs_a_reason_then_shows_its_tickets(qtbot, loop, till, sim):
    open_event(qtbot, loop, till, seed.GBP_EVENT)
    set_quantity(qtbot, till, seed.GENERAL_TT, 3)
    type_into(qtbot, till, "emailEdit", "press@example.org")
    _click(qtbot, till, "complimentaryButton")
    confirm = find(till, QPushButton, "compConfirmButton")
    reason = find(till, QLineEdit, "complimentaryReasonEdit")
    assert reason.hasFocus() and not confirm.isEnabled()
    qtbot.keyClick(reason, Qt.Key.Key_Return)  # no reason: nothing happens but a hint
    assert till.pages.currentWidget() is till.tickets_page
    assert find(till, QLabel, "complimentaryReasonHint").text() == "A reason is needed."
    assert till.flow.current_sale_id is None

    qtbot.keyClicks(reason, "Press pass")
    assert confirm.isEnabled()
    qtbot.keyClick(reason, Qt.Key.Key_Return)
    _receipt(loop, till)

    sale = current_sale(till)
    assert sale.payment_kind is PaymentKind.COMPLIMENTARY and sale.offline.reason == "Press pass"
    assert sale.order.total == 0 and len(sale.tickets) == 3
    settings = till.flow.settings  # nobody typed a name: the till's
    assert sale.offline.staff == (settings.device_name.strip() or settings.device_id)
    assert sim.state()["invoices"] == [] and sim.state()["emails"] == []
    assert find(till, QListWidget, "ticketList").count() == 3
    assert find(till, QLabel, "receiptTitle").text() == "Complimentary — 3 tickets issued"
    assert "Complimentary: Press pass" in find(till, QLabel, "receiptDetail").text()


def test_cash_is_not_offered_for_free_tickets(qtbot, loop, till, sim):
    open_event(qtbot, loop, till, seed.FREE_EVENT)
    set_quantity(qtbot, till, seed.FREE_TT, 1)
    type_into(qtbot, till, "emailEdit", "free@example.org")
    assert find(till, QPushButton, "checkoutButton").isEnabled()
    assert not find(till, QPushButton, "cashButton").isEnabled()
    assert find(till, QPushButton, "complimentaryButton").isEnabled()


def test_a_kiosk_has_no_cash_or_complimentary_buttons(qtbot, loop, kiosk):  # noqa: F811
    window, _shell = kiosk
    assert window.tickets_page.offline is None
    for name in ("cashButton", "complimentaryButton", "complimentaryReasonEdit"):
        assert window.findChild(QPushButton, name) is None
        assert window.findChild(QLineEdit, name) is None
    assert window.flow.tickets.offline is None


def test_a_refused_hold_says_so_on_the_tickets_screen_and_keeps_nothing(qtbot, loop, till, sim):
    open_event(qtbot, loop, till, seed.GBP_EVENT)
    set_quantity(qtbot, till, seed.GENERAL_TT, 1)
    type_into(qtbot, till, "emailEdit", "cash@example.org")
    sim.add_fault(r"/tickettailor/v1/holds$", method="POST", status=422, count=1)
    _click(qtbot, till, "cashButton")
    _click(qtbot, till, "cashConfirmButton")
    banner = till.tickets_page.sale_error
    run_until(loop, lambda: banner.isVisible() and banner.message.text(), message="the problem")
    assert "reserve" in banner.message.text()
    assert till.pages.currentWidget() is till.tickets_page
    assert [h for h in sim.state()["holds"] if h["note"].startswith("boxoffice-")] == []
    references = [t.get("reference") or "" for t in sim.state()["issued_tickets"]]
    assert not [r for r in references if r.startswith("boxoffice-")]
    assert sim.state()["invoices"] == []
    # The screen is usable again, for another try.
    assert find(till, QPushButton, "cashButton").isVisible() is False  # still in the cash step
    assert find(till, QPushButton, "cashConfirmButton").isEnabled()


def test_the_printed_receipt_of_a_cash_sale_has_no_word_for_staff(qtbot, loop, till, sim):
    from boxoffice.ui.screens.result.ticket_output import receipt_for

    open_event(qtbot, loop, till, seed.GBP_EVENT)
    set_quantity(qtbot, till, seed.GENERAL_TT, 1)
    type_into(qtbot, till, "emailEdit", "cash@example.org")
    _click(qtbot, till, "cashButton")
    _click(qtbot, till, "cashConfirmButton")
    _receipt(loop, till)
    receipt = receipt_for(current_sale(till))
    assert receipt.email_note is None and receipt.paid_btc is None
    assert receipt.total == "£26.50" and len(receipt.tickets) == 1


def test_staff_can_e_mail_a_cash_sale_s_tickets_when_they_choose(qtbot, loop, till, sim):
    open_event(qtbot, loop, till, seed.GBP_EVENT)
    set_quantity(qtbot, till, seed.GENERAL_TT, 1)
    type_into(qtbot, till, "emailEdit", "cash@example.org")
    _click(qtbot, till, "cashButton")
    _click(qtbot, till, "cashConfirmButton")
    _receipt(loop, till)
    assert sim.state()["emails"] == []  # nothing by itself
    # The sale's used hold is freed in the background after the receipt; meanwhile the
    # button waits with the sale's other records.
    button = find(till, QPushButton, "resendEmailButton")
    run_until(loop, button.isEnabled, message="the sale's records")
    assert sim.state()["emails"] == []
    _click(qtbot, till, "resendEmailButton")
    status = find(till, QLabel, "emailStatus")
    run_until(loop, lambda: "handed to BTCPay" in status.text(), message="the e-mail")
    (email,) = sim.state()["emails"]
    assert "cash@example.org" in str(email)
    assert find(till, QPushButton, "resendEmailButton").text() == "E-mail again"
