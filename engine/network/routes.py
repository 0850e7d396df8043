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
import heapq
from dataclasses import dataclass, field
from typing import List, Optional

import numpy as np

from ..dependencies import require
from ..i18n import untranslated
from .spatial import SegmentIndex, measure_along
from .structure import segment_end_nodes

TR_CONTEXT = "AnshimRoutes"

SNAP_DISTANCE_M = 100.0
DEFAULT_MAX_DETOUR = 1.25
MAX_LABELS = 200_000
# Relative slack on the length limit and on exposure comparisons, against rounding in sums of hundreds of edges.
_RELATIVE_EPS = 1e-9
# A tiny length term breaks ties between equally exposed paths in favour of the shorter one.
_TIE_BREAK = 1e-9
_MAX_BRACKET_STEPS = 40

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
class Path:
    """A walk over the network: ``edges`` are ``(segment, from_m, to_m)``, measures along each segment from its
    start, in walking order. ``length_m``, ``exposure`` and ``km_grade_4_5`` count part-walked segments by share."""

    edges: List[tuple]
    length_m: float
    exposure: float
    km_grade_4_5: float = 0.0

    def vertices(self, graph):
        """The path's vertex coordinates (``(n, 2)``) along the segments' own geometry."""
        parts = [_polyline_between(graph.segments.line(segment), from_m, to_m) for segment, from_m, to_m in self.edges]
        if not parts:
            return np.empty((0, 2))
        coords = np.concatenate(parts)
        keep = np.r_[True, np.any(np.diff(coords, axis=0) != 0.0, axis=1)]
        return coords[keep]

    def segment_indices(self):
        return np.array([segment for segment, _, _ in self.edges], dtype=np.int64)


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
    problem = _PairProblem(graph, risk, origin, destination, max_detour)
    if not np.isfinite(problem.shortest_m):
        return RouteResult(UNREACHABLE, tr("No street connects the origin to the destination (they lie on "
                                           "separate parts of the network)."))
    shortest_steps = problem.dijkstra_path(0.0, lengths_only=True)
    shortest = problem.path(shortest_steps)
    safest, lower_bound, exact = problem.constrained_optimum(shortest_steps)
    for path in (shortest, safest):
        path.km_grade_4_5 = _km_in_grades_4_5(path, graph, grade)
    return RouteResult(OK, shortest=shortest, safest=safest, max_length_m=problem.max_length_m,
                       lower_bound=lower_bound, exact=exact, pruned_segments=problem.n_kept_segments,
                       stats=problem.stats)


