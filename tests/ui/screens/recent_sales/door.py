"""A door's worth of sales made through the engine (quicker than through the widgets)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex

from boxoffice.domain.catalogue import CatalogueSettings, build_catalogue
from boxoffice.domain.order import Buyer, prepare_order
from boxoffice.domain.sale import SaleState
from boxoffice.sim import seed
from boxoffice.ui.screens.recent_sales.model import SALE_ID_ROLE
from tests.ui.conftest import run_until

JAZZ_STANDARD_TT = "tt_2501"
POETRY_ENTRY_TT = "tt_2601"


def order_for(loop, till, sim, event_id, quantities, *, name=None, email=None):
    runtime = till.flow.runtime
    events = loop.run_until_complete(runtime.tickettailor.list_events())
    catalogue = build_catalogue(events, CatalogueSettings(), now=sim.clock.now())
    return prepare_order(
        catalogue,
        event_id,
        quantities,
        buyer=Buyer(name, email),
        checkout=till.flow.settings.to_checkout(),
    )


def start(loop, till, sim, event_id, quantities, **buyer):
    engine = till.flow.runtime.engine
    order = order_for(loop, till, sim, event_id, quantities, **buyer)
    return loop.run_until_complete(engine.start_sale(order))


def settle(loop, till, sale, state, message):
    engine = till.flow.runtime.engine
    run_until(loop, lambda: engine.sale(sale.id).state is state, message=message)
    return engine.sale(sale.id)


def make_door(loop, till, sim) -> dict[str, list]:
    """29 sales over three events: Lightning and on-chain paid, waiting, expired and stuck."""
    sales: dict[str, list] = {"lightning": [], "onchain": [], "waiting": [], "expired": []}
    for i in range(14):
        name, email = f"Guest {i:02d}", f"guest{i:02d}@example.org"
        if i == 3:
            name, email = "Ada Lovelace", "Ada.Lovelace@Example.org"
        sale = start(
            loop, till, sim, seed.GBP_EVENT, {seed.GENERAL_TT: 1 + i % 3}, name=name, email=email
        )
        sim.pay_invoice(sale.invoice_id, "BTC-LN")
        sales["lightning"].append(settle(loop, till, sale, SaleState.COMPLETED, "paid (LN)"))
    for i in range(6):
        sale = start(
            loop, till, sim, seed.JAZZ_EVENT, {JAZZ_STANDARD_TT: 2}, email=f"jazz{i}@example.org"
        )
        sim.pay_invoice(sale.invoice_id, "BTC-CHAIN")
        sim.confirm_invoice(sale.invoice_id)
        sales["onchain"].append(settle(loop, till, sale, SaleState.COMPLETED, "paid (chain)"))
    for i in range(4):
        sale = start(
            loop, till, sim, seed.GBP_EVENT, {seed.CONCESSION_TT: 1}, email=f"gone{i}@example.org"
        )
        sim.expire_invoice(sale.invoice_id)
        sales["expired"].append(settle(loop, till, sale, SaleState.RELEASED, "released"))
    stuck = start(loop, till, sim, seed.GBP_EVENT, {seed.GENERAL_TT: 2}, email="stuck@example.org")
    sim.add_fault(r"/v1/issued_tickets$", method="POST", status=422)
    sim.pay_invoice(stuck.invoice_id, "BTC-LN")
    sales["stuck"] = [settle(loop, till, stuck, SaleState.NEEDS_ATTENTION, "stuck")]
    sim.clear_faults()
    for i in range(4):
        sale = start(
            loop, till, sim, seed.POETRY_EVENT, {POETRY_ENTRY_TT: 1}, email=f"poet{i}@example.org"
        )
        sales["waiting"].append(sale)
    return sales


def listed_ids(till) -> list[str]:
    model = till.recent_page.table.model()
    return [model.index(row, 0).data(SALE_ID_ROLE) for row in range(model.rowCount())]


def choose(till, sale_id) -> QModelIndex:
    """Select the sale's row as a tap would (without opening it)."""
    table = till.recent_page.table
    model = table.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(SALE_ID_ROLE) == sale_id:
            table.setCurrentIndex(index)
            table.selectRow(row)
            return index
    raise AssertionError(f"sale {sale_id} is not listed")
