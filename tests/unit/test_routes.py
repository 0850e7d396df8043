"""Shortest and safest paths over the segment graph, checked against brute-force enumeration of simple paths."""
import numpy as np
import pytest

from anshim.engine.network.geometry import LineArrays
from anshim.engine.network.routes import (DESTINATION_OFF_NETWORK, OK, ORIGIN_OFF_NETWORK, UNREACHABLE, SegmentGraph,
                                          route_pairs, safest_path)
from anshim.engine.planning import proposals


def random_network(seed, n_points=10):
    """Straight segments along the Delaunay edges of random points in a 1 km square, with random risk."""
    from scipy.spatial import Delaunay
    rng = np.random.default_rng(seed)
    points = rng.uniform(0.0, 1000.0, (n_points, 2))
    edges = set()
    for a, b, c in Delaunay(points).simplices:
        edges |= {tuple(sorted(pair)) for pair in ((a, b), (b, c), (a, c))}
    edges = np.array(sorted(edges))
    segments = LineArrays.from_list([points[[a, b]] for a, b in edges])
    risk = rng.uniform(0.01, 1.0, len(edges)) ** 2
    return points, edges, segments, risk


def point_on(segments, segment, share):
    start, end = segments.line(segment)
    return start + share * (end - start)


def brute_force(points, edges, risk, origin, destination, max_detour):
    """Least length and least exposure within ``max_detour`` over every simple path: origin and destination are
    ``(segment, share)`` and split their segment, as the engine does."""
    n = len(points)
    length = np.hypot(*(points[edges[:, 1]] - points[edges[:, 0]]).T)
    adjacency = {node: [] for node in range(n + 2)}

    def link(a, b, walked_m, exposure):
        adjacency[a].append((b, walked_m, exposure))
        adjacency[b].append((a, walked_m, exposure))

    for k, (a, b) in enumerate(edges):
        link(a, b, length[k], risk[k])
    for node, (segment, share) in ((n, origin), (n + 1, destination)):
        a, b = edges[segment]
        link(node, a, share * length[segment], share * risk[segment])
        link(node, b, (1 - share) * length[segment], (1 - share) * risk[segment])
    if origin[0] == destination[0]:
        gap = abs(origin[1] - destination[1])
        link(n, n + 1, gap * length[origin[0]], gap * risk[origin[0]])
    paths = []

    def walk(node, visited, walked_m, exposure):
        if node == n + 1:
            paths.append((walked_m, exposure))
            return
        for nxt, step_m, step_exposure in adjacency[node]:
            if nxt not in visited:
                walk(nxt, visited | {nxt}, walked_m + step_m, exposure + step_exposure)

    walk(n, {n}, 0.0, 0.0)
    paths = np.array(paths)
    shortest = paths[:, 0].min()
    within = paths[paths[:, 0] <= max_detour * shortest * (1 + 1e-9)]
    return shortest, within[:, 1].min()


@pytest.mark.parametrize("seed", range(40))
def test_safest_path_equals_the_brute_force_constrained_optimum(seed):
    points, edges, segments, risk = random_network(seed)
    graph = SegmentGraph.from_segments(segments)
    rng = np.random.default_rng(1000 + seed)
    for _ in range(4):
        origin = (int(rng.integers(len(edges))), float(rng.uniform(0.05, 0.95)))
        destination = (int(rng.integers(len(edges))), float(rng.uniform(0.05, 0.95)))
        max_detour = float(rng.choice([1.1, 1.25, 1.5, 2.0]))
        result = safest_path(graph, risk, point_on(segments, *origin), point_on(segments, *destination),
                             max_detour)
        shortest_m, least_exposure = brute_force(points, edges, risk, origin, destination, max_detour)
        assert result.status == OK
        assert result.shortest.length_m == pytest.approx(shortest_m, rel=1e-6)
        assert result.safest.length_m <= max_detour * result.shortest.length_m * (1 + 1e-6)
        assert result.safest.exposure == pytest.approx(least_exposure, rel=0.02)
        assert result.safest.exposure >= least_exposure * (1 - 1e-6)  # never below the true optimum
        assert result.exact


