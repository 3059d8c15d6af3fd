"""Faults that break a real answer: the work is done, then the body is spoilt or lost."""

from __future__ import annotations

import json

import httpx
import pytest

from boxoffice.sim import ManualClock, Simulator, seed
from boxoffice.sim.faults import BODY_KINDS, AnswerDropped
from boxoffice.sim.server import serve

HOLD_FORM = {"event_id": seed.GBP_EVENT, "note": "n", f"ticket_type_id[{seed.GENERAL_TT}]": "1"}


async def _create_invoice(bp, store_path):
    return await bp.post(f"{store_path}/invoices", json={"amount": "10", "currency": "GBP"})


async def test_html_answers_a_200_portal_page_after_the_hold_is_made(sim, tt):
    sim.add_fault(r"/v1/holds$", method="POST", kind="html", count=1)
    answer = await tt.post("/v1/holds", data=HOLD_FORM)
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/html")
    assert "<html>" in answer.text and "hold" not in answer.text
    assert [h["total_on_hold"] for h in sim.state()["holds"]] == [1]  # the work was done


async def test_truncated_cuts_the_real_json_in_half_after_the_invoice_is_made(sim, bp, store_path):
    sim.add_fault(r"/invoices$", method="POST", kind="truncated", count=1)
    answer = await _create_invoice(bp, store_path)
    assert answer.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        json.loads(answer.content)
    [invoice] = sim.state()["invoices"]
    assert invoice["id"].encode() in answer.content  # the first half of the real answer
    assert answer.content.startswith(b"{")
    assert len(answer.content) < len(json.dumps(invoice))


async def test_wrong_types_gives_every_value_another_json_type(sim, tt):
    sim.add_fault(r"/v1/events/", method="GET", kind="wrong_types", count=1)
    broken = (await tt.get(f"/v1/events/{seed.GBP_EVENT}")).json()
    real = (await tt.get(f"/v1/events/{seed.GBP_EVENT}")).json()
    assert set(broken) == set(real)
    assert broken["id"] == {"value": real["id"]}  # a string became an object
    types = broken["ticket_types"]
    assert isinstance(real["ticket_types"], list) and isinstance(types, dict)  # list -> object
    first = types["0"]
    assert first["price"] == str(real["ticket_types"][0]["price"])  # a number became a string
    for name, value in real.items():
        if isinstance(value, bool):
            assert broken[name] in ("true", "false")
        elif isinstance(value, dict):  # objects stay objects, their values change
            assert isinstance(broken[name], dict) and set(broken[name]) == set(value)
        elif value is not None:
            assert type(broken[name]) is not type(value), name


async def test_wrong_types_turns_a_numeric_string_into_a_number(sim, bp, store_path):
    sim.add_fault(r"/invoices$", method="POST", kind="wrong_types", count=1)
    broken = (await _create_invoice(bp, store_path)).json()
    assert broken["amount"] == 10 and isinstance(broken["amount"], int)
    assert isinstance(broken["metadata"], dict)
    assert len(sim.state()["invoices"]) == 1


async def test_missing_fields_drops_id_and_status_at_every_depth(sim, bp, store_path):
    invoice_id = (await _create_invoice(bp, store_path)).json()["id"]
    sim.add_fault(r"/invoices/[^/]+$", method="GET", kind="missing_fields", count=1)
    broken = (await bp.get(f"{store_path}/invoices/{invoice_id}")).json()
    assert "id" not in broken and "status" not in broken and "amount" not in broken
    assert "createdTime" in broken  # the rest is as the server sent it
    methods_fault = r"/payment-methods$"
    sim.add_fault(methods_fault, method="GET", kind="missing_fields", count=1)
    methods = (await bp.get(f"{store_path}/invoices/{invoice_id}/payment-methods")).json()
    assert methods and all(
        "paymentMethodId" not in m and "destination" not in m and "amount" not in m for m in methods
    )


async def test_drop_answer_in_process_times_out_after_the_hold_is_made(sim, tt):
    sim.add_fault(r"/v1/holds$", method="POST", kind="drop_answer", count=1)
    with pytest.raises(httpx.ReadTimeout) as raised:
        await tt.post("/v1/holds", data=HOLD_FORM)
    assert isinstance(raised.value, AnswerDropped)
    assert raised.value.request.url.path.endswith("/v1/holds")  # as httpx's own timeouts
    assert [h["total_on_hold"] for h in sim.state()["holds"]] == [1]
    assert (await tt.get("/v1/holds")).status_code == 200  # count=1: used up


