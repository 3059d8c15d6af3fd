"""A hold or invoice that lands after its lookup came back empty is undone without `reconcile`.

A create call whose answer is lost may still be carried out later (a queue behind a proxy, a
slow database). The engine looks again a little later (`LATE_LOOKS`), and at every start
until those looks are done: a late hold is deleted, a late invoice (nobody was shown it) is
marked Invalid.
"""

from __future__ import annotations

from boxoffice.domain.sale import SaleState
from boxoffice.engine.invoice_data import invoice_metadata
from boxoffice.engine.releasing import LATE_LOOKS
from boxoffice.services.errors import UnavailableError
from boxoffice.sim import seed
from tests.engine.conftest import until


def holds_of(sim, sale):
    return [h for h in sim.state()["holds"] if h["note"] == sale.order_id]


def invoices_of(sim, sale):
    return [i for i in sim.state()["invoices"] if i["metadata"].get("orderId") == sale.order_id]


def lose_answers(till, *, hold: bool = False, invoice: bool = False) -> dict:
    """Make the till's create calls time out without reaching the server; return the real
    calls, for the test to carry them out late, as the server would."""
    real = {"hold": till.tickettailor.create_hold, "invoice": till.btcpay.create_invoice}

    async def lost(*_args, **_kwargs):
        raise UnavailableError("the service", "no answer in time")

    if hold:
        till.tickettailor.create_hold = lost
    if invoice:
        till.btcpay.create_invoice = lost
    return real


async def land_late(till, real, sale, *, hold: bool = False, invoice: bool = False) -> None:
    order = sale.order
    if hold:
        await real["hold"](order.event_id, order.quantities, note=sale.order_id)
    if invoice:
        await real["invoice"](
            amount=order.total, currency=order.currency, metadata=invoice_metadata(sale)
        )


async def test_a_late_hold_is_deleted_a_little_later(till, sim):
    real = lose_answers(till, hold=True)
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 2})
    sale = await till.engine.start_sale(order)
    await until(lambda: till.engine.sale(sale.id).terminal)
    ended = till.engine.sale(sale.id)
    assert ended.state is SaleState.FAILED and holds_of(sim, sale) == []
    assert ended.recheck_at is not None and not ended.engine_done
    assert sim.invoice(ended.invoice_id or invoices_of(sim, sale)[0]["id"])["status"] == "Invalid"

    await land_late(till, real, sale, hold=True)  # the server carries the POST out late
    (late,) = holds_of(sim, sale)
    await until(lambda: holds_of(sim, sale) == [])
    looks = [e for e in till.journal.history(sale.id) if e["event"] == "late_look"]
    assert late["id"] in [h for e in looks for h in e["detail"]["holds"]]
    # The second look, then nothing more to do.
    await until(lambda: till.engine.sale(sale.id).engine_done)
    assert till.engine.sale(sale.id).late_looks == len(LATE_LOOKS)


async def test_a_late_invoice_is_marked_invalid(till, sim):
    real = lose_answers(till, invoice=True)
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    await until(lambda: till.engine.sale(sale.id).terminal)
    assert holds_of(sim, sale) == [] and invoices_of(sim, sale) == []

    await land_late(till, real, sale, invoice=True)
    (late,) = invoices_of(sim, sale)
    assert late["status"] == "New"
    await until(lambda: invoices_of(sim, sale)[0]["status"] == "Invalid")
    await until(lambda: till.engine.sale(sale.id).engine_done)
    events = [e["event"] for e in till.journal.history(sale.id)]
    assert events.count("late_look") == len(LATE_LOOKS)


async def test_late_creations_of_a_till_that_stopped_are_undone_at_its_next_start(make_till, sim):
    first = make_till()
    real = lose_answers(first, hold=True, invoice=True)
    order = await first.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await first.engine.start_sale(order)
    assert sale.state is SaleState.FAILED and sale.recheck_at is not None
    await first.close()
    second = make_till()
    real = {"hold": second.tickettailor.create_hold, "invoice": second.btcpay.create_invoice}
    await land_late(second, real, sale, hold=True, invoice=True)
    sim.advance_clock(LATE_LOOKS[-1] + 1)  # the till was off for a while

    second.journal.close()
    second.journal = type(second.journal)(first.journal.path)
    second.engine.journal = second.journal
    await second.engine.recover(watch=False)
    assert holds_of(sim, sale) == []
    assert [i["status"] for i in invoices_of(sim, sale)] == ["Invalid"]
    await second.engine.recover(watch=False)
    assert second.journal.get(sale.id).engine_done
    assert second.journal.unfinished(now=sim.clock.now()) == []


async def test_nothing_in_doubt_means_no_late_look(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    await till.engine.cancel(sale.id)
    done = await till.engine.wait(sale.id)
    assert done.recheck_at is None and done.late_looks == 0
    assert "late_look" not in [e["event"] for e in till.journal.history(sale.id)]
