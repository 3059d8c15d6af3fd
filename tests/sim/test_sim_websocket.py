"""BTCPay's invoice status websocket in the simulator (UIInvoiceController.UI.cs
`GetStatusWebSocket`): the RFC 6455 handshake and frames on the loopback server, its 404s, one
message per change, pings, closing, the in-process hint, and latency split in two halves."""

from __future__ import annotations

import asyncio
import os
import socket
import threading
import time
from collections.abc import Callable
from decimal import Decimal
from urllib.parse import urlsplit

import httpx
import pytest

from boxoffice.sim import ManualClock, Simulator
from boxoffice.sim.server import SimulatorHTTPServer, serve
from boxoffice.sim.websocket import (
    BINARY,
    CLOSE,
    PING,
    PONG,
    TEXT,
    Frame,
    accept_key,
    encode_frame,
    read_frame,
)

WAIT = 20.0  # generous: a busy machine may be slow, a passing test never waits this long
#: The example of RFC 6455 §1.3.
RFC_KEY, RFC_ACCEPT = "dGhlIHNhbXBsZSBub25jZQ==", "s3pPLMBiTxaQ9kYGzzhZRbK+xOo="


def wait_until(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + WAIT
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.01)


async def until(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + WAIT
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        await asyncio.sleep(0.01)


class RawSocket:
    """A websocket client written out by hand, to see exactly what the server sends."""

    def __init__(self, url: str, path: str, headers: dict[str, str] | None = None) -> None:
        parts = urlsplit(url)
        self.sock = socket.create_connection((parts.hostname, parts.port), timeout=WAIT)
        wanted = {
            "Host": parts.netloc,
            "Upgrade": "websocket",
            "Connection": "keep-alive, Upgrade",
            "Sec-WebSocket-Key": RFC_KEY,
            "Sec-WebSocket-Version": "13",
            **(headers or {}),
        }
        head = f"GET {parts.path}{path} HTTP/1.1\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in wanted.items() if v is not None)
        self.sock.sendall((head + "\r\n").encode())
        self.file = self.sock.makefile("rb")
        self.status = int(self.file.readline().split()[1])
        self.headers: dict[str, str] = {}
        while (line := self.file.readline().strip()) != b"":
            name, _, value = line.decode().partition(":")
            self.headers[name.strip().lower()] = value.strip()
        length = int(self.headers.get("content-length", 0))
        self.body = self.file.read(length) if length else b""

    def frame(self) -> Frame:
        return read_frame(self.file, masked=False)

    def data_frame(self) -> Frame:
        """The next frame that is not the server's text "ping"."""
        while True:
            frame = self.frame()
            if (frame.opcode, frame.payload) != (TEXT, b"ping"):
                return frame

    def send(self, opcode: int, payload: bytes = b"", *, masked: bool = True) -> None:
        mask = os.urandom(4) if masked else None
        self.sock.sendall(encode_frame(opcode, payload, mask=mask))

    def at_eof(self) -> bool:
        return self.file.read(1) == b""

    def close(self) -> None:
        self.file.close()
        self.sock.close()


@pytest.fixture
def served():
    sim = Simulator(clock=ManualClock())
    sim.status_socket_ping_seconds = 600.0  # no pings unless a test asks for them
    server, _ = serve(sim)
    try:
        yield sim, server
    finally:
        server.stop()


def new_invoice(sim: Simulator, **body: object) -> str:
    with sim.lock:
        return sim.btcpay.create_invoice({"amount": "10", **body}).id


def open_socket(sim: Simulator, server: SimulatorHTTPServer, invoice_id: str) -> RawSocket:
    raw = RawSocket(sim.btcpay_url, f"/i/{invoice_id}/status/ws")
    assert raw.status == 101, (raw.status, raw.body)
    wait_until(lambda: server.open_websockets == 1)
    return raw


def close_code(frame: Frame) -> int:
    assert frame.opcode == CLOSE
    return int.from_bytes(frame.payload[:2], "big")


# -- handshake and refusals -------------------------------------------------------------------


def test_the_accept_key_is_rfc_6455s():
    assert accept_key(RFC_KEY) == RFC_ACCEPT


def test_the_handshake_switches_protocols(served):
    sim, server = served
    raw = open_socket(sim, server, new_invoice(sim))
    try:
        assert raw.headers["upgrade"].lower() == "websocket"
        assert raw.headers["connection"].lower() == "upgrade"
        assert raw.headers["sec-websocket-accept"] == RFC_ACCEPT
    finally:
        raw.close()


def _settle(sim: Simulator, invoice_id: str) -> None:
    sim.pay_invoice(invoice_id, "BTC-LN")


def _expire(sim: Simulator, invoice_id: str) -> None:
    sim.expire_invoice(invoice_id)


def _invalidate(sim: Simulator, invoice_id: str) -> None:
    with sim.lock:
        assert sim.btcpay.invoices[invoice_id].mark("Invalid")


def _archive(sim: Simulator, invoice_id: str) -> None:
    with sim.lock:
        sim.btcpay.invoices[invoice_id].archived = True


@pytest.mark.parametrize("make", [_settle, _expire, _invalidate, _archive])
def test_a_final_or_archived_invoice_gets_a_plain_404(served, make):
    sim, _ = served
    invoice_id = new_invoice(sim)
    make(sim, invoice_id)
    raw = RawSocket(sim.btcpay_url, f"/i/{invoice_id}/status/ws")
    try:
        assert (raw.status, raw.body) == (404, b"")
        assert "sec-websocket-accept" not in raw.headers
    finally:
        raw.close()
    assert sim.requests_served("btcpay-websocket") == 1


def test_an_unknown_invoice_or_a_plain_get_gets_a_404(served):
    sim, _ = served
    unknown = RawSocket(sim.btcpay_url, "/i/NoSuchInvoice/status/ws")
    unknown.close()
    assert unknown.status == 404
    with httpx.Client(timeout=WAIT) as client:  # no Upgrade: not a websocket request
        assert client.get(f"{sim.btcpay_url}/i/{new_invoice(sim)}/status/ws").status_code == 404


def test_a_handshake_of_another_version_is_refused(served):
    sim, _ = served
    raw = RawSocket(
        sim.btcpay_url,
        f"/i/{new_invoice(sim)}/status/ws",
        headers={"Sec-WebSocket-Version": "8"},
    )
    raw.close()
    assert raw.status == 400


def test_a_fault_answers_instead_of_the_socket(served):
    sim, _ = served
    sim.add_fault(r"/status/ws$", status=502, count=1)
    invoice_id = new_invoice(sim)
    refused = RawSocket(sim.btcpay_url, f"/i/{invoice_id}/status/ws")
    refused.close()
    assert refused.status == 502
    again = RawSocket(sim.btcpay_url, f"/i/{invoice_id}/status/ws")
    again.close()
    assert again.status == 101


# -- messages ---------------------------------------------------------------------------------


def test_one_binary_byte_per_change(served):
    sim, server = served
    invoice_id = new_invoice(sim)
    raw = open_socket(sim, server, invoice_id)
    try:
        sim.pay_invoice(invoice_id, "BTC-CHAIN", amount=Decimal("0.00001"))  # partial
        first = raw.data_frame()
        assert (first.opcode, first.payload) == (BINARY, b"\x00")
        sim.pay_invoice(invoice_id, "BTC-CHAIN")  # the rest: Processing
        sim.confirm_invoice(invoice_id)  # Settled
        assert [raw.data_frame().payload for _ in range(2)] == [b"\x00", b"\x00"]
        sim.drop_status_sockets()
        assert close_code(raw.data_frame()) == 1001  # nothing else came in between
    finally:
        raw.close()


def test_the_new_bolt11_after_a_partial_lightning_payment_is_a_change(served):
    sim, server = served
    invoice_id = new_invoice(sim)
    raw = open_socket(sim, server, invoice_id)
    try:
        sim.pay_invoice(invoice_id, "BTC-LN", amount=Decimal("0.00001"))
        assert raw.data_frame().opcode == BINARY  # the payment
        sim.advance_clock(sim.btcpay.bolt11_renewal_seconds + 1)
        assert raw.data_frame().opcode == BINARY  # the new BOLT11, saved by then
        with sim.lock:
            method = sim.btcpay.invoices[invoice_id].method("BTC-LN")
            assert method is not None and method.pending is None
    finally:
        raw.close()


def test_expiry_and_marking_are_changes(served):
    sim, server = served
    invoice_id = new_invoice(sim)
    raw = open_socket(sim, server, invoice_id)
    try:
        sim.advance_clock(16 * 60)  # past the store's 15 minutes: seen without any request
        assert raw.data_frame().opcode == BINARY
        assert sim.invoice(invoice_id)["status"] == "Expired"
        with httpx.Client(
            base_url=sim.btcpay_url,
            headers={"Authorization": f"token {sim.btcpay_api_key}"},
            timeout=WAIT,
        ) as client:
            path = f"/api/v1/stores/{sim.store_id}/invoices/{invoice_id}/status"
            assert client.post(path, json={"status": "Settled"}).status_code == 200
        assert raw.data_frame().opcode == BINARY  # the open socket stays open, as BTCPay's
        sim.drop_status_sockets()
        assert close_code(raw.data_frame()) == 1001
    finally:
        raw.close()


def test_another_invoices_change_is_not_sent(served):
    sim, server = served
    watched, other = new_invoice(sim), new_invoice(sim)
    raw = open_socket(sim, server, watched)
    try:
        sim.pay_invoice(other, "BTC-LN")
        sim.pay_invoice(watched, "BTC-LN")
        assert raw.data_frame().opcode == BINARY
        sim.drop_status_sockets()
        assert close_code(raw.data_frame()) == 1001  # one message: the watched invoice's
    finally:
        raw.close()


# -- pings and closing ------------------------------------------------------------------------


def test_pings_both_ways(served):
    sim, server = served
    sim.status_socket_ping_seconds = 0.05
    raw = open_socket(sim, server, new_invoice(sim))
    try:
        assert (raw.frame().opcode, raw.frame().payload) == (TEXT, b"ping")  # as BTCPay does
        raw.send(PING, b"are you there")
        while (frame := raw.frame()).opcode == TEXT:
            pass
        assert (frame.opcode, frame.payload) == (PONG, b"are you there")
    finally:
        raw.close()


def test_a_client_close_is_answered_and_ends_the_connection(served):
    sim, server = served
    raw = open_socket(sim, server, new_invoice(sim))
    try:
        raw.send(CLOSE, (1000).to_bytes(2, "big") + b"bye")
        assert close_code(raw.data_frame()) == 1000
        assert raw.at_eof()
        wait_until(lambda: server.open_websockets == 0)
    finally:
        raw.close()


def test_an_unmasked_client_frame_is_a_protocol_error(served):
    sim, server = served
    raw = open_socket(sim, server, new_invoice(sim))
    try:
        raw.send(BINARY, b"x", masked=False)
        assert close_code(raw.data_frame()) == 1002
    finally:
        raw.close()


def test_stopping_the_server_closes_the_socket_going_away():
    sim = Simulator(clock=ManualClock())
    server, _ = serve(sim)
    raw = open_socket(sim, server, new_invoice(sim))
    try:
        stopping = threading.Thread(target=server.stop)
        stopping.start()
        assert close_code(raw.data_frame()) == 1001
        raw.send(CLOSE, (1001).to_bytes(2, "big"))
        stopping.join(WAIT)
        assert not stopping.is_alive()
    finally:
        raw.close()


# -- the in-process hint ------------------------------------------------------------------------


async def test_the_in_process_hint_yields_per_change_made_in_any_thread():
    sim = Simulator(clock=ManualClock())
    invoice_id = new_invoice(sim)
    changes = sim.invoice_hints().changes(invoice_id)
    try:
        first = asyncio.ensure_future(anext(changes))
        await until(lambda: _listeners(sim, invoice_id) == 1)
        await asyncio.to_thread(sim.pay_invoice, invoice_id, "BTC-CHAIN", Decimal("0.00001"))
        assert await asyncio.wait_for(first, WAIT) is None
        sim.advance_clock(16 * 60)  # expiry, seen without a request
        assert await asyncio.wait_for(anext(changes), WAIT) is None
        assert sim.invoice(invoice_id)["status"] == "Expired"
    finally:
        await changes.aclose()
    assert _listeners(sim, invoice_id) == 0
    assert sim.requests_served("btcpay-websocket") == 1


def _listeners(sim: Simulator, invoice_id: str) -> int:
    return sim.btcpay.invoice_changes.listening(invoice_id)


@pytest.mark.parametrize("make", [_settle, _expire, _invalidate, _archive, None])
async def test_the_in_process_hint_ends_at_once_where_the_socket_is_refused(make):
    sim = Simulator(clock=ManualClock())
    invoice_id = new_invoice(sim)
    if make is None:
        invoice_id = "NoSuchInvoice"
    else:
        make(sim, invoice_id)
    found = [c async for c in sim.invoice_hints().changes(invoice_id)]
    assert found == []


async def test_the_in_process_hint_ends_on_a_drop_or_a_fault():
    sim = Simulator(clock=ManualClock())
    invoice_id = new_invoice(sim)
    changes = sim.invoice_hints().changes(invoice_id)
    first = asyncio.ensure_future(anext(changes))
    await until(lambda: _listeners(sim, invoice_id) == 1)
    sim.drop_status_sockets()
    with pytest.raises(StopAsyncIteration):
        await asyncio.wait_for(first, WAIT)
    sim.add_fault(r"/status/ws$", status=502, count=1)
    assert [c async for c in sim.invoice_hints().changes(invoice_id)] == []


# -- latency: half each way -------------------------------------------------------------------

LATENCY_MS = 400
HALF = LATENCY_MS / 2000 - 0.02  # sleeps never end early; a little slack for clock grain


def _record_work(sim: Simulator, monkeypatch: pytest.MonkeyPatch) -> list[float]:
    times: list[float] = []
    handle = sim.handle

    def timed(request):
        times.append(time.monotonic())
        return handle(request)

    monkeypatch.setattr(sim, "handle", timed)
    return times


async def test_in_process_requests_take_half_the_latency_each_way(monkeypatch):
    sim = Simulator(clock=ManualClock(), latency_ms=LATENCY_MS)
    worked = _record_work(sim, monkeypatch)
    async with httpx.AsyncClient(transport=sim.transport(), timeout=WAIT) as http:
        start = time.monotonic()
        assert (await http.get(f"{sim.btcpay_url}/api/v1/health")).status_code == 200
        end = time.monotonic()
    (work,) = worked
    assert work - start >= HALF
    assert end - work >= HALF


def test_loopback_requests_take_half_the_latency_each_way(monkeypatch):
    sim = Simulator(clock=ManualClock(), latency_ms=LATENCY_MS)
    worked = _record_work(sim, monkeypatch)
    server, url = serve(sim)
    try:
        with httpx.Client(timeout=WAIT) as client:
            start = time.monotonic()
            assert client.get(f"{url}/btcpay/api/v1/health").status_code == 200
            end = time.monotonic()
    finally:
        server.stop()
    (work,) = worked
    assert work - start >= HALF
    assert end - work >= HALF


def test_a_socket_message_takes_half_the_latency():
    sim = Simulator(clock=ManualClock(), latency_ms=LATENCY_MS)
    server, _ = serve(sim)
    invoice_id = new_invoice(sim)
    try:
        raw = open_socket(sim, server, invoice_id)
        try:
            paid = time.monotonic()
            sim.pay_invoice(invoice_id, "BTC-LN")
            assert raw.data_frame().opcode == BINARY
            assert time.monotonic() - paid >= HALF
        finally:
            raw.close()
    finally:
        server.stop()


async def test_an_in_process_hint_takes_half_the_latency():
    sim = Simulator(clock=ManualClock(), latency_ms=LATENCY_MS)
    invoice_id = new_invoice(sim)
    changes = sim.invoice_hints().changes(invoice_id)
    try:
        first = asyncio.ensure_future(anext(changes))
        await until(lambda: _listeners(sim, invoice_id) == 1)
        paid = time.monotonic()
        sim.pay_invoice(invoice_id, "BTC-LN")
        await asyncio.wait_for(first, WAIT)
        assert time.monotonic() - paid >= HALF
    finally:
        await changes.aclose()
