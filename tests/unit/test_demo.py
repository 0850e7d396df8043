"""The demo district: deterministic, Seoul-like densities, irregular streets, crimes drawn from the ground truth."""
import csv
import json
from pathlib import Path

import numpy as np
import pytest

from anshim.engine.demo import calibration, district as demo
from anshim.engine.demo.crimes import crime_concentration
from anshim.engine.demo.district import generate_district
from anshim.engine.factors.fields import FACTORS
from anshim.engine.demo.groundtruth import TERMS
from anshim.engine.model.metrics import kde_scores, pai_hit_rate
from anshim.engine.progress import Canceled
from anshim.engine.network.spatial import SegmentIndex, polyline_midpoints

SHARED_DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "seoul"


@pytest.fixture(scope="module")
def district():
    return generate_district()


def street_km(district):
    return district.streets.lines.lengths().sum() / 1000.0


def all_arrays(district):
    """Every array the district holds, by name, for comparing two districts."""
    crimes = district.crimes
    return {
        "street_coords": district.streets.lines.coords, "street_width": district.streets.width_m,
        "security_lights": district.security_lights, "street_lights": district.street_lights, "cctv": district.cctv,
        "cameras": district.cctv_cameras, "bells": district.bells, "guardhouses": district.guardhouses,
        "police": district.police, "risk_sites": district.risk_sites, "routes": district.safe_routes.coords,
        "population": district.population.values, "true_risk": district.true_risk, "crime_xy": crimes.xy,
        "crime_dates": crimes.dates.astype(str), "crime_types": crimes.types.astype(str),
    }


def test_the_same_seed_gives_the_same_district(district):
    again = generate_district()
    for name, array in all_arrays(district).items():
        np.testing.assert_array_equal(array, all_arrays(again)[name], err_msg=name)


def test_different_seeds_give_different_districts(district):
    other = generate_district(seed=7)
    assert not np.array_equal(other.streets.lines.coords, district.streets.lines.coords)
    assert not np.array_equal(other.crimes.xy, district.crimes.xy)


def test_the_district_lies_near_yeongdeungpo_in_epsg_5186(district):
    assert district.crs == "EPSG:5186"
    assert district.bounds == (191000.0, 545000.0, 193000.0, 547000.0)
    x, y = district.streets.lines.coords.T
    assert x.min() >= 191000.0 - 1e-6 and x.max() <= 193000.0 + 1e-6
    assert y.min() >= 545000.0 - 1e-6 and y.max() <= 547000.0 + 1e-6
    assert district.notice == demo.SYNTHETIC_NOTICE
    assert "not real crime records" in demo.SYNTHETIC_NOTICE


def within_25_percent(measured, target):
    return abs(measured / target - 1.0) <= 0.25


def test_street_density_and_alley_share_match_yeoksam1(district):
    lengths = district.streets.lines.lengths()
    assert within_25_percent(street_km(district) / district.area_km2, calibration.STREET_KM_PER_KM2)
    alley_share = lengths[district.streets.road_class == calibration.GIL].sum() / lengths.sum()
    assert within_25_percent(alley_share, calibration.ALLEY_LENGTH_SHARE)


def test_streets_carry_a_road_class_name_and_width(district):
    streets = district.streets
    assert set(np.unique(streets.road_class)) == {calibration.DAERO, calibration.RO, calibration.GIL}
    assert all(name.endswith("길") for name in streets.names[streets.road_class == calibration.GIL])
    assert all(name.endswith("로") for name in streets.names[streets.road_class != calibration.GIL])
    assert np.all(streets.width_m[streets.road_class == calibration.DAERO] >= 40.0)
    assert np.median(streets.width_m[streets.road_class == calibration.GIL]) <= 6.0
    assert len(streets.names) == len(streets.width_m) == len(streets.lines)


def test_lines_meet_and_cross_without_shared_vertices(district):
    lines = district.streets.lines
    ends = np.concatenate(lines.endpoints())
    point, line, _ = SegmentIndex(lines).pairs_within(ends, 1e-6)
    on_other_line = line != np.tile(np.arange(len(lines)), 2)[point]
    nearest_vertex_m = [np.hypot(*(lines.line(other) - ends[end]).T).min()
                        for end, other in zip(point[on_other_line], line[on_other_line])]
    assert np.count_nonzero(np.array(nearest_vertex_m) > 1.0) >= 100  # T-junctions with no vertex on the through line
    assert district.segments.report.junctions > 500


