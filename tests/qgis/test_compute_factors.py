"""anshim:computefactors against QGIS's own algorithms (and exact brute-force distances for "nearest") on real
역삼1동 layers, and its messages on bad input."""
import math
from collections import Counter

import numpy as np
import pytest
from qgis.core import QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer
from support import memory_layer, shared_layer

ALGORITHM = "anshim:computefactors"


@pytest.fixture(scope="module")
def yeoksam1_segments(yeoksam1_streets, anshim_plugin):
    from qgis import processing
    return processing.run("anshim:segmentstreets", {"INPUT": yeoksam1_streets, "OUTPUT": "memory:"})["OUTPUT"]


@pytest.fixture(scope="module")
def synthetic_crimes(yeoksam1_segments):
    """SYNTHETIC crime points (no Korean crime points are public): random positions up to 40 m off the streets."""
    rng = np.random.default_rng(7)
    segments = list(yeoksam1_segments.getFeatures())
    wkts = []
    for index in rng.choice(len(segments), 600):
        geometry = segments[index].geometry()
        point = geometry.interpolate(rng.random() * geometry.length()).asPoint()
        angle, offset = rng.random() * 2 * math.pi, rng.random() * 40
        wkts.append(f"POINT({point.x() + offset * math.cos(angle)} {point.y() + offset * math.sin(angle)})")
    return memory_layer("Point", "EPSG:5186", wkts, [("crime_id", "integer"), ("source", "string")],
                        [(number, "synthetic") for number in range(len(wkts))], "synthetic_crimes")


@pytest.fixture(scope="module")
def yeoksam1_factors(yeoksam1_segments, synthetic_crimes, anshim_plugin):
    from qgis import processing
    return processing.run(ALGORITHM, {
        "INPUT": yeoksam1_segments, "CCTV": shared_layer("gangnam_cctv_2019.geojson"),
        "CCTV_CAMERAS_FIELD": "camera_count", "LIGHTS": shared_layer("gangnam_yeoksam1_security_lights_2019.geojson"),
        "CRIMES": synthetic_crimes, "OUTPUT": "memory:"})["OUTPUT"]


def by_segment(layer, field):
    return {feature["seg_id"]: feature[field] for feature in layer.getFeatures()}


def native_weighted_count(segments, points, radius_m, weight_field=""):
    """QGIS's own chain: buffer every segment, then count (weighted) points in each buffer polygon."""
    from qgis import processing
    buffers = processing.run("native:buffer", {"INPUT": segments, "DISTANCE": radius_m, "SEGMENTS": 64,
                                               "END_CAP_STYLE": 0, "OUTPUT": "memory:"})["OUTPUT"]
    counted = processing.run("native:countpointsinpolygon", {"POLYGONS": buffers, "POINTS": points,
                                                             "WEIGHT": weight_field, "FIELD": "native_n",
                                                             "OUTPUT": "memory:"})["OUTPUT"]
    return by_segment(counted, "native_n")


def points_in_crs(layer, crs):
    from qgis import processing
    return processing.run("native:reprojectlayer", {"INPUT": layer, "TARGET_CRS": crs, "OUTPUT": "memory:"})["OUTPUT"]


def assert_counts_match_except_at_the_radius(factors, points, radius_m, field, weight_field=""):
    """Equal segment by segment, except where a point lies within the buffer polygon's chord error
    (radius × (1 − cos(π / 256)) < 0.004 m at 50 m) of the exact radius: documented as ties at the radius."""
    native = native_weighted_count(factors, points, radius_m, weight_field)
    ours = by_segment(factors, field)
    geometries = {feature["seg_id"]: feature.geometry() for feature in factors.getFeatures()}
    point_geometries = [(feature.geometry(), feature[weight_field] if weight_field else 1)
                        for feature in points.getFeatures()]
    tolerance_m = radius_m * (1 - math.cos(math.pi / 256)) + 1e-6
    differing = [seg_id for seg_id in ours if ours[seg_id] != native[seg_id]]
    for seg_id in differing:
        at_radius = sum(weight for point, weight in point_geometries
                        if abs(geometries[seg_id].distance(point) - radius_m) <= tolerance_m)
        assert abs(ours[seg_id] - native[seg_id]) <= at_radius, f"{field} differs on segment {seg_id}"
    return len(ours), len(differing), sum(ours.values())


