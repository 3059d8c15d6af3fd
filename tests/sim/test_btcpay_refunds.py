"""The simulated BTCPay's refunds behave as `RefundInvoice` does (GreenfieldInvoiceController.cs,
InvoiceEntity.cs `CanRefund`, BTCPay Server 2.4.1): which invoice states may be refunded, what
each variant gives, and the refusals."""

from __future__ import annotations

from decimal import Decimal

import pytest

from boxoffice.sim import ManualClock, Simulator
from tests.sim.btcpay_calls import STORE, create, get, status

AMOUNT = "26.50"  # GBP at 50000 GBP/BTC: 0.00053 BTC
DUE = Decimal("0.00053")


async def invoice_in(state: str, sim: Simulator, bp, store_path) -> str:
    """An invoice of 26.50 GBP in the named state."""
    invoice = await create(bp, store_path, amount=AMOUNT, currency="GBP")
    invoice_id = invoice["id"]
    if state == "processing":
        sim.pay_invoice(invoice_id, "BTC-CHAIN")
    elif state == "settled":
        sim.pay_invoice(invoice_id, "BTC-LN")
    elif state == "paid_over":
        sim.pay_invoice(invoice_id, "BTC-LN", Decimal("0.0006"))
    elif state == "expired":
        sim.expire_invoice(invoice_id)
    elif state == "expired_partial":
        sim.pay_invoice(invoice_id, "BTC-CHAIN", Decimal("0.0002"))
        sim.expire_invoice(invoice_id)
    elif state == "paid_late":
        sim.expire_invoice(invoice_id)
        sim.pay_invoice(invoice_id, "BTC-CHAIN")
    elif state == "invalid_paid":
        sim.pay_invoice(invoice_id, "BTC-CHAIN", Decimal("0.0001"))
        await mark(bp, store_path, invoice_id, "Invalid")
    elif state == "settled_marked":
        await mark(bp, store_path, invoice_id, "Settled")
    return invoice_id


async def mark(bp, store_path, invoice_id, target):
    response = await bp.post(f"{store_path}/invoices/{invoice_id}/status", json={"status": target})
    assert response.status_code == 200, response.text


STATES = {
    "new": ("New", "None"),
    "processing": ("Processing", "None"),
    "settled": ("Settled", "None"),
    "paid_over": ("Settled", "PaidOver"),
    "expired": ("Expired", "None"),
    "expired_partial": ("Expired", "PaidPartial"),
    "paid_late": ("Expired", "PaidLate"),
    "invalid_paid": ("Invalid", "Marked"),
    "settled_marked": ("Settled", "Marked"),
}

CUSTOM = {"customAmount": "5.00", "customCurrency": "GBP"}
# (state, variant) -> (HTTP status, amount, currency) with today's rate at 40000 GBP/BTC.
# CurrentRate: the GBP value paid at the invoice's rate, in BTC at today's.
# fmt: off
MATRIX = {
    ("settled", "RateThen"): (200, "0.00053000", "BTC"),
    ("settled", "CurrentRate"): (200, "0.00066250", "BTC"),  # 26.50 / 40000
    ("settled", "OverpaidAmount"): (422, None, None),
    ("settled", "Fiat"): (200, "26.50", "GBP"),
    ("settled", "Custom"): (200, "5.00", "GBP"),
    ("paid_over", "RateThen"): (200, "0.00060000", "BTC"),
    ("paid_over", "CurrentRate"): (200, "0.00075000", "BTC"),  # 30.00 / 40000
    ("paid_over", "OverpaidAmount"): (200, "0.00007000", "BTC"),
    ("expired_partial", "RateThen"): (200, "0.00020000", "BTC"),  # what arrived
    ("expired_partial", "CurrentRate"): (200, "0.00025000", "BTC"),  # 10.00 / 40000
    ("expired_partial", "OverpaidAmount"): (422, None, None),
    ("paid_late", "RateThen"): (200, "0.00053000", "BTC"),
    ("paid_late", "Fiat"): (200, "26.50", "GBP"),
    ("invalid_paid", "RateThen"): (200, "0.00010000", "BTC"),
    # Marked settled with no payment: refunded as if paid in full.
    ("settled_marked", "RateThen"): (200, "0.00053000", "BTC"),
    ("settled_marked", "Custom"): (200, "5.00", "GBP"),
}
# fmt: on
for _state in ("new", "processing", "expired"):
    for _variant in ("RateThen", "CurrentRate", "OverpaidAmount", "Fiat", "Custom"):
        MATRIX[(_state, _variant)] = (400, None, None)


