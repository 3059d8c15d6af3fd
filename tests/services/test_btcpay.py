"""BTCPay Greenfield client: requests sent, answers read, failures mapped (all through respx).

The `*_json()` builders below are the answers of a 2.x server (BTCPay Server's
GreenfieldInvoiceController.cs and its OpenAPI document);
tests/contract/test_btcpay_client_contract.py checks them against that document, so they stay
honest. The 1.x variants are not checked there (the document describes 2.4); they follow the 1.x
field names (v1.13.7 source).
"""

from __future__ import annotations

import json
import logging
from decimal import Decimal

import httpx
import pytest
import respx

from boxoffice.services.btcpay.client import BTCPayClient, field_problem
from boxoffice.services.btcpay.models import ApiKeyInfo, Invoice, InvoicePaymentMethod
from boxoffice.services.btcpay.pairing import POS_PERMISSIONS, authorize_url
from boxoffice.services.btcpay.payment_methods import (
    classify_payment_method,
    payment_method_ids_for,
)
from boxoffice.services.btcpay.permissions import EMAIL_PERMISSION
from boxoffice.services.errors import (
    AuthenticationError,
    MalformedResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitedError,
    UnavailableError,
    ValidationError,
)
from boxoffice.services.http import RetryPolicy

BASE = "https://btcpay.example.com"
CAN_VIEW = "btcpay.store.canviewinvoices"
API_KEY = "0f3c9a7e5b1d2c4a6e8f0b1c3d5e7f9a2b4c6d8e"
STORE_ID = "9CiNzKoANXxmk5ayZngSXrHTiVvvgCrwrpFQd4m2K776"
INVOICE_ID = "HMprBnL9BTXWuPvpoKBS6e"
STORE_PATH = f"/api/v1/stores/{STORE_ID}"
INVOICE_PATH = f"{STORE_PATH}/invoices/{INVOICE_ID}"

BECH32_ADDRESS = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"
BOLT11 = (
    "lnbc440070n1pjhm9ugpp5x7tqy0k4u0pt5ydcqyrl5t0pvm5dhq9mw0gp8wzrgq0dqhj4c4qsdqqcqzzsxqyz5vq"
    "sp5r3nuzqj2wm6hzwl7nsqcjx3gcqf8qxnctpq3xw8g8yq6n6l0u8hs9qyyssq0vfh3g8a4hdqshm0t0v0wd7vl0f"
)
LNURL = (
    "lnurl1dp68gurn8ghj7um9wfmxjcm99e3k7mf0v9cxj0m385ekvcenxc6r2c35xvukxefcv5mkvv34x5ekzd3ev5"
    "6nyd3hxqurzepexejxxepnxscrvwfnv9nxzcn9xq6xyefhvgcxxcmyxymnserxfq5fns"
)


# -- answers of a 2.x server --------------------------------------------------------------


def server_info_json(**changes) -> dict:
    data = {
        "version": "2.4.1",
        "onion": "btcpayexampleonionaddressxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.onion",
        "supportedPaymentMethods": ["BTC-CHAIN", "BTC-LN", "BTC-LNURL"],
        "fullySynched": True,
        "syncStatus": [
            {
                "paymentMethodId": "BTC-CHAIN",
                "chainHeight": 900000,
                "syncHeight": 900000,
                "available": True,
                "nodeInformation": {
                    "headers": 900000,
                    "blocks": 900000,
                    "verificationProgress": 1.0,
                },
            }
        ],
    }
    return {**data, **changes}


def store_json(**changes) -> dict:
    data = {
        "id": STORE_ID,
        "name": "Village Hall",
        "website": None,
        "defaultCurrency": "GBP",
        "invoiceExpiration": 900,
        "monitoringExpiration": 86400,
        "displayExpirationTimer": 300,
        "speedPolicy": "HighSpeed",
        "lightningDescriptionTemplate": "Paid to {StoreName} (Order ID: {OrderId})",
        "paymentTolerance": 0.0,
        "anyoneCanCreateInvoice": False,
        "lightningAmountInSatoshi": False,
        "onChainWithLnInvoiceFallback": True,
        "redirectAutomatically": False,
        "lazyPaymentMethods": False,
        "defaultPaymentMethod": "BTC-CHAIN",
        "archived": False,
    }
    return {**data, **changes}


def api_key_json(permissions=None, **changes) -> dict:
    if permissions is None:
        permissions = [f"{p}:{STORE_ID}" for p in POS_PERMISSIONS[:3]]
    data = {"apiKey": API_KEY, "label": "Box Office", "permissions": permissions}
    return {**data, **changes}


