"""The demo wallet: pays only an invoice it can see, and looks only at what it shows."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from boxoffice.ui.demo import DemoWallet


def a_flow(invoice_id: str | None, sale_id: str | None = "s1"):
    sale = SimpleNamespace(id=sale_id, invoice_id=invoice_id)
    engine = SimpleNamespace(sale=lambda wanted: sale if wanted == sale_id else None)
    return SimpleNamespace(runtime=SimpleNamespace(engine=engine), current_sale_id=sale_id)


def pay_buttons(wallet: DemoWallet):
    return (wallet.pay_full, wallet.pay_partial, wallet.pay_over, wallet.confirm, wallet.expire)


@pytest.fixture
def no_state(sim, monkeypatch):
    """Fail if the wallet builds the simulator's whole state."""

    def refuse():
        raise AssertionError("the wallet built the simulator's whole state")

    monkeypatch.setattr(sim, "state", refuse)


def test_without_a_current_sale_the_wallet_asks_the_simulator_nothing(qtbot, sim, no_state):
    wallet = DemoWallet(sim, a_flow(None, sale_id=None))
    qtbot.addWidget(wallet)
    wallet.show()
    qtbot.waitExposed(wallet)
    wallet.refresh()
    assert "No invoice to pay" in wallet.invoice.text()
    assert not any(widget.isEnabled() for widget in pay_buttons(wallet))


def test_a_gone_invoice_cannot_be_paid(qtbot, sim, no_state):
    wallet = DemoWallet(sim, a_flow("no-such-invoice"))
    qtbot.addWidget(wallet)
    wallet.refresh()
    assert wallet.invoice.text() == "The invoice is gone."
    assert not any(widget.isEnabled() for widget in pay_buttons(wallet))


def test_the_wallet_follows_the_invoice_only_while_it_is_open(qtbot, sim):
    wallet = DemoWallet(sim, a_flow(None, sale_id=None))
    qtbot.addWidget(wallet)
    assert not wallet._timer.isActive()
    wallet.show()
    qtbot.waitExposed(wallet)
    assert wallet._timer.isActive()
    wallet.hide()
    assert not wallet._timer.isActive()
    wallet.stop()
    wallet.show()
    assert not wallet._timer.isActive()
