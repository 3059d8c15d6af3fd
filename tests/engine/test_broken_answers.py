"""Broken answers at the worst moment of a sale: every request the engine makes, every way the
simulator can spoil a real answer, for a paid and an unpaid sale.

The simulator does the real work and then breaks what it sends back (a 200 captive-portal
page, the JSON cut in half, values of the wrong type, needed fields missing, no answer at
all), once, on the first matching request. Whatever happens, the sale ends with exactly its
tickets, or is released with no hold left, or waits in needs_attention with a reason; no seat
is issued twice (the integrity checker of `make_till` judges every cell too); and what staff
are told is plain words, never a traceback or raw JSON.
"""

from __future__ import annotations

import asyncio
import os
import time
import unicodedata

import pytest

from boxoffice.domain.sale import SaleState
from boxoffice.sim import seed
from boxoffice.sim.faults import BODY_KINDS

STORE = r"/btcpay/api/v1/stores/[^/]+"
INVOICE = STORE + r"/invoices/[^/]+"

#: (name, method, path regex, outcomes that reach it, faults that lead there first)
ENDPOINTS = [
    ("hold create", "POST", r"/tickettailor/v1/holds$", ("paid", "unpaid"), ()),
    # A first issuance reads neither the hold nor the count (nothing was issued yet): both
    # are read once an issue has gone wrong.
    (
        "hold get",
        "GET",
        r"/tickettailor/v1/holds/[^/]+$",
        ("paid",),
        (("POST", r"/tickettailor/v1/issued_tickets$", "drop_answer"),),
    ),
    # Holds are listed to look one up whose create answer was lost.
    (
        "hold list",
        "GET",
        r"/tickettailor/v1/holds$",
        ("paid", "unpaid"),
        (("POST", r"/tickettailor/v1/holds$", "drop_answer"),),
    ),
    # A used-up hold is left as it is (it holds nothing): only an unpaid sale deletes one.
    ("hold delete", "DELETE", r"/tickettailor/v1/holds/[^/]+$", ("unpaid",), ()),
    ("issue ticket", "POST", r"/tickettailor/v1/issued_tickets$", ("paid",), ()),
    (
        "issued list after a refused issue",
        "GET",
        r"/tickettailor/v1/issued_tickets$",
        ("paid",),
        (("POST", r"/tickettailor/v1/issued_tickets$", 503),),
    ),
    (
        "issued list after a lost issue",
        "GET",
        r"/tickettailor/v1/issued_tickets$",
        ("paid",),
        (("POST", r"/tickettailor/v1/issued_tickets$", "drop_answer"),),
    ),
    # The event is read to explain a refused hold.
    (
        "event get",
        "GET",
        r"/tickettailor/v1/events/[^/]+$",
        ("unpaid",),
        (("POST", r"/tickettailor/v1/holds$", 422),),
    ),
    ("server info", "GET", r"/btcpay/api/v1/server/info$", ("paid", "unpaid"), ()),
    ("invoice create", "POST", STORE + r"/invoices$", ("paid", "unpaid"), ()),
    (
        "invoice list",
        "GET",
        STORE + r"/invoices$",
        ("paid", "unpaid"),
        (("POST", STORE + r"/invoices$", "drop_answer"),),
    ),
    ("payment methods", "GET", INVOICE + r"/payment-methods$", ("paid", "unpaid"), ()),
    ("invoice get", "GET", INVOICE + r"$", ("paid", "unpaid"), ()),
    ("mark status", "POST", INVOICE + r"/status$", ("unpaid",), ()),
    ("metadata put", "PUT", INVOICE + r"$", ("paid",), ()),
    ("api key", "GET", r"/btcpay/api/v1/api-keys/current$", ("paid",), ()),
    ("email send", "POST", STORE + r"/email/send$", ("paid",), ()),
]

CELLS = [
    pytest.param(name, method, path, prelude, kind, outcome, id=f"{name}-{kind}-{outcome}")
    for name, method, path, outcomes, prelude in ENDPOINTS
    for kind in BODY_KINDS
    for outcome in outcomes
]
#: How many sales are played: the matrix's size, for the record.
assert len(CELLS) == 120

QUANTITY = 2


def _sale_holds(sim, sale_id: str) -> list[dict]:
    return [h for h in sim.state()["holds"] if h["note"] == f"boxoffice-{sale_id}"]


def _tickets(sim, reference: str | None) -> list[dict]:
    return [t for t in sim.state()["issued_tickets"] if reference and t["reference"] == reference]


def _assert_plain(text: str | None) -> None:
    """Words for staff: no traceback, no raw JSON or HTML, no control characters."""
    if text is None:
        return
    assert text.strip(), "an empty message"
    for marker in ("Traceback", "Error(", '{"', "<html", "<!DOCTYPE", "\\n", "Timeout)", "Dropped"):
        assert marker not in text, text
    assert not any(unicodedata.category(ch) in ("Cc", "Cf") for ch in text), repr(text)


