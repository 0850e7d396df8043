"""A deterministic, Seoul-like demo district with synthetic crimes, so Anshim can be tried and tested without data.

:func:`generate_district` builds a square district of ``size_m`` metres in EPSG:5186 near Yeongdeungpo: a ring of
로, two crossing 대로, a diagonal 로 and an irregular alley fabric (길) whose lines run between road-name ends and
meet or cross without shared vertices in places, like road-address centre-lines; a commercial core and other
night-life hubs (stations, markets) whose entertainment venues line a few streets; protective facilities at real
densities; a female night-time population raster; and three years of crimes drawn from the ground-truth risk
function of :mod:`engine.demo.groundtruth`. One seed, one district.

Calibration, measured from the public layers in ``shared/data/seoul`` (its README names publishers and licences),
projected to EPSG:5186. The generator never reads those files.

- Streets (도로명주소 전자지도 TL_SPRD_MANAGE 2019, clipped to 역삼1동, 2.36 km²): 60.7 km of centre-line = 25.7 km
  per km², 89 % of it alleys (ROA_CLS_SE 4); alleys 4 m (52 %) or 6 m (28 %) wide; alley lines median 104 m;
  39 dead-end line ends = 16.5 per km²; median block 4,550 m² (10–90 %: 1,700–11,700 m²).
- Security lights (보안등, 강남구 2019): 1,231 in 역삼1동 = 20.3 per km of centre-line; median 11 m off it, 90 % within
  19 m. Unevenly spread: with the street lights, 17 % of alley centre-line (10 m segments) lies more than 25 m from
  any light, 9 % more than 35 m and 3.7 % more than 50 m.
- Street lights (가로등, Seoul OA-22205): 1,999 on Gangnam's 110 km of 대로 and 로 = 18.1 per km; median 16 m off.
- CCTV (강남구 2019): 187 sites in 역삼1동 = 3.1 per km of centre-line (the README's 195 give 3.2); 83 % crime
  prevention (생활방범) with 3.0 cameras per site (1: 35 %, 3: 14 %, 4: 31 %, 5: 20 %), 17 % traffic enforcement
  with 1.2; 2.7 cameras per site overall; median 3.3 m off the centre-line.
- Women's safety guard houses: 8 (OA-21697) to 10 (README) in 역삼1동 = 3.4–4.2 per km²; Yeongdeungpo 28 in
  21.6 km² = 1.3 per km² (2021). Target here 2.5 per km², most in the commercial core and on main streets.
- Police boxes (seoul_police_boxes_243): Gangnam 14 in 38.4 km² = 0.36, Yeongdeungpo 10 in 21.6 km² = 0.46 per km².
- Safe-return routes (OA-21695/21696): Gangnam 24 = 0.62, Yeongdeungpo 15 = 0.69 per km²; official lengths
  180–830 m (median 370–400 m); along them 37–40 security lights, 11–18 CCTV and 7–8 emergency bells per km.
- Five major crimes 2024 (seoul_crime5_by_gu_2024): Yeongdeungpo 4,167 in 21.6 km² (KOSTAT 행정동 polygons) =
  193 per km² per year (Gangnam 6,107 in 38.4 km² = 159). Yeongdeungpo shares: murder 0.3 %, robbery 0.1 %, rape
  and indecent assault 6.8 %, theft 43.0 %, violence 49.8 %.
- Female night-time population (ydp_dong_population_2026: weekday 22–03 h 생활인구 × female share of residents,
  per 행정동 area): Yeongdeungpo median 13,400 per km² (4,400 in 여의동 to 17,600 in 신길6동).

Entertainment venues (bars, karaoke rooms, entertainment bars, PC rooms open all night) have no public layer here.
For scale, Seoul police counted 1,901 regulated entertainment businesses (풍속영업소: karaoke rooms, entertainment
bars, lodging, barbers, game rooms) in Yeongdeungpo-gu in September 2013, about 90 per km² of the 21.6 km² above
(National Assembly audit data, Money Today, 17 October 2013); ordinary pubs come on top. The demo has about 100–130
per km², placed as Seoul's night life is: several hubs (the commercial core, 0.75 stations and 0.5 markets per km²,
at least 500 m apart), each with a few venue streets (먹자골목) 100–220 m long with a shop front every 8 m on
both sides, a small cluster around the hub centre, and a few venues scattered along main streets. Street crime
concentrates on particular streets, with strong differences between neighbours (Weisburd 2015; Groff, Weisburd &
Yang 2010), which is what venue streets rather than venue blocks reproduce.

Assumptions without a public figure: emergency bells (8 per km of safe-return route plus one on 30 % of
crime-prevention CCTV poles, as Seoul fits bells to them), the number and placement of entertainment venues above,
the spread of female night-time population from block to block (log-normal, σ 0.5 per 50 m cell: blocks of
studio flats next to offices empty at night), the share of female victims per crime type and a mild summer peak in
crime dates.

With the five major crimes at 193 per km² a year, the default district has about 770 crimes a year on about 1,700
street segments between junctions: each year about half the crimes fall on 4–5 % of those segments (Weisburd 2015:
2–6 %), and about three quarters of the segments have none; over the three years about half have none. The
riskiest 5 % of network length lies in five or more places at the hubs, none holding much more than half of it,
and ranking segments by their true risk finds about 1.4 times (other seeds 1.2–1.4) as much expected crime there
as a 100 m kernel density of the expected crimes themselves: risk changes from one street to the next.
"""
from dataclasses import dataclass, replace
from typing import NamedTuple

import numpy as np

from ..dependencies import require
from ..factors.compute import FactorInputs, FactorParams, compute_factors
from ..network.geometry import LineArrays, point_segment_distance
from .groundtruth import dominant_risk_factor, expected_crimes_per_year
from ..i18n import tr_noop
from ..progress import report, stage
from ..network.segmentation import SegmentedStreets, segment_streets
from ..network.spatial import SegmentIndex

TR_CONTEXT = "Demo"
SYNTHETIC_NOTICE = tr_noop("Crimes are synthetic, drawn from Anshim's documented ground-truth risk function; "
                           "they are not real crime records.")
CRS = "EPSG:5186"
DEFAULT_SEED = 20261121
ORIGIN_XY = (191000.0, 545000.0)  # south-west corner, in Yeongdeungpo

