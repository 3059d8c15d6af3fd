"""A new invoice for the rest: a sale partly paid, then expired, is continued by a new sale that
bills exactly what is still due, issues its tickets once, and is the only continuation."""

from __future__ import annotations

import asyncio
import dataclasses
from decimal import Decimal

import pytest

from boxoffice.domain.order import Order
from boxoffice.domain.resolution import ResolutionAction, ResolutionRefused
from boxoffice.domain.sale import Sale, SaleState
from boxoffice.engine.invoice_data import order_from_invoice
from boxoffice.engine.journal import Journal
from boxoffice.engine.resolutions import resolutions_for
from boxoffice.engine.shift_report import read_report
from boxoffice.services.btcpay.models import Invoice
from boxoffice.sim import seed
from tests.engine.conftest import until
from tests.engine.test_engine_refunds import partly_paid_and_expired
from tests.engine.test_engine_staff import tickets_of

A = ResolutionAction


async def continued(till, sim) -> tuple[Sale, Sale]:
    """A partly paid, expired sale and its continuation, started (awaiting payment)."""
    original = await partly_paid_and_expired(till, sim)
    order = await till.engine.new_invoice(original.id, staff="Grace", reason="customer is here")
    continuation = await till.engine.start_sale(order)
    assert continuation.state is SaleState.AWAITING_PAYMENT, continuation
    return till.engine.sale(original.id), continuation


async def test_a_partly_paid_expired_sale_is_continued_for_exactly_the_rest(till, sim):
    original = await partly_paid_and_expired(till, sim)
    assert A.NEW_INVOICE in resolutions_for(original)
    assert A.NEW_INVOICE in till.engine.resolutions_offered(original)
    paid = Decimal(sim.invoice(original.invoice_id)["paidAmount"])
    assert 0 < paid < Decimal("26.50")

    order = await till.engine.new_invoice(original.id, staff=" Grace ", reason="customer is here")
    assert order.continues == original.id
    assert order.paid_before == paid
    assert order.total == Decimal("26.50")  # the tickets' full price
    assert order.amount_due == Decimal("26.50") - paid
    assert order.lines == original.order.lines and order.buyer == original.order.buyer

    continuation = await till.engine.start_sale(order)
    assert continuation.id != original.id
    invoice = sim.invoice(continuation.invoice_id)
    assert Decimal(invoice["amount"]) == Decimal("26.50") - paid
    assert invoice["currency"] == "GBP"
    assert invoice["metadata"]["posData"]["continues"] == original.id
    assert Decimal(invoice["metadata"]["posData"]["paidBefore"]) == paid
    # The payment page shows what is due now.
    assert continuation.payment.amount == Decimal("26.50") - paid

    # The original is settled: continued in the new sale, nothing else offered.
    now = till.engine.sale(original.id)
    assert now.resolution.action is A.NEW_INVOICE
    assert (now.resolution.staff, now.resolution.reason) == ("Grace", "customer is here")
    assert now.resolution.continued_in == continuation.id
    assert resolutions_for(now) == () and till.engine.resolutions_offered(now) == ()
    with pytest.raises(ResolutionRefused, match=continuation.id):
        await till.engine.resolve(original.id, A.REFUND, staff="Grace", reason="changed mind")
    assert sim.pull_payments() == []

    # Paid: the tickets are issued once, on the continuation's invoice.
    sim.pay_invoice(continuation.invoice_id)
    done = await till.engine.wait(continuation.id)
    assert done.state is SaleState.COMPLETED and len(done.tickets) == 1
    assert len(tickets_of(sim, continuation.invoice_id)) == 1
    assert tickets_of(sim, original.invoice_id) == []
    # Read back by another process: both records, with the link.
    with Journal(till.journal.path) as journal:
        assert journal.get(original.id).resolution.continued_in == continuation.id
        again = journal.get(continuation.id).order
        assert (again.continues, again.paid_before) == (original.id, paid)


async def test_a_second_new_invoice_is_refused_while_the_first_stands(till, sim):
    original, continuation = await continued(till, sim)
    with pytest.raises(ResolutionRefused, match=continuation.id):
        await till.engine.new_invoice(original.id, staff="Grace", reason="again")
    # An order prepared before the first started cannot start a second one either.
    stale = dataclasses.replace(continuation.order)
    with pytest.raises(ResolutionRefused, match=continuation.id):
        await till.engine.start_sale(stale)
    invoices = [i for i in sim.state()["invoices"] if i["id"] != original.invoice_id]
    assert [i["id"] for i in invoices] == [continuation.invoice_id]


