"""The payment texts behind the QR codes, built the way BTCPay's own checkout page builds them.

See BTCPay Server's checkout (BTCPayServer/Views/UIInvoice/Checkout.cshtml and the BIP21
builders in BTCPayServer/Payments). Each text comes in two versions:

- the *link*, exactly as the server spells it (lowercase), for "open in wallet" and copying:
  some wallets fail on an uppercase `lightning=` key or value in a link;
- the *QR* text, where the BOLT11 / LNURL and a bech32 address are upper-cased so the QR code
  can use alphanumeric mode, which gives a less dense picture. The scheme and the parameter
  names stay lowercase; base58 addresses keep their case (it carries meaning) and so does
  `pj=`.

The unified text is the on-chain BIP21 link with the Lightning invoice appended as
`lightning=`; without an on-chain method it is the plain `lightning:` text, without Lightning
the plain BIP21. No Qt here: the UI turns these strings into pictures.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from boxoffice.services.btcpay.models import InvoicePaymentMethod

__all__ = ["PaymentUris", "bolt11_amount", "bolt11_of", "build_payment_uris", "qr_text"]

_BECH32_PREFIXES = ("bc1", "tb1", "bcrt1")  # SegWit / Taproot addresses
# What a Lightning value may be: BOLT11 (`lnbc…`), LNURL (`lnurl1…`), or an address.
_LIGHTNING_PREFIXES = ("ln", *_BECH32_PREFIXES)
# BIP21 / BIP78 parameter names, lower-cased in the QR. Anything else is left exactly as it is:
# an unencoded `pj=` URL with its own query ("...?v=1&Token=AbC") must survive untouched.
_KNOWN_PARAMS = {"amount", "label", "message", "lightning", "pj", "pjos"}
# human-readable part, the separator "1", then data; one case throughout (BIP173).
_BECH32 = re.compile(r"[a-z0-9]+1[a-z0-9]+|[A-Z0-9]+1[A-Z0-9]+")


@dataclass(frozen=True)
class PaymentUris:
    """Link and QR versions of the unified, Lightning-only and on-chain-only payment texts.

    A field is None when the invoice has no usable method of that kind. `btc_due` is what is
    still to pay in BTC (negative when overpaid), from the first usable method.
    """

    unified_link: str | None
    unified_qr: str | None
    lightning_link: str | None
    lightning_qr: str | None
    onchain_link: str | None
    onchain_qr: str | None
    btc_due: Decimal | None


def _usable(method: InvoicePaymentMethod) -> bool:
    """Activated, for bitcoin, and with something to pay to.

    An LNURL method has no destination until a wallet has asked it for a BOLT11 (§5.4); its
    payment link (`lightning:lnurl1...`) is what the customer scans, so that is what counts.
    """
    if not method.activated or method.currency.upper() != "BTC":
        return False
    if method.kind == "lnurl":
        return bool(method.payment_link)
    return bool(method.destination)


def _first(methods: list[InvoicePaymentMethod], kind: str) -> InvoicePaymentMethod | None:
    return next((m for m in methods if m.kind == kind), None)


def _strip_scheme(text: str, scheme: str) -> str:
    return text[len(scheme) :] if text.lower().startswith(scheme) else text


def bolt11_of(link: str | None) -> str | None:
    """The BOLT11 of a Lightning link or destination, lower-cased for comparing; None if empty."""
    if not link:
        return None
    return _strip_scheme(link, "lightning:").lower() or None


_BOLT11_HRP = re.compile(r"^ln[a-z]+?(?P<n>\d+)(?P<m>[munp]?)1[02-9ac-hj-np-z]+$")
_MULTIPLIER = {"": Decimal(1), "m": Decimal("0.001"), "u": Decimal("0.000001")}
_MULTIPLIER |= {"n": Decimal("0.000000001"), "p": Decimal("0.000000000001")}


def bolt11_amount(bolt11: str) -> Decimal | None:
    """The amount (BTC) in a BOLT11's human-readable part (BOLT #11), or None without one."""
    match = _BOLT11_HRP.match(bolt11.lower())
    if match is None:
        return None
    return Decimal(match["n"]) * _MULTIPLIER[match["m"]]


