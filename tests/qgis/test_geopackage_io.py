"""GeoPackage in, GeoPackage out: the bulk path gives exactly what QGIS's own iterators and sinks give, writes a
valid GeoPackage, never touches its input and leaves nothing behind when cancelled."""
import hashlib
import shutil
import sqlite3

import pytest
from osgeo import ogr, osr
from osgeo_utils.samples import validate_gpkg
from qgis.core import (QgsFeatureRequest, QgsProcessingException, QgsProcessingFeatureSourceDefinition, QgsProject,
                       QgsVectorLayer)


@pytest.fixture
def bulk_writes(monkeypatch):
    """The outputs written by the bulk GeoPackage path during the test."""
    from anshim.qgis_io import geopackage
    written = []
    original = geopackage.copy_with_columns

    def recording(table, output, *args, **kwargs):
        written.append(output)
        return original(table, output, *args, **kwargs)

    monkeypatch.setattr(geopackage, "copy_with_columns", recording)
    return written


@pytest.fixture
def demo_geopackage(demo_run, tmp_path):
    """A private copy of the demo GeoPackage, so tests that write into it leave the shared one alone."""
    folder, _ = demo_run
    path = tmp_path / "demo.gpkg"
    shutil.copy(folder / "anshim_demo.gpkg", path)
    return path


@pytest.fixture
def demo_model(demo_run):
    folder, _ = demo_run
    return str(folder / "anshim_demo.anshim")


def layer(path, name):
    loaded = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert loaded.isValid()
    return loaded


def in_memory(source):
    """The same features as a memory layer, which only QGIS's iterators can read."""
    return source.materialize(QgsFeatureRequest())


def table_contents(uri):
    """Field names and types, then every feature's ISO WKB and values in fid order, read with GDAL."""
    path, _, name = uri.partition("|layername=")
    source = ogr.Open(path)
    table = source.GetLayerByName(name) if name else source.GetLayer(0)
    definition = table.GetLayerDefn()
    schema = [(definition.GetFieldDefn(i).GetName(), definition.GetFieldDefn(i).GetTypeName())
              for i in range(definition.GetFieldCount())]
    rows = [(bytes(feature.GetGeometryRef().ExportToIsoWkb()),
             [feature.GetField(i) for i in range(definition.GetFieldCount())]) for feature in table]
    return schema, rows


def file_digest(path):
    with open(path, "rb") as content:
        return hashlib.sha256(content.read()).hexdigest()


def factor_parameters(path, segments):
    return {"INPUT": segments, "CCTV": layer(path, "cctv"), "CCTV_CAMERAS_FIELD": "cameras",
            "LIGHTS": layer(path, "lights"), "POLICE": layer(path, "police"),
            "SAFE_ROUTES": layer(path, "safe_routes"), "CRIMES": layer(path, "synthetic_crimes"),
            "CRIME_DATE_FIELD": "date", "WIDTH_FIELD": "width_m"}


def line_geopackage(path, name, features, text_fields=(), integer_fields=()):
    """A GeoPackage at ``path`` with line layer ``name`` in EPSG:5186 holding ``features``, each ``(values, wkt)``
    (a field -> value dict; a None wkt gives a row without geometry). Returns the layer's fid of each feature."""
    source = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    crs = osr.SpatialReference()
    crs.ImportFromEPSG(5186)
    table = source.CreateLayer(name, crs, ogr.wkbLineString)
    for field, kind in [(field, ogr.OFTString) for field in text_fields] + [
            (field, ogr.OFTInteger) for field in integer_fields]:
        table.CreateField(ogr.FieldDefn(field, kind))
    fids = []
    for values, wkt in features:
        feature = ogr.Feature(table.GetLayerDefn())
        for field, value in values.items():
            if value is not None:
                feature.SetField(field, value)
        if wkt:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        table.CreateFeature(feature)
        fids.append(feature.GetFID())
    return table, source, fids


