"""The planner and the QGIS project: its entries in the project (layer, model, GeoPackage, scenarios, unit costs),
saving the proposals when the project is saved, opening the planner again when the project is read, and closing
when the project is cleared or one of the planner's layers is removed."""
import os

from qgis.core import QgsProcessingException, QgsProject

from ...qgis_io.i18n import translator
from ..open_task import PlannerError
from .project_entries import SavedPlanner, read_planner_entries, read_proposal_tables, write_planner_entries
from .scenarios import BASE
from .unsaved import keep_unsaved_proposals

TR_CONTEXT = "AnshimPlanner"
tr = translator(TR_CONTEXT)


class ProjectLink:
    """Follows the project's signals for ``planner`` from creation to :meth:`unload`."""

    def __init__(self, planner):
        self.planner = planner
        self.restore_in_background = True
        self._pending_scenarios = None  # scenarios to restore once the open task is done
        self._pending_current = BASE
        self._pending_gpkg = None
        project = QgsProject.instance()
        self._connections = ((project.layersWillBeRemoved, self._on_layers_removed),
                             (project.writeProject, self._on_project_write),
                             (project.readProject, self._on_project_read),
                             (project.removeAll, self._on_project_cleared))
        for signal, slot in self._connections:
            signal.connect(slot)

    def unload(self):
        for signal, slot in self._connections:
            signal.disconnect(slot)

    def write_entries(self):
        planner = self.planner
        if planner.is_open:
            write_planner_entries(QgsProject.instance(), SavedPlanner(
                planner.layer.id(), planner.network.model_path, planner.gpkg_path, planner.scenario_names(),
                planner.current, planner.unit_costs_krw))

    def restore_pending(self):
        """Once opened for a project being read: its GeoPackage and scenarios."""
        if self._pending_gpkg:
            self.planner.persistence.gpkg_path = self._pending_gpkg
        self._pending_gpkg = None
        if self._pending_scenarios is not None:
            self.planner.persistence.restore_scenarios(*self._pending_scenarios)
            self._pending_scenarios = None

    def _on_project_write(self, _document):
        """Saving the project saves the proposals next to it, so scenarios come back with the project."""
        planner = self.planner
        if planner.is_open and planner.gpkg_path and len(planner.scenario_names()) > 1:
            try:
                planner.save()
            except Exception as error:  # noqa: B902 (the project must still save; the user is told)
                planner.message.emit(tr("The proposals could not be saved to {path}: {error}").format(
                    path=planner.gpkg_path, error=error), 2)

    def _on_project_read(self, _document):
        """A project saved with the planner open opens it again, with its scenarios and unit costs."""
        planner = self.planner
        saved = read_planner_entries(QgsProject.instance())
        if saved is None:
            return
        layer = QgsProject.instance().mapLayer(saved.layer_id)
        if layer is None:
            planner.message.emit(tr("The project's planner layer is missing: open the planner on a graded layer."), 1)
            return
        planner.unit_costs_krw.update(saved.unit_costs_krw)
        try:
            sites, routes = read_proposal_tables(saved.gpkg_path, layer.crs())
        except QgsProcessingException as error:
            planner.message.emit(tr("The saved proposals could not be read: {error}").format(error=error), 1)
            sites, routes = [], []
        self._pending_scenarios = (saved.scenarios, sites, routes)
        self._pending_current = saved.current if saved.current in saved.scenarios else BASE
        self._pending_gpkg = saved.gpkg_path or None
        model_path = saved.model_path if os.path.isfile(saved.model_path) else None
        try:
            if self.restore_in_background:
                planner.open_in_background(layer, model_path)
                planner.opened.connect(self._restore_current)
            else:
                planner.open(layer, model_path)
                self._restore_current()
        except PlannerError as error:
            self._pending_scenarios = self._pending_gpkg = None
            planner.message.emit(str(error), 1)

    def _restore_current(self):
        try:
            self.planner.opened.disconnect(self._restore_current)
        except TypeError:
            pass
        if self._pending_current in self.planner.scenario_names():
            self.planner.set_scenario(self._pending_current)

    def _on_project_cleared(self):
        keep_unsaved_proposals(self.planner)  # QGIS closing or another project: unsaved proposals saved or asked about
        self._pending_scenarios = None
        self.planner.close()

    def _on_layers_removed(self, layer_ids):
        planner = self.planner
        if planner.session.removing_layers or not planner.is_open:
            return
        if planner.layer.id() in layer_ids:
            kept = ""
            if planner.gpkg_path and len(planner.scenario_names()) > 1:
                try:
                    kept = tr(" The proposals were saved to {path}.").format(path=planner.save())
                except Exception:  # noqa: B902 (closing must go on; the message says nothing was saved)
                    kept = ""
            planner.close(tr("The graded layer '{name}' was removed: the planner closed.").format(
                name=planner.layer.name()) + kept)
        elif planner.session.owns_a_layer_of(layer_ids):
            planner.close(tr("A planner layer was removed: the planner closed. Open it again to continue."))
