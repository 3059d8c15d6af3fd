"""`boxoffice refund SALE --variant ...`: refund a sale's payment through BTCPay.

BTCPay makes a pull payment; the customer opens its claim link (printed here, with a QR) and
gives a wallet address or Lightning invoice there. The refund is journalled before BTCPay is
asked and again with the pull payment, and a lost answer is looked up, never sent twice (see
`boxoffice.engine.refunds`).

Exit statuses: 0 refund created; 1 BTCPay refused it (a missing permission, its own checks)
or the answer was lost and BTCPay must be checked (the refund may exist); 2 the sale cannot
be refunded as asked (nothing was sent).
"""

from __future__ import annotations

import sys
from decimal import Decimal, InvalidOperation
from typing import Any

import qrcode

from boxoffice.app.runtime import Runtime
from boxoffice.commands.accept import _find
from boxoffice.commands.common import BadInput, Console, ExitStatus, load_settings
from boxoffice.domain.money import format_btc, format_money
from boxoffice.domain.refund import Refund, RefundRefused, RefundStatus, RefundVariant

#: The command line's names for BTCPay's refund variants.
VARIANTS: dict[str, RefundVariant] = {
    "rate-then": RefundVariant.RATE_THEN,
    "current-rate": RefundVariant.CURRENT_RATE,
    "overpaid": RefundVariant.OVERPAID,
    "custom": RefundVariant.CUSTOM,
}

_VARIANT_WORDS = {
    RefundVariant.RATE_THEN: "the bitcoin that was paid",
    RefundVariant.CURRENT_RATE: "what was paid, in bitcoin at today's rate",
    RefundVariant.OVERPAID: "the part paid over the price",
    RefundVariant.CUSTOM: "a custom amount",
}


def parse_amount(text: str | None) -> Decimal | None:
    """`--amount`: a plain decimal number greater than zero (never through a float)."""
    if text is None:
        return None
    cleaned = text.strip()
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        amount = Decimal("NaN")
    if not cleaned.replace(".", "", 1).isdigit() or not amount.is_finite() or amount <= 0:
        raise BadInput(f"“{text}” is not an amount; write for example --amount 12.50.")
    return amount


async def refund(args, console: Console) -> int:
    """Run `boxoffice refund`; see the module's exit statuses."""
    variant = VARIANTS[args.variant]
    amount = parse_amount(args.amount)
    if variant is RefundVariant.CUSTOM and amount is None:
        raise BadInput("--variant custom needs --amount (in the event's currency, or --currency).")
    if variant is not RefundVariant.CUSTOM and (amount is not None or args.currency):
        raise BadInput("--amount and --currency go with --variant custom only.")
    settings = load_settings(console)
    runtime = await Runtime.open(settings)
    try:
        sale_id = _find(runtime, args.sale)
        if not args.yes:
            _confirm(runtime, sale_id, variant, amount, args.currency, console)
        try:
            sale = await runtime.engine.refund(
                sale_id,
                variant,
                custom_amount=amount,
                custom_currency=args.currency,
                staff=args.staff,
                reason=args.reason,
                checked_in_btcpay=args.checked_btcpay,
            )
        except RefundRefused as error:
            if error.by_service:
                console.warn(str(error))
                return ExitStatus.FAILURE
            raise BadInput(str(error)) from None
    finally:
        await runtime.aclose()
    made = sale.refund
    assert made is not None
    if args.json:
        console.json_line({"sale_id": sale.id, "invoice_id": sale.invoice_id, **refund_json(made)})
    else:
        _say(made, sale.id, console)
    return ExitStatus.OK if made.status is RefundStatus.CREATED else ExitStatus.FAILURE


def refund_json(made: Refund) -> dict[str, Any]:
    """The refund as JSON: amounts as decimal strings."""
    data = made.to_dict()
    data.pop("reference", None)
    return data


def _confirm(
    runtime: Runtime,
    sale_id: str,
    variant: RefundVariant,
    amount: Decimal | None,
    currency: str | None,
    console: Console,
) -> None:
    """Ask before refunding; without a terminal to ask on, `--yes` is needed."""
    sale = runtime.journal.get(sale_id)
    what = _VARIANT_WORDS[variant]
    if amount is not None:
        code = (currency or (sale.order.currency if sale else "")).upper()
        what = _money(amount, code)
    if not sys.stdin.isatty():
        raise BadInput(f"Refund {what} of sale {sale_id}? Add --yes to refund without asking.")
    console.say(f"Refund {what} of sale {sale_id} through BTCPay? [y/N] ")
    if sys.stdin.readline().strip().lower() not in ("y", "yes"):
        raise BadInput("Not refunded.")


def _say(made: Refund, sale_id: str, console: Console) -> None:
    if made.status is not RefundStatus.CREATED:
        console.warn(made.note or "The refund may have been created; check BTCPay.")
        return
    amount = made.amount if made.amount is not None else Decimal(0)
    shown = _money(amount, made.currency or "")
    console.say(f"{sale_id}: refund of {shown} created (pull payment {made.pull_payment_id}).")
    if made.claim_link:
        console.say("The customer claims it here:")
        console.say(made.claim_link)
        # For the customer's phone; the standard quiet zone, light modules as blocks so that
        # it scans on a dark terminal (as `sell` draws the payment QR).
        qr = qrcode.QRCode(border=4, error_correction=qrcode.constants.ERROR_CORRECT_L)
        qr.add_data(made.claim_link)
        qr.print_ascii(out=console.out, invert=True)
    if made.awaiting_approval:
        console.say(
            "The claim waits for approval in BTCPay (Pull payments / Payouts): the API key "
            "may not approve refunds, or this kind of refund is always approved by hand."
        )


def _money(amount: Decimal, currency: str) -> str:
    return format_btc(amount) if currency.upper() == "BTC" else format_money(amount, currency)
