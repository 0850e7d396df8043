"""Protective facilities and risk sites at Seoul's densities: lights, CCTV, bells, guard houses, police boxes,
entertainment venues on venue streets and safe-return routes along the lattice."""
import numpy as np

from ..dependencies import require
from ..network.geometry import LineArrays, points_along
from ..network.spatial import SegmentIndex
from .calibration import (CCTV_CRIME_PREVENTION_SHARE, CCTV_POLE_BELL_SHARE, CCTV_SITES_PER_KM, GIL,
                          GUARD_HOUSES_PER_KM2, HUB_EDGE_CLEARANCE_M, HUB_SIGMA_M, HUB_SPACING_M, LIGHT_LEVEL_SHAPE,
                          MARKETS_PER_KM2, POLICE_BOXES_PER_KM2, ROUTE_BELLS_PER_KM, ROUTE_CCTV_PER_KM,
                          ROUTE_LIGHTS_PER_KM, SAFE_ROUTES_PER_KM2, SAFE_ROUTE_LENGTH_M, SCATTERED_VENUES_PER_KM2,
                          SECURITY_LIGHTS_PER_KM, STATIONS_PER_KM2, STREET_LIGHTS_PER_ARTERIAL_KM, VENUES_PER_HUB,
                          VENUE_KINDS, VENUE_KIND_SHARES, VENUE_STREETS_PER_HUB, VENUE_STREET_LENGTH_M,
                          VENUE_STREET_MIN_M, VENUE_STREET_REACH_M, VENUE_STREET_SPACING_M)
from .placement import alternating_sides, off_street, stations


def place_facilities(streets, lattice, core_xy, core_sigma_m, area_km2, rng):
    """Every point and line layer of the district, keyed by :class:`DemoDistrict` field name."""
    core_weight = _core_weight(core_xy, core_sigma_m)
    risk_sites, risk_site_kinds = _entertainment_venues(streets, core_xy, core_weight, area_km2, rng)
    safe_routes = _safe_return_routes(lattice, core_xy, core_sigma_m, area_km2, rng)
    cctv, cctv_cameras, cctv_purpose = _cctv_sites(streets, safe_routes, risk_sites, core_weight, rng)
    guardhouses = _guard_houses(streets, core_weight, area_km2, rng)
    police = _police_boxes(streets, core_weight, area_km2, rng)
    return dict(
        security_lights=_security_lights(streets, safe_routes, rng), street_lights=_street_lights(streets, rng),
        cctv=cctv, cctv_cameras=cctv_cameras, cctv_purpose=cctv_purpose,
        bells=_emergency_bells(safe_routes, cctv[cctv_purpose == "crime_prevention"], rng),
        guardhouses=guardhouses,
        guardhouse_names=np.array([f"여성안심지킴이집 {k + 1:02d} (편의점)" for k in range(len(guardhouses))], dtype=object),
        police=police, police_names=np.array([_police_name(k) for k in range(len(police))], dtype=object),
        risk_sites=risk_sites, risk_site_kinds=risk_site_kinds, safe_routes=safe_routes,
        safe_route_names=np.array([f"데모안심{k + 1:02d}" for k in range(len(safe_routes))], dtype=object))


def _core_weight(core_xy, core_sigma_m):
    """1 at the centre of the commercial core, falling off as a Gaussian."""
    return lambda xy: np.exp(-0.5 * (np.hypot(*(xy - core_xy).T) / core_sigma_m) ** 2)


def _weighted_street_points(lines, line_mask, weight, n, rng, step_m=5.0):
    """``n`` distinct points on the selected lines, drawn with probability ∝ ``weight(xy, line)``:
    ``(xy, tangent, line)``."""
    line, along = stations(lines, line_mask, step_m)
    xy, tangent = points_along(lines, line, along)
    p = weight(xy, line)
    chosen = rng.choice(len(xy), size=min(n, np.count_nonzero(p)), replace=False, p=p / p.sum())
    return xy[chosen], tangent[chosen], line[chosen]


