"""What the hostile-body properties share: real server bodies, their mutations, the outcome checks.

Bodies start from real shapes (the simulator's answers, modelled on recorded live responses,
and the recorded live events page in tests/fixtures/tickettailor/) and are then mutated:
fields dropped, set to null, given another type, string booleans, unknown enum values, huge and
non-finite numbers, long and control-character strings, unknown fields, huge lists.
"""

from __future__ import annotations

import asyncio
import base64
import copy
import json
import unicodedata
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
from hypothesis import settings
from hypothesis import strategies as st

from boxoffice.services.btcpay import models as bp
from boxoffice.services.btcpay.client import BTCPayClient
from boxoffice.services.errors import MAX_DETAIL, ServiceError
from boxoffice.services.http import NO_RETRY
from boxoffice.services.tickettailor import models as tt
from boxoffice.services.tickettailor.client import TicketTailorClient
from boxoffice.sim import ManualClock, Simulator, seed
from boxoffice.sim.router import Request

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "tickettailor"


#: Every property test here: the same examples on every run, no deadline on a slow machine.
FAST = settings(derandomize=True, deadline=None, max_examples=40)


MODEL = settings(derandomize=True, deadline=None, max_examples=60)


# -- real shapes -----------------------------------------------------------------------------------


def _real_bodies() -> dict[str, Any]:
    """Answers of the simulator (shaped as the live services answer), read without a socket."""
    sim = Simulator(clock=ManualClock())
    tt_auth = "Basic " + base64.b64encode(f"{sim.tickettailor_api_key}:".encode()).decode()
    bp_auth = f"token {sim.btcpay_api_key}"
    store = f"/btcpay/api/v1/stores/{sim.store_id}"

    def call(method: str, path: str, *, form=None, body=None, query: str = "") -> Any:
        headers = {"authorization": tt_auth if path.startswith("/tickettailor") else bp_auth}
        raw = b""
        if form is not None:
            raw = urlencode(form).encode()
            headers["content-type"] = "application/x-www-form-urlencoded"
        elif body is not None:
            raw = json.dumps(body).encode()
            headers["content-type"] = "application/json"
        answer = sim.handle(Request(method, path, query, headers, raw))
        return json.loads(answer.body) if answer.body.strip() else None

    hold_form = {
        "event_id": seed.GBP_EVENT,
        "note": "sale-1",
        f"ticket_type_id[{seed.GENERAL_TT}]": 2,
    }
    hold = call("POST", "/tickettailor/v1/holds", form=hold_form)
    ticket = call(
        "POST",
        "/tickettailor/v1/issued_tickets",
        form={
            "event_id": seed.GBP_EVENT,
            "ticket_type_id": seed.GENERAL_TT,
            "hold_id": hold["id"],
            "full_name": "Ada Lovelace",
            "email": "ada@example.com",
            "reference": "sale-1-1",
        },
    )
    invoice = call(
        "POST",
        f"{store}/invoices",
        body={"amount": "12.50", "currency": "GBP", "metadata": {"orderId": "sale-1"}},
    )
    sim.pay_invoice(invoice["id"], amount=Decimal("0.0001"))  # a partial payment: `payments`
    live = json.loads((FIXTURES / "events-page.json").read_text())["body"]
    return {
        "tt_event": call("GET", f"/tickettailor/v1/events/{seed.GBP_EVENT}"),
        "tt_live_event": live["data"][0],
        "tt_events_page": call("GET", "/tickettailor/v1/events", query="limit=3"),
        "tt_live_events_page": live,
        "tt_hold": call("GET", f"/tickettailor/v1/holds/{hold['id']}"),
        "tt_holds_page": call("GET", "/tickettailor/v1/holds"),
        "tt_ticket": ticket,
        "tt_tickets_page": call("GET", "/tickettailor/v1/issued_tickets"),
        "tt_check_in": call(
            "POST", "/tickettailor/v1/check_ins", form={"issued_ticket_id": ticket["id"]}
        ),
        "tt_deleted": {"id": hold["id"], "deleted": "true"},
        "tt_error": call("GET", "/tickettailor/v1/holds/hold_nope"),
        "bp_server_info": call("GET", "/btcpay/api/v1/server/info"),
        "bp_store": call("GET", store),
        "bp_email": call("GET", f"{store}/email"),
        "bp_key": call("GET", "/btcpay/api/v1/api-keys/current"),
        "bp_invoice": call("GET", f"{store}/invoices/{invoice['id']}"),
        "bp_invoices": call("GET", f"{store}/invoices"),
        "bp_methods": call("GET", f"{store}/invoices/{invoice['id']}/payment-methods"),
        "bp_error": {"code": "invoice-not-found", "message": "The invoice was not found"},
        "bp_problems": [{"path": "amount", "message": "Amount should be more than 0"}],
    }


