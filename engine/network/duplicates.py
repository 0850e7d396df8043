"""Finding street lines given twice: the same vertices, in the same or the reverse direction.

A street drawn twice doubles its length in the network and its weight in every factor, so segmentation reports
how many lines repeat an earlier one. Candidates are grouped by a whole-array key (vertex count, both ends in one
direction, coordinate sums); only lines that share a key are compared vertex by vertex.
"""
import numpy as np

from .geometry import LineArrays


def _canonical(lines: LineArrays):
    """Every line's coordinates in one direction: the one whose first vertex is the lexicographically smaller end."""
    counts = lines.vertex_counts()
    starts = lines.coords[lines.offsets[:-1]]
    ends = lines.coords[lines.offsets[1:] - 1]
    reverse = (ends[:, 0] < starts[:, 0]) | ((ends[:, 0] == starts[:, 0]) & (ends[:, 1] < starts[:, 1]))
    line_of_vertex = np.repeat(np.arange(len(lines)), counts)
    position = np.arange(len(lines.coords)) - lines.offsets[:-1][line_of_vertex]
    flipped = np.where(reverse[line_of_vertex], lines.offsets[1:][line_of_vertex] - 1 - position,
                       lines.offsets[:-1][line_of_vertex] + position)
    return LineArrays(lines.coords[flipped], lines.offsets), reverse


def duplicate_lines(lines: LineArrays) -> np.ndarray:
    """A boolean per line: True when the line has exactly the vertices of an earlier line (either direction).

    Lines must have at least one vertex each (segmentation passes its cleaned lines).
    """
    n_lines = len(lines)
    if n_lines < 2:
        return np.zeros(n_lines, dtype=bool)
    canonical, _ = _canonical(lines)
    counts = canonical.vertex_counts()
    sums = np.add.reduceat(canonical.coords, canonical.offsets[:-1], axis=0)
    key = np.column_stack([counts.astype(np.float64), canonical.coords[canonical.offsets[:-1]],
                           canonical.coords[canonical.offsets[1:] - 1], sums])
    _, group, group_size = np.unique(key, axis=0, return_inverse=True, return_counts=True)
    group = group.reshape(-1)
    duplicate = np.zeros(n_lines, dtype=bool)
    for line_group in np.unique(group[group_size[group] > 1]):  # only lines whose key is shared: usually none
        members = np.flatnonzero(group == line_group)
        seen = []
        for member in members:
            vertices = canonical.line(member)
            if any(np.array_equal(vertices, canonical.line(earlier)) for earlier in seen):
                duplicate[member] = True
            else:
                seen.append(member)
    return duplicate
