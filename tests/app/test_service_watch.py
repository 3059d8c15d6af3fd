"""The kiosk's BTCPay check against the simulator: each way BTCPay stops selling, and no write."""

from __future__ import annotations

import logging

import pytest

from boxoffice.app import service_watch
from boxoffice.app.service_watch import probe_btcpay
from boxoffice.services.btcpay import permissions
from boxoffice.services.btcpay.client import BTCPayClient
from boxoffice.services.errors import (
    AuthenticationError,
    PermissionDeniedError,
    UnavailableError,
)
from boxoffice.sim import ManualClock, Simulator

P = "btcpay.store."


@pytest.fixture
def sim() -> Simulator:
    return Simulator(clock=ManualClock())


def client_for(sim: Simulator, key: str | None = None, store_id: str | None = None):
    return BTCPayClient(
        sim.btcpay_url,
        key or sim.btcpay_api_key,
        store_id or sim.store_id,
        transport=sim.transport(),
    )


async def test_a_working_btcpay_passes_and_nothing_is_written(sim):
    before = sim.state()
    async with client_for(sim) as client:
        assert await probe_btcpay(client) is None
    assert sim.state() == before


async def test_a_server_error_is_unavailable(sim):
    sim.add_fault(r"^/btcpay/", status=503)
    async with client_for(sim) as client:
        with pytest.raises(UnavailableError):
            await probe_btcpay(client)


async def test_a_server_that_does_not_answer_times_out(sim, monkeypatch):
    monkeypatch.setattr(service_watch, "PROBE_TIMEOUT", 0.2)
    sim.add_fault(r"^/btcpay/", delay_ms=5_000)
    async with client_for(sim) as client:
        with pytest.raises(TimeoutError):
            await probe_btcpay(client)


async def test_a_revoked_key_is_refused(sim):
    key = sim.add_btcpay_api_key([f"{P}canmodifyinvoices:{sim.store_id}"])
    async with client_for(sim, key) as client:
        await probe_btcpay(client)
        await client.request("DELETE", "/api/v1/api-keys/current")  # revoked in BTCPay
        with pytest.raises(AuthenticationError) as caught:
            await probe_btcpay(client)
    assert caught.value.service == "BTCPay"


async def test_a_key_that_cannot_create_invoices_lacks_a_permission(sim):
    key = sim.add_btcpay_api_key([f"{P}canviewinvoices:{sim.store_id}"])
    async with client_for(sim, key) as client:
        with pytest.raises(PermissionDeniedError) as caught:
            await probe_btcpay(client)
    assert caught.value.permission == permissions.CAN_CREATE_INVOICE


async def test_a_key_without_the_store_settings_still_sells(sim):
    # The doctor only warns without canviewstoresettings: the check must not be stricter.
    key = sim.add_btcpay_api_key([f"{P}canmodifyinvoices:{sim.store_id}"])
    async with client_for(sim, key) as client:
        assert await probe_btcpay(client) is None


async def test_a_store_that_refuses_its_invoices_lacks_a_permission(sim):
    # The key lists the permission, but the store answers 403: a role that lost it, or a
    # wrong store id (BTCPay 2.x has no 404 for a store).
    sim.add_fault(r"/stores/[^/]+/invoices$", method="GET", status=403)
    async with client_for(sim) as client:
        with pytest.raises(PermissionDeniedError) as caught:
            await probe_btcpay(client)
    assert caught.value.permission == permissions.CAN_VIEW_INVOICES


async def test_a_mistyped_store_id_lacks_a_permission(sim):
    async with client_for(sim, store_id=sim.store_id[:-1] + "X") as client:
        with pytest.raises(PermissionDeniedError):
            await probe_btcpay(client)


async def test_the_key_is_never_logged_nor_in_the_error(sim, caplog):
    caplog.set_level(logging.DEBUG)
    key = sim.btcpay_api_key
    errors: list[BaseException] = []
    for fault in (dict(status=503), dict(status=401), dict(kind="html")):
        sim.clear_faults()
        sim.add_fault(r"^/btcpay/", **fault)
        async with client_for(sim) as client:
            try:
                await probe_btcpay(client)
            except Exception as error:
                errors.append(error)
    assert len(errors) == 3
    assert all(key not in f"{error} {error!r}" for error in errors)
    assert caplog.records  # the retries were logged, so the check below means something
    assert key not in caplog.text