def invoice_json(**changes) -> dict:
    data = {
        "id": INVOICE_ID,
        "storeId": STORE_ID,
        "amount": "12.50",
        "paidAmount": "0.00",
        "currency": "GBP",
        "type": "Standard",
        "checkoutLink": f"{BASE}/i/{INVOICE_ID}",
        "createdTime": 1767225600,
        "expirationTime": 1767226200,
        "monitoringExpiration": 1767229800,
        "status": "New",
        "additionalStatus": "None",
        "availableStatusesForManualMarking": ["Settled", "Invalid"],
        "archived": False,
        "metadata": {"orderId": "BO-000123", "itemDesc": "2x Adult"},
        "checkout": {
            "speedPolicy": "HighSpeed",
            "paymentMethods": ["BTC-CHAIN", "BTC-LN"],
            "defaultPaymentMethod": None,
            "lazyPaymentMethods": False,
            "expirationMinutes": 10,
            "monitoringMinutes": 60,
            "paymentTolerance": 0.0,
            "redirectURL": None,
            "redirectAutomatically": False,
            "defaultLanguage": None,
        },
        "receipt": {"enabled": True, "showQR": None, "showPayments": None},
    }
    return {**data, **changes}


def payment_json(**changes) -> dict:
    data = {
        "id": "3b4f6a0b9d2e1c8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f-0",
        "receivedDate": 1767225700,
        "value": "0.00020000",
        "fee": "0.00000141",
        "status": "Settled",
        "destination": BECH32_ADDRESS,
    }
    return {**data, **changes}


def onchain_method_json(**changes) -> dict:
    data = {
        "paymentMethodId": "BTC-CHAIN",
        "currency": "BTC",
        "destination": BECH32_ADDRESS,
        "paymentLink": f"bitcoin:{BECH32_ADDRESS}?amount=0.00044007",
        "rate": "28403.73",
        "paymentMethodPaid": "0",
        "totalPaid": "0",
        "due": "0.00044007",
        "amount": "0.00044007",
        "paymentMethodFee": "0.00000000",
        "payments": [],
        "activated": True,
        "additionalData": {
            "keyPath": "0/5",
            "payjoinEnabled": False,
            "recommendedFeeRate": "4.107",
            "paymentMethodFeeRate": "0",
        },
    }
    return {**data, **changes}


def lightning_method_json(**changes) -> dict:
    data = {
        "paymentMethodId": "BTC-LN",
        "currency": "BTC",
        "destination": BOLT11,
        "paymentLink": f"lightning:{BOLT11}",
        "rate": "28403.73",
        "paymentMethodPaid": "0",
        "totalPaid": "0",
        "due": "0.00044007",
        "amount": "0.00044007",
        "paymentMethodFee": "0",
        "payments": [],
        "activated": True,
        "additionalData": {},
    }
    return {**data, **changes}


def lnurl_method_json(**changes) -> dict:
    data = {
        "paymentMethodId": "BTC-LNURL",
        "currency": "BTC",
        "destination": "",
        "paymentLink": f"lightning:{LNURL}",
        "rate": "28403.73",
        "paymentMethodPaid": "0",
        "totalPaid": "0",
        "due": "0.00044007",
        "amount": "0.00044007",
        "paymentMethodFee": "0",
        "payments": [],
        "activated": True,
        "additionalData": {"providedComment": None, "consumedLightningAddress": None},
    }
    return {**data, **changes}


def validation_problems_json() -> list:
    return [
        {
            "path": "Status",
            "message": "Status can only be marked to invalid or settled within certain conditions.",
        }
    ]


def problem_json(code: str, message: str, **extra) -> dict:
    return {"code": code, "message": message, **extra}


MISSING_PERMISSION = problem_json(
    "missing-permission",
    "Insufficient API Permissions. Please use an API key with permission: "
    "btcpay.store.canmodifyinvoices",
    missingPermission="btcpay.store.canmodifyinvoices",
)


# -- fixtures -----------------------------------------------------------------------------


@pytest.fixture
def api():
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        yield router


@pytest.fixture
async def client(sleeps):
    async with BTCPayClient(
        BASE, API_KEY, STORE_ID, retry=RetryPolicy(attempts=3, sleep=sleeps)
    ) as btcpay:
        yield btcpay


def sent_json(route) -> object:
    return json.loads(route.calls.last.request.content)


# -- authentication and secrecy -----------------------------------------------------------


async def test_every_request_authenticates_with_token_scheme(api, client):
    routes = [
        api.get("/api/v1/server/info").respond(json=server_info_json()),
        api.get(STORE_PATH).respond(json=store_json()),
        api.get(INVOICE_PATH).respond(json=invoice_json()),
        api.post(f"{STORE_PATH}/invoices").respond(json=invoice_json()),
    ]
    await client.server_info()
    await client.get_store()
    await client.get_invoice(INVOICE_ID)
    await client.create_invoice(amount=Decimal("12.50"), currency="GBP", metadata={})
    for route in routes:
        # 1.x accepts only "token"; "Bearer" would be refused there (reference §2).
        assert route.calls.last.request.headers["Authorization"] == f"token {API_KEY}"


async def test_api_key_never_shows_in_repr_errors_or_logs(api, client, caplog):
    caplog.set_level(logging.DEBUG)
    assert API_KEY not in repr(client)
    assert API_KEY not in str(client)
    assert STORE_ID in repr(client)
    # A server (or proxy) that echoes the key back in its message.
    api.get(STORE_PATH).respond(
        401, json=problem_json("unauthenticated", f"Unknown API Key {API_KEY}")
    )
    with pytest.raises(AuthenticationError) as caught:
        await client.get_store()
    api.get("/api/v1/server/info").mock(side_effect=httpx.ConnectError(f"token {API_KEY}"))
    with pytest.raises(UnavailableError) as unreachable:
        await client.server_info()
    for error in (caught.value, unreachable.value):
        assert API_KEY not in str(error)
        assert API_KEY not in repr(error)
        assert all(API_KEY not in str(arg) for arg in error.args)
    assert "retrying" in caplog.text  # the retries were logged...
    assert API_KEY not in caplog.text  # ...without the key


