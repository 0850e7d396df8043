"""Cutting a street network into segments of at most ~10 m that never straddle a junction.

Steps: clean the lines (drop invalid and zero-length lines, repeated vertices), node the network
(:mod:`engine.network.noding`), then cut every piece between junctions into ``ceil(L / max_length_m)`` equal parts.
No vertex is moved, so total length is preserved; bends inside a segment stay as its interior vertices.
"""
from dataclasses import dataclass

import numpy as np

from ..dependencies import require
from .duplicates import duplicate_lines
from .geometry import LineArrays
from ..i18n import untranslated
from .noding import MeasuredLines, node_network, rows
from ..progress import report, stage

_LENGTH_SLACK_M = 1e-9  # a piece this little over a multiple of the maximum does not get an extra segment
_SAME_POINT_M = 1e-9  # a line vertex this close to a segment's end is that end (rounding), not a vertex inside
# Splits this close to each other or to a line's end are one: reprojection leaves shared vertices of streets
# in EPSG:4326 up to a fraction of a millimetre apart, which made hundreds of sliver segments (down to 1e-7 m)
SPLIT_MERGE_M = 1e-3
TR_CONTEXT = "Segmentation"


@dataclass
class SegmentationReport:
    """Counts that tell the user what segmentation did to their lines."""

    lines_in: int
    invalid_lines: int  # non-finite coordinates or fewer than two vertices; dropped
    zero_length_lines: int  # every vertex at the same point; dropped
    duplicate_vertices_removed: int
    junctions: int  # points where three or more pieces of street meet (a snapped T-end counts as meeting)
    pieces: int
    segments: int
    total_length_in_m: float  # length of the lines kept
    total_length_out_m: float
    duplicate_lines: int = 0  # lines with exactly the vertices of an earlier line (kept: the caller warns)

    def messages(self, tr=untranslated):
        """What segmentation did, as sentences for the Processing log in the language of ``tr``."""
        return [
            tr("{lines} line(s) read; {invalid} dropped as invalid (non-finite coordinates or fewer than two "
               "vertices), {zero} dropped as zero-length.").format(
                lines=self.lines_in, invalid=self.invalid_lines, zero=self.zero_length_lines),
            tr("{vertices} repeated consecutive vertices removed.").format(vertices=self.duplicate_vertices_removed),
            tr("{junctions} junctions found; {pieces} pieces between junctions and ends cut into {segments} "
               "segments.").format(junctions=self.junctions, pieces=self.pieces, segments=self.segments),
            tr("Total length {length_in} m in, {length_out} m out.").format(
                length_in=f"{self.total_length_in_m:.3f}", length_out=f"{self.total_length_out_m:.3f}"),
        ]


@dataclass
class SegmentedStreets:
    """Segments in order of source feature row, then along the line."""

    lines: LineArrays  # one polyline per segment
    feature_index: np.ndarray  # the caller's feature row each segment comes from
    piece_index: np.ndarray  # the junction-to-junction piece each segment lies on, numbered in output order
    seq: np.ndarray  # 1, 2, ... along the piece
    length_m: np.ndarray
    report: SegmentationReport


