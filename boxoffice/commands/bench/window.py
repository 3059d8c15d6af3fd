"""The window's figures, from the GUI probe run as a child process.

Startup, loop stalls, showing the large catalogue, idle requests and memory need Qt, which
lives only under `boxoffice.ui`; commands may not import it, so the benchmark runs
`python -m boxoffice.ui.bench_probe --json` and reads its one JSON object.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from typing import Any

#: Longest the probe may take before the benchmark gives up on it (s).
PROBE_LIMIT = 3600.0


class ProbeFailed(RuntimeError):
    """The window's probe did not answer."""


async def run_probe(
    rtt_ms: int, *, sales: int, events: int, types: int, repeats: int, idle_seconds: float
) -> dict[str, Any]:
    command = [
        sys.executable,
        "-m",
        "boxoffice.ui.bench_probe",
        "--json",
        "--rtt-ms",
        str(rtt_ms),
        "--sales",
        str(sales),
        "--events",
        str(events),
        "--types",
        str(types),
        "--repeats",
        str(repeats),
        "--idle-seconds",
        str(idle_seconds),
    ]
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    child = await asyncio.create_subprocess_exec(
        *command, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    try:
        out, err = await asyncio.wait_for(child.communicate(), PROBE_LIMIT)
    except TimeoutError:
        child.kill()
        await child.wait()
        raise ProbeFailed(f"the window's probe took more than {PROBE_LIMIT:g} s") from None
    if child.returncode != 0:
        tail = err.decode(errors="replace").strip().splitlines()[-5:]
        raise ProbeFailed(
            f"the window's probe failed (exit code {child.returncode}): " + " / ".join(tail)
        )
    lines = out.decode().strip().splitlines()
    try:
        answer = json.loads(lines[-1])
    except (IndexError, ValueError) as error:
        raise ProbeFailed(f"the window's probe answered no JSON: {error}") from None
    if not isinstance(answer, dict):
        raise ProbeFailed("the window's probe answered something other than an object")
    return answer
