"""Hostile Ticket Tailor bodies: its models and client calls read them or refuse in plain words."""

from __future__ import annotations

import asyncio

import pytest
from hypothesis import given
from hypothesis import strategies as st

from boxoffice.services.errors import ServiceError
from boxoffice.services.tickettailor import models as tt
from boxoffice.services.tickettailor.client import _problems
from tests.properties.server_bodies import (
    BODY_FORMS,
    ERROR_STATUSES,
    FAST,
    MODEL,
    REAL,
    _call_once,
    _check_result,
    _check_tt_model,
    _encode,
    _outcome,
    _run,
    _tt_client,
    mutated,
)

# -- the model parsers -----------------------------------------------------------------------------


TT_MODELS = [
    (tt.Event.from_api, "tt_event"),
    (tt.Event.from_api, "tt_live_event"),
    (tt.TicketType.from_api, "tt_ticket_type"),
    (tt.Hold.from_api, "tt_hold"),
    (tt.IssuedTicket.from_api, "tt_ticket"),
    (tt.CheckIn.from_api, "tt_check_in"),
]


@MODEL
@pytest.mark.parametrize(("parse", "name"), TT_MODELS, ids=[n for _, n in TT_MODELS])
@given(data=st.data())
def test_ticket_tailor_models_read_or_refuse_in_plain_words(parse, name, data):
    body = data.draw(mutated(REAL[name]))
    _check_tt_model(_outcome(lambda: parse(body)))


@MODEL
@given(errors=mutated({"errors": [{"field": "quantity", "message": "Not enough tickets"}]}))
def test_ticket_tailor_error_lists_read_as_problems(errors):
    problems = _problems(errors.get("errors") if isinstance(errors, dict) else errors)
    assert all(isinstance(p.message, str) for p in problems)


# -- whole client calls ----------------------------------------------------------------------------


TT_CALLS = {
    "get_event": ("tt_event", lambda c: c.get_event("ev_1")),
    "list_events": ("tt_live_events_page", lambda c: c.list_events()),
    "create_hold": ("tt_hold", lambda c: c.create_hold("ev_1", {"tt_1": 2}, "sale-1")),
    "get_hold": ("tt_hold", lambda c: c.get_hold("hold_1")),
    "list_holds": ("tt_holds_page", lambda c: c.list_holds(event_id="ev_1")),
    "delete_hold": ("tt_deleted", lambda c: c.delete_hold("hold_1")),
    "issue_ticket": (
        "tt_ticket",
        lambda c: c.issue_ticket(
            event_id="ev_1",
            ticket_type_id="tt_1",
            hold_id="hold_1",
            full_name=None,
            email=None,
            reference="sale-1-1",
        ),
    ),
    "list_issued_tickets": ("tt_tickets_page", lambda c: c.list_issued_tickets(reference="r")),
    "create_check_in": ("tt_check_in", lambda c: c.create_check_in("it_1")),
    "ping": ("tt_deleted", lambda c: c.ping()),
}


@FAST
@pytest.mark.parametrize("name", sorted(TT_CALLS))
@given(data=st.data())
def test_ticket_tailor_calls_survive_any_2xx_body(name, data):
    shape, call = TT_CALLS[name]
    content, kind = _encode(data.draw(mutated(REAL[shape])), data.draw(BODY_FORMS))
    _check_result(_run(_tt_client, call, 200, content, kind))


@FAST
@pytest.mark.parametrize("name", ["get_hold", "create_hold", "delete_hold"])
@given(data=st.data())
def test_ticket_tailor_error_bodies_become_plain_errors(name, data):
    _shape, call = TT_CALLS[name]
    body = data.draw(mutated(REAL["tt_error"]))
    content, kind = _encode(body, data.draw(BODY_FORMS))
    result = _run(_tt_client, call, data.draw(ERROR_STATUSES), content, kind)
    assert result is None or name == "delete_hold"  # a 404 on delete: already gone


@pytest.mark.parametrize("name", sorted(TT_CALLS))
def test_a_broken_2xx_body_is_a_malformed_response_for_ticket_tailor(name):
    _shape, call = TT_CALLS[name]
    for form in ("truncated", "html", "deep"):
        content, kind = _encode(REAL["tt_hold"], form)
        with pytest.raises(ServiceError) as raised:
            asyncio.run(_call_once(_tt_client, call, content, kind))
        assert type(raised.value).__name__ == "MalformedResponseError", (form, raised.value)
