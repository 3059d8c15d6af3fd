"""What every check of `boxoffice.app.diagnostics` shares: the statuses, the finding, the
subjects of both services, the timeout, and the words for a service that cannot be used."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import httpx

from boxoffice.services.errors import ServiceError
from boxoffice.words import Words, translate

OK, WARN, FAIL = "ok", "warn", "fail"

#: The subjects of the services' findings (the others are named where they are checked).
TICKET_TAILOR = translate("Diagnostics", "Ticket Tailor")
BTCPAY = translate("Diagnostics", "BTCPay")
#: Doctor's own timeout: a check should answer quickly or report the service as slow.
CHECK_TIMEOUT = httpx.Timeout(10.0, connect=5.0)


@dataclass(frozen=True)
class Check:
    """One finding: `status` is ok/warn/fail, `subject` what was checked, `message` in words
    (both `Words`, but for a name)."""

    status: str
    subject: str
    message: str


#: How a check reports a finding: (status, subject, message).
Add = Callable[[str, str, str], None]


def unusable(error: ServiceError, url: str) -> Words:
    """A service that answered, but not as one that can be used: what to check."""
    words = translate("Diagnostics", "cannot be used: {detail}; check the address {url}")
    return words.format(detail=error.detail, url=url)
