"""BTCPay's answers read into the client's models straight from their JSON (no server)."""

from __future__ import annotations

from decimal import Decimal

from boxoffice.services.btcpay.models import Invoice, InvoicePaymentMethod


async def test_invoice_from_an_old_server_without_optional_fields():
    invoice = Invoice.from_api({"id": "X", "amount": "5", "status": "Expired"})
    assert invoice.amount == Decimal(5)
    assert invoice.paid_amount is None
    assert invoice.metadata == {}
    assert invoice.additional_status == "None"
    assert invoice.available_statuses_for_manual_marking == ()
    assert invoice.created_time is None


def test_payment_method_with_unknown_plugin_id_and_no_currency():
    method = InvoicePaymentMethod.from_api(
        {"paymentMethodId": "XMR-MoneroLike", "amount": "1", "due": "1", "destination": "4..."}
    )
    assert method.kind == "other"
    assert method.currency == "XMR"
    assert method.payments == ()
