"""Run the simulator as a process: `python -m boxoffice.sim --port PORT`.

Prints one JSON line with the URLs, the store id and the API keys, then serves until SIGTERM or
SIGINT.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading

from boxoffice.sim.server import serve
from boxoffice.sim.simulator import Simulator


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m boxoffice.sim", description=__doc__)
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--latency-ms", type=int, default=0, help="delay added to API requests")
    parser.add_argument("--seed", choices=("demo", "none"), default="demo")
    parser.add_argument(
        "--legacy-ids",
        action="store_true",
        help="answer like BTCPay 1.x (BTC, BTC-LightningNetwork)",
    )
    args = parser.parse_args(argv)

    simulator = Simulator(
        seed=None if args.seed == "none" else args.seed,
        latency_ms=args.latency_ms,
        legacy_payment_method_ids=args.legacy_ids,
    )
    server, _url = serve(simulator, args.host, args.port)
    stop = threading.Event()

    def on_signal(signum: int, frame: object) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    line = {
        "tickettailor": simulator.tickettailor_url,
        "btcpay": simulator.btcpay_url,
        "control": simulator.control_url,
        "store_id": simulator.store_id,
        "tickettailor_api_key": simulator.tickettailor_api_key,
        "btcpay_api_key": simulator.btcpay_api_key,
    }
    print(json.dumps(line), flush=True)
    while not stop.wait(0.5):
        pass
    server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
