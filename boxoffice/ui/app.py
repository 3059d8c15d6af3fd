"""Bootstrap: QApplication, one qasync loop on the GUI thread, the window, visible errors."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
import traceback
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from boxoffice.app.runtime import Runtime
from boxoffice.app.settings.till import Settings
from boxoffice.ui.errors import describe_error
from boxoffice.ui.gui_gc import GuiThreadCollector
from boxoffice.ui.i18n import install_language, language_for
from boxoffice.ui.main_window import MainWindow
from boxoffice.ui.resources import apply_style
from boxoffice.ui.sale_flow import SaleFlow

if TYPE_CHECKING:
    import httpx

    from boxoffice.services.secrets import SecretStore

log = logging.getLogger(__name__)


def _application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Box Office")
    app.setOrganizationName("boxoffice")
    # Cycles holding Qt objects must be collected on this thread, never on a worker's.
    if app.findChild(GuiThreadCollector) is None:
        GuiThreadCollector(app)
    return app  # type: ignore[return-value]


def create_main_window(*, demo: bool = False, kiosk: bool = False) -> MainWindow:
    """Build the main window and start opening the till on the current (qasync) loop.

    Settings come from the usual places (file, then environment overrides). With `demo`, a
    throw-away profile and the in-process simulator are used instead, and the demo wallet
    window is available from the top bar. The caller shows the window and runs the loop.
    """
    window, _flow = _open_till(demo=demo, kiosk=kiosk)
    return window


def _open_till(*, demo: bool, kiosk: bool) -> tuple[MainWindow, SaleFlow]:
    """`create_main_window`, also handing back the window's flow (to close it at the end)."""
    app = _application()
    if demo:
        from boxoffice.ui.demo import DemoProfile

        profile = DemoProfile.create()
        settings = profile.settings
    else:
        settings = Settings.load()
    # Before the window: its widgets are polished with the sheet as they are made.
    apply_style(app, high_contrast=settings.high_contrast, large_text=settings.large_text)
    # Before the window: its words are looked up as its widgets are made.
    install_language(app, language_for(settings.language))
    window = MainWindow(demo=demo, kiosk=kiosk)
    if demo:
        flow = SaleFlow(window, settings, profile.open_runtime)
        profile.attach(window, flow)
        window.demo_profile = profile
        transport, secrets = profile.simulator.transport(), profile.secrets
    else:
        flow = SaleFlow(window, settings, Runtime.open)
        transport, secrets = None, None
    # MainWindow declares `flow` as None until the app sets it (boxoffice/ui/main_window.py).
    window.flow = flow
    if kiosk:
        from boxoffice.ui.kiosk.shell import install_kiosk

        install_kiosk(window, flow, settings)
    _connect_settings(window, flow, transport=transport, secrets=secrets)
    install_loop_error_handler(window)
    if settings.problems:
        window.show_notice(" ".join(settings.problems))
    flow.start()
    return window, flow


def _connect_settings(
    window: MainWindow,
    flow: SaleFlow,
    *,
    transport: httpx.AsyncBaseTransport | None,
    secrets: SecretStore | None,
) -> None:
    def open_settings() -> None:
        from boxoffice.ui.settings.dialog import SettingsDialog

        if window.settings_dialog is not None:
            window.settings_dialog.raise_()
            return
        dialog = SettingsDialog(flow.settings, parent=window, transport=transport, secrets=secrets)
        window.settings_dialog = dialog

        def saved(settings: Settings) -> None:
            # The look follows at once; widgets with sheets of their own on their next build.
            apply_style(
                _application(), high_contrast=settings.high_contrast, large_text=settings.large_text
            )
            flow.tasks.spawn(flow.reopen(settings), key="runtime")

        def finished(_code: int) -> None:
            window.settings_dialog = None
            dialog.deleteLater()

        dialog.saved.connect(saved)
        dialog.finished.connect(finished)
        dialog.open()  # never exec(): it would re-enter the loop (qasync issue 59)

    window.settings_button.clicked.connect(open_settings)


def install_loop_error_handler(window: MainWindow) -> None:
    """Errors in tasks and callbacks become a visible message and a log line."""
    loop = asyncio.get_event_loop()

    def handler(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        error = context.get("exception")
        message = context.get("message", "")
        if isinstance(error, asyncio.CancelledError):
            return
        log.error("event loop error: %s", message, exc_info=error)
        text = describe_error(error) if error is not None else message
        with contextlib.suppress(RuntimeError):  # the window is already gone
            window.show_error(
                QCoreApplication.translate("App", "Something went wrong: {error}").format(
                    error=text
                )
            )

    loop.set_exception_handler(handler)


def install_excepthook(window: MainWindow) -> None:
    """Exceptions raised in Qt slots become a visible message and a log line."""
    previous = sys.excepthook

    def hook(kind, error, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, tb)
            return
        log.error("unhandled error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        try:
            window.show_error(
                QCoreApplication.translate("App", "Something went wrong: {error}").format(
                    error=describe_error(error)
                )
            )
        except RuntimeError:
            previous(kind, error, tb)

    sys.excepthook = hook


def run(*, demo: bool = False, kiosk: bool = False) -> int:
    """Start the desktop app and return its exit code when the window is closed."""
    import qasync

    app = _application()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    app.setQuitOnLastWindowClosed(True)

    async def main() -> None:
        window, flow = _open_till(demo=demo, kiosk=kiosk)
        install_excepthook(window)
        if kiosk:
            window.showFullScreen()
        else:
            window.resize(1280, 800)
            window.show()
        window.closing.connect(app.quit)
        try:
            await closed.wait()
        finally:
            await flow.aclose()
            if window.demo_profile is not None:
                window.demo_profile.close()

    with loop:
        loop.run_until_complete(main())
    return 0
