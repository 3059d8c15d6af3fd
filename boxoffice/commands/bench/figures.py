"""The benchmark's figures: their names, their targets, and how a run's numbers are kept.

Every figure has a median and a 95th percentile over its repeats, and the same figure of the
naive sequential baseline where there is one (`baseline_median`). Targets follow the round
trip the run was made with: "2 round trips + 30 ms" is 230 ms at 100 ms. They are figures,
never pass/fail of the test suite; `boxoffice bench --check` exits 1 when one is missed.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

#: The figures of the benchmark, in the order of its table and JSON.
FIGURES = (
    "time_to_qr_ms",
    "settle_to_receipt_1_ms",
    "settle_to_receipt_1_poll_ms",
    "settle_to_receipt_10_ms",
    "startup_to_events_ms",
    "max_loop_stall_ms",
    "catalogue_fetch_ms",
    "catalogue_show_ms",
    "rush_sales_per_minute_per_device",
    "tt_requests_per_sale",
    "tt_requests_idle_per_hour",
    "rss_after_200_sales_mb",
    "rss_growth_last_100_mb",
)
#: Figures that are times of the network's kind: shown in round trips too.
IN_ROUND_TRIPS = frozenset(
    {
        "time_to_qr_ms",
        "settle_to_receipt_1_ms",
        "settle_to_receipt_1_poll_ms",
        "settle_to_receipt_10_ms",
        "catalogue_fetch_ms",
    }
)


def spread(values: Iterable[float]) -> tuple[float | None, float | None]:
    """Median and 95th percentile (nearest rank) of `values`; (None, None) for none."""
    ordered = sorted(values)
    if not ordered:
        return None, None
    rank = max(0, math.ceil(0.95 * len(ordered)) - 1)
    return round(statistics.median(ordered), 2), round(ordered[rank], 2)


@dataclass
class Figure:
    """One figure of a run: its spread, its baseline's median, and how it was obtained."""

    median: float | None = None
    p95: float | None = None
    baseline_median: float | None = None
    note: str = ""

    @classmethod
    def of(
        cls, values: Iterable[float], baseline: Iterable[float] | None = None, note: str = ""
    ) -> Figure:
        median, p95 = spread(values)
        base = spread(baseline)[0] if baseline is not None else None
        return cls(median, p95, base, note)

    def as_json(self) -> dict[str, float | None]:
        return {"median": self.median, "p95": self.p95, "baseline_median": self.baseline_median}


@dataclass(frozen=True)
class Target:
    """A promise about a figure, worked out for this run's round trip."""

    figure: str
    words: str
    #: Whether the run kept it (None: the figure was not measured).
    check: Callable[[Figure], bool | None]

    def met(self, figures: dict[str, Figure]) -> bool | None:
        figure = figures.get(self.figure)
        if figure is None or figure.median is None:
            return None
        return self.check(figure)


@dataclass
class Report:
    """A whole run: the round trip, the machine, the figures, the extra targets' answers."""

    rtt_ms: int
    machine: dict[str, Any]
    figures: dict[str, Figure] = field(default_factory=dict)
    #: Verdicts that are not a figure's median against a bound (nothing lost in the rush,
    #: the 10-ticket sale's requests): name -> (words, met).
    checks: dict[str, tuple[str, bool]] = field(default_factory=dict)
    #: Numbers the targets need that are not figures themselves (pages fetched, holds).
    facts: dict[str, Any] = field(default_factory=dict)

    def targets(self) -> list[Target]:
        return targets(self.rtt_ms, self.facts)

    def verdicts(self) -> list[tuple[str, str, bool | None]]:
        """(figure, target, met) for every target, the figure targets then the checks."""
        found: list[tuple[str, str, bool | None]] = [
            (t.figure, t.words, t.met(self.figures)) for t in self.targets()
        ]
        found += [(name, words, met) for name, (words, met) in self.checks.items()]
        return found

    def as_json(self) -> dict[str, Any]:
        return {
            "rtt_ms": self.rtt_ms,
            "machine": self.machine,
            "figures": {name: self.figures.get(name, Figure()).as_json() for name in FIGURES},
            "round_trips": {
                name: rounds(self.figures.get(name, Figure()).median, self.rtt_ms)
                for name in FIGURES
                if name in IN_ROUND_TRIPS
            },
            "targets": [
                {"figure": figure, "target": words, "met": met}
                for figure, words, met in self.verdicts()
            ],
            "facts": self.facts,
            "notes": {name: self.figures[name].note for name in FIGURES if name in self.figures},
        }


def rounds(ms: float | None, rtt_ms: int) -> float | None:
    """`ms` in round trips (None without a round trip to count in)."""
    if ms is None or rtt_ms <= 0:
        return None
    return round(ms / rtt_ms, 2)


def targets(rtt: int, facts: dict[str, Any]) -> list[Target]:
    """The issue's targets at round trip `rtt` (ms); `facts` gives the page count and the
    poll interval that two of them are counted in."""
    poll_ms = float(facts.get("poll_new_ms", 1000.0))
    pages = int(facts.get("catalogue_pages", 0)) or None

    def at_most(limit: float) -> Callable[[Figure], bool | None]:
        return lambda f: f.median is not None and f.median <= limit

    def with_baseline(limit: float, baseline_at_least: float) -> Callable[[Figure], bool | None]:
        def check(f: Figure) -> bool | None:
            fast = f.median is not None and f.median <= limit
            slow = f.baseline_median is None or f.baseline_median >= baseline_at_least
            return fast and slow

        return check

    found = [
        Target(
            "time_to_qr_ms",
            f"<= 2 RTT + 30 ms = {2 * rtt + 30} ms; baseline >= 3 RTT = {3 * rtt} ms",
            with_baseline(2 * rtt + 30, 3 * rtt),
        ),
        Target(
            "settle_to_receipt_1_ms",
            f"<= 2 RTT + 50 ms = {2 * rtt + 50} ms (push hint)",
            at_most(2 * rtt + 50),
        ),
        Target(
            "settle_to_receipt_1_poll_ms",
            f"<= poll {poll_ms:g} ms + 1 RTT + 30 ms = {poll_ms + rtt + 30:g} ms",
            at_most(poll_ms + rtt + 30),
        ),
        Target(
            "settle_to_receipt_10_ms",
            f"<= 4 RTT + 50 ms = {4 * rtt + 50} ms; baseline >= 11 RTT = {11 * rtt} ms",
            with_baseline(4 * rtt + 50, 11 * rtt),
        ),
        Target("startup_to_events_ms", "<= 1000 ms (cached catalogue)", at_most(1000)),
        Target("max_loop_stall_ms", "<= 30 ms", at_most(30)),
        Target("catalogue_show_ms", "<= 150 ms (build + show)", at_most(150)),
        Target("tt_requests_per_sale", "<= holds + tickets + 2 = 4 (1 ticket)", at_most(4)),
        Target("tt_requests_idle_per_hour", "<= 60", at_most(60)),
        Target("rss_after_200_sales_mb", "<= 200 MB", at_most(200)),
        Target("rss_growth_last_100_mb", "<= 5 MB", at_most(5)),
    ]
    if pages:
        found.insert(
            6,
            Target(
                "catalogue_fetch_ms",
                f"<= pages x 1 RTT = {pages} x {rtt} = {pages * rtt} ms",
                at_most(pages * rtt),
            ),
        )
    return found
