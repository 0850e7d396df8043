"""The plugin's rooms stay small and point one way: no module over 400 lines and no class over 300 lines in
plugin/, the planner controller (plugin/planner/) never reaches for the dock or the map tools, and each part of
the dock (plugin/dock/) talks to the planner rather than to the engine."""
import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = ROOT / "plugin"
MAX_MODULE_LINES, MAX_CLASS_LINES = 400, 300


def plugin_modules():
    return sorted(PLUGIN.rglob("*.py"))


def relative_imports(path):
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return [("." * node.level) + (node.module or "") for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.level]


@pytest.mark.parametrize("path", plugin_modules(), ids=lambda p: str(p.relative_to(PLUGIN)))
def test_plugin_modules_and_classes_stay_small(path):
    text = path.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= MAX_MODULE_LINES, f"{path.name} has over {MAX_MODULE_LINES} lines"
    big = [(node.name, node.end_lineno - node.lineno + 1) for node in ast.walk(ast.parse(text))
           if isinstance(node, ast.ClassDef) and node.end_lineno - node.lineno + 1 > MAX_CLASS_LINES]
    assert big == [], f"{path.name}: classes over {MAX_CLASS_LINES} lines: {big}"


@pytest.mark.parametrize("path", sorted((PLUGIN / "planner").glob("*.py")), ids=lambda p: p.name)
def test_the_planner_never_imports_the_dock_or_the_map_tools(path):
    upward = [name for name in relative_imports(path) if name in ("..dock", "..map_tools", "..suggest_dialog")
              or name.startswith("..dock.")]
    assert upward == [], f"plugin/planner/{path.name} imports {upward}"


@pytest.mark.parametrize("path", sorted((PLUGIN / "dock").glob("*.py")), ids=lambda p: p.name)
def test_dock_parts_use_the_planner_not_the_engines_state(path):
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    reached = sorted({node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)
                      and isinstance(node.value, ast.Attribute) and node.value.attr == "planner"
                      and node.attr in ("session", "book", "editor", "numbers", "persistence", "project", "engine")})
    assert reached == [], f"plugin/dock/{path.name} reaches planner.{reached}: add a planner method instead"
