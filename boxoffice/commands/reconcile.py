"""`boxoffice reconcile`: take every unfinished sale of the journal as far as it can go now.

After a crash, a killed process or a network outage, the journal knows which sales were left
half way. One pass of the engine's recovery looks at each hold and invoice and finishes the
sale: tickets issued for a paid invoice (never twice), a hold released for an expired or
cancelled one. `--all-devices` also adopts sales another till left behind (BTCPay invoices
of Box Office that have no tickets).
"""

from __future__ import annotations

import time

from boxoffice.app.runtime import Runtime
from boxoffice.commands.common import Console, ExitStatus, load_settings
from boxoffice.domain.sale import Sale, SaleState


def _row(sale: Sale, before: SaleState | str | None) -> dict:
    return {
        "sale_id": sale.id,
        "device_id": sale.device_id,
        "before": str(before) if before is not None else None,
        "after": str(sale.state),
        "reason": sale.reason_code,
        "message": sale.message,
        "invoice_id": sale.invoice_id,
        "tickets": [{"id": t.id, "barcode": t.barcode} for t in sale.tickets],
    }


def _still_open(sale: Sale) -> str:
    """For a sale the customer can still pay: until when, and what to do next."""
    if sale.state not in (SaleState.AWAITING_PAYMENT, SaleState.CONFIRMING):
        return ""
    waiting = "payment" if sale.state is SaleState.AWAITING_PAYMENT else "confirmation"
    expires = sale.payment.expires_at if sale.payment else None
    until = f" until {time.strftime('%H:%M', time.localtime(expires))}" if expires else ""
    return f" — still waiting for {waiting}{until}; run reconcile again later"


async def reconcile(args, console: Console) -> int:
    """Run `boxoffice reconcile`: 1 when a sale could not be checked, 4 when one needs a
    person, else 0."""
    settings = load_settings(console)
    runtime = await Runtime.open(settings)
    try:
        before: dict[str, SaleState | str] = {
            s.id: s.state for s in runtime.journal.unfinished(now=time.time())
        }
        before.update((r.sale_id, "a damaged record") for r in runtime.journal.damaged())
        results = [(s, before.get(s.id)) for s in await runtime.engine.recover(watch=False)]
        if args.all_devices:
            known = {s.id for s, _ in results}
            results += [
                (s, None)
                for s in await runtime.engine.recover_other_devices(watch=False)
                if s.id not in known
            ]
    finally:
        await runtime.aclose()

    unchecked = runtime.engine.unchecked
    for sale, state_before in results:
        row = _row(sale, state_before)
        problem = unchecked.get(sale.id)
        if problem is not None:
            row["unchecked"] = problem
        if args.json:
            console.json_line(row)
        elif problem is not None:
            # Never "still waiting for payment": it may have been paid, nobody could look.
            console.say(
                f"{sale.id}: {sale.state}, not checked: {problem}; run reconcile again when "
                "the service answers"
            )
        else:
            was = row["before"] or "another till"
            why = f" ({sale.message or sale.reason_code})" if (sale.message or sale.reason) else ""
            console.say(f"{sale.id}: {was} -> {sale.state}{why}{_still_open(sale)}")
    for sale_id, why in runtime.engine.left_to_their_tills.items():
        # Another till may still be issuing it: taking it over now could hold its seats twice.
        if args.json:
            console.json_line({"sale_id": sale_id, "left_to_its_till": why})
        else:
            console.say(f"{sale_id}: left to its own till for now ({why}); run reconcile later")
    damaged = runtime.engine.damaged_records
    for record in damaged:
        # One damaged record never stops the others; it is named here for a person to finish.
        if args.json:
            console.json_line({"sale_id": record.sale_id, "damaged": record.describe()})
        else:
            console.say(f"{record.sale_id}: {record.describe()}")
    if not results and not damaged and not args.json:
        console.say("Nothing to reconcile: every sale in the journal is finished.")
    if unchecked:
        return ExitStatus.FAILURE
    if damaged or any(sale.state is SaleState.NEEDS_ATTENTION for sale, _ in results):
        return ExitStatus.NEEDS_ATTENTION
    return ExitStatus.OK