def test_the_lagrangian_gap_is_closed_where_the_relaxation_alone_stops_short():
    """Some pairs need the label search: across all random pairs, it ran at least once and stayed exact."""
    searched = 0
    for seed in range(40):
        _, edges, segments, risk = random_network(seed, n_points=14)
        graph = SegmentGraph.from_segments(segments)
        rng = np.random.default_rng(seed)
        origins = np.array([point_on(segments, int(rng.integers(len(edges))), 0.5) for _ in range(6)])
        destinations = np.array([point_on(segments, int(rng.integers(len(edges))), 0.3) for _ in range(6)])
        for result in route_pairs(graph, risk, origins, destinations, 1.3):
            searched += "labels" in result.stats
            assert result.exact and result.safest.exposure == pytest.approx(result.lower_bound, rel=1e-6)
    assert searched > 0


def grid(n=6, spacing_m=100.0, split_m=10.0):
    """A street grid cut into segments of ``split_m``, as Segment streets gives: (segments, street of each)."""
    lines, street = [], []
    for k in range(n):
        for axis in (0, 1):
            stations = np.arange(0.0, (n - 1) * spacing_m + 1e-9, split_m)
            for a, b in zip(stations[:-1], stations[1:]):
                pair = np.array([[a, k * spacing_m], [b, k * spacing_m]])
                lines.append(pair if axis == 0 else pair[:, ::-1])
                street.append(axis * n + k)
    return LineArrays.from_list(lines), np.array(street)


def test_detour_limit_holds_on_every_pair_and_safest_avoids_a_risky_street():
    segments, street = grid()
    risk = np.where(street == 2, 0.9, 0.05)  # the third east–west street is risky
    graph = SegmentGraph.from_segments(segments)
    rng = np.random.default_rng(3)
    origins, destinations = rng.uniform(0, 500, (60, 2)), rng.uniform(0, 500, (60, 2))
    for max_detour in (1.1, 1.25, 1.5):
        for result in route_pairs(graph, risk, origins, destinations, max_detour):
            assert result.status == OK
            assert result.safest.length_m <= max_detour * result.shortest.length_m * (1 + 1e-9)
            assert result.safest.exposure <= result.shortest.exposure * (1 + 1e-9)
    along_risky = safest_path(graph, risk, (0.0, 200.0), (500.0, 200.0), 1.5)
    proposal = proposals.route("evening walk", "avoiding street 3", along_risky.safest.vertices(graph))
    assert proposal.scenario == "evening walk" and proposal.as_lines().lengths()[0] == pytest.approx(700.0)
    assert along_risky.shortest.length_m == pytest.approx(500.0)
    assert along_risky.safest.length_m == pytest.approx(700.0)  # one block north or south and back
    on_risky = np.isin(along_risky.safest.segment_indices(), np.flatnonzero(street == 2))
    assert not on_risky.any()


def test_part_walked_segments_count_by_share_and_the_line_follows_the_streets():
    segments, street = grid()
    risk = np.full(len(segments), 0.5)
    grade = np.where(street == 0, 5, 1)
    graph = SegmentGraph.from_segments(segments)
    result = safest_path(graph, risk, (13.0, 2.0), (47.0, -3.0), 1.25, grade=grade)
    assert result.shortest.length_m == pytest.approx(34.0)
    assert result.shortest.exposure == pytest.approx(0.5 * 34.0 / 10.0)
    assert result.shortest.km_grade_4_5 == pytest.approx(0.034)
    vertices = result.shortest.vertices(graph)
    assert vertices[0] == pytest.approx([13.0, 0.0]) and vertices[-1] == pytest.approx([47.0, 0.0])
    assert np.hypot(*np.diff(vertices, axis=0).T).sum() == pytest.approx(34.0)
    same_segment = safest_path(graph, risk, (12.0, 0.0), (17.0, 0.0), 1.25)
    assert same_segment.shortest.length_m == pytest.approx(5.0)


