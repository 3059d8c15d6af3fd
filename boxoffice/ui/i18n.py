"""The window's language: Qt translators for our words and Qt's own, and the locale in use.

Every visible string goes through Qt's translation system: `self.tr("…")` in QObject
subclasses (context = the class name), `QCoreApplication.translate("Context", "…")` elsewhere,
`QT_TRANSLATE_NOOP("Context", "…")` for constants translated where they are shown. Words
written below the window (the domain's reasons, the engine's sentences, the app's errors and
setting labels) are `boxoffice.words.Words`, marked with `boxoffice.words.translate`: the
window shows them through `say()`.

Placeholders use Python's `str.format` with NAMES, applied after translation:
`self.tr("{count} left").format(count=n)` (never an f-string inside tr(): lupdate would see no
string and the translation would never match). Counts do not use Qt's `%n` numerus forms:
with no translator installed (English, the tests) they would read "2 ticket(s)". Each of our
languages has at most two forms, so a count picks between two translated strings with
`count_words(n, self.tr("{count} ticket"), self.tr("{count} tickets"))`.

The ticket e-mail is written in the buyer's language, whatever the window speaks by the time it
is sent: `translator_for(code)` reads that language's words without installing them.

The sources are `resources/translations/boxoffice_<code>.ts`; `scripts/translations` refreshes
them with pyside6-lupdate and builds the `.qm` with pyside6-lrelease.
"""

from __future__ import annotations

import logging
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from boxoffice import words
from boxoffice.domain.money import currency_exponent, normalize
from boxoffice.ui.resources import resource_path
from boxoffice.words import Translator

log = logging.getLogger(__name__)

#: The languages of the window: code -> its name in itself (for a language menu).
LANGUAGES = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español"}

#: The source language: what shows with no translation, and the fallback.
DEFAULT_LANGUAGE = "en"

#: The locale each language formats money, dates and times with.
_LOCALES = {"en": "en_GB", "de": "de_DE", "fr": "fr_FR", "es": "es_ES"}

