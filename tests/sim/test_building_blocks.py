"""Clock, dates, bech32 addresses and BOLT11 strings, the seed's ids."""

from __future__ import annotations

from decimal import Decimal
from random import Random

import pytest

from boxoffice.sim import Clock, ManualClock, Simulator, seed
from boxoffice.sim.bech32 import decode, decode_segwit_address, segwit_address
from boxoffice.sim.dates import date_object
from boxoffice.sim.lightning import amount_part, bolt11


def test_manual_clock_moves_only_when_told():
    clock = ManualClock(1000.0)
    assert clock.now() == 1000.0 and clock.manual
    assert clock.advance(5) == 1005.0
    clock.set(2000)
    assert clock.now() == 2000.0


def test_real_clock_can_be_shifted():
    clock = Clock()
    before = clock.now()
    clock.advance(3600)
    assert clock.now() >= before + 3600


def test_bech32_matches_the_bip173_vector():
    program = bytes.fromhex("751e76e8199196d454941c45d1b3a323f1433bd6")
    assert segwit_address("bc", 0, program) == "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
    assert decode_segwit_address("bc", "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4") == (0, program)
    with pytest.raises(ValueError):
        decode("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5")  # one character changed


@pytest.mark.parametrize(
    ("btc", "part"),
    [("0.001", "1m"), ("0.0006", "600u"), ("0.00044007", "440070n"), ("0", "")],
)
def test_bolt11_amount_uses_the_largest_whole_multiplier(btc, part):
    assert amount_part(Decimal(btc)) == part


def test_bolt11_has_network_amount_and_a_valid_checksum():
    invoice = bolt11(
        Decimal("0.0005"),
        timestamp=1780315200,
        expiry_seconds=900,
        description="Paid to Riverside Arts Centre",
        payment_hash=bytes(32),
        rng=Random(1),
    )
    hrp, data = decode(invoice)
    assert hrp == "lnbcrt500u" and invoice == invoice.lower()
    assert len(data) > 7 + 104  # timestamp, tagged fields and the signature


def test_date_objects_follow_summer_time():
    summer = date_object(1781289000, "Europe/London")  # the reference's example instant
    assert summer == {
        "date": "2026-06-12",
        "formatted": "Fri Jun 12, 2026 7:30 PM",
        "iso": "2026-06-12T19:30:00+01:00",
        "time": "19:30",
        "timezone": "+01:00",
        "unix": 1781289000,
    }
    winter = date_object(1767290400, "Europe/London")  # 2026-01-01 18:00 UTC
    assert winter["timezone"] == "+00:00" and winter["time"] == "18:00"


def test_seed_ids_are_stable_and_start_tonight():
    clock = ManualClock()
    sim = Simulator(clock=clock)
    event = sim.event(seed.GBP_EVENT)
    assert event["name"] == "Summer Chamber Night"
    assert event["start"]["date"] == "2026-06-01" and event["start"]["time"] == "19:30"
    assert [t["id"] for t in event["ticket_types"]][:3] == ["tt_2001", "tt_2002", "tt_2003"]
    later = Simulator(clock=ManualClock(clock.now() + 12 * 3600))  # after 19:30 local time
    assert later.event(seed.GBP_EVENT)["start"]["date"] == "2026-06-02"


def test_no_seed_means_no_events_but_the_store_and_keys_exist():
    sim = Simulator(seed=None, clock=ManualClock())
    assert sim.state()["events"] == []
    assert sim.store_id == seed.STORE_ID and sim.btcpay_api_key == seed.BTCPAY_API_KEY
    with pytest.raises(ValueError):
        Simulator(seed="other")


def test_large_catalogue_mixes_statuses_and_keeps_ids_growing():
    sim = Simulator(seed=None, clock=ManualClock())
    sim.seed_large_catalogue(300, ticket_types_per_event=4)
    events = sim.state()["events"]
    assert len(events) == 300
    assert {e["status"] for e in events} == {"published", "draft", "sales_closed"}
    assert all(len(e["ticket_types"]) == 4 for e in events)
    type_ids = [t["id"] for e in events for t in e["ticket_types"]]
    assert len(set(type_ids)) == len(type_ids)
