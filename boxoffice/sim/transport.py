"""The in-process httpx transport: requests reach the simulator without any socket."""

from __future__ import annotations

import asyncio
from typing import Protocol

import httpx

from boxoffice.sim.router import Request, Response


class Served(Protocol):
    """What the transport needs of the simulator (`Simulator` is one): a plan for a request
    (a delay before the work and a fault status, if any), the answer, and the delay of the
    answer's way back. A protocol rather than an import of the simulator, which builds its
    transport: neither module needs the other."""

    def plan(self, request: Request) -> tuple[float, int | None]: ...

    def answer_delay(self, request: Request) -> float: ...

    def respond(self, request: Request, fault_status: int | None = None) -> Response: ...


class SimulatorTransport(httpx.AsyncBaseTransport):
    """Serves `<root>/tickettailor`, `<root>/btcpay` and `<root>/sim` for any host.

    A request is carried out after the plan's delay (half the latency, and a fault's delay),
    and answered after the other half. A custom transport gets no timeouts from httpx, so the
    delays honour the request's read timeout themselves: when they add up to more, the request
    is still carried out (at the latest at the moment the client gives up, so "outcome unknown"
    really happens) and `httpx.ReadTimeout` is raised.
    """

    def __init__(self, simulator: Served) -> None:
        self.simulator = simulator

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        sim_request = Request(
            method=request.method,
            path=request.url.path,
            query_string=request.url.query.decode("ascii", "replace"),
            headers={k.lower(): v for k, v in request.headers.items()},
            body=body,
        )
        delay, status = self.simulator.plan(sim_request)
        back = self.simulator.answer_delay(sim_request)
        timeout = (request.extensions.get("timeout") or {}).get("read")
        if timeout is not None and delay + back > timeout:
            await asyncio.sleep(min(delay, timeout))
            if status is None:
                self.simulator.respond(sim_request, None)
            await asyncio.sleep(max(0.0, timeout - delay))
            raise httpx.ReadTimeout("simulated: no answer in time", request=request)
        if delay > 0:
            await asyncio.sleep(delay)
        response = self.simulator.respond(sim_request, status)
        if back > 0:
            await asyncio.sleep(back)
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            content=response.body,
            request=request,
        )
