"""The simulated BTCPay Greenfield API behaves as BTCPay Server 2.4.1 does (its source code, and
its Greenfield OpenAPI document where that is right)."""

from __future__ import annotations

from decimal import Decimal

import httpx
import pytest

from boxoffice.sim import Simulator, SimulatorError
from boxoffice.sim.bech32 import decode, decode_segwit_address

STORE = "btcpay.store."


async def create(bp, store_path, **body):
    response = await bp.post(f"{store_path}/invoices", json=body)
    assert response.status_code == 200, response.text
    return response.json()


async def methods(bp, store_path, invoice_id) -> dict[str, dict]:
    response = await bp.get(f"{store_path}/invoices/{invoice_id}/payment-methods")
    return {m.get("paymentMethodId") or m.get("paymentMethod"): m for m in response.json()}


async def get(bp, store_path, invoice_id) -> dict:
    return (await bp.get(f"{store_path}/invoices/{invoice_id}")).json()


def status(invoice: dict) -> tuple[str, str]:
    return invoice["status"], invoice["additionalStatus"]


# -- authentication and permissions -----------------------------------------------------------


@pytest.mark.parametrize("scheme", ["token", "TOKEN", "Token", "Bearer"])
async def test_token_and_bearer_schemes_are_accepted(sim, http, scheme):
    response = await http.get(
        f"{sim.btcpay_url}/api/v1/server/info",
        headers={"Authorization": f"{scheme} {sim.btcpay_api_key}"},
    )
    assert response.status_code == 200
    assert response.json()["version"] == "2.4.1"


@pytest.mark.parametrize(
    ("header", "message"),
    [
        (None, "Authentication is required"),
        ("token 0000000000000000000000000000000000000000", "Unknown API Key"),
        ("Basic dXNlcjpwYXNz", "Basic authentication failed"),
    ],
)
async def test_missing_or_unknown_credentials_give_401_unauthenticated(sim, http, header, message):
    headers = {"Authorization": header} if header else {}
    response = await http.get(f"{sim.btcpay_url}/api/v1/server/info", headers=headers)
    assert response.status_code == 401
    assert response.json()["code"] == "unauthenticated"
    assert message in response.json()["message"]


async def test_health_needs_no_key(sim, http):
    response = await http.get(f"{sim.btcpay_url}/api/v1/health")
    assert response.json() == {"synchronized": True}


async def test_current_key_shows_the_scoped_default_permissions(sim, bp):
    body = (await bp.get("/api/v1/api-keys/current")).json()
    assert body["apiKey"] == sim.btcpay_api_key
    assert sorted(body["permissions"]) == sorted(
        f"{STORE}{p}:{sim.store_id}"
        for p in (
            "canviewstoresettings",
            "cancreateinvoice",
            "canmodifyinvoices",
            "canmodifystoresettings",
        )
    )


async def test_revoked_key_no_longer_works(sim, http):
    key = sim.add_btcpay_api_key([f"{STORE}canviewinvoices"])
    headers = {"Authorization": f"token {key}"}
    assert (
        await http.delete(f"{sim.btcpay_url}/api/v1/api-keys/current", headers=headers)
    ).status_code == 200
    assert (
        await http.get(f"{sim.btcpay_url}/api/v1/server/info", headers=headers)
    ).status_code == 401


# (method, path under the store, body, required permission)
GUARDED = [
    ("GET", "", None, "canviewstoresettings"),
    ("GET", "/invoices", None, "canviewinvoices"),
    ("POST", "/invoices", {"amount": "1"}, "cancreateinvoice"),
    ("GET", "/invoices/{invoice}", None, "canviewinvoices"),
    ("GET", "/invoices/{invoice}/payment-methods", None, "canviewinvoices"),
    ("POST", "/invoices/{invoice}/status", {"status": "Invalid"}, "canmodifyinvoices"),
    ("PUT", "/invoices/{invoice}", {"metadata": {}}, "canmodifyinvoices"),
    ("DELETE", "/invoices/{invoice}", None, "canmodifyinvoices"),
    # 2.4.0+: its own policy, included in canmodifystoresettings (GreenfieldStoreEmailController).
    (
        "POST",
        "/email/send",
        {"email": "a@b.c", "subject": "s", "body": "b"},
        "cansendstoreemails",
    ),
]


