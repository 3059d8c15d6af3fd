"""The one voice for failures: the words staff read in the window and in the terminal.

Where the two faces differ, on purpose: the window rewords a service error in the person's
terms and points at the Settings dialog; the terminal prints the error's own sentence, which
names the service and speaks of the command line's settings.
"""

from __future__ import annotations

import time

from boxoffice.app.error_words import for_terminal, for_window
from boxoffice.services.errors import (
    AuthenticationError,
    BlockedError,
    PermissionDeniedError,
    RateLimitedError,
    ServiceError,
    UnavailableError,
)


def test_a_used_up_rate_limit_says_until_when_in_local_time():
    reset_at = time.time() + 873
    error = RateLimitedError("Ticket Tailor", "x", retry_after=873, reset_at=reset_at)
    until = time.strftime("%H:%M", time.localtime(reset_at))
    assert for_window(error).startswith(f"Ticket Tailor's request limit is reached until {until}")


def test_a_block_page_does_not_blame_the_key():
    words = for_window(BlockedError("Ticket Tailor", "blocked", status=403))
    assert "blocked or failed before reaching Ticket Tailor" in words
    assert "API key is not the problem" in words and "Check it in Settings" not in words


def test_the_window_points_at_settings_and_the_terminal_gives_the_errors_own_sentence():
    error = AuthenticationError("BTCPay", "the API key was refused (Unauthorized)", status=401)
    assert for_window(error) == "BTCPay did not accept the API key. Check it in Settings."
    assert for_terminal(error) == "BTCPay: the API key was refused (Unauthorized)"


def test_a_missing_permission_is_named_in_the_window():
    error = PermissionDeniedError("BTCPay", "no", permission="btcpay.store.canviewinvoices")
    assert "(btcpay.store.canviewinvoices)" in for_window(error)


def test_an_unreachable_service_says_what_happened_and_what_to_do():
    error = UnavailableError("Ticket Tailor", "cannot reach https://api.tickettailor.com")
    assert for_window(error) == (
        "Ticket Tailor cannot be reached right now (cannot reach https://api.tickettailor.com). "
        "Check the network and try again."
    )
    assert for_terminal(error) == "Ticket Tailor: cannot reach https://api.tickettailor.com"


def test_other_failures_in_the_window():
    assert for_window(TimeoutError()) == (
        "The request took too long. Check the network and try again."
    )
    assert for_window(RuntimeError()) == "Unexpected error (RuntimeError)."
    assert for_window(ServiceError("BTCPay", "odd")) == "BTCPay: odd"


def test_no_api_key_reaches_the_window():
    key = "abcdef0123456789abcdef0123456789abcdef01"
    assert key not in for_window(RuntimeError(f"token {key}"))
