"""Fixtures for the window's tests: a qasync loop on the GUI thread and a way to wait on it."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator

import pytest
import qasync


@pytest.fixture(scope="session", autouse=True)
def gui_thread_gc(qapp):
    """As in the app: cycles holding Qt objects are collected on the GUI thread only, never by
    a keyring or executor thread that happens to allocate (boxoffice/ui/gui_gc.py)."""
    from boxoffice.ui.gui_gc import GuiThreadCollector

    collector = qapp.findChild(GuiThreadCollector) or GuiThreadCollector(qapp)
    yield collector
    collector.stop()


@pytest.fixture(autouse=True)
def application_look(qapp):
    """Every test starts with the look the one before found: a test that applies the app's
    style, a theme or a language font leaves nothing behind for the next one."""
    sheet, font, palette, style = (
        qapp.styleSheet(),
        qapp.font(),
        qapp.palette(),
        qapp.style().objectName(),
    )
    yield
    if qapp.styleSheet() != sheet:
        qapp.setStyleSheet(sheet)
    if qapp.style().objectName() != style:
        qapp.setStyle(style)
    qapp.setFont(font)
    qapp.setPalette(palette)


@pytest.fixture
def loop(qapp) -> Iterator[qasync.QEventLoop]:
    """A qasync event loop, set as the current loop, closed after the test."""
    # Closing the last window (a dialog in a test) must not quit the app and stop the loop.
    qapp.setQuitOnLastWindowClosed(False)
    event_loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(event_loop)
    try:
        yield event_loop
    finally:
        pending = [task for task in asyncio.all_tasks(event_loop) if not task.done()]
        for task in pending:
            task.cancel()
        if pending:
            event_loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        event_loop.close()
        asyncio.set_event_loop(None)


def run_until(
    event_loop: asyncio.AbstractEventLoop,
    condition: Callable[[], object],
    *,
    timeout: float = 30.0,
    message: str = "condition",
) -> object:
    """Run the loop (and so Qt) until `condition()` is truthy; fail after `timeout` seconds."""

    async def poll() -> object:
        deadline = time.monotonic() + timeout
        while True:
            value = condition()
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {message}")
            await asyncio.sleep(0.01)

    return event_loop.run_until_complete(poll())


def settle(event_loop: asyncio.AbstractEventLoop, seconds: float = 0.05) -> None:
    """Let the loop run briefly so queued callbacks and repaints happen."""
    event_loop.run_until_complete(asyncio.sleep(seconds))


# -- a till against the in-process simulator ---------------------------------------------------

FAST = dict(
    poll_new=0.02,
    poll_processing=0.02,
    poll_watch=0.05,
    backoff_initial=0.02,
    backoff_max=0.1,
    lookup_delay=0.01,
)


@pytest.fixture
def sim():
    """The seeded simulator on a manual clock (time moves only when a test moves it)."""
    from boxoffice.sim.clock import ManualClock
    from boxoffice.sim.simulator import Simulator

    return Simulator(clock=ManualClock(time.time()))


@pytest.fixture
def till_settings(sim, tmp_path, memory_keyring):
    """Settings pointing at the simulator, with both keys in the test keyring."""
    from boxoffice.app.settings.till import Settings
    from boxoffice.services.secrets import BTCPAY_API_KEY, TICKETTAILOR_API_KEY, SecretStore

    store = SecretStore(environ={})
    store.set_sync(TICKETTAILOR_API_KEY, sim.tickettailor_api_key)
    store.set_sync(BTCPAY_API_KEY, sim.btcpay_api_key)
    settings = Settings.load(tmp_path / "config" / "settings.json", environ={})
    settings.tickettailor_url = sim.tickettailor_url
    settings.btcpay_url = sim.btcpay_url
    settings.btcpay_store_id = sim.store_id
    settings.save()
    return settings


def runtime_opener(sim, tmp_path):
    """Open a Runtime on the simulator, its engine on the simulator's clock and fast polls."""
    from boxoffice.app.runtime import Runtime
    from boxoffice.engine.sale_engine import SaleEngine
    from boxoffice.engine.timing import EngineTiming
    from boxoffice.services.secrets import SecretStore

    async def open_runtime(settings):
        runtime = await Runtime.open(
            settings,
            transport=sim.transport(),
            secrets=SecretStore(environ={}),
            journal_path=tmp_path / "data" / "journal.sqlite3",
            cache_path=tmp_path / "data" / "catalogue.json",
        )
        runtime.engine = SaleEngine(
            tickettailor=runtime.tickettailor,
            btcpay=runtime.btcpay,
            journal=runtime.journal,
            checkout=settings.to_checkout(),
            device_id=settings.device_id,
            clock=sim.clock.now,
            timing=EngineTiming(**FAST),
        )
        return runtime

    return open_runtime


def open_till(qtbot, loop, sim, settings, tmp_path):
    """A main window and its flow against the simulator, at 1024×768, with its events shown."""
    from boxoffice.ui.main_window import MainWindow
    from boxoffice.ui.sale_flow import SaleFlow

    window = MainWindow()
    qtbot.addWidget(window)
    flow = SaleFlow(window, settings, runtime_opener(sim, tmp_path), clock=sim.clock.now)
    window.flow = flow
    flow.start()
    window.resize(1024, 768)
    window.show()
    run_until(loop, lambda: window.events_page.model.rowCount() > 0, message="the events")
    return window


@pytest.fixture
def till(qtbot, loop, sim, till_settings, tmp_path):
    """The main window and its flow, opened against the simulator, at 1024×768."""
    window = open_till(qtbot, loop, sim, till_settings, tmp_path)
    flow = window.flow
    try:
        yield window
    finally:
        loop.run_until_complete(flow.aclose())
