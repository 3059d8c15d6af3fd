"""The layers keep their order: every import of Box Office read from the source (ast).

From the bottom: `services` and `sim` (leaves: they stand for and talk to the outside world),
`domain` (values and rules), `engine` (the sale process), `app` (composition and configuration),
the two faces `commands` and `ui`, and `cli` on top. A module imports from its own package and
from the layers below it, never from above or from a sibling face. Qt (PySide6, qasync) lives
only in `ui`. `domain` does no I/O and reads only the models and errors of `services`. No two
modules import each other, even indirectly, even under `TYPE_CHECKING` or inside a function:
a type checker and a reader follow those imports too.

Each rule is checked on the real tree and, so that it can be seen to fail, on a small invented
tree that breaks it.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from pathlib import Path

import boxoffice

ROOT = Path(boxoffice.__file__).parent

#: Rank of each layer: a module may import a lower rank, or its own layer. Equal ranks of
#: different layers (the two leaves, the two faces) may not import each other.
RANKS: dict[str, int] = {
    "currencies": -1,  # ISO 4217 data shared by the till and the simulator (see its docstring)
    "words": -1,  # words for people, translated where shown (see its docstring)
    "services": 0,
    "sim": 0,
    "domain": 1,
    "engine": 2,
    "app": 3,
    "commands": 4,
    "ui": 4,
    "cli": 5,
    "__main__": 6,
}
#: Layers that may not reach the simulator: the engine talks to it only through a swapped
#: transport, never by importing it.
NO_SIM = {"services", "domain", "engine"}
QT = ("PySide6", "qasync", "shiboken6")
#: What `domain` may not import: it holds values and rules, no I/O and no event loop.
NOT_IN_DOMAIN = ("asyncio", "httpx", "sqlite3", "socket", "subprocess", "threading", "keyring")


def layer_of(module: str) -> str:
    """`boxoffice.engine.journal` -> `engine`; the package itself counts as the bottom."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "currencies"


