"""The window's benchmark probe runs end to end and answers every figure with a number.

No timings are asserted (they are figures for `boxoffice bench`, never pass/fail): the probe
runs as the benchmark runs it, a subprocess, with tiny sizes so that it is quick on a busy
machine, and must print exactly one JSON object on stdout.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys

from boxoffice.ui import bench_probe

SPREADS = (
    "startup_to_events_ms",
    "startup_to_events_uncached_ms",
    "max_loop_stall_ms",
    "catalogue_show_ms",
)
NUMBERS = ("tt_requests_idle_per_hour", "rss_after_200_sales_mb", "rss_growth_last_100_mb")


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def test_the_probe_prints_one_json_object_with_every_figure(tmp_path):
    shot = tmp_path / "catalogue.png"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "boxoffice.ui.bench_probe",
            "--json",
            "--rtt-ms",
            "5",
            "--sales",
            "3",
            "--repeats",
            "1",
            "--events",
            "20",
            "--types",
            "3",
            "--idle-seconds",
            "1",
            "--screenshot",
            str(shot),
        ],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1, done.stdout  # the logs went to stderr
    figures = json.loads(lines[0])
    assert set(figures) == {*SPREADS, *NUMBERS, "notes"}
    for key in SPREADS:
        spread = figures[key]
        assert set(spread) == {"median", "p95"}, key
        assert all(_number(value) for value in spread.values()), key
        assert spread["median"] <= spread["p95"], key
    for key in NUMBERS:
        assert _number(figures[key]), key
    # Real measurements, not placeholders: a window started and drew, memory was read.
    assert figures["startup_to_events_ms"]["median"] > 0
    assert figures["catalogue_show_ms"]["median"] > 0
    assert figures["rss_after_200_sales_mb"] > 10
    assert figures["tt_requests_idle_per_hour"] >= 0
    assert set(figures["notes"]) == {*SPREADS, *NUMBERS}
    assert all(isinstance(note, str) and note for note in figures["notes"].values())
    assert "20 events x 3 ticket types" in figures["notes"]["catalogue_show_ms"]
    assert shot.read_bytes().startswith(b"\x89PNG")


def test_spread_is_the_median_and_the_nearest_rank_95th_percentile():
    assert bench_probe.spread([3.0]) == {"median": 3.0, "p95": 3.0}
    values = [float(n) for n in range(1, 21)]  # 1..20: the 19th of 20 is the 95th percentile
    assert bench_probe.spread(values) == {"median": 10.5, "p95": 19.0}
    assert bench_probe.spread([5.0, 1.0, 3.0]) == {"median": 3.0, "p95": 5.0}