def _evenly_along(lines, spacing_m, rng, jitter=0.3):
    """Points about every ``spacing_m`` along every line, with jitter: ``(xy, tangent, line)``."""
    lengths = lines.lengths()
    count = np.maximum(np.round(lengths / spacing_m).astype(np.int64), 1)
    line = np.repeat(np.arange(len(lines)), count)
    k = np.arange(count.sum()) - np.repeat(np.cumsum(count) - count, count)
    along = (k + 0.5 + rng.uniform(-jitter, jitter, len(k))) * (lengths / count)[line]
    return (*points_along(lines, line, along), line)


def _entertainment_venues(streets, core_xy, core_weight, area_km2, rng):
    """Bars, karaoke, clubs and 24-hour PC rooms where Seoul has them: along a few venue streets (먹자골목) at each
    night-life hub (the commercial core, stations, markets), in a small cluster around each hub centre, and
    scattered along main streets away from the core. Returns ``(points, kinds)``."""
    lines, width = streets.lines, streets.width_m
    near_hub = SegmentIndex(lines)
    is_candidate = (streets.road_class == GIL) & (lines.lengths() >= VENUE_STREET_MIN_M)
    parts = []
    for hub_xy, kind in _night_life_hubs(streets, core_xy, area_km2, rng):
        _, within_reach, _ = near_hub.pairs_within(hub_xy[None], VENUE_STREET_REACH_M)
        candidates = within_reach[is_candidate[within_reach]]
        for line in rng.choice(candidates, min(len(candidates), VENUE_STREETS_PER_HUB[kind]), replace=False):
            parts.append(_venue_street(lines, line, hub_xy, rng))
            is_candidate[line] = False
        near_centre = np.zeros(len(lines), dtype=bool)
        near_centre[near_hub.pairs_within(hub_xy[None], 4.0 * HUB_SIGMA_M)[1]] = True
        cluster_xy, cluster_tangent, cluster_line = _weighted_street_points(
            lines, near_centre, lambda xy, _: np.exp(-0.5 * (np.hypot(*(xy - hub_xy).T) / HUB_SIGMA_M) ** 2),
            VENUES_PER_HUB[kind], rng)
        parts.append(off_street(cluster_xy, cluster_tangent,
                                 width[cluster_line] / 2 + rng.uniform(3.0, 8.0, len(cluster_xy)), rng))
    other_xy, other_tangent, other_line = _weighted_street_points(
        lines, streets.road_class != GIL, lambda xy, _: 1.0 - core_weight(xy),
        int(round(SCATTERED_VENUES_PER_KM2 * area_km2)), rng)
    parts.append(off_street(other_xy, other_tangent, width[other_line] / 2 + rng.uniform(3.0, 8.0, len(other_xy)),
                             rng))
    venues = np.concatenate(parts)
    return venues, rng.choice(np.array(VENUE_KINDS, dtype=object), len(venues), p=VENUE_KIND_SHARES)


def _night_life_hubs(streets, core_xy, area_km2, rng):
    """``[(centre, kind)]``: the commercial core, then stations on main streets and markets on alleys, each at
    least HUB_SPACING_M from the others and HUB_EDGE_CLEARANCE_M inside the district."""
    hubs = [(np.asarray(core_xy, dtype=np.float64), "core")]
    low = streets.lines.coords.min(axis=0) + HUB_EDGE_CLEARANCE_M
    high = streets.lines.coords.max(axis=0) - HUB_EDGE_CLEARANCE_M
    for kind, on_road, per_km2 in (("station", streets.road_class != GIL, STATIONS_PER_KM2),
                                   ("market", streets.road_class == GIL, MARKETS_PER_KM2)):
        xy, _ = points_along(streets.lines, *stations(streets.lines, on_road, 10.0))
        inside = np.all((xy > low) & (xy < high), axis=1)
        to_hubs = np.min([np.hypot(*(xy - centre).T) for centre, _ in hubs], axis=0)
        for _ in range(int(round(per_km2 * area_km2))):
            apart = np.flatnonzero(inside & (to_hubs > HUB_SPACING_M))
            if not len(apart):
                break
            centre = xy[rng.choice(apart)]
            hubs.append((centre, kind))
            to_hubs = np.minimum(to_hubs, np.hypot(*(xy - centre).T))
    return hubs


