"""Injected failures: a status answer, a delay, or both, for the next N matching requests."""

from __future__ import annotations

import re
from dataclasses import dataclass

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


@dataclass
class Fault:
    """`path` is a regex searched in the request path (no host, no query)."""

    path: str
    method: str | None = None
    status: int | None = None
    delay_ms: int | None = None
    count: int | None = None
    #: "cloudflare": answer with Cloudflare's HTML block page instead of the service's JSON.
    kind: str | None = None

    def __post_init__(self) -> None:
        try:
            self._regex = re.compile(self.path)
        except re.error as error:
            raise ValueError(f"bad path regex {self.path!r}: {error}") from None
        self.method = self.method.upper() if self.method else None
        if self.kind not in (None, "cloudflare"):
            raise ValueError(f"unknown fault kind {self.kind!r}; use 'cloudflare'")

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
    """A fault's status code that also says how to answer (`kind`), e.g. Cloudflare's page."""

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
