"""Metres are metres on the ground whatever the input CRS (issue 13, part 2).

Two districts are laid out on the ground in their UTM zone — two parallel 195 m streets 400 m apart, crimes 25 m
and 35 m from a street, cameras 45 m and 55 m from one, proposed cameras 45 m and 60 m from the other — and handed
to Anshim in a CRS that is not metres on the ground: NAD83 / New York Long Island in US survey feet (EPSG:2263) and
Web Mercator at 60° N in Helsinki (EPSG:3857, where one of its "metres" is 0.5 m). Every length and count is checked
against the ground: geodesic lengths on the WGS 84 ellipsoid, distances in the UTM frame the district was drawn in
(whose own scale, 0.9997 here, moves 50 m by 0.015 m; no point lies that close to a threshold).
"""
from dataclasses import asdict, dataclass

import numpy as np
import pytest
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsDistanceArea, QgsGeometry,
                       QgsPointXY, QgsProcessingException, QgsProject)
from support import memory_layer

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
STREET_M = 195.0  # cut into 20 segments of 9.75 m
STREETS_APART_M = 400.0
CRIME_SNAP_M, CCTV_REACH_M = 30.0, 50.0
CRIMES = ((100.0, 25.0), (100.0, STREETS_APART_M - 35.0))  # 25 m above street A, 35 m below street B
CAMERAS = ((52.0, -45.0), (150.0, STREETS_APART_M + 55.0))  # 45 m below A, 55 m above B
PROPOSED = ((52.0, STREETS_APART_M + 45.0), (150.0, STREETS_APART_M - 60.0))  # 45 m above B, 60 m below B


@dataclass(frozen=True)
class District:
    name: str
    crs: str  # the CRS the layers are handed over in
    utm: str  # the UTM zone Anshim must work in
    lon: float
    lat: float

    def transform(self, source, target):
        return QgsCoordinateTransform(QgsCoordinateReferenceSystem(source), QgsCoordinateReferenceSystem(target),
                                      QgsProject.instance())

    @property
    def origin(self):
        return self.transform("EPSG:4326", self.utm).transform(QgsPointXY(self.lon, self.lat))

    def ground(self, x, y):
        """A point ``x`` m east and ``y`` m north of the district's origin, in its UTM zone."""
        return QgsPointXY(self.origin.x() + x, self.origin.y() + y)

    def handed_over(self, geometry):
        """WKT of a UTM geometry in the CRS the layers are handed over in."""
        geometry = QgsGeometry(geometry)
        geometry.transform(self.transform(self.utm, self.crs))
        return geometry.asWkt(12)

    def streets(self):
        wkts = [self.handed_over(QgsGeometry.fromPolylineXY([self.ground(0, y), self.ground(STREET_M, y)]))
                for y in (0.0, STREETS_APART_M)]
        return memory_layer("LineString", self.crs, wkts, [("name", "string")], [("A",), ("B",)], "streets")

    def points(self, offsets, name, fields=(), rows=None):
        wkts = [self.handed_over(QgsGeometry.fromPointXY(self.ground(x, y))) for x, y in offsets]
        return memory_layer("Point", self.crs, wkts, fields, rows, name)

    def distance_m(self, segment_utm, offset):
        return segment_utm.distance(QgsGeometry.fromPointXY(self.ground(*offset)))


FEET = District("State Plane feet", "EPSG:2263", "EPSG:32618", -73.97, 40.76)
MERCATOR = District("Web Mercator 60° N", "EPSG:3857", "EPSG:32635", 24.94, 60.17)


def ground_length_m(geometry, crs):
    measure = QgsDistanceArea()
    measure.setSourceCrs(crs, QgsProject.instance().transformContext())
    assert measure.setEllipsoid("EPSG:7030")
    return measure.measureLength(geometry)


def reprojected(layer, crs):
    from qgis import processing
    return processing.run("native:reprojectlayer", {"INPUT": layer, "TARGET_CRS": crs, "OUTPUT": "memory:"})["OUTPUT"]


def handed_back(layer, crs):
    """``layer`` reprojected to ``crs`` with ``length_m`` in that CRS's units, as a tool that trusts them writes it."""
    handed = reprojected(layer, crs)
    length_index = handed.fields().lookupField("length_m")
    handed.dataProvider().changeAttributeValues({feature.id(): {length_index: feature.geometry().length()}
                                                 for feature in handed.getFeatures()})
    return handed


