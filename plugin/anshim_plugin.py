"""The plugin object QGIS creates through ``classFactory``."""
from qgis.core import QgsApplication

from ..qgis_io import i18n
from ..qgis_io.message_log import setup_logging
from ..processing_algorithms.provider import AnshimProvider


class AnshimPlugin:
    """Registers Anshim's Processing provider in the desktop (``initGui``) and under qgis_process
    (``initProcessing``, where ``iface`` is None), after installing the translation of QGIS's language so the
    algorithms' names, parameters and help are created in it."""

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.logger = setup_logging()
        self.language = i18n.install_translator()

    def initProcessing(self):  # noqa: N802 (QGIS's name)
        if self.provider is None:
            self.language = i18n.install_translator()  # again: unload() removed it, or the locale changed
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
        i18n.remove_translator()
