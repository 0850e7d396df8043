"""Walks in the planner: the shortest and the safest path between two clicked points under the current scenario.

The street graph is built once per opened network, in QGIS's task manager (4 s at city scale); a walk then takes
a fraction of a second, so it is computed on the click. The safest path can be proposed as a safe-return route
of the current scenario. From the Python console::

    walk = planner.walks.between(QgsPointXY(x0, y0), QgsPointXY(x1, y1))
    planner.walks.propose(walk)
"""
from dataclasses import dataclass

import numpy as np
from qgis.core import QgsApplication, QgsPointXY, QgsTask
from qgis.PyQt.QtCore import QCoreApplication, QObject

from ..engine.network import routes
from ..qgis_io.i18n import translator
from .open_task import PlannerError

TR_CONTEXT = "AnshimWalks"


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


@dataclass(frozen=True)
class Walk:
    """Both paths between ``origin`` and ``destination`` (layer CRS) on scenario ``scenario``."""
    scenario: str
    origin: QgsPointXY
    destination: QgsPointXY
    max_detour: float
    result: routes.RouteResult
    shortest_xy: np.ndarray
    safest_xy: np.ndarray

    @property
    def shortest(self):
        return self.result.shortest

    @property
    def safest(self):
        return self.result.safest


class Walks(QObject):
    """The planner's walking graph and the walks on it; see the module docstring."""

    def __init__(self, planner):
        super().__init__(planner)
        self.planner = planner
        self.graph = None
        self.task = None
        planner.closed.connect(self._forget)

    @property
    def is_ready(self):
        return self.graph is not None

    def prepare(self, background=True):
        """Build the graph of the planner's network unless it is built or being built."""
        self.planner.require_open()
        if self.graph is not None or self.task is not None:
            return
        engine = self.planner.engine
        if not background:
            self.graph = _graph_of(engine)
            return
        self.task = QgsTask.fromFunction(
            tr("Anshim: preparing the street graph for walks"), lambda task: _graph_of(engine),
            on_finished=lambda exception, graph=None: self._task_done(engine, exception, graph))
        QgsApplication.taskManager().addTask(self.task)

    def _task_done(self, engine, exception, graph):
        if engine is not self.planner.engine:
            return  # the planner closed, or opened again, while the graph was built
        self.task = None
        if exception is not None or graph is None:
            self.planner.message.emit(tr("The street graph for walks could not be built: {error}").format(
                error=exception or tr("cancelled")), 1)
            return
        self.graph = graph

    def _forget(self, _reason=""):
        if self.task is not None:
            self.task.cancel()
        self.graph = self.task = None

    def between(self, origin, destination, max_detour=routes.DEFAULT_MAX_DETOUR):
        """The shortest and the safest walk between two QgsPointXY of the layer's CRS, under the current
        scenario's risk; the safest is at most ``max_detour`` times the shortest. Raises PlannerError with a
        message when a point is off the network or the two are not connected."""
        self.planner.require_open()
        if self.graph is None:
            if self.task is not None:
                raise PlannerError(tr("The street graph for walks is still being prepared: click again in a "
                                      "moment."))
            self.prepare(background=False)
        engine = self.planner.engine
        try:
            max_detour = float(max_detour)
        except (TypeError, ValueError):
            max_detour = float("nan")
        if not 1.0 <= max_detour < float("inf"):  # NaN made the search run for ever
            raise PlannerError(tr("The detour must be a number of at least 1 (the safest walk is at most this many "
                                  "times the shortest), not {value}.").format(value=max_detour))
        result = routes.safest_path(self.graph, engine.risk, (origin.x(), origin.y()),
                                    (destination.x(), destination.y()), max_detour, engine.grade,
                                    translator(routes.TR_CONTEXT))
        if result.status != routes.OK:
            raise PlannerError(tr("No walk on layer '{name}': {reason}").format(
                name=self.planner.layer.name(), reason=result.message))
        return Walk(self.planner.current, QgsPointXY(origin), QgsPointXY(destination), max_detour, result,
                    result.shortest.vertices(self.graph), result.safest.vertices(self.graph))

    def propose(self, walk, name=""):
        """Add ``walk``'s safest path to the current scenario as a proposed safe-return route; returns its id."""
        if len(walk.safest_xy) < 2:
            raise PlannerError(tr("The two points are on the same spot of the street: there is no route to "
                                  "propose."))
        return self.planner.add_route([QgsPointXY(x, y) for x, y in walk.safest_xy], name)


def _graph_of(engine):
    """The walking graph of the planner's segments, sharing the planner's spatial index for snapping."""
    return routes.SegmentGraph.from_segments(engine.segments, index=engine.index)
