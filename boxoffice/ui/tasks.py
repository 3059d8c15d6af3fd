"""Background work started from the GUI: kept referenced, "latest wins", errors made visible.

asyncio keeps only weak references to tasks, so a task started from a slot and not stored may be
garbage-collected mid-flight. `TaskKeeper` holds every task until it ends, cancels the previous
task of the same key when a newer one supersedes it (FeelUOwn's PreemptiveTaskSpec), and sends
unexpected exceptions to one reporting callable instead of letting them vanish.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

log = logging.getLogger(__name__)


class TaskKeeper:
    """Owns the asyncio tasks of one window or dialog."""

    def __init__(self, report: Callable[[BaseException], None] | None = None) -> None:
        self._tasks: set[asyncio.Task] = set()
        self._latest: dict[str, asyncio.Task] = {}
        self._report = report

    def spawn(self, coro: Coroutine[Any, Any, Any], *, key: str | None = None) -> asyncio.Task:
        """Run `coro` as a task; with `key`, cancel the running task of that key first."""
        if key is not None:
            previous = self._latest.get(key)
            if previous is not None and not previous.done():
                previous.cancel()
        task = asyncio.get_event_loop().create_task(coro)
        self._tasks.add(task)
        if key is not None:
            self._latest[key] = task
        task.add_done_callback(lambda done: self._finished(done, key))
        return task

    async def settled(self, key: str) -> None:
        """Wait until the task of `key` (if any) has ended, however it ended."""
        task = self._latest.get(key)
        if task is not None and not task.done():
            await asyncio.wait({task})

    def running(self, key: str) -> bool:
        """Whether the task of `key` is still running."""
        task = self._latest.get(key)
        return task is not None and not task.done()

    def cancel(self, key: str) -> None:
        task = self._latest.get(key)
        if task is not None and not task.done():
            task.cancel()

    def _finished(self, task: asyncio.Task, key: str | None) -> None:
        self._tasks.discard(task)
        if key is not None and self._latest.get(key) is task:
            del self._latest[key]
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            log.error("background task failed", exc_info=error)
            if self._report is not None:
                self._report(error)

    async def aclose(self) -> None:
        """Cancel every task and wait for them to end."""
        tasks = [task for task in self._tasks if not task.done()]
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()