def test_ends_within_the_snapping_tolerance_are_one_node():
    segments = LineArrays.from_list([[[0, 0], [100, 0]], [[100.3, 0.2], [100.3, 100]], [[0, 0], [0, 100]]])
    graph = SegmentGraph.from_segments(segments, snap_tolerance_m=0.5)
    assert graph.n_nodes == 4
    result = safest_path(graph, np.full(3, 0.1), (50, 0), (100.3, 60), 1.25)
    assert result.status == OK and result.shortest.length_m == pytest.approx(50.0 + 59.8)
    apart = SegmentGraph.from_segments(segments, snap_tolerance_m=0.1)
    assert safest_path(apart, np.full(3, 0.1), (50, 0), (100.3, 60), 1.25).status == UNREACHABLE


def test_points_off_the_network_and_unreachable_pairs_are_reported():
    segments = LineArrays.from_list([[[0, 0], [100, 0]], [[1000, 0], [1100, 0]]])
    graph = SegmentGraph.from_segments(segments)
    risk = np.full(2, 0.2)
    results = route_pairs(graph, risk, np.array([[50, 150], [50, 50], [50, 0]]),
                          np.array([[60, 0], [50, 500], [1050, 0]]))
    assert [result.status for result in results] == [ORIGIN_OFF_NETWORK, DESTINATION_OFF_NETWORK, UNREACHABLE]
    assert "100 m" in results[0].message and "separate parts" in results[2].message
    assert safest_path(graph, risk, (50, 99), (60, 0)).status == OK  # 99 m away still snaps


def test_a_detour_below_one_is_refused():
    segments, _ = grid(3)
    with pytest.raises(ValueError, match="at least 1"):
        safest_path(SegmentGraph.from_segments(segments), np.ones(len(segments)), (0, 0), (100, 100), 0.9)


# --- route audit -------------------------------------------------------------------------------------------------

def audited_street(lights_removed=(390.0, 610.0)):
    """A 1 km street of 10 m segments along y = 0 (grade 5 from 300 to 500 m, risk 0.8; else grade 2, risk 0.1), a
    parallel quiet street at y = 300 (grade 1), lights every 20 m 3 m off the street except along
    ``lights_removed``, bells every 100 m but none at 500 m, CCTV every 60 m."""
    x = np.arange(0.0, 1000.0, 10.0)
    lines = [[[a, 0.0], [a + 10.0, 0.0]] for a in x] + [[[a, 300.0], [a + 10.0, 300.0]] for a in x]
    segments = LineArrays.from_list(lines)
    on_risky = np.r_[(x >= 300) & (x < 500), np.zeros(len(x), dtype=bool)]
    grade = np.where(on_risky, 5, np.r_[np.full(len(x), 2), np.full(len(x), 1)])
    risk = np.where(on_risky, 0.8, np.where(grade == 2, 0.1, 0.02))
    risk_factor = np.where(on_risky, "few security lights", "near entertainment venues").astype(object)
    light_x = np.arange(0.0, 1001.0, 20.0)
    light_x = light_x[~((light_x > lights_removed[0]) & (light_x < lights_removed[1]))]
    lights = np.column_stack([light_x, np.full(len(light_x), 3.0)])
    bells = np.array([[b, 2.0] for b in range(0, 1001, 100) if b != 500])
    cctv = np.column_stack([np.arange(0.0, 1001.0, 60.0), np.full(17, -4.0)])
    return segments, risk, grade, risk_factor, lights, bells, cctv


def run_audit(**kwargs):
    from anshim.engine.planning.route_audit import AuditParams, audit_routes
    segments, risk, grade, risk_factor, lights, bells, cctv = audited_street(**kwargs)
    # route 0 runs the risky street and 100 m on past its end, off the network; route 1 the quiet street
    routes = LineArrays.from_list([[[0.0, 1.0], [1000.0, 1.0], [1100.0, 1.0]], [[0.0, 301.0], [1000.0, 301.0]]])
    return audit_routes(segments, risk, grade, routes, np.array([0, 1]), 2, risk_factor, lights, cctv, bells,
                        AuditParams())


