"""Simulators of Ticket Tailor and BTCPay Server, in-process or on a loopback socket.

`Simulator` holds both services and the `/sim/` control API; `Simulator.transport()` plugs it
into httpx, `boxoffice.sim.server.serve()` puts it on a real socket, and
`python -m boxoffice.sim` runs it as a process. Demo data and its ids: `boxoffice.sim.seed`.
"""

from boxoffice.sim.clock import Clock, ManualClock
from boxoffice.sim.router import SimulatorError
from boxoffice.sim.simulator import Simulator

__all__ = ["Clock", "ManualClock", "Simulator", "SimulatorError"]
