"""Recent sales through the real widgets: reopen, reprint, e-mail again, accept a late payment."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QListWidget, QMessageBox, QPushButton

from boxoffice.sim import seed
from boxoffice.ui.screens.recent_sales.model import BUYER, DETAIL_ROLE, SALE_ID_ROLE, STATE, TOTAL
from tests.ui.conftest import run_until
from tests.ui.helpers import (
    checkout,
    current_sale,
    find,
    open_event,
    sell,
    set_quantity,
    wait_for_ticket_icons,
)


def on_result(till, page) -> bool:
    return till.pages.currentWidget() is till.result_page and (
        till.result_page.stack.currentWidget() is page
    )


def open_recent_sales(qtbot, till) -> None:
    qtbot.mouseClick(find(till, QPushButton, "recentSalesButton"), Qt.MouseButton.LeftButton)
    assert till.pages.currentWidget() is till.recent_page
    assert till.recent_page.objectName() == "salesView"


def row_of(till, sale_id) -> int:
    model = till.recent_page.table.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data(SALE_ID_ROLE) == sale_id:
            return row
    raise AssertionError(f"sale {sale_id} is not listed")


def state_of(till, sale_id) -> str:
    index = till.recent_page.table.model().index(row_of(till, sale_id), STATE)
    return index.data()


def tap_sale(qtbot, till, sale_id) -> None:
    table = till.recent_page.table
    index = table.model().index(row_of(till, sale_id), 1)
    table.scrollTo(index)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )


def test_a_completed_sale_reopens_from_the_list_and_prints_again(qtbot, loop, till, sim, tmp_path):
    first = sell(qtbot, loop, till, quantity=2, email="ada@example.org", name="Ada Lovelace")
    sim.pay_invoice(first.invoice_id, "BTC-LN")
    run_until(loop, lambda: on_result(till, till.result_page.receipt_page), message="paid")
    qtbot.mouseClick(find(till, QPushButton, "newSaleButton"), Qt.MouseButton.LeftButton)
    second = sell(qtbot, loop, till, email="grace@example.org")
    qtbot.mouseClick(find(till, QPushButton, "cancelSaleButton"), Qt.MouseButton.LeftButton)
    run_until(loop, lambda: on_result(till, till.result_page.closed_page), message="cancelled")
    qtbot.mouseClick(find(till, QPushButton, "newSaleButton"), Qt.MouseButton.LeftButton)

    open_recent_sales(qtbot, till)
    model = till.recent_page.table.model()
    assert [model.index(r, 0).data(SALE_ID_ROLE) for r in range(model.rowCount())] == [
        second.id,
        first.id,
    ]
    assert state_of(till, first.id) == "Completed"
    assert state_of(till, second.id) == "Released"
    assert model.index(row_of(till, second.id), STATE).data(DETAIL_ROLE) == "cancelled"
    assert model.index(row_of(till, first.id), BUYER).data() == "Ada Lovelace"
    assert model.index(row_of(till, first.id), TOTAL).data() == "£53.00"

    tap_sale(qtbot, till, first.id)
    assert on_result(till, till.result_page.receipt_page)
    tickets = find(till, QListWidget, "ticketList")
    issued = [t for t in sim.state()["issued_tickets"] if t["reference"] == first.invoice_id]
    assert tickets.count() == 2
    assert {tickets.item(i).data(Qt.ItemDataRole.UserRole) for i in range(2)} == {
        t["barcode"] for t in issued
    }
    wait_for_ticket_icons(loop, tickets)
    assert find(till, QPushButton, "backToRecentSalesButton").isVisible()

    target = tmp_path / "again.pdf"
    qtbot.mouseClick(find(till, QPushButton, "savePdfButton"), Qt.MouseButton.LeftButton)
    dialog = till.findChild(QFileDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.selectFile(str(target))
    dialog.accept()
    run_until(loop, lambda: "Saved" in find(till, QLabel, "printStatus").text(), message="PDF")
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 2000

    # Back to the list, with the sale just seen still selected.
    qtbot.mouseClick(find(till, QPushButton, "backToRecentSalesButton"), Qt.MouseButton.LeftButton)
    assert till.pages.currentWidget() is till.recent_page
    assert till.recent_page.table.currentIndex().row() == row_of(till, first.id)


def test_email_again_sends_the_tickets_and_says_so(qtbot, loop, till, sim):
    sale = sell(qtbot, loop, till, email="ada@example.org")
    sim.pay_invoice(sale.invoice_id, "BTC-LN")
    run_until(loop, lambda: on_result(till, till.result_page.receipt_page), message="paid")
    run_until(loop, lambda: len(sim.state()["emails"]) == 1, message="the first e-mail")
    qtbot.mouseClick(find(till, QPushButton, "newSaleButton"), Qt.MouseButton.LeftButton)
    open_recent_sales(qtbot, till)
    tap_sale(qtbot, till, sale.id)

    resend = find(till, QPushButton, "resendEmailButton")
    assert resend.isVisible() and resend.isEnabled()
    qtbot.mouseClick(resend, Qt.MouseButton.LeftButton)
    status = find(till, QLabel, "emailStatus")
    run_until(loop, lambda: "again" in status.text() and resend.isEnabled(), message="sent")
    # BTCPay's 200 only says it took the mail (GreenfieldStoreEmailController.cs).
    assert status.text() == "Tickets handed to BTCPay again for e-mail to ada@example.org."
    emails = sim.state()["emails"]
    assert len(emails) == 2 and emails[1]["body"] == emails[0]["body"]

    # When BTCPay refuses the mail, the page says why instead of pretending. (It never
    # refuses for missing SMTP: that answer does not exist; a failing server does.)
    sim.add_fault(r"/email/send$", method="POST", status=500)
    qtbot.mouseClick(resend, Qt.MouseButton.LeftButton)
    run_until(loop, lambda: "not e-mailed" in status.text(), message="the refusal")
    assert status.text().startswith("Tickets not e-mailed to ada@example.org")
    assert len(sim.state()["emails"]) == 2


def test_a_late_payment_is_accepted_from_the_attention_page(qtbot, loop, till, sim):
    sale = sell(qtbot, loop, till, quantity=2, email="late@example.org")
    sim.advance_clock(16 * 60)
    run_until(loop, lambda: on_result(till, till.result_page.closed_page), message="closed")
    qtbot.mouseClick(find(till, QPushButton, "newSaleButton"), Qt.MouseButton.LeftButton)
    sim.pay_invoice(sale.invoice_id, "BTC-CHAIN")  # paid in full, after the expiry

    # The notice leads straight to the sale.
    show = find(till, QPushButton, "showNoticedSaleButton")
    run_until(loop, show.isVisible, message="the notice")
    assert sale.id in till.notice_banner.message.text()
    qtbot.mouseClick(show, Qt.MouseButton.LeftButton)
    assert on_result(till, till.result_page.attention_page)
    assert not till.notice_banner.isVisible()
    assert "Received: 0.00106000 BTC (£53.00)" in find(till, QLabel, "attentionAmounts").text()
    accept = find(till, QPushButton, "acceptPaymentButton")
    assert accept.isVisible() and accept.isEnabled()
    assert "Accept the payment below" in till.result_page.attention_advice.message.text()

    # Staff change their mind once: nothing happens.
    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)
    box = till.findChild(QMessageBox, "acceptPaymentConfirm")
    assert box is not None and box.isVisible()
    assert "£53.00" in box.text() and "0.00106000 BTC" in box.text()
    # Paid late: the standard note, then the reason's aside (domain.reasons).
    assert box.informativeText() == (
        "Box Office marks the invoice settled in BTCPay; do not refund it afterwards. "
        "The bitcoin rate may have moved since the invoice expired."
    )
    qtbot.mouseClick(find(box, QPushButton, "cancelAcceptButton"), Qt.MouseButton.LeftButton)
    run_until(loop, lambda: till.findChild(QMessageBox, "acceptPaymentConfirm") is None)
    assert sim.invoice(sale.invoice_id)["status"] == "Expired"

    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)
    box = till.findChild(QMessageBox, "acceptPaymentConfirm")
    assert not box.isModal() or box.windowModality() != Qt.WindowModality.ApplicationModal
    qtbot.mouseClick(find(box, QPushButton, "confirmAcceptButton"), Qt.MouseButton.LeftButton)
    run_until(loop, lambda: on_result(till, till.result_page.receipt_page), message="issued")

    invoice = sim.invoice(sale.invoice_id)
    assert (invoice["status"], invoice["additionalStatus"]) == ("Settled", "Marked")
    issued = [t for t in sim.state()["issued_tickets"] if t["reference"] == sale.invoice_id]
    assert len(issued) == 2
    assert find(till, QListWidget, "ticketList").count() == 2
    assert find(till, QLabel, "receiptTitle").text() == "Paid — 2 tickets issued"
    open_recent_sales(qtbot, till)
    assert state_of(till, sale.id) == "Completed"


def test_a_partial_payment_is_not_offered_for_acceptance(qtbot, loop, till, sim):
    sale = sell(qtbot, loop, till, quantity=2, email="short@example.org")
    sim.pay_invoice(sale.invoice_id, "BTC-CHAIN", Decimal("0.0001"))
    run_until(loop, lambda: current_sale(till).payment.btc_paid > 0, message="partial")
    sim.advance_clock(16 * 60)
    run_until(loop, lambda: on_result(till, till.result_page.attention_page), message="attention")
    assert not find(till, QPushButton, "acceptPaymentButton").isVisible()
    assert "refund" in till.result_page.attention_advice.message.text().lower()

    qtbot.mouseClick(find(till, QPushButton, "newSaleButton"), Qt.MouseButton.LeftButton)
    open_recent_sales(qtbot, till)
    assert state_of(till, sale.id) == "Needs attention"
    tap_sale(qtbot, till, sale.id)
    assert on_result(till, till.result_page.attention_page)
    assert not find(till, QPushButton, "acceptPaymentButton").isVisible()


def test_the_list_follows_a_sale_being_paid_without_taking_staff_away(qtbot, loop, till, sim):
    sale = sell(qtbot, loop, till, email="now@example.org")
    open_recent_sales(qtbot, till)
    assert state_of(till, sale.id) == "Waiting for payment"
    banner = till.current_sale_banner
    assert banner.isVisible() and "waiting for payment" in banner.message.text()
    assert find(till, QPushButton, "backToSaleButton").isVisible()

    sim.pay_invoice(sale.invoice_id, "BTC-LN")
    run_until(loop, lambda: state_of(till, sale.id) == "Completed", message="the row")
    assert till.pages.currentWidget() is till.recent_page  # staff stay where they were
    run_until(loop, lambda: "paid" in banner.message.text(), message="the banner")

    qtbot.mouseClick(find(till, QPushButton, "backToSaleButton"), Qt.MouseButton.LeftButton)
    assert on_result(till, till.result_page.receipt_page)
    assert not banner.isVisible()
    assert find(till, QListWidget, "ticketList").count() == 1


def test_looking_at_an_earlier_sale_keeps_the_sale_being_paid(qtbot, loop, till, sim):
    earlier = sell(qtbot, loop, till, email="earlier@example.org")
    sim.pay_invoice(earlier.invoice_id, "BTC-LN")
    run_until(loop, lambda: on_result(till, till.result_page.receipt_page), message="paid")
    qtbot.mouseClick(find(till, QPushButton, "newSaleButton"), Qt.MouseButton.LeftButton)
    now = sell(qtbot, loop, till, email="now@example.org")

    open_recent_sales(qtbot, till)
    tap_sale(qtbot, till, earlier.id)
    assert on_result(till, till.result_page.receipt_page)
    assert not find(till, QPushButton, "newSaleButton").isVisible()  # one sale at a time
    assert till.flow.current_sale_id == now.id
    # The customer in front pays while staff look at the earlier sale: the page stays.
    sim.pay_invoice(now.invoice_id, "BTC-LN")
    run_until(loop, lambda: "paid" in till.current_sale_banner.message.text(), message="banner")
    assert till.flow.shown_sale_id == earlier.id
    earlier_barcode = till.flow.runtime.engine.sale(earlier.id).tickets[0].barcode
    tickets = find(till, QListWidget, "ticketList")
    assert tickets.count() == 1
    assert tickets.item(0).data(Qt.ItemDataRole.UserRole) == earlier_barcode

    qtbot.mouseClick(find(till, QPushButton, "backToSaleButton"), Qt.MouseButton.LeftButton)
    assert till.flow.shown_sale_id == now.id
    assert on_result(till, till.result_page.receipt_page)
    now_barcode = till.flow.runtime.engine.sale(now.id).tickets[0].barcode
    assert tickets.item(0).data(Qt.ItemDataRole.UserRole) == now_barcode
    assert find(till, QPushButton, "newSaleButton").isVisible()


def test_a_sale_still_being_paid_opens_its_payment_page(qtbot, loop, till, sim):
    sale = sell(qtbot, loop, till, email="wait@example.org")
    open_recent_sales(qtbot, till)
    tap_sale(qtbot, till, sale.id)
    assert till.pages.currentWidget() is till.payment_page
    assert till.payment_page.qr.payload == current_sale(till).payment.unified_qr
    assert not till.current_sale_banner.isVisible()


def test_the_current_sale_paid_late_is_accepted_where_it_stands(qtbot, loop, till, sim):
    sale = sell(qtbot, loop, till, email="slow@example.org")
    sim.advance_clock(16 * 60)
    run_until(loop, lambda: on_result(till, till.result_page.closed_page), message="closed")
    sim.pay_invoice(sale.invoice_id, "BTC-CHAIN")  # staff are still on the closed page
    run_until(loop, lambda: on_result(till, till.result_page.attention_page), message="late")
    assert till.flow.current_sale_id == sale.id

    qtbot.mouseClick(find(till, QPushButton, "acceptPaymentButton"), Qt.MouseButton.LeftButton)
    box = till.findChild(QMessageBox, "acceptPaymentConfirm")
    assert "£26.50" in box.text()
    qtbot.mouseClick(find(box, QPushButton, "confirmAcceptButton"), Qt.MouseButton.LeftButton)
    run_until(loop, lambda: on_result(till, till.result_page.receipt_page), message="issued")
    assert find(till, QListWidget, "ticketList").count() == 1
    assert sim.invoice(sale.invoice_id)["status"] == "Settled"
    assert find(till, QPushButton, "newSaleButton").isVisible()


def test_email_again_needs_an_address(qtbot, loop, sim, till_settings, tmp_path):
    from tests.ui.conftest import open_till

    till_settings.email_required = False
    till = open_till(qtbot, loop, sim, till_settings, tmp_path)
    try:
        open_event(qtbot, loop, till, seed.GBP_EVENT)
        set_quantity(qtbot, till, seed.GENERAL_TT, 1)
        checkout(qtbot, loop, till)
        sim.pay_invoice(current_sale(till).invoice_id, "BTC-LN")
        run_until(loop, lambda: on_result(till, till.result_page.receipt_page), message="paid")
        resend = find(till, QPushButton, "resendEmailButton")
        assert resend.isVisible() and not resend.isEnabled()
        assert "No e-mail address" in resend.toolTip()
        open_recent_sales(qtbot, till)
        sale_id = till.flow.current_sale_id
        buyer = till.recent_page.table.model().index(row_of(till, sale_id), BUYER)
        assert buyer.data() == "Walk-in"
    finally:
        loop.run_until_complete(till.flow.aclose())


def test_a_kiosk_offers_no_staff_actions(qtbot, loop, sim, till_settings, tmp_path):
    from boxoffice.ui.main_window import MainWindow
    from boxoffice.ui.sale_flow import SaleFlow
    from tests.ui.conftest import runtime_opener

    window = MainWindow(kiosk=True)
    qtbot.addWidget(window)
    flow = SaleFlow(window, till_settings, runtime_opener(sim, tmp_path), clock=sim.clock.now)
    window.flow = flow
    flow.start()
    window.resize(1024, 768)
    window.show()
    try:
        run_until(loop, lambda: window.events_page.model.rowCount() > 0, message="the events")
        assert not find(window, QPushButton, "recentSalesButton").isVisible()
        sale = sell(qtbot, loop, window, email="kiosk@example.org")
        sim.advance_clock(16 * 60)
        run_until(loop, lambda: on_result(window, window.result_page.closed_page))
        sim.pay_invoice(sale.invoice_id, "BTC-CHAIN")
        run_until(loop, lambda: on_result(window, window.result_page.attention_page))
        assert not find(window, QPushButton, "acceptPaymentButton").isVisible()
    finally:
        loop.run_until_complete(flow.aclose())


def test_after_a_restart_the_notice_leads_to_the_sale_paid_meanwhile(
    qtbot, loop, sim, till_settings, tmp_path
):
    from tests.ui.conftest import open_till

    first = open_till(qtbot, loop, sim, till_settings, tmp_path)
    sale = sell(qtbot, loop, first, email="gone@example.org")
    sim.advance_clock(16 * 60)
    run_until(loop, lambda: on_result(first, first.result_page.closed_page), message="closed")
    loop.run_until_complete(first.flow.aclose())  # the till stops
    sim.pay_invoice(sale.invoice_id, "BTC-CHAIN")  # and the customer's payment lands

    second = open_till(qtbot, loop, sim, till_settings, tmp_path)
    try:
        show = find(second, QPushButton, "showNoticedSaleButton")
        run_until(loop, show.isVisible, message="the notice")
        assert "paid after it expired" in second.notice_banner.message.text()
        assert show.text() == "Show sale"
        qtbot.mouseClick(show, Qt.MouseButton.LeftButton)
        assert on_result(second, second.result_page.attention_page)
        assert second.flow.shown_sale_id == sale.id
        assert find(second, QPushButton, "acceptPaymentButton").isVisible()
        assert find(second, QPushButton, "backToRecentSalesButton").isVisible()
    finally:
        loop.run_until_complete(second.flow.aclose())


def test_focus_puts_the_keyboard_on_the_table(till):
    till.settings_button.setFocus()
    till.flow.recent.focus()
    assert till.focusWidget() is till.recent_page.table
