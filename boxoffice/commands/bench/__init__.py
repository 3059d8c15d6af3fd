"""`boxoffice bench`: speed at the door, measured with real round trips, against a baseline.

The simulator is served on a loopback socket with the round trip asked for (`--rtt-ms`, half
of it on the way in and half on the way out of every request, half on a websocket message),
and every figure is measured through the same clients, sockets and engine as the app's:

- one sale at a time (`sales`): "Pay" to the QR, the payment settling on the server to the
  receipt's tickets, with the status websocket's hint and with polling only, for 1 and for 10
  tickets, and Ticket Tailor's requests per sale;
- the catalogue of a large box office fetched, all its pages (`catalogue`);
- the door rush: several tills selling at once on one simulator under Ticket Tailor's limit
  (`rush`);
- the window (`window`): startup, the GUI loop's stalls, the large catalogue shown, an idle
  till's requests and memory over many sales, from the real staff window in child processes.

Each figure is also measured for the **baseline**, the naive sequential way (hold, then
invoice, then payment methods; tickets one after another out of one hold; polling only; the
catalogue fetched on demand), built from the same clients with `EngineTiming(concurrent=False)`
and no hint, in the same run. The figures are never assertions of the test suite; the targets
(`figures.targets`) are shown beside them, and `--check` exits 1 when one is missed.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import time
from typing import Any

from boxoffice.commands.bench.catalogue import run_fetch
from boxoffice.commands.bench.figures import FIGURES, IN_ROUND_TRIPS, Figure, Report, rounds
from boxoffice.commands.bench.rig import BASELINE, POLL, PUSH, RUSH_RATE_LIMIT, Stage
from boxoffice.commands.bench.rush import run_rush
from boxoffice.commands.bench.sales import run_sales
from boxoffice.commands.bench.window import run_probe
from boxoffice.commands.common import BadInput, Console, ExitStatus
from boxoffice.engine.timing import EngineTiming

__all__ = ["bench", "measure"]

#: Seats of the sales' ticket type (the demo's General Admission): 1 + 10 tickets a repeat on
#: each stage must fit.
MOST_REPEATS = 15


def machine() -> dict[str, Any]:
    """What the run was made on, for the README's table."""
    model = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    memory = None
    try:
        with open("/proc/meminfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("MemTotal:"):
                    memory = round(int(line.split()[1]) / 1024 / 1024, 1)
                    break
    except (OSError, ValueError):
        pass
    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "memory_gb": memory,
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "cpu_reference_ms": cpu_reference_ms(),
    }


def cpu_reference_ms() -> float:
    """The best of three runs of a fixed pure-Python loop (ms): how fast this machine's CPU
    was during the run. A shared host can run at half its speed for hours; the CPU-bound
    figures (startup, building the list) move with it, the round trips do not."""
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        total = 0
        for n in range(2_000_000):
            total += n
        best = min(best, (time.perf_counter() - started) * 1000)
    return round(best, 1)


def _median(values: list[float] | list[int]) -> float | None:
    return round(statistics.median(values), 2) if values else None


