"""`boxoffice accept SALE`: accept a payment that arrived in full after the sale had stopped.

The headless twin of the attention page's "Accept payment and issue tickets": for a sale in
`needs_attention` because the full amount arrived late (or after a cancel), mark the invoice
settled in BTCPay and issue the tickets, counted by reference so never twice. A partial or
missing payment is refused with one sentence: such a sale is refunded, not accepted.
"""

from __future__ import annotations

from boxoffice.app.runtime import Runtime
from boxoffice.commands.common import BadInput, Console, load_settings
from boxoffice.commands.sell import say_settled
from boxoffice.domain.sale import SaleNotAcceptable


async def accept(args, console: Console) -> int:
    """Run `boxoffice accept`; the exit status says how the sale ended (as for `sell`)."""
    settings = load_settings(console)
    runtime = await Runtime.open(settings)
    try:
        engine = runtime.engine
        sale_id = _find(runtime, args.sale)
        try:
            sale = await engine.accept_payment(sale_id)
        except SaleNotAcceptable as error:
            raise BadInput(str(error)) from None
        return await say_settled(engine, sale, console, as_json=args.json)
    finally:
        await runtime.aclose()


def _find(runtime: Runtime, wanted: str) -> str:
    """The sale id for a full id, or for an unambiguous start of one (as `sales` shows them)."""
    if runtime.journal.get(wanted) is not None:
        return wanted
    matches = [s.id for s in runtime.journal.sales() if s.id.startswith(wanted)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise BadInput(f"There is no sale {wanted} in this till's journal (see boxoffice sales).")
    raise BadInput(f"{wanted} matches {len(matches)} sales; give more of the sale id.")
