"""The attention page's "New invoice for the rest" through the real widgets: a sale partly
paid, then expired, goes on to the payment page of its continuation, asking only for the rest;
paid in the simulator, its tickets are issued once, and the original says where it went."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QLabel, QListWidget, QPushButton

from boxoffice.domain.sale import SaleState
from boxoffice.ui.formatting import sale_state_words
from boxoffice.ui.locale_format import money
from tests.ui.conftest import run_until
from tests.ui.helpers import current_sale, find, sell
from tests.ui.screens.result.test_settle import decide, on, resolutions, tap


def partly_paid_and_expired(qtbot, loop, till, sim):
    sale = sell(qtbot, loop, till, quantity=2, email="short@example.org")
    sim.pay_invoice(sale.invoice_id, "BTC-CHAIN", Decimal("0.0001"))
    run_until(loop, lambda: current_sale(till).payment.btc_paid > 0, message="partial")
    sim.advance_clock(16 * 60)
    run_until(loop, lambda: on(till, till.result_page.attention_page), message="attention")
    return current_sale(till)


def test_new_invoice_for_the_rest_goes_to_its_payment_page_and_issues_once(qtbot, loop, till, sim):
    original = partly_paid_and_expired(qtbot, loop, till, sim)
    paid = Decimal(sim.invoice(original.invoice_id)["paidAmount"])
    assert 0 < paid < Decimal("53.00")
    button = find(till, QPushButton, "newInvoiceButton")
    assert button.isVisible() and find(till, QPushButton, "refundButton").isVisible()
    # Without a name and a reason: said, nothing made.
    tap(qtbot, till, "newInvoiceButton")
    assert "name and the reason" in find(till, QLabel, "settleStatus").text()
    assert resolutions(till, original.id) == []

    decide(qtbot, till, "Grace", "customer is here with more")
    tap(qtbot, till, "newInvoiceButton")
    run_until(
        loop,
        lambda: (
            till.flow.current_sale_id not in (None, original.id)
            and till.pages.currentWidget() is till.payment_page
            and current_sale(till).payment is not None
        ),
        message="the continuation's payment page",
    )
    rest = current_sale(till)
    assert rest.order.continues == original.id and rest.order.paid_before == paid
    assert Decimal(sim.invoice(rest.invoice_id)["amount"]) == Decimal("53.00") - paid
    amount = find(till, QLabel, "paymentAmount").text()
    assert amount == money(Decimal("53.00") - paid, "GBP")
    assert money(paid, "GBP") in find(till, QLabel, "paymentSummary").text()
    (recorded,) = resolutions(till, original.id)[-1:]
    assert (recorded["action"], recorded["staff"], recorded["continued_in"]) == (
        "new_invoice",
        "Grace",
        rest.id,
    )

    sim.pay_invoice(rest.invoice_id)
    run_until(loop, lambda: on(till, till.result_page.receipt_page), message="issued")
    assert find(till, QListWidget, "ticketList").count() == 2
    issued = [t for t in sim.state()["issued_tickets"] if t["reference"] == rest.invoice_id]
    assert len(issued) == 2
    assert [t for t in sim.state()["issued_tickets"] if t["reference"] == original.invoice_id] == []
    assert current_sale(till).state is SaleState.COMPLETED

    # The original, opened again: continued, nothing more offered.
    till.flow.open_sale(original.id)
    run_until(loop, lambda: on(till, till.result_page.attention_page), message="the original")
    assert rest.id in find(till, QLabel, "lastDecision").text()
    assert rest.id in till.result_page.attention_advice.message.text()
    # The sales list and the notices name it continued, not needing attention.
    words, detail, tone = sale_state_words(till.flow.runtime.engine.sale(original.id))
    assert (words, tone) == ("Continued", "info") and rest.id[:10] in detail
    for name in ("newInvoiceButton", "refundButton", "acceptPaymentButton"):
        assert not find(till, QPushButton, name).isVisible(), name
