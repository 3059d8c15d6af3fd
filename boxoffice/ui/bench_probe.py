"""The window's figures for `boxoffice bench`: startup, stalls, catalogue, idle requests, memory.

Run as `python -m boxoffice.ui.bench_probe --json --rtt-ms N`; it prints one JSON object on
stdout (logs go to stderr). The benchmark cannot measure these itself: they need Qt, which lives
only under `boxoffice.ui`, and `boxoffice.commands` may not import the window.

The simulator runs in this (parent) process on a loopback socket with the round-trip latency
asked for; every window measured is the real staff till (`boxoffice.ui.app.TillSession`, as
`boxoffice.ui.app.run()` opens it) in a child process of its own, pointed at the simulator
through the environment the way the README's "To try the command line" does. So the simulator's
threads never compete with the measured GUI thread for the interpreter, its memory is never
counted as the window's, and each startup is a cold interpreter. A child talks back with JSON
lines on its stdout and pays invoices through the simulator's control API, as a wallet would.

These are figures, never pass/fail: `boxoffice bench` compares them with its targets.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
import json
import logging
import math
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

#: argparse's on/off option: a name argparse reads, never words on a screen.
FLAG = "store_true"

#: When this module began to run, the window's modules were imported and the window built:
#: where a startup child's time goes.
STARTED = time.time()
MOMENTS: dict[str, float] = {}

#: Sales of the memory run go to these (event, ticket type) in turn: 200 sales of one ticket
#: each fit in their capacities (boxoffice/sim/seed.py: 191, 120 and 80 seats free).
MEMORY_TICKETS = (
    ("ev_1001", "tt_2001"),
    ("ev_1006", "tt_2501"),
    ("ev_1007", "tt_2601"),
    ("ev_1001", "tt_2001"),
    ("ev_1006", "tt_2501"),
)
#: How often the loop-stall timer asks to fire (ms); its lateness is what the loop was held.
STALL_TICK_MS = 5
#: Longest any single wait of a child may take (s): a stuck window fails the probe, not hangs it.
WAIT_LIMIT = 120.0


# -- the parent: the simulator, the profiles, the children ---------------------------------------


def spread(values: list[float]) -> dict[str, float]:
    """Median and 95th percentile (nearest rank) of the values, in their unit, rounded."""
    ordered = sorted(values)
    rank = max(0, math.ceil(0.95 * len(ordered)) - 1)
    return {"median": round(statistics.median(ordered), 2), "p95": round(ordered[rank], 2)}


class TtCounter:
    """Ticket Tailor requests the simulator answered: `requests_served` where the simulator has
    it, else a count kept by wrapping its `respond` (every request of the socket passes it)."""

    def __init__(self, sim: Any) -> None:
        self._sim = sim
        self._own = 0
        if not hasattr(sim, "requests_served"):
            respond = sim.respond

            def counted(request: Any, *args: Any) -> Any:
                if request.path.startswith("/tickettailor"):
                    self._own += 1
                return respond(request, *args)

            sim.respond = counted

    def __call__(self) -> int:
        served = getattr(self._sim, "requests_served", None)
        return served("tickettailor") if served is not None else self._own


def profile_env(sim: Any, root: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        BOXOFFICE_TICKETTAILOR_URL=sim.tickettailor_url,
        BOXOFFICE_TICKETTAILOR_API_KEY=sim.tickettailor_api_key,
        BOXOFFICE_BTCPAY_URL=sim.btcpay_url,
        BOXOFFICE_BTCPAY_API_KEY=sim.btcpay_api_key,
        BOXOFFICE_BTCPAY_STORE_ID=sim.store_id,
        BOXOFFICE_CONFIG_DIR=str(root),
        BOXOFFICE_DATA_DIR=str(root),
        QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
    )
    return env


def child_command(mode: str, *extra: str) -> list[str]:
    return [sys.executable, "-m", "boxoffice.ui.bench_probe", mode, *extra]


def run_child(mode: str, env: dict[str, str], *extra: str, timeout: float) -> dict[str, Any]:
    """Run a child to its end; its last stdout line is its JSON answer."""
    done = subprocess.run(
        child_command(mode, *extra), env=env, stdout=subprocess.PIPE, text=True, timeout=timeout
    )
    if done.returncode != 0:
        raise RuntimeError(f"the {mode} child failed with exit code {done.returncode}")
    return json.loads(done.stdout.strip().splitlines()[-1])


class Run:
    """One probe run: the simulators, a temporary profile per window, the figures and notes."""

    def __init__(self, args: argparse.Namespace, root: Path) -> None:
        from boxoffice.sim import Simulator

        self.args = args
        self.root = root
        self.sim = Simulator(latency_ms=args.rtt_ms)
        #: The large box office, on its own simulator: the other windows see the demo's.
        self.big = Simulator(seed=None, latency_ms=args.rtt_ms)
        self.counter = TtCounter(self.sim)
        self.result: dict[str, Any] = {}
        self.notes: dict[str, str] = {}
        self.limit = WAIT_LIMIT * 4 + args.sales * 30

    def profile(self, name: str, simulator: Any = None) -> dict[str, str]:
        (self.root / name).mkdir()
        return profile_env(simulator or self.sim, self.root / name)

    def figure(self, key: str, value: Any, note: str) -> None:
        self.result[key] = value
        self.notes[key] = note

    def startup(self) -> None:
        """A fresh interpreter per repeat on one profile; its catalogue copy is written once
        (by a till opened and closed, as the last shift leaves it), and deleted before each
        start for the uncached baseline."""
        args = self.args
        env = self.profile("startup")
        run_child("prime", env, timeout=WAIT_LIMIT)
        cache = self.root / "startup" / "catalogue.json"
        cached_copy = cache.read_bytes()
        for key, keep in (("startup_to_events_ms", True), ("startup_to_events_uncached_ms", False)):
            times, shown = [], []
            for _ in range(args.repeats):
                if keep:
                    cache.write_bytes(cached_copy)
                else:
                    cache.unlink(missing_ok=True)
                spawned = time.time()
                answer = run_child("startup-child", env, timeout=WAIT_LIMIT)
                times.append((answer["painted_at"] - spawned) * 1000)
                shown.append(answer)
            pending = sum(1 for a in shown if a["refresh_pending"])
            inside = spread([a["since_start_ms"] for a in shown])

            def phase(name: str, shown: list[dict[str, Any]] = shown) -> dict[str, float]:
                return spread([a[name] for a in shown])

            source = "catalogue copy on disk" if keep else "no catalogue copy: fetched on demand"
            self.figure(
                key,
                spread(times),
                f"wall time from just before spawning a fresh interpreter to a zero-timer fired "
                f"after the first paint of the events list's viewport with rows in it, the window "
                f"exposed; {len(times)} starts at {args.rtt_ms} ms RTT; {source}; events shown "
                f"while the catalogue refresh was still out (not waiting for the network) in "
                f"{pending} of {len(shown)}; the list said {shown[-1]['updated']!r}; from the "
                f"probe module's first line to the frame {inside} ms (the rest is the "
                f"interpreter starting): importing boxoffice.ui.app and qasync "
                f"{phase('imports_ms')}, building the window (TillSession) "
                f"{phase('build_ms')}, from there to the frame {phase('to_frame_ms')}",
            )

    def stalls(self) -> None:
        args = self.args
        control = ("--control", self.sim.control_url)
        sales = str(args.repeats)
        found = run_child(
            "sales-child", self.profile("stalls"), *control, "--sales", sales, timeout=self.limit
        )
        per_sale = [round(stall, 1) for stall in found["stalls_ms"]]
        self.figure(
            "max_loop_stall_ms",
            spread(found["stalls_ms"]),
            f"a {STALL_TICK_MS} ms precise QTimer records how late each firing is; the largest "
            f"lateness per sale, over {len(per_sale)} sales at {args.rtt_ms} ms RTT, each: tap "
            f"the event, +1, type an e-mail (a loop turn per key), Pay, wait for the QR drawn, "
            f"pay the invoice (simulator control API), wait for the receipt with every "
            f"ticket's QR icon and the sale's records done, New sale, wait for that event's "
            f"refresh (its catalogue copy written); per sale {per_sale}, during "
            f"{found['worst_at']}; worst per stage over all sales {found['by_stage']}",
        )

    def catalogue(self) -> None:
        """A large box office, fetched once, then built and shown several times. Drafts and
        closed events are seeded among them (boxoffice/sim/seed.py), so more are seeded than
        shown and the window builds exactly `--events` of those it fetched."""
        args = self.args
        self.big.seed_large_catalogue(math.ceil(args.events * 1.25), args.types)
        extra = ["--events", str(args.events), "--repeats", str(max(3, args.repeats))]
        if args.screenshot:
            extra += ["--screenshot", args.screenshot]
        env = self.profile("catalogue", self.big)
        shows = run_child("catalogue-child", env, *extra, timeout=self.limit)
        self.figure(
            "catalogue_show_ms",
            spread(shows["total_ms"]),
            f"{shows['rows']} events x {args.types} ticket types fetched once; each time "
            f"build_catalogue() then the events screen's rows, until a zero-timer after the "
            f"list's next paint, {len(shows['total_ms'])} times; build "
            f"{spread(shows['build_ms'])}, rows {spread(shows['rows_ms'])}, paint "
            f"{spread(shows['paint_ms'])} (ms)",
        )

    def memory(self) -> None:
        args = self.args
        self.sim.latency_ms = args.rtt_ms if args.memory_rtt_ms is None else args.memory_rtt_ms
        control = ("--control", self.sim.control_url)
        sales = ("--sales", str(args.sales), "--memory")
        found = run_child(
            "sales-child", self.profile("memory"), *control, *sales, timeout=self.limit
        )
        self.figure(
            "rss_after_200_sales_mb",
            found["rss_end_mb"],
            f"VmRSS of the window's process after {args.sales} consecutive sales of one ticket "
            f"each (paid at once, {self.sim.latency_ms} ms RTT), after the app's own GUI-thread "
            f"collector ran (GuiThreadCollector.collect); {found['rss_start_mb']} MB before "
            f"the first sale",
        )
        self.figure(
            "rss_growth_last_100_mb",
            round(found["rss_end_mb"] - found["rss_mid_mb"], 2),
            f"VmRSS after sale {args.sales} minus after sale {args.sales // 2} "
            f"({found['rss_mid_mb']} MB)",
        )


def measure(args: argparse.Namespace) -> dict[str, Any]:
    from boxoffice.sim.server import serve

    with tempfile.TemporaryDirectory(prefix="boxoffice-probe-") as temp:
        run = Run(args, Path(temp))
        servers = [serve(run.sim)[0], serve(run.big)[0]]
        try:
            run.startup()
            run.stalls()
            run.catalogue()
            rate, note = idle(run.profile("idle"), run.counter, args.idle_seconds, desk=False)
            run.figure("tt_requests_idle_per_hour", rate, note)
            # Not a figure of its own: a till that was a check-in desk once, then left idle.
            rate, note = idle(run.profile("desk"), run.counter, args.idle_seconds, desk=True)
            run.notes["tt_requests_idle_per_hour"] += (
                f". After the check-in page was opened once: {rate} an hour ({note})"
            )
            run.memory()
        finally:
            for server in servers:
                server.stop()
    return {**{key: run.result[key] for key in ORDER}, "notes": run.notes}


#: The figures in the order the benchmark lists them.
ORDER = (
    "startup_to_events_ms",
    "startup_to_events_uncached_ms",
    "max_loop_stall_ms",
    "catalogue_show_ms",
    "tt_requests_idle_per_hour",
    "rss_after_200_sales_mb",
    "rss_growth_last_100_mb",
)


#: How much faster than the app's own interval the check-in desk refreshes in the probe's
#: check-in stretch, so a short stretch sees several rounds; its count is scaled back.
DESK_SPEEDUP = 10.0


def idle(
    env: dict[str, str], counter: TtCounter, seconds: float, *, desk: bool
) -> tuple[float, str]:
    """Ticket Tailor requests of a window left alone on the events for `seconds`, per hour.

    With `desk`, the check-in page was opened once first (and left): from then on the till
    keeps its door list current (CheckInController._keep_current, every REFRESH_EVERY of
    boxoffice/engine/check_in.py), with that interval and the retry shortened DESK_SPEEDUP
    times and the count scaled back."""
    spawned = counter()
    extra = ("--desk",) if desk else ()
    child = subprocess.Popen(
        child_command("idle-child", *extra),
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdin is not None and child.stdout is not None
        ready = json.loads(child.stdout.readline())
        start, began = counter(), time.monotonic()
        time.sleep(seconds)  # the stretch measured: the app's own timers run meanwhile
        during, took = counter() - start, time.monotonic() - began
        child.stdin.close()
        timers = json.loads(child.stdout.readline())["timers"]
        child.wait(WAIT_LIMIT)
    finally:
        if child.poll() is None:
            child.kill()
    speedup = DESK_SPEEDUP if desk else 1.0
    rate = round(during * 3600 / (took * speedup), 1)
    how = (
        f"with its refresh {DESK_SPEEDUP:g} times as often as the app's, the count divided by "
        f"{DESK_SPEEDUP:g}"
        if desk
        else "at the app's real intervals"
    )
    note = (
        f"requests counted at the simulator while the staff window sat on the events screen "
        f"for {took:.1f} s {how} (its start before: {start - spawned} requests, not counted), "
        f"x 3600 / {took:.1f}; {during} in the stretch; timers running in the window then "
        f"(class: interval ms): {timers}; {ready['note']}"
    )
    return rate, note


# -- the children: one real staff window each ---------------------------------------------------


async def until(condition: Callable[[], object], what: str, limit: float = WAIT_LIMIT) -> None:
    """Let the loop run until `condition()` holds (polling, never a fixed wait)."""
    deadline = time.monotonic() + limit
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        await asyncio.sleep(0.01)


def answer(data: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(data) + "\n")
    sys.stdout.flush()


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 2)
    raise RuntimeError("no VmRSS in /proc/self/status")


def gui_main(body: Callable[[Any], Any]) -> None:
    """Run `body(session)` in a staff window on one qasync loop, as `app.run()` does."""
    import qasync

    from boxoffice.ui.app import TillSession, _application

    MOMENTS["imported"] = time.time()
    app = _application()
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    async def main() -> None:
        session = TillSession()
        MOMENTS["built"] = time.time()
        try:
            await body(session)
        finally:
            await session.aclose()

    with loop:
        loop.run_until_complete(main())


class Painted:
    """Resolves (with the wall time) at a zero-timer after the events list's first paint with
    rows in it while the window is exposed: that frame has been drawn when the timer runs."""

    def __init__(self, window: Any) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer

        self.future: asyncio.Future[float] = asyncio.get_running_loop().create_future()
        view = window.events_page.event_list
        paint = QEvent.Type.Paint

        def painted() -> None:
            if not self.future.done():
                self.future.set_result(time.time())

        class Filter(QObject):
            def eventFilter(self, watched: Any, event: Any) -> bool:
                handle = window.windowHandle()
                if (
                    event.type() == paint
                    and view.model().rowCount() > 0
                    and handle is not None
                    and handle.isExposed()
                ):
                    view.viewport().removeEventFilter(self)
                    QTimer.singleShot(0, painted)
                return False

        self._filter = Filter(view)
        view.viewport().installEventFilter(self._filter)


async def startup_child(session: Any) -> None:
    painted = Painted(session.window)
    session.show()
    at = await asyncio.wait_for(painted.future, WAIT_LIMIT)
    flow = session.flow
    answer(
        {
            "painted_at": at,
            "till_open": flow.runtime is not None,
            # Still fetching at the first frame: the catalogue shown came from the disk copy.
            "refresh_pending": flow.tasks.running("catalogue"),
            "since_start_ms": (at - STARTED) * 1000,
            "imports_ms": (MOMENTS["imported"] - STARTED) * 1000,
            "build_ms": (MOMENTS["built"] - MOMENTS["imported"]) * 1000,
            "to_frame_ms": (at - MOMENTS["built"]) * 1000,
            "updated": session.window.events_page.updated.text(),
        }
    )


async def settled(session: Any) -> None:
    """The till open, its first catalogue refresh and its recovery over."""
    flow = session.flow
    await until(lambda: flow.runtime is not None, "the till to open")
    await until(
        lambda: not flow.tasks.running("catalogue") and not flow.tasks.running("recover"),
        "the first refresh",
    )
    await until(lambda: flow.window.events_page.model.rowCount() > 0, "the events")


async def prime(session: Any) -> None:
    session.show()
    await settled(session)
    answer({"cache": True})


class StallProbe:
    """A precise timer every `STALL_TICK_MS`: how late each firing comes is how long the loop
    was held; `worst` is the largest lateness since `reset()` (ms)."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.worst = 0.0
        #: What the sale was doing (`stage`) when the worst lateness came, per stage.
        self.stage = ""
        self.worst_at = ""
        self.by_stage: dict[str, float] = {}
        self.ticks = 0
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(STALL_TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        late = (now - self._last) * 1000 - STALL_TICK_MS
        self._last = now
        if late > self.worst:
            self.worst, self.worst_at = late, self.stage
        if late > self.by_stage.get(self.stage, 0.0):
            self.by_stage[self.stage] = round(late, 1)
        self.ticks += 1

    def reset(self) -> None:
        self.worst, self.worst_at, self._last = 0.0, "", time.perf_counter()

    def stop(self) -> None:
        self._timer.stop()

    async def step(self, stage: str, action: Callable[[], object] = lambda: None) -> None:
        """Do `action` as `stage`, and wait for the timer to fire after it (so a stall it
        causes is put down to it)."""
        self.stage = stage
        action()
        ticks = self.ticks
        await until(lambda: self.ticks > ticks, "the stall timer")


async def sell_one(
    window: Any, probe: StallProbe, pay: Callable[[str], Any], event_id: str, tt: str
) -> None:
    """One sale through the widgets, as staff would: event, +1, e-mail, Pay, paid, New sale.

    Every key of the e-mail is a loop turn of its own, as when a person types it."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit, QPushButton

    from boxoffice.ui.screens.events.view import EVENT_ID_ROLE

    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    flow = window.flow
    view = window.events_page.event_list
    model = view.model()
    rows = [model.index(row, 0) for row in range(model.rowCount())]
    index = next(i for i in rows if i.data(EVENT_ID_ROLE) == event_id)
    view.scrollTo(index)
    spot = QPoint(view.visualRect(index).center())
    await probe.step("open the event", lambda: QTest.mouseClick(view.viewport(), left, none, spot))
    await until(lambda: window.pages.currentWidget() is window.tickets_page, "the tickets")
    row = window.tickets_page.rows[tt]
    await probe.step("+1", lambda: QTest.mouseClick(row.plus, left))
    email = window.tickets_page.findChild(QLineEdit, "emailEdit")
    email.clear()
    for key in "door@example.org":
        await probe.step("typing the e-mail", functools.partial(QTest.keyClicks, email, key))
    button = window.tickets_page.findChild(QPushButton, "checkoutButton")
    if not button.isEnabled():
        raise RuntimeError(f"Pay is disabled for {event_id}/{tt}")
    await probe.step("Pay", lambda: QTest.mouseClick(button, left))
    probe.stage = "waiting for the QR"
    qr = window.payment_page.qr
    await until(
        lambda: (
            window.pages.currentWidget() is window.payment_page and qr.payload and qr.is_ready()
        ),
        "the payment QR",
    )
    sale = flow.runtime.engine.sale(flow.current_sale_id)
    probe.stage = "paid, waiting for the receipt"
    await pay(sale.invoice_id)
    result = window.result_page
    tickets = result.ticket_list

    def receipt() -> bool:
        return (
            window.pages.currentWidget() is result
            and result.stack.currentWidget() is result.receipt_page
            and tickets.count() > 0
            and all(not tickets.item(n).icon().isNull() for n in range(tickets.count()))
        )

    await until(receipt, "the receipt with its tickets")
    probe.stage = "receipt shown, records being written"
    await until(lambda: flow.runtime.engine.sale(sale.id).engine_done, "the sale's records")
    await probe.step("New sale", lambda: QTest.mouseClick(window.new_sale_button, left))
    probe.stage = "the event's refresh"
    await until(
        lambda: (
            window.pages.currentWidget() is window.events_page
            and not flow.tasks.running("catalogue")
        ),
        "the events again",
    )
    probe.stage = ""


def sales_child(control_url: str, sales: int, memory: bool) -> Callable[[Any], Any]:
    async def body(session: Any) -> None:
        import httpx
        from PySide6.QtWidgets import QApplication

        from boxoffice.ui.gui_gc import GuiThreadCollector

        session.show()
        await settled(session)
        collector = QApplication.instance().findChild(GuiThreadCollector)  # type: ignore[union-attr]
        assert collector is not None  # the app makes one with the QApplication (app.py)
        probe = StallProbe()
        stalls: list[float] = []
        where: list[str] = []
        rss = {"rss_start_mb": rss_mb()}
        async with httpx.AsyncClient(timeout=30.0) as control:

            async def pay(invoice_id: str) -> None:
                # A wallet paying, through the simulator's control API (README).
                paid = await control.post(
                    f"{control_url}/invoices/{invoice_id}/pay", json={"method": "BTC-LN"}
                )
                paid.raise_for_status()

            for number in range(1, sales + 1):
                event_id, tt = MEMORY_TICKETS[(number - 1) % len(MEMORY_TICKETS)]
                probe.reset()
                await sell_one(session.window, probe, pay, event_id, tt)
                stalls.append(probe.worst)
                where.append(probe.worst_at)
                if memory and number in (sales // 2, sales):
                    collector.collect()  # what the app's timer does every half second
                    rss["rss_mid_mb" if number == sales // 2 else "rss_end_mb"] = rss_mb()
        probe.stop()
        answer({"stalls_ms": stalls, "worst_at": where, "by_stage": probe.by_stage, **rss})

    return body


def catalogue_child(events: int, repeats: int, screenshot: str | None) -> Callable[[Any], Any]:
    async def body(session: Any) -> None:
        from boxoffice.domain.catalogue import build_catalogue

        session.show()
        await settled(session)
        flow, window = session.flow, session.window
        runtime = flow.runtime
        listed = await runtime.tickettailor.list_events(
            statuses=("published",), end_at_gte=int(time.time())
        )
        fetched = list(listed)[:events]
        build, rows, paint, total = [], [], [], []
        for repeat in range(repeats):
            flow.events._show(None)  # an empty list first: each show builds every row anew
            await asyncio.sleep(0)
            painted = Painted(window)
            started = time.perf_counter()
            catalogue = build_catalogue(fetched, runtime.catalogue.settings, time.time())
            built = time.perf_counter()
            # What a finished refresh does with its catalogue (EventsController._refresh).
            flow.events._show(catalogue)
            shown = time.perf_counter()
            await asyncio.wait_for(painted.future, WAIT_LIMIT)
            ended = time.perf_counter()
            build.append((built - started) * 1000)
            rows.append((shown - built) * 1000)
            paint.append((ended - shown) * 1000)
            total.append((ended - started) * 1000)
            if repeat == 0 and screenshot:
                Path(screenshot).parent.mkdir(parents=True, exist_ok=True)
                window.grab().save(screenshot)
        answer(
            {
                "rows": window.events_page.model.rowCount(),
                "build_ms": build,
                "rows_ms": rows,
                "paint_ms": paint,
                "total_ms": total,
            }
        )

    return body


def idle_child(desk: bool) -> Callable[[Any], Any]:
    async def body(session: Any) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        session.show()
        await settled(session)
        window = session.window
        note = f"the list said {window.events_page.updated.text()!r} once settled"
        if desk:
            note += await open_desk_once(window)
        answer({"note": note})
        loop = asyncio.get_running_loop()
        closed = asyncio.Event()

        def wait_for_stdin() -> None:
            sys.stdin.read()  # the parent closes it when its stretch is over
            loop.call_soon_threadsafe(closed.set)

        threading.Thread(target=wait_for_stdin, daemon=True).start()
        await closed.wait()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        owners = [app, *app.topLevelWidgets()]
        timers = sorted(
            {
                f"{type(timer.parent()).__name__}: {timer.interval()}"
                for owner in owners
                for timer in owner.findChildren(QTimer)
                if timer.isActive()
            }
        )
        answer({"timers": timers})

    return body


async def open_desk_once(window: Any) -> str:
    """Tap Check-in, wait for the first door list, go back to the events; say what it follows."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    controller = window.door_console.check_in
    controller.refresh_every /= DESK_SPEEDUP
    controller.retry_every /= DESK_SPEEDUP
    QTest.mouseClick(window.check_in_button, Qt.MouseButton.LeftButton)
    await until(lambda: controller.desk is not None and controller.desk.events, "the desk")
    deadline = time.monotonic() + WAIT_LIMIT
    while await controller.desk.door_list_time() is None:
        if time.monotonic() > deadline:
            raise TimeoutError("timed out waiting for the door list")
        await asyncio.sleep(0.05)
    QTest.mouseClick(window.new_sale_button, Qt.MouseButton.LeftButton)
    await until(lambda: window.pages.currentWidget() is window.events_page, "the events")
    return (
        f"; the check-in page was opened once and left, its desk following "
        f"{sorted(controller.desk.events)}, refreshing every {controller.refresh_every:g} s"
    )


def child(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="bench_probe child")
    parser.add_argument("mode")
    parser.add_argument("--control")
    parser.add_argument("--sales", type=int, default=1)
    parser.add_argument("--memory", action=FLAG)
    parser.add_argument("--events", type=int, default=500)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--screenshot")
    parser.add_argument("--desk", action=FLAG)
    args = parser.parse_args(argv)
    bodies: dict[str, Callable[[], Callable[[Any], Any]]] = {
        "startup-child": lambda: startup_child,
        "prime": lambda: prime,
        "sales-child": lambda: sales_child(args.control, args.sales, args.memory),
        "catalogue-child": lambda: catalogue_child(args.events, args.repeats, args.screenshot),
        "idle-child": lambda: idle_child(args.desk),
    }
    gui_main(bodies[args.mode]())
    return 0


CHILD_MODES = ("startup-child", "prime", "sales-child", "catalogue-child", "idle-child")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    if argv and argv[0] in CHILD_MODES:
        return child(argv)
    parser = argparse.ArgumentParser(
        prog="python -m boxoffice.ui.bench_probe", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--json", action=FLAG, help="print one JSON object (the default)")
    parser.add_argument("--rtt-ms", type=int, default=100)
    parser.add_argument("--sales", type=int, default=200, help="sales of the memory run")
    parser.add_argument("--memory-rtt-ms", type=int, default=None)
    parser.add_argument("--events", type=int, default=500)
    parser.add_argument("--types", type=int, default=20)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--idle-seconds", type=float, default=60.0)
    parser.add_argument("--screenshot", default=None, help="save the large catalogue's window")
    args = parser.parse_args(argv)
    with contextlib.redirect_stdout(sys.stderr):  # only the answer goes to stdout
        result = measure(args)
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
