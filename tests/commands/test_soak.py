"""The soak in CI: a few hundred sales on three tills with faults, kills and racing staff."""

from __future__ import annotations

import pytest

from boxoffice.commands.soak import run_soak
from boxoffice.sim.faults import BODY_KINDS

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("seed", [11, 12])
async def test_a_soak_of_many_sales_keeps_every_promise(seed):
    report = await run_soak(sales=200, devices=3, rng_seed=seed)
    assert [str(v) for v in report.violations] == []
    # It really sold, crashed, faulted and accepted: a soak that did nothing proves nothing.
    assert report.outcomes["completed"] > 50
    assert report.kills > 0 and report.faults > 0 and report.accepts > 0
    assert report.tickets > 50
    # Broken answers to done work are among the faults, and every fault is counted by kind.
    assert sum(report.faults_by_kind.values()) == report.faults
    assert len(set(report.faults_by_kind) & set(BODY_KINDS)) >= 3, report.faults_by_kind
    assert report.as_dict()["faults_by_kind"] == dict(sorted(report.faults_by_kind.items()))