def test_factors_from_geopackage_equal_the_qgis_path_value_for_value(demo_geopackage, run_algorithm, tmp_path,
                                                                     bulk_writes):
    segments = layer(demo_geopackage, "segments")
    bulk, _ = run_algorithm("anshim:computefactors", dict(factor_parameters(demo_geopackage, segments),
                                                          OUTPUT=str(tmp_path / "bulk.gpkg")))
    assert len(bulk_writes) == 1
    sinked, _ = run_algorithm("anshim:computefactors", dict(factor_parameters(demo_geopackage, in_memory(segments)),
                                                            OUTPUT=str(tmp_path / "sinked.gpkg")))
    assert len(bulk_writes) == 1  # a memory layer goes through QGIS's sink
    bulk_schema, bulk_rows = table_contents(bulk["OUTPUT"])
    sink_schema, sink_rows = table_contents(sinked["OUTPUT"])
    assert bulk_schema == sink_schema
    assert {"cctv_n", "light_d", "police_d", "route", "crime_n_2024", "width_m"} <= {name for name, _ in bulk_schema}
    assert len(bulk_rows) == len(sink_rows) == segments.featureCount()
    assert bulk_rows == sink_rows


def test_flatgeobuf_read_by_gdal_gives_what_qgis_reads(demo_geopackage, run_algorithm, tmp_path, bulk_writes):
    """A file that is not a GeoPackage is still read whole by GDAL; its output goes through QGIS's sink."""
    from qgis import processing
    flatgeobuf = str(tmp_path / "segments.fgb")
    processing.run("native:savefeatures", {"INPUT": layer(demo_geopackage, "segments"), "OUTPUT": flatgeobuf})
    segments = QgsVectorLayer(flatgeobuf, "segments", "ogr")
    direct, _ = run_algorithm("anshim:computefactors", dict(factor_parameters(demo_geopackage, segments),
                                                            OUTPUT=str(tmp_path / "direct.gpkg")))
    through_qgis, _ = run_algorithm("anshim:computefactors", dict(factor_parameters(demo_geopackage, in_memory(segments)),
                                                                  OUTPUT=str(tmp_path / "through_qgis.gpkg")))
    assert bulk_writes == []
    assert table_contents(direct["OUTPUT"]) == table_contents(through_qgis["OUTPUT"])


def test_grades_from_geopackage_equal_the_qgis_path_value_for_value(demo_run, run_algorithm, tmp_path, bulk_writes):
    folder, _ = demo_run
    factors = layer(folder / "anshim_demo.gpkg", "segment_factors")
    model = str(folder / "anshim_demo.anshim")
    bulk, _ = run_algorithm("anshim:gradestreets", {"INPUT": factors, "MODEL": model,
                                                    "OUTPUT": str(tmp_path / "bulk.gpkg")})
    sinked, _ = run_algorithm("anshim:gradestreets", {"INPUT": in_memory(factors), "MODEL": model,
                                                      "OUTPUT": str(tmp_path / "sinked.gpkg")})
    assert len(bulk_writes) == 1
    bulk_schema, bulk_rows = table_contents(bulk["OUTPUT"])
    assert (bulk_schema, bulk_rows) == table_contents(sinked["OUTPUT"])
    grades = {values[[name for name, _ in bulk_schema].index("grade")] for _, values in bulk_rows}
    assert grades == {1, 2, 3, 4, 5}


def test_segments_written_in_bulk_equal_the_qgis_sink_value_for_value(demo_geopackage, run_algorithm, tmp_path):
    from qgis.core import QgsWkbTypes
    streets = layer(demo_geopackage, "streets")
    parameters = {"INPUT": streets, "MAX_LENGTH": 10, "FIELDS": ["name", "road_class", "width_m"]}
    bulk, _ = run_algorithm("anshim:segmentstreets", dict(parameters, OUTPUT=str(tmp_path / "bulk.gpkg")))
    sinked, _ = run_algorithm("anshim:segmentstreets", dict(parameters, OUTPUT="memory:"))
    written = QgsVectorLayer(bulk["OUTPUT"], "bulk", "ogr")
    assert written.wkbType() == QgsWkbTypes.LineString and written.crs() == streets.crs()
    assert [field.name() for field in written.fields()] == ["fid"] + sinked["OUTPUT"].fields().names()
    expected = [(feature.geometry().asWkb(), feature.attributes()) for feature in sinked["OUTPUT"].getFeatures()]
    assert [(feature.geometry().asWkb(), feature.attributes()[1:]) for feature in written.getFeatures()] == expected
    assert len(expected) > 10_000
    validate_gpkg.check(bulk["OUTPUT"], abort_at_first_error=True, extra_checks=True)
    with sqlite3.connect(bulk["OUTPUT"]) as database:
        assert database.execute("SELECT rtreecheck('rtree_bulk_geom')").fetchone()[0] == "ok"


