"""Points on and beside the demo's lines: stations along them, nearest points, rays and offsets."""
import numpy as np

from ..network.geometry import points_along


def line_edges(vertex_lists):
    """``(starts, ends)`` of every edge of the given vertex lists."""
    return (np.concatenate([vertices[:-1] for vertices in vertex_lists]),
            np.concatenate([vertices[1:] for vertices in vertex_lists]))


def _project(points, starts, ends):
    """The nearest point to each point on the straight segment ``starts``–``ends`` (row-wise)."""
    direction = ends - starts
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.einsum("ij,ij->i", points - starts, direction) / np.einsum("ij,ij->i", direction, direction)
    return starts + np.clip(np.nan_to_num(t), 0.0, 1.0)[:, None] * direction


def nearest_on(point, edges):
    """The nearest point to ``point`` on any of ``edges`` (``(starts, ends)``)."""
    starts, ends = edges
    feet = _project(np.broadcast_to(point, starts.shape), starts, ends)
    return feet[np.argmin(np.hypot(*(feet - point).T))]


def nearest_point_on_lines(points, lines, line_index):
    """The nearest point to each of ``points`` on the line ``line_index`` of ``lines``."""
    starts, ends, edge_line = lines.edges()
    edges_per_line = np.bincount(edge_line, minlength=len(lines))
    first_edge = np.cumsum(edges_per_line) - edges_per_line
    n_edges = edges_per_line[line_index]
    pair_point = np.repeat(np.arange(len(points)), n_edges)
    edge = np.repeat(first_edge[line_index] - (np.cumsum(n_edges) - n_edges), n_edges) + np.arange(n_edges.sum())
    feet = _project(points[pair_point], starts[edge], ends[edge])
    nearest = first_per_group(pair_point, np.hypot(*(feet - points[pair_point]).T))
    return feet[nearest]


def first_per_group(group, key):
    """Index of the smallest ``key`` within each value of ``group``, ordered by group."""
    order = np.lexsort((key, group))
    return order[np.r_[True, np.diff(group[order]) != 0]] if len(order) else order


def ray_hit_m(origin, direction, starts, ends, min_m=0.5):
    """Distance along the ray ``origin + t·direction`` (unit direction) to the first edge it meets; inf if none."""
    edge = ends - starts
    relative = starts - origin
    with np.errstate(invalid="ignore", divide="ignore"):
        denominator = direction[0] * edge[:, 1] - direction[1] * edge[:, 0]
        t = (relative[:, 0] * edge[:, 1] - relative[:, 1] * edge[:, 0]) / denominator
        u = (relative[:, 0] * direction[1] - relative[:, 1] * direction[0]) / denominator
    hit = np.isfinite(t) & (t > min_m) & (u >= 0.0) & (u <= 1.0)
    return float(t[hit].min()) if hit.any() else np.inf


def along_path(vertices, fraction):
    """The point ``fraction`` of the way along a polyline."""
    lengths = np.hypot(*np.diff(vertices, axis=0).T)
    cumulative = np.concatenate([[0.0], np.cumsum(lengths)])
    target = fraction * cumulative[-1]
    return np.array([np.interp(target, cumulative, vertices[:, 0]), np.interp(target, cumulative, vertices[:, 1])])


def stations(lines, line_mask, step_m):
    """Positions every ``step_m`` along the lines selected by ``line_mask``: ``(line index, metres along)``."""
    selected = np.flatnonzero(line_mask)
    lengths = lines.lengths()[selected]
    count = np.maximum(np.floor(lengths / step_m).astype(np.int64), 1)
    line = np.repeat(selected, count)
    position = np.arange(count.sum()) - np.repeat(np.cumsum(count) - count, count)
    return line, np.minimum((position + 0.5) * step_m, lines.lengths()[line])


def line_midpoints(lines):
    line = np.arange(len(lines))
    return points_along(lines, line, lines.lengths() / 2.0)[0]


def alternating_sides(xy, tangent, offset_m):
    """Points moved ``offset_m`` to the left and right of the street in turn."""
    side = np.where(np.arange(len(xy)) % 2 == 0, 1.0, -1.0)
    normal = np.stack([-tangent[:, 1], tangent[:, 0]], axis=1)
    return xy + (side * offset_m)[:, None] * normal


def off_street(xy, tangent, offset_m, rng):
    """Points moved ``offset_m`` to a random side of the street."""
    side = rng.choice([-1.0, 1.0], len(xy))
    normal = np.stack([-tangent[:, 1], tangent[:, 0]], axis=1)
    return xy + (side * offset_m)[:, None] * normal
