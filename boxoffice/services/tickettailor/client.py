"""Ticket Tailor REST API v1 client: events, holds, issued tickets, check-ins (one API key).

What it answers is read by `boxoffice.services.tickettailor.models`; the §N marks refer to
sections of the Ticket Tailor API documentation as summarised for this project.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Iterable, Mapping
from typing import Any
from urllib.parse import quote

import httpx

from boxoffice.services.errors import (
    AuthenticationError,
    BlockedError,
    FieldProblem,
    MalformedResponseError,
    NotFoundError,
    ServiceError,
    ValidationError,
    redact,
)
from boxoffice.services.http import DEFAULT_TIMEOUT, RetryPolicy, ServiceClient
from boxoffice.services.tickettailor.models import CheckIn, Event, EventList, Hold, IssuedTicket
from boxoffice.services.tickettailor.reading import SERVICE, _bool, _malformed, _object

log = logging.getLogger(__name__)

DEFAULT_URL = "https://api.tickettailor.com"
#: The largest page the API serves (§3.1); always sent explicitly, the default is unknown.
PAGE_LIMIT = 100
#: Pages of at least this many events are read into events on a worker thread.
OFF_LOOP_EVENTS = 20
#: A backstop against a server whose cursor never ends (100 000 objects at 100 a page).
MAX_PAGES = 1000

#: What a person must know to make a Ticket Tailor key work for the box office (§1).
KEY_ADVICE = (
    'Ticket Tailor needs an API key with the Admin role and "hide personal data from responses" '
    "unticked (Settings → API in the Ticket Tailor dashboard)."
)


def _read_events(page: list[dict]) -> EventList:
    """The events of one list page; one that cannot be read is left out and named."""
    events = EventList()
    for raw in page:
        try:
            event = Event.from_api(raw)
        except MalformedResponseError as error:
            event_id = raw.get("id") if isinstance(raw.get("id"), str) else "(no id)"
            log.warning("skipped event %s: %s", event_id, error.detail)
            events.unreadable.append(f"event {event_id}: {error.detail}")
            continue
        events.unreadable.extend(event.unreadable)
        events.append(event)
    return events


# -- errors --------------------------------------------------------------------------------------


def _problems(errors: Any) -> list[FieldProblem]:
    """Read the `errors` array of an error body; its element shape is undocumented (§4)."""
    problems: list[FieldProblem] = []
    if isinstance(errors, dict):
        # A field -> message(s) map.
        for path, messages in errors.items():
            items = messages if isinstance(messages, list) else [messages]
            problems.extend(FieldProblem(str(path), str(m)) for m in items if m)
    elif isinstance(errors, list):
        for item in errors:
            if isinstance(item, str) and item.strip():
                problems.append(FieldProblem(None, item.strip()))
            elif isinstance(item, dict):
                path = next(
                    (
                        str(item[k])
                        for k in ("field", "param", "path", "name", "key")
                        if item.get(k)
                    ),
                    None,
                )
                message = next(
                    (
                        str(item[k])
                        for k in ("message", "msg", "error", "detail", "description")
                        if item.get(k)
                    ),
                    None,
                )
                if message:
                    problems.append(FieldProblem(path, message))
    return problems


def _raw_text(response: httpx.Response) -> str | None:
    """A short plain-text body worth quoting; never a whole HTML page from a proxy."""
    try:
        text = response.text.strip()
    except UnicodeDecodeError:
        return None
    if not text or len(text) > 200 or text.startswith("<"):
        return None
    return text


# -- client ----------------------------------------------------------------------------------------


def _path(*parts: str) -> str:
    """A /v1 path with every id escaped, so an odd id cannot reach another endpoint."""
    for part in parts[1:]:
        if not part:
            raise ValueError("an id is required")
    head, *ids = parts
    return "/".join([head, *(quote(i, safe="") for i in ids)])


class TicketTailorClient(ServiceClient):
    """Async client of the Ticket Tailor API for one box office (one API key).

    Reads are retried by the base class; writes (holds, issued tickets, check-ins, voids) are sent
    once because the API has no idempotency keys (§10): after an `UnavailableError` on a write,
    look the result up (by hold note or ticket reference) before trying again.
    """

    service = SERVICE

    def __init__(
        self,
        api_key: str,
        base_url: str = DEFAULT_URL,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
    ) -> None:
        # Keys are often pasted with a stray space or newline.
        api_key = (api_key or "").strip()
        super().__init__(
            base_url,
            # Basic auth with the key as user name and an empty password (§1.1).
            auth=httpx.BasicAuth(api_key, ""),
            secret=api_key,
            timeout=timeout,
            transport=transport,
            retry=retry,
        )

    # -- errors ------------------------------------------------------------------------------

    def error_from_response(self, response: httpx.Response, body: Any) -> ServiceError:
        """Read Ticket Tailor's `{"status", "error_code", "message", "errors"}` body (§4).

        Only `message` is shown; `error_code` is kept but never branched on (its values are
        not verified). A 403 or 5xx whose body is not JSON is an HTML page from Cloudflare or
        a proxy in front of the API: it says nothing about the key.
        """
        status = response.status_code
        if body is None and (status == 403 or status >= 500) and response.content.strip():
            kind = response.headers.get("content-type", "no content type").split(";")[0]
            return BlockedError(
                self.service,
                f"the request was blocked or failed before reaching Ticket Tailor "
                f"(HTTP {status}, {kind} page from a firewall or proxy such as Cloudflare); "
                "this is not a problem with the API key — try again later, or from another "
                "network",
                status=status,
            )
        message = code = None
        problems: list[FieldProblem] = []
        if isinstance(body, dict):
            message = body.get("message") if isinstance(body.get("message"), str) else None
            code = body.get("error_code") if isinstance(body.get("error_code"), str) else None
            problems = _problems(body.get("errors"))
        elif isinstance(body, str):
            message = body
        message = (message or "").strip()
        if not message and problems:
            message = "; ".join(p.message for p in problems)
        message = (
            message
            or code
            or _raw_text(response)
            or response.reason_phrase
            or f"HTTP {response.status_code}"
        )
        # Servers sometimes echo the credentials they refused.
        message = redact(message, self._secret)
        problems = [FieldProblem(p.path, redact(p.message, self._secret)) for p in problems]
        if status == 401:
            return AuthenticationError(
                self.service,
                f"the API key was refused ({message}). Check the key in the settings. {KEY_ADVICE}",
                status=status,
                code=code,
            )
        if status == 403:
            message = f"the API key may not do this ({message}). {KEY_ADVICE}"
        return self.error_for_status(response, message, code=code, problems=problems)

    # -- helpers -----------------------------------------------------------------------------

    async def _get_object(self, path: str, what: str) -> dict:
        return _object(await self.request("GET", path), what)

    async def _post_object(self, path: str, data: dict[str, str] | None, what: str) -> dict:
        return _object(await self.request("POST", path, data=data), what)

    async def _pages(
        self, path: str, filters: Mapping[str, Any] | None = None
    ) -> AsyncIterator[list[dict]]:
        """The pages of a cursor-paginated list (§3.1), each a list of objects, keeping
        `filters` on every page.

        The next page is asked for before a page is handed over, so whatever the caller does
        with it (reading a hundred events takes tens of milliseconds) overlaps the next round
        trip instead of adding to it. The next URL is rebuilt from the last id rather than taken
        from `links.next`, which may drop the filters (§3.1, §12.14).
        """
        base = {k: v for k, v in (filters or {}).items() if v is not None}
        cursors: set[str] = set()

        def ask(cursor: str | None) -> asyncio.Future[Any]:
            params = {**base, "limit": PAGE_LIMIT}
            if cursor is not None:
                params["starting_after"] = cursor
            return asyncio.ensure_future(self.request("GET", path, params=params))

        pending: asyncio.Future[Any] | None = ask(None)
        try:
            while pending is not None:
                page = _object(await pending, "a list page")
                pending = None
                data = page.get("data")
                if not isinstance(data, list):
                    raise _malformed("a list page without a data list")
                if not data:
                    return
                items = [_object(item, "a list entry") for item in data]
                links = page.get("links")
                if isinstance(links, dict) and links.get("next"):
                    last = items[-1].get("id")
                    if not isinstance(last, str) or not last:
                        raise _malformed("a list entry without id")
                    if last in cursors:
                        raise _malformed(f"the same page of {path} twice; stopped reading the list")
                    cursors.add(last)
                    if len(cursors) >= MAX_PAGES:
                        raise _malformed(
                            f"more than {MAX_PAGES} pages of {path}; stopped reading the list"
                        )
                    pending = ask(last)
                yield items
        finally:
            # A caller that stops early (or fails) leaves no request running behind it.
            if pending is not None and not pending.done():
                pending.cancel()
                with contextlib.suppress(asyncio.CancelledError, ServiceError):
                    await pending
            elif pending is not None and not pending.cancelled():
                pending.exception()  # a next page that failed is not reported as unretrieved

    async def _list(self, path: str, filters: Mapping[str, Any] | None = None) -> list[dict]:
        """Every object of a cursor-paginated list (§3.1), keeping `filters` on every page."""
        items: list[dict] = []
        async for page in self._pages(path, filters):
            items.extend(page)
        return items

    # -- API ---------------------------------------------------------------------------------

    async def ping(self) -> None:
        """Check the URL and the key (§5.1). Raises `AuthenticationError` for a refused key.

        Judged by the status alone: the body of `/v1/ping` is not documented (some clients read
        it as text), so it is not required to be JSON. `list_events(limit=1)`-style reads, whose
        shape is known, tell a wrong URL from a right one.
        """
        await self.request("GET", "/v1/ping", expect_json=False)

    async def overview(self) -> dict:
        """The box office summary (§5.2): `box_office_name`, `currency.code`, counters."""
        return await self._get_object("/v1/overview", "an overview")

    async def list_events(
        self,
        *,
        statuses: Iterable[str] | None = ("published",),
        start_at_gte: int | None = None,
        end_at_gte: int | None = None,
    ) -> EventList:
        """All event occurrences with these statuses, starting at or after `start_at_gte` and
        ending at or after `end_at_gte` (the documented dotted filter names: a misspelt filter
        is silently ignored by the live API, so callers re-check results themselves).

        Sorted by start time here: the live API lists ascending ids, not the documented
        "newest first". An event that cannot be read is left out and named in `unreadable`.
        """
        if isinstance(statuses, str):
            statuses = (statuses,)
        status = ",".join(statuses) if statuses else None
        filters = {"status": status or None, "start_at.gte": start_at_gte, "end_at.gte": end_at_gte}
        events = EventList()
        # `get_event_loop`, not `get_running_loop`: under qasync a task can be stepped from
        # Qt's event processing while the loop is not marked running.
        loop = asyncio.get_event_loop()
        async for page in self._pages("/v1/events", filters):
            # A page of a hundred events with their ticket types takes tens of milliseconds to
            # read: on a worker thread, so the window's loop (and the next page's request) runs.
            # A small page is read at once: the hop to a thread would cost more than it saves.
            if len(page) >= OFF_LOOP_EVENTS:
                read = await loop.run_in_executor(None, _read_events, page)
            else:
                read = _read_events(page)
            events.extend(read)
            events.unreadable.extend(read.unreadable)
        events.sort(key=lambda e: (e.start.unix if e.start else 0, e.id))
        return events

    async def get_event(self, event_id: str) -> Event:
        """One event occurrence with its current ticket counters."""
        return Event.from_api(await self._get_object(_path("/v1/events", event_id), "an event"))

    async def create_hold(self, event_id: str, quantities: Mapping[str, int], note: str) -> Hold:
        """Reserve tickets (§5.6). This is the real availability check: it fails if sold out.

        Zero quantities are left out, as the API expects only the types actually held.
        """
        if not event_id:
            raise ValueError("an event id is required")
        data: dict[str, str] = {"event_id": event_id, "note": note}
        for ticket_type_id, quantity in quantities.items():
            if quantity < 0:
                raise ValueError(f"negative quantity for {ticket_type_id}")
            if quantity:
                data[f"ticket_type_id[{ticket_type_id}]"] = str(int(quantity))
        if len(data) == 2:
            raise ValueError("a hold needs at least one ticket")
        return Hold.from_api(await self._post_object("/v1/holds", data, "a hold"))

    async def get_hold(self, hold_id: str) -> Hold:
        """One hold, with what is still held in it."""
        return Hold.from_api(await self._get_object(_path("/v1/holds", hold_id), "a hold"))

    async def list_holds(
        self, *, event_id: str | None = None, created_at_gte: int | None = None
    ) -> list[Hold]:
        """All holds, optionally of one event occurrence and created at or after a time.

        The live API may ignore the filter, so holds older than `created_at_gte` are dropped
        here too; a hold that cannot be read is skipped (and logged), not the whole list.
        """
        filters = {"event_id": event_id, "created_at.gte": created_at_gte}
        holds = []
        for raw in await self._list("/v1/holds", filters):
            try:
                hold = Hold.from_api(raw)
            except MalformedResponseError as error:
                log.warning("skipped a hold: %s", error.detail)
                continue
            if event_id is not None and hold.event_id not in (None, event_id):
                continue
            if created_at_gte is not None and (hold.created_at or 0) < created_at_gte:
                continue
            holds.append(hold)
        return holds

    async def delete_hold(self, hold_id: str) -> bool:
        """Release a hold. True when deleted now, False when it was already gone (404).

        Unlike other writes this one is retried: deleting twice is harmless, and the second
        attempt reports a hold the first one removed as already gone.
        """
        try:
            body = await self.request("DELETE", _path("/v1/holds", hold_id), retry=True)
        except NotFoundError:
            return False
        except ValidationError:
            # Another refusal (e.g. for an emptied hold, unverified): whether it is still
            # there decides. Gone = nothing left to release.
            try:
                await self.get_hold(hold_id)
            except NotFoundError:
                return False
            raise
        # Live answers `deleted: "true"` (a string); `true` and an empty body also mean done.
        if isinstance(body, dict) and "deleted" in body and not _bool(body, "deleted"):
            raise ServiceError(self.service, f"the hold {hold_id} was not deleted")
        return True

    async def issue_ticket(
        self,
        *,
        event_id: str,
        ticket_type_id: str,
        hold_id: str | None,
        full_name: str | None,
        email: str | None,
        reference: str,
    ) -> IssuedTicket:
        """Issue one ticket (§5.7), out of `hold_id` when given. Sent exactly once.

        `reference` should be unique per intended ticket, so that after an unknown outcome
        `list_issued_tickets(reference=...)` tells whether it was issued (§10).
        """
        if not event_id or not ticket_type_id:
            raise ValueError("an event id and a ticket type id are required")
        data = {"event_id": event_id, "ticket_type_id": ticket_type_id}
        if hold_id:
            data["hold_id"] = hold_id
        if full_name is not None:
            data["full_name"] = full_name
        if email is not None:
            data["email"] = email
        data["reference"] = reference
        return IssuedTicket.from_api(
            await self._post_object("/v1/issued_tickets", data, "an issued ticket")
        )

    async def list_issued_tickets(
        self,
        *,
        reference: str | None = None,
        barcode: str | None = None,
        event_id: str | None = None,
        status: str | None = None,
    ) -> list[IssuedTicket]:
        """All issued tickets matching the given filters (§5.7)."""
        filters = {
            "event_id": event_id,
            "reference": reference,
            "barcode": barcode,
            "status": status,
        }
        tickets = await self._list("/v1/issued_tickets", filters)
        return [IssuedTicket.from_api(t) for t in tickets]

    async def sample_issued_ticket(self) -> IssuedTicket | None:
        """One issued ticket of the box office (a single small read), or None when none.

        Enough to see whether the key masks personal data (`"****"`), without listing all.
        """
        page = _object(
            await self.request("GET", "/v1/issued_tickets", params={"limit": 1}), "a list page"
        )
        data = page.get("data")
        if not isinstance(data, list) or not data:
            return None
        return IssuedTicket.from_api(data[0])

    async def get_issued_ticket(self, issued_ticket_id: str) -> IssuedTicket:
        """One issued ticket."""
        path = _path("/v1/issued_tickets", issued_ticket_id)
        return IssuedTicket.from_api(await self._get_object(path, "an issued ticket"))

    async def void_ticket(self, issued_ticket_id: str) -> IssuedTicket:
        """Void a ticket (irreversible; refunds nothing). Returns the voided ticket."""
        path = _path("/v1/issued_tickets", issued_ticket_id) + "/void"
        return IssuedTicket.from_api(await self._post_object(path, None, "an issued ticket"))

    async def create_check_in(self, issued_ticket_id: str, quantity: int = 1) -> CheckIn:
        """Admit the holder of a ticket (§5.9)."""
        if not issued_ticket_id:
            raise ValueError("an issued ticket id is required")
        data = {"issued_ticket_id": issued_ticket_id, "quantity": str(int(quantity))}
        return CheckIn.from_api(await self._post_object("/v1/check_ins", data, "a check-in"))

    # -- the door: look-ups and the list of check-ins --------------------------------------------

    async def find_ticket_by_barcode(self, barcode: str) -> IssuedTicket | None:
        """The issued ticket with this barcode, or None when the box office has none.

        An empty list is "unknown"; the filter is re-checked here because a misspelt or
        ignored filter would otherwise answer with every ticket of the box office.
        """
        barcode = (barcode or "").strip()
        if not barcode:
            return None
        for ticket in await self.list_issued_tickets(barcode=barcode):
            if ticket.barcode == barcode:
                return ticket
        return None

    async def list_check_ins(
        self, *, event_id: str | None = None, issued_ticket_id: str | None = None
    ) -> list[CheckIn]:
        """Every check-in (all pages), optionally of one event or one ticket.

        Filters are re-checked here (an ignored filter must not turn into someone else's
        check-in); an entry that cannot be read is skipped and logged, not the whole list.
        """
        filters = {"event_id": event_id, "issued_ticket_id": issued_ticket_id}
        found: list[CheckIn] = []
        for raw in await self._list("/v1/check_ins", filters):
            try:
                check_in = CheckIn.from_api(raw)
            except MalformedResponseError as error:
                log.warning("skipped a check-in: %s", error.detail)
                continue
            if issued_ticket_id is not None and check_in.issued_ticket_id != issued_ticket_id:
                continue
            if event_id is not None and check_in.event_id not in (None, event_id):
                continue
            found.append(check_in)
        return found
