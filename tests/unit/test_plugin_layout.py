"""The plugin's rooms point one way (their size limits are checked with the engine's, in test_architecture.py):
the planner controller (plugin/planner/) never reaches for the dock or the map tools, and each part of
the dock (plugin/dock/) talks to the planner rather than to the engine."""
import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = ROOT / "plugin"


def relative_imports(path):
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return [("." * node.level) + (node.module or "") for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.level]


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
