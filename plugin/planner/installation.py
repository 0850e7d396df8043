"""Marking a scenario as installed: its proposed sites and routes appended, with the installation date, to the
installed-facility tables of the planner's GeoPackage (anshim_installed_sites and anshim_installed_routes, the
format ``anshim:evaluateinterventions`` reads), and those tables shown in the project."""
import datetime
import os
from dataclasses import dataclass

from qgis.core import QgsProcessingException, QgsProject, QgsProviderRegistry, QgsVectorLayer
from qgis.PyQt.QtCore import QDate

from ...engine.i18n import date_values
from ...engine.planning import installed as fmt
from ...qgis_io.i18n import translator
from ...qgis_io.installed_writer import append_installed, installed_layer_uris, scenario_marking
from ..open_task import PlannerError
from ..overlay import style_installed
from .scenarios import BASE

TR_CONTEXT = "AnshimPlanner"
tr = translator(TR_CONTEXT)


class AlreadyInstalled(PlannerError):
    """The scenario is in the installed tables already; ``marking`` says when and how many."""

    def __init__(self, text, marking):
        super().__init__(text)
        self.marking = marking


@dataclass(frozen=True)
class MarkedInstalled:
    """What marking wrote: the scenario, the date (ISO), the GeoPackage, the row counts and the project layers."""
    scenario: str
    installed_on: str
    gpkg_path: str
    sites: int
    routes: int
    layers: list


def iso_date(value):
    """``value`` (QDate, ``datetime.date`` or ISO text) as ``YYYY-MM-DD``; PlannerError when it is not a date."""
    if isinstance(value, QDate):
        if not value.isValid():
            raise PlannerError(tr("Choose the date the facilities were installed."))
        return value.toString("yyyy-MM-dd")
    try:
        return str(fmt.parse_date(value, "installation date"))
    except fmt.InstalledError:
        raise PlannerError(tr("'{value}' is not a date: give the installation date as YYYY-MM-DD.").format(
            value=value)) from None


class Installation:
    """Marks ``planner``'s scenarios as installed in its GeoPackage (``planner.gpkg_path`` unless told another)."""

    def __init__(self, planner):
        self.planner = planner
        self.chosen_path = None  # a GeoPackage chosen for a graded layer that is in none

    @property
    def gpkg_path(self):
        """Where marking goes by default: the planner's GeoPackage, else the one chosen last time, else None."""
        return self.planner.gpkg_path or self.chosen_path

    def marking(self, name=None, gpkg_path=None):
        """What the installed tables already hold for scenario ``name`` (the current one when None)."""
        planner = self.planner
        planner.require_open()
        path = gpkg_path or self.gpkg_path
        try:
            return scenario_marking(path, planner.book.get(name).name)
        except QgsProcessingException as error:
            raise PlannerError(str(error)) from None

    def mark(self, installed_on, name=None, gpkg_path=None, replace=False):
        planner = self.planner
        planner.require_open()
        scenario = planner.book.get(name)
        date = self._checked_date(installed_on)
        sites, routes = self._records(scenario)
        path = gpkg_path or self.gpkg_path
        if not path:
            raise PlannerError(tr("Layer '{name}' is not in a GeoPackage: choose a GeoPackage to record the installed "
                                  "facilities in.").format(name=planner.layer.name()))
        path = os.path.abspath(path)
        earlier = self.marking(scenario.name, path)
        if earlier and not replace:
            raise AlreadyInstalled(tr(
                "Scenario '{name}' is already marked as installed on {dates} ({sites} site(s), {routes} route(s) in "
                "{path}). Nothing was written: replace that marking, or mark another scenario.").format(
                    name=scenario.name, sites=earlier.sites, routes=earlier.routes, path=path,
                    **date_values("dates", earlier.dates)), earlier)
        try:
            written = append_installed(path, planner.layer.crs(), sites, routes, date,
                                       replace_scenario=scenario.name if replace else None)
        except QgsProcessingException as error:
            raise PlannerError(str(error)) from None
        if not planner.gpkg_path:
            self.chosen_path = path
        result = MarkedInstalled(scenario.name, date, path, *written, self._show_layers(path))
        planner.installed.emit(scenario.name)
        return result

    def _checked_date(self, installed_on):
        date = iso_date(installed_on)
        if datetime.date.fromisoformat(date) > datetime.date.today():
            raise PlannerError(tr("The installation date {date} is after today: mark facilities as installed once "
                                  "they are in.").format(**date_values("date", date)))
        return date

    def _records(self, scenario):
        if scenario.name == BASE:
            raise PlannerError(tr("The Base scenario holds no proposals: choose the scenario whose facilities were "
                                  "installed."))
        if not scenario.proposals:
            raise PlannerError(tr("Scenario '{name}' has no proposals to mark as installed: add the sites and routes "
                                  "that were installed first.").format(name=scenario.name))
        book_sites, book_routes = self.planner.book.formatted()
        return ([site for site in book_sites if site.scenario == scenario.name],
                [route for route in book_routes if route.scenario == scenario.name])

    def _show_layers(self, path):
        """The project's layers of the installed tables, reloaded; those not in the project yet are added."""
        project = QgsProject.instance()
        names = {fmt.SITES_TABLE: tr("Installed sites"), fmt.ROUTES_TABLE: tr("Installed safe-return routes")}
        shown = []
        for table, uri in installed_layer_uris(path).items():
            layer = _project_layer_of(project, path, table)
            if layer is None:
                layer = QgsVectorLayer(uri, names[table], "ogr")
                style_installed(layer, is_route=table == fmt.ROUTES_TABLE)
                project.addMapLayer(layer)
            else:
                layer.reload()
                layer.triggerRepaint()
            shown.append(layer)
        return shown


def _project_layer_of(project, path, table):
    """The project's layer reading ``table`` of GeoPackage ``path``, or None."""
    registry = QgsProviderRegistry.instance()
    real = os.path.realpath(path)
    for layer in project.mapLayers().values():
        if layer.providerType() != "ogr":
            continue
        parts = registry.decodeUri("ogr", layer.source())
        if (parts.get("path") and os.path.realpath(parts["path"]) == real
                and (parts.get("layerName") or "").lower() == table.lower()):
            return layer
    return None
