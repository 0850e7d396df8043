"""A layer's own text encoding is honoured on every read path (issue 21: K02, S16, F18). Korean public data comes
as Shapefiles with a CP949 .dbf and no .cpg; the user sets CP949 in Layer Properties → Source and QGIS shows the
street names, so Anshim's outputs must hold the same names, whichever way the layer is read."""
import pytest
from osgeo import ogr, osr
from qgis.core import QgsVectorLayer

NAMES = ["라온로", "영등포로 12길", "당산로"]


@pytest.fixture
def cp949_shapefile(tmp_path):
    from osgeo import gdal
    path = tmp_path / "streets.shp"
    # QGIS turns GDAL's recoding off (SHAPE_ENCODING="") once it has opened a Shapefile with an encoding of its
    # own: switch it back on while writing, so the .dbf really holds CP949 bytes
    before = gdal.GetConfigOption("SHAPE_ENCODING")
    gdal.SetConfigOption("SHAPE_ENCODING", None)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(5186)
    dataset = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(str(path))
    table = dataset.CreateLayer("streets", srs, ogr.wkbLineString, options=["ENCODING=CP949"])
    table.CreateField(ogr.FieldDefn("RN", ogr.OFTString))
    for number, name in enumerate(NAMES):
        feature = ogr.Feature(table.GetLayerDefn())
        feature.SetField("RN", name)
        y = 545000.0 + 100.0 * number
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"LINESTRING(192000 {y}, 192050 {y})"))
        table.CreateFeature(feature)
    dataset = None
    gdal.SetConfigOption("SHAPE_ENCODING", before)
    assert "라온로".encode("cp949") in (tmp_path / "streets.dbf").read_bytes()
    (tmp_path / "streets.cpg").unlink()
    with open(tmp_path / "streets.dbf", "r+b") as dbf:  # language driver id 0: "unknown", as in the report
        dbf.seek(29)
        dbf.write(b"\x00")
    return path


def names_written(run_algorithm, layer, output):
    result, _ = run_algorithm("anshim:segmentstreets", {"INPUT": layer, "FIELDS": ["RN"], "OUTPUT": str(output)})
    written = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    return sorted({feature["RN"] for feature in written.getFeatures()})


def test_k02_the_encoding_set_on_the_layer_is_honoured(cp949_shapefile, run_algorithm, tmp_path):
    layer = QgsVectorLayer(str(cp949_shapefile), "streets", "ogr")
    layer.setProviderEncoding("CP949")
    assert sorted(feature["RN"] for feature in layer.getFeatures()) == sorted(NAMES)  # what the user sees
    assert names_written(run_algorithm, layer, tmp_path / "direct.gpkg") == sorted(NAMES)
    layer.setSubsetString("\"RN\" IS NOT NULL")  # the other read path
    assert names_written(run_algorithm, layer, tmp_path / "filtered.gpkg") == sorted(NAMES)


def test_s16_f18_without_an_encoding_both_read_paths_write_what_qgis_shows(cp949_shapefile, run_algorithm,
                                                                           tmp_path):
    layer = QgsVectorLayer(str(cp949_shapefile), "streets", "ogr")
    shown = sorted({feature["RN"] for feature in layer.getFeatures()})
    plain = names_written(run_algorithm, str(cp949_shapefile), tmp_path / "plain.gpkg")
    layer.setSubsetString("\"RN\" IS NOT NULL")
    assert plain == names_written(run_algorithm, layer, tmp_path / "filtered.gpkg") == shown


def test_f18_multipart_lines_copied_through_qgis_keep_their_geometry_type(cp949_shapefile, run_algorithm,
                                                                          tmp_path):
    from qgis.core import QgsWkbTypes
    layer = QgsVectorLayer(str(cp949_shapefile), "streets", "ogr")  # a Shapefile of lines reads as multipart
    result, _ = run_algorithm("anshim:computefactors", {"INPUT": layer, "OUTPUT": str(tmp_path / "f.gpkg")})
    written = QgsVectorLayer(result["OUTPUT"], "f", "ogr")
    assert QgsWkbTypes.flatType(written.wkbType()) == QgsWkbTypes.flatType(layer.wkbType())
    assert written.featureCount() == layer.featureCount()
