"""Failures in words for the person at the till: the window's use of `boxoffice.app.error_words`,
where the terminal gets its words too."""

from __future__ import annotations

from boxoffice.app.error_words import for_window


def describe_error(error: BaseException) -> str:
    """One or two plain sentences for the window: what went wrong and what to do about it;
    never an API key."""
    return for_window(error)