@pytest.mark.parametrize(("method", "path", "body", "permission"), GUARDED)
async def test_each_endpoint_needs_its_permission(sim, http, method, path, body, permission):
    invoice = sim.btcpay.create_invoice({"amount": "5"}).id
    url = f"{sim.btcpay_url}/api/v1/stores/{sim.store_id}{path.format(invoice=invoice)}"
    # A key with some unrelated store permission is refused, naming what is missing.
    other = sim.add_btcpay_api_key([f"{STORE}canviewpullpayments:{sim.store_id}"])
    refused = await http.request(
        method, url, json=body, headers={"Authorization": f"token {other}"}
    )
    assert refused.status_code == 403
    assert refused.json()["code"] == "missing-permission"
    assert refused.json()["missingPermission"] == STORE + permission
    exact = sim.add_btcpay_api_key([f"{STORE}{permission}:{sim.store_id}"])
    allowed = await http.request(
        method, url, json=body, headers={"Authorization": f"token {exact}"}
    )
    assert allowed.status_code == 200, allowed.text


@pytest.mark.parametrize(
    ("granted", "needed", "ok"),
    [
        ("canmodifyinvoices", "canviewinvoices", True),
        ("canmodifyinvoices", "cancreateinvoice", True),
        ("canviewstoresettings", "canviewinvoices", True),
        ("canmodifystoresettings", "canmodifyinvoices", True),
        ("cancreateinvoice", "canviewinvoices", False),
        ("canviewinvoices", "canmodifyinvoices", False),
    ],
)
def test_permission_inclusion_tree(granted, needed, ok):
    from boxoffice.sim.btcpay_auth import allows

    assert allows([STORE + granted], STORE + needed, "S") is ok
    assert allows([f"{STORE}{granted}:S"], STORE + needed, "S") is ok
    assert allows([f"{STORE}{granted}:OTHER"], STORE + needed, "S") is False
    assert allows(["unrestricted"], STORE + needed, "S") is True


async def test_unknown_store_is_403_for_every_key(sim, http):
    # Every 2.x server: no 404 for a store (BuiltInPermissionHandler.cs). The old guess gave an
    # unscoped key a 404 "store-not-found", which does not exist.
    url = f"{sim.btcpay_url}/api/v1/stores/NoSuchStore/invoices"
    scoped = await http.get(url, headers={"Authorization": f"token {sim.btcpay_api_key}"})
    assert scoped.status_code == 403
    unscoped = sim.add_btcpay_api_key([f"{STORE}canviewinvoices"])
    response = await http.get(url, headers={"Authorization": f"token {unscoped}"})
    assert response.status_code == 403
    assert response.json()["missingPermission"] == STORE + "canviewinvoices"


async def test_store_and_store_list(sim, bp, store_path):
    store = (await bp.get(store_path)).json()
    assert store["defaultCurrency"] == "GBP"
    assert (store["invoiceExpiration"], store["monitoringExpiration"]) == (900, 86400)
    assert store["defaultPaymentMethod"] == "BTC-CHAIN"
    assert [s["id"] for s in (await bp.get("/api/v1/stores")).json()] == [sim.store_id]


# -- creating invoices ------------------------------------------------------------------------


async def test_create_invoice_defaults(sim, bp, store_path, clock):
    invoice = await create(bp, store_path, amount="26.50", metadata={"orderId": "S-1"})
    now = int(clock.now())
    assert status(invoice) == ("New", "None")
    assert invoice["amount"] == "26.50" and invoice["currency"] == "GBP"
    assert invoice["paidAmount"] == "0.00"
    assert invoice["createdTime"] == now
    assert invoice["expirationTime"] == now + 900
    assert invoice["monitoringExpiration"] == now + 900 + 86400
    assert invoice["checkout"]["speedPolicy"] == "MediumSpeed"
    assert invoice["checkout"]["paymentMethods"] == ["BTC-CHAIN", "BTC-LN"]
    assert invoice["checkoutLink"] == f"{sim.btcpay_url}/i/{invoice['id']}"
    assert invoice["availableStatusesForManualMarking"] == ["Settled", "Invalid"]
    assert invoice["metadata"] == {"orderId": "S-1"}


