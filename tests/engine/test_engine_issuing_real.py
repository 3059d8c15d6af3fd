"""Issuing as the real Ticket Tailor needs it: one ticket at a time from a hold, the hold
re-read after a failure and deleted once used, seated types never sold (developers.
tickettailor.com, create issued ticket; the BTCPay Server Ticket Tailor plugin issues one at a
time and re-reads `total_on_hold`)."""

from __future__ import annotations

import asyncio

import pytest

from boxoffice.domain.order import OrderProblem
from boxoffice.domain.sale import SaleState
from boxoffice.engine.lookups import find_holds
from boxoffice.sim import seed


def _spy(till, calls: list[str], in_flight: list[int]):
    client = till.tickettailor
    issue, get_hold = client.issue_ticket, client.get_hold
    state = {"now": 0}

    async def issue_ticket(**kwargs):
        state["now"] += 1
        in_flight.append(state["now"])
        try:
            await asyncio.sleep(0)  # let any concurrent issue start
            ticket = await issue(**kwargs)
        except Exception:
            calls.append("issue failed")
            raise
        finally:
            state["now"] -= 1
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
    sale = await till.engine.start_sale(await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 3}))
    sim.pay_invoice(sale.invoice_id, "BTC-LN")
    done = await till.engine.wait(sale.id)
    assert done.state is SaleState.COMPLETED and len(done.tickets) == 3
    assert calls.count("issued") == 3
    assert max(in_flight) == 1
    # Once every ticket is out, the hold is deleted (best effort), not left empty.
    assert sale.hold_id not in {h["id"] for h in sim.state()["holds"]}


async def test_after_a_refused_issue_the_hold_is_read_again_before_deciding(till, sim):
    calls: list[str] = []
    _spy(till, calls, [])
    sale = await till.engine.start_sale(await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 3}))
    calls.clear()
    sim.add_fault("/v1/issued_tickets$", method="POST", status=422, count=1)
    sim.pay_invoice(sale.invoice_id, "BTC-LN")
    done = await till.engine.wait(sale.id)
    assert done.state is SaleState.NEEDS_ATTENTION and done.reason == "issue_refused"
    first_failure = calls.index("issue failed")
    assert "get_hold" in calls[first_failure:]
    # It stopped at the failure instead of firing the other two at the same hold.
    assert calls[:first_failure].count("issued") == 0
    assert sim.hold(sale.hold_id)["total_on_hold"] == 3  # still held for a person to decide


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
