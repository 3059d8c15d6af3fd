"""The bootstrap: the window from the usual settings, the demo, visible errors, a clean exit."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from boxoffice.sim import seed
from boxoffice.ui.app import create_main_window
from tests.ui.conftest import run_until
from tests.ui.helpers import find


@pytest.fixture
def close_window(loop):
    """Stop a window's flow (and demo profile) at the end of the test."""
    opened = []

    def register(window):
        opened.append((window.flow, getattr(window, "demo_profile", None)))

    yield register
    for flow, profile in opened:
        loop.run_until_complete(flow.aclose())
        if profile is not None:
            profile.close()


def test_settings_from_the_environment_reach_a_simulator_on_loopback(
    qtbot, loop, monkeypatch, close_window
):
    from boxoffice.sim.server import serve
    from boxoffice.sim.simulator import Simulator

    sim = Simulator()
    server, _url = serve(sim)
    try:
        monkeypatch.setenv("BOXOFFICE_TICKETTAILOR_URL", sim.tickettailor_url)
        monkeypatch.setenv("BOXOFFICE_BTCPAY_URL", sim.btcpay_url)
        monkeypatch.setenv("BOXOFFICE_BTCPAY_STORE_ID", sim.store_id)
        monkeypatch.setenv("BOXOFFICE_TICKETTAILOR_API_KEY", sim.tickettailor_api_key)
        monkeypatch.setenv("BOXOFFICE_BTCPAY_API_KEY", sim.btcpay_api_key)
        window = create_main_window()
        qtbot.addWidget(window)
        close_window(window)
        window.show()
        run_until(loop, lambda: window.events_page.model.rowCount() > 0, message="events")
        assert not window.demo_banner.isVisible()
        assert not window.setup_banner.isVisible()
    finally:
        server.stop()


def test_without_settings_it_says_what_to_set_and_opens_the_settings(qtbot, loop, close_window):
    window = create_main_window()
    qtbot.addWidget(window)
    close_window(window)
    window.show()
    run_until(loop, window.setup_banner.isVisible, message="the set-up banner")
    text = window.setup_banner.message.text()
    assert "not set up" in text and "BOXOFFICE_TICKETTAILOR_API_KEY" in text
    assert "Settings" in window.events_page.empty.text()
    qtbot.mouseClick(find(window, QPushButton, "openSettingsButton"), Qt.MouseButton.LeftButton)
    run_until(loop, lambda: window.settings_dialog is not None, message="the dialog")
    assert window.settings_dialog.objectName() == "settingsDialog"
    assert window.settings_dialog.isVisible()
    window.settings_dialog.reject()


def test_errors_in_tasks_become_a_visible_message(qtbot, loop, close_window):
    window = create_main_window()
    qtbot.addWidget(window)
    close_window(window)
    loop.call_exception_handler(
        {"message": "x", "exception": RuntimeError("the printer caught fire")}
    )
    banner = window.error_banner
    assert banner.isVisibleTo(window)
    assert "the printer caught fire" in banner.message.text()


def test_demo_sells_with_the_demo_wallet_and_leaves_no_trace(
    qtbot, loop, memory_keyring, close_window
):
    config_before = os.environ["BOXOFFICE_CONFIG_DIR"]
    window = create_main_window(demo=True)
    qtbot.addWidget(window)
    close_window(window)
    window.resize(1024, 768)
    window.show()
    profile = window.demo_profile
    assert os.environ["BOXOFFICE_CONFIG_DIR"].startswith(str(profile.root))
    assert window.demo_banner.isVisible() and "no real money" in window.demo_banner.message.text()
    run_until(loop, lambda: window.events_page.model.rowCount() > 0, message="events")

    flow = window.flow
    flow.open_event(seed.GBP_EVENT)
    window.tickets_page.rows[seed.GENERAL_TT].quantity.setValue(1)
    window.tickets_page.email.setText("demo@example.org")
    qtbot.mouseClick(window.tickets_page.checkout, Qt.MouseButton.LeftButton)
    run_until(loop, lambda: window.payment_page.qr.payload, message="the payment page")

    qtbot.mouseClick(find(window, QPushButton, "demoWalletButton"), Qt.MouseButton.LeftButton)
    wallet = profile.wallet
    assert wallet.objectName() == "demoWallet" and wallet.isVisible()
    wallet.refresh()
    assert "Due:" in find(wallet, QLabel, "walletInvoice").text()
    qtbot.mouseClick(find(wallet, QPushButton, "walletPayFull"), Qt.MouseButton.LeftButton)
    run_until(
        loop, lambda: window.pages.currentWidget() is window.result_page, timeout=15, message="paid"
    )
    assert window.result_page.stack.currentWidget() is window.result_page.receipt_page

    root = profile.root
    loop.run_until_complete(flow.aclose())
    profile.close()
    assert not root.exists()
    assert os.environ["BOXOFFICE_CONFIG_DIR"] == config_before
    assert memory_keyring.secrets == {}  # the test's keyring was never touched


def test_run_starts_and_exits_cleanly():
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        import boxoffice.ui
        app = QApplication(sys.argv[:1])
        QTimer.singleShot(1500, app.quit)
        from boxoffice.ui.app import run
        sys.exit(run(demo=True))
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr[-2000:]


def test_a_clamped_label_cuts_long_text_to_its_lines_and_keeps_the_rest(qtbot):
    from boxoffice.ui.widgets.common import ClampedLabel

    words = " ".join(f"word{n}" for n in range(80))
    label = ClampedLabel(2)
    qtbot.addWidget(label)
    label.resize(300, 100)
    label.setText(words)
    shown = label.shown_text().splitlines()
    assert len(shown) == 2 and shown[-1].endswith("…")
    assert all(label.fontMetrics().horizontalAdvance(line) <= 300 for line in shown)
    assert label.text() == words and label.toolTip() == words
    label.setText("Short")
    assert label.shown_text() == "Short" and label.toolTip() == ""
    assert label.sizeHint().height() == label.fontMetrics().lineSpacing()
    label.clear()
    assert label.text() == "" and label.shown_text() == ""


def test_a_theme_saved_in_settings_applies_at_once(qtbot, loop, close_window):
    from PySide6.QtWidgets import QApplication

    from boxoffice.ui.resources import apply_style

    window = create_main_window()
    qtbot.addWidget(window)
    close_window(window)
    window.show()
    app = QApplication.instance()
    normal = app.styleSheet()
    qtbot.mouseClick(find(window, QPushButton, "openSettingsButton"), Qt.MouseButton.LeftButton)
    run_until(loop, lambda: window.settings_dialog is not None, message="the dialog")
    dialog = window.settings_dialog
    try:
        changed = dialog.edited_settings()
        changed.high_contrast = True
        dialog.saved.emit(changed)
        assert app.styleSheet() != normal  # the high-contrast sheet is on
        assert app.styleSheet().startswith(normal)
    finally:
        dialog.reject()
        apply_style(app)  # the other tests run in the normal look
