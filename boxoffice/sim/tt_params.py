"""Reading Ticket Tailor requests and shaping lists and errors: form bodies (developers.
tickettailor.com; bracket maps as in the BTCPay Server Ticket Tailor plugin), cursor pagination
and links as the live API writes them, range filters and error bodies
`{status, error_code, message, errors}` (docs, "get hold list" error schema)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qsl, urlencode

from boxoffice.sim.router import Request, Response, json_response
from boxoffice.sim.tt_model import id_number

MAX_LIMIT = 100  # reference §3.1
DEFAULT_LIMIT = 100  # (choice) the real default is not documented
EVENT_STATUSES = ("published", "draft", "sales_closed")

_ERROR_CODES = {
    400: "BAD_REQUEST",
    401: "UNAUTHORIZED",
    403: "FORBIDDEN",
    404: "NOT_FOUND",
    405: "METHOD_NOT_ALLOWED",
    422: "VALIDATION_ERROR",
    429: "TOO_MANY_REQUESTS",
    500: "INTERNAL_SERVER_ERROR",
    502: "BAD_GATEWAY",
    503: "SERVICE_UNAVAILABLE",
    504: "GATEWAY_TIMEOUT",
}


class TicketTailorError(Exception):
    """An error answer in Ticket Tailor's shape (reference §4)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def error_body(status: int, message: str) -> dict:
    return {
        "status": status,
        "error_code": _ERROR_CODES.get(status, "ERROR"),
        "message": message,
        "errors": [],
    }


