"""Map tools of the planner dock: they turn mouse and key events into planner calls and nothing more.

Points go to the planner in the graded layer's CRS; a refused call (far from every street, Base locked) reaches the
user as the planner's message, through ``report`` (the dock puts it in the message bar).
"""
from qgis.core import QgsGeometry, QgsPointXY, QgsWkbTypes
from qgis.gui import QgsMapTool, QgsRubberBand
from qgis.PyQt.QtCore import QCoreApplication, QPoint, Qt
from qgis.PyQt.QtGui import QColor

from .open_task import PlannerError

TR_CONTEXT = "AnshimMapTools"
PICK_TOLERANCE_PX = 8
_CIRCLE_SEGMENTS = 48


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


class PlannerMapTool(QgsMapTool):
    """Shared: the planner, where refusals go, and points in the graded layer's CRS."""

    def __init__(self, canvas, planner, report):
        super().__init__(canvas)
        self.planner = planner
        self.report = report
        self.bands = []

    def layer_point(self, event):
        return self.toLayerCoordinates(self.planner.layer, event.mapPoint())

    def tolerance_m(self, event):
        """The pick tolerance in layer units: a few pixels at the current scale."""
        here = self.toLayerCoordinates(self.planner.layer, self.toMapCoordinates(event.pos()))
        there = self.toLayerCoordinates(self.planner.layer, self.toMapCoordinates(
            event.pos() + QPoint(PICK_TOLERANCE_PX, 0)))
        return max(here.distance(there), 1.0)

    def call(self, action, *args, **kwargs):
        """``action(*args)`` on the planner; a PlannerError is reported instead of raised."""
        try:
            return action(*args, **kwargs)
        except PlannerError as error:
            self.report(str(error))
            return None

    def keyPressEvent(self, event):  # noqa: N802 (Qt's name)
        """Ctrl+Z undoes and Ctrl+Shift+Z redoes the last proposal while the canvas has the focus."""
        if event.key() == Qt.Key_Z and event.modifiers() & Qt.ControlModifier:
            self.call(self.planner.redo if event.modifiers() & Qt.ShiftModifier else self.planner.undo)
            event.accept()
        else:
            event.ignore()

    def band(self, geometry_type, colour, width=2):
        band = QgsRubberBand(self.canvas(), geometry_type)
        band.setColor(colour)
        band.setWidth(width)
        self.bands.append((band, geometry_type))
        return band

    def deactivate(self):
        for band, geometry_type in self.bands:
            band.reset(geometry_type)
        super().deactivate()

    def remove_bands(self):
        """Take the rubber bands off the canvas (the plugin's unload)."""
        for band, _ in self.bands:
            self.canvas().scene().removeItem(band)
        self.bands = []


class PlaceSiteTool(PlannerMapTool):
    """Click to propose a site of ``kind``; the hover preview is the reach the model's settings give it."""

    def __init__(self, canvas, planner, report, kind, cameras=lambda: 1):
        super().__init__(canvas, planner, report)
        self.kind = kind
        self.cameras = cameras
        self.reach = self.band(QgsWkbTypes.PolygonGeometry, QColor(31, 120, 180, 200))
        self.reach.setFillColor(QColor(31, 120, 180, 40))
        self.setCursor(Qt.CrossCursor)

    def canvasMoveEvent(self, event):  # noqa: N802 (Qt's name)
        if not self.planner.is_open:
            return
        centre = self.layer_point(event)
        circle = QgsGeometry.fromPointXY(centre).buffer(self.planner.reach_m(self.kind), _CIRCLE_SEGMENTS)
        self.reach.setToGeometry(circle, self.planner.layer)

    def canvasReleaseEvent(self, event):  # noqa: N802
        if event.button() != Qt.LeftButton:
            return
        cameras = self.cameras() if self.kind == "cctv" else 1
        self.call(self.planner.add_site, self.kind, self.layer_point(event), cameras=cameras)


class DrawRouteTool(PlannerMapTool):
    """Left click adds a vertex, right click or Enter finishes, Backspace removes the last vertex, Esc cancels."""

    def __init__(self, canvas, planner, report):
        super().__init__(canvas, planner, report)
        self.vertices = []
        self.line = self.band(QgsWkbTypes.LineGeometry, QColor(31, 120, 180, 220), 3)
        self.setCursor(Qt.CrossCursor)

    def canvasReleaseEvent(self, event):  # noqa: N802
        if event.button() == Qt.LeftButton:
            self.vertices.append(self.layer_point(event))
            self._draw()
        elif event.button() == Qt.RightButton:
            self.finish()

    def canvasMoveEvent(self, event):  # noqa: N802
        if self.vertices:
            self._draw(self.layer_point(event))

    def keyPressEvent(self, event):  # noqa: N802
        key = event.key()
        if key in (Qt.Key_Return, Qt.Key_Enter):
            self.finish()
        elif key == Qt.Key_Backspace and self.vertices:
            self.vertices.pop()
            self._draw()
        elif key == Qt.Key_Escape:
            self.cancel()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def finish(self):
        vertices, self.vertices = self.vertices, []
        self._draw()
        if len(vertices) >= 2:
            self.call(self.planner.add_route, vertices)
        elif vertices:
            self.report(tr("A route needs at least two vertices: click along the streets, then right-click or "
                           "press Enter."))

    def cancel(self):
        self.vertices = []
        self._draw()

    def _draw(self, floating=None):
        points = list(self.vertices) + ([floating] if floating is not None else [])
        self.line.setToGeometry(QgsGeometry.fromPolylineXY(points) if len(points) >= 2 else QgsGeometry(),
                                self.planner.layer)

    def deactivate(self):
        self.cancel()
        super().deactivate()


