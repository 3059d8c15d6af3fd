"""Money, dates and times as the language in use writes them (`i18n.current_locale()`).

Money never goes through a float: the Decimal is rounded to the currency's exponent and its
digits are written with the locale's group and decimal separators, then placed in the locale's
currency pattern (where the symbol goes, with or without a space).
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from boxoffice.ui.i18n import current_locale, money

#: `money` lives with the language (words from below the window carry amounts it writes);
#: every other writer of the window's money, dates and times is here.
__all__ = ["day_words", "money", "short_day_words", "stamp_words", "time_words"]


def day_words(day: date, locale: QLocale | None = None) -> str:
    """ "Fri 12 Jun 2026" / "Fr. 12. Juni 2026" / "ven. 12 juin 2026" / "vie 12 jun 2026"."""
    loc = locale or current_locale()
    return loc.toString(QDate(day.year, day.month, day.day), _day_format(loc))


def short_day_words(day: date, locale: QLocale | None = None) -> str:
    """A day in this year: "Sat 12 Apr" / "Sa. 12. Apr." — no year."""
    loc = locale or current_locale()
    fmt = _day_format(loc).replace(" yyyy", "")
    return loc.toString(QDate(day.year, day.month, day.day), fmt)


def time_words(moment: time | datetime, locale: QLocale | None = None) -> str:
    """ "14:05" in every language of the window (24-hour clock, as the door staff read it)."""
    loc = locale or current_locale()
    return loc.toString(QTime(moment.hour, moment.minute), "HH:mm")


def stamp_words(moment: datetime, locale: QLocale | None = None) -> str:
    """A date and time: "12 Jun 2026 14:05" / "12. Juni 2026 14:05"."""
    loc = locale or current_locale()
    fmt = _day_format(loc).replace("ddd ", "") + " HH:mm"
    qt_moment = QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )
    return loc.toString(qt_moment, fmt)


def _day_format(loc: QLocale) -> str:
    """Weekday, day, month and year in the order and punctuation the language uses."""
    language = loc.language()
    if language == QLocale.Language.German:
        return "ddd d. MMM yyyy"
    if language == QLocale.Language.Spanish:
        return "ddd d MMM yyyy"
    return "ddd d MMM yyyy"
