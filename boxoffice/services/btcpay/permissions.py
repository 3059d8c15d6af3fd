"""BTCPay's store and server policies, and which policy grants which (BTCPay 2.4.1).

Kept apart from the client: the key's permissions are read by the models (`ApiKeyInfo`), the
pairing page asks for them and the diagnostics name them.
"""

from __future__ import annotations

from boxoffice.words import Words, translate

CAN_VIEW_STORE_SETTINGS = "btcpay.store.canviewstoresettings"
CAN_MODIFY_STORE_SETTINGS = "btcpay.store.canmodifystoresettings"
CAN_VIEW_INVOICES = "btcpay.store.canviewinvoices"
CAN_CREATE_INVOICE = "btcpay.store.cancreateinvoice"
CAN_MODIFY_INVOICES = "btcpay.store.canmodifyinvoices"
CAN_MANAGE_INVOICE_STATUS = "btcpay.store.canmanageinvoicestatus"
CAN_SEND_STORE_EMAILS = "btcpay.store.cansendstoreemails"
CAN_CREATE_NON_APPROVED_PULL_PAYMENTS = "btcpay.store.cancreatenonapprovedpullpayments"
CAN_CREATE_PULL_PAYMENTS = "btcpay.store.cancreatepullpayments"
CAN_VIEW_PULL_PAYMENTS = "btcpay.store.canviewpullpayments"
UNRESTRICTED = "unrestricted"

#: `POST /api/v1/stores/{storeId}/email/send` needs `cansendstoreemails` from 2.4.0 on, which
#: `canmodifystoresettings` includes; servers before 2.4.0 need `canmodifystoresettings`
#: itself (BTCPay Server source, GreenfieldStoreEmailController.cs; the OpenAPI document still
#: names the old policy). A key with either is accepted for sending.
EMAIL_PERMISSION = CAN_SEND_STORE_EMAILS
#: Reading the store's SMTP settings (`GET .../email`) needs this on every version: a key
#: that may only send cannot tell whether the store has SMTP.
EMAIL_SETTINGS_PERMISSION = CAN_MODIFY_STORE_SETTINGS

#: `POST .../invoices/{invoiceId}/refund` (and `GET .../refund/{paymentMethodId}`) need
#: `cancreatenonapprovedpullpayments` from 1.13.7 on; the OpenAPI document names
#: `cancreatepullpayments`, which includes it (GreenfieldInvoiceController.cs `RefundInvoice`).
#: Optional: a till sells without it, and only refunds from the till are refused.
REFUND_PERMISSION = CAN_CREATE_NON_APPROVED_PULL_PAYMENTS
#: With this one as well, the customer's claim of a refund in bitcoin is approved at once;
#: with only `REFUND_PERMISSION` (the Employee role's level) someone approves it in BTCPay.
REFUND_APPROVAL_PERMISSION = CAN_CREATE_PULL_PAYMENTS
#: Listing the store's pull payments (`GET .../pull-payments`): how a refund whose answer was
#: lost is found again. `canviewstoresettings`, which a till is paired with, includes it.
REFUND_LOOKUP_PERMISSION = CAN_VIEW_PULL_PAYMENTS

#: Permissions a till may do without: each with the words that say what it is for and what
#: is lost without it (for the doctor and for a refused refund). Never required for selling.
OPTIONAL_PERMISSIONS: tuple[tuple[str, Words], ...] = (
    (
        REFUND_PERMISSION,
        translate(
            "Diagnostics",
            "refunds from the till need the API key's permission {permission} (“Create non-"
            "approved pull payments”; “Create pull payments” includes it and also lets the "
            "customer claim the refund at once). Without it, refund in BTCPay itself.",
        ).format(permission=REFUND_PERMISSION),
    ),
)


def optional_permission_words(permission: str) -> Words | None:
    """What an optional permission is for, in words, or None for one that is not optional."""
    for name, words in OPTIONAL_PERMISSIONS:
        if name == permission:
            return words
    return None


# Each store policy and the policies it grants directly, as BTCPay 2.4.1 defines them (BTCPay
# Server source, BTCPayServer/Hosting/BTCPayServerServices.cs and BTCPayServer.Client/
# Permissions.cs). Anything not listed grants only itself: a guessed inclusion would let the
# till believe a key can do what the server then refuses.
_CHILDREN: dict[str, tuple[str, ...]] = {
    CAN_MODIFY_STORE_SETTINGS: (
        "btcpay.store.canmanagepullpayments",
        CAN_MODIFY_INVOICES,
        CAN_VIEW_STORE_SETTINGS,
        "btcpay.store.webhooks.canmodifywebhooks",
        "btcpay.store.canmodifypaymentrequests",
        "btcpay.store.canmanagepayouts",
        "btcpay.store.canuselightningnode",
        CAN_SEND_STORE_EMAILS,
    ),
    CAN_MODIFY_INVOICES: (
        CAN_VIEW_INVOICES,
        CAN_CREATE_INVOICE,
        "btcpay.store.cancreatelightninginvoice",
    ),
    CAN_VIEW_STORE_SETTINGS: (
        CAN_VIEW_INVOICES,
        "btcpay.store.canviewpaymentrequests",
        "btcpay.store.canviewreports",
        "btcpay.store.canviewpullpayments",
        "btcpay.store.canviewpayouts",
    ),
    "btcpay.store.canmanagepullpayments": (
        "btcpay.store.cancreatepullpayments",
        "btcpay.store.canarchivepullpayments",
    ),
    "btcpay.store.cancreatepullpayments": ("btcpay.store.cancreatenonapprovedpullpayments",),
    "btcpay.server.canmodifyserversettings": (
        "btcpay.server.canuseinternallightningnode",
        "btcpay.server.canmanageusers",
    ),
    "btcpay.server.canuseinternallightningnode": (
        "btcpay.server.cancreatelightninginvoiceinternalnode",
        "btcpay.server.canviewlightninginvoiceinternalnode",
    ),
    "btcpay.server.canmanageusers": ("btcpay.server.cancreateuser",),
    "btcpay.user.canmodifyprofile": ("btcpay.user.canviewprofile",),
    "btcpay.user.canmanagenotificationsforuser": ("btcpay.user.canviewnotificationsforuser",),
}


def _covered(policy: str) -> set[str]:
    """`policy` and every policy below it in the inclusion tree."""
    seen: set[str] = set()
    pending = [policy]
    while pending:
        current = pending.pop()
        if current not in seen:
            seen.add(current)
            pending.extend(_CHILDREN.get(current, ()))
    return seen


def _split_permission(permission: str) -> tuple[str, str | None]:
    """`"policy:storeId"` -> (policy, storeId); an empty scope (`"policy:"`) is unscoped."""
    policy, _, scope = permission.strip().partition(":")
    return policy.lower(), (scope or None)


def _is_store_policy(policy: str) -> bool:
    return policy.startswith("btcpay.store.")
