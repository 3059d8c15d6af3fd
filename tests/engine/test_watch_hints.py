"""The invoice's status websocket cuts the watcher's wait short; polling carries on without it.

The engine's sleep here parks every wait of a second or more (the polls) until it is
cancelled, so a sale can only move on after a payment if the hint woke its watcher: nothing
here depends on how fast the machine is.
"""

from __future__ import annotations

import asyncio

from boxoffice.domain.sale import SaleState

from .conftest import until


class ParkedPolls:
    """An engine sleep that never ends for a poll's wait and passes at once for short ones."""

    def __init__(self) -> None:
        self.parked = 0

    async def sleep(self, seconds: float) -> None:
        if seconds >= 1.0:
            self.parked += 1
            await asyncio.Event().wait()  # only a cancel (the hint winning) ends it
        await asyncio.sleep(0)


async def test_a_payment_is_noticed_through_the_hint_without_waiting_for_a_poll(sim, make_till):
    polls = ParkedPolls()
    till = make_till(sleep=polls.sleep, hints=sim.invoice_hints())
    order = await till.order("ev_1001", {"tt_2001": 1})
    sale = await till.engine.start_sale(order)
    assert sale.state is SaleState.AWAITING_PAYMENT and sale.invoice_id
    changes = sim.btcpay.invoice_changes
    await until(lambda: changes.listening(sale.invoice_id) > 0 and polls.parked > 0)

    sim.pay_invoice(sale.invoice_id)
    done = await asyncio.wait_for(till.engine.wait(sale.id), timeout=60)
    assert done.state is SaleState.COMPLETED
    assert len(done.tickets) == 1
    # Settled invoices have no status socket (BTCPay answers 404): the listener is gone.
    await until(lambda: changes.listening(sale.invoice_id) == 0)


async def test_a_refused_socket_leaves_the_sale_to_polling(sim, make_till):
    sim.add_fault(path=r"/status/ws$", status=404)
    till = make_till(hints=sim.invoice_hints())
    order = await till.order("ev_1001", {"tt_2001": 1})
    sale = await till.engine.start_sale(order)
    sim.pay_invoice(sale.invoice_id)
    done = await asyncio.wait_for(till.engine.wait(sale.id), timeout=60)
    assert done.state is SaleState.COMPLETED
    assert sim.btcpay.invoice_changes.listening(sale.invoice_id) == 0


async def test_a_payment_made_before_the_socket_opened_is_caught_by_its_refusal(sim, make_till):
    """BTCPay answers 404 for a Settled invoice's socket: the refusal itself makes the watcher
    look at once, so a customer who pays within a second does not wait for the next poll."""
    polls = ParkedPolls()
    opened = asyncio.Event()
    hints = sim.invoice_hints()

    class PaidFirst:
        async def changes(self, invoice_id: str):
            await opened.wait()  # the customer pays before the socket is asked for
            async for change in hints.changes(invoice_id):
                yield change

    till = make_till(sleep=polls.sleep, hints=PaidFirst())
    order = await till.order("ev_1001", {"tt_2001": 1})
    sale = await till.engine.start_sale(order)
    await until(lambda: polls.parked > 0)
    sim.pay_invoice(sale.invoice_id)
    opened.set()
    done = await asyncio.wait_for(till.engine.wait(sale.id), timeout=60)
    assert done.state is SaleState.COMPLETED
