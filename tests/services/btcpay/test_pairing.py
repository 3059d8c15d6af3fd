"""The authorize URL that asks a BTCPay server for an API key with the box office's permissions."""

from __future__ import annotations

import httpx

from boxoffice.services.btcpay.pairing import POS_PERMISSIONS, authorize_url
from tests.services.btcpay.answers import BASE


def test_authorize_url_repeats_permissions_and_spells_out_the_flags():
    url = httpx.URL(
        authorize_url(
            f"{BASE}/",
            permissions=POS_PERMISSIONS,
            application_name="Box Office",
            redirect="http://127.0.0.1:53117/callback/abc",
            application_identifier="boxoffice",
        )
    )
    assert url.path == "/api-keys/authorize"
    assert url.params.get_list("permissions") == list(POS_PERMISSIONS)
    assert url.params["applicationName"] == "Box Office"
    assert url.params["selectiveStores"] == "true"
    assert url.params["strict"] == "true"
    assert url.params["redirect"] == "http://127.0.0.1:53117/callback/abc"
    assert url.params["applicationIdentifier"] == "boxoffice"


def test_authorize_url_without_redirect_leaves_out_redirect_and_identifier():
    url = httpx.URL(
        authorize_url(
            BASE,
            permissions=["btcpay.store.cancreateinvoice"],
            application_name="Box Office",
            redirect=None,
            application_identifier="boxoffice",
            selective_stores=False,
            strict=False,
        )
    )
    assert "redirect" not in url.params
    assert "applicationIdentifier" not in url.params
    assert url.params["selectiveStores"] == "false"
    assert url.params["strict"] == "false"