def error_response(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    return json_response(status, error_body(status, message), headers)


def parse_form(request: Request) -> dict[str, Any]:
    """Decode a form body with PHP-style `a[]` lists and `a[key]` maps (reference §1.2).

    A JSON body counts as no parameters at all: Ticket Tailor is reported to ignore JSON.
    """
    if request.content_type not in ("", "application/x-www-form-urlencoded"):
        return {}
    result: dict[str, Any] = {}
    text = request.body.decode("utf-8", "replace")
    for key, value in parse_qsl(text, keep_blank_values=True):
        bracket = re.fullmatch(r"([^\[\]]+)\[([^\[\]]*)\]", key)
        if not bracket:
            result[key] = value
            continue
        name, sub = bracket.groups()
        if sub == "":
            existing = result.get(name)
            if not isinstance(existing, list):
                existing = result[name] = []
            existing.append(value)
        else:
            existing = result.get(name)
            if not isinstance(existing, dict):
                existing = result[name] = {}
            existing[sub] = value
    return result


# -- helpers ----------------------------------------------------------------------------------


def newest_first(items: Iterable[Any]) -> list[Any]:
    """Newest first, for the simulator's own state dumps (not for API lists: `id_order`)."""
    return sorted(items, key=lambda item: id_number(item.id), reverse=True)


def id_order(items: Iterable[Any]) -> list[Any]:
    """API lists come in ascending id order, not the documented "newest first" (live
    /v1/events returned ev_5943073 … ev_5943077, /v1/orders or_56720651 … or_56727603)."""
    return sorted(items, key=lambda item: id_number(item.id))


#: Query parameters the live API echoes into `links.next` (unknown ones such as `page` are
#: dropped; dotted range filters come back with `_`, e.g. `start_at_gte`).
_ECHOED = re.compile(r"[a-z_]+(\.(gt|gte|lt|lte))?")
_NOT_ECHOED = frozenset({"page", "starting_after", "ending_before"})


def _next_link(path: str, request: Request, last_id: str, known: Iterable[str]) -> str:
    """`/events?starting_after=ev_…&start_at_gte=…&limit=5`: relative to /v1, as live."""
    relative = path.removeprefix("/v1")
    query: list[tuple[str, str]] = [("starting_after", last_id)]
    known = set(known)
    for name, value in parse_qsl(request.query_string, keep_blank_values=True):
        base = name.split(".", 1)[0]
        if name in _NOT_ECHOED or not _ECHOED.fullmatch(name) or base not in known:
            continue
        query.append((name.replace(".", "_"), value))
    return f"{relative}?{urlencode(query)}"


def paginate(
    items: list[Any],
    request: Request,
    path: str,
    render: Callable[[Any], dict],
    known: Iterable[str] = (),
) -> dict:
    """Cursor pagination over `items` in ascending id order, as the live API pages.

    `starting_after` continues after the highest id of the previous page; `ending_before` gives
    the page just below a cursor. `links.next` is written the live way (relative to /v1, filter
    names in `known` echoed with `_`, unknown parameters dropped), so a client that follows it
    verbatim breaks; `previous` is null on a first page.
    """
    raw_limit = request.query_one("limit")
    limit = DEFAULT_LIMIT
    if raw_limit is not None:
        if not re.fullmatch(r"\d+", raw_limit) or not 1 <= int(raw_limit) <= MAX_LIMIT:
            raise TicketTailorError(400, f"limit must be a whole number from 1 to {MAX_LIMIT}")
        limit = int(raw_limit)
    after = request.query_one("starting_after")
    before = request.query_one("ending_before")
    try:
        if before:
            cut = id_number(before)
            page = [item for item in items if id_number(item.id) < cut][-limit:]
        elif after:
            cut = id_number(after)
            page = [item for item in items if id_number(item.id) > cut][:limit]
        else:
            page = items[:limit]
    except ValueError as exc:
        raise TicketTailorError(400, f"Invalid cursor: {exc}") from None
    next_link = previous_link = None
    if page:
        lowest, highest = id_number(page[0].id), id_number(page[-1].id)
        if any(id_number(item.id) > highest for item in items):
            next_link = _next_link(path, request, page[-1].id, {"limit", *known})
        if (after or before) and any(id_number(item.id) < lowest for item in items):
            previous_link = f"{path.removeprefix('/v1')}?ending_before={page[0].id}"
    return {
        "data": [render(item) for item in page],
        "links": {"next": next_link, "previous": previous_link},
    }


def status_filter(request: Request) -> set[str] | None:
    raw = request.query_one("status")
    if raw is None or raw == "":
        return None
    statuses = {part.strip() for part in raw.split(",") if part.strip()}
    unknown = statuses - set(EVENT_STATUSES)
    if unknown:
        raise TicketTailorError(
            400, f"Invalid status {', '.join(sorted(unknown))}; use {', '.join(EVENT_STATUSES)}"
        )
    return statuses


#: Each filter suffix and its comparison of an item's value with the bound.
_COMPARE: dict[str, Callable[[int, int], bool]] = {
    "": lambda a, b: a == b,
    ".gt": lambda a, b: a > b,
    ".gte": lambda a, b: a >= b,
    ".lt": lambda a, b: a < b,
    ".lte": lambda a, b: a <= b,
}


def _check(
    compare: Callable[[int, int], bool], value: Callable[[Any], int], bound: int
) -> Callable[[Any], bool]:
    return lambda item: compare(value(item), bound)


def range_filters(
    request: Request, name: str, value: Callable[[Any], int]
) -> list[Callable[[Any], bool]]:
    """`name`, `name.gt`, `.gte`, `.lt`, `.lte` filters on unix seconds (reference §3.2)."""
    checks: list[Callable[[Any], bool]] = []
    for suffix, compare in _COMPARE.items():
        raw = request.query_one(name + suffix)
        if raw is None:
            continue
        if not re.fullmatch(r"-?\d+", raw.strip()):
            raise TicketTailorError(400, f"{name}{suffix} must be a unix timestamp in seconds")
        bound = int(raw)
        checks.append(_check(compare, value, bound))
    return checks


def optional(form: dict[str, Any], name: str) -> str | None:
    value = form.get(name)
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def required(form: dict[str, Any], name: str) -> str:
    value = optional(form, name)
    if value is None:
        raise TicketTailorError(400, f"The {name} field is required")
    return value


def non_negative_int(raw: Any, name: str) -> int:
    if not isinstance(raw, str) or not re.fullmatch(r"\s*\d+\s*", raw):
        raise TicketTailorError(400, f"{name} must be a whole number of 0 or more")
    return int(raw)