class _PairProblem:
    """One origin–destination pair on the pruned graph: local nodes, edges ``(u, v)`` with measures, Dijkstra and
    the constrained search. Local node 0 is the origin, 1 the destination."""

    def __init__(self, graph, risk, origin, destination, max_detour):
        self.graph, self.risk = graph, risk
        self.stats = {}
        self.shortest_m = np.inf
        if graph.component[graph.start_node[origin[0]]] != graph.component[graph.start_node[destination[0]]]:
            return
        origin_xy, destination_xy = _point_at(graph, *origin), _point_at(graph, *destination)
        straight_m = float(np.hypot(*(origin_xy - destination_xy)))
        # Every node of a walk no longer than L lies in the ellipse |p - o| + |p - d| <= L: search that part of the
        # network only, widening it until it holds every walk within the detour limit.
        reach_m = max_detour * max(2.0 * straight_m, straight_m + 300.0)
        while True:
            hood = _Neighbourhood(graph, origin_xy, destination_xy, reach_m, (origin[0], destination[0]))
            from_origin = hood.distances(origin, reach_m)
            shortest_m = _direct_length(origin, destination)
            for node, offset in hood.end_offsets(destination):
                shortest_m = min(shortest_m, from_origin[node] + offset)
            if np.isfinite(shortest_m) and max_detour * shortest_m <= reach_m * (1.0 + _RELATIVE_EPS):
                break
            reach_m = max_detour * shortest_m if np.isfinite(shortest_m) else 2.0 * reach_m
        self.shortest_m = shortest_m
        self.max_length_m = max_detour * shortest_m
        self.stats["neighbourhood_segments"] = len(hood.segment)
        to_destination = hood.distances(destination, self.max_length_m)
        self._build_pruned(hood, origin, destination, from_origin, to_destination)

    # --- building the pruned graph ---------------------------------------------------------------------------

    def _build_pruned(self, hood, origin, destination, from_origin, to_destination):
        graph = self.graph
        limit = self.max_length_m * (1.0 + _RELATIVE_EPS) + 1e-6
        u, v, length_m = hood.u, hood.v, hood.length_m
        through = np.minimum(from_origin[u] + to_destination[v], from_origin[v] + to_destination[u]) + length_m
        keep = (through <= limit) & (u != v)
        kept, u, v, length_m = hood.segment[keep], u[keep], v[keep], length_m[keep]
        self.n_kept_segments = len(kept)
        # virtual edges: the origin to both ends of its segment, both ends of the destination's segment to it
        o_segment, o_m = origin
        d_segment, d_m = destination
        o_length, d_length = graph.length_m[o_segment], graph.length_m[d_segment]
        edge_segment = [kept, [o_segment, o_segment, d_segment, d_segment]]
        edge_from = [np.zeros(len(kept)), [o_m, o_m, 0.0, d_length]]
        edge_to = [length_m, [0.0, o_length, d_m, d_m]]
        (o_start, _), (o_end, _) = hood.end_offsets(origin)
        (d_start, _), (d_end, _) = hood.end_offsets(destination)
        hood_u = [u, [-1, -1, d_start, d_end]]
        hood_v = [v, [o_start, o_end, -2, -2]]
        if o_segment == d_segment:  # both on one segment: the direct walk along it
            edge_segment.append([o_segment])
            edge_from.append([o_m])
            edge_to.append([d_m])
            hood_u.append([-1])
            hood_v.append([-2])
        self.edge_segment = np.concatenate(edge_segment).astype(np.int64)
        self.edge_from = np.concatenate(edge_from).astype(np.float64)
        self.edge_to = np.concatenate(edge_to).astype(np.float64)
        hood_u, hood_v = np.concatenate(hood_u).astype(np.int64), np.concatenate(hood_v).astype(np.int64)
        # ids on the pruned graph: origin 0, destination 1, then the kept nodes of the neighbourhood
        ends = np.concatenate([hood_u, hood_v])
        network_nodes = np.unique(ends[ends >= 0])
        local = np.where(ends == -1, 0, np.where(ends == -2, 1, np.searchsorted(network_nodes, ends) + 2))
        self.edge_u, self.edge_v = local[:len(hood_u)], local[len(hood_u):]
        self.n_nodes = len(network_nodes) + 2
        share = np.abs(self.edge_to - self.edge_from) / np.maximum(graph.length_m[self.edge_segment], 1e-12)
        self.edge_length = share * graph.length_m[self.edge_segment]
        self.edge_exposure = share * self.risk[self.edge_segment]
        self.stats.update(pruned_nodes=self.n_nodes, pruned_edges=len(self.edge_u))

    # --- paths ---------------------------------------------------------------------------------------------------

    def _weight(self, lam, lengths_only=False):
        if lengths_only:
            return self.edge_length + _TIE_BREAK
        return self.edge_exposure + (lam + _TIE_BREAK) * self.edge_length

    def dijkstra_path(self, lam, lengths_only=False):
        """Edge ids of the least-weight path from the origin to the destination."""
        csgraph, sparse = require("scipy.sparse.csgraph"), require("scipy.sparse")
        u, v, weight, edge = _one_edge_per_node_pair(self.edge_u, self.edge_v, self._weight(lam, lengths_only))
        matrix = sparse.csr_matrix((np.concatenate([weight, weight]) + 1e-15,
                                    (np.concatenate([u, v]), np.concatenate([v, u]))),
                                   shape=(self.n_nodes, self.n_nodes))
        _, predecessor = csgraph.dijkstra(matrix, directed=True, indices=0, return_predecessors=True)
        nodes = [1]
        while nodes[-1] != 0:
            nodes.append(predecessor[nodes[-1]])
            if nodes[-1] < 0:
                raise RuntimeError("the pruned graph lost the path between origin and destination")
        nodes = np.array(nodes[::-1], dtype=np.int64)
        lo, hi = np.minimum(nodes[:-1], nodes[1:]), np.maximum(nodes[:-1], nodes[1:])
        keys = u * self.n_nodes + v  # u < v, sorted by _one_edge_per_node_pair
        position = np.searchsorted(keys, lo * self.n_nodes + hi)
        return [(int(e), int(a)) for e, a in zip(edge[position], nodes[:-1])]  # (edge id, node walked from)

    def path(self, steps):
        """A :class:`Path` from ``(edge id, node walked from)`` steps."""
        edges = []
        for edge, start in steps:
            forward = self.edge_u[edge] == start
            from_m, to_m = (self.edge_from[edge], self.edge_to[edge]) if forward else (
                self.edge_to[edge], self.edge_from[edge])
            if from_m != to_m:  # an origin on a node walks none of its segment
                edges.append((int(self.edge_segment[edge]), float(from_m), float(to_m)))
        ids = np.array([edge for edge, _ in steps], dtype=np.int64)
        return Path(edges, float(self.edge_length[ids].sum()), float(self.edge_exposure[ids].sum()))

    def _totals(self, steps):
        ids = np.array([edge for edge, _ in steps], dtype=np.int64)
        return float(self.edge_exposure[ids].sum()), float(self.edge_length[ids].sum())

    def constrained_optimum(self, shortest_steps):
        """``(safest path, lower bound on its exposure, exact)``: see the module docstring, steps 2 and 3."""
        limit = self.max_length_m * (1.0 + _RELATIVE_EPS) + 1e-6
        least_exposed = self.dijkstra_path(0.0)
        exposure, length_m = self._totals(least_exposed)
        self.stats["lagrangian_steps"] = 1
        if length_m <= limit:
            return self.path(least_exposed), exposure, True
        lo = (0.0, least_exposed, exposure, length_m)
        hi = self._feasible_multiplier(exposure, shortest_steps)
        best = hi
        lower_bound = exposure  # the relaxation at λ = 0
        for _ in range(_MAX_BRACKET_STEPS):
            # where the lines exposure + λ·length of the two bracketing paths cross
            lam = (hi[2] - lo[2]) / (lo[3] - hi[3]) if lo[3] > hi[3] else hi[0]
            if not lo[0] < lam < hi[0]:
                lam = 0.5 * (lo[0] + hi[0])
            steps = self.dijkstra_path(lam)
            exposure, length_m = self._totals(steps)
            self.stats["lagrangian_steps"] += 1
            lower_bound = max(lower_bound, exposure + lam * (length_m - self.max_length_m))
            crossing = lo[2] + lam * lo[3]
            if length_m <= limit:
                if exposure < best[2]:
                    best = (lam, steps, exposure, length_m)
            if exposure + lam * length_m >= crossing * (1.0 - _RELATIVE_EPS) - 1e-12:
                break  # no path lies below both lines: the relaxation is at its best at this λ
            if length_m <= limit:
                hi = (lam, steps, exposure, length_m)
            else:
                lo = (lam, steps, exposure, length_m)
        self.stats["lambda"] = lam
        best_path = self.path(best[1])
        upper = best_path.exposure
        if upper - lower_bound <= _RELATIVE_EPS * max(upper, 1e-12):
            return best_path, upper, True
        return self._close_gap(best_path, lam, lower_bound)

    def _feasible_multiplier(self, least_exposure, shortest_steps):
        """A ``(λ, steps, exposure, length)`` whose path is within the limit, raising λ from a scale of the
        network's risk per metre; the shortest path (λ = ∞) if none is found."""
        limit = self.max_length_m * (1.0 + _RELATIVE_EPS) + 1e-6
        lam = max(least_exposure, 1e-9) / max(self.max_length_m, 1.0)
        for _ in range(60):
            steps = self.dijkstra_path(lam)
            exposure, length_m = self._totals(steps)
            self.stats["lagrangian_steps"] = self.stats.get("lagrangian_steps", 0) + 1
            if length_m <= limit:
                return lam, steps, exposure, length_m
            lam *= 4.0
        exposure, length_m = self._totals(shortest_steps)
        return 1e300, shortest_steps, exposure, length_m

    def _close_gap(self, best_path, lam, lower_bound):
        """Label-setting search for the least-exposed path within the length limit (module docstring, step 3)."""
        csgraph, sparse = require("scipy.sparse.csgraph"), require("scipy.sparse")
        limit = self.max_length_m * (1.0 + _RELATIVE_EPS) + 1e-6
        n = self.n_nodes
        both_u = np.concatenate([self.edge_u, self.edge_v])
        both_v = np.concatenate([self.edge_v, self.edge_u])
        edge_ids = np.concatenate([np.arange(len(self.edge_u))] * 2)

        def to_destination(weight):
            lo, hi, least, _ = _one_edge_per_node_pair(self.edge_u, self.edge_v, weight)
            matrix = sparse.csr_matrix((np.concatenate([least, least]) + 1e-15,
                                        (np.concatenate([lo, hi]), np.concatenate([hi, lo]))), shape=(n, n))
            return csgraph.dijkstra(matrix, directed=True, indices=1)

        h_length = to_destination(self.edge_length)
        h_exposure = to_destination(self.edge_exposure)
        h_lagrange = to_destination(self.edge_exposure + lam * self.edge_length)
        order = np.argsort(both_u, kind="stable")
        neighbour, via = both_v[order].tolist(), edge_ids[order].tolist()
        first = np.searchsorted(both_u[order], np.arange(n + 1)).tolist()
        edge_length, edge_exposure = self.edge_length.tolist(), self.edge_exposure.tolist()
        h_length, h_exposure, h_lagrange = h_length.tolist(), h_exposure.tolist(), h_lagrange.tolist()
        upper = best_path.exposure * (1.0 - _RELATIVE_EPS)
        max_length = self.max_length_m

        def bound(node, exposure, length_m):
            return exposure + max(h_exposure[node], h_lagrange[node] - lam * (max_length - length_m), 0.0)

        labels = [(0.0, 0.0, -1, -1, 0)]  # exposure, length, parent label, edge, node
        pareto = [[] for _ in range(n)]  # per node: (length, exposure) of the labels not dominated there
        heap = [(bound(0, 0.0, 0.0), 0)]
        found = None
        while heap:
            f, label = heapq.heappop(heap)
            if f >= upper:
                break
            exposure, length_m, _, _, node = labels[label]
            if node == 1:
                found = label
                break
            for k in range(first[node], first[node + 1]):
                nxt, edge = neighbour[k], via[k]
                new_length = length_m + edge_length[edge]
                if new_length + h_length[nxt] > limit:
                    continue
                new_exposure = exposure + edge_exposure[edge]
                new_f = bound(nxt, new_exposure, new_length)
                if new_f >= upper:
                    continue
                if any(l_ <= new_length and e_ <= new_exposure for l_, e_ in pareto[nxt]):
                    continue
                pareto[nxt] = [(l_, e_) for l_, e_ in pareto[nxt] if not (new_length <= l_ and new_exposure <= e_)]
                pareto[nxt].append((new_length, new_exposure))
                labels.append((new_exposure, new_length, label, edge, nxt))
                heapq.heappush(heap, (new_f, len(labels) - 1))
            if len(labels) > MAX_LABELS:
                self.stats["labels"] = len(labels)
                return best_path, lower_bound, False
        self.stats["labels"] = len(labels)
        if found is None:  # nothing beats the relaxation's path: it is optimal
            return best_path, best_path.exposure, True
        steps = []
        label = found
        while labels[label][2] >= 0:
            _, _, parent, edge, _ = labels[label]
            steps.append((edge, labels[parent][4]))
            label = parent
        path = self.path(steps[::-1])
        return path, path.exposure, True


