"""The check-in desk against the simulator: each result kind, the door list (all pages), the
offline queue sent exactly once, and double admissions."""

from __future__ import annotations

import pytest

from boxoffice.engine.check_in import CheckInDesk
from boxoffice.engine.check_in_result import ScanKind, details, headline
from boxoffice.engine.door_list import DoorStore
from boxoffice.services.tickettailor.client import PAGE_LIMIT
from boxoffice.sim import seed

OUTAGE = r"^/tickettailor/"


@pytest.fixture
async def desk(till):
    store = DoorStore(till.journal)
    desk = CheckInDesk(
        till.tickettailor,
        store,
        device_id="till-1",
        event_ids=[seed.GBP_EVENT],
        clock=till.time.clock,
    )
    await desk.open()
    await desk.refresh()
    yield desk
    store.close()


def check_ins(sim, barcode: str) -> list:
    tt = sim.tickettailor
    with sim.lock:
        ticket = next(t for t in tt.issued_tickets.values() if t.barcode == barcode)
        return tt.check_ins_of(ticket.id)


async def test_a_valid_ticket_is_admitted_once_and_a_second_scan_is_already_checked_in(sim, desk):
    first = await desk.scan(seed.VALID_BARCODE)
    assert first.kind is ScanKind.VALID and first.quantity == 1 and not first.offline
    assert first.ticket is not None and first.ticket.ticket_type == "General Admission"
    assert headline(first) == "Valid — admit 1"
    second = await desk.scan(seed.VALID_BARCODE)
    assert second.kind is ScanKind.ALREADY and second.by_this_till
    assert "by this till" in headline(second)
    assert len(check_ins(sim, seed.VALID_BARCODE)) == 1


async def test_already_checked_in_elsewhere_says_when(sim, desk):
    result = await desk.scan(seed.CHECKED_IN_BARCODE)
    assert result.kind is ScanKind.ALREADY and not result.by_this_till
    assert result.when == pytest.approx(sim.clock.now() - 600, abs=5)
    assert headline(result).startswith("Already checked in at ")
    assert len(check_ins(sim, seed.CHECKED_IN_BARCODE)) == 1


async def test_voided_unknown_and_other_event(sim, desk):
    voided = await desk.scan(seed.VOIDED_BARCODE)
    assert voided.kind is ScanKind.VOIDED
    assert check_ins(sim, seed.VOIDED_BARCODE) == []
    unknown = await desk.scan("NOSUCHCODE")
    assert unknown.kind is ScanKind.UNKNOWN and headline(unknown) == "Unknown ticket"
    other = await desk.scan("COMEDY0001")
    assert other.kind is ScanKind.OTHER_EVENT
    assert check_ins(sim, "COMEDY0001") == []
    assert other.event_name == "Comedy Night"
    assert "This ticket is for Comedy Night." in details(other)


async def test_a_refused_post_shows_the_tickets_real_state(sim, desk):
    # The ticket was checked in elsewhere between the read and the POST.
    sim.add_fault(r"/v1/check_ins$", method="POST", status=422, count=1)
    result = await desk.scan(seed.VALID_BARCODE)
    assert result.kind is ScanKind.PROBLEM  # the ticket is still unchecked: nobody admitted
    assert check_ins(sim, seed.VALID_BARCODE) == []
    assert await desk.waiting() == 0


async def test_a_lost_answer_to_the_post_is_settled_by_reading_the_ticket(sim, desk):
    sim.add_fault(r"/v1/check_ins$", method="POST", kind="drop_answer", count=1)
    result = await desk.scan(seed.VALID_BARCODE)
    assert result.kind is ScanKind.VALID and not result.queued
    assert len(check_ins(sim, seed.VALID_BARCODE)) == 1
    assert await desk.waiting() == 0
    assert (await desk.sync()).sent == 0
    assert len(check_ins(sim, seed.VALID_BARCODE)) == 1


async def test_the_door_list_reads_every_page(sim, desk):
    with sim.lock:
        sim.tickettailor.add_door_crowd(seed.GBP_EVENT, PAGE_LIMIT * 2 + 17)
    assert await desk.refresh()
    counters = await desk.counters()
    with sim.lock:
        valid = [
            t
            for t in sim.tickettailor.issued_tickets.values()
            if t.event_id == seed.GBP_EVENT and t.status == "valid"
        ]
    assert counters[0].issued == len(valid) > PAGE_LIMIT * 2
    assert counters[0].checked_in == sum(t.checked_in for t in valid)
    found = await desk.search(valid[-1].full_name.split()[1].lower())
    assert any(t.ticket_id == valid[-1].id for t in found)


