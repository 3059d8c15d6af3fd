"""How staff settled a sale that needed attention: who, when, what and why.

A sale that "needs attention" is settled by a person at the till: the tickets issued anyway, the
issue tried again, a new invoice for what is still due, or a refund. Each choice is journalled
before it is acted on (the event `resolution`, with the staff name, the time and the reason) and
kept on the sale as its latest `Resolution`, so the result page, the recent sales and the
end-of-shift review can say who decided and why. A record written before this field existed has
none; a later version's unknown action sets the record aside as any unreadable value does.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class ResolutionAction(StrEnum):
    """What staff chose for a sale that needed attention; the values are journalled."""

    #: Accept a payment that arrived in full too late and issue the tickets (held again if the
    #: hold was released meanwhile).
    ISSUE_ANYWAY = "issue_anyway"
    #: Issue the tickets Ticket Tailor refused (or whose hold vanished), counted by reference.
    RETRY_ISSUANCE = "retry_issuance"
    #: A new BTCPay invoice for the amount still due after a partial payment.
    NEW_INVOICE = "new_invoice"
    #: Give the money back through BTCPay (a pull payment the customer claims).
    REFUND = "refund"


@dataclass(frozen=True)
class Resolution:
    """One decision by staff about a sale that needed attention."""

    action: ResolutionAction
    staff: str
    at: float
    reason: str
    #: With `NEW_INVOICE`: the sale that bills the rest (its order's `continues` names this
    #: one), once it is made; None before, and for every other action.
    continued_in: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "action", ResolutionAction(self.action))
        if not isinstance(self.staff, str) or not isinstance(self.reason, str):
            raise ValueError("a resolution's staff and reason are text")
        if self.continued_in is not None and not isinstance(self.continued_in, str):
            raise ValueError("a resolution's continuation is not a sale id")

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["action"] = str(self.action)
        if self.continued_in is None:
            del data["continued_in"]  # as every earlier version wrote it
        return data

    @classmethod
    def from_dict(cls, data: Any) -> Resolution | None:
        """The resolution of a journal record; None when there is none (older records)."""
        if not data:
            return None
        if not isinstance(data, dict):
            raise ValueError("a resolution is not an object")
        at = data.get("at")
        if not isinstance(at, int | float) or isinstance(at, bool):
            raise ValueError("a resolution without its time")
        return cls(
            action=data.get("action"),  # type: ignore[arg-type]
            staff=data.get("staff"),  # type: ignore[arg-type]
            at=float(at),
            reason=data.get("reason"),  # type: ignore[arg-type]
            continued_in=data.get("continued_in"),
        )


class ResolutionRefused(ValueError):
    """The till will not settle the sale this way (nothing was done); a plain sentence."""