@pytest.fixture(scope="module")
def cctv_model(tmp_path_factory):
    """A model on cctv_n alone, trained as anshim:trainmodel trains: crime is likelier where no camera reaches."""
    from anshim.engine.factors.compute import FactorParams
    from anshim.engine.model.modelfile import save_model
    from anshim.engine.model.training import train_safety_model
    rng = np.random.default_rng(3)
    streets = np.repeat(np.arange(60), 10)
    cctv_n = rng.integers(0, 4, len(streets)).astype(float)
    table = {"cctv_n": cctv_n, **{f"crime_n_{year}": rng.poisson(np.where(cctv_n > 0, 0.05, 0.6)).astype(float)
                                  for year in (2023, 2024)}}
    midpoints_xy = np.column_stack([np.tile(np.arange(10) * 10.0, 60), streets * 40.0])
    result = train_safety_model(table, ["cctv_n"], np.full(len(streets), 10.0), midpoints_xy, streets,
                                factor_settings=asdict(FactorParams()), synthetic_crimes=True)
    path = tmp_path_factory.mktemp("cctv_model") / "cctv.anshim"
    save_model(path, result.model, result.manifest_extra)
    model = result.model
    assert model.predict_risk(np.array([[1.0]]))[0] < model.predict_risk(np.array([[0.0]]))[0]
    return path


@pytest.fixture(scope="module", params=[FEET, MERCATOR], ids=lambda district: district.name)
def district(request, run_algorithm, cctv_model):
    """The whole chain on one district handed over in a non-metric CRS; every step's input in that CRS."""
    place = request.param
    segmented, segment_log = run_algorithm("anshim:segmentstreets", {
        "INPUT": place.streets(), "MAX_LENGTH": 10, "FIELDS": ["name"], "OUTPUT": "memory:"})
    segments = segmented["OUTPUT"]
    factored, factor_log = run_algorithm("anshim:computefactors", {
        "INPUT": handed_back(segments, place.crs), "CCTV": place.points(CAMERAS, "cctv"),
        "CRIMES": place.points(CRIMES, "crimes"), "OUTPUT": "memory:"})
    graded, grade_log = run_algorithm("anshim:gradestreets", {
        "INPUT": handed_back(factored["OUTPUT"], place.crs), "MODEL": str(cctv_model), "OUTPUT": "memory:"})
    sites = place.points(PROPOSED, "proposed_sites", [("scenario", "string"), ("kind", "string"),
                                                       ("cameras", "integer"), ("note", "string")],
                         [("two cameras", "cctv", 1, "45 m from B"), ("two cameras", "cctv", 1, "60 m from B")])
    simulated, scenario_log = run_algorithm("anshim:simulatescenario", {
        "INPUT": handed_back(graded["OUTPUT"], place.crs), "MODEL": str(cctv_model), "PROPOSED_SITES": sites,
        "OUTPUT": "memory:"})
    return {"place": place, "segments": segments, "factors": factored["OUTPUT"], "graded": graded["OUTPUT"],
            "scenario": simulated["OUTPUT"], "logs": {"segment": segment_log, "factor": factor_log,
                                                      "grade": grade_log, "scenario": scenario_log}}


def test_every_output_is_in_the_local_utm_zone_and_the_log_says_why(district):
    place = district["place"]
    for step in ("segments", "factors", "graded", "scenario"):
        assert district[step].crs().authid() == place.utm, step
    for step, log in district["logs"].items():
        assert any(f"Working CRS: {place.utm}" in message for message in log), step
    reason = "is in feet" if place.crs == "EPSG:2263" else "scale at the layer's centre is 2.0"
    assert any(reason in message and place.utm in message for message in district["logs"]["segment"])


def test_segments_are_at_most_10_m_on_the_ground_and_length_m_is_their_ground_length(district):
    segments = district["segments"]
    ground = np.array([ground_length_m(feature.geometry(), segments.crs()) for feature in segments.getFeatures()])
    length_m = np.array([feature["length_m"] for feature in segments.getFeatures()])
    assert len(ground) == 2 * 20
    # 10 m within the UTM zone's own scale error (0.9996 at its central meridian, 1.0004 at its edge)
    assert ground.max() <= 10.0 * 1.0005
    assert ground.min() >= 9.75 * 0.9995
    assert np.all(np.abs(length_m - ground) <= 0.005 * ground)
    assert ground.sum() == pytest.approx(2 * STREET_M, rel=0.005)


