"""Greenfield API keys, the permission tree and error answers, as BTCPay Server 2.4.1 has them
(BTCPay Server source: BTCPayServer/Security/GreenField/GreenfieldAuthenticationHandler.cs,
BTCPayServer.Client/Models/GreenfieldPermissionAPIError.cs, BTCPayServer/Hosting/
BTCPayServerServices.cs)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

P = "btcpay.store."
# Which permission includes which: BTCPay 2.4.1's store policies exactly (BTCPay Server source,
# BTCPayServer/Hosting/BTCPayServerServices.cs, BTCPayServer.Client/Permissions.cs). Nothing
# more is granted: a guessed inclusion would let a client's wrong belief pass. In particular
# `canmanageinvoicestatus` does not exist in 2.4.1; a key listing it gets nothing from it, and
# no route asks for it.
PERMISSION_CHILDREN: dict[str, tuple[str, ...]] = {
    P + "canmodifystoresettings": (
        P + "canmanagepullpayments",
        P + "canmodifyinvoices",
        P + "canviewstoresettings",
        P + "webhooks.canmodifywebhooks",
        P + "canmodifypaymentrequests",
        P + "canmanagepayouts",
        P + "canuselightningnode",
        P + "cansendstoreemails",
    ),
    P + "canmodifyinvoices": (
        P + "canviewinvoices",
        P + "cancreateinvoice",
        P + "cancreatelightninginvoice",
    ),
    P + "canviewstoresettings": (
        P + "canviewinvoices",
        P + "canviewpaymentrequests",
        P + "canviewreports",
        P + "canviewpullpayments",
        P + "canviewpayouts",
    ),
    P + "canmanagepullpayments": (P + "cancreatepullpayments", P + "canarchivepullpayments"),
    P + "cancreatepullpayments": (P + "cancreatenonapprovedpullpayments",),
    "btcpay.server.canmodifyserversettings": (
        "btcpay.server.canuseinternallightningnode",
        "btcpay.server.canmanageusers",
    ),
    "btcpay.server.canmanageusers": ("btcpay.server.cancreateuser",),
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
                f'Insufficient API Permissions. Please use an API key with permission "{policy}". '
                "You can create an API key in your account's settings / Api Keys."
            ),
        },
    )


def invoice_not_found() -> GreenfieldError:
    """The 404 of servers before 2.3.6 (and of 2.3.6+ while its id cache still knows a deleted
    invoice). From 2.3.6 an unknown invoice normally gets `missing_permission` instead."""
    return problem(404, "invoice-not-found", "The invoice was not found")
