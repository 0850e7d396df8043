"""anshim:saferoute and anshim:auditroutes as a GIS officer runs them: against QGIS's own shortest path, on the demo
district's graded streets and safe-return routes, with bad input and Cancel."""
import numpy as np
import pytest
from qgis.core import NULL, QgsProcessingException, QgsVectorLayer

from support import memory_layer, shared_layer

CRS = "EPSG:5186"


def layer(path, name):
    loaded = QgsVectorLayer(path, name, "ogr")
    assert loaded.isValid(), path
    return loaded


@pytest.fixture(scope="module")
def yeoksam1_graded(yeoksam1_streets, run_algorithm, tmp_path_factory):
    """역삼1동's real centre-lines segmented, with a made-up risk and grade per segment (the routing only reads
    those two fields)."""
    folder = tmp_path_factory.mktemp("yeoksam1_routes")
    segments = run_algorithm("anshim:segmentstreets", {"INPUT": yeoksam1_streets, "MAX_LENGTH": 10,
                                                       "OUTPUT": str(folder / "segments.gpkg")})[0]["OUTPUT"]
    with_risk = run_algorithm("native:fieldcalculator", {
        "INPUT": segments, "FIELD_NAME": "risk", "FIELD_TYPE": 0, "FORMULA": "0.05 + 0.9 * abs(sin($id * 1.7))",
        "OUTPUT": "memory:"})[0]["OUTPUT"]
    return run_algorithm("native:fieldcalculator", {
        "INPUT": with_risk, "FIELD_NAME": "grade", "FIELD_TYPE": 1, "FORMULA": "1 + ($id % 5)",
        "OUTPUT": str(folder / "graded.gpkg")})[0]["OUTPUT"]


def segment_midpoints(path, n_pairs, seed, min_m=300.0, max_m=1500.0):
    """Origin and destination points at midpoints of segments, ``min_m``–``max_m`` apart."""
    graded = layer(path, "graded")
    mid = np.array([[point.x(), point.y()] for point in (
        feature.geometry().interpolate(feature.geometry().length() / 2).asPoint()
        for feature in graded.getFeatures())])
    rng = np.random.default_rng(seed)
    pairs = []
    while len(pairs) < n_pairs:
        a, b = rng.integers(len(mid), size=2)
        if min_m <= np.hypot(*(mid[a] - mid[b])) <= max_m:
            pairs.append((mid[a], mid[b]))
    return pairs


def point_layers(pairs, labels=None):
    labels = labels or [str(k + 1) for k in range(len(pairs))]
    origins = memory_layer("Point", CRS, [f"POINT({o[0]} {o[1]})" for o, _ in pairs], [("pair_id", "string")],
                           [[label] for label in labels], "origins")
    destinations = memory_layer("Point", CRS, [f"POINT({d[0]} {d[1]})" for _, d in pairs], [("pair_id", "string")],
                                [[label] for label in labels], "destinations")
    return origins, destinations


def routes_by_pair(path):
    rows = {}
    for feature in layer(path, "routes").getFeatures():
        rows[(feature["pair"], feature["route"])] = feature
    return rows


def test_shortest_path_length_equals_qgis_native_shortest_path(yeoksam1_graded, run_algorithm):
    pairs = segment_midpoints(yeoksam1_graded, 8, seed=4)
    origins, destinations = point_layers(pairs)
    routed = run_algorithm("anshim:saferoute", {"INPUT": yeoksam1_graded, "ORIGINS": origins,
                                                "DESTINATIONS": destinations, "OUTPUT": "memory:"})[0]
    assert routed["FAILED_PAIRS"] == 0
    rows = {(feature["pair"], feature["route"]): feature for feature in routed["OUTPUT"].getFeatures()}
    for k, (origin, destination) in enumerate(pairs, start=1):
        native = run_algorithm("native:shortestpathpointtopoint", {
            "INPUT": yeoksam1_graded, "STRATEGY": 0, "TOLERANCE": 0.5,
            "START_POINT": f"{origin[0]},{origin[1]} [{CRS}]", "END_POINT": f"{destination[0]},{destination[1]} [{CRS}]",
            "OUTPUT": "memory:"})[0]
        shortest = rows[(str(k), "shortest")]
        assert shortest["length_m"] == pytest.approx(native["TRAVEL_COST"], rel=0.01)
        assert shortest.geometry().length() == pytest.approx(shortest["length_m"], rel=1e-3)