async def _finish(till, sale_id: str):
    # A bound on real time, so that an engine that never gives up fails the cell, not the run.
    return await asyncio.wait_for(till.engine.wait(sale_id), timeout=20)


@pytest.mark.parametrize(("name", "method", "path", "prelude", "kind", "outcome"), CELLS)
async def test_a_broken_answer_never_loses_money_or_tickets(
    till, sim, name, method, path, prelude, kind, outcome
):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: QUANTITY})
    for before_method, before_path, fault in prelude:
        if isinstance(fault, int):
            sim.add_fault(before_path, method=before_method, status=fault, count=1)
        else:
            sim.add_fault(before_path, method=before_method, kind=fault, count=1)
    sim.add_fault(path, method=method, kind=kind, count=1)

    sale = await till.engine.start_sale(order)
    if sale.state is SaleState.AWAITING_PAYMENT:
        if outcome == "paid":
            sim.pay_invoice(sale.invoice_id)
        else:
            await till.engine.cancel(sale.id)
    done = await _finish(till, sale.id)

    for seen in [*till.seen, done]:
        _assert_plain(seen.message)
        _assert_plain(seen.connection_problem)
        _assert_plain(seen.email_note)
    issued = _tickets(sim, done.ticket_reference)
    assert len({t["id"] for t in issued}) == len(issued)
    if done.state is SaleState.COMPLETED:
        assert outcome == "paid"
        assert len(issued) == QUANTITY and len(done.tickets) == QUANTITY
        assert {t.id for t in done.tickets} == {t["id"] for t in issued}
    elif done.state is SaleState.NEEDS_ATTENTION:
        assert done.reason and done.message
        assert len(issued) <= QUANTITY
    else:
        assert done.state in (SaleState.RELEASED, SaleState.FAILED), done.state
        assert issued == []
        assert all(h["total_on_hold"] == 0 for h in _sale_holds(sim, sale.id))
        invoices = [i for i in sim.state()["invoices"] if i["id"] == done.invoice_id]
        assert all(i["status"] in ("Invalid", "Expired") for i in invoices)
    if outcome == "paid" and sale.state is SaleState.AWAITING_PAYMENT:
        # Money arrived: the sale may not just be released.
        assert done.state in (SaleState.COMPLETED, SaleState.NEEDS_ATTENTION), done.state
    # The broken answer was given (or, for a lookup, the path leading to it was taken).
    if not prelude:
        assert all(f.path != path for f in sim.faults.faults), f"{name} was never asked"


@pytest.mark.parametrize("kind", ["html", "drop_answer"])
async def test_an_email_whose_answer_is_lost_is_not_reported_as_not_sent(till, sim, kind):
    order = await till.order(seed.GBP_EVENT, {seed.GENERAL_TT: 1})
    sim.add_fault(STORE + r"/email/send$", method="POST", kind=kind, count=1)
    sale = await till.engine.start_sale(order)
    sim.pay_invoice(sale.invoice_id)
    done = await _finish(till, sale.id)

    assert done.state is SaleState.COMPLETED
    assert len(sim.state()["emails"]) == 1  # BTCPay has the e-mail
    # Staff must not be told it was not sent (they would send it again, or tell the customer
    # there is none): the words say it may well have gone out.
    assert done.email_note is not None
    assert not done.email_note.startswith("Not sent")
    assert "may" in done.email_note


@pytest.mark.slow
def test_sell_says_in_words_what_happens_when_an_answer_is_lost():
    """`boxoffice sell` against the simulator over a socket: the first ticket's answer never
    comes (the connection closes after the ticket is issued), and staff read plain words."""
    from tests.commands.simprocess import BoxOfficeProcess, SimProcess

    sim = SimProcess()
    try:
        env = {**os.environ, **sim.env(), "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
        args = ["sell", "--event", seed.GBP_EVENT, "--tickets", f"{seed.GENERAL_TT}=2"]
        process = BoxOfficeProcess([*args, "--email", "ada@example.org"], env)
        deadline = time.monotonic() + 30
        while not any(line.startswith("Pay ") for line in process.lines):
            assert time.monotonic() < deadline, process.lines
            process._drain(0.2)
        sim.fault(r"/tickettailor/v1/issued_tickets$", method="POST", kind="drop_answer", count=1)
        invoice = next(i for i in sim.state()["invoices"] if i["status"] == "New")
        sim.pay(invoice["id"])
        assert process.finish(timeout=60) == 0, (process.lines, process.stderr)
        issued = sim.tickets_with_reference(invoice["id"])
        assert len(issued) == 2
    finally:
        sim.close()
    output = "\n".join(process.lines) + process.stderr
    assert "Traceback" not in output and '{"' not in output
    for ticket in issued:
        assert ticket["barcode"] in output
    # The lost answer is said once, in words, without the invoice's expiry: it is paid.
    [problem] = [line for line in process.lines if "still trying" in line]
    assert problem.startswith("Ticket Tailor: cannot reach"), problem
    assert problem.count("still trying") == 1 and "expires" not in problem, problem
