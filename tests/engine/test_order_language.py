"""The buyer's language goes with the order: journalled, carried in the invoice, read back
from records of older versions and from damaged ones without losing the sale."""

from __future__ import annotations

import json
import sqlite3
from decimal import Decimal

import pytest

from boxoffice.domain.catalogue import CatalogueSettings, build_catalogue
from boxoffice.domain.checkout import CheckoutSettings
from boxoffice.domain.order import Buyer, Order, OrderLine, language_code, prepare_order
from boxoffice.domain.sale import Sale, SaleState
from boxoffice.engine.invoice_data import invoice_metadata, order_from_invoice
from boxoffice.engine.journal import Journal
from boxoffice.services.btcpay.models import Invoice
from tests.engine.factories import event, ticket_type


def _order(language: str | None) -> Order:
    return Order(
        event_id="ev_1",
        event_name="Sommernacht",
        currency="EUR",
        lines=(OrderLine("tt_1", "Stehplatz", 2, Decimal("12.50")),),
        buyer=Buyer("Zoë", "zoe@example.com"),
        full_name="Zoë Weber",
        event_start="Fri 12 Jun 2026 · 19:30",
        language=language,
    )


def _sale(language: str | None = "de") -> Sale:
    return Sale("s1", "till-1", _order(language), SaleState.COMPLETED, created_at=1, updated_at=1)


def test_the_journal_form_keeps_the_language():
    data = json.loads(json.dumps(_sale("de").to_dict()))
    assert data["order"]["language"] == "de"
    assert Sale.from_dict(data) == _sale("de")
    assert Sale.from_dict(json.loads(json.dumps(_sale(None).to_dict()))).order.language is None


def test_the_language_is_one_field_added_beside_the_order_fields_every_version_writes():
    with_language, without = _sale("de").to_dict(), _sale(None).to_dict()
    del with_language["order"]["language"], without["order"]["language"]
    assert with_language == without


def test_an_older_record_without_a_language_reads_as_english():
    data = _sale("de").to_dict()
    del data["order"]["language"]
    sale = Sale.from_dict(data)
    assert sale.order.language is None
    assert sale.order == _order(None)


@pytest.mark.parametrize("garbage", [42, "", "   ", "<script>", "deutsch!", "x" * 40, ["de"], {}])
def test_a_language_that_is_no_code_reads_as_english_and_keeps_the_sale(garbage):
    data = _sale("de").to_dict()
    data["order"]["language"] = garbage
    sale = Sale.from_dict(data)
    assert sale.order.language is None
    assert sale.order.lines == _order(None).lines and sale.state is SaleState.COMPLETED


def test_language_codes():
    assert language_code("de") == "de"
    assert language_code(" FR ") == "fr"
    assert language_code("pt_BR") == "pt-br"
    assert language_code("xx") == "xx"  # no face knows it: the e-mail speaks English
    assert language_code(None) is None


def test_a_garbage_language_in_the_journal_file_loses_no_sale(tmp_path):
    path = tmp_path / "journal.sqlite3"
    with Journal(path) as journal:
        journal.record_new(_sale("de"))
        assert journal.get("s1").order.language == "de"
    with sqlite3.connect(path) as db:
        (data,) = db.execute("SELECT data FROM sales WHERE id='s1'").fetchone()
        record = json.loads(data)
        record["order"]["language"] = {"not": "a code"}
        db.execute("UPDATE sales SET data=? WHERE id='s1'", (json.dumps(record),))
    with Journal(path) as journal:
        (sale,) = journal.sales()
        assert sale.id == "s1" and sale.order.language is None
        assert journal.damaged() == []


def test_the_invoice_carries_the_language_to_another_till():
    def invoice(metadata) -> Invoice:
        return Invoice.from_api(
            {"id": "inv_1", "storeId": "s", "amount": "25", "currency": "EUR", "status": "Settled"}
            | {"additionalStatus": "None", "metadata": metadata}
        )

    metadata = invoice_metadata(_sale("de"))
    assert metadata["posData"]["language"] == "de"
    assert order_from_invoice(invoice(metadata)).order == _order("de")
    english = invoice_metadata(_sale(None))
    assert "language" not in english["posData"]  # as every version wrote it
    assert order_from_invoice(invoice(english)).order.language is None
    metadata["posData"]["language"] = ["de"]
    assert order_from_invoice(invoice(metadata)).order.language is None


def test_prepare_order_keeps_the_language_it_is_given():
    catalogue = build_catalogue(
        [event("ev_1", types=[ticket_type("tt_1")])], CatalogueSettings(), now=0
    )
    buyer = Buyer("Zoë Weber", "zoe@example.com")

    def order(**language: str) -> Order:
        return prepare_order(
            catalogue, "ev_1", {"tt_1": 1}, buyer=buyer, checkout=CheckoutSettings(), **language
        )

    assert order(language="es").language == "es"
    assert order().language is None