@pytest.mark.parametrize("step", ["factor", "grade", "scenario"])
def test_a_length_m_given_in_another_crs_is_recomputed_in_ground_metres(district, step):
    output = district[{"factor": "factors", "grade": "graded", "scenario": "scenario"}[step]]
    for feature in output.getFeatures():
        assert feature["length_m"] == pytest.approx(ground_length_m(feature.geometry(), output.crs()), rel=0.005)
    assert any(f"length_m recomputed in {district['place'].utm}" in message for message in district["logs"][step])


def test_file_layers_in_another_crs_are_read_through_qgis_and_give_the_same_factors(district, run_algorithm,
                                                                                   tmp_path):
    """GDAL's direct read hands over geometries untransformed: it must not be used when the CRS differs."""
    from qgis import processing
    from qgis.core import QgsVectorLayer
    place = district["place"]
    paths = {}
    for name, layer in (("segments", handed_back(district["segments"], place.crs)),
                        ("cctv", place.points(CAMERAS, "cctv")), ("crimes", place.points(CRIMES, "crimes"))):
        paths[name] = str(tmp_path / f"{name}.gpkg")
        processing.run("native:savefeatures", {"INPUT": layer, "OUTPUT": paths[name]})
    result, _ = run_algorithm("anshim:computefactors", {
        "INPUT": paths["segments"], "CCTV": paths["cctv"], "CRIMES": paths["crimes"],
        "OUTPUT": str(tmp_path / "factors.gpkg")})
    from_files = QgsVectorLayer(result["OUTPUT"], "factors", "ogr")
    assert from_files.crs().authid() == place.utm
    expected = {feature["seg_id"]: (feature["cctv_n"], feature["crime_n"], feature["length_m"])
                for feature in district["factors"].getFeatures()}
    got = {feature["seg_id"]: (feature["cctv_n"], feature["crime_n"], feature["length_m"])
           for feature in from_files.getFeatures()}
    assert got.keys() == expected.keys()
    for seg_id, (cctv_n, crime_n, length_m) in got.items():
        assert (cctv_n, crime_n) == expected[seg_id][:2]
        assert length_m == pytest.approx(expected[seg_id][2], rel=1e-9)


def test_a_crime_25_m_away_on_the_ground_is_snapped_and_one_35_m_away_is_not(district):
    place, factors = district["place"], district["factors"]
    crime_n = {feature["seg_id"]: feature["crime_n"] for feature in factors.getFeatures()}
    assert sum(crime_n.values()) == 1
    nearest_to_first = min(factors.getFeatures(), key=lambda feature: place.distance_m(feature.geometry(),
                                                                                     CRIMES[0]))
    assert place.distance_m(nearest_to_first.geometry(), CRIMES[0]) == pytest.approx(25.0, abs=0.01)
    assert crime_n[nearest_to_first["seg_id"]] == 1
    assert min(place.distance_m(feature.geometry(), CRIMES[1]) for feature in factors.getFeatures()) == \
        pytest.approx(35.0, abs=0.01)


def test_cctv_n_counts_the_cameras_within_50_m_on_the_ground(district):
    place, factors = district["place"], district["factors"]
    counted = 0
    for feature in factors.getFeatures():
        distances = [place.distance_m(feature.geometry(), camera) for camera in CAMERAS]
        assert all(abs(distance - CCTV_REACH_M) > 0.2 for distance in distances)  # no tie at the reach
        assert feature["cctv_n"] == sum(distance <= CCTV_REACH_M for distance in distances)
        counted += feature["cctv_n"]
    assert counted == 5  # the 45 m camera reaches 5 segments of street A; the 55 m one none of street B


