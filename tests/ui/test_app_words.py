"""The window says the app's words in its language: an error described, the start-up notice
of the settings' problems and the set-up banner (a marking translator stands for a language:
what it translates reads «…»)."""

from __future__ import annotations

import pytest

from boxoffice.services.errors import AuthenticationError, UnavailableError
from boxoffice.ui.app import create_main_window
from boxoffice.ui.errors import describe_error
from tests.ui.conftest import run_until
from tests.ui.marking_translator import marked, marking


@pytest.fixture
def close_window(loop):
    """Stop a window's flow at the end of the test."""
    opened = []
    yield opened.append
    for window in opened:
        loop.run_until_complete(window.flow.aclose())


def test_an_error_is_described_in_the_windows_language(qapp):
    refused = AuthenticationError("BTCPay", "refused", status=401)
    unreachable = UnavailableError("Ticket Tailor", "cannot reach https://api.example")
    english = describe_error(unreachable)
    with marking(qapp, "ErrorWords"):
        assert describe_error(refused) == marked(
            "BTCPay did not accept the API key. Check it in Settings."
        )
        assert describe_error(unreachable) == (
            "«Ticket Tailor cannot be reached right now (cannot reach https://api.example). "
            "Check the network and try again.»"
        )
        assert describe_error(RuntimeError("the printer caught fire")) == (
            "the printer caught fire"  # the system's own words, as they are
        )
    assert describe_error(unreachable) == english and "«" not in english


def test_the_settings_problems_and_the_set_up_banner_are_said_translated(
    qapp, qtbot, loop, monkeypatch, close_window
):
    monkeypatch.setenv("BOXOFFICE_EXPIRATION_MINUTES", "soon")
    with marking(qapp, "Setting", "SettingCheck", "Settings", "SetUp", "Keyring"):
        window = create_main_window()
        qtbot.addWidget(window)
        close_window(window)
        window.show()
        notice = window.notice_banner.message.text()
        assert notice == (
            "«{variable} is ignored: {setting} {problem}.»".replace(
                "{variable}", "BOXOFFICE_EXPIRATION_MINUTES"
            )
            .replace("{setting}", marked("Time to pay (minutes)"))
            .replace("{problem}", marked("must be a number"))
        )
        run_until(loop, window.setup_banner.isVisible, message="the set-up banner")
        setup = window.setup_banner.message.text()
        assert setup.startswith("«Box Office is not set up yet: set ")
        assert (
            "«the {setting} ({variable})»".format(
                setting=marked("BTCPay Server address"), variable="BOXOFFICE_BTCPAY_URL"
            )
            in setup
        )
        assert marked("BTCPay API key") in setup