async def test_current_api_key_reads_permissions_and_drops_the_key_itself(api, client):
    api.get("/api/v1/api-keys/current").respond(json=api_key_json())
    info = await client.current_api_key()
    assert info.label == "Box Office"
    assert info.permissions == tuple(f"{p}:{STORE_ID}" for p in POS_PERMISSIONS[:3])
    assert info.store_ids == {STORE_ID}
    assert API_KEY not in repr(info)
    assert API_KEY not in str(vars(info))


def test_constructor_rejects_missing_key_or_store():
    with pytest.raises(ValueError):
        BTCPayClient(BASE, "  ", STORE_ID)
    with pytest.raises(ValueError):
        BTCPayClient(BASE, API_KEY, "")


# -- permissions and pairing --------------------------------------------------------------


@pytest.mark.parametrize(
    ("granted", "wanted", "expected"),
    [
        ("unrestricted", "btcpay.store.canmodifystoresettings", True),
        ("unrestricted", "btcpay.server.canmodifyserversettings", True),
        ("btcpay.store.canmodifystoresettings", "btcpay.store.canviewstoresettings", True),
        ("btcpay.store.canmodifystoresettings", "btcpay.store.canmodifyinvoices", True),
        ("btcpay.store.canmodifystoresettings", "btcpay.store.cancreateinvoice", True),
        ("btcpay.store.canmodifystoresettings", "btcpay.store.webhooks.canmodifywebhooks", True),
        ("btcpay.store.canmodifystoresettings", "btcpay.store.cansendstoreemails", True),
        ("btcpay.store.canmodifyinvoices", "btcpay.store.canviewinvoices", True),
        ("btcpay.store.canmodifyinvoices", "btcpay.store.cancreateinvoice", True),
        # canmanageinvoicestatus does not exist in 2.4.1: nothing grants it (B17).
        ("btcpay.store.canmodifyinvoices", "btcpay.store.canmanageinvoicestatus", False),
        ("btcpay.store.canmanagepullpayments", "btcpay.store.canviewpullpayments", False),
        ("btcpay.store.canmodifyinvoices", "btcpay.store.canviewstoresettings", False),
        ("btcpay.store.canmodifyinvoices", "btcpay.store.canmodifystoresettings", False),
        ("btcpay.store.canviewstoresettings", "btcpay.store.canviewinvoices", True),
        ("btcpay.store.canviewstoresettings", "btcpay.store.cancreateinvoice", False),
        ("btcpay.store.cancreateinvoice", "btcpay.store.canviewinvoices", False),
        ("btcpay.store.canviewinvoices", "btcpay.store.canmodifyinvoices", False),
        ("BTCPAY.STORE.CanModifyInvoices", "btcpay.store.canviewinvoices", True),
    ],
)
def test_permission_inclusion_tree(granted, wanted, expected):
    assert ApiKeyInfo("k", (granted,)).allows(wanted, STORE_ID) is expected


def test_scoped_permissions_apply_only_to_their_store():
    info = ApiKeyInfo("k", (f"btcpay.store.canmodifyinvoices:{STORE_ID}",))
    assert info.allows("btcpay.store.cancreateinvoice", STORE_ID)
    assert not info.allows("btcpay.store.cancreateinvoice", "OtherStore")
    # Without a store the question is "for every store", which a scoped grant is not.
    assert not info.allows("btcpay.store.cancreateinvoice")
    assert info.allows(f"btcpay.store.cancreateinvoice:{STORE_ID}")
    unscoped = ApiKeyInfo("k", ("btcpay.store.canmodifyinvoices",))
    assert unscoped.allows("btcpay.store.cancreateinvoice", "AnyStore")
    assert unscoped.allows("btcpay.store.cancreateinvoice")
    assert unscoped.store_ids == set()


def test_store_ids_and_missing_permissions():
    info = ApiKeyInfo(
        None,
        (
            "btcpay.store.canviewstoresettings:StoreA",
            "btcpay.store.cancreateinvoice:StoreB",
            "btcpay.user.canviewprofile",
            "btcpay.store.canmodifyinvoices:",  # an empty scope is unscoped
        ),
    )
    assert info.store_ids == {"StoreA", "StoreB"}
    assert info.missing(POS_PERMISSIONS[:3], "StoreB") == ["btcpay.store.canviewstoresettings"]
    assert info.missing([EMAIL_PERMISSION], "StoreA") == [EMAIL_PERMISSION]


