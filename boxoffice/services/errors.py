"""The failures of Ticket Tailor and BTCPay, as a small hierarchy the UI can put into words.

Every client raises only these (never a bare httpx error), so that the engine can decide what is
safe to retry and the UI can say in one plain sentence what went wrong and what to do.
Texts never contain an API key: clients build them from the service name, the HTTP status and
the server's own message, and `redact()` scrubs anything that looks like a key as a last line of
defence.
"""

from __future__ import annotations

import re
import time
import unicodedata
from dataclasses import dataclass

# Ticket Tailor keys look like sk_<digits>_<digits>_<random>; BTCPay keys are 40 hex characters.
_SECRET_PATTERNS = (
    re.compile(r"sk_[0-9]+_[0-9]+_[A-Za-z0-9]+"),
    re.compile(r"\b[0-9a-fA-F]{40}\b"),
    re.compile(r"(?i)(authorization:\s*)(token|basic|bearer)\s+\S+"),
)


#: The longest text of an error; a server's message beyond it is cut (a page, a dump).
MAX_DETAIL = 600


def plain(text: str, limit: int = MAX_DETAIL) -> str:
    """A text fit for a person and a log line: control and format characters (newlines, ANSI
    escapes, bidi overrides) become spaces, and a very long text is cut with "…"."""
    cleaned = "".join(
        " " if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp") else ch for ch in text
    )
    if len(cleaned) > limit:
        cleaned = cleaned[: limit - 1].rstrip() + "…"
    return cleaned


def redact(text: str, *secrets: str | None) -> str:
    """Remove the given secrets, and anything shaped like an API key, from a text."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    for pattern in _SECRET_PATTERNS:
        if pattern.groups:
            text = pattern.sub(lambda m: m.group(1) + "***", text)
        else:
            text = pattern.sub("***", text)
    return text


class ServiceError(Exception):
    """A call to Ticket Tailor or BTCPay failed. `str()` is a plain sentence for a person."""

    #: Whether repeating the same request later may succeed (the engine decides whether to).
    transient = False

    def __init__(
        self,
        service: str,
        message: str,
        *,
        status: int | None = None,
        code: str | None = None,
    ) -> None:
        self.service = service
        self.status = status
        self.code = code
        # Redacted first, so that cutting the text never leaves half a key behind.
        self.detail = plain(redact(str(message)))
        super().__init__(self.detail)

    def __str__(self) -> str:
        # "Ticket Tailor's request limit is reached until 21:40" names the service itself.
        if self.detail.startswith(self.service):
            return self.detail
        return f"{self.service}: {self.detail}"

    def __repr__(self) -> str:
        name = type(self).__name__
        return f"{name}(service={self.service!r}, status={self.status!r}, detail={self.detail!r})"


class AuthenticationError(ServiceError):
    """401: the API key is missing, wrong or revoked."""


class PermissionDeniedError(ServiceError):
    """403: the key works but may not do this. `permission` names what to grant, when known."""

    def __init__(self, service: str, message: str, *, permission: str | None = None, **kw) -> None:
        self.permission = permission
        super().__init__(service, message, **kw)


class NotFoundError(ServiceError):
    """404: the event, hold, invoice or ticket does not exist (or is not visible to this key)."""


@dataclass(frozen=True)
class FieldProblem:
    """One validation message from the server; `path` is the field it concerns, if any."""

    path: str | None
    message: str


class ValidationError(ServiceError):
    """400/422: the server refused the request as it stands (e.g. "not enough tickets")."""

    def __init__(
        self, service: str, message: str, *, problems: list[FieldProblem] | None = None, **kw
    ) -> None:
        self.problems = list(problems or [])
        super().__init__(service, message, **kw)


class RateLimitedError(ServiceError):
    """429: too many requests.

    `retry_after` is the server's wait in seconds, when it sent one (a `Retry-After` header, or
    Ticket Tailor's `X-Rate-Limit-Reset`, which counts the seconds until its window ends —
    developers.tickettailor.com rate limiting; live responses carry `x-rate-limit-reset: 873`).
    `reset_at` is that moment as Unix time, so staff can be told until when.
    """

    transient = True

    def __init__(
        self,
        service: str,
        message: str,
        *,
        retry_after: float | None = None,
        reset_at: float | None = None,
        **kw,
    ):
        self.retry_after = retry_after
        self.reset_at = reset_at
        super().__init__(service, message, **kw)


def local_clock(moment: float) -> str:
    """HH:MM of a Unix time in the till's local time zone (what staff read on the wall clock)."""
    return time.strftime("%H:%M", time.localtime(moment))


def limit_words(service: str, reset_at: float | None) -> str:
    """The one sentence for a used-up request budget, with the local time it comes back."""
    if reset_at is None:
        return f"{service}'s request limit is reached; wait a few minutes and try again"
    return f"{service}'s request limit is reached until {local_clock(reset_at)}"


class UnavailableError(ServiceError):
    """5xx, a timeout, a refused connection or a failed DNS lookup: the service cannot be reached.

    For a write, `UnavailableError` means "unknown outcome": the request may have been carried out.
    """

    transient = True


class MalformedResponseError(ServiceError):
    """The answer was not what the API sends: an HTML page from a proxy, broken JSON, bad fields."""

    transient = True


class BlockedError(UnavailableError):
    """An error page that did not come from the API itself: a proxy's or Cloudflare's HTML.

    Ticket Tailor sits behind Cloudflare (live responses carry `Server: cloudflare`); a WAF or
    bot block answers 403 with an HTML page, an outage 5xx with one. Neither says anything about
    the API key, so the words must not blame it. A 5xx may have reached the origin (for a write
    the outcome stays unknown, as for any `UnavailableError`); a 403 page is final.
    """

    def __init__(self, service: str, message: str, **kw) -> None:
        super().__init__(service, message, **kw)
        self.transient = (self.status or 500) >= 500
