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


def _profile_runner(tmp_path_factory, user_locale=None, **environment_changes):
    """``run(*arguments)`` of qgis_process in a throwaway profile with the plugin installed and enabled, its QGIS
    set to ``user_locale`` (Settings → Options → General → Override system locale) when given, with
    ``environment_changes`` (LANG=…) in its environment."""
    if QGIS_PROCESS is None:
        pytest.skip("qgis_process.bin is not installed")
    settings = tmp_path_factory.mktemp("qgis-settings")
    profile = settings / "profiles" / "default"
    plugins = profile / "python" / "plugins"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"), "--copy-to", str(plugins / "anshim")],
                   check=True, capture_output=True)
    if user_locale:
        (profile / "QGIS").mkdir(parents=True)
        (profile / "QGIS" / "QGIS3.ini").write_text(f"[locale]\nuserLocale={user_locale}\noverrideFlag=true\n",
                                                    encoding="utf-8")
    environment = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(settings), QT_QPA_PLATFORM="offscreen",
                       **environment_changes)

    def run(*arguments):
        return subprocess.run([QGIS_PROCESS, *arguments], env=environment, capture_output=True, text=True,
                              timeout=300)

    enabled = run("plugins", "enable", "anshim")
    assert enabled.returncode == 0, enabled.stderr
    return run


@pytest.fixture(scope="module")
def qgis_process(tmp_path_factory):
    return _profile_runner(tmp_path_factory)


@pytest.fixture(scope="module")
def korean_qgis_process(tmp_path_factory):
    return _profile_runner(tmp_path_factory, "ko_KR")


@pytest.fixture(scope="module")
def korean_system_qgis_process(tmp_path_factory):
    """qgis_process on a Korean system (LANG=ko_KR.UTF-8, the locale `make deps` generates), as most users run
    QGIS: Qt lists font families by their Korean names there (나눔바른고딕)."""
    locales = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.lower().split()
    assert "ko_kr.utf8" in locales, "the ko_KR.UTF-8 locale is missing: `make deps` generates it"
    return _profile_runner(tmp_path_factory, LANG="ko_KR.UTF-8", LC_ALL="")


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


def test_qgis_process_in_a_korean_profile_lists_korean_names(korean_qgis_process):
    listing = korean_qgis_process("list")
    assert listing.returncode == 0, listing.stderr
    anshim_lines = [line.strip() for line in listing.stdout.splitlines() if "anshim:" in line]
    assert "anshim:gradestreets\t도로 구간 안전등급 산정" in anshim_lines
    assert "anshim:segmentstreets\t도로 구간 분할" in anshim_lines
    from anshim.processing_algorithms.provider import ALGORITHMS
    assert len(anshim_lines) == len(ALGORITHMS)
    hangul = [line for line in anshim_lines if any("\uac00" <= char <= "\ud7a3" for char in line.split("\t")[1])]
    assert hangul == anshim_lines, "every algorithm is listed under a Korean name"
    help_text = korean_qgis_process("help", "anshim:gradestreets")
    assert "안전 요인이 계산된 구간" in help_text.stdout and "안전등급" in help_text.stdout


def test_qgis_process_in_an_english_profile_lists_english_names(qgis_process):
    listing = qgis_process("list")
    assert "anshim:gradestreets\tGrade streets" in [line.strip() for line in listing.stdout.splitlines()]


def test_on_a_korean_system_the_briefing_prints_in_the_installed_nanum_font(korean_system_qgis_process, demo_run,
                                                                            tmp_path):
    folder, _ = demo_run
    gpkg = folder / "anshim_demo.gpkg"
    output = tmp_path / "briefing.pdf"
    completed = korean_system_qgis_process(
        "run", "anshim:exportbriefing", "--", f"INPUT={gpkg}|layername=graded_segments",
        f"MODEL={folder / 'anshim_demo.anshim'}", f"PROPOSED_SITES={gpkg}|layername=anshim_proposed_sites",
        f"PROPOSED_ROUTES={gpkg}|layername=anshim_proposed_routes", "SCENARIOS=CCTV at the riskiest streets",
        "TITLE=야간 안심 귀갓길", "LANGUAGE=0", "PAGE=0", f"OUTPUT={output}")
    assert completed.returncode == 0, completed.stdout + completed.stderr
    fonts = subprocess.run(["pdffonts", str(output)], capture_output=True, text=True, check=True).stdout
    embedded = [line.split()[0] for line in fonts.splitlines()[2:]]
    assert any("NanumBarunGothic" in name for name in embedded), fonts
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:]), "every font embedded:\n" + fonts