async def measure(args: Any) -> Report:
    """Run every scenario and gather the report."""
    rtt = args.rtt_ms
    poll_s = EngineTiming().poll_new
    report = Report(rtt, machine())
    report.facts["poll_new_ms"] = poll_s * 1000
    figures = report.figures

    runs: dict[tuple[str, int], Any] = {}
    for mode, sizes in ((PUSH, (1, 10)), (POLL, (1,)), (BASELINE, (1, 10))):
        async with Stage(rtt) as stage:
            till = stage.till(mode.name, mode)
            for tickets in sizes:
                runs[mode.name, tickets] = await run_sales(
                    stage, till, tickets, args.repeats, poll_s
                )
    push1, push10 = runs["push", 1], runs["push", 10]
    poll1, base1, base10 = runs["poll", 1], runs["baseline", 1], runs["baseline", 10]

    figures["time_to_qr_ms"] = Figure.of(
        push1.to_qr_ms,
        base1.to_qr_ms,
        f"start_sale() until the QR's text is ready, 1 ticket, {len(push1.to_qr_ms)} sales; "
        f"10 tickets in {_median(push10.holds)} holds: median {_median(push10.to_qr_ms)} ms "
        f"(baseline, one hold: {_median(base10.to_qr_ms)} ms)",
    )
    figures["settle_to_receipt_1_ms"] = Figure.of(
        push1.to_receipt_ms,
        base1.to_receipt_ms,
        "the simulator settles a Lightning payment on the server; until the engine publishes "
        "the sale with its ticket (the receipt's content), the invoice status websocket "
        "open; baseline: sequential, polling only",
    )
    figures["settle_to_receipt_1_poll_ms"] = Figure.of(
        poll1.to_receipt_ms,
        base1.to_receipt_ms,
        f"as above without the websocket: the next poll (every {poll_s:g} s; payments spread "
        f"evenly over the interval) finds it",
    )
    figures["settle_to_receipt_10_ms"] = Figure.of(
        push10.to_receipt_ms,
        base10.to_receipt_ms,
        f"10 tickets in {_median(push10.holds)} holds issued side by side, one at a time per "
        f"hold; the receipt filled in over {_median(push10.ticket_steps)} snapshots; "
        f"baseline: one hold, ticket after ticket, polling",
    )
    figures["tt_requests_per_sale"] = Figure.of(
        push1.tt_requests,
        base1.tt_requests,
        f"Ticket Tailor requests at the simulator from 'Pay' to the sale's last record (used "
        f"holds freed), 1 ticket in {_median(push1.holds)} hold; 10 tickets in "
        f"{_median(push10.holds)} holds: {_median(push10.tt_requests)} (baseline, one hold: "
        f"{_median(base10.tt_requests)})",
    )
    holds10 = _median(push10.holds) or 0
    budget10 = holds10 + 10 + 2
    report.checks["tt_requests_per_sale (10 tickets)"] = (
        f"<= holds + tickets + 2 = {holds10:g} + 10 + 2 = {budget10:g}; measured "
        f"{_median(push10.tt_requests)}",
        (_median(push10.tt_requests) or 0) <= budget10,
    )

    fetch = await run_fetch(rtt, events=args.events, types=args.types, repeats=args.repeats)
    report.facts["catalogue_pages"] = fetch.pages
    figures["catalogue_fetch_ms"] = Figure.of(
        fetch.times_ms,
        None,
        f"list_events(published): {fetch.events} events x {args.types} ticket types in "
        f"{fetch.pages} pages (cursor pagination: one page after another, each page read on "
        f"a worker thread while the next is asked for), {len(fetch.times_ms)} fetches; the "
        f"simulator alone takes {fetch.server_page_ms:.0f} ms to build and encode a page, in "
        f"this process; the loop's largest stall during a fetch "
        f"{max(fetch.stalls_ms, default=0):.0f} ms",
    )

    fast = await run_rush(rtt, PUSH, tills=args.tills, seconds=args.rush_seconds)
    slow = await run_rush(rtt, BASELINE, tills=args.tills, seconds=args.rush_seconds)
    figures["rush_sales_per_minute_per_device"] = Figure.of(
        fast.per_minute,
        slow.per_minute,
        f"{fast.tills} tills selling 1 ticket after another for {fast.seconds:g} s on one "
        f"simulator, each paid the moment its QR was there: {fast.completed} completed, "
        f"{fast.lost} lost or wrong; {fast.tt_requests} Ticket Tailor requests "
        f"({fast.rate_limited} refused by the {RUSH_RATE_LIMIT}-per-30-minutes limit); "
        f"baseline {slow.completed} completed, {slow.lost} lost",
    )
    report.checks["rush: none lost"] = (
        f"{fast.completed + slow.completed} sales, {fast.lost + slow.lost} lost or doubled; "
        + "; ".join((fast.failed + fast.violations + slow.failed + slow.violations)[:5]),
        fast.lost + slow.lost == 0,
    )

    probe = await run_probe(
        rtt,
        sales=args.sales,
        events=args.events,
        types=args.types,
        repeats=args.repeats,
        idle_seconds=args.idle_seconds,
    )
    notes = probe.get("notes", {})
    uncached = probe["startup_to_events_uncached_ms"]
    figures["startup_to_events_ms"] = Figure(
        probe["startup_to_events_ms"]["median"],
        probe["startup_to_events_ms"]["p95"],
        uncached["median"],
        f"{notes.get('startup_to_events_ms', '')}; baseline: no catalogue copy on disk "
        f"(fetched on demand): {notes.get('startup_to_events_uncached_ms', '')}",
    )
    for name in ("max_loop_stall_ms", "catalogue_show_ms"):
        figures[name] = Figure(probe[name]["median"], probe[name]["p95"], None, notes.get(name, ""))
    for name in ("tt_requests_idle_per_hour", "rss_after_200_sales_mb", "rss_growth_last_100_mb"):
        figures[name] = Figure(probe[name], probe[name], None, notes.get(name, ""))

    idle = probe["tt_requests_idle_per_hour"]
    per_sale = figures["tt_requests_per_sale"].median or 0
    half_hour = 10 * 150 * per_sale + 10 * idle / 2
    report.facts["ten_tills_300_an_hour_per_30_min"] = half_hour
    report.checks["10 tills x 300 sales an hour"] = (
        f"< {RUSH_RATE_LIMIT} Ticket Tailor requests per 30 minutes: 10 x 150 sales x "
        f"{per_sale:g} + 10 idle tills x {idle:g}/2 = {half_hour:g}",
        half_hour < RUSH_RATE_LIMIT,
    )
    return report