def _venue_street(lines, line, hub_xy, rng):
    """Venues on both sides of a stretch of ``line`` nearest the hub, one every VENUE_STREET_SPACING_M a side."""
    length = lines.lengths()[line]
    stretch = min(length, rng.uniform(*VENUE_STREET_LENGTH_M))
    stations = np.linspace(0.0, length, max(2, int(length / 5.0)))
    xy, _ = points_along(lines, np.full(len(stations), line), stations)
    centre = stations[np.argmin(np.hypot(*(xy - hub_xy).T))]
    start = np.clip(centre - stretch / 2, 0.0, length - stretch)
    n = max(1, int(round(stretch / (VENUE_STREET_SPACING_M / 2))))
    along = start + (np.arange(n) + 0.5 + rng.uniform(-0.3, 0.3, n)) * stretch / n
    xy, tangent = points_along(lines, np.full(n, line), along)
    return alternating_sides(xy, tangent, rng.uniform(5.0, 9.0, n))


def _safe_return_routes(lattice, core_xy, core_sigma_m, area_km2, rng):
    """Safe-return routes (안심귀갓길): shortest alley paths of 300–600 m between homes in residential areas."""
    sparse, csgraph = require("scipy.sparse"), require("scipy.sparse.csgraph")
    alley = ~lattice.edge_arterial
    a, b = lattice.edges[alley].T
    edge_length = np.array([np.hypot(*np.diff(path, axis=0).T).sum() for path, is_alley
                            in zip(lattice.edge_paths, alley) if is_alley])
    n_nodes = len(lattice.nodes)
    graph = sparse.csr_matrix((edge_length, (a, b)), shape=(n_nodes, n_nodes))
    path_of = {(int(p), int(q)): e for e, (p, q) in enumerate(lattice.edges)}
    residential = np.bincount(np.concatenate([a, b]), minlength=n_nodes) >= 2
    residential &= np.hypot(*(lattice.nodes - core_xy).T) > 2.5 * core_sigma_m
    routes, n_routes = [], max(1, int(round(SAFE_ROUTES_PER_KM2 * area_km2)))
    while len(routes) < n_routes and residential.any():
        start = rng.choice(np.flatnonzero(residential))
        residential[start] = False
        distance, predecessor = csgraph.dijkstra(graph, directed=False, indices=start, return_predecessors=True,
                                                 limit=SAFE_ROUTE_LENGTH_M[1])
        straight = np.hypot(*(lattice.nodes - lattice.nodes[start]).T)
        long_enough = np.isfinite(distance) & (distance >= SAFE_ROUTE_LENGTH_M[0])
        ends = np.flatnonzero(long_enough & (straight > 0.6 * distance))  # a route goes somewhere, not round blocks
        if not len(ends):
            continue
        end = ends[np.argmin(np.abs(distance[ends] - rng.uniform(*SAFE_ROUTE_LENGTH_M)))]
        routes.append(_path_vertices(start, end, predecessor, lattice, path_of))
        residential &= np.hypot(*(lattice.nodes - lattice.nodes[start]).T) > 500.0  # routes apart
    return LineArrays.from_list(routes)


