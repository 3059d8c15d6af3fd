"""Accepting a late payment issues every seat once: from two processes of one till at once,
from stock that is gone meanwhile, and after the hold was released."""

from __future__ import annotations

import asyncio
import contextlib

from boxoffice.domain.sale import SaleNotAcceptable, SaleState
from boxoffice.engine.integrity import check_integrity
from boxoffice.sim import seed
from tests.engine.conftest import Till, until


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
    # Whichever process ends up issuing (a claim can pass to the other one when simulated
    # time runs past it on a busy machine), each seat is issued once.
    await until(lambda: till.journal.get(sale.id).engine_done)
    assert len(_tickets(sim, sale)) == 2
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


async def test_accept_racing_another_tills_reconcile_issues_each_seat_once(make_till, sim):
    # Staff accept the late payment on the sale's own till; another till runs `reconcile
    # --all-devices` at the worst moment: the invoice is settled, the seats not yet held again.
    till = make_till("till-1")
    sale = await _paid_late(till, sim)
    sim.advance_clock(3600)  # long past the invoice's window: only the acceptance is recent
    other = make_till("till-2")
    real_create = till.tickettailor.create_hold
    taken_over: list = []

    async def reconcile_elsewhere_first(*args, **kwargs):
        assert sim.invoice(sale.invoice_id)["status"] == "Settled"
        taken_over.extend(await other.engine.recover_other_devices(watch=False))
        return await real_create(*args, **kwargs)

    till.tickettailor.create_hold = reconcile_elsewhere_first
    done = await till.engine.accept_payment(sale.id)
    assert taken_over == [] and sale.id in other.engine.left_to_their_tills
    assert done.state is SaleState.COMPLETED
    await until(lambda: till.journal.get(sale.id).engine_done)
    assert len(_tickets(sim, sale)) == 2
    # Later passes of the other till leave it alone: it is finished (ticketIds written).
    sim.advance_clock(3600)
    assert await other.engine.recover_other_devices(watch=False) == []
    assert len(_tickets(sim, sale)) == 2
    assert len(sim.state()["emails"]) == 1


async def test_a_sale_accepted_on_its_till_is_left_to_it_by_the_others(make_till, sim):
    till = make_till("till-1")
    sale = await _paid_late(till, sim)
    sim.advance_clock(3600)
    # The acceptance is written to the invoice before it is marked settled, then this till
    # stops before it holds the seats again (say it lost power).
    real_create = till.tickettailor.create_hold

    async def power_cut(*args, **kwargs):
        raise asyncio.CancelledError

    till.tickettailor.create_hold = power_cut
    with contextlib.suppress(asyncio.CancelledError, Exception):
        await till.engine.accept_payment(sale.id)
    till.tickettailor.create_hold = real_create
    await till.close()
    assert sim.invoice(sale.invoice_id)["status"] == "Settled"
    assert "acceptedAt" in sim.invoice(sale.invoice_id)["metadata"]

    other = make_till("till-2")
    assert await other.engine.recover_other_devices(watch=False) == []
    assert "till-1" in other.engine.left_to_their_tills[sale.id]
    assert _tickets(sim, sale) == []
    # Once the first till has been quiet for long enough, the other finishes it, once.
    sim.advance_clock(600)
    (adopted,) = await other.engine.recover_other_devices(watch=False)
    assert adopted.state is SaleState.COMPLETED
    assert len(_tickets(sim, sale)) == 2
