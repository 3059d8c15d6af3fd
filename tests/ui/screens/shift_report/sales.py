"""Sales made for the report page's tests, through the till's own engine on the simulator."""

from __future__ import annotations

from decimal import Decimal

from boxoffice.domain.catalogue import CatalogueSettings, build_catalogue
from boxoffice.domain.order import Buyer, Order, prepare_order
from boxoffice.domain.sale import Sale, SaleState
from tests.ui.conftest import run_until

ADA = Buyer("Ada Lovelace", "ada@example.com")


def runtime_of(loop, till):
    return run_until(loop, lambda: till.flow.runtime, message="the till's runtime")


async def order(runtime, sim, event_id: str, quantities: dict[str, int]) -> Order:
    events = await runtime.tickettailor.list_events()
    catalogue = build_catalogue(events, CatalogueSettings(), now=sim.clock.now())
    return prepare_order(
        catalogue, event_id, quantities, buyer=ADA, checkout=runtime.settings.to_checkout()
    )


def completed(loop, runtime, sim, event_id, quantities, method="BTC-LN") -> Sale:
    engine = runtime.engine
    sale = loop.run_until_complete(
        engine.start_sale(loop.run_until_complete(order(runtime, sim, event_id, quantities)))
    )
    sim.pay_invoice(sale.invoice_id, method)
    if method == "BTC-CHAIN":
        run_until(loop, lambda: engine.sale(sale.id).state is not SaleState.AWAITING_PAYMENT)
        if engine.sale(sale.id).state is SaleState.CONFIRMING:
            sim.confirm_invoice(sale.invoice_id)
    done = run_until(
        loop, lambda: engine.sale(sale.id).terminal and engine.sale(sale.id), message="the sale"
    )
    assert done.state is SaleState.COMPLETED, done.state
    return done


def released(loop, runtime, sim, event_id, quantities) -> Sale:
    engine = runtime.engine
    sale = loop.run_until_complete(
        engine.start_sale(loop.run_until_complete(order(runtime, sim, event_id, quantities)))
    )
    loop.run_until_complete(engine.cancel(sale.id))
    done = run_until(
        loop, lambda: engine.sale(sale.id).state is SaleState.RELEASED and engine.sale(sale.id)
    )
    return done


def needing_attention(loop, runtime, sim, event_id, quantities) -> Sale:
    """Paid in part on-chain, then the invoice expired: staff must look at it."""
    engine = runtime.engine
    sale = loop.run_until_complete(
        engine.start_sale(loop.run_until_complete(order(runtime, sim, event_id, quantities)))
    )
    sim.pay_invoice(sale.invoice_id, "BTC-CHAIN", Decimal("0.0002"))
    sim.confirm_invoice(sale.invoice_id)
    run_until(loop, lambda: (engine.sale(sale.id).payment.btc_paid or 0) > 0)
    sim.expire_invoice(sale.invoice_id)
    done = run_until(
        loop,
        lambda: engine.sale(sale.id).state is SaleState.NEEDS_ATTENTION and engine.sale(sale.id),
        message="the sale to need attention",
    )
    return done


def btcpay_paid(loop, runtime, invoice_id: str) -> Decimal:
    methods = loop.run_until_complete(runtime.btcpay.get_payment_methods(invoice_id))
    return sum((m.payment_method_paid for m in methods), Decimal(0))


def cash(loop, runtime, sim, event_id, quantities, taken: str) -> Sale:
    engine = runtime.engine
    made = loop.run_until_complete(order(runtime, sim, event_id, quantities))
    sale = loop.run_until_complete(
        engine.offline.sell_for_cash(made, staff="Grace", taken=Decimal(taken))
    )
    done = run_until(loop, lambda: engine.sale(sale.id).terminal and engine.sale(sale.id))
    assert done.state is SaleState.COMPLETED, done.state
    return done


def complimentary(loop, runtime, sim, event_id, quantities, reason: str) -> Sale:
    engine = runtime.engine
    made = loop.run_until_complete(order(runtime, sim, event_id, quantities))
    sale = loop.run_until_complete(
        engine.offline.give_complimentary(made, staff="Alan", reason=reason)
    )
    done = run_until(loop, lambda: engine.sale(sale.id).terminal and engine.sale(sale.id))
    assert done.state is SaleState.COMPLETED, done.state
    return done
