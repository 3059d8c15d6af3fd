"""Test-wide isolation: no test touches the user's settings, journal, keyring or screen."""

from __future__ import annotations

import os

# Before anything imports Qt: render offscreen, whatever the machine has.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import keyring.backend
import pytest


class MemoryKeyring(keyring.backend.KeyringBackend):
    """An in-memory keyring, so tests never read or write the real one."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def isolated_profile(tmp_path, monkeypatch, request):
    """A fresh config and data directory and an empty in-memory keyring for every test."""
    monkeypatch.setenv("BOXOFFICE_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BOXOFFICE_DATA_DIR", str(tmp_path / "data"))
    for name in list(os.environ):
        if name.startswith("BOXOFFICE_") and not name.endswith("_DIR"):
            monkeypatch.delenv(name)
    if request.node.get_closest_marker("keyring"):
        yield  # the real Secret Service test brings its own keyring
        return
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    """The in-memory keyring installed for this test."""
    backend = keyring.get_keyring()
    assert isinstance(backend, MemoryKeyring)
    return backend