REAL = _real_bodies()


REAL["tt_ticket_type"] = REAL["tt_event"]["ticket_types"][0]


REAL["bp_method"] = next(m for m in REAL["bp_methods"] if m["payments"])


REAL["bp_payment"] = REAL["bp_method"]["payments"][0]


# -- mutations -------------------------------------------------------------------------------------


_WORDS = st.sampled_from(
    [
        "true",
        "false",
        "True",
        "1",
        "0",
        "yes",
        "",
        " ",
        "null",
        "NaN",
        "Infinity",
        "-Infinity",
        "-1",
        "1e999999999",
        "0x10",
        "+-5",
        "²",
        "9" * 5000,
        "Settled",
        "Expired",
        "BrandNewStatus",
        "on_sale",
        "sold_out",
        "GA",
        "SEATED",
        "BTC-CHAIN",
        "BTC-LN",
        "XMR-CHAIN",
        "2026-06-01T22:30:00+01:00",
        "not a date",
        "\x00\x1b[31mred\x1b[0m\r\n",
        "\u202eevil",
        "****",
    ]
)


_NUMBERS = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from([0, -1, 2**63, -(2**63), 10**30]),
    st.floats(allow_nan=True, allow_infinity=True),
)


_TEXTS = st.one_of(
    st.text(max_size=20),
    st.text(min_size=1, max_size=3).map(lambda t: t * 3000),  # tens of kilobytes
)


_LEAVES = st.one_of(st.none(), st.booleans(), _WORDS, _NUMBERS, _TEXTS)


HOSTILE = st.one_of(
    _LEAVES,
    st.lists(_LEAVES, max_size=4),
    st.dictionaries(st.text(max_size=8), _LEAVES, max_size=4),
)


def _slots(value: Any, into: list) -> list:
    """Every (container, key) in a JSON value, the containers themselves included."""
    if isinstance(value, dict):
        for key, item in value.items():
            into.append((value, key))
            _slots(item, into)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            into.append((value, index))
            _slots(item, into)
    return into


@st.composite
def mutated(draw, base: Any) -> Any:
    """`base` with a few hostile changes anywhere in it."""
    value = copy.deepcopy(base)
    grown = False  # one huge list per body: thousands of items, not millions
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        slots = _slots(value, [])
        op = draw(st.sampled_from(["drop", "null", "hostile", "add", "huge", "whole"]))
        if op == "whole" or not slots:
            if draw(st.booleans()):
                return draw(HOSTILE)
            continue
        container, key = draw(st.sampled_from(slots))
        if op == "drop":
            if isinstance(container, dict):
                del container[key]
            else:
                container.pop(key)
        elif op == "null":
            container[key] = None
        elif op == "hostile":
            container[key] = draw(HOSTILE)
        elif op == "add" and isinstance(container, dict):
            container[draw(st.text(max_size=10))] = draw(HOSTILE)
        elif op == "huge" and not grown:
            grown = True
            item = container[key]
            if isinstance(item, str | list | dict) and len(item) > 50:
                item = item[:50] if isinstance(item, str) else None
            container[key] = [copy.deepcopy(item) if i < 3 else item for i in range(3000)]
    return value