# Calibration targets (sources in the module docstring).
STREET_KM_PER_KM2 = 25.7
ALLEY_LENGTH_SHARE = 0.89
DEAD_ENDS_PER_KM2 = 16.5
SECURITY_LIGHTS_PER_KM = 20.3
STREET_LIGHTS_PER_ARTERIAL_KM = 18.1
CCTV_SITES_PER_KM = 3.1
CCTV_CRIME_PREVENTION_SHARE = 0.83
CCTV_CAMERAS_PER_SITE = 2.7
GUARD_HOUSES_PER_KM2 = 2.5
POLICE_BOXES_PER_KM2 = 0.46
SAFE_ROUTES_PER_KM2 = 0.69
SAFE_ROUTE_LENGTH_M = (300.0, 600.0)
ROUTE_LIGHTS_PER_KM = 38.0
ROUTE_CCTV_PER_KM = 14.0
ROUTE_BELLS_PER_KM = 8.0
CCTV_POLE_BELL_SHARE = 0.3
CRIMES_PER_KM2_YEAR = 193.0
FEMALE_NIGHT_POP_PER_KM2 = 13_400.0
YEARS = (2023, 2024, 2025)
CRIME_TYPE_SHARES = {"murder": 0.003, "robbery": 0.001, "rape_indecent": 0.068, "theft": 0.430, "violence": 0.498}
FEMALE_VICTIM_SHARE = {"murder": 0.45, "robbery": 0.40, "rape_indecent": 0.95, "theft": 0.50, "violence": 0.35}

# Road classes as in ROA_CLS_SE.
DAERO, RO, GIL = 2, 3, 4
ALLEY_WIDTHS_M = np.array([3.0, 4.0, 5.0, 6.0, 8.0, 10.0, 12.0])
ALLEY_WIDTH_SHARES = np.array([4, 167, 3, 89, 28, 9, 19]) / 319.0  # 역삼1동 alley lines by width

# Street fabric. Lattice gaps are uneven so blocks differ in size; a smooth warp bends the streets.
COLUMN_SPACING_M = (52.0, 125.0)
ROW_SPACING_M = (47.0, 110.0)
WARPS_M = ((50.0, 1200.0), (15.0, 450.0))  # (amplitude, wavelength)
NODE_JITTER_M = 10.0
REMOVE_ALONG_P, REMOVE_ACROSS_P = 0.12, 0.25  # lattice edges dropped, merging blocks
ALLEY_BREAK_P = 0.5  # an alley line ends at a junction this often (lines run between road-name ends)
KINK_P, KINK_M = 0.3, 5.0
DROP_VERTEX_P = {True: 0.8, False: 0.4}  # arterial, alley: junction vertex left out, so lines cross without one
MAX_DROP_SHIFT_M = 2.5
SPLIT_AREA_M2, SPLIT_P = 6000.0, 0.7
STUB_LENGTH_M = (18.0, 40.0)
STUB_CLEARANCE_M = 12.0
DIAGONAL_ALLEYS_PER_KM2 = 3.0
DIAGONAL_LENGTH_M = (25.0, 140.0)

CORE_SIGMA_FRACTION = 0.09  # commercial core: a Gaussian of this × size_m around the main crossing
# Night life: hubs (the commercial core, stations on main streets, markets in residential alleys), each with a few
# venue streets (먹자골목) lined with venues on both sides and a small cluster around the hub centre; a few venues
# scattered along main streets. About 100–130 venues per km² (see the module docstring).
STATIONS_PER_KM2, MARKETS_PER_KM2 = 0.75, 0.5
HUB_SPACING_M, HUB_EDGE_CLEARANCE_M, HUB_SIGMA_M = 500.0, 200.0, 50.0
VENUE_STREETS_PER_HUB = {"core": 4, "station": 2, "market": 2}
VENUE_STREET_REACH_M, VENUE_STREET_MIN_M, VENUE_STREET_LENGTH_M = 150.0, 60.0, (100.0, 220.0)
VENUE_STREET_SPACING_M = 8.0  # shop fronts along each side
VENUES_PER_HUB = {"core": 20, "station": 8, "market": 6}
SCATTERED_VENUES_PER_KM2 = 5.0
VENUE_KINDS = ("주점", "노래연습장", "유흥주점", "단란주점", "PC방")
VENUE_KIND_SHARES = (0.40, 0.27, 0.12, 0.09, 0.12)
LIGHT_LEVEL_SHAPE = 1.0  # spread of security lights between alleys (gamma shape, mean 1); see _security_lights
DARK_ALLEY_SHARE = 0.17  # of alley length more than 25 m from any light, 역삼1동 (module docstring)
CELL_M = 50.0
POPULATION_CELL_SD = 0.5  # block-to-block spread of night-time population (log-normal sigma per 50 m cell)
CRIME_MAX_OFFSET_M = 25.0
SUMMER_PEAK_DAY, SEASONAL_AMPLITUDE = 196, 0.15


class PopulationRaster(NamedTuple):
    """People per cell; ``geotransform`` in GDAL order, north up."""

    values: np.ndarray
    geotransform: tuple
    nodata: float


@dataclass
class Streets:
    lines: LineArrays
    names: np.ndarray
    road_class: np.ndarray  # ROA_CLS_SE: 2 대로, 3 로, 4 길
    width_m: np.ndarray


@dataclass
class Crimes:
    xy: np.ndarray
    dates: np.ndarray  # ISO "YYYY-MM-DD"
    years: np.ndarray
    types: np.ndarray  # keys of CRIME_TYPE_SHARES
    victim_sex: np.ndarray  # "F" or "M"
    segment_index: np.ndarray  # the segment whose risk drew the crime


