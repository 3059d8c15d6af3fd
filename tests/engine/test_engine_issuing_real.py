"""Issuing as the real Ticket Tailor needs it: one ticket at a time from a hold (a sale of
several tickets spread over a few holds, issued side by side), the hold re-read after a failure
and deleted once used, seated types never sold (developers.
tickettailor.com, create issued ticket; the BTCPay Server Ticket Tailor plugin issues one at a
time and re-reads `total_on_hold`)."""

from __future__ import annotations

import asyncio

import pytest

from boxoffice.domain.order import OrderProblem
from boxoffice.domain.sale import SaleState
from boxoffice.engine.lookups import find_holds
from boxoffice.engine.timing import EngineTiming
from boxoffice.sim import seed
from tests.engine.conftest import until


def _spy(till, calls: list[str], in_flight: list[int], per_hold: list[int] | None = None):
    """Record the calls, how many issues were in flight at each start, and how many of them
    drew on the same hold."""
    client = till.tickettailor
    issue, get_hold = client.issue_ticket, client.get_hold
    state = {"now": 0}
    holds: dict[str | None, int] = {}

    async def issue_ticket(**kwargs):
        hold_id = kwargs.get("hold_id")
        state["now"] += 1
        holds[hold_id] = holds.get(hold_id, 0) + 1
        in_flight.append(state["now"])
        if per_hold is not None:
            per_hold.append(holds[hold_id])
        try:
            await asyncio.sleep(0)  # let any concurrent issue start
            ticket = await issue(**kwargs)
        except Exception:
            calls.append("issue failed")
            raise
        finally:
            state["now"] -= 1
            holds[hold_id] -= 1
        calls.append("issued")
        return ticket

    async def reread(hold_id):
        calls.append("get_hold")
        return await get_hold(hold_id)

    client.issue_ticket = issue_ticket
    client.get_hold = reread


async def test_tickets_are_issued_one_at_a_time_and_the_used_hold_is_deleted(till, sim):
    calls: list[str] = []
    in_flight: list[int] = []
    _spy(till, calls, in_flight)
    # Two tickets share one hold (`hold_plan.SEATS_PER_HOLD`).
    sale = await till.engine.start_sale(await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 2}))
    assert sale.more_hold_ids == ()
    sim.pay_invoice(sale.invoice_id, "BTC-LN")
    done = await till.engine.wait(sale.id)
    assert done.state is SaleState.COMPLETED and len(done.tickets) == 2
    assert calls.count("issued") == 2
    assert max(in_flight) == 1
    # Once every ticket is out, the hold is deleted (best effort), not left empty.
    await until(lambda: not till.engine.sale(sale.id).records_pending)
    assert sale.hold_id not in {h["id"] for h in sim.state()["holds"]}


async def test_ten_tickets_are_held_in_five_holds_and_issued_side_by_side(till, sim):
    calls: list[str] = []
    in_flight: list[int] = []
    per_hold: list[int] = []
    _spy(till, calls, in_flight, per_hold)
    sale = await till.engine.start_sale(await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 10}))
    assert len(sale.hold_ids) == 5
    held = [sim.hold(h) for h in sale.hold_ids]
    assert [h["total_on_hold"] for h in held] == [2, 2, 2, 2, 2]
    assert held[0]["note"] == f"boxoffice-{sale.id}"
    assert [h["note"] for h in held[1:]] == [f"boxoffice-{sale.id}#{n}" for n in range(2, 6)]
    found = await find_holds(till.tickettailor, sale)
    assert sorted(h.id for h in found) == sorted(sale.hold_ids)

    seen: list[int] = []
    till.engine.subscribe(lambda s: s.id == sale.id and seen.append(len(s.tickets)))
    sim.pay_invoice(sale.invoice_id, "BTC-LN")
    done = await till.engine.wait(sale.id)
    assert done.state is SaleState.COMPLETED and len(done.tickets) == 10
    assert calls.count("issued") == 10
    # Never two issues from one hold at once; the holds side by side.
    assert max(per_hold) == 1
    assert max(in_flight) > 1
    # The receipt fills in ticket by ticket.
    assert len(set(seen) & set(range(1, 10))) >= 5
    # A first issuance neither counts nor re-reads the holds: nothing was issued yet.
    assert "get_hold" not in calls
    await until(lambda: not till.engine.sale(sale.id).records_pending)
    assert not set(sale.hold_ids) & {h["id"] for h in sim.state()["holds"]}
    tickets = [t for t in sim.state()["issued_tickets"] if t["reference"] == sale.invoice_id]
    assert sorted(t["id"] for t in tickets) == sorted(t.id for t in done.tickets)


async def test_a_sequential_till_uses_one_hold_and_issues_one_at_a_time(make_till, sim):
    till = make_till(timing=EngineTiming(poll_new=0.01, concurrent=False))
    calls: list[str] = []
    in_flight: list[int] = []
    _spy(till, calls, in_flight)
    sale = await till.engine.start_sale(await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 4}))
    assert sale.more_hold_ids == () and sim.hold(sale.hold_id)["total_on_hold"] == 4
    sim.pay_invoice(sale.invoice_id, "BTC-LN")
    done = await till.engine.wait(sale.id)
    assert done.state is SaleState.COMPLETED and len(done.tickets) == 4
    assert max(in_flight) == 1


async def test_after_a_refused_issue_the_hold_is_read_again_before_deciding(till, sim):
    calls: list[str] = []
    _spy(till, calls, [])
    # Two tickets: one hold, so the second would draw on the hold that just refused.
    sale = await till.engine.start_sale(await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 2}))
    calls.clear()
    sim.add_fault("/v1/issued_tickets$", method="POST", status=422, count=1)
    sim.pay_invoice(sale.invoice_id, "BTC-LN")
    done = await till.engine.wait(sale.id)
    assert done.state is SaleState.NEEDS_ATTENTION and done.reason == "issue_refused"
    first_failure = calls.index("issue failed")
    assert "get_hold" in calls[first_failure:]
    # It stopped at the failure instead of firing the other two at the same hold.
    assert calls[:first_failure].count("issued") == 0
    assert sim.hold(sale.hold_id)["total_on_hold"] == 2  # still held for a person to decide


async def test_a_seated_ticket_type_cannot_be_ordered(till, sim):
    with pytest.raises(OrderProblem):
        await till.order(seed.JAZZ_EVENT, {seed.SEATED_TT: 1})
    with pytest.raises(OrderProblem):
        await till.order(seed.JAZZ_EVENT, {seed.EARLY_BIRD_TT: 1})


async def test_hold_sweeps_ask_only_for_recent_holds(till, sim):
    seen: list[dict] = []
    list_holds = till.tickettailor.list_holds

    async def spy(**filters):
        seen.append(filters)
        return await list_holds(**filters)

    till.tickettailor.list_holds = spy
    await till.engine.releasing.sweep_orphan_holds()
    sale = await till.engine.start_sale(await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1}))
    await find_holds(till.tickettailor, sale)
    assert seen and all(f.get("created_at_gte") for f in seen)
    assert seen[0]["created_at_gte"] >= sim.clock.now() - 3 * 86400
