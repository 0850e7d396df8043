"""Segmentation: segments never straddle a junction, are at most the maximum length, and keep the network's length."""
import itertools

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from anshim.engine.network.geometry import LineArrays, point_segment_distance
from anshim.engine.progress import Canceled
from anshim.engine.network.segmentation import SPLIT_MERGE_M, segment_streets


def segment(lines, features=None, **options):
    lines = LineArrays.from_list(lines)
    features = np.arange(len(lines)) if features is None else features
    return segment_streets(lines, features, **options)


def segment_ends(result):
    return np.vstack(result.lines.endpoints())


def is_segment_end(result, point, tolerance=1e-6):
    return bool((np.hypot(*(segment_ends(result) - point).T) <= tolerance).any())


def test_lines_crossing_without_a_shared_vertex_are_cut_at_the_crossing():
    result = segment([[(0, 0), (20, 0)], [(10, -10), (10, 10)]], max_length_m=50)

    assert result.report.pieces == 4
    assert result.report.junctions == 1
    assert result.length_m.tolist() == pytest.approx([10, 10, 10, 10])
    assert sum(np.allclose(end, (10, 0)) for end in segment_ends(result)) == 4


def test_a_t_end_stopping_short_cuts_the_through_street_at_its_foot():
    result = segment([[(0, 0), (20, 0)], [(7, 0.3), (7, 10)]], max_length_m=50, snap_tolerance_m=0.5)

    assert result.feature_index.tolist() == [0, 0, 1]
    assert result.lines.line(0).tolist() == [[0, 0], [7, 0]]
    assert result.lines.line(1).tolist() == [[7, 0], [20, 0]]
    assert result.lines.line(2).tolist() == [[7, 0.3], [7, 10]]  # the T-end is not moved
    assert result.report.junctions == 1
    assert result.report.total_length_out_m == pytest.approx(29.7)


def test_a_t_end_beyond_the_snapping_tolerance_does_not_cut():
    result = segment([[(0, 0), (20, 0)], [(7, 0.8), (7, 10)]], max_length_m=50, snap_tolerance_m=0.5)

    assert result.report.pieces == 2
    assert result.report.junctions == 0


def test_t_ends_running_past_cut_the_through_street_once_each():
    # the ends cross the through street just left and just right of their feet at x = 7 and x = 14
    result = segment([[(0, 0), (20, 0)], [(7, -0.3), (6.8, 10)], [(14, -0.3), (14.2, 10)]],
                     max_length_m=50, snap_tolerance_m=0.5)

    crossings = [7 - 0.2 * 0.3 / 10.3, 14 + 0.2 * 0.3 / 10.3]
    through = result.length_m[result.feature_index == 0]
    assert through == pytest.approx(np.diff([0, *crossings, 20]))  # no sliver between a crossing and a foot
    assert result.report.junctions == 2


def test_a_line_doubling_back_over_itself_is_cut_where_the_overlap_ends():
    result = segment([[(0, 0), (0, 10), (0, 4)]], max_length_m=100)

    assert result.length_m == pytest.approx([4, 12])


def test_a_long_line_is_cut_into_equal_segments_along_it():
    result = segment([[(0, 0), (25, 0)]], max_length_m=10)

    assert result.length_m == pytest.approx([25 / 3] * 3)
    assert result.seq.tolist() == [1, 2, 3]
    assert result.lines.line(1) == pytest.approx(np.array([[25 / 3, 0], [50 / 3, 0]]))


def test_bends_stay_inside_a_segment_as_vertices():
    result = segment([[(0, 0), (6, 0), (6, 6), (0, 6)]], max_length_m=10)

    assert result.length_m == pytest.approx([9, 9])
    assert result.lines.line(0).tolist() == [[0, 0], [6, 0], [6, 3]]
    assert result.lines.line(1).tolist() == [[6, 3], [6, 6], [0, 6]]


def test_parts_of_one_feature_keep_its_row_and_output_follows_feature_rows():
    result = segment([[(0, 100), (5, 100)], [(0, 0), (5, 0)], [(0, 50), (5, 50)]], features=[3, 1, 3])

    assert result.feature_index.tolist() == [1, 3, 3]
    assert result.lines.line(1).tolist() == [[0, 100], [5, 100]]  # parts of a feature keep their order
    assert result.piece_index.tolist() == [0, 1, 2]