@dataclass
class DemoDistrict:
    """Everything :func:`generate_district` makes. Coordinates in EPSG:5186 metres.

    ``true_risk`` is the ground truth's expected crimes per metre of street per year on each segment;
    ``expected_crimes`` the same per segment (``true_risk × length_m``).
    """

    seed: int
    crs: str
    bounds: tuple  # (x_min, y_min, x_max, y_max)
    core_xy: np.ndarray
    streets: Streets
    security_lights: np.ndarray
    street_lights: np.ndarray
    cctv: np.ndarray
    cctv_cameras: np.ndarray
    cctv_purpose: np.ndarray  # "crime_prevention" or "traffic"
    bells: np.ndarray
    guardhouses: np.ndarray
    guardhouse_names: np.ndarray
    police: np.ndarray
    police_names: np.ndarray
    risk_sites: np.ndarray
    risk_site_kinds: np.ndarray
    safe_routes: LineArrays
    safe_route_names: np.ndarray
    population: PopulationRaster
    segments: SegmentedStreets
    factors: dict
    expected_crimes: np.ndarray
    true_risk: np.ndarray
    dominant_factor: np.ndarray
    crimes: Crimes
    notice: str = SYNTHETIC_NOTICE

    @property
    def area_km2(self):
        x_min, y_min, x_max, y_max = self.bounds
        return (x_max - x_min) * (y_max - y_min) / 1e6


def generate_district(seed=DEFAULT_SEED, size_m=2000.0, progress=None):
    """Build the demo district for ``seed``; see the module docstring. Takes well under a second for 2 km × 2 km."""
    street_rng, facility_rng, raster_rng, crime_rng = (
        np.random.default_rng(child) for child in np.random.SeedSequence(seed).spawn(4))
    origin = np.array(ORIGIN_XY)
    streets, lattice = build_streets(size_m, street_rng, origin)
    report(progress, 0.15)
    core_xy = lattice.nodes[lattice.main_crossing] + np.array([-0.03, 0.02]) * size_m
    area_km2 = (size_m / 1000.0) ** 2
    facilities = place_facilities(streets, lattice, core_xy, CORE_SIGMA_FRACTION * size_m, area_km2, facility_rng)
    population = population_raster(size_m, origin, core_xy, streets, raster_rng)
    report(progress, 0.25)
    segments = segment_streets(streets.lines, np.arange(len(streets.lines)), progress=stage(progress, 0.25, 0.5))
    inputs = FactorInputs(
        cctv=facilities["cctv"], cctv_cameras=facilities["cctv_cameras"],
        lights=np.concatenate([facilities["security_lights"], facilities["street_lights"]]),
        bells=facilities["bells"], guardhouses=facilities["guardhouses"], police=facilities["police"],
        risk_sites=facilities["risk_sites"], safe_routes=facilities["safe_routes"],
        population_raster=tuple(population), width_m=streets.width_m[segments.feature_index])
    factors = compute_factors(segments.lines, inputs, FactorParams(), progress=stage(progress, 0.5, 0.9)).fields
    baseline = calibrated_baseline(factors, segments.length_m, CRIMES_PER_KM2_YEAR * area_km2)
    expected = expected_crimes_per_year(factors, segments.length_m, baseline)
    crimes = sample_crimes(segments.lines, expected, factors["width_m"], crime_rng)
    report(progress, 1.0)
    return DemoDistrict(
        seed=seed, crs=CRS, bounds=(origin[0], origin[1], origin[0] + size_m, origin[1] + size_m), core_xy=core_xy,
        streets=streets, population=population, segments=segments, factors=factors, expected_crimes=expected,
        true_risk=expected / segments.length_m, dominant_factor=dominant_risk_factor(factors), crimes=crimes,
        **facilities)


def calibrated_baseline(factors, length_m, crimes_per_year):
    """The ground truth's baseline (crimes per metre-year) giving the network ``crimes_per_year`` expected crimes."""
    return crimes_per_year / expected_crimes_per_year(factors, length_m, 1.0).sum()


# --- streets -------------------------------------------------------------------------------------------------------

@dataclass
class Lattice:
    """The street graph the alley fabric was drawn from, kept for routing safe-return routes along streets."""

    nodes: np.ndarray  # (n_nodes, 2)
    edges: np.ndarray  # (n_edges, 2) node ids, kept edges only
    edge_arterial: np.ndarray
    edge_paths: list  # vertices of each edge from its first node to its second
    main_crossing: int  # node where the two 대로 cross
    shape: tuple  # (columns, rows); node id = column * rows + row


def build_streets(size_m, rng, origin=(0.0, 0.0)):
    """Centre-lines of the district (south-west corner at ``origin``) and the lattice they came from."""
    origin = np.asarray(origin, dtype=np.float64)
    lattice, lines = _lattice_streets(size_m, rng)
    snapped = _snap_line_ends([vertices for vertices, _, _ in lines], MAX_DROP_SHIFT_M + 0.5)
    lines = [(vertices, road_class, name) for vertices, (_, road_class, name) in zip(snapped, lines)]
    lines.append(_diagonal_road(lines, size_m))
    _add_cell_splits(lines, lattice, rng)
    _add_dead_end_stubs(lines, size_m, rng)
    _add_diagonal_alleys(lines, size_m, rng)
    line_arrays = LineArrays.from_list([line[0] + origin for line in lines])
    road_class = np.array([line[1] for line in lines], dtype=np.int8)
    streets = Streets(line_arrays, _street_names(line_arrays, road_class, [line[2] for line in lines]), road_class,
                      _street_widths(road_class, rng))
    return streets, replace(lattice, nodes=lattice.nodes + origin,
                            edge_paths=[path + origin for path in lattice.edge_paths])


def _lattice_streets(size_m, rng):
    """A warped, jittered lattice with some edges removed, cut into street lines.

    Returns the lattice and a list of ``(vertices, road_class, name or None)``: the ring road and two crossing
    대로 are named; alleys get names later.
    """
    xs = _axis_positions(size_m, COLUMN_SPACING_M, rng)
    ys = _axis_positions(size_m, ROW_SPACING_M, rng)
    nx, ny = len(xs), len(ys)
    main_column = 1 + int(np.argmin(np.abs(xs[1:-1] - 0.5 * size_m)))
    main_row = 1 + int(np.argmin(np.abs(ys[1:-1] - 0.45 * size_m)))
    nodes = _lattice_nodes(xs, ys, main_column, main_row, size_m, rng)
    node_id = np.arange(nx * ny).reshape(nx, ny)
    edges, arterial = _lattice_edges(node_id, main_column, main_row, rng)
    edge_paths = [_edge_path(nodes[a], nodes[b], is_arterial, rng) for (a, b), is_arterial in zip(edges, arterial)]
    lattice = Lattice(nodes, edges, arterial, edge_paths, int(node_id[main_column, main_row]), (nx, ny))
    degree = np.bincount(edges.ravel(), minlength=nx * ny)
    edge_of = {(a, b): e for e, (a, b) in enumerate(edges)}
    arterial_columns = {0: ("라온로", RO), main_column: ("누리대로", DAERO), nx - 1: ("다솜로", RO)}
    arterial_rows = {0: ("한빛로", RO), main_row: ("가온대로", DAERO), ny - 1: ("미리내로", RO)}
    lines = []
    for i in range(nx):
        lines += _lattice_line(node_id[i, :], arterial_columns.get(i), [j in arterial_rows for j in range(ny)],
                               lattice, edge_of, degree, rng)
    for j in range(ny):
        lines += _lattice_line(node_id[:, j], arterial_rows.get(j), [i in arterial_columns for i in range(nx)],
                               lattice, edge_of, degree, rng)
    return lattice, lines


