"""How the till sells: invoice options, buyer requirements, e-mail.

Apart from the sale so the order can read it without importing the sale (the sale imports the
order, never the other way).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CheckoutSettings:
    """How the till sells: invoice options, buyer requirements, e-mail."""

    #: Whole minutes: BTCPay refuses a JSON fraction (TimeSpanJsonConverter.cs).
    expiration_minutes: int = 15
    payment_methods: tuple[str, ...] = ("onchain", "lightning")
    speed_policy: str = "HighSpeed"
    require_name: bool = False
    placeholder_name: str = "Satoshi Nakamoto"
    email_required: bool = True
    send_ticket_emails: bool = True