def test_written_geopackage_is_valid_with_spatial_index_extent_and_count(demo_run, run_algorithm, tmp_path):
    folder, _ = demo_run
    factors = layer(folder / "anshim_demo.gpkg", "segment_factors")
    target = tmp_path / "graded.gpkg"
    result, _ = run_algorithm("anshim:gradestreets", {"INPUT": factors, "MODEL": str(folder / "anshim_demo.anshim"),
                                                      "OUTPUT": str(target)})
    validate_gpkg.check(str(target), abort_at_first_error=True, extra_checks=True)  # raises on any violation
    graded = QgsVectorLayer(result["OUTPUT"], "graded", "ogr")
    assert graded.featureCount() == factors.featureCount()
    assert graded.extent() == factors.extent()
    assert graded.dataProvider().hasSpatialIndex() == graded.dataProvider().SpatialIndexPresent
    with sqlite3.connect(target) as database:
        assert database.execute("SELECT count(*) FROM rtree_graded_geom").fetchone()[0] == factors.featureCount()
        assert database.execute("SELECT rtreecheck('rtree_graded_geom')").fetchone()[0] == "ok"
    request = QgsFeatureRequest(graded.extent().buffered(-graded.extent().width() * 0.45))
    assert 0 < len(list(graded.getFeatures(request))) < graded.featureCount()


def test_table_written_into_an_existing_geopackage_replaces_only_itself(demo_geopackage, demo_model, run_algorithm):
    before = ogr.Open(str(demo_geopackage)).GetLayerCount()
    destination = f"ogr:dbname='{demo_geopackage}' table=\"graded_again\" (geom)"
    for _ in range(2):  # the second run replaces the table written by the first
        result, _ = run_algorithm("anshim:gradestreets", {
            "INPUT": layer(demo_geopackage, "segment_factors"), "MODEL": demo_model, "OUTPUT": destination})
    assert result["OUTPUT"] == f"{demo_geopackage}|layername=graded_again"
    assert ogr.Open(str(demo_geopackage)).GetLayerCount() == before + 1
    assert layer(demo_geopackage, "graded_again").featureCount() == layer(demo_geopackage, "segment_factors").featureCount()
    validate_gpkg.check(str(demo_geopackage), abort_at_first_error=True)


def test_output_over_its_own_input_is_refused_and_the_input_untouched(demo_geopackage, demo_model, run_algorithm):
    digest = file_digest(demo_geopackage)
    with pytest.raises(QgsProcessingException, match="would overwrite the input layer"):
        run_algorithm("anshim:gradestreets", {
            "INPUT": layer(demo_geopackage, "segment_factors"), "MODEL": demo_model,
            "OUTPUT": f"ogr:dbname='{demo_geopackage}' table=\"segment_factors\" (geom)"})
    assert file_digest(demo_geopackage) == digest


@pytest.mark.parametrize("into_existing_file", [False, True])
def test_cancel_while_writing_leaves_no_output(demo_geopackage, demo_model, run_algorithm, tmp_path, bulk_writes,
                                               into_existing_file):
    class CancelAtWriting(run_algorithm.Feedback):
        def setProgress(self, progress):  # noqa: N802 (QGIS's name)
            if progress >= 80:
                self.cancel()
            super().setProgress(progress)

    if into_existing_file:
        destination = f"ogr:dbname='{demo_geopackage}' table=\"graded_cancelled\" (geom)"
    else:
        destination = str(tmp_path / "cancelled.gpkg")
    layers_before = ogr.Open(str(demo_geopackage)).GetLayerCount()
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_algorithm("anshim:gradestreets", {
            "INPUT": layer(demo_geopackage, "segment_factors"), "MODEL": demo_model,
            "OUTPUT": destination}, feedback=CancelAtWriting())
    assert len(bulk_writes) == 1  # the output had been created when Cancel was pressed
    assert not (tmp_path / "cancelled.gpkg").exists()
    assert ogr.Open(str(demo_geopackage)).GetLayerCount() == layers_before