def test_audit_lengths_by_grade_add_up_and_off_network_part_is_reported():
    audit = run_audit().routes
    assert audit["length_m"] == pytest.approx([1100.0, 1000.0])
    # the last 100 m leave the street; their first 15 m are still within ROUTE_TOLERANCE of its end
    assert audit["offnet_m"] == pytest.approx([100.0 - 15.0, 0.0], abs=1.0)
    by_grade = sum(audit[f"length_grade_{grade}"] for grade in range(1, 6))
    assert by_grade == pytest.approx(audit["length_m"] - audit["offnet_m"], rel=1e-9)
    assert audit["length_grade_5"][0] == pytest.approx(200.0, abs=1.0)
    assert audit["share_grade_4_5"][0] == pytest.approx(100.0 * 200.0 / 1015.0, abs=0.2)  # of the on-network part
    assert audit["length_grade_1"][1] == pytest.approx(1000.0)
    assert "85 m of the route run more than 15 m" in audit["suggestion"][0]


def test_a_dark_gap_placed_by_hand_is_found_with_its_length():
    audit = run_audit().routes
    # lights 3 m off the street at 380 and 620 m reach sqrt(25² - 2²) = 24.9 m along the route line at y = 1
    reach_along = np.sqrt(25.0 ** 2 - 2.0 ** 2)
    assert audit["dark_gap_m"][0] == pytest.approx(240.0 - 2 * reach_along, abs=1.5)
    assert audit["dark_from_m"][0] == pytest.approx(380.0 + reach_along, abs=1.0)
    assert audit["dark_to_m"][0] == pytest.approx(620.0 - reach_along, abs=1.0)
    assert audit["dark_gaps_n"][0] == 2  # the 75 m past the last light, off the network, is the second
    assert "Add lights at 405–595 m" in audit["suggestion"][0]
    moved = run_audit(lights_removed=(90.0, 210.0)).routes
    assert moved["dark_gap_m"][0] == pytest.approx(140.0 - 2 * reach_along, abs=1.5)


def test_riskiest_stretch_cctv_and_bell_spacing_and_ranking():
    audit = run_audit()
    routes = audit.routes
    assert 300.0 - 1 <= routes["worst_from_m"][0] and routes["worst_to_m"][0] <= 500.0 + 1
    assert routes["worst_to_m"][0] - routes["worst_from_m"][0] == pytest.approx(50.0, abs=1.0)
    assert routes["worst_grade"][0] == 5 and routes["worst_factor"][0] == "few security lights"
    assert routes["worst_risk"][0] == pytest.approx(0.8)
    # CCTV every 60 m up to 960 m watch the first street up to about 1010 m, the last 90 m of the route not;
    # the quiet street's nearest are 305 m away
    assert list(routes["cctv_gap_m"]) == pytest.approx([90.0, 1000.0], abs=1.0)
    assert "Consider CCTV at 0–1000 m" in routes["suggestion"][1]
    assert routes["bell_spacing_m"][0] == pytest.approx(200.0, abs=1.0)  # the bell at 500 m is missing
    assert routes["bells_n"][1] == 0 and "No emergency bell" in routes["suggestion"][1]
    assert list(routes["rank"]) == [1, 2]
    segments = audit.segments
    risky_rows = segments["route"] == 0
    assert segments["on_route_m"][risky_rows].sum() == pytest.approx(routes["length_m"][0] - routes["offnet_m"][0])
    assert set(segments["segment"][risky_rows & (segments["dark"] == 1)]) == set(range(40, 60))
    assert segments["riskiest"][risky_rows].sum() == 5 or segments["riskiest"][risky_rows].sum() == 6


def test_a_pair_across_a_river_is_found_by_widening_the_search_around_it():
    """Two banks 60 m apart joined only by a bridge 1.5 km upstream: the walk is about 3 km, far beyond the first
    ellipse searched around the two points."""
    x = np.arange(0.0, 1500.0, 10.0)
    south = [[[a, 0.0], [a + 10.0, 0.0]] for a in x]
    north = [[[a, 60.0], [a + 10.0, 60.0]] for a in x]
    bridge = [[[1500.0, 0.0], [1500.0, 60.0]]]
    segments = LineArrays.from_list(south + north + bridge)
    graph = SegmentGraph.from_segments(segments)
    result = safest_path(graph, np.full(len(segments), 0.1), (5.0, 0.0), (5.0, 60.0), 1.25)
    assert result.status == OK
    assert result.shortest.length_m == pytest.approx(2 * 1495.0 + 60.0)
    assert result.stats["neighbourhood_segments"] >= len(segments) - 2
