"""Failures in words for the person at the till: the window's use of `boxoffice.app.error_words`,
where the terminal gets its words too."""

from __future__ import annotations

from boxoffice.app.error_words import for_window
from boxoffice.ui.i18n import say


def describe_error(error: BaseException) -> str:
    """One or two plain sentences for the window, in its language: what went wrong and what
    to do about it; never an API key. Errors raised with words for people (settings, set-up,
    keyring, staff PIN) say those."""
    return say(for_window(error))