@pytest.mark.parametrize(
    ("amount", "currency", "shown"),
    [
        (12.5, "usd", "12.50"),  # a JSON number works too; the currency is upper-cased
        ("3800.4", "JPY", "3800"),  # JPY has no decimals
        ("12.345", "EUR", "12.35"),
        ("0.004", "USD", "0.004"),  # rounding would change it by 1% or more: kept
    ],
)
async def test_amounts_are_rounded_to_the_currency(bp, store_path, amount, currency, shown):
    invoice = await create(bp, store_path, amount=amount, currency=currency)
    assert invoice["amount"] == shown
    assert invoice["currency"] == currency.upper()


@pytest.mark.parametrize(
    ("body", "path", "message"),
    [
        ({"amount": "-1"}, "amount", "The amount should be 0 or more."),
        ({"amount": "lots"}, "amount", None),
        ({"amount": "1", "checkout": {"expirationMinutes": 0.4}}, "checkout.expirationMinutes",
         "Invalid timespan"),
        ({"amount": "1", "checkout": {"expirationMinutes": "00:00:29"}}, "Checkout.Expiration",
         "Expiration time must be at least 30 seconds"),
        ({"amount": "1", "checkout": {"paymentMethods": ["BTC-CHAIN", "DOGE-CHAIN"]}},
         "Checkout.PaymentMethods[1]", "Invalid PaymentMethodId"),
        ({"amount": "1", "checkout": {"speedPolicy": "Fast"}}, "checkout.speedPolicy", None),
        ({"amount": "1", "checkout": {"paymentTolerance": 101}}, "Checkout.PaymentTolerance", None),
        ({"amount": "1", "metadata": "order 1"}, "metadata", None),
    ],
)  # fmt: skip
async def test_validation_errors_are_a_422_list(bp, store_path, body, path, message):
    response = await bp.post(f"{store_path}/invoices", json=body)
    assert response.status_code == 422
    problems = response.json()
    assert isinstance(problems, list) and set(problems[0]) == {"path", "message"}
    assert problems[0]["path"] == path
    if message:
        assert problems[0]["message"] == message


async def test_half_a_minute_is_the_shortest_expiry(bp, store_path, clock):
    # Half a minute is a TimeSpan string: a JSON 0.5 is refused (TimeSpanJsonConverter.cs).
    invoice = await create(bp, store_path, amount="1", checkout={"expirationMinutes": "00:00:30"})
    assert invoice["expirationTime"] == int(clock.now()) + 30
    assert invoice["checkout"]["expirationMinutes"] == 0  # the echo is truncated minutes


async def test_legacy_payment_method_spellings_are_accepted_as_input(bp, store_path):
    invoice = await create(
        bp, store_path, amount="1", checkout={"paymentMethods": ["BTC", "BTC-LightningNetwork"]}
    )
    assert invoice["checkout"]["paymentMethods"] == ["BTC-CHAIN", "BTC-LN"]
    only_ln = await create(
        bp, store_path, amount="1", checkout={"paymentMethods": ["BTC_LightningLike"]}
    )
    assert only_ln["checkout"]["paymentMethods"] == ["BTC-LN"]


async def test_unknown_currency_gives_400_generic_error(bp, store_path):
    response = await bp.post(f"{store_path}/invoices", json={"amount": "1", "currency": "XYZ"})
    assert response.status_code == 400
    assert response.json()["code"] == "generic-error"


async def test_zero_amount_settles_at_once_with_no_payment_methods(bp, store_path):
    invoice = await create(bp, store_path, amount="0")
    assert status(invoice) == ("Settled", "None")
    assert invoice["checkout"]["paymentMethods"] == []
    assert await methods(bp, store_path, invoice["id"]) == {}


