"""compute_factors on a small street grid, and incremental updates against full recomputation."""
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from anshim.engine.factors.compute import FactorInputs, FactorParams, add_points, add_route, compute_factors
from anshim.engine.network.geometry import LineArrays
from anshim.engine.network.spatial import SegmentIndex


def street_grid(n_streets=4, length_m=100.0, segment_m=10.0):
    """Horizontal and vertical streets 50 m apart, cut into 10 m segments."""
    cuts = np.arange(0.0, length_m, segment_m)
    segments = []
    for offset in np.arange(n_streets) * 50.0:
        segments += [[(x, offset), (x + segment_m, offset)] for x in cuts]
        segments += [[(offset, y), (offset, y + segment_m)] for y in cuts]
    return LineArrays.from_list(segments)


GRID = street_grid()


def test_missing_layers_leave_their_fields_out_and_the_report_says_so():
    result = compute_factors(GRID, FactorInputs(lights=np.array([[5.0, 0.0]])))
    assert list(result.fields) == ["light_n", "light_d", "dead_end", "junction_d"]
    assert "No CCTV layer: cctv_n, cctv_d left out." in result.messages()
    assert "No population layer: pop_night left out." in result.messages()


def test_fields_come_in_the_documented_order():
    inputs = FactorInputs(
        cctv=np.array([[0.0, 0.0]]), lights=np.array([[5.0, 0.0]]), bells=np.array([[50.0, 50.0]]),
        guardhouses=np.array([[60.0, 0.0]]), police=np.array([[0.0, 150.0]]), risk_sites=np.array([[30.0, 5.0]]),
        extra_points={"bar": np.array([[20.0, 0.0]])}, safe_routes=LineArrays.from_list([[(0, 2), (100, 2)]]),
        population_polygons=([[np.array([(0, -10), (200, -10), (200, 200), (0, 200)], float)]], np.array([84.0])),
        crimes=np.array([[5.0, 1.0], [15.0, 1.0]]), crime_years=np.array([2021, 2020]), width_m=np.full(len(GRID), 4.0))
    result = compute_factors(GRID, inputs)
    assert list(result.fields) == [
        "cctv_n", "cctv_d", "light_n", "light_d", "bell_d", "guard_d", "police_d", "route", "risk_n", "pop_night",
        "dead_end", "junction_d", "width_m", "bar_n", "bar_d", "crime_n", "crime_n_2020", "crime_n_2021",
        "hist_recent", "hist_k50", "hist_k100", "hist_k250"]
    assert all(len(values) == len(GRID) for values in result.fields.values())
    assert result.fields["pop_night"][0] == pytest.approx(84.0 / 0.042)


def test_cctv_counts_cameras_and_a_site_without_a_count_is_one_camera():
    segment = LineArrays.from_list([[(0, 0), (10, 0)], [(500, 0), (510, 0)]])
    sites = np.array([[5.0, 30.0], [5.0, -45.0], [70.0, 0.0]])
    result = compute_factors(segment, FactorInputs(cctv=sites, cctv_cameras=np.array([4.0, np.nan, 2.0])))
    assert result.fields["cctv_n"].tolist() == [5.0, 0.0]
    assert result.fields["cctv_d"].tolist() == [30.0, 430.0]
    assert result.report.cctv_sites_without_count == 1


def test_each_crime_counts_once_on_its_nearest_segment_and_far_ones_are_reported():
    crimes = np.array([[35.0, 2.0], [10.0, 0.0], [55.0, 20.0], [55.0, 45.0], [300.0, 300.0]])
    result = compute_factors(GRID, FactorInputs(crimes=crimes, crime_years=np.array([2022, 2023, 2022, np.nan, 2023])))
    crime_n = result.fields["crime_n"]
    assert crime_n.sum() == 4 and crime_n.max() == 1
    assert result.report.crimes_beyond_snap == 1
    assert result.fields["crime_n_2022"].sum() == 2 and result.fields["crime_n_2023"].sum() == 1
    assert "1 of 5 crimes (20.0 %) lay more than 30 m from every street segment and were not counted." \
        in result.messages()
    assert "1 of 5 crimes have no year: they count in crime_n only." in result.messages()
    # The crime at the shared end of two segments goes to the lower-numbered one.
    assert crime_n[:4].tolist() == [1, 0, 0, 1]


def test_distances_beyond_the_cap_are_capped_and_counted():
    params = FactorParams(distance_cap_m=60.0)
    result = compute_factors(GRID, FactorInputs(police=np.array([[0.0, 0.0]])), params)
    assert result.fields["police_d"].max() == 60.0
    capped = int(np.count_nonzero(result.fields["police_d"] == 60.0))
    assert capped > 0 and result.report.capped["police_d"] == capped


