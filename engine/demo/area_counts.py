"""The demo's synthetic crimes as counts per area, the way police and statistics offices release them.

Two area layers: a regular grid of 100 m cells (the cell size of the Ministry of the Interior's CCTV siting model
and of Pre-CAS) and about twenty 행정동-like districts (a grid of blocks with jittered corners, shared between
neighbours, so districts neither overlap nor leave gaps). Each area gets its crime count per year.
"""
from dataclasses import dataclass

import numpy as np

from ..factors.crime_areas import AreaPolygons, points_in_areas

GRID_CELL_M = 100.0
DISTRICT_COUNT = 20
DISTRICT_CORNER_JITTER = 0.25  # of a block's width or height


@dataclass
class AreaCounts:
    """Area polygons (:class:`AreaPolygons`), a name per area, and per year the crimes counted in each area."""

    polygons: AreaPolygons
    names: np.ndarray
    counts_by_year: dict  # {year: (n_areas,) counts}

    def rows(self):
        """One row per area and year: ``(area index, name, year, count)`` arrays, the layout of a released table."""
        years = sorted(self.counts_by_year)
        n_areas = self.polygons.n_areas
        area = np.tile(np.arange(n_areas), len(years))
        return (area, self.names[area], np.repeat(years, n_areas),
                np.concatenate([self.counts_by_year[year] for year in years]))


def grid_polygons(bounds, cell_m=GRID_CELL_M):
    """Square cells of ``cell_m`` covering ``bounds`` (x_min, y_min, x_max, y_max), row by row from the south-west."""
    x_min, y_min, x_max, y_max = bounds
    xs = x_min + cell_m * np.arange(int(np.ceil((x_max - x_min) / cell_m)))
    ys = y_min + cell_m * np.arange(int(np.ceil((y_max - y_min) / cell_m)))
    x, y = (grid.ravel() for grid in np.meshgrid(xs, ys))
    corners = np.stack([np.column_stack([x, y]), np.column_stack([x + cell_m, y]),
                        np.column_stack([x + cell_m, y + cell_m]), np.column_stack([x, y + cell_m])], axis=1)
    names = np.array([f"{cell_m:.0f}m_{int(row)}_{int(column)}" for row, column in
                      zip((y - y_min) // cell_m, (x - x_min) // cell_m)], dtype=object)
    return _quads(corners), names


def district_polygons(bounds, rng, count=DISTRICT_COUNT):
    """About ``count`` districts: a grid of blocks whose inner corners are jittered, shared by the neighbours."""
    x_min, y_min, x_max, y_max = bounds
    columns = max(1, int(round(np.sqrt(count * (x_max - x_min) / (y_max - y_min)))))
    rows = max(1, int(round(count / columns)))
    xs, ys = np.linspace(x_min, x_max, columns + 1), np.linspace(y_min, y_max, rows + 1)
    corner_x, corner_y = np.meshgrid(xs, ys)  # (rows + 1, columns + 1)
    jitter = DISTRICT_CORNER_JITTER * rng.uniform(-1.0, 1.0, (2,) + corner_x.shape)
    corner_x[1:-1, 1:-1] += jitter[0, 1:-1, 1:-1] * (xs[1] - xs[0])
    corner_y[1:-1, 1:-1] += jitter[1, 1:-1, 1:-1] * (ys[1] - ys[0])
    row, column = (grid.ravel() for grid in np.meshgrid(np.arange(rows), np.arange(columns), indexing="ij"))
    corners = np.stack([np.column_stack([corner_x[r, c], corner_y[r, c]]) for r, c in
                        ((row, column), (row, column + 1), (row + 1, column + 1), (row + 1, column))], axis=1)
    names = np.array([f"동{number + 1:02d}" for number in range(len(row))], dtype=object)
    return _quads(corners), names


def _quads(corners):
    n_areas = len(corners)
    return AreaPolygons(corners.reshape(-1, 2), np.arange(0, 4 * n_areas + 1, 4, dtype=np.int64),
                        np.arange(n_areas, dtype=np.int64), n_areas)


def count_crimes(polygons, names, crime_xy, crime_years):
    """:class:`AreaCounts` of the crimes at ``crime_xy`` in ``polygons`` per year (crimes outside every area are
    not counted, as a released table would not hold them)."""
    point, area = points_in_areas(crime_xy, polygons)
    years = np.asarray(crime_years)
    counts = {int(year): np.bincount(area[years[point] == year], minlength=polygons.n_areas).astype(np.float64)
              for year in np.unique(years)}
    return AreaCounts(polygons, names, counts)


def covering_bounds(district, cell_m=GRID_CELL_M):
    """The district's bounds widened by whole cells to cover every street and crime (streets bend a little beyond
    the square and crimes lie a few metres off them), so every crime is counted in some area."""
    x_min, y_min, x_max, y_max = district.bounds
    xy = np.concatenate([district.crimes.xy, district.streets.lines.coords])
    low = np.floor((np.minimum(xy.min(axis=0), (x_min, y_min)) - (x_min, y_min)) / cell_m) * cell_m + (x_min, y_min)
    high = np.ceil((np.maximum(xy.max(axis=0), (x_max, y_max)) - (x_min, y_min)) / cell_m) * cell_m + (x_min, y_min)
    return (low[0], low[1], high[0], high[1])


def demo_area_counts(district, kind="grid", seed=0):
    """The demo district's crimes as counts per 100 m cell (``kind="grid"``) or per district (``"districts"``)."""
    bounds = covering_bounds(district)
    if kind == "grid":
        polygons, names = grid_polygons(bounds)
    else:
        polygons, names = district_polygons(bounds, np.random.default_rng(seed))
    return count_crimes(polygons, names, district.crimes.xy, district.crimes.years)
