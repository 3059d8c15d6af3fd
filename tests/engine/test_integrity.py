"""The integrity checker: it finds each broken promise, and finds none after honest sales."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from boxoffice.domain.sale import Sale, SaleState, SoldTicket
from boxoffice.engine.integrity import check_integrity
from boxoffice.sim import seed
from tests.engine.test_sale_journal import new_sale as _reserving


def new_sale(**fields) -> Sale:
    """A sale of 2 seats of tt_1 at JPY 1500, in whatever state the test needs."""
    return replace(_reserving(), **fields)


def _invoice(sale: Sale, *, status="Settled", paid="3000", ticket_ids=None, invoice_id="inv1"):
    metadata = {"orderId": sale.order_id}
    if ticket_ids is not None:
        metadata["ticketIds"] = ticket_ids
    return {
        "id": invoice_id,
        "status": status,
        "amount": "3000",
        "paidAmount": paid,
        "metadata": metadata,
    }


def _ticket(ticket_id, reference="inv1", tt="tt_1"):
    return {"id": ticket_id, "reference": reference, "ticket_type_id": tt, "status": "valid"}


def _completed(*ticket_ids) -> Sale:
    return new_sale(
        state=SaleState.COMPLETED,
        invoice_id="inv1",
        tickets=tuple(
            SoldTicket(t, t.upper(), "tt_1", "General", "Zoë Nakamoto", None) for t in ticket_ids
        ),
    )


def _check(sale, *, invoices=(), tickets=(), holds=(), final=True):
    services = {"invoices": list(invoices), "issued_tickets": list(tickets), "holds": list(holds)}
    return [(v.invariant, v.message) for v in check_integrity([sale], services, final=final)]


def test_an_honest_completed_sale_breaks_nothing():
    sale = _completed("it_1", "it_2")
    invoice = _invoice(sale, ticket_ids=["it_1", "it_2"])
    assert _check(sale, invoices=[invoice], tickets=[_ticket("it_1"), _ticket("it_2")]) == []


def test_each_broken_promise_is_found():
    sale = _completed("it_1", "it_2")
    three = [_ticket("it_1"), _ticket("it_2"), _ticket("it_3")]
    found = _check(sale, invoices=[_invoice(sale, ticket_ids=["it_1", "it_2"])], tickets=three)
    assert {n for n, _ in found} == {1, 3, 5}  # one ticket too many, and the records disagree

    unpaid = new_sale(state=SaleState.RELEASED, invoice_id="inv1")
    found = _check(
        unpaid, invoices=[_invoice(unpaid, status="Expired", paid="0")], tickets=[_ticket("it_1")]
    )
    assert [n for n, _ in found] == [2]

    underpaid = new_sale(
        state=SaleState.NEEDS_ATTENTION, invoice_id="inv1", reason="partial_then_expired"
    )
    found = _check(
        underpaid,
        invoices=[_invoice(underpaid, status="Expired", paid="2999")],
        tickets=[_ticket("it_1")],
    )
    assert [n for n, _ in found] == [2]

    paid_late = new_sale(state=SaleState.RELEASED, invoice_id="inv1")
    found = _check(paid_late, invoices=[_invoice(paid_late, status="Expired")])
    assert [n for n, _ in found] == [1]  # paid in full, yet neither tickets nor a person

    left = new_sale(state=SaleState.RELEASED, invoice_id="inv1")
    found = _check(
        left,
        invoices=[_invoice(left, status="Expired", paid="0")],
        holds=[{"note": left.order_id, "total_on_hold": 2}],
    )
    assert [n for n, _ in found] == [4]

    running = new_sale(state=SaleState.AWAITING_PAYMENT, invoice_id="inv1")
    assert [
        n for n, _ in _check(running, invoices=[_invoice(running, status="New", paid="0")])
    ] == [1]
    assert _check(running, invoices=[_invoice(running, status="New", paid="0")], final=False) == []

    no_ids = _completed("it_1", "it_2")
    found = _check(no_ids, invoices=[_invoice(no_ids)], tickets=[_ticket("it_1"), _ticket("it_2")])
    assert found == [(5, "the invoice's ticketIds differ from those issued")]


def test_a_sale_known_to_two_journals_is_judged_by_the_copy_that_went_furthest():
    adopted = _completed("it_1", "it_2")
    stale = new_sale(state=SaleState.AWAITING_PAYMENT, invoice_id="inv1")
    services = {
        "invoices": [_invoice(adopted, ticket_ids=["it_1", "it_2"])],
        "issued_tickets": [_ticket("it_1"), _ticket("it_2")],
        "holds": [],
    }
    assert check_integrity([stale, adopted], services) == []


async def test_real_sales_on_the_simulator_keep_every_promise(till, sim):
    from tests.engine.conftest import until

    paid = await till.engine.start_sale(await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 2}))
    expired = await till.engine.start_sale(await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1}))
    cancelled = await till.engine.start_sale(
        await till.order(seed.GBP_EVENT, {seed.CONCESSION_TT: 1})
    )
    sim.pay_invoice(paid.invoice_id)
    sim.expire_invoice(expired.invoice_id)
    await till.engine.cancel(cancelled.id)
    for sale in (paid, expired, cancelled):
        await till.engine.wait(sale.id)
    await until(lambda: all(till.engine.sale(s.id).terminal for s in (paid, expired, cancelled)))
    assert check_integrity(till.journal.sales(), sim.state()) == []
    assert Decimal(sim.state()["invoices"][-1]["amount"]) > 0


def test_a_paid_sale_waiting_for_a_person_may_keep_its_seats_held():
    stuck = new_sale(state=SaleState.NEEDS_ATTENTION, invoice_id="inv1", reason="issue_refused")
    holds = [{"note": stuck.order_id, "total_on_hold": 2}]
    assert _check(stuck, invoices=[_invoice(stuck)], holds=holds) == []
    unpaid = new_sale(
        state=SaleState.NEEDS_ATTENTION, invoice_id="inv1", reason="partial_then_expired"
    )
    found = _check(unpaid, invoices=[_invoice(unpaid, status="Expired", paid="1")], holds=holds)
    assert [n for n, _ in found] == [4]
