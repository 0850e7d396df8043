"""Keeping the planner's proposals: the GeoPackage tables anshim_proposed_sites and anshim_proposed_routes (every
scenario, in the proposal format), and the algorithms that read them (simulate scenario, council briefing)."""
import os

from qgis.core import QgsProcessingException

from ...engine.planning import proposals as fmt
from ...qgis_io.i18n import translator
from ...qgis_io.proposals import proposal_layers, write_proposals
from ..open_task import PlannerError
from .project_entries import read_proposal_tables
from .scenarios import BASE

TR_CONTEXT = "AnshimPlanner"
tr = translator(TR_CONTEXT)


class Persistence:
    """Where ``planner``'s proposals are saved (``gpkg_path``, by default the graded layer's GeoPackage)."""

    def __init__(self, planner):
        self.planner = planner
        self.gpkg_path = None

    def save(self, gpkg_path=None):
        planner = self.planner
        planner.require_open()
        path = gpkg_path or self.gpkg_path
        if not path:
            raise PlannerError(tr("Layer '{name}' is not in a GeoPackage: choose a GeoPackage to save the proposals "
                                  "in.").format(name=planner.layer.name()))
        sites, routes = planner.book.formatted()
        try:
            write_proposals(path, planner.layer.crs(), sites, routes)
        except QgsProcessingException as error:
            raise PlannerError(str(error)) from None
        self.gpkg_path = os.path.abspath(path)
        planner.project.write_entries()
        return self.gpkg_path

    def saved_tables(self):
        if not self.gpkg_path:
            return None, None
        return proposal_layers(self.gpkg_path)

    def load(self, gpkg_path):
        planner = self.planner
        planner.require_open()
        if not gpkg_path or not os.path.isfile(gpkg_path):
            raise PlannerError(tr("There is no GeoPackage '{path}' to load proposals from.").format(path=gpkg_path))
        try:
            sites, routes = read_proposal_tables(gpkg_path, planner.layer.crs())
        except QgsProcessingException as error:
            raise PlannerError(str(error)) from None
        names = [name for name in planner.scenario_names() if name != BASE]
        self.restore_scenarios(names + fmt.scenario_names(sites, routes), sites, routes)
        self.gpkg_path = os.path.abspath(gpkg_path)
        planner.project.write_entries()

    def restore_scenarios(self, names, sites, routes):
        """Scenarios ``names`` (Base first, always) with the saved ``sites`` and ``routes`` of each."""
        planner = self.planner
        planner.set_scenario(BASE)
        planner.book.restore(names, sites, routes)
        planner.numbers.forget()
        planner.undo_stack.clear()
        planner.scenarios_changed.emit()

    def save_as_layer(self, output="TEMPORARY_OUTPUT", load=True):
        from qgis import processing

        from ...processing_algorithms.simulate_scenario import unit_cost_parameters
        planner = self.planner
        if planner.current == BASE:
            raise PlannerError(tr("The Base scenario has no proposals: choose a scenario to save as a layer."))
        sites, routes = self._saved_sources()
        parameters = {"INPUT": planner.layer, "MODEL": planner.network.model_path, "PROPOSED_SITES": sites,
                      "PROPOSED_ROUTES": routes, "SCENARIO": planner.current, "OUTPUT": output,
                      **unit_cost_parameters(planner.unit_costs_krw)}
        run = processing.runAndLoadResults if load else processing.run
        return run("anshim:simulatescenario", parameters)

    def briefing_parameters(self, output_pdf=""):
        from ...processing_algorithms.export_briefing import briefing_parameters
        from ...processing_algorithms.simulate_scenario import unit_cost_parameters
        planner = self.planner
        names = [name for name in planner.scenario_names() if name != BASE]
        if not names:
            raise PlannerError(tr("There is no scenario to brief yet: make a scenario with proposals first."))
        sites, routes = self._saved_sources()
        return briefing_parameters(planner.layer, planner.network.model_path, sites, routes, names, output_pdf,
                                   **unit_cost_parameters(planner.unit_costs_krw))

    def _saved_sources(self):
        """Save, then the two tables as layer sources."""
        path = self.save()
        return (f"{path}|layername={table}" for table in (fmt.SITES_TABLE, fmt.ROUTES_TABLE))
