"""The window's words go through Qt's translator, and every language has all of them.

English is the source language: the other tests run with no translator and read English.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtWidgets import QPushButton

from boxoffice.ui import i18n
from boxoffice.ui.locale_format import day_words, money, stamp_words, time_words

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "boxoffice"
UI = PACKAGE / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
LANGUAGES = ("de", "fr", "es")


@pytest.fixture
def language(qapp):
    """Install a language for one test; always back to the source English afterwards."""
    yield lambda code: i18n.install_language(qapp, code)
    # pytest-qt has closed the test's widgets and asked for their deletion: do it now, so the
    # language change reaches no half-closed window.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    i18n.remove_language(qapp)


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _tool(name: str) -> str:
    path = BIN / name
    if not path.exists():
        pytest.skip(f"{name} is not installed")
    return str(path)


# -- the .ts and .qm are complete and current --------------------------------------------------


def test_every_language_has_every_string_of_the_source(tmp_path):
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), "-extensions", "py", "-locations", "none", str(PACKAGE),
         "-ts", str(fresh)],
        check=True, capture_output=True,
    )  # fmt: skip
    wanted = set(_messages(fresh))
    assert len(wanted) > 150, "lupdate found too few strings: is the scan broken?"
    for code in LANGUAGES:
        committed = _messages(TRANSLATIONS / f"boxoffice_{code}.ts")
        missing = sorted(wanted - set(committed))
        assert not missing, f"{code}: not in the .ts (run scripts/translations): {missing[:5]}"
        stale = sorted(set(committed) - wanted)
        assert not stale, f"{code}: strings the code no longer has: {stale[:5]}"
        for (context, source), message in committed.items():
            translation = message.find("translation")
            assert translation is not None
            assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), (
                f"{code}: {context}: {source!r} is not translated"
            )
            forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
            assert all(form and form.strip() for form in forms), f"{code}: {source!r} is empty"
            for placeholder in ("{", "%1", "%n"):
                if placeholder in source:
                    assert all(placeholder in (form or "") for form in forms), (
                        f"{code}: {source!r} lost its placeholder {placeholder}"
                    )


def test_the_committed_qm_are_built_from_the_committed_ts(tmp_path):
    for code in LANGUAGES:
        built = tmp_path / f"boxoffice_{code}.qm"
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(TRANSLATIONS / f"boxoffice_{code}.ts"),
             "-qm", str(built)],
            check=True, capture_output=True,
        )  # fmt: skip
        committed = TRANSLATIONS / f"boxoffice_{code}.qm"
        assert committed.read_bytes() == built.read_bytes(), f"{code}: run scripts/translations"


# -- no visible literal bypasses tr() ----------------------------------------------------------

#: Calls whose string arguments people read.
_TEXT_CALLS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setAccessibleName",
    "setAccessibleDescription", "setStatusTip", "setInformativeText", "setHorizontalHeaderLabels",
    "show_message", "show_notice", "show_error", "addItem", "addButton", "setDocName",
    "QPushButton", "QLabel", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMessageBox",
    "button", "label", "addTab", "insertTab", "setTabText",
}  # fmt: skip
_KEYWORDS = {"action", "text", "title", "hint"}
_LAST_ARGUMENT = {"addTab", "insertTab", "setTabText"}
#: Literals that are not words: symbols on keys, URL starts, the brand in a format string.
_ALLOWED = {"https://", "PDF", "BTC", ".com", "@"}
#: Folders others are editing this stop (their own strings are wrapped; checked next stop).
_NOT_YET: tuple[str, ...] = ()


def _visible_literals(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        values = [k.value for k in node.keywords if k.arg in _KEYWORDS]
        if name in _TEXT_CALLS and node.args:
            # The text is the first argument (a tab's or an item's label: the last one).
            values.append(node.args[-1] if name in _LAST_ARGUMENT else node.args[0])
        for value in values:
            found.extend(_bare_strings(value))
    return found


def _bare_strings(node: ast.AST) -> list[tuple[int, str]]:
    """Word-bearing literals in `node` that reach the screen as they are."""
    if isinstance(node, ast.Call | ast.Subscript):
        return []  # tr(...), translate(...), format(...) handle their own; row["name"] is a key
    if isinstance(node, ast.Constant):
        text = node.value
        if isinstance(text, str) and any(c.isalpha() for c in text):
            return [] if text.strip() in _ALLOWED else [(node.lineno, text)]
        return []
    found = []
    for child in ast.iter_child_nodes(node):
        found.extend(_bare_strings(child))
    return found


def _scanned_files() -> list[Path]:
    files = []
    for path in sorted(UI.rglob("*.py")):
        relative = path.relative_to(UI).as_posix()
        if not relative.startswith(_NOT_YET):
            files.append(path)
    return files


def test_no_visible_literal_bypasses_the_translator():
    problems = []
    for path in _scanned_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for line, text in _visible_literals(tree):
            problems.append(f"{path.relative_to(ROOT)}:{line}: {text!r}")
    assert not problems, "wrap these in tr()/translate():\n" + "\n".join(problems)


def test_the_check_catches_a_bare_literal():
    tree = ast.parse('button("Pay now", name="x")\nlabel(self.tr("Fine"))\nb.setText(f"{n} left")')
    assert [text for _line, text in _visible_literals(tree)] == ["Pay now", " left"]


# -- installing a language -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "new_sale", "settings"),
    [
        ("de", "Neuer Verkauf", "Einstellungen"),
        ("fr", "Nouvelle vente", "Réglages"),
        ("es", "Nueva venta", "Ajustes"),
    ],
)
def test_a_language_changes_the_words_of_the_window(qtbot, language, code, new_sale, settings):
    from boxoffice.ui.main_window import MainWindow

    assert language(code) == code
    assert i18n.current_language() == code
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.findChild(QPushButton, "topNewSaleButton").text() == new_sale
    assert window.findChild(QPushButton, "settingsButton").text() == settings


def test_german_reaches_a_real_screen_of_the_open_till(language, qtbot, loop, sim, till_settings,
                                                         tmp_path):  # fmt: skip
    from tests.ui.conftest import open_till

    language("de")
    window = open_till(qtbot, loop, sim, till_settings, tmp_path)
    try:
        assert window.findChild(QPushButton, "refreshButton").text() == "Aktualisieren"
        assert window.findChild(QPushButton, "cancelSaleButton").text() == "Verkauf abbrechen"
    finally:
        loop.run_until_complete(window.flow.aclose())


def test_an_unknown_language_falls_back_to_english(qtbot, language):
    from boxoffice.ui.main_window import MainWindow

    language("de")
    assert language("xx") == "en"
    assert i18n.current_language() == "en"
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.findChild(QPushButton, "topNewSaleButton").text() == "New sale"


def test_the_setting_chooses_the_language():
    assert i18n.language_for("de") == "de"
    assert i18n.language_for(" FR ") == "fr"
    assert i18n.language_for("xx") == "en"
    system = QLocale.system().name().split("_")[0]
    assert i18n.language_for("") == (system if system in i18n.LANGUAGES else "en")


def test_counts_pick_the_form_the_language_uses(language):
    one, other = "{count} ticket", "{count} tickets"
    assert i18n.count_words(1, one, other) == "1 ticket"
    assert i18n.count_words(0, one, other) == "0 tickets"
    language("fr")
    assert i18n.count_words(0, "{count} billet", "{count} billets") == "0 billet"
    assert i18n.count_words(2, "{count} billet", "{count} billets") == "2 billets"


# -- money, dates and times as each language writes them ---------------------------------------

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize(
    ("locale", "gbp", "eur", "jpy"),
    [
        ("en_GB", "£1,234.50", "-€3.05", "¥1,500"),
        ("de_DE", f"1.234,50{NBSP}£", f"-3,05{NBSP}€", f"1.500{NBSP}¥"),
        ("fr_FR", f"1{NNBSP}234,50{NBSP}£", f"-3,05{NBSP}€", f"1{NNBSP}500{NBSP}¥"),
        ("es_ES", f"1.234,50{NBSP}£", f"-3,05{NBSP}€", f"1.500{NBSP}¥"),
    ],
)
def test_money_in_each_language_keeps_every_digit(locale, gbp, eur, jpy):
    loc = QLocale(locale)
    assert money(Decimal("1234.5"), "GBP", loc) == gbp
    assert money(Decimal("-3.05"), "EUR", loc) == eur
    assert money(Decimal("1500"), "JPY", loc) == jpy
    # Digits a float would lose stay exact.
    assert "123456789012345" in money(Decimal("1234567890123456.78"), "GBP", loc).replace(
        loc.groupSeparator(), ""
    )


def test_english_money_matches_the_domain_words():
    from boxoffice.domain.money import format_money

    for amount, currency in (("25", "GBP"), ("-3.5", "EUR"), ("1500", "JPY"), ("4", "USD")):
        assert money(Decimal(amount), currency) == format_money(Decimal(amount), currency)


@pytest.mark.parametrize(
    ("locale", "day", "stamp"),
    [
        ("en_GB", "Fri 12 Jun 2026", "12 Jun 2026 19:30"),
        ("de_DE", "Fr. 12. Juni 2026", "12. Juni 2026 19:30"),
        ("fr_FR", "ven. 12 juin 2026", "12 juin 2026 19:30"),
        ("es_ES", "vie 12 jun 2026", "12 jun 2026 19:30"),
    ],
)
def test_dates_and_times_in_each_language(locale, day, stamp):
    loc = QLocale(locale)
    assert day_words(date(2026, 6, 12), loc) == day
    assert stamp_words(datetime(2026, 6, 12, 19, 30), loc) == stamp
    assert time_words(datetime(2026, 6, 12, 9, 5), loc) == "09:05"


def test_the_installed_language_formats_money(language):
    language("de")
    assert money(Decimal("25"), "EUR") == f"25,00{NBSP}€"


def test_the_translation_tools_are_where_the_script_expects_them():
    assert shutil.which(str(BIN / "pyside6-lupdate")) or not (BIN / "pyside6-lupdate").exists()
    assert (ROOT / "scripts" / "translations").stat().st_mode & 0o111


def test_event_dates_on_the_screens_follow_the_language(language):
    """An event's day is written in the window's language; the times stay as Ticket Tailor sends."""
    from types import SimpleNamespace

    from boxoffice.ui.formatting import event_when

    start = SimpleNamespace(date="2026-06-12", time="19:30", formatted=None)
    end = SimpleNamespace(date="2026-06-12", time="22:00", formatted=None)
    assert event_when(start, end) == "Fri 12 Jun 2026 · 19:30–22:00"
    language("de")
    german = event_when(start, end)
    assert german.startswith("Fr") and "Jun" in german and german.endswith("19:30–22:00")
    assert german != "Fri 12 Jun 2026 · 19:30–22:00"
    assert event_when(None) == "Datum wird noch bekannt gegeben"


def test_amounts_in_words_from_below_the_window_follow_the_language(language):
    from boxoffice.domain.money import amount_words
    from boxoffice.words import translate

    sentence = translate("SaleWords", "{paid} was paid.").format(
        paid=amount_words(Decimal("26.5"), "GBP")
    )
    assert i18n.say(sentence) == "£26.50 was paid."
    language("de")
    assert "26,50\u00a0£" in i18n.say(sentence)
