"""Injected faults and latency: error answers, delays that outlast the client, counts."""

from __future__ import annotations

import httpx
import pytest

from boxoffice.sim import ManualClock, Simulator, seed

HOLD_FORM = {"event_id": seed.GBP_EVENT, "note": "n", f"ticket_type_id[{seed.GENERAL_TT}]": "1"}


async def test_status_fault_answers_in_the_ticket_tailor_shape_for_count_requests(sim, tt):
    sim.add_fault(r"/tickettailor/v1/events", status=500, count=2)
    for _ in range(2):
        failed = await tt.get("/v1/events")
        assert failed.status_code == 500
        assert failed.json()["status"] == 500 and "message" in failed.json()
    assert (await tt.get("/v1/events")).status_code == 200


async def test_status_fault_answers_in_the_greenfield_shape(sim, bp, store_path):
    sim.add_fault(r"/invoices$", method="POST", status=500)
    failed = await bp.post(f"{store_path}/invoices", json={"amount": "1"})
    assert failed.status_code == 500 and failed.json()["code"] == "generic-error"
    assert (await bp.get(f"{store_path}/invoices")).status_code == 200  # other method: no fault
    assert sim.state()["invoices"] == []  # the failed request did nothing


@pytest.mark.parametrize("status", [502, 503, 504])
async def test_gateway_faults_look_like_a_proxy_page(sim, bp, status):
    sim.add_fault(r"^/btcpay/", status=status, count=1)
    failed = await bp.get("/api/v1/server/info")
    assert failed.status_code == status
    assert failed.headers["content-type"].startswith("text/html")
    assert "<h1>" in failed.text and "nginx" in failed.text


async def test_a_delay_longer_than_the_read_timeout_times_out_but_the_work_is_done(sim):
    sim.add_fault(r"/v1/holds$", method="POST", delay_ms=300, count=1)
    async with httpx.AsyncClient(
        transport=sim.transport(),
        base_url=sim.tickettailor_url,
        auth=(sim.tickettailor_api_key, ""),
        timeout=httpx.Timeout(5.0, read=0.05),
    ) as tt:
        with pytest.raises(httpx.ReadTimeout):
            await tt.post("/v1/holds", data=HOLD_FORM)
        # The outcome was unknown to the client, but the hold exists.
        holds = (await tt.get("/v1/holds")).json()["data"]
    assert len(holds) == 1 and holds[0]["total_on_hold"] == 1


async def test_a_delay_with_a_status_that_outlasts_the_client_does_nothing(sim):
    sim.add_fault(r"/v1/holds$", method="POST", delay_ms=300, status=500, count=1)
    async with httpx.AsyncClient(
        transport=sim.transport(), timeout=httpx.Timeout(5.0, read=0.05)
    ) as http:
        with pytest.raises(httpx.ReadTimeout):
            await http.post(
                f"{sim.tickettailor_url}/v1/holds",
                data=HOLD_FORM,
                auth=(sim.tickettailor_api_key, ""),
            )
    assert sim.state()["holds"] == []


async def test_a_short_delay_still_answers(sim, tt):
    sim.add_fault(r"/v1/ping", delay_ms=20, count=1)
    assert (await tt.get("/v1/ping")).status_code == 200
    assert sim.faults.faults == []  # used up


async def test_faults_never_touch_the_control_api(sim, http):
    sim.add_fault(r".*", status=500)
    assert (await http.get(f"{sim.control_url}/state")).status_code == 200
    cleared = await http.delete(f"{sim.control_url}/faults")
    assert cleared.status_code == 204
    assert (
        await http.get(f"{sim.tickettailor_url}/v1/ping", auth=(sim.tickettailor_api_key, ""))
    ).status_code == 200


async def test_faults_over_http(sim, http):
    added = await http.post(
        f"{sim.control_url}/faults",
        json={"path": "/v1/ping", "method": "get", "status": 503, "count": 1},
    )
    assert added.status_code == 201
    assert added.json() == [
        {
            "path": "/v1/ping",
            "method": "GET",
            "status": 503,
            "delay_ms": None,
            "count": 1,
            "kind": None,
        }
    ]
    ping = await http.get(f"{sim.tickettailor_url}/v1/ping", auth=(sim.tickettailor_api_key, ""))
    assert ping.status_code == 503
    bad = await http.post(f"{sim.control_url}/faults", json={"path": "(", "status": 500})
    assert bad.status_code == 400
    empty = await http.post(f"{sim.control_url}/faults", json={"path": "x"})
    assert empty.status_code == 400  # neither status nor delay


async def test_latency_applies_to_api_requests_only():
    sim = Simulator(clock=ManualClock(), latency_ms=300)
    async with httpx.AsyncClient(
        transport=sim.transport(), timeout=httpx.Timeout(5.0, read=0.05)
    ) as http:
        with pytest.raises(httpx.ReadTimeout):
            await http.get(f"{sim.btcpay_url}/api/v1/health")
        assert (await http.get(f"{sim.control_url}/state")).status_code == 200


async def test_a_cloudflare_fault_answers_an_html_403_not_ticket_tailors_json(sim, http):
    # Ticket Tailor sits behind Cloudflare (live `Server: cloudflare`); a WAF block is HTML.
    sim.add_fault("/v1/events", status=403, kind="cloudflare", count=1)
    url = f"{sim.tickettailor_url}/v1/events"
    blocked = await http.get(url, auth=(sim.tickettailor_api_key, ""))
    assert blocked.status_code == 403
    assert blocked.headers["content-type"].startswith("text/html")
    assert blocked.headers["server"] == "cloudflare"
    assert "Sorry, you have been blocked" in blocked.text
    again = await http.get(url, auth=(sim.tickettailor_api_key, ""))
    assert again.status_code == 200


async def test_a_cloudflare_fault_over_the_control_api(sim, http):
    added = await http.post(
        f"{sim.control_url}/faults",
        json={"path": "/v1/ping", "status": 403, "kind": "cloudflare", "count": 1},
    )
    assert added.status_code == 201 and added.json()[0]["kind"] == "cloudflare"
    ping = await http.get(f"{sim.tickettailor_url}/v1/ping", auth=(sim.tickettailor_api_key, ""))
    assert ping.status_code == 403 and ping.headers["content-type"].startswith("text/html")
    bad = await http.post(
        f"{sim.control_url}/faults", json={"path": "x", "status": 403, "kind": "akamai"}
    )
    assert bad.status_code == 400


def test_an_unknown_fault_kind_is_refused(sim):
    with pytest.raises(ValueError, match="unknown fault kind"):
        sim.add_fault("/v1/events", status=403, kind="akamai")
