"""A stranger buys by touch alone: a card, the + button, the keyboard on the screen, Pay."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QSpinBox

from boxoffice.sim import seed
from tests.ui.conftest import run_until
from tests.ui.helpers import current_sale, find
from tests.ui.kiosk.test_shell import kiosk  # noqa: F401  (the fixture)


def tap(qtbot, widget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def key(window, name: str) -> QPushButton:
    return find(window, QPushButton, f"key_{name}")


def test_a_purchase_by_touch_alone(qtbot, loop, kiosk, sim):  # noqa: F811
    window, _shell = kiosk
    tap(qtbot, find(window, QPushButton, f"eventCard_{seed.GBP_EVENT}"))
    assert window.pages.currentWidget() is window.tickets_page
    # No spin box to type into: two big buttons around a number.
    assert window.tickets_page.findChildren(QSpinBox) == []
    plus = find(window, QPushButton, f"qty_{seed.GENERAL_TT}Plus")
    assert plus.width() >= 48 and plus.height() >= 48
    tap(qtbot, plus)
    tap(qtbot, plus)
    assert window.flow.tickets.quantities()[seed.GENERAL_TT] == 2

    email = find(window, QLineEdit, "emailEdit")
    keyboard = window.tickets_page.keyboard
    assert keyboard is not None and not keyboard.isVisible()
    email.setFocus()  # a tap on the field
    run_until(loop, keyboard.isVisible, message="the on-screen keyboard")
    for name in ("a", "d", "a", "at", *"example", "dotcom"):
        tap(qtbot, key(window, name))
    assert email.text() == "ada@example.com"
    tap(qtbot, key(window, "enter"))  # Done: the last field, so the keyboard goes
    assert not keyboard.isVisible()

    tap(qtbot, find(window, QPushButton, "checkoutButton"))
    run_until(loop, lambda: window.pages.currentWidget() is window.payment_page, message="pay")
    sale = current_sale(window)
    assert sale.order.buyer.email == "ada@example.com" and sale.order.seats == 2
    sim.pay_invoice(sale.invoice_id, "BTC-LN")
    run_until(loop, lambda: window.pages.currentWidget() is window.result_page, message="done")


def test_a_scanned_access_code_link_unlocks_a_secret_type(qtbot, loop, kiosk):  # noqa: F811
    window, shell = kiosk
    link = f"https://www.tickettailor.com/events/riverside/1001?access_code={seed.SECRET_CODE}"
    # Scanned on the welcome screen, before any event is open: kept for the event chosen next.
    shell.scanner.scanned.emit(link)
    assert window.pages.currentWidget() is window.attract_page
    tap(qtbot, find(window, QPushButton, f"eventCard_{seed.GBP_EVENT}"))
    assert seed.SECRET_TT in window.tickets_page.rows
    assert (
        "Crew"
        in find(window, type(window.tickets_page.access_code_status), "accessCodeStatus").text()
    )

    # Scanned on the tickets screen of another sale: applied at once.
    window.flow.new_sale()
    tap(qtbot, find(window, QPushButton, f"eventCard_{seed.GBP_EVENT}"))
    assert seed.SECRET_TT not in window.tickets_page.rows
    shell.scanner.scanned.emit(link)
    assert seed.SECRET_TT in window.tickets_page.rows
