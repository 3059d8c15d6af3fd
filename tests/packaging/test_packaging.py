"""The package list in pyproject.toml is written out by hand (resources/ is mapped into the
package), so a new subpackage must be added there or a wheel would silently lack it."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _declared() -> dict:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return pyproject["tool"]["setuptools"]


def test_every_subpackage_is_declared():
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "boxoffice").rglob("__init__.py")
    }
    declared = set(_declared()["packages"])
    assert on_disk - declared == set(), "add these to [tool.setuptools] packages"
    assert declared - on_disk == {"boxoffice.resources"}


def test_resources_are_shipped_as_package_data():
    setuptools = _declared()
    assert setuptools["package-dir"]["boxoffice.resources"] == "resources"
    patterns = setuptools["package-data"]["boxoffice.resources"]
    suffixes = {path.suffix for path in (ROOT / "resources").iterdir() if path.is_file()}
    assert suffixes, "resources/ is empty"
    for suffix in suffixes:
        assert f"*{suffix}" in patterns, f"resources/*{suffix} would not be installed"
