"""`boxoffice report --pdf FILE [--paper 80mm|a4]`, against the simulator process: the PDF is
written, on paper of the size asked for, with the figures of `report --csv`."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from boxoffice.cli import main
from boxoffice.sim import seed
from tests.commands.simprocess import killed_awaiting_payment

pytestmark = pytest.mark.slow


@pytest.fixture
def sim(sim_process):
    return sim_process


def _media_boxes(path) -> list[tuple[float, float]]:
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    boxes = re.findall(rb"MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\]", data)
    return [(float(w), float(h)) for w, h in boxes]


def test_report_pdf_in_both_sizes(sim, till_env, capsys, tmp_path, qapp):
    # `qapp` first: in this process the window's QApplication exists before the command's
    # PDF writer looks for one (a subprocess below makes its own).
    waiting = killed_awaiting_payment(till_env, seed.GBP_EVENT, seed.GENERAL_TT)
    sim.pay(waiting["invoice_id"])
    assert main(["reconcile"]) == 0
    capsys.readouterr()

    a4 = tmp_path / "shift-a4.pdf"
    assert main(["report", "--pdf", str(a4)]) == 0
    out = capsys.readouterr().out
    assert "Total GBP" in out  # the table as without --pdf
    assert f"Report saved as PDF (a4): {a4}" in out
    boxes = _media_boxes(a4)
    assert len(boxes) == 1
    assert boxes[0] == (pytest.approx(595, abs=1), pytest.approx(842, abs=1))

    roll = tmp_path / "shift-roll.pdf"
    assert main(["report", "--csv", "--pdf", str(roll), "--paper", "80mm"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("scope,")  # the CSV stays clean on standard output
    assert f"Report saved as PDF (80mm): {roll}" in captured.err
    (width, height), *rest = _media_boxes(roll)
    assert not rest and width == pytest.approx(80 / 25.4 * 72, abs=1.5) and height > width

    # A directory that does not exist: said in plain words, no traceback.
    assert main(["report", "--pdf", str(tmp_path / "no" / "such" / "dir" / "x.pdf")]) == 2
    err = capsys.readouterr().err
    assert "Cannot write the PDF" in err and "Traceback" not in err


def test_report_pdf_from_a_terminal_without_a_display(sim, till_env, tmp_path):
    """A separate process with no display and no Qt platform set: it draws off screen."""
    env = {k: v for k, v in till_env.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env.pop("WAYLAND_DISPLAY", None)
    target = tmp_path / "headless.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "boxoffice", "report", "--pdf", str(target), "--paper", "80mm"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    (width, _height), *rest = _media_boxes(target)
    assert not rest and width == pytest.approx(80 / 25.4 * 72, abs=1.5)