def _path_vertices(start, end, predecessor, lattice, path_of):
    """The street vertices of the shortest path from ``start`` to ``end``."""
    nodes = [end]
    while nodes[-1] != start:
        nodes.append(predecessor[nodes[-1]])
    nodes.reverse()
    pieces = []
    for p, q in zip(nodes[:-1], nodes[1:]):
        forward = (int(p), int(q)) in path_of
        path = lattice.edge_paths[path_of[(int(p), int(q))] if forward else path_of[(int(q), int(p))]]
        pieces.append(path if forward else path[::-1])
    return np.concatenate([pieces[0]] + [piece[1:] for piece in pieces[1:]])


def _security_lights(streets, safe_routes, rng):
    """보안등 on alleys: 20.3 per km of centre-line overall, extra on safe-return routes, but uneven: each alley's
    lighting level is drawn from a gamma distribution (shape LIGHT_LEVEL_SHAPE, mean 1), which leaves about 17 %
    of alley length more than 25 m from any light, as in 역삼1동 (DARK_ALLEY_SHARE). Set off the centre-line like
    the real points (median 11 m, 90 % within 19 m)."""
    lines = streets.lines
    alley = np.flatnonzero(streets.road_class == GIL)
    length = lines.lengths()[alley]
    level = rng.gamma(LIGHT_LEVEL_SHAPE, 1 / LIGHT_LEVEL_SHAPE, len(alley))  # mean 1
    per_metre = SECURITY_LIGHTS_PER_KM * lines.lengths().sum() / 1000.0 / (length * level).sum()
    count = rng.poisson(per_metre * length * level)
    line, lights_on_line = np.repeat(alley, count), np.repeat(count, count)
    k = np.arange(count.sum()) - np.repeat(np.cumsum(count) - count, count)
    along = (k + 0.5 + rng.uniform(-0.3, 0.3, len(k))) * lines.lengths()[line] / lights_on_line
    xy, tangent = points_along(lines, line, along)
    extra_per_km = ROUTE_LIGHTS_PER_KM - SECURITY_LIGHTS_PER_KM
    route_xy, route_tangent, _ = _evenly_along(safe_routes, 1000.0 / extra_per_km, rng)
    xy, tangent = np.concatenate([xy, route_xy]), np.concatenate([tangent, route_tangent])
    return off_street(xy, tangent, np.clip(rng.lognormal(np.log(11.0), 0.4, len(xy)), 1.5, 25.0), rng)


def _street_lights(streets, rng):
    """가로등 on 대로 and 로, about every 55 m (18.1 per km), alternating sides at the kerb."""
    arterial = np.flatnonzero(streets.road_class != GIL)
    xy, tangent, line = _evenly_along(streets.lines.subset(arterial), 1000.0 / STREET_LIGHTS_PER_ARTERIAL_KM, rng, 0.1)
    return alternating_sides(xy, tangent, streets.width_m[arterial][line] / 2.0 - 1.0)


def _cctv_sites(streets, safe_routes, risk_sites, core_weight, rng):
    """CCTV sites at 3.1 per km: crime-prevention cameras in alleys, placed more often near venues and in the core
    (as real cameras go where crime is expected) and along safe-return routes; traffic cameras on main streets."""
    lines = streets.lines
    n_sites = int(round(CCTV_SITES_PER_KM * lines.lengths().sum() / 1000.0))
    n_traffic = int(round((1.0 - CCTV_CRIME_PREVENTION_SHARE) * n_sites))
    route_xy, route_tangent, _ = _evenly_along(safe_routes, 1000.0 / ROUTE_CCTV_PER_KM, rng)
    venue_tree = require("scipy.spatial").cKDTree(risk_sites)

    def prevention_weight(xy, _):
        venues_near = venue_tree.query_ball_point(xy, 60.0, return_length=True)
        return 1.0 + 3.0 * core_weight(xy) + 0.5 * np.minimum(venues_near, 10)

    alley_xy, alley_tangent, _ = _weighted_street_points(
        lines, streets.road_class == GIL, prevention_weight, n_sites - n_traffic - len(route_xy), rng)
    prevention_xy = np.concatenate([alley_xy, route_xy])
    prevention = off_street(prevention_xy, np.concatenate([alley_tangent, route_tangent]),
                             np.clip(rng.lognormal(np.log(3.3), 0.6, len(prevention_xy)), 0.5, 12.0), rng)
    traffic_xy, traffic_tangent, traffic_line = _weighted_street_points(
        lines, streets.road_class != GIL, lambda xy, _: np.ones(len(xy)), n_traffic, rng)
    traffic = off_street(traffic_xy, traffic_tangent,
                          streets.width_m[traffic_line] / 2.0 * rng.uniform(0.2, 1.0, len(traffic_xy)), rng)
    cameras = np.concatenate([rng.choice([1, 3, 4, 5], len(prevention), p=np.array([55, 22, 48, 31]) / 156),
                              rng.choice([1, 3], len(traffic), p=np.array([28, 3]) / 31)])
    purpose = np.array(["crime_prevention"] * len(prevention) + ["traffic"] * len(traffic), dtype=object)
    return np.concatenate([prevention, traffic]), cameras, purpose


