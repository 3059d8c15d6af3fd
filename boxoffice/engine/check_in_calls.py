"""What the check-in desk needs around its calls: Ticket Tailor's tickets as door tickets, a
time limit, and disk work on a worker thread — none of which may need the loop to be marked
running (qasync steps tasks from Qt's event processing too).
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from boxoffice.engine.door_list import DoorTicket
from boxoffice.services.tickettailor.models import IssuedTicket

T = TypeVar("T")


class Unreachable(Exception):
    """Ticket Tailor could not be asked (no answer, an outage, a broken or limited answer)."""


async def off_thread(function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run a door-list read or write on a worker thread: the GUI loop never waits on SQLite.

    `get_event_loop()`, not `get_running_loop()` (as `asyncio.to_thread` uses): under qasync a
    task can be stepped from Qt's event processing while the loop is not marked running.
    """
    loop = asyncio.get_event_loop()
    return await loop.run_in_executor(None, functools.partial(function, *args, **kwargs))


async def within(call: Awaitable[T], seconds: float) -> T:
    """`call`, or `TimeoutError` after `seconds` (its task cancelled).

    Not `asyncio.timeout`, for the reason given at `off_thread`.
    """
    task = asyncio.ensure_future(call)
    expired = False

    def expire() -> None:
        nonlocal expired
        expired = True
        task.cancel()

    handle = asyncio.get_event_loop().call_later(seconds, expire)
    try:
        return await task
    except asyncio.CancelledError:
        if expired and task.cancelled():
            raise TimeoutError(f"no answer within {seconds:g} s") from None
        raise
    finally:
        handle.cancel()


def door_ticket(ticket: IssuedTicket) -> DoorTicket:
    return DoorTicket(
        ticket.id,
        ticket.event_id,
        ticket.barcode,
        ticket.status,
        ticket.checked_in,
        ticket.full_name,
        ticket.email,
        ticket.description,
    )


def checked_in(ticket: DoorTicket) -> DoorTicket:
    return DoorTicket(
        ticket.ticket_id,
        ticket.event_id,
        ticket.barcode,
        ticket.status,
        True,
        ticket.full_name,
        ticket.email,
        ticket.ticket_type,
    )
