"""After a full run with known keys, no key is in any output, log, settings file or journal.

Every command runs as its own process with debug logging on (to the terminal and to the log
file), through an ordinary sale, a sale with failing requests, refused keys and the checks; then
every byte the till wrote or printed is searched for each key, and for the forms a key takes on
the wire (Ticket Tailor's Basic credentials, BTCPay's `token` header).
"""

from __future__ import annotations

import base64
import os

import pytest

from boxoffice.sim import seed
from tests.commands.simprocess import BoxOfficeProcess

pytestmark = pytest.mark.slow

WRONG_TT_KEY = "sk_9999_9999_V3JvbmdLZXlGb3JUZXN0aW5nT25seQ"
WRONG_BTCPAY_KEY = "0123456789abcdef0123456789abcdef01234567"


@pytest.fixture
def sim(sim_process):
    return sim_process


def _forms(key: str) -> list[bytes]:
    """The key, and how it looks in an Authorization header."""
    return [
        key.encode(),
        base64.b64encode(f"{key}:".encode()),
        base64.b64encode(key.encode()),
        f"token {key}".encode(),
    ]


def _run(env: dict[str, str], *args: str, **extra: str) -> bytes:
    process = BoxOfficeProcess(["--verbose", *args], {**env, **extra})
    process.finish(timeout=120)
    return ("\n".join(process.lines) + process.stderr).encode()


def test_no_key_reaches_any_output_log_settings_or_journal(sim, till_env, tmp_path):
    env = {
        **till_env,
        "BOXOFFICE_CONFIG_DIR": str(tmp_path / "config"),
        "BOXOFFICE_DATA_DIR": str(tmp_path / "data"),
    }
    outputs: list[bytes] = []

    selling = BoxOfficeProcess(
        [
            "--verbose",
            "sell",
            "--event",
            seed.GBP_EVENT,
            "--tickets",
            f"{seed.GENERAL_TT}=2",
            "--email",
            "ada@example.org",
            "--json",
        ],
        env,
    )
    waiting = selling.wait_for_line(lambda d: "invoice_id" in d)
    # Some reads fail on the way, so errors are logged and retried.
    sim.fault(r"/btcpay/api/v1/stores/[^/]+/invoices/[^/]+$", method="GET", status=503, count=3)
    sim.pay(waiting["invoice_id"])
    assert selling.finish(timeout=120) == 0
    outputs.append(("\n".join(selling.lines) + selling.stderr).encode())

    outputs.append(_run(env, "reconcile", "--all-devices"))
    outputs.append(_run(env, "sales", "--csv"))
    outputs.append(_run(env, "doctor"))
    outputs.append(_run(env, "doctor", "--json"))
    outputs.append(_run(env, "accept", "nosuchsale"))
    # Refused keys: the errors name the service, never the key that was refused.
    outputs.append(
        _run(
            env,
            "doctor",
            BOXOFFICE_TICKETTAILOR_API_KEY=WRONG_TT_KEY,
            BOXOFFICE_BTCPAY_API_KEY=WRONG_BTCPAY_KEY,
        )
    )
    outputs.append(
        _run(
            env,
            "sell",
            "--event",
            seed.GBP_EVENT,
            "--tickets",
            f"{seed.GENERAL_TT}=1",
            "--email",
            "b@example.org",
            BOXOFFICE_BTCPAY_API_KEY=WRONG_BTCPAY_KEY,
        )
    )

    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name.endswith(".log") for p in written), "no log file was written to search"
    assert any(p.name.startswith("journal") for p in written), "no journal was written to search"
    keys = [
        env["BOXOFFICE_TICKETTAILOR_API_KEY"],
        env["BOXOFFICE_BTCPAY_API_KEY"],
        WRONG_TT_KEY,
        WRONG_BTCPAY_KEY,
    ]
    places = [(f"output of command {n}", text) for n, text in enumerate(outputs)]
    places += [(str(p.relative_to(tmp_path)), p.read_bytes()) for p in written]
    found = [
        (where, key[:8] + "…")
        for where, data in places
        for key in keys
        if any(form in data for form in _forms(key))
    ]
    assert found == []
    assert os.path.getsize(next(p for p in written if p.name.endswith(".log"))) > 0
