"""pytest-qgis fixtures: the plugin loaded as QGIS loads it, QGIS's message log forwarded to Python logging,
and the real Seoul layers (tests skip with a reason when ../shared is absent)."""
import logging

import pytest
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer
from support import shared_layer


QGIS_LOG = logging.getLogger("qgis.messagelog")


def _forward_message(message, tag, level):
    QGIS_LOG.log(logging.WARNING if level >= 1 else logging.INFO, "[%s] %s", tag, message)


@pytest.fixture(scope="session", autouse=True)
def forwarded_message_log(qgis_app):
    QgsApplication.messageLog().messageReceived.connect(_forward_message)
    yield
    QgsApplication.messageLog().messageReceived.disconnect(_forward_message)


@pytest.fixture(scope="session")
def anshim_plugin(qgis_app, qgis_processing):
    """The plugin created through ``classFactory`` with no iface, as qgis_process does, and its provider."""
    import anshim
    plugin = anshim.classFactory(None)
    plugin.initProcessing()
    yield plugin
    plugin.unload()


@pytest.fixture
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
        results = processing.run(algorithm_id, parameters, context=QgsProcessingContext(), feedback=feedback)
        return results, getattr(feedback, "messages", [])

    run.Feedback = RecordingFeedback
    return run


@pytest.fixture(scope="session")
def yeoksam1_streets(qgis_processing, tmp_path_factory):
    """Gangnam road centre-lines clipped to 역삼1동, in EPSG:5186 (a GeoPackage in a temporary folder)."""
    from qgis import processing
    dongs = shared_layer("gangnam_admin_dong_population.geojson")
    dongs.setSubsetString("\"dong_name\" = '역삼1동'")
    assert dongs.featureCount() == 1
    streets = shared_layer("gangnam_road_centerlines_juso.geojson")
    folder = tmp_path_factory.mktemp("yeoksam1")
    clipped = processing.run("native:clip", {"INPUT": streets, "OVERLAY": dongs, "OUTPUT": "memory:"})["OUTPUT"]
    path = str(folder / "streets.gpkg")
    processing.run("native:reprojectlayer", {"INPUT": clipped, "TARGET_CRS": "EPSG:5186", "OUTPUT": path})
    layer = QgsVectorLayer(path, "yeoksam1_streets", "ogr")
    assert layer.isValid() and layer.featureCount() > 100
    return layer