async def test_two_continuations_started_at_once_make_one(till, sim):
    original = await partly_paid_and_expired(till, sim)
    order = await till.engine.new_invoice(original.id, staff="Ada", reason="at the door")
    results = await asyncio.gather(
        till.engine.start_sale(order), till.engine.start_sale(order), return_exceptions=True
    )
    started = [r for r in results if isinstance(r, Sale)]
    refused = [r for r in results if isinstance(r, ResolutionRefused)]
    assert len(started) == 1 and len(refused) == 1, results
    invoices = [i for i in sim.state()["invoices"] if i["id"] != original.invoice_id]
    assert len(invoices) == 1


async def test_a_continuation_released_unpaid_lets_the_rest_be_billed_again(till, sim):
    original, continuation = await continued(till, sim)
    sim.expire_invoice(continuation.invoice_id)
    ended = await till.engine.wait(continuation.id)
    assert ended.state is SaleState.RELEASED
    assert A.NEW_INVOICE in till.engine.resolutions_offered(till.engine.sale(original.id))
    order = await till.engine.new_invoice(original.id, staff="Grace", reason="second try")
    second = await till.engine.start_sale(order)
    assert second.id != continuation.id
    assert till.engine.sale(original.id).resolution.continued_in == second.id


async def test_unknown_paid_amount_is_refused_plainly(till, sim, monkeypatch):
    original = await partly_paid_and_expired(till, sim)
    real = till.btcpay.get_invoice

    async def without_paid_amount(invoice_id: str) -> Invoice:
        return dataclasses.replace(await real(invoice_id), paid_amount=None)

    monkeypatch.setattr(till.btcpay, "get_invoice", without_paid_amount)
    with pytest.raises(ResolutionRefused, match=r"2\.1\.2"):
        await till.engine.new_invoice(original.id, staff="Grace", reason="here")
    assert till.engine.sale(original.id).resolution is None


