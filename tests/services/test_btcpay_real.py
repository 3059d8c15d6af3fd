"""The BTCPay client against BTCPay Server 2.4.1 as its source shows it, where the OpenAPI
document (and the client's first guesses) said otherwise."""

from __future__ import annotations

from decimal import Decimal

import pytest
import respx

from boxoffice.services.btcpay.client import BTCPayClient, _minutes, field_problem
from boxoffice.services.btcpay.pairing import EMAIL_PAIRING_PERMISSIONS
from boxoffice.services.errors import (
    FieldProblem,
    NotFoundError,
    PermissionDeniedError,
    UnavailableError,
    ValidationError,
)
from boxoffice.services.http import RetryPolicy
from tests.services.btcpay.answers import (
    API_KEY,
    BASE,
    INVOICE_ID,
    INVOICE_PATH,
    STORE_ID,
    STORE_PATH,
    api_key_json,
    invoice_json,
    problem_json,
)

VIEW = "btcpay.store.canviewinvoices"
MODIFY = "btcpay.store.canmodifyinvoices"


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


def missing(policy: str) -> dict:
    return problem_json(
        "missing-permission",
        f'Insufficient API Permissions. Please use an API key with permission "{policy}". '
        "You can create an API key in your account's settings / Api Keys.",
        missingPermission=policy,
    )


# -- B1: whole minutes as a JSON integer -----------------------------------------------------


@pytest.mark.parametrize(
    ("value", "sent"), [(15, 15), (Decimal("15.0"), 15), (Decimal("7.5"), 8), (7.01, 8)]
)
def test_minutes_are_whole_and_rounded_up(value, sent):
    result = _minutes(value)
    assert result == sent and type(result) is int


async def test_create_sends_integer_tokens_never_15_point_0(api, client):
    route = api.post(f"{STORE_PATH}/invoices").respond(json=invoice_json())
    await client.create_invoice(
        amount=Decimal("1"),
        currency="GBP",
        metadata={},
        expiration_minutes=Decimal("15.0"),
        monitoring_minutes=Decimal("60"),
    )
    raw = route.calls.last.request.content.decode()
    assert '"expirationMinutes":15,' in raw.replace(" ", "")
    assert '"monitoringMinutes":60' in raw.replace(" ", "")
    assert "15.0" not in raw


# -- B6: mark-status answers the old invoice ----------------------------------------------


async def test_mark_status_trusts_the_get_not_the_old_body(api, client):
    api.post(f"{INVOICE_PATH}/status").respond(
        json=invoice_json(status="Expired", availableStatusesForManualMarking=["Settled"])
    )
    get = api.get(INVOICE_PATH).respond(
        json=invoice_json(status="Settled", additionalStatus="Marked")
    )
    invoice = await client.mark_invoice_status(INVOICE_ID, "Settled")
    assert get.called
    assert (invoice.status, invoice.additional_status) == ("Settled", "Marked")


async def test_mark_status_with_an_empty_body_still_reads_the_invoice(api, client):
    api.post(f"{INVOICE_PATH}/status").respond(200)
    api.get(INVOICE_PATH).respond(json=invoice_json(status="Invalid", additionalStatus="Marked"))
    assert (await client.mark_invoice_status(INVOICE_ID, "Invalid")).status == "Invalid"


async def test_a_failed_read_after_the_mark_is_an_unknown_outcome(api, client):
    api.post(f"{INVOICE_PATH}/status").respond(json=invoice_json(status="New"))
    api.get(INVOICE_PATH).respond(503)
    with pytest.raises(UnavailableError):
        await client.mark_invoice_status(INVOICE_ID, "Invalid")


# -- B7: a 403 for a policy the key holds is "no such invoice" ----------------------------------


