"""The simulated BTCPay Greenfield API behaves as BTCPay Server 2.4.1 does (its source code, and
its Greenfield OpenAPI document where that is right): keys and permissions, its routes, e-mail, 1.x.

Making invoices is in test_btcpay_invoicing.py, paying and the status machine in
test_btcpay_wallet.py.
"""

from __future__ import annotations

import httpx
import pytest

from boxoffice.sim import Simulator
from tests.sim.btcpay_calls import STORE, create, status

# -- authentication and permissions ----------------------------------------------------------------


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


# -- reading, listing, updating --------------------------------------------------------------------


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


# -- emails ----------------------------------------------------------------------------------------


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


# -- BTCPay 1.x ------------------------------------------------------------------------------------


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
