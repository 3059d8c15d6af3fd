"""The whole sale through the in-process transport: the path every other layer relies on."""

from __future__ import annotations

from boxoffice.sim import seed


async def test_sale_end_to_end(sim, tt, bp, http, store_path):
    events = (await tt.get("/v1/events", params={"status": "published"})).json()["data"]
    assert seed.GBP_EVENT in [e["id"] for e in events]

    hold = await tt.post(
        "/v1/holds",
        data={"event_id": seed.GBP_EVENT, "note": "S1", f"ticket_type_id[{seed.GENERAL_TT}]": "2"},
    )
    assert hold.status_code == 201
    invoice = await bp.post(
        f"{store_path}/invoices",
        json={"amount": "53.00", "currency": "GBP", "metadata": {"orderId": "S1"}},
    )
    assert invoice.status_code == 200
    invoice_id = invoice.json()["id"]

    paid = await http.post(f"{sim.control_url}/invoices/{invoice_id}/pay", json={})
    assert paid.json()["status"] == "Settled"

    for _ in range(2):
        issued = await tt.post(
            "/v1/issued_tickets",
            data={
                "event_id": seed.GBP_EVENT,
                "ticket_type_id": seed.GENERAL_TT,
                "hold_id": hold.json()["id"],
                "full_name": "Ada Lovelace",
                "reference": "S1",
            },
        )
        assert issued.status_code == 201
    state = sim.state()
    assert [t["reference"] for t in state["issued_tickets"][:2]] == ["S1", "S1"]
    assert state["holds"][0]["total_on_hold"] == 0
    assert state["invoices"][0]["status"] == "Settled"