@pytest.mark.parametrize(("state", "variant"), sorted(MATRIX))
async def test_refund_matrix(sim, bp, store_path, state, variant):
    invoice_id = await invoice_in(state, sim, bp, store_path)
    assert status(await get(bp, store_path, invoice_id)) == STATES[state]
    sim.btcpay.rates["GBP"] = Decimal("40000")  # the rate moved since the invoice
    body = {"refundVariant": variant, **(CUSTOM if variant == "Custom" else {})}
    response = await bp.post(f"{store_path}/invoices/{invoice_id}/refund", json=body)
    expected, amount, currency = MATRIX[(state, variant)]
    assert response.status_code == expected, response.text
    if expected == 400:
        assert response.json() == {
            "code": "non-refundable",
            "message": "Cannot refund this invoice",
        }
        assert sim.pull_payments() == []
        return
    if expected == 422:
        assert response.json() == [{"path": "RefundVariant", "message": "Invoice is not overpaid"}]
        return
    pull = response.json()
    assert (pull["amount"], pull["currency"]) == (amount, currency)
    # Approved at once only for bitcoin refunds (the default key may create pull payments).
    assert pull["autoApproveClaims"] is (currency == "BTC")
    assert pull["name"] == f"Refund {invoice_id}"
    assert pull["viewLink"] == f"{sim.btcpay_url}/pull-payments/{pull['id']}"
    assert isinstance(pull["BOLT11Expiration"], int) and pull["archived"] is False
    kept = sim.pull_payments()
    assert [(p["id"], p["invoiceId"], p["claim"]) for p in kept] == [
        (pull["id"], invoice_id, "none")
    ]


async def test_an_unknown_invoice_is_403_naming_the_refund_policy(bp, store_path):
    response = await bp.post(
        f"{store_path}/invoices/NoSuchInvoice/refund", json={"refundVariant": "RateThen"}
    )
    assert response.status_code == 403
    assert response.json()["missingPermission"] == STORE + "cancreatenonapprovedpullpayments"


async def test_the_store_less_route_refunds_too(sim, bp, store_path):
    invoice_id = await invoice_in("settled", sim, bp, store_path)
    response = await bp.post(
        f"/api/v1/invoices/{invoice_id}/refund", json={"refundVariant": "RateThen"}
    )
    assert response.status_code == 200, response.text


@pytest.mark.parametrize(
    ("body", "problems"),
    [
        ({}, [("RefundVariant", "`refundVariant` is mandatory")]),
        (
            {"refundVariant": "RateThen", "payoutMethods": ["XMR-CHAIN"]},
            [
                ("PayoutMethods", "Invalid or unsupported payout method: XMR-CHAIN"),
                (
                    "PayoutMethods",
                    "Please select one of the payment methods which were available for the "
                    "original invoice",
                ),
            ],
        ),
        (
            {"refundVariant": "RateThen", "payoutMethodId": "LTC-CHAIN"},
            [
                (
                    "PayoutMethodId",
                    "Please select one of the payment methods which were available for the "
                    "original invoice",
                )
            ],
        ),
        (
            {"refundVariant": "RateThen", "customAmount": "5"},
            [("CustomAmount", "CustomAmount should only be set if the refundVariant is Custom")],
        ),
        (
            {"refundVariant": "Custom"},
            [
                ("CustomAmount", "Amount must be greater than 0"),
                ("CustomCurrency", "Invalid currency"),
            ],
        ),
        (
            {"refundVariant": "Custom", "customAmount": "5", "customCurrency": "XYZ"},
            [("CustomCurrency", "Invalid currency")],
        ),
        (
            {"refundVariant": "RateThen", "subtractPercentage": "120"},
            [("SubtractPercentage", "Percentage must be a numeric value between 0 and 100")],
        ),
    ],
)
async def test_bad_bodies_are_422_with_the_controller_paths(sim, bp, store_path, body, problems):
    invoice_id = await invoice_in("settled", sim, bp, store_path)
    response = await bp.post(f"{store_path}/invoices/{invoice_id}/refund", json=body)
    assert response.status_code == 422
    assert [(p["path"], p["message"]) for p in response.json()] == problems
    assert sim.pull_payments() == []


async def test_an_unknown_variant_is_a_converter_error(sim, bp, store_path):
    invoice_id = await invoice_in("settled", sim, bp, store_path)
    response = await bp.post(
        f"{store_path}/invoices/{invoice_id}/refund", json={"refundVariant": "Everything"}
    )
    assert response.status_code == 422
    assert response.json()[0]["path"] == "refundVariant"
    assert "Error converting value" in response.json()[0]["message"]


async def test_no_rate_is_a_500_for_current_rate_and_a_422_for_custom(sim, bp, store_path):
    invoice_id = await invoice_in("settled", sim, bp, store_path)
    del sim.btcpay.rates["GBP"]
    path = f"{store_path}/invoices/{invoice_id}/refund"
    current = await bp.post(path, json={"refundVariant": "CurrentRate"})
    assert current.status_code == 500 and current.content == b""
    custom = await bp.post(path, json={"refundVariant": "Custom", **CUSTOM})
    assert custom.status_code == 422
    assert custom.json() == [
        {"path": "RefundVariant", "message": "Impossible to fetch rate: BTC_GBP"}
    ]
    # The rate then needs no rate now.
    assert (await bp.post(path, json={"refundVariant": "RateThen"})).status_code == 200
    assert len(sim.pull_payments()) == 1


