"""Hostile server bodies: every parse of a Ticket Tailor or BTCPay answer gives a value or the
client's own error in plain words, never a KeyError, TypeError, ValueError, AttributeError or
RecursionError, whatever the server sends.

The bodies and their mutations are in server_bodies.py; each service's properties are in
test_server_bodies_tickettailor.py and test_server_bodies_btcpay.py. Here: what both share.
"""

from __future__ import annotations

import pytest

from boxoffice.services.btcpay import models as bp
from boxoffice.services.errors import ServiceError
from boxoffice.services.tickettailor import models as tt
from tests.properties.server_bodies import _BP, REAL


def test_the_real_shapes_are_there():
    assert REAL["tt_event"]["ticket_types"] and REAL["tt_holds_page"]["data"]
    assert any(m["payments"] for m in REAL["bp_methods"]), "the partial payment shows"
    assert REAL["tt_error"]["status"] == 404


def test_absurd_numbers_are_refused_not_computed():
    huge = {**REAL["bp_invoice"], "expirationTime": "1e999999999"}
    with pytest.raises(ServiceError, match="expirationTime"):
        _BP._parse(bp.Invoice.from_api, huge, "the invoice")
    event = {**REAL["tt_event"], "start": {"unix": "9" * 5000}}
    with pytest.raises(ServiceError, match="start"):
        tt.Event.from_api(event)
    with pytest.raises(ServiceError, match="out of range"):
        tt.Event.from_api({**REAL["tt_event"], "start": 10**14})
