"""Words written below the window: English as a str, translatable where they are shown."""

from __future__ import annotations

import copy
import dataclasses
import json
import pickle

import pytest

from boxoffice.words import Words, joined, say, translate

GERMAN = {
    ("Sale", "Only {paid} of {total} was paid."): "Nur {paid} von {total} wurde bezahlt.",
    ("Money", "all of it"): "alles",
    ("Sale", "Try again."): "Nochmal versuchen.",
    ("Broken", "{amount} paid"): "{betrag} bezahlt",
}


def german(context: str, source: str) -> str:
    return GERMAN.get((context, source), source)


def test_words_read_as_the_english_sentence_everywhere_a_str_goes():
    words = translate("Sale", "Only {paid} of {total} was paid.").format(
        paid="£5.00", total="£10.00"
    )
    assert words == "Only £5.00 of £10.00 was paid."
    assert isinstance(words, str)
    assert f"{words}" == "Only £5.00 of £10.00 was paid."
    assert json.dumps(words) == json.dumps("Only £5.00 of £10.00 was paid.")
    assert "£5.00" in words


def test_the_window_translates_the_source_then_fills_the_values():
    words = translate("Sale", "Only {paid} of {total} was paid.").format(
        paid="£5.00", total=translate("Money", "all of it")
    )
    assert say(words, german) == "Nur £5.00 von alles wurde bezahlt."
    assert say("a server's own words", german) == "a server's own words"


def test_a_translation_that_lost_its_place_falls_back_to_english():
    words = translate("Broken", "{amount} paid").format(amount="£1.00")
    assert say(words, german) == "£1.00 paid"


def test_only_named_places():
    with pytest.raises(TypeError):
        translate("Sale", "{0} paid").format("£1")


def test_joined_words_translate_part_by_part():
    first = translate("Sale", "Only {paid} of {total} was paid.").format(paid="1", total="2")
    sentence = joined(
        first, None, "Ticket Tailor said: sold out {x}.", translate("Sale", "Try again.")
    )
    assert sentence == "Only 1 of 2 was paid. Ticket Tailor said: sold out {x}. Try again."
    assert say(sentence, german) == (
        "Nur 1 von 2 wurde bezahlt. Ticket Tailor said: sold out {x}. Nochmal versuchen."
    )
    assert joined(None, "") == ""
    assert joined(first) is first


def test_copies_keep_the_source():
    words = translate("Sale", "Only {paid} of {total} was paid.").format(paid="1", total="2")
    for twin in (copy.copy(words), copy.deepcopy(words), pickle.loads(pickle.dumps(words))):
        assert isinstance(twin, Words)
        assert (twin, twin.context, twin.source, twin.values) == (
            words,
            words.context,
            words.source,
            words.values,
        )

    @dataclasses.dataclass
    class Holder:
        text: str

    assert dataclasses.asdict(Holder(words))["text"].source == words.source


def test_the_journal_form_comes_back_and_refuses_what_is_not_words():
    words = translate("Sale", "Only {paid} of {total} was paid.").format(
        paid="1", total=translate("Money", "all of it")
    )
    again = Words.from_json(json.loads(json.dumps(words.to_json())))
    assert again == words and say(again, german) == say(words, german)
    for damaged in (
        None,
        "text",
        [],
        {"context": 1, "source": "x"},
        {"context": "Sale", "source": "{paid}", "values": {"paid": 5}},
        {"context": "Sale", "source": "x", "values": []},
        {"context": "Sale", "source": "{a", "values": {"a": "1"}},
    ):
        assert Words.from_json(damaged) is None, damaged


# -- below the window, words for people are marked for translation ----------------------------

import ast  # noqa: E402
from pathlib import Path  # noqa: E402

import boxoffice  # noqa: E402

PACKAGE = Path(boxoffice.__file__).parent
#: The layers whose words reach the window (the command line and the simulator speak English).
BELOW_THE_WINDOW = ("domain", "engine", "app")
#: Keyword arguments that carry words for people.
WORDS_KEYWORDS = {
    "message", "words", "advice", "accept_advice", "closed_words", "accept_warning",
    "accept_aside", "email_note", "label", "help", "hint", "title", "problem", "summary",
    "detail_words",
}  # fmt: skip


