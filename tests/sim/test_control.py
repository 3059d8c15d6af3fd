"""The `/sim/` control API and `state()`."""

from __future__ import annotations

from boxoffice.sim import seed


async def new_invoice(bp, store_path, amount="10", **checkout):
    body = {"amount": amount, "metadata": {"orderId": "C-1"}, "checkout": checkout}
    return (await bp.post(f"{store_path}/invoices", json=body)).json()


async def test_state_has_every_collection_in_api_shape(sim, tt, bp, store_path):
    await tt.post(
        "/v1/holds",
        data={"event_id": seed.GBP_EVENT, "note": "n", f"ticket_type_id[{seed.GENERAL_TT}]": "1"},
    )
    await new_invoice(bp, store_path)
    state = sim.state()
    assert set(state) == {"events", "holds", "issued_tickets", "invoices", "emails"}
    assert {e["object"] for e in state["events"]} == {"event"}
    assert len(state["events"]) == 10
    assert [h["object"] for h in state["holds"]] == ["hold"]
    assert {t["object"] for t in state["issued_tickets"]} == {"issued_ticket"}
    assert state["invoices"][0]["metadata"] == {"orderId": "C-1"}
    assert state["invoices"][0]["storeId"] == sim.store_id
    assert state["emails"] == []


async def test_pay_confirm_and_expire_over_http(sim, http, bp, store_path):
    chain = await new_invoice(bp, store_path)
    url = f"{sim.control_url}/invoices/{chain['id']}"
    paid = await http.post(f"{url}/pay", json={"method": "BTC-CHAIN", "amount": "0.0001"})
    assert paid.status_code == 200
    assert (paid.json()["status"], paid.json()["additionalStatus"]) == ("New", "PaidPartial")
    rest = await http.post(f"{url}/pay", json={"method": "BTC-CHAIN"})
    assert rest.json()["status"] == "Processing"
    assert (await http.post(f"{url}/confirm")).json()["status"] == "Settled"

    other = await new_invoice(bp, store_path)
    expired = await http.post(f"{sim.control_url}/invoices/{other['id']}/expire")
    assert expired.json()["status"] == "Expired"


async def test_control_errors_are_json(sim, http, bp, store_path):
    missing = await http.post(f"{sim.control_url}/invoices/nope/pay", json={})
    assert missing.status_code == 404 and "nope" in missing.json()["error"]
    invoice = await new_invoice(bp, store_path)
    for amount in ("a lot", "NaN", "Infinity"):
        bad = await http.post(
            f"{sim.control_url}/invoices/{invoice['id']}/pay", json={"amount": amount}
        )
        assert bad.status_code == 400, amount
        assert "amount" in bad.json()["error"]
    unknown_method = await http.post(
        f"{sim.control_url}/invoices/{invoice['id']}/pay", json={"method": "DOGE"}
    )
    assert unknown_method.status_code == 400
    assert (await http.get(f"{sim.control_url}/nothing")).status_code == 404


async def test_clock_and_keys_over_http(sim, http, clock, bp, store_path):
    invoice = await new_invoice(bp, store_path)
    start = clock.now()
    moved = await http.post(f"{sim.control_url}/clock/advance", json={"seconds": 901})
    assert moved.json()["now"] == start + 901
    assert (await http.get(f"{sim.control_url}/clock")).json()["now"] == start + 901
    assert sim.invoice(invoice["id"])["status"] == "Expired"
    created = await http.post(
        f"{sim.control_url}/btcpay/api-keys",
        json={"permissions": ["btcpay.store.canviewinvoices"], "label": "viewer"},
    )
    key = created.json()["apiKey"]
    me = await http.get(
        f"{sim.btcpay_url}/api/v1/api-keys/current", headers={"Authorization": f"token {key}"}
    )
    assert me.json()["label"] == "viewer"


def test_lookups_for_tests(sim):
    assert sim.event(seed.GBP_EVENT)["id"] == seed.GBP_EVENT
    invoice = sim.btcpay.create_invoice({"amount": "5"})
    assert sim.invoice(invoice.id)["amount"] == "5.00"
    assert [m["paymentMethodId"] for m in sim.payment_methods(invoice.id)] == [
        "BTC-CHAIN",
        "BTC-LN",
    ]
    assert sim.tickettailor_url == "http://sim.invalid/tickettailor"
    assert sim.btcpay_url == "http://sim.invalid/btcpay"
    assert sim.control_url == "http://sim.invalid/sim"
    assert sim.btcpay_api_key not in repr(sim)


async def test_btcpay_version_options_over_http(sim, http, bp, store_path):
    url = f"{sim.control_url}/btcpay/options"
    assert (await http.get(url)).json()["markAnswersAfter"] is False  # 2.3.6+ by default
    changed = await http.put(url, json={"markAnswersAfter": True, "bolt11RenewalReads": 0})
    assert changed.status_code == 200 and changed.json()["markAnswersAfter"] is True
    invoice = await new_invoice(bp, store_path)
    marked = await bp.post(
        f"{store_path}/invoices/{invoice['id']}/status", json={"status": "Invalid"}
    )
    assert marked.json()["status"] == "Invalid"  # the <= 2.3.5 answer
    refused = await http.put(url, json={"markAnswersAfter": "yes"})
    assert refused.status_code == 400 and "markAnswersAfter" in refused.json()["error"]
    assert (await http.put(url, json={"colour": 1})).status_code == 400