async def test_subtract_percentage_reduces_the_amount(sim, bp, store_path):
    invoice_id = await invoice_in("settled", sim, bp, store_path)
    response = await bp.post(
        f"{store_path}/invoices/{invoice_id}/refund",
        json={"refundVariant": "RateThen", "subtractPercentage": "10"},
    )
    assert response.json()["amount"] == "0.00047700"


async def test_claims_wait_for_approval_without_cancreatepullpayments(sim, http, bp, store_path):
    invoice_id = await invoice_in("settled", sim, bp, store_path)
    employee = sim.add_btcpay_api_key(
        [f"{STORE}cancreatenonapprovedpullpayments:{sim.store_id}"], "Employee"
    )
    path = f"{sim.btcpay_url}{store_path}/invoices/{invoice_id}/refund"
    response = await http.post(
        path, json={"refundVariant": "RateThen"}, headers={"Authorization": f"token {employee}"}
    )
    assert response.status_code == 200, response.text
    assert response.json()["autoApproveClaims"] is False
    seller = sim.add_btcpay_api_key([f"{STORE}cancreateinvoice:{sim.store_id}"], "Seller")
    denied = await http.post(
        path, json={"refundVariant": "RateThen"}, headers={"Authorization": f"token {seller}"}
    )
    assert denied.status_code == 403
    assert denied.json()["missingPermission"] == STORE + "cancreatenonapprovedpullpayments"


async def test_pull_payments_are_listed_and_can_be_claimed(sim, bp, store_path):
    first = await invoice_in("settled", sim, bp, store_path)
    second = await invoice_in("paid_late", sim, bp, store_path)
    made = []
    for invoice_id in (first, second):
        response = await bp.post(
            f"{store_path}/invoices/{invoice_id}/refund",
            json={"refundVariant": "RateThen", "description": f"for {invoice_id}"},
        )
        made.append(response.json()["id"])
        sim.advance_clock(1)
    listed = await bp.get(f"{store_path}/pull-payments", params={"includeArchived": "true"})
    assert [p["id"] for p in listed.json()] == made[::-1]  # newest first
    assert [p["description"] for p in listed.json()] == [f"for {second}", f"for {first}"]
    claimed = sim.claim_refund(made[0])
    assert claimed["claim"] == "completed"
    assert [p["claim"] for p in sim.pull_payments()] == ["none", "completed"]
    weak = sim.add_btcpay_api_key([f"{STORE}cancreateinvoice:{sim.store_id}"], "Seller")
    denied = await bp.get(f"{store_path}/pull-payments", headers={"Authorization": f"token {weak}"})
    assert denied.json()["missingPermission"] == STORE + "canviewpullpayments"


async def test_refund_figures(sim, bp, store_path):
    invoice_id = await invoice_in("paid_over", sim, bp, store_path)
    sim.btcpay.rates["GBP"] = Decimal("40000")
    response = await bp.get(f"{store_path}/invoices/{invoice_id}/refund/BTC-LN")
    assert response.status_code == 200
    # JSON numbers, as a model without a string converter is written.
    assert '"paymentAmountThen":0.00060000' in response.text
    figures = response.json()
    assert figures["invoiceAmount"] == 30.0 and figures["overpaidPaymentAmount"] == 0.00007
    bad = await bp.get(f"{store_path}/invoices/{invoice_id}/refund/XMR")
    assert bad.status_code == 400 and bad.json()["code"] == "invalid-payment-method"


async def test_a_legacy_server_has_neither_the_figures_nor_the_short_route():
    sim = Simulator(clock=ManualClock(), legacy_payment_method_ids=True)
    import httpx

    async with httpx.AsyncClient(
        transport=sim.transport(),
        base_url=sim.btcpay_url,
        headers={"Authorization": f"token {sim.btcpay_api_key}"},
    ) as bp:
        store_path = f"/api/v1/stores/{sim.store_id}"
        invoice_id = await invoice_in("settled", sim, bp, store_path)
        figures = await bp.get(f"{store_path}/invoices/{invoice_id}/refund/BTC")
        assert (figures.status_code, figures.content) == (404, b"")
        short = await bp.post(
            f"/api/v1/invoices/{invoice_id}/refund", json={"refundVariant": "RateThen"}
        )
        assert short.status_code == 404
        # 1.x names the method `paymentMethod`, with its old ids.
        made = await bp.post(
            f"{store_path}/invoices/{invoice_id}/refund",
            json={"refundVariant": "RateThen", "paymentMethod": "BTC-LightningNetwork"},
        )
        assert made.status_code == 200, made.text
