"""The doctor's e-mail check: a key that may send e-mail is not enough, the store needs SMTP."""

from __future__ import annotations

import pytest

from boxoffice.app.diagnostics import OK, WARN, Doctor
from boxoffice.app.settings.till import Settings
from boxoffice.services.btcpay.pairing import POS_PERMISSIONS
from boxoffice.sim import ManualClock, Simulator


@pytest.fixture
def sim() -> Simulator:
    return Simulator(clock=ManualClock())


def _settings(sim: Simulator, tmp_path) -> Settings:
    settings = Settings.load(tmp_path / "settings.json", environ={})
    settings.btcpay_url = sim.btcpay_url
    settings.btcpay_store_id = sim.store_id
    return settings


async def _email_checks(sim: Simulator, tmp_path, key: str) -> list:
    doctor = Doctor(_settings(sim, tmp_path), transport=sim.transport())
    await doctor.check_btcpay(key)
    return [check for check in doctor.checks if check.subject == "E-mail"]


async def test_a_store_with_smtp_can_email_the_tickets(sim, tmp_path):
    [check] = await _email_checks(sim, tmp_path, sim.btcpay_api_key)
    assert check.status == OK
    assert "tickets@riverside-arts.example" in check.message


async def test_a_store_without_smtp_is_named_as_the_reason(sim, tmp_path):
    sim.smtp_configured = False
    [check] = await _email_checks(sim, tmp_path, sim.btcpay_api_key)
    assert check.status == WARN
    assert "SMTP is not configured" in check.message
    # The server's own SMTP may still carry it (EmailSenderFactory.cs): "may not", not "cannot".
    assert "may not be sent" in check.message and "cannot be e-mailed" not in check.message


async def test_a_key_that_may_not_email_says_which_permission_is_missing(sim, tmp_path):
    scoped = [f"{p}:{sim.store_id}" for p in POS_PERMISSIONS]
    [check] = await _email_checks(sim, tmp_path, sim.add_btcpay_api_key(scoped))
    assert check.status == WARN
    # 2.4.0+ asks for cansendstoreemails; older servers for canmodifystoresettings.
    assert "btcpay.store.cansendstoreemails" in check.message
    assert "btcpay.store.canmodifystoresettings" in check.message