def test_camera_and_light_counts_equal_qgis_buffer_and_count(yeoksam1_factors):
    cctv = points_in_crs(shared_layer("gangnam_cctv_2019.geojson"), yeoksam1_factors.crs())
    lights = points_in_crs(shared_layer("gangnam_yeoksam1_security_lights_2019.geojson"), yeoksam1_factors.crs())
    segments, differing, cameras = assert_counts_match_except_at_the_radius(
        yeoksam1_factors, cctv, 50, "cctv_n", "camera_count")
    print(f"cctv_n: {segments} segments, {differing} differ only by cameras at 50 m; {cameras} camera-segment pairs")
    assert cameras > 1000
    segments, differing, lit = assert_counts_match_except_at_the_radius(yeoksam1_factors, lights, 25, "light_n")
    print(f"light_n: {segments} segments, {differing} differ only by lights at 25 m; {lit} light-segment pairs")
    assert lit > 1000


def line_pieces(layer):
    """Every straight piece of every line of ``layer``: starts, ends (n × 2 arrays) and, per feature in order, the
    index of its first piece (features' pieces are consecutive) and its seg_id."""
    starts, ends, first_piece, seg_ids = [], [], [], []
    for feature in layer.getFeatures():
        geometry = feature.geometry()
        parts = geometry.asMultiPolyline() if geometry.isMultipart() else [geometry.asPolyline()]
        first_piece.append(len(starts))
        seg_ids.append(feature["seg_id"])
        for part in parts:
            for a, b in zip(part[:-1], part[1:]):
                starts.append((a.x(), a.y()))
                ends.append((b.x(), b.y()))
    return np.array(starts), np.array(ends), np.array(first_piece), seg_ids


def exact_distances(points, pieces, chunk=64):
    """Distance in metres from every point (rows) to every line (columns), by brute force over every piece: the
    point's projection clamped to the piece. The exact oracle for "nearest": QGIS's own nearest-neighbour tools go
    through QgsSpatialIndex, which returns far features under libspatialindex 2.1.0 (Debian 13's; libspatialindex
    #276, QGIS #64431)."""
    starts, ends, first_piece, _ = pieces
    direction = ends - starts
    squared_length = np.maximum((direction ** 2).sum(axis=1), 1e-300)
    rows = []
    for block in range(0, len(points), chunk):
        relative = points[block:block + chunk, None, :] - starts[None, :, :]
        along = np.clip((relative * direction).sum(axis=2) / squared_length, 0.0, 1.0)
        off = relative - along[..., None] * direction[None, :, :]
        rows.append(np.minimum.reduceat(np.hypot(off[..., 0], off[..., 1]), first_piece, axis=1))
    return np.vstack(rows)


def point_array(layer):
    return np.array([(point.x(), point.y()) for point in (feature.geometry().asPoint()
                                                           for feature in layer.getFeatures())])


def test_nearest_camera_distance_is_exact(yeoksam1_factors):
    cctv = points_in_crs(shared_layer("gangnam_cctv_2019.geojson"), yeoksam1_factors.crs())
    pieces = line_pieces(yeoksam1_factors)
    exact = dict(zip(pieces[3], np.minimum(exact_distances(point_array(cctv), pieces).min(axis=0), 1000.0)))
    ours = by_segment(yeoksam1_factors, "cctv_d")
    assert ours.keys() == exact.keys()
    worst = max(abs(ours[seg_id] - exact[seg_id]) for seg_id in ours)
    assert worst < 1e-6


def test_each_crime_counts_once_on_its_nearest_segment(yeoksam1_factors, synthetic_crimes):
    pieces = line_pieces(yeoksam1_factors)
    distances = exact_distances(point_array(synthetic_crimes), pieces)
    nearest = distances.min(axis=1)
    # a crime outside a bend is equally near both segments sharing the vertex; Anshim gives such a crime to the
    # lower segment index, once
    seg_ids = np.array(pieces[3])
    matches = [seg_ids[row <= near + 1e-9] for row, near in zip(distances, nearest) if near <= 30]
    ours = by_segment(yeoksam1_factors, "crime_n")
    assert sum(ours.values()) == len(matches)  # every crime within 30 m counted exactly once
    unique = Counter(int(ids[0]) for ids in matches if len(ids) == 1)
    tied = Counter(int(seg_id) for ids in matches if len(ids) > 1 for seg_id in ids)
    for seg_id, count in ours.items():
        assert unique[seg_id] <= count <= unique[seg_id] + tied[seg_id], f"segment {seg_id}"
    print(f"crime_n: {len(matches)} crimes counted once each; {sum(len(ids) > 1 for ids in matches)} ties")


