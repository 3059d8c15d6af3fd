"""Settling a sale that needs attention: each way journalled with staff, time and reason, and
every seat issued once, even when two callers settle it at once."""

from __future__ import annotations

import asyncio
from decimal import Decimal

import pytest

from boxoffice.domain.reasons import Reason
from boxoffice.domain.refund import RefundRefused, RefundStatus, RefundVariant
from boxoffice.domain.resolution import Resolution, ResolutionAction, ResolutionRefused
from boxoffice.domain.sale import Sale, SaleState
from boxoffice.engine.journal import Journal
from boxoffice.engine.resolutions import refund_variants_for, resolutions_for
from boxoffice.services.btcpay.pairing import POS_PERMISSIONS
from boxoffice.services.btcpay.permissions import REFUND_PERMISSION
from boxoffice.sim import seed
from tests.engine.test_engine_refunds import partly_paid_and_expired
from tests.engine.test_engine_staff import events_of, paid_late, tickets_of

A = ResolutionAction


def resolution_events(till, sale_id):
    return [e for e in till.journal.history(sale_id) if e["event"] == "resolution"]


async def issue_refused(till, sim, quantities=None):
    """A sale paid in full whose tickets Ticket Tailor refused to issue (a 422)."""
    order = await till.order(seed.GBP_EVENT, quantities or {seed.GENERAL_TT: 2})
    sale = await till.engine.start_sale(order)
    sim.add_fault(r"/tickettailor/v1/issued_tickets$", method="POST", status=422, count=1)
    sim.pay_invoice(sale.invoice_id)
    done = await till.engine.wait(sale.id)
    assert done.state is SaleState.NEEDS_ATTENTION and done.reason is Reason.ISSUE_REFUSED
    return done


async def test_paid_late_issued_anyway_gets_its_tickets_and_the_journal_says_who_and_why(till, sim):
    late = await paid_late(till, sim)
    assert resolutions_for(late) == (A.ISSUE_ANYWAY, A.REFUND)
    before = sim.clock.now()
    done = await till.engine.resolve(
        late.id, A.ISSUE_ANYWAY, staff="  Grace ", reason="paid at the door, queue was long"
    )
    assert done.state is SaleState.COMPLETED and len(done.tickets) == 2
    assert len(tickets_of(sim, late.invoice_id)) == 2
    assert done.resolution == Resolution(
        A.ISSUE_ANYWAY, "Grace", done.resolution.at, "paid at the door, queue was long"
    )
    assert done.resolution.at >= before
    (event,) = resolution_events(till, late.id)
    assert event["detail"] == {
        "action": "issue_anyway",
        "staff": "Grace",
        "at": done.resolution.at,
        "reason": "paid at the door, queue was long",
    }
    # Recorded before the invoice was marked: the decision comes first.
    events = events_of(till, late.id)
    assert events.index("resolution") < events.index("accept_payment")
    # Read back by another process.
    with Journal(till.journal.path) as journal:
        assert journal.get(late.id).resolution == done.resolution
    assert resolutions_for(await till.engine.wait(late.id)) == ()


async def test_issue_anyway_pressed_twice_at_once_issues_once(till, sim):
    late = await paid_late(till, sim)
    first, second = await asyncio.gather(
        till.engine.resolve(late.id, A.ISSUE_ANYWAY, staff="Ada", reason="paid in full"),
        till.engine.resolve(late.id, A.ISSUE_ANYWAY, staff="Ada", reason="paid in full"),
    )
    done = await till.engine.wait(late.id)
    assert done.state is SaleState.COMPLETED
    assert len(tickets_of(sim, late.invoice_id)) == 2
    assert len(resolution_events(till, late.id)) == 1
    assert {first.state, second.state} <= {SaleState.ISSUING, SaleState.COMPLETED}


async def test_issue_anyway_when_sold_out_meanwhile_says_so_and_offers_a_refund(till, sim):
    late = await paid_late(till, sim, {seed.LIMITED_TT: 2})
    event = await till.tickettailor.get_event(seed.GBP_EVENT)
    left = event.ticket_type(seed.LIMITED_TT).available
    await till.tickettailor.create_hold(seed.GBP_EVENT, {seed.LIMITED_TT: left}, note="others")

    done = await till.engine.resolve(late.id, A.ISSUE_ANYWAY, staff="Ada", reason="customer here")

    assert done.state is SaleState.NEEDS_ATTENTION and done.reason is Reason.ISSUE_REFUSED
    assert "no longer available" in done.message
    assert tickets_of(sim, late.invoice_id) == []
    assert A.REFUND in resolutions_for(done) and A.ISSUE_ANYWAY not in resolutions_for(done)
    refunded = await till.engine.resolve(
        late.id, A.REFUND, staff="Ada", reason="sold out", variant=RefundVariant.RATE_THEN
    )
    assert refunded.refund.status is RefundStatus.CREATED
    assert len(sim.pull_payments()) == 1


