"""Sales that go through: paid by Lightning, topped up, confirmed on-chain, overpaid, free."""

from __future__ import annotations

import asyncio
from decimal import Decimal

from boxoffice.domain.checkout import CheckoutSettings
from boxoffice.domain.order import Buyer
from boxoffice.domain.sale import SaleState
from boxoffice.sim import seed
from tests.engine.conftest import until


async def test_ordinary_sale_issues_tickets_and_emails_them(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 2, seed.CONCESSION_TT: 1})
    sale = await till.engine.start_sale(order)

    assert sale.state is SaleState.AWAITING_PAYMENT
    invoice = sim.invoice(sale.invoice_id)
    assert invoice["amount"] == "72.00"  # 2 × (25.00 + 1.50) + (18.00 + 1.00)
    assert invoice["currency"] == "GBP"
    metadata = invoice["metadata"]
    assert metadata["orderId"] == f"boxoffice-{sale.id}"
    assert metadata["buyerEmail"] == "ada@example.com"
    assert metadata["buyerName"] == "Ada Lovelace"
    assert "General Admission" in metadata["itemDesc"]
    assert metadata["posData"]["deviceId"] == "till-1"
    assert metadata["posData"]["lines"][0] == {
        "ticketTypeId": seed.GENERAL_TT,
        "name": "General Admission",
        "quantity": 2,
        "unitPrice": "26.50",
    }
    assert invoice["checkout"]["speedPolicy"] == "HighSpeed"
    assert invoice["checkout"]["expirationMinutes"] == 15
    assert sorted(invoice["checkout"]["paymentMethods"]) == ["BTC-CHAIN", "BTC-LN"]
    # Three seats in two holds (two and one), to be issued side by side.
    holds = [sim.hold(h) for h in sale.hold_ids]
    assert [h["note"] for h in holds] == [f"boxoffice-{sale.id}", f"boxoffice-{sale.id}#2"]
    assert [h["total_on_hold"] for h in holds] == [2, 1]

    payment = sale.payment
    assert payment.amount == Decimal("72.00") and payment.currency == "GBP"
    assert payment.unified_link.startswith("bitcoin:bcrt1")
    assert "&lightning=lnbcrt" in payment.unified_link
    assert payment.unified_qr.startswith("bitcoin:BCRT1")
    assert "&lightning=LNBCRT" in payment.unified_qr
    assert payment.lightning_link.startswith("lightning:lnbcrt")
    assert payment.onchain_link.startswith("bitcoin:bcrt1")
    assert payment.checkout_link.endswith(sale.invoice_id)
    assert payment.btc_amount == payment.btc_due > 0
    assert payment.btc_paid == 0
    assert payment.expires_at == invoice["expirationTime"]

    sim.pay_invoice(sale.invoice_id, "BTC-LN")
    done = await till.engine.wait(sale.id)

    assert done.state is SaleState.COMPLETED
    assert len(done.tickets) == 3
    issued = sim.state()["issued_tickets"]
    mine = [t for t in issued if t["reference"] == sale.invoice_id]
    assert len(mine) == 3
    assert {t["full_name"] for t in mine} == {"Ada Lovelace"}
    assert {t["email"] for t in mine} == {"ada@example.com"}
    assert sorted(t["ticket_type_id"] for t in mine) == sorted(
        [seed.GENERAL_TT, seed.GENERAL_TT, seed.CONCESSION_TT]
    )
    assert sim.invoice(sale.invoice_id)["metadata"]["ticketIds"] == [t.id for t in done.tickets]
    assert {t.id for t in done.tickets} == {t["id"] for t in mine}
    # The hold was used up by issuing from it.
    assert all(h["id"] != sale.hold_id or h["total_on_hold"] == 0 for h in sim.state()["holds"])

    assert done.email_sent is True
    (email,) = sim.state()["emails"]
    assert email["to"] == "ada@example.com"
    assert email["subject"] == "Your tickets for Summer Chamber Night"
    for ticket in done.tickets:
        assert ticket.barcode in email["body"]
    assert "General Admission" in email["body"]

    assert till.states(sale.id) == ["reserving", "awaiting_payment", "issuing", "completed"]
    journal_states = [e["state"] for e in till.journal.history(sale.id)]
    assert journal_states[0] == "reserving" and journal_states[-1] == "completed"
    assert till.journal.get(sale.id) == done


async def test_a_failing_observer_does_not_stop_the_sale(till, sim):
    def broken(_sale):
        raise RuntimeError("observer bug")

    till.engine.subscribe(broken)
    seen = []
    unsubscribe = till.engine.subscribe(seen.append)
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    unsubscribe()
    sim.pay_invoice(sale.invoice_id)
    done = await till.engine.wait(sale.id)
    assert done.state is SaleState.COMPLETED
    assert [s.state for s in seen] == ["reserving", "awaiting_payment"]


