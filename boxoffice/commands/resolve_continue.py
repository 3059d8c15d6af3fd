"""`boxoffice resolve SALE --new-invoice`: bill the rest of a sale partly paid, then expired.

The decision is journalled on the sale (`SaleEngine.new_invoice`), then the continuation is
started as `boxoffice sell` starts a sale, and waited for the same way: its payment link and
QR code are printed (a JSON object per change with `--json`), Ctrl-C cancels it properly, and
the command ends with `sell`'s exit status for the continuation (0 tickets issued, 3 expired
or cancelled unpaid, 4 needs attention). The continuation's sale id is printed first, with
the sale it continues.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from boxoffice.commands.common import BadInput, Console
from boxoffice.commands.sell import SaleReporter, follow_sale
from boxoffice.commands.waiting import Interrupts
from boxoffice.domain.money import format_money
from boxoffice.domain.resolution import ResolutionRefused

if TYPE_CHECKING:
    from boxoffice.app.runtime import Runtime
    from boxoffice.domain.sale import Sale


async def continue_sale(
    runtime: Runtime, sale_id: str, *, staff: str, reason: str, console: Console, as_json: bool
) -> int:
    """Journal the new invoice for the rest, start it and wait for it; the exit status."""
    engine = runtime.engine
    try:
        order = await engine.new_invoice(sale_id, staff=staff, reason=reason)
    except ResolutionRefused as error:
        raise BadInput(str(error)) from None
    reporter = SaleReporter(console, as_json=as_json)

    def observe(sale: Sale) -> None:
        if sale.id != sale_id:  # the original's link is journalled first: not ours to print
            reporter.observe(sale)

    current = asyncio.current_task()
    assert current is not None
    interrupts = Interrupts(runtime, console, current)
    unsubscribe = engine.subscribe(observe)
    interrupts.install()

    async def starting() -> Sale:
        try:
            sale = await engine.start_sale(order)
        except ResolutionRefused as error:
            raise BadInput(str(error)) from None
        _say_continued(sale, sale_id, console, as_json=as_json)
        return sale

    try:
        return await follow_sale(engine, starting(), reporter, interrupts, console, as_json=as_json)
    finally:
        interrupts.uninstall()
        unsubscribe()


def _say_continued(sale: Sale, original_id: str, console: Console, *, as_json: bool) -> None:
    order = sale.order
    if as_json:
        console.json_line(
            {
                "sale_id": original_id,
                "continued_in": sale.id,
                "paid_before": f"{order.paid_before:f}",
                "amount_due": f"{order.amount_due:f}",
                "total": f"{order.total:f}",
                "currency": order.currency,
            }
        )
        return
    console.say(
        f"Sale {original_id} continues in sale {sale.id}: a new invoice for the rest, "
        f"{format_money(order.amount_due, order.currency)} "
        f"({format_money(order.total, order.currency)} less "
        f"{format_money(order.paid_before, order.currency)} paid)."
    )
