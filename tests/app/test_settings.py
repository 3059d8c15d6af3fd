"""Settings: declarations, defaults, the file round trip, env overrides and damaged files."""

from __future__ import annotations

import json
import os
import stat
from decimal import Decimal
from pathlib import Path

import pytest

from boxoffice.app import paths
from boxoffice.app.settings.declarations import SETTINGS
from boxoffice.app.settings.kinds import Kind, SettingError
from boxoffice.app.settings.till import Settings

EXPECTED_KEYS = {
    "tickettailor_url",
    "btcpay_url",
    "btcpay_store_id",
    "event_ids",
    "ticket_overrides",
    "expiration_minutes",
    "payment_methods",
    "speed_policy",
    "require_name",
    "placeholder_name",
    "email_required",
    "send_ticket_emails",
    "device_id",
    "device_name",
    "language",
    "high_contrast",
    "large_text",
    "kiosk",
    "kiosk_pin_hash",
    "kiosk_idle_seconds",
    "kiosk_done_seconds",
    "kiosk_welcome",
    "kiosk_logo",
}


def write_file(data) -> None:
    path = paths.settings_path()
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")


def test_every_setting_is_declared_once_with_words_for_the_dialog():
    keys = [s.key for s in SETTINGS]
    assert sorted(keys) == sorted(EXPECTED_KEYS)
    assert len(keys) == len(set(keys))
    for setting in SETTINGS:
        assert setting.label and setting.help and setting.group
        assert setting.env.startswith("BOXOFFICE_")
        if setting.kind in (Kind.CHOICE, Kind.MULTI_CHOICE):
            assert setting.choices
    assert Settings.declaration("tickettailor_url").env == "BOXOFFICE_TICKETTAILOR_URL"
    assert Settings.declaration("btcpay_store_id").env == "BOXOFFICE_BTCPAY_STORE_ID"
    assert Settings.declaration("require_name").env == "BOXOFFICE_REQUIRE_NAME"
    assert Settings.declaration("device_id").read_only


def test_defaults_without_a_file():
    settings = Settings.load()
    assert settings.problems == []
    assert settings.tickettailor_url == "https://api.tickettailor.com"
    assert settings.btcpay_url == ""
    assert settings.btcpay_store_id == ""
    assert settings.event_ids == ()
    assert dict(settings.ticket_overrides) == {}
    assert settings.expiration_minutes == 15
    assert settings.payment_methods == ("onchain", "lightning")
    assert settings.speed_policy == "HighSpeed"
    assert settings.require_name is False
    assert settings.placeholder_name == "Satoshi Nakamoto"
    assert settings.email_required is True
    assert settings.send_ticket_emails is True
    assert settings.device_id is None
    assert settings.device_name == ""
    assert not paths.settings_path().exists()  # loading alone writes nothing


def test_round_trip_of_every_field():
    from boxoffice.domain.catalogue import TicketOverride

    settings = Settings.load()
    settings.tickettailor_url = "https://tt.example.org/"
    settings.btcpay_url = "https://pay.example.org"
    settings.btcpay_store_id = "Store123"
    settings.event_ids = ["ev_1", "ev_2"]
    settings.ticket_overrides = {
        "tt_1": {"name": "Door ticket", "price": "12.50", "description": "<b>hi</b>"},
        "tt_2": TicketOverride(hidden=True),
    }
    settings.expiration_minutes = 8  # whole minutes: BTCPay refuses fractions
    settings.payment_methods = ["lightning"]
    settings.speed_policy = "LowSpeed"
    settings.require_name = True
    settings.placeholder_name = "Ada Lovelace"
    settings.email_required = False
    settings.send_ticket_emails = False
    settings.device_id = "till-7"
    settings.device_name = "Front door"
    settings.save()

    again = Settings.load()
    assert again.problems == []
    assert again.tickettailor_url == "https://tt.example.org"  # trailing slash dropped
    assert again.btcpay_url == "https://pay.example.org"
    assert again.btcpay_store_id == "Store123"
    assert again.event_ids == ("ev_1", "ev_2")
    assert dict(again.ticket_overrides) == {
        "tt_1": TicketOverride(
            name="Door ticket", price=Decimal("12.50"), description="<b>hi</b>", hidden=False
        ),
        "tt_2": TicketOverride(hidden=True),
    }
    assert again.expiration_minutes == 8
    assert again.payment_methods == ("lightning",)
    assert again.speed_policy == "LowSpeed"
    assert again.require_name is True
    assert again.placeholder_name == "Ada Lovelace"
    assert again.email_required is False
    assert again.send_ticket_emails is False
    assert again.device_id == "till-7"
    assert again.device_name == "Front door"
    # Money is kept as a decimal string in the file, never a float.
    raw = json.loads(paths.settings_path().read_text())
    assert raw["ticket_overrides"]["tt_1"]["price"] == "12.50"


