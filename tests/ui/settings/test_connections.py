"""Connections: the Test buttons, and Connect to BTCPay receiving a key from the browser."""

from __future__ import annotations

import httpx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from tests.ui.conftest import run_until
from tests.ui.helpers import find
from tests.ui.settings.helpers import open_dialog, type_text


def test_connection_tests_say_what_works_and_what_is_missing(qtbot, loop, sim, till_settings):
    dialog = open_dialog(qtbot, loop, till_settings, sim)
    qtbot.mouseClick(find(dialog, QPushButton, "testTicketTailorButton"), Qt.MouseButton.LeftButton)
    result = find(dialog, QLabel, "tickettailorTestResult")
    run_until(loop, lambda: "connected" in result.text(), message="TT ok")
    type_text(qtbot, dialog, "tickettailorKeyEdit", "sk_0_0_wrong")
    qtbot.mouseClick(find(dialog, QPushButton, "testTicketTailorButton"), Qt.MouseButton.LeftButton)
    run_until(loop, lambda: "refused" in result.text(), message="TT refused")

    weak = sim.add_btcpay_api_key([f"btcpay.store.cancreateinvoice:{sim.store_id}"])
    type_text(qtbot, dialog, "btcpayKeyEdit", weak)
    qtbot.mouseClick(find(dialog, QPushButton, "testBtcpayButton"), Qt.MouseButton.LeftButton)
    result = find(dialog, QLabel, "btcpayTestResult")
    run_until(loop, lambda: "canmodifyinvoices" in result.text(), message="BTCPay permissions")
    assert "connected to BTCPay" in result.text()


def test_connect_to_btcpay_receives_the_key_from_the_browser_flow(qtbot, loop, sim, till_settings):
    opened = []
    dialog = open_dialog(
        qtbot, loop, till_settings, sim, open_url=lambda url: opened.append(url.toString()) or True
    )
    find(dialog, QLineEdit, "btcpayKeyEdit").clear()
    find(dialog, QLineEdit, "setting_btcpay_store_id").clear()
    qtbot.mouseClick(find(dialog, QPushButton, "connectBtcpayButton"), Qt.MouseButton.LeftButton)
    run_until(loop, lambda: opened, message="the browser")
    address = httpx.URL(opened[0])
    assert str(address).startswith(sim.btcpay_url + "/api-keys/authorize")
    params = address.params
    assert "btcpay.store.cancreateinvoice" in params.get_list("permissions")
    # E-mails on: the 2.4.0+ send policy, and the older one (GreenfieldStoreEmailController.cs).
    assert "btcpay.store.canmodifystoresettings" in params.get_list("permissions")
    assert "btcpay.store.cansendstoreemails" in params.get_list("permissions")
    assert params["selectiveStores"] == "true"
    redirect = params["redirect"]
    assert redirect.startswith("http://127.0.0.1:")

    async def approve():
        async with httpx.AsyncClient(timeout=5) as client:
            return await client.post(
                redirect,
                data={
                    "apiKey": sim.btcpay_api_key,
                    "permissions[]": [f"btcpay.store.cancreateinvoice:{sim.store_id}"],
                },
            )

    assert loop.run_until_complete(approve()).status_code == 200
    run_until(
        loop,
        lambda: find(dialog, QLineEdit, "btcpayKeyEdit").text() == sim.btcpay_api_key,
        message="key filled",
    )
    assert find(dialog, QLineEdit, "setting_btcpay_store_id").text() == sim.store_id
    assert "Connected" in find(dialog, QLabel, "pairingStatus").text()