def _axis_positions(size_m, spacing_m, rng):
    """Lattice line positions from 0 to ``size_m`` with uneven gaps drawn from ``spacing_m`` (low, high)."""
    gaps = rng.uniform(*spacing_m, max(2, int(round(size_m / np.mean(spacing_m)))))
    return np.concatenate([[0.0], np.cumsum(gaps)]) * size_m / gaps.sum()


def _lattice_nodes(xs, ys, main_column, main_row, size_m, rng):
    """Node positions: a smooth warp (zero on the boundary) bends every street; random jitter moves nodes, those
    on an arterial only along it, so arterials stay smooth."""
    grid = np.stack(np.meshgrid(xs, ys, indexing="ij"), axis=-1)
    taper = np.sin(np.pi * grid[..., 0] / size_m) * np.sin(np.pi * grid[..., 1] / size_m)
    warp = sum(amplitude_m * np.stack([_smooth_field(grid, rng, wavelength_m), _smooth_field(grid, rng, wavelength_m)],
                                      axis=-1) for amplitude_m, wavelength_m in WARPS_M)
    jitter = np.clip(rng.normal(0.0, NODE_JITTER_M / 2, grid.shape), -NODE_JITTER_M, NODE_JITTER_M)
    on_column = np.isin(np.arange(len(xs)), [0, main_column, len(xs) - 1])
    on_row = np.isin(np.arange(len(ys)), [0, main_row, len(ys) - 1])
    jitter[on_column, :, 0] = 0.0
    jitter[:, on_row, 1] = 0.0
    return (grid + taper[..., None] * warp + jitter).reshape(-1, 2)


def _smooth_field(xy, rng, wavelength_m, n_waves=4):
    """A smooth random field of about unit amplitude: a sum of plane waves in random directions."""
    angle = rng.uniform(0.0, 2 * np.pi, n_waves)
    wavelength = wavelength_m * rng.uniform(0.7, 1.3, n_waves)
    wave_vector = 2 * np.pi / wavelength[:, None] * np.stack([np.cos(angle), np.sin(angle)], axis=1)
    phase = rng.uniform(0.0, 2 * np.pi, n_waves)
    return np.sin(xy @ wave_vector.T + phase).sum(axis=-1) / np.sqrt(n_waves / 2)


def _lattice_edges(node_id, main_column, main_row, rng):
    """Edges between lattice neighbours, some alley edges removed, only the largest connected part kept."""
    nx, ny = node_id.shape
    arterial_columns = np.isin(np.arange(nx), [0, main_column, nx - 1])
    arterial_rows = np.isin(np.arange(ny), [0, main_row, ny - 1])
    along_x = np.stack([node_id[:-1, :].ravel(), node_id[1:, :].ravel()], axis=1)
    along_y = np.stack([node_id[:, :-1].ravel(), node_id[:, 1:].ravel()], axis=1)
    arterial = np.concatenate([np.broadcast_to(arterial_rows, (nx - 1, ny)).ravel(),
                               np.broadcast_to(arterial_columns[:, None], (nx, ny - 1)).ravel()])
    # Rows are the long sides of most blocks; dropping more cross streets makes longer, brick-like blocks.
    remove_p = np.concatenate([np.full(len(along_x), REMOVE_ALONG_P), np.full(len(along_y), REMOVE_ACROSS_P)])
    keep = arterial | (rng.random(len(remove_p)) >= remove_p)
    edges, arterial = np.concatenate([along_x, along_y])[keep], arterial[keep]
    in_largest = _largest_component(edges, nx * ny)
    return edges[in_largest], arterial[in_largest]


def _largest_component(edges, n_nodes):
    sparse, csgraph = require("scipy.sparse"), require("scipy.sparse.csgraph")
    graph = sparse.coo_matrix((np.ones(len(edges)), (edges[:, 0], edges[:, 1])), shape=(n_nodes, n_nodes))
    _, label = csgraph.connected_components(graph, directed=False)
    sizes = np.bincount(label[edges[:, 0]], minlength=label.max() + 1)
    return label[edges[:, 0]] == np.argmax(sizes)


def _edge_path(start, end, is_arterial, rng):
    """An edge's vertices; some alley edges get a kink so alleys bend."""
    if is_arterial or rng.random() >= KINK_P:
        return np.array([start, end])
    direction = end - start
    normal = np.array([-direction[1], direction[0]]) / np.hypot(*direction)
    kink = start + rng.uniform(0.35, 0.65) * direction + np.clip(rng.normal(0, KINK_M / 2), -KINK_M, KINK_M) * normal
    return np.array([start, kink, end])


def _lattice_line(node_sequence, arterial, crosses_arterial, lattice, edge_of, degree, rng):
    """Cut one lattice row or column into street lines: ``[(vertices, road_class, name)]``. ``arterial`` is
    ``(name, road_class)`` for an arterial row or column, else None.

    An arterial line ends only where it crosses another arterial. An alley line ends at arterials, at missing
    edges, and at half its junctions, as road-address lines run between road-name ends.
    """
    runs, current = [], []
    for k in range(len(node_sequence) - 1):
        edge = edge_of.get((node_sequence[k], node_sequence[k + 1]), -1)
        node = node_sequence[k]
        ends_here = crosses_arterial[k] if arterial else (
            crosses_arterial[k] or (degree[node] >= 3 and rng.random() < ALLEY_BREAK_P))
        if current and (edge < 0 or ends_here):
            runs.append(current)
            current = []
        if edge >= 0:
            current.append(edge)
    if current:
        runs.append(current)
    name, road_class = arterial or (None, GIL)
    return [(_run_vertices(run, lattice, arterial is not None, rng), road_class, name) for run in runs]


