"""Refunding a sale through BTCPay: journalled before and after, refused in plain words, and
never made twice when BTCPay's answer is lost."""

from __future__ import annotations

from decimal import Decimal

import pytest

from boxoffice.domain.refund import RefundRefused, RefundStatus, RefundVariant
from boxoffice.domain.sale import Sale, SaleState
from boxoffice.engine.journal import Journal
from boxoffice.engine.refunds import UNCERTAIN_WORDS
from boxoffice.services.btcpay.pairing import POS_PERMISSIONS
from boxoffice.services.btcpay.permissions import REFUND_PERMISSION
from boxoffice.sim import seed
from tests.engine.conftest import until
from tests.engine.test_engine_staff import events_of, paid_late

REFUND_POST = r"/invoices/[^/]+/refund$"


async def partly_paid_and_expired(till, sim) -> Sale:
    """A sale paid in part on-chain whose invoice then expired."""
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    sim.pay_invoice(sale.invoice_id, "BTC-CHAIN", Decimal("0.0002"))
    sim.confirm_invoice(sale.invoice_id)
    await until(lambda: till.engine.sale(sale.id).payment.btc_paid > 0)
    sim.expire_invoice(sale.invoice_id)
    ended = await till.engine.wait(sale.id)
    assert ended.state is SaleState.NEEDS_ATTENTION, ended
    return ended


async def test_a_paid_late_sale_is_refunded_and_the_sale_shows_it(till, sim):
    late = await paid_late(till, sim)
    refunded = await till.engine.refund(
        late.id, RefundVariant.RATE_THEN, staff="Grace", reason="customer left"
    )
    refund = refunded.refund
    assert refund is not None and refund.status is RefundStatus.CREATED
    (pull,) = sim.pull_payments()
    assert pull["invoiceId"] == late.invoice_id
    assert refund.pull_payment_id == pull["id"]
    assert refund.claim_link == pull["viewLink"]
    assert (refund.amount, refund.currency) == (late.payment.btc_paid, "BTC")
    assert (refund.staff, refund.reason, refund.variant) == ("Grace", "customer left", "RateThen")
    assert refund.auto_approved is True and not refund.awaiting_approval
    assert refund.created_at is not None and refund.requested_at <= refund.created_at
    # The sale stays where it was (the money question is answered by the refund).
    assert refunded.state is SaleState.NEEDS_ATTENTION
    # Intent first, then the result, both journalled with what they were about.
    history = till.journal.history(late.id)
    events = [entry["event"] for entry in history]
    assert events.index("refund_requested") < events.index("refund_created")
    asked = next(e for e in history if e["event"] == "refund_requested")["detail"]
    assert (asked["variant"], asked["staff"], asked["reason"]) == (
        "RateThen",
        "Grace",
        "customer left",
    )
    made = next(e for e in history if e["event"] == "refund_created")["detail"]
    assert made["pull_payment_id"] == pull["id"] and made["claim_link"] == pull["viewLink"]
    assert Decimal(made["amount"]) == refund.amount
    assert f"(refund {refund.reference})" in pull["description"]
    # Read back from the journal, by another process.
    with Journal(till.journal.path) as journal:
        stored = journal.get(late.id)
    assert stored.refund == refund
    # Asked again: refused, and BTCPay is not asked.
    with pytest.raises(RefundRefused, match="refunded already"):
        await till.engine.refund(late.id, RefundVariant.RATE_THEN)
    assert len(sim.pull_payments()) == 1


async def test_a_partly_paid_expired_sale_is_refunded_what_arrived(till, sim):
    partial = await partly_paid_and_expired(till, sim)
    refunded = await till.engine.refund(partial.id, "RateThen", staff="Ada")
    assert refunded.refund.amount == Decimal("0.00020000")
    assert refunded.refund.currency == "BTC"
    assert sim.pull_payments()[0]["amount"] == "0.00020000"
    # Not paid over: that variant is refused here, before BTCPay is asked.
    sim.pull_payments()
    with pytest.raises(RefundRefused):
        await till.engine.refund(partial.id, RefundVariant.OVERPAID)


