"""The sales view with a door's worth of sales: filters, search, columns and actions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton

from boxoffice.domain.sale import SaleState
from boxoffice.ui.screens.recent_sales import actions as sales_actions
from boxoffice.ui.screens.recent_sales.filters import (
    ALL,
    ATTENTION,
    CLOSED,
    COMPLETED,
    IN_PROGRESS,
    REFUNDED,
)
from boxoffice.ui.screens.recent_sales.model import (
    DETAIL_ROLE,
    METHOD,
    SALE,
    STATE,
    TIME,
    TOTAL,
)
from tests.ui.conftest import run_until
from tests.ui.helpers import find
from tests.ui.screens.recent_sales.door import choose, listed_ids, make_door
from tests.ui.screens.recent_sales.test_recent_sales import on_result, open_recent_sales

BUTTONS = (
    "salesOpenButton",
    "salesPaymentButton",
    "salesReprintButton",
    "salesResendButton",
    "salesRetryButton",
    "salesBtcpayButton",
)


@pytest.fixture
def door(qtbot, loop, till, sim):
    sales = make_door(loop, till, sim)
    open_recent_sales(qtbot, till)
    run_until(loop, lambda: len(listed_ids(till)) == 29, message="the 29 sales")
    return sales


def ids(sales) -> set[str]:
    return {sale.id for sale in sales}


def choose_filter(till, name: str, key) -> None:
    combo = find(till, QComboBox, name)
    index = combo.findData(key)
    assert index >= 0, f"{key} is not offered in {name}"
    combo.setCurrentIndex(index)


def enabled_buttons(till) -> set[str]:
    return {name for name in BUTTONS if find(till, QPushButton, name).isEnabled()}


def test_the_view_is_named_and_lists_the_whole_shift(qtbot, loop, till, door):
    view = till.recent_page
    assert view.objectName() == "salesView"
    assert set(listed_ids(till)) == set().union(*(ids(s) for s in door.values()))
    summary = find(till, QLabel, "recentSalesSummary").text()
    assert summary.startswith("Newest first · 29 sales")
    for words in (
        "4 in progress",
        "20 completed",
        "1 needs attention",
        "4 released/expired",
    ):
        assert words in summary
    assert "refunded" not in summary and "shown" not in summary
    assert till.flow.recent.limit >= 1000


def test_each_state_filter_shows_only_its_sales(qtbot, loop, till, door):
    expected = {
        IN_PROGRESS: ids(door["waiting"]),
        COMPLETED: ids(door["lightning"]) | ids(door["onchain"]),
        ATTENTION: ids(door["stuck"]),
        CLOSED: ids(door["expired"]),
    }
    for key, wanted in expected.items():
        choose_filter(till, "salesStateFilter", key)
        assert set(listed_ids(till)) == wanted, key
        shown = find(till, QLabel, "recentSalesSummary").text()
        assert f"{len(wanted)} shown" in shown
    choose_filter(till, "salesStateFilter", REFUNDED)
    assert listed_ids(till) == []
    empty = find(till, QLabel, "recentSalesEmpty")
    assert empty.isVisible() and "No sale matches" in empty.text()
    show_all = find(till, QPushButton, "clearSalesFiltersButton")
    assert show_all.isVisible()
    qtbot.mouseClick(show_all, Qt.MouseButton.LeftButton)
    assert len(listed_ids(till)) == 29
    assert not empty.isVisible()


def test_the_event_filter_offers_the_events_sold_and_combines_with_the_state(
    qtbot, loop, till, door
):
    combo = find(till, QComboBox, "salesEventFilter")
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == ["All events", "Jazz on the River", "Poetry Slam Night", "Summer Chamber Night"]
    jazz = door["onchain"][0].order.event_id
    choose_filter(till, "salesEventFilter", jazz)
    assert set(listed_ids(till)) == ids(door["onchain"])
    choose_filter(till, "salesStateFilter", IN_PROGRESS)
    assert listed_ids(till) == []
    choose_filter(till, "salesEventFilter", None)
    assert set(listed_ids(till)) == ids(door["waiting"])


def type_search(qtbot, till, text: str) -> None:
    search = find(till, QLineEdit, "salesSearch")
    search.clear()
    qtbot.keyClicks(search, text)


def test_search_finds_by_email_name_invoice_and_barcode_as_staff_type(qtbot, loop, till, door):
    ada = door["lightning"][3]
    type_search(qtbot, till, "ada.lovelace@example")  # the address was typed in capitals
    assert listed_ids(till) == [ada.id]
    type_search(qtbot, till, "LOVELACE")
    assert listed_ids(till) == [ada.id]
    chain = door["onchain"][2]
    type_search(qtbot, till, chain.invoice_id.lower())
    assert listed_ids(till) == [chain.id]
    paid = door["lightning"][5]
    barcode = paid.tickets[-1].barcode
    type_search(qtbot, till, barcode.lower())
    assert listed_ids(till) == [paid.id]
    # Every word typed must match: an address and a name of two different sales find none.
    type_search(qtbot, till, "jazz0 lovelace")
    assert listed_ids(till) == []
    assert find(till, QLabel, "recentSalesEmpty").isVisible()
    type_search(qtbot, till, "jazz")
    assert set(listed_ids(till)) == ids(door["onchain"])
    find(till, QLineEdit, "salesSearch").clear()
    assert len(listed_ids(till)) == 29


def cell(till, sale_id, column):
    index = choose(till, sale_id).siblingAtColumn(column)
    return index.data(), index.data(DETAIL_ROLE)


def test_the_columns_say_amounts_way_of_paying_and_state(qtbot, loop, till, door):
    lightning = door["lightning"][1]  # 2 × General Admission
    assert cell(till, lightning.id, SALE) == ("Summer Chamber Night", "2 × General Admission")
    total, btc = cell(till, lightning.id, TOTAL)
    assert total == "£53.00"
    # At 1024 px the way of paying goes under the amount instead of in a column of its own.
    assert btc == f"{lightning.payment.btc_amount.normalize():f} BTC · Lightning"
    assert till.recent_page.table.isColumnHidden(METHOD)
    assert cell(till, lightning.id, METHOD)[0] == "Lightning"
    assert cell(till, lightning.id, STATE)[0] == "Completed"
    assert cell(till, lightning.id, TIME)[1] == "Today"

    chain = door["onchain"][0]
    assert cell(till, chain.id, SALE) == ("Jazz on the River", "2 × Standard")
    assert cell(till, chain.id, TOTAL)[0] == "£38.00"
    method, paid = cell(till, chain.id, METHOD)
    assert method == "On-chain"
    payment = till.flow.runtime.engine.sale(chain.id).payment
    assert payment.btc_paid_onchain == payment.btc_amount and not payment.btc_paid_lightning
    assert paid == ""  # paid in full: what was asked is under the total
    # Not paid: no way of paying to say.
    assert cell(till, door["waiting"][0].id, METHOD) == ("", "")
    table = till.recent_page.table
    assert table.horizontalScrollBar().maximum() == 0


def test_at_1280_every_column_fits_without_scrolling(qtbot, loop, till, door):
    till.resize(1280, 800)
    table = till.recent_page.table
    run_until(loop, lambda: not table.isColumnHidden(METHOD), message="the wide layout")
    header = table.horizontalHeader()
    shown = [c for c in range(header.count()) if not table.isColumnHidden(c)]
    assert sum(header.sectionSize(c) for c in shown) <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
    lightning = door["lightning"][0]
    assert cell(till, lightning.id, METHOD)[0] == "Lightning"
    assert "Lightning" not in (cell(till, lightning.id, TOTAL)[1] or "")


def test_each_action_is_offered_only_in_its_state(qtbot, loop, till, door):
    assert enabled_buttons(till) == set()  # nothing chosen
    choose(till, door["lightning"][0].id)
    assert enabled_buttons(till) == {
        "salesOpenButton",
        "salesReprintButton",
        "salesResendButton",
        "salesBtcpayButton",
    }
    choose(till, door["waiting"][0].id)
    assert enabled_buttons(till) == {"salesOpenButton", "salesPaymentButton", "salesBtcpayButton"}
    choose(till, door["stuck"][0].id)
    assert enabled_buttons(till) == {"salesOpenButton", "salesRetryButton", "salesBtcpayButton"}
    choose(till, door["expired"][0].id)
    assert enabled_buttons(till) == {"salesOpenButton", "salesBtcpayButton"}


def test_show_payment_qr_opens_the_sale_still_being_paid(qtbot, loop, till, sim, door):
    waiting = door["waiting"][1]
    choose(till, waiting.id)
    qtbot.mouseClick(find(till, QPushButton, "salesPaymentButton"), Qt.MouseButton.LeftButton)
    assert till.pages.currentWidget() is till.payment_page
    assert till.flow.current_sale_id == waiting.id
    engine = till.flow.runtime.engine
    assert till.payment_page.qr.payload == engine.sale(waiting.id).payment.unified_qr


def test_reprint_opens_the_print_dialog_of_the_sale(qtbot, loop, till, door):
    sale = door["lightning"][4]
    choose(till, sale.id)
    qtbot.mouseClick(find(till, QPushButton, "salesReprintButton"), Qt.MouseButton.LeftButton)
    assert on_result(till, till.result_page.receipt_page)
    assert till.flow.shown_sale_id == sale.id
    dialog = till.findChild(QPrintDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowModality() != Qt.WindowModality.ApplicationModal
    dialog.reject()


def test_resend_email_sends_the_tickets_again_from_the_list(qtbot, loop, till, sim, door):
    sale = door["lightning"][3]
    before = [m for m in sim.state()["emails"] if m["to"] == sale.order.buyer.email]
    choose(till, sale.id)
    qtbot.mouseClick(find(till, QPushButton, "salesResendButton"), Qt.MouseButton.LeftButton)
    status = find(till, QLabel, "salesActionStatus")
    run_until(loop, lambda: "again for e-mail" in status.text(), message="sent")
    assert status.text() == (
        "Tickets handed to BTCPay again for e-mail to Ada.Lovelace@Example.org."
    )
    after = [m for m in sim.state()["emails"] if m["to"] == sale.order.buyer.email]
    assert len(after) == len(before) + 1
    assert till.pages.currentWidget() is till.recent_page  # staff stay on the list


def test_open_in_btcpay_opens_the_invoice_page_without_the_key(
    qtbot, loop, till, sim, door, monkeypatch
):
    opened: list[QUrl] = []
    monkeypatch.setattr(
        sales_actions.QDesktopServices, "openUrl", lambda url: opened.append(url) or True
    )
    sale = door["expired"][0]
    choose(till, sale.id)
    qtbot.mouseClick(find(till, QPushButton, "salesBtcpayButton"), Qt.MouseButton.LeftButton)
    assert [url.toString() for url in opened] == [f"{sim.btcpay_url}/i/{sale.invoice_id}"]
    assert sim.btcpay_api_key not in opened[0].toString()


def test_retry_issuance_opens_the_stuck_sale(qtbot, loop, till, door):
    stuck = door["stuck"][0]
    choose(till, stuck.id)
    qtbot.mouseClick(find(till, QPushButton, "salesRetryButton"), Qt.MouseButton.LeftButton)
    assert on_result(till, till.result_page.attention_page)
    assert till.flow.shown_sale_id == stuck.id


def test_the_keyboard_reaches_the_search_and_the_actions(qtbot, loop, till, door):
    view = till.recent_page
    till.flow.recent.focus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert till.focusWidget() is find(till, QLineEdit, "salesSearch")
    for name in BUTTONS:
        assert find(till, QPushButton, name).focusPolicy() & Qt.FocusPolicy.TabFocus
    # Enter on a chosen row opens it, as a tap does.
    sale = door["expired"][1]
    choose(till, sale.id)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert on_result(till, till.result_page.closed_page)
    assert till.flow.shown_sale_id == sale.id


def test_a_sale_stays_chosen_while_the_list_changes(qtbot, loop, till, sim, door):
    waiting = door["waiting"][2]
    choose(till, waiting.id)
    assert "salesPaymentButton" in enabled_buttons(till)
    sim.pay_invoice(waiting.invoice_id, "BTC-LN")
    engine = till.flow.runtime.engine
    run_until(loop, lambda: engine.sale(waiting.id).state is SaleState.COMPLETED, message="paid")
    run_until(loop, lambda: "salesReprintButton" in enabled_buttons(till), message="the buttons")
    assert "salesPaymentButton" not in enabled_buttons(till)
    assert till.flow.recent.chosen_sale_id() == waiting.id


def test_other_tills_sales_are_found_in_btcpay_finished_and_listed(
    qtbot, loop, till, sim, tmp_path
):
    from boxoffice.engine.journal import Journal
    from boxoffice.engine.recovery import ADOPT_QUIET
    from boxoffice.engine.sale_engine import SaleEngine
    from boxoffice.engine.timing import EngineTiming
    from boxoffice.sim import seed
    from tests.ui.conftest import FAST
    from tests.ui.screens.recent_sales.door import order_for, start

    runtime = till.flow.runtime

    def sell_at(device_id: str, email: str):
        """A sale another till started, and then went away (its journal with it)."""
        engine = SaleEngine(
            tickettailor=runtime.tickettailor,
            btcpay=runtime.btcpay,
            journal=Journal(tmp_path / f"{device_id}.sqlite3"),
            checkout=till.flow.settings.to_checkout(),
            device_id=device_id,
            clock=sim.clock.now,
            timing=EngineTiming(**FAST),
        )
        order = order_for(loop, till, sim, seed.GBP_EVENT, {seed.GENERAL_TT: 2}, email=email)
        sale = loop.run_until_complete(engine.start_sale(order))
        loop.run_until_complete(engine.aclose())
        engine.journal.close()
        return sale

    mine = start(loop, till, sim, seed.GBP_EVENT, {seed.CONCESSION_TT: 1}, email="me@example.org")
    gone = sell_at("door-2", "other@example.org")
    sim.pay_invoice(gone.invoice_id, "BTC-LN")
    sim.advance_clock(ADOPT_QUIET)  # door-2 has been quiet long enough to take over
    busy = sell_at("door-3", "busy@example.org")
    sim.pay_invoice(busy.invoice_id, "BTC-LN")  # door-3 may still be finishing this one
    open_recent_sales(qtbot, till)
    assert listed_ids(till) == [mine.id]

    find_button = find(till, QPushButton, "otherTillsButton")
    qtbot.mouseClick(find_button, Qt.MouseButton.LeftButton)
    status = find(till, QLabel, "salesActionStatus")
    run_until(loop, lambda: "Finished" in status.text(), message="the other tills' sales")
    assert status.text() == (
        "Finished 1 sale of door-2 here: 1 completed, tickets issued. "
        "1 sale was left to its till, which worked on it lately."
    )
    assert find_button.isEnabled()
    # Listed by themselves (the filter says so), the newest chosen.
    assert find(till, QComboBox, "salesStateFilter").currentText() == "Other tills' sales"
    assert listed_ids(till) == [gone.id]
    assert till.flow.recent.chosen_sale_id() == gone.id
    assert cell(till, gone.id, STATE)[0] == "Completed"
    assert cell(till, gone.id, METHOD)[0] == "Unknown"  # paid; how is BTCPay's to say
    assert "till door-2" in cell(till, gone.id, TIME)[1]
    choose_filter(till, "salesStateFilter", ALL)
    assert set(listed_ids(till)) == {mine.id, gone.id}
    assert "till" not in cell(till, mine.id, TIME)[1]
    issued = [t for t in sim.state()["issued_tickets"] if t["reference"] == gone.invoice_id]
    assert len(issued) == 2
    assert [t for t in sim.state()["issued_tickets"] if t["reference"] == busy.invoice_id] == []
    # It can be acted on as this till's own: its tickets printed, e-mailed, looked up.
    choose(till, gone.id)
    assert "salesReprintButton" in enabled_buttons(till)

    # A second look finds nothing more to finish.
    qtbot.mouseClick(find_button, Qt.MouseButton.LeftButton)
    run_until(loop, lambda: "Finished" not in status.text() and "Looking" not in status.text())
    assert "left to its till" in status.text()


def test_a_sale_filtered_away_is_no_longer_chosen_and_no_neighbour_is(qtbot, loop, till, door):
    ada, guest = door["lightning"][3], door["lightning"][2]
    recent = till.flow.recent
    choose(till, ada.id)
    type_search(qtbot, till, "guest")
    assert recent.chosen_sale_id() is None
    assert till.recent_page.table.selectionModel().selectedRows() == []
    assert enabled_buttons(till) == set()  # nothing to reprint by mistake
    choose(till, guest.id)
    type_search(qtbot, till, "guest0")
    assert recent.chosen_sale_id() == guest.id
    choose_filter(till, "salesStateFilter", IN_PROGRESS)
    assert recent.chosen_sale_id() is None
    assert enabled_buttons(till) == set()


def test_a_kiosk_sales_view_opens_no_browser_and_no_print_dialog(
    qtbot, loop, sim, till_settings, tmp_path, monkeypatch
):
    from boxoffice.ui.main_window import MainWindow
    from boxoffice.ui.sale_flow import SaleFlow
    from tests.ui.conftest import runtime_opener

    window = MainWindow(kiosk=True)
    qtbot.addWidget(window)
    flow = SaleFlow(window, till_settings, runtime_opener(sim, tmp_path), clock=sim.clock.now)
    window.flow = flow
    opened: list[QUrl] = []
    monkeypatch.setattr(
        sales_actions.QDesktopServices, "openUrl", lambda url: opened.append(url) or True
    )
    try:
        flow.start()
        run_until(loop, lambda: flow.runtime is not None, message="the till")
        view = window.recent_page
        assert view.btcpay_button.isHidden() and view.reprint_button.isHidden()
        from boxoffice.sim import seed
        from tests.ui.screens.recent_sales.door import start

        sale = start(loop, window, sim, seed.GBP_EVENT, {seed.GENERAL_TT: 1}, email="k@example.org")
        flow.sales_actions.act("btcpay", sale.id)
        flow.sales_actions.act("reprint", sale.id)
        assert opened == []
        assert window.findChild(QPrintDialog) is None
    finally:
        loop.run_until_complete(flow.aclose())


def test_show_payment_qr_of_the_current_sale_leads_back_to_it(qtbot, loop, till, sim):
    from tests.ui.helpers import sell

    sale = sell(qtbot, loop, till, email="now@example.org")
    open_recent_sales(qtbot, till)
    assert till.current_sale_banner.isVisible()
    choose(till, sale.id)
    qtbot.mouseClick(find(till, QPushButton, "salesPaymentButton"), Qt.MouseButton.LeftButton)
    assert till.pages.currentWidget() is till.payment_page
    assert till.flow.current_sale_id == sale.id
    assert till.payment_page.qr.payload == sale.payment.unified_qr
    assert not till.current_sale_banner.isVisible()
