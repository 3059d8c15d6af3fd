"""Helpers for the command-line tests: the loopback simulator process and `boxoffice` processes."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]


class SimProcess:
    """`python -m boxoffice.sim --port 0` in a subprocess, driven through its control API."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "boxoffice.sim", "--port", "0"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        line = self.process.stdout.readline()
        if not line:
            self.process.kill()
            raise RuntimeError("the simulator did not start: " + self.process.stderr.read())
        self.info: dict[str, str] = json.loads(line)
        self.control = self.info["control"]
        self.http = httpx.Client(timeout=30)

    def close(self) -> None:
        self.http.close()
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process.stdout.close()
        self.process.stderr.close()

    def env(self, **extra: str) -> dict[str, str]:
        """BOXOFFICE_* variables pointing a till at this simulator."""
        env = {
            "BOXOFFICE_TICKETTAILOR_URL": self.info["tickettailor"],
            "BOXOFFICE_TICKETTAILOR_API_KEY": self.info["tickettailor_api_key"],
            "BOXOFFICE_BTCPAY_URL": self.info["btcpay"],
            "BOXOFFICE_BTCPAY_API_KEY": self.info["btcpay_api_key"],
            "BOXOFFICE_BTCPAY_STORE_ID": self.info["store_id"],
        }
        env.update(extra)
        return env

    # -- control API ---------------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        response = self.http.get(f"{self.control}/state")
        response.raise_for_status()
        return response.json()

    def pay(self, invoice_id: str, **body: Any) -> dict:
        response = self.http.post(f"{self.control}/invoices/{invoice_id}/pay", json=body)
        response.raise_for_status()
        return response.json()

    def expire(self, invoice_id: str) -> dict:
        response = self.http.post(f"{self.control}/invoices/{invoice_id}/expire")
        response.raise_for_status()
        return response.json()

    def fault(self, path: str, **fields: Any) -> None:
        response = self.http.post(f"{self.control}/faults", json={"path": path, **fields})
        response.raise_for_status()

    def advance_clock(self, seconds: float) -> float:
        """Move the simulator's clock (back, for a negative value); returns its new time."""
        response = self.http.post(f"{self.control}/clock/advance", json={"seconds": seconds})
        response.raise_for_status()
        return response.json()["now"]

    def clear_faults(self) -> None:
        self.http.delete(f"{self.control}/faults").raise_for_status()

    def add_btcpay_key(self, permissions: list[str]) -> str:
        response = self.http.post(
            f"{self.control}/btcpay/api-keys", json={"permissions": permissions}
        )
        response.raise_for_status()
        return response.json()["apiKey"]

    # -- lookups -------------------------------------------------------------------------------

    def invoice_for_sale(self, sale_id: str) -> dict | None:
        for invoice in self.state()["invoices"]:
            if (invoice.get("metadata") or {}).get("orderId") == f"boxoffice-{sale_id}":
                return invoice
        return None

    def holds_for_sale(self, sale_id: str) -> list[dict]:
        return [h for h in self.state()["holds"] if h.get("note") == f"boxoffice-{sale_id}"]

    def tickets_with_reference(self, reference: str) -> list[dict]:
        return [t for t in self.state()["issued_tickets"] if t.get("reference") == reference]


class BoxOfficeProcess:
    """A `python -m boxoffice ...` process whose stdout lines are collected as they come."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "boxoffice", *args],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self._queue.put(line)
        self._queue.put(None)

    def _drain(self, timeout: float) -> bool:
        try:
            line = self._queue.get(timeout=timeout)
        except queue.Empty:
            return True
        if line is None:
            self._queue.put(None)  # keep the end marker for later callers
            return False
        self.lines.append(line.rstrip("\n"))
        return True

    def json_lines(self) -> list[dict]:
        return [json.loads(line) for line in self.lines if line.startswith("{")]

    def wait_for_line(self, predicate: Callable[[dict], bool], timeout: float = 30) -> dict:
        """The first JSON line for which `predicate` holds (waiting for it to be printed)."""
        deadline = time.monotonic() + timeout
        seen = 0
        while True:
            for data in self.json_lines()[seen:]:
                if predicate(data):
                    return data
            seen = len(self.json_lines())
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"no such line within {timeout}s; got {self.lines}")
            if not self._drain(min(remaining, 0.2)) and self.process.poll() is not None:
                for data in self.json_lines()[seen:]:
                    if predicate(data):
                        return data
                raise AssertionError(
                    f"the process ended ({self.process.returncode}) without such a line; "
                    f"stdout {self.lines}, stderr {self.process.stderr.read()}"
                )

    def finish(self, timeout: float = 60) -> int:
        """Wait for the exit status, collecting the remaining output."""
        returncode = self.process.wait(timeout=timeout)
        self._reader.join(timeout=5)
        while True:
            try:
                line = self._queue.get_nowait()
            except queue.Empty:
                break
            if line is None:
                self._queue.put(None)
                break
            self.lines.append(line.rstrip("\n"))
        self.stderr = self.process.stderr.read()
        self.process.stdout.close()
        self.process.stderr.close()
        return returncode

    def signal(self, signum: int) -> None:
        os.kill(self.process.pid, signum)

    def kill(self) -> None:
        """SIGKILL: no cleanup, no last word, as in a power cut."""
        self.process.kill()
        self.process.wait(timeout=10)
        self.process.stdout.close()
        self.process.stderr.close()


def wait_until(condition: Callable[[], Any], timeout: float = 30, step: float = 0.05) -> Any:
    """Poll `condition` until it returns something truthy; that value is returned."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout}s")
        time.sleep(step)


def killed_awaiting_payment(env: dict[str, str], event_id: str, ticket_type_id: str) -> dict:
    """Start `sell` for one ticket, kill it (SIGKILL) once its invoice is shown; its JSON line.

    What a till that died mid-payment leaves behind: a journalled sale, a hold and an invoice.
    """
    process = BoxOfficeProcess(
        [
            "sell",
            "--event",
            event_id,
            "--tickets",
            f"{ticket_type_id}=1",
            "--email",
            "ada@example.org",
            "--json",
        ],
        env,
    )
    waiting = process.wait_for_line(lambda d: "invoice_id" in d)
    process.kill()
    return waiting
