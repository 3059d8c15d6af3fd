"""The simulator counts the requests it serves, per service, and Ticket Tailor's rate limit can
be set to any number of requests per window of any length ("5000 per 30 minutes")."""

from __future__ import annotations

import httpx
import pytest

from boxoffice.sim import ManualClock, Simulator
from boxoffice.sim.server import serve


def counts(sim: Simulator) -> list[int]:
    return [sim.requests_served(s) for s in ("tickettailor", "btcpay", "btcpay-websocket")]


async def test_requests_are_counted_per_service(sim, tt, bp, http, store_path):
    assert counts(sim) == [0, 0, 0]
    for _ in range(3):
        assert (await tt.get("/v1/ping")).status_code == 200
    assert (await bp.get(f"{store_path}/invoices/NoSuchInvoice")).status_code == 403
    invoice = (await bp.post(f"{store_path}/invoices", json={"amount": "5"})).json()
    assert (await http.get(invoice["checkoutLink"])).status_code == 200
    assert (await http.get(f"{sim.control_url}/state")).status_code == 200  # not counted
    assert counts(sim) == [3, 3, 0]
    sim.reset_request_counts()
    assert counts(sim) == [0, 0, 0]


async def test_refused_and_faulted_requests_count_too(sim, tt, bp, store_path):
    sim.add_fault("/v1/ping", status=503, count=1)
    assert (await tt.get("/v1/ping")).status_code == 503
    assert (await tt.get("/v1/events", auth=("sk_wrong", ""))).status_code == 401
    sim.add_fault("/invoices$", kind="drop_answer", count=1)
    with pytest.raises(httpx.ReadTimeout):
        await bp.post(f"{store_path}/invoices", json={"amount": "5"})
    assert sim.requests_served("tickettailor") == 2
    assert sim.requests_served("btcpay") == 1


def test_loopback_requests_are_counted_too():
    sim = Simulator(clock=ManualClock())
    server, url = serve(sim)
    try:
        with httpx.Client(timeout=20.0) as client:
            key = (sim.tickettailor_api_key, "")
            assert client.get(f"{url}/tickettailor/v1/ping", auth=key).status_code == 200
            assert client.get(f"{url}/btcpay/api/v1/health").status_code == 200
    finally:
        server.stop()
    assert sim.requests_served("tickettailor") == sim.requests_served("btcpay") == 1


def test_an_unknown_service_is_an_error(sim):
    with pytest.raises(ValueError, match="tickettailor"):
        sim.requests_served("stripe")


async def test_5000_requests_per_30_minutes_can_be_enforced():
    clock = ManualClock()
    sim = Simulator(clock=clock, tickettailor_rate_limit=5000)
    assert sim.tickettailor_rate_window == 30 * 60  # the default window
    async with httpx.AsyncClient(
        transport=sim.transport(),
        base_url=sim.tickettailor_url,
        auth=(sim.tickettailor_api_key, ""),
        timeout=20.0,
    ) as tt:
        for _ in range(4999):
            assert (await tt.get("/v1/ping")).status_code == 200
        last = await tt.get("/v1/ping")
        assert last.status_code == 200
        assert last.headers["X-Rate-Limit-Limit"] == "5000"
        assert last.headers["X-Rate-Limit-Remaining"] == "0"
        refused = await tt.get("/v1/ping")
        assert refused.status_code == 429
        assert refused.headers["X-Rate-Limit-Reset"] == "1800"
        clock.advance(30 * 60 - 1)
        assert (await tt.get("/v1/ping")).status_code == 429
        clock.advance(1)
        again = await tt.get("/v1/ping")
        assert again.status_code == 200
        assert again.headers["X-Rate-Limit-Remaining"] == "4999"
    assert sim.requests_served("tickettailor") == 5003


async def test_the_window_length_can_be_set(tt, sim, clock):
    sim.tickettailor_rate_limit = 2
    sim.tickettailor_rate_window = 60
    assert [(await tt.get("/v1/ping")).status_code for _ in range(3)] == [200, 200, 429]
    assert (await tt.get("/v1/ping")).headers["X-Rate-Limit-Reset"] == "60"
    assert sim.tickettailor.rate_limited == 2  # the two refused, counted for the benchmark
    clock.advance(60)
    assert (await tt.get("/v1/ping")).status_code == 200
    longer = Simulator(clock=ManualClock(), tickettailor_rate_window=3600)
    assert longer.tickettailor_rate_window == 3600
