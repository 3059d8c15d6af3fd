"""The invoice change hint from BTCPay's status websocket, against the simulator's loopback
server (and a silent server made here): it yields per change and ends quietly otherwise."""

from __future__ import annotations

import asyncio
import logging
import socket
import time
from collections.abc import AsyncIterator, Callable
from decimal import Decimal

import pytest

from boxoffice.services.btcpay.invoice_hints import (
    InvoiceHints,
    NoInvoiceHints,
    WebSocketInvoiceHints,
)
from boxoffice.sim import ManualClock, Simulator
from boxoffice.sim.server import SimulatorHTTPServer, serve
from boxoffice.sim.websocket import accept_key

WAIT = 20.0  # generous: a busy machine may be slow, a passing test never waits this long


async def until(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + WAIT
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.01)


@pytest.fixture
def served():
    sim = Simulator(clock=ManualClock())
    server, _ = serve(sim)
    try:
        yield sim, server
    finally:
        server.stop()


def new_invoice(sim: Simulator, amount: str = "10") -> str:
    with sim.lock:
        return sim.btcpay.create_invoice({"amount": amount}).id


async def collect(changes: AsyncIterator[None]) -> list[None]:
    return [change async for change in changes]


async def opened(server: SimulatorHTTPServer, changes: AsyncIterator[None]) -> asyncio.Task:
    """The next change as a task, once the socket is open on the server."""
    task = asyncio.ensure_future(anext(changes))
    await until(lambda: server.open_websockets == 1 or task.done())
    assert not task.done(), task
    return task


def test_the_three_kinds_have_the_shape_of_the_protocol():
    hints: list[InvoiceHints] = [
        NoInvoiceHints(),
        WebSocketInvoiceHints("http://127.0.0.1:1"),
        Simulator(seed=None).invoice_hints(),
    ]
    assert all(callable(h.changes) for h in hints)


async def test_no_hints_yields_nothing():
    assert await collect(NoInvoiceHints().changes("anything")) == []


def test_the_socket_url_follows_the_btcpay_root():
    plain = WebSocketInvoiceHints("http://127.0.0.1:8080/")
    assert plain.status_url("AbC") == "ws://127.0.0.1:8080/i/AbC/status/ws"
    prefixed = WebSocketInvoiceHints("https://pay.example/btcpay")
    assert prefixed.status_url("a/b") == "wss://pay.example/btcpay/i/a%2Fb/status/ws"
    assert WebSocketInvoiceHints("ftp://pay.example").status_url("x") is None


async def test_a_payment_is_hinted(served):
    sim, server = served
    invoice_id = new_invoice(sim)
    changes = WebSocketInvoiceHints(sim.btcpay_url).changes(invoice_id)
    try:
        first = await opened(server, changes)
        sim.pay_invoice(invoice_id, "BTC-LN")
        assert await asyncio.wait_for(first, WAIT) is None
    finally:
        await changes.aclose()
    assert sim.requests_served("btcpay-websocket") == 1
    assert sim.requests_served("btcpay") == 0  # the socket is not a Greenfield request


async def test_a_partial_payment_and_its_new_bolt11_are_two_hints(served):
    sim, server = served
    invoice_id = new_invoice(sim)
    changes = WebSocketInvoiceHints(sim.btcpay_url).changes(invoice_id)
    try:
        first = await opened(server, changes)
        sim.pay_invoice(invoice_id, "BTC-LN", amount=Decimal("0.00001"))  # of 0.0002 BTC
        await asyncio.wait_for(first, WAIT)
        second = asyncio.ensure_future(anext(changes))
        # The new BOLT11 is saved a little later (LightningListener.cs); then it is hinted.
        sim.advance_clock(sim.btcpay.bolt11_renewal_seconds + 1)
        assert await asyncio.wait_for(second, WAIT) is None
        methods = sim.payment_methods(invoice_id)
        lightning = next(m for m in methods if m["paymentMethodId"] == "BTC-LN")
        assert lightning["destination"] == _live_bolt11(sim, invoice_id)
    finally:
        await changes.aclose()


def _live_bolt11(sim: Simulator, invoice_id: str) -> str | None:
    with sim.lock:
        method = sim.btcpay.invoices[invoice_id].method("BTC-LN")
        assert method is not None and method.pending is None
        return method.destination


