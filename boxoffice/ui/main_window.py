"""The main window: a top bar, banners, one page per step of a sale, and the recent sales."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from boxoffice.ui.navigation import Page, Screen
from boxoffice.ui.screens.attract.view import AttractView
from boxoffice.ui.screens.check_in.view import CheckInView
from boxoffice.ui.screens.events.view import EventsView
from boxoffice.ui.screens.payment.view import PaymentView
from boxoffice.ui.screens.recent_sales.view import RecentSalesView
from boxoffice.ui.screens.result.view import ResultView
from boxoffice.ui.screens.shift_report.view import ShiftReportView
from boxoffice.ui.screens.tickets.view import TicketsView
from boxoffice.ui.widgets.common import Banner, ClampedLabel, button, label

#: Lines of text a banner under the top bar shows at most; the rest is in its tooltip.
BANNER_LINES = 2


class MainWindow(QMainWindow):
    """Layout only. `flow` (a `SaleFlow`) is attached by `boxoffice.ui.app`."""

    closing = Signal()

    def __init__(self, *, demo: bool = False, kiosk: bool = False) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Box Office — demo") if demo else self.tr("Box Office"))
        self.demo = demo
        self.kiosk = kiosk
        #: The window's controller (a `SaleFlow`), attached by `boxoffice.ui.app`.
        self.flow: QObject | None = None
        #: The check-in desk and the end-of-shift report (a `DoorConsole`), attached likewise.
        self.door_console: QObject | None = None
        #: The open settings dialog (one at a time), and the demo's throw-away profile.
        self.settings_dialog: QDialog | None = None
        self.demo_profile: Any | None = None
        # Only a width: the height is what the top bar, the banners and the tallest page need
        # (the payment QR at 3 px per module), which the layout works out; banners keep to two
        # lines each so that it stays within 768 px with all of them up.
        self.setMinimumWidth(960)

        central = QWidget()
        self.setCentralWidget(central)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        self.top_bar = QFrame()
        self.top_bar.setObjectName("topBar")
        bar = QHBoxLayout(self.top_bar)
        bar.setContentsMargins(20, 8, 12, 8)
        bar.setSpacing(10)
        self.app_name = label(self.tr("Box Office"), role="appName")
        self.app_name.setWordWrap(False)
        bar.addWidget(self.app_name)
        # One line that gives way first (cut short with "…", whole in its tooltip): the
        # buttons after it must never be squeezed, in any language, at the narrowest window.
        self.device = ClampedLabel(1)
        self.device.setObjectName("deviceLabel")
        self.device.setProperty("role", "device")
        bar.addWidget(self.device, 1)
        self.new_sale_button = button(self.tr("New sale"), name="topNewSaleButton")
        bar.addWidget(self.new_sale_button)
        # Staff only: a kiosk's customers must not see other people's sales (btcpayserver#5534).
        self.recent_sales_button = button(self.tr("Sales"), name="recentSalesButton")
        self.recent_sales_button.setVisible(not kiosk)
        bar.addWidget(self.recent_sales_button)
        # The door console: letting ticket holders in, and closing the till at night.
        self.check_in_button = button(self.tr("Check-in"), name="checkInButton")
        self.check_in_button.setVisible(not kiosk)
        bar.addWidget(self.check_in_button)
        self.shift_report_button = button(self.tr("Report"), name="shiftReportButton")
        self.shift_report_button.setVisible(not kiosk)
        bar.addWidget(self.shift_report_button)
        self.demo_wallet_button = button(self.tr("Demo wallet"), name="demoWalletButton")
        self.demo_wallet_button.setVisible(demo)
        bar.addWidget(self.demo_wallet_button)
        self.settings_button = button(self.tr("Settings"), name="settingsButton")
        self.settings_button.setVisible(not kiosk)
        bar.addWidget(self.settings_button)
        layout.addWidget(self.top_bar)

        banners = QVBoxLayout()
        banners.setContentsMargins(24, 8, 24, 0)
        banners.setSpacing(4)
        # While staff look at other sales, the sale being paid stays one tap away.
        self.current_sale_banner = Banner(
            name="currentSaleBanner",
            action=self.tr("Back to the sale"),
            action_name="backToSaleButton",
            max_lines=BANNER_LINES,
        )
        banners.addWidget(self.current_sale_banner)
        self.demo_banner = Banner(name="demoBanner", max_lines=BANNER_LINES)
        if demo:
            self.demo_banner.show_message(
                self.tr(
                    "Demo — no real money is involved. Pay invoices with the Demo wallet window."
                ),
                "demo",
                action=False,
            )
        banners.addWidget(self.demo_banner)
        self.setup_banner = Banner(
            name="setupBanner",
            action=self.tr("Open settings"),
            action_name="openSettingsButton",
            max_lines=BANNER_LINES,
        )
        banners.addWidget(self.setup_banner)
        self.notice_banner = Banner(
            name="noticeBanner",
            action=self.tr("Dismiss"),
            action_name="dismiss",
            max_lines=BANNER_LINES,
        )
        self.notice_banner.actionClicked.connect(self.notice_banner.clear)
        # A notice about an earlier sale leads to that sale.
        self.notice_sale_button = button(self.tr("Show sale"), name="showNoticedSaleButton")
        self.notice_sale_button.hide()
        notice_row = self.notice_banner.layout()
        assert isinstance(notice_row, QBoxLayout)  # a Banner lays out one row
        notice_row.insertWidget(1, self.notice_sale_button)
        banners.addWidget(self.notice_banner)
        self.error_banner = Banner(
            name="errorBanner",
            action=self.tr("Dismiss"),
            action_name="dismissError",
            max_lines=BANNER_LINES,
        )
        self.error_banner.actionClicked.connect(self.error_banner.clear)
        banners.addWidget(self.error_banner)
        layout.addLayout(banners)

        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self.events_page = EventsView()
        #: The kiosk's welcome (shown only by a kiosk; `boxoffice.ui.kiosk` fills it).
        self.attract_page = AttractView()
        self.tickets_page = TicketsView(touch=kiosk)
        self.payment_page = PaymentView()
        self.result_page = ResultView(touch=kiosk)
        self.recent_page = RecentSalesView()
        self.check_in_page = CheckInView()
        self.report_page = ShiftReportView()
        for page in (
            self.events_page,
            self.attract_page,
            self.tickets_page,
            self.payment_page,
            self.result_page,
            self.recent_page,
            self.check_in_page,
            self.report_page,
        ):
            self.pages.addWidget(page)
        layout.addWidget(self.pages, 1)

    def show_screen(self, screen: Screen) -> None:
        """Bring up the screen's page and set the top bar's controls for it.

        The pages' content is drawn by their controllers (`SaleFlow` asks them); this is only
        the frame around them.
        """
        page = {
            Page.ATTRACT: self.attract_page,
            Page.EVENTS: self.events_page,
            Page.TICKETS: self.tickets_page,
            Page.PAYMENT: self.payment_page,
            Page.RESULT: self.result_page,
            Page.RECENT: self.recent_page,
            Page.CHECK_IN: self.check_in_page,
            Page.REPORT: self.report_page,
        }[screen.page]
        self.pages.setCurrentWidget(page)
        self.settings_button.setEnabled(screen.settings_enabled)

    def show_device(self, name: str | None, device_id: str | None) -> None:
        """The till's name and device id in the top bar ("Door 1 · door-m7s649")."""
        self.device.setText(" · ".join(part for part in (name or "", device_id or "") if part))

    def show_left_sale(self, words: tuple[str, str] | None) -> None:
        """The banner back to the sale staff left: (text, tone), or None to take it away."""
        if words is None:
            self.current_sale_banner.clear()
        else:
            self.current_sale_banner.show_message(*words)

    def show_error(self, text: str) -> None:
        """An unexpected problem, shown where it cannot be missed (and not modal)."""
        self.error_banner.show_message(text, "error")

    def show_notice(self, text: str, tone: str = "warning", *, sale_action: str = "") -> None:
        """A notice; with `sale_action` (self.tr("Show sale")), a button that leads to the sale."""
        self.notice_sale_button.setText(sale_action)
        self.notice_sale_button.setVisible(bool(sale_action))
        self.notice_banner.show_message(text, tone)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
