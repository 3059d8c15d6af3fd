"""API-key permissions: BTCPay's inclusion tree, store scopes, and what the box office asks for."""

from __future__ import annotations

import pytest

from boxoffice.services.btcpay.models import ApiKeyInfo
from boxoffice.services.btcpay.pairing import POS_PERMISSIONS
from boxoffice.services.btcpay.permissions import EMAIL_PERMISSION
from tests.services.btcpay.answers import STORE_ID


@pytest.mark.parametrize(
    ("granted", "wanted", "expected"),
    [
        ("unrestricted", "btcpay.store.canmodifystoresettings", True),
        ("unrestricted", "btcpay.server.canmodifyserversettings", True),
        ("btcpay.store.canmodifystoresettings", "btcpay.store.canviewstoresettings", True),
        ("btcpay.store.canmodifystoresettings", "btcpay.store.canmodifyinvoices", True),
        ("btcpay.store.canmodifystoresettings", "btcpay.store.cancreateinvoice", True),
        ("btcpay.store.canmodifystoresettings", "btcpay.store.webhooks.canmodifywebhooks", True),
        ("btcpay.store.canmodifystoresettings", "btcpay.store.cansendstoreemails", True),
        ("btcpay.store.canmodifyinvoices", "btcpay.store.canviewinvoices", True),
        ("btcpay.store.canmodifyinvoices", "btcpay.store.cancreateinvoice", True),
        # canmanageinvoicestatus does not exist in 2.4.1: nothing grants it (B17).
        ("btcpay.store.canmodifyinvoices", "btcpay.store.canmanageinvoicestatus", False),
        ("btcpay.store.canmanagepullpayments", "btcpay.store.canviewpullpayments", False),
        ("btcpay.store.canmodifyinvoices", "btcpay.store.canviewstoresettings", False),
        ("btcpay.store.canmodifyinvoices", "btcpay.store.canmodifystoresettings", False),
        ("btcpay.store.canviewstoresettings", "btcpay.store.canviewinvoices", True),
        ("btcpay.store.canviewstoresettings", "btcpay.store.cancreateinvoice", False),
        ("btcpay.store.cancreateinvoice", "btcpay.store.canviewinvoices", False),
        ("btcpay.store.canviewinvoices", "btcpay.store.canmodifyinvoices", False),
        ("BTCPAY.STORE.CanModifyInvoices", "btcpay.store.canviewinvoices", True),
    ],
)
def test_permission_inclusion_tree(granted, wanted, expected):
    assert ApiKeyInfo("k", (granted,)).allows(wanted, STORE_ID) is expected


def test_scoped_permissions_apply_only_to_their_store():
    info = ApiKeyInfo("k", (f"btcpay.store.canmodifyinvoices:{STORE_ID}",))
    assert info.allows("btcpay.store.cancreateinvoice", STORE_ID)
    assert not info.allows("btcpay.store.cancreateinvoice", "OtherStore")
    # Without a store the question is "for every store", which a scoped grant is not.
    assert not info.allows("btcpay.store.cancreateinvoice")
    assert info.allows(f"btcpay.store.cancreateinvoice:{STORE_ID}")
    unscoped = ApiKeyInfo("k", ("btcpay.store.canmodifyinvoices",))
    assert unscoped.allows("btcpay.store.cancreateinvoice", "AnyStore")
    assert unscoped.allows("btcpay.store.cancreateinvoice")
    assert unscoped.store_ids == set()


def test_store_ids_and_missing_permissions():
    info = ApiKeyInfo(
        None,
        (
            "btcpay.store.canviewstoresettings:StoreA",
            "btcpay.store.cancreateinvoice:StoreB",
            "btcpay.user.canviewprofile",
            "btcpay.store.canmodifyinvoices:",  # an empty scope is unscoped
        ),
    )
    assert info.store_ids == {"StoreA", "StoreB"}
    assert info.missing(POS_PERMISSIONS[:3], "StoreB") == ["btcpay.store.canviewstoresettings"]
    assert info.missing([EMAIL_PERMISSION], "StoreA") == [EMAIL_PERMISSION]


def test_pos_permissions_are_minimal_and_email_needs_store_settings():
    assert set(POS_PERMISSIONS) == {
        "btcpay.store.canviewstoresettings",
        "btcpay.store.cancreateinvoice",
        "btcpay.store.canmodifyinvoices",
        "btcpay.store.canmanageinvoicestatus",
        # Refunds from the till, at the narrowest level (the claim is approved in BTCPay);
        # not `cancreatepullpayments`, which lets a till's key pay out without approval.
        "btcpay.store.cancreatenonapprovedpullpayments",
    }
    # Sending needs cansendstoreemails from 2.4.0 (GreenfieldStoreEmailController.cs), which
    # canmodifystoresettings includes; a key with either is accepted.
    assert EMAIL_PERMISSION == "btcpay.store.cansendstoreemails"
    assert not ApiKeyInfo("pos", POS_PERMISSIONS).allows(EMAIL_PERMISSION, STORE_ID)
    assert ApiKeyInfo("admin", ("btcpay.store.canmodifystoresettings",)).allows(EMAIL_PERMISSION)
