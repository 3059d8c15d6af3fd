"""BTCPay's version is read when the till opens, once, so the first sale's QR does not wait.

The version decides the invoice's payment method ids (`boxoffice.services.btcpay.
payment_methods`); reading it on the first "Pay" cost that customer a round trip more.
"""

from __future__ import annotations

import asyncio

from boxoffice.domain.checkout import CheckoutSettings
from boxoffice.domain.sale import SaleState
from boxoffice.services.errors import UnavailableError
from boxoffice.sim import seed
from tests.engine.conftest import until


class CountedVersion:
    """Wraps a till's `server_info`: counts its calls, can hold them, or fail the first."""

    def __init__(self, till, *, held: bool = False, fail_first: bool = False) -> None:
        self.calls = 0
        self.gate = asyncio.Event()
        if not held:
            self.gate.set()
        self._fail_first = fail_first
        self._real = till.btcpay.server_info
        till.btcpay.server_info = self

    async def __call__(self):
        self.calls += 1
        await self.gate.wait()
        if self._fail_first and self.calls == 1:
            raise UnavailableError("btcpay", "no answer in time")
        return await self._real()


async def _pay_button(till) -> object:
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    return await till.engine.start_sale(order)


async def test_the_version_read_at_open_is_not_read_again_by_the_first_sale(till, sim):
    version = CountedVersion(till)
    await till.engine.prepare()
    assert version.calls == 1

    sale = await _pay_button(till)
    assert sale.state is SaleState.AWAITING_PAYMENT
    assert version.calls == 1
    ids = sorted(sim.invoice(sale.invoice_id)["checkout"]["paymentMethods"])
    assert ids == ["BTC-CHAIN", "BTC-LN"]


async def test_a_sale_while_the_version_is_being_read_shares_that_read(till):
    version = CountedVersion(till, held=True)
    preparing = asyncio.ensure_future(till.engine.prepare())
    await until(lambda: version.calls == 1)
    selling = asyncio.ensure_future(_pay_button(till))
    # The sale's hold is made meanwhile; its invoice waits for the same answer.
    await until(lambda: len(till.sim.tickettailor.holds) >= 1)
    assert not selling.done()
    version.gate.set()
    sale = await asyncio.wait_for(selling, timeout=30)
    await asyncio.wait_for(preparing, timeout=30)
    assert sale.state is SaleState.AWAITING_PAYMENT
    assert version.calls == 1


async def test_a_version_that_could_not_be_read_is_asked_again_by_the_next_sale(till, sim):
    version = CountedVersion(till, fail_first=True)
    await till.engine.prepare()  # only logged: the till opens all the same
    assert version.calls == 1

    sale = await _pay_button(till)
    assert sale.state is SaleState.AWAITING_PAYMENT
    assert version.calls == 2
    await _pay_button(till)
    assert version.calls == 2  # known now


async def test_a_till_whose_invoices_name_no_payment_method_reads_no_version(make_till):
    till = make_till(checkout=CheckoutSettings(payment_methods=()))
    version = CountedVersion(till)
    await till.engine.prepare()
    await _pay_button(till)
    assert version.calls == 0


async def test_closing_the_till_stops_a_version_read_under_way(till):
    version = CountedVersion(till, held=True)
    preparing = asyncio.ensure_future(till.engine.prepare())
    await until(lambda: version.calls == 1)
    await till.engine.aclose()
    await asyncio.wait({preparing}, timeout=30)
    assert preparing.cancelled()