def test_device_id_is_made_once_on_first_save_and_then_kept():
    settings = Settings.load()
    assert settings.device_id is None
    settings.save()
    first = settings.device_id
    assert first and first.startswith("door-") and len(first) == len("door-") + 6
    Settings.load().save()
    assert Settings.load().device_id == first
    # Another till (another config dir) gets another id.
    other = Settings(path=paths.config_dir() / "other.json")
    other.save()
    assert other.device_id != first


def test_checkout_and_catalogue_settings_for_the_core():
    from boxoffice.domain.catalogue import CatalogueSettings, TicketOverride
    from boxoffice.domain.checkout import CheckoutSettings

    settings = Settings(
        {
            "expiration_minutes": 5,
            "payment_methods": ["lightning"],
            "speed_policy": "MediumSpeed",
            "require_name": True,
            "placeholder_name": "Anon Ymous",
            "email_required": False,
            "send_ticket_emails": False,
            "event_ids": ["ev_9"],
            "ticket_overrides": {"tt_1": {"price": "3"}},
        }
    )
    assert settings.to_checkout() == CheckoutSettings(
        expiration_minutes=5,
        payment_methods=("lightning",),
        speed_policy="MediumSpeed",
        require_name=True,
        placeholder_name="Anon Ymous",
        email_required=False,
        send_ticket_emails=False,
    )
    catalogue = settings.to_catalogue()
    assert isinstance(catalogue, CatalogueSettings)
    assert catalogue.event_ids == ("ev_9",)
    assert dict(catalogue.overrides) == {"tt_1": TicketOverride(price=Decimal("3"))}


@pytest.mark.parametrize(
    ("variable", "text", "key", "expected"),
    [
        (
            "BOXOFFICE_TICKETTAILOR_URL",
            "http://127.0.0.1:8000/",
            "tickettailor_url",
            "http://127.0.0.1:8000",
        ),
        ("BOXOFFICE_BTCPAY_URL", "https://btcpay.example", "btcpay_url", "https://btcpay.example"),
        ("BOXOFFICE_BTCPAY_STORE_ID", "AbC", "btcpay_store_id", "AbC"),
        ("BOXOFFICE_EVENT_IDS", "ev_1, ev_2,,ev_1", "event_ids", ("ev_1", "ev_2")),
        ("BOXOFFICE_EXPIRATION_MINUTES", "25", "expiration_minutes", 25),
        ("BOXOFFICE_PAYMENT_METHODS", "Lightning", "payment_methods", ("lightning",)),
        ("BOXOFFICE_SPEED_POLICY", "lowmediumspeed", "speed_policy", "LowMediumSpeed"),
        ("BOXOFFICE_REQUIRE_NAME", "yes", "require_name", True),
        ("BOXOFFICE_REQUIRE_NAME", "1", "require_name", True),
        ("BOXOFFICE_EMAIL_REQUIRED", "no", "email_required", False),
        ("BOXOFFICE_SEND_TICKET_EMAILS", "FALSE", "send_ticket_emails", False),
        ("BOXOFFICE_SEND_TICKET_EMAILS", "0", "send_ticket_emails", False),
        ("BOXOFFICE_PLACEHOLDER_NAME", "Jane Doe", "placeholder_name", "Jane Doe"),
        ("BOXOFFICE_DEVICE_ID", "door-b", "device_id", "door-b"),
        ("BOXOFFICE_DEVICE_NAME", "Side door", "device_name", "Side door"),
    ],
)
def test_environment_overrides_every_kind(monkeypatch, variable, text, key, expected):
    write_file(
        {key: Settings.declaration(key).to_json(Settings.declaration(key).default)}
        if key != "device_id"
        else {"device_id": "door-a"}
    )
    monkeypatch.setenv(variable, text)
    settings = Settings.load()
    assert settings.problems == []
    assert settings.get(key) == expected
    assert settings.env_override(key) == variable


