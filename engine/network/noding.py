"""Noding: finding every place where street lines meet, as split points along the lines.

Real road-address centre-lines cross without shared vertices and T-junction ends stop a little short of, or run a
little past, the street they meet. Noding finds, without moving any vertex, where each line must be cut so that no
segment straddles a junction: where two lines (or two stretches of one line) cross or touch, the ends of collinear
overlaps, and where a line end comes within the snapping tolerance of another line.

Candidate edge pairs come from a k-d tree, so the work grows with the number of edges, not its square. Positions
are kept as metres along each line ("measures").
"""
from dataclasses import dataclass

import numpy as np

from ..dependencies import require
from ..progress import report

NODE_TOLERANCE_M = 1e-7
"""Points closer than this are one node; splits closer than this along a line are one split."""

_PARALLEL_SINE = 1e-12  # edges at a smaller angle are treated as parallel
_PAIRS_PER_CHUNK = 500_000  # bounds the memory of the vectorised pair tests


def rows(array, index):
    """``array[index]`` for a 2-D ``array``: ``np.take`` is many times faster than fancy indexing of rows."""
    return np.take(array, index, axis=0)


class MeasuredLines:
    """Clean lines (at least two vertices, no repeated consecutive vertex) and the measure of every vertex."""

    def __init__(self, lines):
        self.lines = lines
        offsets = lines.offsets
        self.vertex_line = np.repeat(np.arange(len(lines), dtype=np.int64), lines.vertex_counts())
        self.edge_start = np.delete(np.arange(len(lines.coords), dtype=np.int64), offsets[1:] - 1)  # first vertex
        self.edge_line = self.vertex_line[self.edge_start]
        self.edge_vector = rows(lines.coords, self.edge_start + 1) - rows(lines.coords, self.edge_start)
        self.edge_length = np.hypot(*self.edge_vector.T)
        self.vertex_measure = _measures_along_lines(self.edge_length, offsets)
        self.length_m = self.vertex_measure[offsets[1:] - 1]
        # one scalar that orders (line, measure) pairs, for sorting and searching only: 1 m gaps keep lines apart
        self._line_base = np.concatenate([[0.0], np.cumsum(self.length_m + 1.0)[:-1]])
        self.vertex_position = self.position(self.vertex_line, self.vertex_measure)

    def __len__(self):
        return len(self.lines)

    def position(self, line, measure):
        """A number that sorts points by line, then by measure (too coarse for geometry: order only)."""
        return self._line_base[line] + measure

    def measure_on_edge(self, edge, t):
        """The measure of the point a fraction ``t`` along ``edge``."""
        return self.vertex_measure[self.edge_start[edge]] + t * self.edge_length[edge]

    def point_at(self, line, measure):
        """Coordinates of the points ``measure`` metres along ``line``, interpolated on the line's own edges."""
        offsets, coords, vertex_measure = self.lines.offsets, self.lines.coords, self.vertex_measure
        edge = np.searchsorted(self.vertex_position, self.position(line, measure), side="right") - 1
        edge = np.clip(edge, offsets[line], offsets[line + 1] - 2)
        span = vertex_measure[edge + 1] - vertex_measure[edge]  # 0 for an edge too short to change the measure
        t = np.divide(measure - vertex_measure[edge], span, out=np.zeros_like(span), where=span > 0).clip(0.0, 1.0)
        edge_start = rows(coords, edge)
        return edge_start + t[:, None] * (rows(coords, edge + 1) - edge_start)


def _measures_along_lines(edge_length, offsets):
    """Distance from its line's start to every vertex.

    A plain cumulative sum over the whole network would carry thousands of kilometres in every value and blur
    measures to ~1e-9 m; taking each line's total off at the next line's start keeps the sum at one line's scale.
    """
    n_lines = len(offsets) - 1
    first_edge = offsets[:-1] - np.arange(n_lines)  # line i has (vertices - 1) edges
    line_total = np.add.reduceat(edge_length, first_edge)
    increments = edge_length.copy()
    increments[first_edge[1:]] -= line_total[:-1]
    running = np.cumsum(increments)
    measure = np.zeros(offsets[-1])
    not_first = np.ones(offsets[-1], dtype=bool)
    not_first[offsets[:-1]] = False
    edge_line = np.repeat(np.arange(n_lines), np.diff(offsets) - 1)
    line_zero = running[first_edge] - edge_length[first_edge]
    measure[not_first] = running - line_zero[edge_line]
    return measure


@dataclass
class Splits:
    """Where noding cuts the lines: ``measure`` metres along ``line``.

    ``snapped_end`` is the line end whose snap made the split (``2 * line`` for a line's start, ``2 * line + 1``
    for its end), or -1 where lines really cross or touch.
    """

    line: np.ndarray
    measure: np.ndarray
    snapped_end: np.ndarray


