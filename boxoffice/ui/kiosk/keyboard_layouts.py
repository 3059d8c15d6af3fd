"""The on-screen keyboard's keys: a letter layout per language and a page of accented letters.

Pure data and rules, no widgets: `boxoffice.ui.kiosk.keyboard` builds its keys from these.
A layout's letters outside ASCII (ü, ñ, ù, ß) are for names only: an e-mail address or an
access code never has them, so those keyboards show the same layout without them.
"""

from __future__ import annotations

from dataclasses import dataclass

KINDS = ("text", "email", "code")
DIGITS = "1234567890"
MAIL_DOMAINS = ("gmail.com", "outlook.com", "yahoo.com", "icloud.com")

#: Punctuation keys: (object name, text typed), and the kinds of field they show for.
PUNCTUATION = {
    "at": ("@", ("email",)),
    "dot": (".", ("email", "text")),
    "hyphen": ("-", ("email", "text")),
    "underscore": ("_", ("email",)),
    "apostrophe": ("'", ("text",)),
    "dotcom": (".com", ("email",)),
}


@dataclass(frozen=True)
class LetterLayout:
    """The letters of one language's keyboard, as its customers know them from their own.

    `rows` are the three letter rows, top to bottom. `name_row`, when a language has one,
    takes the digits' place on a name's keyboard: the accented letters its names use most
    (a name has no digits; an e-mail address and a code keep them).
    """

    name: str
    rows: tuple[str, str, str]
    name_row: str = ""


#: The layout of each language of the window; any other language gets English's.
LAYOUTS = {
    "en": LetterLayout("QWERTY", ("qwertyuiop", "asdfghjkl", "zxcvbnm")),
    # As a German keyboard: ü after p, ö ä after l; ß (a key of its own there) ends the row.
    "de": LetterLayout("QWERTZ", ("qwertzuiopü", "asdfghjklöä", "yxcvbnmß")),
    # As a French keyboard: ù after m; é è ç à sit on its top row, so they do here too, with
    # the other accents French names have (Gaëlle, Anaïs, Jérôme, Benoît).
    "fr": LetterLayout("AZERTY", ("azertyuiop", "qsdfghjklmù", "wxcvbn"), name_row="éèêëàâçîïôû"),
    # As a Spanish keyboard: ñ after l; the acute vowels (José, María, Ramón), ü (Agüero)
    # and Catalan's à è ò ç on the top row.
    "es": LetterLayout("QWERTY", ("qwertyuiop", "asdfghjklñ", "zxcvbnm"), name_row="áéíóúüàèòç"),
}
DEFAULT_LAYOUT = "en"

#: The accented page: Latin letters of the names a European venue's customers bring, grouped
#: by their base letter in alphabetical order, one row each for a-d, e-l, n-s and t-z.
#: Western European (French, German, Spanish, Portuguese, Italian, Catalan, Dutch), Nordic
#: and Icelandic, Polish, Czech and Slovak, Hungarian, Romanian, Croatian, Turkish.
ACCENT_ROWS = (
    "àáâäãåăąæçćčďđð",
    "èéêëěęğìíîïıłľ",
    "ñńňòóôöõőøœřśšşșß",
    "ťțþùúûüůűýÿźżž",
)

#: What the key between the pages shows: a sample of the letters it opens (not words, so not
#: translated), in small letters and in capitals as shift is off or on.
ACCENTS_KEY = ("àé", "ÀÉ")
LETTERS_KEY = ("abc", "ABC")


def layout_for(language: str) -> LetterLayout:
    """The letter layout of `language` ("en", "de", "fr", "es"); English's for any other."""
    return LAYOUTS.get(language, LAYOUTS[DEFAULT_LAYOUT])


def capital(letter: str) -> str:
    """The capital a shifted key types: ß (and any letter whose capital is not one letter)
    stays as it is, so a key always types exactly one character."""
    upper = letter.upper()
    return upper if len(upper) == 1 else letter


def for_names_only(letter: str) -> bool:
    """True for a letter an e-mail address or an access code never has (ü, ñ, ß)."""
    return not letter.isascii()