def test_environment_override_of_ticket_changes_is_json(monkeypatch):
    from boxoffice.domain.catalogue import TicketOverride

    monkeypatch.setenv("BOXOFFICE_TICKET_OVERRIDES", '{"tt_5": {"price": "1.00", "hidden": true}}')
    settings = Settings.load()
    assert dict(settings.ticket_overrides) == {
        "tt_5": TicketOverride(price=Decimal("1.00"), hidden=True)
    }


def test_environment_values_are_not_written_to_the_file(monkeypatch):
    write_file({"btcpay_url": "https://saved.example"})
    monkeypatch.setenv("BOXOFFICE_BTCPAY_URL", "https://env.example")
    settings = Settings.load()
    assert settings.btcpay_url == "https://env.example"
    assert settings.saved("btcpay_url") == "https://saved.example"
    settings.device_name = "Till"
    settings.save()
    assert json.loads(paths.settings_path().read_text())["btcpay_url"] == "https://saved.example"


def test_a_bad_environment_value_is_ignored_with_a_sentence(monkeypatch):
    monkeypatch.setenv("BOXOFFICE_EXPIRATION_MINUTES", "soon")
    monkeypatch.setenv("BOXOFFICE_REQUIRE_NAME", "maybe")
    monkeypatch.setenv("BOXOFFICE_PAYMENT_METHODS", "cash")
    settings = Settings.load()
    assert settings.expiration_minutes == 15
    assert settings.require_name is False
    assert settings.payment_methods == ("onchain", "lightning")
    assert len(settings.problems) == 3
    joined = " ".join(settings.problems)
    for variable in (
        "BOXOFFICE_EXPIRATION_MINUTES",
        "BOXOFFICE_REQUIRE_NAME",
        "BOXOFFICE_PAYMENT_METHODS",
    ):
        assert variable in joined
    assert settings.env_override("expiration_minutes") is None


def test_a_damaged_file_is_kept_as_bak_and_defaults_are_used():
    write_file('{"btcpay_url": "https://x.example", ')
    settings = Settings.load()
    assert settings.btcpay_url == ""
    assert len(settings.problems) == 1
    assert "settings.json.bak" in settings.problems[0]
    backup = paths.config_dir() / "settings.json.bak"
    assert backup.read_text() == '{"btcpay_url": "https://x.example", '
    # The original stays until the user saves; saving then writes a valid file.
    settings.save()
    assert json.loads(paths.settings_path().read_text())["format"] == 1
    assert backup.exists()


def test_a_second_damaged_file_does_not_overwrite_the_first_backup():
    write_file("first broken")
    Settings.load()
    write_file("second broken")
    Settings.load()
    assert (paths.config_dir() / "settings.json.bak").read_text() == "first broken"
    assert (paths.config_dir() / "settings.json.1.bak").read_text() == "second broken"


def test_a_damaged_file_that_cannot_be_copied_aside_still_loads(monkeypatch):
    write_file("broken")

    def refuse(*_args, **_kw):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("boxoffice.app.settings.store.shutil.copy2", refuse)
    settings = Settings.load()
    assert settings.btcpay_url == ""
    assert len(settings.problems) == 1
    assert "Permission denied" in settings.problems[0]
    assert paths.settings_path().read_text() == "broken"


def test_a_file_that_is_not_an_object_is_treated_as_damaged():
    write_file("[1, 2, 3]")
    settings = Settings.load()
    assert len(settings.problems) == 1
    assert (paths.config_dir() / "settings.json.bak").exists()


def test_wrong_values_are_kept_out_one_by_one_with_a_sentence_each():
    write_file(
        {
            "btcpay_url": "https://good.example",
            "btcpay_store_id": 42,
            "expiration_minutes": "fifteen",
            "require_name": "yes",
            "payment_methods": ["onchain", "cash"],
            "speed_policy": "Warp",
            "event_ids": "ev_1",
            "ticket_overrides": {"tt_1": {"price": 12.5}},
            "device_id": "has spaces",
            "email_required": False,
        }
    )
    settings = Settings.load()
    # The good values survive...
    assert settings.btcpay_url == "https://good.example"
    assert settings.email_required is False
    # ...the bad ones fall back to their defaults...
    assert settings.btcpay_store_id == ""
    assert settings.expiration_minutes == 15
    assert settings.require_name is False
    assert settings.payment_methods == ("onchain", "lightning")
    assert settings.speed_policy == "HighSpeed"
    assert settings.event_ids == ()
    assert dict(settings.ticket_overrides) == {}
    assert settings.device_id is None
    # ...each with one plain sentence naming the setting.
    assert len(settings.problems) == 8
    for problem in settings.problems:
        assert problem.endswith(".")
        assert "default" in problem
    assert any("Time to pay" in p or "time to pay" in p for p in settings.problems)
    assert any("price" in p for p in settings.problems)


