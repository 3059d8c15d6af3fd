"""Where the catalogue comes from: Ticket Tailor, with a copy on disk for a start without network.

The cache holds Ticket Tailor's own event objects (`Event.raw`), not the built catalogue: the
organiser's selection and overrides are applied again on every read, so changing a door price
in the settings takes effect without fetching anything.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from boxoffice.app import paths
from boxoffice.app.settings.store import write_json_atomically
from boxoffice.domain.catalogue import Catalogue, CatalogueSettings, build_catalogue
from boxoffice.services.errors import MalformedResponseError, NotFoundError
from boxoffice.services.tickettailor.client import TicketTailorClient
from boxoffice.services.tickettailor.models import Event
from boxoffice.words import translate

log = logging.getLogger(__name__)

CACHE_FORMAT = 1
#: Selected events fetched at once: a handful, well inside Ticket Tailor's rate limit.
_PARALLEL_FETCHES = 4


class CatalogueSource:
    """Fetches the events on sale and keeps the last answer on disk.

    `settings` is a `CatalogueSettings`, or a callable returning the current one (so the
    source follows the settings dialog). `cached()` reads the disk copy; `refresh()` asks
    Ticket Tailor. `problems` says which selected events could not be found on the last refresh
    (`Words`). What could not be read is named for the log, in English.
    """

    def __init__(
        self,
        tickettailor: TicketTailorClient,
        settings: CatalogueSettings | Callable[[], CatalogueSettings],
        cache_path: Path | str | None = None,
    ) -> None:
        self._tickettailor = tickettailor
        self._settings = settings
        self._cache_path = Path(cache_path) if cache_path is not None else None
        self.saved_at: float | None = None
        self.problems: list[str] = []
        self._events: list[Event] | None = None
        self._unreadable: list[str] = []

    @property
    def cache_path(self) -> Path:
        return self._cache_path if self._cache_path is not None else paths.catalogue_cache_path()

    @property
    def settings(self) -> CatalogueSettings:
        """The selection and overrides in force now."""
        return self._settings() if callable(self._settings) else self._settings

    @settings.setter
    def settings(self, value: CatalogueSettings | Callable[[], CatalogueSettings]) -> None:
        self._settings = value

    # -- reading -------------------------------------------------------------------------------

    def cached(self) -> Catalogue | None:
        """The catalogue from the disk copy, or None when there is none (or it is unreadable)."""
        try:
            data = json.loads(self.cache_path.read_text(encoding="utf-8"))
            raw_events = data["events"]
            if not isinstance(raw_events, list):
                raise TypeError("events is not a list")
            events = []
            for raw in raw_events:
                try:
                    events.append(Event.from_api(raw))
                except MalformedResponseError as error:
                    log.warning("catalogue cache: skipped an event (%s)", error.detail)
            if raw_events and not events:
                raise ValueError("no event in it can be read")
        except FileNotFoundError:
            return None
        except (
            OSError,
            ValueError,
            KeyError,
            TypeError,
            MalformedResponseError,
            # json.loads recurses once per nesting level: a copy nested thousands deep
            # exhausts the interpreter's stack (docs.python.org/3/library/json.html).
            RecursionError,
        ) as error:
            # A damaged cache costs only a fetch; it is overwritten by the next refresh.
            log.warning("catalogue cache %s unreadable (%s)", self.cache_path, error)
            return None
        saved_at = data.get("saved_at")
        try:
            self.saved_at = float(saved_at) if isinstance(saved_at, int | float) else None
        except OverflowError:  # an integer of hundreds of digits: not a time
            self.saved_at = None
        return build_catalogue(events, self.settings, time.time())

    async def refresh(self) -> Catalogue:
        """Fetch the selected events (or every published one) and save them.

        A failure raises the `ServiceError` and leaves the disk copy as it was. A selected event
        that no longer exists is left out and named in `problems`.
        """
        settings = self.settings
        problems: list[str] = []
        unreadable: list[str] = []
        now = time.time()
        if settings.event_ids:
            events = await self._fetch_selected(settings.event_ids, problems, unreadable)
        else:
            # Only events that have not ended (`end_at.gte`, the documented dotted name; the
            # catalogue drops ended ones again in case the filter is ignored).
            listed = await self._tickettailor.list_events(
                statuses=("published",), end_at_gte=int(now)
            )
            unreadable.extend(listed.unreadable)
            events = list(listed)
        # Writing (and fsyncing) the copy takes tens of milliseconds with a large box office:
        # off the event loop, which in the window is the GUI thread.
        await asyncio.get_running_loop().run_in_executor(None, self._save, events)
        self.problems = problems
        self._events = events
        self._unreadable = unreadable
        return build_catalogue(events, settings, now, unreadable)

    async def refresh_event(self, event_id: str) -> Catalogue:
        """Fetch one event again (after a sale changed its counters), not the whole list.

        Falls back to `refresh()` when there is no list in memory yet. An event that is gone
        is dropped from the list.
        """
        if self._events is None:
            return await self.refresh()
        try:
            fresh: Event | None = await self._tickettailor.get_event(event_id)
        except NotFoundError:
            fresh = None
        events = [e for e in self._events if e.id != event_id]
        if fresh is not None:
            events.append(fresh)
        self._events = events
        await asyncio.get_running_loop().run_in_executor(None, self._save, events)
        return build_catalogue(events, self.settings, time.time(), self._unreadable)

    async def _fetch_selected(
        self, event_ids: tuple[str, ...], problems: list[str], unreadable: list[str]
    ) -> list[Event]:
        gate = asyncio.Semaphore(_PARALLEL_FETCHES)

        async def fetch(event_id: str) -> Event | None:
            async with gate:
                try:
                    event = await self._tickettailor.get_event(event_id)
                    unreadable.extend(event.unreadable)
                    return event
                except MalformedResponseError as error:
                    log.warning("skipped event %s: %s", event_id, error.detail)
                    unreadable.append(f"event {event_id}: {error.detail}")
                    return None
                except NotFoundError:
                    problems.append(
                        translate(
                            "CatalogueSource",
                            "The event {event} selected in the settings does not exist in "
                            "Ticket Tailor (any more).",
                        ).format(event=event_id)
                    )
                    return None

        found = await asyncio.gather(*(fetch(event_id) for event_id in event_ids))
        return [event for event in found if event is not None]

    def _save(self, events: list[Event]) -> None:
        now = time.time()
        data: dict[str, Any] = {
            "format": CACHE_FORMAT,
            "saved_at": now,
            "events": [event.raw for event in events],
        }
        try:
            write_json_atomically(self.cache_path, data)
        except OSError as error:
            # The till can still sell from memory; only a start without network suffers.
            log.warning("could not save the catalogue cache %s: %s", self.cache_path, error)
            return
        self.saved_at = now
