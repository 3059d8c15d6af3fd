"""Sales that do not go through: expiry, late and partial payments, cancels, refusals."""

from __future__ import annotations

from decimal import Decimal

import pytest

from boxoffice.domain.checkout import CheckoutSettings
from boxoffice.domain.reasons import Reason
from boxoffice.domain.sale import SaleNotCancellable, SaleState
from boxoffice.sim import seed
from tests.engine.conftest import until


def holds_of(sim, sale):
    return [h for h in sim.state()["holds"] if h["note"] == f"boxoffice-{sale.id}"]


async def test_expired_unpaid_invoice_releases_the_hold(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 2})
    before = sim.event(seed.GBP_EVENT)
    sale = await till.engine.start_sale(order)
    assert len(holds_of(sim, sale)) == 1

    # Nobody pays: simulated time runs out while the engine polls every second.
    done = await till.engine.wait(sale.id)

    assert done.state is SaleState.RELEASED
    assert done.reason == "expired"
    assert done.invoice_status == "Expired"
    assert holds_of(sim, sale) == []
    general = lambda ev: next(t for t in ev["ticket_types"] if t["id"] == seed.GENERAL_TT)  # noqa: E731
    assert general(sim.event(seed.GBP_EVENT))["quantity_held"] == general(before)["quantity_held"]
    assert till.states(sale.id) == ["reserving", "awaiting_payment", "releasing", "released"]
    assert not [t for t in sim.state()["issued_tickets"] if t["reference"] == sale.invoice_id]
    assert till.time.sleeps.count(1.0) > 100  # it polled about every second while New


