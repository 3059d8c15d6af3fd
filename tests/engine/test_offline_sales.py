"""Cash and complimentary sales: held, issued from the hold, journalled, and no BTCPay call."""

from __future__ import annotations

from decimal import Decimal

import pytest

from boxoffice.domain.offline_payment import OfflinePaymentProblem, PaymentKind
from boxoffice.domain.sale import Sale, SaleState
from boxoffice.engine.journal import Journal
from boxoffice.sim import seed
from tests.engine.conftest import until


@pytest.fixture
def paths(sim, monkeypatch) -> list[str]:
    """Every path the till asks the simulator for, in order."""
    asked: list[str] = []
    plan = sim.plan

    def recording(request):
        asked.append(request.path)
        return plan(request)

    monkeypatch.setattr(sim, "plan", recording)
    return asked


def btcpay_calls(paths: list[str]) -> list[str]:
    return [p for p in paths if p.startswith("/btcpay")]


def tickets_of(sim, sale: Sale) -> list[dict]:
    return [t for t in sim.state()["issued_tickets"] if t["reference"] == sale.ticket_reference]


def holds_of(sim, sale: Sale) -> list[dict]:
    return [h for h in sim.state()["holds"] if h["note"] == sale.order_id]


async def test_cash_sale_issues_every_ticket_from_a_hold_and_asks_btcpay_nothing(till, sim, paths):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 2, seed.CONCESSION_TT: 1})
    sale = await till.engine.offline.sell_for_cash(order, staff="Grace", taken=Decimal("72.00"))
    done = await till.engine.wait(sale.id)

    assert done.state is SaleState.COMPLETED
    assert done.invoice_id is None and done.payment is None
    assert done.payment_kind is PaymentKind.CASH
    assert done.offline.amount == Decimal("72.00") and done.offline.currency == "GBP"
    assert done.offline.staff == "Grace"
    assert len(done.tickets) == 3
    issued = tickets_of(sim, done)
    assert sorted(t["id"] for t in issued) == sorted(t.id for t in done.tickets)
    # Issued from the sale's holds (three seats: two holds), not from the free inventory.
    history = till.journal.history(sale.id)
    (issuing,) = [e for e in history if e["event"] == "issue"]
    assert len(done.hold_ids) == 2
    assert [hold_id for hold_id, _ in issuing["detail"]["holds"]] == list(done.hold_ids)
    assert btcpay_calls(paths) == []
    assert sim.state()["invoices"] == [] and sim.state()["emails"] == []
    # Not e-mailed by itself (that would be a BTCPay call): staff choose to.
    assert done.email_sent is False and not done.records_pending
    assert holds_of(sim, done) == []  # used up and deleted
    assert history[0]["state"] == "reserving"  # journalled, with who took the cash, first
    assert till.journal.get(sale.id).offline == done.offline


async def test_cash_sale_needs_the_total_taken(till, sim, paths):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    paths.clear()
    for taken in (Decimal("20.00"), Decimal("26.499"), Decimal("0")):
        with pytest.raises(OfflinePaymentProblem):
            await till.engine.offline.sell_for_cash(order, staff="Grace", taken=taken)
    assert paths == [] and till.journal.sales() == []


async def test_complimentary_sale_needs_a_reason(till, sim, paths):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    paths.clear()
    for reason in (None, "", "   "):
        with pytest.raises(OfflinePaymentProblem, match="reason"):
            await till.engine.offline.give_complimentary(order, staff="Grace", reason=reason)
    assert paths == [] and till.journal.sales() == []


async def test_complimentary_sale_is_free_and_keeps_who_and_why(till, sim, paths):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 2})
    sale = await till.engine.offline.give_complimentary(
        order, staff="Grace", reason="  Press  pass "
    )
    done = await till.engine.wait(sale.id)

    assert done.state is SaleState.COMPLETED and len(done.tickets) == 2
    assert done.order.total == 0 and done.order.seats == 2
    assert done.offline.kind is PaymentKind.COMPLIMENTARY
    assert done.offline.reason == "Press pass" and done.offline.staff == "Grace"
    assert done.offline.recorded_at == pytest.approx(sim.clock.now(), abs=60)
    assert btcpay_calls(paths) == []
    # The journal reads it back as it was written.
    with Journal(till.journal.path) as journal:
        again = journal.get(sale.id)
    assert again.offline == done.offline and again.payment_kind is PaymentKind.COMPLIMENTARY


async def test_refused_hold_says_so_and_keeps_nothing(till, sim, paths):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sim.add_fault(r"/tickettailor/v1/holds$", method="POST", status=422, count=1)
    failed = await till.engine.offline.sell_for_cash(order, staff="Grace", taken=Decimal("26.50"))

    assert failed.state is SaleState.FAILED
    assert "reserve" in failed.message
    assert holds_of(sim, failed) == [] and tickets_of(sim, failed) == []
    assert btcpay_calls(paths) == []


async def test_hold_whose_answer_is_lost_and_cannot_be_looked_up_is_released(till, sim, paths):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    # The hold is made but its answer is lost, and the lookup fails too: it must be found
    # and deleted, and the customer gets no ticket from this sale.
    sim.add_fault(r"/tickettailor/v1/holds$", method="POST", delay_ms=2000, count=1)
    sim.add_fault(r"/tickettailor/v1/holds$", method="GET", status=503, count=3)
    sale = await till.engine.offline.give_complimentary(order, staff="Grace", reason="Crew")
    await until(lambda: till.engine.sale(sale.id).terminal)
    ended = till.engine.sale(sale.id)

    assert ended.state in (SaleState.RELEASED, SaleState.FAILED)
    await until(lambda: holds_of(sim, ended) == [])
    assert tickets_of(sim, ended) == []
    assert btcpay_calls(paths) == []


class _Killed(Exception):
    """The till died under a call."""


async def test_a_till_killed_mid_issue_is_finished_by_recovery_never_doubled(
    make_till, sim, paths, tmp_path
):
    first = make_till("till-1")
    order = await first.order(seed.GBP_EVENT, {seed.GENERAL_TT: 3})
    issue = first.tickettailor.issue_ticket
    calls = 0

    async def dies_after_the_second(**kw):
        nonlocal calls
        calls += 1
        ticket = await issue(**kw)
        if calls == 2:
            raise _Killed  # Ticket Tailor issued it; the till never heard
        return ticket

    first.tickettailor.issue_ticket = dies_after_the_second
    with pytest.raises(_Killed):
        await first.engine.offline.sell_for_cash(order, staff="Grace", taken=Decimal("79.50"))
    (sale,) = first.journal.sales()
    assert sale.state is SaleState.ISSUING and sale.offline is not None
    await first.close()
    # The two it heard of, and perhaps the one its other hold had on the way when it died.
    assert 2 <= len(tickets_of(sim, sale)) <= 3

    second = make_till("till-1")
    second.journal.close()
    second.journal = Journal(first.journal.path)
    second.engine.journal = second.journal
    await second.engine.recover(watch=False)
    done = await second.engine.wait(sale.id)

    assert done.state is SaleState.COMPLETED
    assert len(done.tickets) == 3 and len(tickets_of(sim, done)) == 3
    assert holds_of(sim, done) == []
    assert done.payment_kind is PaymentKind.CASH
    assert btcpay_calls(paths) == []
