"""The simulator on a loopback socket: `http.server.ThreadingHTTPServer` in a thread.

Each connection gets its own thread; injected delays sleep in that thread without holding the
simulator's lock, and the request is carried out afterwards even if the client gave up.
"""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit

from boxoffice.sim.router import Request
from boxoffice.sim.simulator import Simulator

_SKIPPED_HEADERS = frozenset(
    {"content-length", "connection", "transfer-encoding", "date", "server"}
)


class SimulatorHTTPServer(ThreadingHTTPServer):
    """A threading HTTP server bound to one simulator."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], simulator: Simulator) -> None:
        self.simulator = simulator
        super().__init__(address, _Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        if isinstance(host, bytes):  # socketserver types it so; an AF_INET address is text
            host = host.decode()
        return f"http://{host}:{port}"

    def stop(self) -> None:
        """Stop serving and close the socket."""
        self.shutdown()
        self.server_close()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "BoxOfficeSimulator/1.0"
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
        delay, status = simulator.plan(request)
        if delay > 0:
            time.sleep(delay)
        response = simulator.respond(request, status)
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
