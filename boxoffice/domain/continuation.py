"""When a new invoice for the rest still stands for a sale partly paid, then expired.

The continuation (`Order.continues`, made by `boxoffice.engine.continuations`) stands for the
rest while it may still bring it: it is journalled, and neither ended with nothing paid
(failed, released) nor had its own money refunded without completing. While it stands the
continued sale is settled (it offers nothing, and the report counts it under the
continuation); once it does not, the continued sale can be settled again (refunded, or
continued anew).
"""

from __future__ import annotations

from boxoffice.domain.sale import Sale, SaleState

_ENDED_UNPAID = (SaleState.FAILED, SaleState.RELEASED)


def continuation_stands(continuation: Sale | None) -> bool:
    """Whether `continuation` (None: not journalled) still stands for the rest."""
    if continuation is None:
        return False
    if continuation.state is SaleState.COMPLETED:
        return True  # a refund of what was paid over the price changes nothing
    return continuation.state not in _ENDED_UNPAID and continuation.refund is None