async def test_offline_scans_are_queued_and_sent_exactly_once(sim, desk):
    before = (await desk.counters())[0].checked_in
    sim.add_fault(OUTAGE, status=503)
    result = await desk.scan("RIVER00003")
    assert result.kind is ScanKind.VALID and result.offline and result.queued
    again = await desk.scan("RIVER00003")
    assert again.kind is ScanKind.ALREADY and again.by_this_till and again.offline
    assert (await desk.scan("RIVER00004")).kind is ScanKind.VALID
    assert (await desk.scan(seed.VOIDED_BARCODE)).kind is ScanKind.VOIDED
    assert (await desk.scan("NOSUCHCODE")).kind is ScanKind.UNKNOWN
    assert (await desk.scan(seed.CHECKED_IN_BARCODE)).kind is ScanKind.ALREADY
    assert await desk.waiting() == 2
    assert (await desk.counters())[0].checked_in == before + 2
    failed = await desk.sync()
    assert failed.sent == 0 and failed.waiting == 2
    assert check_ins(sim, "RIVER00003") == []

    sim.clear_faults()
    report = await desk.sync()
    assert report.sent == 2 and report.doubles == [] and report.waiting == 0
    assert len(check_ins(sim, "RIVER00003")) == 1
    assert len(check_ins(sim, "RIVER00004")) == 1
    second = await desk.sync()
    assert second.sent == 0 and second.waiting == 0
    assert len(check_ins(sim, "RIVER00003")) == 1


async def test_the_queue_survives_a_restart_offline(sim, till, desk):
    sim.add_fault(OUTAGE, status=503)
    assert (await desk.scan("RIVER00005")).queued
    desk.store.close()
    store = DoorStore(till.journal)
    later = CheckInDesk(till.tickettailor, store, device_id="till-1", event_ids=[seed.GBP_EVENT])
    await later.open()  # offline: the names the door list kept
    assert later.events == {seed.GBP_EVENT: "Summer Chamber Night"}
    assert (await later.scan("RIVER00006")).kind is ScanKind.VALID
    assert (await later.scan("RIVER00005")).kind is ScanKind.ALREADY
    sim.clear_faults()
    assert (await later.sync()).sent == 2
    assert len(check_ins(sim, "RIVER00005")) == len(check_ins(sim, "RIVER00006")) == 1
    desk.store = store  # the fixture closes this one


async def test_a_ticket_admitted_offline_and_elsewhere_is_a_double_admission(sim, desk):
    sim.add_fault(OUTAGE, status=503)
    assert (await desk.scan("RIVER00007")).queued
    sim.clear_faults()
    # Another door, online, let the same ticket in meanwhile.
    with sim.lock:
        ticket = next(
            t for t in sim.tickettailor.issued_tickets.values() if t.barcode == "RIVER00007"
        )
    other = await desk.tickettailor.create_check_in(ticket.id)
    report = await desk.sync()
    assert report.sent == 0 and len(report.doubles) == 1
    double = report.doubles[0]
    assert double.ticket is not None and double.ticket.barcode == "RIVER00007"
    assert double.elsewhere_at == other.check_in_at
    assert len(check_ins(sim, "RIVER00007")) == 1  # never posted a second time
    assert [d.local.ticket_id for d in await desk.doubles()] == [ticket.id]
    assert (await desk.sync()).doubles == []


async def test_the_tills_events_by_default_are_those_on_soon(till):
    store = DoorStore(till.journal)
    desk = CheckInDesk(till.tickettailor, store, device_id="till-1", clock=till.time.clock)
    await desk.open()
    assert seed.GBP_EVENT in desk.events
    assert seed.JAZZ_EVENT not in desk.events  # in 14 days
    store.close()


async def test_a_slow_ticket_tailor_is_judged_by_the_door_list_within_the_scan_time(sim, desk):
    desk.scan_timeout = 0.2
    sim.add_fault(r"/v1/issued_tickets$", method="GET", delay_ms=2000)
    result = await desk.scan("RIVER00003")
    assert result.kind is ScanKind.VALID and result.offline and result.queued
    assert desk.online is False
    sim.clear_faults()
    assert (await desk.sync()).sent == 1
    assert len(check_ins(sim, "RIVER00003")) == 1


async def test_a_wrong_event_id_is_left_out_and_a_scan_before_open_still_knows_the_events(till):
    store = DoorStore(till.journal)
    desk = CheckInDesk(
        till.tickettailor,
        store,
        device_id="till-1",
        event_ids=["ev_9999", seed.GBP_EVENT],
        clock=till.time.clock,
    )
    result = await desk.scan(seed.VALID_BARCODE)  # open() not called yet
    assert result.kind is ScanKind.VALID
    assert desk.events == {seed.GBP_EVENT: "Summer Chamber Night"}
    store.close()


async def test_a_post_that_failed_is_admitted_and_settled_by_the_next_sync(sim, desk):
    sim.add_fault(r"/v1/check_ins$", method="POST", status=503, count=1)
    result = await desk.scan("RIVER00004")
    assert result.kind is ScanKind.VALID and result.queued
    assert check_ins(sim, "RIVER00004") == [] and await desk.waiting() == 1
    assert (await desk.scan("RIVER00004")).by_this_till  # never posted twice for one scan
    report = await desk.sync()
    assert report.sent == 1 and report.doubles == []
    assert len(check_ins(sim, "RIVER00004")) == 1


async def test_offline_at_start_without_set_events_keeps_the_recently_listed_ones(sim, till, desk):
    sim.add_fault(OUTAGE, status=503)
    later = CheckInDesk(till.tickettailor, desk.store, device_id="till-1", clock=till.time.clock)
    await later.open()
    assert later.events == {seed.GBP_EVENT: "Summer Chamber Night"}
    sim.advance_clock(2 * 24 * 3600)
    stale = CheckInDesk(till.tickettailor, desk.store, device_id="till-1", clock=till.time.clock)
    await stale.open()
    assert stale.events == {}