def segment_streets(lines, feature_index, max_length_m=10.0, snap_tolerance_m=0.5, progress=None):
    """Cut ``lines`` (single-part, metric) into segments of at most ``max_length_m`` between junctions.

    ``feature_index[i]`` is the source feature row of line ``i``. Lines meet where they cross or touch, also
    without a shared vertex, and where a line end lies within ``snap_tolerance_m`` of another line: that line is
    cut at its nearest point (nothing is moved). Each piece between junctions is cut into
    ``ceil(L / max_length_m)`` parts of equal length. Returns :class:`SegmentedStreets`.
    """
    feature_index = np.asarray(feature_index, dtype=np.int64).reshape(-1)
    _check_arguments(lines, feature_index, max_length_m, snap_tolerance_m)
    clean, kept_rows, counts = _clean(lines)
    counts["duplicate_lines"] = int(duplicate_lines(clean).sum())
    if (np.diff(feature_index[kept_rows]) < 0).any():  # callers usually pass rows in order already
        by_feature = np.argsort(feature_index[kept_rows], kind="stable")
        clean, kept_rows = clean.subset(by_feature), kept_rows[by_feature]
    report(progress, 0.05)
    if not len(clean):
        none = np.zeros(0, dtype=np.int64)
        return _segmented(LineArrays(np.zeros((0, 2)), [0]), none, none, none, np.zeros(0), counts,
                          junctions=0, pieces=0, length_in_m=0.0)

    measured = MeasuredLines(clean)
    splits = node_network(measured, snap_tolerance_m, stage(progress, 0.05, 0.75))
    boundary_line, boundary_measure, is_split, snap_links = _piece_boundaries(measured, splits)
    junctions = _count_junctions(measured, boundary_line, boundary_measure, is_split, snap_links)
    report(progress, 0.8)

    same_line = boundary_line[1:] == boundary_line[:-1]
    piece_line = boundary_line[:-1][same_line]
    piece_start, piece_end = boundary_measure[:-1][same_line], boundary_measure[1:][same_line]
    segment_line, segment_piece, seq, segment_start, segment_end = _equal_parts(
        piece_line, piece_start, piece_end, max_length_m)
    segment_lines = _segment_polylines(measured, segment_line, segment_start, segment_end)
    report(progress, 1.0)
    return _segmented(segment_lines, feature_index[kept_rows[segment_line]], segment_piece, seq,
                      segment_end - segment_start, counts, junctions, pieces=len(piece_line),
                      length_in_m=float(measured.length_m.sum()))


def _check_arguments(lines, feature_index, max_length_m, snap_tolerance_m):
    if len(feature_index) != len(lines):
        raise ValueError(f"feature_index has {len(feature_index)} rows for {len(lines)} lines")
    if not (max_length_m > 0 and np.isfinite(max_length_m)):
        raise ValueError(f"max_length_m must be a positive number of metres, not {max_length_m}")
    if not snap_tolerance_m >= 0:
        raise ValueError(f"snap_tolerance_m must be 0 m or more, not {snap_tolerance_m}")


def _segmented(segment_lines, feature_rows, piece_index, seq, length_m, counts, junctions, pieces, length_in_m):
    return SegmentedStreets(
        lines=segment_lines, feature_index=feature_rows, piece_index=piece_index, seq=seq, length_m=length_m,
        report=SegmentationReport(**counts, junctions=int(junctions), pieces=int(pieces), segments=len(length_m),
                                  total_length_in_m=length_in_m, total_length_out_m=float(length_m.sum())))


def _clean(lines):
    """The usable lines without repeated consecutive vertices, the input rows they come from, and the counts."""
    coords, counts = lines.coords, lines.vertex_counts()
    n_lines = len(lines)
    vertex_line = np.repeat(np.arange(n_lines), counts)
    non_finite = np.bincount(vertex_line[~np.isfinite(coords).all(axis=1)], minlength=n_lines) > 0
    invalid = non_finite | (counts < 2)
    repeats_previous = np.zeros(len(coords), dtype=bool)
    repeats_previous[1:] = (coords[1:] == coords[:-1]).all(axis=1) & (vertex_line[1:] == vertex_line[:-1])
    distinct_vertices = np.bincount(vertex_line[~repeats_previous], minlength=n_lines)
    zero_length = ~invalid & (distinct_vertices < 2)
    kept = ~invalid & ~zero_length
    keep_vertex = kept[vertex_line] & ~repeats_previous
    clean = LineArrays(np.compress(keep_vertex, coords, axis=0),
                       np.concatenate([[0], np.cumsum(distinct_vertices[kept])]))
    return clean, np.flatnonzero(kept), dict(
        lines_in=n_lines, invalid_lines=int(invalid.sum()), zero_length_lines=int(zero_length.sum()),
        duplicate_vertices_removed=int(np.count_nonzero(repeats_previous & kept[vertex_line])))


