"""The check-in desk: scans checked against Ticket Tailor, or the door list when offline.

Drives `CheckInView` with a `CheckInDesk` built on the till's runtime. The scan field keeps the
keyboard: a keyboard-wedge scanner types anywhere in the view and its keys go to the scan field
(the search field keeps what a person types there, but a burst typed faster than anyone can,
ended by Enter, is taken as a scan). Each result is shown large in its tone, with a beep and a
short pulse, and fades to neutral after a few seconds; the next scan simply replaces it, so
nothing ever waits for a dismissal.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import time
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QListWidgetItem

from boxoffice.engine.check_in import REFRESH_EVERY, CheckInDesk
from boxoffice.engine.check_in_result import (
    DoubleAdmission,
    ScanKind,
    ScanResult,
    clock_time,
    details,
    headline,
)
from boxoffice.engine.door_list import DoorStore, DoorTicket
from boxoffice.ui.i18n import count_words, say
from boxoffice.ui.screens.check_in.view import CheckInView
from boxoffice.ui.widgets.common import set_tone

if TYPE_CHECKING:
    from boxoffice.app.runtime import Runtime
    from boxoffice.ui.tasks import TaskKeeper

log = logging.getLogger(__name__)

TONE_OF_KIND = {
    ScanKind.VALID: "success",
    ScanKind.ALREADY: "warning",
    ScanKind.VOIDED: "error",
    ScanKind.UNKNOWN: "error",
    ScanKind.OTHER_EVENT: "error",
    ScanKind.PROBLEM: "error",
}
#: The result's tone stays this long, then fades to neutral (the words stay).
FADE_AFTER_MS = 8000
#: The pulse: the tone blinks off and on this many times, this fast.
PULSES = 2
PULSE_MS = 140
#: A scanner types each key within this many seconds of the last (people are slower).
SCANNER_KEY_GAP = 0.05
#: Seconds between tries to send the queue while check-ins wait.
RETRY_EVERY = 15.0
KEEP_TASK = "checkInKeepCurrent"
SEARCH_TASK = "checkInSearch"
ITEM_TICKET = int(Qt.ItemDataRole.UserRole) + 1


class CheckInController(QObject):
    """Drives `CheckInView` from the till's runtime (None until the till is open)."""

    def __init__(
        self, view: CheckInView, tasks: TaskKeeper, *, clock: Callable[[], float] = time.time
    ) -> None:
        super().__init__(view)
        self.view = view
        self.tasks = tasks
        self.clock = clock
        self.runtime: Runtime | None = None
        self.desk: CheckInDesk | None = None
        self.store: DoorStore | None = None
        self.refresh_every = REFRESH_EVERY
        #: The page has been shown: this till is a check-in desk (see `_start_if_needed`).
        self._opened = False
        self.retry_every = RETRY_EVERY
        #: The sound of a result (replaceable in tests; a machine without audio stays silent).
        self.beep: Callable[[], None] = QApplication.beep
        self.last_result: ScanResult | None = None
        self.last_doubles: list[DoubleAdmission] = []
        self._tone = ""
        self._pulses_left = 0
        self._search_keys: list[float] = []
        self._scans: set[asyncio.Task] = set()

        self._fade = QTimer(self)
        self._fade.setSingleShot(True)
        self._fade.setInterval(FADE_AFTER_MS)
        self._fade.timeout.connect(self._fade_out)
        self._pulse = QTimer(self)
        self._pulse.setInterval(PULSE_MS)
        self._pulse.timeout.connect(self._pulse_step)
        self._search_later = QTimer(self)
        self._search_later.setSingleShot(True)
        self._search_later.setInterval(150)
        self._search_later.timeout.connect(self._search)

        view.scan_field.returnPressed.connect(self._submit)
        view.check_button.clicked.connect(self._submit)
        view.search_field.textChanged.connect(self._search_changed)
        view.search_field.returnPressed.connect(self._search_entered)
        view.matches.itemActivated.connect(self._check_in_item)
        view.matches.itemClicked.connect(self._check_in_item)
        view.doubles.hide()
        for widget in (view, view.check_button, view.matches, view.search_field):
            widget.installEventFilter(self)
        self._show_connection()

    # -- the runtime -------------------------------------------------------------------------

    def set_runtime(self, runtime: Runtime | None) -> None:
        """The till opened (or closed, with None): a desk on its Ticket Tailor and journal."""
        self.tasks.cancel(KEEP_TASK)
        for task in self._scans:
            task.cancel()  # a scan cut short mid-POST is left "sending": the next sync settles it
        self._scans.clear()
        if self.store is not None:
            self.store.close()
        self.runtime, self.desk, self.store = runtime, None, None
        if runtime is not None:
            try:
                self.store = DoorStore(runtime.journal)
            except Exception as error:  # a journal that cannot hold the door list
                log.error("door list unavailable: %s", error)
                self.view.show_result(self.tr("Check-in unavailable"), str(error), "error")
                return
            self.desk = CheckInDesk(
                runtime.tickettailor,
                self.store,
                device_id=runtime.engine.device_id,
                event_ids=runtime.settings.event_ids,
                clock=self.clock,
            )
            self.tasks.spawn(self._start_if_needed(), key=KEEP_TASK)
        self._show_connection()

    def shown(self) -> None:
        """The page came up: the scan field takes the keyboard focus, and from now on this
        till keeps its door list current."""
        self.view.scan_field.setFocus()
        self._opened = True
        if self.desk is not None:
            if not self.tasks.running(KEEP_TASK):
                self.tasks.spawn(self._keep_current(), key=KEEP_TASK)
            self.tasks.spawn(self._update())

    async def _start_if_needed(self) -> None:
        """Keep the door list current on a till that checks tickets in, or that still has
        check-ins queued from before (they must reach Ticket Tailor whatever page is up).

        A till that only sells never downloads it: every till of a venue spends Ticket
        Tailor's one request limit, and a door list costs a page of requests a minute.
        """
        desk = self.desk
        assert desk is not None
        # The queue first, then whether the page was opened meanwhile (`shown` leaves the
        # start to this task while it runs): read after the await, never before it.
        waiting = await desk.waiting()
        if not self._opened and not waiting:
            return
        await self._keep_current()

    async def _keep_current(self) -> None:
        """Open the desk, then for ever: send the queue, refresh the door list, show it."""
        desk = self.desk
        assert desk is not None
        while self.desk is desk:
            try:
                if not desk.events:
                    await desk.open()
                    await self._update()
                await self._sync()
                await desk.refresh()
                await self._update()
            except asyncio.CancelledError:
                raise
            except Exception:  # one failed round never stops the desk
                log.exception("check-in: door list refresh failed")
            waiting = await desk.waiting()
            await asyncio.sleep(self.retry_every if waiting else self.refresh_every)

    async def sync_now(self) -> None:
        """Send the queued check-ins now (a test, or the connection came back)."""
        await self._sync()
        await self._update()

    async def _sync(self) -> None:
        if self.desk is None:
            return
        report = await self.desk.sync()
        if report.doubles:
            log.warning("check-in: %d double admission(s) after sync", len(report.doubles))

    # -- scanning ----------------------------------------------------------------------------

    def _submit(self) -> None:
        text = self.view.scan_field.text().strip()
        self.view.scan_field.clear()
        self.view.scan_field.setFocus()
        if text:
            self.scan(text)

    def scan(self, barcode: str) -> None:
        """Judge a barcode (scanned, typed or picked) and show the result."""
        if self.desk is None:
            self.view.show_result(
                self.tr("Not checked in"), self.tr("The till is not open yet."), "error"
            )
            return
        self._fade.stop()
        self._pulse.stop()
        self.view.show_result(self.tr("Checking…"), barcode, "")
        self._spawn_scan(self._scan(barcode))

    def _spawn_scan(self, scan: Coroutine[Any, Any, None]) -> None:
        task = self.tasks.spawn(scan)
        self._scans.add(task)
        task.add_done_callback(self._scans.discard)

    async def _scan(self, barcode: str, ticket_id: str | None = None) -> None:
        desk = self.desk
        if desk is None:
            return
        if ticket_id is not None:
            result = await desk.check_in_ticket(ticket_id)
        else:
            result = await desk.scan(barcode)
        self.show(result)
        if desk.online and await desk.waiting():
            await self._sync()
        await self._update()
        if self.view.search_field.text().strip():
            await self._search_now()

    def show(self, result: ScanResult) -> None:
        """A result, large, in its tone, with a beep and a pulse; it fades after a while."""
        self.last_result = result
        self._tone = TONE_OF_KIND[result.kind]
        self.view.show_result(say(headline(result)), say(details(result)), self._tone)
        try:
            self.beep()
        except Exception:  # no audio device: the colours still say it
            log.debug("no beep", exc_info=True)
        self._pulses_left = PULSES * 2
        self._pulse.start()
        self._fade.start()

    def _pulse_step(self) -> None:
        self._pulses_left -= 1
        on = self._pulses_left % 2 == 0
        self.view.set_result_tone(self._tone if on else "")
        if self._pulses_left <= 0:
            self._pulse.stop()
            self.view.set_result_tone(self._tone)

    def _fade_out(self) -> None:
        self._pulse.stop()
        self._tone = ""
        self.view.set_result_tone("")

    # -- counters, connection, double admissions ------------------------------------------

    async def _update(self) -> None:
        desk = self.desk
        if desk is None:
            return
        counters = await desk.counters()
        rows = [
            (
                counter.name,
                self.tr("{checked} / {issued}").format(
                    checked=counter.checked_in, issued=counter.issued
                ),
            )
            for counter in counters
        ]
        self.view.set_counters(rows)
        self._show_connection(await desk.waiting(), await desk.door_list_time())
        self._show_doubles(await desk.doubles())

    def _show_connection(self, waiting: int = 0, listed_at: float | None = None) -> None:
        desk = self.desk
        if desk is None:
            text, tone = self.tr("Waiting for the till to open"), ""
        elif desk.online is False:
            text = count_words(
                waiting,
                self.tr("Offline — {count} check-in waiting"),
                self.tr("Offline — {count} check-ins waiting"),
            )
            # How old the list judging the scans is: staff decide how far to trust it.
            if listed_at is not None:
                text += "\n" + self.tr("door list of {time}").format(time=clock_time(listed_at))
            else:
                text += "\n" + self.tr("no door list yet")
            tone = "warning"
        elif waiting:
            text = count_words(
                waiting,
                self.tr("{count} check-in waiting to be sent"),
                self.tr("{count} check-ins waiting to be sent"),
            )
            tone = "warning"
        elif desk.online:
            text, tone = self.tr("Online — checked with Ticket Tailor"), "success"
        else:
            text, tone = self.tr("Connecting to Ticket Tailor…"), ""
        self.view.connection.setText(text)
        set_tone(self.view.connection, tone)

    def _show_doubles(self, doubles: list[DoubleAdmission]) -> None:
        self.last_doubles = doubles
        if not doubles:
            self.view.doubles.hide()
            return
        names = []
        for double in doubles[:5]:
            who = double.ticket.full_name if double.ticket and double.ticket.full_name else None
            at = clock_time(double.local.at)
            names.append(
                self.tr("{barcode} ({name}, here at {time})").format(
                    barcode=double.local.barcode, name=who or self.tr("no name"), time=at
                )
            )
        more = len(doubles) - len(names)
        listed = ", ".join(names) + (
            self.tr(" and {count} more").format(count=more) if more else ""
        )
        text = count_words(
            len(doubles),
            self.tr(
                "{count} double admission: let in here while offline and also elsewhere: {tickets}."
            ),
            self.tr(
                "{count} double admissions: let in here while offline and also elsewhere: "
                "{tickets}."
            ),
            tickets=listed,
        )
        self.view.doubles.show_message(text, "warning", action=False)

    # -- search ------------------------------------------------------------------------------

    def _search_changed(self, text: str) -> None:
        if not text:
            self._search_keys.clear()
        self._search_later.start()

    def _search(self) -> None:
        self.tasks.spawn(self._search_now(), key=SEARCH_TASK)

    async def _search_now(self) -> None:
        text = self.view.search_field.text().strip()
        matches = await self.desk.search(text) if self.desk is not None and text else []
        self._show_matches(matches)

    def _show_matches(self, matches: list[DoorTicket]) -> None:
        current = self.view.matches.currentItem()
        keep = current.data(ITEM_TICKET) if current is not None else None
        self.view.matches.clear()
        for ticket in matches:
            state = (
                self.tr("voided")
                if ticket.voided
                else self.tr("checked in")
                if ticket.checked_in
                else self.tr("not checked in")
            )
            text = self.tr("{name}\n{ticket_type} · {barcode} · {state}").format(
                name=ticket.full_name or self.tr("no name"),
                ticket_type=ticket.ticket_type or self.tr("ticket"),
                barcode=ticket.barcode,
                state=state,
            )
            item = QListWidgetItem(text)
            item.setData(ITEM_TICKET, ticket.ticket_id)
            self.view.matches.addItem(item)
            if ticket.ticket_id == keep:
                self.view.matches.setCurrentItem(item)

    def _search_entered(self) -> None:
        text = self.view.search_field.text().strip()
        keys = self._search_keys
        fast = len(keys) >= 4 and all(b - a < SCANNER_KEY_GAP for a, b in itertools.pairwise(keys))
        if fast and len(keys) >= len(text):
            # A scanner fired while the search had the focus: a scan, not a search.
            self.view.search_field.clear()
            self.scan(text)
            self.view.scan_field.setFocus()
            return
        matches = self.view.matches
        item = matches.currentItem() or (matches.item(0) if matches.count() == 1 else None)
        if item is not None:
            self._check_in_item(item)
        elif matches.count():
            matches.setFocus()
            matches.setCurrentRow(0)

    def _check_in_item(self, item: QListWidgetItem) -> None:
        ticket_id = item.data(ITEM_TICKET)
        if not isinstance(ticket_id, str) or self.desk is None:
            return
        self._fade.stop()
        self._pulse.stop()
        self.view.show_result(self.tr("Checking…"), item.text(), "")
        self._spawn_scan(self._scan("", ticket_id))

    # -- the keyboard wedge ----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keys typed on the view's other widgets go to the scan field (a scanner is a
        keyboard); the search field keeps its own, but their timing is noted."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if watched is self.view.search_field:
            if event.key() == Qt.Key.Key_Escape:
                self.view.search_field.clear()
                self.view.scan_field.setFocus()
                return True
            if event.text() and event.text().isprintable():
                self._search_keys.append(time.monotonic())
            return False
        text = event.text()
        modifiers = event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        if text and text.isprintable() and not text.isspace() and not modifiers:
            self.view.scan_field.setFocus()
            self.view.scan_field.insert(text)
            return True
        return False
