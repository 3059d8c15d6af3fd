"""The ticket e-mail in the buyer's language: the engine is given the window's translations.

An order keeps the code of the language it was made in (`Order.language`); the engine asks
`email_words(code)` when it sends the tickets, which may be long after the window moved on to
another customer and another language, or after a restart.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from boxoffice.domain.ticket_email import ENGLISH, EmailWords
from boxoffice.ui.i18n import DEFAULT_LANGUAGE, known_language, locale_for, translator_for
from boxoffice.ui.locale_format import day_words

if TYPE_CHECKING:
    from boxoffice.app.runtime import Runtime


def email_words(code: str | None) -> EmailWords:
    """How the ticket e-mail is written in the language `code`: our translations of its words,
    and days as the receipt writes them ("Fr. 12. Juni 2026"). English: as written."""
    code = known_language(code)
    if code == DEFAULT_LANGUAGE:
        return ENGLISH
    locale = locale_for(code)

    def day(when: date) -> str:
        return day_words(when, locale)

    return EmailWords(translator_for(code), day)


def speak_buyers_language(runtime: Runtime) -> None:
    """Have the runtime's engine write ticket e-mails in each order's language."""
    runtime.engine.email_words = email_words
