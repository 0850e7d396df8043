"""The provider as QGIS and qgis_process see it: ids, help, icons, optional packages, logging."""
import importlib.util
import logging

import pytest
from qgis.core import QgsApplication

from support import memory_layer

EXPECTED_ALGORITHMS = {"anshim:segmentstreets"}


def test_provider_lists_every_algorithm(anshim_plugin):
    provider = QgsApplication.processingRegistry().providerById("anshim")
    assert provider is anshim_plugin.provider
    assert provider.name() == "Anshim"
    assert EXPECTED_ALGORITHMS <= {algorithm.id() for algorithm in provider.algorithms()}


def test_every_algorithm_has_help_and_lower_case_ids(anshim_plugin):
    for algorithm in anshim_plugin.provider.algorithms():
        assert algorithm.name() == algorithm.name().lower() and algorithm.name().isascii()
        assert algorithm.groupId() == algorithm.groupId().lower()
        assert len(algorithm.shortHelpString()) > 200, algorithm.id()
        assert not algorithm.icon().isNull()
        for parameter in algorithm.parameterDefinitions():
            assert parameter.name() == parameter.name().upper(), parameter.name()
            assert parameter.description(), f"{algorithm.id()} {parameter.name()} has no label"
            assert parameter.help(), f"{algorithm.id()} {parameter.name()} has no help"


def test_desktop_and_qgis_process_entry_points_register_one_provider(anshim_plugin):
    import anshim
    registry = QgsApplication.processingRegistry()
    anshim_plugin.unload()
    assert registry.providerById("anshim") is None
    plugin = anshim.classFactory(None)
    plugin.initProcessing()  # qgis_process calls this…
    plugin.initGui()  # …the desktop this: still one provider
    assert [provider.id() for provider in registry.providers()].count("anshim") == 1
    assert registry.algorithmById("anshim:segmentstreets") is not None
    plugin.unload()
    assert registry.providerById("anshim") is None
    anshim_plugin.initProcessing()


def test_missing_scipy_is_named_with_install_instructions(anshim_plugin, run_algorithm, monkeypatch):
    algorithm = QgsApplication.processingRegistry().algorithmById("anshim:segmentstreets")
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *args: None if name == "scipy" else real_find_spec(name, *args))
    can_run, message = algorithm.canExecute()
    assert not can_run
    assert "scipy" in message and "apt install python3-scipy" in message and "OSGeo4W" in message
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException, match="python3-scipy"):
        run_algorithm("anshim:segmentstreets", {"INPUT": memory_layer("LineString", "EPSG:5186", ["LINESTRING(0 0, 30 0)"]),
                                                "OUTPUT": "memory:"})


def test_python_logging_reaches_the_anshim_message_log_tab(anshim_plugin):
    received = []

    def record(message, tag, level):
        received.append((tag, message))

    QgsApplication.messageLog().messageReceived.connect(record)
    try:
        logging.getLogger("anshim.engine.test").warning("lamp post 42 missing")
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(record)
    assert ("Anshim", "lamp post 42 missing") in received
