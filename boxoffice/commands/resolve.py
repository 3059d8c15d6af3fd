"""`boxoffice resolve SALE --issue-anyway | --retry-issuance | --new-invoice | --refund V
--staff N --reason T`.

The headless twin of the attention page's choices for a sale that needs attention: issue the
tickets of a payment that arrived in full too late (held again if the hold was released, and
refused in plain words if they sold out meanwhile), issue again the tickets Ticket Tailor refused
(counted by reference, so never twice), bill the rest of a partly paid, expired sale with a new
invoice (started and waited for as `sell` does, `boxoffice.commands.resolve_continue`), or
refund through BTCPay. Each decision is journalled first with the staff name, the time and the
reason (`boxoffice.engine.resolutions`).

Exit statuses: as `sell` for issuing and for the new invoice's sale (0 tickets issued, 3 it
expired unpaid, 4 still needs attention); as `refund` for a refund (0 created, 1 BTCPay refused
or its answer was lost); 2 the sale cannot be settled as asked (nothing was done).
"""

from __future__ import annotations

from boxoffice.app.runtime import Runtime
from boxoffice.commands.accept import _find
from boxoffice.commands.common import BadInput, Console, ExitStatus, load_settings
from boxoffice.commands.refund import VARIANTS, _say, parse_amount, refund_json
from boxoffice.commands.resolve_continue import continue_sale
from boxoffice.commands.sell import say_settled
from boxoffice.domain.refund import RefundRefused, RefundStatus, RefundVariant
from boxoffice.domain.resolution import ResolutionAction, ResolutionRefused
from boxoffice.domain.sale import SaleNotAcceptable


def action_of(args) -> ResolutionAction:
    """The one choice the arguments name (argparse makes them exclusive and required)."""
    if args.issue_anyway:
        return ResolutionAction.ISSUE_ANYWAY
    if args.retry_issuance:
        return ResolutionAction.RETRY_ISSUANCE
    if args.new_invoice:
        return ResolutionAction.NEW_INVOICE
    return ResolutionAction.REFUND


async def resolve(args, console: Console) -> int:
    """Run `boxoffice resolve`; see the module's exit statuses."""
    action = action_of(args)
    staff, reason = (args.staff or "").strip(), (args.reason or "").strip()
    if not staff or not reason:
        raise BadInput("Say who settles the sale and why: --staff NAME --reason TEXT.")
    variant = VARIANTS[args.refund] if args.refund else None
    amount = parse_amount(args.amount)
    if variant is RefundVariant.CUSTOM and amount is None:
        raise BadInput("--refund custom needs --amount (in the event's currency, or --currency).")
    if variant is not RefundVariant.CUSTOM and (amount is not None or args.currency):
        raise BadInput("--amount and --currency go with --refund custom only.")
    settings = load_settings(console)
    runtime = await Runtime.open(settings)
    try:
        engine = runtime.engine
        sale_id = _find(runtime, args.sale)
        if action is ResolutionAction.NEW_INVOICE:
            return await continue_sale(
                runtime, sale_id, staff=staff, reason=reason, console=console, as_json=args.json
            )
        try:
            sale = await engine.resolve(
                sale_id,
                action,
                staff=staff,
                reason=reason,
                variant=variant,
                custom_amount=amount,
                custom_currency=args.currency,
                checked_in_btcpay=args.checked_btcpay,
            )
        except (ResolutionRefused, SaleNotAcceptable) as error:
            raise BadInput(str(error)) from None
        except RefundRefused as error:
            if error.by_service:
                console.warn(str(error))
                return ExitStatus.FAILURE
            raise BadInput(str(error)) from None
        if action is ResolutionAction.REFUND:
            made = sale.refund
            assert made is not None
            if args.json:
                data = {"sale_id": sale.id, "invoice_id": sale.invoice_id, **refund_json(made)}
                console.json_line({**data, "resolution": _resolution_json(sale)})
            else:
                _say(made, sale.id, console)
            return ExitStatus.OK if made.status is RefundStatus.CREATED else ExitStatus.FAILURE
        extra = {"resolution": _resolution_json(sale)}
        return await say_settled(engine, sale, console, as_json=args.json, extra=extra)
    finally:
        await runtime.aclose()


def _resolution_json(sale) -> dict | None:
    return sale.resolution.to_dict() if sale.resolution is not None else None
