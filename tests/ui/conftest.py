"""Fixtures for the window's tests: a qasync loop on the GUI thread and a way to wait on it."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator

import pytest
import qasync

import boxoffice.ui  # noqa: F401 - applies the PySide6 workaround before any widget exists


@pytest.fixture
def loop(qapp) -> Iterator[qasync.QEventLoop]:
    """A qasync event loop, set as the current loop, closed after the test."""
    event_loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(event_loop)
    try:
        yield event_loop
    finally:
        pending = [task for task in asyncio.all_tasks(event_loop) if not task.done()]
        for task in pending:
            task.cancel()
        if pending:
            event_loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        event_loop.close()
        asyncio.set_event_loop(None)


def run_until(
    event_loop: asyncio.AbstractEventLoop,
    condition: Callable[[], object],
    *,
    timeout: float = 10.0,
    message: str = "condition",
) -> object:
    """Run the loop (and so Qt) until `condition()` is truthy; fail after `timeout` seconds."""

    async def poll() -> object:
        deadline = time.monotonic() + timeout
        while True:
            value = condition()
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {message}")
            await asyncio.sleep(0.01)

    return event_loop.run_until_complete(poll())


def settle(event_loop: asyncio.AbstractEventLoop, seconds: float = 0.05) -> None:
    """Let the loop run briefly so queued callbacks and repaints happen."""
    event_loop.run_until_complete(asyncio.sleep(seconds))
