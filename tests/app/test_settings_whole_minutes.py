"""The time to pay is whole minutes: BTCPay refuses any JSON fraction, even 15.0, with 422
"Invalid timespan" (BTCPay Server source, BTCPayServer.Client/JsonConverters/
TimeSpanJsonConverter.cs). An older settings file with a fraction is read leniently."""

from __future__ import annotations

import json

import pytest

from boxoffice.app.settings.kinds import SettingError
from boxoffice.app.settings.till import Settings


def test_the_setting_is_a_whole_number():
    settings = Settings(environ={})
    assert settings.expiration_minutes == 15 and type(settings.expiration_minutes) is int
    settings.expiration_minutes = 10.0
    assert type(settings.expiration_minutes) is int
    with pytest.raises(SettingError, match="whole number"):
        settings.expiration_minutes = 7.5
    assert type(settings.to_checkout().expiration_minutes) is int


def test_an_old_file_with_a_fraction_is_rounded_up_and_said(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"format": 1, "expiration_minutes": 7.5, "device_name": "Door"}))
    settings = Settings.load(path, environ={})
    assert settings.expiration_minutes == 8  # never less time than the organiser chose
    assert settings.device_name == "Door"  # nothing else lost
    [problem] = settings.problems
    assert "7.5" in problem and "8" in problem and "whole" in problem
    settings.save()
    assert json.loads(path.read_text())["expiration_minutes"] == 8


def test_an_environment_fraction_is_rounded_up_and_said(tmp_path):
    settings = Settings.load(
        tmp_path / "settings.json", environ={"BOXOFFICE_EXPIRATION_MINUTES": "2.5"}
    )
    assert settings.expiration_minutes == 3
    assert any("BOXOFFICE_EXPIRATION_MINUTES" in p and "3" in p for p in settings.problems)


def test_a_fraction_out_of_range_still_falls_back_to_the_default(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"expiration_minutes": 1440.5}))
    settings = Settings.load(path, environ={})
    assert settings.expiration_minutes == 15
    assert any("default" in p for p in settings.problems)


def test_the_fastest_speed_policy_promises_no_zero_confirmations():
    # HighSpeed + RBF needs 1 confirmation (NBXplorerListener.cs ConfirmationRequired).
    words = " ".join(w for _, w in Settings.declaration("speed_policy").choices)
    assert "0 confirmation" not in words and "zero" not in words.lower()
    assert "RBF" in words
