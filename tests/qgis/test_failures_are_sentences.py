"""Every failure is a sentence before any work, never a traceback or a hang (issue 21, reliability report cases
S26, T08, S35, R06, O09, T15, T17, SC09, A06, O10 and the range checks that did not state the range)."""

import pytest
from qgis.core import QgsProcessingException

from support import digest, demo_table as layer


def refused(run_algorithm, algorithm, parameters, demo, match):
    before = digest(demo / "demo.gpkg")
    with pytest.raises(QgsProcessingException, match=match) as raised:
        run_algorithm(algorithm, parameters)
    assert "Traceback" not in str(raised.value)
    assert digest(demo / "demo.gpkg") == before
    return str(raised.value)


@pytest.mark.parametrize("fields", [["nmae"], ["name,width"]])
def test_s26_a_field_the_layer_lacks_names_the_fields_there(demo, run_algorithm, fields):
    message = refused(run_algorithm, "anshim:segmentstreets", {
        "INPUT": layer(demo, "streets"), "FIELDS": fields, "OUTPUT": str(demo / "seg.gpkg")}, demo,
        "FIELDS .*has no field")
    assert "Its fields are:" in message and "name" in message
    assert not (demo / "seg.gpkg").exists()


def test_t08_a_factor_the_layer_lacks_is_refused(demo, run_algorithm):
    refused(run_algorithm, "anshim:trainmodel", {
        "INPUT": layer(demo, "segment_factors"), "FACTORS": ["cctv_nn"], "MODEL": str(demo / "m.anshim")}, demo,
        "FACTORS .*'cctv_nn'")


@pytest.mark.parametrize("algorithm, parameter, value, allowed", [
    ("segmentstreets", "MAX_LENGTH", "nan", "a number of at least"),
    ("segmentstreets", "MAX_LENGTH", 0, "a number of at least"),
    ("segmentstreets", "MAX_LENGTH", "inf", "a number of at least"),
    ("saferoute", "MAX_DETOUR", "nan", "a number of at least 1"),  # R06: hung for ever
    ("saferoute", "MAX_DETOUR", 0.5, "a number of at least 1"),
    ("optimisesites", "BUDGET", "nan", "a number from 0 to"),  # O09: became a budget of 0
    ("optimisesites", "CCTV_CAMERAS", -5, "a whole number"),
])
def test_numbers_that_are_not_finite_or_in_range_state_the_range(demo, run_algorithm, algorithm, parameter, value,
                                                                 allowed):
    parameters = {
        "segmentstreets": {"INPUT": layer(demo, "streets")},
        "saferoute": {"INPUT": layer(demo, "graded_segments"), "ORIGINS": layer(demo, "guardhouses"),
                      "DESTINATIONS": layer(demo, "police")},
        "optimisesites": {"INPUT": layer(demo, "graded_segments"), "MODEL": str(demo / "demo.anshim")},
    }[algorithm]
    refused(run_algorithm, f"anshim:{algorithm}", {**parameters, parameter: value, "OUTPUT": str(demo / "o.gpkg")},
            demo, f"{parameter} .* is {value}: it must be {allowed}")
    assert not (demo / "o.gpkg").exists()


@pytest.mark.parametrize("parameter", ["MODEL", "REPORT"])
def test_t15_t17_unwritable_model_or_card_is_refused_before_training(demo, run_algorithm, parameter):
    outputs = {"MODEL": str(demo / "m.anshim"), "REPORT": str(demo / "card.html"),
               parameter: f"/proc/anshim-{parameter}.out"}
    refused(run_algorithm, "anshim:trainmodel", {"INPUT": layer(demo, "segment_factors"), **outputs}, demo,
            f"{parameter}: cannot write .* does not exist or is not writable")
    assert not (demo / "m.anshim").exists() and not (demo / "card.html").exists()


