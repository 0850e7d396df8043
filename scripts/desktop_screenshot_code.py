"""Run inside the QGIS desktop by scripts/desktop_screenshot.py (``qgis --code``): show the Processing toolbox with
Anshim's provider expanded and the planner dock with a scenario of two proposals, wait until the map has rendered,
save the main window to $ANSHIM_SCREENSHOT, quit."""
import os

import qgis.utils

from qgis.core import QgsProject, QgsRasterLayer
from qgis.PyQt.QtCore import QTimer, Qt
from qgis.PyQt.QtWidgets import QAbstractItemView, QDockWidget, QTreeView
from qgis.utils import iface

PROVIDER_NAMES = ("안심", "Anshim")  # the provider's name in Korean, or in English if the translation is missing


def expand_anshim_in_the_toolbox():
    window = iface.mainWindow()
    toolbox = window.findChild(QDockWidget, "ProcessingToolbox")
    toolbox.show()
    toolbox.raise_()
    window.resizeDocks([toolbox], [520], Qt.Horizontal)
    tree = toolbox.findChild(QTreeView)
    model = tree.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if model.data(index) in PROVIDER_NAMES:
            tree.expandRecursively(index)
            tree.scrollTo(index, QAbstractItemView.PositionAtTop)
        else:
            tree.collapse(index)


def give_the_layers_panel_the_height():
    """Hide the browser and fold the population raster's grey ramp, so the grade legend and the facility layers
    show in full."""
    window = iface.mainWindow()
    window.findChild(QDockWidget, "Browser").hide()
    window.resizeDocks([window.findChild(QDockWidget, "Layers")], [330], Qt.Horizontal)
    root = QgsProject.instance().layerTreeRoot()
    for layer in QgsProject.instance().mapLayers().values():
        if isinstance(layer, QgsRasterLayer):
            root.findLayer(layer.id()).setExpanded(False)


def open_the_planner_with_a_scenario():
    """The planner dock on the graded layer, one scenario with a camera and a light on the riskiest streets."""
    plugin = qgis.utils.plugins["anshim"]
    layer = next(layer for layer in QgsProject.instance().mapLayers().values()
                 if hasattr(layer, "fields") and layer.fields().lookupField("grade") >= 0)
    plugin.show_planner(True)
    window = iface.mainWindow()
    toolbox = window.findChild(QDockWidget, "ProcessingToolbox")
    window.resizeDocks([toolbox, plugin.dock], [330, 600], Qt.Vertical)  # the dock beneath the toolbox, readable
    window.resizeDocks([toolbox], [520], Qt.Horizontal)
    plugin.planner.open(layer)
    riskiest = sorted(layer.getFeatures(), key=lambda feature: -feature["risk"])[:2]
    plugin.planner.new_scenario("CCTV·보안등")
    for kind, feature in zip(("cctv", "light"), riskiest):
        geometry = feature.geometry()
        plugin.planner.add_site(kind, geometry.interpolate(geometry.length() / 2).asPoint(), cameras=2)


def save_and_quit():
    iface.mainWindow().grab().save(os.environ["ANSHIM_SCREENSHOT"])
    os._exit(0)  # the project is not saved: nothing to ask the user


iface.mainWindow().setGeometry(0, 0, 1600, 1000)
iface.mainWindow().showMaximized()
QTimer.singleShot(5000, expand_anshim_in_the_toolbox)  # after the planner opened, which resizes the docks
QTimer.singleShot(3000, give_the_layers_panel_the_height)
QTimer.singleShot(3500, open_the_planner_with_a_scenario)
QTimer.singleShot(4000, iface.mapCanvas().refreshAllLayers)
QTimer.singleShot(15000, save_and_quit)