# -- what every outcome must be --------------------------------------------------------------------


def _plain(error: ServiceError) -> str:
    text = str(error)
    assert text.startswith(error.service), text
    assert len(error.detail) <= MAX_DETAIL
    assert not any(unicodedata.category(ch) in ("Cc", "Cf") for ch in text), repr(text)
    assert "Traceback" not in text
    return text


def _outcome(call) -> Any:
    """The parse's value, or None after the client's own error. Anything else fails the test."""
    try:
        return call()
    except ServiceError as error:
        _plain(error)
        return None


def _decimals(*values: Any) -> None:
    for value in values:
        assert value is None or (isinstance(value, Decimal) and value.is_finite()), value


def _check_tt_model(result: Any) -> None:
    if isinstance(result, tt.Event):
        assert all(isinstance(t.price, int) for t in result.ticket_types)
        assert all(t.available >= 0 for t in result.ticket_types)
        _decimals(result.sales_tax_percentage)
    if isinstance(result, tt.Hold):
        assert all(isinstance(k, str) and isinstance(v, int) for k, v in result.quantities.items())


def _check_bp_model(result: Any) -> None:
    if isinstance(result, bp.Invoice):
        _decimals(result.amount, result.paid_amount)
        assert isinstance(result.metadata, dict)
    if isinstance(result, bp.InvoicePaymentMethod):
        _decimals(result.amount, result.due, result.rate, result.total_paid, result.fee)
        for payment in result.payments:
            _decimals(payment.value, payment.fee)


def _check_result(result: Any) -> None:
    for item in result if isinstance(result, list | tuple) else [result]:
        _check_tt_model(item)
        _check_bp_model(item)


# -- whole client calls, through httpx.MockTransport -----------------------------------------------


_BP = BTCPayClient("http://btcpay.invalid", "k" * 40, "store")


KEY = "sk_1000_1000_ABCDEFGHIJKLMNOP"


BODY_FORMS = st.sampled_from(["json", "json", "json", "truncated", "html", "deep", "empty"])


ERROR_STATUSES = st.sampled_from([400, 401, 403, 404, 409, 410, 422, 429, 500, 502, 503])


def _encode(body: Any, form: str) -> tuple[bytes, str]:
    text = json.dumps(body, allow_nan=True).encode()
    if form == "truncated":
        return text[: len(text) // 2], "application/json"
    if form == "html":
        return b"<html><body><h1>Welcome to Venue Wi-Fi</h1></body></html>", "text/html"
    if form == "deep":
        return b"[" * 50_000 + b"]" * 50_000, "application/json"
    if form == "empty":
        return b"", "application/json"
    return text, "application/json; charset=utf-8"


def _run(make_client, call, status: int, content: bytes, content_type: str) -> Any:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert len(seen) < 50, "a client kept asking"
        headers = {"content-type": content_type, "retry-after": "0"}
        return httpx.Response(status, content=content, headers=headers)

    async def go() -> Any:
        client = make_client(httpx.MockTransport(answer))
        try:
            return await call(client)
        finally:
            await client.aclose()

    return _outcome(lambda: asyncio.run(go()))


def _tt_client(transport) -> TicketTailorClient:
    return TicketTailorClient(KEY, "https://tt.invalid", transport=transport, retry=NO_RETRY)


def _bp_client(transport) -> BTCPayClient:
    return BTCPayClient(
        "https://btcpay.invalid", "a" * 40, "store", transport=transport, retry=NO_RETRY
    )


async def _call_once(make_client, call, content: bytes, kind: str) -> Any:
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, content=content, headers={"content-type": kind})
    )
    client = make_client(transport)
    try:
        return await call(client)
    finally:
        await client.aclose()