def test_selected_features_only_are_read_through_qgis(demo_geopackage, demo_model, run_algorithm, bulk_writes):
    factors = layer(demo_geopackage, "segment_factors")
    QgsProject.instance().addMapLayer(factors)
    try:
        run_algorithm("anshim:gradestreets", {"INPUT": QgsProcessingFeatureSourceDefinition(factors.id()),
                                              "MODEL": demo_model, "OUTPUT": "TEMPORARY_OUTPUT"})
        assert len(bulk_writes) == 1  # the whole layer, named by its id in the project, is copied in bulk
        factors.selectByExpression('"seg_id" <= 100')
        result, _ = run_algorithm("anshim:gradestreets", {
            "INPUT": QgsProcessingFeatureSourceDefinition(factors.id(), selectedFeaturesOnly=True),
            "MODEL": demo_model, "OUTPUT": "TEMPORARY_OUTPUT"})
        assert result["OUTPUT"].featureCount() == 100
        assert len(bulk_writes) == 1
    finally:
        QgsProject.instance().removeMapLayer(factors.id())


def test_virtual_fields_are_read_and_written_through_qgis(demo_geopackage, demo_model, run_algorithm, tmp_path,
                                                         bulk_writes):
    from qgis.core import QgsField
    from qgis.PyQt.QtCore import QVariant
    factors = layer(demo_geopackage, "segment_factors")
    factors.addExpressionField('"seg_id" * 2', QgsField("double_id", QVariant.Int))
    result, _ = run_algorithm("anshim:gradestreets", {"INPUT": factors, "MODEL": demo_model,
                                                      "OUTPUT": str(tmp_path / "graded.gpkg")})
    assert bulk_writes == []
    graded = QgsVectorLayer(result["OUTPUT"], "graded", "ogr")
    assert all(feature["double_id"] == 2 * feature["seg_id"] for feature in graded.getFeatures())


def test_geopackage_rows_without_geometry_are_skipped_and_logged(run_algorithm, tmp_path, bulk_writes):
    path = str(tmp_path / "segments.gpkg")
    segments, source, _ = line_geopackage(path, "segments", [
        ({"seg_id": 1}, "LINESTRING (0 0,10 0)"), ({"seg_id": 2}, None), ({"seg_id": 3}, "LINESTRING (10 0,20 0)")],
        integer_fields=["seg_id"])
    source = segments = None
    result, messages = run_algorithm("anshim:computefactors", {"INPUT": path, "OUTPUT": str(tmp_path / "out.gpkg")})
    assert len(bulk_writes) == 1
    assert "Street segments: 1 feature(s) without geometry were skipped." in messages
    written = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    assert [(feature["seg_id"], feature["dead_end"]) for feature in written.getFeatures()] == [(1, 1), (3, 1)]


def rtree_ids_in(path, rtree, box):
    """Ids the GeoPackage's R-tree finds in ``box`` (min x, max x, min y, max y), after checking its structure."""
    with sqlite3.connect(path) as database:
        assert database.execute(f"SELECT rtreecheck('{rtree}')").fetchone()[0] == "ok"
        return [row[0] for row in database.execute(
            f"SELECT id FROM {rtree} WHERE maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ? ORDER BY id",
            (box[0], box[1], box[2], box[3]))]


