"""Cyclic garbage is collected on the GUI thread's timer, not wherever Python allocates."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject

from boxoffice.ui.gui_gc import GuiThreadCollector
from tests.ui.conftest import run_until


class _Cycle:
    def __init__(self) -> None:
        self.me = self
        self.qt = QObject()


def test_the_collector_turns_automatic_collection_off(gui_thread_gc):
    assert isinstance(gui_thread_gc, GuiThreadCollector)
    assert not gc.isenabled()


def test_cycles_made_on_a_worker_are_freed_on_the_gui_thread(qapp, loop):
    collector = GuiThreadCollector(qapp, interval_ms=10)
    freed_on: list[str] = []
    try:

        def make_garbage() -> None:
            for _ in range(gc.get_threshold()[0] + 50):
                cycle = _Cycle()
                # Runs in whichever thread frees the cycle (with its Qt object).
                weakref.finalize(cycle, lambda: freed_on.append(threading.current_thread().name))
                del cycle

        worker = threading.Thread(target=make_garbage, name="worker")
        worker.start()
        worker.join()
        assert freed_on == []  # the worker allocated plenty, and collected nothing
        run_until(loop, lambda: freed_on, message="the collector's pass")
        assert set(freed_on) == {threading.main_thread().name}
    finally:
        collector.deleteLater()