def test_pos_permissions_are_minimal_and_email_needs_store_settings():
    assert set(POS_PERMISSIONS) == {
        "btcpay.store.canviewstoresettings",
        "btcpay.store.cancreateinvoice",
        "btcpay.store.canmodifyinvoices",
        "btcpay.store.canmanageinvoicestatus",
    }
    # Sending needs cansendstoreemails from 2.4.0 (GreenfieldStoreEmailController.cs), which
    # canmodifystoresettings includes; a key with either is accepted.
    assert EMAIL_PERMISSION == "btcpay.store.cansendstoreemails"
    assert not ApiKeyInfo("pos", POS_PERMISSIONS).allows(EMAIL_PERMISSION, STORE_ID)
    assert ApiKeyInfo("admin", ("btcpay.store.canmodifystoresettings",)).allows(EMAIL_PERMISSION)


def test_authorize_url_repeats_permissions_and_spells_out_the_flags():
    url = httpx.URL(
        authorize_url(
            f"{BASE}/",
            permissions=POS_PERMISSIONS,
            application_name="Box Office",
            redirect="http://127.0.0.1:53117/callback/abc",
            application_identifier="boxoffice",
        )
    )
    assert url.path == "/api-keys/authorize"
    assert url.params.get_list("permissions") == list(POS_PERMISSIONS)
    assert url.params["applicationName"] == "Box Office"
    assert url.params["selectiveStores"] == "true"
    assert url.params["strict"] == "true"
    assert url.params["redirect"] == "http://127.0.0.1:53117/callback/abc"
    assert url.params["applicationIdentifier"] == "boxoffice"


def test_authorize_url_without_redirect_leaves_out_redirect_and_identifier():
    url = httpx.URL(
        authorize_url(
            BASE,
            permissions=["btcpay.store.cancreateinvoice"],
            application_name="Box Office",
            redirect=None,
            application_identifier="boxoffice",
            selective_stores=False,
            strict=False,
        )
    )
    assert "redirect" not in url.params
    assert "applicationIdentifier" not in url.params
    assert url.params["selectiveStores"] == "false"
    assert url.params["strict"] == "false"


# -- server and store ---------------------------------------------------------------------


async def test_server_info_2x(api, client):
    api.get("/api/v1/server/info").respond(json=server_info_json())
    info = await client.server_info()
    assert info.version == "2.4.1"
    assert info.supported_payment_methods == ("BTC-CHAIN", "BTC-LN", "BTC-LNURL")
    assert info.fully_synched is True
    assert not info.is_v1


async def test_server_info_1x_with_internal_ids_and_unknown_fields(api, client):
    api.get("/api/v1/server/info").respond(
        json={
            "version": "1.13.7",
            "supportedPaymentMethods": ["BTC", "BTC_LightningLike", "BTC_LNURLPAY"],
            "fullySynched": False,
            "syncStatus": [{"cryptoCode": "BTC", "available": False}],
            "somethingNew": {"x": 1},
        }
    )
    info = await client.server_info()
    assert info.is_v1
    assert info.fully_synched is False
    assert [classify_payment_method(p) for p in info.supported_payment_methods] == [
        "onchain",
        "lightning",
        "lnurl",
    ]


async def test_get_store_reads_settings(api, client):
    api.get(STORE_PATH).respond(json=store_json())
    store = await client.get_store()
    assert (store.id, store.name, store.default_currency) == (STORE_ID, "Village Hall", "GBP")
    assert (store.invoice_expiration, store.monitoring_expiration) == (900, 86400)
    assert store.speed_policy == "HighSpeed"


async def test_get_store_defaults_when_fields_are_absent(api, client):
    api.get(STORE_PATH).respond(json={"id": STORE_ID, "name": "Bare"})
    store = await client.get_store()
    assert store.invoice_expiration == 900
    assert store.monitoring_expiration == 86400
    assert store.speed_policy is None


# -- invoices -----------------------------------------------------------------------------


async def test_create_invoice_sends_strings_and_only_given_checkout_options(api, client):
    route = api.post(f"{STORE_PATH}/invoices").respond(json=invoice_json())
    metadata = {"orderId": "BO-000123", "posData": {"cart": [{"id": "adult", "qty": 2}]}}
    invoice = await client.create_invoice(
        amount=Decimal("12.50"), currency="gbp", metadata=metadata
    )
    assert sent_json(route) == {
        "amount": "12.50",
        "currency": "GBP",
        "metadata": metadata,
        "checkout": {"lazyPaymentMethods": False},
    }
    assert invoice.id == INVOICE_ID
    assert invoice.amount == Decimal("12.5")
    assert invoice.order_id == "BO-000123"


async def test_create_invoice_with_every_checkout_option(api, client):
    route = api.post(f"{STORE_PATH}/invoices").respond(json=invoice_json())
    await client.create_invoice(
        amount=Decimal("1500"),
        currency="JPY",
        metadata={"orderId": "BO-1"},
        expiration_minutes=1,
        payment_methods=["BTC-CHAIN", "BTC-LN"],
        speed_policy="HighSpeed",
        monitoring_minutes=60,
    )
    assert sent_json(route)["checkout"] == {
        "lazyPaymentMethods": False,
        "speedPolicy": "HighSpeed",
        "paymentMethods": ["BTC-CHAIN", "BTC-LN"],
        "expirationMinutes": 1,
        "monitoringMinutes": 60,
    }


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (Decimal("1E+2"), "100"),
        (Decimal("0.00000001"), "0.00000001"),
        (Decimal("1E-8"), "0.00000001"),
        (Decimal("5.0"), "5.0"),
        (7, "7"),
    ],
)
async def test_amounts_never_use_exponent_notation(api, client, amount, text):
    route = api.post(f"{STORE_PATH}/invoices").respond(json=invoice_json())
    await client.create_invoice(amount=amount, currency="EUR", metadata={})
    assert sent_json(route)["amount"] == text
    assert isinstance(sent_json(route)["amount"], str)


