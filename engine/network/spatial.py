"""Distances and counts between points and street segments, measured to each segment's polyline.

Queries go through a k-d tree over short *pieces* of the segments' edges: edges longer than ``max_piece_m`` are cut,
so a piece's midpoint stands for the whole piece within half its length, whatever line layer comes in. Candidates
found through the tree are then measured exactly against the original edge with :func:`point_segment_distance`, so
every result equals a brute-force computation over all point–edge pairs.
"""
import numpy as np

from ..dependencies import require
from .geometry import point_segment_distance

# Added to tree search radii so that rounding in piece midpoints can never drop a true candidate.
_SLACK_M = 1e-6
# Neighbour counts tried, in turn, before a piece's nearest point is searched for with a ball query.
_NEAREST_K = (2, 8)
_PIECES_PER_CHUNK = 1 << 18
# Points further than this from the origin (or not finite) are near no street: left out of the k-d trees, whose
# squared distances overflow for coordinates such as 1e300.
_FARTHEST_COORDINATE_M = 1e12


class SegmentIndex:
    """Spatial index over the geometry of ``segments`` (a :class:`LineArrays` in metres)."""

    def __init__(self, segments, max_piece_m=12.0):
        spatial = require("scipy.spatial")
        self.n_segments = len(segments)
        self.edge_starts, self.edge_ends, self.edge_segment = _edges_grouped_by_segment(segments)
        self.piece_edge, piece_starts, piece_ends = cut_edges(self.edge_starts, self.edge_ends, max_piece_m)
        self.piece_segment = self.edge_segment[self.piece_edge]
        self.piece_mid = (piece_starts + piece_ends) / 2.0
        self.piece_half_m = np.hypot(*(piece_ends - piece_starts).T) / 2.0
        self.max_half_m = float(self.piece_half_m.max()) if len(self.piece_half_m) else 0.0
        self.tree = spatial.cKDTree(self.piece_mid, balanced_tree=False)
        self.start_points, self.end_points = _end_vertices(segments)
        self.midpoints = polyline_midpoints(segments)

    def pairs_within(self, points, radius_m):
        """All point–segment pairs at most ``radius_m`` apart.

        Returns ``(point_index, segment_index, distance_m)`` with one row per pair (the segment's nearest edge),
        sorted by point, then segment.
        """
        points = _as_points(points)
        usable = _usable(points)
        if not usable.all():
            kept = np.flatnonzero(usable)
            point_index, segment_index, distance_m = self.pairs_within(points[kept], radius_m)
            return kept[point_index], segment_index, distance_m
        if not len(points) or not len(self.piece_mid):
            return _empty_pairs()
        point_tree = require("scipy.spatial").cKDTree(points)
        candidates = point_tree.sparse_distance_matrix(
            self.tree, radius_m + self.max_half_m + _SLACK_M, output_type="ndarray")
        point_index = candidates["i"].astype(np.int64)
        edge = self.piece_edge[candidates["j"]]
        distance = point_segment_distance(points[point_index], self.edge_starts[edge], self.edge_ends[edge])
        near = distance <= radius_m
        return _nearest_per_pair(point_index[near], self.edge_segment[edge[near]], distance[near])

    def count_within(self, points, radius_m, weights=None):
        """Sum of ``weights`` (1 each by default) of the points within ``radius_m`` of each segment."""
        point_index, segment_index, _ = self.pairs_within(points, radius_m)
        pair_weights = None if weights is None else np.asarray(weights, dtype=np.float64)[point_index]
        return np.bincount(segment_index, weights=pair_weights, minlength=self.n_segments).astype(np.float64)

    def nearest_distance(self, points, cap_m):
        """Distance in m from each segment to its nearest point, ``cap_m`` where none is nearer (or no points)."""
        points = _as_points(points)
        points = points[_usable(points)]
        result = np.full(self.n_segments, float(cap_m))
        if not len(points) or not len(self.piece_mid):
            return result
        point_tree = require("scipy.spatial").cKDTree(points)
        piece_distance = np.empty(len(self.piece_mid))
        # Chunks bound the memory of the (pieces x k) candidate arrays on networks of a million segments.
        for first in range(0, len(self.piece_mid), _PIECES_PER_CHUNK):
            pieces = np.arange(first, min(first + _PIECES_PER_CHUNK, len(self.piece_mid)))
            piece_distance[pieces] = self._piece_nearest_distance(points, point_tree, pieces, cap_m)
        first_piece = np.flatnonzero(np.r_[True, np.diff(self.piece_segment) != 0])
        result[self.piece_segment[first_piece]] = np.minimum.reduceat(np.minimum(piece_distance, cap_m), first_piece)
        return result

    def snap(self, points, max_distance_m):
        """The nearest segment of each point within ``max_distance_m`` (ties to the lowest index).

        Returns ``(segment_index, distance_m)``: ``-1`` and ``inf`` for points with no segment that near. The search
        costs grow with ``max_distance_m`` squared, which suits snapping distances of tens of metres.
        """
        points = _as_points(points)
        segment_index = np.full(len(points), -1, dtype=np.int64)
        distance = np.full(len(points), np.inf)
        point_index, pair_segment, pair_distance = self.pairs_within(points, max_distance_m)
        order = np.lexsort((pair_segment, pair_distance, point_index))
        first = order[np.r_[True, np.diff(point_index[order]) != 0]] if len(order) else order
        segment_index[point_index[first]] = pair_segment[first]
        distance[point_index[first]] = pair_distance[first]
        return segment_index, distance

    def along(self, lines, tolerance_m):
        """Whether each segment runs along one of ``lines``: its midpoint and both ends within ``tolerance_m`` of it,
        and its ends at least half its length apart when projected onto that line.

        All three points must reach the same line, so a segment that crosses a route or touches it at one end is not
        on it. The projection rule keeps out the first metres of a side street meeting the route at right angles,
        whose three points all lie within the tolerance. Meant for safe-return routes, whose geometry only
        approximates the street centre-line.
        """
        result = np.zeros(self.n_segments, dtype=bool)
        line_index = SegmentIndex(lines)
        if not len(line_index.piece_mid) or not len(self.piece_mid):
            return result
        near_pieces = line_index.tree.sparse_distance_matrix(
            self.tree, tolerance_m + line_index.max_half_m + self.max_half_m + _SLACK_M, output_type="ndarray")
        candidates = np.unique(self.piece_segment[near_pieces["j"]])
        key_points = np.concatenate(
            [self.start_points[candidates], self.midpoints[candidates], self.end_points[candidates]])
        point_index, line, _ = line_index.pairs_within(key_points, tolerance_m)
        segment_line = candidates[point_index % len(candidates)] * len(lines) + line
        pair, key_points_reaching = np.unique(segment_line, return_counts=True)
        pair = pair[key_points_reaching == 3]
        segment, line = pair // len(lines), pair % len(lines)
        start_measure = measure_along(lines, line, self.start_points[segment])
        end_measure = measure_along(lines, line, self.end_points[segment])
        chord_m = np.hypot(*(self.end_points[segment] - self.start_points[segment]).T)
        result[segment[np.abs(end_measure - start_measure) >= chord_m / 2.0]] = True
        return result

    def _piece_nearest_distance(self, points, point_tree, pieces, cap_m):
        """Exact distance from the edge of each of ``pieces`` to the nearest point, or ``inf`` beyond ``cap_m``.

        The k nearest points to a piece's midpoint are measured exactly. Any other point is at least (k-th midpoint
        distance - half the piece) from the piece, so when the best exact distance is below that bound it is
        certified; the few pieces left try a larger k and finally a ball query.
        """
        best = np.full(len(pieces), np.inf)
        pending = np.arange(len(pieces))
        search_radius = cap_m + self.max_half_m + _SLACK_M
        for k in _NEAREST_K:
            k = min(k, len(points))
            piece = pieces[pending]
            midpoint_distance, neighbour = point_tree.query(
                self.piece_mid[piece], k=k, distance_upper_bound=search_radius, workers=-1)
            midpoint_distance, neighbour = midpoint_distance.reshape(len(piece), k), neighbour.reshape(len(piece), k)
            best[pending] = self._piece_point_distance(piece[:, None], points, neighbour).min(axis=1)
            kth_distance = midpoint_distance[:, -1]
            certified = ((best[pending] <= kth_distance - self.piece_half_m[piece] - _SLACK_M)
                         | np.isinf(kth_distance) | (k == len(points)))
            pending = pending[~certified]
            if not len(pending):
                return best
        return self._ball_nearest_distance(points, point_tree, pieces, pending, best, cap_m)

    def _ball_nearest_distance(self, points, point_tree, pieces, pending, best, cap_m):
        piece = pieces[pending]
        radius = np.minimum(best[pending], cap_m) + self.piece_half_m[piece] + _SLACK_M
        neighbours = point_tree.query_ball_point(self.piece_mid[piece], radius, workers=-1)
        counts = np.fromiter(map(len, neighbours), dtype=np.int64, count=len(neighbours))
        point = np.concatenate(neighbours).astype(np.int64)
        exact = self._piece_point_distance(np.repeat(piece, counts), points, point)
        np.minimum.at(best, np.repeat(pending, counts), exact)
        return best

    def _piece_point_distance(self, piece, points, point):
        """Exact distance between ``points[point]`` and the edge of ``piece`` (``inf`` where ``point`` is missing)."""
        edge = self.piece_edge[piece]
        valid = point < len(points)
        distance = np.full(np.broadcast(piece, point).shape, np.inf)
        edge = np.broadcast_to(edge, distance.shape)[valid]
        distance[valid] = point_segment_distance(points[point[valid]], self.edge_starts[edge], self.edge_ends[edge])
        return distance