def node_network(measured, snap_tolerance_m, progress=None):
    """The :class:`Splits` that node ``measured`` (a :class:`MeasuredLines`)."""
    pairs = _candidate_edge_pairs(measured, snap_tolerance_m)
    report(progress, 0.3)
    crossing_parts, snap_parts = [], []
    for first in range(0, max(len(pairs), 1), _PAIRS_PER_CHUNK):  # at least one chunk, maybe empty
        a, b = pairs[first:first + _PAIRS_PER_CHUNK].T
        with np.errstate(divide="ignore", invalid="ignore"):  # edges too short to square give nan: no match
            crossing_parts.append(_crossings(measured, a, b))
            snap_parts.append(_end_snaps(measured, a, b, snap_tolerance_m))
        report(progress, 0.3 + 0.6 * (first + len(a)) / max(len(pairs), 1))
    crossing_line, crossing_measure = (np.concatenate(column) for column in zip(*crossing_parts))
    snapped_end, snap_line, snap_measure = _nearest_snap_per_line(
        *(np.concatenate(column) for column in zip(*snap_parts)))
    away = ~_has_split_within(measured, crossing_line, crossing_measure, snap_line, snap_measure,
                              max(snap_tolerance_m, NODE_TOLERANCE_M))
    report(progress, 1.0)
    return Splits(line=np.concatenate([crossing_line, snap_line[away]]),
                  measure=np.concatenate([crossing_measure, snap_measure[away]]),
                  snapped_end=np.concatenate([np.full(len(crossing_line), -1), snapped_end[away]]))


def _candidate_edge_pairs(measured, snap_tolerance_m):
    """Pairs of edges ``(a, b)``, ``a < b``, close enough to cross, touch or snap.

    Edges are cut into parts no longer than a common length for the search only: two edges that come within the
    snapping tolerance then have parts whose midpoints lie within (common length + tolerance), so one
    fixed-radius k-d tree search finds every pair, in time that grows with the number of parts, not its square.
    """
    spatial = require("scipy.spatial")
    edge_length, edge_vector = measured.edge_length, measured.edge_vector
    # about the typical edge, but never so short that a few long edges make millions of parts
    part_length = max(float(np.median(edge_length)), snap_tolerance_m, edge_length.sum() / (4 * len(edge_length)))
    parts = np.ceil(edge_length / part_length).astype(np.int64)
    part_edge = np.repeat(np.arange(len(parts), dtype=np.int64), parts)
    middle = (np.arange(len(part_edge)) - np.repeat(np.cumsum(parts) - parts, parts) + 0.5) / parts[part_edge]
    midpoints = rows(edge_vector, part_edge)  # built in place: this is the step's largest array
    midpoints *= middle[:, None]
    midpoints += rows(measured.lines.coords, measured.edge_start[part_edge])
    radius = (edge_length / parts).max() + snap_tolerance_m + NODE_TOLERANCE_M
    tree = spatial.cKDTree(midpoints, balanced_tree=False, compact_nodes=False)
    part_pairs = tree.query_pairs(radius, output_type="ndarray")
    del tree, midpoints
    n_edges = len(parts)
    a, b = np.divmod(np.unique(part_edge[part_pairs[:, 0]] * n_edges + part_edge[part_pairs[:, 1]]), n_edges)
    line_a, line_b = measured.edge_line[a], measured.edge_line[b]
    keep = (a != b) & ((line_a != line_b) | (np.abs(a - b) > 1))
    # consecutive edges meet only at their shared vertex, unless the line doubles back over itself
    consecutive = np.flatnonzero((line_a == line_b) & (np.abs(a - b) == 1))
    r, s = rows(edge_vector, a[consecutive]), rows(edge_vector, b[consecutive])
    parallel = np.abs(_cross(r, s)) <= _PARALLEL_SINE * edge_length[a[consecutive]] * edge_length[b[consecutive]]
    keep[consecutive[parallel & (_dot(r, s) < 0)]] = True
    return np.column_stack([a[keep], b[keep]])


def _cross(u, v):
    return u[:, 0] * v[:, 1] - u[:, 1] * v[:, 0]


def _dot(u, v):
    return u[:, 0] * v[:, 0] + u[:, 1] * v[:, 1]