async def test_float_amount_is_refused_before_anything_is_sent(api, client):
    route = api.post(f"{STORE_PATH}/invoices").respond(json=invoice_json())
    with pytest.raises(TypeError):
        await client.create_invoice(amount=12.5, currency="EUR", metadata={})
    assert not route.called


async def test_create_invoice_is_never_retried(api, client, sleeps):
    route = api.post(f"{STORE_PATH}/invoices").respond(503, json=problem_json("x", "down"))
    with pytest.raises(UnavailableError):
        await client.create_invoice(amount=Decimal("1"), currency="EUR", metadata={})
    assert route.call_count == 1
    assert sleeps.delays == []


async def test_create_invoice_timeout_is_not_retried_and_means_unknown_outcome(api, client):
    route = api.post(f"{STORE_PATH}/invoices").mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(UnavailableError) as caught:
        await client.create_invoice(amount=Decimal("1"), currency="EUR", metadata={})
    assert route.call_count == 1
    assert caught.value.transient


async def test_create_invoice_generic_error_shows_the_server_message(api, client):
    api.post(f"{STORE_PATH}/invoices").respond(
        400,
        json=problem_json(
            "generic-error", "No wallet has been linked to your BTCPay Store. See the store."
        ),
    )
    with pytest.raises(ValidationError) as caught:
        await client.create_invoice(amount=Decimal("1"), currency="EUR", metadata={})
    assert caught.value.code == "generic-error"
    assert caught.value.status == 400
    assert "No wallet has been linked" in str(caught.value)


async def test_get_invoice_uses_store_scoped_path_and_tolerates_unknown_values(api, client):
    route = api.get(INVOICE_PATH).respond(
        json=invoice_json(
            status="Refunded",  # not a status today: must not break the client
            additionalStatus="SomethingNew",
            paidAmount=None,
            futureField={"a": 1},
        )
    )
    invoice = await client.get_invoice(INVOICE_ID)
    assert route.called
    assert (invoice.status, invoice.additional_status) == ("Refunded", "SomethingNew")
    assert invoice.paid_amount is None
    assert invoice.raw["futureField"] == {"a": 1}
    assert invoice.available_statuses_for_manual_marking == ("Settled", "Invalid")
    assert invoice.expiration_time == 1767226200


async def test_invoice_from_an_old_server_without_optional_fields():
    invoice = Invoice.from_api({"id": "X", "amount": "5", "status": "Expired"})
    assert invoice.amount == Decimal(5)
    assert invoice.paid_amount is None
    assert invoice.metadata == {}
    assert invoice.additional_status == "None"
    assert invoice.available_statuses_for_manual_marking == ()
    assert invoice.created_time is None


async def test_get_invoice_not_found(api, client):
    api.get(INVOICE_PATH).respond(
        404, json=problem_json("invoice-not-found", "The invoice was not found")
    )
    with pytest.raises(NotFoundError) as caught:
        await client.get_invoice(INVOICE_ID)
    assert caught.value.code == "invoice-not-found"
    assert "The invoice was not found" in str(caught.value)


async def test_list_invoices_repeats_filters_and_pages_until_a_short_page(api, client):
    invoices = [invoice_json(id=f"INV{i}") for i in range(5)]

    def page(request: httpx.Request) -> httpx.Response:
        skip = int(request.url.params["skip"])
        take = int(request.url.params["take"])
        return httpx.Response(200, json=invoices[skip : skip + take])

    route = api.get(f"{STORE_PATH}/invoices").mock(side_effect=page)
    found = await client.list_invoices(
        order_ids=["BO-1", "BO-2"], statuses=["New", "Processing"], text_search="x", take=2
    )
    assert [i.id for i in found] == [f"INV{i}" for i in range(5)]
    assert route.call_count == 3
    params = route.calls[0].request.url.params
    assert params.get_list("orderId") == ["BO-1", "BO-2"]
    assert params.get_list("status") == ["New", "Processing"]
    assert params["textSearch"] == "x"
    assert [c.request.url.params["skip"] for c in route.calls] == ["0", "2", "4"]


async def test_list_invoices_skips_repeats_and_stops_if_skip_is_ignored(api, client):
    same_page = [invoice_json(id="A"), invoice_json(id="B")]
    route = api.get(f"{STORE_PATH}/invoices").respond(json=same_page)
    found = await client.list_invoices(take=2)
    assert [i.id for i in found] == ["A", "B"]
    assert route.call_count == 2  # the second page added nothing new: stop


async def test_list_invoices_empty(api, client):
    route = api.get(f"{STORE_PATH}/invoices").respond(json=[])
    assert await client.list_invoices(order_ids=["nothing"]) == []
    assert route.calls.last.request.url.params["take"] == "100"


