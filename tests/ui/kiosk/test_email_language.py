"""A kiosk customer served in German gets a German ticket e-mail, even when it goes out after
the kiosk has welcomed the next customer in English."""

from __future__ import annotations

import asyncio
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from boxoffice.domain.sale import SaleState
from boxoffice.sim import seed
from boxoffice.ui import i18n
from boxoffice.ui.app import TillSession
from tests.ui.conftest import run_until
from tests.ui.helpers import find
from tests.ui.kiosk.test_shell import PIN


@pytest.fixture
def kiosk(qtbot, loop, qapp, monkeypatch):
    from boxoffice.sim.server import serve
    from boxoffice.sim.simulator import Simulator

    sim = Simulator()
    server, _url = serve(sim)
    for name, value in {
        "BOXOFFICE_TICKETTAILOR_URL": sim.tickettailor_url,
        "BOXOFFICE_BTCPAY_URL": sim.btcpay_url,
        "BOXOFFICE_BTCPAY_STORE_ID": sim.store_id,
        "BOXOFFICE_TICKETTAILOR_API_KEY": sim.tickettailor_api_key,
        "BOXOFFICE_BTCPAY_API_KEY": sim.btcpay_api_key,
        "BOXOFFICE_KIOSK_PIN": PIN,
        # An on-chain payment waits for its confirmation: the customer is let go meanwhile.
        "BOXOFFICE_SPEED_POLICY": "MediumSpeed",
    }.items():
        monkeypatch.setenv(name, value)
    till = TillSession(kiosk=True)
    till.show()
    run_until(loop, lambda: till.till.kiosk.attract._cards, message="the event cards")
    try:
        yield till, sim
    finally:
        loop.run_until_complete(till.aclose())
        if till.till.kiosk is not None:
            till.till.kiosk.lock.unlock()
        till.window.close()
        i18n.remove_language(qapp)
        server.stop()


async def until(condition, message: str) -> None:
    """Wait for `condition()` with the loop running throughout.

    The whole visit runs as one coroutine: the loop must not stop between the steps, because
    qasync handles pending callbacks once more after stopping, outside the running loop, and a
    request the language switch cancelled would then break the shared connection pool (the app
    itself never stops its loop)."""
    deadline = time.monotonic() + 30.0
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {message}")
        await asyncio.sleep(0.01)


def test_a_german_sale_confirmed_after_the_next_customer_chose_english_e_mails_german(
    qtbot, loop, kiosk
):
    session, sim = kiosk

    def click(widget) -> None:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    async def switch_to(code: str) -> None:
        before = session.window
        click(find(before, QPushButton, f"language_{code}"))
        await until(lambda: session.window is not before, f"the window in {code}")
        await until(lambda: session.till.kiosk.attract._cards, "the event cards")
        assert i18n.current_language() == code

    async def visit() -> dict:
        await switch_to("de")
        window = session.window
        click(find(window, QPushButton, f"eventCard_{seed.GBP_EVENT}"))
        click(window.tickets_page.rows[seed.GENERAL_TT].plus)
        window.tickets_page.email.setText("kunde@example.de")
        click(find(window, QPushButton, "checkoutButton"))
        await until(lambda: window.pages.currentWidget() is window.payment_page, "the payment")
        engine = session.flow.runtime.engine
        (sale,) = engine.recent_sales()
        assert sale.order.language == "de"

        sim.pay_invoice(sale.invoice_id, "BTC-CHAIN")
        await until(lambda: engine.sale(sale.id).state is SaleState.CONFIRMING, "confirming")
        # The kiosk lets the customer go while it confirms; the next customer picks English.
        session.till.kiosk.results.confirming_timer.timeout.emit()
        await until(lambda: not session.flow.selling, "the customer let go")
        if i18n.current_language() != "en":
            await switch_to("en")
        assert session.window.attract_page.start.text() == "Touch to buy tickets"
        assert session.flow.runtime.engine is engine  # the same till, still watching the sale

        sim.confirm_invoice(sale.invoice_id)
        await until(lambda: sim.state()["emails"], "the ticket e-mail")
        (email,) = sim.state()["emails"]
        return email

    email = loop.run_until_complete(visit())
    assert email["to"] == "kunde@example.de"
    assert email["subject"] == "Ihre Tickets für Summer Chamber Night"
    assert "<p>Guten Tag,</p>" in email["body"]
    assert "Hier ist Ihr Ticket für Summer Chamber Night." in email["body"]
    assert "Datum: " in email["body"] and "Date: " not in email["body"]
    assert i18n.current_language() == "en"  # sending it changed nothing on the window
