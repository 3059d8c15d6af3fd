"""Pairing with BTCPay: what the till asks for and the consent page that creates the key."""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlencode

from boxoffice.services.btcpay.permissions import (
    CAN_CREATE_INVOICE,
    CAN_CREATE_NON_APPROVED_PULL_PAYMENTS,
    CAN_MANAGE_INVOICE_STATUS,
    CAN_MODIFY_INVOICES,
    CAN_MODIFY_STORE_SETTINGS,
    CAN_SEND_STORE_EMAILS,
    CAN_VIEW_STORE_SETTINGS,
)

#: What the app asks for when it pairs: read the store's settings, create invoices, mark them
#: (cancel / accept anyway) and edit their metadata. Not `canmodifystoresettings`, which is
#: store-admin power, unless ticket e-mails are wanted (see `EMAIL_PAIRING_PERMISSIONS`).
#: `canmanageinvoicestatus` does not exist in 2.4.1 (BTCPay Server source,
#: BTCPayServer/Hosting/BTCPayServerServices.cs); the 2.4.5 release notes name it, so it is
#: asked for in case marking needs it there. Asking is harmless: the authorize page drops the
#: policies the server does not know. It is never *required* (doctor, e-mail checks).
#: Last, refunds from the till (`POST .../invoices/{id}/refund`) at the Employee role's level:
#: the refund is created and someone approves the customer's claim in BTCPay; the owner may
#: untick it on the authorize page, and the till then sells without refunds (the doctor warns).
POS_PERMISSIONS: tuple[str, ...] = (
    CAN_VIEW_STORE_SETTINGS,
    CAN_CREATE_INVOICE,
    CAN_MODIFY_INVOICES,
    CAN_MANAGE_INVOICE_STATUS,
    CAN_CREATE_NON_APPROVED_PULL_PAYMENTS,
)

#: Asked for when pairing with ticket e-mails on: the narrow 2.4.0+ policy, and the old one
#: for servers before 2.4.0 (a 2.4 server grants both; an unknown one is dropped).
EMAIL_PAIRING_PERMISSIONS: tuple[str, ...] = (CAN_SEND_STORE_EMAILS, CAN_MODIFY_STORE_SETTINGS)


def authorize_url(
    base_url: str,
    *,
    permissions: Iterable[str],
    application_name: str,
    redirect: str | None,
    application_identifier: str | None = None,
    selective_stores: bool = True,
    strict: bool = True,
) -> str:
    """The address of BTCPay's consent page that creates an API key (reference §3).

    With `selective_stores` the user picks the store and the granted permissions come back
    scoped as `policy:storeId`, which is how a single-store app learns its store id. With a
    `redirect` the server form-POSTs `apiKey`, `userId` and `permissions[]` to it; without one
    the user copies the key from the page by hand.
    """
    query: list[tuple[str, str]] = [("permissions", p) for p in permissions]
    query.append(("applicationName", application_name))
    query.append(("strict", "true" if strict else "false"))
    query.append(("selectiveStores", "true" if selective_stores else "false"))
    if redirect:
        query.append(("redirect", redirect))
        # The server ignores the identifier without a redirect (§3), so only send it with one.
        if application_identifier:
            query.append(("applicationIdentifier", application_identifier))
    return f"{base_url.rstrip('/')}/api-keys/authorize?{urlencode(query)}"
