"""anshim:segmentstreets as a GIS officer runs it: counts, lengths, junctions, CRS, GeoPackage, bad input."""
import math
from pathlib import Path

import pytest
from qgis.core import (QgsFeatureRequest, QgsGeometry, QgsPointXY, QgsProcessingException, QgsSpatialIndex,
                       QgsVectorLayer)
from support import memory_layer

ALGORITHM = "anshim:segmentstreets"
DATA = Path(__file__).resolve().parents[1] / "data"


def features(layer):
    return list(layer.getFeatures())


def total_length(layer):
    return sum(feature.geometry().length() for feature in layer.getFeatures())


def test_crossing_lines_without_shared_vertex_are_split_at_the_crossing(run_algorithm):
    streets = memory_layer("LineString", "EPSG:5186", ["LINESTRING(0 0, 40 0)", "LINESTRING(20 -20, 20 20)"],
                           [("name", "string")], [("east road",), ("north road",)])
    result, messages = run_algorithm(ALGORITHM, {"INPUT": streets, "MAX_LENGTH": 10, "FIELDS": ["name"],
                                                 "OUTPUT": "memory:"})
    segments = result["OUTPUT"]
    assert [field.name() for field in segments.fields()] == ["seg_id", "street_id", "seq", "length_m", "name"]
    assert segments.featureCount() == 8  # four 20 m arms, each cut into two 10 m segments
    rows = features(segments)
    assert sorted(row["seg_id"] for row in rows) == list(range(1, 9))
    assert {round(row["length_m"], 9) for row in rows} == {10.0}
    assert {row["name"] for row in rows} == {"east road", "north road"}
    ends = {(round(x, 6), round(y, 6)) for row in rows for x, y in
            (row.geometry().asPolyline()[0], row.geometry().asPolyline()[-1])}
    assert (20.0, 0.0) in ends


def test_equal_parts_and_sequence_along_a_bent_street(run_algorithm):
    streets = memory_layer("LineString", "EPSG:5186", ["LINESTRING(0 0, 15 0, 15 10)"])
    segments = run_algorithm(ALGORITHM, {"INPUT": streets, "MAX_LENGTH": 10, "OUTPUT": "memory:"})[0]["OUTPUT"]
    rows = sorted(features(segments), key=lambda row: row["seq"])
    assert [row["seq"] for row in rows] == [1, 2, 3]
    assert all(math.isclose(row["length_m"], 25 / 3) for row in rows)
    assert math.isclose(total_length(segments), 25.0)


def test_multipart_null_and_zero_length_features_are_handled_and_logged(run_algorithm):
    streets = memory_layer("MultiLineString", "EPSG:5186", [
        "MULTILINESTRING((0 0, 10 0), (100 0, 100 12))",
        "MULTILINESTRING((50 50, 50 50))",
        "",
    ])
    result, messages = run_algorithm(ALGORITHM, {"INPUT": streets, "MAX_LENGTH": 10, "OUTPUT": "memory:"})
    segments = result["OUTPUT"]
    assert segments.featureCount() == 3  # 10 m part in one piece, 12 m part in two
    assert {row["street_id"] for row in features(segments)} == {1}
    log = "\n".join(messages)
    assert "without geometry" in log
    assert "zero-length" in log.lower()


def test_geographic_input_is_projected_to_utm_and_logged(run_algorithm):
    streets = QgsVectorLayer(str(DATA / "crossing_streets_wgs84.geojson"), "wgs84", "ogr")
    assert streets.isValid()
    result, messages = run_algorithm(ALGORITHM, {"INPUT": streets, "OUTPUT": "memory:"})
    segments = result["OUTPUT"]
    assert segments.crs().authid() == "EPSG:32652"
    assert any("EPSG:32652" in message for message in messages)
    assert all(row["length_m"] <= 10 + 1e-9 for row in features(segments))


def test_target_crs_is_used_when_given(run_algorithm):
    streets = QgsVectorLayer(str(DATA / "crossing_streets_wgs84.geojson"), "wgs84", "ogr")
    segments = run_algorithm(ALGORITHM, {"INPUT": streets, "TARGET_CRS": "EPSG:5186",
                                         "OUTPUT": "memory:"})[0]["OUTPUT"]
    assert segments.crs().authid() == "EPSG:5186"


def test_geopackage_in_and_out_gets_fresh_feature_ids(run_algorithm, tmp_path):
    """native:splitlinesbylength keeps the input fid and fails on GeoPackage; Anshim writes fresh ids."""
    from qgis import processing
    source = str(tmp_path / "streets.gpkg")
    processing.run("native:savefeatures", {
        "INPUT": memory_layer("LineString", "EPSG:5186", ["LINESTRING(0 0, 95 0)", "LINESTRING(0 10, 0 60)"]),
        "OUTPUT": source})
    target = str(tmp_path / "segments.gpkg")
    result, _ = run_algorithm(ALGORITHM, {"INPUT": source, "FIELDS": ["fid"], "OUTPUT": target})
    segments = QgsVectorLayer(result["OUTPUT"], "segments", "ogr")
    assert segments.featureCount() == 10 + 5
    assert "src_fid" in segments.fields().names()
    assert math.isclose(total_length(segments), 145.0, rel_tol=1e-9)


