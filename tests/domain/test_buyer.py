"""Buyer e-mail and name checks, and the name Ticket Tailor gets."""

from __future__ import annotations

import pytest

from boxoffice.domain.buyer import DEFAULT_PLACEHOLDER, ticket_name, validate_email, validate_name


@pytest.mark.parametrize(
    "address",
    [
        "ana@example.com",
        "  ana@example.com ",
        "first.last+tickets@sub.example.co.uk",
        "josé@exämple.de",
        "用户@例子.广告",
        "o'brien@example.ie",
        "x@xn--bcher-kva.example",
    ],
)
def test_valid_addresses(address):
    assert validate_email(address) is None


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("", "enter an e-mail address"),
        ("   ", "enter an e-mail address"),
        ("ana.example.com", "add an @ and a domain"),
        ("ana@", "add a domain after the @"),
        ("@example.com", "add the name before the @"),
        ("ana@example", "the domain needs a dot, like example.com"),
        ("ana@@example.com", "use only one @"),
        ("ana @example.com", "remove the spaces"),
        ("ana@exa_mple.com", "the domain after the @ is not valid"),
        ("ana@-example.com", "the domain after the @ is not valid"),
        ("ana@example.c", "the domain ending is not valid"),
        ("ana..b@example.com", "the part before the @ has a character that is not allowed"),
        ("a<b@example.com", "the part before the @ has a character that is not allowed"),
    ],
)
def test_invalid_addresses_say_why(address, reason):
    assert validate_email(address) == reason


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (None, "Satoshi Nakamoto"),
        ("", "Satoshi Nakamoto"),
        ("   ", "Satoshi Nakamoto"),
        ("Ana", "Ana Nakamoto"),
        ("  Ana   María  López ", "Ana María López"),
        ("Zoë", "Zoë Nakamoto"),
        ("Jean-Luc Picard", "Jean-Luc Picard"),
        ("Jean-Luc", "Jean-Luc Nakamoto"),
        ("Σωκράτης Παπαδόπουλος", "Σωκράτης Παπαδόπουλος"),
        ("Иван Петров", "Иван Петров"),
        ("山田 太郎", "山田 太郎"),
        ("Siobhán O'Brien", "Siobhán O'Brien"),
    ],
)
def test_ticket_name_placeholder_rules(typed, expected):
    assert ticket_name(typed, DEFAULT_PLACEHOLDER) == expected


def test_ticket_name_uses_the_configured_placeholder():
    assert ticket_name("", "Door Guest") == "Door Guest"
    assert ticket_name("Ana", "Door Guest") == "Ana Guest"
    assert ticket_name("Ana", "  ") == "Ana Nakamoto"


def test_ticket_name_composes_accents():
    decomposed = "Jose\u0301 Garci\u0301a"
    assert ticket_name(decomposed, DEFAULT_PLACEHOLDER) == "José García"


@pytest.mark.parametrize(
    "name", ["Ana María", "Zoë", "Jean-Luc Picard", "Иван", "山田太郎", "D'Arcy", "John Smith 3rd"]
)
def test_valid_names(name):
    assert validate_name(name) is None


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("12345", "a name needs letters"),
        ("!!!", "a name needs letters"),
        ("Ana\x00", "the name has a character that is not allowed"),
        ("<script>", "the name has a character that is not allowed"),
        ("x" * 101, "use at most 100 characters"),
    ],
)
def test_invalid_names(name, reason):
    assert validate_name(name) == reason