def _run_vertices(run, lattice, is_arterial, rng):
    """The vertices of a run of lattice edges, with some junction vertices left out (at most one in a row, and only
    where leaving it out shifts the line less than MAX_DROP_SHIFT_M)."""
    paths = [lattice.edge_paths[edge] for edge in run]
    vertices = np.concatenate([paths[0]] + [path[1:] for path in paths[1:]])
    is_joint = np.zeros(len(vertices), dtype=bool)
    is_joint[np.cumsum([len(path) - 1 for path in paths])[:-1]] = True
    keep = np.ones(len(vertices), dtype=bool)
    last_kept, dropped_previous = vertices[0], False
    for k in range(1, len(vertices) - 1):
        if is_joint[k] and not dropped_previous and rng.random() < DROP_VERTEX_P[is_arterial]:
            if point_segment_distance(vertices[k], last_kept, vertices[k + 1]) < MAX_DROP_SHIFT_M:
                keep[k], dropped_previous = False, True
                continue
        last_kept, dropped_previous = vertices[k], False
    return vertices[keep]


def _snap_line_ends(vertex_lists, max_shift_m):
    """Move each line end that stops near another line (whose junction vertex was left out) onto that line: the
    lines then meet in a T with no shared vertex, as road-address centre-lines do."""
    lines = LineArrays.from_list(vertex_lists)
    starts, ends = lines.endpoints()
    ends_xy = np.concatenate([starts, ends])
    own_line = np.tile(np.arange(len(lines)), 2)
    point, line, distance = SegmentIndex(lines).pairs_within(ends_xy, max_shift_m)
    off_line = (line != own_line[point]) & (distance > 1e-7)
    point, line, distance = point[off_line], line[off_line], distance[off_line]
    nearest = _first_per_group(point, distance)
    point, line = point[nearest], line[nearest]
    coords = lines.coords.copy()
    end_vertex = np.concatenate([lines.offsets[:-1], lines.offsets[1:] - 1])
    coords[end_vertex[point]] = _nearest_point_on_lines(ends_xy[point], lines, line)
    return LineArrays(coords, lines.offsets).to_list()


def _diagonal_road(lines, size_m):
    """A straight 로 from the southern ring road north-east to the east-west 대로, crossing alleys on its way."""
    ring = [vertices for vertices, _, name in lines if name == "한빛로"]
    origin = _nearest_on(np.array([0.08 * size_m, 0.0]), _line_edges(ring))
    main_road = _line_edges([vertices for vertices, _, name in lines if name == "가온대로"])
    direction = np.array([np.cos(np.radians(55.0)), np.sin(np.radians(55.0))])
    return np.array([origin, origin + _ray_hit_m(origin, direction, *main_road) * direction]), RO, "비단로"


def _add_cell_splits(lines, lattice, rng):
    """Cut large blocks with an alley from one side to the first street opposite (a dead end if there is none)."""
    nx, ny = lattice.shape
    corner = lattice.nodes.reshape(nx, ny, 2)
    x_extent = corner[1:, :-1, 0] - corner[:-1, :-1, 0]
    y_extent = corner[:-1, 1:, 1] - corner[:-1, :-1, 1]
    candidates = np.argwhere((x_extent * y_extent > SPLIT_AREA_M2) & (rng.random(x_extent.shape) < SPLIT_P))
    kept = {tuple(edge) for edge in lattice.edges}
    path_of = {tuple(edge): path for edge, path in zip(lattice.edges, lattice.edge_paths)}
    starts, ends = _line_edges([vertices for vertices, _, _ in lines])
    for i, j in candidates:
        node = i * ny + j
        # Cut across the longer side: from the south side northward, or from the west side eastward.
        side, extent = ((node, node + ny), y_extent[i, j]) if x_extent[i, j] >= y_extent[i, j] else \
            ((node, node + 1), x_extent[i, j])
        if side not in kept:
            continue
        origin = _nearest_on(_along_path(path_of[side], rng.uniform(0.35, 0.65)), (starts, ends))
        along = lattice.nodes[side[1]] - lattice.nodes[side[0]]
        inward = np.array([-along[1], along[0]]) if side[1] == node + ny else np.array([along[1], -along[0]])
        inward /= np.hypot(*inward)
        hit_m = _ray_hit_m(origin, inward, starts, ends)
        length_m = hit_m if hit_m <= 1.6 * extent else 0.45 * extent
        vertices = np.array([origin, origin + length_m * inward])
        lines.append((vertices, GIL, None))
        starts, ends = np.concatenate([starts, vertices[:1]]), np.concatenate([ends, vertices[1:]])


def _add_dead_end_stubs(lines, size_m, rng):
    """Short dead-end alleys (막다른 골목) off alleys until the district has DEAD_ENDS_PER_KM2."""
    vertex_lists = [vertices for vertices, _, _ in lines]
    needed = int(round(DEAD_ENDS_PER_KM2 * (size_m / 1000.0) ** 2)) - _dead_end_count(vertex_lists)
    starts, ends = _line_edges(vertex_lists)
    for origin, tangent in zip(*_alley_stations(lines, rng)):
        if needed <= 0:
            break
        normal = np.array([-tangent[1], tangent[0]]) * rng.choice([-1.0, 1.0])
        tip = origin + rng.uniform(*STUB_LENGTH_M) * normal
        if _ray_hit_m(origin, normal, starts, ends) < np.hypot(*(tip - origin)) + STUB_CLEARANCE_M or \
                point_segment_distance(tip, starts, ends).min() < STUB_CLEARANCE_M:
            continue
        lines.append((np.array([origin, tip]), GIL, None))
        starts, ends = np.concatenate([starts, origin[None]]), np.concatenate([ends, tip[None]])
        needed -= 1


