"""Failures in words: the one place both faces get them from, the terminal and the window.

A service error (`boxoffice.services.errors`) carries its own sentence, `str(error)`, naming the
service and what it answered. The terminal prints that sentence as it is: it speaks the
command line's terms ("Check the key in the settings", the variables to set). The window says
it again in the person's terms, pointing at the Settings dialog, a failure at a time; both read
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
    limit_words,
    redact,
)


def for_window(error: BaseException) -> str:
    """The window's words: one or two plain sentences, pointing at Settings where the fix is;
    never an API key (texts pass through `redact`)."""
    if isinstance(error, AuthenticationError):
        text = f"{error.service} did not accept the API key. Check it in Settings."
    elif isinstance(error, PermissionDeniedError):
        needed = f" ({error.permission})" if error.permission else ""
        text = (
            f"The {error.service} API key may not do this{needed}. "
            "Give the key that permission, or connect again from Settings."
        )
    elif isinstance(error, RateLimitedError):
        if error.reset_at is not None:
            text = f"{limit_words(error.service, error.reset_at)}. Try again then."
        else:
            wait = f" for {error.retry_after:.0f} seconds" if error.retry_after else ""
            text = f"{error.service} asks us to slow down; wait{wait} and try again."
    elif isinstance(error, BlockedError):
        # A firewall's or proxy's page, not the service's answer: the key is not to blame.
        text = (
            f"The request was blocked or failed before reaching {error.service} "
            f"(HTTP {error.status}). The API key is not the problem; try again later or "
            "from another network."
        )
    elif isinstance(error, UnavailableError):
        text = (
            f"{error.service} cannot be reached right now ({error.detail}). "
            "Check the network and try again."
        )
    elif isinstance(error, MalformedResponseError):
        text = (
            f"{error.service} sent an answer Box Office does not understand ({error.detail}). "
            "Check the address in Settings."
        )
    elif isinstance(error, NotFoundError):
        text = f"{error.service}: {error.detail}"
    elif isinstance(error, ValidationError):
        text = f"{error.service} refused: {error.detail}"
    elif isinstance(error, ServiceError):
        text = str(error)
    elif isinstance(error, TimeoutError | asyncio.TimeoutError):
        text = "The request took too long. Check the network and try again."
    else:
        message = str(error).strip()
        text = f"{message}" if message else f"Unexpected error ({type(error).__name__})."
    return redact(text)


def for_terminal(error: BaseException) -> str:
    """The terminal's words: a service error's own sentence (its `str()`, which names the
    service), any other error's text. The caller adds the full stop or what follows."""
    return str(error)