def measure_along(lines, line, points):
    """Distance along ``lines[line[i]]`` from its start to the point on it nearest ``points[i]``."""
    starts, ends, edge_line = lines.edges()
    edge_length = np.hypot(*(ends - starts).T)
    edge_start_measure = np.cumsum(edge_length) - edge_length
    edge_start_measure -= edge_start_measure[np.searchsorted(edge_line, edge_line)]  # restart at each line
    first_edge = np.searchsorted(edge_line, line)
    edge_count = np.searchsorted(edge_line, line, side="right") - first_edge
    pair = np.repeat(np.arange(len(line)), edge_count)
    edge = np.repeat(first_edge, edge_count) + np.arange(edge_count.sum()) - np.repeat(
        np.cumsum(edge_count) - edge_count, edge_count)
    distance = point_segment_distance(points[pair], starts[edge], ends[edge])
    nearest = np.full(len(line), -1, dtype=np.int64)
    order = np.lexsort((distance, pair))
    first = order[np.r_[True, np.diff(pair[order]) != 0]] if len(order) else order
    nearest[pair[first]] = edge[first]
    measure = np.zeros(len(line))  # a line of one vertex has no length to measure along
    has_edge = nearest >= 0
    nearest = nearest[has_edge]
    direction = ends[nearest] - starts[nearest]
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.einsum("ij,ij->i", points[has_edge] - starts[nearest], direction) / np.einsum(
            "ij,ij->i", direction, direction)
    measure[has_edge] = edge_start_measure[nearest] + np.clip(np.nan_to_num(t), 0.0, 1.0) * edge_length[nearest]
    return measure


