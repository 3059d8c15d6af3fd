"""A kiosk notices BTCPay's trouble before a customer pays, and Ticket Tailor's apart from it."""

from __future__ import annotations

import asyncio
import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from boxoffice.sim import seed
from boxoffice.ui.kiosk import out_of_order
from tests.ui.conftest import run_until
from tests.ui.helpers import find
from tests.ui.kiosk.test_shell import kiosk  # noqa: F401  (the fixture)

#: Every BTCPay request of the simulator (its URL prefix).
BTCPAY = r"^/btcpay/"
#: The first request of each BTCPay check (the key in use).
KEY_ROUTE = r"^/btcpay/api/v1/api-keys/current$"


def settled(loop, out) -> None:
    """Wait until no BTCPay check and no catalogue refresh is out."""
    tasks = out.flow.tasks
    run_until(
        loop,
        lambda: not out.checking and not tasks.running("catalogue"),
        message="the checks settled",
    )


def shown_code(out) -> str | None:
    return out.screen.code.text().rsplit(" ", 1)[-1] if out.screen.isVisible() else None


def buy_until_payment(qtbot, loop, window) -> None:
    """A customer taps an event, one ticket, an e-mail and Pay; waits for the payment page."""
    qtbot.mouseClick(
        find(window, QPushButton, f"eventCard_{seed.GBP_EVENT}"), Qt.MouseButton.LeftButton
    )
    qtbot.mouseClick(
        find(window, QPushButton, f"qty_{seed.GENERAL_TT}Plus"), Qt.MouseButton.LeftButton
    )
    window.tickets_page.email.setText("pay@example.org")
    qtbot.mouseClick(find(window, QPushButton, "checkoutButton"), Qt.MouseButton.LeftButton)
    run_until(loop, lambda: window.pages.currentWidget() is window.payment_page, message="pay")


@pytest.mark.parametrize(
    ("status", "code"),
    [(503, "OOO-NET"), (401, "OOO-BTCPAY-KEY"), (403, "OOO-PERM")],
)
def test_btcpay_trouble_puts_the_kiosk_out_of_order_before_any_sale(
    qtbot,
    loop,
    kiosk,  # noqa: F811
    sim,
    caplog,
    status,
    code,
):
    window, shell = kiosk
    out = shell.out_of_order
    settled(loop, out)
    assert not out.screen.isVisible() and out.code is None
    caplog.set_level(logging.DEBUG)
    sim.add_fault(BTCPAY, status=status)
    window.flow.events.refresh()  # as after every sale: Ticket Tailor answers, BTCPay does not
    run_until(loop, out.screen.isVisible, message="out of order")
    assert shown_code(out) == code
    assert (out.tickettailor, out.btcpay) == (None, code)
    # Nobody pressed Pay: no sale, no hold, no invoice.
    assert window.flow.current_sale_id is None
    state = sim.state()
    assert state["holds"] == [] and state["invoices"] == []
    assert sim.btcpay_api_key not in caplog.text
    assert f"BTCPay cannot take payments ({code})" in caplog.text

    sim.clear_faults()
    out.recheck()  # what its timer does every 30 s
    run_until(loop, lambda: not out.screen.isVisible(), message="back in order")
    assert out.code is None
    assert window.pages.currentWidget() is window.attract_page


@pytest.fixture
def fast_recheck(monkeypatch):
    """Kiosks built after this look again every 50 ms instead of every 30 s."""
    monkeypatch.setattr(out_of_order, "RECHECK_SECONDS", 0.05)


def test_it_comes_back_by_itself_when_btcpay_does(
    fast_recheck,
    qtbot,
    loop,
    kiosk,  # noqa: F811
    sim,
):
    window, shell = kiosk
    out = shell.out_of_order
    settled(loop, out)
    sim.add_fault(BTCPAY, status=503)
    window.flow.events.refresh()
    run_until(loop, lambda: shown_code(out) == "OOO-NET", message="out of order")
    sim.clear_faults()
    run_until(loop, lambda: not out.screen.isVisible(), message="back by itself")
    assert out.code is None


def test_a_service_slower_than_the_recheck_is_still_heard(
    fast_recheck,
    qtbot,
    loop,
    kiosk,  # noqa: F811
    sim,
):
    # Each recheck would cancel the refresh before it (the latest wins) and the kiosk would
    # never come back: a refresh under way is left to finish.
    window, shell = kiosk
    out = shell.out_of_order
    settled(loop, out)
    sim.add_fault(BTCPAY, status=503)
    window.flow.events.refresh()
    run_until(loop, lambda: shown_code(out) == "OOO-NET", message="out of order")
    sim.clear_faults()
    sim.add_fault(r"^/tickettailor/", delay_ms=400)  # eight rechecks' time per request
    sim.add_fault(BTCPAY, delay_ms=400)
    run_until(loop, lambda: not out.screen.isVisible(), message="back by itself")
    assert out.code is None


def test_a_customer_who_begins_learns_of_it_before_pay(qtbot, loop, kiosk, sim):  # noqa: F811
    # BTCPay goes while the kiosk waits on its welcome screen, with no refresh since.
    window, shell = kiosk
    out = shell.out_of_order
    settled(loop, out)
    sim.add_fault(BTCPAY, status=503)
    qtbot.mouseClick(
        find(window, QPushButton, f"eventCard_{seed.GBP_EVENT}"), Qt.MouseButton.LeftButton
    )
    assert window.pages.currentWidget() is window.tickets_page
    run_until(loop, lambda: shown_code(out) == "OOO-NET", message="out of order")
    assert not window.flow.selling and sim.state()["holds"] == []


