"""What both API clients share: one httpx.AsyncClient, timeouts, read retries, error mapping.

A read (GET) is retried on transient failures (5xx, timeouts, connection errors, 429) with
exponential backoff and full jitter, honouring `Retry-After`. A write is sent exactly once: if its
outcome is unknown the caller gets an `UnavailableError` and decides, through its journal and a
lookup, whether the write happened (Ticket Tailor reference §10, Greenfield reference §8).
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx

from boxoffice.services.errors import (
    AuthenticationError,
    MalformedResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitedError,
    ServiceError,
    UnavailableError,
    ValidationError,
    limit_words,
    redact,
)

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = httpx.Timeout(15.0, connect=5.0)
#: Longest wait honoured from a Retry-After header before giving up on a read.
MAX_RETRY_AFTER = 60.0
#: Longest wait for a used-up rate-limit window before a read gives up and says until when.
#: Someone is waiting at the till: past this, words ("limit reached until 21:40") beat a spinner.
MAX_RATE_LIMIT_WAIT = 20.0


@dataclass(frozen=True)
class RateLimit:
    """The request budget a service last reported (`X-Rate-Limit-*` headers).

    `reset_at` is Unix time: Ticket Tailor's `X-Rate-Limit-Reset` counts seconds until the
    window ends (live responses: 873, then 871 two seconds later), it is not an epoch.
    """

    limit: int | None
    remaining: int | None
    reset_at: float | None


class RetryPolicy:
    """How often and how patiently a safe read is repeated."""

    def __init__(
        self,
        attempts: int = 4,
        base_delay: float = 0.25,
        max_delay: float = 8.0,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
        max_rate_limit_wait: float = MAX_RATE_LIMIT_WAIT,
    ) -> None:
        self.attempts = attempts
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.sleep = sleep
        self.max_rate_limit_wait = max_rate_limit_wait

    def delay(self, attempt: int, error: ServiceError) -> float | None:
        """Seconds to wait before attempt `attempt + 1`, or None when the read should give up."""
        if attempt + 1 >= self.attempts or not error.transient:
            return None
        if isinstance(error, RateLimitedError) and error.retry_after is not None:
            cap = min(MAX_RETRY_AFTER, self.max_rate_limit_wait)
            return error.retry_after if error.retry_after <= cap else None
        # Full jitter (AWS architecture blog): spreads retries of many clients apart.
        return random.uniform(0, min(self.max_delay, self.base_delay * 2**attempt))


NO_RETRY = RetryPolicy(attempts=1)


class ServiceClient:
    """Base of the Ticket Tailor and BTCPay clients. Subclasses describe auth and error bodies.

    The API key is held only inside the httpx auth object and headers; it never appears in
    `repr()`, logs or exception texts.
    """

    service = "service"

    def __init__(
        self,
        base_url: str,
        *,
        headers: dict[str, str] | None = None,
        auth: httpx.Auth | None = None,
        secret: str | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        transport: httpx.AsyncBaseTransport | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._secret = secret
        self.retry = retry or RetryPolicy()
        #: The budget of the last answer that reported one (None until then).
        self.rate_limit: RateLimit | None = None
        self._http = httpx.AsyncClient(
            base_url=self.base_url,
            headers={"Accept": "application/json", **(headers or {})},
            auth=auth,
            timeout=timeout,
            transport=transport,
            follow_redirects=False,
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc) -> None:
        await self.aclose()

    # -- subclasses -------------------------------------------------------------------------

    def error_from_response(self, response: httpx.Response, body: Any) -> ServiceError:
        """Turn a non-2xx answer into a typed error. Subclasses read their service's body shape."""
        message = _message_from_body(body) or response.reason_phrase or "request failed"
        return self.error_for_status(response, message)

    def error_for_status(
        self,
        response: httpx.Response,
        message: str,
        *,
        code: str | None = None,
        permission: str | None = None,
        problems=None,
    ) -> ServiceError:
        status = response.status_code
        s = self.service
        if status == 401:
            return AuthenticationError(
                s, f"the API key was refused ({message})", status=status, code=code
            )
        if status == 403:
            what = f"the API key lacks the permission {permission}" if permission else message
            return PermissionDeniedError(s, what, permission=permission, status=status, code=code)
        if status in (404, 410):
            return NotFoundError(s, message, status=status, code=code)
        if status in (400, 409, 422):
            return ValidationError(s, message, problems=problems, status=status, code=code)
        if status == 429:
            retry_after = _retry_after(response)
            reset_in = _reset_in(response)
            if retry_after is None:
                # No Retry-After (not promised by Ticket Tailor): the window's own countdown.
                retry_after = reset_in
            reset_at = time.time() + retry_after if retry_after is not None else None
            words = (
                limit_words(s, reset_at)
                if reset_in is not None
                else "too many requests; wait a moment and try again"
            )
            return RateLimitedError(
                s, words, retry_after=retry_after, reset_at=reset_at, status=status, code=code
            )
        if status >= 500:
            return UnavailableError(
                s, f"the server had an error (HTTP {status}): {message}", status=status, code=code
            )
        return ServiceError(
            s, f"unexpected answer HTTP {status}: {message}", status=status, code=code
        )

    # -- requests ---------------------------------------------------------------------------

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Any = None,
        data: Any = None,
        json_body: Any = None,
        retry: bool | None = None,
        expect_json: bool = True,
    ) -> Any:
        """Send one request and return the decoded JSON body (None for an empty body).

        `retry` defaults to True for GET only: other methods are never repeated here.
        """
        if retry is None:
            retry = method.upper() == "GET"
        policy = self.retry if retry else NO_RETRY
        attempt = 0
        while True:
            try:
                return await self._once(method, path, params, data, json_body, expect_json)
            except ServiceError as error:
                wait = policy.delay(attempt, error)
                if wait is None:
                    raise
                log.info(
                    "%s %s %s failed (%s); retrying in %.2fs",
                    self.service,
                    method,
                    path,
                    error.detail,
                    wait,
                )
                await policy.sleep(wait)
                attempt += 1

    async def _once(self, method, path, params, data, json_body, expect_json) -> Any:
        try:
            response = await self._http.request(
                method, path, params=params, data=data, json=json_body
            )
        except httpx.TimeoutException as exc:
            # Words, not httpx's class names: staff read these.
            if isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout):
                words = f"could not connect to {self.base_url} in time"
            else:
                words = f"no answer in time from {self.base_url}"
            raise UnavailableError(self.service, words) from None
        except (httpx.ConnectError, httpx.NetworkError, httpx.RemoteProtocolError) as exc:
            reason = redact(str(exc), self._secret) or type(exc).__name__
            raise UnavailableError(
                self.service, f"cannot reach {self.base_url} ({reason})"
            ) from None
        except httpx.HTTPError as exc:
            raise UnavailableError(
                self.service, f"request failed: {redact(str(exc), self._secret)}"
            ) from None
        log.debug("%s %s %s -> %s", self.service, method, path, response.status_code)
        self._note_rate_limit(response)
        body = _decode(response)
        if response.is_success:
            if body is _NOT_JSON:
                if not response.content.strip():
                    return None
                # A body that need not be JSON (`/v1/ping`'s text) may be plain text; an HTML
                # page (a captive portal, a proxy) or broken JSON is never the API's answer.
                if not expect_json and not _looks_broken(response):
                    return None
                raise MalformedResponseError(
                    self.service, _unreadable_words(response), status=response.status_code
                )
            return body
        raise self.error_from_response(response, None if body is _NOT_JSON else body)

    def _note_rate_limit(self, response: httpx.Response) -> None:
        limit = _header_int(response, "X-Rate-Limit-Limit")
        remaining = _header_int(response, "X-Rate-Limit-Remaining")
        reset_in = _reset_in(response)
        if limit is None and remaining is None and reset_in is None:
            return
        reset_at = time.time() + reset_in if reset_in is not None else None
        self.rate_limit = RateLimit(limit, remaining, reset_at)