async def test_partial_payment_refreshes_the_payment_request_then_completes(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    first = sale.payment
    half = (first.btc_due / 2).quantize(Decimal("0.00000001"))

    sim.pay_invoice(sale.invoice_id, "BTC-LN", half)
    # The new BOLT11 arrives a few node round trips after the payment (LightningListener.cs):
    # wait for it rather than take the first redraw.
    await until(
        lambda: (
            till.engine.sale(sale.id).payment.btc_paid > 0
            and till.engine.sale(sale.id).payment.lightning_link is not None
        )
    )

    topped = till.engine.sale(sale.id)
    assert topped.state is SaleState.AWAITING_PAYMENT
    assert topped.invoice_additional_status == "PaidPartial"
    assert topped.payment.btc_paid == half
    assert topped.payment.btc_due == first.btc_due - half
    assert topped.payment.lightning_link != first.lightning_link  # a new BOLT11
    assert not topped.payment.lightning_renewing
    assert topped.payment.unified_qr != first.unified_qr
    assert f"amount={topped.payment.btc_due.normalize():f}" in topped.payment.onchain_link

    sim.pay_invoice(sale.invoice_id, "BTC-LN")
    done = await till.engine.wait(sale.id)
    assert done.state is SaleState.COMPLETED
    assert len(done.tickets) == 1


async def test_on_chain_payment_waits_for_confirmation(make_till, sim):
    till = make_till(checkout=CheckoutSettings(speed_policy="MediumSpeed"))
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)

    sim.pay_invoice(sale.invoice_id, "BTC-CHAIN")
    await until(lambda: till.engine.sale(sale.id).state is SaleState.CONFIRMING)
    confirming = till.engine.sale(sale.id)
    assert confirming.tickets == ()
    assert confirming.payment.btc_paid > 0
    assert not [t for t in sim.state()["issued_tickets"] if t["reference"] == sale.invoice_id]

    sim.confirm_invoice(sale.invoice_id)
    done = await till.engine.wait(sale.id)
    assert done.state is SaleState.COMPLETED
    assert till.states(sale.id) == [
        "reserving",
        "awaiting_payment",
        "confirming",
        "issuing",
        "completed",
    ]
    # While confirming, the engine polled more slowly than while waiting.
    assert 5.0 in till.time.sleeps and 1.0 in till.time.sleeps


async def test_overpaid_sale_completes_and_tells_staff(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    sim.pay_invoice(sale.invoice_id, "BTC-LN", sale.payment.btc_due * 2)
    done = await till.engine.wait(sale.id)
    assert done.state is SaleState.COMPLETED
    assert done.invoice_additional_status == "PaidOver"
    assert "Overpaid" in done.message
    assert "£53.00" in done.message and "£26.50" in done.message
    assert done.paid_amount == Decimal("53.00")


async def test_free_order_skips_btcpay_and_issues_from_the_hold(till, sim):
    order = await till.order(seed.FREE_EVENT, {seed.FREE_TT: 2})
    assert order.total == 0
    sale = await till.engine.start_sale(order)

    assert sale.state is SaleState.COMPLETED
    assert sale.invoice_id is None and sale.payment is None
    assert sim.state()["invoices"] == []
    reference = f"boxoffice-{sale.id}"
    issued = [t for t in sim.state()["issued_tickets"] if t["reference"] == reference]
    assert len(issued) == 2 == len(sale.tickets)
    # The tickets are the customer's at once; the e-mail follows in the background.
    assert sale.records_pending and sale.email_sent is None
    done = await till.engine.wait(sale.id)
    assert done.email_sent is True and not done.records_pending
    assert till.states(sale.id) == ["reserving", "issuing", "completed"]


async def test_jpy_sale_has_whole_yen(till, sim):
    order = await till.order(seed.JPY_EVENT, {seed.JPY_GENERAL_TT: 2, seed.JPY_STUDENT_TT: 1})
    assert str(order.total) == "9900"
    sale = await till.engine.start_sale(order)
    invoice = sim.invoice(sale.invoice_id)
    assert invoice["amount"] == "9900"
    assert invoice["currency"] == "JPY"
    assert invoice["metadata"]["posData"]["lines"][0]["unitPrice"] == "3800"
    assert sale.payment.amount == Decimal("9900")
    sim.pay_invoice(sale.invoice_id)
    done = await till.engine.wait(sale.id)
    assert done.state is SaleState.COMPLETED
    assert len(done.tickets) == 3


async def test_walk_in_sale_without_email(make_till, sim):
    till = make_till(checkout=CheckoutSettings(email_required=False))
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1}, buyer=Buyer("Zoë", None))
    sale = await till.engine.start_sale(order)
    assert "buyerEmail" not in sim.invoice(sale.invoice_id)["metadata"]
    sim.pay_invoice(sale.invoice_id)
    done = await till.engine.wait(sale.id)
    assert done.state is SaleState.COMPLETED
    assert done.email_sent is False
    assert done.email_note == "No e-mail address was given."
    (ticket,) = [t for t in sim.state()["issued_tickets"] if t["reference"] == sale.invoice_id]
    assert ticket["full_name"] == "Zoë Nakamoto"
    assert sim.state()["emails"] == []


async def test_secret_ticket_bought_with_its_code(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.SECRET_TT: 1}, code=" crew2026 ")
    sale = await till.engine.start_sale(order)
    assert sale.state is SaleState.COMPLETED  # crew tickets are free
    assert sale.tickets[0].ticket_type_id == seed.SECRET_TT


async def test_wait_ends_when_the_engine_closes(till):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    waiting = asyncio.ensure_future(till.engine.wait(sale.id))
    await until(lambda: till.engine.ledger.awaited(sale.id))

    await till.engine.aclose()
    await until(waiting.done)

    assert isinstance(waiting.exception(), RuntimeError)
