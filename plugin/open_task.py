"""Opening the planner: a graded layer and its model read into the engine's ScenarioPlanner, as a QgsTask.

The dock runs the task in QGIS's task manager (progress bar, Cancel, the GUI stays live); scripts and tests call
:meth:`OpenPlannerTask.run_now`, the same code path in the calling thread.
"""
from dataclasses import dataclass

import numpy as np
from qgis.core import (QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback, QgsProject, QgsTask,
                       QgsWkbTypes)
from qgis.PyQt.QtCore import QCoreApplication

from ..engine.planning.optimiser import EXISTING_DISTANCE_FIELDS
from ..engine.progress import Canceled
from ..engine.planning.scenario import ScenarioPlanner
from ..qgis_io.metric_crs import why_layer_not_metric
from ..qgis_io.models import load_model_file, read_factor_table, recorded_model_path
from ..qgis_io.ogr_source import direct_source_of_layer

TR_CONTEXT = "AnshimPlannerOpen"


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


class PlannerError(Exception):
    """Something the user can fix; the message says what and how (the dock shows it in the message bar)."""


@dataclass
class OpenedNetwork:
    """What opening gives the controller: the engine and what ties its arrays back to the layer."""
    layer_id: str
    model_path: str
    settings: dict
    engine: ScenarioPlanner
    seg_ids: np.ndarray  # the layer's seg_id per engine segment (feature ids when the layer has no seg_id)
    existing_distances: dict  # site kind -> the layer's distance to the nearest such facility, where it has one


def check_layer(layer):
    """Refuse a layer the planner cannot work on, with a message naming it and saying what to do."""
    if layer is None or not layer.isValid():
        raise PlannerError(tr("The graded layer is missing or could not be opened: choose a graded segments layer."))
    if QgsWkbTypes.geometryType(layer.wkbType()) != QgsWkbTypes.LineGeometry:
        raise PlannerError(tr("Layer '{name}' has no line geometries: choose the graded segments layer.").format(
            name=layer.name()))
    if not layer.crs().isValid():
        raise PlannerError(tr("Layer '{name}' has no coordinate reference system: set one in its Layer Properties → "
                              "Source.").format(name=layer.name()))
    if layer.featureCount() == 0:
        raise PlannerError(tr("Layer '{name}' is empty: grade the streets of a district first.").format(
            name=layer.name()))
    problem = why_layer_not_metric(layer, QgsProject.instance().transformContext(), layer.name())
    if problem:
        # the planner measures reach in the layer's own CRS, so a degree, foot or off-scale unit would be wrong
        raise PlannerError(tr("Layer '{name}': {problem}. The planner measures reach in metres: run 'Grade streets' "
                              "on it again (its output is in metres on the ground) and plan on that layer.").format(
            name=layer.name(), problem=problem))


def resolve_model_path(layer, model_path):
    path = model_path or recorded_model_path(layer)
    if not path:
        raise PlannerError(tr("No model is recorded for layer '{name}' and no .anshim file lies beside it: choose the "
                              "model file it was graded with.").format(name=layer.name()))
    return path


def open_network(layer, model_path, feedback):
    """Read ``layer`` with the factors of the model in ``model_path`` and build the engine."""
    try:
        model, manifest = load_model_file(model_path)
        feedback.setProgress(5)
        crs = layer.crs()
        lines, feature_ids, X, extra = read_factor_table(
            layer, model, crs, QgsProcessingContext(), feedback, layer.name(),
            ("pop_night", "seg_id", *EXISTING_DISTANCE_FIELDS.values()), direct_source_of_layer(layer, crs))
    except QgsProcessingException as error:
        raise PlannerError(str(error)) from None
    if len(lines) != len(feature_ids):
        raise PlannerError(tr("Layer '{name}' has multi-part lines: the planner needs one line per segment, as "
                              "'Segment streets' writes them.").format(name=layer.name()))
    if feedback.isCanceled():
        raise Canceled()
    feedback.setProgress(60)
    settings = dict(manifest.get("factor_settings") or {})
    engine = ScenarioPlanner(lines, dict(zip(model.factor_names, X.T)), model, settings, extra.get("pop_night"))
    seg_ids = np.nan_to_num(extra["seg_id"], nan=-1).astype(np.int64) if "seg_id" in extra else feature_ids
    feedback.setProgress(100)
    existing = {kind: extra[name] for kind, name in EXISTING_DISTANCE_FIELDS.items() if name in extra}
    return OpenedNetwork(layer.id(), model_path, engine.settings, engine, seg_ids, existing)


class OpenPlannerTask(QgsTask):
    """Builds an :class:`OpenedNetwork`; ``on_done(task)`` runs on the main thread with ``network`` or ``error``."""

    def __init__(self, layer, model_path, on_done):
        super().__init__(tr("Anshim: opening the planner on {name}").format(name=layer.name()), QgsTask.CanCancel)
        self.layer = layer
        self.model_path = model_path
        self.on_done = on_done
        self.network = None
        self.error = None
        self.feedback = QgsProcessingFeedback()
        self.feedback.progressChanged.connect(self.setProgress)

    def run(self):
        try:
            self.network = open_network(self.layer, self.model_path, self.feedback)
            return True
        except Canceled:
            self.error = tr("Opening the planner was cancelled: nothing changed.")
        except PlannerError as error:
            self.error = str(error)
        except MemoryError:
            self.error = tr("Not enough memory to open the planner on layer '{name}'.").format(name=self.layer.name())
        return False

    def cancel(self):
        self.feedback.cancel()
        super().cancel()

    def finished(self, result):  # noqa: N802 (QGIS's name)
        if self.isCanceled() and self.error is None:
            self.error = tr("Opening the planner was cancelled: nothing changed.")
        self.on_done(self)

    def run_now(self):
        """The task's work in the calling thread (scripts, tests), then its completion callback."""
        self.finished(self.run())
