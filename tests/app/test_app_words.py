"""The app's words for people are `Words`: English as before, translatable where shown.

Errors, diagnostics findings, settings labels, help and problems, set-up and staff PIN
sentences and the keyring's words are written below the window; each is checked here to keep
its English sentence (the command line's) and to change when a translator speaks another
language. The keyring's stored names are never words.
"""

from __future__ import annotations

import copy
import json
import pickle
import time

import keyring
import pytest
from keyring.backends import fail

from boxoffice.app import paths
from boxoffice.app.diagnostics import Doctor
from boxoffice.app.error_words import as_is, for_terminal, for_window, words_of
from boxoffice.app.kiosk_pin import PinNotSet, pin_from, pin_problem, stored_problem
from boxoffice.app.runtime import ConfigurationError, load_credentials
from boxoffice.app.settings.kinds import SettingError
from boxoffice.app.settings.till import InSentence, Settings
from boxoffice.services import secrets as secrets_module
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
)
from boxoffice.services.secrets import (
    BTCPAY_API_KEY,
    SERVICE_NAME,
    TICKETTAILOR_API_KEY,
    KeyringUnavailableError,
    SecretStore,
)
from boxoffice.sim import ManualClock, Simulator
from boxoffice.words import Words, say


def marked(context: str, source: str) -> str:
    """A translator that marks every sentence it translates (and keeps its places)."""
    return "«" + source + "»"


def assert_words(text: str, english: str | None = None) -> None:
    """`text` is `Words` whose English is `english` (when given) and which a translator
    changes; the values stay in it."""
    assert isinstance(text, Words), repr(text)
    if english is not None:
        assert text == english
    said = say(text, marked)
    assert said != str(text) and "«" in said, said


# -- errors in the window's words ---------------------------------------------------------------

RESET = 1_700_000_000.0
ERRORS = [
    (
        AuthenticationError("BTCPay", "refused", status=401),
        "BTCPay did not accept the API key. Check it in Settings.",
    ),
    (
        PermissionDeniedError("BTCPay", "no", permission="btcpay.store.canviewinvoices"),
        "The BTCPay API key may not do this (btcpay.store.canviewinvoices). "
        "Give the key that permission, or connect again from Settings.",
    ),
    (
        PermissionDeniedError("Ticket Tailor", "no"),
        "The Ticket Tailor API key may not do this. "
        "Give the key that permission, or connect again from Settings.",
    ),
    (
        RateLimitedError("Ticket Tailor", "x", retry_after=873, reset_at=RESET),
        f"Ticket Tailor's request limit is reached until {local_clock(RESET)}. Try again then.",
    ),
    (
        RateLimitedError("Ticket Tailor", "x", retry_after=12.4),
        "Ticket Tailor asks us to slow down; wait for 12 seconds and try again.",
    ),
    (
        RateLimitedError("BTCPay", "x"),
        "BTCPay asks us to slow down; wait and try again.",
    ),
    (
        BlockedError("Ticket Tailor", "blocked", status=403),
        "The request was blocked or failed before reaching Ticket Tailor (HTTP 403). The API "
        "key is not the problem; try again later or from another network.",
    ),
    (
        UnavailableError("BTCPay", "cannot reach https://btcpay.example"),
        "BTCPay cannot be reached right now (cannot reach https://btcpay.example). "
        "Check the network and try again.",
    ),
    (
        MalformedResponseError("BTCPay", "not JSON"),
        "BTCPay sent an answer Box Office does not understand (not JSON). "
        "Check the address in Settings.",
    ),
    (NotFoundError("Ticket Tailor", "no such event"), "Ticket Tailor: no such event"),
    (ValidationError("Ticket Tailor", "sold out"), "Ticket Tailor refused: sold out"),
    (ServiceError("BTCPay", "odd"), "BTCPay: odd"),
    (TimeoutError(), "The request took too long. Check the network and try again."),
    (RuntimeError(), "Unexpected error (RuntimeError)."),
    (
        ConfigurationError(Settings.declaration("btcpay_url").label),  # raised with words
        "BTCPay Server address",
    ),
]