def test_drop_answer_over_the_socket_closes_the_connection_without_a_reply(capfd):
    sim = Simulator(clock=ManualClock())
    server, url = serve(sim)
    try:
        sim.add_fault(r"/v1/holds$", method="POST", kind="drop_answer", count=1)
        with httpx.Client(timeout=5.0) as client:
            with pytest.raises(httpx.RemoteProtocolError):
                client.post(
                    f"{url}/tickettailor/v1/holds",
                    data=HOLD_FORM,
                    auth=(sim.tickettailor_api_key, ""),
                )
            # The work was done before the answer was dropped, and the server goes on.
            assert [h["total_on_hold"] for h in sim.state()["holds"]] == [1]
            ping = client.get(f"{url}/tickettailor/v1/ping", auth=(sim.tickettailor_api_key, ""))
            assert ping.status_code == 200
    finally:
        server.stop()
    assert "Traceback" not in capfd.readouterr().err


@pytest.mark.parametrize("kind", ["truncated", "wrong_types", "missing_fields"])
async def test_an_error_answer_is_sent_as_the_service_made_it(sim, bp, store_path, kind):
    sim.add_fault(r"/invoices/", method="GET", kind=kind, count=1)
    missing = await bp.get(f"{store_path}/invoices/nope")
    assert missing.status_code in (403, 404)
    assert isinstance(missing.json(), dict) and "code" in missing.json()


@pytest.mark.parametrize("kind", ["truncated", "wrong_types", "missing_fields"])
async def test_an_empty_answer_stays_empty(sim, bp, store_path, kind):
    sim.add_fault(r"/email/send$", method="POST", kind=kind, count=1)
    sent = await bp.post(
        f"{store_path}/email/send", json={"email": "a@example.com", "subject": "s", "body": "b"}
    )
    assert sent.status_code == 200 and sent.content == b""
    assert len(sim.state()["emails"]) == 1


@pytest.mark.parametrize("kind", BODY_KINDS)
@pytest.mark.parametrize(
    ("service", "method", "path"),
    [
        ("tt", "GET", "/v1/events"),
        ("tt", "GET", "/v1/ping"),
        ("bp", "GET", "/api/v1/server/info"),
        ("bp", "GET", "/api/v1/stores"),
    ],
)
async def test_every_kind_applies_to_any_endpoint_once(sim, tt, bp, kind, service, method, path):
    client = tt if service == "tt" else bp
    real = await client.request(method, path)
    sim.add_fault(path + "$", method=method, kind=kind, count=1)
    try:
        broken = await client.request(method, path)
    except httpx.ReadTimeout:
        assert kind == "drop_answer"
    else:
        assert kind != "drop_answer"
        if real.content.strip().startswith((b"{", b"[")) or kind == "html":
            assert broken.content != real.content
    assert sim.faults.faults == []
    assert (await client.request(method, path)).content == real.content


async def test_body_kinds_over_the_control_api(sim, http):
    for kind in BODY_KINDS:
        added = await http.post(
            f"{sim.control_url}/faults", json={"path": "/v1/ping", "kind": kind, "count": 1}
        )
        assert added.status_code == 201, added.text
        assert added.json()[-1] == {
            "path": "/v1/ping",
            "method": None,
            "status": None,
            "delay_ms": None,
            "count": 1,
            "kind": kind,
        }
    assert [f["kind"] for f in (await http.get(f"{sim.control_url}/faults")).json()] == list(
        BODY_KINDS
    )
    html = await http.get(f"{sim.tickettailor_url}/v1/ping", auth=(sim.tickettailor_api_key, ""))
    assert html.headers["content-type"].startswith("text/html")


@pytest.mark.parametrize(
    ("fault", "words"),
    [
        ({"path": "x", "kind": "gibberish"}, "unknown fault kind"),
        ({"path": "x", "kind": "html", "status": 500}, "takes no status"),
        ({"path": "x", "kind": 7}, "kind must be a string"),
    ],
)
async def test_bad_kinds_are_refused_in_plain_words(sim, http, fault, words):
    refused = await http.post(f"{sim.control_url}/faults", json=fault)
    assert refused.status_code == 400
    assert words in refused.json()["error"]
    assert sim.faults.faults == []


def test_bad_kinds_are_refused_in_python_too(sim):
    with pytest.raises(ValueError, match="unknown fault kind 'gibberish'; use one of cloudflare"):
        sim.add_fault("x", kind="gibberish")
    with pytest.raises(ValueError, match="takes no status"):
        sim.add_fault("x", status=503, kind="drop_answer")
    with pytest.raises(ValueError, match="needs a status"):
        sim.add_fault("x", kind="cloudflare")
