"""Settings files of any encoding or shape: read where they can be, else defaults, never a crash."""

from __future__ import annotations

import pytest

from boxoffice.app import paths
from boxoffice.app.settings.store import MAX_SETTINGS_BYTES
from boxoffice.app.settings.till import Settings
from boxoffice.cli import main

GOOD = '{"btcpay_url": "https://pay.example", "require_name": true}'


def _write(raw: bytes) -> None:
    path = paths.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(raw)


@pytest.mark.parametrize(
    "raw",
    [
        GOOD.encode("utf-16"),  # Notepad's "Unicode", little-endian with its mark
        b"\xfe\xff" + GOOD.encode("utf-16-be"),
        b"\xef\xbb\xbf" + GOOD.encode(),  # UTF-8 with a byte-order mark
    ],
    ids=["utf-16-le", "utf-16-be", "utf-8-bom"],
)
def test_a_file_saved_in_another_unicode_encoding_is_read(raw):
    _write(raw)
    settings = Settings.load()
    assert settings.problems == []
    assert settings.btcpay_url == "https://pay.example"
    assert settings.require_name is True


@pytest.mark.parametrize(
    "raw",
    [
        bytes(range(256)) * 4,  # binary
        GOOD.encode("utf-16-le"),  # UTF-16 without its mark: not text we can tell
        b"[" * 100_000 + b"]" * 100_000,  # nested far deeper than the parser can follow
        b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
        b"",
        b'{"btcpay_url": "https://pay.exam',  # truncated
        b" " * (MAX_SETTINGS_BYTES + 1),  # far too large
    ],
    ids=["binary", "utf-16-no-bom", "deep-list", "deep-object", "empty", "truncated", "huge"],
)
def test_any_other_file_gives_the_defaults_a_message_and_a_kept_copy(raw):
    _write(raw)
    settings = Settings.load()
    assert settings.btcpay_url == ""
    (problem,) = settings.problems
    assert "damaged" in problem and "defaults" in problem
    backup = paths.config_dir() / "settings.json.bak"
    assert backup.read_bytes() == raw


@pytest.mark.parametrize("raw", [bytes(range(256)) * 4, b"[" * 100_000])
def test_commands_run_with_a_damaged_settings_file(raw, capsys):
    _write(raw)
    assert main(["sales"]) == 0
    main(["doctor"])
    out = capsys.readouterr().out
    assert "Traceback" not in out
    assert "warn  Settings: The settings file settings.json is damaged" in out