@pytest.mark.parametrize(("error", "english"), ERRORS, ids=[type(e).__name__ for e, _ in ERRORS])
def test_the_window_gets_words_for_every_error_with_the_english_as_before(error, english):
    words = for_window(error)
    assert_words(words, english)
    for name in ("service", "permission", "detail"):
        value = getattr(error, name, None)
        if value and value in english:
            assert value in say(words, marked)  # a value, never translated


def test_a_servers_or_the_systems_own_words_pass_as_they_are():
    for error, english in (
        (ServiceError("BTCPay", "BTCPay is odd"), "BTCPay is odd"),
        (OSError(13, "Permission denied"), "[Errno 13] Permission denied"),
        (RuntimeError("boom"), "boom"),
    ):
        words = for_window(error)
        assert isinstance(words, Words) and words == english
        assert say(words, marked) == english  # nothing of it is ours to translate
    assert say(as_is("{x}"), marked) == "{x}"


def test_errors_raised_with_words_keep_them_for_the_window_and_the_terminal_stays_english():
    error = ConfigurationError(Settings.declaration("btcpay_url").label)
    assert for_window(error) is not None and for_window(error).source == "BTCPay Server address"
    assert for_terminal(error) == "BTCPay Server address"
    assert type(for_terminal(error)) is str
    assert words_of(error).source == "BTCPay Server address"
    assert words_of(RuntimeError("plain")) == "plain"


def test_no_api_key_reaches_the_window_through_words():
    key = "abcdef0123456789abcdef0123456789abcdef01"
    for error in (
        RuntimeError(f"token {key}"),
        ConfigurationError(as_is(f"token {key}")),
        UnavailableError("BTCPay", f"token {key}"),
    ):
        words = for_window(error)
        assert key not in words and key not in say(words, marked)


# -- settings: declarations, checks and problems -------------------------------------------------

#: Choices that are names in themselves: each language by its own name.
NAMES = {"English", "Deutsch", "Français", "Español"}


def test_every_declarations_label_help_and_choice_is_words():
    for setting in Settings.declarations():
        assert_words(setting.label)
        assert_words(setting.help)
        for _value, words in setting.choices:
            if words in NAMES:
                assert not isinstance(words, Words)
            else:
                assert_words(words)
    assert Settings.declaration("expiration_minutes").label == "Time to pay (minutes)"
    speed = dict(Settings.declaration("speed_policy").choices)
    assert speed["MediumSpeed"] == "After 1 confirmation"


def test_a_value_that_does_not_fit_says_so_in_words():
    settings = Settings(environ={})
    with pytest.raises(SettingError) as caught:
        settings.expiration_minutes = 0
    assert_words(caught.value.words, "Time to pay (minutes) must be between 1 and 1440.")
    assert str(caught.value) == "Time to pay (minutes) must be between 1 and 1440."
    said = say(caught.value.words, marked)
    assert "«Time to pay (minutes)»" in said and "«must be between {low} and {high}»" not in said
    assert "«must be between 1 and 1440»" in said
    for key, value in (
        ("btcpay_url", "btcpay.example"),
        ("payment_methods", ["cash"]),
        ("ticket_overrides", {"tt_1": {"price": "-1"}}),
        ("device_id", "no spaces allowed"),
        ("require_name", "yes"),
        ("event_ids", [""]),
    ):
        with pytest.raises(SettingError) as caught:
            settings.set(key, value)
        assert_words(caught.value.words)