def test_grading_lowers_the_risk_exactly_where_a_camera_reaches(district):
    place, graded = district["place"], district["graded"]
    reached = {feature["seg_id"]: place.distance_m(feature.geometry(), CAMERAS[0]) <= CCTV_REACH_M
               for feature in graded.getFeatures()}
    risk = {feature["seg_id"]: feature["risk"] for feature in graded.getFeatures()}
    covered = {risk[seg_id] for seg_id, near in reached.items() if near}
    uncovered = {risk[seg_id] for seg_id, near in reached.items() if not near}
    assert len(covered) == len(uncovered) == 1 and max(covered) < min(uncovered)
    total_km = sum(ground_length_m(feature.geometry(), graded.crs()) for feature in graded.getFeatures()) / 1000
    logged_km = sum(float(message.split(": ")[1].split(" km")[0]) for message in district["logs"]["grade"]
                    if message.startswith("Grade "))
    assert logged_km == pytest.approx(total_km, abs=0.01)


def test_a_proposed_camera_45_m_away_on_the_ground_changes_the_segment_and_one_60_m_away_does_not(district):
    place, scenario = district["place"], district["scenario"]
    changed, unchanged_near_the_far_one = 0, 0
    for feature in scenario.getFeatures():
        near = place.distance_m(feature.geometry(), PROPOSED[0])
        far = place.distance_m(feature.geometry(), PROPOSED[1])
        assert abs(near - CCTV_REACH_M) > 0.2
        reached = near <= CCTV_REACH_M
        assert (feature["risk_after"] < feature["risk_before"]) == reached
        changed += reached
        unchanged_near_the_far_one += far < 65 and not reached
    assert changed == 5 and unchanged_near_the_far_one > 0
    assert min(place.distance_m(feature.geometry(), PROPOSED[1]) for feature in scenario.getFeatures()) == \
        pytest.approx(60.0, abs=0.01)


@pytest.mark.parametrize("place", [FEET, MERCATOR], ids=lambda place: place.name)
def test_training_measures_the_network_in_ground_kilometres(run_algorithm, tmp_path, place):
    """60 streets of ten 10 m segments handed over in feet or Web Mercator: 6.0 km of network, not 19.7 or 12."""
    from anshim.engine.model.modelfile import load_model
    rng = np.random.default_rng(5)
    wkts, rows = [], []
    for street in range(60):
        for seq in range(10):
            segment = QgsGeometry.fromPolylineXY([place.ground(10.0 * seq, 40.0 * street),
                                                 place.ground(10.0 * (seq + 1), 40.0 * street)])
            cctv_n = int(rng.integers(0, 4))
            crimes = rng.poisson(0.05 if cctv_n else 0.6, 2).tolist()
            wkts.append(place.handed_over(segment))
            rows.append((street, cctv_n, *crimes))
    segments = memory_layer("LineString", place.crs, wkts, [("street_id", "integer"), ("cctv_n", "integer"),
                                                           ("crime_n_2023", "integer"), ("crime_n_2024", "integer")],
                            rows, "segments")
    model_path = tmp_path / "model.anshim"
    _, messages = run_algorithm("anshim:trainmodel", {"INPUT": segments, "SYNTHETIC_CRIMES": True,
                                                      "MODEL": str(model_path)})
    assert any(f"Working CRS: {place.utm}" in message for message in messages)
    assert any("Training on 600 segments (6.0 km)" in message for message in messages)
    _, manifest = load_model(model_path)
    assert manifest["data"]["network_km"] == pytest.approx(6.0, rel=0.005)


def test_a_layer_already_in_metres_on_the_ground_is_worked_in_as_it_is(run_algorithm):
    streets = memory_layer("LineString", "EPSG:5186", ["LINESTRING(200000 550000, 200095 550000)"])
    result, messages = run_algorithm("anshim:segmentstreets", {"INPUT": streets, "OUTPUT": "memory:"})
    assert result["OUTPUT"].crs().authid() == "EPSG:5186" and result["OUTPUT"].featureCount() == 10
    assert any("Working CRS: EPSG:5186" in message for message in messages)


@pytest.mark.parametrize("target, reason", [("EPSG:4326", "in degrees"), ("EPSG:2263", "in feet"),
                                            ("EPSG:3857", "scale at the layer's centre is 2.0")])
def test_a_target_crs_that_is_not_metres_on_the_ground_is_refused(run_algorithm, target, reason):
    with pytest.raises(QgsProcessingException, match=f"TARGET_CRS: {target}.*{reason}.*EPSG:32635"):
        run_algorithm("anshim:segmentstreets", {"INPUT": MERCATOR.streets(), "TARGET_CRS": target,
                                                "OUTPUT": "memory:"})


