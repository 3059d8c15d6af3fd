"""The BTCPay client's refund calls: the request it sends, the pull payment it reads, and each
refusal of `RefundInvoice` mapped (GreenfieldInvoiceController.cs, BTCPay Server 2.4.1)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from boxoffice.services.btcpay.client import field_problem
from boxoffice.services.btcpay.permissions import (
    OPTIONAL_PERMISSIONS,
    REFUND_PERMISSION,
    optional_permission_words,
)
from boxoffice.services.btcpay.refunds import NON_REFUNDABLE, RateUnavailableError
from boxoffice.services.errors import (
    MalformedResponseError,
    NotFoundError,
    PermissionDeniedError,
    UnavailableError,
    ValidationError,
)
from tests.services.btcpay.answers import (
    API_KEY,
    INVOICE_ID,
    INVOICE_PATH,
    STORE_ID,
    STORE_PATH,
    api_key_json,
    problem_json,
)
from tests.services.btcpay.conftest import sent_json

# The shape of BTCPay's PullPaymentData (BTCPayServer.Client/Models/PullPaymentBaseData.cs:
# amount a decimal string, BOLT11Expiration whole days, startsAt/expiresAt Unix seconds).
PULL = {
    "id": "3sqTpzyFNrj5cQbvJdkFQXBRPFsy",
    "name": f"Refund {INVOICE_ID}",
    "description": "Box Office sale s1 (refund abc)",
    "currency": "BTC",
    "amount": "0.00053000",
    "BOLT11Expiration": 30,
    "archived": False,
    "autoApproveClaims": True,
    "viewLink": "https://btcpay.example.com/pull-payments/3sqTpzyFNrj5cQbvJdkFQXBRPFsy",
    "startsAt": 1780315200,
    "expiresAt": None,
}
REFUND_PATH = f"{INVOICE_PATH}/refund"
DENIED = problem_json(
    "missing-permission",
    'Insufficient API Permissions. Please use an API key with permission "'
    f"{REFUND_PERMISSION}\". You can create an API key in your account's settings / Api Keys.",
    missingPermission=REFUND_PERMISSION,
)


async def test_create_refund_sends_both_payout_fields_and_reads_the_pull_payment(api, client):
    route = api.post(REFUND_PATH).respond(json=PULL)
    pull = await client.create_refund(
        INVOICE_ID,
        variant="RateThen",
        payout_method="BTC-LN",
        name=f"Refund {INVOICE_ID}",
        description="Box Office sale s1 (refund abc)",
    )
    # 2.4.1 reads the array, 2.0–2.4.0 the single id: both go (RefundInvoiceRequest.cs).
    assert sent_json(route) == {
        "refundVariant": "RateThen",
        "payoutMethods": ["BTC-LN"],
        "payoutMethodId": "BTC-LN",
        "name": f"Refund {INVOICE_ID}",
        "description": "Box Office sale s1 (refund abc)",
    }
    assert pull.id == PULL["id"]
    assert pull.view_link == PULL["viewLink"]
    assert (pull.amount, pull.currency) == (Decimal("0.00053000"), "BTC")
    assert pull.auto_approve_claims is True
    assert route.calls.last.request.headers["Authorization"] == f"token {API_KEY}"


async def test_custom_refund_sends_the_amount_as_a_decimal_string(api, client):
    route = api.post(REFUND_PATH).respond(
        json={**PULL, "currency": "GBP", "amount": "12.50", "autoApproveClaims": False}
    )
    pull = await client.create_refund(
        INVOICE_ID, variant="Custom", custom_amount=Decimal("12.50"), custom_currency="gbp"
    )
    assert sent_json(route) == {
        "refundVariant": "Custom",
        "customAmount": "12.50",
        "customCurrency": "GBP",
    }
    assert (pull.amount, pull.currency) == (Decimal("12.50"), "GBP")
    assert pull.auto_approve_claims is False
    with pytest.raises(TypeError):
        await client.create_refund(
            INVOICE_ID,
            variant="Custom",
            custom_amount=12.5,  # type: ignore[arg-type]
            custom_currency="GBP",
        )
    with pytest.raises(ValueError):
        await client.create_refund(INVOICE_ID, variant="Everything")


async def test_non_refundable_is_a_validation_error_with_its_code(api, client):
    api.post(REFUND_PATH).respond(
        400, json=problem_json(NON_REFUNDABLE, "Cannot refund this invoice")
    )
    with pytest.raises(ValidationError) as caught:
        await client.create_refund(INVOICE_ID, variant="RateThen")
    assert caught.value.code == NON_REFUNDABLE
    assert caught.value.status == 400
    assert "Cannot refund this invoice" in str(caught.value)


async def test_field_problems_of_a_422_are_found_by_their_last_segment(api, client):
    api.post(REFUND_PATH).respond(
        422,
        json=[
            {"path": "RefundVariant", "message": "Invoice is not overpaid"},
            {
                "path": "PayoutMethods",
                "message": "Please select one of the payment methods which were available for "
                "the original invoice",
            },
        ],
    )
    with pytest.raises(ValidationError) as caught:
        await client.create_refund(INVOICE_ID, variant="OverpaidAmount", payout_method="BTC-LN")
    assert field_problem(caught.value, "refundVariant").message == "Invoice is not overpaid"
    assert field_problem(caught.value, "payoutMethods") is not None
    assert not isinstance(caught.value, RateUnavailableError)


async def test_a_key_without_the_refund_permission_is_told_which(api, client):
    api.post(REFUND_PATH).respond(403, json=DENIED)
    api.get("/api/v1/api-keys/current").respond(json=api_key_json())  # the till's POS key
    with pytest.raises(PermissionDeniedError) as caught:
        await client.create_refund(INVOICE_ID, variant="RateThen")
    assert caught.value.permission == REFUND_PERMISSION
    words = optional_permission_words(caught.value.permission)
    assert words is not None and REFUND_PERMISSION in words
    assert "Create non-approved pull payments" in words


async def test_an_unknown_invoice_is_not_found_when_the_key_may_refund(api, client):
    # 2.3.6+: an unknown invoice fails the route's permission check (B7).
    api.post(REFUND_PATH).respond(403, json=DENIED)
    api.get("/api/v1/api-keys/current").respond(
        json=api_key_json([f"btcpay.store.canmodifystoresettings:{STORE_ID}"])
    )
    with pytest.raises(NotFoundError) as caught:
        await client.create_refund(INVOICE_ID, variant="RateThen")
    assert caught.value.code == "invoice-not-found"


async def test_a_500_on_current_rate_means_no_rate(api, client):
    route = api.post(REFUND_PATH).respond(500)
    with pytest.raises(RateUnavailableError) as caught:
        await client.create_refund(INVOICE_ID, variant="CurrentRate")
    assert "choose another variant" in str(caught.value)
    assert not caught.value.transient
    # Sent once: a refund is a write.
    assert route.call_count == 1
    # Any other variant's 500 stays an unknown outcome.
    with pytest.raises(UnavailableError):
        await client.create_refund(INVOICE_ID, variant="RateThen")
    # ...as does a proxy's 502 on CurrentRate.
    api.post(REFUND_PATH).respond(502, text="<html>Bad Gateway</html>")
    with pytest.raises(UnavailableError) as proxy:
        await client.create_refund(INVOICE_ID, variant="CurrentRate")
    assert not isinstance(proxy.value, RateUnavailableError)


async def test_a_pull_payment_without_an_id_is_a_malformed_answer(api, client):
    api.post(REFUND_PATH).respond(json={**PULL, "id": None})
    with pytest.raises(MalformedResponseError):
        await client.create_refund(INVOICE_ID, variant="RateThen")


async def test_refund_figures_read_numbers_and_strings(api, client):
    # InvoiceRefundTriggerData has no string converter: its decimals may come as numbers.
    api.get(f"{REFUND_PATH}/BTC-CHAIN").respond(
        text='{"paymentAmountThen":0.00053,"paymentAmountNow":"0.00050000",'
        '"invoiceAmount":26.50,"overpaidPaymentAmount":null,"paymentCurrency":"BTC",'
        '"invoiceCurrency":"GBP","paymentCurrencyDivisibility":8,'
        '"invoiceCurrencyDivisibility":2}',
        headers={"content-type": "application/json"},
    )
    figures = await client.refund_figures(INVOICE_ID, "BTC-CHAIN")
    assert figures is not None
    assert figures.payment_amount_then == Decimal("0.00053")
    assert figures.payment_amount_now == Decimal("0.00050000")
    assert figures.invoice_amount == Decimal("26.5")
    assert figures.overpaid_amount is None
    assert (figures.payment_currency, figures.invoice_currency) == ("BTC", "GBP")


@pytest.mark.parametrize("status", [404, 405])
async def test_refund_figures_are_none_on_a_server_without_the_route(api, client, status):
    api.get(f"{REFUND_PATH}/BTC-CHAIN").respond(status)  # before 2.1.7: no such route
    assert await client.refund_figures(INVOICE_ID, "BTC-CHAIN") is None


async def test_refund_figures_of_an_unknown_invoice_on_an_old_server(api, client):
    api.get(f"{REFUND_PATH}/BTC-CHAIN").respond(
        404, json=problem_json("invoice-not-found", "The invoice was not found")
    )
    with pytest.raises(NotFoundError):
        await client.refund_figures(INVOICE_ID, "BTC-CHAIN")


async def test_list_pull_payments(api, client):
    route = api.get(f"{STORE_PATH}/pull-payments").respond(json=[PULL, {**PULL, "id": "other"}])
    pulls = await client.list_pull_payments()
    assert [p.id for p in pulls] == [PULL["id"], "other"]
    assert route.calls.last.request.url.params["includeArchived"] == "true"
    api.get(f"{STORE_PATH}/pull-payments").respond(json={"not": "a list"})
    with pytest.raises(MalformedResponseError):
        await client.list_pull_payments()


def test_the_refund_permission_is_optional_and_explained():
    from boxoffice.app.diagnostics_btcpay import REQUIRED_PERMISSIONS

    assert REFUND_PERMISSION == "btcpay.store.cancreatenonapprovedpullpayments"
    assert REFUND_PERMISSION not in {p for p, _ in REQUIRED_PERMISSIONS}
    assert [p for p, _ in OPTIONAL_PERMISSIONS] == [REFUND_PERMISSION]
    assert optional_permission_words("btcpay.store.cancreateinvoice") is None
