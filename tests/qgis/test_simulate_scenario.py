"""anshim:simulatescenario on the demo district, checked against recomputing everything from scratch."""
import csv

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer
from support import memory_layer

CCTV_REACH_M = 50  # the demo model's cctv_radius_m
DISTANCE_CAP_M = 1000


def demo_layer(folder, name):
    return QgsVectorLayer(f"{folder / 'anshim_demo.gpkg'}|layername={name}", name, "ogr")


@pytest.fixture(scope="module")
def five_cameras_scenario(demo_run, run_algorithm, tmp_path_factory):
    """Five new 2-camera CCTV sites at the midpoints of the five riskiest grade-5 segments."""
    folder, _ = demo_run
    graded = demo_layer(folder, "graded_segments")
    riskiest = sorted((f for f in graded.getFeatures() if f["grade"] == 5), key=lambda f: -f["risk"])[:5]
    wkts = [f.geometry().interpolate(f.geometry().length() / 2).asWkt() for f in riskiest]
    cameras = memory_layer("Point", "EPSG:5186", wkts, [("cameras", "integer")], [(2,)] * 5, "new_cctv")
    out = tmp_path_factory.mktemp("scenario")
    result, messages = run_algorithm("anshim:simulatescenario", {
        "INPUT": graded, "MODEL": str(folder / "anshim_demo.anshim"), "NEW_CCTV": cameras,
        "NEW_CCTV_CAMERAS_FIELD": "cameras", "OUTPUT": str(out / "scenario.gpkg"),
        "SUMMARY": str(out / "summary.html")})
    return folder, out, riskiest, cameras, QgsVectorLayer(result["OUTPUT"], "scenario", "ogr")


def test_cameras_lower_the_risk_of_the_segments_they_stand_on(five_cameras_scenario):
    _, _, riskiest, _, scenario = five_cameras_scenario
    after = {f["seg_id"]: f for f in scenario.getFeatures()}
    for segment in riskiest:
        row = after[segment["seg_id"]]
        assert row["risk_after"] < row["risk_before"] == pytest.approx(segment["risk"])


def test_no_segment_changes_beyond_the_cameras_reach_and_none_gets_worse(five_cameras_scenario):
    _, _, _, cameras, scenario = five_cameras_scenario
    points = [f.geometry() for f in cameras.getFeatures()]
    changed = 0
    for row in scenario.getFeatures():
        assert row["risk_after"] <= row["risk_before"] and row["grade_change"] <= 0
        if row["risk_after"] != row["risk_before"]:
            changed += 1
            assert min(row.geometry().distance(point) for point in points) <= DISTANCE_CAP_M
    assert changed > 0


def test_summary_matches_recomputing_factors_and_grades_from_scratch(five_cameras_scenario, run_algorithm):
    folder, out, _, cameras, scenario = five_cameras_scenario
    from qgis import processing
    all_cctv = processing.run("native:mergevectorlayers", {
        "LAYERS": [demo_layer(folder, "cctv"), cameras], "CRS": "EPSG:5186", "OUTPUT": "memory:"})["OUTPUT"]
    demo = {name: f"{folder / 'anshim_demo.gpkg'}|layername={name}" for name in
            ("lights", "bells", "guardhouses", "police", "risk_sites", "safe_routes", "synthetic_crimes")}
    factors = run_algorithm("anshim:computefactors", {
        "INPUT": demo_layer(folder, "segments"), "CCTV": all_cctv, "CCTV_CAMERAS_FIELD": "cameras",
        "LIGHTS": demo["lights"], "BELLS": demo["bells"], "GUARDHOUSES": demo["guardhouses"],
        "POLICE": demo["police"], "RISK_SITES": demo["risk_sites"], "SAFE_ROUTES": demo["safe_routes"],
        "POPULATION_RASTER": str(folder / "population_night.tif"), "CRIMES": demo["synthetic_crimes"],
        "CRIME_DATE_FIELD": "date", "WIDTH_FIELD": "width_m", "OUTPUT": "memory:"})[0]["OUTPUT"]
    regraded = run_algorithm("anshim:gradestreets", {"INPUT": factors, "MODEL": str(folder / "anshim_demo.anshim"),
                                                     "OUTPUT": "memory:"})[0]["OUTPUT"]
    scratch = {f["seg_id"]: (f["risk"], f["grade"], f.geometry().length()) for f in regraded.getFeatures()}
    incremental = {f["seg_id"]: (f["risk_after"], f["grade_after"]) for f in scenario.getFeatures()}
    assert scratch.keys() == incremental.keys()
    for seg_id, (risk, grade, _) in scratch.items():
        assert incremental[seg_id][0] == pytest.approx(risk, abs=1e-12)
        assert incremental[seg_id][1] == grade

    assert (out / "summary.csv").read_bytes()[:3] == b"\xef\xbb\xbf"  # the BOM: Korean Excel reads it as UTF-8
    with (out / "summary.csv").open(encoding="utf-8-sig") as summary:
        rows = {(section, item): value for section, item, value in csv.reader(summary) if section != "section"}
    km_4_5 = sum(length for _, grade, length in scratch.values() if grade >= 4) / 1000
    assert float(rows[("grades", "km in grades 4-5 after")]) == pytest.approx(km_4_5, abs=1e-3)
    improved = sum(1 for f in scenario.getFeatures() if f["grade_after"] < f["grade_before"])
    assert int(rows[("grades", "segments with a better grade")]) == improved
    assert int(rows[("facilities", "CCTV sites")]) == 5
    assert float(rows[("cost_krw", "total")]) == 5 * 15_000_000
    page = (out / "summary.html").read_text(encoding="utf-8")
    assert "Displacement and diffusion of crime are not modelled" in page and "1 = safest" in page