def test_missing_layers_leave_their_fields_out(run_algorithm):
    segments = memory_layer("LineString", "EPSG:5186", ["LINESTRING(0 0, 10 0)", "LINESTRING(10 0, 20 0)"])
    lights = memory_layer("Point", "EPSG:5186", ["POINT(5 3)"])
    result, messages = run_algorithm(ALGORITHM, {"INPUT": segments, "LIGHTS": lights, "OUTPUT": "memory:"})
    names = result["OUTPUT"].fields().names()
    assert {"seg_id", "length_m", "light_n", "light_d", "dead_end", "junction_d"} <= set(names)
    assert not {"cctv_n", "cctv_d", "bell_d", "crime_n", "route", "pop_night"} & set(names)
    assert any("No CCTV layer" in message for message in messages)
    rows = list(result["OUTPUT"].getFeatures())
    assert [row["light_n"] for row in rows] == [1, 1]
    assert [row["light_d"] for row in rows] == [pytest.approx(3.0), pytest.approx(np.hypot(5, 3))]


def test_crime_years_from_a_date_field_and_a_filter(run_algorithm):
    segments = memory_layer("LineString", "EPSG:5186", ["LINESTRING(0 0, 10 0)", "LINESTRING(0 50, 10 50)"])
    crimes = memory_layer("Point", "EPSG:5186", ["POINT(2 1)", "POINT(3 1)", "POINT(4 49)", "POINT(5 200)"],
                          [("date", "string"), ("victim_sex", "string")],
                          [("2023-05-01", "F"), ("2024-01-09", "F"), ("2024-03-03", "M"), ("2024-07-07", "F")])
    result, messages = run_algorithm(ALGORITHM, {
        "INPUT": segments, "CRIMES": crimes, "CRIME_DATE_FIELD": "date", "CRIME_FILTER": "\"victim_sex\" = 'F'",
        "OUTPUT": "memory:"})
    rows = list(result["OUTPUT"].getFeatures())
    assert [row["crime_n"] for row in rows] == [2, 0]
    assert [row["crime_n_2023"] for row in rows] == [1, 0]
    assert [row["crime_n_2024"] for row in rows] == [1, 0]
    log = "\n".join(messages)
    assert "3 of 4 match the filter" in log
    assert "1 of 3 crimes" in log and "30 m" in log  # the one at 200 m is counted in the log


@pytest.mark.parametrize("parameters, message", [
    ({"CCTV": "polygon"}, "has polygon geometries; a point layer is needed"),
    ({"LIGHTS": "empty"}, "has no features"),
    ({"BELLS": "no_crs"}, "no coordinate reference system"),
    ({"CCTV_RADIUS": 0}, "CCTV_RADIUS"),
    ({"LIGHT_RADIUS": -5}, "greater than 0 m"),
    ({"POPULATION_POLYGONS": "polygon"}, "POPULATION_FIELD"),
])
def test_bad_input_is_refused_with_a_message_naming_it(run_algorithm, parameters, message):
    layers = {
        "polygon": memory_layer("Polygon", "EPSG:5186", ["POLYGON((0 0, 5 0, 5 5, 0 0))"], name="cctv_areas"),
        "empty": memory_layer("Point", "EPSG:5186", [], name="no_lights"),
        "no_crs": memory_layer("Point", "", ["POINT(1 1)"], name="bells_without_crs"),
    }
    segments = memory_layer("LineString", "EPSG:5186", ["LINESTRING(0 0, 10 0)"])
    parameters = {key: layers.get(value, value) if isinstance(value, str) else value
                  for key, value in parameters.items()}
    with pytest.raises(QgsProcessingException, match=message):
        run_algorithm(ALGORITHM, {"INPUT": segments, **parameters, "OUTPUT": "memory:"})


def test_null_geometries_are_skipped_and_logged(run_algorithm):
    segments = memory_layer("LineString", "EPSG:5186", ["LINESTRING(0 0, 10 0)", ""])
    lights = memory_layer("Point", "EPSG:5186", ["POINT(1 1)", ""])
    result, messages = run_algorithm(ALGORITHM, {"INPUT": segments, "LIGHTS": lights, "OUTPUT": "memory:"})
    assert result["OUTPUT"].featureCount() == 1
    assert sum("without geometry were skipped" in message for message in messages) == 2


