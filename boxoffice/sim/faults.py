"""Injected failures: a status answer, a delay, or both, for the next N matching requests;
or a real answer broken on its way back (an HTML page, a cut or mistyped body, none at all)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

import httpx

from boxoffice.sim.router import Request, Response, html_response, json_response
from boxoffice.sim.tt_params import error_body

_REASONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    409: "Conflict",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Temporarily Unavailable",
    504: "Gateway Time-out",
}
# A reverse proxy (nginx in BTCPay's docker deployment) answers these itself, in HTML.
PROXY_STATUSES = frozenset({502, 503, 504})

#: Kinds that answer instead of the service (with the fault's `status`).
STATUS_KINDS = ("cloudflare",)
#: Kinds that let the service do the real work, then break what is sent back; no `status`.
#: The least convenient plausible case: the write happened, the client cannot tell.
#: - "html": a 200 HTML page (a captive portal or a proxy's page) instead of the answer;
#: - "truncated": the real JSON answer cut in half (a connection lost mid-body);
#: - "wrong_types": the real answer with every value of the wrong JSON type (numbers as
#:   strings, strings as numbers or objects, booleans as "true"/"false", lists as objects);
#: - "missing_fields": the real answer without the fields a client needs (`id`, `status`, …);
#: - "drop_answer": no answer at all: the in-process transport raises `httpx.ReadTimeout`
#:   (as httpx does when a read times out); the loopback server closes the connection.
#: "truncated", "wrong_types" and "missing_fields" change only a 2xx JSON answer: an error
#: answer, or an empty body (204, e-mail send), goes out as the service made it.
#: With a `delay_ms` longer than the client's read timeout the client gives up first and,
#: as for a status fault, nothing is done.
BODY_KINDS = ("html", "truncated", "wrong_types", "missing_fields", "drop_answer")
KINDS = STATUS_KINDS + BODY_KINDS


@dataclass
class Fault:
    """`path` is a regex searched in the request path (no host, no query)."""

    path: str
    method: str | None = None
    status: int | None = None
    delay_ms: int | None = None
    count: int | None = None
    #: "cloudflare": answer `status` with Cloudflare's HTML block page instead of the
    #: service's JSON. One of `BODY_KINDS`: do the work, then break the answer (no `status`).
    kind: str | None = None

    def __post_init__(self) -> None:
        try:
            self._regex = re.compile(self.path)
        except re.error as error:
            raise ValueError(f"bad path regex {self.path!r}: {error}") from None
        self.method = self.method.upper() if self.method else None
        if self.kind is not None and self.kind not in KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; use one of {', '.join(KINDS)}")
        if self.kind in BODY_KINDS and self.status is not None:
            raise ValueError(f"a {self.kind!r} fault breaks the real answer, so it takes no status")

    def matches(self, request: Request) -> bool:
        if self.method and self.method != request.method:
            return False
        return self._regex.search(request.path) is not None

    def to_api(self) -> dict:
        return {
            "path": self.path,
            "method": self.method,
            "status": self.status,
            "delay_ms": self.delay_ms,
            "count": self.count,
            "kind": self.kind,
        }


class FaultStatus(int):
    """A fault's status code that also says how to answer (`kind`), e.g. Cloudflare's page.

    For a kind of `BODY_KINDS` the code is 200 and only stands for "break the real answer".
    """

    kind: str | None = None

    def __new__(cls, status: int, kind: str | None = None) -> FaultStatus:
        value = super().__new__(cls, status)
        value.kind = kind
        return value


class FaultSet:
    """Faults in the order they were added; the first that matches a request applies."""

    def __init__(self) -> None:
        self.faults: list[Fault] = []

    def add(self, fault: Fault) -> None:
        self.faults.append(fault)

    def clear(self) -> None:
        self.faults.clear()

    def take(self, request: Request) -> Fault | None:
        """The fault for this request, using up one of its `count`."""
        for fault in self.faults:
            if fault.matches(request):
                if fault.count is not None:
                    fault.count -= 1
                    if fault.count <= 0:
                        self.faults.remove(fault)
                return fault
        return None


def fault_response(status: int, path: str) -> Response:
    """An error answer shaped like the target service's own (or a proxy's, for 502-504)."""
    reason = _REASONS.get(status, "Error")
    headers = {"Retry-After": "1"} if status in (429, 503) else {}
    if getattr(status, "kind", None) == "cloudflare":
        return cloudflare_response(int(status))
    if status in PROXY_STATUSES:
        page = (
            f"<html>\r\n<head><title>{status} {reason}</title></head>\r\n<body>\r\n"
            f"<center><h1>{status} {reason}</h1></center>\r\n<hr><center>nginx</center>\r\n"
            "</body>\r\n</html>\r\n"
        )
        return html_response(status, page, headers)
    if path.startswith("/tickettailor"):
        return json_response(status, error_body(status, f"Simulated failure: {reason}"), headers)
    if status == 422:
        return json_response(status, [{"path": "", "message": "Simulated validation failure"}])
    code = "unauthenticated" if status == 401 else "generic-error"
    return json_response(status, {"code": code, "message": f"Simulated failure: {reason}"}, headers)


def cloudflare_response(status: int) -> Response:
    """Cloudflare's block page (WAF "error 1020" for 403): HTML, not Ticket Tailor's JSON.

    Ticket Tailor's API sits behind Cloudflare (live responses carry `Server: cloudflare` and
    `CF-RAY`); the page's exact text is modelled on Cloudflare's public block page.
    """
    title = "Access denied" if status == 403 else "Error"
    page = (
        '<!DOCTYPE html>\n<html lang="en-US"><head><title>Attention Required! | Cloudflare'
        f'</title></head><body><div id="cf-wrapper"><h1>Sorry, you have been blocked</h1>'
        f"<h2>{title}</h2><p>Error code 1020</p><p>Ray ID: 8f0c1d2e3a4b5c6d</p>"
        "<p>Performance &amp; security by Cloudflare</p></div></body></html>\n"
    )
    return html_response(status, page, {"Server": "cloudflare", "CF-RAY": "8f0c1d2e3a4b5c6d-LHR"})


class AnswerDropped(httpx.ReadTimeout, TimeoutError):
    """The work was done but no answer goes back ("drop_answer").

    An `httpx.ReadTimeout` for the in-process transport: what httpx raises when a read times
    out (httpx/_transports/default.py maps httpcore.ReadTimeout to it). A `TimeoutError` for
    the loopback server: `http.server.BaseHTTPRequestHandler.handle_one_request` discards the
    connection on one, so the client sees it closed with no reply.
    """

    def __init__(self) -> None:
        super().__init__("simulated: the answer was lost after the work was done")


# A captive portal or a proxy's interstitial: 200, HTML, nothing of the service's.
_PORTAL_PAGE = (
    "<!DOCTYPE html>\n<html><head><title>Wi-Fi login</title></head><body>"
    "<h1>Welcome to Venue Wi-Fi</h1><p>Please accept the terms of use to continue.</p>"
    '<form method="post" action="/login"><button>Accept and connect</button></form>'
    "</body></html>\n"
)

#: Fields a client cannot do without, removed at every depth by "missing_fields".
REQUIRED_FIELDS = frozenset(
    {
        "id",
        "status",
        # Ticket Tailor: holds, issued tickets, events
        "event_id",
        "ticket_type_id",
        "barcode",
        "total_on_hold",
        "quantities",
        "currency",
        "price",
        # BTCPay: invoices, payment methods, server info
        "amount",
        "checkoutLink",
        "metadata",
        "paymentMethodId",
        "paymentMethod",
        "destination",
        "version",
    }
)


def break_answer(kind: str, response: Response) -> Response:
    """The real `response` as a fault of `kind` (one of `BODY_KINDS`) sends it."""
    if kind == "drop_answer":
        raise AnswerDropped()
    if kind == "html":
        return html_response(200, _PORTAL_PAGE)
    if not 200 <= response.status < 300 or not response.body.strip():
        return response
    try:
        payload = json.loads(response.body)
    except ValueError:
        return response
    if kind == "truncated":
        body = response.body[: len(response.body) // 2]
    elif kind == "wrong_types":
        body = json.dumps(_mistyped(payload)).encode()
    elif kind == "missing_fields":
        body = json.dumps(_without_required(payload)).encode()
    else:
        raise ValueError(f"{kind!r} is not a kind that breaks an answer")
    headers = {k: v for k, v in response.headers.items() if k.lower() != "content-length"}
    return Response(response.status, body, headers)


def _mistyped(value: Any) -> Any:
    """`value` with every value of another JSON type. Objects stay objects, so that a client
    gets past "is this an object" to the fields; a list (the top one too) becomes an object."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        try:
            number = Decimal(value)
        except InvalidOperation:
            return {"value": value}
        if not number.is_finite() or len(value) > 30:
            return {"value": value}
        return int(number) if number == number.to_integral_value() else float(number)
    if isinstance(value, list):
        return {str(i): _mistyped(item) for i, item in enumerate(value)}
    if isinstance(value, dict):
        return {key: _mistyped(item) for key, item in value.items()}
    return value


def _without_required(value: Any) -> Any:
    if isinstance(value, list):
        return [_without_required(item) for item in value]
    if isinstance(value, dict):
        return {k: _without_required(v) for k, v in value.items() if k not in REQUIRED_FIELDS}
    return value
