"""Command-line tests: leave no log handler of `boxoffice` behind on the root logger, and point
the till at a module's `sim` fixture (the loopback simulator process) through the environment."""

from __future__ import annotations

import logging
import os

import pytest


@pytest.fixture
def sim_process():
    """The loopback simulator in its own process (modules that use it name it `sim`)."""
    from tests.commands.simprocess import SimProcess

    process = SimProcess()
    yield process
    process.close()


@pytest.fixture
def till_env(sim, monkeypatch) -> dict[str, str]:
    """The simulator's settings in this process's environment; returns it for subprocesses.

    `sim` is the module's own fixture: a `tests.commands.simprocess.SimProcess`.
    """
    for name, value in sim.env().items():
        monkeypatch.setenv(name, value)
    env = dict(os.environ)
    # A `boxoffice` subprocess must never reach the developer's real keyring.
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    return env


@pytest.fixture(autouse=True)
def _close_boxoffice_log_handlers():
    yield
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_boxoffice", False):
            root.removeHandler(handler)
            handler.close()
