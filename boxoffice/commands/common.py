"""What the commands share: exit statuses, output helpers, opening the runtime."""

from __future__ import annotations

import json
import sys
from enum import IntEnum
from typing import Any, TextIO

from boxoffice.app.settings.till import Settings


class ExitStatus(IntEnum):
    """The command line's exit statuses (documented in `boxoffice --help`)."""

    OK = 0
    FAILURE = 1  # anything else: a service refused, the network, a failed sale
    BAD_INPUT = 2  # the command's input cannot be sold as asked; nothing was reserved
    RELEASED = 3  # released, expired or cancelled: nothing sold, nothing kept
    NEEDS_ATTENTION = 4  # money and tickets disagree: a person must look at the sale
    INTERRUPTED = 130  # stopped by a second Ctrl-C; `boxoffice reconcile` finishes the sale


class BadInput(Exception):
    """The command's input is wrong; `str()` is the one sentence printed on stderr."""


class Console:
    """Where a command writes: `out` for results, `err` for messages to the person."""

    def __init__(self, out: TextIO | None = None, err: TextIO | None = None) -> None:
        self.out = out or sys.stdout
        self.err = err or sys.stderr

    def say(self, text: str = "") -> None:
        print(text, file=self.out, flush=True)

    def warn(self, text: str) -> None:
        print(text, file=self.err, flush=True)

    def json_line(self, data: dict[str, Any]) -> None:
        """One JSON object on one line, flushed at once so a reading process sees it now."""
        print(json.dumps(data, ensure_ascii=False, default=str), file=self.out, flush=True)


def load_settings(console: Console) -> Settings:
    """The settings, with any problem in them printed as a warning (they never stop a command)."""
    settings = Settings.load()
    for problem in settings.problems:
        console.warn(f"Warning: {problem}")
    return settings