def test_safest_route_on_the_demo_district_stays_within_the_detour(demo_run, run_algorithm):
    folder, _ = demo_run
    graded = f"{folder / 'anshim_demo.gpkg'}|layername=graded_segments"
    pairs = segment_midpoints(graded, 12, seed=9, max_m=2000.0)
    far_away = (np.array([0.0, 0.0]), pairs[0][1])  # nowhere near the district
    origins, destinations = point_layers(pairs + [far_away], [f"p{k}" for k in range(len(pairs))] + ["far"])
    results, messages = run_algorithm("anshim:saferoute", {
        "INPUT": graded, "ORIGINS": origins, "DESTINATIONS": destinations, "PAIR_FIELD": "pair_id",
        "MAX_DETOUR": 1.25, "OUTPUT": "memory:"})
    assert results["FAILED_PAIRS"] == 1
    assert any("Pair far: no route" in message and "100 m" in message for message in messages)
    rows = {(feature["pair"], feature["route"]): feature for feature in results["OUTPUT"].getFeatures()}
    assert len(rows) == 2 * len(pairs)
    reductions = []
    for k in range(len(pairs)):
        shortest, safest = rows[(f"p{k}", "shortest")], rows[(f"p{k}", "safest")]
        assert safest["length_m"] <= 1.25 * shortest["length_m"] * (1 + 1e-6)
        assert safest["detour"] == pytest.approx(safest["length_m"] / shortest["length_m"], abs=1e-3)
        assert safest["exposure"] <= shortest["exposure"] * (1 + 1e-6)
        assert 0.0 <= safest["km_grade_4_5"] <= safest["length_m"] / 1000.0
        reductions.append(1 - safest["exposure"] / shortest["exposure"])
    assert max(reductions) > 0.05  # on real grades the safest route does avoid risk somewhere


def test_audit_of_the_demo_routes_adds_up_and_writes_segments_and_report(demo_run, run_algorithm, tmp_path):
    folder, _ = demo_run
    gpkg = folder / "anshim_demo.gpkg"
    routes = layer(f"{gpkg}|layername=safe_routes", "routes")
    report = tmp_path / "audit.html"
    results, messages = run_algorithm("anshim:auditroutes", {
        "INPUT": f"{gpkg}|layername=graded_segments", "ROUTES": routes, "LIGHTS": f"{gpkg}|layername=lights",
        "CCTV": f"{gpkg}|layername=cctv", "BELLS": f"{gpkg}|layername=bells", "OUTPUT": str(tmp_path / "audit.gpkg"),
        "SEGMENTS": str(tmp_path / "audit_segments.gpkg"), "REPORT": str(report)})
    audit = list(layer(results["OUTPUT"], "audit").getFeatures())
    assert len(audit) == routes.featureCount()
    for row in audit:
        by_grade = sum(row[f"length_grade_{grade}"] for grade in range(1, 6))
        assert by_grade == pytest.approx(row["length_m"] - row["offnet_m"], rel=0.01)
        assert row["length_m"] == pytest.approx(row.geometry().length(), rel=0.01)
        assert row["dark_gap_m"] is not None and row["bell_spacing_m"] > 0 and row["suggestion"]
    assert sorted(row["rank"] for row in audit) == list(range(1, len(audit) + 1))
    segments = list(layer(results["SEGMENTS"], "segments").getFeatures())
    names = {row["name"] for row in audit}
    assert {row["route"] for row in segments} == names
    assert all(row["riskiest"] in (0, 1) and row["dark"] in (0, 1) for row in segments)
    assert sum(row["on_route_m"] for row in segments) == pytest.approx(
        sum(row["length_m"] - row["offnet_m"] for row in audit), rel=1e-3)
    page = report.read_text(encoding="utf-8")
    assert all(name in page for name in names) and "Grade 1 is the safest" in page
    assert any(message.startswith("1. ") for message in messages)


def test_a_route_that_leaves_the_network_reports_the_part_off_it(demo_run, run_algorithm):
    folder, _ = demo_run
    gpkg = folder / "anshim_demo.gpkg"
    graded = layer(f"{gpkg}|layername=graded_segments", "graded")
    extent = graded.extent()
    # 300 m straight, from 300 m south of the district's streets to 600 m south
    x0, y0 = extent.xMinimum(), extent.yMinimum()
    route = memory_layer("LineString", CRS, [f"LINESTRING({x0 + 500} {y0 - 300}, {x0 + 500} {y0 - 600})"],
                         [("name", "string")], [["outside"]], "route")
    results, _ = run_algorithm("anshim:auditroutes", {"INPUT": graded, "ROUTES": route, "OUTPUT": "memory:"})
    row = next(results["OUTPUT"].getFeatures())
    assert row["name"] == "outside"
    assert row["length_m"] == pytest.approx(300.0) and row["offnet_m"] == pytest.approx(300.0)
    assert row["dark_gap_m"] == NULL  # no LIGHTS given: no dark-gap measure
    assert "300 m of the route run more than 15 m" in row["suggestion"]