def _crossings(measured, a, b):
    """``(line, measure)`` of the splits where edges ``a[i]`` and ``b[i]`` cross, touch or overlap.

    A crossing or touch cuts both lines at the meeting point; a collinear overlap cuts each line where the
    other's edge ends inside it. Coordinates need no shift to the origin first: the difference of two nearby
    national-grid coordinates is exact in floating point.
    """
    coords = measured.lines.coords
    p, r, len_a = rows(coords, measured.edge_start[a]), rows(measured.edge_vector, a), measured.edge_length[a]
    q, s, len_b = rows(coords, measured.edge_start[b]), rows(measured.edge_vector, b), measured.edge_length[b]
    q_minus_p = q - p
    denominator = _cross(r, s)
    parallel = np.abs(denominator) <= _PARALLEL_SINE * len_a * len_b
    t = _cross(q_minus_p, s) / denominator
    u = _cross(q_minus_p, r) / denominator
    slack_a, slack_b = NODE_TOLERANCE_M / len_a, NODE_TOLERANCE_M / len_b
    meets = ~parallel & _within_unit(t, slack_a) & _within_unit(u, slack_b)

    collinear = np.flatnonzero(parallel & (np.abs(_cross(q_minus_p, r)) <= NODE_TOLERANCE_M * len_a))
    qp, rc, sc = rows(q_minus_p, collinear), rows(r, collinear), rows(s, collinear)
    zeros, ones = np.zeros(len(collinear)), np.ones(len(collinear))
    # the ends of b's edge projected onto a's, and the ends of a's projected onto b's
    overlap_t = np.concatenate([_dot(qp, rc), _dot(qp + sc, rc)]) / np.tile(len_a[collinear] ** 2, 2)
    overlap_u = np.concatenate([_dot(-qp, sc), _dot(rc - qp, sc)]) / np.tile(len_b[collinear] ** 2, 2)
    t_all = np.concatenate([t[meets], overlap_t, zeros, ones])
    u_all = np.concatenate([u[meets], zeros, ones, overlap_u])
    pair = np.concatenate([np.flatnonzero(meets), np.tile(collinear, 4)])
    inside = _within_unit(t_all, slack_a[pair]) & _within_unit(u_all, slack_b[pair])
    pair, t_all, u_all = pair[inside], np.clip(t_all[inside], 0, 1), np.clip(u_all[inside], 0, 1)
    on_a, on_b = a[pair], b[pair]
    line_a, line_b = measured.edge_line[on_a], measured.edge_line[on_b]
    measure_a, measure_b = measured.measure_on_edge(on_a, t_all), measured.measure_on_edge(on_b, u_all)
    # a line meeting itself at one and the same point along it (where a doubled-back line turns) is no junction
    junction = (line_a != line_b) | (np.abs(measure_a - measure_b) > NODE_TOLERANCE_M)
    return (np.concatenate([line_a[junction], line_b[junction]]),
            np.concatenate([measure_a[junction], measure_b[junction]]))


def _within_unit(t, slack):
    return (t >= -slack) & (t <= 1 + slack)


def _end_snaps(measured, a, b, snap_tolerance_m):
    """``(end, line, measure, distance)`` for every line end within the tolerance of another line's edge."""
    near, far = np.concatenate([a, b]), np.concatenate([b, a])
    other = measured.edge_line[near] != measured.edge_line[far]
    near, far = near[other], far[other]
    offsets, line = measured.lines.offsets, measured.edge_line[near]
    from_start = measured.edge_start[near] == offsets[line]
    from_end = measured.edge_start[near] + 2 == offsets[line + 1]
    end_line = np.concatenate([line[from_start], line[from_end]])
    target = np.concatenate([far[from_start], far[from_end]])
    at_end = np.repeat([0, 1], [np.count_nonzero(from_start), np.count_nonzero(from_end)])
    end_vertex = np.where(at_end == 1, offsets[end_line + 1] - 1, offsets[end_line])
    offset = rows(measured.lines.coords, end_vertex) - rows(measured.lines.coords, measured.edge_start[target])
    direction = rows(measured.edge_vector, target)
    u = np.clip(_dot(offset, direction) / measured.edge_length[target] ** 2, 0.0, 1.0)
    distance = np.hypot(*(offset - u[:, None] * direction).T)
    close = distance <= snap_tolerance_m
    target = target[close]
    return (2 * end_line[close] + at_end[close], measured.edge_line[target],
            measured.measure_on_edge(target, u[close]), distance[close])


def _nearest_snap_per_line(end, line, measure, distance):
    """Keep, for each line end and each line it snaps to, only the nearest point of that line."""
    order = np.lexsort((distance, line, end))
    end, line, measure = end[order], line[order], measure[order]
    first = np.ones(len(end), dtype=bool)
    first[1:] = (end[1:] != end[:-1]) | (line[1:] != line[:-1])
    return end[first], line[first], measure[first]


def _has_split_within(measured, split_line, split_measure, line, measure, distance_m):
    """Whether each (line, measure) has a split on the same line within ``distance_m`` along it.

    A snapped end that lands this close to a real crossing joins that junction instead of cutting the line
    again: an end overshooting a line, or stopping short of a crossroads, would otherwise leave a sliver.
    """
    split_position = measured.position(split_line, split_measure)
    order = np.argsort(split_position)
    split_line, split_measure = split_line[order], split_measure[order]
    found = np.zeros(len(line), dtype=bool)
    if not len(split_line):
        return found
    after = np.searchsorted(split_position[order], measured.position(line, measure))
    for neighbour in (np.maximum(after - 1, 0), np.minimum(after, len(split_line) - 1)):
        found |= (split_line[neighbour] == line) & (np.abs(split_measure[neighbour] - measure) <= distance_m)
    return found
