"""News of sales the till no longer shows: for staff, never for a kiosk's stranger."""

from __future__ import annotations

from types import SimpleNamespace

from boxoffice.ui.main_window import MainWindow
from boxoffice.ui.sale_notices import SaleNotices


def damaged():
    return [SimpleNamespace(sale_id="s-odd", problem="unreadable data", references="inv_9")]


def test_a_row_set_aside_is_named_for_staff(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    notices = SaleNotices(window, lambda _sale_id: None)
    notices.set_aside(damaged())
    assert "s-odd" in window.error_banner.message.text() + window.error_banner.message.toolTip()


def test_a_kiosk_names_no_sale_to_the_stranger_at_the_screen(qtbot):
    window = MainWindow(kiosk=True)
    qtbot.addWidget(window)
    notices = SaleNotices(window, lambda _sale_id: None)
    notices.quiet = True
    notices.set_aside(damaged())
    assert window.error_banner.message.text() == ""
    assert window.error_banner.isHidden()