def _unmarked(tree: ast.AST) -> list[tuple[int, str]]:
    """Bare literals and f-strings given as words to people (`message="…"`, `words=f"…"`,
    `message = "…"`)."""
    found = []
    for node in ast.walk(tree):
        given: list[tuple[str | None, ast.AST | None]] = []
        if isinstance(node, ast.Call):
            given = [(keyword.arg, keyword.value) for keyword in node.keywords]
        elif isinstance(node, ast.Assign):
            given = [(_name(target), node.value) for target in node.targets]
        elif isinstance(node, ast.AnnAssign):
            given = [(_name(node.target), node.value)]
        for name, value in given:
            if name in WORDS_KEYWORDS and value is not None and _is_bare(value):
                found.append((value.lineno, ast.unparse(value)[:60]))
    return sorted(found)


def _name(target: ast.AST) -> str | None:
    if isinstance(target, ast.Name):
        return target.id
    return target.attr if isinstance(target, ast.Attribute) else None


def _is_bare(node: ast.AST) -> bool:
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and any(c.isalpha() for c in node.value)
    if isinstance(node, ast.BinOp | ast.BoolOp | ast.IfExp):
        return any(_is_bare(child) for child in ast.iter_child_nodes(node))
    return False


def test_words_for_people_below_the_window_are_marked_for_translation():
    problems = []
    for layer in BELOW_THE_WINDOW:
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            for line, text in _unmarked(ast.parse(path.read_text(encoding="utf-8"))):
                problems.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {text}")
    assert not problems, "mark these with boxoffice.words.translate:\n" + "\n".join(problems)


def test_the_check_catches_unmarked_words():
    tree = ast.parse(
        'sale.move(message=f"Paid {n}")\n'
        'Row(words="only partly paid", advice=translate("R", "Refund it."))\n'
        'x.update(message=note or "Sent.", email_note=None, label=x)\n'
        'message = f"Overpaid by {n}"\nself.title: str = "Sale"\nname = "Ada"\n'
    )
    assert [text for _line, text in _unmarked(tree)] == [
        "f'Paid {n}'",
        "'only partly paid'",
        "note or 'Sent.'",
        "f'Overpaid by {n}'",
        "'Sale'",
    ]


# -- amounts among words -----------------------------------------------------------------------


def test_an_amount_among_words_is_written_as_the_window_writes_money():
    from decimal import Decimal

    from boxoffice.domain.money import amount_words
    from boxoffice.words import Amount

    paid = amount_words(Decimal("26.5"), "GBP")
    words = translate("Sale", "Only {paid} of {total} was paid.").format(
        paid=paid, total=amount_words(Decimal("53"), "GBP")
    )
    assert words == "Only £26.50 of £53.00 was paid."

    def german_money(amount: Decimal, currency: str) -> str:
        return f"{amount:.2f}".replace(".", ",") + " £"

    assert say(words, german, money=german_money) == "Nur 26,50 £ von 53,00 £ wurde bezahlt."
    assert say(words, german) == "Nur £26.50 von £53.00 wurde bezahlt."  # no writer: English
    # The journal keeps the figures, not only the English.
    again = Words.from_json(json.loads(json.dumps(words.to_json())))
    assert again is not None
    assert say(again, german, money=german_money) == say(words, german, money=german_money)
    assert isinstance(dict(again.values)["paid"], Amount)
    for damaged in (
        {"text": "£1", "amount": "x", "currency": "GBP"},
        {"text": "£1", "amount": "NaN", "currency": "GBP"},
        {"text": "£1", "amount": "1", "currency": 5},
    ):
        data = words.to_json()
        data["values"]["paid"] = damaged
        assert Words.from_json(data) is None, damaged
    twin = pickle.loads(pickle.dumps(paid))
    assert (twin, twin.amount, twin.currency) == (paid, paid.amount, paid.currency)
