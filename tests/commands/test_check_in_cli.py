"""`boxoffice check-in` against the loopback simulator process: each result's words and exit
status, and a check-in queued during an outage sent exactly once by `--sync`."""

from __future__ import annotations

import httpx
import pytest

from boxoffice.cli import main
from boxoffice.commands.check_in import CheckInExit
from boxoffice.sim import seed

pytestmark = pytest.mark.slow


@pytest.fixture
def sim(sim_process):
    return sim_process


def check_ins_of(sim, barcode: str) -> list[dict]:
    """The simulator's own check-ins of a ticket, read through its API."""
    auth = (sim.info["tickettailor_api_key"], "")
    url = sim.info["tickettailor"]
    with httpx.Client(timeout=10, auth=auth) as client:
        found = client.get(f"{url}/v1/issued_tickets", params={"barcode": barcode}).json()
        ticket_id = found["data"][0]["id"]
        listed = client.get(
            f"{url}/v1/check_ins", params={"issued_ticket_id": ticket_id, "limit": 100}
        ).json()
    return listed["data"]


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(["check-in", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.usefixtures("till_env")
def test_each_result_in_words_and_exit_status(sim, capsys):
    event = ["--event", seed.GBP_EVENT]
    status, out, _ = run(capsys, seed.VALID_BARCODE, *event)
    assert status == CheckInExit.ADMIT and out.startswith("Valid — admit 1")
    assert "General Admission" in out
    status, out, _ = run(capsys, seed.VALID_BARCODE, *event)
    assert status == CheckInExit.ALREADY
    assert "Already checked in at" in out and "(by this till)" in out
    assert len(check_ins_of(sim, seed.VALID_BARCODE)) == 1
    status, out, _ = run(capsys, seed.VOIDED_BARCODE, *event)
    assert status == CheckInExit.VOIDED and out.startswith("Voided")
    status, out, _ = run(capsys, "NOSUCHCODE", *event)
    assert status == CheckInExit.UNKNOWN and out.startswith("Unknown ticket")
    status, out, _ = run(capsys, "COMEDY0001", *event)
    assert status == CheckInExit.OTHER_EVENT and "Comedy Night" in out
    status, out, _ = run(capsys, "--status", *event)
    assert status == CheckInExit.ADMIT and "Summer Chamber Night:" in out


@pytest.mark.usefixtures("till_env")
def test_an_outage_queues_the_check_in_and_sync_sends_it_once(sim, capsys):
    event = ["--event", seed.GBP_EVENT]
    assert run(capsys, "--refresh", *event)[0] == CheckInExit.ADMIT
    sim.fault("^/tickettailor/", status=503)
    status, out, err = run(capsys, "RIVER00003", *event)
    assert status == CheckInExit.ADMIT and "door list" in out
    assert "Offline — 1 check-in(s) waiting" in err
    status, out, _ = run(capsys, "RIVER00003", *event)
    assert status == CheckInExit.ALREADY and "(by this till)" in out
    status, out, err = run(capsys, "--sync", *event)
    assert status == CheckInExit.PROBLEM and "1 waiting" in out
    assert check_ins_of_after_clear(sim, "RIVER00003") == []

    status, out, _ = run(capsys, "--sync", *event)
    assert status == CheckInExit.ADMIT and "Sent 1 check-in(s); 0 waiting." in out
    assert len(check_ins_of(sim, "RIVER00003")) == 1
    status, out, _ = run(capsys, "--sync", *event)
    assert "Sent 0 check-in(s); 0 waiting." in out
    assert len(check_ins_of(sim, "RIVER00003")) == 1


def check_ins_of_after_clear(sim, barcode: str) -> list[dict]:
    sim.clear_faults()
    return check_ins_of(sim, barcode)


@pytest.mark.usefixtures("till_env")
def test_a_ticket_let_in_offline_and_elsewhere_is_named_by_sync(sim, capsys):
    event = ["--event", seed.GBP_EVENT]
    assert run(capsys, "--refresh", *event)[0] == CheckInExit.ADMIT
    sim.fault("^/tickettailor/", status=503)
    assert run(capsys, "CONC00002", *event)[0] == CheckInExit.ADMIT
    sim.clear_faults()
    auth = (sim.info["tickettailor_api_key"], "")
    url = sim.info["tickettailor"]
    with httpx.Client(timeout=10, auth=auth) as client:  # another door, online
        found = client.get(f"{url}/v1/issued_tickets", params={"barcode": "CONC00002"}).json()
        ticket_id = found["data"][0]["id"]
        client.post(f"{url}/v1/check_ins", data={"issued_ticket_id": ticket_id, "quantity": "1"})
    status, out, _ = run(capsys, "--sync", *event)
    assert status == CheckInExit.DOUBLE_ADMISSIONS
    assert "Double admission: CONC00002" in out and "Sent 0 check-in(s); 0 waiting." in out
    assert len(check_ins_of(sim, "CONC00002")) == 1
    status, out, _ = run(capsys, "--status", *event)
    assert status == CheckInExit.DOUBLE_ADMISSIONS and "Double admission: CONC00002" in out


@pytest.mark.usefixtures("till_env")
def test_one_action_at_a_time(sim, capsys):
    status, _, err = run(capsys, "--sync", "--status")
    assert status == 2 and "one of --sync" in err
