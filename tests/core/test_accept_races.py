"""Accepting a late payment issues every seat once: from two processes of one till at once,
from stock that is gone meanwhile, and after the hold was released."""

from __future__ import annotations

import asyncio

from boxoffice.integrity import check_integrity
from boxoffice.sale import SaleNotAcceptable, SaleState
from boxoffice.sim import seed
from tests.core.conftest import Till, until


async def _paid_late(till, sim, ticket_type=seed.GENERAL_TT, seats=2):
    sale = await till.engine.start_sale(await till.order(seed.GBP_EVENT, {ticket_type: seats}))
    with sim.lock:
        due = sim.btcpay.invoices[sale.invoice_id].due_btc
    sim.expire_invoice(sale.invoice_id)
    await until(lambda: till.engine.sale(sale.id).terminal)
    sim.pay_invoice(sale.invoice_id, "BTC-CHAIN", due)
    await until(lambda: till.engine.sale(sale.id).state is SaleState.NEEDS_ATTENTION)
    return sale


def _tickets(sim, sale):
    return [t for t in sim.state()["issued_tickets"] if t["reference"] == sale.invoice_id]


async def test_two_processes_of_one_till_accepting_at_once_issue_each_seat_once(make_till, sim):
    till = make_till()
    sale = await _paid_late(till, sim)
    # A second process of the same till (say `boxoffice accept` beside the window), with its
    # own connection to the journal; requests take a little time, so the two interleave.
    other = Till(sim, till.journal.path, device_id="till-1")
    sim.latency_ms = 20
    try:
        results = await asyncio.gather(
            till.engine.accept_payment(sale.id),
            other.engine.accept_payment(sale.id),
            return_exceptions=True,
        )
    finally:
        sim.latency_ms = 0
    accepted = [r for r in results if not isinstance(r, BaseException)]
    refused = [r for r in results if isinstance(r, SaleNotAcceptable)]
    assert len(accepted) + len(refused) == 2, results
    assert accepted, results
    assert len(_tickets(sim, sale)) == 2
    await until(lambda: till.journal.get(sale.id).state is SaleState.COMPLETED)
    await other.close()
    assert check_integrity(till.journal.sales(), sim.state()) == []


async def test_an_accepted_payment_is_held_again_before_it_is_issued(make_till, sim):
    till = make_till()
    sale = await _paid_late(till, sim)
    done = await till.engine.accept_payment(sale.id)
    assert done.state is SaleState.COMPLETED and len(done.tickets) == 2
    events = [entry["event"] for entry in till.journal.history(sale.id)]
    assert events.index("hold_again") < events.index("held_again") < events.index("issue")
    # The new hold is used up and deleted like any other.
    assert not [
        h for h in sim.state()["holds"] if h["note"] == sale.order_id and h["total_on_hold"]
    ]


async def test_seats_sold_meanwhile_are_not_issued_twice_over_the_stock(make_till, sim):
    till = make_till()
    sale = await _paid_late(till, sim, ticket_type=seed.LIMITED_TT, seats=2)
    # Meanwhile the last seats of that type went to another customer.
    with sim.lock:
        event = sim.tickettailor.events[seed.GBP_EVENT]
        limited = next(t for t in event.ticket_types if t.id == seed.LIMITED_TT)
        limited.quantity_issued = limited.quantity_total
    done = await till.engine.accept_payment(sale.id)
    assert done.state is SaleState.NEEDS_ATTENTION
    assert "no longer available" in done.message
    assert _tickets(sim, sale) == []


async def test_a_claim_of_a_process_that_died_does_not_block_the_sale(make_till, sim):
    till = make_till()
    sale = await _paid_late(till, sim)
    # A dead process (no such pid) claimed the sale and never let go.
    till.journal.claim(sale.id, "ghost", now=till.time.clock(), until=till.time.clock() + 1e9)
    db_pid = 2**22 + 12345  # beyond any real pid on the machine
    import sqlite3

    db = sqlite3.connect(till.journal.path)
    with db:
        db.execute("UPDATE claims SET pid=? WHERE sale_id=?", (db_pid, sale.id))
    db.close()
    done = await till.engine.accept_payment(sale.id)
    assert done.state is SaleState.COMPLETED and len(_tickets(sim, sale)) == 2


async def test_a_live_claim_of_another_process_makes_accept_wait(make_till, sim):
    till = make_till()
    sale = await _paid_late(till, sim)
    till.journal.claim(sale.id, "other-window", now=till.time.clock(), until=till.time.clock() + 60)
    try:
        await till.engine.accept_payment(sale.id)
    except SaleNotAcceptable as refused:
        assert "being finished by another" in str(refused)
    else:
        raise AssertionError("accept went ahead while another process held the sale")
    assert _tickets(sim, sale) == []


async def test_tickets_marked_emailed_on_the_invoice_are_not_sent_again(make_till, sim):
    till = make_till()
    sale = await till.engine.start_sale(await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1}))
    # Another till finished this sale once and handed the tickets to BTCPay for e-mail.
    await till.btcpay.update_invoice_metadata(sale.invoice_id, {"ticketsEmailed": True})
    sim.pay_invoice(sale.invoice_id)
    done = await till.engine.wait(sale.id)
    assert done.state is SaleState.COMPLETED
    assert sim.state()["emails"] == []
    assert "handed to BTCPay for e-mail before" in done.email_note


async def test_the_invoice_is_marked_emailed_before_the_tickets_are_sent(make_till, sim):
    till = make_till()
    sale = await till.engine.start_sale(await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1}))
    sim.pay_invoice(sale.invoice_id)
    done = await till.engine.wait(sale.id)
    assert done.email_sent is True and len(sim.state()["emails"]) == 1
    assert sim.invoice(sale.invoice_id)["metadata"]["ticketsEmailed"] is True
