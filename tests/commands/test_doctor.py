"""`boxoffice doctor` the command: one line per finding of `boxoffice.app.diagnostics`, a last
sentence, and an exit status that says whether a sale can be made. The checks themselves are
tested in tests/app/test_diagnostics*.py."""

from __future__ import annotations

import io
import json
from types import SimpleNamespace
from typing import ClassVar

import pytest

from boxoffice.app.diagnostics import FAIL, OK, WARN, Check
from boxoffice.commands import doctor as doctor_command
from boxoffice.commands.common import Console, ExitStatus


class _Doctor:
    """Stands in for the diagnostics: gives the findings it was made with."""

    findings: ClassVar[list[Check]] = []

    def __init__(self, settings) -> None:
        self.checks: list[Check] = []

    async def run(self) -> list[Check]:
        self.checks = list(self.findings)
        return self.checks

    @property
    def can_sell(self) -> bool:
        return not any(check.status == FAIL for check in self.checks)


@pytest.fixture
def findings(monkeypatch, tmp_path):
    monkeypatch.setattr(doctor_command, "Doctor", _Doctor)
    return _Doctor


async def _run(as_json: bool = False) -> tuple[int, list[str]]:
    out = io.StringIO()
    status = await doctor_command.doctor(SimpleNamespace(json=as_json), Console(out, io.StringIO()))
    return status, out.getvalue().splitlines()


async def test_every_finding_is_one_marked_line_and_a_sale_can_be_made(findings):
    findings.findings = [
        Check(OK, "Settings", "read from defaults"),
        Check(WARN, "E-mail", "the store's SMTP is not configured"),
    ]
    status, lines = await _run()
    assert status == ExitStatus.OK
    assert lines == [
        "ok    Settings: read from defaults",
        "warn  E-mail: the store's SMTP is not configured",
        "A sale can be made.",
    ]


async def test_a_failure_is_marked_and_the_exit_status_says_so(findings):
    findings.findings = [Check(FAIL, "BTCPay", "the API key was refused")]
    status, lines = await _run()
    assert status == ExitStatus.FAILURE
    assert lines == [
        "FAIL  BTCPay: the API key was refused",
        "Fix the lines marked FAIL before selling.",
    ]


async def test_json_gives_one_object_per_finding_and_no_sentence(findings):
    findings.findings = [Check(OK, "Files", "writable"), Check(FAIL, "Ticket Tailor", "no key")]
    status, lines = await _run(as_json=True)
    assert status == ExitStatus.FAILURE
    assert [json.loads(line) for line in lines] == [
        {"status": "ok", "subject": "Files", "message": "writable"},
        {"status": "fail", "subject": "Ticket Tailor", "message": "no key"},
    ]
