"""Command-line tests: leave no log handler of `boxoffice` behind on the root logger."""

from __future__ import annotations

import logging

import pytest


@pytest.fixture(autouse=True)
def _close_boxoffice_log_handlers():
    yield
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_boxoffice", False):
            root.removeHandler(handler)
            handler.close()
