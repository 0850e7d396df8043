"""The planner dock in the real QGIS desktop, for docs/planner_dock.png. Run by QGIS itself:

    xvfb-run -s "-screen 0 1600x1000x24" qgis --nologo --profiles-path PROFILES --code scripts/planner_screenshot.py

with the plugin installed and enabled in that profile and ANSHIM_DEMO (the `make demo` folder) and ANSHIM_SHOT (the
PNG to write) in the environment. Opens the demo project, two hand-made scenarios of a few proposals each and one
from "Suggest sites…" (60 million KRW), draws a safest walk across the view, then grabs the main window once the
canvas has rendered, and quits.
"""
import os

import qgis.utils
from qgis.core import QgsPointXY, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QApplication, QDockWidget

DEMO = os.environ["ANSHIM_DEMO"]
SHOT = os.environ["ANSHIM_SHOT"]
iface = qgis.utils.iface


def best_spots(planner, layer, kind, count, taken, near=None, apart_m=120.0):
    """Where a planner would put ``kind``: of the 300 riskiest segments' midpoints (within 400 m of ``near``), the
    ``count`` that improve the most segments, apart from each other and from ``taken`` (tried on a scratch
    scenario, then deleted)."""
    planner.new_scenario("scratch")
    gains = []
    for feature in sorted(layer.getFeatures(), key=lambda f: -f["risk"])[:300]:
        point = feature.geometry().interpolate(feature.geometry().length() / 2).asPoint()
        if near is not None and point.distance(near) > 400.0:
            continue
        planner.add_site(kind, point, cameras=3)
        gains.append((planner.summary()["segments_improved"], point))
        planner.undo()
    planner.delete("scratch")
    chosen = []
    for gain, point in sorted(gains, key=lambda item: -item[0]):
        if gain and all(point.distance(other) >= apart_m for other in chosen + taken):
            chosen.append(point)
        if len(chosen) == count:
            break
    return chosen


def build_scenarios():
    project = QgsProject.instance()
    project.read(os.path.join(DEMO, "anshim_demo.qgz"))
    plugin = qgis.utils.plugins["anshim"]
    planner = plugin.planner
    layer = next(layer for layer in project.mapLayers().values() if layer.name().startswith("Safety grade"))
    plugin.show_planner(True)
    window = iface.mainWindow()
    for dock in window.findChildren(QDockWidget):
        if dock.objectName() in ("Browser", "Browser2"):
            dock.hide()
    window.resizeDocks([plugin.dock], [600], Qt.Horizontal)
    planner.open(layer)
    cameras = best_spots(planner, layer, "cctv", 3, [])
    guard_houses = best_spots(planner, layer, "guardhouse", 2, [])
    lights = best_spots(planner, layer, "light", 3, guard_houses)
    bells = best_spots(planner, layer, "bell", 1, guard_houses + lights)
    planner.new_scenario("Cameras")
    for spot in cameras:
        planner.add_site("cctv", spot, cameras=3)
    planner.new_scenario("Guard houses")
    for kind, spots in (("guardhouse", guard_houses), ("light", lights), ("bell", bells)):
        for spot in spots:
            planner.add_site(kind, spot)
    centre = guard_houses[0]  # the guard house changes most: where a planner looks first
    extent = QgsRectangle(centre.x() - 420, centre.y() - 330, centre.x() + 420, centre.y() + 330)
    root = project.layerTreeRoot()
    for name in ("Lights", "Risk sites (entertainment venues)"):  # the overlay reads better without the clutter
        for found in project.mapLayersByName(name):
            root.findLayer(found.id()).setItemVisibilityChecked(False)
    from anshim.plugin.suggest_sites import SiteRequest
    planner.set_scenario("Cameras")
    planner.suggest_sites(SiteRequest(60e6))
    iface.mapCanvas().setExtent(extent)
    iface.mapCanvas().refresh()
    show_walk(plugin.dock, extent)
    QTimer.singleShot(6000, grab)


def show_walk(dock, extent):
    """A safest walk from the view's south-west corner to its north-east one, drawn and in the dock's numbers."""
    dock.planner.walks.prepare(background=False)
    dock.activate_tool("walk")
    tool = dock.tools["walk"]
    origin = QgsPointXY(extent.xMinimum() + 120, extent.yMinimum() + 100)
    destination = QgsPointXY(extent.xMaximum() - 120, extent.yMaximum() - 100)
    walk = dock.planner.walks.between(origin, destination)
    tool.show(walk)
    dock.show_walk(walk)


def grab():
    window = iface.mainWindow()
    print(f"main window {window.width()} x {window.height()}, dock {qgis.utils.plugins['anshim'].dock.width()} px")
    window.grab().save(SHOT)
    QApplication.instance().quit()


iface.mainWindow().showNormal()
iface.mainWindow().setGeometry(0, 0, 1600, 1000)
QTimer.singleShot(3000, build_scenarios)