def test_the_problems_of_a_file_and_the_environment_are_words(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {
                "format": 9,
                "tickettailor_url": "ftp://x",
                "expiration_minutes": 7.5,
                "payment_methods": ["cash"],
                "api_key": "x",
                "future": 1,
            }
        )
    )
    environ = {"BOXOFFICE_REQUIRE_NAME": "maybe", "BOXOFFICE_EXPIRATION_MINUTES": "2.5"}
    settings = Settings.load(path, environ=environ)
    assert len(settings.problems) == 8
    for problem in settings.problems:
        assert_words(problem)
    assert (
        "In settings.json, time to pay (minutes) was 7.5, but it takes whole numbers now; 8 is "
        "used (and saved on the next save)." in settings.problems
    )
    # A name keeps its capitals inside the sentence.
    assert any(
        p.startswith("In settings.json, Ticket Tailor address must") for p in settings.problems
    )
    damaged = tmp_path / "damaged.json"
    damaged.write_text("{")
    [problem] = Settings.load(damaged, environ={}).problems
    assert_words(problem)


def test_a_label_inside_a_sentence_starts_small_only_in_english():
    label = Settings.declaration("expiration_minutes").label
    inside = InSentence(label)
    assert inside == "time to pay (minutes)"
    assert say(inside, lambda c, s: s) == "time to pay (minutes)"  # English
    german = {("Setting", "Time to pay (minutes)"): "Zahlungsfrist (Minuten)"}
    assert say(inside, lambda c, s: german.get((c, s), s)) == "Zahlungsfrist (Minuten)"
    assert InSentence(Settings.declaration("btcpay_store_id").label) == "BTCPay store ID"
    for twin in (copy.deepcopy(inside), pickle.loads(pickle.dumps(inside))):
        assert type(twin) is InSentence and twin == inside and twin.source == label.source


# -- set-up, staff PIN, keyring ------------------------------------------------------------------


async def test_the_set_up_words_are_words():
    store = SecretStore(environ={}, backend=fail.Keyring())
    with pytest.raises(ConfigurationError) as caught:
        await load_credentials(Settings(environ={}), store)
    message = words_of(caught.value)
    assert_words(message)
    assert str(caught.value).startswith(
        "Box Office is not set up yet: set the BTCPay Server address (BOXOFFICE_BTCPAY_URL), "
        "the BTCPay store ID (BOXOFFICE_BTCPAY_STORE_ID), the Ticket Tailor API key "
        "(BOXOFFICE_TICKETTAILOR_API_KEY) and the BTCPay API key (BOXOFFICE_BTCPAY_API_KEY) in "
        "the settings dialog, or as environment variables. No keyring is available on this "
        "computer to read the Ticket Tailor API key;"
    )
    for missing in caught.value.missing:
        assert_words(missing)
    said = say(message, marked)
    assert "«Ticket Tailor API key»" in said and "«BTCPay Server address»" in said


def test_the_staff_pin_words_are_words():
    assert_words(pin_problem("12a"), "A staff PIN is made of digits only, 4 to 12 of them.")
    assert_words(pin_problem("12"), "A staff PIN has 4 to 12 digits.")
    assert_words(stored_problem("x"))
    for environ, stored in (({"BOXOFFICE_KIOSK_PIN": "12"}, ""), ({}, ""), ({}, "x")):
        settings = Settings(environ={})
        settings.set("kiosk_pin_hash", stored)
        with pytest.raises(PinNotSet) as caught:
            pin_from(settings, environ)
        assert_words(words_of(caught.value))
    assert str(caught.value).startswith("The staff PIN saved in the settings cannot be used (the")


def test_the_keyrings_words_are_words_and_its_stored_names_are_not(memory_keyring):
    for secret in (TICKETTAILOR_API_KEY, BTCPAY_API_KEY):
        assert_words(secret.label)
        assert_words(secret.help)
    store = SecretStore(environ={}, backend=fail.Keyring())
    assert_words(store.describe_backend(), "none found")
    with pytest.raises(KeyringUnavailableError) as caught:
        store.get_sync(BTCPAY_API_KEY)
    assert_words(
        words_of(caught.value),
        "No keyring is available on this computer to read the BTCPay API key; set the "
        "environment variable BOXOFFICE_BTCPAY_API_KEY instead.",
    )
    assert "«read»" in say(words_of(caught.value), marked)
    # The names the keys are stored under: an existing keyring must still find them.
    assert SERVICE_NAME == "boxoffice"
    assert (TICKETTAILOR_API_KEY.name, BTCPAY_API_KEY.name) == (
        "tickettailor-api-key",
        "btcpay-api-key",
    )
    secrets_module.set_sync(TICKETTAILOR_API_KEY, "sk_1_2_abc")
    secrets_module.set_sync(BTCPAY_API_KEY, "b" * 40)
    assert memory_keyring.secrets == {
        ("boxoffice", "tickettailor-api-key"): "sk_1_2_abc",
        ("boxoffice", "btcpay-api-key"): "b" * 40,
    }
    assert keyring.get_keyring() is memory_keyring


