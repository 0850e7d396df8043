"""`make bench`: Anshim against QGIS's own algorithms on the same data, in the same run, printed as ratios.

    python scripts/bench.py [--quick] [--native-cap 900] [--out build/bench] [--rows 1,2,3,4,5,6]

Generates a synthetic city (about 8,200 km of street centre-lines, ~10x smaller with --quick) with facilities,
a population raster and synthetic crimes under build/bench/, reprojects the real Gangnam road centre-lines from
../shared (if present), then measures each step in a fresh process (scripts/bench_step.py): the wall seconds of
ONE processing.run and the process's peak RSS. QGIS-native steps are killed after --native-cap seconds and shown
as "> cap" with a lower-bound ratio. Prints a table and writes build/bench/results.json. The goals are printed
beside the numbers; nothing here fails on a timing.

The crimes are SYNTHETIC: drawn along the streets with a rate that falls with lights and cameras nearby and rises
near entertainment venues and with night-time population, so the model has something to learn.
"""
import argparse
import json
import os
import platform
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
STEP_SCRIPT = ROOT / "scripts" / "bench_step.py"
GANGNAM = ROOT.parent / "shared" / "data" / "seoul" / "gangnam_road_centerlines_juso.geojson"
CRS_EPSG = 5186
SEED = 20261121
STARTUP_ALLOWANCE_S = 120.0  # a capped step that has not even reached its timed call by cap + this is killed too
ORIGIN_XY = (185_000.0, 535_000.0)  # the city's south-west corner: south-west Seoul in EPSG:5186
GOALS = {
    "seg_ratio": 2.0, "seg_peak_mb": 2048.0, "factor_ratio": 50.0, "factor_s": 20.0, "grade_s": 10.0,
    "district_ms": 50.0, "city_ms": 200.0, "planner_open_s": 15.0,
}

# Scale of the generated city. Street density and facility rates follow engine/demo.py's Seoul calibration.
FULL = dict(name="full", street_km=8200.0, cctv_min=30_000, lights_min=80_000, crimes=60_000, routes_per_km2=1.0,
            district_segments=50_000)
QUICK = dict(name="quick", street_km=820.0, cctv_min=3_000, lights_min=8_000, crimes=6_000, routes_per_km2=1.0,
             district_segments=50_000)
ROW_SPACING_M, COLUMN_SPACING_M = (47.0, 110.0), (52.0, 125.0)
LATTICE_KM_PER_KM2 = 24.0  # first guess of the generated density (Gangnam's 역삼1동: 25.7)
ARTERIAL_EVERY_M, RO_EVERY_M = 850.0, 330.0
DROP_GAP_P = 0.15  # a lattice gap left out: blocks merge, T-junctions and dead ends appear
RUN_GAPS = {2: (6, 14), 3: (3, 8), 4: (2, 6)}  # lattice gaps per centre-line, by road class
VERTEX_SPACING_M = (15.0, 40.0)
VERTEX_NOISE_M = 0.5
WARPS = ((45.0, 1300.0), (14.0, 480.0))  # (amplitude m, wavelength m): streets bend
DIAGONAL_ROAD_EVERY_KM = 3.0
DIAGONAL_RUN_M = (400.0, 900.0)
DIAGONAL_ALLEYS_PER_KM2, DIAGONAL_ALLEY_M = 3.0, (25.0, 140.0)
STUBS_PER_KM2, STUB_M = 16.5, (18.0, 40.0)
ALLEY_WIDTHS_M = np.array([3.0, 4.0, 5.0, 6.0, 8.0, 10.0, 12.0])
ALLEY_WIDTH_SHARES = np.array([4, 167, 3, 89, 28, 9, 19]) / 319.0
LIGHTS_PER_KM, CCTV_PER_KM = 20.3, 3.8
CAMERAS, CAMERA_SHARES = np.array([1, 3, 4, 5]), np.array([0.35, 0.14, 0.31, 0.20])
GUARDHOUSES_PER_KM2, POLICE_PER_KM2, RISK_SITES_PER_KM2 = 2.5, 0.46, 12.0
CORE_EVERY_KM2, CORE_SIGMA_M = 25.0, (250.0, 550.0)
ROUTE_LENGTH_M = (300.0, 600.0)
BELLS_PER_ROUTE_KM, CCTV_POLE_BELL_SHARE = 8.0, 0.3
FEMALE_NIGHT_POP_PER_KM2, CELL_M = 13_400.0, 50.0
YEARS, YEAR_SHARES = (2023, 2024, 2025), (0.32, 0.33, 0.35)
CRIME_TYPES, CRIME_TYPE_SHARES = ("theft", "violence", "rape_indecent", "robbery", "murder"), \
    (0.430, 0.498, 0.068, 0.001, 0.003)


def log(message):
    print(message, flush=True)


# --- the synthetic city ---------------------------------------------------------------------------------------

