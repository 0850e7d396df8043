"""The plugin object QGIS creates through ``classFactory``."""
from qgis.core import QgsApplication

from ..qgis_io.message_log import setup_logging
from ..processing_algorithms.provider import AnshimProvider


class AnshimPlugin:
    """Registers Anshim's Processing provider in the desktop (``initGui``) and under qgis_process
    (``initProcessing``, where ``iface`` is None)."""

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.logger = setup_logging()

    def initProcessing(self):  # noqa: N802 (QGIS's name)
        if self.provider is None:
            provider = AnshimProvider()
            # kept on self, or it is garbage-collected and its algorithms vanish; a registry that refuses it
            # (another "anshim" is registered) deletes it, so only an accepted provider is kept
            if QgsApplication.processingRegistry().addProvider(provider):
                self.provider = provider

    def initGui(self):  # noqa: N802 (QGIS's name)
        self.initProcessing()

    def unload(self):
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
