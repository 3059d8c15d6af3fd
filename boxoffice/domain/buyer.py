"""The buyer's name and e-mail address: checked kindly, and shaped for Ticket Tailor.

Names are people's names in any script: accents, hyphens, apostrophes, Greek, Cyrillic, CJK.
The web plugin only accepted two ASCII words and turned a single name into
"System.String[] Nakamoto" (Kukks/BTCPayServerPlugins, Plugins/BTCPayServer.Plugins.TicketTailor);
here a single word keeps the word and gains the placeholder's surname.
"""

from __future__ import annotations

import re
import unicodedata

from boxoffice.words import translate

DEFAULT_PLACEHOLDER = "Satoshi Nakamoto"
MAX_NAME_LENGTH = 100

# A domain label: letters or digits in any script, inner hyphens allowed (IDNA allows them).
# Combining marks may follow a letter: Devanagari or Thai vowel signs and viramas are part of
# their words, as in "हिन्दी.भारत" (RFC 5892, IDNA2008 code points: categories Mn, Mc are
# PVALID). Python's `\w` has no marks, so each is checked as the placeholder "\x01" (a control
# character, which an address never keeps: those are refused before the domain is looked at).
_LABEL = re.compile(r"^[^\W_](?:[^\W_]|[-\x01])*(?<!-)$")
_LABEL_MARK = "\x01"
_LOCAL_FORBIDDEN = re.compile(r"[\s\"(),:;<>@\[\\\]]")


def clean_text(text: str | None) -> str:
    """Trim, collapse inner whitespace and compose accents (NFC), so "José" is one form."""
    if not text:
        return ""
    return " ".join(unicodedata.normalize("NFC", text).split())


def validate_email(text: str) -> str | None:
    """None when the address looks deliverable, else a short plain reason to show (`Words`,
    context "Buyer")."""
    address = (text or "").strip()
    if not address:
        return translate("Buyer", "enter an e-mail address")
    if any(ch.isspace() for ch in address):
        return translate("Buyer", "remove the spaces")
    if "@" not in address:
        return translate("Buyer", "add an @ and a domain")
    if address.count("@") > 1:
        return translate("Buyer", "use only one @")
    local, domain = address.split("@")
    if not local:
        return translate("Buyer", "add the name before the @")
    if not domain:
        return translate("Buyer", "add a domain after the @")
    if len(local) > 64 or len(address) > 254:
        return translate("Buyer", "this address is too long")
    if (
        _LOCAL_FORBIDDEN.search(local)
        or local.startswith(".")
        or local.endswith(".")
        or (".." in local)
    ):
        return translate("Buyer", "the part before the @ has a character that is not allowed")
    if any(unicodedata.category(ch).startswith("C") for ch in address):
        return translate("Buyer", "the address has a character that is not allowed")
    labels = _marks_as_placeholder(unicodedata.normalize("NFC", domain)).rstrip(".").split(".")
    if len(labels) < 2:
        return translate("Buyer", "the domain needs a dot, like example.com")
    if not all(_LABEL.match(label) for label in labels):
        return translate("Buyer", "the domain after the @ is not valid")
    if len(labels[-1]) < 2 or labels[-1].isdigit():
        return translate("Buyer", "the domain ending is not valid")
    return None


def _marks_as_placeholder(text: str) -> str:
    return "".join(_LABEL_MARK if unicodedata.category(ch) in ("Mn", "Mc") else ch for ch in text)


#: Zero-width non-joiner and joiner: format characters, but ordinary parts of Persian and
#: Indic spelling ("مهران‌زاده") and of emoji sequences (unicode.org/faq/persian.html).
_JOINERS = frozenset("\u200c\u200d")


def validate_name(text: str | None) -> str | None:
    """None when `text` can be a person's name (or is empty), else a short plain reason
    (`Words`, context "Buyer")."""
    name = clean_text(text)
    if not name:
        return None
    if len(name) > MAX_NAME_LENGTH:
        return translate("Buyer", "use at most {count} characters").format(count=MAX_NAME_LENGTH)
    if any(unicodedata.category(ch).startswith("C") and ch not in _JOINERS for ch in name):
        return translate("Buyer", "the name has a character that is not allowed")
    if name[0] in _JOINERS or name[-1] in _JOINERS:
        return translate("Buyer", "the name has a character that is not allowed")
    if "<" in name or ">" in name or "@" in name:
        return translate("Buyer", "the name has a character that is not allowed")
    if not any(ch.isalpha() for ch in name):
        return translate("Buyer", "a name needs letters")
    return None


def ticket_name(name: str | None, placeholder: str) -> str:
    """The name Ticket Tailor gets: it needs a full name.

    Empty -> the placeholder; one word -> the word plus the placeholder's surname; otherwise the
    name as typed (whitespace tidied, unicode kept).
    """
    fallback = clean_text(placeholder) or DEFAULT_PLACEHOLDER
    cleaned = clean_text(name)
    if not cleaned:
        return fallback
    words = cleaned.split(" ")
    if len(words) == 1:
        surname = fallback.split(" ")[-1]
        return f"{cleaned} {surname}"
    return cleaned