async def test_mark_invoice_status_reads_the_invoice_again(api, client):
    # 2.3.6+ answers with the invoice as it was before the mark (MarkInvoiceStatus): the body
    # is not trusted, the invoice is read again.
    route = api.post(f"{INVOICE_PATH}/status").respond(json=invoice_json(status="New"))
    api.get(INVOICE_PATH).respond(json=invoice_json(status="Invalid", additionalStatus="Marked"))
    invoice = await client.mark_invoice_status(INVOICE_ID, "Invalid")
    assert sent_json(route) == {"status": "Invalid"}
    assert (invoice.status, invoice.additional_status) == ("Invalid", "Marked")


async def test_mark_invoice_status_refused_gives_field_problems(api, client):
    api.post(f"{INVOICE_PATH}/status").respond(422, json=validation_problems_json())
    with pytest.raises(ValidationError) as caught:
        await client.mark_invoice_status(INVOICE_ID, "Settled")
    error = caught.value
    assert error.status == 422
    assert [(p.path, p.message) for p in error.problems] == [
        ("Status", validation_problems_json()[0]["message"])
    ]
    assert "Status: Status can only be marked" in str(error)


async def test_missing_permission_names_it(api, client):
    api.post(f"{INVOICE_PATH}/status").respond(403, json=MISSING_PERMISSION)
    # The key really lacks it, so the 403 is not read as "no such invoice".
    api.get("/api/v1/api-keys/current").respond(
        json={"apiKey": API_KEY, "label": "k", "permissions": [f"{CAN_VIEW}:{STORE_ID}"]}
    )
    with pytest.raises(PermissionDeniedError) as caught:
        await client.mark_invoice_status(INVOICE_ID, "Invalid")
    assert caught.value.permission == "btcpay.store.canmodifyinvoices"
    assert caught.value.code == "missing-permission"
    assert "btcpay.store.canmodifyinvoices" in str(caught.value)


async def test_update_invoice_metadata_reads_merges_and_replaces(api, client):
    api.get(INVOICE_PATH).respond(json=invoice_json())
    merged = {"orderId": "BO-000123", "itemDesc": "2x Adult", "ticketIds": ["t1", "t2"]}
    put = api.put(INVOICE_PATH).respond(json=invoice_json(metadata=merged))
    invoice = await client.update_invoice_metadata(INVOICE_ID, {"ticketIds": ["t1", "t2"]})
    # PUT replaces the whole metadata: the untouched keys must be sent back too.
    assert sent_json(put) == {"metadata": merged}
    assert invoice.metadata == merged


async def test_update_invoice_metadata_overrides_existing_keys(api, client):
    api.get(INVOICE_PATH).respond(json=invoice_json())
    put = api.put(INVOICE_PATH).respond(json=invoice_json())
    await client.update_invoice_metadata(INVOICE_ID, {"itemDesc": "3x Adult"})
    assert sent_json(put) == {"metadata": {"orderId": "BO-000123", "itemDesc": "3x Adult"}}


# -- payment methods ----------------------------------------------------------------------


async def test_payment_methods_2x(api, client):
    paid = payment_json()
    api.get(f"{INVOICE_PATH}/payment-methods").respond(
        json=[
            onchain_method_json(payments=[paid], paymentMethodPaid="0.0002", due="0.00024007"),
            lightning_method_json(),
            lnurl_method_json(),
        ]
    )
    onchain, lightning, lnurl = await client.get_payment_methods(INVOICE_ID)
    assert (onchain.kind, lightning.kind, lnurl.kind) == ("onchain", "lightning", "lnurl")
    assert onchain.payment_method_id == "BTC-CHAIN"
    assert onchain.currency == "BTC"
    assert onchain.destination == BECH32_ADDRESS
    assert onchain.rate == Decimal("28403.73")
    assert onchain.due == Decimal("0.00024007")
    assert onchain.fee == Decimal(0)
    assert onchain.payments[0].value == Decimal("0.0002")
    assert onchain.payments[0].fee == Decimal("0.00000141")
    assert onchain.payments[0].status == "Settled"
    assert onchain.payments[0].received_date == 1767225700
    assert lightning.destination == BOLT11
    assert lnurl.destination is None  # empty until a wallet asks for a BOLT11
    assert lnurl.payment_link == f"lightning:{LNURL}"


async def test_payment_methods_1x_field_names_and_ids(api, client):
    api.get(f"{INVOICE_PATH}/payment-methods").respond(
        json=[
            {
                "paymentMethod": "BTC",
                "cryptoCode": "BTC",
                "destination": BECH32_ADDRESS,
                "paymentLink": f"bitcoin:{BECH32_ADDRESS}?amount=0.001",
                "rate": "30000",
                "paymentMethodPaid": "0",
                "totalPaid": "0",
                "due": "0.001",
                "amount": "0.001",
                "networkFee": "0.00000500",
                "payments": [],
                "activated": True,
            },
            {
                "paymentMethod": "BTC-LightningNetwork",
                "cryptoCode": "BTC",
                "destination": BOLT11,
                "paymentLink": f"lightning:{BOLT11}",
                "rate": "30000",
                "paymentMethodPaid": "0",
                "totalPaid": "0",
                "due": "0.001",
                "amount": "0.001",
                "networkFee": "0",
                "payments": [],
                "activated": False,
            },
        ]
    )
    onchain, lightning = await client.get_payment_methods(INVOICE_ID)
    assert (onchain.payment_method_id, onchain.kind) == ("BTC", "onchain")
    assert (lightning.payment_method_id, lightning.kind) == ("BTC-LightningNetwork", "lightning")
    assert onchain.currency == "BTC"
    assert onchain.fee == Decimal("0.000005")
    assert lightning.activated is False


