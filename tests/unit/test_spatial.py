"""SegmentIndex against brute force over every point–edge pair, on random networks with some long edges."""
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from anshim.engine.network.geometry import LineArrays, point_segment_distance
from anshim.engine.network.spatial import SegmentIndex, polyline_midpoints

coordinate = st.integers(-60, 60).map(float)
xy = st.tuples(coordinate, coordinate)
# Short polylines of mostly 10 m-ish edges, sometimes a long one (up to ~170 m), sometimes a lone vertex.
polyline = st.lists(xy, min_size=1, max_size=4)
networks = st.lists(polyline, min_size=1, max_size=8).map(LineArrays.from_list)
point_sets = st.lists(st.tuples(st.floats(-80, 80), st.floats(-80, 80)), max_size=12).map(
    lambda points: np.array(points, dtype=np.float64).reshape(-1, 2))


def brute_distance(segments, points):
    """``(n_points, n_segments)`` distances from every point to every segment's nearest edge or lone vertex."""
    result = np.full((len(points), len(segments)), np.inf)
    for s, line in enumerate(segments.to_list()):
        starts, ends = (line[:-1], line[1:]) if len(line) > 1 else (line, line)
        for start, end in zip(starts, ends):
            distance = point_segment_distance(points, start[None, :], end[None, :])
            result[:, s] = np.minimum(result[:, s], distance)
    return result


@settings(max_examples=150, deadline=None)
@given(networks, point_sets, st.sampled_from([0.0, 5.0, 12.5, 40.0]))
def test_count_within_counts_each_point_once_per_segment_it_reaches(segments, points, radius_m):
    weights = np.arange(1, len(points) + 1, dtype=np.float64)
    within = brute_distance(segments, points) <= radius_m
    index = SegmentIndex(segments)
    assert np.array_equal(index.count_within(points, radius_m), within.sum(axis=0))
    assert np.array_equal(index.count_within(points, radius_m, weights), (within * weights[:, None]).sum(axis=0))


@settings(max_examples=150, deadline=None)
@given(networks, point_sets, st.sampled_from([3.0, 30.0, 1000.0]))
def test_nearest_distance_is_exact_and_capped(segments, points, cap_m):
    expected = np.minimum(brute_distance(segments, points).min(axis=0, initial=np.inf), cap_m)
    assert np.array_equal(SegmentIndex(segments).nearest_distance(points, cap_m), expected)


@settings(max_examples=150, deadline=None)
@given(networks, point_sets, st.sampled_from([2.0, 30.0]))
def test_snap_picks_the_nearest_segment_and_the_lowest_index_on_ties(segments, points, max_distance_m):
    distance = brute_distance(segments, points)
    nearest = distance.min(axis=1)
    expected = np.where(nearest <= max_distance_m, distance.argmin(axis=1), -1)
    segment_index, snap_distance = SegmentIndex(segments).snap(points, max_distance_m)
    assert segment_index.tolist() == expected.tolist()
    assert np.array_equal(snap_distance, np.where(expected >= 0, nearest, np.inf))


@settings(max_examples=100, deadline=None)
@given(networks, point_sets, st.sampled_from([0.0, 8.0, 25.0]))
def test_pairs_within_lists_every_pair_once(segments, points, radius_m):
    distance = brute_distance(segments, points)
    expected_point, expected_segment = np.nonzero(distance <= radius_m)
    point_index, segment_index, pair_distance = SegmentIndex(segments).pairs_within(points, radius_m)
    assert point_index.tolist() == expected_point.tolist()
    assert segment_index.tolist() == expected_segment.tolist()
    assert np.array_equal(pair_distance, distance[expected_point, expected_segment])


@settings(max_examples=100, deadline=None)
@given(networks, st.lists(polyline, min_size=1, max_size=3).map(LineArrays.from_list),
       st.sampled_from([0.5, 6.0, 15.0]))
def test_along_needs_both_ends_and_the_midpoint_near_the_same_line_and_parallel(segments, lines, tolerance_m):
    starts, ends = segments.endpoints()
    key_points = np.concatenate([starts, polyline_midpoints(segments), ends])
    reach = (brute_distance(lines, key_points) <= tolerance_m).reshape(3, len(segments), len(lines))
    expected = np.zeros(len(segments), dtype=bool)
    for s, l in zip(*np.nonzero(reach.all(axis=0))):
        shift = abs(brute_measure(lines.line(l), ends[s]) - brute_measure(lines.line(l), starts[s]))
        expected[s] |= shift >= np.hypot(*(ends[s] - starts[s])) / 2
    assert SegmentIndex(segments).along(lines, tolerance_m).tolist() == expected.tolist()


def brute_measure(line, point):
    """Distance along ``line`` to its point nearest ``point`` (first nearest edge), by looping over edges."""
    best, measure, travelled = np.inf, 0.0, 0.0
    for a, b in zip(line[:-1], line[1:]):
        length = np.hypot(*(b - a))
        t = 0.0 if length == 0 else np.clip(np.dot(point - a, b - a) / length ** 2, 0, 1)
        distance = np.hypot(*(point - (a + t * (b - a))))
        if distance < best:
            best, measure = distance, travelled + t * length
        travelled += length
    return measure