def _cell(value: float | None) -> str:
    return "—" if value is None else f"{value:g}"


def table(report: Report) -> list[str]:
    """The report as a Markdown table (the README's Performance section shows it)."""
    rtt = report.rtt_ms
    verdicts = {figure: (words, met) for figure, words, met in report.verdicts()}
    lines = [
        f"Round trip {rtt} ms. Machine: {report.machine['cpu']}, {report.machine['cores']} "
        f"cores, {report.machine['memory_gb']} GB, {report.machine['system']}, Python "
        f"{report.machine['python']}; a fixed pure-Python loop (the CPU's speed during the "
        f"run) {report.machine.get('cpu_reference_ms', '?')} ms.",
        "",
        "| figure | median | p95 | RTTs | baseline | × baseline | target | met |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name in FIGURES:
        f = report.figures.get(name, Figure())
        ratio = (
            f"{f.baseline_median / f.median:.1f}"
            if f.median and f.baseline_median is not None
            else "—"
        )
        trips = _cell(rounds(f.median, rtt)) if name in IN_ROUND_TRIPS else "—"
        words, met = verdicts.get(name, ("", None))
        mark = "—" if met is None else ("yes" if met else "**no**")
        lines.append(
            f"| {name} | {_cell(f.median)} | {_cell(f.p95)} | {trips} | "
            f"{_cell(f.baseline_median)} | {ratio} | {words} | {mark} |"
        )
    lines.append("")
    for name, (words, met) in report.checks.items():
        lines.append(f"- {name}: {'met' if met else '**missed**'} ({words})")
    lines.append("")
    lines.append("How each figure was obtained:")
    for name in FIGURES:
        if name in report.figures and report.figures[name].note:
            lines.append(f"- {name}: {report.figures[name].note}")
    return lines


async def bench(args: Any, console: Console) -> int:
    """Run `boxoffice bench`."""
    if args.rtt_ms < 0 or args.repeats < 1 or args.tills < 1 or args.rush_seconds <= 0:
        raise BadInput(
            "--rtt-ms must be 0 or more, --repeats and --tills 1 or more, --rush-seconds above 0."
        )
    if args.repeats > MOST_REPEATS:
        raise BadInput(f"--repeats can be at most {MOST_REPEATS} (the seats of one ticket type).")
    if args.events < 1 or args.types < 1 or args.sales < 2 or args.idle_seconds <= 0:
        raise BadInput(
            "--events and --types must be 1 or more, --sales 2 or more, --idle-seconds above 0."
        )
    report = await measure(args)
    if args.json:
        console.say(json.dumps(report.as_json()))
    else:
        for line in table(report):
            console.say(line)
    if args.check and not all(met for _f, _w, met in report.verdicts()):
        return ExitStatus.FAILURE
    return ExitStatus.OK
