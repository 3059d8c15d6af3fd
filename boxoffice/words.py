"""Words for people, written below the window and translated where they are shown.

The domain, the engine and the app hold no Qt, yet much of what the window shows is written
there: why a sale ended, what staff should do, an error in plain words, a setting's label. They
write it as `translate("Context", "English words {name}").format(name=value)`, which returns
`Words`: a `str` whose value is the English sentence, as the command line, the journal and the
logs read it, and which also keeps its source text, context and values. The window shows it
through `boxoffice.ui.i18n.say()`, which translates the source with Qt's translator and only then
fills in the values, so "Only {paid} of {total} was paid" becomes German with the amounts in
place.

`translate(context, text)` has the name and the two literal arguments of Qt's own
`QCoreApplication.translate`, because that is the call pyside6-lupdate recognises in any Python
file: it is how these words reach the `.ts` files without this module importing Qt. Extra
arguments would hide the call from lupdate, hence `.format()` for the values.

A `Words` joined with other text by `+`, `%` or an f-string is a plain `str` again (English
only): compose with `.format()` or `joined()` instead.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

#: (context, source) -> the translated source; the window passes Qt's translator.
Translator = Callable[[str, str], str]
#: (amount, currency) -> the amount as the window's language writes money.
MoneyWriter = Callable[[Decimal, str], str]

#: The context of `joined` words: the parts are translated, the joining is not.
_JOINED = ""


class Words(str):
    """An English sentence that also keeps what is needed to say it in another language."""

    context: str
    source: str
    values: tuple[tuple[str, str], ...]

    def __new__(
        cls, context: str, source: str, values: Mapping[str, object] | None = None
    ) -> Words:
        kept = tuple((name, _kept(value)) for name, value in (values or {}).items())
        english = source.format_map(dict(kept)) if kept else source
        self = super().__new__(cls, english)
        self.context = context
        self.source = source
        self.values = kept
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        # str's own pickling (and so `copy.deepcopy`, which `dataclasses.asdict` uses) would
        # rebuild from the English alone.
        return (Words, (self.context, self.source, dict(self.values)))

    def format(self, *args: object, **values: object) -> Words:
        """These words with their `{name}` places filled (only names: a translation may put
        them in another order). Values that are `Words` are translated with the sentence."""
        if args:
            raise TypeError("Words.format takes named values only")
        return Words(self.context, self.source, {**dict(self.values), **values})

    def say(self, translator: Translator, money: MoneyWriter | None = None) -> str:
        """The words in the language `translator` speaks (itself: English), amounts written by
        `money` (else as in English)."""
        template = self.source if self.context == _JOINED else translator(self.context, self.source)
        values = {name: say(value, translator, money) for name, value in self.values}
        try:
            return template.format_map(values) if values else template
        except (KeyError, IndexError, ValueError):
            # A translation that lost or broke a place: the English still says it all.
            return str(self)

    # -- the journal keeps the source, so a sale reads in the window's language after a restart

    def to_json(self) -> dict[str, Any]:
        return {
            "context": self.context,
            "source": self.source,
            "values": {name: _value_json(value) for name, value in self.values},
        }

    @classmethod
    def from_json(cls, data: object) -> Words | None:
        """The words `to_json` wrote, or None for anything else (a damaged or foreign record)."""
        if not isinstance(data, dict):
            return None
        context, source, values = data.get("context"), data.get("source"), data.get("values", {})
        if not isinstance(context, str) or not isinstance(source, str):
            return None
        if not isinstance(values, dict):
            return None
        kept: dict[str, object] = {}
        for name, value in values.items():
            if isinstance(value, str):
                kept[str(name)] = value
            else:
                inner = Amount.from_json(value) or cls.from_json(value)
                if inner is None:
                    return None
                kept[str(name)] = inner
        try:
            return cls(context, source, kept)
        except (KeyError, IndexError, ValueError):
            return None  # a source whose places the values do not fill


class Amount(str):
    """An amount of money among words: its English text (as the domain writes money), and the
    figures, so the window writes it as its language does ("£26.50", "26,50 £")."""

    amount: Decimal
    currency: str

    def __new__(cls, english: str, amount: Decimal, currency: str) -> Amount:
        self = super().__new__(cls, english)
        self.amount = amount
        self.currency = currency
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Amount, (str(self), self.amount, self.currency))

    def to_json(self) -> dict[str, Any]:
        return {"text": str(self), "amount": f"{self.amount:f}", "currency": self.currency}

    @classmethod
    def from_json(cls, data: object) -> Amount | None:
        """The amount `to_json` wrote, or None for anything else."""
        if not isinstance(data, dict) or set(data) != {"text", "amount", "currency"}:
            return None
        text, amount, currency = data["text"], data["amount"], data["currency"]
        if not all(isinstance(value, str) for value in (text, amount, currency)):
            return None
        try:
            figures = Decimal(amount)
        except InvalidOperation:
            return None
        return cls(text, figures, currency) if figures.is_finite() else None


def translate(context: str, text: str) -> Words:
    """Mark `text` for translation under `context` (lupdate reads this call); fill its places
    with `.format(name=value)`."""
    return Words(context, text)


def joined(*parts: str | None, sep: str = " ") -> str:
    """`parts` (skipping empty ones) joined by `sep`, each translated when shown."""
    present = [part for part in parts if part]
    if not present:
        return ""
    if len(present) == 1:
        return present[0]
    names = [f"p{i}" for i in range(len(present))]
    source = sep.replace("{", "{{").replace("}", "}}").join("{" + n + "}" for n in names)
    return Words(_JOINED, source, dict(zip(names, present, strict=True)))


def say(text: str, translator: Translator, money: MoneyWriter | None = None) -> str:
    """`text` in the language `translator` speaks: `Words` translated, an `Amount` written by
    `money`, any other str as it is (a server's own words, a name)."""
    if isinstance(text, Words):
        return text.say(translator, money)
    if isinstance(text, Amount) and money is not None:
        return money(text.amount, text.currency)
    return text


def _kept(value: object) -> str:
    """A value as the words keep it: `Words` and `Amount` as they are (said in the window's
    language with the sentence), all else as its text now."""
    return value if isinstance(value, Words | Amount) else str(value)


def _value_json(value: str) -> object:
    return value.to_json() if isinstance(value, Words | Amount) else str(value)
