"""The female night-time population raster: 50 m cells, denser near the night-life core and along streets."""
from typing import NamedTuple

import numpy as np

from ..dependencies import require
from ..network.geometry import points_along
from .calibration import CELL_M, CORE_SIGMA_FRACTION, FEMALE_NIGHT_POP_PER_KM2, GIL, POPULATION_CELL_SD
from .placement import stations
from .streets import smooth_field


class PopulationRaster(NamedTuple):
    """People per cell; ``geotransform`` in GDAL order, north up."""

    values: np.ndarray
    geotransform: tuple
    nodata: float


def population_raster(size_m, origin, core_xy, streets, rng):
    """Female night-time population per 50 m cell: residential everywhere, several times denser in the commercial
    core, more along main streets, varying from block to block (log-normal, σ POPULATION_CELL_SD); scaled to
    Yeongdeungpo's median 13,400 per km²."""
    n_cells = int(np.ceil(size_m / CELL_M))
    column_x = origin[0] + (np.arange(n_cells) + 0.5) * CELL_M
    row_y = origin[1] + n_cells * CELL_M - (np.arange(n_cells) + 0.5) * CELL_M
    centres = np.stack(np.meshgrid(column_x, row_y), axis=-1).reshape(-1, 2)
    line, along = stations(streets.lines, streets.road_class != GIL, 10.0)
    to_main_street = require("scipy.spatial").cKDTree(points_along(streets.lines, line, along)[0]).query(centres)[0]
    core_sigma_m = CORE_SIGMA_FRACTION * size_m
    relative = (1.0 + 0.3 * smooth_field(centres - origin, rng, 800.0)
                + 3.0 * np.exp(-0.5 * (np.hypot(*(centres - core_xy).T) / (1.5 * core_sigma_m)) ** 2)
                + 0.5 * np.exp(-0.5 * (to_main_street / 60.0) ** 2))
    relative = np.maximum(relative, 0.1) * np.exp(rng.normal(0.0, POPULATION_CELL_SD, len(centres)))
    per_km2 = FEMALE_NIGHT_POP_PER_KM2 * relative / relative.mean()
    values = (per_km2 * CELL_M ** 2 / 1e6).reshape(n_cells, n_cells).astype(np.float32)
    geotransform = (float(origin[0]), CELL_M, 0.0, float(origin[1] + n_cells * CELL_M), 0.0, -CELL_M)
    return PopulationRaster(values, geotransform, -9999.0)
