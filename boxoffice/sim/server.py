"""The simulator on a loopback socket: `http.server.ThreadingHTTPServer` in a thread.

Each connection gets its own thread; injected delays sleep in that thread without holding the
simulator's lock, and the request is carried out afterwards even if the client gave up. Half
the simulator's latency passes before a request is carried out, half before its answer goes.

`GET {btcpay}/i/{invoiceId}/status/ws` with `Upgrade: websocket` is BTCPay's invoice status
websocket (BTCPayServer/Controllers/UIInvoiceController.UI.cs `GetStatusWebSocket`): a plain
404 for an unknown, archived, Settled, Expired or Invalid invoice; otherwise 101, then one
1-byte binary message per change of the invoice, and a text "ping" now and then
(BTCPayServer/WebsocketExtensions.cs), until the client closes or the server stops.
"""

from __future__ import annotations

import logging
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit

from boxoffice.sim.btcpay_changes import TICK_SECONDS
from boxoffice.sim.router import Request, Response
from boxoffice.sim.simulator import Simulator, status_socket_invoice
from boxoffice.sim.websocket import (
    GOING_AWAY,
    ServerWebSocket,
    handshake_headers,
    handshake_problem,
)

_log = logging.getLogger(__name__)

_SKIPPED_HEADERS = frozenset(
    {"content-length", "connection", "transfer-encoding", "date", "server"}
)


class SimulatorHTTPServer(ThreadingHTTPServer):
    """A threading HTTP server bound to one simulator."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], simulator: Simulator) -> None:
        self.simulator = simulator
        self._sockets: set[ServerWebSocket] = set()
        self._sockets_lock = threading.Lock()
        self.stopping = False
        #: Text "ping" messages sent on status websockets, for tests that need some to pass.
        self.status_pings = 0
        super().__init__(address, _Handler)

    @property
    def open_websockets(self) -> int:
        """Status websockets open now (counted from just before the 101 goes)."""
        with self._sockets_lock:
            return len(self._sockets)

    def count_ping(self) -> None:
        with self._sockets_lock:
            self.status_pings += 1

    def track(self, websocket: ServerWebSocket, open_: bool) -> bool:
        """Keep (or forget) an open websocket, to close it at `stop()`; False when stopping."""
        with self._sockets_lock:
            if not open_:
                self._sockets.discard(websocket)
                return True
            if self.stopping:
                return False
            self._sockets.add(websocket)
            return True

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        if isinstance(host, bytes):  # socketserver types it so; an AF_INET address is text
            host = host.decode()
        return f"http://{host}:{port}"

    def stop(self) -> None:
        """Stop serving, close the open websockets ("going away") and the socket."""
        self.shutdown()
        with self._sockets_lock:
            self.stopping = True
            sockets = list(self._sockets)
        for websocket in sockets:
            websocket.close(GOING_AWAY, "server stopping", wait=0.5)
        self.server_close()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "BoxOfficeSimulator/1.0"
    #: TCP_NODELAY, as real servers have it (ASP.NET Core's Kestrel, which BTCPay runs on,
    #: sets NoDelay by default): the headers and the body go out as two writes, and with
    #: Nagle's algorithm the body waits for the client's delayed ACK of the headers, some
    #: 40 ms on Linux, on answers that would otherwise take a fraction of a millisecond.
    disable_nagle_algorithm = True
    server: SimulatorHTTPServer

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        target = urlsplit(self.path)
        request = Request(
            method=self.command,
            path=unquote(target.path),
            query_string=target.query,
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
        )
        simulator = self.server.simulator
        invoice_id = status_socket_invoice(request)
        if invoice_id is not None:
            self._status_socket(request, invoice_id)
            return
        delay, status = simulator.plan(request)
        if delay > 0:
            time.sleep(delay)
        response = simulator.respond(request, status)
        back = simulator.answer_delay(request)
        if back > 0:
            time.sleep(back)
        self._send(response)

    def _send(self, response: Response) -> None:
        try:
            self.send_response(response.status)
            for name, value in response.headers.items():
                if name.lower() not in _SKIPPED_HEADERS:
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(response.body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(response.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting; the work is done all the same

    def _status_socket(self, request: Request, invoice_id: str) -> None:
        """BTCPay's invoice status websocket (see the module's docstring)."""
        simulator = self.server.simulator
        changes = simulator.btcpay.invoice_changes
        delay, status = simulator.plan(request)
        if delay > 0:
            time.sleep(delay)
        if status is not None:  # a fault answers instead of the socket
            self.close_connection = True
            self._send(simulator.respond(request, status))
            return
        problem = handshake_problem(request.method, request.headers)
        with simulator.lock:
            opens = problem is None and simulator.btcpay.status_socket_opens(invoice_id)
            seen, generation = changes.version(invoice_id), changes.generation
        back = simulator.answer_delay(request)
        if back > 0:
            time.sleep(back)
        if problem is not None:
            self.close_connection = True
            self._send(Response(400, problem.encode(), {"content-type": "text/plain"}))
            return
        if not opens:
            self._send(Response(404))  # NotFound(): no body
            return
        websocket = ServerWebSocket(self.connection, self.rfile, self.wfile)
        self.close_connection = True  # no more HTTP on this connection, whatever happens
        if not self.server.track(websocket, True):
            self._send(Response(503))
            return
        try:
            self.send_response(101)
            for name, value in handshake_headers(request.headers["sec-websocket-key"]).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.flush()
            websocket.start()
            self._notify(websocket, invoice_id, seen, generation)
        except OSError:
            pass  # the client went away
        finally:
            websocket.close(wait=0.5)
            self.server.track(websocket, False)

    def _notify(
        self, websocket: ServerWebSocket, invoice_id: str, seen: int, generation: int
    ) -> None:
        """One binary message of one zero byte per change (BTCPay sends `new byte[1]`), each
        half the latency late; a text "ping" every `status_socket_ping_seconds`; the changes
        that only need time applied every `TICK_SECONDS`."""
        simulator = self.server.simulator
        changes = simulator.btcpay.invoice_changes
        next_ping = time.monotonic() + simulator.status_socket_ping_seconds
        while not websocket.closed.is_set():
            wait = max(0.0, min(TICK_SECONDS, next_ping - time.monotonic()))
            version = changes.wait(invoice_id, seen, generation, wait)
            if version < 0:
                _log.debug("status socket of %s dropped", invoice_id)
                websocket.close(GOING_AWAY, "dropped")
                return
            if version > seen:
                for _ in range(version - seen):
                    one_way = simulator.latency_ms / 2000
                    if one_way > 0:
                        time.sleep(one_way)
                    websocket.send_binary(b"\x00")
                seen = version
            elif not websocket.closed.is_set():
                with simulator.lock:
                    simulator.btcpay.apply_time(invoice_id)
            if time.monotonic() >= next_ping:
                websocket.send_text("ping")
                self.server.count_ping()
                next_ping = time.monotonic() + simulator.status_socket_ping_seconds

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = _serve

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass


def serve(
    simulator: Simulator, host: str = "127.0.0.1", port: int = 0
) -> tuple[SimulatorHTTPServer, str]:
    """Serve `simulator` on `host:port` (0: any free port) in a daemon thread.

    Returns the server (call `.stop()` when done) and its root URL; the simulator's URLs
    (`tickettailor_url`, `btcpay_url`, `control_url`, checkout links) follow that root.
    """
    server = SimulatorHTTPServer((host, port), simulator)
    simulator.set_root_url(server.url)
    thread = threading.Thread(target=server.serve_forever, name="sim-server", daemon=True)
    thread.start()
    return server, server.url
