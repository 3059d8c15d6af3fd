"""Failures in words: the one place both faces get them from, the terminal and the window.

A service error (`boxoffice.services.errors`) carries its own sentence, `str(error)`, naming the
service and what it answered. The terminal prints that sentence as it is: it speaks the
command line's terms ("Check the key in the settings", the variables to set), in English, as
the whole command line does. The window says it again in the person's terms, pointing at the
Settings dialog, a failure at a time, as `Words` (translated where they are shown); both read
the same error classes here, so a new kind of failure is worded for both in one module.
No Qt: the window's use of these words is `boxoffice.ui.errors`.
"""

from __future__ import annotations

import asyncio

from boxoffice.services.errors import (
    AuthenticationError,
    BlockedError,
    MalformedResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitedError,
    ServiceError,
    UnavailableError,
    ValidationError,
    local_clock,
    redact,
)
from boxoffice.words import Words, translate


def for_window(error: BaseException) -> Words:
    """The window's words: one or two plain sentences, pointing at Settings where the fix is;
    never an API key (the values pass through `redact`). The service's name, the status and
    the server's own words are values: only the sentence around them is translated."""
    service = getattr(error, "service", "")
    detail = getattr(error, "detail", "")
    if isinstance(error, AuthenticationError):
        text = translate(
            "ErrorWords", "{service} did not accept the API key. Check it in Settings."
        ).format(service=service)
    elif isinstance(error, PermissionDeniedError):
        if error.permission:
            text = translate(
                "ErrorWords",
                "The {service} API key may not do this ({permission}). "
                "Give the key that permission, or connect again from Settings.",
            ).format(service=service, permission=error.permission)
        else:
            text = translate(
                "ErrorWords",
                "The {service} API key may not do this. "
                "Give the key that permission, or connect again from Settings.",
            ).format(service=service)
    elif isinstance(error, RateLimitedError):
        text = _rate_limited(error)
    elif isinstance(error, BlockedError):
        # A firewall's or proxy's page, not the service's answer: the key is not to blame.
        text = translate(
            "ErrorWords",
            "The request was blocked or failed before reaching {service} (HTTP {status}). The "
            "API key is not the problem; try again later or from another network.",
        ).format(service=service, status=error.status)
    elif isinstance(error, UnavailableError):
        text = translate(
            "ErrorWords",
            "{service} cannot be reached right now ({detail}). Check the network and try again.",
        ).format(service=service, detail=detail)
    elif isinstance(error, MalformedResponseError):
        text = translate(
            "ErrorWords",
            "{service} sent an answer Box Office does not understand ({detail}). "
            "Check the address in Settings.",
        ).format(service=service, detail=detail)
    elif isinstance(error, NotFoundError):
        text = translate("ErrorWords", "{service}: {detail}").format(service=service, detail=detail)
    elif isinstance(error, ValidationError):
        text = translate("ErrorWords", "{service} refused: {detail}").format(
            service=service, detail=detail
        )
    elif isinstance(error, ServiceError):
        if detail.startswith(service):
            text = as_is(detail)  # a sentence that names the service itself
        else:
            text = translate("ErrorWords", "{service}: {detail}").format(
                service=service, detail=detail
            )
    elif isinstance(error, TimeoutError | asyncio.TimeoutError):
        text = translate(
            "ErrorWords", "The request took too long. Check the network and try again."
        )
    else:
        carried = _carried(error)
        message = str(error).strip()
        if carried is not None:
            text = carried  # raised with words for people (set-up, settings, keyring, PIN)
        elif message:
            text = as_is(message)  # the system's own words (an OSError, a library's)
        else:
            text = translate("ErrorWords", "Unexpected error ({kind}).").format(
                kind=type(error).__name__
            )
    return _redacted(text)


def for_terminal(error: BaseException) -> str:
    """The terminal's words, in English (the command line's language): a service error's own
    sentence (its `str()`, which names the service), any other error's text. The caller adds
    the full stop or what follows."""
    return str(error)


def words_of(error: BaseException) -> str:
    """The words an error was raised with: `Words` when it carries words for people (so the
    window can translate them), else its text."""
    carried = _carried(error)
    return carried if carried is not None else str(error)


def as_is(text: str) -> Words:
    """`text` as `Words` that no language changes: a server's or the system's own words where
    words are expected (the joining context, whose values are shown as they are)."""
    return Words("", "{text}", {"text": text})


def _carried(error: BaseException) -> Words | None:
    """The `Words` an error was raised with, if it was (`str(error)` is their plain English)."""
    if len(error.args) == 1 and isinstance(error.args[0], Words):
        return error.args[0]
    return None


def _rate_limited(error: RateLimitedError) -> Words:
    service = error.service
    if error.reset_at is not None:
        # The sentence of `services.errors.limit_words`, as the window says it.
        return translate(
            "ErrorWords", "{service}'s request limit is reached until {time}. Try again then."
        ).format(service=service, time=local_clock(error.reset_at))
    if error.retry_after:
        return translate(
            "ErrorWords",
            "{service} asks us to slow down; wait for {seconds} seconds and try again.",
        ).format(service=service, seconds=f"{error.retry_after:.0f}")
    return translate("ErrorWords", "{service} asks us to slow down; wait and try again.").format(
        service=service
    )


def _redacted(words: Words) -> Words:
    """`words` with anything shaped like an API key taken out of their values (the sources are
    the code's own)."""
    values = {
        name: _redacted(value) if isinstance(value, Words) else redact(value)
        for name, value in words.values
    }
    return Words(words.context, words.source, values)
