"""The check-in desk: a scan is judged against Ticket Tailor, or against the door list when
Ticket Tailor cannot be reached; every admission is journalled before Ticket Tailor hears of it.

Each seat is admitted once on every path:

* online, the ticket is read first (status, `checked_in`) and the check-in posted only for a
  valid, unchecked ticket; the POST is never repeated: when its answer is lost the ticket is
  read again and `checked_in == "true"` means it went through;
* offline, the door list decides, the admission is queued in the journal and this till answers
  "already checked in" for a second scan of it;
* the queue is sent once per admission (state `sending` is journalled before the POST): before
  sending, the ticket is read again; if Ticket Tailor has it checked in already and this till
  never asked, somebody else let the holder in as well — a double admission, reported.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Iterable

from boxoffice.engine.check_in_calls import (
    T,
    Unreachable,
    checked_in,
    door_ticket,
    off_thread,
    within,
)
from boxoffice.engine.check_in_result import DoubleAdmission, ScanKind, ScanResult, SyncReport
from boxoffice.engine.door_list import (
    DOUBLE,
    QUEUED,
    REFUSED,
    SENDING,
    SENT,
    Counter,
    DoorStore,
    DoorTicket,
    LocalCheckIn,
)
from boxoffice.services.errors import NotFoundError, ServiceError, ValidationError
from boxoffice.services.tickettailor.client import TicketTailorClient

log = logging.getLogger(__name__)

#: How long one call of a scan may take before the door list decides (someone is waiting).
SCAN_TIMEOUT = 6.0
#: How long the whole download of the door list may take.
REFRESH_TIMEOUT = 120.0
#: Seconds between background refreshes of the door list (and attempts to send the queue).
REFRESH_EVERY = 60.0
#: Events checked in when the till names none: those starting within this many seconds.
SOON = 24 * 3600


class CheckInDesk:
    """Check-in for a set of events on one till (see the module)."""

    def __init__(
        self,
        tickettailor: TicketTailorClient,
        store: DoorStore,
        *,
        device_id: str,
        event_ids: Iterable[str] = (),
        clock: Callable[[], float] = time.time,
        scan_timeout: float = SCAN_TIMEOUT,
    ) -> None:
        self.tickettailor = tickettailor
        self.store = store
        self.device_id = device_id
        self.clock = clock
        self.scan_timeout = scan_timeout
        #: The events being checked in, id -> name (known once `open()` ran).
        self.events: dict[str, str] = {}
        self._wanted = tuple(e for e in event_ids if e)
        #: Whether the last call to Ticket Tailor got through.
        self.online: bool | None = None
        self._sync_lock = asyncio.Lock()
        self._scan_lock = asyncio.Lock()

    # -- events and the door list --------------------------------------------------------------

    async def open(self) -> None:
        """Find the events (the till's, or those on today) and their names; offline, the names
        the door list kept."""
        try:
            if self._wanted:
                events = {}
                for event_id in self._wanted:
                    try:
                        event = await self._call(self.tickettailor.get_event(event_id))
                    except (NotFoundError, ValidationError) as error:
                        # A mistyped or deleted event: the others still check in.
                        log.warning("check-in: event %s left out: %s", event_id, error.detail)
                        continue
                    events[event.id] = event.name
            else:
                now = int(self.clock())
                listed = await self._call(self.tickettailor.list_events(end_at_gte=now))
                events = {
                    e.id: e.name for e in listed if e.start is None or e.start.unix <= now + SOON
                }
            self.events = events
            await off_thread(self.store.save_events, events.items(), self.clock())
        except Unreachable:
            kept = await off_thread(self.store.events)
            if self._wanted:
                self.events = {e: kept.get(e, e) for e in self._wanted}
            else:
                # Those of the door list refreshed within a day, not every event ever kept.
                moment = self.clock()
                self.events = {}
                for event_id, name in kept.items():
                    at = await off_thread(self.store.refreshed_at, event_id)
                    if at is not None and moment - at <= SOON:
                        self.events[event_id] = name

    async def refresh(self) -> bool:
        """Download every issued ticket of the events (all pages) into the door list.

        True when every event was read; an event that fails keeps its previous list.
        """
        complete = True
        for event_id in list(self.events):
            try:
                tickets = await self._call(
                    self.tickettailor.list_issued_tickets(event_id=event_id), REFRESH_TIMEOUT
                )
            except Unreachable:
                complete = False
                continue
            rows = [door_ticket(t) for t in tickets if t.event_id == event_id]
            await off_thread(self.store.replace_tickets, event_id, rows, self.clock())
        return complete

    async def door_list_time(self) -> float | None:
        """When the oldest of the events' door lists was last downloaded (None: never)."""
        times = [await off_thread(self.store.refreshed_at, e) for e in self.events]
        if not times or any(t is None for t in times):
            return None
        return min(t for t in times if t is not None)

    async def counters(self) -> list[Counter]:
        return await off_thread(self.store.counters, list(self.events))

    async def waiting(self) -> int:
        return len(await off_thread(self.store.waiting))

    async def search(self, text: str) -> list[DoorTicket]:
        return await off_thread(self.store.search, text, list(self.events))

    async def doubles(self) -> list[DoubleAdmission]:
        found = []
        for local in await off_thread(self.store.doubles):
            ticket = await off_thread(self.store.ticket, local.ticket_id)
            found.append(DoubleAdmission(local, ticket, local.elsewhere_at))
        return found

    # -- scanning --------------------------------------------------------------------------------

    async def scan(self, barcode: str) -> ScanResult:
        """Judge one scanned (or typed) barcode and admit its holder if it is valid.

        One scan at a time: a scanner that sends the same code twice gets "already checked in
        (by this till)" the second time, never a second POST.
        """
        barcode = (barcode or "").strip()
        async with self._scan_lock:
            if not barcode:
                return ScanResult(ScanKind.UNKNOWN, barcode)
            if not self.events:
                # Scanned before the events were known: every ticket would be "other event".
                await self.open()
            try:
                found = await self._call(self.tickettailor.find_ticket_by_barcode(barcode))
            except Unreachable:
                return await self._judge_offline(barcode)
            if found is None:
                return ScanResult(ScanKind.UNKNOWN, barcode)
            return await self._judge_online(door_ticket(found))

    async def check_in_ticket(self, ticket_id: str) -> ScanResult:
        """Admit a ticket picked from the search list (same rules as a scan of its barcode)."""
        ticket = await off_thread(self.store.ticket, ticket_id)
        if ticket is None:
            return ScanResult(ScanKind.UNKNOWN, ticket_id)
        return await self.scan(ticket.barcode)

    async def _judge_online(self, ticket: DoorTicket) -> ScanResult:
        if ticket.event_id in self.events:
            await off_thread(self.store.put_ticket, ticket)
        first = await self._refusal(ticket)
        if first is not None:
            return first
        if ticket.checked_in:
            return await self._already(ticket)
        # Journalled before the POST: a crash now leaves `sending`, settled by `sync`.
        seq = await off_thread(
            self.store.record_check_in,
            ticket,
            device_id=self.device_id,
            at=self.clock(),
            state=SENDING,
        )
        return await self._post(ticket, seq)

    async def _post(self, ticket: DoorTicket, seq: int) -> ScanResult:
        try:
            check_in = await self._call(self.tickettailor.create_check_in(ticket.ticket_id))
        except ValidationError as error:
            # Refused: say the ticket's real state, not a guess from the message.
            return await self._after_refusal(ticket, seq, error)
        except Unreachable:
            return await self._after_lost_answer(ticket, seq)
        await off_thread(self.store.mark, seq, SENT, check_in_id=check_in.id, sent_at=self.clock())
        await off_thread(self.store.put_ticket, checked_in(ticket))
        return ScanResult(ScanKind.VALID, ticket.barcode, ticket, quantity=check_in.quantity or 1)

    async def _after_refusal(self, ticket: DoorTicket, seq: int, error: ServiceError) -> ScanResult:
        await off_thread(self.store.mark, seq, REFUSED)
        try:
            fresh = door_ticket(
                await self._call(self.tickettailor.get_issued_ticket(ticket.ticket_id))
            )
        except (Unreachable, NotFoundError):
            return ScanResult(ScanKind.PROBLEM, ticket.barcode, ticket, detail=str(error))
        await off_thread(self.store.put_ticket, fresh)
        refusal = await self._refusal(fresh)
        if refusal is not None:
            return refusal
        if fresh.checked_in:
            return await self._already(fresh)
        return ScanResult(ScanKind.PROBLEM, ticket.barcode, fresh, detail=str(error))

    async def _after_lost_answer(self, ticket: DoorTicket, seq: int) -> ScanResult:
        """The POST's answer was lost: the ticket's state says whether it went through. If it
        cannot be read either, the holder is admitted and `sync` settles it later (the door
        list said valid a moment ago; the POST is not repeated blindly)."""
        try:
            fresh = await self._call(self.tickettailor.get_issued_ticket(ticket.ticket_id))
        except (Unreachable, NotFoundError):
            return ScanResult(
                ScanKind.VALID, ticket.barcode, ticket, quantity=1, offline=True, queued=True
            )
        if fresh.checked_in:
            await off_thread(self.store.mark, seq, SENT, sent_at=self.clock())
            await off_thread(self.store.put_ticket, door_ticket(fresh))
            return ScanResult(ScanKind.VALID, ticket.barcode, ticket, quantity=1)
        # Not checked in yet: the POST may still be on its way to Ticket Tailor, so it stays
        # `sending` (a check-in found later counts as this one, not as a double admission)
        # and `sync` posts it only if the ticket is still unchecked then.
        return ScanResult(
            ScanKind.VALID, ticket.barcode, ticket, quantity=1, offline=True, queued=True
        )

    async def _judge_offline(self, barcode: str) -> ScanResult:
        ticket = await off_thread(self.store.by_barcode, barcode)
        if ticket is None:
            return ScanResult(ScanKind.UNKNOWN, barcode, offline=True)
        refusal = await self._refusal(ticket, offline=True)
        if refusal is not None:
            return refusal
        if ticket.checked_in:
            return await self._already(ticket, offline=True)
        await off_thread(
            self.store.record_check_in,
            ticket,
            device_id=self.device_id,
            at=self.clock(),
            state=QUEUED,
        )
        return ScanResult(ScanKind.VALID, barcode, ticket, quantity=1, offline=True, queued=True)

    async def _refusal(self, ticket: DoorTicket, *, offline: bool = False) -> ScanResult | None:
        """Other event, voided, or admitted by this till already; None when none of these."""
        if ticket.event_id not in self.events:
            return ScanResult(
                ScanKind.OTHER_EVENT,
                ticket.barcode,
                ticket,
                offline=offline,
                event_name=await self._event_name(ticket.event_id, offline),
            )
        if ticket.voided:
            return ScanResult(ScanKind.VOIDED, ticket.barcode, ticket, offline=offline)
        local = await off_thread(self.store.admitted_here, ticket.ticket_id)
        if local is not None:
            return _already_here(ticket, local, offline, self.device_id)
        return None

    async def _event_name(self, event_id: str, offline: bool) -> str:
        """An event's name for "this ticket is for …": kept, else asked (online), else its id."""
        kept = await off_thread(self.store.events)
        if event_id in kept or offline:
            return kept.get(event_id, event_id)
        try:
            event = await self._call(self.tickettailor.get_event(event_id))
        except (Unreachable, NotFoundError, ValidationError):
            return event_id
        return event.name

    async def _already(self, ticket: DoorTicket, *, offline: bool = False) -> ScanResult:
        local = await off_thread(self.store.admitted_here, ticket.ticket_id)
        if local is not None:
            return _already_here(ticket, local, offline, self.device_id)
        when = None
        if not offline:
            try:
                earlier = await self._call(
                    self.tickettailor.list_check_ins(issued_ticket_id=ticket.ticket_id)
                )
                times = [c.check_in_at for c in earlier if c.check_in_at is not None]
                when = float(min(times)) if times else None
            except Unreachable:
                pass
        return ScanResult(ScanKind.ALREADY, ticket.barcode, ticket, offline=offline, when=when)

    # -- the queue -------------------------------------------------------------------------------

    async def sync(self) -> SyncReport:
        """Send the queued check-ins, each once; see the module for the double admissions."""
        report = SyncReport()
        async with self._sync_lock:
            for local in await off_thread(self.store.waiting):
                try:
                    outcome = await self._send(local)
                except Unreachable as error:
                    report.problem = str(error) or None
                    break
                if isinstance(outcome, DoubleAdmission):
                    report.doubles.append(outcome)  # type: ignore[union-attr]
                elif outcome == SENT:
                    report.sent += 1
            report.waiting = len(await off_thread(self.store.waiting))
        return report

    async def _send(self, local: LocalCheckIn) -> DoubleAdmission | str:
        """Settle one waiting admission: its new state, or the double admission it was."""
        try:
            fresh = await self._call(self.tickettailor.get_issued_ticket(local.ticket_id))
        except NotFoundError:
            await off_thread(self.store.mark, local.seq, REFUSED)
            return REFUSED
        ticket = door_ticket(fresh)
        if fresh.checked_in:
            if local.state == SENDING:
                # Our own POST whose answer was lost: it went through.
                await off_thread(self.store.mark, local.seq, SENT, sent_at=self.clock())
                return SENT
            elsewhere = await self._first_check_in_at(local.ticket_id)
            await off_thread(
                self.store.mark, local.seq, DOUBLE, sent_at=self.clock(), elsewhere_at=elsewhere
            )
            await off_thread(self.store.put_ticket, ticket)
            log.warning("double admission of ticket %s (admitted offline here)", local.ticket_id)
            return DoubleAdmission(local, ticket, elsewhere)
        if fresh.status == "voided":
            # Voided after the holder came in: nothing to tell Ticket Tailor; staff see it.
            await off_thread(self.store.mark, local.seq, REFUSED)
            return REFUSED
        await off_thread(self.store.mark, local.seq, SENDING)
        try:
            check_in = await self._call(self.tickettailor.create_check_in(local.ticket_id))
        except ValidationError as error:
            log.warning("queued check-in of %s refused: %s", local.ticket_id, error.detail)
            await off_thread(self.store.mark, local.seq, REFUSED)
            return REFUSED
        await off_thread(
            self.store.mark, local.seq, SENT, check_in_id=check_in.id, sent_at=self.clock()
        )
        await off_thread(self.store.put_ticket, checked_in(ticket))
        return SENT

    async def _first_check_in_at(self, ticket_id: str) -> float | None:
        try:
            found = await self._call(self.tickettailor.list_check_ins(issued_ticket_id=ticket_id))
        except Unreachable:
            return None
        times = [c.check_in_at for c in found if c.check_in_at is not None]
        return float(min(times)) if times else None

    # -- calls -----------------------------------------------------------------------------------

    async def _call(self, call: Awaitable[T], limit: float | None = None) -> T:
        """A call to Ticket Tailor with the desk's time limit; every failure to get an answer
        (but a refusal or a not-found, which are answers) becomes `Unreachable`."""
        try:
            result = await within(call, limit or self.scan_timeout)
        except (ValidationError, NotFoundError):
            self.online = True
            raise
        except (ServiceError, TimeoutError) as error:
            self.online = False
            raise Unreachable(str(error) if isinstance(error, ServiceError) else "") from error
        self.online = True
        return result


def _already_here(
    ticket: DoorTicket, local: LocalCheckIn, offline: bool, device_id: str
) -> ScanResult:
    return ScanResult(
        ScanKind.ALREADY,
        ticket.barcode,
        ticket,
        offline=offline,
        when=local.at,
        by_till=local.device_id,
        by_this_till=local.device_id == device_id,
    )


__all__ = ["CheckInDesk", "DoubleAdmission", "ScanKind", "ScanResult", "SyncReport"]