def test_spatial_index_finds_what_the_input_index_finds(demo_geopackage, demo_model, run_algorithm, tmp_path):
    """A graded copy of every input row under the same fids takes the input's R-tree: it answers alike."""
    factors = layer(demo_geopackage, "segment_factors")
    result, _ = run_algorithm("anshim:gradestreets", {"INPUT": factors, "MODEL": demo_model,
                                                      "OUTPUT": str(tmp_path / "graded.gpkg")})
    extent = factors.extent()
    box = (extent.xMinimum(), extent.center().x(), extent.yMinimum(), extent.center().y())
    found = rtree_ids_in(result["OUTPUT"], "rtree_graded_geom", box)
    assert 0 < len(found) < factors.featureCount()
    assert found == rtree_ids_in(str(demo_geopackage), "rtree_segment_factors_geom", box)


def test_spatial_index_is_packed_when_input_fids_have_gaps(run_algorithm, tmp_path):
    path = str(tmp_path / "segments.gpkg")
    segments, source, fids = line_geopackage(path, "segments", [
        ({}, "LINESTRING (0 0,10 0)"), ({}, "LINESTRING (10 0,20 0)"), ({}, "LINESTRING (20 0,20 10)")])
    segments.DeleteFeature(fids[0])
    source = segments = None
    result, _ = run_algorithm("anshim:computefactors", {"INPUT": path, "OUTPUT": str(tmp_path / "out.gpkg")})
    assert rtree_ids_in(result["OUTPUT"], "rtree_out_geom", (15.0, 25.0, 5.0, 15.0)) == [2]
    assert rtree_ids_in(result["OUTPUT"], "rtree_out_geom", (-1.0, 30.0, -1.0, 30.0)) == [1, 2]


def test_a_segment_too_long_for_one_page_keeps_every_vertex_and_nulls_stay_null(run_algorithm, tmp_path):
    """A winding street of 5,000 vertices cut into 1 km segments: its blobs exceed the 64 KiB page of the bulk
    file, so those rows get their geometry one by one; the street without a name keeps NULL, not a word."""
    path = str(tmp_path / "streets.gpkg")
    winding = "LINESTRING (" + ",".join(f"{i * 0.2:.1f} {(i % 2) * 0.1:.1f}" for i in range(5000)) + ")"
    streets, source, _ = line_geopackage(path, "streets", [
        ({"name": "굽은길"}, winding), ({"name": None}, "LINESTRING (0 50,30 50)")], text_fields=["name"])
    source = streets = None
    result, _ = run_algorithm("anshim:segmentstreets", {"INPUT": path, "MAX_LENGTH": 2000, "FIELDS": ["name"],
                                                        "OUTPUT": str(tmp_path / "segments.gpkg")})
    written = QgsVectorLayer(result["OUTPUT"], "segments", "ogr")
    features = sorted(written.getFeatures(), key=lambda feature: feature["seg_id"])
    vertices = [len(feature.geometry().asPolyline()) for feature in features]
    assert [feature["name"] for feature in features] == ["굽은길"] * (len(features) - 1) + [None]
    assert sum(vertices[:-1]) - (len(vertices) - 2) == 5000 and vertices[-1] == 2  # shared ends counted once
    assert max(vertices) * 16 > 65536
    assert sum(feature.geometry().length() for feature in features[:-1]) == pytest.approx(
        ogr.CreateGeometryFromWkt(winding).Length(), rel=1e-9)
    validate_gpkg.check(result["OUTPUT"], abort_at_first_error=True, extra_checks=True)


@pytest.mark.parametrize("cancel_at", [45, 85])
def test_cancel_while_writing_new_segments_leaves_no_output(demo_geopackage, run_algorithm, tmp_path, cancel_at):
    """Cancel pressed as writing starts (45 %) or once the rows are in (85 %): no file is left."""
    class CancelAtWriting(run_algorithm.Feedback):
        def setProgress(self, progress):  # noqa: N802 (QGIS's name)
            if progress >= cancel_at:
                self.cancel()
            super().setProgress(progress)

    target = tmp_path / "segments.gpkg"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_algorithm("anshim:segmentstreets", {"INPUT": layer(demo_geopackage, "streets"), "MAX_LENGTH": 10,
                                                "FIELDS": ["name"], "OUTPUT": str(target)},
                      feedback=CancelAtWriting())
    assert not target.exists()
