"""Tiny request/response types and a path router, shared by the in-process transport and the
loopback server (no web framework: the simulator must stay stdlib + httpx)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any
from urllib.parse import parse_qsl

JSON_TYPE = "application/json; charset=utf-8"


@dataclass
class Request:
    """One HTTP request as the simulator sees it. `path` excludes the query string."""

    method: str
    path: str
    query_string: str = ""
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    body: bytes = b""
    params: dict[str, str] = field(default_factory=dict)  # filled in by the router

    def __post_init__(self) -> None:
        self.method = self.method.upper()
        self.headers = {k.lower(): v for k, v in self.headers.items()}

    @cached_property
    def query(self) -> list[tuple[str, str]]:
        return parse_qsl(self.query_string, keep_blank_values=True)

    def query_one(self, name: str) -> str | None:
        """The last value of a query parameter, or None."""
        values = self.query_all(name)
        return values[-1] if values else None

    def query_all(self, name: str) -> list[str]:
        return [v for k, v in self.query if k == name]

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


@dataclass
class Response:
    """One HTTP response; `body` is bytes, ready to send."""

    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    def json(self) -> Any:
        return json.loads(self.body)


def json_response(status: int, payload: Any, headers: dict[str, str] | None = None) -> Response:
    body = json.dumps(payload, ensure_ascii=False).encode()
    return Response(status, body, {"content-type": JSON_TYPE, **(headers or {})})


def html_response(status: int, html: str, headers: dict[str, str] | None = None) -> Response:
    return Response(
        status, html.encode(), {"content-type": "text/html; charset=utf-8", **(headers or {})}
    )


def empty_response(status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(status, b"", {"content-length": "0", **(headers or {})})


Handler = Callable[[Request], Response]


class Router:
    """Maps (method, path pattern) to handlers; `{name}` in a pattern matches one path segment."""

    def __init__(self) -> None:
        self._routes: list[tuple[str, re.Pattern[str], Handler]] = []

    def add(self, method: str, pattern: str, handler: Handler) -> None:
        regex = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", pattern)
        self._routes.append((method.upper(), re.compile(f"^{regex}$"), handler))

    def route(self, method: str, pattern: str) -> Callable[[Handler], Handler]:
        def decorator(handler: Handler) -> Handler:
            self.add(method, pattern, handler)
            return handler

        return decorator

    def match(self, request: Request) -> tuple[Handler | None, bool]:
        """(handler, path_known). A known path with another method gives (None, True)."""
        path_known = False
        for method, regex, handler in self._routes:
            found = regex.match(request.path)
            if not found:
                continue
            path_known = True
            if method == request.method:
                request.params = found.groupdict()
                return handler, True
        return None, path_known


class SimulatorError(Exception):
    """A control request the simulator refuses (unknown invoice, impossible payment...)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
