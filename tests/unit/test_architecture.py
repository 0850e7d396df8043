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
