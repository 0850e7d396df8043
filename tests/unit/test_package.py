"""`make package` writes one zip with a single top-level anshim/ folder and nothing a user should not get."""
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_package_zip_has_one_plugin_folder_without_tests_or_caches(tmp_path):
    target = tmp_path / "anshim-test.zip"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"), "--zip", str(target)], check=True,
                   capture_output=True)
    names = zipfile.ZipFile(target).namelist()
    assert {name.split("/")[0] for name in names} == {"anshim"}
    for required in ("anshim/__init__.py", "anshim/metadata.txt", "anshim/LICENSE", "anshim/engine/network/geometry.py",
                     "anshim/processing_algorithms/provider.py", "anshim/plugin/anshim_plugin.py",
                     "anshim/resources/icons/anshim.svg", "anshim/i18n/anshim_ko.qm"):
        assert required in names
    unwanted = [name for name in names if "/tests/" in name or "__pycache__" in name or name.endswith(".pyc")
                or "/.git" in name or "/.venv" in name or "/build/" in name or "/scripts/" in name
                or name.endswith((".ts", ".tsv"))]
    assert unwanted == []


def test_metadata_is_complete():
    text = (ROOT / "metadata.txt").read_text(encoding="utf-8")
    entries = dict(line.split("=", 1) for line in text.splitlines() if "=" in line)
    for key in ("name", "qgisMinimumVersion", "description", "about", "version", "author", "email", "repository",
                "tracker", "homepage", "tags", "category", "icon", "license", "changelog", "hasProcessingProvider"):
        assert entries.get(key), f"metadata.txt lacks {key}"
    assert entries["qgisMinimumVersion"] == "3.22"
    # QGIS 4 (Qt 6) only once the plugin has been run there: the Plugin Manager then offers it to QGIS 3 alone
    assert entries["qgisMaximumVersion"] == "3.99"
    assert "Tested with QGIS 3.22 LTR and 3.40 LTR" in entries["about"]
    assert entries["hasProcessingProvider"] == "yes"
    assert (ROOT / entries["icon"]).exists()