async def test_top_up_invoice_takes_any_amount(sim, bp, store_path):
    invoice = await create(bp, store_path, currency="GBP")
    assert invoice["type"] == "TopUp" and invoice["amount"] == "0.00"
    chain = (await methods(bp, store_path, invoice["id"]))["BTC-CHAIN"]
    assert "amount=" not in chain["paymentLink"]  # nothing is due
    paid = sim.pay_invoice(invoice["id"], "BTC-LN", Decimal("0.001"))
    assert status(paid) == ("Settled", "None") and paid["amount"] == "50.00"


# -- payment methods --------------------------------------------------------------------------


async def test_payment_methods_have_a_real_address_bip21_and_bolt11(bp, store_path):
    invoice = await create(bp, store_path, amount="50", currency="GBP")
    found = await methods(bp, store_path, invoice["id"])
    chain, ln = found["BTC-CHAIN"], found["BTC-LN"]
    version, program = decode_segwit_address("bcrt", chain["destination"])
    assert version == 0 and len(program) == 20
    assert chain["destination"].startswith("bcrt1q")
    assert chain["rate"] == "50000" and chain["amount"] == "0.00100000"
    assert chain["due"] == "0.00100000" and chain["totalPaid"] == "0.00000000"
    assert chain["paymentLink"] == f"bitcoin:{chain['destination']}?amount=0.001"
    assert ln["destination"].startswith("lnbcrt1m1") and ln["destination"].islower()
    decode(ln["destination"])  # a valid bech32 checksum
    assert ln["paymentLink"] == f"lightning:{ln['destination']}"
    assert chain["activated"] and ln["activated"] and chain["payments"] == []


async def test_btc_amount_is_rounded_up_to_a_satoshi(bp, store_path):
    invoice = await create(bp, store_path, amount="26.50", currency="GBP")
    chain = (await methods(bp, store_path, invoice["id"]))["BTC-CHAIN"]
    assert chain["amount"] == "0.00053000"
    odd = await create(bp, store_path, amount="1.01", currency="JPY")  # 1 yen / 9,000,000
    assert (await methods(bp, store_path, odd["id"]))["BTC-CHAIN"]["amount"] == "0.00000012"


async def test_lazy_payment_methods_wait_for_activation(bp, store_path):
    invoice = await create(bp, store_path, amount="10", checkout={"lazyPaymentMethods": True})
    chain = (await methods(bp, store_path, invoice["id"]))["BTC-CHAIN"]
    # Not activated: destination null, not "" (GreenfieldInvoiceController.cs), link "".
    assert (chain["activated"], chain["destination"], chain["paymentLink"]) == (False, None, "")
    activate = await bp.post(
        f"{store_path}/invoices/{invoice['id']}/payment-methods/BTC-CHAIN/activate"
    )
    assert activate.status_code == 200
    chain = (await methods(bp, store_path, invoice["id"]))["BTC-CHAIN"]
    assert chain["activated"] and chain["destination"].startswith("bcrt1q")


# -- the status machine -----------------------------------------------------------------------


async def test_lightning_payment_settles_at_once(sim, bp, store_path):
    invoice = await create(bp, store_path, amount="10")
    assert status(sim.pay_invoice(invoice["id"])) == ("Settled", "None")
    got = await get(bp, store_path, invoice["id"])
    assert status(got) == ("Settled", "None") and got["paidAmount"] == "10.00"
    assert got["availableStatusesForManualMarking"] == []
    ln = (await methods(bp, store_path, invoice["id"]))["BTC-LN"]
    assert ln["payments"][0]["status"] == "Settled" and ln["due"] == "0.00000000"


async def test_on_chain_payment_is_processing_until_confirmed(sim, bp, store_path):
    invoice = await create(bp, store_path, amount="10")
    assert status(sim.pay_invoice(invoice["id"], "BTC-CHAIN")) == ("Processing", "None")
    chain = (await methods(bp, store_path, invoice["id"]))["BTC-CHAIN"]
    assert chain["payments"][0]["status"] == "Processing"
    assert chain["paymentLink"] == f"bitcoin:{chain['destination']}"  # nothing due: no amount
    assert status(sim.confirm_invoice(invoice["id"])) == ("Settled", "None")


