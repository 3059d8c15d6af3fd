"""The words staff read for Ticket Tailor's rate limit and for a firewall's block page."""

from __future__ import annotations

import time

from boxoffice.services.errors import BlockedError, RateLimitedError
from boxoffice.ui.errors import describe_error


def test_a_used_up_rate_limit_says_until_when_in_local_time():
    reset_at = time.time() + 873
    error = RateLimitedError("Ticket Tailor", "x", retry_after=873, reset_at=reset_at)
    until = time.strftime("%H:%M", time.localtime(reset_at))
    assert describe_error(error).startswith(
        f"Ticket Tailor's request limit is reached until {until}"
    )


def test_a_block_page_does_not_blame_the_key():
    words = describe_error(BlockedError("Ticket Tailor", "blocked", status=403))
    assert "blocked or failed before reaching Ticket Tailor" in words
    assert "API key is not the problem" in words and "Check it in Settings" not in words