def test_a_side_street_meeting_a_route_at_right_angles_is_not_on_it():
    streets = LineArrays.from_list([[(0, 0), (10, 0)], [(10, 0), (20, 0)], [(10, 0), (10, 10)]])
    route = LineArrays.from_list([[(-20, 0), (40, 0)]])
    assert SegmentIndex(streets).along(route, 15.0).tolist() == [True, True, False]


def test_distance_is_to_the_geometry_of_a_long_segment_not_its_midpoint():
    street = LineArrays.from_list([[(0, 0), (200, 0)], [(0, 30), (10, 30)]])
    camera = np.array([[190.0, 20.0]])
    index = SegmentIndex(street)
    assert index.nearest_distance(camera, 1000).tolist() == [20.0, pytest.approx(np.hypot(180, 10))]
    assert index.count_within(camera, 25).tolist() == [1.0, 0.0]


def test_along_follows_a_route_drawn_a_few_metres_off_the_centre_line():
    street = LineArrays.from_list([[(0, 0), (10, 0)], [(10, 0), (20, 0)], [(20, 0), (20, 10)], [(30, 0), (40, 0)]])
    route = LineArrays.from_list([[(-5, 4), (25, 4)]])
    # The cross street only touches the route at one end; the last segment lies beyond the route's end.
    assert SegmentIndex(street).along(route, 5.0).tolist() == [True, True, False, False]


def test_midpoint_is_half_way_along_a_bent_segment():
    bent = LineArrays.from_list([[(0, 0), (10, 0), (10, 30)], [(5, 5)]])
    assert polyline_midpoints(bent).tolist() == [[10.0, 10.0], [5.0, 5.0]]


def test_empty_inputs_give_zero_counts_and_capped_distances():
    index = SegmentIndex(LineArrays.from_list([[(0, 0), (10, 0)]]))
    no_points = np.empty((0, 2))
    assert index.count_within(no_points, 50).tolist() == [0.0]
    assert index.nearest_distance(no_points, 1000).tolist() == [1000.0]
    assert index.snap(no_points, 30)[0].tolist() == []
    assert index.along(LineArrays.from_list([]), 15).tolist() == [False]


def test_nearest_distance_stays_exact_when_many_points_crowd_a_segment():
    # Far more than the first k neighbours sit within half a piece of its midpoint, so none of them can be
    # certified from the k nearest alone and the search has to widen.
    rng = np.random.default_rng(7)
    segments = LineArrays.from_list([[(0, 0), (12, 0)], [(0, 3), (0, 40), (30, 40)], [(-50, -50), (50, -50)]])
    points = rng.uniform([-2, -8], [14, 8], size=(300, 2))
    expected = np.minimum(brute_distance(segments, points).min(axis=0), 1000.0)
    assert np.array_equal(SegmentIndex(segments).nearest_distance(points, 1000.0), expected)


def test_segment_without_vertices_is_never_reached():
    segments = LineArrays.from_list([[(0, 0), (10, 0)], np.empty((0, 2))])
    index = SegmentIndex(segments)
    points = np.array([[5.0, 1.0]])
    assert index.count_within(points, 50).tolist() == [1.0, 0.0]
    assert index.nearest_distance(points, 1000).tolist() == [1.0, 1000.0]
    assert index.along(LineArrays.from_list([[(-5, 0), (15, 0)]]), 15).tolist() == [True, False]


BAD_POINTS = np.array([[np.inf, 5.0], [1e300, 1e300], [np.nan, 0.0], [-1e20, 1e20], [5.0, -np.inf]])


@settings(max_examples=60, deadline=None)
@given(networks, point_sets, st.sampled_from([0.0, 5.0, 40.0]))
def test_points_not_finite_or_absurdly_far_reach_no_segment_and_never_overflow(segments, points, radius_m):
    """Issue 21 (F03, R04, SC-far, P15, P16): one point at Inf or 1e300 made scipy's k-d tree raise
    'floating point overflow'. Such points are near no street; the others give what they give alone."""
    index = SegmentIndex(segments)
    mixed = np.concatenate([BAD_POINTS[:2], points, BAD_POINTS[2:]])
    good = np.arange(len(points)) + 2
    point_index, segment_index, distance = index.pairs_within(mixed, radius_m)
    alone = index.pairs_within(points, radius_m)
    assert np.array_equal(point_index, good[alone[0]]) if len(alone[0]) else len(point_index) == 0
    assert np.array_equal(segment_index, alone[1]) and np.array_equal(distance, alone[2])
    assert np.array_equal(index.nearest_distance(mixed, 50.0), index.nearest_distance(points, 50.0))
    segment, snapped = index.snap(mixed, radius_m)
    assert (segment[[0, 1, -3, -2, -1]] == -1).all() and np.isinf(snapped[[0, 1, -3, -2, -1]]).all()
    assert np.array_equal(segment[good], index.snap(points, radius_m)[0])


def test_one_point_at_infinity_among_cameras_in_seoul_coordinates():
    segments = LineArrays.from_list([[(192000.0, 545000.0), (192010.0, 545000.0)], [(0.0, 0.0), (10.0, 0.0)]])
    index = SegmentIndex(segments)
    cameras = np.array([[np.inf, 545010.0], [192005.0, 545003.0], [1e300, 1e300]])
    assert index.count_within(cameras, 50.0).tolist() == [1.0, 0.0]
    assert index.nearest_distance(cameras, 1000.0).tolist() == [3.0, 1000.0]