def read_imports(root: Path) -> dict[str, set[str]]:
    """Every module under `root` (a package named `root.name`) and the modules it imports.

    `from package import name` imports the module `package.name` when there is one, else
    `package` itself; outside modules are kept by their full dotted name.
    """
    paths = {}
    for path in sorted(root.rglob("*.py")):
        parts = [root.name, *path.relative_to(root).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        paths[".".join(parts)] = path
    found: dict[str, set[str]] = {}
    for module, path in paths.items():
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                assert node.level == 0, f"{module}: relative import (use absolute ones)"
                assert node.module
                for alias in node.names:
                    submodule = f"{node.module}.{alias.name}"
                    names.add(submodule if submodule in paths else node.module)
        found[module] = names
    return found


def layer_breaches(imports: Mapping[str, set[str]]) -> list[str]:
    """Each import that goes up, sideways between layers, or into a forbidden library."""
    breaches = []
    for module, names in imports.items():
        layer = layer_of(module)
        for name in sorted(names):
            top = name.split(".")[0]
            if top in QT and layer != "ui":
                breaches.append(f"{module} imports {name}: Qt belongs in ui/")
            if layer == "domain" and top in NOT_IN_DOMAIN:
                breaches.append(f"{module} imports {name}: the domain does no I/O")
            if top != "boxoffice" or name == "boxoffice":
                continue
            target = layer_of(name)
            if target == layer:
                continue
            if target == "sim" and layer in NO_SIM:
                breaches.append(f"{module} imports {name}: only app and the faces use the sim")
            elif RANKS[target] >= RANKS[layer]:
                breaches.append(f"{module} imports {name}: {target} is not below {layer}")
            elif layer == "domain" and target == "services" and not _model_or_error(name):
                breaches.append(f"{module} imports {name}: domain reads services' models only")
    return breaches


def _model_or_error(name: str) -> bool:
    parts = name.split(".")
    return parts[2:3] == ["errors"] or (len(parts) >= 4 and parts[3] == "models")


def cycles(graph: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in graph.get(node, ()):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def modules_of(imports: Mapping[str, set[str]]) -> dict[str, set[str]]:
    """The import graph between Box Office modules (a package counts as its `__init__`)."""
    return {m: {n for n in names if n in imports and n != m} for m, names in imports.items()}


def test_the_tree_is_read_whole():
    imports = read_imports(ROOT)
    assert {"boxoffice.engine.sale_engine", "boxoffice.ui.app", "boxoffice.cli"} <= set(imports)
    assert any("boxoffice.domain.sale" in names for names in imports.values())


def test_no_import_goes_up_or_sideways():
    assert layer_breaches(read_imports(ROOT)) == []


def test_no_modules_import_each_other():
    assert cycles(modules_of(read_imports(ROOT))) == []


def test_every_module_belongs_to_a_layer():
    assert {layer_of(m) for m in read_imports(ROOT)} <= set(RANKS)


# -- the rules fail when they should -----------------------------------------------------------


def test_an_upward_import_is_found():
    invented = {
        "boxoffice.domain.sale": {"boxoffice.engine.journal"},
        "boxoffice.engine.journal": {"boxoffice.domain.sale"},
    }
    assert layer_breaches(invented) == [
        "boxoffice.domain.sale imports boxoffice.engine.journal: engine is not below domain"
    ]


def test_a_face_importing_the_other_face_is_found():
    invented = {
        "boxoffice.ui.check": {"boxoffice.commands.doctor"},
        "boxoffice.commands.doctor": set(),
    }
    assert layer_breaches(invented) == [
        "boxoffice.ui.check imports boxoffice.commands.doctor: commands is not below ui"
    ]


def test_qt_outside_the_window_and_io_in_the_domain_are_found():
    invented = {
        "boxoffice.app.runtime": {"PySide6.QtCore"},
        "boxoffice.engine.sale_engine": {"qasync"},
        "boxoffice.domain.money": {"asyncio", "decimal"},
        "boxoffice.ui.app": {"PySide6.QtWidgets", "qasync"},
    }
    assert layer_breaches(invented) == [
        "boxoffice.app.runtime imports PySide6.QtCore: Qt belongs in ui/",
        "boxoffice.engine.sale_engine imports qasync: Qt belongs in ui/",
        "boxoffice.domain.money imports asyncio: the domain does no I/O",
    ]


def test_the_engine_reaching_the_simulator_or_the_domain_a_client_is_found():
    invented = {
        "boxoffice.engine.sale_engine": {"boxoffice.sim.simulator"},
        "boxoffice.domain.catalogue": {
            "boxoffice.services.tickettailor.client",
            "boxoffice.services.tickettailor.models",
            "boxoffice.services.errors",
        },
        "boxoffice.app.runtime": {"boxoffice.sim.simulator"},
    }
    assert layer_breaches(invented) == [
        "boxoffice.engine.sale_engine imports boxoffice.sim.simulator: only app and the faces use "
        "the sim",
        "boxoffice.domain.catalogue imports boxoffice.services.tickettailor.client: domain reads "
        "services' models only",
    ]


def test_a_cycle_is_found_even_through_a_third_module():
    invented = {
        "boxoffice.engine.a": {"boxoffice.engine.b"},
        "boxoffice.engine.b": {"boxoffice.engine.c"},
        "boxoffice.engine.c": {"boxoffice.engine.a"},
        "boxoffice.engine.d": {"boxoffice.engine.a"},
    }
    assert cycles(modules_of(invented)) == [
        ["boxoffice.engine.a", "boxoffice.engine.b", "boxoffice.engine.c"]
    ]


def test_the_tree_is_read_with_imports_under_type_checking_and_in_functions(tmp_path):
    package = tmp_path / "boxoffice"
    (package / "engine").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "engine" / "__init__.py").write_text("")
    (package / "engine" / "a.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from boxoffice.engine.b import B\n"
    )
    (package / "engine" / "b.py").write_text("def f():\n    from boxoffice.engine import a\n")
    imports = read_imports(package)
    assert cycles(modules_of(imports)) == [["boxoffice.engine.a", "boxoffice.engine.b"]]
