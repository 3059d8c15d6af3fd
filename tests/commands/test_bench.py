"""`boxoffice bench` runs from end to end and its JSON has every figure.

No timing is asserted (speed targets are figures of the benchmark, never pass/fail of the
suite): the benchmark runs with tiny sizes and a 5 ms round trip, and every figure must be a
real measured number, with the baseline beside those that have one.
"""

from __future__ import annotations

import asyncio
import json
import math

import pytest

from boxoffice.cli import build_parser, main
from boxoffice.commands.bench import bench
from boxoffice.commands.bench.figures import FIGURES, Figure, Report, spread
from boxoffice.commands.common import BadInput, Console

TINY = [
    "bench",
    "--rtt-ms",
    "5",
    "--repeats",
    "1",
    "--tills",
    "2",
    "--rush-seconds",
    "1",
    "--events",
    "20",
    "--types",
    "3",
    "--sales",
    "3",
    "--idle-seconds",
    "1",
]
WITH_BASELINE = {
    "time_to_qr_ms",
    "settle_to_receipt_1_ms",
    "settle_to_receipt_1_poll_ms",
    "settle_to_receipt_10_ms",
    "startup_to_events_ms",
    "rush_sales_per_minute_per_device",
    "tt_requests_per_sale",
}


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def test_the_benchmark_runs_and_its_json_has_every_figure(capsys, monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert main([*TINY, "--json"]) == 0
    report = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert report["rtt_ms"] == 5
    assert set(report["figures"]) == set(FIGURES)
    for name, figure in report["figures"].items():
        assert set(figure) == {"median", "p95", "baseline_median"}, name
        assert _number(figure["median"]) and _number(figure["p95"]), name
        assert figure["median"] <= figure["p95"], name
        if name in WITH_BASELINE:
            assert _number(figure["baseline_median"]), name
        else:
            assert figure["baseline_median"] is None, name
    # Real measurements: a sale took time and requests, and the rush sold without loss.
    figures = report["figures"]
    assert figures["time_to_qr_ms"]["median"] > 0
    assert figures["tt_requests_per_sale"]["median"] >= 2  # a hold and a ticket at least
    assert figures["rush_sales_per_minute_per_device"]["median"] > 0
    verdicts = {t["figure"]: t["met"] for t in report["targets"]}
    assert verdicts["rush: none lost"] is True
    assert all(isinstance(met, bool) for met in verdicts.values())
    assert set(report["round_trips"]) < set(FIGURES)
    assert report["machine"]["cores"] >= 1
    assert report["machine"]["cpu_reference_ms"] > 0
    assert all(report["notes"][name] for name in FIGURES)


def test_the_table_shows_the_baseline_ratio_and_the_missed_targets():
    from boxoffice.commands.bench import table

    report = Report(100, {"cpu": "a CPU", "cores": 2, "memory_gb": 4, "system": "x", "python": "3"})
    report.figures["time_to_qr_ms"] = Figure(220.0, 230.0, 330.0, "how")
    report.figures["settle_to_receipt_1_ms"] = Figure(262.0, 270.0, 900.0, "how")
    report.checks["rush: none lost"] = ("8 sales, 0 lost", True)
    lines = table(report)
    rows = {line.split(" | ")[0].strip("| "): line for line in lines if line.startswith("| ")}
    assert "| 220 | 230 | 2.2 | 330 | 1.5 |" in rows["time_to_qr_ms"]
    assert rows["time_to_qr_ms"].endswith("| yes |")  # 220 <= 230, baseline 330 >= 300
    assert rows["settle_to_receipt_1_ms"].endswith("| **no** |")  # 262 > 250
    assert rows["max_loop_stall_ms"].endswith("| — |")  # not measured: neither met nor missed
    assert "- rush: none lost: met (8 sales, 0 lost)" in lines


def test_a_fast_figure_with_a_fast_baseline_misses_its_target():
    """The baseline must really be the slow way: a baseline as quick as the till is a miss."""
    report = Report(100, {})
    report.figures["time_to_qr_ms"] = Figure(200.0, 210.0, 250.0)
    (verdict,) = [met for name, _w, met in report.verdicts() if name == "time_to_qr_ms"]
    assert verdict is False


def test_spread_is_the_median_and_the_nearest_rank_95th_percentile():
    assert spread([]) == (None, None)
    assert spread([3.0]) == (3.0, 3.0)
    assert spread([float(n) for n in range(1, 21)]) == (10.5, 19.0)


@pytest.mark.parametrize(
    "extra", [["--repeats", "0"], ["--repeats", "99"], ["--tills", "0"], ["--sales", "1"]]
)
def test_impossible_sizes_are_refused_in_plain_words(extra):
    args = build_parser().parse_args([*TINY, *extra])
    with pytest.raises(BadInput) as refused:
        asyncio.run(bench(args, Console()))
    assert extra[0] in str(refused.value)