def test_out_of_range_number_and_empty_payment_methods_are_refused():
    settings = Settings.load()
    with pytest.raises(SettingError, match="between 1 and 1440"):
        settings.expiration_minutes = 0
    with pytest.raises(SettingError, match="at least one"):
        settings.payment_methods = []
    with pytest.raises(SettingError, match="web address"):
        settings.btcpay_url = "btcpay.example"
    for unusable in ("http://[::1", "http://btcpay.example:port"):
        with pytest.raises(SettingError, match="not a valid web address"):
            settings.btcpay_url = unusable
    with pytest.raises(SettingError, match="price"):
        settings.ticket_overrides = {"tt_1": {"price": "-1"}}
    with pytest.raises(SettingError, match="true or false"):
        settings.require_name = "yes"
    assert settings.expiration_minutes == 15


def test_unknown_keys_are_kept_but_secret_looking_ones_are_dropped():
    write_file(
        {
            "future_setting": {"a": 1},
            "btcpay_api_key": "0123456789abcdef0123456789abcdef01234567",
        }
    )
    settings = Settings.load()
    assert len(settings.problems) == 2
    settings.save()
    saved = json.loads(paths.settings_path().read_text())
    assert saved["future_setting"] == {"a": 1}
    assert "btcpay_api_key" not in saved
    assert "0123456789abcdef" not in paths.settings_path().read_text()


async def test_secrets_never_reach_the_settings_file(monkeypatch, memory_keyring):
    from boxoffice.services import secrets

    tt_key = "sk_1000_1000_SecretValueForTest"
    btc_key = "f" * 40
    monkeypatch.setenv("BOXOFFICE_TICKETTAILOR_API_KEY", tt_key)
    await secrets.SecretStore().set(secrets.BTCPAY_API_KEY, btc_key)
    settings = Settings.load()
    for setting in SETTINGS:
        if setting.kind in (Kind.TEXT, Kind.URL) and not setting.read_only:
            settings.set(setting.key, settings.get(setting.key))
    settings.btcpay_url = "https://pay.example"
    settings.save()
    text = paths.settings_path().read_text()
    assert tt_key not in text
    assert btc_key not in text
    assert "api_key" not in text


def test_the_file_is_written_atomically_and_privately(monkeypatch):
    settings = Settings.load()
    settings.device_name = "One"
    settings.save()
    path = paths.settings_path()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700

    # A crash half way through writing leaves the old file whole and no temp file behind.
    def broken_dump(*args, **kwargs):
        handle = args[1]
        handle.write('{"device_name": "Tw')
        raise OSError("disk full")

    monkeypatch.setattr("boxoffice.app.settings.store.json.dump", broken_dump)
    settings.device_name = "Two"
    with pytest.raises(OSError, match="disk full"):
        settings.save()
    assert json.loads(path.read_text())["device_name"] == "One"
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]


def test_save_replaces_the_file_in_one_rename(monkeypatch):
    settings = Settings.load()
    settings.save()
    renames = []
    real_replace = os.replace

    def spy(src, dst):
        renames.append((os.path.basename(src), os.path.basename(dst)))
        assert json.loads(Path(src).read_text(encoding="utf-8"))["device_name"] == "Spy"
        return real_replace(src, dst)

    monkeypatch.setattr("boxoffice.app.settings.store.os.replace", spy)
    settings.device_name = "Spy"
    settings.save()
    assert len(renames) == 1 and renames[0][1] == "settings.json"
    assert renames[0][0] != "settings.json"


def test_copy_is_independent():
    settings = Settings.load()
    draft = settings.copy()
    draft.device_name = "Draft"
    assert settings.device_name == ""
    assert draft.device_name == "Draft"