def test_safe_return_route_marks_the_street_it_follows():
    # Drawn up to 3 m off the centre-line of the street at y = 50; cross streets leave it at right angles.
    route = LineArrays.from_list([[(-3, 53), (103, 47)]])
    result = compute_factors(GRID, FactorInputs(safe_routes=route), FactorParams(route_tolerance_m=6.0))
    on_route = result.fields["route"].astype(bool)
    midpoints = SegmentIndex(GRID).midpoints[on_route]
    assert on_route.sum() == 10 and np.all(midpoints[:, 1] == 50.0)


def test_extra_point_layer_may_not_overwrite_a_factor():
    with pytest.raises(ValueError, match="cctv_n"):
        compute_factors(GRID, FactorInputs(extra_points={"cctv": np.zeros((1, 2))}))


def test_progress_reaches_one():
    fractions = []
    compute_factors(GRID, FactorInputs(lights=np.zeros((1, 2))), progress=fractions.append)
    assert fractions[-1] == 1.0 and fractions == sorted(fractions)


def test_cancel_stops_the_run_and_gives_the_same_fields_on_one_thread_as_on_several():
    from anshim.engine.progress import Canceled
    inputs = FactorInputs(cctv=np.array([[0.0, 0.0]]), lights=np.array([[5.0, 0.0]]), police=np.array([[0.0, 150.0]]),
                          extra_points={"bar": np.array([[20.0, 0.0]])}, crimes=np.array([[5.0, 1.0]]))

    def cancel_after_first(fraction):
        if fraction > 0:
            raise Canceled()

    with pytest.raises(Canceled):
        compute_factors(GRID, inputs, progress=cancel_after_first, workers=2)
    one, several = compute_factors(GRID, inputs, workers=1), compute_factors(GRID, inputs, workers=4)
    assert list(one.fields) == list(several.fields) and one.messages() == several.messages()
    assert all(np.array_equal(one.fields[name], several.fields[name]) for name in one.fields)


coordinate = st.floats(-40, 200)
point_arrays = st.lists(st.tuples(coordinate, coordinate), max_size=6).map(
    lambda points: np.array(points, dtype=np.float64).reshape(-1, 2))


@settings(max_examples=120, deadline=None)
@given(point_arrays, point_arrays, st.sampled_from([0.0, 25.0, 50.0]), st.sampled_from([30.0, 1000.0]),
       st.booleans())
def test_add_points_equals_a_full_recomputation(old_points, new_points, radius_m, cap_m, weighted):
    index = SegmentIndex(GRID)
    all_points = np.concatenate([old_points, new_points])
    weights = np.arange(1.0, len(all_points) + 1) * 0.7 if weighted else None
    old_weights = new_weights = None
    if weighted:
        old_weights, new_weights = weights[:len(old_points)], weights[len(old_points):]
    counts_before = index.count_within(old_points, radius_m, old_weights)
    distances_before = index.nearest_distance(old_points, cap_m)
    affected, counts_after, distances_after = add_points(
        index, new_points, new_weights, counts_before, distances_before, radius_m, cap_m)
    expected_counts = index.count_within(all_points, radius_m, weights)
    expected_distances = index.nearest_distance(all_points, cap_m)
    assert np.array_equal(counts_after, expected_counts)
    assert np.array_equal(distances_after, expected_distances)
    changed = (expected_counts != counts_before) | (expected_distances != distances_before)
    assert affected.tolist() == np.flatnonzero(changed).tolist()


def test_add_points_for_a_distance_only_factor_leaves_counts_none():
    index = SegmentIndex(GRID)
    old_box, new_box = np.array([[0.0, 0.0]]), np.array([[150.0, 150.0]])
    before = index.nearest_distance(old_box, 1000.0)
    affected, counts_after, distances_after = add_points(index, new_box, None, None, before, None, 1000.0)
    assert counts_after is None
    assert np.array_equal(distances_after, index.nearest_distance(np.concatenate([old_box, new_box]), 1000.0))
    assert 0 < len(affected) < len(GRID) and np.all(distances_after[affected] < before[affected])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.tuples(coordinate, coordinate), min_size=2, max_size=4), min_size=1, max_size=2),
       st.lists(st.lists(st.tuples(coordinate, coordinate), min_size=2, max_size=4), min_size=1, max_size=2))
def test_add_route_equals_a_full_recomputation(old_routes, new_routes):
    index = SegmentIndex(GRID)
    before = index.along(LineArrays.from_list(old_routes), 15.0).astype(np.int8)
    affected, after = add_route(index, LineArrays.from_list(new_routes), before, 15.0)
    expected = index.along(LineArrays.from_list(old_routes + new_routes), 15.0).astype(np.int8)
    assert after.tolist() == expected.tolist()
    assert affected.tolist() == np.flatnonzero(expected != before).tolist()
