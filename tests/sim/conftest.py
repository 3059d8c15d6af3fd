"""Fixtures for the simulator's own tests: a simulator on a manual clock and httpx clients."""

from __future__ import annotations

import httpx
import pytest

from boxoffice.sim import ManualClock, Simulator


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def sim(clock: ManualClock) -> Simulator:
    return Simulator(clock=clock)


@pytest.fixture
async def http(sim: Simulator):
    """A plain client on the in-process transport (tests pass full URLs)."""
    async with httpx.AsyncClient(transport=sim.transport(), timeout=5.0) as client:
        yield client


@pytest.fixture
async def tt(sim: Simulator):
    """A Ticket Tailor client: base URL + Basic auth with the key as user name."""
    async with httpx.AsyncClient(
        transport=sim.transport(),
        base_url=sim.tickettailor_url,
        auth=httpx.BasicAuth(sim.tickettailor_api_key, ""),
        timeout=5.0,
    ) as client:
        yield client


@pytest.fixture
async def bp(sim: Simulator):
    """A Greenfield client: base URL + `token` auth with the default key."""
    async with httpx.AsyncClient(
        transport=sim.transport(),
        base_url=sim.btcpay_url,
        headers={"Authorization": f"token {sim.btcpay_api_key}"},
        timeout=5.0,
    ) as client:
        yield client


@pytest.fixture
def store_path(sim: Simulator) -> str:
    return f"/api/v1/stores/{sim.store_id}"
