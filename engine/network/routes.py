"""Walking routes over the segment network: the shortest path and the safest path within a detour limit.

The graph. Every segment is an edge between two nodes; segment ends within the snapping tolerance of each other
(transitively) are one node, as in :mod:`.structure`. Its length is the segment's length on the ground, its
*exposure* the segment's risk. Origins and destinations snap to the nearest point of the nearest segment within
``SNAP_DISTANCE_M`` (100 m): that point splits the segment, and the part walked counts by its share of the segment
(part length / segment length) in length and exposure alike.

The safest path minimises exposure (the sum of the risk of the segments walked, part-walked segments by the share
walked) among paths no longer than ``max_detour`` times the shortest path. This is a resource-constrained shortest
path problem, solved exactly in three steps:

1. **Pruning.** Any node of a walk no longer than ``L`` lies in the ellipse ``|p − o| + |p − d| <= L`` around
   the two points, so only the segments inside an ellipse are searched, widened until it holds every walk within
   the limit (a component label per node answers "not connected" at once). Two Dijkstra runs over lengths, from
   the origin and from the destination, give every node's distance to both. A segment ``u–v`` can lie on a path within the limit ``L_max`` only if
   ``d_o(u) + length + d_d(v) <= L_max`` (in one of its two directions); every other segment is dropped. What is
   left is a small ellipse-shaped graph around the two points.
2. **Lagrangian relaxation over length.** For a multiplier ``λ >= 0`` the path of least ``exposure + λ·length``
   is a plain Dijkstra run. ``λ = 0`` gives the least-exposure path; if it is within the limit it is the answer.
   Otherwise ``λ`` is raised until the path is within the limit (the shortest path always is), and the bracket
   ``[λ_lo, λ_hi]`` (too long, within the limit) is narrowed by bisection, each step placed where the two
   bracketing paths' lines ``exposure + λ·length`` cross, which is where the relaxation's lower bound
   ``min_p exposure(p) + λ·(length(p) − L_max)`` can next improve; it stops when no path beats both lines there.
   The best path found within the limit is an upper bound, the relaxation a lower bound on the optimum.
3. **Closing the gap exactly.** When the bounds differ, a label-setting search over the pruned graph finds the
   optimum: labels ``(exposure, length)`` spread from the origin best-first by a lower bound of their final
   exposure — the larger of the least exposure still to the destination and the relaxation's bound
   ``h_λ(v) − λ·(L_max − length so far)`` —, a label that cannot reach the destination within ``L_max`` or cannot
   beat the upper bound is dropped, and one dominated at its node (another label there no longer and no more
   exposed) too. The first label to reach the destination is the constrained optimum. The search is capped at
   ``MAX_LABELS`` labels; a search that reaches the cap keeps the relaxation's path and reports the remaining gap
   (``exact`` is False).

Everything is vectorised over the network (numpy, scipy.sparse.csgraph); only the label search and the walk along
one path run in Python, on the pruned graph.
"""
from dataclasses import dataclass, field
from typing import Optional

import numpy as np

from ..dependencies import require
from ..i18n import untranslated
from .route_search import PairProblem, Path, km_in_grades_4_5
from .spatial import SegmentIndex, measure_along
from .structure import segment_end_nodes

TR_CONTEXT = "AnshimRoutes"

SNAP_DISTANCE_M = 100.0
DEFAULT_MAX_DETOUR = 1.25

OK = "ok"
ORIGIN_OFF_NETWORK = "origin_off_network"
DESTINATION_OFF_NETWORK = "destination_off_network"
UNREACHABLE = "unreachable"


class SegmentGraph:
    """The segment network as a graph: ``start_node``/``end_node`` and the length of every segment, a position
    per node with a k-d tree over them (to cut out the neighbourhood of a pair), the connected component of every
    node, and a spatial index for snapping."""

    def __init__(self, segments, start_node, end_node, snap_tolerance_m=0.5, index=None):
        spatial, sparse, csgraph = require("scipy.spatial"), require("scipy.sparse"), require("scipy.sparse.csgraph")
        self.segments = segments
        self.start_node, self.end_node = start_node, end_node
        self.snap_tolerance_m = snap_tolerance_m
        self.length_m = segments.lengths()
        self.n_nodes = int(max(start_node.max(initial=-1), end_node.max(initial=-1)) + 1)
        first_xy, last_xy = segments.endpoints() if len(segments) else (np.empty((0, 2)), np.empty((0, 2)))
        self.node_xy = np.zeros((self.n_nodes, 2))
        self.node_xy[end_node], self.node_xy[start_node] = last_xy, first_xy
        self.node_tree = spatial.cKDTree(self.node_xy, balanced_tree=False)
        links = sparse.coo_matrix((np.ones(len(start_node), dtype=np.int8), (start_node, end_node)),
                                  shape=(self.n_nodes, self.n_nodes))
        self.component = csgraph.connected_components(links, directed=False)[1]
        self._index = index

    @classmethod
    def from_segments(cls, segments, snap_tolerance_m=0.5, index=None):
        """The graph of ``segments`` (a :class:`LineArrays` in metres, every line with at least one vertex);
        ``index``, a :class:`SegmentIndex` of the same segments, saves building one for snapping."""
        if len(segments) and np.any(segments.vertex_counts() == 0):
            raise ValueError("every segment needs at least one vertex; drop empty geometries first")
        start_node, end_node = segment_end_nodes(segments, snap_tolerance_m)
        return cls(segments, start_node.astype(np.int64), end_node.astype(np.int64), snap_tolerance_m, index)

    @property
    def index(self):
        """The spatial index used for snapping, built on first use (the dock may never snap)."""
        if self._index is None:
            self._index = SegmentIndex(self.segments)
        return self._index

    def locate(self, points_xy, max_distance_m=SNAP_DISTANCE_M):
        """``(segment, measure_m, distance_m)`` of each point: its nearest segment within ``max_distance_m``, the
        distance along that segment from its start to the point's foot, and the point's distance to it
        (``-1``, NaN, inf where no segment is that near)."""
        points_xy = np.asarray(points_xy, dtype=np.float64).reshape(-1, 2)
        segment, distance_m = self.index.snap(points_xy, max_distance_m)
        measure_m = np.full(len(points_xy), np.nan)
        found = np.flatnonzero(segment >= 0)
        if len(found):
            chosen = self.segments.subset(segment[found])
            measure_m[found] = measure_along(chosen, np.arange(len(found)), points_xy[found])
        return segment, measure_m, distance_m