async def test_paid_late_refunded_creates_the_pull_payment_with_its_claim_link(till, sim):
    late = await paid_late(till, sim)
    refunded = await till.engine.resolve(
        late.id, A.REFUND, staff="Grace", reason="customer left", variant="RateThen"
    )
    (pull,) = sim.pull_payments()
    assert refunded.refund.claim_link == pull["viewLink"]
    assert refunded.refund.amount == late.payment.btc_paid
    assert (refunded.refund.staff, refunded.refund.reason) == ("Grace", "customer left")
    assert refunded.resolution.action is A.REFUND and refunded.resolution.staff == "Grace"
    events = events_of(till, late.id)
    assert events.index("resolution") < events.index("refund_requested")
    assert resolutions_for(refunded) == ()
    with pytest.raises(ResolutionRefused, match="accepted"):
        await till.engine.resolve(late.id, A.ISSUE_ANYWAY, staff="Grace", reason="changed mind")
    assert tickets_of(sim, late.invoice_id) == []


async def test_partly_paid_is_refunded_what_arrived(till, sim):
    partial = await partly_paid_and_expired(till, sim)
    assert resolutions_for(partial) == (A.REFUND, A.NEW_INVOICE)
    assert refund_variants_for(partial)[0] is RefundVariant.RATE_THEN
    refunded = await till.engine.resolve(
        partial.id, A.REFUND, staff="Ada", reason="could not pay the rest"
    )
    assert refunded.refund.amount == Decimal("0.00020000")
    assert refunded.refund.currency == "BTC"


