"""What staff do afterwards: the recent sales, accepting a late payment, e-mailing again."""

from __future__ import annotations

import asyncio
from decimal import Decimal

import pytest

from boxoffice.domain.sale import SaleNotAcceptable, SaleState
from boxoffice.engine.staff_actions import offers_acceptance
from boxoffice.engine.timing import EngineTiming
from boxoffice.sim import seed
from tests.engine.conftest import until


def tickets_of(sim, reference):
    return [t for t in sim.state()["issued_tickets"] if t["reference"] == reference]


def holds_of(sim, sale):
    return [h for h in sim.state()["holds"] if h["note"] == f"boxoffice-{sale.id}"]


def events_of(till, sale_id):
    return [entry["event"] for entry in till.journal.history(sale_id)]


async def paid_late(till, sim, quantities=None):
    """A sale whose invoice expired unpaid and was then paid in full on-chain."""
    order = await till.order(seed.GBP_EVENT, quantities or {seed.GENERAL_TT: 2})
    sale = await till.engine.start_sale(order)
    sim.expire_invoice(sale.invoice_id)
    released = await till.engine.wait(sale.id)
    assert released.state is SaleState.RELEASED
    sim.pay_invoice(sale.invoice_id, "BTC-CHAIN")
    await until(lambda: till.engine.sale(sale.id).state is SaleState.NEEDS_ATTENTION)
    late = till.engine.sale(sale.id)
    assert late.reason == "paid_late"
    return late


async def test_accepting_a_late_payment_marks_it_settled_and_issues_once(till, sim):
    late = await paid_late(till, sim)
    assert offers_acceptance(late)
    assert late.hold_id is None  # released at expiry: the tickets come from the inventory
    before = sim.event(seed.GBP_EVENT)

    accepted = await till.engine.accept_payment(late.id)

    assert accepted.state is SaleState.COMPLETED
    # The ticket ids reach the invoice in the background, once the tickets exist.
    done = await till.engine.wait(late.id)
    assert len(done.tickets) == 2 == len(accepted.tickets)
    assert len(tickets_of(sim, late.invoice_id)) == 2
    invoice = sim.invoice(late.invoice_id)
    assert (invoice["status"], invoice["additionalStatus"]) == ("Settled", "Marked")
    assert invoice["metadata"]["ticketIds"] == [t.id for t in done.tickets]
    assert done.message == "Staff accepted the payment at the till after the sale had stopped."
    general = lambda ev: next(t for t in ev["ticket_types"] if t["id"] == seed.GENERAL_TT)  # noqa: E731
    after = general(sim.event(seed.GBP_EVENT))
    assert after["quantity_issued"] == general(before)["quantity_issued"] + 2
    assert holds_of(sim, late) == []
    # Journalled before BTCPay was asked, then issued the usual way.
    history = events_of(till, late.id)
    assert history.index("accept_payment") < history.index("accepted") < history.index("issue")
    assert history[-4:] == ["completed", "holds_freed", "email", "recorded"]
    # The watcher has nothing left to do, and later looks change nothing.
    await asyncio.sleep(0)
    assert len(tickets_of(sim, late.invoice_id)) == 2
    assert sim.state()["emails"][-1]["subject"] == "Your tickets for Summer Chamber Night"


async def test_late_payment_page_shows_what_was_paid_by_then(till, sim):
    late = await paid_late(till, sim)
    # The payment request is read again, so staff see the late payment, not the empty one.
    assert late.payment.btc_paid == late.payment.btc_amount > 0
    assert late.paid_amount == Decimal("53.00")


