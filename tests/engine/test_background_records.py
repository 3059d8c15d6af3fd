"""A paid customer never waits for BTCPay's bookkeeping, and a cancel never hangs on it.

Once the tickets exist the sale is completed at once; `ticketIds` (and the e-mail, which waits
for that write so it goes out at most once) follow in the background, retried as long as it
takes, also after a restart. A cancel returns within `cancel_patience` whatever BTCPay does.
"""

from __future__ import annotations

import time

from boxoffice.domain.sale import SaleNotCancellable, SaleState
from boxoffice.engine.timing import EngineTiming
from boxoffice.sim import seed
from tests.engine.conftest import until

#: The metadata write: `PUT .../stores/{store}/invoices/{id}` (Greenfield, update invoice).
METADATA_PUT = r"/btcpay/api/v1/stores/[^/]+/invoices/[^/]+$"


def tickets_of(sim, reference):
    return [t for t in sim.state()["issued_tickets"] if t["reference"] == reference]


def emails_to(sim, address):
    return [m for m in sim.btcpay.emails if m.get("email", m.get("to")) == address]


def first_seen(till, sale_id, state):
    return next(s for s in till.seen if s.id == sale_id and s.state is state)


async def test_the_customer_has_the_tickets_while_btcpay_refuses_the_metadata_write(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 2})
    sale = await till.engine.start_sale(order)
    sim.add_fault(METADATA_PUT, method="PUT", status=503, count=12)
    paid_at = sim.clock.now()
    sim.pay_invoice(sale.invoice_id)

    done = await till.engine.wait(sale.id, records=False)
    assert done.state is SaleState.COMPLETED and len(done.tickets) == 2
    # Seen by the customer about one poll after paying (it took minutes when the till waited
    # for the write: 12 failures with backoff).
    completed = first_seen(till, sale.id, SaleState.COMPLETED)
    assert completed.updated_at - paid_at < 5
    assert completed.records_pending and completed.email_sent is None
    assert emails_to(sim, "ada@example.com") == []  # the e-mail waits for the mark

    recorded = await till.engine.wait(sale.id)
    assert not recorded.records_pending and recorded.email_sent is True
    invoice = sim.invoice(sale.invoice_id)
    assert invoice["metadata"]["ticketIds"] == [t.id for t in recorded.tickets]
    assert invoice["metadata"]["ticketsEmailed"] is True
    assert len(emails_to(sim, "ada@example.com")) == 1
    assert len(tickets_of(sim, sale.invoice_id)) == 2
    assert [f for f in sim.faults.faults if f.path == METADATA_PUT] == []  # all 12 were met


async def test_records_left_by_a_crash_are_written_and_the_e_mail_sent_once(make_till, sim):
    first = make_till()
    order = await first.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await first.engine.start_sale(order)
    sim.add_fault(METADATA_PUT, method="PUT", status=503)  # until the till dies
    sim.pay_invoice(sale.invoice_id)
    await first.engine.wait(sale.id, records=False)
    await first.close()
    sim.clear_faults()
    assert "ticketIds" not in sim.invoice(sale.invoice_id)["metadata"]

    second = make_till()
    second.journal.close()
    second.journal = type(second.journal)(first.journal.path)
    second.engine.journal = second.journal
    await second.engine.recover(watch=False)
    after = second.journal.get(sale.id)
    assert after.state is SaleState.COMPLETED and not after.records_pending
    assert after.email_sent is True
    assert len(emails_to(sim, "ada@example.com")) == 1
    # Another pass has nothing left to do and sends nothing.
    assert await second.engine.recover(watch=False) == []
    assert len(emails_to(sim, "ada@example.com")) == 1


async def test_a_cancel_that_loses_to_the_payment_does_not_wait_for_the_metadata(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    sim.pay_invoice(sale.invoice_id)  # paid a moment before the cancel button
    sim.add_fault(METADATA_PUT, method="PUT", status=503)
    try:
        await till.engine.cancel(sale.id)
    except SaleNotCancellable:
        pass
    else:
        raise AssertionError("a paid sale was cancelled")
    now = till.engine.sale(sale.id)
    assert now.state is SaleState.COMPLETED and len(now.tickets) == 1
    assert now.records_pending
    sim.clear_faults()
    done = await till.engine.wait(sale.id)
    assert sim.invoice(sale.invoice_id)["metadata"]["ticketIds"] == [done.tickets[0].id]


async def test_a_cancel_returns_within_its_patience_when_btcpay_hangs(make_till, sim):
    till = make_till(timing=EngineTiming(lookup_delay=0.5, cancel_patience=1.0))
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    # Every BTCPay call hangs far past the clients' timeout, and reads are retried.
    sim.add_fault(r"^/btcpay/", delay_ms=3000)
    started = time.monotonic()
    cancelled = await till.engine.cancel(sale.id)
    waited = time.monotonic() - started
    # The patience is on the loop's clock: a busy machine adds to it, never the retries.
    assert waited < 2.5 + 0.5 * 3, waited
    assert cancelled.state is SaleState.RELEASING and cancelled.reason == "cancelled"
    sim.clear_faults()
    await until(lambda: till.engine.sale(sale.id).state is SaleState.RELEASED)
    assert [h for h in sim.state()["holds"] if h["note"] == sale.order_id] == []
    assert sim.invoice(sale.invoice_id)["status"] == "Invalid"