_NOT_JSON = object()


def _decode(response: httpx.Response) -> Any:
    if not response.content.strip():
        return _NOT_JSON
    try:
        return response.json()
    except (ValueError, RecursionError):
        # ValueError covers JSONDecodeError and UnicodeDecodeError; a body nested thousands
        # deep exhausts the parser's recursion (Python docs, json: "RecursionError").
        return _NOT_JSON


def _content_type(response: httpx.Response) -> str:
    return response.headers.get("content-type", "").split(";")[0].strip().lower()


def _looks_broken(response: httpx.Response) -> bool:
    """A body that is not JSON and not plain text either: HTML, or JSON that does not parse."""
    kind = _content_type(response)
    if "html" in kind or "json" in kind:
        return True
    return response.content.lstrip()[:1] in (b"<", b"{", b"[")


def _unreadable_words(response: httpx.Response) -> str:
    kind = _content_type(response)
    if "json" in kind or response.content.lstrip()[:1] in (b"{", b"["):
        return (
            f"the server's answer could not be read ({_describe(response)}, broken or cut "
            "off on the way)"
        )
    return (
        f"the server answered with something that is not JSON ({_describe(response)}); is "
        "the URL right, or is a proxy or a Wi-Fi login page in the way?"
    )


def _describe(response: httpx.Response) -> str:
    kind = response.headers.get("content-type", "no content type").split(";")[0]
    return f"HTTP {response.status_code}, {kind}"


def _message_from_body(body: Any) -> str | None:
    if isinstance(body, dict):
        for key in ("message", "error", "detail", "title"):
            value = body.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()
    return None


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


def _header_int(response: httpx.Response, name: str) -> int | None:
    value = (response.headers.get(name) or "").strip()
    return int(value) if value.isdigit() else None


def _reset_in(response: httpx.Response) -> float | None:
    """Seconds until the rate-limit window ends (`X-Rate-Limit-Reset` is a countdown)."""
    seconds = _header_int(response, "X-Rate-Limit-Reset")
    return float(seconds) if seconds is not None else None
