"""Population exposure sampled at points, as people per km², from a raster of counts or from counted polygons.

Exposure layers come as counts (KT's floating population per 250 m grid cell or per 행정동, residents per census
unit). Dividing by the cell or polygon area makes sources of different resolution comparable.
"""
import numpy as np

M2_PER_KM2 = 1e6


def raster_density(values, geotransform, nodata, points):
    """People per km² of the raster cell under each point; 0 for nodata, NaN cells and points outside the raster.

    ``values[row, col]`` is the number of people in that cell. ``geotransform`` is GDAL's
    ``(x0, pixel_width, row_rotation, y0, column_rotation, pixel_height)``, rotation included.
    """
    values = np.asarray(values, dtype=np.float64)
    points = np.asarray(points, dtype=np.float64).reshape(-1, 2)
    x0, dx_col, dx_row, y0, dy_col, dy_row = (float(v) for v in geotransform)
    to_pixel = np.linalg.inv(np.array([[dx_col, dx_row], [dy_col, dy_row]]))
    col_row = (points - [x0, y0]) @ to_pixel.T
    inside = np.all(np.isfinite(col_row), axis=1)
    col_row[~inside] = -1
    col, row = np.floor(col_row).astype(np.int64).T
    inside &= (col >= 0) & (col < values.shape[1]) & (row >= 0) & (row < values.shape[0])
    people = np.zeros(len(points))
    people[inside] = values[row[inside], col[inside]]
    invalid = ~np.isfinite(people) if nodata is None else (people == nodata) | ~np.isfinite(people)
    people[invalid] = 0.0
    cell_area_km2 = abs(dx_col * dy_row - dx_row * dy_col) / M2_PER_KM2
    return people / cell_area_km2


def polygon_density(polygons, counts, points):
    """``count / area`` in people per km² of the polygon holding each point, 0 outside every polygon.

    ``polygons`` is a list of polygons, each a list of ``(n, 2)`` rings: the outer ring first, holes after it. A point
    inside a hole is outside the polygon. Where polygons overlap, the first one holding the point wins. A multipolygon
    feature given as several polygons should have its count shared among them in proportion to their areas.
    """
    points = np.asarray(points, dtype=np.float64).reshape(-1, 2)
    density = np.zeros(len(points))
    unassigned = np.all(np.isfinite(points), axis=1)
    for rings, count in zip(polygons, np.asarray(counts, dtype=np.float64)):
        rings = [np.asarray(ring, dtype=np.float64).reshape(-1, 2) for ring in rings]
        area_km2 = polygon_area_m2(rings) / M2_PER_KM2
        if not rings or area_km2 <= 0:
            continue
        low, high = rings[0].min(axis=0), rings[0].max(axis=0)
        candidate = np.flatnonzero(unassigned & np.all((points >= low) & (points <= high), axis=1))
        inside = candidate[_inside_rings(points[candidate], rings)]
        density[inside] = count / area_km2
        unassigned[inside] = False
    return density


def polygon_area_m2(rings):
    """Area of a polygon given as rings (outer first, holes after), whatever the rings' orientation."""
    areas = [abs(_signed_ring_area(ring)) for ring in rings]
    return areas[0] - sum(areas[1:]) if areas else 0.0


def _signed_ring_area(ring):
    x, y = ring[:, 0] - ring[0, 0], ring[:, 1] - ring[0, 1]
    return 0.5 * float(np.dot(x, np.roll(y, -1)) - np.dot(np.roll(x, -1), y))


def _inside_rings(points, rings):
    """Even-odd rule over all rings: a ray to the right crosses the boundary an odd number of times.

    With points sorted by y, the points an edge can cross form one contiguous run, so only those pairs are tested.
    """
    order = np.argsort(points[:, 1], kind="stable")
    sorted_y = points[order, 1]
    crossings = np.zeros(len(points), dtype=np.int64)
    for ring in rings:
        start, end = ring, np.roll(ring, -1, axis=0)
        low_y, high_y = np.minimum(start[:, 1], end[:, 1]), np.maximum(start[:, 1], end[:, 1])
        # Half-open [low_y, high_y) so a ray through a vertex counts exactly one of the two edges meeting there.
        first, stop = np.searchsorted(sorted_y, low_y, "left"), np.searchsorted(sorted_y, high_y, "left")
        n_pairs = stop - first
        edge = np.repeat(np.arange(len(ring)), n_pairs)
        run_offset = np.repeat(first - (np.cumsum(n_pairs) - n_pairs), n_pairs)
        point = order[run_offset + np.arange(n_pairs.sum())]
        x_crossing = start[edge, 0] + (points[point, 1] - start[edge, 1]) * (
            (end[edge, 0] - start[edge, 0]) / (end[edge, 1] - start[edge, 1]))
        crossings += np.bincount(point[points[point, 0] < x_crossing], minlength=len(points))
    return crossings % 2 == 1