async def test_partial_payment_then_expiry_needs_attention(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    third = (sale.payment.btc_due / 3).quantize(Decimal("0.00000001"))
    sim.pay_invoice(sale.invoice_id, "BTC-LN", third)
    await until(lambda: till.engine.sale(sale.id).payment.btc_paid > 0)
    sim.expire_invoice(sale.invoice_id)

    done = await till.engine.wait(sale.id)
    assert done.state is SaleState.NEEDS_ATTENTION
    assert done.reason == "partial_then_expired"
    assert done.paid_amount == Decimal(sim.invoice(sale.invoice_id)["paidAmount"])
    assert 0 < done.paid_amount < Decimal("26.50")
    assert f"£{done.paid_amount}" in done.message and "£26.50" in done.message
    assert holds_of(sim, sale) == []  # not paid in full: the seats go back on sale
    assert done.tickets == ()


async def test_payment_after_expiry_needs_attention(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    sim.expire_invoice(sale.invoice_id)
    released = await till.engine.wait(sale.id)
    assert released.state is SaleState.RELEASED
    assert released.watch_until > sim.clock.now()

    # The customer's wallet broadcasts anyway (Lightning has expired; on-chain still counts).
    sim.pay_invoice(sale.invoice_id, "BTC-CHAIN")
    await until(lambda: till.engine.sale(sale.id).state is SaleState.NEEDS_ATTENTION)

    late = till.engine.sale(sale.id)
    assert late.reason == "paid_late"
    assert late.invoice_additional_status == "PaidLate"
    assert "after the invoice expired" in late.message
    assert late.tickets == ()
    assert till.states(sale.id)[-2:] == ["released", "needs_attention"]


async def test_released_sale_stops_being_watched_after_the_grace_window(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    sim.expire_invoice(sale.invoice_id)
    released = await till.engine.wait(sale.id)
    task = till.engine.watch.task(sale.id)
    await until(task.done)
    assert sim.clock.now() >= released.watch_until
    assert till.journal.unfinished(now=sim.clock.now()) == []


async def test_cancel_invalidates_the_invoice_and_releases_the_hold(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    cancelled = await till.engine.cancel(sale.id)

    assert cancelled.state is SaleState.RELEASED
    assert cancelled.reason == "cancelled"
    invoice = sim.invoice(sale.invoice_id)
    assert (invoice["status"], invoice["additionalStatus"]) == ("Invalid", "Marked")
    assert holds_of(sim, sale) == []
    assert await till.engine.cancel(sale.id) == cancelled  # a second cancel changes nothing


async def test_payment_after_cancel_needs_attention(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    await till.engine.cancel(sale.id)

    # The Lightning invoice is still payable after the cancel (reference §5.5).
    sim.pay_invoice(sale.invoice_id, "BTC-LN")
    await until(lambda: till.engine.sale(sale.id).state is SaleState.NEEDS_ATTENTION)
    attention = till.engine.sale(sale.id)
    assert attention.reason == "paid_after_cancel"
    assert attention.paid_amount == Decimal("26.50")
    assert "cancelled" in attention.message
    assert attention.tickets == ()
    assert not [t for t in sim.state()["issued_tickets"] if t["reference"] == sale.invoice_id]


async def test_staff_accepting_a_late_payment_issues_the_tickets(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    await till.engine.cancel(sale.id)
    sim.pay_invoice(sale.invoice_id, "BTC-LN")
    await until(lambda: till.engine.sale(sale.id).state is SaleState.NEEDS_ATTENTION)

    # Staff mark the invoice settled in BTCPay: the customer paid, so tickets are issued
    # (from the free inventory: the hold was released at the cancel).
    await till.btcpay.mark_invoice_status(sale.invoice_id, "Settled")
    await until(lambda: till.engine.sale(sale.id).state is SaleState.COMPLETED)
    # The ticket ids are written to BTCPay in the background, after the customer has them.
    done = await till.engine.wait(sale.id)
    assert len(done.tickets) == 1
    assert sim.invoice(sale.invoice_id)["metadata"]["ticketIds"] == [done.tickets[0].id]


async def test_cancel_after_payment_is_refused(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    sim.pay_invoice(sale.invoice_id, "BTC-LN")
    with pytest.raises(SaleNotCancellable):
        await till.engine.cancel(sale.id)
    done = await till.engine.wait(sale.id)
    assert done.state is SaleState.COMPLETED
    assert len(done.tickets) == 1


async def test_sold_out_meanwhile_invalidates_the_invoice_and_names_the_type(make_till, sim):
    mine, other = make_till("till-1"), make_till("till-2")
    order = await mine.order(seed.GBP_EVENT, {seed.LIMITED_TT: 2})
    # Another till takes the last Meet & Greet tickets after this order was prepared.
    while True:
        event = await other.tickettailor.get_event(seed.GBP_EVENT)
        left = event.ticket_type(seed.LIMITED_TT).available
        if left == 0:
            break
        other_order = await other.order(seed.GBP_EVENT, {seed.LIMITED_TT: min(2, left)})
        taken = await other.engine.start_sale(other_order)
        assert taken.state is SaleState.AWAITING_PAYMENT

    failed = await mine.engine.start_sale(order)

    assert failed.state is SaleState.FAILED
    assert failed.reason is Reason.SOLD_OUT and failed.sold_out_type_id == seed.LIMITED_TT
    assert failed.reason_code == f"sold_out:{seed.LIMITED_TT}"
    assert "Meet & Greet" in failed.message and "sold out" in failed.message
    invoices = [
        i
        for i in sim.state()["invoices"]
        if i["metadata"].get("orderId") == f"boxoffice-{failed.id}"
    ]
    assert [(i["status"], i["additionalStatus"]) for i in invoices] == [("Invalid", "Marked")]
    assert holds_of(sim, failed) == []
    assert mine.states(failed.id) == ["reserving", "releasing", "failed"]


async def test_invoice_creation_failure_deletes_the_hold(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sim.add_fault(r"/btcpay/api/v1/stores/[^/]+/invoices$", method="POST", status=400)
    failed = await till.engine.start_sale(order)
    assert failed.state is SaleState.FAILED
    assert failed.reason == "invoice_refused"
    assert failed.message.startswith("The invoice could not be created")
    assert holds_of(sim, failed) == []
    assert failed.hold_id is None


async def test_issuance_refused_after_payment_needs_attention(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 2})
    sale = await till.engine.start_sale(order)
    sim.add_fault(r"/tickettailor/v1/issued_tickets$", method="POST", status=422)
    sim.pay_invoice(sale.invoice_id)
    done = await till.engine.wait(sale.id)

    assert done.state is SaleState.NEEDS_ATTENTION
    assert done.reason == "issue_refused"
    assert done.message.startswith("Paid, but Ticket Tailor refused to issue 2 of 2 tickets")
    # The paid hold stays, so the tickets can still be issued from it.
    assert holds_of(sim, sale)[0]["total_on_hold"] == 2
    assert "ticketIds" not in sim.invoice(sale.invoice_id)["metadata"]


async def test_a_key_that_cannot_mark_invoices_still_releases_the_hold(make_till, sim):
    key = sim.add_btcpay_api_key(
        [
            f"btcpay.store.canviewstoresettings:{seed.STORE_ID}",
            f"btcpay.store.cancreateinvoice:{seed.STORE_ID}",
        ]
    )
    till = make_till(btcpay_api_key=key)
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    cancelled = await till.engine.cancel(sale.id)
    assert cancelled.state is SaleState.RELEASED
    assert holds_of(sim, sale) == []
    assert sim.invoice(sale.invoice_id)["status"] == "New"  # could not be marked


# A key that may not edit invoices cannot write `ticketIds`: the records can only disagree.
@pytest.mark.integrity_allows(5)
async def test_a_key_that_cannot_edit_invoices_still_completes(make_till, sim):
    key = sim.add_btcpay_api_key(
        [
            f"btcpay.store.canviewstoresettings:{seed.STORE_ID}",
            f"btcpay.store.cancreateinvoice:{seed.STORE_ID}",
        ]
    )
    till = make_till(btcpay_api_key=key)
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    sim.pay_invoice(sale.invoice_id)
    done = await till.engine.wait(sale.id)
    assert done.state is SaleState.COMPLETED
    assert len(done.tickets) == 1
    assert "ticket ids could not be written" in done.message
    assert "ticketIds" not in sim.invoice(sale.invoice_id)["metadata"]


async def test_a_payment_that_beats_the_cancel_finishes_the_sale(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    real_mark = till.btcpay.mark_invoice_status

    async def paid_just_before(invoice_id, status):
        sim.pay_invoice(invoice_id)  # the wallet was quicker than the cancel button
        return await real_mark(invoice_id, status)

    till.btcpay.mark_invoice_status = paid_just_before
    with pytest.raises(SaleNotCancellable):
        await till.engine.cancel(sale.id)
    done = await till.engine.wait(sale.id)
    assert done.state is SaleState.COMPLETED
    assert len(done.tickets) == 1
    assert done.message == "The customer paid before the cancel took effect."


async def test_payment_not_confirmed_in_time_needs_attention(make_till, sim):
    till = make_till(checkout=CheckoutSettings(speed_policy="MediumSpeed"))
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    sim.pay_invoice(sale.invoice_id, "BTC-CHAIN")
    await until(lambda: till.engine.sale(sale.id).state is SaleState.CONFIRMING)
    # No confirmation before monitoring ends: BTCPay makes the invoice Invalid.
    sim.advance_clock(sim.invoice(sale.invoice_id)["monitoringExpiration"] - sim.clock.now() + 1)
    done = await till.engine.wait(sale.id)
    assert done.state is SaleState.NEEDS_ATTENTION
    assert done.reason == "payment_invalid"
    assert done.tickets == ()
    assert holds_of(sim, sale) == []


async def test_hold_gone_before_issuing_needs_attention_not_a_blind_issue(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 2})
    sale = await till.engine.start_sale(order)
    await till.tickettailor.delete_hold(sale.hold_id)  # someone removed it in Ticket Tailor
    sim.pay_invoice(sale.invoice_id)
    done = await till.engine.wait(sale.id)
    assert done.state is SaleState.NEEDS_ATTENTION
    assert done.reason == "hold_missing"
    assert not [t for t in sim.state()["issued_tickets"] if t["reference"] == sale.invoice_id]


async def test_an_invoice_refused_outright_releases_the_hold_without_asking_btcpay_again(
    make_till, sim
):
    # BTCPay refuses the key: no invoice can have been made, and asking for it again would
    # meet the same refusal for ever (the sale stayed "releasing", the command never ended).
    till = make_till(btcpay_api_key="0123456789abcdef0123456789abcdef01234567")
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 2})
    sale = await till.engine.start_sale(order)

    assert sale.state is SaleState.FAILED
    assert "invoice could not be created" in sale.message
    assert sale.no_invoice is True
    assert not [
        h for h in sim.state()["holds"] if h["note"] == sale.order_id and h["total_on_hold"]
    ]
    history = [entry["event"] for entry in till.journal.history(sale.id)]
    assert "releasing" in history  # the hold had been made, and was deleted
    assert till.journal.get(sale.id).no_invoice is True
