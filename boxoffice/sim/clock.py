"""A clock the simulator reads for every time-based decision, so tests can move time by hand."""

from __future__ import annotations

import threading
import time


class Clock:
    """Unix time in seconds, as a float.

    `Clock()` follows the real time; `Clock(start=...)` (or `ManualClock`) stands still until it is
    moved with `advance()` or `set()`. Advancing a real-time clock shifts it by an offset, so a
    demo can fast-forward to an invoice's expiry without waiting.
    """

    def __init__(self, start: float | None = None) -> None:
        self._lock = threading.Lock()
        self._manual = start is not None
        self._value = float(start) if start is not None else 0.0  # manual time or offset

    @property
    def manual(self) -> bool:
        """True when the clock only moves when told to."""
        return self._manual

    def now(self) -> float:
        with self._lock:
            return self._value if self._manual else time.time() + self._value

    def advance(self, seconds: float) -> float:
        """Move the clock forward (or back, for a negative value); returns the new time."""
        with self._lock:
            self._value += float(seconds)
        return self.now()

    def set(self, unix: float) -> None:
        """Jump to an absolute time (a real-time clock keeps running from there)."""
        with self._lock:
            self._value = float(unix) if self._manual else float(unix) - time.time()

    def __repr__(self) -> str:
        kind = "manual" if self._manual else "real"
        return f"{type(self).__name__}({kind}, now={self.now():.3f})"


class ManualClock(Clock):
    """A clock that stands still until moved; starts at 2026-06-01 12:00 UTC unless told."""

    DEFAULT_START = 1780315200.0  # 2026-06-01T12:00:00Z

    def __init__(self, start: float | None = None) -> None:
        super().__init__(self.DEFAULT_START if start is None else start)
