"""The BTCPay client against BTCPay's own OpenAPI document.

Every request the client makes is captured and checked (path, query, JSON body) with
`validate_request`; every answer the tests feed it is checked with `validate_response` before
it is served, so the answers of tests/services/btcpay/answers.py cannot drift from the API.
The second half checks that the helpers themselves catch what they are meant to catch.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
import respx

from boxoffice.services.btcpay.client import BTCPayClient
from boxoffice.services.btcpay.models import ApiKeyInfo
from boxoffice.services.btcpay.pairing import POS_PERMISSIONS
from boxoffice.services.btcpay.permissions import EMAIL_PERMISSION
from boxoffice.services.http import RetryPolicy
from tests.contract import openapi_document
from tests.contract.openapi import required_permissions, validate_request, validate_response
from tests.contract.openapi_document import match_path
from tests.services.btcpay import answers as fx

S = fx.STORE_PATH
I = fx.INVOICE_PATH  # noqa: E741 - short on purpose: it is used in a table below


def payment_methods_json() -> list:
    return [
        fx.onchain_method_json(
            payments=[fx.payment_json()], paymentMethodPaid="0.0002", due="0.00024007"
        ),
        fx.lightning_method_json(),
        fx.lnurl_method_json(),
    ]


# The answer for each documented operation the client uses: (status, JSON body or None).
ANSWERS: dict[tuple[str, str], tuple[int, object]] = {
    ("GET", "/api/v1/server/info"): (200, fx.server_info_json()),
    ("GET", "/api/v1/stores/{storeId}"): (200, fx.store_json()),
    ("GET", "/api/v1/api-keys/current"): (200, fx.api_key_json()),
    ("POST", "/api/v1/stores/{storeId}/invoices"): (200, fx.invoice_json()),
    ("GET", "/api/v1/stores/{storeId}/invoices"): (
        200,
        [fx.invoice_json(), fx.invoice_json(id="Older1", status="Settled")],
    ),
    ("GET", "/api/v1/invoices/{invoiceId}"): (200, fx.invoice_json()),
    ("PUT", "/api/v1/invoices/{invoiceId}"): (200, fx.invoice_json()),
    ("GET", "/api/v1/invoices/{invoiceId}/payment-methods"): (200, payment_methods_json()),
    # 2.3.6+: the invoice as it was before the mark; the client reads it again.
    ("POST", "/api/v1/invoices/{invoiceId}/status"): (200, fx.invoice_json(status="New")),
    ("POST", "/api/v1/stores/{storeId}/email/send"): (200, None),
    ("GET", "/api/v1/stores/{storeId}/email"): (
        200,
        {
            "from": "tickets@example.com",
            "server": "smtp.example.com",
            "port": 587,
            "login": "tickets",
            "disableCertificateCheck": False,
            "passwordSet": True,
        },
    ),
}


@dataclass
class Exchange:
    method: str
    path: str  # with the query string
    body: object
    template: str
    aliased: bool


@dataclass
class Recorder:
    """Serves the ANSWERS (each checked against the spec first) and keeps every request."""

    exchanges: list[Exchange] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.raw_path.decode("ascii")
        body = json.loads(request.content) if request.content else None
        match = match_path(path)
        self.exchanges.append(Exchange(request.method, path, body, match.template, match.aliased))
        status, answer = ANSWERS[(request.method, match.template)]
        validate_response(request.method, path, status, answer)
        if answer is None:
            return httpx.Response(status)
        return httpx.Response(status, json=answer)


@pytest.fixture
def recorder():
    recorder = Recorder()
    with respx.mock(base_url=fx.BASE, assert_all_called=False) as router:
        router.route().mock(side_effect=recorder)
        yield recorder


@pytest.fixture
async def client():
    async with BTCPayClient(
        fx.BASE, fx.API_KEY, fx.STORE_ID, retry=RetryPolicy(attempts=1)
    ) as btcpay:
        yield btcpay


async def _server_info(c):
    await c.server_info()


async def _get_store(c):
    await c.get_store()


async def _current_api_key(c):
    await c.current_api_key()


async def _create_invoice_minimal(c):
    await c.create_invoice(amount=Decimal("12.50"), currency="gbp", metadata={"orderId": "BO-1"})


async def _create_invoice_full(c):
    await c.create_invoice(
        amount=Decimal("1E-8"),
        currency="BTC",
        metadata={
            "orderId": "BO-000123",
            "itemDesc": "2x Adult",
            "buyerEmail": "a@example.com",
            "posData": {"tickets": [{"id": "tt_1", "qty": 2, "price": "6.25"}]},
        },
        expiration_minutes=1,
        payment_methods=["BTC-CHAIN", "BTC-LN"],
        speed_policy="HighSpeed",
        monitoring_minutes=60,
    )


async def _create_invoice_1x_ids(c):
    await c.create_invoice(
        amount=Decimal("5"),
        currency="EUR",
        metadata={},
        payment_methods=["BTC", "BTC-LightningNetwork"],
    )


async def _get_invoice(c):
    await c.get_invoice(fx.INVOICE_ID)


async def _list_invoices(c):
    await c.list_invoices(
        order_ids=["BO-1", "BO-2"], statuses=["New", "Processing"], text_search="BO", take=2
    )


async def _list_invoices_unfiltered(c):
    await c.list_invoices()


async def _get_payment_methods(c):
    await c.get_payment_methods(fx.INVOICE_ID)


async def _mark_invalid(c):
    await c.mark_invoice_status(fx.INVOICE_ID, "Invalid")


async def _mark_settled(c):
    await c.mark_invoice_status(fx.INVOICE_ID, "Settled")


async def _update_metadata(c):
    await c.update_invoice_metadata(fx.INVOICE_ID, {"ticketIds": ["it_1", "it_2"], "n": 2})


async def _send_email(c):
    await c.send_email(to="a@example.com", subject="Your tickets", body="Thank you.\nSee you!")


async def _email_settings(c):
    settings = await c.email_settings()
    assert settings.configured and settings.sender == "tickets@example.com"


CALLS = {
    "server_info": (_server_info, ["GET /api/v1/server/info"]),
    "get_store": (_get_store, ["GET /api/v1/stores/{storeId}"]),
    "current_api_key": (_current_api_key, ["GET /api/v1/api-keys/current"]),
    "create_invoice_minimal": (
        _create_invoice_minimal,
        ["POST /api/v1/stores/{storeId}/invoices"],
    ),
    "create_invoice_full": (_create_invoice_full, ["POST /api/v1/stores/{storeId}/invoices"]),
    "create_invoice_1x_ids": (
        _create_invoice_1x_ids,
        ["POST /api/v1/stores/{storeId}/invoices"],
    ),
    "get_invoice": (_get_invoice, ["GET /api/v1/invoices/{invoiceId}"]),
    # Two invoices per answer and a page size of 2: the client asks for a second page.
    "list_invoices": (
        _list_invoices,
        ["GET /api/v1/stores/{storeId}/invoices", "GET /api/v1/stores/{storeId}/invoices"],
    ),
    "list_invoices_unfiltered": (
        _list_invoices_unfiltered,
        ["GET /api/v1/stores/{storeId}/invoices"],
    ),
    "get_payment_methods": (
        _get_payment_methods,
        ["GET /api/v1/invoices/{invoiceId}/payment-methods"],
    ),
    # The mark's answer is the invoice before it (2.3.6+): the client reads it again.
    "mark_invalid": (
        _mark_invalid,
        ["POST /api/v1/invoices/{invoiceId}/status", "GET /api/v1/invoices/{invoiceId}"],
    ),
    "mark_settled": (
        _mark_settled,
        ["POST /api/v1/invoices/{invoiceId}/status", "GET /api/v1/invoices/{invoiceId}"],
    ),
    "update_invoice_metadata": (
        _update_metadata,
        ["GET /api/v1/invoices/{invoiceId}", "PUT /api/v1/invoices/{invoiceId}"],
    ),
    "send_email": (_send_email, ["POST /api/v1/stores/{storeId}/email/send"]),
    "email_settings": (_email_settings, ["GET /api/v1/stores/{storeId}/email"]),
}


@pytest.mark.parametrize("name", list(CALLS))
async def test_client_requests_match_the_spec(name, recorder, client):
    call, expected = CALLS[name]
    await call(client)
    assert [f"{e.method} {e.template}" for e in recorder.exchanges] == expected
    for exchange in recorder.exchanges:
        validate_request(exchange.method, exchange.path, exchange.body)
        # Store-scoped routes everywhere: they work from 1.x to 2.4 (reference §0).
        assert exchange.path.startswith(f"/api/v1/stores/{fx.STORE_ID}") or not (
            exchange.template.startswith("/api/v1/invoices")
        )
        if exchange.template.startswith("/api/v1/invoices"):
            assert exchange.aliased


@pytest.mark.parametrize("name", list(CALLS))
async def test_pos_key_has_the_permissions_each_call_needs(name, recorder, client):
    call, _ = CALLS[name]
    await call(client)
    pos_key = ApiKeyInfo("pos", tuple(f"{p}:{fx.STORE_ID}" for p in POS_PERMISSIONS))
    # Reading the e-mail settings needs store-admin power; sending only cansendstoreemails.
    email_key = ApiKeyInfo("email", (f"btcpay.store.canmodifystoresettings:{fx.STORE_ID}",))
    for exchange in recorder.exchanges:
        key = email_key if "/email" in exchange.template else pos_key
        for permission in required_permissions(exchange.method, exchange.path):
            assert key.allows(permission, fx.STORE_ID), (exchange.path, permission)


# Error answers the client tests use: all must be what Greenfield really sends.
ERROR_FIXTURES = [
    ("POST", f"{I}/status", 422, fx.validation_problems_json()),
    ("POST", f"{I}/status", 403, fx.MISSING_PERMISSION),
    ("POST", f"{S}/invoices", 400, fx.problem_json("generic-error", "No wallet")),
    ("GET", I, 404, fx.problem_json("invoice-not-found", "The invoice was not found")),
    # 2.3.6+: an unknown invoice fails the permission check (the document says 404).
    (
        "GET",
        I,
        403,
        fx.problem_json(
            "missing-permission", "Insufficient", missingPermission=("btcpay.store.canviewinvoices")
        ),
    ),
    ("POST", f"{S}/email/send", 422, [{"path": "Email", "message": "Invalid email"}]),
    ("GET", "/api/v1/api-keys/current", 401, fx.problem_json("unauthenticated", "Unknown key")),
    ("GET", S, 410, fx.problem_json("unsupported-in-v2", "Gone")),
    ("GET", S, 404, None),
    ("GET", I, 503, None),
]


@pytest.mark.parametrize(("method", "path", "status", "body"), ERROR_FIXTURES)
def test_error_fixtures_match_greenfield(method, path, status, body):
    validate_response(method, path, status, body)


def test_success_fixture_variants_match_the_spec():
    validate_response("GET", I, 200, fx.invoice_json(paidAmount="12.50", status="Settled"))
    validate_response("GET", I, 200, fx.invoice_json(checkout=None, receipt=None))
    validate_response("GET", I, 200, fx.invoice_json(status="Expired", additionalStatus="PaidLate"))
    validate_response(
        "GET",
        f"{I}/payment-methods",
        200,
        [fx.onchain_method_json(payments=[fx.payment_json(status="Processing")])],
    )


# -- the helpers catch what they should -----------------------------------------------------


def _fails(check, *args) -> str:
    with pytest.raises(AssertionError) as caught:
        check(*args)
    return str(caught.value)


def test_misspelled_or_mistyped_invoice_fields_are_caught():
    assert "storeID" in _fails(
        validate_response, "GET", I, 200, {**fx.invoice_json(), "storeID": "x"}
    )
    message = _fails(validate_response, "GET", I, 200, fx.invoice_json(amount=12.5))
    assert "$.amount" in message
    assert "1e-8" in _fails(validate_response, "GET", I, 200, fx.invoice_json(amount="1e-8"))
    assert "$.status" in _fails(validate_response, "GET", I, 200, fx.invoice_json(status="Paid"))
    message = _fails(
        validate_response, "GET", I, 200, fx.invoice_json(checkout={"speedPolicy": "Fast"})
    )
    assert "'Fast' is not one of" in message


def test_a_single_invoice_may_carry_payment_methods_but_nothing_unknown():
    with_methods = fx.invoice_json(paymentMethods=payment_methods_json())
    validate_response("GET", I, 200, with_methods)
    assert "paymentMethods" in _fails(validate_response, "POST", f"{S}/invoices", 200, with_methods)
    bad_method = fx.invoice_json(paymentMethods=[{"paymentMethod": "BTC"}])
    assert "paymentMethod" in _fails(validate_response, "GET", I, 200, bad_method)


def test_1x_payment_method_fields_are_not_in_the_2x_spec():
    # 1.x answers are read by the client (tests/services) but are not 2.4 answers.
    old = fx.onchain_method_json()
    old["cryptoCode"] = old.pop("currency")
    assert "cryptoCode" in _fails(validate_response, "GET", f"{I}/payment-methods", 200, [old])


def test_error_bodies_follow_the_server_not_the_document():
    # 422 is an array of {path, message}; a {code, message} object there is wrong...
    _fails(validate_response, "POST", f"{I}/status", 422, fx.problem_json("x", "y"))
    _fails(validate_response, "POST", f"{I}/status", 422, [{"message": "no path"}])
    # ...and a 400 is {code, message}, even where the document promises the array.
    _fails(validate_response, "POST", f"{I}/status", 400, fx.validation_problems_json())
    _fails(validate_response, "POST", f"{I}/status", 403, {"message": "no code"})
    _fails(validate_response, "POST", f"{I}/status", 403, None)


def test_undocumented_success_and_unexpected_bodies_are_caught():
    assert "does not document HTTP 201" in _fails(
        validate_response, "POST", f"{S}/invoices", 201, fx.invoice_json()
    )
    assert "no body" in _fails(validate_response, "POST", f"{S}/email/send", 200, {"ok": True})
    assert "empty" in _fails(validate_response, "GET", I, 200, None)


def test_request_checks():
    assert "takes no request body" in _fails(validate_request, "GET", I, {"x": 1})
    assert "required" in _fails(validate_request, "POST", f"{S}/invoices", None)
    message = _fails(validate_request, "GET", f"{S}/invoices?orderIds=a&status=Paid", None)
    assert "'orderIds' is not documented" in message
    assert "status='Paid'" in message
    assert "lazy" in _fails(
        validate_request, "POST", f"{S}/invoices", {"checkout": {"lazy": False}}
    )
    assert "$.amount" in _fails(validate_request, "POST", f"{S}/invoices", {"amount": 12.5})
    assert "'to' was unexpected" in _fails(
        validate_request, "POST", f"{S}/email/send", {"to": "a@example.com"}
    )
    validate_request("GET", f"{S}/invoices?skip=0&take=10&includePaymentMethods=true", None)


def test_paths_and_methods():
    assert "not in the Greenfield OpenAPI document" in _fails(
        validate_request, "GET", "/api/v1/stores/x/tickets", None
    )
    assert "documented methods: GET, POST" in _fails(validate_request, "PATCH", f"{S}/invoices", {})
    scoped = match_path(f"{I}/payment-methods?onlyAccountedPayments=false")
    assert scoped.template == "/api/v1/invoices/{invoiceId}/payment-methods"
    assert scoped.params == {"storeId": fx.STORE_ID, "invoiceId": fx.INVOICE_ID}
    assert scoped.aliased
    short = match_path(f"/api/v1/invoices/{fx.INVOICE_ID}")
    assert (short.template, short.aliased) == ("/api/v1/invoices/{invoiceId}", False)
    # A literal segment beats a parameter in the same place.
    assert match_path(f"{S}/invoices").template == "/api/v1/stores/{storeId}/invoices"


def test_required_permissions_with_the_api_keys_correction():
    assert required_permissions("POST", f"{S}/invoices") == ["btcpay.store.cancreateinvoice"]
    assert required_permissions("POST", f"{I}/status") == ["btcpay.store.canmodifyinvoices"]
    assert required_permissions("POST", f"{S}/email/send") == [EMAIL_PERMISSION]
    # The document says canmanageusers; any valid key may ask (swagger README).
    assert required_permissions("GET", "/api/v1/api-keys/current") == []


def test_missing_document_fails_loudly(tmp_path: Path):
    with pytest.raises(AssertionError, match="missing"):
        openapi_document._Spec(tmp_path / "greenfield.json")


def test_the_document_is_the_one_the_reference_describes():
    document = openapi_document.spec().document
    assert document["openapi"].startswith("3.0")
    assert len(document["paths"]) == 134
    assert len(document["components"]["schemas"]) == 175


# -- the known errors of the document (tests/contract/openapi.py) ---------------------------


def test_the_email_send_400_the_document_lists_is_refused():
    with pytest.raises(AssertionError, match="never answers HTTP 400"):
        validate_response(
            "POST", f"{S}/email/send", 400, fx.problem_json("generic-error", "SMTP not configured")
        )


def test_a_fractional_minutes_value_is_refused_though_the_document_says_number():
    body = {"amount": "1", "currency": "GBP", "checkout": {"expirationMinutes": 15.0}}
    with pytest.raises(AssertionError, match="Invalid timespan"):
        validate_request("POST", f"{S}/invoices", body)
    validate_request("POST", f"{S}/invoices", {**body, "checkout": {"expirationMinutes": 15}})


def test_an_echo_of_fractional_minutes_is_refused():
    invoice = fx.invoice_json()
    invoice["checkout"] = {**invoice["checkout"], "expirationMinutes": 7.5}
    with pytest.raises(AssertionError, match="whole minutes"):
        validate_response("GET", I, 200, invoice)


def test_a_403_must_name_the_missing_permission():
    with pytest.raises(AssertionError):
        validate_response("GET", I, 403, fx.problem_json("forbidden", "no"))


def test_real_policies_replace_the_documented_ones():
    assert required_permissions("POST", f"{S}/email/send") == ["btcpay.store.cansendstoreemails"]
    assert required_permissions("POST", f"{I}/refund") == [
        "btcpay.store.cancreatenonapprovedpullpayments"
    ]