def test_a_scenario_without_proposals_is_refused(demo_run, run_algorithm):
    folder, _ = demo_run
    with pytest.raises(QgsProcessingException, match="No proposed facility"):
        run_algorithm("anshim:simulatescenario", {"INPUT": demo_layer(folder, "graded_segments"),
                                                  "MODEL": str(folder / "anshim_demo.anshim"), "OUTPUT": "memory:"})


def test_a_proposed_safe_return_route_puts_its_streets_on_a_route(demo_run, run_algorithm):
    folder, _ = demo_run
    graded = demo_layer(folder, "graded_segments")
    off_route = next(f for f in graded.getFeatures() if f["route"] == 0 and f["grade"] >= 3 and f["length_m"] > 9)
    route = memory_layer("LineString", "EPSG:5186", [off_route.geometry().asWkt()], name="new_route")
    result, _ = run_algorithm("anshim:simulatescenario", {
        "INPUT": graded, "MODEL": str(folder / "anshim_demo.anshim"), "NEW_SAFE_ROUTES": route,
        "OUTPUT": "memory:"})
    row = next(f for f in result["OUTPUT"].getFeatures() if f["seg_id"] == off_route["seg_id"])
    assert row["risk_after"] <= row["risk_before"]


def test_a_scenario_of_the_proposal_layers_gives_the_same_grades_as_plain_layers(five_cameras_scenario, run_algorithm,
                                                                                tmp_path):
    folder, _, riskiest, cameras, scenario = five_cameras_scenario
    wkts = [f.geometry().asWkt() for f in cameras.getFeatures()]
    fields = [("scenario", "string"), ("kind", "string"), ("cameras", "integer"), ("note", "string")]
    rows = [("Cameras", "cctv", 2, "")] * 5 + [("Lights", "light", None, "one light")]
    sites = memory_layer("Point", "EPSG:5186", wkts + wkts[:1], fields, rows, "anshim_proposed_sites")
    result, messages = run_algorithm("anshim:simulatescenario", {
        "INPUT": demo_layer(folder, "graded_segments"), "MODEL": str(folder / "anshim_demo.anshim"),
        "PROPOSED_SITES": sites, "SCENARIO": "Cameras", "OUTPUT": str(tmp_path / "from_proposals.gpkg")})
    from_layers = {f["seg_id"]: (f["risk_after"], f["grade_after"]) for f in scenario.getFeatures()}
    from_proposals = {f["seg_id"]: (f["risk_after"], f["grade_after"])
                      for f in QgsVectorLayer(result["OUTPUT"], "s", "ogr").getFeatures()}
    assert from_proposals == from_layers
    assert "Scenario 'Cameras': 5 proposed sites and 0 proposed routes." in messages

    with pytest.raises(QgsProcessingException, match="2 scenarios .*'Cameras', 'Lights'"):
        run_algorithm("anshim:simulatescenario", {"INPUT": demo_layer(folder, "graded_segments"),
                                                  "MODEL": str(folder / "anshim_demo.anshim"),
                                                  "PROPOSED_SITES": sites, "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="Scenario 'C' is not in"):
        run_algorithm("anshim:simulatescenario", {"INPUT": demo_layer(folder, "graded_segments"),
                                                  "MODEL": str(folder / "anshim_demo.anshim"),
                                                  "PROPOSED_SITES": sites, "SCENARIO": "C", "OUTPUT": "memory:"})