async def test_high_speed_settles_on_chain_payments_at_once(sim, bp, store_path):
    invoice = await create(bp, store_path, amount="10", checkout={"speedPolicy": "HighSpeed"})
    assert status(sim.pay_invoice(invoice["id"], "BTC-CHAIN")) == ("Settled", "None")


async def test_partial_payment_then_the_rest(sim, bp, store_path):
    invoice = await create(bp, store_path, amount="50")  # 0.001 BTC
    before = await methods(bp, store_path, invoice["id"])
    partial = sim.pay_invoice(invoice["id"], "BTC-LN", Decimal("0.0004"))
    assert status(partial) == ("New", "PaidPartial") and partial["paidAmount"] == "20.00"
    # The new BOLT11 is saved a few node round trips later (LightningListener.cs): the first
    # reads still show the old one, already cancelled; later ones the new one.
    old = before["BTC-LN"]["destination"]
    assert (await methods(bp, store_path, invoice["id"]))["BTC-LN"]["destination"] == old
    for _ in range(sim.btcpay.bolt11_renewal_reads):
        after = await methods(bp, store_path, invoice["id"])
    assert after["BTC-LN"]["destination"] != old  # a new BOLT11
    assert after["BTC-LN"]["due"] == "0.00060000"
    assert after["BTC-LN"]["destination"].startswith("lnbcrt600u1")
    assert after["BTC-CHAIN"]["destination"] == before["BTC-CHAIN"]["destination"]
    assert after["BTC-CHAIN"]["due"] == "0.00060000"
    assert after["BTC-CHAIN"]["paymentLink"].endswith("?amount=0.0006")
    assert after["BTC-LN"]["paymentMethodPaid"] == "0.00040000"
    assert after["BTC-CHAIN"]["paymentMethodPaid"] == "0.00000000"
    assert after["BTC-CHAIN"]["totalPaid"] == "0.00040000"
    assert status(sim.pay_invoice(invoice["id"], "BTC-LN")) == ("Settled", "None")


async def test_overpayment(sim, bp, store_path):
    invoice = await create(bp, store_path, amount="50")
    paid = sim.pay_invoice(invoice["id"], "BTC-CHAIN", Decimal("0.0012"))
    assert status(paid) == ("Processing", "PaidOver")
    assert (await methods(bp, store_path, invoice["id"]))["BTC-CHAIN"]["due"] == "-0.00020000"
    assert status(sim.confirm_invoice(invoice["id"])) == ("Settled", "PaidOver")


async def test_expiry_follows_the_clock(bp, store_path, clock):
    invoice = await create(bp, store_path, amount="10", checkout={"expirationMinutes": 5})
    clock.advance(299)
    assert status(await get(bp, store_path, invoice["id"])) == ("New", "None")
    clock.advance(1)
    expired = await get(bp, store_path, invoice["id"])
    assert status(expired) == ("Expired", "None")
    assert expired["availableStatusesForManualMarking"] == ["Settled", "Invalid"]


async def test_partial_then_expired(sim, bp, store_path, clock):
    invoice = await create(bp, store_path, amount="50")
    sim.pay_invoice(invoice["id"], "BTC-LN", Decimal("0.0001"))
    clock.advance(901)
    assert status(await get(bp, store_path, invoice["id"])) == ("Expired", "PaidPartial")


async def test_late_full_payment_is_paid_late_and_never_settles(sim, bp, store_path, clock):
    invoice = await create(bp, store_path, amount="10")
    clock.advance(1000)
    with pytest.raises(SimulatorError) as lightning:
        sim.pay_invoice(invoice["id"], "BTC-LN")  # the BOLT11 expired with the invoice
    assert lightning.value.status == 409
    late = sim.pay_invoice(invoice["id"], "BTC-CHAIN")
    assert status(late) == ("Expired", "PaidLate")
    assert status(sim.confirm_invoice(invoice["id"])) == ("Expired", "PaidLate")


