"""Network faults, unknown outcomes, crashes at every step, and other tills' sales."""

from __future__ import annotations

import asyncio

from boxoffice.domain.sale import SaleState
from boxoffice.engine.recovery import ADOPT_QUIET
from boxoffice.engine.timing import EngineTiming
from boxoffice.services.btcpay.client import BTCPayClient
from boxoffice.sim import seed
from tests.engine.conftest import until


def holds_of(sim, sale_id):
    return [h for h in sim.state()["holds"] if h["note"] == f"boxoffice-{sale_id}"]


def invoices_of(sim, sale_id):
    return [
        i for i in sim.state()["invoices"] if i["metadata"].get("orderId") == f"boxoffice-{sale_id}"
    ]


def tickets_of(sim, reference):
    return [t for t in sim.state()["issued_tickets"] if t["reference"] == reference]


# -- faults while the sale runs -------------------------------------------------------------


async def test_polling_survives_network_faults_with_backoff(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    # Every invoice read fails for a while (the client's own read retries included).
    sim.add_fault(r"/invoices/" + sale.invoice_id + "$", method="GET", status=503, count=12)
    sim.pay_invoice(sale.invoice_id)
    done = await till.engine.wait(sale.id)

    assert done.state is SaleState.COMPLETED
    backoffs = [s for s in till.time.sleeps if s not in (0, 0.5, 1.0)]
    assert len(backoffs) >= 3
    assert backoffs[2] > backoffs[0]  # exponential, with jitter between half and full
    assert max(backoffs) <= till.engine.timing.backoff_max


async def test_observers_hear_of_connection_trouble_and_of_its_end(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    sim.add_fault(r"/invoices/" + sale.invoice_id + "$", method="GET", status=503, count=9)
    await until(lambda: till.engine.sale(sale.id).connection_problem is not None)

    troubled = till.engine.sale(sale.id)
    assert troubled.state is SaleState.AWAITING_PAYMENT
    assert "BTCPay" in troubled.connection_problem
    assert "still trying" in troubled.connection_problem
    # A statement about the connection, not about the sale: it is not journalled.
    assert "connection_problem" not in till.journal.get(sale.id).to_dict()

    await until(lambda: till.engine.sale(sale.id).connection_problem is None)
    sim.pay_invoice(sale.invoice_id)
    done = await till.engine.wait(sale.id)
    assert done.state is SaleState.COMPLETED
    assert done.connection_problem is None


async def test_hold_post_with_unknown_outcome_is_looked_up_not_repeated(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 2})
    # The hold is made, but the answer comes after the client has given up.
    sim.add_fault(r"/tickettailor/v1/holds$", method="POST", delay_ms=2000, count=1)
    sale = await till.engine.start_sale(order)

    assert sale.state is SaleState.AWAITING_PAYMENT
    assert sim.faults.faults == []  # the delayed answer really was given up on
    assert 0.5 in till.time.sleeps  # and the engine waited before looking the hold up
    (hold,) = holds_of(sim, sale.id)
    assert sale.hold_id == hold["id"]
    sim.pay_invoice(sale.invoice_id)
    done = await till.engine.wait(sale.id)
    assert done.state is SaleState.COMPLETED and len(done.tickets) == 2


async def test_invoice_post_with_unknown_outcome_is_looked_up_not_repeated(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sim.add_fault(r"/invoices$", method="POST", delay_ms=2000, count=1)
    sale = await till.engine.start_sale(order)

    assert sale.state is SaleState.AWAITING_PAYMENT
    assert sim.faults.faults == [] and 0.5 in till.time.sleeps
    (invoice,) = invoices_of(sim, sale.id)
    assert sale.invoice_id == invoice["id"]
    assert sale.payment is not None


async def test_hold_post_that_never_happened_fails_cleanly(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sim.add_fault(r"/tickettailor/v1/holds$", method="POST", status=503, count=1)
    failed = await till.engine.start_sale(order)
    assert failed.state is SaleState.FAILED
    assert failed.reason == "service_error"
    assert holds_of(sim, failed.id) == []
    # The invoice made at the same time is no longer payable.
    assert [i["status"] for i in invoices_of(sim, failed.id)] == ["Invalid"]


async def test_hold_post_whose_lookup_fails_too_is_released_not_left(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    # The hold is made but its answer is lost, the lookup is refused, and BTCPay refuses the
    # invoice: nothing says the hold is absent, so it must be found and deleted.
    sim.add_fault(r"/tickettailor/v1/holds$", method="POST", delay_ms=2000, count=1)
    sim.add_fault(r"/tickettailor/v1/holds$", method="GET", status=403, count=1)
    sim.add_fault(r"/invoices$", method="POST", status=400, count=1)
    failed = await till.engine.start_sale(order)

    assert failed.state is SaleState.FAILED
    assert "releasing" in till.states(failed.id)
    assert holds_of(sim, failed.id) == []


async def test_issue_post_with_unknown_outcome_is_counted_not_repeated(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 3})
    sale = await till.engine.start_sale(order)
    sim.add_fault(r"/tickettailor/v1/issued_tickets$", method="POST", delay_ms=2000, count=1)
    sim.pay_invoice(sale.invoice_id)
    done = await till.engine.wait(sale.id)

    assert done.state is SaleState.COMPLETED
    assert sim.faults.faults == []
    assert len(tickets_of(sim, sale.invoice_id)) == 3
    assert len(done.tickets) == 3


async def test_hold_that_cannot_be_deleted_now_is_retried(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    sim.add_fault(r"/tickettailor/v1/holds/", method="DELETE", status=503, count=6)
    cancelled = await till.engine.cancel(sale.id)
    assert cancelled.state is SaleState.RELEASING
    assert len(holds_of(sim, sale.id)) == 1
    done = await till.engine.wait(sale.id)
    assert done.state is SaleState.RELEASED
    assert holds_of(sim, sale.id) == []


# -- crashes --------------------------------------------------------------------------------


async def crash_during(till, coro, condition):
    """Run `coro` until `condition()` holds, then kill it as if the app died."""
    task = asyncio.create_task(coro)
    await until(condition)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    await till.close()


async def test_recover_after_crash_while_the_invoice_was_being_created(make_till, sim, tmp_path):
    first = make_till()
    order = await first.order(seed.GBP_EVENT, {seed.GENERAL_TT: 2})
    # The hold is made; the invoice call hangs; the app dies.
    sim.add_fault(r"/invoices$", method="POST", delay_ms=60_000)
    first_path = first.journal.path
    await crash_during(
        first,
        first.engine.start_sale(order),
        lambda: (
            sim.state()["holds"]
            and any(h["note"].startswith("boxoffice-") for h in sim.state()["holds"])
        ),
    )
    (stored,) = _journal_sales(first_path)
    assert stored.state is SaleState.RESERVING and stored.hold_id is None
    assert len(holds_of(sim, stored.id)) == 1
    sim.clear_faults()

    second = _reopen(make_till, first_path)
    (recovered,) = await second.engine.recover()
    assert recovered.state is SaleState.FAILED
    assert recovered.reason == "interrupted"
    assert holds_of(sim, stored.id) == []


async def test_recover_after_crash_while_the_hold_was_being_created(make_till, sim):
    first = make_till()
    order = await first.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sim.add_fault(r"/tickettailor/v1/holds$", method="POST", delay_ms=60_000)
    await crash_during(first, first.engine.start_sale(order), lambda: sim.state()["invoices"])
    (stored,) = _journal_sales(first.journal.path)
    assert [i["status"] for i in invoices_of(sim, stored.id)] == ["New"]
    sim.clear_faults()

    second = _reopen(make_till, first.journal.path)
    (recovered,) = await second.engine.recover()
    assert recovered.state is SaleState.FAILED
    assert recovered.invoice_id == invoices_of(sim, stored.id)[0]["id"]
    # The invoice was never shown to anyone, and can no longer be paid.
    assert [i["status"] for i in invoices_of(sim, stored.id)] == ["Invalid"]


async def test_recover_a_sale_paid_while_the_app_was_down(make_till, sim):
    first = make_till()
    order = await first.order(seed.GBP_EVENT, {seed.GENERAL_TT: 2})
    sale = await first.engine.start_sale(order)
    await first.close()
    sim.pay_invoice(sale.invoice_id)

    second = _reopen(make_till, first.journal.path)
    (recovered,) = await second.engine.recover(watch=False)
    assert recovered.state is SaleState.COMPLETED
    assert len(tickets_of(sim, sale.invoice_id)) == 2
    assert sim.state()["emails"][0]["to"] == "ada@example.com"


async def test_recover_goes_on_past_a_sale_that_fails_unexpectedly(make_till, sim, monkeypatch):
    first = make_till()
    broken = await first.engine.start_sale(await first.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1}))
    paid = await first.engine.start_sale(await first.order(seed.GBP_EVENT, {seed.GENERAL_TT: 2}))
    await first.close()
    sim.pay_invoice(paid.invoice_id)

    second = _reopen(make_till, first.journal.path)
    step = second.engine.watch.step

    async def step_or_fail(sale):
        if sale.id == broken.id:
            raise RuntimeError("a bug in one sale")
        return await step(sale)

    monkeypatch.setattr(second.engine.watch, "step", step_or_fail)
    recovered = {s.id: s for s in await second.engine.recover(watch=False)}

    assert recovered[broken.id].state is SaleState.AWAITING_PAYMENT
    assert recovered[paid.id].state is SaleState.COMPLETED
    assert len(tickets_of(sim, paid.invoice_id)) == 2


async def test_recover_keeps_watching_a_sale_still_payable(make_till, sim):
    first = make_till()
    order = await first.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await first.engine.start_sale(order)
    await first.close()

    second = _reopen(make_till, first.journal.path)
    (recovered,) = await second.engine.recover(watch=True)
    assert recovered.state is SaleState.AWAITING_PAYMENT
    sim.pay_invoice(sale.invoice_id)
    done = await second.engine.wait(sale.id)
    assert done.state is SaleState.COMPLETED


async def test_recover_after_crash_in_the_middle_of_issuing(make_till, sim):
    first = make_till(timing=EngineTiming(lookup_delay=0.5))
    order = await first.order(seed.GBP_EVENT, {seed.GENERAL_TT: 3})
    sale = await first.engine.start_sale(order)

    # Ticket Tailor answers the first issue, then stops answering; the app dies.
    real_issue = first.tickettailor.issue_ticket
    calls = 0

    async def issue_then_hang(**kw):
        nonlocal calls
        calls += 1
        if calls > 1:
            await asyncio.Event().wait()
        return await real_issue(**kw)

    first.tickettailor.issue_ticket = issue_then_hang
    sim.pay_invoice(sale.invoice_id)
    await crash_during(first, first.engine.wait(sale.id), lambda: calls >= 2)
    assert len(tickets_of(sim, sale.invoice_id)) == 1
    assert _journal_sales(first.journal.path)[0].state is SaleState.ISSUING

    second = _reopen(make_till, first.journal.path)
    (recovered,) = await second.engine.recover()
    assert recovered.state is SaleState.COMPLETED
    assert len(tickets_of(sim, sale.invoice_id)) == 3  # never twice
    assert len(recovered.tickets) == 3


async def test_recover_never_issues_a_ticket_twice(make_till, sim):
    first = make_till()
    order = await first.order(seed.GBP_EVENT, {seed.GENERAL_TT: 2})
    sale = await first.engine.start_sale(order)
    await first.close()
    sim.pay_invoice(sale.invoice_id)
    # Both tickets were issued before the crash, but the journal never heard of them.
    for _ in range(2):
        await first_issue(sim, order.event_id, sale)

    second = _reopen(make_till, first.journal.path)
    (recovered,) = await second.engine.recover()
    assert recovered.state is SaleState.COMPLETED
    assert len(tickets_of(sim, sale.invoice_id)) == 2
    assert len(recovered.tickets) == 2


async def test_recover_finishes_a_release_that_was_cut_short(make_till, sim):
    first = make_till()
    order = await first.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await first.engine.start_sale(order)
    sim.add_fault(r"/tickettailor/v1/holds/", method="DELETE", status=503)
    cancelled = await first.engine.cancel(sale.id)
    assert cancelled.state is SaleState.RELEASING
    await first.close()
    sim.clear_faults()

    second = _reopen(make_till, first.journal.path)
    (recovered,) = await second.engine.recover(watch=False)
    assert recovered.state is SaleState.RELEASED
    assert holds_of(sim, sale.id) == []


async def test_recover_deletes_a_hold_that_landed_after_the_sale_failed(make_till, sim):
    till = make_till()
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sim.add_fault(r"/tickettailor/v1/holds$", method="POST", status=503, count=1)
    failed = await till.engine.start_sale(order)
    assert failed.state is SaleState.FAILED
    # The hold POST "timed out" but reached Ticket Tailor after all, later.
    await till.tickettailor.create_hold(order.event_id, order.quantities, note=failed.order_id)
    assert len(holds_of(sim, failed.id)) == 1

    await till.engine.recover()
    assert holds_of(sim, failed.id) == []


# -- other tills ----------------------------------------------------------------------------


async def test_another_till_finishes_a_paid_sale(make_till, sim):
    first = make_till("till-1")
    order = await first.order(seed.GBP_EVENT, {seed.GENERAL_TT: 2, seed.CONCESSION_TT: 1})
    sale = await first.engine.start_sale(order)
    await first.close()  # this till is gone for good
    sim.pay_invoice(sale.invoice_id)

    other = make_till("till-2")
    # While the first till may still be finishing it, the sale is left to it...
    assert await other.engine.recover_other_devices() == []
    assert "till-1" in other.engine.left_to_their_tills[sale.id]
    assert tickets_of(sim, sale.invoice_id) == []
    # ...and taken over once it has been quiet for a while.
    sim.advance_clock(ADOPT_QUIET)
    (adopted,) = await other.engine.recover_other_devices()
    assert adopted.id == sale.id
    assert adopted.device_id == "till-1"
    assert adopted.state is SaleState.COMPLETED
    assert adopted.order.lines == order.lines
    assert adopted.order.full_name == "Ada Lovelace"
    assert len(tickets_of(sim, sale.invoice_id)) == 3
    assert sim.invoice(sale.invoice_id)["metadata"]["ticketIds"] == [t.id for t in adopted.tickets]
    # Done: the next pass finds nothing to do.
    assert await other.engine.recover_other_devices() == []


async def test_another_till_releases_an_abandoned_hold(make_till, sim):
    first = make_till("till-1")
    order = await first.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await first.engine.start_sale(order)
    await first.close()
    sim.expire_invoice(sale.invoice_id)
    sim.advance_clock(ADOPT_QUIET)  # the first till has been gone a while

    other = make_till("till-2")
    (adopted,) = await other.engine.recover_other_devices()
    assert adopted.state is SaleState.RELEASED
    assert adopted.reason == "expired"
    assert holds_of(sim, sale.id) == []


async def test_other_tills_closed_unpaid_sales_with_nothing_held_are_not_taken_up(make_till, sim):
    first = make_till("till-1")
    order = await first.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await first.engine.start_sale(order)
    sim.expire_invoice(sale.invoice_id)
    released = await first.engine.wait(sale.id)
    assert released.state is SaleState.RELEASED and holds_of(sim, sale.id) == []
    assert "ticketIds" not in sim.invoice(sale.invoice_id)["metadata"]

    other = make_till("till-2")
    assert await other.engine.recover_other_devices() == []
    assert other.journal.get(sale.id) is None  # nothing journalled for a sale with nothing left


async def test_other_tills_live_sales_are_left_alone(make_till, sim):
    first = make_till("till-1")
    order = await first.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await first.engine.start_sale(order)
    other = make_till("till-2")
    assert await other.engine.recover_other_devices() == []
    assert len(holds_of(sim, sale.id)) == 1


# -- test utilities---------------------------------------------------------------------------


def _journal_sales(path):
    from boxoffice.engine.journal import Journal

    journal = Journal(path)
    try:
        return journal.sales()
    finally:
        journal.close()


def _reopen(make_till, path):
    till = make_till()
    till.journal.close()
    from boxoffice.engine.journal import Journal

    till.journal = Journal(path)
    till.engine.journal = till.journal
    return till


async def first_issue(sim, event_id, sale):
    from boxoffice.services.tickettailor.client import TicketTailorClient

    async with TicketTailorClient(
        sim.tickettailor_api_key, sim.tickettailor_url, transport=sim.transport()
    ) as client:
        await client.issue_ticket(
            event_id=event_id,
            ticket_type_id=sale.order.lines[0].ticket_type_id,
            hold_id=sale.hold_id,
            full_name=sale.order.full_name,
            email=sale.order.buyer.email,
            reference=sale.invoice_id,
        )


async def test_reconcile_issues_a_payment_accepted_after_watching_stopped(make_till, sim):
    till = make_till()
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    await till.engine.cancel(sale.id)
    sim.pay_invoice(sale.invoice_id, "BTC-LN")
    await until(lambda: till.engine.sale(sale.id).state is SaleState.NEEDS_ATTENTION)
    await till.close()
    # Days later, staff accept the payment in BTCPay; the till is not watching any more.
    sim.advance_clock(3 * 86400)
    async with BTCPayClient(
        sim.btcpay_url, sim.btcpay_api_key, sim.store_id, transport=sim.transport()
    ) as staff:
        await staff.mark_invoice_status(sale.invoice_id, "Settled")

    again = _reopen(make_till, till.journal.path)
    assert await again.engine.recover(watch=False) == []
    (finished,) = await again.engine.recover_other_devices()
    assert finished.id == sale.id
    assert finished.state is SaleState.COMPLETED
    assert len(tickets_of(sim, sale.invoice_id)) == 1


async def test_recover_a_free_sale_cut_short_while_issuing(make_till, sim):
    first = make_till()
    order = await first.order(seed.FREE_EVENT, {seed.FREE_TT: 2})
    sim.add_fault(r"/tickettailor/v1/issued_tickets$", method="POST", delay_ms=60_000)
    await crash_during(
        first,
        first.engine.start_sale(order),
        lambda: any(s.state is SaleState.ISSUING for s in first.seen),
    )
    sim.clear_faults()
    second = _reopen(make_till, first.journal.path)
    (recovered,) = await second.engine.recover()
    assert recovered.state is SaleState.COMPLETED
    assert len(tickets_of(sim, f"boxoffice-{recovered.id}")) == 2


async def test_recover_issues_when_an_unshown_invoice_was_paid_all_the_same(make_till, sim):
    first = make_till()
    order = await first.order(seed.GBP_EVENT, {seed.GENERAL_TT: 2})
    sim.add_fault(r"/payment-methods$", method="GET", delay_ms=60_000)
    await crash_during(first, first.engine.start_sale(order), lambda: sim.state()["invoices"])
    (stored,) = _journal_sales(first.journal.path)
    assert stored.state is SaleState.RESERVING
    sim.clear_faults()
    (invoice,) = invoices_of(sim, stored.id)
    sim.pay_invoice(invoice["id"])

    second = _reopen(make_till, first.journal.path)
    (recovered,) = await second.engine.recover(watch=False)
    assert recovered.state is SaleState.COMPLETED
    assert len(tickets_of(sim, invoice["id"])) == 2
    assert [h["total_on_hold"] for h in holds_of(sim, stored.id)] in ([], [0])


async def test_recover_releases_an_unshown_invoice_that_expired(make_till, sim):
    first = make_till()
    order = await first.order(seed.GBP_EVENT, {seed.GENERAL_TT: 2})
    sim.add_fault(r"/payment-methods$", method="GET", delay_ms=60_000)
    await crash_during(first, first.engine.start_sale(order), lambda: sim.state()["invoices"])
    (stored,) = _journal_sales(first.journal.path)
    sim.clear_faults()
    (invoice,) = invoices_of(sim, stored.id)
    sim.expire_invoice(invoice["id"])

    second = _reopen(make_till, first.journal.path)
    (recovered,) = await second.engine.recover(watch=False)
    assert recovered.state is SaleState.FAILED
    assert recovered.reason == "interrupted"
    assert holds_of(sim, stored.id) == []
    assert sim.invoice(invoice["id"])["status"] == "Expired"
