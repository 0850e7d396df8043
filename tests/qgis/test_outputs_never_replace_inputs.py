"""No output destroys an input (issue 21, reliability report cases S30, S31, S40, F02, SC08, R05, T16, E06): every
destination is compared with every input before any work, whichever way the output would be written."""
import hashlib
import shutil

import pytest
from osgeo import gdal, ogr
from qgis.core import QgsProcessingException, QgsVectorLayer

REFUSED = "would overwrite the input layer"


def digests(folder):
    """SHA-256 of every file in ``folder``, by name."""
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(folder.iterdir())
            if path.is_file()}


def table_names(path):
    dataset = ogr.Open(str(path))  # kept in a variable: a layer outliving its dataset crashes GDAL
    return [dataset.GetLayer(index).GetName() for index in range(dataset.GetLayerCount())]


@pytest.fixture
def demo_folder(demo_run, tmp_path):
    """A private folder with copies of the demo GeoPackage (``x.gpkg``) and model."""
    folder, _ = demo_run
    work = tmp_path / "work"
    work.mkdir()
    shutil.copy(folder / "anshim_demo.gpkg", work / "x.gpkg")
    shutil.copy(folder / "anshim_demo.anshim", tmp_path / "m.anshim")
    return work


def refused(run_algorithm, algorithm, parameters, folder):
    before = digests(folder)
    with pytest.raises(QgsProcessingException, match=REFUSED):
        run_algorithm(algorithm, parameters)
    assert digests(folder) == before


def test_s30_plain_path_of_the_input_geopackage_is_refused(demo_folder, run_algorithm):
    gpkg = demo_folder / "x.gpkg"
    refused(run_algorithm, "anshim:segmentstreets", {"INPUT": f"{gpkg}|layername=streets", "OUTPUT": str(gpkg)},
            demo_folder)


def test_s31_the_input_table_itself_is_refused(demo_folder, run_algorithm):
    gpkg = demo_folder / "x.gpkg"
    refused(run_algorithm, "anshim:segmentstreets", {
        "INPUT": f"{gpkg}|layername=streets", "OUTPUT": f"ogr:dbname='{gpkg}' table=\"streets\" (geom)"},
        demo_folder)


def test_s31_table_names_compare_without_case(demo_folder, run_algorithm):
    gpkg = demo_folder / "x.gpkg"
    refused(run_algorithm, "anshim:segmentstreets", {
        "INPUT": f"{gpkg}|layername=streets", "OUTPUT": f"ogr:dbname='{gpkg}' table=\"STREETS\" (geom)"},
        demo_folder)


def test_s40_shapefile_in_equals_out_is_refused(demo_folder, run_algorithm):
    gdal.VectorTranslate(str(demo_folder / "s.shp"), str(demo_folder / "x.gpkg"), layers=["streets"])
    refused(run_algorithm, "anshim:segmentstreets", {"INPUT": str(demo_folder / "s.shp"),
                                                     "OUTPUT": str(demo_folder / "s.shp")}, demo_folder)
    # another part of the same Shapefile is the same file
    refused(run_algorithm, "anshim:segmentstreets", {"INPUT": str(demo_folder / "s.shp"),
                                                     "OUTPUT": str(demo_folder / "s.dbf")}, demo_folder)


def test_f02_filtered_input_through_the_qgis_sink_is_refused(demo_folder, run_algorithm):
    gpkg = demo_folder / "x.gpkg"
    refused(run_algorithm, "anshim:computefactors", {
        "INPUT": f"{gpkg}|layername=segments|subset=\"seg_id\" > 0", "CCTV": f"{gpkg}|layername=cctv",
        "OUTPUT": str(gpkg)}, demo_folder)


def test_f02_an_input_named_only_by_its_file_is_its_first_table(demo_folder, run_algorithm):
    gpkg = demo_folder / "x.gpkg"
    first = table_names(gpkg)[0]
    refused(run_algorithm, "anshim:computefactors", {
        "INPUT": f"{gpkg}|layername=segments", "CCTV": str(gpkg),
        "OUTPUT": f"ogr:dbname='{gpkg}' table=\"{first}\" (geom)"}, demo_folder)


def test_sc08_reprojected_input_over_its_file_is_refused(demo_folder, run_algorithm, tmp_path):
    projected = demo_folder / "g.gpkg"
    gdal.VectorTranslate(str(projected), str(demo_folder / "x.gpkg"), layers=["graded_segments"], dstSRS="EPSG:3857")
    refused(run_algorithm, "anshim:simulatescenario", {
        "INPUT": f"{projected}|layername=graded_segments", "MODEL": str(tmp_path / "m.anshim"),
        "PROPOSED_SITES": f"{demo_folder / 'x.gpkg'}|layername=anshim_proposed_sites",
        "SCENARIO": "Lights and bells", "OUTPUT": str(projected)}, demo_folder)


def test_r05_route_output_over_the_input_geopackage_is_refused(demo_folder, run_algorithm):
    gpkg = demo_folder / "x.gpkg"
    refused(run_algorithm, "anshim:saferoute", {
        "INPUT": f"{gpkg}|layername=graded_segments", "ORIGINS": f"{gpkg}|layername=guardhouses",
        "DESTINATIONS": f"{gpkg}|layername=police", "OUTPUT": str(gpkg)}, demo_folder)


def test_t16_model_file_over_the_input_geopackage_is_refused(demo_folder, run_algorithm):
    gpkg = demo_folder / "x.gpkg"
    refused(run_algorithm, "anshim:trainmodel", {"INPUT": f"{gpkg}|layername=segment_factors",
                                                 "MODEL": str(gpkg)}, demo_folder)


def test_model_card_over_the_input_is_refused_before_training(demo_folder, run_algorithm):
    gpkg = demo_folder / "x.gpkg"
    refused(run_algorithm, "anshim:trainmodel", {"INPUT": f"{gpkg}|layername=segment_factors",
                                                 "MODEL": str(demo_folder / "new.anshim"), "REPORT": str(gpkg)},
            demo_folder)
    assert not (demo_folder / "new.anshim").exists()


def test_e06_briefing_side_geopackage_over_an_input_is_refused(demo_folder, run_algorithm, tmp_path):
    side = demo_folder / "briefing_layers.gpkg"
    shutil.copy(demo_folder / "x.gpkg", side)
    refused(run_algorithm, "anshim:exportbriefing", {
        "INPUT": f"{side}|layername=graded_segments", "MODEL": str(tmp_path / "m.anshim"),
        "PROPOSED_SITES": f"{side}|layername=anshim_proposed_sites", "LANGUAGE": 1,
        "OUTPUT": str(demo_folder / "b.pdf"), "PROJECT": str(demo_folder / "briefing.qgz")}, demo_folder)


def test_a_new_table_in_the_input_geopackage_stays_allowed(demo_folder, run_algorithm):
    gpkg = demo_folder / "x.gpkg"
    tables = set(table_names(gpkg))
    streets = QgsVectorLayer(f"{gpkg}|layername=streets", "s", "ogr").featureCount()
    result, _ = run_algorithm("anshim:segmentstreets", {
        "INPUT": f"{gpkg}|layername=streets", "OUTPUT": f"ogr:dbname='{gpkg}' table=\"seg_new\" (geom)"})
    assert set(table_names(gpkg)) == tables | {"seg_new"}
    assert QgsVectorLayer(f"{gpkg}|layername=streets", "s", "ogr").featureCount() == streets
    assert QgsVectorLayer(result["OUTPUT"], "o", "ogr").featureCount() > streets
