"""The diagnostics' BTCPay checks against the simulator set up the ways a till goes wrong.

BTCPay answers a mistyped store id with 403 on every store route (no 404 on 2.x), and a role
without the store settings with 403 on the store alone (BuiltInPermissionHandler.cs). Staff
must never be told to grant a permission when the store id is wrong.
"""

from __future__ import annotations

import pytest

from boxoffice.app.diagnostics import FAIL, OK, WARN, Doctor
from boxoffice.app.settings.till import Settings
from boxoffice.sim import ManualClock, Simulator

P = "btcpay.store."


@pytest.fixture
def sim() -> Simulator:
    return Simulator(clock=ManualClock())


async def _btcpay_checks(sim: Simulator, tmp_path, key: str, store_id: str | None = None):
    settings = Settings.load(tmp_path / "settings.json", environ={})
    settings.btcpay_url = sim.btcpay_url
    settings.btcpay_store_id = store_id or sim.store_id
    doctor = Doctor(settings, transport=sim.transport())
    await doctor.check_btcpay(key)
    return doctor


def _text(doctor: Doctor, status: str) -> str:
    return " | ".join(f"{c.subject}: {c.message}" for c in doctor.checks if c.status == status)


async def test_a_mistyped_store_id_says_check_the_store_id_not_grant_a_permission(sim, tmp_path):
    typo = sim.store_id[:-1] + "X"
    doctor = await _btcpay_checks(sim, tmp_path, sim.btcpay_api_key, store_id=typo)
    failures = [c for c in doctor.checks if c.status == FAIL]
    assert len(failures) == 1
    assert "check the Store ID" in failures[0].message
    assert "not found, or this key is not allowed for this store" in failures[0].message
    assert sim.store_id in failures[0].message  # the store the key is for
    assert "grant" not in _text(doctor, FAIL).lower() + _text(doctor, WARN).lower()
    assert not any(c.subject == "BTCPay permissions" for c in doctor.checks)
    assert not any(c.subject == "E-mail" for c in doctor.checks)


async def test_an_unscoped_key_with_a_mistyped_store_is_told_the_same(sim, tmp_path):
    key = sim.add_btcpay_api_key([P + "canmodifystoresettings"])
    doctor = await _btcpay_checks(sim, tmp_path, key, store_id="NoSuchStore")
    assert "check the Store ID" in _text(doctor, FAIL)
    assert "permission" not in _text(doctor, FAIL).replace("not allowed", "")


async def test_a_role_without_store_settings_still_sells(sim, tmp_path):
    # Invoices work, the store's settings do not: a narrow role, not a wrong id.
    key = sim.add_btcpay_api_key([f"{P}canmodifyinvoices:{sim.store_id}"])
    doctor = await _btcpay_checks(sim, tmp_path, key)
    assert doctor.can_sell, _text(doctor, FAIL)
    assert f"{P}canviewstoresettings" in _text(doctor, WARN)
    assert "Store ID" not in _text(doctor, WARN)


async def test_a_key_without_the_email_permission_says_which_to_grant(sim, tmp_path):
    policies = ("canviewstoresettings", "cancreateinvoice", "canmodifyinvoices")
    key = sim.add_btcpay_api_key([f"{P}{p}:{sim.store_id}" for p in policies])
    doctor = await _btcpay_checks(sim, tmp_path, key)
    [email] = [c for c in doctor.checks if c.subject == "E-mail"]
    assert email.status == WARN
    assert f"{P}cansendstoreemails" in email.message
    assert doctor.can_sell


async def test_a_send_only_key_cannot_check_smtp_and_says_so(sim, tmp_path):
    policies = (
        "canviewstoresettings",
        "cancreateinvoice",
        "canmodifyinvoices",
        "cansendstoreemails",
    )
    key = sim.add_btcpay_api_key([f"{P}{p}:{sim.store_id}" for p in policies])
    doctor = await _btcpay_checks(sim, tmp_path, key)
    [email] = [c for c in doctor.checks if c.subject == "E-mail"]
    assert email.status == WARN
    assert "cannot check the store's SMTP settings" in email.message
    assert f"{P}canmodifystoresettings" in email.message


async def test_a_full_key_on_the_right_store_is_all_ok(sim, tmp_path):
    doctor = await _btcpay_checks(sim, tmp_path, sim.btcpay_api_key)
    assert _text(doctor, FAIL) == "" and _text(doctor, WARN) == ""
    assert "store “Riverside Arts Centre”" in _text(doctor, OK)


async def test_a_key_too_narrow_for_either_route_is_told_what_it_lacks(sim, tmp_path):
    # Store and invoices both 403, but the key never claimed either: a permission problem.
    key = sim.add_btcpay_api_key([f"{P}cancreateinvoice:{sim.store_id}"])
    doctor = await _btcpay_checks(sim, tmp_path, key)
    assert "Store ID" not in _text(doctor, FAIL)
    assert f"{P}canmodifyinvoices" in _text(doctor, FAIL)
