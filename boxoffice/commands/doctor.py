"""`boxoffice doctor`: can this till sell? Runs the checks of `boxoffice.app.diagnostics` and
prints one line per finding: ok, warn or FAIL, with what to do. Exit status 0 only when a sale
can be made.
"""

from __future__ import annotations

from dataclasses import asdict

from boxoffice.app.diagnostics import FAIL, OK, WARN, Doctor
from boxoffice.app.settings.till import Settings
from boxoffice.commands.common import Console, ExitStatus


async def doctor(args, console: Console) -> int:
    """Run `boxoffice doctor`; 0 when a sale can be made."""
    # Problems in the settings are reported among the checks, not as warnings up front.
    settings = Settings.load()
    checker = Doctor(settings)
    checks = await checker.run()
    if args.json:
        for check in checks:
            console.json_line(asdict(check))
    else:
        for check in checks:
            mark = {OK: "ok  ", WARN: "warn", FAIL: "FAIL"}[check.status]
            console.say(f"{mark}  {check.subject}: {check.message}")
        if checker.can_sell:
            console.say("A sale can be made.")
        else:
            console.say("Fix the lines marked FAIL before selling.")
    return ExitStatus.OK if checker.can_sell else ExitStatus.FAILURE