def test_invalid_lines_repeated_vertices_and_zero_length_lines_are_dropped_and_counted():
    result = segment([[(0, 0), (np.nan, 1)], [(0, 0), (4, 0), (4, 0), (4, 3)], [(2, 2), (2, 2)], [(1, 1)],
                      [(0, 0), (np.inf, 0), (1, 1)]])

    assert result.feature_index.tolist() == [1]
    assert result.lines.line(0).tolist() == [[0, 0], [4, 0], [4, 3]]
    report = result.report
    assert (report.lines_in, report.invalid_lines, report.zero_length_lines) == (5, 3, 1)
    assert report.duplicate_vertices_removed == 1
    assert report.total_length_in_m == report.total_length_out_m == pytest.approx(7)
    assert len(report.messages()) >= 3


def test_a_vertex_almost_on_the_previous_one_is_kept_harmlessly():
    result = segment([[(0, 1), (0, 0), (0, 1e-130)], [(-1, 0.5), (1, 0.5)]])

    assert np.isfinite(result.lines.coords).all()
    assert result.report.total_length_out_m == pytest.approx(3)
    assert result.report.pieces == 4


def test_nothing_usable_gives_an_empty_result():
    result = segment([[(1, 1), (1, 1)]])

    assert len(result.lines) == 0 and result.length_m.size == 0
    assert result.report.zero_length_lines == 1


def test_collinear_overlap_is_cut_where_the_overlap_ends():
    result = segment([[(0, 0), (30, 0)], [(10, 0), (40, 0)]], max_length_m=100)

    assert sorted(result.length_m[result.feature_index == 0]) == pytest.approx([10, 20])
    assert sorted(result.length_m[result.feature_index == 1]) == pytest.approx([10, 20])


def test_a_line_crossing_itself_is_cut_at_the_crossing():
    result = segment([[(0, 0), (10, 0), (10, 5), (5, 5), (5, -5)]], max_length_m=100)

    assert result.length_m == pytest.approx([5, 20, 5])
    assert result.report.junctions == 1


def test_lines_joined_end_to_end_are_not_a_junction_but_three_ends_are():
    two = segment([[(0, 0), (5, 0)], [(5, 0), (9, 0)]])
    three = segment([[(0, 0), (5, 0)], [(5, 0), (9, 0)], [(5, 0), (5, 4)]])

    assert (two.report.junctions, two.report.pieces) == (0, 2)
    assert (three.report.junctions, three.report.pieces) == (1, 3)


def test_three_streets_through_one_point_make_one_junction():
    result = segment([[(-5, 0), (5, 0)], [(0, -5), (0, 5)], [(-5, -5), (5, 5)]], max_length_m=100)

    assert result.report.junctions == 1
    assert result.report.pieces == 6


def test_crossings_are_exact_at_city_coordinates():
    origin = np.array([955_123.456, 1_951_234.567])  # EPSG:5179-sized numbers
    result = segment([origin + [(0, 0), (300, 10)], origin + [(150, -50), (151, 80)]], max_length_m=10)

    p, r = origin, np.array([300.0, 10.0])
    q, s = origin + [150, -50], np.array([1.0, 130.0])
    crossing = p + r * np.cross(q - p, s) / np.cross(r, s)
    assert is_segment_end(result, crossing)
    assert result.length_m.max() <= 10 + 1e-9
    assert result.report.total_length_out_m == pytest.approx(result.report.total_length_in_m, rel=1e-12)


def test_progress_reaches_the_end_and_cancel_stops_the_run():
    seen = []
    segment([[(0, 0), (20, 0)], [(10, -10), (10, 10)]], progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0

    def cancel(fraction):
        if fraction > 0.1:
            raise Canceled()

    with pytest.raises(Canceled):
        segment([[(0, 0), (20, 0)], [(10, -10), (10, 10)]], progress=cancel)


@pytest.mark.parametrize("options", [dict(max_length_m=0), dict(max_length_m=np.nan), dict(snap_tolerance_m=-1)])
def test_nonsense_options_are_refused(options):
    with pytest.raises(ValueError):
        segment([[(0, 0), (20, 0)]], **options)


def test_feature_index_must_match_the_lines():
    with pytest.raises(ValueError):
        segment([[(0, 0), (20, 0)]], features=[0, 1])


# ---- properties on random small networks -------------------------------------------------------------------

coordinate = st.integers(0, 24).map(lambda v: v * 0.5)  # exact values: many shared vertices, T's and overlaps
polyline = st.lists(st.tuples(coordinate, coordinate), min_size=2, max_size=5)


def without_repeats(line):
    return [vertex for k, vertex in enumerate(line) if k == 0 or vertex != line[k - 1]]


def edges_of(lines):
    """(line, edge number, start, end) for every edge of the lines' repeat-free versions."""
    for line_number, line in enumerate(lines):
        line = np.array(without_repeats(line), dtype=float)
        for k in range(len(line) - 1):
            yield line_number, k, line[k], line[k + 1]


def meeting_points(lines):
    """Brute force: every point where two edges (not consecutive edges of one line) cross, touch or end an overlap."""
    points = []
    for (line_a, k_a, p, p_end), (line_b, k_b, q, q_end) in itertools.combinations(edges_of(lines), 2):
        if line_a == line_b and abs(k_a - k_b) <= 1:
            continue
        r, s = p_end - p, q_end - q
        denominator = np.cross(r, s)
        if denominator != 0:
            t, u = np.cross(q - p, s) / denominator, np.cross(q - p, r) / denominator
            if 0 <= t <= 1 and 0 <= u <= 1:
                points.append(p + t * r)
        elif np.cross(q - p, r) == 0:  # collinear: the ends of each edge lying on the other
            points += [end for end, start, direction in ((q, p, r), (q_end, p, r), (p, q, s), (p_end, q, s))
                       if 0 <= np.dot(end - start, direction) <= np.dot(direction, direction)]
    return points


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(polyline, min_size=1, max_size=6), max_length_m=st.sampled_from([1.5, 4.0, 10.0]),
       snap_tolerance_m=st.sampled_from([0.0, 0.3, 1.0]))