def test_the_alley_fabric_is_irregular_with_dead_ends(district):
    starts, ends, line = district.streets.lines.edges()
    alley = district.streets.road_class[line] == calibration.GIL
    direction = ends[alley] - starts[alley]
    bearing = np.degrees(np.arctan2(direction[:, 1], direction[:, 0])) % 90.0
    length = np.hypot(*direction.T)
    off_axis = np.minimum(bearing, 90.0 - bearing)
    assert length[off_axis < 1.0].sum() < 0.5 * length.sum()  # not a perfect grid
    assert length[(off_axis > 30.0)].sum() > 0.0  # some diagonal alleys
    piece_length = np.bincount(district.segments.piece_index, weights=district.segments.length_m)
    assert np.std(piece_length) / np.mean(piece_length) > 0.3  # blocks of varying size
    dead_end_pieces = np.unique(district.segments.piece_index[district.factors["dead_end"] == 1])
    assert within_25_percent(len(dead_end_pieces) / district.area_km2, calibration.DEAD_ENDS_PER_KM2)


def density_figures(district):
    """(measured, documented target) for every calibrated facility density."""
    streets = district.streets
    arterial_km = streets.lines.lengths()[streets.road_class != calibration.GIL].sum() / 1000.0
    return {
        "security lights per km": (len(district.security_lights) / street_km(district), calibration.SECURITY_LIGHTS_PER_KM),
        "street lights per arterial km": (len(district.street_lights) / arterial_km,
                                          calibration.STREET_LIGHTS_PER_ARTERIAL_KM),
        "CCTV sites per km": (len(district.cctv) / street_km(district), calibration.CCTV_SITES_PER_KM),
        "cameras per CCTV site": (district.cctv_cameras.mean(), calibration.CCTV_CAMERAS_PER_SITE),
        "crime-prevention CCTV share": (np.mean(district.cctv_purpose == "crime_prevention"),
                                        calibration.CCTV_CRIME_PREVENTION_SHARE),
        "guard houses per km²": (len(district.guardhouses) / district.area_km2, calibration.GUARD_HOUSES_PER_KM2),
        "police boxes per km²": (len(district.police) / district.area_km2, calibration.POLICE_BOXES_PER_KM2),
        "safe-return routes per km²": (len(district.safe_routes) / district.area_km2, calibration.SAFE_ROUTES_PER_KM2),
        "female night population per km²": (district.population.values.mean() / (calibration.CELL_M ** 2 / 1e6),
                                            calibration.FEMALE_NIGHT_POP_PER_KM2),
    }


@pytest.mark.parametrize("figure", [
    "security lights per km", "street lights per arterial km", "CCTV sites per km", "cameras per CCTV site",
    "crime-prevention CCTV share", "guard houses per km²", "police boxes per km²", "safe-return routes per km²",
    "female night population per km²"])
def test_facility_densities_are_within_25_percent_of_the_documented_targets(district, figure):
    measured, target = density_figures(district)[figure]
    assert within_25_percent(measured, target), f"{figure}: {measured:.3f} against {target}"


def test_some_alleys_are_poorly_lit(district):
    alley_segments = district.streets.road_class[district.segments.feature_index] == calibration.GIL
    unlit = district.factors["light_n"][alley_segments] == 0
    assert 0.05 < np.mean(unlit) < 0.5


def test_alley_darkness_matches_yeoksam1(district):
    """As much alley length lies beyond a light's reach (25 m) as in 역삼1동."""
    length = district.segments.length_m
    alley = district.streets.road_class[district.segments.feature_index] == calibration.GIL
    dark_share = length[alley & (district.factors["light_d"] > 25.0)].sum() / length[alley].sum()
    assert within_25_percent(dark_share, calibration.DARK_ALLEY_SHARE), f"{dark_share:.3f}"


def test_points_sit_a_few_metres_off_the_centre_line(district):
    index = SegmentIndex(district.streets.lines)
    for name, median_range in [("cctv", (1.0, 6.0)), ("security_lights", (5.0, 15.0))]:
        _, distance = index.snap(getattr(district, name), 100.0)
        assert median_range[0] <= np.median(distance) <= median_range[1], name
        assert np.all(distance <= 35.0), name