@dataclass
class RouteResult:
    """Both paths of one origin–destination pair, or the reason there are none (``status`` and ``message``)."""

    status: str
    message: str = ""
    shortest: Optional[Path] = None
    safest: Optional[Path] = None
    max_length_m: float = np.nan
    lower_bound: float = np.nan  # on the safest path's exposure: equal to it when ``exact``
    exact: bool = True
    pruned_segments: int = 0
    stats: dict = field(default_factory=dict)

    @property
    def detour(self):
        """The safest path's length over the shortest's."""
        if self.shortest is None or self.shortest.length_m <= 0:
            return np.nan
        return self.safest.length_m / self.shortest.length_m

    @property
    def exposure_reduction(self):
        """Share of the shortest path's exposure the safest path avoids (0–1)."""
        if self.shortest is None or self.shortest.exposure <= 0:
            return 0.0
        return 1.0 - self.safest.exposure / self.shortest.exposure


def safest_path(graph, risk, origin_xy, destination_xy, max_detour=DEFAULT_MAX_DETOUR, grade=None, tr=untranslated):
    """The shortest and the safest path between two points: the dock's entry point.

    ``risk`` (and optionally ``grade``, for ``km_grade_4_5``) has one value per segment of ``graph``. The points
    snap onto the nearest segment within 100 m. Returns a :class:`RouteResult`; use ``result.safest.vertices(graph)``
    for the line.
    """
    segment, measure_m, _ = graph.locate(np.array([origin_xy, destination_xy], dtype=np.float64))
    return route_between(graph, np.asarray(risk, dtype=np.float64), (segment[0], measure_m[0]),
                         (segment[1], measure_m[1]), max_detour, grade, tr)


def route_pairs(graph, risk, origins_xy, destinations_xy, max_detour=DEFAULT_MAX_DETOUR, grade=None, progress=None,
                tr=untranslated):
    """:class:`RouteResult` of every origin–destination pair (row ``i`` of both arrays), in order."""
    from ..progress import report
    risk = np.asarray(risk, dtype=np.float64)
    origin_segment, origin_m, _ = graph.locate(origins_xy)
    destination_segment, destination_m, _ = graph.locate(destinations_xy)
    results = []
    for pair in range(len(origin_segment)):
        results.append(route_between(graph, risk, (origin_segment[pair], origin_m[pair]),
                                     (destination_segment[pair], destination_m[pair]), max_detour, grade, tr))
        report(progress, (pair + 1) / len(origin_segment))
    return results


def route_between(graph, risk, origin, destination, max_detour=DEFAULT_MAX_DETOUR, grade=None, tr=untranslated):
    """Both paths between two located points ``(segment, measure_m)`` (segment ``-1``: not on the network)."""
    if not 1.0 <= max_detour < float("inf"):  # NaN fails too: it made the widening loop run for ever
        raise ValueError(f"max_detour must be a finite number of at least 1 (the safe route is at most this times "
                         f"the shortest), not {max_detour}")
    if origin[0] < 0:
        return RouteResult(ORIGIN_OFF_NETWORK, tr("The origin is more than {distance:g} m from every street "
                                                  "segment.").format(distance=SNAP_DISTANCE_M))
    if destination[0] < 0:
        return RouteResult(DESTINATION_OFF_NETWORK, tr("The destination is more than {distance:g} m from every "
                                                       "street segment.").format(distance=SNAP_DISTANCE_M))
    problem = PairProblem(graph, risk, origin, destination, max_detour)
    if not np.isfinite(problem.shortest_m):
        return RouteResult(UNREACHABLE, tr("No street connects the origin to the destination (they lie on "
                                           "separate parts of the network)."))
    shortest_steps = problem.dijkstra_path(0.0, lengths_only=True)
    shortest = problem.path(shortest_steps)
    safest, lower_bound, exact = problem.constrained_optimum(shortest_steps)
    for path in (shortest, safest):
        path.km_grade_4_5 = km_in_grades_4_5(path, graph, grade)
    return RouteResult(OK, shortest=shortest, safest=safest, max_length_m=problem.max_length_m,
                       lower_bound=lower_bound, exact=exact, pruned_segments=problem.n_kept_segments,
                       stats=problem.stats)
