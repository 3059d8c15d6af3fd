"""Greenfield API keys, the permission tree and error answers (reference
../shared/reference/btcpay-greenfield.md §2, §3 and §9)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

P = "btcpay.store."
# Which permission includes which (reference §3; BTCPay's Permissions.cs tree).
PERMISSION_CHILDREN: dict[str, tuple[str, ...]] = {
    P + "canmodifystoresettings": (
        P + "canviewstoresettings",
        P + "canmodifyinvoices",
        P + "webhooks.canmodifywebhooks",
        P + "canmodifypaymentrequests",
        P + "canmanagepullpayments",
        P + "canuselightningnode",
        P + "cansendstoreemails",
        P + "canmanagewallets",
        P + "canmodifyofferings",
    ),
    P + "canviewstoresettings": (
        P + "canviewinvoices",
        P + "canviewpaymentrequests",
        P + "canviewreports",
        P + "canviewpullpayments",
        P + "canviewpayouts",
        P + "canviewofferings",
    ),
    # `canmanageinvoicestatus` (2.4.5+, newer than the simulated 2.4.1) sits where the client
    # assumes it (boxoffice/services/btcpay.py): keys that could mark invoices keep that right.
    P + "canmodifyinvoices": (
        P + "canviewinvoices",
        P + "cancreateinvoice",
        P + "cancreatelightninginvoice",
        P + "canmanageinvoicestatus",
    ),
    P + "canmodifypaymentrequests": (P + "canviewpaymentrequests",),
    P + "canmanagepullpayments": (
        P + "cancreatepullpayments",
        P + "canarchivepullpayments",
        P + "canmanagepayouts",
        P + "canviewpullpayments",
    ),
    P + "cancreatepullpayments": (P + "cancreatenonapprovedpullpayments",),
    P + "canmanagepayouts": (P + "canviewpayouts",),
    P + "canuselightningnode": (P + "cancreatelightninginvoice", P + "canviewlightninginvoice"),
    P + "canmanagewallets": (P + "canviewwallet", P + "canmanagewalletsettings"),
    "btcpay.server.canmodifyserversettings": (
        "btcpay.server.canuseinternallightningnode",
        "btcpay.server.canmanageusers",
    ),
    "btcpay.server.canmanageusers": ("btcpay.server.cancreateuser", "btcpay.server.canviewusers"),
    "btcpay.user.canmodifyprofile": ("btcpay.user.canviewprofile",),
}


def included(policy: str) -> set[str]:
    """A policy and everything it includes."""
    result = {policy}
    for child in PERMISSION_CHILDREN.get(policy, ()):
        result |= included(child)
    return result


def allows(permissions: Iterable[str], policy: str, store_id: str | None = None) -> bool:
    """Whether a key's permissions grant `policy` on `store_id` (None: on some store)."""
    for permission in permissions:
        if permission == "unrestricted":
            return True
        name, _, scope = permission.partition(":")
        if scope and store_id is not None and scope != store_id:
            continue
        if policy in included(name):
            return True
    return False


class GreenfieldError(Exception):
    """An error answer in Greenfield's shapes (reference §9)."""

    def __init__(self, status: int, body: Any) -> None:
        super().__init__(str(body))
        self.status = status
        self.body = body


def problem(status: int, code: str, message: str) -> GreenfieldError:
    return GreenfieldError(status, {"code": code, "message": message})


def validation(*problems: tuple[str, str]) -> GreenfieldError:
    return GreenfieldError(422, [{"path": path, "message": message} for path, message in problems])


class ApiKey:
    """A Greenfield API key: 40 hex characters and its permissions."""

    def __init__(self, key: str, label: str, permissions: Iterable[str]) -> None:
        self.key = key
        self.label = label
        self.permissions = list(permissions)

    def to_api(self) -> dict[str, Any]:
        """ApiKeyData: the key itself, its label and its permissions."""
        return {"apiKey": self.key, "label": self.label, "permissions": list(self.permissions)}

    def __repr__(self) -> str:  # never show the key itself
        return f"ApiKey(label={self.label!r}, permissions={self.permissions!r})"


def missing_permission(policy: str) -> GreenfieldError:
    return GreenfieldError(
        403,
        {
            "code": "missing-permission",
            "missingPermission": policy,
            "message": (
                f"Insufficient API Permissions. Please use an API key with permission: {policy}. "
                "You can create an API key in your account's settings / Api Keys."
            ),
        },
    )


def invoice_not_found() -> GreenfieldError:
    return problem(404, "invoice-not-found", "The invoice was not found")