class City:
    """Street centre-lines and everything placed along them, in metres from the city's south-west corner
    (written to files at ORIGIN_XY in EPSG:5186)."""

    def __init__(self, scale, seed=SEED):
        self.scale = scale
        rng = np.random.default_rng(seed)
        self.size_m = 1000.0 * np.sqrt(scale["street_km"] / LATTICE_KM_PER_KM2)
        for _ in range(4):  # a lattice's density varies a little with its random gaps: grow until long enough
            self._build_streets(np.random.default_rng(rng.integers(1 << 62)))
            if self.total_km >= scale["street_km"]:
                break
            self.size_m *= np.sqrt(scale["street_km"] / self.total_km) * 1.003
        self.area_km2 = (self.size_m / 1000.0) ** 2
        self._place_everything(rng)

    # streets ---------------------------------------------------------------------------------------------------

    def _build_streets(self, rng):
        size = self.size_m
        rows, columns = _axis(size, ROW_SPACING_M, rng), _axis(size, COLUMN_SPACING_M, rng)
        lines, road_class, names, gaps = [], [], [], []
        for axis, (across, along) in enumerate(((rows, columns), (columns, rows))):
            classes = _line_classes(across)
            for j, position in enumerate(across):
                runs = _runs(len(along), classes[j], rng)
                gaps.extend((axis, position, along[a], along[b]) for a, b in _run_gaps(runs))
                for k, (a, b, free_start, free_end) in enumerate(runs):
                    start, end = along[a], along[b]
                    if free_start:
                        start -= rng.uniform(-0.3, 2.0)  # a T-end: stops on or just past the crossing street
                    if free_end:
                        end += rng.uniform(-0.3, 2.0)
                    vertices = _straight_run(start, end, position, rng, axis)
                    lines.append(vertices)
                    road_class.append(classes[j])
                    names.append(_name(classes[j], axis, j, k))
        # consecutive runs of one street share their end vertex a few metres from the junction
        lines = _shift_shared_ends(lines, rng)
        self.n_lattice_lines = len(lines)
        lines += self._diagonal_roads(rng, road_class, names)
        self.gaps = np.array([gap[1:] for gap in gaps]), np.array([gap[0] for gap in gaps])
        lines += self._diagonal_alleys_and_stubs(rng, road_class, names)
        warps = [(amplitude, wavelength, rng.uniform(0, 2 * np.pi, 2)) for amplitude, wavelength in WARPS]
        self.lines = [_warp(vertices, warps) for vertices in lines]
        self.road_class = np.array(road_class, dtype=np.int32)
        self.names = names
        self.width_m = _widths(self.road_class, rng)
        self.total_km = sum(_polyline_length(line) for line in self.lines) / 1000.0

    def _diagonal_roads(self, rng, road_class, names):
        size, lines = self.size_m, []
        n_roads = max(2, int(round(size / 1000.0 / DIAGONAL_ROAD_EVERY_KM)) * 2)
        for k in range(n_roads):
            angle = rng.uniform(np.radians(25), np.radians(65)) + (np.pi / 2 if k % 2 else 0.0)
            direction = np.array([np.cos(angle), np.sin(angle)])
            centre = rng.uniform(0.2 * size, 0.8 * size, 2)
            # the chord of the square through centre along direction
            with np.errstate(divide="ignore"):
                t = np.concatenate([(np.array([0.0, size]) - centre[0]) / direction[0],
                                    (np.array([0.0, size]) - centre[1]) / direction[1]])
            t_start, t_end = np.max(np.sort(t)[:2]), np.min(np.sort(t)[2:])
            stations = [t_start]
            while stations[-1] < t_end:
                stations.append(min(t_end, stations[-1] + rng.uniform(*DIAGONAL_RUN_M)))
            for m, (a, b) in enumerate(zip(stations[:-1], stations[1:])):
                n = max(2, int((b - a) / 30.0) + 1)
                along = np.linspace(a, b, n)
                along[1:-1] += rng.uniform(-5, 5, n - 2)
                vertices = centre + along[:, None] * direction
                vertices[1:-1] += rng.normal(0, VERTEX_NOISE_M, (n - 2, 2))
                lines.append(vertices)
                road_class.append(2)
                names.append(f"Diagonal-daero {k + 1}")
        return lines

    def _diagonal_alleys_and_stubs(self, rng, road_class, names):
        """Short diagonal alleys and dead-end stubs, each starting just across a lattice street."""
        (gap_xy, gap_axis), lines = self.gaps, []
        lengths = np.abs(gap_xy[:, 2] - gap_xy[:, 1])
        usable = lengths > 30.0
        area_km2 = (self.size_m / 1000.0) ** 2
        for kind, per_km2, length_range in (("diagonal", DIAGONAL_ALLEYS_PER_KM2, DIAGONAL_ALLEY_M),
                                            ("stub", STUBS_PER_KM2, STUB_M)):
            n = int(round(per_km2 * area_km2))
            pick = rng.choice(np.flatnonzero(usable), n, p=lengths[usable] / lengths[usable].sum())
            for number, gap in enumerate(pick):
                position, a, b = gap_xy[gap]
                along = rng.uniform(a + 12.0, b - 12.0)
                side = rng.choice([-1.0, 1.0])
                if kind == "diagonal":
                    angle = side * rng.uniform(np.radians(30), np.radians(60))
                    direction = np.array([np.cos(angle) * rng.choice([-1.0, 1.0]), np.sin(angle)])
                else:
                    direction = np.array([rng.normal(0, 0.05), side])
                direction /= np.hypot(*direction)
                length = rng.uniform(*length_range)
                start = np.array([along, position])
                n_vertices = max(2, int(length / 20.0) + 1)
                vertices = start + np.linspace(-1.5, length, n_vertices)[:, None] * direction
                if gap_axis[gap] == 1:  # the gap is on a column: swap to x = position
                    vertices = vertices[:, ::-1]
                lines.append(vertices)
                road_class.append(4)
                names.append(f"{'Sa' if kind == 'diagonal' else 'Makdareun'}-gil {number + 1}")
        return lines

    # facilities, population, crimes ------------------------------------------------------------------------

    def _place_everything(self, rng):
        scale, km, area = self.scale, self.total_km, self.area_km2
        self.sampler = StreetSampler(self.lines)
        n_cores = max(1, int(round(area / CORE_EVERY_KM2)))
        self.cores = rng.uniform(0.12 * self.size_m, 0.88 * self.size_m, (n_cores, 2))
        self.core_sigma = rng.uniform(*CORE_SIGMA_M, n_cores)
        light_field = _smooth_field(rng, 1500.0)
        cctv_field = _smooth_field(rng, 2500.0)
        pop_field = _smooth_field(rng, 3000.0)

        def light_weight(xy):
            return 0.15 + 1.7 * light_field(xy) ** 2

        def cctv_weight(xy):
            return 0.2 + cctv_field(xy) + 1.5 * self.core(xy)

        self.lights = self.sampler.sample(max(scale["lights_min"], int(LIGHTS_PER_KM * km)), rng, light_weight, 12.0)
        self.cctv = self.sampler.sample(max(scale["cctv_min"], int(CCTV_PER_KM * km)), rng, cctv_weight, 3.5)
        self.cameras = rng.choice(CAMERAS, len(self.cctv), p=CAMERA_SHARES).astype(np.int32)
        self.risk_sites = np.concatenate([
            self.sampler.sample(int(0.75 * RISK_SITES_PER_KM2 * area), rng, lambda xy: self.core(xy) ** 2 + 1e-4, 8.0),
            self.sampler.sample(int(0.25 * RISK_SITES_PER_KM2 * area), rng, None, 8.0)])
        self.guardhouses = self.sampler.sample(max(2, int(GUARDHOUSES_PER_KM2 * area)), rng,
                                               lambda xy: 0.3 + self.core(xy), 8.0)
        self.police = self.sampler.sample(max(2, int(POLICE_PER_KM2 * area)), rng, None, 10.0)
        self.routes = self._routes(rng, max(5, int(scale["routes_per_km2"] * area)))
        route_sampler = StreetSampler(self.routes)
        route_km = route_sampler.total_m / 1000.0
        on_poles = self.cctv[rng.random(len(self.cctv)) < CCTV_POLE_BELL_SHARE]
        on_poles = on_poles + rng.normal(0.0, 0.5, on_poles.shape)
        along_routes = route_sampler.sample(int(BELLS_PER_ROUTE_KM * route_km), rng, None, 3.0)
        self.bells = np.concatenate([on_poles, along_routes])
        self.population = self._population(rng, pop_field)
        self.crimes, self.crime_dates, self.crime_types = self._crimes(rng, scale["crimes"])

    def core(self, xy):
        """Commercial-core intensity at ``xy``: 1 at a core's centre, falling off as a Gaussian."""
        value = np.zeros(len(xy))
        for centre, sigma in zip(self.cores, self.core_sigma):
            value = np.maximum(value, np.exp(-((xy - centre) ** 2).sum(axis=1) / (2 * sigma ** 2)))
        return value

    def _routes(self, rng, n):
        """Safe-return routes: 300–600 m stretches of lattice streets, digitised a few metres off."""
        lattice = [line for line in self.lines[:self.n_lattice_lines] if _polyline_length(line) >= ROUTE_LENGTH_M[0]]
        routes = []
        for index in rng.choice(len(lattice), n):
            line = lattice[index]
            cumulative = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(line, axis=0).T))])
            length = min(rng.uniform(*ROUTE_LENGTH_M), cumulative[-1])
            start = rng.uniform(0.0, cumulative[-1] - length)
            stations = np.linspace(start, start + length, max(2, int(length / 25.0)))
            points = np.column_stack([np.interp(stations, cumulative, line[:, 0]),
                                      np.interp(stations, cumulative, line[:, 1])])
            routes.append(points + rng.normal(0.0, 2.0, (1, 2)) + rng.normal(0.0, 0.7, points.shape))
        return routes

    def _population(self, rng, pop_field):
        """Female night-time population per 50 m cell, north-up, covering the city."""
        x_min, y_min, x_max, y_max = self.bounds()
        x0, y1 = np.floor(x_min / CELL_M) * CELL_M - CELL_M, np.ceil(y_max / CELL_M) * CELL_M + CELL_M
        width, height = int(np.ceil((x_max - x0) / CELL_M)) + 2, int(np.ceil((y1 - y_min) / CELL_M)) + 2
        xs = x0 + (np.arange(width) + 0.5) * CELL_M
        ys = y1 - (np.arange(height) + 0.5) * CELL_M
        grid = np.stack(np.meshgrid(xs, ys), axis=-1).reshape(-1, 2)
        density = FEMALE_NIGHT_POP_PER_KM2 * (0.2 + 1.6 * pop_field(grid)) + 25_000.0 * self.core(grid)
        people = density * (CELL_M / 1000.0) ** 2 * rng.lognormal(0.0, 0.25, len(grid))
        return people.reshape(height, width).astype(np.float32), (x0, CELL_M, 0.0, y1, 0.0, -CELL_M)

    def population_at(self, xy):
        values, (x0, dx, _, y1, _, dy) = self.population
        column = np.clip(((xy[:, 0] - x0) / dx).astype(int), 0, values.shape[1] - 1)
        row = np.clip(((xy[:, 1] - y1) / dy).astype(int), 0, values.shape[0] - 1)
        return values[row, column] / (CELL_M / 1000.0) ** 2  # people per km²

    def _crimes(self, rng, n):
        """``n`` synthetic crimes over three years, drawn along the streets with a factor-dependent rate."""
        from scipy.spatial import cKDTree
        candidates, normals = self.sampler.sample(12 * n, rng, None, 0.0, with_normals=True)
        tree = cKDTree(candidates)

        def within(points, radius_m, weights=None):
            pairs = tree.sparse_distance_matrix(cKDTree(points), radius_m, output_type="ndarray")
            w = None if weights is None else np.asarray(weights, dtype=np.float64)[pairs["j"]]
            return np.bincount(pairs["i"], weights=w, minlength=len(candidates))

        def nearest(points, cap_m=1000.0):
            distance, _ = cKDTree(points).query(candidates, distance_upper_bound=cap_m)
            return np.minimum(distance, cap_m)

        route_points = np.concatenate([StreetSampler([route]).stations(5.0) for route in self.routes])
        terms = (np.log(0.79) * np.log2(1 + within(self.lights, 25.0))
                 - np.log(0.64) * _ramp(nearest(self.lights), 20.0, 60.0)
                 + np.log(0.84) * np.log2(1 + within(self.cctv, 50.0, self.cameras))
                 - np.log(0.84) * _ramp(nearest(self.cctv), 30.0, 100.0)
                 + 1.2 * np.log1p(within(self.risk_sites, 50.0))
                 + 0.8 * np.log1p(self.population_at(candidates) / 10_000.0)
                 + np.log(0.9) * (nearest(route_points, 100.0) <= 15.0)
                 + 0.15 * _ramp(nearest(self.police), 200.0, 1000.0))
        self.crime_log_rate = terms
        weight = np.exp(terms - terms.max())
        chosen = rng.choice(len(candidates), n, p=weight / weight.sum())
        offset = np.clip(rng.normal(0.0, 7.0, n), -25.0, 25.0)
        xy = candidates[chosen] + offset[:, None] * normals[chosen]
        years = rng.choice(YEARS, n, p=YEAR_SHARES)
        days = rng.integers(0, 365, n)
        dates = [f"{year}-{month:02d}-{day:02d}" for year, (month, day) in
                 zip(years, (_month_day(d) for d in days))]
        types = rng.choice(CRIME_TYPES, n, p=CRIME_TYPE_SHARES)
        return xy, dates, types

    def bounds(self):
        coords = np.concatenate(self.lines)
        return (*coords.min(axis=0), *coords.max(axis=0))

    # writing ------------------------------------------------------------------------------------------------

    def write(self, folder):
        """Every layer under ``folder``, moved from the generator's origin to ORIGIN_XY in EPSG:5186."""
        folder.mkdir(parents=True, exist_ok=True)
        origin = np.array(ORIGIN_XY)
        paths = {"streets": folder / "city_streets.fgb", "population": folder / "population_night.tif"}
        _write_lines(paths["streets"], "FlatGeobuf", [line + origin for line in self.lines], {
            "name": (str, self.names), "road_class": (int, self.road_class), "width_m": (float, self.width_m)})
        points = {"cctv": (self.cctv, {"cameras": (int, self.cameras)}), "lights": (self.lights, {}),
                  "bells": (self.bells, {}), "guardhouses": (self.guardhouses, {}), "police": (self.police, {}),
                  "risk_sites": (self.risk_sites, {}),
                  "crimes": (self.crimes, {"date": ("date", self.crime_dates), "type": (str, self.crime_types)})}
        for name, (xy, fields) in points.items():
            paths[name] = folder / f"{name}.gpkg"
            _write_points(paths[name], xy + origin, fields)
        paths["safe_routes"] = folder / "safe_routes.gpkg"
        _write_lines(paths["safe_routes"], "GPKG", [route + origin for route in self.routes],
                     {"name": (str, [f"Safe-return route {k + 1}" for k in range(len(self.routes))])})
        values, (x0, dx, rx, y1, ry, dy) = self.population
        _write_raster(paths["population"], values, (x0 + origin[0], dx, rx, y1 + origin[1], ry, dy))
        return {name: str(path) for name, path in paths.items()}

    def describe(self):
        return {
            "street_km": round(self.total_km, 1), "street_lines": len(self.lines),
            "size_km": round(self.size_m / 1000, 2),
            "area_km2": round(self.area_km2, 1), "cctv_sites": len(self.cctv), "cameras": int(self.cameras.sum()),
            "lights": len(self.lights), "bells": len(self.bells), "guardhouses": len(self.guardhouses),
            "police_boxes": len(self.police), "risk_sites": len(self.risk_sites), "safe_routes": len(self.routes),
            "crimes": len(self.crimes), "population_cells": int(self.population[0].size),
            "median_line_m": round(float(np.median([_polyline_length(line) for line in self.lines])), 1),
        }