def test_guard_houses_cluster_in_the_commercial_core(district):
    core_radius_m = 2.5 * calibration.CORE_SIGMA_FRACTION * 2000.0
    in_core = lambda points: np.mean(np.hypot(*(points - district.core_xy).T) < core_radius_m)
    assert in_core(district.guardhouses) >= 0.5
    assert in_core(district.security_lights) < 0.2


def groups_within(points_xy, link_m):
    """Group label of each point: points closer than ``link_m`` to a point of a group join it."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components
    from scipy.spatial import cKDTree
    pairs = cKDTree(points_xy).query_pairs(link_m, output_type="ndarray")
    links = coo_matrix((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(len(points_xy), len(points_xy)))
    return connected_components(links, directed=False)[1]


def test_venues_line_streets_at_several_night_life_hubs(district):
    venues = district.risk_sites
    assert 60.0 <= len(venues) / district.area_km2 <= 160.0  # about 100–130 per km², see the module docstring
    # Shop fronts along venue streets, not venues spread over whole blocks ...
    from scipy.spatial import cKDTree
    neighbours_within_25_m = cKDTree(venues).query_ball_point(venues, 25.0, return_length=True) - 1
    assert np.mean(neighbours_within_25_m >= 4) >= 0.75
    # ... at several hubs (core, stations, markets), none holding most of them.
    venues_per_group = np.bincount(groups_within(venues, 150.0))
    assert np.count_nonzero(venues_per_group >= 10) >= 5
    assert venues_per_group.max() <= 0.4 * len(venues)


def test_the_riskiest_streets_lie_in_several_places_and_differ_from_their_neighbours(district):
    """Street crime concentrates at micro-places (Weisburd 2015): the riskiest 5 % of network length is not one
    block that any spatial smoother would find."""
    length = district.segments.length_m
    order = np.argsort(-district.true_risk)
    riskiest = order[np.cumsum(length[order]) <= 0.05 * length.sum()]
    midpoints = polyline_midpoints(district.segments.lines)
    share_per_place = np.bincount(groups_within(midpoints[riskiest], 150.0), weights=length[riskiest])
    share_per_place /= share_per_place.sum()
    assert np.count_nonzero(share_per_place >= 0.05) >= 4
    assert share_per_place.max() < 0.6
    # Ranking by the true risk finds clearly more expected crime there than a 100 m kernel density of the expected
    # crimes themselves: risk changes from one street to the next.
    at_five_percent = lambda score: pai_hit_rate(score, district.expected_crimes, length, (0.05,))[0.05]["pai"]
    smoothed = kde_scores(midpoints, midpoints, 100.0, district.expected_crimes)
    assert at_five_percent(district.true_risk) >= 1.2 * at_five_percent(smoothed)


def test_safe_return_routes_follow_streets_through_residential_areas(district):
    routes = district.safe_routes
    assert np.all((routes.lengths() >= 250.0) & (routes.lengths() <= 650.0))
    assert np.all(np.hypot(*(routes.coords - district.core_xy).T) > 300.0)
    _, off_street_m = SegmentIndex(district.streets.lines).snap(routes.coords, 50.0)
    assert off_street_m.max() < 5.0
    assert np.count_nonzero(district.factors["route"]) * 10.0 >= 0.8 * routes.lengths().sum()


def test_the_population_raster_is_a_north_up_gdal_grid_densest_in_the_core(district):
    values, geotransform, nodata = district.population
    assert values.shape == (40, 40)
    assert geotransform == (191000.0, 50.0, 0.0, 547000.0, 0.0, -50.0)
    assert nodata == -9999.0 and np.all(values >= 0.0)
    # Densest in the core, on average: cells also vary from block to block (calibration.POPULATION_CELL_SD).
    n_cells = values.shape[0]
    column_x = geotransform[0] + (np.arange(n_cells) + 0.5) * 50.0
    row_y = geotransform[3] - (np.arange(n_cells) + 0.5) * 50.0
    to_core_m = np.hypot(*np.meshgrid(column_x - district.core_xy[0], row_y - district.core_xy[1]))
    assert values[to_core_m < 150.0].mean() > 2.0 * np.median(values)


def test_every_grade_relevant_factor_varies(district):
    assert [factor.name for factor in FACTORS if np.ptp(district.factors[factor.name]) == 0] == []


def test_crimes_cover_three_years_with_dates_types_and_victim_sex(district):
    crimes = district.crimes
    assert set(np.unique(crimes.years)) == {2023, 2024, 2025}
    assert all(date[:4] == str(year) for date, year in zip(crimes.dates, crimes.years))
    np.testing.assert_array_equal(np.array(crimes.dates, dtype="datetime64[D]").astype(str), crimes.dates.astype(str))
    assert set(crimes.types) <= set(calibration.CRIME_TYPE_SHARES)
    assert np.mean(np.isin(crimes.types, ["theft", "violence"])) > 0.85
    assert set(crimes.victim_sex) == {"F", "M"}
    sexual = crimes.types == "rape_indecent"
    assert np.mean(crimes.victim_sex[sexual] == "F") > 0.8


def test_crimes_match_the_real_five_major_crime_rate(district):
    per_km2_year = len(district.crimes.xy) / 3 / district.area_km2
    assert per_km2_year == pytest.approx(calibration.CRIMES_PER_KM2_YEAR, rel=0.1)
    assert district.expected_crimes.sum() == pytest.approx(calibration.CRIMES_PER_KM2_YEAR * district.area_km2)
    np.testing.assert_allclose(district.true_risk * district.segments.length_m, district.expected_crimes)


def test_crimes_lie_within_snapping_distance_of_a_street(district):
    segment, _ = SegmentIndex(district.segments.lines).snap(district.crimes.xy, 30.0)
    assert np.all(segment >= 0)


def test_crime_concentrates_as_weisburd_found(district):
    crimes, segments = district.crimes, district.segments
    n_pieces = segments.piece_index.max() + 1
    per_year = crime_concentration(segments.piece_index[crimes.segment_index], crimes.years, n_pieces)
    for year, (share_for_half, share_without) in per_year.items():
        assert 0.02 <= share_for_half <= 0.06, year
        # Five major crimes alone are too few for every other street to see one in a year ...
        assert 0.5 <= share_without <= 0.85, year
    # ... but over the three years about half the streets have none.
    (_, share_without_pooled), = crime_concentration(
        segments.piece_index[crimes.segment_index], np.zeros(len(crimes.years)), n_pieces).values()
    assert 0.4 <= share_without_pooled <= 0.6


def test_risk_is_explained_by_a_ground_truth_factor(district):
    assert set(np.unique(district.dominant_factor)) <= set(TERMS) | {""}
    venue_segments = district.factors["risk_n"] >= 10
    assert np.mean(district.dominant_factor[venue_segments] == "risk_n") > 0.9


def test_progress_rises_to_one_and_cancel_stops_generation():
    reported = []
    generate_district(size_m=800.0, progress=reported.append)
    assert reported[-1] == 1.0 and reported == sorted(reported)

    def cancel_midway(fraction):
        if fraction > 0.3:
            raise Canceled()

    with pytest.raises(Canceled):
        generate_district(size_m=800.0, progress=cancel_midway)


@pytest.mark.skipif(not SHARED_DATA.exists(), reason="the shared Seoul data is not on this machine")
def test_documented_crime_and_population_figures_match_the_seoul_data():
    with open(SHARED_DATA / "seoul_crime5_by_gu_2024.csv", encoding="utf-8") as crime_file:
        rows = {row["gu"]: row for row in csv.DictReader(crime_file)}
    dongs = json.loads((SHARED_DATA / "ydp_admin_dong_population.geojson").read_text(encoding="utf-8"))["features"]
    area_km2 = {dong["properties"]["dong_name"]: dong["properties"]["area_km2"] for dong in dongs}
    ydp = rows["영등포구"]
    assert int(ydp["total_occ"]) / sum(area_km2.values()) == pytest.approx(calibration.CRIMES_PER_KM2_YEAR, rel=0.01)
    for crime_type, share in calibration.CRIME_TYPE_SHARES.items():
        assert int(ydp[f"{crime_type}_occ"]) / int(ydp["total_occ"]) == pytest.approx(share, abs=0.001)
    with open(SHARED_DATA / "ydp_dong_population_2026.csv", encoding="utf-8") as population_file:
        night_female_per_km2 = [
            float(row["live_wd_night_avg_22_03"]) * float(row["female_share"]) / area_km2[row["dong_name"]]
            for row in csv.DictReader(population_file)]
    assert np.median(night_female_per_km2) == pytest.approx(calibration.FEMALE_NIGHT_POP_PER_KM2, rel=0.01)
