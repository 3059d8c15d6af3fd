"""Selling through the real widgets against the simulator: the sale flow end to end."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QListWidget, QPushButton

from boxoffice.sim import seed
from tests.ui.conftest import open_till, run_until
from tests.ui.helpers import (
    checkout,
    current_sale,
    find,
    open_event,
    sell,
    set_quantity,
    status_text,
    type_into,
    wait_for_ticket_icons,
)


def test_ordinary_sale_issues_tickets_with_their_own_qr(qtbot, loop, till, sim):
    open_event(qtbot, loop, till, seed.GBP_EVENT)
    set_quantity(qtbot, till, seed.GENERAL_TT, 2)
    assert find(till, QLabel, "totalLabel").text() == "£53.00"
    type_into(qtbot, till, "nameEdit", "Ada Lovelace")
    type_into(qtbot, till, "emailEdit", "ada@example.org")
    checkout(qtbot, loop, till)

    sale = current_sale(till)
    qr = till.findChild(type(till.payment_page.qr), "paymentQr")
    assert qr.property("payload") == sale.payment.unified_qr
    assert status_text(till) == "Waiting for payment"
    assert "£53.00" in find(till, QLabel, "paymentAmount").text()

    sim.pay_invoice(sale.invoice_id, "BTC-LN")
    run_until(
        loop,
        lambda: (
            till.result_page.stack.currentWidget() is till.result_page.receipt_page
            and till.pages.currentWidget() is till.result_page
        ),
        message="the receipt",
    )
    tickets = find(till, QListWidget, "ticketList")
    issued = [t for t in sim.state()["issued_tickets"] if t["reference"] == sale.invoice_id]
    assert tickets.count() == 2 == len(issued)
    texts = [tickets.item(i).text() for i in range(tickets.count())]
    for ticket in issued:
        assert any(ticket["barcode"] in text and "Ada Lovelace" in text for text in texts)
    assert all("General Admission" in text and "Summer Chamber Night" in text for text in texts)
    wait_for_ticket_icons(loop, tickets)
    run_until(
        loop,
        lambda: "handed to BTCPay for e-mail" in find(till, QLabel, "emailStatus").text(),
        message="email",
    )


def test_secret_ticket_through_an_access_code_link(qtbot, loop, till, sim):
    open_event(qtbot, loop, till, seed.GBP_EVENT)
    assert till.findChild(QLabel, f"qty_{seed.SECRET_TT}") is None
    assert seed.SECRET_TT not in till.tickets_page.rows

    type_into(qtbot, till, "accessCodeEdit", "WRONG")
    qtbot.mouseClick(find(till, QPushButton, "accessCodeButton"), Qt.MouseButton.LeftButton)
    status = find(till, QLabel, "accessCodeStatus")
    assert "unlocks nothing" in status.text()
    assert seed.SECRET_TT not in till.tickets_page.rows

    # A scanned link carrying the code works as well as the bare code; Enter applies it.
    edit = type_into(
        qtbot, till, "accessCodeEdit", f"https://tickets.example/e/1?a={seed.SECRET_CODE}"
    )
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert "Crew & Guests" in status.text()
    assert edit.text() == seed.SECRET_CODE
    set_quantity(qtbot, till, seed.SECRET_TT, 1)
    set_quantity(qtbot, till, seed.GENERAL_TT, 1)
    assert find(till, QLabel, "totalLabel").text() == "£26.50"
    type_into(qtbot, till, "emailEdit", "crew@example.org")
    checkout(qtbot, loop, till)
    sale = current_sale(till)
    sim.pay_invoice(sale.invoice_id, "BTC-LN")
    run_until(loop, lambda: till.pages.currentWidget() is till.result_page, message="the result")
    texts = [find(till, QListWidget, "ticketList").item(i).text() for i in range(2)]
    assert any("Crew & Guests" in text for text in texts)
    assert any("General Admission" in text for text in texts)


def test_partial_payment_redraws_the_qr_and_can_be_topped_up(qtbot, loop, till, sim):
    sale = sell(qtbot, loop, till, ticket_type=seed.CONCESSION_TT, email="student@example.org")
    before = till.payment_page.qr.payload
    due = sale.payment.btc_due
    sim.pay_invoice(sale.invoice_id, "BTC-CHAIN", (due / 2).quantize(Decimal("0.00000001")))
    run_until(loop, lambda: status_text(till).startswith("Partially paid"), message="partial")
    left = current_sale(till).payment.btc_due
    assert left < due
    assert status_text(till) == f"Partially paid — {left.normalize():f} BTC left"
    assert till.payment_page.qr.payload != before
    assert till.payment_page.qr.payload == current_sale(till).payment.unified_qr

    sim.pay_invoice(sale.invoice_id, "BTC-LN")
    run_until(loop, lambda: till.pages.currentWidget() is till.result_page, message="the result")
    assert till.result_page.stack.currentWidget() is till.result_page.receipt_page
    assert find(till, QListWidget, "ticketList").count() == 1


def test_expiry_closes_the_window_and_releases_the_tickets(qtbot, loop, till, sim):
    sale = sell(qtbot, loop, till, quantity=3, email="late@example.org")
    countdown = find(till, QLabel, "paymentCountdown")
    assert countdown.text().startswith("Expires in 1")  # 15 minutes by default

    sim.advance_clock(16 * 60)
    run_until(loop, lambda: till.pages.currentWidget() is till.result_page, message="closed")
    page = till.result_page
    assert page.stack.currentWidget() is page.closed_page
    assert find(till, QLabel, "closedTitle").text() == (
        "Payment window closed — the tickets were released"
    )
    assert not find(till, QPushButton, "printButton").isVisible()
    hold = (
        sim.hold(sale.hold_id) if sale.hold_id in {h["id"] for h in sim.state()["holds"]} else None
    )
    assert hold is None or hold.get("total_on_hold", 0) == 0


def test_cancel_releases_the_tickets(qtbot, loop, till, sim):
    sale = sell(qtbot, loop, till, email="maybe@example.org")
    qtbot.mouseClick(find(till, QPushButton, "cancelSaleButton"), Qt.MouseButton.LeftButton)
    run_until(loop, lambda: till.pages.currentWidget() is till.result_page, message="closed")
    assert till.result_page.stack.currentWidget() is till.result_page.closed_page
    assert find(till, QLabel, "closedDetail").text() == "The sale was cancelled; nothing was paid."
    assert sale.hold_id not in {h["id"] for h in sim.state()["holds"]}
    assert sim.invoice(sale.invoice_id)["status"] == "Invalid"


def test_connection_trouble_is_shown_while_it_lasts(qtbot, loop, till, sim):
    sale = sell(qtbot, loop, till, email="patient@example.org")
    notice = find(till, QLabel, "paymentConnection")
    assert not notice.isVisible()

    sim.add_fault(r"/invoices/" + sale.invoice_id + "$", method="GET", status=503)
    # Each failed poll goes through the client's own read retries (real back-off) first.
    run_until(loop, notice.isVisible, timeout=30, message="the connection notice")
    assert "BTCPay" in notice.text() and "still trying" in notice.text()
    assert status_text(till) == "Waiting for payment"

    sim.clear_faults()
    run_until(loop, lambda: not notice.isVisible(), message="the notice to go")
    assert notice.text() == ""


def test_partial_payment_then_expiry_needs_attention(qtbot, loop, till, sim):
    sale = sell(qtbot, loop, till, quantity=2, email="short@example.org")
    sim.pay_invoice(sale.invoice_id, "BTC-CHAIN", Decimal("0.0001"))
    run_until(loop, lambda: status_text(till).startswith("Partially paid"), message="partial")
    sim.advance_clock(16 * 60)
    run_until(
        loop,
        lambda: (
            till.pages.currentWidget() is till.result_page
            and till.result_page.stack.currentWidget() is till.result_page.attention_page
        ),
        message="needs attention",
    )
    assert current_sale(till).reason == "partial_then_expired"
    amounts = find(till, QLabel, "attentionAmounts").text()
    assert "Received: 0.00010000 BTC" in amounts
    assert "£53.00" in amounts
    assert find(till, QLabel, "attentionMessage").text() == current_sale(till).message
    advice = till.result_page.attention_advice.message.text()
    assert advice.startswith("What to do:") and "refund what arrived" in advice
    assert "new invoice for the rest" in advice
    assert sale.invoice_id in find(till, QLabel, "attentionReference").text()


def test_next_sale_starts_clean(qtbot, loop, till, sim):
    open_event(qtbot, loop, till, seed.GBP_EVENT)
    type_into(qtbot, till, "accessCodeEdit", seed.SECRET_CODE)
    qtbot.mouseClick(find(till, QPushButton, "accessCodeButton"), Qt.MouseButton.LeftButton)
    set_quantity(qtbot, till, seed.GENERAL_TT, 1)
    type_into(qtbot, till, "nameEdit", "Grace Hopper")
    type_into(qtbot, till, "emailEdit", "grace@example.org")
    checkout(qtbot, loop, till)
    sim.pay_invoice(current_sale(till).invoice_id, "BTC-LN")
    run_until(loop, lambda: till.pages.currentWidget() is till.result_page, message="the result")

    qtbot.mouseClick(find(till, QPushButton, "newSaleButton"), Qt.MouseButton.LeftButton)
    assert till.pages.currentWidget() is till.events_page
    assert find(till, QListWidget, "ticketList").count() == 0
    assert till.payment_page.qr.payload == ""
    open_event(qtbot, loop, till, seed.GBP_EVENT)
    for name in ("nameEdit", "emailEdit", "accessCodeEdit"):
        assert till.findChild(type(till.tickets_page.name), name).text() == ""
    assert seed.SECRET_TT not in till.tickets_page.rows
    assert all(row.quantity.value() == 0 for row in till.tickets_page.rows.values())
    assert not find(till, QPushButton, "checkoutButton").isEnabled()


def test_payment_switches_between_unified_lightning_and_onchain(qtbot, loop, till, sim):
    sell(qtbot, loop, till, email="switch@example.org")
    payment = current_sale(till).payment
    qr = till.payment_page.qr
    assert payment.lightning_qr and payment.onchain_qr
    qtbot.mouseClick(find(till, QPushButton, "methodLightning"), Qt.MouseButton.LeftButton)
    assert qr.payload == payment.lightning_qr
    qtbot.mouseClick(find(till, QPushButton, "methodOnchain"), Qt.MouseButton.LeftButton)
    assert qr.payload == payment.onchain_qr
    qtbot.mouseClick(find(till, QPushButton, "methodUnified"), Qt.MouseButton.LeftButton)
    assert qr.payload == payment.unified_qr
    assert till.payment_page.checkout_qr.payload == payment.checkout_link
    assert "0.00053000 BTC" in find(till, QLabel, "paymentBtc").text()


def test_a_refused_reservation_keeps_the_cart_and_says_why(qtbot, loop, till, sim):
    open_event(qtbot, loop, till, seed.GBP_EVENT)
    set_quantity(qtbot, till, seed.GENERAL_TT, 2)
    type_into(qtbot, till, "emailEdit", "unlucky@example.org")
    sim.add_fault("/v1/holds", method="POST", status=422)
    qtbot.mouseClick(find(till, QPushButton, "checkoutButton"), Qt.MouseButton.LeftButton)
    banner = till.tickets_page.sale_error
    run_until(loop, banner.isVisible, message="the error")
    assert till.pages.currentWidget() is till.tickets_page
    assert banner.message.text(), "no reason given"
    assert till.tickets_page.rows[seed.GENERAL_TT].quantity.value() == 2
    assert find(till, QPushButton, "checkoutButton").isEnabled()
    sim.clear_faults()
    checkout(qtbot, loop, till)  # trying again works


def test_tickets_are_saved_as_a_pdf_without_blocking(qtbot, loop, till, sim, tmp_path):
    sell(qtbot, loop, till, quantity=2, email="print@example.org")
    sim.pay_invoice(current_sale(till).invoice_id, "BTC-LN")
    run_until(loop, lambda: till.pages.currentWidget() is till.result_page, message="the result")
    assert find(till, QPushButton, "printButton").isVisible()
    target = tmp_path / "tickets.pdf"
    qtbot.mouseClick(find(till, QPushButton, "savePdfButton"), Qt.MouseButton.LeftButton)
    dialog = till.findChild(QFileDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.selectFile(str(target))
    dialog.accept()
    run_until(
        loop,
        lambda: target.exists() and "Saved" in find(till, QLabel, "printStatus").text(),
        message="the PDF",
    )
    assert target.read_bytes().startswith(b"%PDF")
    assert find(till, QLabel, "printStatus").text() == f"Saved {target}"


def test_onchain_payment_waits_for_confirmation_under_a_slow_policy(
    qtbot, loop, sim, till_settings, tmp_path
):
    till_settings.speed_policy = "LowSpeed"
    till = open_till(qtbot, loop, sim, till_settings, tmp_path)
    try:
        sale = sell(qtbot, loop, till, email="chain@example.org")
        sim.pay_invoice(sale.invoice_id, "BTC-CHAIN")
        run_until(
            loop, lambda: status_text(till) == "Payment received, confirming", message="confirming"
        )
        assert not find(till, QLabel, "paymentCountdown").text()  # the clock no longer matters
        sim.confirm_invoice(sale.invoice_id)
        run_until(
            loop, lambda: till.pages.currentWidget() is till.result_page, message="the result"
        )
        assert till.result_page.stack.currentWidget() is till.result_page.receipt_page
    finally:
        loop.run_until_complete(till.flow.aclose())


def test_a_restart_mid_payment_shows_the_sale_again(qtbot, loop, sim, till_settings, tmp_path):
    first = open_till(qtbot, loop, sim, till_settings, tmp_path)
    sale = sell(qtbot, loop, first, email="again@example.org")
    loop.run_until_complete(first.flow.aclose())  # the till stops mid-payment

    second = open_till(qtbot, loop, sim, till_settings, tmp_path)
    try:
        run_until(
            loop, lambda: second.pages.currentWidget() is second.payment_page, message="resumed"
        )
        assert second.flow.current_sale_id == sale.id
        assert second.payment_page.qr.payload == sale.payment.unified_qr
        assert "Resumed" in second.notice_banner.message.text()
        sim.pay_invoice(sale.invoice_id, "BTC-LN")
        run_until(loop, lambda: second.pages.currentWidget() is second.result_page, message="paid")
    finally:
        loop.run_until_complete(second.flow.aclose())


def test_saved_settings_take_effect_without_a_restart(qtbot, loop, till, sim):
    from boxoffice.services.secrets import SecretStore
    from boxoffice.ui.settings.dialog import SettingsDialog

    assert till.events_page.model.rowCount() > 1
    dialog = SettingsDialog(
        till.flow.settings, parent=till, transport=sim.transport(), secrets=SecretStore(environ={})
    )
    dialog.saved.connect(lambda settings: till.flow.tasks.spawn(till.flow.reopen(settings)))
    dialog.open()
    dialog.tabs.setCurrentWidget(dialog.event_page)
    run_until(loop, lambda: dialog.event_page.list.count() > 1, message="events")
    dialog.set_event_ticked(seed.JPY_EVENT, True)
    qtbot.mouseClick(find(dialog, QPushButton, "saveButton"), Qt.MouseButton.LeftButton)
    run_until(loop, lambda: till.events_page.model.rowCount() == 1, message="one event")
    assert "Tokyo Jazz Evening" in till.events_page.model.index(0, 0).data()


def test_a_late_payment_on_an_earlier_sale_is_announced(qtbot, loop, till, sim):
    sale = sell(qtbot, loop, till, email="slow@example.org")
    sim.advance_clock(16 * 60)
    run_until(loop, lambda: till.pages.currentWidget() is till.result_page, message="closed")
    qtbot.mouseClick(find(till, QPushButton, "newSaleButton"), Qt.MouseButton.LeftButton)
    assert till.pages.currentWidget() is till.events_page

    sim.pay_invoice(sale.invoice_id, "BTC-CHAIN")  # the customer's wallet paid anyway
    notice = till.notice_banner
    run_until(loop, notice.isVisible, message="the notice")
    assert "needs attention" in notice.message.text() and sale.id in notice.message.text()
    assert till.pages.currentWidget() is till.events_page  # the next sale is not interrupted


def test_the_qr_goes_once_the_payment_is_in(qtbot, loop, sim, till_settings, tmp_path):
    till_settings.speed_policy = "LowSpeed"
    till = open_till(qtbot, loop, sim, till_settings, tmp_path)
    try:
        sell(qtbot, loop, till, email="once@example.org")
        sim.pay_invoice(current_sale(till).invoice_id, "BTC-CHAIN")
        run_until(loop, lambda: status_text(till).startswith("Payment received"), message="paid")
        assert till.payment_page.qr.payload == ""
        assert "no need to scan again" in till.payment_page.qr_hint.text()
    finally:
        loop.run_until_complete(till.flow.aclose())


def test_print_opens_the_system_print_dialog_without_blocking(qtbot, loop, till, sim):
    from PySide6.QtPrintSupport import QPrintDialog

    sell(qtbot, loop, till, email="paper@example.org")
    sim.pay_invoice(current_sale(till).invoice_id, "BTC-LN")
    run_until(loop, lambda: till.pages.currentWidget() is till.result_page, message="the result")
    qtbot.mouseClick(find(till, QPushButton, "printButton"), Qt.MouseButton.LeftButton)
    dialog = till.findChild(QPrintDialog)
    assert dialog is not None and dialog.isVisible()
    assert not dialog.isModal() or dialog.windowModality() != Qt.WindowModality.ApplicationModal
    dialog.reject()


def test_save_as_pdf_starts_in_documents_then_in_the_last_folder_used(
    qtbot, loop, till, sim, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    import boxoffice.ui.screens.result.ticket_output as result_page

    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(result_page, "documents_dir", lambda: documents)
    sale = sell(qtbot, loop, till, email="pdf@example.org")
    sim.pay_invoice(sale.invoice_id, "BTC-LN")
    run_until(loop, lambda: till.pages.currentWidget() is till.result_page, message="the result")

    qtbot.mouseClick(find(till, QPushButton, "savePdfButton"), Qt.MouseButton.LeftButton)
    dialog = till.findChild(QFileDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.selectedFiles() == [str(documents / f"tickets-{sale.id}.pdf")]
    elsewhere = tmp_path / "receipts"
    elsewhere.mkdir()
    dialog.selectFile(str(elsewhere / "door.pdf"))
    dialog.accept()
    run_until(loop, lambda: (elsewhere / "door.pdf").exists(), message="the PDF")

    qtbot.mouseClick(find(till, QPushButton, "savePdfButton"), Qt.MouseButton.LeftButton)
    again = till.flow.result._dialog
    assert isinstance(again, QFileDialog) and again.isVisible()
    assert again.selectedFiles() == [str(elsewhere / f"tickets-{sale.id}.pdf")]
    again.reject()


def test_documents_dir_is_an_existing_folder():
    from boxoffice.ui.screens.result.ticket_output import documents_dir

    assert documents_dir().is_dir()


def test_a_replaced_lightning_invoice_never_stays_on_screen(qtbot, loop, till, sim):
    # After a partial payment BTCPay serves the old, cancelled BOLT11 for a while
    # (LightningListener.cs): the page offers on-chain only and says why, then the new one.
    sim.btcpay.bolt11_renewal_reads = 10**6  # renewed only when the clock moves on
    sale = sell(qtbot, loop, till, email="student@example.org")
    old = sale.payment.lightning_link.split(":", 1)[1].upper()
    assert old in till.payment_page.qr.payload
    due = sale.payment.btc_due
    sim.pay_invoice(sale.invoice_id, "BTC-CHAIN", (due / 2).quantize(Decimal("0.00000001")))
    hint = find(till, QLabel, "paymentQrHint")
    run_until(loop, lambda: "being renewed" in hint.text(), message="the renewing notice")
    payload = till.payment_page.qr.payload
    assert payload.startswith("bitcoin:") and "lightning=" not in payload
    assert old not in payload
    assert status_text(till).startswith("Partially paid")

    sim.advance_clock(sim.btcpay.bolt11_renewal_seconds)
    run_until(loop, lambda: "lightning=" in till.payment_page.qr.payload, message="the new one")
    assert old not in till.payment_page.qr.payload
    assert "being renewed" not in hint.text()
