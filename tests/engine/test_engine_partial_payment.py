"""After a partial payment: the old BOLT11 is never shown again, the new one is waited for, and
the amount due is the server's (BTCPay Server source, LightningListener.cs, InvoiceEntity.cs)."""

from __future__ import annotations

from decimal import Decimal

from boxoffice.domain.payment_uri import bolt11_amount
from boxoffice.domain.sale import SaleState
from boxoffice.sim import seed
from tests.engine.conftest import until


def _bolt11(link: str | None) -> str | None:
    return link.split(":", 1)[1] if link else None


async def test_the_replaced_bolt11_is_hidden_until_the_new_one_is_saved(till, sim):
    sim.btcpay.bolt11_renewal_seconds = 3.0  # three polls' worth of the simulated clock
    sim.btcpay.bolt11_renewal_reads = 1000  # only time renews it here
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    old = _bolt11(sale.payment.lightning_link)
    half = (sale.payment.btc_due / 2).quantize(Decimal("0.00000001"))

    sim.pay_invoice(sale.invoice_id, "BTC-LN", half)
    await until(lambda: till.engine.sale(sale.id).payment.btc_paid > 0)
    renewing = till.engine.sale(sale.id).payment
    assert renewing.lightning_renewing
    assert renewing.lightning_link is None and renewing.lightning_qr is None
    assert "lightning=" not in renewing.unified_link  # on-chain only meanwhile
    assert renewing.unified_link.startswith("bitcoin:")
    assert renewing.btc_due == sale.payment.btc_due - half

    await until(lambda: till.engine.sale(sale.id).payment.lightning_link is not None)
    renewed = till.engine.sale(sale.id)
    assert renewed.state is SaleState.AWAITING_PAYMENT
    assert _bolt11(renewed.payment.lightning_link) != old
    assert f"lightning={_bolt11(renewed.payment.lightning_link)}" in renewed.payment.unified_link
    # No payment request the observers saw after the partial payment offered the old BOLT11.
    after = [s.payment for s in till.seen if s.id == sale.id and s.payment and s.payment.btc_paid]
    assert after and all(old not in (p.unified_link or "") for p in after)
    assert all(old != _bolt11(p.lightning_link) for p in after)

    sim.btcpay.pay(sale.invoice_id, "BTC-LN", destination=_bolt11(renewed.payment.lightning_link))
    done = await till.engine.wait(sale.id)
    assert done.state is SaleState.COMPLETED


async def test_a_partial_on_chain_payment_shows_the_servers_due_with_the_fee(make_till, sim):
    from boxoffice.domain.checkout import CheckoutSettings

    till = make_till(checkout=CheckoutSettings(speed_policy="MediumSpeed"))
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    original = sale.payment.btc_due
    part = (original / 4).quantize(Decimal("0.00000001"))
    sim.pay_invoice(sale.invoice_id, "BTC-CHAIN", part)
    await until(lambda: till.engine.sale(sale.id).payment.btc_paid > 0)
    shown = till.engine.sale(sale.id).payment
    fee = sim.btcpay.store.network_fee_btc
    assert shown.btc_due == original - part + fee  # BTCPay's due, not original - paid
    assert f"amount={shown.btc_due.normalize():f}" in shown.onchain_link


def test_bolt11_amounts_are_read_from_the_human_readable_part():
    assert bolt11_amount("lnbcrt530u1pxyz") == Decimal("0.00053")
    assert bolt11_amount("lnbc2500n1pxyz") == Decimal("0.0000025")
    assert bolt11_amount("lnbcrt1pxyz") is None  # no amount
