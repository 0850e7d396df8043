"""Imports go one way: plugin/ → processing_algorithms/ → engine/; both upper layers may use qgis_io/, which imports
engine/ only; engine/ never touches QGIS or Qt."""
import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def imported_modules(path):
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            yield ("." * node.level) + (node.module or "")


def modules_of(folder):
    return sorted((ROOT / folder).rglob("*.py"))


@pytest.mark.parametrize("path", modules_of("engine"), ids=lambda p: p.name)
def test_engine_imports_no_qgis_qt_or_gdal(path):
    forbidden = [name for name in imported_modules(path)
                 if name.split(".")[0] in {"qgis", "PyQt5", "PyQt6", "osgeo", "processing"}
                 or name.lstrip(".").split(".")[0] in {"plugin", "processing_algorithms"}]
    assert forbidden == [], f"{path.name} imports {forbidden}"


@pytest.mark.parametrize("path", modules_of("processing_algorithms"), ids=lambda p: p.name)
def test_processing_algorithms_do_not_import_the_gui(path):
    forbidden = [name for name in imported_modules(path) if name.lstrip(".").split(".")[0] == "plugin"]
    assert forbidden == [], f"{path.name} imports {forbidden}"


@pytest.mark.parametrize("path", modules_of("qgis_io"), ids=lambda p: p.name)
def test_qgis_io_imports_neither_the_algorithms_nor_the_gui(path):
    forbidden = [name for name in imported_modules(path)
                 if name.lstrip(".").split(".")[0] in {"plugin", "processing_algorithms"}
                 or name.split(".")[0] in {"processing"}
                 or name.split(".")[-1] in {"QtWidgets", "gui"}]
    assert forbidden == [], f"{path.name} imports {forbidden}"


@pytest.mark.parametrize("path", modules_of("processing_algorithms") + modules_of("qgis_io"), ids=lambda p: p.name)
def test_processing_layers_import_no_widgets(path):
    forbidden = [name for name in imported_modules(path) if name.split(".")[-1] in {"QtWidgets", "gui"}]
    assert forbidden == [], f"{path.name} imports {forbidden}"


@pytest.mark.parametrize("path", modules_of("engine"), ids=lambda p: p.name)
def test_engine_imports_scipy_and_sklearn_only_inside_functions(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top_level = [node for node in tree.body if isinstance(node, (ast.Import, ast.ImportFrom))]
    names = [alias.name for node in top_level for alias in node.names] + [
        node.module or "" for node in top_level if isinstance(node, ast.ImportFrom)]
    heavy = [name for name in names if name.split(".")[0] in {"scipy", "sklearn", "rasterio"}]
    assert heavy == [], f"{path.name} imports {heavy} at module level"


def test_root_init_only_defines_class_factory():
    tree = ast.parse((ROOT / "__init__.py").read_text(encoding="utf-8"))
    definitions = [node.name for node in tree.body if isinstance(node, (ast.FunctionDef, ast.ClassDef))]
    assert definitions == ["classFactory"]
    assert not any(isinstance(node, (ast.Import, ast.ImportFrom)) for node in tree.body)


# The engine's rooms, lowest first: a module may import its own room and the rooms below it, never one above.
ENGINE_ROOMS = ("root", "storage", "network", "factors", "model", "planning", "demo")


def engine_room(parts):
    """The room of an engine module given its path parts below engine/ (``("model", "training")``)."""
    return parts[0] if len(parts) > 1 else "root"


def engine_imports(path):
    """The engine modules ``path`` imports, as path parts below engine/, resolving relative imports."""
    package = path.relative_to(ROOT / "engine").parent.parts
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[:len(package) - (node.level - 1)] if node.level > 1 else package
            if node.level - 1 > len(package):
                continue  # above engine/: the layer tests above catch it
            target = base + tuple((node.module or "").split(".")) if node.module else base
            if node.module is None or (ROOT / "engine" / Path(*target)).is_dir():
                yield from (target + (alias.name,) for alias in node.names)
            else:
                yield target


@pytest.mark.parametrize("path", modules_of("engine"), ids=lambda p: str(p.relative_to(ROOT / "engine")))
def test_engine_rooms_import_only_their_own_and_lower_rooms(path):
    room = ENGINE_ROOMS.index(engine_room(path.relative_to(ROOT / "engine").with_suffix("").parts))
    upward = [".".join(target) for target in engine_imports(path)
              if ENGINE_ROOMS.index(engine_room(target)) > room]
    assert upward == [], f"{path.relative_to(ROOT)} imports {upward} from a room above its own"


def test_every_engine_room_says_what_it_is_for_and_what_it_may_import():
    for room in ENGINE_ROOMS[1:]:
        docstring = ast.get_docstring(ast.parse((ROOT / "engine" / room / "__init__.py").read_text(encoding="utf-8")))
        assert docstring and "May import" in docstring, f"engine/{room}/__init__.py does not say what it may import"


MAX_MODULE_LINES, MAX_CLASS_LINES = 400, 300


@pytest.mark.parametrize("path", modules_of("engine") + modules_of("plugin"), ids=lambda p: str(p.relative_to(ROOT)))
def test_engine_and_plugin_modules_and_classes_stay_small(path):
    text = path.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= MAX_MODULE_LINES, f"{path.name} has over {MAX_MODULE_LINES} lines"
    big = [(node.name, node.end_lineno - node.lineno + 1) for node in ast.walk(ast.parse(text))
           if isinstance(node, ast.ClassDef) and node.end_lineno - node.lineno + 1 > MAX_CLASS_LINES]
    assert big == [], f"{path.name}: classes over {MAX_CLASS_LINES} lines: {big}"
