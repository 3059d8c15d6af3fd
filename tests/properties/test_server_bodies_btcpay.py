"""Hostile BTCPay bodies: its models and client calls read them or refuse in plain words."""

from __future__ import annotations

import asyncio
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from boxoffice.services.btcpay import models as bp
from boxoffice.services.errors import ServiceError
from tests.properties.server_bodies import (
    _BP,
    BODY_FORMS,
    ERROR_STATUSES,
    FAST,
    MODEL,
    REAL,
    _bp_client,
    _call_once,
    _check_bp_model,
    _check_result,
    _encode,
    _outcome,
    _run,
    mutated,
)

# -- the model parsers -----------------------------------------------------------------------------


BP_MODELS = [
    (bp.ServerInfo.from_api, "bp_server_info"),
    (bp.Store.from_api, "bp_store"),
    (bp.StoreEmailSettings.from_api, "bp_email"),
    (bp.ApiKeyInfo.from_api, "bp_key"),
    (bp.Invoice.from_api, "bp_invoice"),
    (bp.InvoicePaymentMethod.from_api, "bp_method"),
    (bp.Payment.from_api, "bp_payment"),
]


@MODEL
@pytest.mark.parametrize(("parse", "name"), BP_MODELS, ids=[n for _, n in BP_MODELS])
@given(data=st.data())
def test_btcpay_models_read_or_refuse_in_plain_words(parse, name, data):
    # `_parse` is how the client reads every answer; `from_api` names the bad field.
    body = data.draw(mutated(REAL[name]))
    _check_bp_model(_outcome(lambda: _BP._parse(parse, body, name)))


@pytest.mark.parametrize("value", ["false", "0", 0, False])
def test_a_string_false_is_not_true(value):
    info = bp.ServerInfo.from_api({**REAL["bp_server_info"], "fullySynched": value})
    assert info.fully_synched is False
    invoice = bp.Invoice.from_api({**REAL["bp_invoice"], "archived": value})
    assert invoice.archived is False


# -- whole client calls ----------------------------------------------------------------------------


BP_CALLS = {
    "server_info": ("bp_server_info", lambda c: c.server_info()),
    "get_store": ("bp_store", lambda c: c.get_store()),
    "email_settings": ("bp_email", lambda c: c.email_settings()),
    "current_api_key": ("bp_key", lambda c: c.current_api_key()),
    "create_invoice": (
        "bp_invoice",
        lambda c: c.create_invoice(amount=Decimal("12.50"), currency="GBP", metadata={}),
    ),
    "get_invoice": ("bp_invoice", lambda c: c.get_invoice("inv_1")),
    "list_invoices": ("bp_invoices", lambda c: c.list_invoices(order_ids=["sale-1"])),
    "get_payment_methods": ("bp_methods", lambda c: c.get_payment_methods("inv_1")),
    "mark_invoice_status": ("bp_invoice", lambda c: c.mark_invoice_status("inv_1", "Invalid")),
    "update_invoice_metadata": (
        "bp_invoice",
        lambda c: c.update_invoice_metadata("inv_1", {"boxOffice": "x"}),
    ),
    "send_email": ("bp_error", lambda c: c.send_email(to="a@example.com", subject="s", body="b")),
}


@FAST
@pytest.mark.parametrize("name", sorted(BP_CALLS))
@given(data=st.data())
def test_btcpay_calls_survive_any_2xx_body(name, data):
    shape, call = BP_CALLS[name]
    content, kind = _encode(data.draw(mutated(REAL[shape])), data.draw(BODY_FORMS))
    _check_result(_run(_bp_client, call, 200, content, kind))


@FAST
@pytest.mark.parametrize("name", ["get_invoice", "create_invoice", "send_email"])
@given(data=st.data())
def test_btcpay_error_bodies_become_plain_errors(name, data):
    _shape, call = BP_CALLS[name]
    base = REAL["bp_problems"] if data.draw(st.booleans()) else REAL["bp_error"]
    content, kind = _encode(data.draw(mutated(base)), data.draw(BODY_FORMS))
    assert _run(_bp_client, call, data.draw(ERROR_STATUSES), content, kind) is None


@pytest.mark.parametrize("name", sorted(BP_CALLS))
def test_a_broken_2xx_body_is_a_malformed_response(name):
    _shape, call = BP_CALLS[name]
    for form in ("truncated", "html", "deep"):
        content, kind = _encode(REAL["bp_invoice"], form)
        with pytest.raises(ServiceError) as raised:
            asyncio.run(_call_once(_bp_client, call, content, kind))
        assert type(raised.value).__name__ == "MalformedResponseError", (form, raised.value)
