"""The `/sim/...` control API: what a wallet, a miner, the passing of time or a flaky network
would do, driven over HTTP (the same as the Simulator's Python methods)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol

from boxoffice.sim.btcpay import BTCPay
from boxoffice.sim.clock import Clock
from boxoffice.sim.faults import FaultSet
from boxoffice.sim.router import (
    Request,
    Response,
    Router,
    SimulatorError,
    empty_response,
    json_response,
)


class Controlled(Protocol):
    """What the control API drives (`Simulator` is one). A protocol rather than an import of
    the simulator, which builds its control API: neither module needs the other."""

    lock: Any  # a re-entrant lock, held while the state changes
    clock: Clock
    faults: FaultSet
    btcpay: BTCPay

    def confirm_invoice(self, invoice_id: str) -> dict: ...

    def expire_invoice(self, invoice_id: str) -> dict: ...

    def state(self) -> dict: ...

    def add_fault(
        self,
        path: str,
        method: str | None = None,
        status: int | None = None,
        delay_ms: int | None = None,
        count: int | None = None,
        kind: str | None = None,
    ) -> None: ...

    def clear_faults(self) -> None: ...

    def advance_clock(self, seconds: float) -> float: ...

    def add_btcpay_api_key(self, permissions: Iterable[str], label: str = "Test key") -> str: ...


class Control:
    """Routes of the control API, relative to `<root>/sim`."""

    def __init__(self, simulator: Controlled) -> None:
        self.simulator = simulator
        r = self.router = Router()
        r.add("POST", "/invoices/{invoice_id}/pay", self._pay)
        r.add("POST", "/invoices/{invoice_id}/confirm", self._confirm)
        r.add("POST", "/invoices/{invoice_id}/expire", self._expire)
        r.add("GET", "/state", self._state)
        r.add("POST", "/faults", self._add_fault)
        r.add("DELETE", "/faults", self._clear_faults)
        r.add("GET", "/faults", self._list_faults)
        r.add("GET", "/clock", self._clock)
        r.add("POST", "/clock/advance", self._advance)
        r.add("POST", "/btcpay/api-keys", self._add_btcpay_key)
        r.add("GET", "/btcpay/options", self._btcpay_options)
        r.add("PUT", "/btcpay/options", self._set_btcpay_options)

    def handle(self, request: Request) -> Response:
        handler, path_known = self.router.match(request)
        if handler is None:
            status = 405 if path_known else 404
            return json_response(
                status, {"error": f"no control route {request.method} {request.path}"}
            )
        try:
            return handler(request)
        except SimulatorError as error:
            return json_response(error.status, {"error": error.message})

    def _pay(self, request: Request) -> Response:
        body = _body(request)
        method = body.get("method") or "BTC-LN"
        amount = body.get("amount")
        if amount is not None:
            try:
                amount = Decimal(str(amount))
            except InvalidOperation:
                amount = None
            # NaN and Infinity parse, but no wallet can pay them.
            if amount is None or not amount.is_finite():
                raise SimulatorError(400, "amount must be a BTC decimal string")
        destination = body.get("destination")
        if destination is not None and not isinstance(destination, str):
            raise SimulatorError(400, "destination must be the BOLT11 or address shown")
        simulator = self.simulator
        with simulator.lock:
            # `destination`: what the wallet was shown. A BOLT11 replaced after a partial
            # payment was cancelled on the node, so paying it is refused (409).
            paid = simulator.btcpay.pay(request.params["invoice_id"], method, amount, destination)
            return json_response(200, simulator.btcpay.invoice_api(paid))

    def _confirm(self, request: Request) -> Response:
        return json_response(200, self.simulator.confirm_invoice(request.params["invoice_id"]))

    def _expire(self, request: Request) -> Response:
        return json_response(200, self.simulator.expire_invoice(request.params["invoice_id"]))

    def _state(self, request: Request) -> Response:
        return json_response(200, self.simulator.state())

    def _add_fault(self, request: Request) -> Response:
        """`{"path", "method", "status", "delay_ms", "count", "kind"}` as `Simulator.add_fault`
        takes them; `kind` is "cloudflare" (with a status) or one of the kinds that break the
        real answer: "html", "truncated", "wrong_types", "missing_fields", "drop_answer"."""
        body = _body(request)
        if not isinstance(body.get("path"), str):
            raise SimulatorError(400, "a fault needs a path (a regex)")
        kind = body.get("kind")
        if kind is not None and not isinstance(kind, str):
            raise SimulatorError(400, "kind must be a string, e.g. 'html' or 'drop_answer'")
        try:
            self.simulator.add_fault(
                body["path"],
                method=body.get("method"),
                status=_opt_int(body, "status"),
                delay_ms=_opt_int(body, "delay_ms"),
                count=_opt_int(body, "count"),
                kind=kind,
            )
        except ValueError as error:  # includes a bad regex
            raise SimulatorError(400, str(error)) from None
        return self._list_faults(request, status=201)

    def _clear_faults(self, request: Request) -> Response:
        self.simulator.clear_faults()
        return empty_response(204)

    def _list_faults(self, request: Request, status: int = 200) -> Response:
        return json_response(status, [f.to_api() for f in self.simulator.faults.faults])

    def _clock(self, request: Request) -> Response:
        return json_response(200, {"now": self.simulator.clock.now()})

    def _advance(self, request: Request) -> Response:
        body = _body(request)
        try:
            seconds = float(body.get("seconds", 0))
        except (TypeError, ValueError):
            raise SimulatorError(400, "seconds must be a number") from None
        return json_response(200, {"now": self.simulator.advance_clock(seconds)})

    def _add_btcpay_key(self, request: Request) -> Response:
        body = _body(request)
        permissions = body.get("permissions")
        if not isinstance(permissions, list) or not all(isinstance(p, str) for p in permissions):
            raise SimulatorError(400, "permissions must be a list of strings")
        key = self.simulator.add_btcpay_api_key(permissions, str(body.get("label") or "Test key"))
        return json_response(201, {"apiKey": key, "permissions": permissions})

    # -- how the simulated BTCPay behaves where versions differ ---------------------------------

    def _btcpay_options(self, request: Request) -> Response:
        btcpay = self.simulator.btcpay
        return json_response(
            200,
            {
                # True: mark-status / unarchive answer the invoice after the change, as BTCPay
                # up to 2.3.5 did; False (default): as it was before, as 2.3.6+ does.
                "markAnswersAfter": btcpay.mark_answers_after,
                "bolt11RenewalSeconds": btcpay.bolt11_renewal_seconds,
                "bolt11RenewalReads": btcpay.bolt11_renewal_reads,
            },
        )

    def _set_btcpay_options(self, request: Request) -> Response:
        body = _body(request)
        btcpay = self.simulator.btcpay
        unknown = set(body) - {"markAnswersAfter", "bolt11RenewalSeconds", "bolt11RenewalReads"}
        if unknown:
            raise SimulatorError(400, f"unknown options: {', '.join(sorted(unknown))}")
        after = body.get("markAnswersAfter", btcpay.mark_answers_after)
        seconds = body.get("bolt11RenewalSeconds", btcpay.bolt11_renewal_seconds)
        reads = body.get("bolt11RenewalReads", btcpay.bolt11_renewal_reads)
        if not isinstance(after, bool):
            raise SimulatorError(400, "markAnswersAfter must be true or false")
        if isinstance(seconds, bool) or not isinstance(seconds, int | float) or seconds < 0:
            raise SimulatorError(400, "bolt11RenewalSeconds must be a number, 0 or more")
        if isinstance(reads, bool) or not isinstance(reads, int) or reads < 0:
            raise SimulatorError(400, "bolt11RenewalReads must be a whole number, 0 or more")
        with self.simulator.lock:
            btcpay.mark_answers_after = after
            btcpay.bolt11_renewal_seconds = float(seconds)
            btcpay.bolt11_renewal_reads = reads
        return self._btcpay_options(request)


def _body(request: Request) -> dict[str, Any]:
    if not request.body.strip():
        return {}
    try:
        body = json.loads(request.body)
    except ValueError:
        raise SimulatorError(400, "the body must be JSON") from None
    if not isinstance(body, dict):
        raise SimulatorError(400, "the body must be a JSON object")
    return body


def _opt_int(body: dict[str, Any], name: str) -> int | None:
    value = body.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise SimulatorError(400, f"{name} must be a whole number")
    return value