async def test_paid_over_the_difference_is_refunded_and_the_tickets_stay(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    sim.pay_invoice(sale.invoice_id, "BTC-LN", sale.payment.btc_due + Decimal("0.0003"))
    done = await till.engine.wait(sale.id)
    assert done.state is SaleState.COMPLETED and done.invoice_additional_status == "PaidOver"
    assert resolutions_for(done) == (A.REFUND,)
    assert refund_variants_for(done) == (RefundVariant.OVERPAID,)
    refunded = await till.engine.resolve(
        sale.id, A.REFUND, staff="Ada", reason="paid too much", variant=RefundVariant.OVERPAID
    )
    assert refunded.refund.amount == Decimal("0.00030000")
    assert refunded.state is SaleState.COMPLETED and len(refunded.tickets) == 1
    assert len(tickets_of(sim, sale.invoice_id)) == 1


async def test_issuance_refused_then_retried_issues_each_ticket_once(till, sim):
    refused = await issue_refused(till, sim)
    assert resolutions_for(refused) == (A.RETRY_ISSUANCE, A.REFUND)
    await asyncio.gather(
        till.engine.resolve(refused.id, A.RETRY_ISSUANCE, staff="Ada", reason="TT fixed it"),
        till.engine.resolve(refused.id, A.RETRY_ISSUANCE, staff="Ada", reason="TT fixed it"),
    )
    done = await till.engine.wait(refused.id)
    assert done.state is SaleState.COMPLETED and len(done.tickets) == 2
    assert len(tickets_of(sim, refused.invoice_id)) == 2
    assert len({t.id for t in done.tickets}) == 2
    assert len(resolution_events(till, refused.id)) == 1
    assert done.resolution.action is A.RETRY_ISSUANCE
    # Nothing left to settle, and retrying again is refused in plain words.
    with pytest.raises(ResolutionRefused, match="were issued"):
        await till.engine.resolve(refused.id, A.REFUND, staff="Ada", reason="x")


async def test_a_retry_refused_again_stays_for_a_person(till, sim):
    refused = await issue_refused(till, sim)
    sim.add_fault(r"/tickettailor/v1/issued_tickets$", method="POST", status=422, count=1)
    again = await till.engine.resolve(refused.id, A.RETRY_ISSUANCE, staff="Ada", reason="try")
    assert again.state is SaleState.NEEDS_ATTENTION and again.reason is Reason.ISSUE_REFUSED
    assert tickets_of(sim, refused.invoice_id) == []
    done = await till.engine.resolve(refused.id, A.RETRY_ISSUANCE, staff="Ada", reason="again")
    assert done.state is SaleState.COMPLETED
    assert len(tickets_of(sim, refused.invoice_id)) == 2


async def test_staff_name_and_reason_are_required_and_nothing_is_done_without(till, sim):
    late = await paid_late(till, sim)
    with pytest.raises(ResolutionRefused, match="staff name"):
        await till.engine.resolve(late.id, A.ISSUE_ANYWAY, staff=" ", reason="why")
    with pytest.raises(ResolutionRefused, match="reason"):
        await till.engine.resolve(late.id, A.REFUND, staff="Ada", reason="")
    assert resolution_events(till, late.id) == []
    assert sim.pull_payments() == [] and tickets_of(sim, late.invoice_id) == []
    with pytest.raises(ResolutionRefused, match="no issuance to retry"):
        await till.engine.resolve(late.id, A.RETRY_ISSUANCE, staff="Ada", reason="why")


async def test_a_key_without_the_refund_permission_is_told_which_to_add(make_till, sim):
    # Selling and marking only: no pull payment permission of any level.
    selling = [p for p in POS_PERMISSIONS if "pullpayments" not in p]
    key = sim.add_btcpay_api_key([f"{p}:{sim.store_id}" for p in selling], "POS only")
    till = make_till(btcpay_api_key=key)
    late = await paid_late(till, sim)
    with pytest.raises(RefundRefused) as caught:
        await till.engine.resolve(late.id, A.REFUND, staff="Ada", reason="left")
    assert caught.value.by_service and REFUND_PERMISSION in str(caught.value)
    assert sim.pull_payments() == []
    # Still open to settle: the refund can be asked again once the key is fixed.
    assert A.REFUND in resolutions_for(till.engine.sale(late.id))


def test_old_records_without_a_resolution_still_read(tmp_path):
    from tests.engine.test_sale_journal import new_sale

    sale = new_sale()
    data = sale.to_dict()
    assert data["resolution"] is None
    del data["resolution"]  # as versions before it wrote
    assert Sale.from_dict(data).resolution is None
    decided = sale.update(now=1.0, resolution=Resolution(A.REFUND, "Ada", 5.0, "left"))
    assert Sale.from_dict(decided.to_dict()).resolution == decided.resolution
    for bad in ({"action": "sing", "staff": "Ada", "at": 1, "reason": "x"}, {"staff": "Ada"}, 3):
        with pytest.raises(ValueError):
            Sale.from_dict({**data, "resolution": bad})


async def test_two_processes_of_one_till_settling_at_once_issue_each_seat_once(make_till, sim):
    from boxoffice.engine.integrity import check_integrity
    from tests.engine.conftest import Till, until

    till = make_till()
    refused = await issue_refused(till, sim)
    # `boxoffice resolve` beside the window, on the same journal; requests take a little time.
    other = Till(sim, till.journal.path, device_id="till-1")
    sim.latency_ms = 20
    try:
        results = await asyncio.gather(
            till.engine.resolve(refused.id, A.RETRY_ISSUANCE, staff="Ada", reason="window"),
            other.engine.resolve(refused.id, A.RETRY_ISSUANCE, staff="Bo", reason="terminal"),
            return_exceptions=True,
        )
    finally:
        sim.latency_ms = 0
    done = [r for r in results if isinstance(r, Sale)]
    told = [r for r in results if isinstance(r, ResolutionRefused)]
    assert done and len(done) + len(told) == 2, results
    assert all("another Box Office" in str(r) for r in told)
    await until(lambda: till.journal.get(refused.id).engine_done)
    assert len(tickets_of(sim, refused.invoice_id)) == 2
    await other.close()
    assert check_integrity(till.journal.sales(), sim.state()) == []


async def test_two_processes_refunding_at_once_make_one_pull_payment(make_till, sim):
    from tests.engine.conftest import Till

    till = make_till()
    late = await paid_late(till, sim)
    other = Till(sim, till.journal.path, device_id="till-1")
    sim.latency_ms = 20
    try:
        results = await asyncio.gather(
            till.engine.resolve(late.id, A.REFUND, staff="Ada", reason="left"),
            other.engine.resolve(late.id, A.REFUND, staff="Bo", reason="left"),
            return_exceptions=True,
        )
    finally:
        sim.latency_ms = 0
    made = [r for r in results if isinstance(r, Sale)]
    assert len(made) == 1, results
    assert all(isinstance(r, Sale | ResolutionRefused | RefundRefused) for r in results)
    assert len(sim.pull_payments()) == 1
    await other.close()


async def test_a_vanished_hold_is_held_anew_on_retry_and_issued_once(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 2})
    sale = await till.engine.start_sale(order)
    await till.tickettailor.delete_hold(sale.hold_id)  # someone removed it in Ticket Tailor
    sim.pay_invoice(sale.invoice_id)
    gone = await till.engine.wait(sale.id)
    assert gone.reason is Reason.HOLD_MISSING
    assert resolutions_for(gone) == (A.RETRY_ISSUANCE, A.REFUND)
    done = await till.engine.resolve(sale.id, A.RETRY_ISSUANCE, staff="Ada", reason="checked TT")
    assert done.state is SaleState.COMPLETED and len(done.tickets) == 2
    assert len(tickets_of(sim, sale.invoice_id)) == 2
    # The seats were held again first (Ticket Tailor arbitrates), not issued blindly.
    events = events_of(till, sale.id)
    assert events.index("resolution") < events.index("held_again") < events.index("issued")
