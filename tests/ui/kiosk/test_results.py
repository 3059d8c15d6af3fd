"""A kiosk's results go away by their own rules: by themselves, with Done, or by staff."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from boxoffice.sim import seed
from boxoffice.ui.kiosk.results import staff_code
from tests.ui.conftest import run_until
from tests.ui.helpers import current_sale, find, status_text
from tests.ui.kiosk.test_shell import kiosk  # noqa: F401  (the fixture)


@pytest.fixture
def low_speed(till_settings):
    """On-chain payments wait for a confirmation (listed before `kiosk`, it comes first)."""
    till_settings.speed_policy = "LowSpeed"


def buy(qtbot, loop, window, quantity: int = 1):
    qtbot.mouseClick(
        find(window, QPushButton, f"eventCard_{seed.GBP_EVENT}"), Qt.MouseButton.LeftButton
    )
    # The row on screen now (a new sale's rows replace the last one's, deleted a moment later).
    plus = window.tickets_page.rows[seed.GENERAL_TT].plus
    for _ in range(quantity):
        qtbot.mouseClick(plus, Qt.MouseButton.LeftButton)
    window.tickets_page.email.setText("walkup@example.org")
    checkout = find(window, QPushButton, "checkoutButton")
    assert checkout.isEnabled(), find(window, QLabel, "cartProblems").text()
    qtbot.mouseClick(checkout, Qt.MouseButton.LeftButton)
    run_until(loop, lambda: window.pages.currentWidget() is window.payment_page, message="pay")
    return current_sale(window)


def test_lightning_is_shown_first(qtbot, loop, kiosk):  # noqa: F811
    window, _shell = kiosk
    buy(qtbot, loop, window)
    assert window.flow.payment.method == "lightning"
    assert window.payment_page.method_buttons["lightning"].isChecked()


def test_tickets_stay_until_done_or_their_time(qtbot, loop, kiosk, sim):  # noqa: F811
    window, shell = kiosk
    sale = buy(qtbot, loop, window)
    sim.pay_invoice(sale.invoice_id, "BTC-LN")
    run_until(loop, lambda: window.pages.currentWidget() is window.result_page, message="done")
    done = find(window, QPushButton, "newSaleButton")
    assert done.text() == "Done"
    # Large enough to photograph from the screen (a staff till's list keeps them smaller).
    tickets = window.result_page.ticket_list
    assert tickets.iconSize().width() >= 400
    run_until(loop, lambda: not tickets.item(0).icon().isNull(), message="the ticket's code")
    assert max(tickets.item(0).icon().availableSizes()).width() >= 400
    # No print or file dialog for a stranger: either would open the machine to them.
    for name in ("printButton", "savePdfButton"):
        assert not find(window, QPushButton, name).isVisible()
    assert shell.results.done_timer.isActive()
    assert shell.results.done_timer.interval() == 90_000  # kiosk_done_seconds
    shell.results.done_timer.timeout.emit()  # the time is up
    assert window.pages.currentWidget() is window.attract_page

    # Done ends it at once.
    sale = buy(qtbot, loop, window)
    sim.pay_invoice(sale.invoice_id, "BTC-LN")
    run_until(loop, lambda: window.pages.currentWidget() is window.result_page, message="done")
    qtbot.mouseClick(find(window, QPushButton, "newSaleButton"), Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.attract_page
    assert not shell.results.done_timer.isActive()


def test_needs_attention_waits_for_staff(qtbot, loop, kiosk, sim):  # noqa: F811
    window, shell = kiosk
    sale = buy(qtbot, loop, window)
    sim.advance_clock(16 * 60)
    run_until(loop, lambda: window.pages.currentWidget() is window.result_page, message="closed")
    shell.results.done_timer.stop()  # the expired sale's own time; the payment comes first
    sim.pay_invoice(sale.invoice_id, "BTC-CHAIN")  # in full, after the expiry: a person decides
    screen = shell.results.see_staff
    run_until(loop, screen.isVisible, message="see staff")
    assert staff_code(sale.id) in find(window, QLabel, "seeStaffCode").text()
    assert not shell.results.done_timer.isActive()
    shell.results.dismiss()  # a timer that was still running would not end it either
    assert screen.isVisible()

    shell.staff.staffModeChanged.emit(True)  # the right PIN opened the staff menu
    assert not screen.isVisible()
    assert window.pages.currentWidget() is window.result_page  # staff see the details
    shell.staff.staffModeChanged.emit(False)
    assert window.pages.currentWidget() is window.attract_page


def test_a_confirming_payment_goes_on_behind_the_next_customer(
    qtbot,
    loop,
    low_speed,
    kiosk,  # noqa: F811
    sim,
):
    window, shell = kiosk
    sale = buy(qtbot, loop, window, quantity=2)
    sim.pay_invoice(sale.invoice_id, "BTC-CHAIN")
    run_until(loop, lambda: "confirming" in status_text(window), message="confirming")
    assert "e-mailed as soon as it confirms" in status_text(window)
    assert shell.results.confirming_timer.isActive()
    shell.results.confirming_timer.timeout.emit()
    assert window.pages.currentWidget() is window.attract_page
    assert window.flow.current_sale_id is None

    sim.confirm_invoice(sale.invoice_id)
    engine = window.flow.runtime.engine
    run_until(loop, lambda: engine.sale(sale.id).state == "completed", message="issued behind")
    issued = [t for t in sim.state()["issued_tickets"] if t["reference"] == sale.invoice_id]
    assert len(issued) == 2  # once each, though nobody watched
    assert window.pages.currentWidget() is window.attract_page
    assert not window.notice_banner.isVisible()  # no news of it for the next stranger


def test_staff_settle_a_late_payment_on_the_kiosk_itself(qtbot, loop, kiosk, sim):  # noqa: F811
    from PySide6.QtWidgets import QMessageBox

    from boxoffice.domain.sale import SaleState
    from boxoffice.ui.kiosk.staff_bar import StaffBar

    window, shell = kiosk
    sale = buy(qtbot, loop, window)
    sim.advance_clock(16 * 60)
    run_until(loop, lambda: window.pages.currentWidget() is window.result_page, message="closed")
    shell.results.done_timer.stop()
    sim.pay_invoice(sale.invoice_id, "BTC-CHAIN")  # in full, after the expiry
    run_until(loop, shell.results.see_staff.isVisible, message="see staff")
    accept = find(window, QPushButton, "acceptPaymentButton")
    assert not accept.isVisible()  # never for the customer

    shell.staff.open_menu()  # the right PIN
    menu = shell.staff.menu
    settle = find(menu, QPushButton, "staffAttentionButton")
    assert settle.isVisible() and staff_code(sale.id) in settle.text()
    qtbot.mouseClick(settle, Qt.MouseButton.LeftButton)
    # The menu makes way for the sale; staff mode stays, and says so.
    assert shell.staff.menu is None and shell.staff.overlay is None
    bar = shell.staff.bar
    assert isinstance(bar, StaffBar) and bar.isVisible()
    # Along the bottom, in room of its own: the result's Done stays in reach.
    done = find(window, QPushButton, "newSaleButton")
    assert (
        bar.mapTo(window, bar.rect().topLeft()).y()
        >= done.mapTo(window, done.rect().bottomLeft()).y()
    )
    assert min(b.height() for b in bar.findChildren(QPushButton)) >= 48
    assert window.pages.currentWidget() is window.result_page
    assert not shell.results.see_staff.isVisible()
    run_until(loop, accept.isVisible, message="staff's own actions")
    shell.results.dismiss()  # a result's own time does not end staff's work
    assert window.pages.currentWidget() is window.result_page

    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)
    box = window.findChild(QMessageBox, "acceptPaymentConfirm")
    assert box is not None
    qtbot.mouseClick(find(box, QPushButton, "confirmAcceptButton"), Qt.MouseButton.LeftButton)
    run_until(
        loop,
        lambda: window.flow.sale(sale.id).state is SaleState.COMPLETED,
        message="issued",
    )
    issued = [t for t in sim.state()["issued_tickets"] if t["reference"] == sale.invoice_id]
    assert len(issued) == 1

    # Finished: staff's actions go, and the customer keeps the tickets on screen, by the
    # rule of a paid result (Done, or its time).
    qtbot.mouseClick(find(bar, QPushButton, "staffBarFinishButton"), Qt.MouseButton.LeftButton)
    assert shell.staff.bar is None and not shell.staff.staff_mode
    assert window.pages.currentWidget() is window.result_page
    assert not accept.isVisible()
    assert shell.results.done_timer.isActive()


def test_staff_at_work_go_back_to_the_menu_and_time_out(qtbot, loop, kiosk):  # noqa: F811
    window, shell = kiosk
    modes = []
    shell.staff.staffModeChanged.connect(modes.append)
    shell.staff.open_menu()
    assert not find(shell.staff.menu, QPushButton, "staffAttentionButton").isVisible()
    qtbot.mouseClick(
        find(shell.staff.menu, QPushButton, "staffRecentSalesButton"), Qt.MouseButton.LeftButton
    )
    assert window.pages.currentWidget() is window.recent_page
    bar = shell.staff.bar
    assert bar is not None and bar.isVisible()
    qtbot.mouseClick(find(bar, QPushButton, "staffBarMenuButton"), Qt.MouseButton.LeftButton)
    assert shell.staff.menu is not None and shell.staff.bar is None
    shell.staff.work_on_window()
    assert modes == [True]  # one staff mode all along
    shell.staff.bar.idle_timer.timeout.emit()  # nobody touched it for the idle time
    assert modes == [True, False]
    assert shell.staff.bar is None
    assert window.pages.currentWidget() is window.attract_page  # the sales are staff's only


def test_a_customer_let_go_while_confirming_leaves_the_venues_language_for_the_next(
    qtbot,
    loop,
    low_speed,
    kiosk,  # noqa: F811
    sim,
    qapp,
):
    from boxoffice.ui import i18n

    window, shell = kiosk
    window.flow.settings.language = "en"  # the venue's
    asked: list[str] = []
    shell.languageRequested.connect(asked.append)
    i18n.install_language(qapp, "fr")  # as if this customer had chosen French
    try:
        sale = buy(qtbot, loop, window)
        sim.pay_invoice(sale.invoice_id, "BTC-CHAIN")
        run_until(loop, shell.results.confirming_timer.isActive, message="confirming")
        assert asked == []
        shell.results.confirming_timer.timeout.emit()  # the kiosk lets the customer go
        assert window.pages.currentWidget() is window.attract_page
        assert asked == ["en"]  # the app rebuilds the window in it (test_language.py)
    finally:
        i18n.remove_language(qapp)
