"""Two gradings compared: moved segments, km by grade, matching by id or by position."""
import numpy as np
import pytest

from anshim.engine.network.geometry import LineArrays
from anshim.engine.network.spatial import SegmentIndex
from anshim.engine.planning.grade_change import LESS_SAFE, NEW, SAFER, SAME, compare, match_segments


def street(n, start_x=0.0):
    return LineArrays.from_list([[(start_x + 10.0 * k, 0.0), (start_x + 10.0 * (k + 1), 0.0)] for k in range(n)])


def test_moves_and_km_by_grade():
    previous, current = street(4), street(5)  # the street was extended by one segment
    matched = match_segments(current, SegmentIndex(previous))
    assert matched.tolist() == [0, 1, 2, 3, -1]
    result = compare([1, 3, 5, 4, 2], current.lengths(), [2, 3, 4, 4], previous.lengths(), matched)
    assert result.change.tolist() == [SAFER, SAME, LESS_SAFE, SAME, NEW]
    assert result.grade_change.tolist() == [-1, 0, 1, 0, 0]
    assert result.km_before == pytest.approx([0, 0.01, 0.01, 0.02, 0])
    assert result.km_after == pytest.approx([0.01, 0.01, 0.01, 0.01, 0.01])
    assert result.transitions_km[1, 0] == pytest.approx(0.01) and result.transitions_km.sum() == pytest.approx(0.04)
    assert result.counts() == {SAFER: 1, SAME: 2, LESS_SAFE: 1, NEW: 1}


def test_ids_that_follow_the_streets_are_trusted_and_others_are_not():
    previous, current = street(3), street(3)
    index = SegmentIndex(previous)
    assert match_segments(current, index, current_ids=[7, 8, 9], previous_ids=[9, 8, 7]).tolist() == [0, 1, 2]
    shifted = street(3, start_x=500.0)  # same ids, other place: a new network
    assert match_segments(shifted, index, current_ids=[7, 8, 9], previous_ids=[7, 8, 9]).tolist() == [-1, -1, -1]
    assert match_segments(current, index, current_ids=[1, 2, 3], previous_ids=[1, 2, 3]).tolist() == [0, 1, 2]
