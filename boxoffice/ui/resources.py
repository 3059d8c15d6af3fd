"""The one way to reach files in `resources/` (style sheets, images), and the look they give.

`apply_style` layers the optional high-contrast sheet over the normal one and, for large text,
scales every `font-size: NNpt` of both (and the base font) when the text is loaded, so one
sheet serves both sizes. What a style sheet cannot reach (a list's cards painted by a
delegate, colours inside rich text) takes its colours from `painted_colours()`, the one
table of such colours per theme.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

#: Installed from a wheel, resources/ is the data package `boxoffice.resources` (pyproject.toml);
#: in a checkout it sits at the top of the project.
_CANDIDATES = (
    Path(__file__).resolve().parents[1] / "resources",
    Path(__file__).resolve().parents[2] / "resources",
)

#: Base text size (points): readable at arm's length on a door laptop or a 10" tablet.
BASE_POINT_SIZE = 13

#: How much "Larger text" enlarges every size: 30 %, a clear step without breaking layouts.
LARGE_TEXT_FACTOR = 1.3

#: The normal sheet, and the one laid over it for high contrast (it only recolours and
#: thickens outlines; sizes stay the normal sheet's).
NORMAL_SHEET = "style.qss"
HIGH_CONTRAST_SHEET = "high_contrast.qss"

#: The high-contrast colours: text on its background reaches at least 7:1 (WCAG AAA);
#: tests/ui/test_themes.py checks them and every pair in the sheet.
BLACK = "#000000"
WHITE = "#ffffff"
YELLOW = "#ffff00"
#: Disabled text: still 9.7:1 on black, and disabled controls get a dashed edge as well.
GREY = "#b0b0b0"

#: The application property `apply_style` leaves the text scale in, for `widget_sheet`.
TEXT_SCALE_PROPERTY = "boxofficeTextScale"
#: The application property `apply_style` leaves True in while high contrast is on.
HIGH_CONTRAST_PROPERTY = "boxofficeHighContrast"


@dataclass(frozen=True)
class Pill:
    """A rounded state label painted by a delegate: its ground, its words, its outline."""

    ground: str
    words: str
    #: None: no outline.
    edge: str | None = None


@dataclass(frozen=True)
class PaintedColours:
    """The colours of what widgets paint themselves, for one theme (`#rrggbb`).

    Cards and cells: `ground` under `words` and the quieter `detail`, outlined by `edge`;
    `hover_ground` under the pointer; `selected_*` for the chosen row. `pills` and `marks`
    by tone (success, info, warning, error, or "" for none): a pill on its card, and a mark's
    words on the window (a test result's ✓ ! ✗), as the style sheets colour toned labels.
    """

    ground: str
    edge: str
    words: str
    detail: str
    hover_ground: str
    selected_ground: str
    selected_edge: str
    selected_words: str
    pills: Mapping[str, Pill] = field(default_factory=dict)
    marks: Mapping[str, str] = field(default_factory=dict)

    def pill(self, tone: str) -> Pill:
        return self.pills.get(tone, self.pills[""])

    def mark(self, tone: str) -> str:
        return self.marks.get(tone, self.marks[""])


#: The normal theme: the style sheet's toned colours (style.qss), on white cards.
NORMAL_COLOURS = PaintedColours(
    ground="#ffffff",
    edge="#d7d7d2",
    words="#1b1b1b",
    detail="#3d3d3d",
    hover_ground="#eef4fc",
    selected_ground="#e8f0fb",
    selected_edge="#0b4f9c",
    selected_words="#1b1b1b",
    pills={
        "success": Pill("#e3f4e6", "#17692f"),
        "warning": Pill("#fff3cd", "#6b4500"),
        "error": Pill("#fbe4e2", "#b3261e"),
        "info": Pill("#e8f0fb", "#0b4f9c"),
        "": Pill("#ececea", "#3d3d3d"),
    },
    marks={
        "success": "#17692f",
        "warning": "#7a4f00",
        "error": "#b3261e",
        "info": "#0b4f9c",
        "": "#1b1b1b",
    },
)

#: High contrast, as high_contrast.qss: white on black, the chosen row yellow with black words,
#: the serious tones yellow (a black edge keeps a yellow pill apart from a yellow row).
HIGH_CONTRAST_COLOURS = PaintedColours(
    ground=BLACK,
    edge=WHITE,
    words=WHITE,
    detail=WHITE,
    hover_ground=BLACK,
    selected_ground=YELLOW,
    selected_edge=YELLOW,
    selected_words=BLACK,
    pills={
        "success": Pill(BLACK, WHITE, WHITE),
        "warning": Pill(YELLOW, BLACK, BLACK),
        "error": Pill(YELLOW, BLACK, BLACK),
        "info": Pill(BLACK, WHITE, WHITE),
        "": Pill(BLACK, WHITE, WHITE),
    },
    marks={"success": WHITE, "warning": YELLOW, "error": YELLOW, "info": WHITE, "": WHITE},
)


def high_contrast_on() -> bool:
    """Whether the application's look is the high-contrast one (`apply_style` says so)."""
    app = QApplication.instance()
    return bool(app is not None and app.property(HIGH_CONTRAST_PROPERTY))


def painted_colours() -> PaintedColours:
    """The colours for what a widget paints itself, in the application's theme now.

    Read at paint time: `apply_style` restyles every widget, so each repaints in the new one.
    """
    return HIGH_CONTRAST_COLOURS if high_contrast_on() else NORMAL_COLOURS


_POINT_SIZE = re.compile(r"(font-size\s*:\s*)(\d+(?:\.\d+)?)(\s*)pt\b")


def resource_path(name: str) -> Path:
    """The path of a resource file; FileNotFoundError names the file when it is missing."""
    for directory in _CANDIDATES:
        candidate = directory / name
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"resource {name!r} is missing")