async def test_unconfirmed_at_monitoring_expiration_becomes_invalid(sim, bp, store_path, clock):
    invoice = await create(bp, store_path, amount="10", checkout={"monitoringMinutes": 60})
    sim.pay_invoice(invoice["id"], "BTC-CHAIN")
    clock.advance(900 + 3600 - 1)
    assert status(await get(bp, store_path, invoice["id"])) == ("Processing", "None")
    clock.advance(1)
    assert status(await get(bp, store_path, invoice["id"])) == ("Invalid", "None")
    assert status(sim.confirm_invoice(invoice["id"])) == ("Invalid", "None")  # too late
    with pytest.raises(SimulatorError):
        sim.pay_invoice(invoice["id"], "BTC-CHAIN", Decimal("0.0001"))  # nobody watches now


async def test_mark_invalid_then_a_payment_is_still_recorded(sim, bp, store_path):
    invoice = await create(bp, store_path, amount="10")
    marked = await bp.post(
        f"{store_path}/invoices/{invoice['id']}/status", json={"status": "Invalid"}
    )
    # 2.3.6+ answers with the invoice as it was before the mark; a GET shows the mark.
    assert status(marked.json()) == ("New", "None")
    marked = await get(bp, store_path, invoice["id"])
    assert status(marked) == ("Invalid", "Marked")
    assert marked["availableStatusesForManualMarking"] == ["Settled"]
    paid = sim.pay_invoice(invoice["id"], "BTC-LN")
    assert status(paid) == ("Invalid", "Marked") and paid["paidAmount"] == "10.00"
    again = await bp.post(
        f"{store_path}/invoices/{invoice['id']}/status", json={"status": "Settled"}
    )
    assert status(again.json()) == ("Invalid", "Marked")
    again = await get(bp, store_path, invoice["id"])
    assert status(again) == ("Settled", "Marked")
    assert again["availableStatusesForManualMarking"] == ["Invalid"]


async def test_expired_can_be_marked_settled(bp, store_path, clock):
    invoice = await create(bp, store_path, amount="10")
    clock.advance(901)
    marked = await bp.post(
        f"{store_path}/invoices/{invoice['id']}/status", json={"status": "Settled"}
    )
    assert status(marked.json()) == ("Expired", "None")  # the body is from before the mark
    assert status(await get(bp, store_path, invoice["id"])) == ("Settled", "Marked")


@pytest.mark.parametrize("target", ["Settled", "Invalid", "Complete", None])
async def test_marking_a_settled_invoice_is_refused_with_the_status_path(
    sim, bp, store_path, target
):
    invoice = await create(bp, store_path, amount="10")
    sim.pay_invoice(invoice["id"])
    response = await bp.post(
        f"{store_path}/invoices/{invoice['id']}/status", json={"status": target}
    )
    assert response.status_code == 422
    assert response.json() == [
        {
            "path": "Status",
            "message": "Status can only be marked to invalid or settled within certain conditions.",
        }
    ]


async def test_expire_control_moves_expiry_to_now_and_keeps_the_monitoring_window(
    sim, bp, store_path, clock
):
    invoice = await create(bp, store_path, amount="10", checkout={"monitoringMinutes": 30})
    clock.advance(10)
    expired = sim.expire_invoice(invoice["id"])
    now = int(clock.now())
    assert status(expired) == ("Expired", "None")
    assert expired["expirationTime"] == now and expired["monitoringExpiration"] == now + 1800


async def test_pay_refuses_impossible_payments(sim, bp, store_path):
    with pytest.raises(SimulatorError) as unknown:
        sim.pay_invoice("nope")
    assert unknown.value.status == 404
    only_ln = await create(bp, store_path, amount="1", checkout={"paymentMethods": ["BTC-LN"]})
    with pytest.raises(SimulatorError):
        sim.pay_invoice(only_ln["id"], "BTC-CHAIN")
    sim.pay_invoice(only_ln["id"])
    with pytest.raises(SimulatorError):
        sim.pay_invoice(only_ln["id"])  # nothing due any more


