"""Python's cyclic garbage collector, run only on the GUI thread.

Python collects reference cycles in whichever thread happens to allocate at the time: a keyring
read, a PDF being written in an executor. If a cycle holds a Qt object of the GUI thread, Qt then
destroys it on that worker thread, where its timers cannot be unregistered; the GUI thread later
fires a timer at freed memory and the process dies in `QTimerInfoList::activateTimers`. pyqtgraph
met the same and answers it the same way: automatic collection off, a timer on the GUI thread
collecting instead.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: Often enough that cycles never pile up, rarely enough to cost nothing (a young-generation
#: pass takes well under a millisecond).
INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Turns automatic collection off and collects on a GUI-thread timer instead."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> None:
        """Collect the generations whose thresholds are passed, as Python itself would."""
        threshold0, threshold1, threshold2 = gc.get_threshold()
        count0, count1, count2 = gc.get_count()
        if count0 > threshold0:
            generation = 0
            if count1 > threshold1:
                generation = 1
                if count2 > threshold2:
                    generation = 2
            gc.collect(generation)

    def stop(self) -> None:
        """Back to Python's own collection (and one full pass now, on this thread)."""
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()