def test_graded_segments_without_risk_are_refused_with_the_layer_named(run_algorithm):
    segments = memory_layer("LineString", CRS, ["LINESTRING(0 0, 10 0)"], [("grade", "integer")], [[3]], "plain")
    origins, destinations = point_layers([(np.array([1.0, 0.0]), np.array([9.0, 0.0]))])
    with pytest.raises(QgsProcessingException, match="has no field risk: give the output of 'Grade streets'"):
        run_algorithm("anshim:saferoute", {"INPUT": segments, "ORIGINS": origins, "DESTINATIONS": destinations,
                                           "OUTPUT": "memory:"})


@pytest.mark.parametrize("algorithm", ["anshim:saferoute", "anshim:auditroutes"])
def test_a_cancelled_run_writes_nothing(demo_run, run_algorithm, tmp_path, algorithm):
    folder, _ = demo_run
    gpkg = folder / "anshim_demo.gpkg"
    graded = f"{gpkg}|layername=graded_segments"
    output = tmp_path / "out.gpkg"
    if algorithm == "anshim:saferoute":
        origins, destinations = point_layers(segment_midpoints(graded, 3, seed=1))
        parameters = {"INPUT": graded, "ORIGINS": origins, "DESTINATIONS": destinations, "OUTPUT": str(output)}
    else:
        parameters = {"INPUT": graded, "ROUTES": f"{gpkg}|layername=safe_routes", "OUTPUT": str(output),
                      "REPORT": str(tmp_path / "audit.html")}
    feedback = run_algorithm.Feedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_algorithm(algorithm, parameters, feedback)
    assert not output.exists() and not (tmp_path / "audit.html").exists()


def test_make_demo_prints_the_route_audit_and_writes_its_report(demo_run):
    folder, printed = demo_run
    assert "Safe-return routes by need (3;" in printed
    table = printed.split("Safe-return routes by need", 1)[1]
    assert "데모안심01" in table and "grades 4–5" in table and "dark gap m" in table
    page = (folder / "route_audit.html").read_text(encoding="utf-8")
    assert "데모안심01" in page and "Longest dark gap (m)" in page
    audit = layer(f"{folder / 'anshim_demo.gpkg'}|layername=route_audit", "route_audit")
    assert audit.featureCount() == 3


def test_audit_of_gangnam_real_safe_return_routes_in_degrees(run_algorithm, tmp_path):
    """Gangnam's 24 published routes (WGS 84, approximate geometry) over its real centre-lines: every route is
    audited, lengths add up, and what the approximate lines leave off the streets is reported, not cut."""
    streets = run_algorithm("native:reprojectlayer", {
        "INPUT": shared_layer("gangnam_road_centerlines_juso.geojson"), "TARGET_CRS": CRS,
        "OUTPUT": str(tmp_path / "streets.gpkg")})[0]["OUTPUT"]
    segments = run_algorithm("anshim:segmentstreets", {"INPUT": streets, "MAX_LENGTH": 10,
                                                       "OUTPUT": "memory:"})[0]["OUTPUT"]
    with_risk = run_algorithm("native:fieldcalculator", {
        "INPUT": segments, "FIELD_NAME": "risk", "FIELD_TYPE": 0, "FORMULA": "0.05 + 0.9 * abs(sin($id * 1.7))",
        "OUTPUT": "memory:"})[0]["OUTPUT"]
    graded = run_algorithm("native:fieldcalculator", {
        "INPUT": with_risk, "FIELD_NAME": "grade", "FIELD_TYPE": 1, "FORMULA": "1 + ($id % 5)",
        "OUTPUT": "memory:"})[0]["OUTPUT"]
    routes = shared_layer("gangnam_safe_return_routes_approx.geojson")
    results, _ = run_algorithm("anshim:auditroutes", {
        "INPUT": graded, "ROUTES": routes, "LIGHTS": shared_layer("gangnam_streetlights_seoul_oa22205.geojson"),
        "CCTV": shared_layer("gangnam_cctv_2019.geojson"), "OUTPUT": "memory:"})
    audit = {row["name"]: row for row in results["OUTPUT"].getFeatures()}
    official = {row["route_name"]: row["link_length_m"] for row in routes.getFeatures()}
    assert set(audit) == set(official) and len(audit) == 24
    for row in audit.values():
        by_grade = sum(row[f"length_grade_{grade}"] for grade in range(1, 6))
        assert by_grade == pytest.approx(row["length_m"] - row["offnet_m"], rel=0.01)
        assert 0.0 <= row["offnet_m"] <= row["length_m"]
        # the city's street lights stand on arterials, the routes run in alleys: long dark gaps, in words
        assert 0.0 <= row["dark_gap_m"] <= row["length_m"] + 1e-6
    # the published lines join facility points in order: lengths within about ±25 % of the official ones
    ratios = np.array([audit[name]["length_m"] / official[name] for name in audit if official[name]])
    assert np.median(np.abs(ratios - 1.0)) < 0.25
    assert sum(row["offnet_m"] for row in audit.values()) < 0.1 * sum(row["length_m"] for row in audit.values())
    assert sorted(row["rank"] for row in audit.values()) == list(range(1, 25))