class _Neighbourhood:
    """The segments whose two end nodes lie in the ellipse ``|p - o| + |p - d| <= reach_m`` (and the segments of
    the two points): their own node ids ``u``/``v`` and a symmetric length matrix over them."""

    def __init__(self, graph, origin_xy, destination_xy, reach_m, always):
        sparse = require("scipy.sparse")
        # a node stands for segment ends within the snapping tolerance of each other: the slack covers them
        slack_m = 2.0 * graph.snap_tolerance_m + 1.0
        centre = (origin_xy + destination_xy) / 2.0
        candidates = np.asarray(graph.node_tree.query_ball_point(centre, reach_m / 2.0 + slack_m), dtype=np.int64)
        inside = np.zeros(graph.n_nodes, dtype=bool)
        xy = graph.node_xy[candidates]
        ellipse_m = np.hypot(*(xy - origin_xy).T) + np.hypot(*(xy - destination_xy).T)
        inside[candidates[ellipse_m <= reach_m + 2.0 * slack_m]] = True
        segment = np.flatnonzero(inside[graph.start_node] & inside[graph.end_node])
        self.segment = np.union1d(segment, np.asarray(always, dtype=np.int64))
        self.nodes, local = np.unique(np.concatenate([graph.start_node[self.segment], graph.end_node[self.segment]]),
                                      return_inverse=True)
        self.u, self.v = local[:len(self.segment)], local[len(self.segment):]
        self.length_m = graph.length_m[self.segment]
        lo, hi, length_m, _ = _one_edge_per_node_pair(self.u, self.v, self.length_m)
        self.matrix = sparse.csr_matrix((np.concatenate([length_m, length_m]) + _TIE_BREAK,
                                         (np.concatenate([lo, hi]), np.concatenate([hi, lo]))),
                                        shape=(len(self.nodes), len(self.nodes)))
        self.graph = graph

    def end_offsets(self, location):
        """``((start node, m to it), (end node, m to it))`` of a located point, in this neighbourhood's node ids."""
        segment, measure_m = location
        length_m = self.graph.length_m[segment]
        start, end = np.searchsorted(self.nodes, [self.graph.start_node[segment], self.graph.end_node[segment]])
        return (int(start), measure_m), (int(end), length_m - measure_m)

    def distances(self, location, limit):
        """Walking distance from a located point to every node, through either end of its segment."""
        csgraph = require("scipy.sparse.csgraph")
        offsets = self.end_offsets(location)
        distance = csgraph.dijkstra(self.matrix, directed=True, indices=[node for node, _ in offsets], limit=limit)
        return np.minimum(distance[0] + offsets[0][1], distance[1] + offsets[1][1])