class StreetSampler:
    """Random points along polylines: uniform by length times a weight at the edge's midpoint."""

    def __init__(self, lines):
        self.starts = np.concatenate([line[:-1] for line in lines])
        self.ends = np.concatenate([line[1:] for line in lines])
        self.lengths = np.hypot(*(self.ends - self.starts).T)
        self.total_m = float(self.lengths.sum())

    def sample(self, n, rng, weight=None, offset_sd_m=0.0, with_normals=False):
        p = self.lengths * (1.0 if weight is None else weight((self.starts + self.ends) / 2.0))
        edge = rng.choice(len(self.lengths), n, p=p / p.sum())
        t = rng.random(n)[:, None]
        direction = (self.ends[edge] - self.starts[edge]) / np.maximum(self.lengths[edge], 1e-9)[:, None]
        normal = np.column_stack([-direction[:, 1], direction[:, 0]])
        xy = self.starts[edge] + t * (self.ends[edge] - self.starts[edge])
        xy += normal * rng.normal(0.0, 1.0, (n, 1)) * offset_sd_m
        return (xy, normal) if with_normals else xy

    def stations(self, step_m):
        points = [self.starts]
        for k in range(1, int(self.lengths.max() / step_m) + 1):
            t = k * step_m / np.maximum(self.lengths, 1e-9)
            keep = t < 1.0
            points.append(self.starts[keep] + t[keep, None] * (self.ends[keep] - self.starts[keep]))
        return np.concatenate(points)


