"""Issue 21, second part: inputs that gave a silent wrong result or an unclear message now get a clear sentence."""
import os

import pytest
from qgis.core import QgsProcessingException
from support import demo_table as layer, digest, memory_layer


def test_duplicate_streets_are_warned_with_the_layer_and_how_many(run_algorithm):
    """S09: every street given twice doubled the network without a word."""
    lines = ["LINESTRING(0 0, 30 0, 30 25)", "LINESTRING(0 0, 0 40)"]
    streets = memory_layer("LineString", "EPSG:5186", lines + ["LINESTRING(30 25, 30 0, 0 0)", lines[1]],
                           name="twice")
    _, messages = run_algorithm("anshim:segmentstreets", {"INPUT": streets, "OUTPUT": "memory:"})
    warning = [message for message in messages if "exactly the vertices of another line" in message]
    assert len(warning) == 1 and "'twice'" in warning[0] and ": 2 line(s)" in warning[0]
    _, messages = run_algorithm("anshim:segmentstreets", {
        "INPUT": memory_layer("LineString", "EPSG:5186", lines, name="once"), "OUTPUT": "memory:"})
    assert not any("exactly the vertices" in message for message in messages)


def test_a_text_field_given_as_a_factor_is_called_text_not_empty(demo, run_algorithm):
    """T07: FACTORS=name said "Factor(s) name have no values"; the field has values, they are text."""
    before = digest(demo / "demo.gpkg")
    with pytest.raises(QgsProcessingException) as raised:
        run_algorithm("anshim:trainmodel", {"INPUT": layer(demo, "segment_factors"), "FACTORS": ["name", "cctv_n"],
                                            "MODEL": str(demo / "m.anshim")})
    message = str(raised.value)
    assert "field 'name' of layer" in message and "holds text" in message and "needs numbers" in message
    assert "demo.gpkg|layername=segment_factors" in message and "cctv_n" in message.split("numeric fields are:")[1]
    assert digest(demo / "demo.gpkg") == before and not (demo / "m.anshim").exists()


def test_a_geopackage_table_is_named_by_file_and_table_not_by_the_file_alone(demo, run_algorithm):
    """Under qgis_process every table of anshim_demo.gpkg was called 'anshim_demo' in messages."""
    with pytest.raises(QgsProcessingException) as raised:
        run_algorithm("anshim:trainmodel", {"INPUT": layer(demo, "segment_factors"), "FACTORS": ["cctv_nn"],
                                            "MODEL": str(demo / "m.anshim")})
    assert "layer 'demo.gpkg|layername=segment_factors' has no field 'cctv_nn'" in str(raised.value)


def test_a_pair_value_shared_by_two_destinations_is_warned(demo, run_algorithm):
    """R00: one origin 'a' and two destinations 'a' silently used the first destination."""
    from qgis.core import QgsVectorLayer
    graded = QgsVectorLayer(layer(demo, "graded_segments"), "graded", "ogr")
    crs = graded.crs().authid()
    mids = [feature.geometry().interpolate(feature.geometry().length() / 2).asPoint()
            for feature in graded.getFeatures() if feature.id() in (1, 200, 400, 600, 800)]
    wkt = [f"POINT({point.x()} {point.y()})" for point in mids]
    origins = memory_layer("Point", crs, wkt[:2], [("pair", "string")], [["a"], ["b"]], "starts")
    destinations = memory_layer("Point", crs, wkt[2:], [("pair", "string")], [["a"], ["a"], ["b"]], "ends")
    _, messages = run_algorithm("anshim:saferoute", {
        "INPUT": layer(demo, "graded_segments"), "ORIGINS": origins, "DESTINATIONS": destinations,
        "PAIR_FIELD": "pair", "OUTPUT": "memory:"})
    warning = [message for message in messages if "shared by two or more destinations" in message]
    assert len(warning) == 1 and "'ends'" in warning[0] and "('a')" in warning[0] and "first destination" in warning[0]
    assert not any("shared by two or more origins" in message for message in messages)


def test_saving_a_style_into_a_read_only_geopackage_says_so(demo, run_algorithm, monkeypatch):
    """ST04: QGIS said "Error looking for style. The query was logged". The read-only mount is simulated: as root,
    only a read-only file system makes os.access say no, and tests cannot mount one."""
    from anshim.processing_algorithms import style_grades
    path = demo / "demo.gpkg"
    real_access = os.access
    monkeypatch.setattr(style_grades.os, "access", lambda where, mode: False if str(where) in (
        str(path), str(demo)) and mode == os.W_OK else real_access(where, mode))
    before = digest(path)
    with pytest.raises(QgsProcessingException) as raised:
        run_algorithm("anshim:stylegrades", {"INPUT": layer(demo, "graded_segments"), "SAVE_AS_DEFAULT": True})
    message = str(raised.value)
    assert "is read-only" in message and str(path) in message and "Error looking for style" not in message
    monkeypatch.undo()
    assert digest(path) == before


def test_crime_year_fields_cut_by_a_shapefile_are_warned_by_trainmodel(demo, run_algorithm):
    """T19: read back from a Shapefile, crime_n_2023 was crime_n_20 and the temporal hold-out was skipped silently."""
    from osgeo import gdal
    from anshim.qgis_io.plausibility import cut_field_names
    shapefile = demo / "factors.shp"
    gdal.VectorTranslate(str(shapefile), str(demo / "demo.gpkg"), layers=["segment_factors"], format="ESRI Shapefile")
    results, messages = run_algorithm("anshim:trainmodel", {"INPUT": str(shapefile),
                                                            "MODEL": str(demo / "m.anshim")})
    warning = [message for message in messages if "were cut to 10 characters" in message]
    assert len(warning) == 1 and "crime_n_20" in warning[0] and "'factors'" in warning[0]
    assert "no temporal hold-out" in warning[0]
    demo_fields = ["crime_n", "crime_n_2023", "crime_n_2024", "hist_recent", "hist_k100", "cctv_n"]
    assert cut_field_names(demo_fields, ["hist_recent", "hist_k100"], "crime_n_") == []