def _emergency_bells(safe_routes, crime_prevention_cctv, rng):
    """안심벨 along safe-return routes (8 per km) and on 30 % of crime-prevention CCTV poles."""
    route_xy, route_tangent, _ = _evenly_along(safe_routes, 1000.0 / ROUTE_BELLS_PER_KM, rng)
    on_route = off_street(route_xy, route_tangent, rng.uniform(1.0, 4.0, len(route_xy)), rng)
    on_pole = crime_prevention_cctv[rng.random(len(crime_prevention_cctv)) < CCTV_POLE_BELL_SHARE]
    return np.concatenate([on_route, on_pole + rng.normal(0.0, 0.3, on_pole.shape)])


def _guard_houses(streets, core_weight, area_km2, rng):
    """여성안심지킴이집 (mostly convenience stores): 60 % in the commercial core, the rest on main streets."""
    n_total = max(1, int(round(GUARD_HOUSES_PER_KM2 * area_km2)))
    n_core = int(round(0.6 * n_total))
    on_main = np.where(streets.road_class != GIL, 3.0, 1.0)
    core_xy, core_tangent, core_line = _weighted_street_points(
        streets.lines, np.ones(len(streets.lines), dtype=bool), lambda xy, line: core_weight(xy) * on_main[line],
        n_core, rng)
    main_xy, main_tangent, main_line = _weighted_street_points(
        streets.lines, streets.road_class != GIL, lambda xy, _: 1.0 - core_weight(xy), n_total - n_core, rng)
    xy, tangent = np.concatenate([core_xy, main_xy]), np.concatenate([core_tangent, main_tangent])
    line = np.concatenate([core_line, main_line])
    return off_street(xy, tangent, streets.width_m[line] / 2.0 + rng.uniform(3.0, 8.0, len(xy)), rng)


def _police_boxes(streets, core_weight, area_km2, rng):
    """지구대/파출소 on main streets: the first by the commercial core, the others spread out."""
    line, along = stations(streets.lines, streets.road_class != GIL, 5.0)
    xy, tangent = points_along(streets.lines, line, along)
    chosen = [int(np.argmax(core_weight(xy)))]
    for _ in range(max(1, int(round(POLICE_BOXES_PER_KM2 * area_km2))) - 1):
        spread = np.min(np.hypot(*(xy[:, None, :] - xy[chosen][None, :, :]).transpose(2, 0, 1)), axis=1) ** 2
        chosen.append(int(rng.choice(len(xy), p=spread / spread.sum())))
    return off_street(xy[chosen], tangent[chosen],
                       streets.width_m[line[chosen]] / 2.0 + rng.uniform(5.0, 10.0, len(chosen)), rng)


def _police_name(k):
    return ("가온지구대", "누리파출소", "한빛파출소", "다솜파출소")[k] if k < 4 else f"안심파출소 {k - 3}"