def polyline_midpoints(lines):
    """The point half-way along each line (its first vertex for a single vertex, NaN for an empty line)."""
    starts, ends, line_index = lines.edges()
    edge_length = np.hypot(*(ends - starts).T)
    cumulative_end = np.cumsum(edge_length)
    cumulative_start = cumulative_end - edge_length
    edges_per_line = np.maximum(lines.vertex_counts() - 1, 0)
    first_edge = np.concatenate([[0], np.cumsum(edges_per_line)])[:-1]
    midpoints = np.full((len(lines), 2), np.nan)
    has_vertex = lines.vertex_counts() > 0
    midpoints[has_vertex] = lines.coords[lines.offsets[:-1][has_vertex]]
    has_edge = np.flatnonzero(edges_per_line > 0)
    if not len(has_edge):
        return midpoints
    line_length = np.bincount(line_index, weights=edge_length, minlength=len(lines))
    half_way = cumulative_start[first_edge[has_edge]] + line_length[has_edge] / 2.0
    edge = np.clip(np.searchsorted(cumulative_end, half_way),
                   first_edge[has_edge], first_edge[has_edge] + edges_per_line[has_edge] - 1)
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.nan_to_num((half_way - cumulative_start[edge]) / edge_length[edge], nan=0.0).clip(0.0, 1.0)
    midpoints[has_edge] = starts[edge] + t[:, None] * (ends[edge] - starts[edge])
    return midpoints