@pytest.mark.parametrize("algorithm, parameters, report", [
    ("simulatescenario", {"MODEL": "demo.anshim", "PROPOSED_SITES": "anshim_proposed_sites",
                          "SCENARIO": "Lights and bells"}, "SUMMARY"),
    ("auditroutes", {"ROUTES": "safe_routes"}, "REPORT"),
    ("optimisesites", {"MODEL": "demo.anshim", "BUDGET": 20_000_000}, "REPORT"),
])
def test_sc09_a06_o10_unwritable_report_is_refused_before_any_layer_is_written(demo, run_algorithm, algorithm,
                                                                               parameters, report):
    values = {name: str(demo / value) if value == "demo.anshim" else layer(demo, value) if isinstance(value, str)
              and name != "SCENARIO" else value for name, value in parameters.items()}
    refused(run_algorithm, f"anshim:{algorithm}", {
        "INPUT": layer(demo, "graded_segments"), **values, "OUTPUT": str(demo / "out.gpkg"),
        report: "/proc/anshim-report.html"}, demo, f"{report}: cannot write")
    assert not (demo / "out.gpkg").exists()


def line_layer(path, geometry_type, wkts):
    from osgeo import ogr, osr
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(5186)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    table = dataset.CreateLayer("streets", srs, geometry_type)
    for wkt in wkts:
        feature = ogr.Feature(table.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        table.CreateFeature(feature)
    dataset = None
    return f"{path}|layername=streets"


@pytest.mark.parametrize("geometry_type, wkt, length_m", [
    ("wkbCompoundCurve", "COMPOUNDCURVE(CIRCULARSTRING(200000 550000, 200050 550050, 200100 550000), "
                         "(200100 550000, 200200 550000))", 3.14159265 * 50 + 100),
    ("wkbCircularString", "CIRCULARSTRING(200000 550000, 200050 550050, 200100 550000)", 3.14159265 * 50),
])
def test_s05_s06_curved_streets_are_segmentised_not_a_traceback(tmp_path, run_algorithm, geometry_type, wkt,
                                                                length_m):
    from osgeo import ogr
    streets = line_layer(tmp_path / "curved.gpkg", getattr(ogr, geometry_type), [wkt])
    result, messages = run_algorithm("anshim:segmentstreets", {"INPUT": streets,
                                                               "OUTPUT": str(tmp_path / "seg.gpkg")})
    from qgis.core import QgsVectorLayer
    segments = QgsVectorLayer(result["OUTPUT"], "seg", "ogr")
    total = sum(feature["length_m"] for feature in segments.getFeatures())
    assert total == pytest.approx(length_m, rel=1e-3)
    assert max(feature["length_m"] for feature in segments.getFeatures()) <= 10.0 + 1e-9
    assert any("curved" in message for message in messages)


def test_s36_only_zero_length_streets_is_a_sentence(tmp_path, run_algorithm):
    from osgeo import ogr
    streets = line_layer(tmp_path / "zero.gpkg", ogr.wkbLineString,
                         ["LINESTRING(200000 550000, 200000 550000)", "LINESTRING(200010 550000, 200010 550000)"])
    with pytest.raises(QgsProcessingException, match="no street segment is left"):
        run_algorithm("anshim:segmentstreets", {"INPUT": streets, "OUTPUT": str(tmp_path / "seg.gpkg")})
    assert not (tmp_path / "seg.gpkg").exists()


@pytest.mark.parametrize("crime_filter, match", [
    ("\"victim_sex\" = = 'F'", "is not a valid expression"),  # F11: was dropped, every crime counted
    ("\"victim_gender\" = 'F'", "names field 'victim_gender'"),  # F12: kept nothing, with an info line only
])
def test_f11_f12_a_crime_filter_that_does_not_parse_or_names_a_missing_field_is_refused(demo, run_algorithm,
                                                                                        crime_filter, match):
    refused(run_algorithm, "anshim:computefactors", {
        "INPUT": layer(demo, "segments"), "CRIMES": layer(demo, "synthetic_crimes"), "CRIME_FILTER": crime_filter,
        "OUTPUT": str(demo / "f.gpkg")}, demo, f"CRIME_FILTER .*{match}")


def test_a_valid_crime_filter_still_filters(demo, run_algorithm):
    from qgis.core import QgsVectorLayer
    result, _ = run_algorithm("anshim:computefactors", {
        "INPUT": layer(demo, "segments"), "CRIMES": layer(demo, "synthetic_crimes"),
        "CRIME_FILTER": "\"victim_sex\" = 'F'", "OUTPUT": str(demo / "f.gpkg")})
    crimes = QgsVectorLayer(layer(demo, "synthetic_crimes"), "c", "ogr")
    female = sum(1 for feature in crimes.getFeatures() if feature["victim_sex"] == "F")
    counted = sum(feature["crime_n"] for feature in QgsVectorLayer(result["OUTPUT"], "f", "ogr").getFeatures())
    assert 0 < counted <= female < crimes.featureCount()


def test_g04_a_shapefile_output_warns_which_field_names_it_cuts(demo, run_algorithm):
    _, messages = run_algorithm("anshim:gradestreets", {
        "INPUT": layer(demo, "segment_factors"), "MODEL": str(demo / "demo.anshim"), "OUTPUT": str(demo / "g.shp")})
    warning = next(message for message in messages if "10 characters" in message)
    assert "risk_factor" in warning and "crime_n_2023" in warning


def test_g01_a_missing_factor_is_named_once_with_its_advice(demo, run_algorithm):
    from osgeo import gdal
    gdal.VectorTranslate(str(demo / "nopop.gpkg"), str(demo / "demo.gpkg"), layers=["segment_factors"])
    from osgeo import ogr
    dataset = ogr.Open(str(demo / "nopop.gpkg"), update=1)
    dataset.ExecuteSQL("ALTER TABLE segment_factors DROP COLUMN pop_night")
    dataset = None
    message = refused(run_algorithm, "anshim:gradestreets", {
        "INPUT": f"{demo / 'nopop.gpkg'}|layername=segment_factors", "MODEL": str(demo / "demo.anshim"),
        "OUTPUT": str(demo / "g.gpkg")}, demo, "pop_night")
    assert ".." not in message and message.count("Compute") == 1


def test_g02_segments_without_factor_values_are_counted(demo, run_algorithm):
    from osgeo import gdal
    gdal.VectorTranslate(str(demo / "nulls.gpkg"), str(demo / "demo.gpkg"), layers=["segment_factors"])
    from osgeo import ogr
    dataset = ogr.Open(str(demo / "nulls.gpkg"), update=1)  # GDAL's own SQLite has the triggers' functions
    dataset.ExecuteSQL("UPDATE segment_factors SET cctv_d = NULL WHERE fid % 3 = 0")
    dataset.ExecuteSQL("UPDATE segment_factors SET pop_night = -1e30 WHERE fid % 3 = 1")
    dataset = None
    _, messages = run_algorithm("anshim:gradestreets", {
        "INPUT": f"{demo / 'nulls.gpkg'}|layername=segment_factors", "MODEL": str(demo / "demo.anshim"),
        "OUTPUT": str(demo / "g.gpkg")})
    warning = next(message for message in messages if "no usable value" in message)
    assert "cctv_d" in warning and "pop_night" in warning


def test_o05_an_empty_candidates_layer_is_named(demo, run_algorithm):
    from osgeo import gdal
    gdal.VectorTranslate(str(demo / "empty.gpkg"), str(demo / "demo.gpkg"), layers=["cctv"], where="fid < 0")
    refused(run_algorithm, "anshim:optimisesites", {
        "INPUT": layer(demo, "graded_segments"), "MODEL": str(demo / "demo.anshim"), "BUDGET": 50_000_000,
        "CANDIDATES": f"{demo / 'empty.gpkg'}|layername=cctv", "OUTPUT": str(demo / "o.gpkg")}, demo,
        "Candidate sites layer .* has no points")


def test_a02_routes_without_length_are_named_in_a_warning(demo, run_algorithm, tmp_path):
    from osgeo import ogr
    routes = line_layer(tmp_path / "routes.gpkg", ogr.wkbLineString,
                        ["LINESTRING(192350 545958, 192350 545958)", "LINESTRING(192300 545900, 192400 545900)"])
    _, messages = run_algorithm("anshim:auditroutes", {"INPUT": layer(demo, "graded_segments"), "ROUTES": routes,
                                                        "OUTPUT": str(demo / "a.gpkg")})
    assert any("have no length" in message and "route 1" in message for message in messages)