def test_payment_method_with_unknown_plugin_id_and_no_currency():
    method = InvoicePaymentMethod.from_api(
        {"paymentMethodId": "XMR-MoneroLike", "amount": "1", "due": "1", "destination": "4..."}
    )
    assert method.kind == "other"
    assert method.currency == "XMR"
    assert method.payments == ()


@pytest.mark.parametrize(
    ("pmid", "kind"),
    [
        ("BTC-CHAIN", "onchain"),
        ("btc-chain", "onchain"),
        ("BTC-OnChain", "onchain"),
        ("BTC_BitcoinLike", "onchain"),
        ("BTC", "onchain"),
        ("LBTC-CHAIN", "onchain"),
        ("BTC-LN", "lightning"),
        ("BTC-LightningNetwork", "lightning"),
        ("BTC_LightningLike", "lightning"),
        ("BTC-LightningLike", "lightning"),
        ("BTC-LNURL", "lnurl"),
        ("BTC-LNURLPAY", "lnurl"),
        ("BTC_LNURLPAY", "lnurl"),
        ("btc-lnurlpay", "lnurl"),
        ("XMR-MoneroLike", "other"),
        ("BTC-Boltcard-Plugin", "other"),
        ("", "other"),
    ],
)
def test_classify_payment_method(pmid, kind):
    assert classify_payment_method(pmid) == kind


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        ("2.4.1", ["BTC-CHAIN", "BTC-LN"]),
        ("2.0.0", ["BTC-CHAIN", "BTC-LN"]),
        ("1.13.7", ["BTC", "BTC-LightningNetwork"]),
        ("v1.7.5", ["BTC", "BTC-LightningNetwork"]),
        (None, ["BTC-CHAIN", "BTC-LN"]),
    ],
)
def test_payment_method_ids_for_server_version(version, expected):
    assert payment_method_ids_for(version, ["onchain", "lightning"]) == expected


def test_payment_method_ids_for_rejects_unknown_kinds_and_dedupes():
    assert payment_method_ids_for("2.4.1", ["lightning", "lightning"]) == ["BTC-LN"]
    assert payment_method_ids_for("1.13.7", ["lnurl"]) == ["BTC-LNURLPAY"]
    with pytest.raises(ValueError):
        payment_method_ids_for("2.4.1", ["cash"])


# -- email --------------------------------------------------------------------------------


async def test_send_email(api, client):
    route = api.post(f"{STORE_PATH}/email/send").respond(200)
    assert await client.send_email(to="a@example.com", subject="Tickets", body="Hi") is None
    assert sent_json(route) == {"email": "a@example.com", "subject": "Tickets", "body": "Hi"}


async def test_send_email_bad_address_is_a_field_problem(api, client):
    # There is no "SMTP not configured" answer (the old guess was a 400): only a bad address is
    # refused, with 422 at path Email (GreenfieldStoreEmailController.cs).
    api.post(f"{STORE_PATH}/email/send").respond(
        422, json=[{"path": "Email", "message": "Invalid email"}]
    )
    with pytest.raises(ValidationError) as caught:
        await client.send_email(to="nobody", subject="s", body="b")
    assert field_problem(caught.value, "email").message == "Invalid email"
    assert caught.value.code != "smtp-not-configured"


async def test_email_settings_say_whether_the_store_can_send(api, client):
    api.get(f"{STORE_PATH}/email").respond(
        200,
        json={
            "from": "box@example.com",
            "server": "smtp.example.com",
            "port": 587,
            "login": "box",
            "disableCertificateCheck": False,
            "passwordSet": True,
        },
    )
    settings = await client.email_settings()
    assert settings.configured
    assert (settings.sender, settings.server, settings.port) == (
        "box@example.com",
        "smtp.example.com",
        587,
    )
    assert settings.password_set


async def test_email_settings_never_saved_are_not_configured(api, client):
    api.get(f"{STORE_PATH}/email").respond(
        200, json={"from": None, "server": "", "port": None, "passwordSet": False}
    )
    settings = await client.email_settings()
    assert not settings.configured
    assert settings.port is None and not settings.password_set


async def test_send_email_without_permission(api, client):
    api.post(f"{STORE_PATH}/email/send").respond(
        403,
        json=problem_json("missing-permission", "Insufficient", missingPermission=EMAIL_PERMISSION),
    )
    with pytest.raises(PermissionDeniedError) as caught:
        await client.send_email(to="a@example.com", subject="s", body="b")
    assert caught.value.permission == EMAIL_PERMISSION


