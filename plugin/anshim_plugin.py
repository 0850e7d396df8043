"""The plugin object QGIS creates through ``classFactory``."""
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from ..processing_algorithms.provider import AnshimProvider
from ..qgis_io import i18n
from ..qgis_io.message_log import setup_logging
from ..resources import resource_path

TR_CONTEXT = "AnshimPlugin"


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


class AnshimPlugin:
    """Registers Anshim's Processing provider in the desktop (``initGui``) and under qgis_process
    (``initProcessing``, where ``iface`` is None), after installing the translation of QGIS's language so the
    algorithms' names, parameters and help are created in it; in the desktop also the scenario planner:
    ``self.planner`` (the controller scripts drive), its dock, a toolbar button and a Plugins → Anshim menu entry."""

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.planner = None
        self.dock = None
        self.action = None
        self.toolbar = None
        self.logger = setup_logging()
        self.language = None  # the language in use, once initProcessing installed its translation

    def initProcessing(self):  # noqa: N802 (QGIS's name)
        if self.provider is None:
            # before the provider exists, so its names are created translated; again after unload() or a new locale
            self.language = i18n.install_translator()
            provider = AnshimProvider()
            # kept on self, or it is garbage-collected and its algorithms vanish; a registry that refuses it
            # (another "anshim" is registered) deletes it, so only an accepted provider is kept
            if QgsApplication.processingRegistry().addProvider(provider):
                self.provider = provider

    def initGui(self):  # noqa: N802 (QGIS's name)
        self.initProcessing()
        if self.iface is None:
            return
        from .planner import Planner
        from .planner.unsaved import message_box_asker
        self.planner = Planner()
        self.planner.ask_to_save = message_box_asker(self.iface.mainWindow())
        self.action = QAction(QIcon(resource_path("icons", "anshim.svg")), tr("Scenario planner"),
                              self.iface.mainWindow())
        self.action.setObjectName("AnshimPlannerAction")
        self.action.setCheckable(True)
        self.action.setToolTip(tr("Anshim scenario planner: place facilities on the map and compare scenarios"))
        self.action.toggled.connect(self.show_planner)
        self.toolbar = self.iface.addToolBar(tr("Anshim"))
        self.toolbar.setObjectName("AnshimToolbar")
        self.toolbar.addAction(self.action)
        self.iface.addPluginToMenu(tr("&Anshim"), self.action)

    def show_planner(self, visible=True):
        """Show (or hide) the planner dock, made on first use."""
        if self.dock is None:
            from .dock import PlannerDock
            self.dock = PlannerDock(self.planner, self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.RightDockWidgetArea, self.dock)
            self.dock.visibilityChanged.connect(self.action.setChecked)
        self.dock.setVisible(visible)
        if visible:
            self.dock.raise_()

    def unload(self):
        if self.dock is not None:
            self.dock.cleanup()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.action is not None:
            self.iface.removePluginMenu(tr("&Anshim"), self.action)
            self.action.deleteLater()
            self.action = None
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.planner is not None:
            self.planner.unload()  # removes the layers it added
            self.planner = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        i18n.remove_translator()