async def test_only_a_partly_paid_expired_sale_is_continued(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    sim.pay_invoice(sale.invoice_id)
    done = await till.engine.wait(sale.id)
    assert A.NEW_INVOICE not in resolutions_for(done)
    with pytest.raises(ResolutionRefused):
        await till.engine.new_invoice(sale.id, staff="Grace", reason="why not")
    with pytest.raises(ResolutionRefused, match="staff name"):
        original = await partly_paid_and_expired(till, sim)
        await till.engine.new_invoice(original.id, staff=" ", reason="here")


async def test_resolve_new_invoice_starts_the_continuation(till, sim):
    original = await partly_paid_and_expired(till, sim)
    continuation = await till.engine.resolve(
        original.id, A.NEW_INVOICE, staff="Grace", reason="here"
    )
    assert continuation.order.continues == original.id
    assert continuation.state is SaleState.AWAITING_PAYMENT


def test_old_records_read_without_the_new_fields():
    record = {
        "id": "s1",
        "device_id": "till-1",
        "state": "needs_attention",
        "reason": "partial_then_expired",
        "order": {
            "event_id": "ev",
            "event_name": "E",
            "currency": "GBP",
            "lines": [{"ticket_type_id": "t", "name": "T", "quantity": 2, "unit_price": "10.00"}],
            "buyer": {"name": "Ada", "email": None},
            "full_name": "Ada",
        },
        "resolution": {"action": "refund", "staff": "G", "at": 1.0, "reason": "r"},
    }
    sale = Sale.from_dict(record)
    assert (sale.order.paid_before, sale.order.continues) == (Decimal(0), None)
    assert sale.order.amount_due == sale.order.total == Decimal("20.00")
    assert sale.resolution.continued_in is None
    again = Sale.from_dict(sale.to_dict())
    assert again == sale
    continued_order = dataclasses.replace(sale.order, paid_before=Decimal("7.25"), continues="s0")
    moved = Sale.from_dict(dataclasses.replace(sale, order=continued_order).to_dict())
    assert moved.order == continued_order and moved.order.amount_due == Decimal("12.75")
    assert isinstance(moved.order, Order)


async def test_another_till_reads_the_continuation_from_its_invoice(till, sim):
    _original, continuation = await continued(till, sim)
    invoice = await till.btcpay.get_invoice(continuation.invoice_id)
    foreign = order_from_invoice(invoice)
    assert foreign is not None
    assert foreign.order.continues == continuation.order.continues
    assert foreign.order.paid_before == continuation.order.paid_before
    assert foreign.order.amount_due == invoice.amount


async def test_the_report_counts_a_continued_sale_once_with_both_invoices_bitcoin(till, sim):
    original, continuation = await continued(till, sim)
    # While the rest is unpaid: the seat is in progress once, the original not in attention.
    waiting = read_report(till.journal, device_id="till-1")
    assert waiting.totals["GBP"].seats_in_progress == 1
    assert waiting.totals["GBP"].seats_needs_attention == 0
    assert waiting.sales["needs_attention"] == 0 and waiting.sales["in_progress"] == 2

    sim.pay_invoice(continuation.invoice_id, "BTC-CHAIN")
    await until(lambda: till.engine.sale(continuation.id).state is not SaleState.AWAITING_PAYMENT)
    if till.engine.sale(continuation.id).state is SaleState.CONFIRMING:
        sim.confirm_invoice(continuation.invoice_id)
    done = await till.engine.wait(continuation.id)
    assert done.state is SaleState.COMPLETED

    report = read_report(till.journal, device_id="till-1")
    gbp = report.totals["GBP"]
    assert gbp.tickets_issued == 1
    assert gbp.gross == Decimal("26.50")  # the full price, once
    assert gbp.seats_completed == 1 and gbp.seats_needs_attention == 0
    assert gbp.seats_in_progress == 0
    assert report.sales["completed"] == 2 and report.sales["needs_attention"] == 0
    first = sum(
        (m["paymentMethodPaid"] for m in map(_paid, sim.payment_methods(original.invoice_id))),
        Decimal(0),
    )
    second = sum(
        (m["paymentMethodPaid"] for m in map(_paid, sim.payment_methods(continuation.invoice_id))),
        Decimal(0),
    )
    assert first == Decimal("0.0002") and second > 0
    assert gbp.btc_received == first + second  # both invoices, to the satoshi


def _paid(method: dict) -> dict:
    return {"paymentMethodPaid": Decimal(method["paymentMethodPaid"])}


async def test_a_server_that_does_not_say_what_was_paid_offers_no_new_invoice(till, sim):
    sim.btcpay.legacy = True  # a 1.x server: no `paidAmount`
    original = await partly_paid_and_expired(till, sim)
    assert original.paid_amount is None
    assert A.NEW_INVOICE not in resolutions_for(original)
    with pytest.raises(ResolutionRefused, match=r"2\.1\.2"):
        await till.engine.new_invoice(original.id, staff="Grace", reason="here")
    assert till.engine.sale(original.id).resolution is None
    assert len(sim.state()["invoices"]) == 1


async def test_a_continuation_whose_own_money_went_back_lets_the_original_be_settled(till, sim):
    original, continuation = await continued(till, sim)
    sim.pay_invoice(continuation.invoice_id, "BTC-CHAIN", Decimal("0.0001"))
    sim.confirm_invoice(continuation.invoice_id)
    await until(lambda: till.engine.sale(continuation.id).payment.btc_paid > 0)
    sim.expire_invoice(continuation.invoice_id)
    short = await till.engine.wait(continuation.id)
    assert short.state is SaleState.NEEDS_ATTENTION
    # While the continuation stands, the original offers nothing: settle the continuation.
    assert till.engine.resolutions_offered(till.engine.sale(original.id)) == ()
    assert A.NEW_INVOICE in till.engine.resolutions_offered(short)
    await till.engine.resolve(continuation.id, A.REFUND, staff="Grace", reason="gave up")
    # Its money is going back: the original's part can be refunded too, from the till.
    again = till.engine.sale(original.id)
    assert A.REFUND in till.engine.resolutions_offered(again)
    refunded = await till.engine.resolve(original.id, A.REFUND, staff="Grace", reason="gave up")
    assert refunded.refund is not None
    assert {p["invoiceId"] for p in sim.pull_payments()} == {
        original.invoice_id,
        continuation.invoice_id,
    }