def _axis(size_m, spacing, rng):
    gaps = rng.uniform(*spacing, int(size_m / spacing[0]) + 2)
    positions = np.concatenate([[0.0], np.cumsum(gaps)])
    positions = positions[positions < size_m - spacing[0] / 2]
    return np.append(positions, size_m)


def _line_classes(positions):
    classes = np.full(len(positions), 4, dtype=np.int32)
    classes[np.r_[True, np.diff(np.floor(positions / RO_EVERY_M)) > 0]] = 3
    classes[np.r_[True, np.diff(np.floor(positions / ARTERIAL_EVERY_M)) > 0]] = 2
    classes[[0, -1]] = 3  # the city's edge streets
    return classes


def _runs(n_nodes, road_class, rng):
    """Centre-lines along one lattice street: ``(first node, last node, starts free, ends free)`` per line.

    Gaps are dropped at random on 로 and 길 (never on 대로); a line runs over a few gaps and ends either at a
    dropped gap (a free end: a T-junction or dead end), the city edge, or a name change shared with the next line.
    """
    dropped = rng.random(n_nodes - 1) < (0.0 if road_class == 2 else DROP_GAP_P)
    runs, a = [], 0
    while a < n_nodes - 1:
        if dropped[a]:
            a += 1
            continue
        target = rng.integers(RUN_GAPS[road_class][0], RUN_GAPS[road_class][1] + 1)
        b = a
        while b < n_nodes - 1 and b - a < target and not dropped[b]:
            b += 1
        free_start = a == 0 or dropped[a - 1]
        free_end = b == n_nodes - 1 or dropped[b]
        runs.append((a, b, free_start and a != 0, free_end and b != n_nodes - 1))
        a = b
    return runs


def _run_gaps(runs):
    return [(k, k + 1) for a, b, _, _ in runs for k in range(a, b)]


def _straight_run(start, end, position, rng, axis):
    """Vertices from ``start`` to ``end`` along a row (axis 0, y = position) or a column (axis 1)."""
    length = end - start
    n_inner = max(0, int(length / rng.uniform(*VERTEX_SPACING_M)) - 1)
    along = np.sort(np.linspace(start, end, n_inner + 2)[1:-1] + rng.uniform(-3.0, 3.0, n_inner))
    along = np.concatenate([[start], along[(along > start + 1) & (along < end - 1)], [end]])
    across = np.full(len(along), position)
    across[1:-1] += rng.normal(0.0, VERTEX_NOISE_M, len(along) - 2)
    vertices = np.column_stack([along, across])
    return vertices if axis == 0 else vertices[:, ::-1]


def _shift_shared_ends(lines, rng):
    """Move each end vertex shared by two consecutive lines of one street up to 3 m along it, in both lines."""
    ends = {}
    for index, line in enumerate(lines):
        ends.setdefault(tuple(line[0]), []).append((index, 0))
        ends.setdefault(tuple(line[-1]), []).append((index, -1))
    for point, owners in ends.items():
        if len(owners) != 2 or owners[0][1] == owners[1][1]:
            continue
        (i, _), (j, _) = owners
        direction_i, direction_j = lines[i][-1] - lines[i][0], lines[j][-1] - lines[j][0]
        if abs(direction_i[0] * direction_j[1] - direction_i[1] * direction_j[0]) > \
                1e-6 * np.hypot(*direction_i) * np.hypot(*direction_j):
            continue  # two different streets meeting at the city edge
        point = np.array(point)
        room = min(np.hypot(*(lines[index][1 if end == 0 else -2] - point)) for index, end in owners)
        shift = direction_i / np.hypot(*direction_i) * rng.uniform(-1.0, 1.0) * min(3.0, 0.5 * room)
        for index, end in owners:
            lines[index][end] = point + shift
    return lines


def _warp(vertices, terms):
    x, y = vertices[:, 0].copy(), vertices[:, 1].copy()
    for amplitude, wavelength, (phase_x, phase_y) in terms:
        dx = amplitude * np.sin(2 * np.pi * vertices[:, 1] / wavelength + phase_x)
        dy = amplitude * np.sin(2 * np.pi * vertices[:, 0] / wavelength + phase_y)
        x, y = x + dx, y + dy
    return np.column_stack([x, y])


def _widths(road_class, rng):
    widths = rng.choice(ALLEY_WIDTHS_M, len(road_class), p=ALLEY_WIDTH_SHARES)
    widths = np.where(road_class == 3, rng.choice([12.0, 15.0, 20.0], len(road_class)), widths)
    return np.where(road_class == 2, rng.choice([25.0, 30.0, 35.0, 40.0, 50.0], len(road_class)), widths)


def _name(road_class, axis, j, k):
    if road_class == 2:
        return f"{'Dongseo' if axis == 0 else 'Nambuk'}-daero {j + 1}"
    if road_class == 3:
        return f"{'Dongseo' if axis == 0 else 'Nambuk'}-ro {j + 1}"
    return f"{'Dongseo' if axis == 0 else 'Nambuk'}-ro {j + 1}-gil {k + 1}"


def _smooth_field(rng, wavelength_m, n_waves=6):
    """A smooth random function of position with values in (0, 1)."""
    angles = rng.uniform(0, np.pi, n_waves)
    k = 2 * np.pi / (wavelength_m * rng.uniform(0.7, 1.4, n_waves))
    phases = rng.uniform(0, 2 * np.pi, n_waves)

    def field(xy):
        projection = xy[:, :1] * np.cos(angles) + xy[:, 1:] * np.sin(angles)
        value = np.cos(projection * k + phases).sum(axis=1) / np.sqrt(n_waves / 2)
        return 1.0 / (1.0 + np.exp(-1.5 * value))
    return field


def _ramp(values, start, full):
    return np.clip((values - start) / (full - start), 0.0, 1.0)


def _polyline_length(line):
    return float(np.hypot(*np.diff(line, axis=0).T).sum())


def _month_day(day_of_year):
    month_lengths = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    month = 0
    while day_of_year >= month_lengths[month]:
        day_of_year -= month_lengths[month]
        month += 1
    return month + 1, day_of_year + 1


# --- writing data with OGR / GDAL ------------------------------------------------------------------------------

def _srs():
    from osgeo import osr
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(CRS_EPSG)
    return srs