def _add_diagonal_alleys(lines, size_m, rng):
    """A few alleys leaving an alley at 35–55° and running to the first street they meet."""
    needed = int(round(DIAGONAL_ALLEYS_PER_KM2 * (size_m / 1000.0) ** 2))
    starts, ends = _line_edges([vertices for vertices, _, _ in lines])
    for origin, tangent in zip(*_alley_stations(lines, rng)):
        if needed <= 0:
            break
        angle = np.radians(rng.uniform(35.0, 55.0)) * rng.choice([-1.0, 1.0]) + rng.choice([0.0, np.pi])
        direction = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]]) @ tangent
        hit_m = _ray_hit_m(origin, direction, starts, ends)
        if not DIAGONAL_LENGTH_M[0] <= hit_m <= DIAGONAL_LENGTH_M[1]:
            continue
        vertices = np.array([origin, origin + hit_m * direction])
        lines.append((vertices, GIL, None))
        starts, ends = np.concatenate([starts, vertices[:1]]), np.concatenate([ends, vertices[1:]])
        needed -= 1


def _alley_stations(lines, rng, step_m=10.0, end_clearance_m=15.0):
    """Points every ``step_m`` along alley lines, away from their ends, in random order: ``(xy, unit tangents)``."""
    alleys = LineArrays.from_list([vertices for vertices, road_class, _ in lines if road_class == GIL])
    line, along = _stations(alleys, np.ones(len(alleys), dtype=bool), step_m)
    away_from_ends = (along > end_clearance_m) & (along < alleys.lengths()[line] - end_clearance_m)
    order = rng.permutation(np.flatnonzero(away_from_ends))
    return _points_along(alleys, line[order], along[order])


def _dead_end_count(vertex_lists, tolerance_m=0.5):
    """Line ends touching no other line."""
    lines = LineArrays.from_list(vertex_lists)
    ends_xy = np.concatenate(lines.endpoints())
    point, line, _ = SegmentIndex(lines).pairs_within(ends_xy, tolerance_m)
    touches_other = np.zeros(len(ends_xy), dtype=bool)
    touches_other[point[line != np.tile(np.arange(len(lines)), 2)[point]]] = True
    return int(np.count_nonzero(~touches_other))


def _street_names(lines, road_class, names):
    """Arterial names as given; alleys are numbered after the nearest arterial, like 가온대로12길."""
    line, along = _stations(lines, road_class != GIL, 10.0)
    nearest = require("scipy.spatial").cKDTree(_points_along(lines, line, along)[0]).query(
        _line_midpoints(lines))[1]
    counters, result = {}, []
    for k, name in enumerate(names):
        if road_class[k] == GIL:
            base = names[line[nearest[k]]]
            counters[base] = counters.get(base, 0) + 1
            name = f"{base}{counters[base]}길"
        result.append(name)
    return np.array(result, dtype=object)


def _street_widths(road_class, rng):
    """Widths in m: 대로 40–50, 로 15–30, alleys drawn from 역삼1동's alley widths."""
    return np.select(
        [road_class == DAERO, road_class == RO],
        [rng.choice([40.0, 50.0], len(road_class)), rng.choice([15.0, 20.0, 25.0, 30.0], len(road_class))],
        rng.choice(ALLEY_WIDTHS_M, len(road_class), p=ALLEY_WIDTH_SHARES))


