"""The simulator on a real loopback socket, and as a process (`python -m boxoffice.sim`)."""

from __future__ import annotations

import base64
import http.client
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import httpx
import pytest

from boxoffice.sim import ManualClock, Simulator, seed
from boxoffice.sim.server import serve

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def served():
    sim = Simulator(clock=ManualClock())
    server, url = serve(sim)
    try:
        yield sim, url
    finally:
        server.stop()


def test_loopback_server_serves_all_three_prefixes(served):
    sim, url = served
    assert url.startswith("http://127.0.0.1:")
    assert sim.tickettailor_url == f"{url}/tickettailor"
    with httpx.Client(timeout=5.0) as client:
        ping = client.get(f"{url}/tickettailor/v1/ping", auth=(sim.tickettailor_api_key, ""))
        assert ping.status_code == 200 and ping.headers["X-Rate-Limit-Limit"] == "10000"
        invoice = client.post(
            f"{url}/btcpay/api/v1/stores/{sim.store_id}/invoices",
            json={"amount": "10"},
            headers={"Authorization": f"token {sim.btcpay_api_key}"},
        ).json()
        assert invoice["checkoutLink"] == f"{url}/btcpay/i/{invoice['id']}"
        page = client.get(invoice["checkoutLink"])
        assert "10.00 GBP" in page.text
        assert client.get(f"{url}/sim/state").json()["invoices"][0]["id"] == invoice["id"]
        assert client.get(f"{url}/elsewhere").status_code == 404


def test_a_socket_timeout_leaves_the_work_done(served):
    sim, url = served
    sim.add_fault(r"/v1/holds$", method="POST", delay_ms=300, count=1)
    form = {"event_id": seed.GBP_EVENT, "note": "n", f"ticket_type_id[{seed.GENERAL_TT}]": "1"}
    with (
        httpx.Client(timeout=httpx.Timeout(5.0, read=0.05)) as client,
        pytest.raises(httpx.ReadTimeout),
    ):
        client.post(f"{url}/tickettailor/v1/holds", data=form, auth=(sim.tickettailor_api_key, ""))
    for _ in range(100):  # the server thread finishes the request after its delay
        if sim.state()["holds"]:
            break
        time.sleep(0.05)
    assert sim.state()["holds"][0]["total_on_hold"] == 1


def _raw(
    url: str, method: str, path: str, body: bytes | None = None, headers=None
) -> tuple[int, dict | list | None]:
    """One request by hand, as curl would send it."""
    target = urlsplit(url)
    connection = http.client.HTTPConnection(target.hostname, target.port, timeout=5)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        data = response.read()
        return response.status, json.loads(data) if data else None
    finally:
        connection.close()


def test_the_curl_scenario_with_raw_http(served):
    """List events, hold two tickets, make an invoice, pay it through /sim/, issue the tickets
    out of the hold, and find it all in /sim/state, with hand-made requests only."""
    sim, url = served
    # curl -u KEY: sends Basic base64("KEY:")
    tt = {
        "Authorization": "Basic "
        + base64.b64encode(f"{sim.tickettailor_api_key}:".encode()).decode()
    }
    form = {**tt, "Content-Type": "application/x-www-form-urlencoded"}
    gf = {"Authorization": f"token {sim.btcpay_api_key}", "Content-Type": "application/json"}

    status, events = _raw(
        url, "GET", "/tickettailor/v1/events?status=published&limit=100", headers=tt
    )
    assert status == 200 and seed.GBP_EVENT in [e["id"] for e in events["data"]]

    hold_body = (
        f"event_id={seed.GBP_EVENT}&note=Door+sale+1&ticket_type_id%5B{seed.GENERAL_TT}%5D=2"
    )
    status, hold = _raw(url, "POST", "/tickettailor/v1/holds", hold_body.encode(), form)
    assert status == 201 and hold["total_on_hold"] == 2

    invoice_body = json.dumps(
        {"amount": "53.00", "currency": "GBP", "metadata": {"orderId": "door-1"}}
    )
    status, invoice = _raw(
        url, "POST", f"/btcpay/api/v1/stores/{sim.store_id}/invoices", invoice_body.encode(), gf
    )
    assert status == 200 and invoice["status"] == "New"

    status, paid = _raw(
        url,
        "POST",
        f"/sim/invoices/{invoice['id']}/pay",
        b'{"method": "BTC-LN"}',
        {"Content-Type": "application/json"},
    )
    assert status == 200 and paid["status"] == "Settled"

    barcodes = []
    for n in range(2):
        ticket_body = urlencode(
            {
                "event_id": seed.GBP_EVENT,
                "ticket_type_id": seed.GENERAL_TT,
                "hold_id": hold["id"],
                "full_name": "Ada Lovelace",
                "email": "ada@example.org",
                "reference": f"door-1-{n}",
            }
        )
        status, ticket = _raw(
            url, "POST", "/tickettailor/v1/issued_tickets", ticket_body.encode(), form
        )
        assert status == 201
        barcodes.append(ticket["barcode"])

    status, state = _raw(url, "GET", "/sim/state")
    assert status == 200
    assert state["holds"][0]["id"] == hold["id"] and state["holds"][0]["total_on_hold"] == 0
    assert state["invoices"][0]["metadata"] == {"orderId": "door-1"}
    assert state["invoices"][0]["status"] == "Settled"
    mine = [t for t in state["issued_tickets"] if (t["reference"] or "").startswith("door-1")]
    assert sorted(t["barcode"] for t in mine) == sorted(barcodes)


@pytest.mark.slow
def test_module_runs_as_a_process_and_stops_on_sigterm():
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "boxoffice.sim", "--port", "0", "--seed", "demo"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )
    try:
        line = json.loads(process.stdout.readline())
        assert set(line) == {
            "tickettailor",
            "btcpay",
            "control",
            "store_id",
            "tickettailor_api_key",
            "btcpay_api_key",
        }
        with httpx.Client(timeout=5.0) as client:
            events = client.get(
                f"{line['tickettailor']}/v1/events", auth=(line["tickettailor_api_key"], "")
            )
            assert events.status_code == 200 and events.json()["data"]
            store = client.get(
                f"{line['btcpay']}/api/v1/stores/{line['store_id']}",
                headers={"Authorization": f"token {line['btcpay_api_key']}"},
            )
            assert store.json()["id"] == line["store_id"]
            assert client.get(f"{line['control']}/state").status_code == 200
    finally:
        process.terminate()
        code = process.wait(timeout=10)
        process.stdout.close()
        process.stderr.close()
    assert code == 0
