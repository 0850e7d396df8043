"""Population density sampled from a raster of counts and from counted polygons."""
import numpy as np
import pytest

from anshim.engine.factors.exposure import polygon_area_m2, polygon_density, raster_density

# 2 x 2 cells of 250 m (0.0625 km²), north-up, top-left corner at (100, 1000); one nodata cell and one NaN.
CELL_KM2 = 0.0625
VALUES = np.array([[10.0, 20.0], [-1.0, 40.0]])
GEOTRANSFORM = (100.0, 250.0, 0.0, 1000.0, 0.0, -250.0)


def test_raster_density_is_people_per_km2_of_the_cell_under_each_point():
    points = np.array([[200, 900], [400, 900], [200, 600], [400, 600], [99, 900], [700, 900], [200, 1001]])
    density = raster_density(VALUES, GEOTRANSFORM, -1.0, points)
    assert density.tolist() == [10 / CELL_KM2, 20 / CELL_KM2, 0.0, 40 / CELL_KM2, 0.0, 0.0, 0.0]


def test_raster_nan_cells_and_missing_nodata_read_as_zero():
    values = np.array([[np.nan, 5.0], [1.0, 2.0]])
    density = raster_density(values, GEOTRANSFORM, None, np.array([[200, 900], [400, 900], [np.nan, 900]]))
    assert density.tolist() == [0.0, 5 / CELL_KM2, 0.0]


def test_raster_stored_bottom_up_and_rotated():
    bottom_up = (100.0, 250.0, 0.0, 500.0, 0.0, 250.0)  # row 0 is the southern row
    assert raster_density(VALUES, bottom_up, -1.0, np.array([[200, 600]])).tolist() == [10 / CELL_KM2]
    # Columns run north and rows run east: the cell one step north of the origin is column 1, row 0.
    rotated = (0.0, 0.0, 250.0, 0.0, 250.0, 0.0)
    assert raster_density(VALUES, rotated, -1.0, np.array([[100, 300]])).tolist() == [20 / CELL_KM2]


OUTER_A = [(0, 0), (100, 0), (100, 100), (0, 100), (0, 0)]  # anticlockwise
HOLE_A = [(25, 25), (25, 75), (75, 75), (75, 25), (25, 25)]  # clockwise
SQUARE_B = [(100, 0), (100, 100), (300, 100), (300, 0), (100, 0)]  # clockwise


def test_polygon_area_subtracts_holes_whatever_the_ring_orientation():
    rings = [np.array(OUTER_A, float), np.array(HOLE_A, float)]
    assert polygon_area_m2(rings) == 7500.0
    assert polygon_area_m2([np.array(SQUARE_B, float)]) == 20000.0


def test_polygon_density_divides_the_count_by_the_area_and_leaves_holes_empty():
    polygons = [[np.array(OUTER_A, float), np.array(HOLE_A, float)], [np.array(SQUARE_B, float)]]
    counts = np.array([15.0, 10.0])
    points = np.array([[10, 10], [50, 50], [90, 50], [200, 50], [400, 50], [50, 150], [20, 25.0]])
    density = polygon_density(polygons, counts, points)
    assert density.tolist() == pytest.approx([2000.0, 0.0, 2000.0, 500.0, 0.0, 0.0, 2000.0])


def test_point_on_a_shared_edge_belongs_to_exactly_one_polygon():
    polygons = [[np.array(OUTER_A, float)], [np.array(SQUARE_B, float)]]
    density = polygon_density(polygons, np.array([10.0, 10.0]), np.array([[100.0, 50.0]]))
    assert density.tolist()[0] in (1000.0, 500.0)


def test_ray_through_a_vertex_is_counted_once():
    diamond = [np.array([(0, -10), (10, 0), (0, 10), (-10, 0), (0, -10)], float)]
    points = np.array([[-20.0, 0.0], [-5.0, 0.0], [0.0, 0.0]])
    density = polygon_density([diamond], np.array([2.0]), points)
    assert density.tolist() == pytest.approx([0.0, 1e4, 1e4])
