"""The kiosk assembled: strangers cannot leave it, staff can, and it knows when it cannot sell."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton

from boxoffice.app.kiosk_pin import PinNotSet
from boxoffice.sim import seed
from boxoffice.ui.kiosk.shell import install_kiosk
from tests.ui.conftest import run_until, runtime_opener
from tests.ui.helpers import find
from tests.ui.kiosk.test_shell import PIN, kiosk  # noqa: F401  (the fixture)


def key(widget, key_code, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key_code, modifiers))


def enter_pin(qtbot, loop, shell, pin: str) -> None:
    pad = shell.staff.pin_pad
    assert pad is not None and pad.isVisible()
    for digit in pin:
        qtbot.mouseClick(pad.findChild(QPushButton, f"pinKey{digit}"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pad.findChild(QPushButton, "pinOk"), Qt.MouseButton.LeftButton)
    run_until(loop, lambda: not pad.checking, message="the PIN checked")


def test_close_and_escape_leave_the_kiosk_up(qtbot, kiosk):  # noqa: F811
    window, _shell = kiosk
    window.close()
    event = QCloseEvent()
    QApplication.sendEvent(window, event)
    assert not event.isAccepted()
    key(window.attract_page, Qt.Key.Key_Escape)
    key(window.attract_page, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    key(window.attract_page, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert window.isVisible()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint


def test_staff_reach_the_menu_with_the_pin_and_leave_the_kiosk(qtbot, loop, kiosk):  # noqa: F811
    window, shell = kiosk
    ctrl_alt = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    key(window.attract_page, Qt.Key.Key_S, ctrl_alt)
    enter_pin(qtbot, loop, shell, "1111")
    assert shell.staff.menu is None  # a wrong PIN opens nothing
    shell.staff.close()
    key(window.attract_page, Qt.Key.Key_S, ctrl_alt)
    enter_pin(qtbot, loop, shell, PIN)
    menu = shell.staff.menu
    assert menu is not None and menu.isVisible()
    assert not shell.idle.armed  # no idle reset under staff's hands
    qtbot.mouseClick(find(menu, QPushButton, "staffExitButton"), Qt.MouseButton.LeftButton)
    run_until(loop, lambda: not window.isVisible(), message="the kiosk closed")


def test_recent_sales_for_staff_lead_back_and_close_by_themselves(qtbot, loop, kiosk):  # noqa: F811
    window, shell = kiosk
    shell.staff.recentSalesRequested.emit()
    assert window.pages.currentWidget() is window.recent_page
    assert window.new_sale_button.isVisible()  # the way back, for staff
    assert shell.idle.armed  # left alone, the sales close again
    shell.idle_reset.reset()
    assert window.pages.currentWidget() is window.attract_page
    assert not window.new_sale_button.isVisible()


@pytest.mark.parametrize(
    ("menu_button", "page"),
    [("staffCheckInButton", "check_in_page"), ("staffReportButton", "report_page")],
)
def test_the_door_console_is_behind_the_pin(qtbot, loop, kiosk, menu_button, page):  # noqa: F811
    window, shell = kiosk
    # Strangers have no way to it: the top bar's buttons are not there on a kiosk.
    assert not window.check_in_button.isVisible()
    assert not window.shift_report_button.isVisible()
    ctrl_alt = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    key(window.attract_page, Qt.Key.Key_S, ctrl_alt)
    enter_pin(qtbot, loop, shell, PIN)
    menu = shell.staff.menu
    assert menu is not None
    qtbot.mouseClick(find(menu, QPushButton, menu_button), Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is getattr(window, page)
    assert shell.staff.menu is None and shell.staff.staff_mode  # working on the window
    assert window.new_sale_button.isVisible()  # the way back, for staff


def test_a_scan_at_the_check_in_desk_is_a_ticket_not_an_access_code(
    qtbot,
    loop,
    kiosk,  # noqa: F811
    monkeypatch,
):
    window, shell = kiosk
    desk, access_codes = [], []
    monkeypatch.setattr(window.door_console.check_in, "scan", desk.append)
    monkeypatch.setattr(window.flow.tickets, "scanned", access_codes.append)
    shell.scanner.scanned.emit("TICKET1")  # on the welcome screen: an access code
    shell.staff.checkInRequested.emit()
    assert window.pages.currentWidget() is window.check_in_page
    shell.scanner.scanned.emit("TICKET2")
    assert access_codes == ["TICKET1"]
    assert desk == ["TICKET2"]


def test_out_of_order_when_the_services_cannot_be_reached_and_back_by_itself(
    qtbot,
    loop,
    kiosk,  # noqa: F811
    sim,
):
    window, shell = kiosk
    screen = shell.out_of_order.screen
    sim.add_fault(r"/tickettailor/", status=503)
    window.flow.events.refresh()
    run_until(loop, screen.isVisible, message="out of order")
    assert "OOO-NET" in find(window, type(screen.code), "outOfOrderCode").text()
    sim.clear_faults()
    shell.out_of_order.recheck()  # what its timer does every 30 s
    run_until(loop, lambda: not screen.isVisible(), message="back in order")
    assert window.pages.currentWidget() is window.attract_page


def test_nothing_on_sale_and_the_staff_switch(qtbot, loop, kiosk):  # noqa: F811
    _window, shell = kiosk
    out = shell.out_of_order
    out.set_by_staff(True)
    assert out.screen.isVisible() and out.code == "OOO-STAFF"
    out.set_by_staff(False)
    assert not out.screen.isVisible()
    out._refreshed(None)  # a catalogue with nothing to sell
    assert out.screen.isVisible() and out.code == "OOO-NONE"


def test_a_sale_being_paid_is_never_covered(qtbot, loop, kiosk, sim):  # noqa: F811
    window, shell = kiosk
    qtbot.mouseClick(
        find(window, QPushButton, f"eventCard_{seed.GBP_EVENT}"), Qt.MouseButton.LeftButton
    )
    qtbot.mouseClick(
        find(window, QPushButton, f"qty_{seed.GENERAL_TT}Plus"), Qt.MouseButton.LeftButton
    )
    window.tickets_page.email.setText("pay@example.org")
    qtbot.mouseClick(find(window, QPushButton, "checkoutButton"), Qt.MouseButton.LeftButton)
    run_until(loop, lambda: window.pages.currentWidget() is window.payment_page, message="pay")
    shell.out_of_order.set_by_staff(True)
    assert not shell.out_of_order.screen.isVisible()
    window.flow.cancel_sale(window.flow.current_sale_id)
    run_until(loop, shell.out_of_order.screen.isVisible, message="covered once the sale ended")


def test_no_kiosk_without_a_staff_pin(qtbot, sim, till_settings, tmp_path, monkeypatch):
    from boxoffice.ui.main_window import MainWindow
    from boxoffice.ui.sale_flow import SaleFlow

    monkeypatch.delenv("BOXOFFICE_KIOSK_PIN", raising=False)
    window = MainWindow(kiosk=True)
    qtbot.addWidget(window)
    flow = SaleFlow(window, till_settings, runtime_opener(sim, tmp_path))
    with pytest.raises(PinNotSet, match="PIN"):
        install_kiosk(window, flow, till_settings)


def test_settings_saved_from_the_staff_menu_reach_the_kiosk(qtbot, loop, kiosk, till_settings):  # noqa: F811
    window, shell = kiosk
    till_settings.kiosk_welcome = "Welcome to the Riverside!"
    till_settings.kiosk_idle_seconds = 120
    loop.run_until_complete(window.flow.reopen(till_settings))
    run_until(loop, lambda: window.flow.runtime is not None, message="reopened")
    assert window.attract_page.welcome.text() == "Welcome to the Riverside!"
    assert shell.idle.idle_seconds == 120


def test_a_cover_follows_the_screen_when_it_turns(qtbot, loop, kiosk):  # noqa: F811
    window, shell = kiosk
    cover = shell.out_of_order.screen
    shell.out_of_order.set_by_staff(True)
    window.resize(1920, 1080)
    run_until(loop, lambda: cover.geometry() == cover.parentWidget().rect(), message="landscape")
    window.resize(1080, 1920)
    run_until(loop, lambda: cover.geometry() == cover.parentWidget().rect(), message="portrait")
    assert cover.height() > cover.width()


def test_every_out_of_order_code_is_explained_in_the_readme_and_only_those():
    """The README's table is what staff read at the machine: it must list exactly the codes."""
    import re
    from pathlib import Path

    from boxoffice.app.runtime import ConfigurationError
    from boxoffice.services.errors import UnavailableError
    from boxoffice.ui.kiosk.out_of_order import CODES, code_for

    readme = (Path(__file__).resolve().parents[3] / "README.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `(OOO-[A-Z-]+)` \|", readme, re.M))
    assert listed == set(CODES)
    for error in (ConfigurationError("x"), UnavailableError("Ticket Tailor", "down"), KeyError()):
        assert code_for(error) in CODES