def _piece_boundaries(measured, splits):
    """Every line's start, splits and end, sorted along the network, with splits closer than ``SPLIT_MERGE_M``
    to each other or to the line's end merged into one.

    Returns ``(line, measure, is_split, snap_links)``; ``snap_links`` pairs the boundary index of each snapped
    line end with that of the split its snap made.
    """
    n_lines = len(measured)
    length = measured.length_m
    interior = (splits.measure > SPLIT_MERGE_M) & (splits.measure < length[splits.line] - SPLIT_MERGE_M)
    line = np.concatenate([np.arange(n_lines), np.arange(n_lines), splits.line[interior]])
    measure = np.concatenate([np.zeros(n_lines), length, splits.measure[interior]])
    snapped_end = np.concatenate([np.full(2 * n_lines, -1), splits.snapped_end[interior]])
    is_split = np.arange(len(line)) >= 2 * n_lines

    order = np.argsort(measured.position(line, measure), kind="stable")
    line, measure, snapped_end, is_split = line[order], measure[order], snapped_end[order], is_split[order]
    repeat = np.zeros(len(line), dtype=bool)
    repeat[1:] = is_split[1:] & (line[1:] == line[:-1]) & (measure[1:] - measure[:-1] <= SPLIT_MERGE_M)
    merged_index = np.cumsum(~repeat) - 1

    snap = snapped_end >= 0
    snap_boundary = merged_index[snap]
    end_line, at_end = np.divmod(snapped_end[snap], 2)
    line, measure, is_split = line[~repeat], measure[~repeat], is_split[~repeat]
    line_start = np.flatnonzero(~is_split)[::2]  # each line has its start and end boundary, in order
    end_boundary = np.where(at_end == 1, np.append(line_start, len(line))[end_line + 1] - 1, line_start[end_line])
    return line, measure, is_split, np.column_stack([end_boundary, snap_boundary])


def _count_junctions(measured, line, measure, is_split, snap_links):
    """Points where three or more pieces meet: boundaries at one point (or joined by a snap) form a node, a split
    adds two piece ends to it and a line end one."""
    spatial, sparse, csgraph = require("scipy.spatial"), require("scipy.sparse"), require("scipy.sparse.csgraph")
    points = measured.point_at(line, measure)
    coincident = spatial.cKDTree(points, balanced_tree=False).query_pairs(SPLIT_MERGE_M, output_type="ndarray")
    links = np.concatenate([coincident.reshape(-1, 2), snap_links])
    graph = sparse.coo_matrix((np.ones(len(links), dtype=np.int8), (links[:, 0], links[:, 1])),
                              shape=(len(points), len(points)))
    _, node = csgraph.connected_components(graph, directed=False)
    piece_ends = np.bincount(node, weights=np.where(is_split, 2, 1))
    return int(np.count_nonzero(piece_ends >= 3))


def _equal_parts(piece_line, piece_start, piece_end, max_length_m):
    """Cut each piece into ``ceil(L / max_length_m)`` equal parts.

    Returns ``(line, piece, seq, start, end)`` per segment; consecutive segments share their boundary measure
    exactly and the last one ends exactly at its piece's end.
    """
    piece_length = piece_end - piece_start
    parts = np.maximum(np.ceil((piece_length - _LENGTH_SLACK_M) / max_length_m), 1).astype(np.int64)
    piece = np.repeat(np.arange(len(parts), dtype=np.int64), parts)
    seq = np.arange(len(piece), dtype=np.int64) - np.repeat(np.cumsum(parts) - parts, parts) + 1
    step = (piece_length / parts)[piece]
    start = piece_start[piece] + (seq - 1) * step
    end = np.where(seq == parts[piece], piece_end[piece], piece_start[piece] + seq * step)
    return piece_line[piece], piece, seq, start, end


def _segment_polylines(measured, line, start, end):
    """One polyline per segment: its start point, the line's vertices strictly inside it, its end point."""
    segment_of_vertex = np.searchsorted(measured.position(line, start), measured.vertex_position, side="right") - 1
    inside = ((measured.vertex_measure > start[segment_of_vertex] + _SAME_POINT_M)
              & (measured.vertex_measure < end[segment_of_vertex] - _SAME_POINT_M))
    inner_vertex = np.flatnonzero(inside)
    inner_segment = segment_of_vertex[inner_vertex]
    vertex_counts = 2 + np.bincount(inner_segment, minlength=len(line))
    offsets = np.concatenate([[0], np.cumsum(vertex_counts)])
    coords = np.empty((offsets[-1], 2))
    coords[offsets[:-1]] = measured.point_at(line, start)
    coords[offsets[1:] - 1] = measured.point_at(line, end)
    rank_in_segment = np.arange(len(inner_vertex)) - np.searchsorted(inner_segment, inner_segment)
    coords[offsets[inner_segment] + 1 + rank_in_segment] = rows(measured.lines.coords, inner_vertex)
    return LineArrays(coords, offsets)