def _create_layer(path, driver_name, geometry_type, fields):
    from osgeo import ogr
    path = Path(path)
    if path.exists():
        path.unlink()
    source = ogr.GetDriverByName(driver_name).CreateDataSource(str(path))
    layer = source.CreateLayer(path.stem, _srs(), geometry_type)
    kinds = {str: ogr.OFTString, int: ogr.OFTInteger, float: ogr.OFTReal, "date": ogr.OFTDate}
    for name, (kind, _) in fields.items():
        layer.CreateField(ogr.FieldDefn(name, kinds[kind]))
    return source, layer


def _write_features(source, layer, wkbs, fields):
    from osgeo import ogr
    definition = layer.GetLayerDefn()
    columns = [(name, values.tolist() if isinstance(values, np.ndarray) else list(values))
               for name, (_, values) in fields.items()]
    layer.StartTransaction()
    for row, wkb in enumerate(wkbs):
        feature = ogr.Feature(definition)
        feature.SetGeometry(ogr.CreateGeometryFromWkb(wkb))
        for name, values in columns:
            feature.SetField(name, values[row])
        layer.CreateFeature(feature)
        if row % 100_000 == 99_999:
            layer.CommitTransaction()
            layer.StartTransaction()
    layer.CommitTransaction()
    source.FlushCache()


def _write_lines(path, driver_name, lines, fields):
    from osgeo import ogr
    source, layer = _create_layer(path, driver_name, ogr.wkbLineString, fields)
    header = np.array([1], dtype=np.uint8).tobytes() + np.array([2], dtype="<u4").tobytes()
    wkbs = (header + np.array([len(line)], dtype="<u4").tobytes() + np.ascontiguousarray(line, "<f8").tobytes()
            for line in lines)
    _write_features(source, layer, wkbs, fields)


def _write_points(path, xy, fields):
    from osgeo import ogr
    source, layer = _create_layer(path, "GPKG", ogr.wkbPoint, fields)
    header = np.array([1], dtype=np.uint8).tobytes() + np.array([1], dtype="<u4").tobytes()
    wkbs = (header + np.ascontiguousarray(point, "<f8").tobytes() for point in xy)
    _write_features(source, layer, wkbs, fields)


def _write_raster(path, values, geotransform):
    from osgeo import gdal
    driver = gdal.GetDriverByName("GTiff")
    raster = driver.Create(str(path), values.shape[1], values.shape[0], 1, gdal.GDT_Float32,
                           options=["COMPRESS=DEFLATE", "TILED=YES"])
    raster.SetGeoTransform(geotransform)
    raster.SetProjection(_srs().ExportToWkt())
    band = raster.GetRasterBand(1)
    band.SetNoDataValue(-1.0)
    band.WriteArray(values)
    raster.FlushCache()


def prepare_gangnam(folder):
    """Gangnam's real centre-lines reprojected to EPSG:5186 as FlatGeobuf (outside any timed call)."""
    from osgeo import gdal
    gdal.UseExceptions()
    out = folder / "gangnam_streets.fgb"
    if out.exists():
        out.unlink()
    gdal.VectorTranslate(str(out), str(GANGNAM), format="FlatGeobuf", dstSRS=f"EPSG:{CRS_EPSG}",
                         geometryType="PROMOTE_TO_MULTI", layerName="gangnam_streets")
    from osgeo import ogr
    source = ogr.Open(str(out))  # keep the data source alive while its layer is used
    layer = source.GetLayer(0)
    definition = layer.GetLayerDefn()
    return str(out), layer.GetFeatureCount(), [definition.GetFieldDefn(i).GetName()
                                               for i in range(definition.GetFieldCount())]


# --- running steps -----------------------------------------------------------------------------------------------

class Runner:
    """Runs bench_step.py in a fresh process per step, with an optional time cap, and keeps the results."""

    def __init__(self, folder):
        self.folder = folder
        self.steps = {}
        (folder / "steps").mkdir(parents=True, exist_ok=True)

    def run(self, name, spec, cap_s=None):
        spec_path = self.folder / "steps" / f"{name}.json"
        result_path = self.folder / "steps" / f"{name}.result.json"
        log_path = self.folder / "steps" / f"{name}.log"
        marker_path = self.folder / "steps" / f"{name}.started"
        for path in (result_path, marker_path):
            if path.exists():
                path.unlink()
        spec = dict(spec, started_marker=str(marker_path))
        for output in spec.get("count", {}).values():
            _remove_output(output)
        spec_path.write_text(json.dumps(spec, indent=1), encoding="utf-8")
        label = spec.get("algorithm", spec["kind"])
        log(f"[{time.strftime('%H:%M:%S')}] {name}: {label}" + (f" (cap {cap_s:.0f} s)" if cap_s else ""))
        busy_before = _others_cpu_share()  # other work on the machine inflates timings: keep it on record
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
        started = time.perf_counter()
        with open(log_path, "w", encoding="utf-8") as step_log:
            process = subprocess.Popen([sys.executable, str(STEP_SCRIPT), str(spec_path), str(result_path)],
                                       stdout=step_log, stderr=subprocess.STDOUT, env=env, cwd=str(ROOT),
                                       start_new_session=True)
            capped, call_started = False, None
            while True:
                pid, status, usage = os.wait4(process.pid, os.WNOHANG)
                if pid:
                    break
                if call_started is None and marker_path.exists():
                    call_started = time.perf_counter()  # the cap is on the timed call, not on QGIS start-up
                waited = time.perf_counter() - (started if call_started is None else call_started)
                if cap_s and waited > cap_s + (STARTUP_ALLOWANCE_S if call_started is None else 0.0):
                    os.killpg(process.pid, signal.SIGKILL)  # the step's own process group, started above
                    pid, status, usage = os.wait4(process.pid, 0)
                    capped = True
                    break
                time.sleep(0.2)
            process.returncode = os.waitstatus_to_exitcode(status)
        wall_s = time.perf_counter() - started
        if capped:
            result = {"ok": False, "capped": True, "seconds": cap_s, "error": f"killed after the {cap_s:.0f} s cap",
                      "peak_mb": usage.ru_maxrss / 1024.0}
        elif result_path.exists():
            result = json.loads(result_path.read_text(encoding="utf-8"))
        else:
            result = {"ok": False, "error": f"step exited with code {process.returncode} and no result "
                                            f"(see {log_path})", "tail": _tail(log_path)}
        result["process_wall_s"] = wall_s
        result["others_cpu_cores_before"] = busy_before
        result["log_file"] = str(log_path)
        self.steps[name] = result
        if result.get("ok"):
            counts = ", ".join(f"{n:,} features" for n in (result.get("counts") or {}).values() if n is not None)
            if "seconds" in result:
                log(f"    {result['seconds']:.1f} s, peak {result['peak_mb']:.0f} MB (RSS before "
                    f"{result['rss_before_mb']:.0f} MB){', ' + counts if counts else ''}")
        elif result.get("capped"):
            log(f"    > {cap_s:.0f} s: killed at the cap")
        else:
            log(f"    FAILED: {result.get('error')}")
            for line in (result.get("traceback") or "").strip().splitlines()[-12:]:
                log(f"      {line}")
        return result


def _others_cpu_share(seconds=1.0):
    """Cores' worth of CPU the rest of the machine used over ``seconds`` while the bench itself sleeps."""
    def busy_and_total():
        with open("/proc/stat", encoding="ascii") as stat:
            values = [int(value) for value in stat.readline().split()[1:]]
        return sum(values) - values[3] - values[4], sum(values)
    try:
        busy_start, total_start = busy_and_total()
        time.sleep(seconds)
        busy_end, total_end = busy_and_total()
    except (OSError, ValueError, IndexError):
        return None
    return (os.cpu_count() or 1) * (busy_end - busy_start) / max(total_end - total_start, 1)