def _upper_if_bech32(value: str, prefixes: tuple[str, ...]) -> str:
    """Upper-case a bech32 string with one of these prefixes; leave anything else be."""
    if _BECH32.fullmatch(value) and value.lower().startswith(prefixes):
        return value.upper()
    return value


def qr_text(link: str) -> str:
    """The QR version of a `bitcoin:` or `lightning:` link (§10.2 casing rules)."""
    scheme, sep, rest = link.partition(":")
    if not sep:
        return link
    scheme = scheme.lower()
    if scheme == "lightning":
        return f"lightning:{_upper_if_bech32(rest, _LIGHTNING_PREFIXES)}"
    if scheme != "bitcoin":
        return link
    address, qsep, query = rest.partition("?")
    # A base58 address is left alone: its case is part of it.
    address = _upper_if_bech32(address, _BECH32_PREFIXES)
    params = []
    for param in query.split("&") if query else []:
        key, eq, value = param.partition("=")
        if key.lower() in _KNOWN_PARAMS:
            key = key.lower()
        if key == "lightning":
            value = _upper_if_bech32(value, _LIGHTNING_PREFIXES)
        # `amount`, `pj` (a URL) and anything else are kept exactly as given.
        params.append(f"{key}{eq}{value}")
    return f"bitcoin:{address}{qsep}{'&'.join(params)}"


def _has_param(link: str, name: str) -> bool:
    _, _, query = link.partition("?")
    return any(p.partition("=")[0].lower() == name for p in query.split("&") if p)


def build_payment_uris(methods: Iterable[InvoicePaymentMethod]) -> PaymentUris:
    """Build the payment texts from an invoice's payment methods (§10.2 recipe).

    On-chain: the method's BIP21 `paymentLink` (its `amount` is the current due). Lightning:
    `lightning:` + the BOLT11 destination, or, when the invoice has no BOLT11, the LNURL
    payment link. Methods not activated or with nothing to pay to are skipped.
    """
    usable = [m for m in methods if _usable(m)]
    onchain = _first(usable, "onchain")
    bolt11 = _first(usable, "lightning")
    lnurl = _first(usable, "lnurl")

    onchain_link = None
    if onchain is not None:
        onchain_link = onchain.payment_link or _bip21(onchain)

    lightning_link = None
    if bolt11 is not None:
        lightning_link = f"lightning:{_strip_scheme(bolt11.destination or '', 'lightning:')}"
    elif lnurl is not None:
        lightning_link = lnurl.payment_link

    unified_link = onchain_link or lightning_link
    # An `lnurlp://` link (LUD-17) cannot ride along as a BIP21 parameter: it stays apart.
    if (
        onchain_link
        and lightning_link
        and lightning_link.lower().startswith("lightning:")
        and not _has_param(onchain_link, "lightning")
    ):
        joiner = "&" if "?" in onchain_link else "?"
        value = _strip_scheme(lightning_link, "lightning:")
        unified_link = f"{onchain_link}{joiner}lightning={value}"

    due_from = onchain or bolt11 or lnurl
    return PaymentUris(
        unified_link=unified_link,
        unified_qr=qr_text(unified_link) if unified_link else None,
        lightning_link=lightning_link,
        lightning_qr=qr_text(lightning_link) if lightning_link else None,
        onchain_link=onchain_link,
        onchain_qr=qr_text(onchain_link) if onchain_link else None,
        btc_due=due_from.due if due_from is not None else None,
    )


def _bip21(method: InvoicePaymentMethod) -> str:
    """A BIP21 link for an on-chain method that came without one (the amount is its due)."""
    link = f"bitcoin:{method.destination}"
    if method.due > 0:
        link += f"?amount={format(method.due.normalize(), 'f')}"
    return link