@pytest.mark.parametrize(
    ("call", "method", "suffix", "policy"),
    [
        ("get_invoice", "GET", "", VIEW),
        ("get_payment_methods", "GET", "/payment-methods", VIEW),
    ],
)
async def test_an_unknown_invoice_403_becomes_not_found(api, client, call, method, suffix, policy):
    api.route(method=method, path=f"{INVOICE_PATH}{suffix}").respond(403, json=missing(policy))
    api.get("/api/v1/api-keys/current").respond(json=api_key_json())
    with pytest.raises(NotFoundError) as caught:
        await getattr(client, call)(INVOICE_ID)
    assert caught.value.code == "invoice-not-found"
    assert "no invoice" in str(caught.value) and "permission" not in str(caught.value)


async def test_mark_status_on_a_deleted_invoice_is_not_found(api, client):
    api.post(f"{INVOICE_PATH}/status").respond(403, json=missing(MODIFY))
    api.get("/api/v1/api-keys/current").respond(json=api_key_json())
    with pytest.raises(NotFoundError):
        await client.mark_invoice_status(INVOICE_ID, "Invalid")


async def test_a_403_for_a_policy_the_key_lacks_stays_a_permission_problem(api, client):
    api.get(INVOICE_PATH).respond(403, json=missing(VIEW))
    api.get("/api/v1/api-keys/current").respond(
        json=api_key_json([f"btcpay.store.cancreateinvoice:{STORE_ID}"])
    )
    with pytest.raises(PermissionDeniedError) as caught:
        await client.get_invoice(INVOICE_ID)
    assert caught.value.permission == VIEW


async def test_a_key_for_another_store_stays_a_permission_problem(api, client):
    api.get(INVOICE_PATH).respond(403, json=missing(VIEW))
    api.get("/api/v1/api-keys/current").respond(json=api_key_json([f"{MODIFY}:OtherStore"]))
    with pytest.raises(PermissionDeniedError):
        await client.get_invoice(INVOICE_ID)


async def test_unreadable_key_permissions_leave_the_403_as_it_is(api, client):
    api.get(INVOICE_PATH).respond(403, json=missing(VIEW))
    api.get("/api/v1/api-keys/current").respond(503)
    with pytest.raises(PermissionDeniedError):
        await client.get_invoice(INVOICE_ID)


async def test_the_key_is_read_once_for_several_missing_invoices(api, client):
    api.get(INVOICE_PATH).respond(403, json=missing(VIEW))
    key = api.get("/api/v1/api-keys/current").respond(json=api_key_json())
    for _ in range(3):
        with pytest.raises(NotFoundError):
            await client.get_invoice(INVOICE_ID)
    assert key.call_count == 1


# -- B16: 422 paths ------------------------------------------------------------------------


def test_field_problems_match_case_insensitively_on_the_last_segment():
    error = ValidationError(
        "BTCPay",
        "x",
        problems=[
            FieldProblem("Checkout.Expiration", "at least 30 seconds"),
            FieldProblem("checkout.expirationMinutes", "Invalid timespan"),
            FieldProblem(None, "general"),
        ],
    )
    assert field_problem(error, "expiration").message == "at least 30 seconds"
    assert field_problem(error, "checkout.ExpirationMinutes").message == "Invalid timespan"
    assert field_problem(error, "status") is None


# -- B19, B20: e-mail ----------------------------------------------------------------------


async def test_send_email_is_done_on_an_empty_200(api, client):
    route = api.post(f"{STORE_PATH}/email/send").respond(200, content=b"")
    assert await client.send_email(to="a@example.com", subject="s", body="<p>b</p>") is None
    assert route.called


async def test_a_400_from_send_is_not_taken_for_missing_smtp(api, client):
    # No server answers so; if a proxy does, it is reported as what it is.
    api.post(f"{STORE_PATH}/email/send").respond(400, json=problem_json("generic-error", "odd"))
    with pytest.raises(ValidationError) as caught:
        await client.send_email(to="a@example.com", subject="s", body="b")
    assert caught.value.code == "generic-error"
    assert "SMTP" not in str(caught.value)


def test_pairing_asks_for_both_send_policies():
    assert set(EMAIL_PAIRING_PERMISSIONS) == {
        "btcpay.store.cansendstoreemails",
        "btcpay.store.canmodifystoresettings",
    }
