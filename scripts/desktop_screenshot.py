"""A screenshot of the real QGIS desktop in Korean: the Processing toolbox with Anshim's algorithms expanded and the
styled demo project with its Korean legend. Needs the Debian QGIS desktop, xvfb-run and a Korean font (the Makefile
installs fonts-nanum).

    /usr/bin/python3 scripts/desktop_screenshot.py docs/qgis_desktop_ko.png

Everything happens in a throwaway folder: a QGIS profile set to ko_KR with the plugin installed by
``make install QGIS_PLUGINS_DIR=…`` and enabled in the profile's QGIS3.ini, the demo built by ``scripts/run_demo.py``
with the same locale (so the project's layer names and legend are written in Korean), then
``xvfb-run qgis --profiles-path … --project … --code scripts/desktop_screenshot_code.py`` grabs the main window.
"""
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCREEN = "1600x1000x24"
KOREAN_SETTINGS = """[locale]
userLocale=ko_KR
overrideFlag=true
globalLocale=ko_KR

[PythonPlugins]
anshim=true

[qgis]
showTips322=false
checkVersion=false
"""

# make demo's script, reading the settings of the profile as the desktop does (a standalone QgsApplication reads
# "Unknown Organization.ini" otherwise): the project's layer names and legend are then written in Korean
DEMO_IN_THE_PROFILE = """
import runpy, sys
from qgis.PyQt.QtCore import QCoreApplication
QCoreApplication.setOrganizationName("QGIS")
QCoreApplication.setApplicationName("QGIS3")
sys.argv = ["scripts/run_demo.py", sys.argv[1]]
sys.path.insert(0, "scripts")
runpy.run_path("scripts/run_demo.py", run_name="__main__")
"""


def korean_profile(root):
    """``root/profiles/default`` set to Korean, with Anshim installed and enabled; returns the profile folder."""
    profile = root / "profiles" / "default"
    (profile / "QGIS").mkdir(parents=True, exist_ok=True)
    (profile / "QGIS" / "QGIS3.ini").write_text(KOREAN_SETTINGS, encoding="utf-8")
    subprocess.run(["make", "-s", "install", f"QGIS_PLUGINS_DIR={profile / 'python' / 'plugins'}"], cwd=ROOT,
                   check=True)
    return profile


def main():
    target = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "docs" / "qgis_desktop_ko.png").resolve()
    work = Path(tempfile.mkdtemp(prefix="anshim-screenshot-"))
    korean_profile(work)
    demo = work / "demo"
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(work))
    subprocess.run([sys.executable, "-c", DEMO_IN_THE_PROFILE, str(demo)], check=True, env=environment, cwd=ROOT)
    desktop = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    desktop.update(ANSHIM_SCREENSHOT=str(target), LANG="ko_KR.UTF-8")
    subprocess.run(["xvfb-run", "-a", "-s", f"-screen 0 {SCREEN}", "qgis", "--nologo", "--noversioncheck",
                    "--profiles-path", str(work), "--project", str(demo / "anshim_demo.qgz"),
                    "--code", str(ROOT / "scripts" / "desktop_screenshot_code.py")],
                   check=True, env=desktop, timeout=600)
    if not target.exists():
        raise SystemExit(f"QGIS did not write {target}")
    print(f"Wrote {target}")


if __name__ == "__main__":
    main()