async def test_overpaid_refused_before_asking_btcpay(till, sim):
    partial = await partly_paid_and_expired(till, sim)
    with pytest.raises(RefundRefused, match="not paid over"):
        await till.engine.refund(partial.id, RefundVariant.OVERPAID)
    assert sim.pull_payments() == []
    assert "refund_requested" not in events_of(till, partial.id)


async def test_a_lost_answer_is_looked_up_and_never_sent_twice(till, sim):
    late = await paid_late(till, sim)
    sim.add_fault(REFUND_POST, method="POST", kind="drop_answer", count=1)
    refunded = await till.engine.refund(late.id, RefundVariant.RATE_THEN)
    # BTCPay made it; the answer never came; the lookup found it by its reference.
    assert len(sim.pull_payments()) == 1
    assert refunded.refund.status is RefundStatus.CREATED
    assert refunded.refund.pull_payment_id == sim.pull_payments()[0]["id"]
    with pytest.raises(RefundRefused):
        await till.engine.refund(late.id, RefundVariant.RATE_THEN)
    assert len(sim.pull_payments()) == 1


async def test_an_unanswered_refund_is_uncertain_until_staff_have_checked(till, sim):
    late = await paid_late(till, sim)
    # A proxy's 502: the till cannot tell whether BTCPay made it (here it did not).
    sim.add_fault(REFUND_POST, method="POST", status=502, count=1)
    uncertain = await till.engine.refund(late.id, RefundVariant.RATE_THEN)
    assert uncertain.refund.status is RefundStatus.UNCERTAIN
    assert uncertain.refund.note == UNCERTAIN_WORDS
    assert sim.pull_payments() == []
    assert "refund_uncertain" in events_of(till, late.id)
    # No second automatic try: the till looks again and refuses.
    with pytest.raises(RefundRefused) as caught:
        await till.engine.refund(late.id, RefundVariant.RATE_THEN)
    assert str(caught.value) == UNCERTAIN_WORDS
    assert sim.pull_payments() == []
    # Staff looked in BTCPay and saw none: now it may be asked again.
    done = await till.engine.refund(late.id, RefundVariant.RATE_THEN, checked_in_btcpay=True)
    assert done.refund.status is RefundStatus.CREATED
    assert len(sim.pull_payments()) == 1


async def test_an_uncertain_refund_made_after_all_is_found_on_the_next_try(till, sim):
    late = await paid_late(till, sim)
    sim.add_fault(REFUND_POST, method="POST", kind="drop_answer", count=1)
    sim.add_fault(r"/pull-payments$", method="GET", status=503)  # and the lookup fails
    uncertain = await till.engine.refund(late.id, RefundVariant.RATE_THEN)
    assert uncertain.refund.status is RefundStatus.UNCERTAIN
    assert len(sim.pull_payments()) == 1
    sim.clear_faults()
    # Even "checked" does not make a second one: the lookup finds the first.
    found = await till.engine.refund(late.id, RefundVariant.RATE_THEN, checked_in_btcpay=True)
    assert found.refund.status is RefundStatus.CREATED
    assert found.refund.pull_payment_id == sim.pull_payments()[0]["id"]
    assert len(sim.pull_payments()) == 1


async def test_a_key_without_the_refund_permission_is_told_what_to_add(make_till, sim):
    # A key whose owner unticked refunds on the authorize page: the rest of what pairing asks.
    selling = [p for p in POS_PERMISSIONS if p != REFUND_PERMISSION]
    key = sim.add_btcpay_api_key([f"{p}:{sim.store_id}" for p in selling], "POS only")
    till = make_till(btcpay_api_key=key)
    late = await paid_late(till, sim)
    with pytest.raises(RefundRefused) as caught:
        await till.engine.refund(late.id, RefundVariant.RATE_THEN)
    assert caught.value.by_service
    assert REFUND_PERMISSION in str(caught.value)
    assert "Create non-approved pull payments" in str(caught.value)
    assert sim.pull_payments() == []
    after = till.engine.sale(late.id)
    assert after.refund is None  # certainly not made: nothing in doubt
    assert events_of(till, late.id)[-2:] == ["refund_requested", "refund_failed"]


