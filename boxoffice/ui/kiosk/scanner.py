"""Recognising a keyboard-wedge barcode scanner among the key presses of the whole application.

A wedge scanner pretends to be a keyboard: it "types" what it read, one key every few
milliseconds, and presses Enter. Left alone, a scanned access-code link would land in whatever
field has the focus and its Enter would press a focused button. `BarcodeScanner`, installed as
an application-wide event filter, holds back the first fast keys of every burst; a burst that
reaches Enter quickly enough and long enough is a scan (its keys are dropped and `scanned`
emitted), anything else was a person and the held keys are replayed, in order, to where they
were going.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

#: A scanner types each key within this many seconds of the last; people are slower.
MAX_GAP = 0.030
#: Fewer fast characters than this before Enter were a person (or a short, fast word).
MIN_LENGTH = 6
TERMINATORS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MODIFIERS = (
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_Meta,
    Qt.Key.Key_CapsLock,
)
_CHORDS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


@dataclass
class _Held:
    """A key event held back, as a copy (Qt deletes the original once it is delivered)."""

    receiver: QObject
    event: QKeyEvent


class BarcodeScanner(QObject):
    """An application-wide event filter that turns a wedge scanner's burst into `scanned(str)`.

    Install with `QApplication.instance().installEventFilter(scanner)`. `clock` (monotonic
    seconds) is injected so tests can fake the timing. The held keys of a burst that turns out
    to be human reach their widget at most `max_gap` later (a timer checks the clock), which
    nobody notices; a scan's keys and its Enter never reach any widget.
    """

    scanned = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_gap: float = MAX_GAP,
        min_length: int = MIN_LENGTH,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._max_gap = max_gap
        self._min_length = min_length
        self._held: list[_Held] = []
        self._text: list[str] = []
        self._last = 0.0
        self._replaying = False
        # Keys whose press was dropped as part of a scan: their releases are dropped too.
        self._drop_releases: set[int] = set()
        # Keys pressed while held: their releases are held with them, so a replay stays paired.
        self._held_keys: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, int(max_gap * 1000)))
        self._timer.timeout.connect(self._check_pause)

    # -- the filter -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self._replaying or kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        if not _first_receiver(watched):
            # The same key event, propagated to a parent (or seen at the window first): it was
            # decided when its first receiver got it.
            return False
        assert isinstance(event, QKeyEvent)
        if kind == QEvent.Type.KeyRelease:
            return self._release(watched, event)
        return self._press(watched, event)

    def _press(self, watched: QObject, event: QKeyEvent) -> bool:
        key = event.key()
        if key in _MODIFIERS:
            return False  # a scanner's Shift for a capital: neither a character nor a pause
        now = self._clock()
        fast = bool(self._held) and now - self._last <= self._max_gap
        if key in TERMINATORS and not event.isAutoRepeat():
            if fast and len(self._text) >= self._min_length:
                text = "".join(self._text)
                self._forget()
                self._drop_releases.add(key)
                self.scanned.emit(text)
                return True
            self._replay()
            return False
        text = event.text()
        printable = (
            len(text) == 1
            and text.isprintable()
            and not event.isAutoRepeat()
            and not (event.modifiers() & _CHORDS)
        )
        if not printable:
            self._replay()  # an arrow, Tab, Backspace, a held key, a shortcut: a person
            return False
        if self._held and not fast:
            self._replay()
        self._hold(watched, event)
        self._text.append(text)
        self._held_keys.add(key)
        self._last = now
        self._timer.start()
        return True

    def _release(self, watched: QObject, event: QKeyEvent) -> bool:
        key = event.key()
        if key in self._drop_releases:
            self._drop_releases.discard(key)
            return True
        if key in self._held_keys and self._held:
            self._hold(watched, event)
            return True
        return False

    # -- holding and replaying --------------------------------------------------------------

    def _hold(self, watched: QObject, event: QKeyEvent) -> None:
        copy = QKeyEvent(
            event.type(),
            event.key(),
            event.modifiers(),
            event.text(),
            event.isAutoRepeat(),
            event.count(),
        )
        self._held.append(_Held(watched, copy))

    def _check_pause(self) -> None:
        """No key for a while: a burst that has not reached Enter by now was a person."""
        if not self._held:
            return
        if self._clock() - self._last > self._max_gap:
            self._replay()
        else:
            self._timer.start()

    def _replay(self) -> None:
        """Deliver the held keys, in order, to the widgets they were going to."""
        held = self._held
        self._forget()
        self._replaying = True
        try:
            for item in held:
                if shiboken6.isValid(item.receiver):
                    QApplication.sendEvent(item.receiver, item.event)
        finally:
            self._replaying = False

    def _forget(self) -> None:
        """Drop what is held (a scan's keys must not survive anywhere)."""
        self._held = []
        self._text = []
        self._held_keys.clear()
        self._timer.stop()

    def reset(self) -> None:
        """Forget a burst in progress without delivering it (the kiosk resets for a new
        customer: nothing of the last one may surface later)."""
        self._forget()
        self._drop_releases.clear()


def _first_receiver(watched: QObject) -> bool:
    """Whether `watched` is where a key event is first delivered: the focus widget, or the
    window itself when nothing has the focus. Parents see ignored keys again, and the
    QWindow sees them before any widget; each key is judged once, where it would act."""
    if not isinstance(watched, QWidget):
        return False
    focus = QApplication.focusWidget()
    if focus is not None:
        return watched is focus
    return watched.isWindow()
