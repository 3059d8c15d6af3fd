"""The engine writes each ticket e-mail in its order's language, through the words it is
given, whenever the e-mail goes: at once, after an on-chain confirmation, after a restart,
from another till, or when staff send it again."""

from __future__ import annotations

import dataclasses
from datetime import date

from boxoffice.domain.checkout import CheckoutSettings
from boxoffice.domain.sale import SaleState
from boxoffice.domain.ticket_email import ENGLISH, EmailWords
from boxoffice.engine.recovery import ADOPT_QUIET
from boxoffice.sim import seed
from tests.engine.conftest import Till, until

#: On-chain payments wait for a confirmation.
WAITS = CheckoutSettings(speed_policy="MediumSpeed")


def marked(context: str, source: str) -> str:
    return f"«{source}»" if context == "TicketEmail" else source


class Languages:
    """The words a face would give the engine: "de" marks them, the rest is English."""

    def __init__(self) -> None:
        self.asked: list[str | None] = []

    def __call__(self, code: str | None) -> EmailWords:
        self.asked.append(code)
        if code != "de":
            return ENGLISH
        return EmailWords(marked, lambda day: f"{day.day}.{day.month}.{day.year}")


async def _order(till: Till, language: str | None):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    return dataclasses.replace(order, language=language)


def _emails(sim) -> list[dict]:
    return sim.state()["emails"]


async def test_a_german_order_is_e_mailed_through_the_german_words(make_till, sim):
    languages = Languages()
    till = make_till()
    till.engine.email_words = languages
    sale = await till.engine.start_sale(await _order(till, "de"))
    sim.pay_invoice(sale.invoice_id)
    done = await till.engine.wait(sale.id)
    assert done.email_sent is True
    (email,) = _emails(sim)
    assert email["subject"] == "«Your tickets for Summer Chamber Night»"
    assert "<p>«Hello Ada Lovelace,»</p>" in email["body"]
    assert "«Show the barcode at the door, on your phone or printed.»" in email["body"]
    day = done.order.event_start.split(" · ")[0]
    assert "Fri" not in email["body"] and day not in email["body"]  # the day in its language
    assert "de" in languages.asked


async def test_an_order_without_a_language_is_e_mailed_in_english(make_till, sim):
    languages = Languages()
    till = make_till()
    till.engine.email_words = languages
    sale = await till.engine.start_sale(await _order(till, None))
    sim.pay_invoice(sale.invoice_id)
    done = await till.engine.wait(sale.id)
    (email,) = _emails(sim)
    assert email["subject"] == "Your tickets for Summer Chamber Night"
    assert f"Date: {done.order.event_start}" in email["body"] and "«" not in email["body"]
    assert languages.asked == [None]


async def test_an_engine_given_no_words_writes_english(till, sim):
    sale = await till.engine.start_sale(await _order(till, "de"))
    sim.pay_invoice(sale.invoice_id)
    await till.engine.wait(sale.id)
    (email,) = _emails(sim)
    assert email["subject"] == "Your tickets for Summer Chamber Night"


async def test_a_confirmation_after_a_restart_still_e_mails_in_the_buyers_language(make_till, sim):
    first = make_till(checkout=WAITS)
    first.engine.email_words = Languages()
    sale = await first.engine.start_sale(await _order(first, "de"))
    sim.pay_invoice(sale.invoice_id, "BTC-CHAIN")
    await until(lambda: first.engine.sale(sale.id).state is SaleState.CONFIRMING)
    await first.close()  # the till stops while the payment confirms

    again = Till(sim, first.journal.path, checkout=WAITS)
    try:
        again.engine.email_words = Languages()
        sim.confirm_invoice(sale.invoice_id)
        await again.engine.recover()
        done = await again.engine.wait(sale.id)
        assert done.state is SaleState.COMPLETED and done.order.language == "de"
    finally:
        await again.close()
    (email,) = _emails(sim)
    assert email["subject"] == "«Your tickets for Summer Chamber Night»"


async def test_another_till_that_finishes_the_sale_e_mails_in_the_buyers_language(make_till, sim):
    first = make_till("till-1")
    sale = await first.engine.start_sale(await _order(first, "de"))
    await first.close()
    sim.pay_invoice(sale.invoice_id)
    sim.advance_clock(ADOPT_QUIET)

    other = make_till("till-2")
    other.engine.email_words = Languages()
    (adopted,) = await other.engine.recover_other_devices()
    assert adopted.state is SaleState.COMPLETED and adopted.order.language == "de"
    (email,) = _emails(sim)
    assert email["subject"] == "«Your tickets for Summer Chamber Night»"


async def test_e_mail_again_speaks_the_orders_language(make_till, sim):
    till = make_till()
    till.engine.email_words = Languages()
    sale = await till.engine.start_sale(await _order(till, "de"))
    sim.pay_invoice(sale.invoice_id)
    await till.engine.wait(sale.id)
    await till.engine.resend_email(sale.id)
    first, second = _emails(sim)
    assert first["subject"] == second["subject"] == "«Your tickets for Summer Chamber Night»"


def test_the_days_of_the_words_given_are_used():
    words = Languages()("de")
    assert words.day_words is not None and words.day_words(date(2026, 6, 12)) == "12.6.2026"
