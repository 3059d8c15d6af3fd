"""BTCPay's payment method ids, 1.x and 2.x spellings (Greenfield reference §11)."""

from __future__ import annotations

import re
from collections.abc import Sequence

_LNURL_SUFFIXES = ("-lnurl", "-lnurlpay", "_lnurlpay")
_LIGHTNING_SUFFIXES = ("-ln", "-lightningnetwork", "_lightninglike", "-lightninglike")
_ONCHAIN_SUFFIXES = ("-chain", "-onchain", "_bitcoinlike", "-btclike")
# 1.x names the on-chain method of a chain by its crypto code alone: "BTC", "LTC", "LBTC".
_BARE_CRYPTO_CODE = re.compile(r"^[a-z0-9]{2,12}$")

_IDS_V2 = {"onchain": "BTC-CHAIN", "lightning": "BTC-LN", "lnurl": "BTC-LNURL"}
_IDS_V1 = {"onchain": "BTC", "lightning": "BTC-LightningNetwork", "lnurl": "BTC-LNURLPAY"}


def classify_payment_method(payment_method_id: str) -> str:
    """Classify a payment method id: "onchain", "lightning", "lnurl" or "other".

    Matched by suffix and content, without regard to case.

    Covers the 2.x ids (`BTC-CHAIN`, `BTC-LN`, `BTC-LNURL`), the 1.x ones (`BTC`,
    `BTC-LightningNetwork`, `BTC-LNURLPAY`) and the internal spellings that appear in 1.x
    `server/info` (`BTC_LightningLike`, `BTC_LNURLPAY`). Plugin ids are "other".
    """
    pmid = payment_method_id.strip().lower()
    if pmid.endswith(_LNURL_SUFFIXES):
        return "lnurl"
    if pmid.endswith(_LIGHTNING_SUFFIXES):
        return "lightning"
    if pmid.endswith(_ONCHAIN_SUFFIXES) or _BARE_CRYPTO_CODE.match(pmid):
        return "onchain"
    return "other"


def _is_v1(server_version: str | None) -> bool:
    return server_version is not None and server_version.strip().lstrip("vV").startswith("1.")


def payment_method_ids_for(server_version: str | None, kinds: Sequence[str]) -> list[str]:
    """The ids to send in `checkout.paymentMethods` for the given kinds on this server version.

    1.x servers get `BTC` / `BTC-LightningNetwork` (/ `BTC-LNURLPAY`); everything else gets the
    2.x ids. 2.x also accepts the old spellings, but sending its own ids keeps its answers and
    our requests in the same vocabulary (reference §11).
    """
    table = _IDS_V1 if _is_v1(server_version) else _IDS_V2
    ids: list[str] = []
    for kind in kinds:
        if kind not in table:
            raise ValueError(f"unknown payment method kind {kind!r}; use one of {sorted(table)}")
        if table[kind] not in ids:
            ids.append(table[kind])
    return ids
