"""The sale's words written below the window reach the screen in the window's language.

A translator that marks every source of the lower layers' contexts ("«source»") is installed;
each display path must then show the marked words, with the amounts and names the sentence was
filled with still in place.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QEvent, QTranslator
from PySide6.QtWidgets import QLabel

from boxoffice.domain.order import OrderProblem
from boxoffice.engine import email_notes
from boxoffice.sim import seed
from boxoffice.ui import i18n
from boxoffice.ui.formatting import error_sentence, order_when
from boxoffice.ui.main_window import MainWindow
from boxoffice.ui.sale_notices import SaleNotices
from boxoffice.ui.screens.result.ticket_output import receipt_for
from boxoffice.words import translate
from tests.ui.conftest import run_until
from tests.ui.helpers import current_sale, find, open_event, sell, set_quantity, type_into

#: The contexts of the words written below the window that this part of the window shows.
LOWER = ("Reason", "SaleWords", "EmailNote", "StaffActions", "Cart", "Buyer", "Order",
         "Catalogue", "Journal")  # fmt: skip


class Marking(QTranslator):
    """`«source»` for the lower layers' contexts; nothing (untranslated) for the rest."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"«{source}»" if context in LOWER else None

    def isEmpty(self) -> bool:
        return False


@contextmanager
def marking(app) -> Iterator[None]:
    translator = Marking()
    assert app.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.removeTranslator(translator)


def _attention_shown(till) -> bool:
    page = till.result_page
    return till.pages.currentWidget() is page and page.stack.currentWidget() is page.attention_page


def test_the_result_page_says_the_reason_and_the_advice_translated(qapp, qtbot, loop, till, sim):
    with marking(qapp):
        sale = sell(qtbot, loop, till)
        sim.pay_invoice(sale.invoice_id, "BTC-CHAIN", Decimal("0.0001"))
        run_until(loop, lambda: current_sale(till).paid_amount, message="the partial payment")
        sim.advance_clock(16 * 60)
        run_until(loop, lambda: _attention_shown(till), message="needs attention")
        paid = f"£{current_sale(till).paid_amount}"
        message = find(till, QLabel, "attentionMessage").text()
        assert message == (
            f"«Only {paid} of £26.50 was paid before the invoice expired; the tickets were "
            "released. Bill the rest with a new invoice, or refund what arrived.»"
        )
        advice = till.result_page.attention_advice.message.text()
        assert advice.startswith("What to do: «The customer paid only part of the amount")
        # The recent sales say its reason's words under its state.
        model = till.flow.recent.model
        run_until(loop, lambda: model.rowCount() > 0, message="the recent sales")
        state = model.index(0, model.columnCount() - 1)
        assert state.data(model_detail_role()) == "«only partly paid»"
    # English again once the translator is gone (the English itself is unchanged).
    assert current_sale(till).message == message.strip("«»")


def model_detail_role():
    from boxoffice.ui.screens.recent_sales.model import DETAIL_ROLE

    return DETAIL_ROLE


def test_a_closed_sale_says_why_translated(qapp, qtbot, loop, till, sim):
    with marking(qapp):
        sale = sell(qtbot, loop, till)
        sim.expire_invoice(sale.invoice_id)
        page = till.result_page
        run_until(
            loop,
            lambda: (
                till.pages.currentWidget() is page
                and page.stack.currentWidget() is page.closed_page
            ),
            message="the closed page",
        )
        assert page.closed_detail.text() == "«The invoice expired before it was paid.»"


def test_the_tickets_screen_says_cart_buyer_and_catalogue_words_translated(qapp, qtbot, loop, till):
    with marking(qapp):
        open_event(qtbot, loop, till, seed.GBP_EVENT)
        set_quantity(qtbot, till, seed.FAMILY_ADULT_TT, 4)
        set_quantity(qtbot, till, seed.FAMILY_CHILD_TT, 3)
        view = till.tickets_page
        problem = view.cart_problems.text()
        assert problem.startswith("«At most 6 tickets from ") and problem.endswith(" per order.»")
        assert "{" not in problem  # the group's name and the count are filled in
        type_into(qtbot, till, "emailEdit", "a b@example.org")
        assert view.email_error.text() == "«remove the spaces»"
        # A ticket type off sale says why in the window's language (the catalogue's words).
        assert view.rows[seed.SOLD_OUT_TT].note.text() == "«Sold out»"


def test_an_order_problem_and_a_refusal_are_said_translated(qapp):
    problem = OrderProblem(translate("Order", "Enter the buyer's full name."), "name")
    with marking(qapp):
        assert error_sentence(problem) == "«Enter the buyer's full name.»"
        assert error_sentence(ValueError("plain words")) == "plain words"
    assert error_sentence(problem) == "Enter the buyer's full name."


def test_the_printed_receipt_says_the_email_note_and_the_day_in_the_windows_language(
    qapp, qtbot, loop, till, sim
):
    sale = sell(qtbot, loop, till)
    sim.pay_invoice(sale.invoice_id, "BTC-LN")
    run_until(loop, lambda: current_sale(till).tickets, message="the tickets")
    refused = dataclasses.replace(
        current_sale(till), email_sent=False, email_note=email_notes.not_sent("bad address")
    )
    with marking(qapp):
        receipt = receipt_for(refused)
    assert receipt.email_note == "Tickets not e-mailed to door@example.org: «Not sent: bad address»"
    assert receipt_for(refused).email_note.endswith(": Not sent: bad address")

    english = refused.order.event_start
    assert english and english.startswith(("Mon ", "Tue ", "Wed ", "Thu ", "Fri ", "Sat ", "Sun "))
    assert order_when(english) == english
    i18n.install_language(qapp, "de")
    try:
        german = receipt_for(refused).event_when
    finally:
        i18n.remove_language(qapp)
    assert german != english and german.endswith(english.split(" · ", 1)[1])
    assert order_when("Some day Ticket Tailor wrote") == "Some day Ticket Tailor wrote"


def test_a_damaged_journal_row_is_described_in_the_windows_language(qapp, qtbot, tmp_path):
    from tests.engine.test_journal_damage import _damage, _journal_with

    journal = _journal_with(tmp_path, "s1")
    _damage(journal, "s1", '{"order": ')
    (record,) = journal.damaged()
    journal.close()
    window = MainWindow()
    qtbot.addWidget(window)
    notices = SaleNotices(window, lambda _sale_id: None)
    with marking(qapp):
        notices.set_aside([record])
        text = window.error_banner.message.text() + window.error_banner.message.toolTip()
    assert "(«its data is not valid JSON»)" in text
    assert "««invoice INV1» and «hold ho_s1»»" in text
    # The command line's and the log's description stays English.
    assert record.describe() == (
        "the journal's record of sale s1 is damaged (its data is not valid JSON) and was set "
        "aside; check invoice INV1 and hold ho_s1 by hand"
    )
