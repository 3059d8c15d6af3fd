"""`boxoffice check-in`: the door from the terminal.

    boxoffice check-in BARCODE [--event EV]   judge a ticket and admit its holder if valid
    boxoffice check-in --sync                 send the check-ins queued while offline
    boxoffice check-in --status               counters, the queue and double admissions
    boxoffice check-in --refresh              download the door list (for offline use)

The same desk as the window's (`boxoffice.engine.check_in`), with the door list and the queue
in the till's journal: a ticket the window admitted offline is "already checked in" here too.
"""

from __future__ import annotations

from enum import IntEnum

from boxoffice.app.runtime import Runtime
from boxoffice.commands.common import BadInput, Console, load_settings
from boxoffice.engine.check_in import CheckInDesk
from boxoffice.engine.check_in_result import (
    DoubleAdmission,
    ScanKind,
    ScanResult,
    clock_time,
    details,
    headline,
)
from boxoffice.engine.door_list import DoorStore


class CheckInExit(IntEnum):
    """Exit statuses of `check-in` (a script at the door branches on them)."""

    ADMIT = 0
    PROBLEM = 1  # nobody admitted: Ticket Tailor refused, or the queue could not be sent
    ALREADY = 5
    VOIDED = 6
    UNKNOWN = 7
    OTHER_EVENT = 8
    DOUBLE_ADMISSIONS = 9  # --sync / --status: tickets let in here offline and elsewhere too


EXIT_OF_KIND = {
    ScanKind.VALID: CheckInExit.ADMIT,
    ScanKind.ALREADY: CheckInExit.ALREADY,
    ScanKind.VOIDED: CheckInExit.VOIDED,
    ScanKind.UNKNOWN: CheckInExit.UNKNOWN,
    ScanKind.OTHER_EVENT: CheckInExit.OTHER_EVENT,
    ScanKind.PROBLEM: CheckInExit.PROBLEM,
}


async def check_in(args, console: Console) -> int:
    """Run `boxoffice check-in`; see the module for the forms and `CheckInExit`."""
    actions = [bool(args.barcode), args.sync, args.status, args.refresh]
    if sum(actions) != 1:
        raise BadInput(
            "Give one barcode, or one of --sync, --status and --refresh (boxoffice check-in -h)."
        )
    settings = load_settings(console)
    runtime = await Runtime.open(settings)
    store = DoorStore(runtime.journal)
    try:
        desk = CheckInDesk(
            runtime.tickettailor,
            store,
            device_id=runtime.engine.device_id,
            event_ids=args.event or settings.event_ids,
        )
        await desk.open()
        if not desk.events:
            raise BadInput(
                "There is no event to check in: none starts within a day, and none is set "
                "(give --event EV, or set the till's events)."
            )
        if args.barcode:
            return await _scan(desk, args.barcode, console)
        if args.sync:
            return await _sync(desk, console)
        if args.refresh:
            complete = await desk.refresh()
            await _status(desk, console)
            if not complete:
                console.warn("Ticket Tailor cannot be reached: the door list was not all read.")
            return CheckInExit.ADMIT if complete else CheckInExit.PROBLEM
        return await _status(desk, console)
    finally:
        store.close()
        await runtime.aclose()


async def _scan(desk: CheckInDesk, barcode: str, console: Console) -> int:
    result = await desk.scan(barcode)
    console.say(_words(result))
    if desk.online and await desk.waiting():
        report = await desk.sync()
        if report.sent:
            console.say(f"Sent {report.sent} check-in(s) queued while offline.")
        _say_doubles(report.doubles or [], console)
    elif result.offline:
        waiting = await desk.waiting()
        console.warn(f"Offline — {waiting} check-in(s) waiting (boxoffice check-in --sync).")
    return EXIT_OF_KIND[result.kind]


def _words(result: ScanResult) -> str:
    return f"{headline(result)}\n{details(result)}"


async def _sync(desk: CheckInDesk, console: Console) -> int:
    report = await desk.sync()
    console.say(f"Sent {report.sent} check-in(s); {report.waiting} waiting.")
    _say_doubles(report.doubles or [], console)
    if report.waiting:
        console.warn(f"Ticket Tailor cannot be reached: {report.problem or 'no answer'}.")
        return CheckInExit.PROBLEM
    return CheckInExit.DOUBLE_ADMISSIONS if report.doubles else CheckInExit.ADMIT


async def _status(desk: CheckInDesk, console: Console) -> int:
    for counter in await desk.counters():
        console.say(f"{counter.name}: {counter.checked_in} checked in of {counter.issued}")
    waiting = await desk.waiting()
    if waiting:
        console.say(f"{waiting} check-in(s) waiting to be sent to Ticket Tailor.")
    doubles = await desk.doubles()
    _say_doubles(doubles, console)
    return CheckInExit.DOUBLE_ADMISSIONS if doubles else CheckInExit.ADMIT


def _say_doubles(doubles: list[DoubleAdmission], console: Console) -> None:
    for double in doubles:
        who = double.ticket.full_name if double.ticket and double.ticket.full_name else "no name"
        elsewhere = (
            f", and elsewhere at {clock_time(double.elsewhere_at)}" if double.elsewhere_at else ""
        )
        console.say(
            f"Double admission: {double.local.barcode} ({who}) let in here offline at "
            f"{clock_time(double.local.at)}{elsewhere}."
        )
