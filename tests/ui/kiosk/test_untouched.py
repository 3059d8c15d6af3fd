"""The untouched-window timer survives its window being garbage collected while shown.

A shown menu whose last reference is a cycle (the menu holds its timer, the timer its menu) is
freed by the collector, which clears the timer's attributes before Qt has finished with the
window; Qt still calls the timer's event filter then. It must ignore those events quietly.
"""

from __future__ import annotations

import gc

from PySide6.QtWidgets import QApplication

from boxoffice.ui.kiosk.staff_menu import StaffMenu


def test_a_shown_staff_menu_collected_as_garbage_raises_nothing(qtbot):
    menu = StaffMenu(idle_seconds=30)
    menu.resize(400, 500)
    menu.show()
    qtbot.waitExposed(menu)
    assert menu.idle_timer.isActive()
    del menu
    gc.collect()
    QApplication.processEvents()  # what the collection left for the loop