def test_a_folder_that_cannot_be_made_says_so_in_words(tmp_path, monkeypatch):
    blocker = tmp_path / "a file"
    blocker.write_text("")
    monkeypatch.setenv("BOXOFFICE_CONFIG_DIR", str(blocker / "config"))
    with pytest.raises(paths.FolderError) as caught:
        paths.config_dir()
    assert_words(words_of(caught.value))
    assert str(caught.value).startswith("Box Office cannot create its settings folder ")
    assert str(caught.value).endswith(
        "Fix the folder's owner or permissions, or set BOXOFFICE_CONFIG_DIR to a folder you "
        "can write to."
    )
    doctor = Doctor(Settings(environ={}))
    doctor.check_files()
    [finding] = doctor.checks
    assert finding.status == "fail"
    assert say(finding.message, marked).startswith(
        "«cannot create the Box Office folders: «Box Office cannot create its settings folder"
    )


# -- diagnostics findings ------------------------------------------------------------------------


@pytest.fixture
def sim() -> Simulator:
    return Simulator(clock=ManualClock(time.time()))


def _settings(sim: Simulator, tmp_path, **values) -> Settings:
    settings = Settings.load(tmp_path / "settings.json", environ={})
    settings.tickettailor_url = sim.tickettailor_url
    settings.btcpay_url = sim.btcpay_url
    settings.btcpay_store_id = sim.store_id
    for key, value in values.items():
        settings.set(key, value)
    return settings


async def test_every_finding_of_the_checks_is_words(sim, tmp_path):
    environ = {
        "BOXOFFICE_TICKETTAILOR_API_KEY": sim.tickettailor_api_key,
        "BOXOFFICE_BTCPAY_API_KEY": sim.btcpay_api_key,
    }
    doctor = Doctor(
        _settings(sim, tmp_path), secrets=SecretStore(environ=environ), transport=sim.transport()
    )
    await doctor.run()  # a till that sells: settings, files, journal, keys, both services
    narrow = sim.add_btcpay_api_key([f"btcpay.store.cancreateinvoice:{sim.store_id}"])
    await doctor.check_btcpay(narrow)  # missing permissions, e-mail
    wrong_store = Doctor(
        _settings(sim, tmp_path, btcpay_store_id="NoSuchStore"), transport=sim.transport()
    )
    await wrong_store.check_btcpay(sim.btcpay_api_key)
    await wrong_store.check_tickettailor("sk_0_0_wrong")
    nothing = Doctor(
        _settings(sim, tmp_path, btcpay_url="", tickettailor_url=""),
        secrets=SecretStore(environ={}),
        transport=sim.transport(),
    )
    await nothing.run()
    checks = doctor.checks + wrong_store.checks + nothing.checks
    statuses = {check.status for check in checks}
    assert statuses == {"ok", "warn", "fail"}
    assert len(checks) > 15
    for check in checks:
        assert_words(check.subject)
        if (check.subject, check.status) == ("Journal", "ok"):
            # Only where the journal is: a path, no words around it.
            assert isinstance(check.message, Words) and check.message.endswith("journal.sqlite3")
        else:
            assert_words(check.message)
    lines = [f"{c.subject}: {c.message}" for c in checks]
    assert "BTCPay permissions: the API key may not view invoices in store " in " ".join(lines)
    assert any("check the Store ID (in BTCPay: Store settings, General)" in line for line in lines)