async def test_no_rate_now_is_said_and_nothing_is_made(till, sim):
    late = await paid_late(till, sim)
    del sim.btcpay.rates["GBP"]
    with pytest.raises(RefundRefused, match="exchange rate"):
        await till.engine.refund(late.id, RefundVariant.CURRENT_RATE)
    assert sim.pull_payments() == []
    assert till.engine.sale(late.id).refund is None
    sim.btcpay.rates["GBP"] = Decimal("40000")
    refunded = await till.engine.refund(late.id, RefundVariant.CURRENT_RATE)
    # What was paid (53.00 GBP at the invoice's rate), in bitcoin at today's rate.
    assert refunded.refund.amount == Decimal("53.00") / Decimal("40000")


async def test_a_custom_refund_in_the_event_currency_waits_for_approval(till, sim):
    late = await paid_late(till, sim)
    refunded = await till.engine.refund(
        late.id, RefundVariant.CUSTOM, custom_amount=Decimal("20.00")
    )
    assert (refunded.refund.amount, refunded.refund.currency) == (Decimal("20.00"), "GBP")
    assert (refunded.refund.asked_amount, refunded.refund.asked_currency) == (
        Decimal("20.00"),
        "GBP",
    )
    # Custom in another currency than the payment's: someone approves the claim in BTCPay.
    assert refunded.refund.awaiting_approval
    with pytest.raises(RefundRefused, match="greater than zero"):
        await till.engine.refund(late.id, RefundVariant.CUSTOM, custom_amount=Decimal(0))


async def test_sales_that_cannot_be_refunded_say_why(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    with pytest.raises(RefundRefused, match="still going on"):
        await till.engine.refund(sale.id, RefundVariant.RATE_THEN)
    sim.pay_invoice(sale.invoice_id, "BTC-LN")
    done = await till.engine.wait(sale.id)
    assert done.state is SaleState.COMPLETED
    with pytest.raises(RefundRefused, match="tickets of this sale were issued"):
        await till.engine.refund(sale.id, RefundVariant.RATE_THEN)
    with pytest.raises(RefundRefused, match="not paid over"):
        await till.engine.refund(sale.id, RefundVariant.OVERPAID)
    assert sim.pull_payments() == []


async def test_an_overpaid_completed_sale_gets_the_difference_back(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    over = sale.payment.btc_due + Decimal("0.0001")
    sim.pay_invoice(sale.invoice_id, "BTC-LN", over)
    done = await till.engine.wait(sale.id)
    assert done.state is SaleState.COMPLETED
    refunded = await till.engine.refund(sale.id, RefundVariant.OVERPAID, staff="Ada")
    assert refunded.refund.amount == Decimal("0.00010000")
    assert refunded.state is SaleState.COMPLETED and len(refunded.tickets) == 1


async def test_an_expired_unpaid_sale_has_nothing_to_refund(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    sim.expire_invoice(sale.invoice_id)
    released = await till.engine.wait(sale.id)
    assert released.state is SaleState.RELEASED
    with pytest.raises(RefundRefused, match="BTCPay refunds only"):
        await till.engine.refund(sale.id, RefundVariant.RATE_THEN)
    assert sim.pull_payments() == []


async def test_a_refunded_sale_is_no_longer_offered_for_acceptance(till, sim):
    from boxoffice.domain.sale import SaleNotAcceptable
    from boxoffice.engine.staff_actions import offers_acceptance

    late = await paid_late(till, sim)
    assert offers_acceptance(late)
    refunded = await till.engine.refund(late.id, RefundVariant.RATE_THEN)
    assert not offers_acceptance(refunded)
    with pytest.raises(SaleNotAcceptable, match="refund"):
        await till.engine.accept_payment(late.id)
    assert sim.invoice(late.invoice_id)["status"] == "Expired"  # never marked settled
    assert till.engine.sale(late.id).tickets == ()
