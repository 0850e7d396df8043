"""Build the plugin zip (one top-level ``anshim/`` folder, no tests, caches or VCS files) or copy the plugin.

    python3 scripts/package.py --zip dist/anshim-0.1.0.zip
    python3 scripts/package.py --copy-to ~/.local/share/QGIS/QGIS3/profiles/default/python/plugins/anshim
"""
import argparse
import shutil
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLUGIN_NAME = "anshim"
SHIPPED = ("__init__.py", "metadata.txt", "LICENSE", "README.md", "engine", "qgis_io", "processing_algorithms", "plugin",
           "resources", "i18n")
# the .ts sources and the glossary stay in the repository: QGIS loads only the compiled .qm
LEFT_OUT_SUFFIXES = (".pyc", ".pyo", ".ts", ".tsv")


def shipped_files():
    """Paths (relative to the repository root) of every file that belongs in the plugin. The translations must
    be compiled first (``make`` does it): a plugin without them would silently speak English only."""
    missing = [ts.name for ts in sorted((ROOT / "i18n").glob("*.ts")) if not ts.with_suffix(".qm").exists()]
    if missing:
        raise SystemExit(f"{', '.join(missing)} not compiled: run 'make translations' (Qt's lrelease) first.")
    for name in SHIPPED:
        path = ROOT / name
        candidates = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for candidate in candidates:
            relative = candidate.relative_to(ROOT)
            if "__pycache__" not in relative.parts and candidate.suffix not in LEFT_OUT_SUFFIXES:
                yield relative


def write_zip(target):
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for relative in shipped_files():
            archive.write(ROOT / relative, f"{PLUGIN_NAME}/{relative.as_posix()}")
    print(f"Wrote {target}")


def copy_plugin(target):
    for relative in shipped_files():
        destination = target / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / relative, destination)
    print(f"Copied the plugin to {target}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--zip", type=Path, help="zip file to write")
    group.add_argument("--copy-to", type=Path, help="plugin folder to create")
    arguments = parser.parse_args()
    if arguments.zip:
        write_zip(arguments.zip.resolve())
    else:
        copy_plugin(arguments.copy_to.resolve())


if __name__ == "__main__":
    main()
