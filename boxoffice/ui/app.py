"""Bootstrap: QApplication, one qasync loop on the GUI thread, the window, visible errors."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
import traceback
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from boxoffice.app.runtime import Runtime
from boxoffice.app.settings.till import Settings
from boxoffice.ui.door_console import DoorConsole
from boxoffice.ui.email_language import speak_buyers_language
from boxoffice.ui.errors import describe_error
from boxoffice.ui.gui_gc import GuiThreadCollector
from boxoffice.ui.i18n import current_language, install_language, language_for, say
from boxoffice.ui.main_window import MainWindow
from boxoffice.ui.resources import apply_style
from boxoffice.ui.sale_flow import RuntimeOpener, SaleFlow
from boxoffice.words import joined

if TYPE_CHECKING:
    from collections.abc import Callable

    import httpx

    from boxoffice.services.secrets import SecretStore
    from boxoffice.ui.demo import DemoProfile
    from boxoffice.ui.kiosk.shell import Kiosk

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
    return _open_till(demo=demo, kiosk=kiosk).window


@dataclass
class Carried:
    """What a window rebuilt in another language takes over from the one before: the settings,
    the open till (engine, journal, clients and every sale they watch) and the demo profile."""

    settings: Settings
    runtime: Runtime | None
    profile: DemoProfile | None = None


@dataclass
class Till:
    """One window of the app: the window, its sale flow, and on a kiosk what makes it one."""

    window: MainWindow
    flow: SaleFlow
    kiosk: Kiosk | None = None


def _open_till(
    *,
    demo: bool,
    kiosk: bool,
    carried: Carried | None = None,
    on_language: Callable[[str], None] | None = None,
) -> Till:
    """`create_main_window`, also handing back the window's flow (to close it at the end).

    `on_language(code)` is called when saved settings choose another language than the
    window's (the session builds the window anew in it)."""
    app = _application()
    profile: DemoProfile | None = None
    if carried is not None:
        settings, profile = carried.settings, carried.profile
    elif demo:
        from boxoffice.ui.demo import DemoProfile

        profile = DemoProfile.create()
        settings = profile.settings
    else:
        settings = Settings.load()
    # Before the window: its widgets are polished with the sheet as they are made.
    apply_style(app, high_contrast=settings.high_contrast, large_text=settings.large_text)
    if carried is None:
        # Before the window: its words are looked up as its widgets are made. (A window built
        # anew for another language has it installed already.)
        install_language(app, language_for(settings.language))
    window = MainWindow(demo=demo, kiosk=kiosk)
    shell: Kiosk | None = None
    opener: RuntimeOpener = profile.open_runtime if profile is not None else Runtime.open
    if carried is not None and carried.runtime is not None:
        opener = _reuse(carried.runtime)
    # A till taken over was resumed by the window before: its sales are watched already.
    flow = SaleFlow(window, settings, opener, resume=carried is None or carried.runtime is None)
    # Before the journal is resumed: a sale finished then e-mails in its buyer's language.
    flow.runtimeReady.connect(speak_buyers_language)
    if profile is not None:
        profile.attach(window, flow)
        window.demo_profile = profile
        transport, secrets = profile.simulator.transport(), profile.secrets
    else:
        transport, secrets = None, None
    # MainWindow declares `flow` as None until the app sets it (boxoffice/ui/main_window.py).
    window.flow = flow
    window.door_console = DoorConsole(window, flow)
    if kiosk:
        from boxoffice.ui.kiosk.shell import install_kiosk

        shell = install_kiosk(window, flow, settings)
    _connect_settings(window, flow, transport=transport, secrets=secrets, on_language=on_language)
    install_loop_error_handler(window)
    if settings.problems:
        window.show_notice(say(joined(*settings.problems)))
    flow.start()
    return Till(window, flow, shell)


def _reuse(runtime: Runtime) -> RuntimeOpener:
    async def reuse(_settings: Settings) -> Runtime:
        return runtime

    return reuse


class TillSession:
    """The window and its flow, for as long as the app runs; a language chosen on a kiosk's
    welcome screen, or saved in the settings, builds both anew in that language and hands the
    open till over, so no sale is lost or resumed twice (the screens set their words as they
    are built). A language asked for while a sale is being sold waits for it to end."""

    def __init__(self, *, demo: bool = False, kiosk: bool = False) -> None:
        self.demo = demo
        self.kiosk = kiosk
        #: A language asked for while a sale was being sold: switched to once it ends.
        self.pending_language: str | None = None
        self.till = _open_till(demo=demo, kiosk=kiosk, on_language=self._later)
        self._watch(self.till)

    @property
    def window(self) -> MainWindow:
        return self.till.window

    @property
    def flow(self) -> SaleFlow:
        return self.till.flow

    def show(self) -> None:
        if self.till.kiosk is not None:
            self.till.kiosk.lock.show()
        else:
            self.window.resize(1280, 800)
            self.window.show()

    def switch_language(self, code: str) -> None:
        """Rebuild the window in `code` (not while a sale is being sold)."""
        old = self.till
        if old.flow.selling:
            self.pending_language = code
            return
        self.pending_language = None
        if code == current_language():
            return
        install_language(_application(), code)
        carried = Carried(old.flow.settings, old.flow.hand_over(), old.window.demo_profile)
        self.till = _open_till(
            demo=self.demo, kiosk=self.kiosk, carried=carried, on_language=self._later
        )
        self._watch(self.till)
        self.show()
        old.window.demo_profile = None  # the new window has it now
        if old.kiosk is not None:
            old.kiosk.lock.unlock()
        old.window.closing.disconnect(self.closed)
        old.window.close()
        old.window.deleteLater()

    async def aclose(self) -> None:
        await self.flow.aclose()
        if self.window.demo_profile is not None:
            self.window.demo_profile.close()

    def closed(self) -> None:
        """The window closed (staff left the kiosk, or closed the till): the app ends."""
        _application().quit()

    def _watch(self, till: Till) -> None:
        till.window.closing.connect(self.closed)
        till.flow.screenChanged.connect(self._screen_changed)
        if till.kiosk is not None:
            till.kiosk.languageRequested.connect(self._later)

    def _screen_changed(self, _screen: object) -> None:
        if self.pending_language is not None and not self.flow.selling:
            self._later(self.pending_language)

    def _later(self, code: str) -> None:
        # Out of the button's own click first: the window it belongs to is about to go.
        QTimer.singleShot(0, lambda: self.switch_language(code))


def _connect_settings(
    window: MainWindow,
    flow: SaleFlow,
    *,
    transport: httpx.AsyncBaseTransport | None,
    secrets: SecretStore | None,
    on_language: Callable[[str], None] | None = None,
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
            reopening = flow.tasks.spawn(flow.reopen(settings), key="runtime")
            code = language_for(settings.language)
            if on_language is not None and code != current_language():
                # Once the till has reopened with the new settings: the new window takes
                # the open till over, whether the reopening worked or not.
                reopening.add_done_callback(lambda _task: on_language(code))

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
        session = TillSession(demo=demo, kiosk=kiosk)
        install_excepthook(session.window)
        session.show()
        try:
            await closed.wait()
        finally:
            await session.aclose()

    with loop:
        loop.run_until_complete(main())
    return 0
