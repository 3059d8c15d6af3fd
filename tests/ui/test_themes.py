"""The high-contrast theme and the larger-text option (issue 10, "Accessible")."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from boxoffice.app.settings.till import Settings
from boxoffice.ui import resources
from boxoffice.ui.resources import (
    BASE_POINT_SIZE,
    LARGE_TEXT_FACTOR,
    apply_style,
    resource_path,
    scale_font_sizes,
    style_sheet,
    widget_sheet,
)

#: Properties whose value is (or holds) a colour a person sees.
_COLOUR_PROPERTIES = (
    "color",
    "background",
    "background-color",
    "border",
    "border-color",
    "border-top",
    "border-bottom",
    "selection-background-color",
    "selection-color",
    "gridline-color",
)
_HEX = re.compile(r"#[0-9a-fA-F]{6}\b")


@pytest.fixture
def styled(qapp):
    """Yields the application; whatever a test applies, the normal look comes back after."""
    try:
        yield qapp
    finally:
        apply_style(qapp)


# -- the WCAG arithmetic ------------------------------------------------------------------------


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of `#rrggbb`."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)


def contrast(first: str, second: str) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_wcag_formula_gives_the_known_ratios():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


# -- reading the sheets -------------------------------------------------------------------------


def rules(sheet: str) -> list[tuple[list[str], dict[str, str]]]:
    """(selectors, declarations) of each rule of a style sheet, comments dropped."""
    sheet = re.sub(r"/\*.*?\*/", "", sheet, flags=re.DOTALL)
    found = []
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", sheet):
        declarations = {}
        for part in body.split(";"):
            if ":" in part:
                name, value = part.split(":", 1)
                declarations[name.strip()] = value.strip()
        found.append(([s.strip() for s in selectors.split(",")], declarations))
    return found


def high_contrast_rules():
    return rules(resource_path("high_contrast.qss").read_text(encoding="utf-8"))


def test_the_high_contrast_sheet_uses_only_black_white_yellow_and_a_disabled_grey():
    allowed = {resources.BLACK, resources.WHITE, resources.YELLOW, resources.GREY}
    text = resource_path("high_contrast.qss").read_text(encoding="utf-8")
    assert {colour.lower() for colour in _HEX.findall(text)} <= allowed


def test_every_text_colour_of_the_high_contrast_sheet_reaches_7_to_1():
    checked = 0
    for selectors, declarations in high_contrast_rules():
        pairs = []
        text = declarations.get("color")
        background = declarations.get("background")
        if text and background:
            pairs.append((text, background))
        elif text:
            # Without its own background the words sit on the black window, or (black words)
            # on a white or yellow panel.
            grounds = ("#ffffff", "#ffff00") if text == "#000000" else ("#000000",)
            pairs += [(text, ground) for ground in grounds]
        if "selection-color" in declarations:
            pairs.append(
                (declarations["selection-color"], declarations["selection-background-color"])
            )
        for foreground, ground in pairs:
            checked += 1
            ratio = contrast(foreground, ground)
            assert ratio >= 7, f"{selectors}: {foreground} on {ground} is only {ratio:.1f}:1"
    assert checked > 40


def test_the_high_contrast_palette_pairs_reach_7_to_1():
    palette = resources.high_contrast_palette()
    role = QPalette.ColorRole
    for text, ground in (
        (role.WindowText, role.Window),
        (role.Text, role.Base),
        (role.ButtonText, role.Button),
        (role.ToolTipText, role.ToolTipBase),
        (role.HighlightedText, role.Highlight),
        (role.Link, role.Base),
        (role.PlaceholderText, role.Base),
    ):
        ratio = contrast(palette.color(text).name(), palette.color(ground).name())
        assert ratio >= 7, f"{text} on {ground}: {ratio:.1f}:1"
    disabled = palette.color(QPalette.ColorGroup.Disabled, role.Text).name()
    assert contrast(disabled, palette.color(role.Base).name()) >= 7


def test_every_coloured_rule_of_the_normal_sheet_is_recoloured_for_high_contrast():
    """A selector of style.qss that paints a colour, with no rule of the same selector in
    high_contrast.qss, would show its normal colour in the high-contrast theme."""
    recoloured = {selector for selectors, _ in high_contrast_rules() for selector in selectors}
    missing = []
    for selectors, declarations in rules(resource_path("style.qss").read_text(encoding="utf-8")):
        paints = any(
            _HEX.search(value) for name, value in declarations.items() if name in _COLOUR_PROPERTIES
        )
        if paints:
            missing += [s for s in selectors if s not in recoloured]
    assert not missing, f"no high-contrast colours for {missing}"


def test_the_focus_ring_is_3px_on_every_kind_of_focusable_control():
    focused = {
        selector.removesuffix(":focus"): declarations
        for selectors, declarations in high_contrast_rules()
        for selector in selectors
        if selector.endswith(":focus")
    }
    for control in (
        "QPushButton",
        "QLineEdit",
        "QSpinBox",
        "QDoubleSpinBox",
        "QComboBox",
        "QCheckBox",
        "QRadioButton",
        "QListView",
        "QListWidget",
        "QTableView",
        "QTextBrowser",
        "QTabBar::tab",
        'QPushButton[role="card"]',
        'QPushButton[role="primary"]',
    ):
        assert control in focused, f"{control} has no focus ring"
        assert focused[control]["border"].startswith("3px solid"), control


def test_high_contrast_is_laid_over_the_normal_sheet():
    normal = style_sheet()
    themed = style_sheet(high_contrast=True)
    assert themed.startswith(normal)
    assert "@resources@" not in themed
    # Its own light arrows and dark tick, as the normal ones vanish on black.
    for image in ("arrow-down-light.svg", "arrow-up-light.svg", "check-dark.svg"):
        assert image in themed
        assert resource_path(image).is_file()


# -- large text --------------------------------------------------------------------------------


def test_scaling_rewrites_every_point_size_and_nothing_else():
    sheet = "QLabel { font-size: 10pt; min-height: 40px; }\nQPushButton{font-size:15pt}"
    assert scale_font_sizes(sheet, 1.3) == (
        "QLabel { font-size: 13pt; min-height: 40px; }\nQPushButton{font-size:19.5pt}"
    )
    assert scale_font_sizes(sheet, 1) == sheet


def test_large_text_scales_every_size_of_both_sheets():
    for high_contrast in (False, True):
        normal = re.findall(r"font-size:\s*([\d.]+)pt", style_sheet(high_contrast=high_contrast))
        large = re.findall(
            r"font-size:\s*([\d.]+)pt", style_sheet(high_contrast=high_contrast, large_text=True)
        )
        assert normal and len(normal) == len(large)
        for before, after in zip(normal, large, strict=True):
            assert float(after) == pytest.approx(float(before) * LARGE_TEXT_FACTOR, abs=0.05)


def test_a_widgets_own_sheet_is_scaled_as_the_applications(styled):
    sheet = "QPushButton { font-size: 20pt; }"
    apply_style(styled)
    assert widget_sheet(sheet) == sheet
    apply_style(styled, large_text=True)
    assert widget_sheet(sheet) == "QPushButton { font-size: 26pt; }"


def polished_label(qtbot, role: str) -> QLabel:
    label = QLabel("Summer Chamber Night")
    label.setProperty("role", role)
    qtbot.addWidget(label)
    label.ensurePolished()
    return label


def test_large_text_makes_a_title_and_plain_text_bigger(qtbot, styled):
    apply_style(styled)
    title = polished_label(qtbot, "title").font().pointSizeF()
    plain = polished_label(qtbot, "hint").font().pointSizeF()
    assert plain == pytest.approx(BASE_POINT_SIZE)
    apply_style(styled, large_text=True)
    assert polished_label(qtbot, "title").font().pointSizeF() == pytest.approx(title * 1.3, abs=0.1)
    assert polished_label(qtbot, "hint").font().pointSizeF() == pytest.approx(plain * 1.3)


def test_applying_twice_does_not_scale_twice(qtbot, styled):
    apply_style(styled, high_contrast=True, large_text=True)
    sheet, size = styled.styleSheet(), styled.font().pointSizeF()
    title = polished_label(qtbot, "title").font().pointSizeF()
    apply_style(styled, high_contrast=True, large_text=True)
    assert styled.styleSheet() == sheet
    assert styled.font().pointSizeF() == size
    assert polished_label(qtbot, "title").font().pointSizeF() == title


def test_the_normal_style_comes_back(qtbot, styled):
    apply_style(styled)
    normal_sheet = styled.styleSheet()
    normal_window = styled.palette().color(QPalette.ColorRole.Window)
    apply_style(styled, high_contrast=True, large_text=True)
    assert styled.palette().color(QPalette.ColorRole.Window) == QColor("#000000")
    apply_style(styled)
    assert styled.styleSheet() == normal_sheet
    assert styled.font().pointSizeF() == BASE_POINT_SIZE
    assert styled.palette().color(QPalette.ColorRole.Window) == normal_window


# -- what a widget gets ------------------------------------------------------------------------


def test_high_contrast_paints_words_and_buttons_black_white_and_yellow(qtbot, styled):
    apply_style(styled, high_contrast=True)
    panel = QWidget()
    layout = QVBoxLayout(panel)
    hint = QLabel("Pay with Lightning")
    hint.setProperty("role", "hint")
    error = QLabel("The payment failed")
    error.setProperty("tone", "error")
    primary = QPushButton("Checkout")
    primary.setProperty("role", "primary")
    field = QLineEdit()
    for widget in (hint, error, primary, field):
        layout.addWidget(widget)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    role = QPalette.ColorRole
    assert hint.palette().color(role.WindowText) == QColor("#ffffff")
    assert error.palette().color(role.WindowText) == QColor("#ffff00")
    assert error.font().bold()  # a tone is told by weight and words too, not colour alone
    assert primary.palette().color(role.ButtonText) == QColor("#000000")
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    grab = field.grab().toImage()
    # The 3 px ring: yellow at the field's edge while it has the focus.
    assert grab.pixelColor(1, grab.height() // 2) == QColor("#ffff00")


# -- the settings -------------------------------------------------------------------------------


def test_the_settings_are_off_by_default(tmp_path):
    settings = Settings.load(tmp_path / "settings.json", environ={})
    assert settings.high_contrast is False
    assert settings.large_text is False
    declaration = Settings.declaration("high_contrast")
    assert declaration.group == Settings.declaration("language").group


def test_the_settings_come_from_the_environment(tmp_path):
    settings = Settings.load(
        tmp_path / "settings.json",
        environ={"BOXOFFICE_HIGH_CONTRAST": "true", "BOXOFFICE_LARGE_TEXT": "yes"},
    )
    assert settings.high_contrast is True
    assert settings.large_text is True


def test_the_settings_are_kept_in_the_file(tmp_path):
    path = tmp_path / "settings.json"
    settings = Settings.load(path, environ={})
    settings.high_contrast = True
    settings.save()
    again = Settings.load(path, environ={})
    assert again.high_contrast is True
    assert again.large_text is False