def _one_edge_per_node_pair(u, v, weight):
    """``(lo, hi, weight, edge id)``: for each unordered node pair the least-weight edge, self-loops dropped,
    sorted by ``lo * n + hi``."""
    u, v = np.asarray(u, dtype=np.int64), np.asarray(v, dtype=np.int64)
    lo, hi = np.minimum(u, v), np.maximum(u, v)
    candidates = np.flatnonzero(lo != hi)
    n = int(hi.max(initial=0)) + 1
    keys = lo[candidates] * n + hi[candidates]
    order = candidates[np.lexsort((weight[candidates], keys))]
    sorted_keys = lo[order] * n + hi[order]
    first = order[np.r_[True, np.diff(sorted_keys) != 0]] if len(order) else order
    return lo[first], hi[first], weight[first], first


def _direct_length(origin, destination):
    return abs(origin[1] - destination[1]) if origin[0] == destination[0] else np.inf


def _point_at(graph, segment, measure_m):
    coords = _polyline_between(graph.segments.line(segment), measure_m, measure_m)
    return coords[0]


def _polyline_between(coords, from_m, to_m):
    """The part of polyline ``coords`` between two measures from its start, in the order ``from_m`` → ``to_m``."""
    if len(coords) < 2:
        return coords[:1].copy()
    cumulative = np.r_[0.0, np.cumsum(np.hypot(*np.diff(coords, axis=0).T))]
    lo, hi = sorted((float(from_m), float(to_m)))
    lo, hi = min(max(lo, 0.0), cumulative[-1]), min(max(hi, 0.0), cumulative[-1])
    inner = np.flatnonzero((cumulative > lo) & (cumulative < hi))
    part = np.concatenate([[_interpolate(coords, cumulative, lo)], coords[inner], [_interpolate(coords, cumulative, hi)]])
    return part if from_m <= to_m else part[::-1]


def _interpolate(coords, cumulative, measure_m):
    edge = min(max(int(np.searchsorted(cumulative, measure_m, side="right")) - 1, 0), len(coords) - 2)
    span = cumulative[edge + 1] - cumulative[edge]
    t = 0.0 if span <= 0 else (measure_m - cumulative[edge]) / span
    return coords[edge] + t * (coords[edge + 1] - coords[edge])


def _km_in_grades_4_5(path, graph, grade):
    if grade is None or not path.edges:
        return 0.0
    segments = path.segment_indices()
    walked_m = np.array([abs(to_m - from_m) for _, from_m, to_m in path.edges])
    return float(walked_m[np.asarray(grade)[segments] >= 4].sum() / 1000.0)
