"""What the engine writes on a sale for people is `Words`: English as a str, translatable.

Each sale is driven through the simulator to one of its ends; its message (and e-mail note,
connection trouble, refusal) must be `Words`, read the same English as before, change under a
translator, and still be `Words` after a round trip through the journal.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from boxoffice.domain.checkout import CheckoutSettings
from boxoffice.domain.order import Buyer
from boxoffice.domain.sale import SaleNotAcceptable, SaleNotCancellable, SaleState
from boxoffice.sim import seed
from boxoffice.words import Words, say
from tests.engine.conftest import until


def marked(_context: str, source: str) -> str:
    """A translator that wraps every source: a said text shows which parts were translated."""
    return "«" + source + "»"


def assert_words(text: str | None, english: str) -> None:
    """`text` is `Words` reading `english`, translated by a translator, and again after a
    journal-style round trip."""
    assert isinstance(text, Words), repr(text)
    assert str(text) == english
    said = say(text, marked)
    assert said != english and "«" in said
    again = Words.from_json(text.to_json())
    assert isinstance(again, Words) and again == text and say(again, marked) == said


async def paid_late(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    sim.expire_invoice(sale.invoice_id)
    await till.engine.wait(sale.id)
    sim.pay_invoice(sale.invoice_id, "BTC-CHAIN")
    await until(lambda: till.engine.sale(sale.id).state is SaleState.NEEDS_ATTENTION)
    return till.engine.sale(sale.id)


async def partly_paid_then_expired(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    sim.pay_invoice(sale.invoice_id, "BTC-LN", Decimal("0.0001"))
    await until(lambda: till.engine.sale(sale.id).payment.btc_paid > 0)
    sim.expire_invoice(sale.invoice_id)
    return await till.engine.wait(sale.id)


async def overpaid(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    sim.pay_invoice(sale.invoice_id, "BTC-LN", sale.payment.btc_due * 2)
    return await till.engine.wait(sale.id)


async def marked_in_btcpay(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    await till.btcpay.mark_invoice_status(sale.invoice_id, "Settled")
    return await till.engine.wait(sale.id)


async def issue_refused(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 2})
    sale = await till.engine.start_sale(order)
    sim.add_fault(r"/tickettailor/v1/issued_tickets$", method="POST", status=422)
    sim.pay_invoice(sale.invoice_id)
    return await till.engine.wait(sale.id)


async def cancelled_then_paid(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    await till.engine.cancel(sale.id)
    sim.pay_invoice(sale.invoice_id, "BTC-LN")
    await until(lambda: till.engine.sale(sale.id).state is SaleState.NEEDS_ATTENTION)
    return till.engine.sale(sale.id)


async def payment_unavailable(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sim.add_fault(r"/payment-methods$", method="GET", status=400)
    return await till.engine.start_sale(order)


async def expired(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    sim.expire_invoice(sale.invoice_id)
    return await till.engine.wait(sale.id)


async def invoice_refused(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sim.add_fault(r"/btcpay/api/v1/stores/[^/]+/invoices$", method="POST", status=400)
    return await till.engine.start_sale(order)


def _server_words(sale, before: str) -> str:
    """What the server said, after `before` in the English message."""
    assert before in sale.message, sale.message
    return sale.message.split(before, 1)[1]


#: Each end: how to drive the sale there, the state it rests in, and its English message.
END = {
    "paid late": (
        paid_late,
        SaleState.NEEDS_ATTENTION,
        lambda _sale: (
            "£26.50 of £26.50 arrived after the invoice expired. Accept it (mark the "
            "invoice settled in BTCPay) to issue the tickets, or refund the customer."
        ),
    ),
    "partly paid then expired": (
        partly_paid_then_expired,
        SaleState.NEEDS_ATTENTION,
        lambda sale: (
            f"Only £{sale.paid_amount} of £26.50 was paid before the invoice expired; "
            "the tickets were released. Bill the rest with a new invoice, or refund what arrived."
        ),
    ),
    "overpaid": (
        overpaid,
        SaleState.COMPLETED,
        lambda _sale: (
            "Overpaid: £53.00 was paid for £26.50; the customer may ask for the difference back."
        ),
    ),
    "marked in BTCPay": (
        marked_in_btcpay,
        SaleState.COMPLETED,
        lambda _sale: "Marked as paid in BTCPay.",
    ),
    "issue refused": (
        issue_refused,
        SaleState.NEEDS_ATTENTION,
        lambda sale: (
            "Paid, but Ticket Tailor refused to issue 2 of 2 tickets: "
            + _server_words(sale, "tickets: ")
        ),
    ),
    "cancelled then paid": (
        cancelled_then_paid,
        SaleState.NEEDS_ATTENTION,
        lambda _sale: (
            "£26.50 of £26.50 was paid after the sale was cancelled. Refund the "
            "customer, or mark the invoice settled in BTCPay to issue the tickets."
        ),
    ),
    "payment unavailable": (
        payment_unavailable,
        SaleState.FAILED,
        lambda sale: (
            "BTCPay did not give the payment details; nothing was charged. (BTCPay"
            + _server_words(sale, "charged. (BTCPay")
        ),
    ),
    "expired": (
        expired,
        SaleState.RELEASED,
        lambda _sale: "The invoice expired unpaid; the tickets were released.",
    ),
    "invoice refused": (
        invoice_refused,
        SaleState.FAILED,
        lambda sale: (
            "The invoice could not be created: BTCPay" + _server_words(sale, "created: BTCPay")
        ),
    ),
}


@pytest.mark.parametrize("end", list(END))
async def test_every_end_of_a_sale_says_its_message_in_words(till, sim, end):
    drive, state, english = END[end]
    sale = await drive(till, sim)
    assert sale.state is state
    assert_words(sale.message, english(sale))
    stored = till.journal.get(sale.id)
    assert isinstance(stored.message, Words) and stored.message == sale.message
    assert say(stored.message, marked) == say(sale.message, marked)


async def test_a_translated_message_keeps_the_servers_words_and_the_amounts(till, sim):
    sale = await paid_late(till, sim)
    said = say(sale.message, marked)
    # The sentence is translated with its places filled after: the amounts are untouched.
    assert said == (
        "«{paid} of {total} arrived after the invoice expired. Accept it (mark the invoice "
        "settled in BTCPay) to issue the tickets, or refund the customer.»"
    ).format(paid="£26.50", total="£26.50")
    refused = await issue_refused(till, sim)
    detail = refused.message.split(": ", 1)[1]
    assert say(refused.message, marked).endswith(f"tickets: {detail}»")


async def test_e_mail_notes_are_words(make_till, sim):
    till = make_till(checkout=CheckoutSettings(email_required=False))
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1}, buyer=Buyer("Ada", None))
    sale = await till.engine.start_sale(order)
    sim.pay_invoice(sale.invoice_id)
    done = await till.engine.wait(sale.id)
    assert done.state is SaleState.COMPLETED
    assert_words(done.email_note, "No e-mail address was given.")
    assert isinstance(till.journal.get(sale.id).email_note, Words)

    off = make_till("till-2", checkout=CheckoutSettings(send_ticket_emails=False))
    order = await off.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await off.engine.start_sale(order)
    sim.pay_invoice(sale.invoice_id)
    done = await off.engine.wait(sale.id)
    assert_words(done.email_note, "Ticket e-mails are turned off.")


async def test_a_refused_e_mail_note_keeps_btcpays_words(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    sim.pay_invoice(sale.invoice_id)
    done = await till.engine.wait(sale.id)
    sim.add_fault(r"/email/send$", method="POST", status=422)
    again = await till.engine.resend_email(done.id)
    assert again.email_sent is False
    assert again.email_note.startswith("Not sent: ")
    assert_words(again.email_note, again.email_note)
    assert say(again.email_note, marked) == "«Not sent: {detail}»".format(
        detail=again.email_note.removeprefix("Not sent: ")
    )


async def test_connection_trouble_is_words(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    sim.add_fault(r"/invoices/" + sale.invoice_id + "$", method="GET", status=503, count=9)
    await until(lambda: till.engine.sale(sale.id).connection_problem is not None)
    problem = till.engine.sale(sale.id).connection_problem
    assert problem.endswith(" — still trying; the sale is safe.") and "BTCPay" in problem
    assert_words(problem, problem)
    await until(lambda: till.engine.sale(sale.id).connection_problem is None)


async def test_refusals_to_accept_or_cancel_are_words(till, sim):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sale = await till.engine.start_sale(order)
    with pytest.raises(SaleNotAcceptable) as refused:
        await till.engine.accept_payment(sale.id)
    assert_words(refused.value.args[0], "This sale is still going on; wait until it ends.")

    sim.pay_invoice(sale.invoice_id, "BTC-LN")
    with pytest.raises(SaleNotCancellable) as not_cancelled:
        await till.engine.cancel(sale.id)
    assert_words(
        not_cancelled.value.args[0], "The customer has just paid; the sale cannot be cancelled."
    )
    await till.engine.wait(sale.id)


async def test_a_partial_payment_is_refused_in_words(till, sim):
    sale = await partly_paid_then_expired(till, sim)
    with pytest.raises(SaleNotAcceptable) as refused:
        await till.engine.accept_payment(sale.id)
    text = refused.value.args[0]
    assert text == (
        f"Only £{sale.paid_amount} of £26.50 was paid. A partial payment cannot be accepted: "
        "refund it from BTCPay, or start a new sale."
    )
    assert_words(text, text)
