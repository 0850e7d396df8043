"""The plugin installed into a throwaway QGIS profile and driven by the real qgis_process, as a script would."""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer

ROOT = Path(__file__).resolve().parents[2]
QGIS_PROCESS = shutil.which("qgis_process.bin")


@pytest.fixture(scope="module")
def qgis_process(tmp_path_factory):
    if QGIS_PROCESS is None:
        pytest.skip("qgis_process.bin is not installed")
    settings = tmp_path_factory.mktemp("qgis-settings")
    plugins = settings / "profiles" / "default" / "python" / "plugins"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"), "--copy-to", str(plugins / "anshim")],
                   check=True, capture_output=True)
    environment = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(settings), QT_QPA_PLATFORM="offscreen")

    def run(*arguments):
        return subprocess.run([QGIS_PROCESS, *arguments], env=environment, capture_output=True, text=True,
                              timeout=300)

    enabled = run("plugins", "enable", "anshim")
    assert enabled.returncode == 0, enabled.stderr
    return run


def test_qgis_process_lists_anshim_algorithms(qgis_process):
    listing = qgis_process("list")
    assert listing.returncode == 0, listing.stderr
    assert "anshim:segmentstreets" in listing.stdout


def test_qgis_process_segments_a_file(qgis_process, tmp_path):
    output = tmp_path / "segments.gpkg"
    completed = qgis_process("--json", "run", "anshim:segmentstreets", "--",
                             f"INPUT={ROOT / 'tests' / 'data' / 'crossing_streets_wgs84.geojson'}",
                             "MAX_LENGTH=10", f"OUTPUT={output}")
    assert completed.returncode == 0, completed.stderr + completed.stdout
    results = json.loads(completed.stdout[completed.stdout.index("{"):])
    segments = QgsVectorLayer(results["results"]["OUTPUT"], "segments", "ogr")
    assert segments.isValid()
    assert segments.crs().authid() == "EPSG:32652"
    lengths = [feature["length_m"] for feature in segments.getFeatures()]
    assert len(lengths) > 30 and max(lengths) <= 10 + 1e-9