def test_random_networks(lines, max_length_m, snap_tolerance_m):
    result = segment(lines, max_length_m=max_length_m, snap_tolerance_m=snap_tolerance_m)
    length_in = sum(np.hypot(*np.diff(np.array(line), axis=0).T).sum() for line in lines)

    assert result.length_m.max(initial=0) <= max_length_m + 1e-9
    assert result.report.total_length_out_m == pytest.approx(length_in, rel=1e-9, abs=1e-9)
    assert result.length_m == pytest.approx(result.lines.lengths(), abs=1e-9)

    piece_length = np.bincount(result.piece_index, weights=result.length_m)[result.piece_index]
    assert ((result.length_m >= max_length_m / 2 - 1e-9) | (piece_length < max_length_m)).all()
    first_of_piece = np.diff(result.piece_index, prepend=-1) != 0
    assert (np.diff(result.piece_index) >= 0).all()
    assert (result.seq == np.where(first_of_piece, 1, np.r_[0, result.seq[:-1]] + 1)).all()

    # consecutive segments of one line join exactly
    starts, ends = result.lines.endpoints()
    same_line = result.feature_index[1:] == result.feature_index[:-1]
    assert (ends[:-1][same_line] == starts[1:][same_line]).all()

    # no segment runs through a point where lines meet: every segment that touches one ends there (splits closer
    # than SPLIT_MERGE_M are one, so an end may lie that far from one of two meeting points)
    points = np.array(meeting_points(lines)).reshape(-1, 1, 2)
    edge_starts, edge_ends, edge_segment = result.lines.edges()
    point, edge = np.nonzero(point_segment_distance(points, edge_starts, edge_ends) < 1e-9)
    ends_of_touching = np.stack([starts, ends], axis=1)[edge_segment[edge]]
    assert (np.linalg.norm(ends_of_touching - points[point], axis=-1).min(axis=1) <= SPLIT_MERGE_M + 1e-6).all()

    # and pieces end only where lines meet, at line ends, or at the foot of a snapped line end
    last_of_piece = np.diff(result.piece_index, append=-1) != 0
    piece_ends = np.vstack([starts[first_of_piece], ends[last_of_piece]])
    line_ends = np.array([line[k] for line in lines for k in (0, -1)], dtype=float)
    to_meeting = np.linalg.norm(piece_ends[:, None] - points[:, 0], axis=-1).min(axis=1, initial=np.inf)
    to_line_end = np.linalg.norm(piece_ends[:, None] - line_ends, axis=-1).min(axis=1)
    assert ((to_meeting <= SPLIT_MERGE_M + 1e-6) | (to_line_end <= snap_tolerance_m + SPLIT_MERGE_M + 1e-6)).all()


def test_a_street_given_twice_is_counted_as_a_duplicate_in_either_direction():
    """S09: every demo street twice doubled the network silently; the count is what the algorithm warns with."""
    street = [(0.0, 0.0), (30.0, 0.0), (30.0, 25.0)]
    other = [(0.0, 0.0), (0.0, 40.0)]
    near_copy = [(0.0, 0.0), (30.0, 0.0), (30.0, 25.001)]
    result = segment([street, other, street[::-1], street, near_copy])
    assert result.report.duplicate_lines == 2
    assert segment([street, other, near_copy]).report.duplicate_lines == 0
