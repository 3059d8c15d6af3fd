"""The one way to reach files in `resources/` (style sheet, images)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

#: Installed from a wheel, resources/ is the data package `boxoffice.resources` (pyproject.toml);
#: in a checkout it sits at the top of the project.
_CANDIDATES = (
    Path(__file__).resolve().parents[1] / "resources",
    Path(__file__).resolve().parents[2] / "resources",
)

#: Base text size (points): readable at arm's length on a door laptop or a 10" tablet.
BASE_POINT_SIZE = 13


def resource_path(name: str) -> Path:
    """The path of a resource file; FileNotFoundError names the file when it is missing."""
    for directory in _CANDIDATES:
        candidate = directory / name
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"resource {name!r} is missing")


def style_sheet() -> str:
    """The application's style sheet (empty when the file is missing: Qt's look still works).

    `@resources@` in the file stands for the resources folder, so images are found wherever
    the program is started from.
    """
    try:
        path = resource_path("style.qss")
    except FileNotFoundError:
        return ""
    return path.read_text(encoding="utf-8").replace("@resources@", path.parent.as_posix())


def apply_style(app: QApplication) -> None:
    """Fusion style (same look on every OS), the base font size and the style sheet."""
    app.setStyle("Fusion")
    font = QFont(app.font())
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(style_sheet())