def _remove_output(path):
    path = Path(str(path).split("|")[0])
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        if candidate.exists():
            candidate.unlink()


def _tail(path, lines=15):
    try:
        return "\n".join(Path(path).read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def processing_step(algorithm, parameters, count=None):
    return {"kind": "processing", "algorithm": algorithm, "parameters": parameters, "count": count or {}}


# --- the bench ----------------------------------------------------------------------------------------------------

def run_bench(args):
    scale = QUICK if args.quick else FULL
    out = Path(args.out).resolve()
    data = out / "data"
    out.mkdir(parents=True, exist_ok=True)
    rows = {int(row) for row in args.rows.split(",")}
    runner = Runner(out)
    cap = args.native_cap
    results = {"scale": scale["name"], "native_cap_s": cap, "machine": _machine(), "rows": {}, "city": None}
    bench_started = time.perf_counter()

    log(f"Anshim bench ({scale['name']}): Anshim vs QGIS native algorithms, each step in a fresh process.")
    started = time.perf_counter()
    log("Generating the synthetic city…")
    city = City(scale)
    paths = city.write(data)
    results["city"] = city.describe()
    log(f"  {city.total_km:,.0f} km of streets in {len(city.lines):,} lines over {city.area_km2:.0f} km² "
        f"(median line {results['city']['median_line_m']:.0f} m); {len(city.cctv):,} CCTV sites, "
        f"{len(city.lights):,} lights, {len(city.bells):,} bells, {len(city.guardhouses):,} guard houses, "
        f"{len(city.police):,} police boxes, {len(city.risk_sites):,} risk sites, {len(city.routes):,} safe-return "
        f"routes, {len(city.crimes):,} SYNTHETIC crimes 2023–2025, population raster "
        f"{city.population[0].shape[1]}×{city.population[0].shape[0]} cells of 50 m  "
        f"[{time.perf_counter() - started:.0f} s]")
    del city

    seg_anshim = str(out / "city_segments_anshim.gpkg")
    seg_native = str(out / "city_segments_native.gpkg")
    copied = ["name", "road_class", "width_m"]
    if rows & {1, 3, 4, 5, 6}:
        runner.run("segment_city_anshim", processing_step("anshim:segmentstreets", {
            "INPUT": paths["streets"], "MAX_LENGTH": 10, "FIELDS": copied, "OUTPUT": seg_anshim},
            {"OUTPUT": seg_anshim}))
    if 1 in rows:
        runner.run("segment_city_native", processing_step("native:splitlinesbylength", {
            "INPUT": paths["streets"], "LENGTH": 10, "OUTPUT": seg_native}, {"OUTPUT": seg_native}), cap)
        results["rows"]["segmentation_city"] = _segmentation_row(
            runner, "segment_city_anshim", "segment_city_native")

    if 2 in rows:
        if GANGNAM.exists():
            gangnam, n_lines, field_names = prepare_gangnam(data)
            log(f"Gangnam: {n_lines:,} real centre-lines reprojected to EPSG:{CRS_EPSG} (not timed).")
            g_anshim, g_native = str(out / "gangnam_segments_anshim.gpkg"), str(out / "gangnam_segments_native.gpkg")
            runner.run("segment_gangnam_anshim", processing_step("anshim:segmentstreets", {
                "INPUT": gangnam, "MAX_LENGTH": 10, "FIELDS": field_names, "OUTPUT": g_anshim}, {"OUTPUT": g_anshim}))
            runner.run("segment_gangnam_native", processing_step("native:splitlinesbylength", {
                "INPUT": gangnam, "LENGTH": 10, "OUTPUT": g_native}, {"OUTPUT": g_native}), cap)
            results["rows"]["segmentation_gangnam"] = _segmentation_row(
                runner, "segment_gangnam_anshim", "segment_gangnam_native")
        else:
            reason = f"{GANGNAM} is absent (../shared is not next to the repository)"
            log(f"Gangnam: skipped: {reason}.")
            results["rows"]["segmentation_gangnam"] = {"skipped": reason}

    factors = str(out / "city_factors.gpkg")
    if rows & {3, 4, 5, 6} and runner.steps.get("segment_city_anshim", {}).get("ok"):
        runner.run("factors_city_anshim", processing_step("anshim:computefactors", {
            "INPUT": seg_anshim, "CCTV": paths["cctv"], "CCTV_CAMERAS_FIELD": "cameras", "LIGHTS": paths["lights"],
            "BELLS": paths["bells"], "GUARDHOUSES": paths["guardhouses"], "POLICE": paths["police"],
            "RISK_SITES": paths["risk_sites"], "SAFE_ROUTES": paths["safe_routes"],
            "POPULATION_RASTER": paths["population"], "CRIMES": paths["crimes"], "CRIME_DATE_FIELD": "date",
            "WIDTH_FIELD": "width_m", "OUTPUT": factors}, {"OUTPUT": factors}))
    if 3 in rows and runner.steps.get("segment_city_anshim", {}).get("ok"):
        cctv_only = str(out / "city_factors_cctv_only.gpkg")  # the native chain's one factor, end to end
        runner.run("factors_city_anshim_cctv", processing_step("anshim:computefactors", {
            "INPUT": seg_anshim, "CCTV": paths["cctv"], "CCTV_CAMERAS_FIELD": "cameras", "OUTPUT": cctv_only},
            {"OUTPUT": cctv_only}))
        buffered, counted = str(out / "native_cctv_buffer.gpkg"), str(out / "native_cctv_count.gpkg")
        runner.run("native_cctv_buffer", processing_step("native:buffer", {
            "INPUT": seg_anshim, "DISTANCE": 50, "SEGMENTS": 5, "END_CAP_STYLE": 0, "JOIN_STYLE": 0,
            "MITER_LIMIT": 2, "DISSOLVE": False, "OUTPUT": buffered}, {"OUTPUT": buffered}), cap)
        if runner.steps["native_cctv_buffer"].get("ok"):
            runner.run("native_cctv_count", processing_step("native:countpointsinpolygon", {
                "POLYGONS": buffered, "POINTS": paths["cctv"], "WEIGHT": "cameras", "FIELD": "cctv_n",
                "OUTPUT": counted}, {"OUTPUT": counted}), cap)

    model = str(out / "city.anshim")
    graded = str(out / "city_graded.gpkg")
    if rows & {4, 5, 6} and runner.steps.get("factors_city_anshim", {}).get("ok"):
        runner.run("train_city_anshim", processing_step("anshim:trainmodel", {
            "INPUT": factors, "SYNTHETIC_CRIMES": True, "MODEL": model, "REPORT": str(out / "city_model_card.html")}))
        if runner.steps["train_city_anshim"].get("ok"):
            runner.run("grade_city_anshim", processing_step("anshim:gradestreets", {
                "INPUT": factors, "MODEL": model, "OUTPUT": graded}, {"OUTPUT": graded}))
    if 5 in rows and runner.steps.get("grade_city_anshim", {}).get("ok"):
        runner.run("scenario", {"kind": "scenario", "graded": graded, "model": model, "calls": 20,
                                "windows": [{"name": "district", "segments": scale["district_segments"]},
                                            {"name": "city", "segments": 10 ** 9}]})

    if 6 in rows and runner.steps.get("grade_city_anshim", {}).get("ok"):
        runner.run("planner", {"kind": "planner", "graded": graded, "model": model, "calls": 20,
                               "windows": [{"name": "district", "segments": scale["district_segments"]},
                                           {"name": "city", "segments": 10 ** 9}]})

    if 3 in rows and not args.skip_native_crime and runner.steps.get("segment_city_anshim", {}).get("ok"):
        joined = str(out / "native_crime_join.gpkg")
        runner.run("native_crime_join", processing_step("native:joinbynearest", {
            "INPUT": paths["crimes"], "INPUT_2": seg_anshim, "FIELDS_TO_COPY": ["seg_id"], "DISCARD_NONMATCHING": False,
            "PREFIX": "", "NEIGHBORS": 1, "MAX_DISTANCE": 30, "OUTPUT": joined}, {"OUTPUT": joined}), cap)
    if 3 in rows:
        results["rows"]["factors_city"] = _factor_row(runner, seg_anshim, factors)
    if 4 in rows:
        results["rows"]["train_grade_city"] = {name: _anshim_summary(runner.steps.get(step)) for name, step in
                                               (("train", "train_city_anshim"), ("grade", "grade_city_anshim"))}
    if 5 in rows:
        results["rows"]["scenario"] = _scenario_row(runner)
    if 6 in rows:
        results["rows"]["planner"] = _planner_row(runner)

    results["steps"] = runner.steps
    results["total_s"] = time.perf_counter() - bench_started
    (out / "results.json").write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    print_table(results)
    log(f"\nCrimes are SYNTHETIC (drawn from a factor-dependent rate), not real records. Results: "
        f"{out / 'results.json'}; step logs in {out / 'steps'}. Whole bench {results['total_s'] / 60:.1f} min.")


def _anshim_summary(step):
    if step is None:
        return {"skipped": "not run"}
    keys = ("ok", "seconds", "peak_mb", "rss_before_mb", "counts", "error")
    return {key: step.get(key) for key in keys if key in step}


def _segmentation_row(runner, anshim_name, native_name):
    anshim, native = runner.steps.get(anshim_name, {}), runner.steps.get(native_name, {})
    row = {"anshim": _anshim_summary(anshim), "native": _anshim_summary(native) | {"capped": native.get("capped")}}
    if anshim.get("ok") and (native.get("ok") or native.get("capped")):
        row["ratio_anshim_over_native"] = anshim["seconds"] / native["seconds"]
        row["ratio_is_upper_bound"] = bool(native.get("capped"))
    return row


def _factor_row(runner, segments, factors):
    anshim = runner.steps.get("factors_city_anshim", {})
    cctv_only = runner.steps.get("factors_city_anshim_cctv", {})
    buffer, count = runner.steps.get("native_cctv_buffer", {}), runner.steps.get("native_cctv_count", {})
    join = runner.steps.get("native_crime_join")
    row = {"anshim_all_factors": _anshim_summary(anshim), "anshim_cctv_only": _anshim_summary(cctv_only)}
    if anshim.get("ok"):
        row["factor_fields"] = sorted(set(_field_names(factors)) - set(_field_names(segments)))
        row["anshim_seconds_per_factor"] = anshim["seconds"] / len(row["factor_fields"])
    native = {}
    if buffer:
        capped = buffer.get("capped") or count.get("capped") or not count
        seconds = buffer.get("seconds", 0.0) + count.get("seconds", 0.0)
        native["cctv_n"] = {"buffer": _anshim_summary(buffer), "count": _anshim_summary(count), "seconds": seconds,
                            "lower_bound": bool(capped), "ok": bool(buffer.get("ok") and count.get("ok")),
                            "peak_mb": max(buffer.get("peak_mb", 0.0), count.get("peak_mb", 0.0))}
        if cctv_only.get("ok"):
            native["cctv_n"]["ratio_native_over_anshim_cctv_only"] = seconds / cctv_only["seconds"]
    if join:
        native["crime_n"] = {"join": _anshim_summary(join), "seconds": join.get("seconds"),
                             "lower_bound": True, "ok": bool(join.get("ok")), "peak_mb": join.get("peak_mb"),
                             "note": "join only; counting crimes per segment would need a further step"}
    row["native_per_factor"] = native
    if anshim.get("ok"):
        for name, entry in native.items():
            if entry.get("seconds"):
                entry["ratio_native_over_anshim_all"] = entry["seconds"] / anshim["seconds"]
                entry["ratio_native_over_anshim_per_factor"] = entry["seconds"] / row["anshim_seconds_per_factor"]
    return row


def _field_names(path):
    from osgeo import ogr
    source = ogr.Open(str(path))
    if source is None:
        return []
    definition = source.GetLayer(0).GetLayerDefn()
    return [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]


def _scenario_row(runner):
    step = runner.steps.get("scenario")
    if not step:
        return {"skipped": "not run"}
    if not step.get("ok"):
        return {"error": step.get("error"), "traceback": step.get("traceback")}
    return {**step.get("windows", {}), "read_s": step.get("read_s")}


def _planner_row(runner):
    step = runner.steps.get("planner")
    if not step:
        return {"skipped": "not run"}
    if not step.get("ok"):
        return {"error": step.get("error"), "traceback": step.get("traceback")}
    return dict(step.get("windows", {}))


def _machine():
    cpu = ""
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo", encoding="ascii")
                   if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    qgis = ""
    try:
        qgis = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "qgis"], capture_output=True, text=True).stdout
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version(), "qgis": qgis,
            "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2 ** 30, 1)}


