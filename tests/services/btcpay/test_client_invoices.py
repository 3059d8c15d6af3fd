"""The BTCPay client's invoice calls: creating, reading, listing, marking and updating invoices."""

from __future__ import annotations

from decimal import Decimal

import httpx
import pytest

from boxoffice.services.errors import (
    NotFoundError,
    PermissionDeniedError,
    UnavailableError,
    ValidationError,
)
from tests.services.btcpay.answers import (
    API_KEY,
    INVOICE_ID,
    INVOICE_PATH,
    MISSING_PERMISSION,
    STORE_ID,
    STORE_PATH,
    invoice_json,
    problem_json,
    validation_problems_json,
)
from tests.services.btcpay.conftest import sent_json

CAN_VIEW = "btcpay.store.canviewinvoices"


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
