"""Access codes typed or scanned at the door: any text, any link. Found, or "unlocks nothing";
never a crash.

A scanner types what its code holds, a phone shares whatever link it has: odd schemes, extra
query keys, percent-encoding, Tab or GS characters, thousands of characters.
"""

from __future__ import annotations

import string
import unicodedata
from urllib.parse import quote, urlencode

from hypothesis import example, given, settings
from hypothesis import strategies as st

from boxoffice.domain.catalogue import (
    CatalogueSettings,
    access_code_from,
    build_catalogue,
    code_key,
)
from tests.engine.factories import event, ticket_type

FAST = settings(derandomize=True, deadline=None, max_examples=300)

CODE = "Crew2026"


def _event():
    types = [
        ticket_type("tt_public"),
        ticket_type("tt_crew", status="locked", access_code=CODE),
        ticket_type("tt_guest", status="on_sale", access_code=" crew2026"),
        ticket_type("tt_press", status="locked", access_code="Présse"),
    ]
    return build_catalogue([event(types=types)], CatalogueSettings()).events[0]


EVENT = _event()
SECRET = {t.id for t in EVENT.ticket_types if t.secret}

ODD = st.sampled_from(
    [
        "?",
        "&",
        "=",
        "#",
        "%",
        "%00",
        "%ZZ",
        "%E2%80%8B",
        "+",
        "a=",
        "accessCode=",
        "[",
        "]",
        "::",
        "://",
        "javascript:",
        "data:",
        "file:///",
        "tickettailor://",
        "\t",
        "\x1d",
        "\x00",
        "\r\n",
        "\u200b",
        "\ufeff",
        "\u202e",
        "Ｃ",
        "é",
        "😀",
    ]
)
ANY_TEXT = st.one_of(
    st.text(max_size=80),
    st.lists(st.one_of(ODD, st.text(string.ascii_letters, max_size=5)), max_size=20).map("".join),
    st.integers(min_value=1000, max_value=20_000).map(lambda n: "https://x/?" + "a" * n),
)


@FAST
@given(ANY_TEXT)
@example("https://[::1?a=Crew2026")  # urlsplit: "Invalid IPv6 URL"
@example("?a=%00")
@example("?" * 5000)
def test_any_scanned_text_gives_a_code_or_unlocks_nothing(text):
    code = access_code_from(text)
    assert isinstance(code, str) and code == code.strip()
    assert not any(unicodedata.category(ch) in ("Cc", "Cf") for ch in code)
    unlocked = EVENT.unlock(code)
    assert unlocked <= SECRET
    assert EVENT.unlock(text) <= SECRET


SCHEMES = st.sampled_from(
    ["https://", "http://", "HTTPS://", "tickettailor://", "javascript:", "", "//", "ftp://"]
)
HOSTS = st.sampled_from(
    ["www.tickettailor.com", "[::1", "[::1]:8080", "exämple.org", "x", "", "a:b@c"]
)
OTHER = st.dictionaries(
    st.text(string.ascii_lowercase, min_size=1, max_size=4).filter(lambda k: k != "a"),
    st.text(max_size=10),
    max_size=3,
)


@FAST
@given(SCHEMES, HOSTS, OTHER, st.sampled_from(["a", "accessCode", "ACCESS_CODE"]), st.booleans())
def test_the_code_is_found_in_any_link_that_carries_it(scheme, host, other, key, fragment):
    query = urlencode({**other, key: CODE}, quote_via=quote)
    link = f"{scheme}{host}/events/x/1?{query}" + ("#tickets" if fragment else "")
    assert access_code_from(link) == CODE
    assert EVENT.unlock(access_code_from(link)) == {"tt_crew", "tt_guest"}


@FAST
@given(
    st.sampled_from([CODE, "PRÉSSE", "pre\u0301sse"]),
    st.lists(st.sampled_from([" ", "\t", "\n", "\u200b", "\ufeff", "\x1d"]), max_size=3),
    st.booleans(),
)
def test_a_code_is_recognised_however_it_is_typed(code, noise, wide):
    if wide:  # a Japanese keyboard's full-width letters
        code = "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in code)
    typed = "".join(noise) + code.swapcase() + "".join(noise)
    assert EVENT.unlock(access_code_from(typed)), typed


# -- the nastiest cases, by hand -------------------------------------------------------------


def test_a_link_python_cannot_parse_still_gives_its_code():
    assert access_code_from("https://[::1?a=Crew2026#x") == "Crew2026"
    assert EVENT.unlock(access_code_from("https://[::1?a=Crew2026")) == {"tt_crew", "tt_guest"}
    assert access_code_from("\x1dCREW2026\r\n") == "CREW2026"
    assert code_key("ＣＲＥＷ２０２６\u200b") == "crew2026"


def test_the_tickets_page_reads_a_link_python_cannot_parse():
    from boxoffice.ui.screens.tickets.controller import access_code_from as page_access_code_from

    assert page_access_code_from("https://[::1?a=Crew2026") == "Crew2026"