# -- failures -----------------------------------------------------------------------------


async def test_unauthenticated(api, client):
    api.get("/api/v1/api-keys/current").respond(
        401, json=problem_json("unauthenticated", "ApiKey authentication failed: Unknown API Key")
    )
    with pytest.raises(AuthenticationError) as caught:
        await client.current_api_key()
    assert caught.value.code == "unauthenticated"
    assert "Unknown API Key" in str(caught.value)


async def test_unsupported_in_v2_is_not_found(api, client):
    api.get(STORE_PATH).respond(
        410, json=problem_json("unsupported-in-v2", "This route is not supported in 2.0")
    )
    with pytest.raises(NotFoundError) as caught:
        await client.get_store()
    assert caught.value.code == "unsupported-in-v2"
    assert caught.value.status == 410


async def test_read_is_retried_on_5xx_then_succeeds(api, client, sleeps):
    route = api.get(INVOICE_PATH).mock(
        side_effect=[
            httpx.Response(502, text="<html>Bad Gateway</html>"),
            httpx.Response(500, json=problem_json("generic-error", "boom")),
            httpx.Response(200, json=invoice_json()),
        ]
    )
    invoice = await client.get_invoice(INVOICE_ID)
    assert invoice.id == INVOICE_ID
    assert route.call_count == 3
    assert len(sleeps.delays) == 2


async def test_read_gives_up_after_the_policy_attempts(api, client, sleeps):
    route = api.get(INVOICE_PATH).respond(503)
    with pytest.raises(UnavailableError) as caught:
        await client.get_invoice(INVOICE_ID)
    assert route.call_count == 3
    assert len(sleeps.delays) == 2
    assert caught.value.status == 503


async def test_read_is_retried_after_a_timeout(api, client, sleeps):
    route = api.get(STORE_PATH).mock(
        side_effect=[httpx.ConnectTimeout("slow"), httpx.Response(200, json=store_json())]
    )
    store = await client.get_store()
    assert store.id == STORE_ID
    assert route.call_count == 2
    assert len(sleeps.delays) == 1


async def test_rate_limited_read_waits_as_told(api, client, sleeps):
    api.get(STORE_PATH).mock(
        side_effect=[
            httpx.Response(429, headers={"Retry-After": "2"}),
            httpx.Response(200, json=store_json()),
        ]
    )
    await client.get_store()
    assert sleeps.delays == [2.0]


async def test_rate_limited_write_is_not_retried(api, client, sleeps):
    route = api.post(f"{INVOICE_PATH}/status").respond(429, headers={"Retry-After": "5"})
    with pytest.raises(RateLimitedError) as caught:
        await client.mark_invoice_status(INVOICE_ID, "Invalid")
    assert caught.value.retry_after == 5.0
    assert route.call_count == 1
    assert sleeps.delays == []


async def test_html_page_from_a_proxy_is_malformed(api, client):
    api.get("/api/v1/server/info").respond(200, html="<html><body>Please log in</body></html>")
    with pytest.raises(MalformedResponseError) as caught:
        await client.server_info()
    assert "not JSON" in str(caught.value)


async def test_invalid_json_is_malformed(api, client):
    api.get(INVOICE_PATH).respond(
        200, content=b'{"id": "X", "amount": ', headers={"Content-Type": "application/json"}
    )
    with pytest.raises(MalformedResponseError):
        await client.get_invoice(INVOICE_ID)


@pytest.mark.parametrize(
    "body",
    [
        [invoice_json()],  # a list where an object belongs
        invoice_json(amount="twelve"),
        invoice_json(amount="NaN"),
        invoice_json(createdTime="yesterday"),
        invoice_json(expirationTime="Infinity"),
        invoice_json(metadata=["not", "an", "object"]),
        {"storeId": STORE_ID},  # no id
    ],
)
async def test_unreadable_invoice_is_malformed(api, client, body):
    api.get(INVOICE_PATH).respond(json=body)
    with pytest.raises(MalformedResponseError) as caught:
        await client.get_invoice(INVOICE_ID)
    assert "could not be read" in str(caught.value)


async def test_an_infinite_time_is_malformed_not_an_overflow(api, client):
    # JSON `1e999` decodes to infinity, which no whole number of seconds can hold.
    body = json.dumps(invoice_json(createdTime=0)).replace(
        '"createdTime": 0', '"createdTime": 1e999'
    )
    api.get(INVOICE_PATH).respond(
        200, content=body.encode(), headers={"Content-Type": "application/json"}
    )
    with pytest.raises(MalformedResponseError) as caught:
        await client.get_invoice(INVOICE_ID)
    assert "createdTime" in str(caught.value)


async def test_payment_methods_that_are_not_a_list_are_malformed(api, client):
    api.get(f"{INVOICE_PATH}/payment-methods").respond(json={"BTC": {"enabled": True}})
    with pytest.raises(MalformedResponseError):
        await client.get_payment_methods(INVOICE_ID)


async def test_unknown_route_empty_404(api, client):
    api.get(STORE_PATH).respond(404)
    with pytest.raises(NotFoundError) as caught:
        await client.get_store()
    assert caught.value.code is None
    assert "Not Found" in str(caught.value)