# --- the table --------------------------------------------------------------------------------------------------

def print_table(results):
    rows = results["rows"]
    cap = results["native_cap_s"]
    table = []

    def seconds(step):
        if not step:
            return "—"
        if step.get("capped"):
            return f"> {cap:.0f}"
        if not step.get("ok"):
            return "FAILED"
        return f"{step['seconds']:.1f}"

    def peak(step):
        """Peak RSS of the step's process, and in brackets its rise over the RSS just before the timed call."""
        if not (step and step.get("ok") and step.get("peak_mb")):
            return "—"
        if step.get("rss_before_mb") is None:
            return f"{step['peak_mb']:.0f}"
        return f"{step['peak_mb']:.0f} (+{step['peak_mb'] - step['rss_before_mb']:.0f})"

    def mark(ok):
        return "met" if ok else "MISSED"

    for key, title in (("segmentation_city", "Segmentation, city"), ("segmentation_gangnam", "Segmentation, Gangnam")):
        row = rows.get(key)
        if row is None:
            continue
        if "skipped" in row:
            table.append((title, "skipped", "", "", "", row["skipped"]))
            continue
        anshim, native = row["anshim"], row["native"]
        ratio = row.get("ratio_anshim_over_native")
        ratio_text = "—" if ratio is None else f"{'≤ ' if row.get('ratio_is_upper_bound') else ''}{ratio:.2f}×"
        goal = "≤ 2× native, < 2 GB"
        if ratio is not None and anshim.get("ok"):
            goal += f": {mark(ratio <= GOALS['seg_ratio'])}, {mark(anshim['peak_mb'] < GOALS['seg_peak_mb'])}"
        table.append((title, seconds(anshim), seconds(native), ratio_text, peak(anshim), goal))
        counts = (anshim.get("counts") or {}).get("OUTPUT"), (native.get("counts") or {}).get("OUTPUT")
        table.append(("  segments out", _count(counts[0]), _count(counts[1]), "", f"native peak {peak(native)}", ""))

    row = rows.get("factors_city")
    if row:
        anshim = row["anshim_all_factors"]
        n_fields = len(row.get("factor_fields", []))
        table.append((f"Factors, city: Anshim all {n_fields} fields", seconds(anshim), "", "", peak(anshim),
                      "< 20 s" + (f": {mark(anshim['seconds'] < GOALS['factor_s'])}" if anshim.get("ok") else "")))
        if row.get("anshim_seconds_per_factor"):
            table.append(("  Anshim per factor field (all / fields)", f"{row['anshim_seconds_per_factor']:.2f}",
                          "", "", "", ""))
        cctv_only = row.get("anshim_cctv_only") or {}
        if cctv_only.get("ok") is not None:
            table.append(("  Anshim CCTV only (+ street structure)", seconds(cctv_only), "", "", peak(cctv_only),
                          "(end to end, one factor)"))
        for name, entry in row["native_per_factor"].items():
            parts = (entry.get("buffer"), entry.get("count")) if name == "cctv_n" else (entry.get("join"),)
            how = "buffer 50 m + count (cameras)" if name == "cctv_n" else "joinbynearest 30 m (join only)"
            native_text = _native_text(entry, cap, parts)
            lower = entry.get("lower_bound") or any(p and p.get("capped") for p in parts)
            native_peak = max((p.get("peak_mb") or 0.0 for p in parts if p), default=0.0)
            table.append((f"  native {name}: {how}", "", native_text, "", f"native peak {native_peak:.0f}"
                          if native_peak else "", ""))
            for key, label, judged in (("ratio_native_over_anshim_per_factor", "per factor field", True),
                                       ("ratio_native_over_anshim_all", "vs all fields", False),
                                       ("ratio_native_over_anshim_cctv_only", "vs CCTV-only run", False)):
                ratio = entry.get(key)
                if ratio is None:
                    continue
                ratio_text = f"{'≥ ' if lower else ''}{ratio:.{1 if ratio >= 1 else 2}f}×"
                goal = ("native/Anshim ≥ 50× per factor: " + mark(ratio >= GOALS["factor_ratio"])) if judged else ""
                table.append((f"    native {name} / Anshim {label}", "", "", ratio_text, "", goal))
    row = rows.get("train_grade_city")
    if row:
        table.append(("Train, city", seconds(row["train"]), "", "", peak(row["train"]), "(report)"))
        grade = row["grade"]
        count = (grade.get("counts") or {}).get("OUTPUT")
        table.append((f"Grade, city ({_count(count)} segments)", seconds(grade), "", "", peak(grade),
                      "< 10 s" + (f": {mark(grade['seconds'] < GOALS['grade_s'])}" if grade.get("ok") else "")))
    row = rows.get("scenario")
    if row:
        if "error" in row:
            table.append(("Scenario add_point", "FAILED", "", "", "", row["error"][:60]))
        for name, goal in (("district", GOALS["district_ms"]), ("city", GOALS["city_ms"])):
            window = row.get(name)
            if window:
                table.append((f"Scenario add_point, {name} ({_count(window['n_segments'])} seg)",
                              f"{window['median_ms']:.1f} ms", "", "", f"{window['peak_mb']:.0f}",
                              f"< {goal:.0f} ms: {mark(window['median_ms'] < goal)} (max {window['max_ms']:.0f} ms, "
                              f"set-up {window['setup_s']:.1f} s)"))

    row = rows.get("planner")
    if row:
        if "error" in row:
            table.append(("Planner dock", "FAILED", "", "", "", row["error"][:60]))
        for name, goal in (("district", GOALS["district_ms"]), ("city", GOALS["city_ms"])):
            window = row.get(name)
            if window:
                table.append((f"Planner click → overlay + numbers, {name} ({_count(window['n_segments'])} seg)",
                              f"{window['median_ms']:.1f} ms", "", "", f"{window['peak_mb']:.0f}",
                              f"< {goal:.0f} ms: {mark(window['median_ms'] < goal)} (max {window['max_ms']:.0f} ms; "
                              f"engine alone {window['engine_median_ms']:.1f} ms)"))
        city = row.get("city")
        if city:
            table.append((f"Open planner, city ({_count(city['n_segments'])} seg)", f"{city['open_s']:.1f}", "", "",
                          f"{city['peak_mb']:.0f} (+{city['open_rise_mb']:.0f})",
                          f"< {GOALS['planner_open_s']:.0f} s: {mark(city['open_s'] < GOALS['planner_open_s'])}"))

    header = ("step", "anshim s", "native s", "ratio", "anshim peak MB", "goal")
    widths = [max(len(str(line[i])) for line in table + [header]) for i in range(len(header))]
    print()
    city = results.get("city") or {}
    print(f"Anshim bench, {results['scale']} city: {city.get('street_km', 0):,.0f} km of streets, "
          f"{city.get('street_lines', 0):,} lines; native cap {cap:.0f} s; {results['machine']['cpu']}, "
          f"{results['machine']['cores']} cores, QGIS {results['machine']['qgis']}")
    print(" | ".join(str(value).ljust(width) for value, width in zip(header, widths)))
    print("-+-".join("-" * width for width in widths))
    for line in table:
        print(" | ".join(str(value).ljust(width) for value, width in zip(line, widths)))
    busy = [step["others_cpu_cores_before"] for step in results.get("steps", {}).values()
            if step.get("others_cpu_cores_before") is not None]
    if busy:
        print(f"CPU used by other processes just before each step: {min(busy):.1f}–{max(busy):.1f} of "
              f"{results['machine']['cores']} cores" + (" (timings may be inflated)." if max(busy) > 0.3 else "."))
    print("Seconds: one processing.run in a fresh process (QGIS start-up excluded). Peak MB: the process's peak RSS, "
          "QGIS included (+ the rise over the RSS just before the call).")


def _native_text(entry, cap, parts):
    texts = []
    for part in parts:
        if not part:
            texts.append("not run")
        elif part.get("ok"):
            texts.append(f"{part['seconds']:.1f}")
        elif "killed" in str(part.get("error", "")):
            texts.append(f"> {cap:.0f}")
        else:
            texts.append("FAILED")
    return " + ".join(texts)


def _count(value):
    return "—" if value is None else f"{value:,}"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a ~10x smaller city, for development")
    parser.add_argument("--native-cap", type=float, default=900.0, help="seconds before a native step is killed")
    parser.add_argument("--out", default=str(ROOT / "build" / "bench"), help="output folder (default build/bench)")
    parser.add_argument("--rows", default="1,2,3,4,5,6",
                        help="rows to run, e.g. 1,2 (default all; 6 is the planner dock)")
    parser.add_argument("--skip-native-crime", action="store_true", help="skip native:joinbynearest for crime_n")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    run_bench(args)


if __name__ == "__main__":
    main()
