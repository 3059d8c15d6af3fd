"""Where files live: env overrides and private directories."""

from __future__ import annotations

import os
import stat

from boxoffice.app import paths


def test_directories_follow_the_environment_and_are_private(tmp_path, monkeypatch):
    monkeypatch.setenv("BOXOFFICE_CONFIG_DIR", str(tmp_path / "a" / "conf"))
    monkeypatch.setenv("BOXOFFICE_DATA_DIR", str(tmp_path / "b" / "data"))
    assert paths.config_dir() == tmp_path / "a" / "conf"
    assert paths.data_dir() == tmp_path / "b" / "data"
    assert paths.journal_path().parent == tmp_path / "b" / "data"
    assert paths.catalogue_cache_path().parent == tmp_path / "b" / "data"
    assert paths.settings_path().parent == tmp_path / "a" / "conf"
    for directory in (paths.config_dir(), paths.data_dir(), paths.log_dir()):
        assert directory.is_dir()
        assert stat.S_IMODE(os.stat(directory).st_mode) == 0o700


def test_without_overrides_the_per_user_directories_are_used(tmp_path, monkeypatch):
    monkeypatch.delenv("BOXOFFICE_CONFIG_DIR")
    monkeypatch.delenv("BOXOFFICE_DATA_DIR")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    assert paths.config_dir() == tmp_path / "xdg-config" / "boxoffice"
    assert paths.data_dir() == tmp_path / "xdg-data" / "boxoffice"
