"""Two gradings of the same streets compared: which segments moved to a safer or a less safe grade, and km by grade
before and after. The platform's data are updated every period; what changed is what the officer reports.

Segments of this period's grading are matched to last period's by ``seg_id`` when both layers carry the same ids
along the same streets, otherwise by position: a segment takes the grade of the previous segment nearest to its
midpoint within ``match_m`` (2 m: the same street re-segmented). A segment with no match is *new* (no change is
given for it).
"""
from dataclasses import dataclass

import numpy as np

from ..i18n import tr_noop

TR_CONTEXT = "GradeChange"

SAFER, SAME, LESS_SAFE, NEW = "safer", "same", "less_safe", "new"
CHANGE_WORDS = {SAFER: tr_noop("safer grade"), SAME: tr_noop("same grade"), LESS_SAFE: tr_noop("less safe grade"),
                NEW: tr_noop("new segment")}
DEFAULT_MATCH_M = 2.0


@dataclass
class GradeChange:
    previous_grade: np.ndarray  # per current segment, its previous grade (0: new)
    grade_change: np.ndarray  # current − previous (negative: safer), 0 for new segments
    change: np.ndarray  # SAFER, SAME, LESS_SAFE or NEW per current segment
    km_before: np.ndarray  # (5,) km by grade, previous grading
    km_after: np.ndarray  # (5,) km by grade, this grading
    transitions_km: np.ndarray  # (5, 5) km of matched segments, row previous grade, column current grade

    def counts(self):
        return {name: int(np.count_nonzero(self.change == name)) for name in (SAFER, SAME, LESS_SAFE, NEW)}


def match_segments(current_lines, previous_index, match_m=DEFAULT_MATCH_M, current_ids=None, previous_ids=None):
    """Per current segment, the index of its previous segment or −1 (see the module docstring)."""
    midpoints = _midpoints(current_lines)
    if current_ids is not None and previous_ids is not None and len(previous_ids):
        by_id = _rows_of(np.asarray(current_ids, dtype=np.int64), np.asarray(previous_ids, dtype=np.int64))
        point, segment, _ = previous_index.pairs_within(midpoints, match_m)
        same_place = np.zeros(len(by_id), dtype=bool)
        same_place[point[segment == by_id[point]]] = True
        if same_place.sum() >= 0.9 * max(len(by_id), 1):  # ids follow the streets: trust them
            return np.where(same_place, by_id, -1)
    segment, _ = previous_index.snap(midpoints, match_m)
    return segment


def compare(current_grade, current_length_m, previous_grade, previous_length_m, matched):
    """The :class:`GradeChange` of a grading against the previous one, given :func:`match_segments`."""
    current_grade = np.asarray(current_grade, dtype=np.int64)
    previous_of = np.where(matched >= 0, np.asarray(previous_grade, dtype=np.int64)[np.maximum(matched, 0)], 0)
    grade_change = np.where(matched >= 0, current_grade - previous_of, 0)
    change = np.where(matched < 0, NEW, np.where(grade_change < 0, SAFER, np.where(grade_change > 0, LESS_SAFE,
                                                                                   SAME))).astype(object)
    km = np.asarray(current_length_m, dtype=np.float64) / 1000.0
    both = matched >= 0
    cell = (previous_of[both] - 1) * 5 + (current_grade[both] - 1)
    return GradeChange(previous_of, grade_change, change,
                       _km_by_grade(previous_grade, np.asarray(previous_length_m) / 1000.0),
                       _km_by_grade(current_grade, km),
                       np.bincount(cell, weights=km[both], minlength=25).reshape(5, 5))


def _km_by_grade(grade, km):
    return np.bincount(np.clip(np.asarray(grade, dtype=np.int64), 1, 5) - 1, weights=km, minlength=5)


def _midpoints(lines):
    from ..network.spatial import polyline_midpoints
    return polyline_midpoints(lines)


def _rows_of(ids, previous_ids):
    """Row of each of ``ids`` in ``previous_ids`` (the first where repeated), −1 where absent."""
    order = np.argsort(previous_ids, kind="stable")
    position = np.minimum(np.searchsorted(previous_ids[order], ids), len(order) - 1)
    return np.where(previous_ids[order][position] == ids, order[position], -1)
