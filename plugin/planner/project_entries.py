"""What the planner keeps outside itself: entries in the QGIS project (layer, model, GeoPackage, scenario names,
current scenario, unit costs) and the proposal tables of a GeoPackage."""
import os
from dataclasses import dataclass

from qgis.core import QgsProcessingContext, QgsProcessingFeedback

from ...engine.planning.scenario import DEFAULT_UNIT_COSTS_KRW
from ...qgis_io.proposals import proposal_layers, read_routes, read_sites

PROJECT_SCOPE = "anshim"


@dataclass
class SavedPlanner:
    layer_id: str
    model_path: str
    gpkg_path: str
    scenarios: list
    current: str
    unit_costs_krw: dict


def write_planner_entries(project, saved):
    """Write ``saved`` into ``project`` (paths relative to the project file when it saves them so)."""
    entries = {"layer_id": saved.layer_id, "model_path": project.writePath(saved.model_path),
               "gpkg_path": project.writePath(saved.gpkg_path) if saved.gpkg_path else "", "current": saved.current}
    for key, value in entries.items():
        project.writeEntry(PROJECT_SCOPE, f"planner/{key}", value)
    project.writeEntry(PROJECT_SCOPE, "planner/scenarios", list(saved.scenarios))
    for kind, value in saved.unit_costs_krw.items():
        project.writeEntryDouble(PROJECT_SCOPE, f"planner/cost_{kind}", value)


def read_planner_entries(project):
    """The planner state saved in ``project``, or None when it holds none."""
    layer_id, found = project.readEntry(PROJECT_SCOPE, "planner/layer_id", "")
    if not found or not layer_id:
        return None

    def path(key):
        value = project.readEntry(PROJECT_SCOPE, f"planner/{key}", "")[0]
        return project.readPath(value) if value else ""
    costs = {kind: project.readDoubleEntry(PROJECT_SCOPE, f"planner/cost_{kind}", default)[0]
             for kind, default in DEFAULT_UNIT_COSTS_KRW.items()}
    return SavedPlanner(layer_id, path("model_path"), path("gpkg_path"),
                        project.readListEntry(PROJECT_SCOPE, "planner/scenarios", [])[0],
                        project.readEntry(PROJECT_SCOPE, "planner/current", "")[0], costs)


def read_proposal_tables(gpkg_path, crs):
    """Saved proposals of ``gpkg_path`` in ``crs``: ``(sites, routes)``, empty when the file or a table is absent.
    A table that breaks the proposal format raises QgsProcessingException naming the feature."""
    if not gpkg_path or not os.path.exists(gpkg_path):
        return [], []
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    site_layer, route_layer = proposal_layers(gpkg_path)
    sites = read_sites(site_layer, crs, context, feedback) if site_layer is not None else []
    routes = read_routes(route_layer, crs, context, feedback) if route_layer is not None else []
    return sites, routes