def scale_font_sizes(sheet: str, factor: float) -> str:
    """`sheet` with every `font-size: NNpt` multiplied by `factor` (one decimal, Qt reads it).

    Pure text in, text out, so a widget that sets its own sheet can scale it the same way.
    """
    if factor == 1:
        return sheet

    def scaled(match: re.Match[str]) -> str:
        size = round(float(match.group(2)) * factor, 1)
        number = f"{size:g}"
        return f"{match.group(1)}{number}{match.group(3)}pt"

    return _POINT_SIZE.sub(scaled, sheet)


def widget_sheet(sheet: str) -> str:
    """A widget's own style sheet scaled as the application's is (large text or not).

    A sheet set on a widget is not rewritten by `apply_style`; a widget that sets one with
    point sizes passes it through here so "Larger text" reaches it too.
    """
    app = QApplication.instance()
    factor = app.property(TEXT_SCALE_PROPERTY) if app is not None else None
    return scale_font_sizes(sheet, float(factor) if factor else 1)


def _read_sheet(name: str) -> str:
    try:
        path = resource_path(name)
    except FileNotFoundError:
        return ""
    return path.read_text(encoding="utf-8").replace("@resources@", path.parent.as_posix())


def style_sheet(*, high_contrast: bool = False, large_text: bool = False) -> str:
    """The application's style sheet (empty when the file is missing: Qt's look still works).

    `@resources@` in a file stands for the resources folder, so images are found wherever
    the program is started from. High contrast appends its sheet after the normal one: a rule
    there beats the normal rule with the same selector, and keeps every size and margin.
    Always built from the files, so asking twice never scales twice.
    """
    sheet = _read_sheet(NORMAL_SHEET)
    if high_contrast:
        sheet = f"{sheet}\n{_read_sheet(HIGH_CONTRAST_SHEET)}"
    return scale_font_sizes(sheet, LARGE_TEXT_FACTOR if large_text else 1)


def base_point_size(*, large_text: bool = False) -> float:
    """The application font's size in points, with or without large text."""
    return BASE_POINT_SIZE * (LARGE_TEXT_FACTOR if large_text else 1)


def high_contrast_palette() -> QPalette:
    """Black, white and yellow for what Fusion paints itself (tick boxes, popups, selections,
    links), where the style sheet does not reach."""
    palette = QPalette()
    black, white, yellow, grey = QColor(BLACK), QColor(WHITE), QColor(YELLOW), QColor(GREY)
    role = QPalette.ColorRole
    for which, colour in (
        (role.Window, black),
        (role.WindowText, white),
        (role.Base, black),
        (role.AlternateBase, black),
        (role.Text, white),
        (role.PlaceholderText, grey),
        (role.Button, black),
        (role.ButtonText, white),
        (role.BrightText, yellow),
        (role.ToolTipBase, black),
        (role.ToolTipText, white),
        (role.Highlight, yellow),
        (role.HighlightedText, black),
        (role.Link, yellow),
        (role.LinkVisited, yellow),
        (role.Light, white),
        (role.Midlight, white),
        (role.Mid, grey),
        (role.Dark, white),
        (role.Shadow, white),
    ):
        palette.setColor(which, colour)
    disabled = QPalette.ColorGroup.Disabled
    for which in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, which, grey)
    return palette


def apply_style(
    app: QApplication, *, high_contrast: bool = False, large_text: bool = False
) -> None:
    """Fusion style (same look on every OS), the base font size and the style sheet(s).

    Idempotent: each call starts again from `BASE_POINT_SIZE` and the files, so it can be
    called again when the settings change, and `apply_style(app)` restores the normal look.
    """
    app.setStyle("Fusion")
    style = app.style()
    app.setPalette(high_contrast_palette() if high_contrast else style.standardPalette())
    font = QFont(app.font())
    font.setPointSizeF(base_point_size(large_text=large_text))
    app.setFont(font)
    app.setProperty(TEXT_SCALE_PROPERTY, LARGE_TEXT_FACTOR if large_text else 1.0)
    app.setProperty(HIGH_CONTRAST_PROPERTY, high_contrast)
    app.setStyleSheet(style_sheet(high_contrast=high_contrast, large_text=large_text))