def _end_vertices(lines):
    """First and last vertex of each line, NaN for an empty line (which no query ever reaches)."""
    first, last = np.full((len(lines), 2), np.nan), np.full((len(lines), 2), np.nan)
    has_vertex = lines.vertex_counts() > 0
    first[has_vertex] = lines.coords[lines.offsets[:-1][has_vertex]]
    last[has_vertex] = lines.coords[lines.offsets[1:][has_vertex] - 1]
    return first, last


def _edges_grouped_by_segment(segments):
    """Edges of every segment in segment order; a lone vertex becomes a zero-length edge so it can be found."""
    starts, ends, segment = segments.edges()
    lone = np.flatnonzero(segments.vertex_counts() == 1)
    if len(lone):
        vertex = segments.coords[segments.offsets[lone]]
        starts, ends = np.concatenate([starts, vertex]), np.concatenate([ends, vertex])
        segment = np.concatenate([segment, lone])
        order = np.argsort(segment, kind="stable")
        starts, ends, segment = starts[order], ends[order], segment[order]
    return starts, ends, segment


def cut_edges(starts, ends, max_piece_m):
    """Cut each edge into equal pieces no longer than ``max_piece_m``: ``(edge of piece, piece starts, piece ends)``."""
    direction = ends - starts
    n_pieces = np.maximum(np.ceil(np.hypot(*direction.T) / max_piece_m), 1).astype(np.int64)
    edge = np.repeat(np.arange(len(starts)), n_pieces)
    position = np.arange(len(edge)) - np.repeat(np.cumsum(n_pieces) - n_pieces, n_pieces)
    t_start = (position / n_pieces[edge])[:, None]
    t_end = ((position + 1) / n_pieces[edge])[:, None]
    return edge, starts[edge] + t_start * direction[edge], starts[edge] + t_end * direction[edge]


def _nearest_per_pair(point_index, segment_index, distance):
    """Keep the smallest distance for each (point, segment), sorted by point then segment. One integer key per
    pair sorts in a third of the time a three-key lexsort takes."""
    if not len(point_index):
        return point_index, segment_index, distance
    key = point_index * (int(segment_index.max()) + 1) + segment_index
    order = np.argsort(key, kind="stable")
    key = key[order]
    first = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    nearest = np.minimum.reduceat(distance[order], first)
    return point_index[order[first]], segment_index[order[first]], nearest


def _as_points(points):
    return np.ascontiguousarray(points, dtype=np.float64).reshape(-1, 2)


def _usable(points):
    """Points with finite coordinates within reach of any street (see ``_FARTHEST_COORDINATE_M``)."""
    with np.errstate(invalid="ignore"):
        return np.all(np.abs(points) < _FARTHEST_COORDINATE_M, axis=1)


def _empty_pairs():
    return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64), np.empty(0)

