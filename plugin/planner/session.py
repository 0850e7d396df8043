"""The planner's session: opening a graded layer into the engine's ScenarioPlanner (now or as a task), the
planner's map layers, closing, and which engine proposal stands for which of the current scenario's proposals."""
import numpy as np
from qgis.core import QgsApplication, QgsProject

from ...engine.network.geometry import LineArrays
from ...engine.planning import proposals as fmt
from ...qgis_io.i18n import translator
from ...qgis_io.models import geopackage_table_of
from ..open_task import OpenPlannerTask, PlannerError, check_layer, resolve_model_path
from ..overlay import ChangeOverlay, ProposalLayers

TR_CONTEXT = "AnshimPlanner"
tr = translator(TR_CONTEXT)


class Session:
    """The open layer, its engine and the planner's layers; ``planner`` hears what happens."""

    def __init__(self, planner):
        self.planner = planner
        self.network = None
        self.engine = None
        self.layer = None
        self.overlay = None
        self.proposal_display = None
        self.task = None  # the running OpenPlannerTask, kept referenced
        self.engine_ids = {}  # pid -> the engine's proposal id, for the current scenario's proposals
        self.removing_layers = False  # True while the planner removes its own layers

    @property
    def is_open(self):
        return self.network is not None

    def require_open(self):
        if not self.is_open:
            raise PlannerError(tr("The planner is not open: choose a graded layer and open it first."))

    # opening and closing ---------------------------------------------------------------------------------------

    def open(self, layer, model_path=None):
        task = self._open_task(layer, model_path)
        task.run_now()
        if task.error:
            raise PlannerError(task.error)

    def open_in_background(self, layer, model_path=None):
        self.task = self._open_task(layer, model_path)
        QgsApplication.taskManager().addTask(self.task)
        return self.task

    def _open_task(self, layer, model_path):
        check_layer(layer)
        model_path = resolve_model_path(layer, model_path)
        self.planner.close()
        return OpenPlannerTask(layer, model_path, self._opened)

    def _opened(self, task):
        planner = self.planner
        self.task = None
        if task.error:
            planner.message.emit(task.error, 1)
            return
        layer = QgsProject.instance().mapLayer(task.network.layer_id)
        if layer is None:
            planner.message.emit(tr("The graded layer was removed while the planner was opening."), 1)
            return
        self.network, self.layer = task.network, layer
        self.engine = task.network.engine
        crs = layer.crs()
        self.overlay = ChangeOverlay(self.engine, task.network.seg_ids, crs, tr("Grade changes (planner)"))
        self.proposal_display = ProposalLayers(crs)
        planner.persistence.gpkg_path = (
            geopackage_table_of(layer.source())[0] if layer.providerType() == "ogr" else None)
        planner.book.reset()
        planner.project.restore_pending()
        planner.project.write_entries()
        planner.opened.emit()
        planner.scenarios_changed.emit()
        planner.changed.emit()

    def cancel(self):
        if self.task is not None:
            self.task.cancel()
        self.task = None

    def close(self):
        """Remove the planner's layers and forget the engine; returns whether it was open."""
        if not self.is_open:
            return False
        self.removing_layers = True
        try:
            for holder in (self.overlay, self.proposal_display):
                if holder is not None:
                    holder.remove()
        finally:
            self.removing_layers = False
        self.network = self.engine = self.layer = self.overlay = self.proposal_display = None
        self.engine_ids = {}
        return True

    def owns_a_layer_of(self, layer_ids):
        """Whether one of ``layer_ids`` is the overlay or a proposal layer."""
        return self.overlay.layer.id() in layer_ids or any(
            layer.id() in layer_ids for layer in self.proposal_display.layers())

    # the engine ------------------------------------------------------------------------------------------------

    def engine_add(self, proposal):
        if proposal.is_route:
            engine_id = self.engine.add_route(LineArrays.from_list([np.asarray(proposal.vertices)]))
        else:
            weight = float(proposal.cameras) if proposal.kind == "cctv" else 1.0
            engine_id = self.engine.add_point(fmt.PLANNER_KINDS[proposal.kind], proposal.vertices[0], weight)
        self.engine_ids[proposal.pid] = engine_id
        return self.engine.proposals[engine_id].segments

    def engine_remove(self, pid):
        return self.engine.remove(self.engine_ids.pop(pid))

    def load_engine(self, proposals):
        """Withdraw every proposal from the engine and add ``proposals``; returns the segments touched."""
        touched = [self.engine_remove(pid) for pid in list(self.engine_ids)]
        touched += [self.engine_add(proposal) for proposal in proposals]
        return np.concatenate(touched) if touched else np.empty(0, dtype=np.int64)

    def show(self, scenario, touched):
        """Redraw the overlay on the ``touched`` segments and the proposal layers with ``scenario``'s."""
        self.overlay.update(touched)
        self.proposal_display.show(scenario.proposals)
