"""What a sale writes into its invoice, and rebuilding the order from it on another till."""

from __future__ import annotations

from decimal import Decimal

from boxoffice.domain.order import Buyer, Order, OrderLine
from boxoffice.domain.sale import Sale, SaleState
from boxoffice.engine.invoice_data import invoice_metadata, order_from_invoice, ticket_ids
from boxoffice.services.btcpay.models import Invoice

ORDER = Order(
    event_id="ev_1",
    event_name="Tokyo Jazz",
    currency="JPY",
    lines=(OrderLine("tt_1", "General", 2, Decimal("3800")),),
    buyer=Buyer(None, "k@example.jp"),
    full_name="Satoshi Nakamoto",
    event_start="Sat Jun 20, 2026 7:00 PM",
    venue="Blue Hall",
)
SALE = Sale(id="abc123", device_id="till-9", order=ORDER, state=SaleState.RESERVING)


def invoice_with(metadata, currency="JPY") -> Invoice:
    return Invoice.from_api(
        {
            "id": "inv_1",
            "storeId": "s",
            "amount": "7600",
            "currency": currency,
            "status": "Settled",
            "additionalStatus": "None",
            "metadata": metadata,
        }
    )


def test_metadata_names_the_sale_and_carries_the_order():
    metadata = invoice_metadata(SALE)
    assert metadata["orderId"] == "boxoffice-abc123"
    assert metadata["buyerEmail"] == "k@example.jp"
    assert metadata["buyerName"] == "Satoshi Nakamoto"  # no name typed: the ticket name
    assert metadata["itemDesc"] == "2 × General – Tokyo Jazz"
    assert metadata["posData"] == {
        "event": {
            "id": "ev_1",
            "name": "Tokyo Jazz",
            "start": "Sat Jun 20, 2026 7:00 PM",
            "venue": "Blue Hall",
        },
        "lines": [{"ticketTypeId": "tt_1", "name": "General", "quantity": 2, "unitPrice": "3800"}],
        "deviceId": "till-9",
        "saleId": "abc123",
        "buyerName": None,
        "fullName": "Satoshi Nakamoto",
    }


def test_order_round_trips_through_the_invoice():
    foreign = order_from_invoice(invoice_with(invoice_metadata(SALE)))
    assert foreign.sale_id == "abc123"
    assert foreign.device_id == "till-9"
    assert foreign.order == ORDER


def test_invoices_that_are_not_ours_or_are_broken_are_skipped():
    assert order_from_invoice(invoice_with({"orderId": "tickettailor"})) is None
    assert order_from_invoice(invoice_with({"orderId": "boxoffice-x"})) is None
    broken = invoice_metadata(SALE)
    broken["posData"]["lines"][0]["unitPrice"] = "lots"
    assert order_from_invoice(invoice_with(broken)) is None
    empty = invoice_metadata(SALE)
    empty["posData"]["lines"] = []
    assert order_from_invoice(invoice_with(empty)) is None


def test_ticket_ids():
    assert ticket_ids(invoice_with({"orderId": "boxoffice-x"})) is None
    assert ticket_ids(invoice_with({"ticketIds": []})) is None
    assert ticket_ids(invoice_with({"ticketIds": ["it_1", "it_2"]})) == ["it_1", "it_2"]
