"""pytest-qgis fixtures: the plugin loaded as QGIS loads it, QGIS's message log forwarded to Python logging,
and the real Seoul layers (tests skip with a reason when ../shared is absent)."""
import logging
import os
import sys

import pytest
from qgis.core import QgsApplication, QgsProcessingFeedback, QgsVectorLayer
from support import shared_layer


QGIS_LOG = logging.getLogger("qgis.messagelog")


def _forward_message(message, tag, level):
    QGIS_LOG.log(logging.WARNING if level >= 1 else logging.INFO, "[%s] %s", tag, message)


@pytest.fixture(scope="session", autouse=True)
def forwarded_message_log(qgis_app):
    QgsApplication.messageLog().messageReceived.connect(_forward_message)
    yield
    QgsApplication.messageLog().messageReceived.disconnect(_forward_message)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown(item, nextitem):
    """pytest lets go of a test's fixture values only after that test's teardown, and the last test's teardown is
    where pytest-qgis closes QGIS: layers still referenced then are destroyed after their providers and crash the
    run. Drop the last test's QGIS objects before its teardown, while QGIS is still up."""
    if nextitem is None:
        for name in [name for name, value in item.funcargs.items() if _holds_qgis_object(value)]:
            del item.funcargs[name]


def _holds_qgis_object(value):
    if isinstance(value, (tuple, list)):
        return any(_holds_qgis_object(element) for element in value)
    return type(value).__module__.startswith("qgis.")


_EXIT_STATUS = {}


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session, exitstatus):
    _EXIT_STATUS["code"] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """Leave with pytest's own status once everything is reported. pytest-qgis has closed QGIS by now, and
    Python's interpreter teardown would then destroy leftover PyQGIS wrappers (kept by exceptions that crossed
    sip's C++ boundary) after their providers are gone: a segmentation fault that turns a green run red."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_EXIT_STATUS.get("code", 0))


@pytest.fixture(scope="session", autouse=True)
def iface_layer_tree_view(qgis_iface):
    """QGIS 3.40's Processing post-processing (``handleAlgorithmResults``) asks ``iface.layerTreeView()`` for the
    current node when it loads an output; pytest-qgis's stand-in iface has no layer tree view (in every version).
    Give it QGIS's own view of the project's layer tree, as the desktop has."""
    from qgis.core import QgsLayerTreeModel, QgsProject
    from qgis.gui import QgsLayerTreeView
    if hasattr(qgis_iface, "layerTreeView"):
        yield
        return
    view = QgsLayerTreeView(qgis_iface.mainWindow())
    view.setModel(QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), view))
    qgis_iface.layerTreeView = lambda: view
    yield
    del qgis_iface.layerTreeView


@pytest.fixture(scope="session")
def anshim_plugin(qgis_app, qgis_processing):
    """The plugin created through ``classFactory`` with no iface, as qgis_process does, and its provider."""
    import anshim
    plugin = anshim.classFactory(None)
    plugin.initProcessing()
    yield plugin
    plugin.unload()


@pytest.fixture(scope="session")
def run_algorithm(anshim_plugin):
    """Run an Anshim algorithm through ``processing.run`` and return its results and the messages it logged."""
    from qgis import processing

    class RecordingFeedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.messages = []

        def pushInfo(self, info):  # noqa: N802 (QGIS's name)
            self.messages.append(info)
            super().pushInfo(info)

        def pushWarning(self, warning):  # noqa: N802 (QGIS's name)
            self.messages.append(warning)
            super().pushWarning(warning)

    def run(algorithm_id, parameters, feedback=None):
        feedback = feedback or RecordingFeedback()
        results = processing.run(algorithm_id, parameters, feedback=feedback)
        return results, getattr(feedback, "messages", [])

    run.Feedback = RecordingFeedback
    return run


@pytest.fixture(scope="session")
def yeoksam1_streets_path(qgis_processing, tmp_path_factory):
    """Gangnam road centre-lines clipped to 역삼1동, in EPSG:5186: the GeoPackage path. Session fixtures keep
    paths, not layers: pytest frees session values after QGIS has exited, and freeing a layer then crashes."""
    from qgis import processing
    dongs = shared_layer("gangnam_admin_dong_population.geojson")
    dongs.setSubsetString("\"dong_name\" = '역삼1동'")
    assert dongs.featureCount() == 1
    streets = shared_layer("gangnam_road_centerlines_juso.geojson")
    clipped = processing.run("native:clip", {"INPUT": streets, "OVERLAY": dongs, "OUTPUT": "memory:"})["OUTPUT"]
    path = str(tmp_path_factory.mktemp("yeoksam1") / "streets.gpkg")
    processing.run("native:reprojectlayer", {"INPUT": clipped, "TARGET_CRS": "EPSG:5186", "OUTPUT": path})
    return path


@pytest.fixture(scope="module")
def yeoksam1_streets(yeoksam1_streets_path):
    layer = QgsVectorLayer(yeoksam1_streets_path, "yeoksam1_streets", "ogr")
    assert layer.isValid() and layer.featureCount() > 100
    return layer

@pytest.fixture(scope="session")
def demo_run(tmp_path_factory):
    """`make demo`'s script run once, as a user runs it, into a temporary folder: (folder, printed summary)."""
    import os
    import subprocess
    import sys
    from pathlib import Path
    folder = tmp_path_factory.mktemp("demo")
    script = Path(__file__).resolve().parents[2] / "scripts" / "run_demo.py"
    # in English whatever the machine's locale: the demo follows the locale it runs in
    environment = {key: value for key, value in os.environ.items() if key not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    completed = subprocess.run([sys.executable, str(script), str(folder)], capture_output=True, text=True,
                               timeout=600, env=dict(environment, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8"))
    assert completed.returncode == 0, completed.stdout + completed.stderr
    return folder, completed.stdout


@pytest.fixture
def demo(demo_run, tmp_path):
    """A copy of the demo's GeoPackage and model (demo.gpkg, demo.anshim) that a test may run algorithms on."""
    import shutil
    folder, _ = demo_run
    shutil.copy(folder / "anshim_demo.gpkg", tmp_path / "demo.gpkg")
    shutil.copy(folder / "anshim_demo.anshim", tmp_path / "demo.anshim")
    return tmp_path


@pytest.fixture
def demo_copy(demo_run, tmp_path):
    """The demo GeoPackage and model under their own names, so saving proposals into the GeoPackage touches no other
    test."""
    import shutil
    folder, _ = demo_run
    for name in ("anshim_demo.gpkg", "anshim_demo.anshim"):
        shutil.copy(folder / name, tmp_path / name)
    return tmp_path
