"""Whether BTCPay would take a payment now: a light, read-only check for a till left waiting.

A kiosk learns of Ticket Tailor from its catalogue refreshes, but of BTCPay only when a customer
presses Pay — too late: the tickets are held and the customer is left with an error. This check
asks BTCPay what a sale will need, without writing anything:

1. the key in use (`GET /api-keys/current`, which any valid key may read): a revoked key is a
   401, and the key must grant what a sale needs in the store (`REQUIRED_PERMISSIONS`, the
   doctor's own list);
2. one invoice of the store (`GET /stores/{id}/invoices?take=1`): the route a sale uses to look
   its invoice up, so a wrong store id or a store role that lost the permission (both a 403,
   BuiltInPermissionHandler.cs) shows here and not at the customer's Pay.

The store's own settings (`get_store`) are deliberately not read: they need
`canviewstoresettings`, which a sale does not (the doctor only warns without it), so a kiosk
would go out of order with a key that sells. Reads are retried on a blip as every read is;
the whole check gives up after `PROBE_TIMEOUT`. Nothing here logs; the errors' texts never
hold the key (`boxoffice.services.errors`).
"""

from __future__ import annotations

import asyncio

from boxoffice.app.diagnostics import REQUIRED_PERMISSIONS
from boxoffice.services.btcpay import permissions
from boxoffice.services.btcpay.client import BTCPayClient
from boxoffice.services.errors import PermissionDeniedError

#: Longest the whole check may take (seconds); past it BTCPay counts as unreachable.
PROBE_TIMEOUT = 15.0


async def probe_btcpay(client: BTCPayClient) -> None:
    """Return when BTCPay answers and the key may sell in the client's store; raise otherwise.

    Raises what the client raises (`AuthenticationError` for a refused key,
    `UnavailableError` for an unreachable server or a 5xx, …), `PermissionDeniedError` naming
    the permission a sale would lack, and `TimeoutError` after `PROBE_TIMEOUT` seconds.
    """
    async with asyncio.timeout(PROBE_TIMEOUT):
        key = await client.current_api_key()
        for permission, words in REQUIRED_PERMISSIONS:
            if not key.allows(permission, client.store_id):
                raise PermissionDeniedError(
                    client.service,
                    f"the API key may not {words} in the store ({permission})",
                    permission=permission,
                    status=403,
                )
        if not await client.can_list_invoices():
            raise PermissionDeniedError(
                client.service,
                "the store's invoices cannot be read with this key: check the Store ID and "
                f"the key's role in the store ({permissions.CAN_VIEW_INVOICES})",
                permission=permissions.CAN_VIEW_INVOICES,
                status=403,
            )
