"""Line geometry held as flat numpy arrays, shared by every engine step.

A set of polylines is one ``(n_vertices, 2)`` float64 coordinate array plus an ``offsets`` array of
length ``n_lines + 1``: line ``i`` is ``coords[offsets[i]:offsets[i + 1]]``. Keeping lines this way lets
segmentation, noding and distance queries run as whole-array operations instead of per-feature loops.
All coordinates are in a metric CRS (metres).
"""
from dataclasses import dataclass

import numpy as np


@dataclass
class LineArrays:
    """Polylines as a flat vertex array with per-line offsets."""

    coords: np.ndarray
    offsets: np.ndarray

    def __post_init__(self):
        self.coords = np.ascontiguousarray(self.coords, dtype=np.float64).reshape(-1, 2)
        self.offsets = np.ascontiguousarray(self.offsets, dtype=np.int64)

    @classmethod
    def from_list(cls, lines):
        """Build from a sequence of ``(n_i, 2)`` vertex arrays."""
        lines = [np.asarray(line, dtype=np.float64).reshape(-1, 2) for line in lines]
        counts = np.array([len(line) for line in lines], dtype=np.int64)
        offsets = np.concatenate([[0], np.cumsum(counts)])
        coords = np.concatenate(lines) if lines else np.empty((0, 2))
        return cls(coords, offsets)

    def __len__(self):
        return len(self.offsets) - 1

    def vertex_counts(self):
        return np.diff(self.offsets)

    def line(self, i):
        return self.coords[self.offsets[i]:self.offsets[i + 1]]

    def to_list(self):
        return [self.line(i) for i in range(len(self))]

    def edges(self):
        """Straight edges between consecutive vertices of the same line.

        Returns ``(starts, ends, line_index)``: two ``(n_edges, 2)`` arrays and the line each edge belongs to.
        """
        counts = self.vertex_counts()
        line_index = np.repeat(np.arange(len(self), dtype=np.int64), np.maximum(counts - 1, 0))
        is_last_vertex = np.zeros(len(self.coords), dtype=bool)
        is_last_vertex[self.offsets[1:][counts > 0] - 1] = True
        start_index = np.flatnonzero(~is_last_vertex)
        # np.take on rows is many times faster than fancy indexing with numpy 1.24
        return np.take(self.coords, start_index, axis=0), np.take(self.coords, start_index + 1, axis=0), line_index

    def lengths(self):
        """Length of every line in metres."""
        starts, ends, line_index = self.edges()
        edge_lengths = np.hypot(*(ends - starts).T)
        return np.bincount(line_index, weights=edge_lengths, minlength=len(self))

    def bounds(self):
        """Bounding box of every line as ``(n_lines, 4)``: min x, max x, min y, max y."""
        starts = self.offsets[:-1]
        x, y = self.coords[:, 0], self.coords[:, 1]
        return np.column_stack([np.minimum.reduceat(x, starts), np.maximum.reduceat(x, starts),
                                np.minimum.reduceat(y, starts), np.maximum.reduceat(y, starts)])

    def endpoints(self):
        """First and last vertex of every line, as two ``(n_lines, 2)`` arrays."""
        return self.coords[self.offsets[:-1]], self.coords[self.offsets[1:] - 1]

    def subset(self, line_indices):
        """The lines at ``line_indices``, in that order."""
        line_indices = np.asarray(line_indices, dtype=np.int64)
        counts = self.vertex_counts()[line_indices]
        offsets = np.concatenate([[0], np.cumsum(counts)])
        vertex_index = np.repeat(self.offsets[line_indices] - offsets[:-1], counts) + np.arange(offsets[-1])
        return LineArrays(np.take(self.coords, vertex_index, axis=0), offsets)


def point_segment_distance(points, starts, ends):
    """Distance from each point to the straight segment ``starts[i]``–``ends[i]`` (row-wise, broadcastable)."""
    direction = ends - starts
    squared_length = np.einsum("...i,...i->...", direction, direction)
    relative = points - starts
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.einsum("...i,...i->...", relative, direction) / squared_length
    t = np.clip(np.nan_to_num(t, nan=0.0), 0.0, 1.0)
    nearest = starts + t[..., None] * direction
    return np.linalg.norm(points - nearest, axis=-1)


def points_along(lines, line_index, along_m):
    """The point ``along_m`` metres along each line ``line_index`` (clipped to the line) and the unit tangent there."""
    starts, ends, edge_line = lines.edges()
    edge_length = np.hypot(*(ends - starts).T)
    cumulative_end = np.cumsum(edge_length)
    edges_per_line = np.bincount(edge_line, minlength=len(lines))
    first_edge = np.cumsum(edges_per_line) - edges_per_line
    line_length = np.bincount(edge_line, weights=edge_length, minlength=len(lines))
    line_start = np.concatenate([[0.0], cumulative_end])[first_edge]
    position = line_start[line_index] + np.clip(along_m, 0.0, line_length[line_index])
    edge = np.clip(np.searchsorted(cumulative_end, position), first_edge[line_index],
                   first_edge[line_index] + edges_per_line[line_index] - 1)
    safe_length = np.maximum(edge_length[edge], 1e-12)[:, None]
    tangent = (ends[edge] - starts[edge]) / safe_length
    return starts[edge] + (position - cumulative_end[edge] + edge_length[edge])[:, None] * tangent, tangent
