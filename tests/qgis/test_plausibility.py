"""Plausibility is checked with a message (issue 21: F05, F06c, F06d, T01, F07a, F07b, F07c, F07h)."""
import shutil
import sqlite3

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsVectorLayer

from support import demo_table as layer


@pytest.fixture
def demo(demo_run, tmp_path):
    folder, _ = demo_run
    shutil.copy(folder / "anshim_demo.gpkg", tmp_path / "demo.gpkg")
    shutil.copy(folder / "population_night.tif", tmp_path / "pop.tif")
    return tmp_path


def factors(run_algorithm, demo, **parameters):
    result, messages = run_algorithm("anshim:computefactors", {"INPUT": layer(demo, "segments"), **parameters,
                                                               "OUTPUT": str(demo / "f.gpkg")})
    return QgsVectorLayer(result["OUTPUT"], "f", "ogr"), messages


@pytest.mark.parametrize("bad", [-5, 1e9, 65])
def test_f05_implausible_camera_counts_of_existing_cctv_are_refused(demo, run_algorithm, bad):
    gdal.VectorTranslate(str(demo / "cams.gpkg"), str(demo / "demo.gpkg"), SQLStatement=(
        f"SELECT geom, CASE WHEN fid % 3 = 0 THEN {bad} ELSE 2 END AS cameras FROM cctv"), layerName="cctv")
    with pytest.raises(QgsProcessingException, match="not a whole number from 0 to 64"):
        factors(run_algorithm, demo, CCTV=f"{demo / 'cams.gpkg'}|layername=cctv", CCTV_CAMERAS_FIELD="cameras")


def test_f06_crime_years_after_this_year_or_before_1900_are_set_aside_with_a_warning(demo, run_algorithm):
    gdal.VectorTranslate(str(demo / "cr.gpkg"), str(demo / "demo.gpkg"), SQLStatement=(
        "SELECT geom, CASE WHEN fid % 3 = 0 THEN '2099-12-31' WHEN fid % 3 = 1 THEN '1850-01-01' ELSE date END "
        "AS date FROM synthetic_crimes"), layerName="crimes")
    result, messages = factors(run_algorithm, demo, CRIMES=f"{demo / 'cr.gpkg'}|layername=crimes",
                               CRIME_DATE_FIELD="date")
    names = result.fields().names()
    assert "crime_n_2099" not in names and "crime_n_1850" not in names
    assert any("after" in message and "before 1900" in message for message in messages)


def write_population(demo, change):
    source = gdal.Open(str(demo / "pop.tif"))
    copy = gdal.GetDriverByName("GTiff").CreateCopy(str(demo / "pop_bad.tif"), source)
    band = copy.GetRasterBand(1)
    values = band.ReadAsArray().astype(np.float64)
    change(copy, band, values)
    copy = None
    return str(demo / "pop_bad.tif")


def test_f07b_negative_population_cells_are_refused(demo, run_algorithm):
    def negative(copy, band, values):
        values[:, :20] = -500
        band.WriteArray(values)
    with pytest.raises(QgsProcessingException, match="negative number of people"):
        factors(run_algorithm, demo, POPULATION_RASTER=write_population(demo, negative))


def test_f07h_a_population_raster_that_does_not_overlap_is_refused(demo, run_algorithm):
    def far_away(copy, band, values):
        x0, width, a, y0, b, height = copy.GetGeoTransform()
        copy.SetGeoTransform((x0 + 50_000, width, a, y0 + 50_000, b, height))
    with pytest.raises(QgsProcessingException, match="does not overlap"):
        factors(run_algorithm, demo, POPULATION_RASTER=write_population(demo, far_away))


def test_f07a_nodata_cells_are_counted_in_the_log(demo, run_algorithm):
    def nodata(copy, band, values):
        values[::6, :] = -9999
        band.WriteArray(values)
        band.SetNoDataValue(-9999)
    _, messages = factors(run_algorithm, demo, POPULATION_RASTER=write_population(demo, nodata))
    assert any("have no value (nodata or NaN)" in message for message in messages)
