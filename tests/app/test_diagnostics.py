"""The diagnostics (`boxoffice doctor`, the dialog's Test buttons) against the simulator: what
they find and what they ask to fix."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail

from boxoffice.app.diagnostics import FAIL, OK, WARN, Doctor
from boxoffice.app.settings.till import Settings
from boxoffice.sim import Simulator, seed


@pytest.fixture
def sim():
    return Simulator()


@pytest.fixture
def configured(sim, monkeypatch):
    """A till set up for the simulator through the environment."""
    monkeypatch.setenv("BOXOFFICE_TICKETTAILOR_URL", sim.tickettailor_url)
    monkeypatch.setenv("BOXOFFICE_TICKETTAILOR_API_KEY", sim.tickettailor_api_key)
    monkeypatch.setenv("BOXOFFICE_BTCPAY_URL", sim.btcpay_url)
    monkeypatch.setenv("BOXOFFICE_BTCPAY_API_KEY", sim.btcpay_api_key)
    monkeypatch.setenv("BOXOFFICE_BTCPAY_STORE_ID", sim.store_id)
    return monkeypatch


async def diagnose(sim) -> Doctor:
    doctor = Doctor(Settings.load(), transport=sim.transport())
    await doctor.run()
    return doctor


def lines(doctor: Doctor, status: str) -> list[str]:
    return [f"{c.subject}: {c.message}" for c in doctor.checks if c.status == status]


async def test_a_well_set_up_till_can_sell(sim, configured):
    doctor = await diagnose(sim)
    assert lines(doctor, FAIL) == []
    assert doctor.can_sell
    ok = " ".join(lines(doctor, OK))
    assert "Summer Chamber Night" in ok  # an event on sale was seen
    assert "BOXOFFICE_BTCPAY_API_KEY" in ok  # where the key came from
    assert "tickets are e-mailed from tickets@riverside-arts.example" in ok  # key and SMTP


async def test_a_key_without_modify_invoices_is_a_failure_naming_the_permission(sim, configured):
    store = sim.store_id
    limited = sim.add_btcpay_api_key(
        [f"btcpay.store.canviewstoresettings:{store}", f"btcpay.store.cancreateinvoice:{store}"]
    )
    configured.setenv("BOXOFFICE_BTCPAY_API_KEY", limited)
    doctor = await diagnose(sim)
    assert not doctor.can_sell
    failures = lines(doctor, FAIL)
    assert len(failures) == 1
    assert "btcpay.store.canmodifyinvoices" in failures[0]
    assert "modify invoices" in failures[0]
    # E-mail is only a warning: selling works without it.
    assert any("btcpay.store.canmodifystoresettings" in w for w in lines(doctor, WARN))


async def test_missing_email_permission_is_only_a_warning(sim, configured):
    store = sim.store_id
    key = sim.add_btcpay_api_key(
        [f"btcpay.store.canviewstoresettings:{store}", f"btcpay.store.canmodifyinvoices:{store}"]
    )
    configured.setenv("BOXOFFICE_BTCPAY_API_KEY", key)
    doctor = await diagnose(sim)
    assert doctor.can_sell
    assert [w for w in lines(doctor, WARN) if w.startswith("E-mail")]
    # With e-mails turned off there is nothing to warn about.
    configured.setenv("BOXOFFICE_SEND_TICKET_EMAILS", "false")
    doctor = await diagnose(sim)
    assert not [w for w in lines(doctor, WARN) if w.startswith("E-mail")]


async def test_a_key_without_the_refund_permission_sells_and_is_told_what_refunds_need(
    sim, configured
):
    store = sim.store_id
    key = sim.add_btcpay_api_key(
        [f"btcpay.store.canviewstoresettings:{store}", f"btcpay.store.canmodifyinvoices:{store}"]
    )
    configured.setenv("BOXOFFICE_BTCPAY_API_KEY", key)
    doctor = await diagnose(sim)
    assert doctor.can_sell
    refunds = [w for w in lines(doctor, WARN) if "refunds from the till" in w]
    assert len(refunds) == 1
    assert "btcpay.store.cancreatenonapprovedpullpayments" in refunds[0]
    # The simulator's own key may refund: nothing to warn about.
    configured.setenv("BOXOFFICE_BTCPAY_API_KEY", sim.btcpay_api_key)
    doctor = await diagnose(sim)
    assert not [w for w in lines(doctor, WARN) if "refunds from the till" in w]


async def test_a_refused_ticket_tailor_key(sim, configured):
    configured.setenv("BOXOFFICE_TICKETTAILOR_API_KEY", "sk_1_1_wrong")
    doctor = await diagnose(sim)
    assert not doctor.can_sell
    assert any("Ticket Tailor" in f and "refused" in f for f in lines(doctor, FAIL))


async def test_a_wrong_store_id(sim, configured):
    configured.setenv("BOXOFFICE_BTCPAY_STORE_ID", "NoSuchStore")
    doctor = await diagnose(sim)
    assert not doctor.can_sell
    assert any("NoSuchStore" in f for f in lines(doctor, FAIL))


async def test_nothing_set_up_names_every_missing_piece(sim, configured):
    for name in ("BOXOFFICE_BTCPAY_URL", "BOXOFFICE_BTCPAY_API_KEY", "BOXOFFICE_BTCPAY_STORE_ID"):
        configured.delenv(name)
    doctor = await diagnose(sim)
    text = " ".join(lines(doctor, FAIL))
    assert "BOXOFFICE_BTCPAY_URL" in text
    assert "BOXOFFICE_BTCPAY_STORE_ID" in text
    assert "BOXOFFICE_BTCPAY_API_KEY" in text
    # Ticket Tailor was still checked.
    assert any(line.startswith("Ticket Tailor: connected") for line in lines(doctor, OK))


async def test_no_keyring_and_no_environment_says_to_set_the_variable(sim, configured):
    configured.delenv("BOXOFFICE_TICKETTAILOR_API_KEY")
    keyring.set_keyring(fail.Keyring())
    doctor = await diagnose(sim)
    assert any("BOXOFFICE_TICKETTAILOR_API_KEY" in f for f in lines(doctor, FAIL))


async def test_keys_from_the_keyring_are_found(sim, configured, memory_keyring):
    configured.delenv("BOXOFFICE_BTCPAY_API_KEY")
    memory_keyring.set_password("boxoffice", "btcpay-api-key", sim.btcpay_api_key)
    doctor = await diagnose(sim)
    assert doctor.can_sell
    assert any(
        line.startswith("BTCPay API key: found from the keyring") for line in lines(doctor, OK)
    )


async def test_selected_events_that_do_not_exist(sim, configured):
    configured.setenv("BOXOFFICE_EVENT_IDS", "ev_999999")
    doctor = await diagnose(sim)
    assert any("ev_999999" in w for w in lines(doctor, WARN))
    assert any("no event is on sale" in f for f in lines(doctor, FAIL))
    assert not doctor.can_sell


async def test_an_unreachable_btcpay(sim, configured):
    sim.add_fault(r"^/btcpay/", status=503)
    doctor = await diagnose(sim)
    assert not doctor.can_sell
    assert any(f.startswith("BTCPay: cannot be used") for f in lines(doctor, FAIL))


# -- Ticket Tailor as it really is: seated types, masking keys, Cloudflare -------------------


def tt_lines(doctor: Doctor, status: str) -> list[str]:
    return [c.message for c in doctor.checks if c.status == status and c.subject == "Ticket Tailor"]


async def test_seated_ticket_types_of_an_event_on_sale_are_a_warning(sim, configured):
    doctor = await diagnose(sim)
    warnings = [w for w in tt_lines(doctor, WARN) if "reserved seating" in w]
    assert len(warnings) == 1
    assert "Jazz on the River" in warnings[0] and "Terrace Tables" in warnings[0]
    assert doctor.can_sell


async def test_a_key_that_hides_personal_data_is_a_warning(sim, configured):
    configured.setenv(
        "BOXOFFICE_TICKETTAILOR_API_KEY", sim.add_tickettailor_api_key(hide_personal_data=True)
    )
    doctor = await diagnose(sim)
    assert any('"****"' in w and "hide personal data" in w for w in tt_lines(doctor, WARN))
    plain = await diagnose_with_key(sim, configured, sim.tickettailor_api_key)
    assert not any('"****"' in w for w in tt_lines(plain, WARN))


async def diagnose_with_key(sim, configured, key: str) -> Doctor:
    configured.setenv("BOXOFFICE_TICKETTAILOR_API_KEY", key)
    return await diagnose(sim)


async def test_a_cloudflare_block_page_is_not_blamed_on_the_key(sim, configured):
    sim.add_fault("/tickettailor/", status=403, kind="cloudflare")
    doctor = await diagnose(sim)
    (failure,) = tt_lines(doctor, FAIL)
    assert "blocked or failed before reaching Ticket Tailor" in failure
    assert "key is not the problem" in failure
    assert "refused" not in failure and "may not" not in failure


async def test_exclusive_sales_tax_is_named_as_the_reason_an_event_is_not_sold(sim, configured):
    from decimal import Decimal

    sim.tickettailor.events[seed.JAZZ_EVENT].sales_tax_percentage = Decimal("20")
    doctor = await diagnose(sim)
    assert any(
        w.startswith("Jazz on the River is not sold at this door: sales tax is added on top")
        for w in tt_lines(doctor, WARN)
    )
