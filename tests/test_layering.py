"""Everything outside briefing/gui imports without Qt, and no module outside it imports itself through others."""

import ast
import graphlib
import pkgutil
import subprocess
import sys
from pathlib import Path

import briefing

PACKAGE_DIR = Path(briefing.__file__).parent

# `python -m briefing` runs the command line when imported; it imports briefing.cli, which is checked.
NON_GUI_MODULES = sorted(
    info.name for info in pkgutil.walk_packages(briefing.__path__, "briefing.")
    if not info.name.startswith("briefing.gui") and info.name != "briefing.__main__")

_PROBE = """
import importlib, sys
class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6.") or name == "shiboken6":
            raise ImportError(f"{name} imported outside briefing.gui")
sys.meta_path.insert(0, BlockQt())
for module in sys.argv[1:]:
    importlib.import_module(module)
print("ok")
"""


def test_every_module_outside_the_gui_is_checked():
    assert {"briefing.cli", "briefing.store.documents", "briefing.extract.reader", "briefing.pdf.note",
            "briefing.pdf.dossier", "briefing.exchange.importing", "briefing.document"} <= set(NON_GUI_MODULES)


def test_core_packages_import_without_qt():
    result = subprocess.run([sys.executable, "-c", _PROBE, *NON_GUI_MODULES], capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.stdout.strip() == "ok", result.stderr


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def _imports(path: Path, modules: set[str], with_type_checking: bool) -> set[str]:
    """The modules of `modules` this file imports, at the top or inside functions.

    `from package import name` counts as importing package.name when that is a module, else the package.
    """
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if _is_type_checking(node) and not with_type_checking:
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([node.module] if node.module else [])])
            found.update(f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                         for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return {module for module in found if module in modules and module != name}


def _import_graph(with_type_checking: bool, inside: str = "briefing") -> dict[str, set[str]]:
    files = {_module_name(path): path for path in PACKAGE_DIR.rglob("*.py")
             if not _module_name(path).startswith("briefing.gui")}
    files = {name: path for name, path in files.items() if name == inside or name.startswith(f"{inside}.")}
    return {name: _imports(path, set(files), with_type_checking) for name, path in files.items()}


def _circle(graph: dict[str, set[str]]) -> str:
    """'' when there is no circle, else one as 'a imports b imports … imports a'."""
    try:
        graphlib.TopologicalSorter(graph).prepare()
    except graphlib.CycleError as error:
        return " imports ".join(reversed(error.args[1]))  # each node of the cycle is imported by the next
    return ""


def test_no_module_outside_the_gui_imports_itself_through_others():
    graph = _import_graph(with_type_checking=False)
    assert "briefing.store.documents" in graph["briefing.store.store"]  # the walk sees imports
    assert _circle(graph) == ""


def test_no_store_module_needs_another_that_needs_it_even_for_type_hints():
    assert _circle(_import_graph(with_type_checking=True, inside="briefing.store")) == ""