def test_population_polygons_give_density_per_km2(run_algorithm):
    segments = memory_layer("LineString", "EPSG:5186", ["LINESTRING(100 100, 110 100)", "LINESTRING(5000 0, 5010 0)"])
    dongs = memory_layer("MultiPolygon", "EPSG:5186",
                         ["MULTIPOLYGON(((0 0, 1000 0, 1000 1000, 0 1000, 0 0)), ((2000 0, 3000 0, 3000 1000, 2000 1000, 2000 0)))"],
                         [("night_f", "double")], [(3000.0,)])
    result, _ = run_algorithm(ALGORITHM, {"INPUT": segments, "POPULATION_POLYGONS": dongs,
                                          "POPULATION_FIELD": "night_f", "OUTPUT": "memory:"})
    assert [row["pop_night"] for row in result["OUTPUT"].getFeatures()] == [pytest.approx(1500.0), 0.0]


def test_written_to_geopackage_and_input_untouched(run_algorithm, tmp_path):
    segments = memory_layer("LineString", "EPSG:5186", ["LINESTRING(0 0, 10 0)", "LINESTRING(10 0, 20 0)"],
                            [("seg_id", "integer")], [(7,), (8,)])
    before = [feature.attributes() for feature in segments.getFeatures()]
    target = str(tmp_path / "factors.gpkg")
    result, _ = run_algorithm(ALGORITHM, {"INPUT": segments, "OUTPUT": target})
    written = QgsVectorLayer(result["OUTPUT"], "factors", "ogr")
    assert [feature["seg_id"] for feature in written.getFeatures()] == [7, 8]
    assert [feature.attributes() for feature in segments.getFeatures()] == before
    assert QgsGeometry.fromPointXY(QgsPointXY(0, 0)).distance(next(written.getFeatures()).geometry()) == 0


def test_extra_point_layers_add_count_and_distance_fields_named_after_the_layer(run_algorithm):
    segments = memory_layer("LineString", "EPSG:5186", ["LINESTRING(0 0, 10 0)", "LINESTRING(200 0, 210 0)"])
    bars = memory_layer("Point", "EPSG:5186", ["POINT(5 20)", "POINT(8 -30)"], name="Late-night Bars")
    result, messages = run_algorithm(ALGORITHM, {"INPUT": segments, "EXTRA_POINTS": [bars], "EXTRA_RADIUS": 25,
                                                 "OUTPUT": "memory:"})
    rows = list(result["OUTPUT"].getFeatures())
    assert [row["late_night_bars_n"] for row in rows] == [1, 0]
    assert [row["late_night_bars_d"] for row in rows] == [pytest.approx(20.0), pytest.approx(np.hypot(192, 30))]
    assert any("late_night_bars_n" in message for message in messages)


def test_population_raster_in_degrees_is_reprojected_and_gives_density_per_km2(run_algorithm, tmp_path):
    """A GeoTIFF in EPSG:4326 with 100 people per 0.0005° cell (~44 × 56 m near Seoul) under segments in
    EPSG:5186: the raster is warped to metres first, so the density is people per km² of ground."""
    rasterio = pytest.importorskip("rasterio")
    path = tmp_path / "population_wgs84.tif"
    cell_deg = 0.0005
    with rasterio.open(path, "w", driver="GTiff", height=40, width=40, count=1, dtype="float32", crs="EPSG:4326",
                       transform=rasterio.Affine(cell_deg, 0, 126.89, 0, -cell_deg, 37.53)) as raster:
        raster.write(np.full((40, 40), 100.0, dtype="float32"), 1)
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject
    to_5186 = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                     QgsCoordinateReferenceSystem("EPSG:5186"), QgsProject.instance())
    centre = to_5186.transform(QgsPointXY(126.90, 37.52))
    segments = memory_layer("LineString", "EPSG:5186",
                            [f"LINESTRING({centre.x()} {centre.y()}, {centre.x() + 10} {centre.y()})"])
    result, messages = run_algorithm(ALGORITHM, {"INPUT": segments, "POPULATION_RASTER": str(path),
                                                 "OUTPUT": "memory:"})
    corner = to_5186.transform(QgsPointXY(126.90 + cell_deg, 37.52 + cell_deg))
    cell_km2 = abs(corner.x() - centre.x()) * abs(corner.y() - centre.y()) / 1e6
    density = next(result["OUTPUT"].getFeatures())["pop_night"]
    assert density == pytest.approx(100 / cell_km2, rel=0.05)
    assert any("reprojecting from EPSG:4326" in message for message in messages)
