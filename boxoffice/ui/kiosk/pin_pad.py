"""The staff PIN pad: big digit keys, dots for what was typed, and lockouts that grow.

The PIN is checked with `boxoffice.app.kiosk_pin.verify_pin_async` (scrypt on an executor
thread, so the window keeps painting), and wrong PINs feed a `PinLock` that the caller keeps
for as long as the kiosk runs: closing and opening the pad again does not start the count
again. The typed digits are forgotten as soon as they are sent to be checked.
"""

from __future__ import annotations

import math
from collections.abc import Awaitable, Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QPushButton, QVBoxLayout, QWidget

from boxoffice.app.kiosk_pin import MAX_DIGITS, MIN_DIGITS, PinLock, verify_pin_async
from boxoffice.ui.tasks import TaskKeeper
from boxoffice.ui.widgets.common import button, label, set_tone

# Its look (keys twice the touch minimum, big dots) is the application's style sheets'
# (`QFrame#pinPad` in resources/), so larger text and high contrast reach it as they change.


class PinPad(QFrame):
    """Asks for the staff PIN; `accepted` once the right one is typed, `cancelled` on Cancel.

    `pin_hash` is what `kiosk_pin.pin_from` gave; `lock` counts wrong PINs (keep one per
    kiosk); `verify` checks a PIN against the hash without blocking the loop.
    """

    accepted = Signal()
    cancelled = Signal()

    def __init__(
        self,
        pin_hash: str,
        *,
        lock: PinLock | None = None,
        verify: Callable[[str, str], Awaitable[bool]] = verify_pin_async,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pinPad")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pin_hash = pin_hash
        self.lock = lock or PinLock()
        self._verify = verify
        self._digits = ""
        self._checking = False
        self.tasks = TaskKeeper(report=lambda _error: self._show(self._could_not_check(), "error"))
        #: Ticks once a second while the pad is locked, to count down and then unlock.
        self.lock_timer = QTimer(self)
        self.lock_timer.setInterval(1000)
        self.lock_timer.timeout.connect(self.refresh_lock)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        title = label(self.tr("Staff PIN"), name="pinTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        self.dots = label(name="pinDots")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.dots)
        self.message = label(name="pinMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.message)

        grid = QGridLayout()
        grid.setSpacing(12)
        self.keys: dict[str, QPushButton] = {}
        for index, digit in enumerate("123456789"):
            self._add_key(grid, digit, index // 3, index % 3)
        self.backspace = self._key(
            "⌫", "pinBackspace", self.tr("Delete the last digit"), self.press_backspace
        )
        grid.addWidget(self.backspace, 3, 0)
        self._add_key(grid, "0", 3, 1)
        self.ok = self._key("OK", "pinOk", self.tr("Check the PIN"), self.submit)
        self.ok.setText(self.tr("OK"))
        self.ok.setProperty("role", "primary")
        grid.addWidget(self.ok, 3, 2)
        layout.addLayout(grid)
        self.cancel_button = self._key("", "pinCancel", self.tr("Cancel"), self.cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        layout.addWidget(self.cancel_button)
        self._update()
        self.refresh_lock()

    def _add_key(self, grid: QGridLayout, digit: str, row: int, column: int) -> None:
        key = self._key(digit, f"pinKey{digit}", digit, lambda: self.press_digit(digit))
        self.keys[digit] = key
        grid.addWidget(key, row, column)

    def _key(self, text: str, name: str, spoken: str, slot: Callable[[], None]) -> QPushButton:
        key = button(text, name=name)
        key.setAccessibleName(spoken)
        # The keys never take the focus, so typed digits always reach the pad.
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        key.setAutoDefault(False)
        key.clicked.connect(slot)
        return key

    # -- what staff do ----------------------------------------------------------------------

    @property
    def typed(self) -> int:
        """How many digits are typed (never the digits themselves)."""
        return len(self._digits)

    @property
    def checking(self) -> bool:
        return self._checking

    def press_digit(self, digit: str) -> None:
        if not self._open() or len(self._digits) >= MAX_DIGITS:
            return
        self._digits += digit
        self._show("")
        self._update()

    def press_backspace(self) -> None:
        if self._open():
            self._digits = self._digits[:-1]
            self._update()

    def submit(self) -> None:
        if not self._open():
            return
        if len(self._digits) < MIN_DIGITS:
            self._show(self.tr("Type at least {} digits.").format(MIN_DIGITS), "warning")
            return
        pin, self._digits = self._digits, ""
        self._show(self.tr("Checking…"))
        self._checking = True
        self.tasks.spawn(self._check(pin), key="verify")
        self._update()

    def cancel(self) -> None:
        self.tasks.cancel("verify")
        self._checking = False
        self.reset()
        self.cancelled.emit()

    def reset(self) -> None:
        """Forget what was typed and any message (the lockout stays)."""
        self._digits = ""
        self._show("")
        self.refresh_lock()

    def refresh_lock(self) -> None:
        """Show how long the pad stays locked, or unlock it once the time is up."""
        remaining = self.lock.remaining()
        if remaining > 0:
            self._show(self._locked_words(remaining), "error")
            if not self.lock_timer.isActive():
                self.lock_timer.start()
        elif self.lock_timer.isActive():
            self.lock_timer.stop()
            self._show(self.tr("You can try again now."))
        self._update()

    async def _check(self, pin: str) -> None:
        try:
            right = await self._verify(pin, self._pin_hash)
        except TimeoutError:
            # A starved machine is not a wrong PIN: it does not count towards a lockout.
            self._show(self._could_not_check(), "error")
            return
        finally:
            self._checking = False
            self._update()
        if right:
            self.lock.succeeded()
            self._show("")
            self.accepted.emit()
            return
        if self.lock.failed() > 0:
            self.refresh_lock()
            return
        left = self.lock.attempts_left() + 1
        self._show(self.tr("Wrong PIN. %n more tries before a pause.", "", left), "error")

    # -- showing ------------------------------------------------------------------------------

    def _open(self) -> bool:
        """Whether keys may be pressed now: not locked out, no check running."""
        return not self.lock.locked() and not self.checking

    def _update(self) -> None:
        open_now = self._open()
        for key in (*self.keys.values(), self.backspace, self.ok):
            key.setEnabled(open_now)
        self.ok.setEnabled(open_now and len(self._digits) >= MIN_DIGITS)
        self.dots.setText(" ".join("●" * len(self._digits)) if self._digits else "–")
        self.dots.setAccessibleName(self.tr("{} digits typed").format(len(self._digits)))

    def _show(self, text: str, tone: str = "") -> None:
        self.message.setText(text)
        set_tone(self.message, tone)

    def _locked_words(self, remaining: float) -> str:
        seconds = math.ceil(remaining)
        if seconds < 60:
            return self.tr("Too many wrong PINs. Try again in {} s.").format(seconds)
        minutes, seconds = divmod(seconds, 60)
        return self.tr("Too many wrong PINs. Try again in {} min {} s.").format(minutes, seconds)

    def _could_not_check(self) -> str:
        return self.tr("The PIN could not be checked just now. Try again.")

    # -- Qt -----------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.text().isdigit() and event.text().isascii() and len(event.text()) == 1:
            self.press_digit(event.text())
        elif key == Qt.Key.Key_Backspace:
            self.press_backspace()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        elif key == Qt.Key.Key_Escape:  # outside a locked kiosk, Escape is Cancel
            self.cancel()
        else:
            super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.setFocus()