async def test_a_partial_payment_is_never_accepted(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    sim.pay_invoice(sale.invoice_id, "BTC-LN", (sale.payment.btc_due / 3).quantize(Decimal("1e-8")))
    await until(lambda: till.engine.sale(sale.id).payment.btc_paid > 0)
    sim.expire_invoice(sale.invoice_id)
    partial = await till.engine.wait(sale.id)
    assert partial.reason == "partial_then_expired"
    assert not offers_acceptance(partial)

    with pytest.raises(SaleNotAcceptable, match=r"Only £\d+\.\d\d of £26\.50 was paid"):
        await till.engine.accept_payment(sale.id)

    invoice = sim.invoice(sale.invoice_id)
    assert invoice["status"] == "Expired" and invoice["additionalStatus"] == "PaidPartial"
    assert tickets_of(sim, sale.invoice_id) == []
    after = till.engine.sale(sale.id)
    assert after.state is SaleState.NEEDS_ATTENTION and after.reason == "partial_then_expired"
    assert "accept_payment" not in events_of(till, sale.id)


async def test_unpaid_and_finished_sales_are_refused(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    unpaid = await till.engine.start_sale(order)
    sim.expire_invoice(unpaid.invoice_id)
    assert (await till.engine.wait(unpaid.id)).state is SaleState.RELEASED
    with pytest.raises(SaleNotAcceptable, match="Nothing was paid"):
        await till.engine.accept_payment(unpaid.id)
    assert sim.invoice(unpaid.invoice_id)["status"] == "Expired"  # never marked

    paid = await till.engine.start_sale(order)
    sim.pay_invoice(paid.invoice_id)
    assert (await till.engine.wait(paid.id)).state is SaleState.COMPLETED
    with pytest.raises(SaleNotAcceptable, match="complete"):
        await till.engine.accept_payment(paid.id)

    waiting = await till.engine.start_sale(order)
    with pytest.raises(SaleNotAcceptable, match="still going on"):
        await till.engine.accept_payment(waiting.id)
    assert sim.invoice(waiting.invoice_id)["status"] == "New"
    with pytest.raises(KeyError):
        await till.engine.accept_payment("no-such-sale")


async def test_an_unpaid_invoice_is_not_marked_even_if_the_journal_says_paid(till, sim):
    """The decision rests on BTCPay's invoice, never on the till's last snapshot."""
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    await till.engine.cancel(sale.id)
    cancelled = till.engine.sale(sale.id)
    # A snapshot claiming a full late payment (say, from a confused journal).
    claimed = cancelled.move(
        SaleState.NEEDS_ATTENTION,
        now=cancelled.updated_at,
        reason="paid_after_cancel",
        paid_amount=Decimal("26.50"),
    )
    till.engine.ledger.remember(claimed)
    assert offers_acceptance(claimed)
    with pytest.raises(SaleNotAcceptable, match="no payment"):
        await till.engine.accept_payment(sale.id)
    invoice = sim.invoice(sale.invoice_id)
    assert (invoice["status"], invoice["additionalStatus"]) == ("Invalid", "Marked")
    assert tickets_of(sim, sale.invoice_id) == []


async def test_accepting_a_payment_after_a_cancel_issues_from_the_inventory(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    await till.engine.cancel(sale.id)
    assert holds_of(sim, sale) == []  # released at the cancel
    sim.pay_invoice(sale.invoice_id, "BTC-LN")  # the Lightning invoice was still payable
    await until(lambda: till.engine.sale(sale.id).state is SaleState.NEEDS_ATTENTION)
    attention = till.engine.sale(sale.id)
    assert attention.reason == "paid_after_cancel" and offers_acceptance(attention)

    done = await till.engine.accept_payment(sale.id)

    assert done.state is SaleState.COMPLETED
    (ticket,) = tickets_of(sim, sale.invoice_id)
    assert ticket["id"] == done.tickets[0].id
    invoice = sim.invoice(sale.invoice_id)
    assert (invoice["status"], invoice["additionalStatus"]) == ("Settled", "Marked")


async def test_accepting_when_the_tickets_ran_out_meanwhile_needs_attention(till, sim):
    late = await paid_late(till, sim, {seed.LIMITED_TT: 2})
    # Meanwhile the rest of the Meet & Greet tickets are held for other customers.
    event = await till.tickettailor.get_event(seed.GBP_EVENT)
    left = event.ticket_type(seed.LIMITED_TT).available
    await till.tickettailor.create_hold(seed.GBP_EVENT, {seed.LIMITED_TT: left}, note="others")

    done = await till.engine.accept_payment(late.id)

    assert done.state is SaleState.NEEDS_ATTENTION
    assert done.reason == "issue_refused"
    # The seats are held again before issuing, so it is the hold that Ticket Tailor refuses.
    assert done.message.startswith("Paid, but 2 of 2 tickets are no longer available")
    assert "Not enough tickets available" in done.message
    assert tickets_of(sim, late.invoice_id) == []
    assert sim.invoice(late.invoice_id)["status"] == "Settled"  # the money was accepted
    assert not offers_acceptance(done)
    with pytest.raises(SaleNotAcceptable, match="not in question"):
        await till.engine.accept_payment(late.id)


async def test_accepting_twice_at_once_issues_once(till, sim):
    late = await paid_late(till, sim)
    marks = []
    real_mark = till.btcpay.mark_invoice_status

    async def counting_mark(invoice_id, status):
        marks.append(status)
        await asyncio.sleep(0)  # the second press arrives while BTCPay is being asked
        return await real_mark(invoice_id, status)

    till.btcpay.mark_invoice_status = counting_mark

    first, second = await asyncio.gather(
        till.engine.accept_payment(late.id), till.engine.accept_payment(late.id)
    )

    assert first.state is second.state is SaleState.COMPLETED
    assert first.tickets == second.tickets and len(first.tickets) == 2
    assert len(tickets_of(sim, late.invoice_id)) == 2
    assert marks == ["Settled"]
    # Pressed again later, it says the sale is done (and still issues nothing).
    with pytest.raises(SaleNotAcceptable, match="complete"):
        await till.engine.accept_payment(late.id)
    assert len(tickets_of(sim, late.invoice_id)) == 2


async def test_accepting_a_payment_confirmed_too_late(make_till, sim):
    from boxoffice.domain.checkout import CheckoutSettings

    till = make_till(checkout=CheckoutSettings(speed_policy="MediumSpeed"))
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    sim.pay_invoice(sale.invoice_id, "BTC-CHAIN")
    await until(lambda: till.engine.sale(sale.id).state is SaleState.CONFIRMING)
    sim.advance_clock(sim.invoice(sale.invoice_id)["monitoringExpiration"] - sim.clock.now() + 1)
    invalid = await till.engine.wait(sale.id)
    assert invalid.reason == "payment_invalid"
    assert offers_acceptance(invalid)  # paid in full, only not confirmed in time

    done = await till.engine.accept_payment(sale.id)
    assert done.state is SaleState.COMPLETED
    assert len(tickets_of(sim, sale.invoice_id)) == 1


async def test_accepted_payment_whose_tickets_cannot_be_issued_yet_is_finished_later(till, sim):
    late = await paid_late(till, sim)
    sim.add_fault(r"/tickettailor/v1/issued_tickets$", method="POST", status=503)

    accepted = await till.engine.accept_payment(late.id)

    assert accepted.state is SaleState.ISSUING
    assert sim.invoice(late.invoice_id)["status"] == "Settled"
    sim.clear_faults()
    done = await till.engine.wait(late.id)
    assert done.state is SaleState.COMPLETED
    assert len(tickets_of(sim, late.invoice_id)) == 2


async def test_a_till_stopped_right_after_marking_issues_the_tickets_at_the_next_start(
    make_till, sim
):
    first = make_till()
    late = await paid_late(first, sim)
    sim.advance_clock(600)  # staff took their time: the late-payment watch nearly ran out
    real_mark = first.btcpay.mark_invoice_status

    async def mark_then_stop(invoice_id, status):
        await real_mark(invoice_id, status)
        raise asyncio.CancelledError  # the app is closed before the tickets are issued

    first.btcpay.mark_invoice_status = mark_then_stop
    with pytest.raises(asyncio.CancelledError):
        await first.engine.accept_payment(late.id)
    await first.close()
    assert sim.invoice(late.invoice_id)["status"] == "Settled"
    assert tickets_of(sim, late.invoice_id) == []
    # Past the watch the late payment had, but within the one the acceptance journalled.
    sim.advance_clock(late.watch_until - sim.clock.now() + 60)

    from tests.engine.conftest import Till

    second = Till(sim, first.journal.path, device_id="till-1")
    try:
        (recovered,) = await second.engine.recover(watch=False)
        assert recovered.state is SaleState.COMPLETED
        assert len(tickets_of(sim, late.invoice_id)) == 2
    finally:
        await second.close()


async def test_a_payment_settled_in_btcpay_meanwhile_is_just_issued(till, sim):
    late = await paid_late(till, sim)
    await till.engine.aclose()  # nobody watches any more
    till.engine.ledger.closed = False
    await till.btcpay.mark_invoice_status(late.invoice_id, "Settled")  # someone, in BTCPay

    done = await till.engine.accept_payment(late.id)

    assert done.state is SaleState.COMPLETED
    assert done.message == "The payment was accepted in BTCPay after the sale had stopped."
    assert "accept_payment" not in events_of(till, late.id)
    assert len(tickets_of(sim, late.invoice_id)) == 2


async def test_resend_email_sends_the_same_tickets_again(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 2})
    sale = await till.engine.start_sale(order)
    sim.pay_invoice(sale.invoice_id)
    done = await till.engine.wait(sale.id)
    assert done.email_sent is True
    (first,) = sim.state()["emails"]

    again = await till.engine.resend_email(sale.id)

    assert again.email_sent is True and again.email_note is None
    emails = sim.state()["emails"]
    assert len(emails) == 2
    assert emails[1]["to"] == first["to"] == "ada@example.com"
    assert emails[1]["body"] == first["body"]
    assert again.tickets == done.tickets
    assert events_of(till, sale.id)[-2:] == ["email", "email_resent"]
    assert till.journal.get(sale.id).email_sent is True


async def test_resend_email_reports_what_stops_it(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    sim.pay_invoice(sale.invoice_id)
    await till.engine.wait(sale.id)

    # BTCPay never refuses for missing SMTP (it answers 200 and drops the mail); what it
    # refuses is a bad address: 422 at Email (GreenfieldStoreEmailController.cs).
    sim.add_fault(r"/email/send$", method="POST", status=500, count=1)
    failed = await till.engine.resend_email(sale.id)
    assert failed.email_sent is False
    assert failed.email_note.startswith("Not sent:")
    assert till.journal.get(sale.id).email_note == failed.email_note
    assert till.engine.email_possible  # the key may send; the server failed this time

    sent = await till.engine.resend_email(sale.id)
    assert sent.email_sent is True and sent.email_note is None


async def test_resend_email_without_the_permission(make_till, sim):
    key = sim.add_btcpay_api_key(
        [
            f"btcpay.store.canviewstoresettings:{seed.STORE_ID}",
            f"btcpay.store.cancreateinvoice:{seed.STORE_ID}",
            f"btcpay.store.canmodifyinvoices:{seed.STORE_ID}",
        ]
    )
    till = make_till(btcpay_api_key=key)
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    sim.pay_invoice(sale.invoice_id)
    await till.engine.wait(sale.id)
    assert not till.engine.email_possible
    again = await till.engine.resend_email(sale.id)
    assert again.email_sent is False
    assert "btcpay.store.cansendstoreemails" in again.email_note
    assert sim.state()["emails"] == []


async def test_resend_email_needs_a_completed_sale(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    with pytest.raises(ValueError, match="completed"):
        await till.engine.resend_email(sale.id)
    assert sim.state()["emails"] == []


async def test_recent_sales_newest_first_with_the_latest_snapshots(make_till, sim):
    till = make_till(timing=EngineTiming(lookup_delay=0.5, poll_new=1.0))
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    first = await till.engine.start_sale(order)
    sim.pay_invoice(first.invoice_id)
    await till.engine.wait(first.id)
    sim.advance_clock(5)
    second = await till.engine.start_sale(order)
    await till.engine.cancel(second.id)
    sim.advance_clock(5)
    third = await till.engine.start_sale(order)

    recent = till.engine.recent_sales()
    assert [s.id for s in recent] == [third.id, second.id, first.id]
    assert [s.state for s in recent] == [
        SaleState.AWAITING_PAYMENT,
        SaleState.RELEASED,
        SaleState.COMPLETED,
    ]
    assert [s.id for s in till.engine.recent_sales(limit=2)] == [third.id, second.id]

    # What only the engine knows (never journalled) shows in the list.
    sim.add_fault(r"/invoices/" + third.invoice_id + "$", method="GET", status=503)
    await until(lambda: till.engine.sale(third.id).connection_problem is not None)
    assert till.journal.get(third.id).connection_problem is None
    assert till.engine.recent_sales()[0].connection_problem is not None


async def test_recent_sales_after_a_restart_come_from_the_journal(make_till, sim):
    first = make_till()
    order = await first.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await first.engine.start_sale(order)
    sim.pay_invoice(sale.invoice_id)
    done = await first.engine.wait(sale.id)
    await first.close()

    from tests.engine.conftest import Till

    second = Till(sim, first.journal.path, device_id="till-1")
    try:
        (listed,) = second.engine.recent_sales()
        assert listed.id == sale.id and listed.tickets == done.tickets
        again = await second.engine.resend_email(sale.id)
        assert again.email_sent is True
    finally:
        await second.close()
