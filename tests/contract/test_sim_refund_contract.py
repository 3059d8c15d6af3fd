"""The simulated BTCPay's refund answers validate against BTCPay's OpenAPI document, except
where the real server's models write them otherwise (listed below with their source)."""

from __future__ import annotations

import copy

import httpx
import pytest

from boxoffice.sim import ManualClock, Simulator
from tests.contract.openapi import validate_response


@pytest.fixture
def sim() -> Simulator:
    return Simulator(clock=ManualClock())


@pytest.fixture
async def bp(sim):
    async with httpx.AsyncClient(
        transport=sim.transport(),
        base_url=sim.btcpay_url,
        headers={"Authorization": f"token {sim.btcpay_api_key}"},
        timeout=5.0,
    ) as client:
        yield client


def as_documented(pull: dict) -> dict:
    """A PullPaymentData with `BOLT11Expiration` as the document types it.

    The document says string; the model writes whole days as a JSON integer
    (BTCPayServer.Client/Models/PullPaymentBaseData.cs, `TimeSpanJsonConverter.Days`).
    """
    assert isinstance(pull["BOLT11Expiration"], int)
    return {**pull, "BOLT11Expiration": str(pull["BOLT11Expiration"])}


async def test_refund_and_pull_payment_answers_match_the_spec(sim, bp):
    store = f"/api/v1/stores/{sim.store_id}"
    created = await bp.post(f"{store}/invoices", json={"amount": "26.50", "currency": "GBP"})
    invoice_id = created.json()["id"]
    sim.pay_invoice(invoice_id, "BTC-LN")
    for path in (f"{store}/invoices/{invoice_id}/refund", f"/api/v1/invoices/{invoice_id}/refund"):
        response = await bp.post(path, json={"refundVariant": "RateThen"})
        assert response.status_code == 200, response.text
        validate_response("POST", path, 200, as_documented(response.json()))
    listed = await bp.get(f"{store}/pull-payments")
    assert len(listed.json()) == 2
    validate_response(
        "GET", f"{store}/pull-payments", 200, [as_documented(p) for p in listed.json()]
    )


async def test_refund_figures_match_the_spec_but_for_numbers(sim, bp):
    store = f"/api/v1/stores/{sim.store_id}"
    created = await bp.post(f"{store}/invoices", json={"amount": "26.50", "currency": "GBP"})
    invoice_id = created.json()["id"]
    sim.pay_invoice(invoice_id, "BTC-LN")
    path = f"/api/v1/invoices/{invoice_id}/refund/BTC-LN"
    response = await bp.get(path)
    figures = response.json()
    # InvoiceRefundTriggerData has no NumericStringJsonConverter: its decimals are JSON
    # numbers (documented as decimal strings). Written as strings, the rest must match.
    documented = copy.deepcopy(figures)
    for name in ("paymentAmountThen", "paymentAmountNow", "invoiceAmount"):
        assert isinstance(figures[name], float | int)
        documented[name] = f"{figures[name]}"
    documented.pop("currentRateText")  # in the model, not in the document
    validate_response("GET", path, 200, documented)


async def test_refund_errors_match_the_real_shapes(sim, bp):
    store = f"/api/v1/stores/{sim.store_id}"
    created = await bp.post(f"{store}/invoices", json={"amount": "26.50", "currency": "GBP"})
    path = f"{store}/invoices/{created.json()['id']}/refund"
    refused = await bp.post(path, json={"refundVariant": "RateThen"})
    validate_response("POST", path, 400, refused.json())
    unknown = f"{store}/invoices/NoSuchInvoice/refund"
    missing = await bp.post(unknown, json={"refundVariant": "RateThen"})
    validate_response("POST", unknown, 403, missing.json())
