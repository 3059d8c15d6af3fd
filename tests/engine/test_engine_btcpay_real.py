"""The engine with BTCPay's real answers: a mark-status body from before the mark (2.3.6+), and
a 403 for an invoice that is gone (BTCPay Server source, GreenfieldInvoiceController.cs,
BuiltInPermissionScopeProvider.cs; old expired invoices are deleted after six months)."""

from __future__ import annotations

import pytest

from boxoffice.domain.sale import SaleNotAcceptable, SaleState
from boxoffice.sim import seed
from tests.engine.conftest import until
from tests.engine.test_engine_staff import paid_late


async def test_accepting_works_although_the_mark_answers_the_old_invoice(till, sim):
    assert sim.btcpay.mark_answers_after is False  # the 2.3.6+ answer, by default
    late = await paid_late(till, sim)
    done = await till.engine.accept_payment(late.id)
    assert done.state is SaleState.COMPLETED
    assert sim.invoice(late.invoice_id)["status"] == "Settled"


async def test_cancel_marks_the_invoice_invalid_with_the_old_answer(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    cancelled = await till.engine.cancel(sale.id)
    assert cancelled.state is SaleState.RELEASED
    invoice = sim.invoice(sale.invoice_id)
    assert (invoice["status"], invoice["additionalStatus"]) == ("Invalid", "Marked")
    assert cancelled.invoice_status == "Invalid"  # what the GET after the mark showed


async def test_accepting_a_deleted_invoice_says_so_and_blames_no_key(till, sim):
    late = await paid_late(till, sim)
    del sim.btcpay.invoices[late.invoice_id]  # the cleanup job removed it
    with pytest.raises(SaleNotAcceptable) as refused:
        await till.engine.accept_payment(late.id)
    words = str(refused.value)
    assert "no longer has invoice" in words
    assert "permission" not in words.lower() and "key" not in words.lower()


async def test_a_watched_sale_whose_invoice_is_gone_stops_being_watched(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    released = await till.engine.cancel(sale.id)
    assert released.watch_until is not None
    del sim.btcpay.invoices[sale.invoice_id]
    await until(lambda: till.engine.sale(sale.id).watch_until is None)
    gone = till.engine.sale(sale.id)
    assert gone.state is SaleState.RELEASED and gone.connection_problem is None