def test_each_service_is_its_own_fact_and_the_recheck_asks_both(qtbot, loop, kiosk, sim):  # noqa: F811
    window, shell = kiosk
    out = shell.out_of_order
    refreshes: list[object] = []
    window.flow.events.refreshed.connect(refreshes.append)
    settled(loop, out)

    sim.add_fault(BTCPAY, status=503)
    window.flow.events.refresh()
    run_until(loop, lambda: shown_code(out) == "OOO-NET", message="BTCPay out")
    # A good catalogue refresh (Ticket Tailor answers) does not clear BTCPay's outage.
    window.flow.events.refresh()
    run_until(loop, lambda: len(refreshes) == 2, message="Ticket Tailor answered")
    settled(loop, out)
    assert refreshes[-1] is not None and out.tickettailor is None
    assert shown_code(out) == "OOO-NET"

    # Both bad: Ticket Tailor's code comes first, whatever BTCPay says.
    sim.add_fault(r"^/tickettailor/", status=401)
    out.recheck()
    run_until(loop, lambda: shown_code(out) == "OOO-TT-KEY", message="Ticket Tailor out")
    settled(loop, out)
    assert (out.tickettailor, out.btcpay) == ("OOO-TT-KEY", "OOO-NET")

    # BTCPay back, Ticket Tailor still refused: a good BTCPay check does not clear it.
    sim.clear_faults()
    sim.add_fault(r"^/tickettailor/", status=401)
    out.recheck()
    run_until(loop, lambda: out.btcpay is None, message="BTCPay answered")
    settled(loop, out)
    assert shown_code(out) == "OOO-TT-KEY"

    # Ticket Tailor back while BTCPay is down again: BTCPay's code shows.
    sim.clear_faults()
    sim.add_fault(BTCPAY, status=503)
    out.recheck()
    run_until(loop, lambda: out.tickettailor is None, message="Ticket Tailor answered")
    settled(loop, out)
    assert shown_code(out) == "OOO-NET"

    # Both back: one recheck asks both, and the kiosk sells again.
    sim.clear_faults()
    out.recheck()
    run_until(loop, lambda: not out.screen.isVisible(), message="back in order")
    settled(loop, out)
    assert (out.tickettailor, out.btcpay, out.code) == (None, None, None)


def test_a_sale_in_progress_is_never_covered_nor_competed_with(qtbot, loop, kiosk, sim):  # noqa: F811
    window, shell = kiosk
    out = shell.out_of_order
    settled(loop, out)
    # Only the check's own route fails (slowly, so its answer comes while the sale is sold):
    # the sale itself goes on.
    sim.add_fault(KEY_ROUTE, status=503, delay_ms=300)
    buy_until_payment(qtbot, loop, window)  # leaving the welcome screen started a check
    run_until(loop, lambda: out.btcpay == "OOO-NET", message="the check's answer")
    assert window.flow.selling
    assert not out.screen.isVisible()
    assert window.pages.currentWidget() is window.payment_page
    # No new check, and no recheck, while the sale is sold.
    out.check_btcpay()
    window.flow.events.refresh()
    out.recheck()
    assert not out.checking
    run_until(loop, lambda: not window.flow.tasks.running("catalogue"), message="the refresh")
    assert not out.checking and not out.screen.isVisible()

    sim.clear_faults()
    window.flow.cancel_sale(window.flow.current_sale_id)
    run_until(loop, lambda: shown_code(out) == "OOO-NET", message="covered once the sale ended")
    out.recheck()
    run_until(loop, lambda: not out.screen.isVisible(), message="back in order")


def test_at_most_one_check_is_out(qtbot, loop, kiosk, sim):  # noqa: F811
    window, shell = kiosk
    out = shell.out_of_order
    settled(loop, out)
    # A fault that changes nothing but counts the requests the simulator sees.
    sim.add_fault(KEY_ROUTE, delay_ms=1, count=1000)
    counter = sim.faults.faults[-1]
    gate = asyncio.Event()
    started: list[object] = []
    real_probe = out.probe

    async def held_probe(client):
        started.append(client)
        await gate.wait()
        await real_probe(client)

    out.probe = held_probe
    # Out of order on Ticket Tailor, so each recheck refreshes and the check follows.
    sim.add_fault(r"^/tickettailor/", status=401)
    window.flow.events.refresh()
    run_until(loop, lambda: out.code == "OOO-TT-KEY", message="out of order")
    for _ in range(5):
        out.recheck()
        out.check_btcpay()
    window.flow.events.refresh()
    run_until(loop, lambda: not window.flow.tasks.running("catalogue"), message="the refreshes")
    assert len(started) == 1 and out.checking
    gate.set()
    settled(loop, out)
    assert 1000 - counter.count == 1  # one check, one request for the key
    assert out.btcpay is None

    # Not a one-off: a trigger after the check ended starts the next one.
    out.recheck()
    run_until(loop, lambda: len(started) == 2, message="the next check")
    settled(loop, out)
    assert 1000 - counter.count == 2


def test_a_window_that_handed_its_till_over_never_opens_another(qtbot, loop, kiosk):  # noqa: F811
    window, shell = kiosk
    flow = window.flow
    shell.out_of_order.opening_failed(ConnectionError("down"))
    assert shell.out_of_order.detected is not None
    runtime = flow.hand_over()  # a window built anew in another language took the till
    try:
        shell.out_of_order.recheck()  # its timer, before the window is gone
        assert not flow.tasks.running("runtime")
        assert flow.runtime is None
    finally:
        loop.run_until_complete(runtime.aclose())