class RemoveProposalTool(PlannerMapTool):
    """Click on a proposal to withdraw it."""

    def canvasReleaseEvent(self, event):  # noqa: N802
        if event.button() != Qt.LeftButton or not self.planner.is_open:
            return
        pid = self.planner.proposal_at(self.layer_point(event), self.tolerance_m(event))
        if pid is None:
            self.report(_nothing_here())
            return
        self.call(self.planner.remove, pid)


class MoveProposalTool(PlannerMapTool):
    """Press on a proposal, drag, release: a site goes where the mouse is released, a route moves by the drag."""

    def __init__(self, canvas, planner, report):
        super().__init__(canvas, planner, report)
        self.picked = None
        self.start = None
        self.ghost = self.band(QgsWkbTypes.LineGeometry, QColor(227, 26, 28, 200), 2)

    def canvasPressEvent(self, event):  # noqa: N802
        if event.button() != Qt.LeftButton or not self.planner.is_open:
            return
        self.start = self.layer_point(event)
        pid = self.planner.proposal_at(self.start, self.tolerance_m(event))
        self.picked = next((p for p in self.planner.proposals() if p.pid == pid), None)
        if self.picked is None:
            self.report(_nothing_here())

    def canvasMoveEvent(self, event):  # noqa: N802
        if self.picked is not None:
            self.ghost.setToGeometry(QgsGeometry.fromPolylineXY([self.start, self.layer_point(event)]),
                                     self.planner.layer)

    def canvasReleaseEvent(self, event):  # noqa: N802
        if self.picked is None or event.button() != Qt.LeftButton:
            return
        end = self.layer_point(event)
        picked, self.picked = self.picked, None
        self.ghost.reset(QgsWkbTypes.LineGeometry)
        if picked.is_route:
            dx, dy = end.x() - self.start.x(), end.y() - self.start.y()
            self.call(self.planner.move, picked.pid, [QgsPointXY(x + dx, y + dy) for x, y in picked.vertices])
        else:
            self.call(self.planner.move, picked.pid, end)


class WalkTool(PlannerMapTool):
    """Click an origin, then a destination: the shortest (grey, dashed) and the safest walk (green) are drawn and
    handed to ``on_walk``; the next click starts a new walk, a right click clears it."""

    def __init__(self, canvas, planner, report, on_walk, max_detour=lambda: 1.25):
        super().__init__(canvas, planner, report)
        self.on_walk = on_walk
        self.max_detour = max_detour
        self.origin = None
        self.shortest = self.band(QgsWkbTypes.LineGeometry, QColor(90, 90, 90, 220), 3)
        self.shortest.setLineStyle(Qt.DashLine)
        self.safest = self.band(QgsWkbTypes.LineGeometry, QColor(26, 152, 80, 230), 5)
        self.ends = self.band(QgsWkbTypes.PointGeometry, QColor(33, 33, 33), 2)
        self.ends.setIcon(QgsRubberBand.ICON_CIRCLE)
        self.ends.setIconSize(12)
        self.setCursor(Qt.CrossCursor)

    def activate(self):
        super().activate()
        self.call(self.planner.walks.prepare)

    def canvasReleaseEvent(self, event):  # noqa: N802
        if not self.planner.is_open:
            return
        if event.button() == Qt.RightButton:
            self.clear()
            self.on_walk(None)
        elif event.button() == Qt.LeftButton:
            point = self.layer_point(event)
            if self.origin is None:
                self.clear()
                self.origin = point
                self._mark([point])
            else:
                origin, self.origin = self.origin, None
                self._mark([origin, point])
                walk = self.call(self.planner.walks.between, origin, point, self.max_detour())
                if walk is not None:
                    self.show(walk)
                self.on_walk(walk)

    def show(self, walk):
        self._mark([walk.origin, walk.destination])
        for band, xy in ((self.shortest, walk.shortest_xy), (self.safest, walk.safest_xy)):
            band.setToGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in xy]) if len(xy) >= 2
                               else QgsGeometry(), self.planner.layer)

    def _mark(self, points):
        self.ends.setToGeometry(QgsGeometry.fromMultiPointXY(points), self.planner.layer)

    def clear(self):
        self.origin = None
        for band, geometry_type in self.bands:
            band.reset(geometry_type)

    def deactivate(self):
        """The drawn walk goes with the tool, and so do its numbers in the dock."""
        self.origin = None
        super().deactivate()
        self.on_walk(None)


def _nothing_here():
    return tr("No proposal of this scenario here: click on a proposed site or route.")
