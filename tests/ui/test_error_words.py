"""The window's words for failures are those of `boxoffice.app.error_words` (tested in
tests/app/test_error_words.py): the window adds none of its own."""

from __future__ import annotations

import time

from boxoffice.app.error_words import for_window
from boxoffice.services.errors import BlockedError, RateLimitedError
from boxoffice.ui.errors import describe_error


def test_the_window_describes_an_error_in_the_one_voice():
    errors = [
        RateLimitedError("Ticket Tailor", "x", retry_after=873, reset_at=time.time() + 873),
        BlockedError("Ticket Tailor", "blocked", status=403),
        RuntimeError("boom"),
    ]
    assert [describe_error(e) for e in errors] == [for_window(e) for e in errors]
