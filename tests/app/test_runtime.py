"""The runtime: built from settings and secrets, with the simulator's transport swapped in."""

from __future__ import annotations

import asyncio
import logging
import os
import stat

import keyring
import pytest
from keyring.backends import fail

from boxoffice.app import paths
from boxoffice.app.runtime import ConfigurationError, Runtime, configure_logging, register_secret
from boxoffice.app.settings.till import Settings
from boxoffice.domain.catalogue import CatalogueSettings
from boxoffice.domain.order import Buyer, prepare_order
from boxoffice.domain.sale import SaleState
from boxoffice.sim import Simulator, seed


@pytest.fixture
def sim():
    return Simulator()


def sim_settings(sim, **values) -> Settings:
    base = {
        "tickettailor_url": sim.tickettailor_url,
        "btcpay_url": sim.btcpay_url,
        "btcpay_store_id": sim.store_id,
    }
    base.update(values)
    return Settings(base)


def _one_ticket(catalogue, settings: Settings):
    return prepare_order(
        catalogue,
        seed.GBP_EVENT,
        {seed.GENERAL_TT: 1},
        buyer=Buyer("Ada Lovelace", "ada@example.org"),
        checkout=settings.to_checkout(),
    )


@pytest.fixture
def keys(sim, memory_keyring):
    memory_keyring.set_password("boxoffice", "tickettailor-api-key", sim.tickettailor_api_key)
    memory_keyring.set_password("boxoffice", "btcpay-api-key", sim.btcpay_api_key)
    return memory_keyring


async def test_open_builds_a_till_that_sells_through_the_transport(sim, keys):
    settings = sim_settings(sim, send_ticket_emails=False)
    runtime = await Runtime.open(settings, transport=sim.transport())
    try:
        device_id = settings.device_id
        assert device_id and device_id.startswith("door-")
        assert Settings.load().device_id == device_id  # made once and saved
        assert runtime.engine.device_id == device_id
        catalogue = await runtime.catalogue.refresh()
        assert catalogue.event(seed.GBP_EVENT) is not None
        assert paths.catalogue_cache_path().exists()
        sale = await runtime.engine.start_sale(_one_ticket(catalogue, settings))
        assert sale.state is SaleState.AWAITING_PAYMENT
        sim.pay_invoice(sale.invoice_id)
        done = await runtime.engine.wait(sale.id)
        assert done.state is SaleState.COMPLETED
        assert [s.id for s in runtime.journal.sales()] == [sale.id]
    finally:
        await runtime.aclose()
    # The next start keeps the same till id.
    runtime = await Runtime.open(Settings.load(), transport=sim.transport())
    try:
        assert runtime.engine.device_id == device_id
    finally:
        await runtime.aclose()


async def test_on_the_network_a_till_listens_to_the_invoice_status_websocket(sim, keys):
    """Without a swapped transport the engine follows BTCPay's status websocket as a hint."""
    from boxoffice.sim.server import serve

    server, _url = serve(sim)
    try:
        settings = sim_settings(sim, send_ticket_emails=False)
        runtime = await Runtime.open(settings)
        try:
            catalogue = await runtime.catalogue.refresh()
            sale = await runtime.engine.start_sale(_one_ticket(catalogue, settings))
            for _ in range(3000):  # the socket opens beside the watcher's first wait
                if sim.requests_served("btcpay-websocket"):
                    break
                await asyncio.sleep(0.01)
            assert sim.requests_served("btcpay-websocket") == 1
            sim.pay_invoice(sale.invoice_id)
            done = await runtime.engine.wait(sale.id)
            assert done.state is SaleState.COMPLETED
        finally:
            await runtime.aclose()
    finally:
        server.stop()


async def test_catalogue_source_follows_the_settings(sim, keys):
    settings = sim_settings(sim, event_ids=[seed.JPY_EVENT])
    runtime = await Runtime.open(settings, transport=sim.transport())
    try:
        catalogue = await runtime.catalogue.refresh()
        assert [e.id for e in catalogue.events] == [seed.JPY_EVENT]
        settings.event_ids = [seed.FREE_EVENT]
        # Rebuilt from the current settings; the cache holds what was fetched.
        assert runtime.catalogue.settings == CatalogueSettings(event_ids=(seed.FREE_EVENT,))
    finally:
        await runtime.aclose()


async def test_nothing_set_names_every_setting_and_variable(memory_keyring):
    with pytest.raises(ConfigurationError) as caught:
        await Runtime.open(Settings({"tickettailor_url": ""}))
    text = str(caught.value)
    for variable in (
        "BOXOFFICE_TICKETTAILOR_URL",
        "BOXOFFICE_TICKETTAILOR_API_KEY",
        "BOXOFFICE_BTCPAY_URL",
        "BOXOFFICE_BTCPAY_API_KEY",
        "BOXOFFICE_BTCPAY_STORE_ID",
    ):
        assert variable in text
    assert "settings dialog" in text
    assert len(caught.value.missing) == 5
    assert not paths.journal_path().exists()  # nothing was opened


async def test_only_the_missing_pieces_are_named(sim, keys):
    keys.delete_password("boxoffice", "btcpay-api-key")
    with pytest.raises(ConfigurationError) as caught:
        await Runtime.open(sim_settings(sim, btcpay_store_id=""), transport=sim.transport())
    assert caught.value.missing == [
        "the BTCPay store ID (BOXOFFICE_BTCPAY_STORE_ID)",
        "the BTCPay API key (BOXOFFICE_BTCPAY_API_KEY)",
    ]


async def test_without_a_keyring_the_environment_is_the_way(sim, monkeypatch):
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(ConfigurationError, match="No keyring is available"):
        await Runtime.open(sim_settings(sim), transport=sim.transport())
    monkeypatch.setenv("BOXOFFICE_TICKETTAILOR_API_KEY", sim.tickettailor_api_key)
    monkeypatch.setenv("BOXOFFICE_BTCPAY_API_KEY", sim.btcpay_api_key)
    runtime = await Runtime.open(sim_settings(sim), transport=sim.transport())
    await runtime.aclose()


def test_the_log_file_is_in_the_data_dir_and_never_holds_a_key():
    path = configure_logging()
    assert path.parent == paths.log_dir()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    register_secret("my-odd-secret-value")
    log = logging.getLogger("boxoffice.test")
    log.warning("using key %s", "my-odd-secret-value")
    log.warning("header Authorization: token %s", "abc")
    try:
        raise ValueError("sk_1000_1000_AbCdEf in a traceback")
    except ValueError:
        log.exception("failed")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text()
    assert "using key ***" in text
    assert "my-odd-secret-value" not in text
    assert "token abc" not in text
    assert "sk_1000_1000_AbCdEf" not in text
    assert "ValueError" in text  # the traceback itself is kept


def test_configure_logging_twice_does_not_double_lines():
    path = configure_logging()
    configure_logging()
    logging.getLogger("boxoffice.test").warning("once")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert path.read_text().count("once") == 1


def test_qasync_debug_lines_stay_out_of_the_log_even_when_verbose():
    """qasync logs each executor call's arguments and result at DEBUG: never a secret's place."""
    path = configure_logging(logging.DEBUG)
    logging.getLogger("qasync").debug("Setting Future result: %s", "scrypt$16384$8$1$salt$hash")
    logging.getLogger("boxoffice.test").debug("an ordinary debug line")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text()
    assert "an ordinary debug line" in text
    assert "scrypt$" not in text