_current = DEFAULT_LANGUAGE
_installed: list[QTranslator] = []
#: Translators read for `translator_for`, by code: never installed in the application.
_apart: dict[str, QTranslator] = {}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for lupdate under `context`, translated later where it is shown (typed:
    PySide6's own returns `object`)."""
    return text


def say(text: str) -> str:
    """`text` in the window's language: words from below the window (`boxoffice.words.Words`)
    translated, with their values filled in after (amounts as the language writes money);
    any other text (a name, a server's own words) as it is."""
    return words.say(text, QCoreApplication.translate, money=money)


def say_or(text: str | None, fallback: str) -> str:
    """`say(text)`, or `fallback` (already translated) when there is no text."""
    return say(text) if text else fallback


#: Symbols for the currencies a door sells in most; any other is written with its ISO code.
SYMBOLS = {"GBP": "£", "EUR": "€", "JPY": "¥"}

_MARK = "¤"


def money(amount: Decimal, currency: str, locale: QLocale | None = None) -> str:
    """ "£1,234.50" in English, "1.234,50 £" in German, "1 234,50 £" in French."""
    loc = locale or current_locale()
    code = currency.strip().upper()
    if amount.is_nan() or not amount.is_finite():
        return f"{amount} {code}".strip()
    exponent = currency_exponent(code)
    value = normalize(amount, code)
    text = f"{abs(value):,.{exponent}f}"
    # Swap through a marker so "," and "." do not trade places twice.
    digits = (
        text.replace(",", "\0").replace(".", loc.decimalPoint()).replace("\0", loc.groupSeparator())
    )
    symbol = SYMBOLS.get(code, code)
    # The locale's pattern for one unit of a made-up currency "¤": "¤1", "1 ¤"...
    pattern = loc.toCurrencyString(1, _MARK)
    if symbol == code and pattern.startswith(_MARK):
        symbol += " "  # "USD 4.00", not "USD4.00"
    text = pattern.replace("1", digits, 1).replace(_MARK, symbol)
    # A plain minus sign: some locales' accounting brackets "(£3.50)" read as a typo at a door.
    return loc.negativeSign() + text if value < 0 else text


def translations_file(code: str) -> str:
    """The file name of our translations for a language: "boxoffice_de.qm"."""
    return f"boxoffice_{code}.qm"


def language_for(setting: str) -> str:
    """The language to use for the `language` setting: itself when it is one of ours, the
    system's when empty and the system's is ours, else English."""
    code = (setting or "").strip().lower()
    if not code:
        code = QLocale.system().name().split("_")[0].lower()
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    """The code of the language in use ("en" until another is installed)."""
    return _current


def current_locale() -> QLocale:
    """The locale of the language in use: money, dates and times are written with it.

    Not `QLocale()`: with no language installed that is the system's (often "C"), and the
    window's English must read the same on every machine.
    """
    return QLocale(_LOCALES[_current])


def count_words(count: int, one: str, other: str, **values: object) -> str:
    """`one` or `other` (translated, with a `{count}` placeholder and any of `values`) for
    `count`, as the language in use chooses: French says "0 billet", English "0 tickets"."""
    singular = count == 1 or (_current == "fr" and count == 0)
    return (one if singular else other).format(count=count, **values)


def known_language(code: str | None) -> str:
    """`code` ("de", "DE", "de-CH") as one of `LANGUAGES`, or English for any other."""
    base = (code or "").strip().lower().replace("_", "-").split("-")[0]
    return base if base in LANGUAGES else DEFAULT_LANGUAGE


def locale_for(code: str | None) -> QLocale:
    """The locale a language writes money, dates and times with (English for an unknown)."""
    return QLocale(_LOCALES[known_language(code)])


def translator_for(code: str | None) -> Translator:
    """Our words in the language `code` (`(context, source) -> translation`), read once and kept,
    without installing them: the window goes on speaking its own. English, an unknown code or
    a missing file: the words as they are written."""
    code = known_language(code)
    if code == DEFAULT_LANGUAGE:
        return _as_written
    translator = _apart.get(code)
    if translator is None:
        translator = QTranslator()
        try:
            path = resource_path(f"translations/{translations_file(code)}")
        except FileNotFoundError:
            log.warning("no translations for %r: the e-mail is English", code)
            return _as_written
        if not translator.load(str(path)):
            log.warning("the translations for %r cannot be read: the e-mail is English", code)
            return _as_written
        _apart[code] = translator
    kept = translator

    def say_in(context: str, source: str) -> str:
        return kept.translate(context, source) or source

    return say_in


def _as_written(_context: str, source: str) -> str:
    return source


def install_language(app: QCoreApplication, code: str) -> str:
    """Install the translators for `code` (replacing any installed before); the code in use.

    An unknown code, or one whose file is missing, falls back to English (no translator for
    our words beyond the English plurals). Qt's own words (standard dialogs and buttons) come
    from Qt's `qtbase_<code>.qm` when the Qt installation has it.
    """
    global _current
    remove_language(app)
    code = (code or "").strip().lower()
    if code not in LANGUAGES:
        log.info("language %r is not one of %s: English", code, ", ".join(LANGUAGES))
        code = DEFAULT_LANGUAGE
    ours = _load(app, code)
    if not ours and code != DEFAULT_LANGUAGE:
        log.warning("no translations for %r: English", code)
        code = DEFAULT_LANGUAGE
        _load(app, code)
    if code != DEFAULT_LANGUAGE:
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{code}", folder) and app.installTranslator(qt):
            _installed.append(qt)
    _current = code
    QLocale.setDefault(QLocale(_LOCALES[code]))
    return code


def remove_language(app: QCoreApplication) -> None:
    """Take out the translators `install_language` put in: back to the source English."""
    global _current
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()
    _current = DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(_LOCALES[DEFAULT_LANGUAGE]))


def _load(app: QCoreApplication, code: str) -> bool:
    """Install our translator for `code`; False when its file is missing or unreadable."""
    try:
        path = resource_path(f"translations/{translations_file(code)}")
    except FileNotFoundError:
        return False
    translator = QTranslator(app)
    if not translator.load(str(path)) or not app.installTranslator(translator):
        return False
    _installed.append(translator)
    return True
