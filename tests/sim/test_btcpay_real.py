"""The simulated BTCPay behaves like BTCPay Server 2.4.1 where the OpenAPI document says otherwise.

Each test names the server source file that shows the behaviour. These were all guessed wrong
before (the simulator and the client agreed with each other, not with the server).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from boxoffice.sim import SimulatorError

STORE = "btcpay.store."


async def create(bp, store_path, **body) -> dict:
    response = await bp.post(f"{store_path}/invoices", json=body)
    assert response.status_code == 200, response.text
    return response.json()


async def methods(bp, store_path, invoice_id) -> dict[str, dict]:
    response = await bp.get(f"{store_path}/invoices/{invoice_id}/payment-methods")
    assert response.status_code == 200, response.text
    return {m["paymentMethodId"]: m for m in response.json()}


def raw_create(bp, store_path, checkout_json: str):
    """A create request whose checkout is written by hand, so `15.0` stays a float token."""
    body = '{"amount": "1", "checkout": ' + checkout_json + "}"
    return bp.post(
        f"{store_path}/invoices", content=body, headers={"Content-Type": "application/json"}
    )


# -- B1, B2: expirationMinutes / monitoringMinutes (TimeSpanJsonConverter.cs) -----------------


@pytest.mark.parametrize("field", ["expirationMinutes", "monitoringMinutes"])
@pytest.mark.parametrize("token", ["15.0", "7.5", "0.5", "true", "[15]"])
async def test_a_json_float_or_other_token_is_invalid_timespan(bp, store_path, field, token):
    response = await raw_create(bp, store_path, f'{{"{field}": {token}}}')
    assert response.status_code == 422
    assert response.json() == [{"path": f"checkout.{field}", "message": "Invalid timespan"}]


@pytest.mark.parametrize(
    ("value", "seconds"),
    [(15, 900), ("00:00:30", 30), ("00:07:30", 450), ("15", 15 * 86400), ("1.02:00:00", 93600)],
)
async def test_integers_are_minutes_and_strings_are_timespans(bp, store_path, value, seconds):
    invoice = await create(bp, store_path, amount="1", checkout={"expirationMinutes": value})
    assert invoice["expirationTime"] - invoice["createdTime"] == seconds
    # The echo is truncated whole minutes (GreenfieldInvoiceController.cs ToModel).
    assert invoice["checkout"]["expirationMinutes"] == seconds // 60


async def test_below_thirty_seconds_is_refused_at_the_controller_path(bp, store_path):
    response = await raw_create(bp, store_path, '{"expirationMinutes": 0}')
    assert response.status_code == 422
    assert response.json() == [
        {"path": "Checkout.Expiration", "message": "Expiration time must be at least 30 seconds"}
    ]


async def test_a_negative_monitoring_time_is_accepted(bp, store_path):
    invoice = await create(bp, store_path, amount="1", checkout={"monitoringMinutes": -5})
    assert invoice["monitoringExpiration"] == invoice["expirationTime"] - 300


# -- B3: paymentMethods (PaymentMethodId.cs, UIInvoiceController.cs) --------------------------


async def test_an_empty_payment_method_list_refuses_every_method(bp, store_path):
    response = await bp.post(
        f"{store_path}/invoices", json={"amount": "1", "checkout": {"paymentMethods": []}}
    )
    assert response.status_code == 400
    assert response.json()["code"] == "generic-error"


@pytest.mark.parametrize("spelling", ["btc-ln", "btc-chain", "Btc-Ln"])
async def test_2x_ids_are_case_sensitive_on_input(bp, store_path, spelling):
    response = await bp.post(
        f"{store_path}/invoices", json={"amount": "1", "checkout": {"paymentMethods": [spelling]}}
    )
    assert response.status_code == 422
    assert response.json() == [
        {"path": "Checkout.PaymentMethods[0]", "message": "Invalid PaymentMethodId"}
    ]


async def test_legacy_spellings_are_converted_without_regard_to_case(bp, store_path):
    invoice = await create(
        bp,
        store_path,
        amount="1",
        checkout={"paymentMethods": ["btc-onchain", "btc_lightninglike"]},
    )
    assert invoice["checkout"]["paymentMethods"] == ["BTC-CHAIN", "BTC-LN"]


# -- B6: mark-status and unarchive answer the invoice as it was before ------------------------


async def test_mark_status_answers_the_old_invoice_unless_told_otherwise(sim, bp, store_path):
    first = await create(bp, store_path, amount="1")
    answer = await bp.post(
        f"{store_path}/invoices/{first['id']}/status", json={"status": "Invalid"}
    )
    assert answer.status_code == 200
    assert (answer.json()["status"], answer.json()["additionalStatus"]) == ("New", "None")
    assert answer.json()["availableStatusesForManualMarking"] == ["Settled", "Invalid"]
    assert sim.invoice(first["id"])["status"] == "Invalid"

    sim.btcpay.mark_answers_after = True  # <= 2.3.5
    second = await create(bp, store_path, amount="1")
    answer = await bp.post(
        f"{store_path}/invoices/{second['id']}/status", json={"status": "Invalid"}
    )
    assert (answer.json()["status"], answer.json()["additionalStatus"]) == ("Invalid", "Marked")


# -- B7, B8: unknown invoice or store -> 403 ------------------------------------------------


ROUTES = [
    ("GET", "", None, "canviewinvoices"),
    ("GET", "/payment-methods", None, "canviewinvoices"),
    ("PUT", "", {"metadata": {}}, "canmodifyinvoices"),
    ("POST", "/status", {"status": "Invalid"}, "canmodifyinvoices"),
    ("POST", "/unarchive", None, "canmodifyinvoices"),
    ("DELETE", "", None, "canmodifyinvoices"),
]


@pytest.mark.parametrize(("method", "suffix", "body", "policy"), ROUTES)
@pytest.mark.parametrize("short", [False, True])
async def test_an_unknown_invoice_is_a_403_naming_the_route_policy(
    bp, store_path, method, suffix, body, policy, short
):
    base = "/api/v1/invoices/NoSuchInvoice" if short else f"{store_path}/invoices/NoSuchInvoice"
    response = await bp.request(method, base + suffix, json=body)
    assert response.status_code == 403
    assert response.json()["code"] == "missing-permission"
    assert response.json()["missingPermission"] == STORE + policy
    assert response.json()["message"].startswith(
        f'Insufficient API Permissions. Please use an API key with permission "{STORE}{policy}".'
    )


async def test_another_stores_invoice_is_a_403(sim, bp, store_path):
    invoice = sim.btcpay.create_invoice({"amount": "1"})
    invoice.store_id = "AnotherStore"
    response = await bp.get(f"{store_path}/invoices/{invoice.id}")
    assert response.status_code == 403


@pytest.mark.parametrize(
    ("method", "suffix", "policy"),
    [
        ("GET", "", "canviewstoresettings"),
        ("GET", "/invoices", "canviewinvoices"),
        ("GET", "/email", "canmodifystoresettings"),
        ("GET", "/payment-methods", "canviewstoresettings"),
    ],
)
async def test_an_unknown_store_is_a_403_on_every_store_route(sim, http, method, suffix, policy):
    # An unscoped, all-powerful key too: there is no 404 for a store on 2.x.
    key = sim.add_btcpay_api_key([f"{STORE}canmodifystoresettings"])
    response = await http.request(
        method,
        f"{sim.btcpay_url}/api/v1/stores/NoSuchStore{suffix}",
        headers={"Authorization": f"token {key}"},
    )
    assert response.status_code == 403
    assert response.json()["missingPermission"] == STORE + policy


# -- B17: the permission tree -------------------------------------------------------------


async def test_canmanageinvoicestatus_is_neither_granted_nor_required(sim, http, store_path):
    from boxoffice.sim.btcpay_auth import allows

    assert not allows([STORE + "canmodifyinvoices"], STORE + "canmanageinvoicestatus", "S")
    invoice = sim.btcpay.create_invoice({"amount": "1"})
    key = sim.add_btcpay_api_key([f"{STORE}canmodifyinvoices:{sim.store_id}"])
    response = await http.post(
        f"{sim.btcpay_url}{store_path}/invoices/{invoice.id}/status",
        json={"status": "Invalid"},
        headers={"Authorization": f"token {key}"},
    )
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("granted", "wanted", "expected"),
    [
        ("canmodifystoresettings", "cansendstoreemails", True),
        ("canmodifystoresettings", "cancreatenonapprovedpullpayments", True),
        ("canmanagepullpayments", "canviewpullpayments", False),
        ("canmodifypaymentrequests", "canviewpaymentrequests", False),
        ("canviewstoresettings", "canviewpayouts", True),
    ],
)
def test_permission_tree_is_the_real_one(granted, wanted, expected):
    from boxoffice.sim.btcpay_auth import allows

    assert allows([STORE + granted], STORE + wanted, "S") is expected


# -- B13, B14, B15: payment methods after a partial payment -------------------------------------


async def test_the_new_bolt11_arrives_late_and_the_old_one_cannot_be_paid(
    sim, bp, store_path, clock
):
    invoice = await create(bp, store_path, amount="50")  # 0.001 BTC
    old = (await methods(bp, store_path, invoice["id"]))["BTC-LN"]["destination"]
    sim.pay_invoice(invoice["id"], "BTC-LN", Decimal("0.0004"))

    assert sim.invoice(invoice["id"])["additionalStatus"] == "PaidPartial"
    assert (await methods(bp, store_path, invoice["id"]))["BTC-LN"]["destination"] == old
    with pytest.raises(SimulatorError) as refused:
        sim.btcpay.pay(invoice["id"], "BTC-LN", destination=old)
    assert refused.value.status == 409 and "cancelled" in refused.value.message

    clock.advance(sim.btcpay.bolt11_renewal_seconds)
    new = (await methods(bp, store_path, invoice["id"]))["BTC-LN"]
    assert new["destination"] != old and new["due"] == "0.00060000"
    paid = sim.btcpay.pay(invoice["id"], "BTC-LN", destination=new["destination"])
    assert paid.status == "Settled"


async def test_paying_a_replaced_bolt11_is_refused_through_the_control_api(
    sim, http, bp, store_path
):
    invoice = await create(bp, store_path, amount="50")
    old = (await methods(bp, store_path, invoice["id"]))["BTC-LN"]["destination"]
    url = f"{sim.control_url}/invoices/{invoice['id']}/pay"
    partial = await http.post(
        url, json={"method": "BTC-LN", "amount": "0.0004", "destination": old}
    )
    assert partial.status_code == 200
    again = await http.post(url, json={"method": "BTC-LN", "destination": f"lightning:{old}"})
    assert again.status_code == 409
    assert sim.invoice(invoice["id"])["status"] == "New"


async def test_a_partial_on_chain_payment_adds_the_network_fee(sim, bp, store_path):
    invoice = await create(bp, store_path, amount="50")  # 0.001 BTC
    sim.pay_invoice(invoice["id"], "BTC-CHAIN", Decimal("0.0004"))
    chain = (await methods(bp, store_path, invoice["id"]))["BTC-CHAIN"]
    fee = Decimal(chain["paymentMethodFee"])
    assert fee > 0
    assert Decimal(chain["amount"]) == Decimal("0.001") + fee
    assert Decimal(chain["due"]) == Decimal("0.0006") + fee  # not "original - paid"
    assert f"amount={(Decimal('0.0006') + fee).normalize():f}" in chain["paymentLink"]


async def test_an_lnurl_destination_is_null_until_a_wallet_asks(sim, bp, store_path):
    sim.btcpay.store.enabled_methods.append("BTC-LNURL")
    invoice = await create(bp, store_path, amount="1")
    lnurl = (await methods(bp, store_path, invoice["id"]))["BTC-LNURL"]
    assert lnurl["destination"] is None
    assert lnurl["paymentLink"].startswith("lightning:LNURL1")


# -- B19: store e-mail -------------------------------------------------------------------------


@pytest.mark.parametrize("address", ["not an address", "", None, "a@b"])
async def test_an_invalid_address_is_a_422_at_email(bp, store_path, address):
    response = await bp.post(
        f"{store_path}/email/send", json={"email": address, "subject": "s", "body": "b"}
    )
    assert response.status_code == 422
    assert response.json() == [{"path": "Email", "message": "Invalid email"}]


async def test_a_send_only_key_may_send_but_not_read_the_settings(sim, http, store_path):
    key = sim.add_btcpay_api_key([f"{STORE}cansendstoreemails:{sim.store_id}"])
    auth = {"Authorization": f"token {key}"}
    sent = await http.post(
        f"{sim.btcpay_url}{store_path}/email/send",
        json={"email": "a@example.com", "subject": "s", "body": "<p>b</p>"},
        headers=auth,
    )
    assert sent.status_code == 200 and sent.content == b""
    settings = await http.get(f"{sim.btcpay_url}{store_path}/email", headers=auth)
    assert settings.status_code == 403
    assert settings.json()["missingPermission"] == STORE + "canmodifystoresettings"


# -- B25, B26: search and the status filter (InvoiceRepository.cs) ----------------------------


async def test_text_search_uses_the_terms_written_at_creation(sim, bp, store_path):
    invoice = await create(
        bp, store_path, amount="1", metadata={"orderId": "Door-7", "buyerEmail": "Ada@x.org"}
    )
    path = f"{store_path}/invoices"

    async def found(text: str) -> list[str]:
        return [i["id"] for i in (await bp.get(path, params={"textSearch": text})).json()]

    assert await found("Door") == [invoice["id"]]
    assert await found("door") == []  # case-sensitive
    assert await found("oor-7") == []  # a prefix, not a substring
    assert await found("Ada@") == [invoice["id"]]
    assert await found(invoice["id"][:6]) == [invoice["id"]]
    await bp.put(f"{path}/{invoice['id']}", json={"metadata": {"orderId": "Renamed"}})
    assert await found("Renamed") == []  # a PUT does not update the terms
    assert await found("Door") == [invoice["id"]]


async def test_unknown_status_values_are_dropped_and_then_nothing_is_filtered(sim, bp, store_path):
    paid = await create(bp, store_path, amount="1")
    unpaid = await create(bp, store_path, amount="1")
    sim.pay_invoice(paid["id"])
    path = f"{store_path}/invoices"

    async def listed(*statuses: str) -> list[str]:
        params = [("status", s) for s in statuses]
        return [i["id"] for i in (await bp.get(path, params=params)).json()]

    assert await listed("Complete") == [paid["id"]]  # an old alias of Settled
    assert await listed("settled", "Bogus") == [paid["id"]]
    assert await listed("Bogus") == [unpaid["id"], paid["id"]]  # no filter at all


async def test_activating_an_unknown_payment_method_is_a_200_that_does_nothing(bp, store_path):
    invoice = await create(bp, store_path, amount="1", checkout={"lazyPaymentMethods": True})
    response = await bp.post(
        f"{store_path}/invoices/{invoice['id']}/payment-methods/DOGE-CHAIN/activate"
    )
    assert response.status_code == 200
    chain = (await methods(bp, store_path, invoice["id"]))["BTC-CHAIN"]
    assert chain["activated"] is False and chain["destination"] is None