# -- reading, listing, updating ---------------------------------------------------------------


async def test_list_filters_and_pages_newest_first(sim, bp, store_path):
    ids = []
    for n in range(5):
        ids.append(
            (
                await create(
                    bp,
                    store_path,
                    amount="1",
                    metadata={"orderId": f"O-{n}", "buyerName": f"B-{n}"},
                )
            )["id"]
        )
    sim.pay_invoice(ids[1])
    listed = (await bp.get(f"{store_path}/invoices")).json()
    assert [i["id"] for i in listed] == ids[::-1]
    by_order = await bp.get(
        f"{store_path}/invoices", params=[("orderId", "O-0"), ("orderId", "O-3")]
    )
    assert [i["id"] for i in by_order.json()] == [ids[3], ids[0]]
    by_status = await bp.get(
        f"{store_path}/invoices", params=[("status", "Settled"), ("status", "Expired")]
    )
    assert [i["id"] for i in by_status.json()] == [ids[1]]
    # A case-sensitive prefix of an indexed term (orderId here). Other metadata (buyerName) is
    # not indexed, and a lower-case prefix misses (InvoiceRepository.cs).
    text = await bp.get(f"{store_path}/invoices", params={"textSearch": "O-4"})
    assert [i["id"] for i in text.json()] == [ids[4]]
    assert (await bp.get(f"{store_path}/invoices", params={"textSearch": "o-4"})).json() == []
    assert (await bp.get(f"{store_path}/invoices", params={"textSearch": "B-4"})).json() == []
    assert (await bp.get(f"{store_path}/invoices", params={"textSearch": "-4"})).json() == []
    page = await bp.get(f"{store_path}/invoices", params={"skip": 1, "take": 2})
    assert [i["id"] for i in page.json()] == [ids[3], ids[2]]


async def test_archive_hides_from_the_list_and_unarchive_brings_it_back(bp, store_path):
    invoice = await create(bp, store_path, amount="1")
    path = f"{store_path}/invoices/{invoice['id']}"
    archived = await bp.delete(path)
    assert archived.status_code == 200 and archived.content == b""
    assert (await bp.get(f"{store_path}/invoices")).json() == []
    hidden = await bp.get(f"{store_path}/invoices", params={"includeArchived": "true"})
    assert hidden.json()[0]["archived"] is True
    # Like mark-status, 2.3.6+ answers with the invoice as it was before the change.
    assert (await bp.post(f"{path}/unarchive")).json()["archived"] is True
    assert (await bp.get(path)).json()["archived"] is False
    again = await bp.post(f"{path}/unarchive")
    assert again.status_code == 400 and again.json()["code"] == "already-unarchived"


async def test_put_replaces_the_metadata(bp, store_path):
    invoice = await create(bp, store_path, amount="1", metadata={"orderId": "A", "x": 1})
    updated = await bp.put(f"{store_path}/invoices/{invoice['id']}", json={"metadata": {"y": 2}})
    assert updated.json()["metadata"] == {"y": 2}


async def test_short_routes_and_include_payment_methods(bp, store_path):
    invoice = await create(bp, store_path, amount="1")
    short = await bp.get(
        f"/api/v1/invoices/{invoice['id']}", params={"includePaymentMethods": "true"}
    )
    assert short.json()["id"] == invoice["id"]
    assert [m["paymentMethodId"] for m in short.json()["paymentMethods"]] == ["BTC-CHAIN", "BTC-LN"]
    # 2.3.6+: an unknown invoice fails the permission check (BuiltInPermissionScopeProvider.cs).
    missing = await bp.get(f"{store_path}/invoices/nope")
    assert missing.status_code == 403 and missing.json() == {
        "code": "missing-permission",
        "missingPermission": "btcpay.store.canviewinvoices",
        "message": "Insufficient API Permissions. Please use an API key with permission "
        '"btcpay.store.canviewinvoices". You can create an API key in your account\'s '
        "settings / Api Keys.",
    }
    assert (await bp.get("/api/v1/invoices/nope")).status_code == 403


