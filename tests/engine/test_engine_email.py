"""The ticket e-mail: sent through BTCPay when it may be, and never a reason to fail a sale."""

from __future__ import annotations

from boxoffice.domain.checkout import CheckoutSettings
from boxoffice.domain.sale import SaleState
from boxoffice.domain.ticket_email import ticket_email
from boxoffice.sim import seed

POS_ONLY = [
    f"btcpay.store.canviewstoresettings:{seed.STORE_ID}",
    f"btcpay.store.cancreateinvoice:{seed.STORE_ID}",
    f"btcpay.store.canmodifyinvoices:{seed.STORE_ID}",
]


async def paid_sale(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    sim.pay_invoice(sale.invoice_id)
    return await till.engine.wait(sale.id)


async def test_email_lists_event_date_and_every_barcode(till, sim):
    done = await paid_sale(till, sim)
    subject, body = ticket_email(done)
    (email,) = sim.state()["emails"]
    assert (email["subject"], email["body"]) == (subject, body)
    assert subject == "Your tickets for Summer Chamber Night"
    assert "Event: Summer Chamber Night" in body
    assert f"Date: {done.order.event_start}" in body
    assert f"General Admission – barcode <strong>{done.tickets[0].barcode}</strong>" in body
    assert f"Reference: {done.invoice_id}" in body
    assert body.startswith("<p>") and "<br>" in body  # BTCPay sends the body as HTML


async def test_key_without_the_permission_completes_without_email(make_till, sim):
    key = sim.add_btcpay_api_key(POS_ONLY)
    till = make_till(btcpay_api_key=key)
    done = await paid_sale(till, sim)
    assert done.state is SaleState.COMPLETED
    assert done.email_sent is False
    assert "btcpay.store.cansendstoreemails" in done.email_note
    assert sim.state()["emails"] == []


async def test_a_send_only_key_is_enough_to_send(make_till, sim):
    key = sim.add_btcpay_api_key([*POS_ONLY, f"btcpay.store.cansendstoreemails:{seed.STORE_ID}"])
    till = make_till(btcpay_api_key=key)
    done = await paid_sale(till, sim)
    assert done.email_sent is True
    assert len(sim.state()["emails"]) == 1


async def test_smtp_not_configured_is_still_handed_to_btcpay(till, sim):
    # BTCPay answers 200 and drops the mail later: the till cannot know, and must not guess
    # "not set up" (the old guess was a 400 that no server sends). The doctor checks SMTP.
    sim.smtp_configured = False
    done = await paid_sale(till, sim)
    assert done.state is SaleState.COMPLETED
    assert done.email_sent is True
    assert sim.state()["emails"] == [] and len(sim.btcpay.dropped_emails) == 1


async def test_email_failure_does_not_fail_the_sale(till, sim):
    sim.add_fault(r"/email/send$", method="POST", status=500)
    done = await paid_sale(till, sim)
    assert done.state is SaleState.COMPLETED
    assert done.email_sent is False
    assert done.email_note.startswith("Not sent:")


async def test_emails_turned_off(make_till, sim):
    till = make_till(checkout=CheckoutSettings(send_ticket_emails=False))
    done = await paid_sale(till, sim)
    assert done.email_sent is False
    assert sim.state()["emails"] == []
