"""The result screen's own controls, as the window's flow drives them."""

from __future__ import annotations

from tests.ui.conftest import run_until
from tests.ui.helpers import sell


def test_allow_new_sale_shows_hides_and_focuses_the_button(qtbot, loop, till, sim):
    sale = sell(qtbot, loop, till)
    sim.pay_invoice(sale.invoice_id, "BTC-LN")
    run_until(loop, lambda: till.pages.currentWidget() is till.result_page, message="result")
    result = till.flow.result
    result.allow_new_sale(False)
    assert till.result_page.new_sale.isHidden()
    till.settings_button.setFocus()
    result.allow_new_sale(True, focus=True)
    assert not till.result_page.new_sale.isHidden()
    assert till.focusWidget() is till.result_page.new_sale