def test_input_layer_is_not_modified(run_algorithm):
    streets = memory_layer("LineString", "EPSG:5186", ["LINESTRING(0 0, 40 0)", "LINESTRING(20 -20, 20 20)"])
    before = [feature.geometry().asWkt() for feature in streets.getFeatures()]
    run_algorithm(ALGORITHM, {"INPUT": streets, "OUTPUT": "memory:"})
    assert [feature.geometry().asWkt() for feature in streets.getFeatures()] == before
    assert streets.featureCount() == 2


def test_point_layer_is_refused_with_a_clear_message(run_algorithm):
    points = memory_layer("Point", "EPSG:5186", ["POINT(0 0)"])
    with pytest.raises(QgsProcessingException):
        run_algorithm(ALGORITHM, {"INPUT": points, "OUTPUT": "memory:"})


def test_empty_layer_says_there_is_nothing_to_segment(run_algorithm):
    empty = memory_layer("LineString", "EPSG:5186", [])
    with pytest.raises(QgsProcessingException, match="no line geometries"):
        run_algorithm(ALGORITHM, {"INPUT": empty, "OUTPUT": "memory:"})


def test_layer_without_crs_is_refused(run_algorithm):
    no_crs = memory_layer("LineString", "", ["LINESTRING(0 0, 40 0)"])
    with pytest.raises(QgsProcessingException, match="no coordinate reference system"):
        run_algorithm(ALGORITHM, {"INPUT": no_crs, "OUTPUT": "memory:"})


def test_cancelled_run_leaves_no_output_file(run_algorithm, tmp_path):
    streets = memory_layer("LineString", "EPSG:5186", [f"LINESTRING(0 {y}, 500 {y})" for y in range(0, 2000, 20)])
    feedback = run_algorithm.Feedback()
    feedback.cancel()
    target = tmp_path / "cancelled.gpkg"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_algorithm(ALGORITHM, {"INPUT": streets, "OUTPUT": str(target)}, feedback)
    assert not target.exists()


def crossing_points(layer):
    """Every point where two input streets cross or touch, found by QGIS's own geometry engine."""
    index = QgsSpatialIndex(layer.getFeatures())
    geometries = {feature.id(): feature.geometry() for feature in layer.getFeatures()}
    points = []
    for fid, geometry in geometries.items():
        for other in index.intersects(geometry.boundingBox()):
            if other <= fid:
                continue
            shared = geometry.intersection(geometries[other])
            if shared.isEmpty():
                continue
            for vertex in shared.vertices():
                points.append(QgsPointXY(vertex.x(), vertex.y()))
    return points


def test_real_yeoksam1_network_is_segmented_without_crossing_a_junction(run_algorithm, yeoksam1_streets):
    result, messages = run_algorithm(ALGORITHM, {"INPUT": yeoksam1_streets, "MAX_LENGTH": 10,
                                                 "FIELDS": ["road_name", "road_class_cd"], "OUTPUT": "memory:"})
    segments = result["OUTPUT"]
    lengths = [row["length_m"] for row in features(segments)]
    input_length = total_length(yeoksam1_streets)
    print(f"역삼1동: {yeoksam1_streets.featureCount()} streets, {input_length / 1000:.2f} km -> "
          f"{len(lengths)} segments, {min(lengths):.3f}–{max(lengths):.3f} m")
    assert len(lengths) > input_length / 10  # at least one segment per 10 m
    assert max(lengths) <= 10 + 1e-9
    assert abs(total_length(segments) - input_length) <= 1e-4 * input_length  # 0.01 %
    assert len({row["seg_id"] for row in features(segments)}) == len(lengths)

    from anshim.engine.network.segmentation import SPLIT_MERGE_M
    segment_index = QgsSpatialIndex(segments.getFeatures())
    crossings = crossing_points(yeoksam1_streets)
    assert len(crossings) > 50
    for point in crossings:
        probe = QgsGeometry.fromPointXY(point)
        nearby = segments.getFeatures(QgsFeatureRequest().setFilterFids(
            segment_index.intersects(probe.buffer(0.01, 4).boundingBox())))
        for segment in nearby:
            line = segment.geometry().asPolyline()
            if min(QgsPointXY(point).distance(end) for end in (line[0], line[-1])) < SPLIT_MERGE_M:
                continue  # the junction is a segment end, as it must be (splits within 1 mm are one, issue 21)
            assert segment.geometry().distance(probe) > 1e-6, f"segment {segment['seg_id']} straddles {point}"
