"""The staff menu: its buttons as signals, the staff-mode marker, and closing by itself."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from boxoffice.ui.kiosk.staff_menu import StaffMenu
from boxoffice.ui.resources import apply_style


@pytest.fixture
def menu(qapp, qtbot):
    # Its buttons' size is the application's style sheet's, as in the app (put back
    # afterwards: tests/ui/conftest.py).
    apply_style(qapp)
    widget = StaffMenu(idle_seconds=60)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def tap(qtbot, menu, name):
    found = menu.findChild(QPushButton, name)
    assert found is not None, name
    qtbot.mouseClick(found, Qt.MouseButton.LeftButton)
    return found


@pytest.mark.parametrize(
    ("name", "signal"),
    [
        ("staffSettingsButton", "settingsRequested"),
        ("staffRecentSalesButton", "recentSalesRequested"),
        ("staffCheckInButton", "checkInRequested"),
        ("staffReportButton", "reportRequested"),
        ("staffExitButton", "exitRequested"),
        ("staffCloseButton", "closed"),
    ],
)
def test_each_button_says_what_staff_want(qtbot, menu, name, signal):
    with qtbot.waitSignal(getattr(menu, signal), timeout=1000):
        tap(qtbot, menu, name)


def test_out_of_order_toggles(qtbot, menu):
    seen = []
    menu.outOfOrderToggled.connect(seen.append)
    button = tap(qtbot, menu, "staffOutOfOrderButton")
    assert seen == [True] and menu.out_of_order
    assert "on" in button.text()
    tap(qtbot, menu, "staffOutOfOrderButton")
    assert seen == [True, False]
    menu.set_out_of_order(True)
    assert seen == [True, False] and menu.out_of_order


def test_the_marker_says_staff_mode_is_open(menu):
    marker = menu.findChild(QLabel, "staffModeMarker")
    assert marker is not None and marker.isVisible()
    assert "Staff mode" in marker.text() and "60 s" in marker.text()


def test_it_closes_by_itself_after_a_while_without_a_touch(qtbot, menu):
    assert menu.idle_timer.isActive()
    assert menu.idle_timer.interval() == 60_000
    with qtbot.waitSignal(menu.closed, timeout=1000):
        menu.idle_timer.timeout.emit()


def test_a_touch_starts_the_idle_time_again(qtbot, menu):
    menu.idle_timer.stop()  # as if nearly run out: a touch must start it again
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton)
    assert menu.idle_timer.isActive()
    menu.idle_timer.stop()
    qtbot.mouseClick(menu.findChild(QLabel, "staffModeMarker"), Qt.MouseButton.LeftButton)
    assert menu.idle_timer.isActive()


def test_buttons_are_big_enough(menu):
    for button in menu.findChildren(QPushButton):
        assert button.height() >= 48 and button.width() >= 48, button.objectName()