async def test_checkout_page_shows_amount_status_and_bip21(sim, http, bp, store_path):
    invoice = await create(bp, store_path, amount="10")
    page = await http.get(invoice["checkoutLink"])
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "10.00 GBP" in page.text and "Status: New" in page.text
    assert "bitcoin:bcrt1q" in page.text and "lightning:lnbcrt" in page.text


async def test_unknown_route_is_an_empty_404(bp):
    response = await bp.get("/api/v1/nothing-here")
    assert response.status_code == 404 and response.content == b""


# -- emails -----------------------------------------------------------------------------------


async def test_emails_are_recorded(sim, bp, store_path, clock):
    body = {"email": "ada@example.org", "subject": "Your tickets", "body": "Barcode RIVER1"}
    response = await bp.post(f"{store_path}/email/send", json=body)
    assert response.status_code == 200
    assert sim.state()["emails"] == [
        {
            "to": "ada@example.org",
            "subject": "Your tickets",
            "body": "Barcode RIVER1",
            "time": int(clock.now()),
        }
    ]
    assert (await bp.post(f"{store_path}/email/send", json={"subject": "x"})).status_code == 422


async def test_email_without_smtp_is_a_200_and_the_mail_is_dropped(clock):
    # There is no 400 "SMTP not configured" on any version: the mail is queued, answered 200
    # with an empty body, and dropped later (GreenfieldStoreEmailController.cs).
    sim = Simulator(clock=clock, smtp_configured=False)
    async with httpx.AsyncClient(transport=sim.transport()) as http:
        response = await http.post(
            f"{sim.btcpay_url}/api/v1/stores/{sim.store_id}/email/send",
            json={"email": "a@b.c", "subject": "s", "body": "b"},
            headers={"Authorization": f"token {sim.btcpay_api_key}"},
        )
    assert response.status_code == 200 and response.content == b""
    assert sim.state()["emails"] == []
    assert [m["to"] for m in sim.btcpay.dropped_emails] == ["a@b.c"]


# -- BTCPay 1.x ---------------------------------------------------------------------------------


async def test_legacy_server_answers_with_1x_ids_and_names(clock):
    sim = Simulator(clock=clock, legacy_payment_method_ids=True)
    auth = {"Authorization": f"token {sim.btcpay_api_key}"}
    async with httpx.AsyncClient(
        transport=sim.transport(), base_url=sim.btcpay_url, headers=auth
    ) as bp:
        info = (await bp.get("/api/v1/server/info")).json()
        assert info["version"] == "1.13.7"
        assert info["supportedPaymentMethods"] == ["BTC", "BTC_LightningLike", "BTC_LNURLPAY"]
        assert info["syncStatus"][0]["cryptoCode"] == "BTC"
        store_path = f"/api/v1/stores/{sim.store_id}"
        invoice = await create(
            bp, store_path, amount="10", checkout={"paymentMethods": ["BTC-CHAIN", "BTC-LN"]}
        )
        assert invoice["checkout"]["paymentMethods"] == ["BTC", "BTC-LightningNetwork"]
        assert "paidAmount" not in invoice
        items = (await bp.get(f"{store_path}/invoices/{invoice['id']}/payment-methods")).json()
        assert [m["paymentMethod"] for m in items] == ["BTC", "BTC-LightningNetwork"]
        assert all("cryptoCode" in m and "networkFee" in m for m in items)
        assert all("paymentMethodId" not in m and "currency" not in m for m in items)
        assert (await bp.get(f"/api/v1/invoices/{invoice['id']}")).status_code == 404
        bearer = await bp.get(
            "/api/v1/server/info", headers={"Authorization": f"Bearer {sim.btcpay_api_key}"}
        )
        assert bearer.status_code == 401
        assert status(sim.pay_invoice(invoice["id"], "BTC-LightningNetwork")) == ("Settled", "None")