@pytest.mark.parametrize("crs, cell", [("EPSG:3857", 100.0), ("EPSG:4326", 0.001)])
def test_a_population_raster_in_another_crs_gives_people_per_km2_of_ground(run_algorithm, tmp_path, crs, cell):
    """100 people per cell at 60° N: a 100 × 100 Web Mercator unit cell is 50 × 50 m on the ground, a 0.001°
    cell 56 × 111 m. Warping gives cells of another ground size; people per km² of ground must stay the same."""
    from osgeo import gdal, osr
    centre = MERCATOR.transform("EPSG:4326", crs).transform(QgsPointXY(MERCATOR.lon, MERCATOR.lat))
    path = str(tmp_path / "population.tif")
    raster = gdal.GetDriverByName("GTiff").Create(path, 40, 40, 1, gdal.GDT_Float32)
    raster.SetGeoTransform((centre.x() - 20 * cell, cell, 0, centre.y() + 20 * cell, 0, -cell))
    spatial_reference = osr.SpatialReference()
    spatial_reference.ImportFromEPSG(int(crs.split(":")[1]))
    spatial_reference.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    raster.SetProjection(spatial_reference.ExportToWkt())
    raster.GetRasterBand(1).WriteArray(np.full((40, 40), 100.0, dtype=np.float32))
    del raster
    result, messages = run_algorithm("anshim:computefactors", {
        "INPUT": MERCATOR.streets(), "POPULATION_RASTER": path, "OUTPUT": "memory:"})
    measure = QgsDistanceArea()
    measure.setSourceCrs(QgsCoordinateReferenceSystem(crs), QgsProject.instance().transformContext())
    assert measure.setEllipsoid("EPSG:7030")
    ground_cell_km2 = measure.measureArea(QgsGeometry.fromWkt(
        f"POLYGON(({centre.x()} {centre.y()}, {centre.x() + cell} {centre.y()}, {centre.x() + cell} "
        f"{centre.y() + cell}, {centre.x()} {centre.y() + cell}, {centre.x()} {centre.y()}))")) / 1e6
    densities = [feature["pop_night"] for feature in result["OUTPUT"].getFeatures()]
    assert len(densities) == 2  # one per street: pop_night is sampled at the line's midpoint
    assert densities == pytest.approx([100 / ground_cell_km2] * len(densities), rel=0.01)
    assert any(f"reprojecting from {crs}" in message for message in messages)


# scale of a CRS at a point: metres in the CRS per metre on the ellipsoid, east-west and north-south
@pytest.mark.parametrize("crs, lon, lat, expected, tolerance", [
    ("EPSG:3857", 24.94, 60.0, 2.0, 0.01), ("EPSG:3857", 127.0, 37.5, 1.26, 0.01),
    ("EPSG:32635", 24.94, 60.17, 1.0, 0.0005), ("EPSG:32652", 127.0, 37.5, 1.0, 0.0005),
    ("EPSG:32652", 129.0, 37.5, 0.9996, 0.00005), ("EPSG:5186", 127.0, 37.5, 1.0, 0.0001),
    ("EPSG:2263", -73.97, 40.76, 1.0, 0.0001)])
def test_scale_factor_at_the_layer_centre(qgis_app, crs, lon, lat, expected, tolerance):
    from anshim.qgis_io.metric_crs import scale_factors
    target = QgsCoordinateReferenceSystem(crs)
    centre = QgsCoordinateTransform(WGS84, target, QgsProject.instance()).transform(QgsPointXY(lon, lat))
    east_west, north_south = scale_factors(target, centre, QgsProject.instance().transformContext())
    assert east_west == pytest.approx(expected, abs=tolerance)
    assert north_south == pytest.approx(expected, abs=tolerance)


def test_a_layer_can_be_asked_whether_it_is_in_metres_on_the_ground(qgis_app):
    """For callers that work in the layer's own CRS (the planner dock): a reason, or None."""
    from anshim.qgis_io.metric_crs import why_layer_not_metric
    context = QgsProject.instance().transformContext()
    assert "scale at the layer's centre is 2.0" in why_layer_not_metric(MERCATOR.streets(), context)
    assert "in feet" in why_layer_not_metric(FEET.streets(), context)
    seoul = memory_layer("LineString", "EPSG:5186", ["LINESTRING(200000 550000, 200095 550000)"])
    assert why_layer_not_metric(seoul, context) is None
