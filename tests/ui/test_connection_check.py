"""The settings dialog's Test buttons: the diagnostics of `boxoffice doctor`, as findings."""

from __future__ import annotations

from boxoffice.app.diagnostics import FAIL
from boxoffice.app.settings.till import Settings
from boxoffice.ui.connection_check import check_btcpay


async def test_the_settings_dialog_test_tells_a_wrong_store_apart(sim, tmp_path):
    settings = Settings.load(tmp_path / "settings.json", environ={})
    settings.btcpay_url = sim.btcpay_url
    settings.btcpay_store_id = "NoSuchStore"
    findings = await check_btcpay(settings, sim.btcpay_api_key, transport=sim.transport())
    assert [f.status for f in findings if "Store ID" in f.message] == [FAIL]