async def test_the_servers_text_pings_are_no_hints(served):
    sim, server = served
    sim.status_socket_ping_seconds = 0.05
    invoice_id = new_invoice(sim)
    changes = WebSocketInvoiceHints(sim.btcpay_url).changes(invoice_id)
    first = await opened(server, changes)
    await until(lambda: server.status_pings >= 3)
    assert not first.done()
    sim.drop_status_sockets()
    with pytest.raises(StopAsyncIteration):
        await asyncio.wait_for(first, WAIT)


@pytest.mark.parametrize("make", ["settled", "unknown", "expired", "archived"])
async def test_a_refused_socket_ends_at_once_without_an_error(served, make, caplog):
    sim, _ = served
    invoice_id = new_invoice(sim)
    if make == "settled":
        sim.pay_invoice(invoice_id, "BTC-LN")
    elif make == "unknown":
        invoice_id = "NoSuchInvoice"
    elif make == "expired":
        sim.expire_invoice(invoice_id)
    else:
        with sim.lock:
            sim.btcpay.invoices[invoice_id].archived = True
    with caplog.at_level(logging.INFO, "boxoffice.services.btcpay.invoice_hints"):
        found = await asyncio.wait_for(
            collect(WebSocketInvoiceHints(sim.btcpay_url).changes(invoice_id)), WAIT
        )
    assert found == []
    assert "404" in caplog.text
    assert sim.btcpay_api_key not in caplog.text
    assert sim.requests_served("btcpay-websocket") == 1


async def test_a_fault_on_the_socket_path_ends_it(served):
    sim, _ = served
    invoice_id = new_invoice(sim)
    sim.add_fault(r"/status/ws$", status=502, count=1)
    hints = WebSocketInvoiceHints(sim.btcpay_url)
    assert await asyncio.wait_for(collect(hints.changes(invoice_id)), WAIT) == []


@pytest.mark.parametrize("how", ["drop", "stop"])
async def test_a_socket_the_server_closes_ends(served, how):
    sim, server = served
    invoice_id = new_invoice(sim)
    changes = WebSocketInvoiceHints(sim.btcpay_url).changes(invoice_id)
    first = await opened(server, changes)
    if how == "drop":
        sim.drop_status_sockets()
    else:
        await asyncio.to_thread(server.stop)
    with pytest.raises(StopAsyncIteration):
        await asyncio.wait_for(first, WAIT)


async def test_an_unreachable_server_ends_it():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # Nothing listens on the port any more: the connection is refused.
    hints = WebSocketInvoiceHints(f"http://127.0.0.1:{port}/btcpay", open_timeout=2.0)
    assert await asyncio.wait_for(collect(hints.changes("AnInvoice")), WAIT) == []


async def test_cancelling_the_wait_cancels_it(served):
    sim, server = served
    invoice_id = new_invoice(sim)
    changes = WebSocketInvoiceHints(sim.btcpay_url).changes(invoice_id)
    first = await opened(server, changes)
    first.cancel()
    with pytest.raises(asyncio.CancelledError):
        await first
    await until(lambda: server.open_websockets == 0)


class _SilentServer:
    """Accepts the websocket handshake, then says nothing, not even pongs; keeps what the
    client sent."""

    def __init__(self) -> None:
        self.requests: list[bytes] = []
        self.server: asyncio.Server | None = None

    async def start(self) -> str:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        port = self.server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}/pay"

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        self.requests.append(head)
        key = next(
            line.split(b":", 1)[1].strip().decode()
            for line in head.split(b"\r\n")
            if line.lower().startswith(b"sec-websocket-key:")
        )
        writer.write(
            b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + f"Sec-WebSocket-Accept: {accept_key(key)}\r\n\r\n".encode()
        )
        await writer.drain()
        try:
            while await reader.read(1024):
                pass  # pings are read and never answered
        finally:
            writer.close()

    async def stop(self) -> None:
        assert self.server is not None
        self.server.close()
        await self.server.wait_closed()


async def test_a_silent_server_ends_it_and_no_key_is_sent():
    silent = _SilentServer()
    url = await silent.start()
    try:
        hints = WebSocketInvoiceHints(url, ping_interval=0.1, ping_timeout=0.2)
        assert await asyncio.wait_for(collect(hints.changes("Inv1")), WAIT) == []
    finally:
        await silent.stop()
    (head,) = silent.requests
    assert head.startswith(b"GET /pay/i/Inv1/status/ws HTTP/1.1\r\n")
    assert b"authorization" not in head.lower()