# --- facilities ----------------------------------------------------------------------------------------------------

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
    line, along = _stations(lines, line_mask, step_m)
    xy, tangent = _points_along(lines, line, along)
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
    return (*_points_along(lines, line, along), line)


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
        parts.append(_off_street(cluster_xy, cluster_tangent,
                                 width[cluster_line] / 2 + rng.uniform(3.0, 8.0, len(cluster_xy)), rng))
    other_xy, other_tangent, other_line = _weighted_street_points(
        lines, streets.road_class != GIL, lambda xy, _: 1.0 - core_weight(xy),
        int(round(SCATTERED_VENUES_PER_KM2 * area_km2)), rng)
    parts.append(_off_street(other_xy, other_tangent, width[other_line] / 2 + rng.uniform(3.0, 8.0, len(other_xy)),
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
        xy, _ = _points_along(streets.lines, *_stations(streets.lines, on_road, 10.0))
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
    xy, _ = _points_along(lines, np.full(len(stations), line), stations)
    centre = stations[np.argmin(np.hypot(*(xy - hub_xy).T))]
    start = np.clip(centre - stretch / 2, 0.0, length - stretch)
    n = max(1, int(round(stretch / (VENUE_STREET_SPACING_M / 2))))
    along = start + (np.arange(n) + 0.5 + rng.uniform(-0.3, 0.3, n)) * stretch / n
    xy, tangent = _points_along(lines, np.full(n, line), along)
    return _alternating_sides(xy, tangent, rng.uniform(5.0, 9.0, n))


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
    xy, tangent = _points_along(lines, line, along)
    extra_per_km = ROUTE_LIGHTS_PER_KM - SECURITY_LIGHTS_PER_KM
    route_xy, route_tangent, _ = _evenly_along(safe_routes, 1000.0 / extra_per_km, rng)
    xy, tangent = np.concatenate([xy, route_xy]), np.concatenate([tangent, route_tangent])
    return _off_street(xy, tangent, np.clip(rng.lognormal(np.log(11.0), 0.4, len(xy)), 1.5, 25.0), rng)


def _street_lights(streets, rng):
    """가로등 on 대로 and 로, about every 55 m (18.1 per km), alternating sides at the kerb."""
    arterial = np.flatnonzero(streets.road_class != GIL)
    xy, tangent, line = _evenly_along(streets.lines.subset(arterial), 1000.0 / STREET_LIGHTS_PER_ARTERIAL_KM, rng, 0.1)
    return _alternating_sides(xy, tangent, streets.width_m[arterial][line] / 2.0 - 1.0)


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
    prevention = _off_street(prevention_xy, np.concatenate([alley_tangent, route_tangent]),
                             np.clip(rng.lognormal(np.log(3.3), 0.6, len(prevention_xy)), 0.5, 12.0), rng)
    traffic_xy, traffic_tangent, traffic_line = _weighted_street_points(
        lines, streets.road_class != GIL, lambda xy, _: np.ones(len(xy)), n_traffic, rng)
    traffic = _off_street(traffic_xy, traffic_tangent,
                          streets.width_m[traffic_line] / 2.0 * rng.uniform(0.2, 1.0, len(traffic_xy)), rng)
    cameras = np.concatenate([rng.choice([1, 3, 4, 5], len(prevention), p=np.array([55, 22, 48, 31]) / 156),
                              rng.choice([1, 3], len(traffic), p=np.array([28, 3]) / 31)])
    purpose = np.array(["crime_prevention"] * len(prevention) + ["traffic"] * len(traffic), dtype=object)
    return np.concatenate([prevention, traffic]), cameras, purpose


def _emergency_bells(safe_routes, crime_prevention_cctv, rng):
    """안심벨 along safe-return routes (8 per km) and on 30 % of crime-prevention CCTV poles."""
    route_xy, route_tangent, _ = _evenly_along(safe_routes, 1000.0 / ROUTE_BELLS_PER_KM, rng)
    on_route = _off_street(route_xy, route_tangent, rng.uniform(1.0, 4.0, len(route_xy)), rng)
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
    return _off_street(xy, tangent, streets.width_m[line] / 2.0 + rng.uniform(3.0, 8.0, len(xy)), rng)


def _police_boxes(streets, core_weight, area_km2, rng):
    """지구대/파출소 on main streets: the first by the commercial core, the others spread out."""
    line, along = _stations(streets.lines, streets.road_class != GIL, 5.0)
    xy, tangent = _points_along(streets.lines, line, along)
    chosen = [int(np.argmax(core_weight(xy)))]
    for _ in range(max(1, int(round(POLICE_BOXES_PER_KM2 * area_km2))) - 1):
        spread = np.min(np.hypot(*(xy[:, None, :] - xy[chosen][None, :, :]).transpose(2, 0, 1)), axis=1) ** 2
        chosen.append(int(rng.choice(len(xy), p=spread / spread.sum())))
    return _off_street(xy[chosen], tangent[chosen],
                       streets.width_m[line[chosen]] / 2.0 + rng.uniform(5.0, 10.0, len(chosen)), rng)


def _police_name(k):
    return ("가온지구대", "누리파출소", "한빛파출소", "다솜파출소")[k] if k < 4 else f"안심파출소 {k - 3}"


# --- population and crimes -----------------------------------------------------------------------------------------

def population_raster(size_m, origin, core_xy, streets, rng):
    """Female night-time population per 50 m cell: residential everywhere, several times denser in the commercial
    core, more along main streets, varying from block to block (log-normal, σ POPULATION_CELL_SD); scaled to
    Yeongdeungpo's median 13,400 per km²."""
    n_cells = int(np.ceil(size_m / CELL_M))
    column_x = origin[0] + (np.arange(n_cells) + 0.5) * CELL_M
    row_y = origin[1] + n_cells * CELL_M - (np.arange(n_cells) + 0.5) * CELL_M
    centres = np.stack(np.meshgrid(column_x, row_y), axis=-1).reshape(-1, 2)
    line, along = _stations(streets.lines, streets.road_class != GIL, 10.0)
    to_main_street = require("scipy.spatial").cKDTree(_points_along(streets.lines, line, along)[0]).query(centres)[0]
    core_sigma_m = CORE_SIGMA_FRACTION * size_m
    relative = (1.0 + 0.3 * _smooth_field(centres - origin, rng, 800.0)
                + 3.0 * np.exp(-0.5 * (np.hypot(*(centres - core_xy).T) / (1.5 * core_sigma_m)) ** 2)
                + 0.5 * np.exp(-0.5 * (to_main_street / 60.0) ** 2))
    relative = np.maximum(relative, 0.1) * np.exp(rng.normal(0.0, POPULATION_CELL_SD, len(centres)))
    per_km2 = FEMALE_NIGHT_POP_PER_KM2 * relative / relative.mean()
    values = (per_km2 * CELL_M ** 2 / 1e6).reshape(n_cells, n_cells).astype(np.float32)
    geotransform = (float(origin[0]), CELL_M, 0.0, float(origin[1] + n_cells * CELL_M), 0.0, -CELL_M)
    return PopulationRaster(values, geotransform, -9999.0)


def sample_crimes(segment_lines, expected_per_year, width_m, rng, years=YEARS):
    """Poisson crime counts per segment and year, each crime at a random point along its segment and a few metres
    off the centre-line (within the street's half-width, never beyond CRIME_MAX_OFFSET_M)."""
    counts = rng.poisson(np.broadcast_to(expected_per_year, (len(years), len(expected_per_year))))
    segment = np.concatenate([np.repeat(np.arange(counts.shape[1]), row) for row in counts])
    year = np.repeat(np.array(years), counts.sum(axis=1))
    xy, tangent = _points_along(segment_lines, segment, rng.random(len(segment)) * segment_lines.lengths()[segment])
    offset = np.minimum(rng.random(len(segment)) * width_m[segment] / 2.0 + np.abs(rng.normal(0.0, 1.5, len(segment))),
                        CRIME_MAX_OFFSET_M)
    types = rng.choice(np.array(list(CRIME_TYPE_SHARES), dtype=object), len(segment),
                       p=np.array(list(CRIME_TYPE_SHARES.values())) / sum(CRIME_TYPE_SHARES.values()))
    female = rng.random(len(segment)) < np.array([FEMALE_VICTIM_SHARE[kind] for kind in types])
    return Crimes(_off_street(xy, tangent, offset, rng), _crime_dates(year, rng), year, types,
                  np.where(female, "F", "M").astype(object), segment)


def _crime_dates(years, rng):
    """ISO dates within each crime's year, slightly more often in summer (assumed ±15 %, peak mid-July)."""
    dates = np.empty(len(years), dtype="datetime64[D]")
    for year in np.unique(years):
        first_day = np.datetime64(f"{year}-01-01")
        n_days = int((np.datetime64(f"{year + 1}-01-01") - first_day).astype(np.int64))
        weight = 1.0 + SEASONAL_AMPLITUDE * np.cos(2 * np.pi * (np.arange(n_days) - SUMMER_PEAK_DAY) / n_days)
        in_year = years == year
        dates[in_year] = first_day + rng.choice(n_days, np.count_nonzero(in_year), p=weight / weight.sum())
    return dates.astype(str).astype(object)


def crime_concentration(crime_unit, crime_years, n_units):
    """Per year, ``(share of units holding half the year's crimes, share of units with no crime)``: the two
    figures of Weisburd's law of crime concentration (about 2–6 % and about half for street segments).

    ``crime_unit`` is each crime's unit, e.g. ``segments.piece_index[crimes.segment_index]`` for street segments
    between junctions (Weisburd's unit) or ``crimes.segment_index`` for 10 m segments."""
    result = {}
    for year in np.unique(crime_years):
        counts = np.sort(np.bincount(crime_unit[crime_years == year], minlength=n_units))[::-1]
        units_for_half = np.searchsorted(np.cumsum(counts), 0.5 * counts.sum()) + 1
        result[int(year)] = (units_for_half / n_units, float(np.mean(counts == 0)))
    return result


# --- geometry helpers ----------------------------------------------------------------------------------------------

def _line_edges(vertex_lists):
    """``(starts, ends)`` of every edge of the given vertex lists."""
    return (np.concatenate([vertices[:-1] for vertices in vertex_lists]),
            np.concatenate([vertices[1:] for vertices in vertex_lists]))


def _project(points, starts, ends):
    """The nearest point to each point on the straight segment ``starts``–``ends`` (row-wise)."""
    direction = ends - starts
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.einsum("ij,ij->i", points - starts, direction) / np.einsum("ij,ij->i", direction, direction)
    return starts + np.clip(np.nan_to_num(t), 0.0, 1.0)[:, None] * direction


def _nearest_on(point, edges):
    """The nearest point to ``point`` on any of ``edges`` (``(starts, ends)``)."""
    starts, ends = edges
    feet = _project(np.broadcast_to(point, starts.shape), starts, ends)
    return feet[np.argmin(np.hypot(*(feet - point).T))]


def _nearest_point_on_lines(points, lines, line_index):
    """The nearest point to each of ``points`` on the line ``line_index`` of ``lines``."""
    starts, ends, edge_line = lines.edges()
    edges_per_line = np.bincount(edge_line, minlength=len(lines))
    first_edge = np.cumsum(edges_per_line) - edges_per_line
    n_edges = edges_per_line[line_index]
    pair_point = np.repeat(np.arange(len(points)), n_edges)
    edge = np.repeat(first_edge[line_index] - (np.cumsum(n_edges) - n_edges), n_edges) + np.arange(n_edges.sum())
    feet = _project(points[pair_point], starts[edge], ends[edge])
    nearest = _first_per_group(pair_point, np.hypot(*(feet - points[pair_point]).T))
    return feet[nearest]


def _first_per_group(group, key):
    """Index of the smallest ``key`` within each value of ``group``, ordered by group."""
    order = np.lexsort((key, group))
    return order[np.r_[True, np.diff(group[order]) != 0]] if len(order) else order


def _ray_hit_m(origin, direction, starts, ends, min_m=0.5):
    """Distance along the ray ``origin + t·direction`` (unit direction) to the first edge it meets; inf if none."""
    edge = ends - starts
    relative = starts - origin
    with np.errstate(invalid="ignore", divide="ignore"):
        denominator = direction[0] * edge[:, 1] - direction[1] * edge[:, 0]
        t = (relative[:, 0] * edge[:, 1] - relative[:, 1] * edge[:, 0]) / denominator
        u = (relative[:, 0] * direction[1] - relative[:, 1] * direction[0]) / denominator
    hit = np.isfinite(t) & (t > min_m) & (u >= 0.0) & (u <= 1.0)
    return float(t[hit].min()) if hit.any() else np.inf


def _along_path(vertices, fraction):
    """The point ``fraction`` of the way along a polyline."""
    lengths = np.hypot(*np.diff(vertices, axis=0).T)
    cumulative = np.concatenate([[0.0], np.cumsum(lengths)])
    target = fraction * cumulative[-1]
    return np.array([np.interp(target, cumulative, vertices[:, 0]), np.interp(target, cumulative, vertices[:, 1])])


def _stations(lines, line_mask, step_m):
    """Positions every ``step_m`` along the lines selected by ``line_mask``: ``(line index, metres along)``."""
    selected = np.flatnonzero(line_mask)
    lengths = lines.lengths()[selected]
    count = np.maximum(np.floor(lengths / step_m).astype(np.int64), 1)
    line = np.repeat(selected, count)
    position = np.arange(count.sum()) - np.repeat(np.cumsum(count) - count, count)
    return line, np.minimum((position + 0.5) * step_m, lines.lengths()[line])


def _points_along(lines, line_index, along_m):
    """The point ``along_m`` metres along each line ``line_index`` (clipped to the line) and the unit tangent there."""
    starts, ends, edge_line = lines.edges()
    edge_length = np.hypot(*(ends - starts).T)
    cumulative_end = np.cumsum(edge_length)
    edges_per_line = np.bincount(edge_line, minlength=len(lines))
    first_edge = np.cumsum(edges_per_line) - edges_per_line
    line_length = np.bincount(edge_line, weights=edge_length, minlength=len(lines))
    line_start = np.concatenate([[0.0], cumulative_end])[first_edge]
    position = line_start[line_index] + np.clip(along_m, 0.0, line_length[line_index])
    edge = np.clip(np.searchsorted(cumulative_end, position), first_edge[line_index],
                   first_edge[line_index] + edges_per_line[line_index] - 1)
    safe_length = np.maximum(edge_length[edge], 1e-12)[:, None]
    tangent = (ends[edge] - starts[edge]) / safe_length
    return starts[edge] + (position - cumulative_end[edge] + edge_length[edge])[:, None] * tangent, tangent


def _line_midpoints(lines):
    line = np.arange(len(lines))
    return _points_along(lines, line, lines.lengths() / 2.0)[0]


def _alternating_sides(xy, tangent, offset_m):
    """Points moved ``offset_m`` to the left and right of the street in turn."""
    side = np.where(np.arange(len(xy)) % 2 == 0, 1.0, -1.0)
    normal = np.stack([-tangent[:, 1], tangent[:, 0]], axis=1)
    return xy + (side * offset_m)[:, None] * normal


def _off_street(xy, tangent, offset_m, rng):
    """Points moved ``offset_m`` to a random side of the street."""
    side = rng.choice([-1.0, 1.0], len(xy))
    normal = np.stack([-tangent[:, 1], tangent[:, 0]], axis=1)
    return xy + (side * offset_m)[:, None] * normal
