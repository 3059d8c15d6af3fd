"""Settling a sale that needs attention through the real widgets: issue anyway, retry the
issuance, refund with the claim QR (decoded from the screen and from the printed slip), the
difference of an overpaid sale, and a key without the refund permission."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QRadioButton,
)

from boxoffice.domain.reasons import Reason
from boxoffice.domain.refund import RefundVariant
from boxoffice.domain.sale import SaleState
from boxoffice.ui.screens.result.refund_print import paint_claim
from boxoffice.ui.widgets.qr import QrWidget
from tests.ui.conftest import open_till, run_until
from tests.ui.helpers import current_sale, find, sell
from tests.ui.test_qr_scans import decode


def page(till):
    return till.result_page.stack.currentWidget()


def on(till, widget) -> bool:
    return till.pages.currentWidget() is till.result_page and page(till) is widget


def tap(qtbot, till, name: str) -> None:
    widget = find(till, QPushButton, name)
    assert widget.isVisible() and widget.isEnabled(), name
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def decide(qtbot, till, staff: str, reason: str) -> None:
    for name, text in (("settleStaffName", staff), ("settleReason", reason)):
        field = find(till, QLineEdit, name)
        assert field.isVisible()
        field.clear()
        qtbot.keyClicks(field, text)


def paid_late(qtbot, loop, till, sim, quantity=1):
    sale = sell(qtbot, loop, till, quantity=quantity, email="late@example.org")
    sim.advance_clock(16 * 60)
    run_until(loop, lambda: on(till, till.result_page.closed_page), message="closed")
    sim.pay_invoice(sale.invoice_id, "BTC-CHAIN")
    run_until(loop, lambda: on(till, till.result_page.attention_page), message="late")
    return current_sale(till)


def resolutions(till, sale_id):
    journal = till.flow.runtime.journal
    return [e["detail"] for e in journal.history(sale_id) if e["event"] == "resolution"]


def test_paid_late_issued_anyway_records_who_and_why(qtbot, loop, till, sim):
    sale = paid_late(qtbot, loop, till, sim, quantity=2)
    decide(qtbot, till, "Grace", "customer is here, paid in full")
    tap(qtbot, till, "acceptPaymentButton")
    box = till.findChild(QMessageBox, "acceptPaymentConfirm")
    qtbot.mouseClick(find(box, QPushButton, "confirmAcceptButton"), Qt.MouseButton.LeftButton)
    run_until(loop, lambda: on(till, till.result_page.receipt_page), message="issued")
    assert find(till, QListWidget, "ticketList").count() == 2
    issued = [t for t in sim.state()["issued_tickets"] if t["reference"] == sale.invoice_id]
    assert len(issued) == 2
    (recorded,) = resolutions(till, sale.id)
    assert (recorded["action"], recorded["staff"], recorded["reason"]) == (
        "issue_anyway",
        "Grace",
        "customer is here, paid in full",
    )


def test_paid_late_refunded_shows_the_claim_qr_equal_to_the_link(qtbot, loop, till, sim):
    sale = paid_late(qtbot, loop, till, sim)
    # No name yet: said plainly, nothing done.
    tap(qtbot, till, "refundButton")
    assert page(till).objectName() == "refundPage"
    create = find(till, QPushButton, "createRefundButton")
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    assert "name and the reason" in find(till, QLabel, "refundStatus").text()
    assert sim.pull_payments() == []
    qtbot.keyClicks(find(till, QLineEdit, "refundStaffName"), "Ada")
    qtbot.keyClicks(find(till, QLineEdit, "refundReason"), "customer left")
    assert find(till, QRadioButton, f"refundVariant{RefundVariant.RATE_THEN.value}").isChecked()
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    link = find(till, QLabel, "refundClaimLink")
    run_until(loop, lambda: link.isVisible() and link.text(), message="the claim page")
    (pull,) = sim.pull_payments()
    assert link.text() == pull["viewLink"]
    qr = find(till, QrWidget, "refundClaimQr")
    run_until(loop, qr.is_ready, message="the claim QR")
    assert decode(qr.grab().toImage()) == [pull["viewLink"]]
    assert qr.width() >= 380  # large: for a phone across the counter
    assert resolutions(till, sale.id)[0]["staff"] == "Ada"
    # Back on the sale: its refund state, and the QR again on request.
    tap(qtbot, till, "refundClaimBackButton")
    assert on(till, till.result_page.attention_page)
    state = find(till, QLabel, "refundState")
    assert pull["id"] in state.text() and state.isVisible()
    assert not find(till, QPushButton, "acceptPaymentButton").isVisible()
    tap(qtbot, till, "showRefundClaimButton")
    assert page(till).objectName() == "refundPage" and link.text() == pull["viewLink"]


def test_partly_paid_refund_qr_decodes_to_the_claim_link_on_screen_and_on_paper(
    qtbot, loop, till, sim
):
    sale = sell(qtbot, loop, till, quantity=2, email="short@example.org")
    sim.pay_invoice(sale.invoice_id, "BTC-CHAIN", Decimal("0.0001"))
    run_until(loop, lambda: current_sale(till).payment.btc_paid > 0, message="partial")
    sim.advance_clock(16 * 60)
    run_until(loop, lambda: on(till, till.result_page.attention_page), message="attention")
    assert not find(till, QPushButton, "acceptPaymentButton").isVisible()
    assert not find(till, QPushButton, "settleRetryIssuanceButton").isVisible()
    decide(qtbot, till, "Ada", "could not pay the rest")
    tap(qtbot, till, "refundButton")
    # The reason given on the attention page comes along.
    assert find(till, QLineEdit, "refundReason").text() == "could not pay the rest"
    assert find(till, QLineEdit, "refundStaffName").text() == "Ada"
    tap(qtbot, till, "createRefundButton")
    link = find(till, QLabel, "refundClaimLink")
    run_until(loop, lambda: link.isVisible() and link.text(), message="the claim page")
    (pull,) = sim.pull_payments()
    assert Decimal(pull["amount"]) == Decimal("0.0001")
    qr = find(till, QrWidget, "refundClaimQr")
    run_until(loop, qr.is_ready, message="the claim QR")
    assert decode(qr.grab().toImage()) == [link.text()] == [pull["viewLink"]]
    # The printed slip, on an 80 mm roll at a receipt printer's 203 dpi.
    done = current_sale(till)
    image = QImage(640, 1400, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFFFF)
    image.setDotsPerMeterX(round(203 / 0.0254))
    image.setDotsPerMeterY(round(203 / 0.0254))
    used_mm = paint_claim(image, done.refund, done, 80.0)
    assert 40 < used_mm < 1400 / 8
    assert decode(image) == [pull["viewLink"]]


def test_issuance_refused_is_retried_and_issued_once(qtbot, loop, till, sim):
    sim.add_fault(r"/tickettailor/v1/issued_tickets$", method="POST", status=422, count=1)
    sale = sell(qtbot, loop, till, quantity=2, email="refused@example.org")
    sim.pay_invoice(sale.invoice_id, "BTC-LN")
    run_until(loop, lambda: on(till, till.result_page.attention_page), message="refused")
    assert current_sale(till).reason is Reason.ISSUE_REFUSED
    retry = find(till, QPushButton, "settleRetryIssuanceButton")
    qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
    assert "name and the reason" in find(till, QLabel, "settleStatus").text()
    decide(qtbot, till, "Ada", "Ticket Tailor is back")
    qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)  # a double tap
    run_until(loop, lambda: on(till, till.result_page.receipt_page), message="issued")
    issued = [t for t in sim.state()["issued_tickets"] if t["reference"] == sale.invoice_id]
    assert len(issued) == 2
    assert len(resolutions(till, sale.id)) == 1


def test_an_overpaid_sale_refunds_the_difference_from_its_receipt(qtbot, loop, till, sim):
    sale = sell(qtbot, loop, till, email="over@example.org")
    sim.pay_invoice(sale.invoice_id, "BTC-LN", sale.payment.btc_due + Decimal("0.0002"))
    run_until(loop, lambda: on(till, till.result_page.receipt_page), message="paid")
    run_until(loop, lambda: current_sale(till).state is SaleState.COMPLETED)
    run_until(
        loop, lambda: find(till, QPushButton, "refundDifferenceButton").isVisible(), message="over"
    )
    tap(qtbot, till, "refundDifferenceButton")
    assert find(till, QRadioButton, "refundVariantOverpaidAmount").isChecked()
    assert not find(till, QRadioButton, "refundVariantRateThen").isVisible()
    qtbot.keyClicks(find(till, QLineEdit, "refundStaffName"), "Ada")
    qtbot.keyClicks(find(till, QLineEdit, "refundReason"), "paid too much")
    tap(qtbot, till, "createRefundButton")
    link = find(till, QLabel, "refundClaimLink")
    run_until(loop, lambda: link.isVisible() and link.text(), message="the claim page")
    (pull,) = sim.pull_payments()
    assert Decimal(pull["amount"]) == Decimal("0.0002")
    tap(qtbot, till, "refundClaimBackButton")
    assert on(till, till.result_page.receipt_page)
    assert pull["id"] in find(till, QLabel, "overpaidNote").text()


def test_a_key_without_the_refund_permission_is_told_which_to_add(
    qtbot, loop, sim, till_settings, tmp_path, memory_keyring
):
    from boxoffice.services.btcpay.pairing import POS_PERMISSIONS
    from boxoffice.services.btcpay.permissions import REFUND_PERMISSION
    from boxoffice.services.secrets import BTCPAY_API_KEY, SecretStore

    selling = [p for p in POS_PERMISSIONS if "pullpayments" not in p]
    key = sim.add_btcpay_api_key([f"{p}:{sim.store_id}" for p in selling], "POS only")
    SecretStore(environ={}).set_sync(BTCPAY_API_KEY, key)
    till = open_till(qtbot, loop, sim, till_settings, tmp_path)
    try:
        paid_late(qtbot, loop, till, sim)
        decide(qtbot, till, "Ada", "customer left")
        tap(qtbot, till, "refundButton")
        tap(qtbot, till, "createRefundButton")
        status = find(till, QLabel, "refundStatus")
        run_until(loop, lambda: REFUND_PERMISSION in status.text(), message="the refusal")
        assert "Create non-approved pull payments" in status.text()
        assert sim.pull_payments() == []
        assert find(till, QPushButton, "createRefundButton").isEnabled()
    finally:
        loop.run_until_complete(till.flow.aclose())
