"""trainmodel, gradestreets and stylegrades as a GIS officer uses them, on the demo and on real 역삼1동 layers."""
import shutil
import zipfile

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsProject, QgsVectorLayer
from support import memory_layer, shared_layer


def demo_layer(folder, name):
    layer = QgsVectorLayer(f"{folder / 'anshim_demo.gpkg'}|layername={name}", name, "ogr")
    assert layer.isValid()
    return layer


def test_grading_with_a_tampered_model_is_refused(demo_run, run_algorithm, tmp_path):
    folder, _ = demo_run
    tampered = tmp_path / "tampered.anshim"
    with zipfile.ZipFile(folder / "anshim_demo.anshim") as original, zipfile.ZipFile(tampered, "w") as copy:
        for item in original.infolist():
            data = original.read(item)
            copy.writestr(item, data[:-40] + bytes(40) if item.filename.endswith(".npz") else data)
    with pytest.raises(QgsProcessingException, match="refused"):
        run_algorithm("anshim:gradestreets", {"INPUT": demo_layer(folder, "segment_factors"),
                                              "MODEL": str(tampered), "OUTPUT": "memory:"})


def test_a_pickle_sent_as_a_model_is_refused_without_running_it(demo_run, run_algorithm, tmp_path):
    folder, _ = demo_run
    malicious = tmp_path / "malicious.anshim"
    marker = tmp_path / "pwned"
    payload = (b"cos\nsystem\n(S'touch " + str(marker).encode() + b"'\ntR.")
    with zipfile.ZipFile(malicious, "w") as archive:
        archive.writestr("manifest.json", "{}")
        archive.writestr("payload.pkl", payload)
    with pytest.raises(QgsProcessingException, match="refused"):
        run_algorithm("anshim:gradestreets", {"INPUT": demo_layer(folder, "segment_factors"),
                                              "MODEL": str(malicious), "OUTPUT": "memory:"})
    assert not marker.exists()


def test_a_factor_the_model_needs_is_named_when_missing(demo_run, run_algorithm):
    folder, _ = demo_run
    segments = memory_layer("LineString", "EPSG:5186", ["LINESTRING(0 0, 10 0)"], [("cctv_n", "double")], [(1.0,)])
    with pytest.raises(QgsProcessingException, match="light_n"):
        run_algorithm("anshim:gradestreets", {"INPUT": segments, "MODEL": str(folder / "anshim_demo.anshim"),
                                              "OUTPUT": "memory:"})


def test_grades_risk_and_factor_words(demo_run, run_algorithm):
    folder, _ = demo_run
    result, messages = run_algorithm("anshim:gradestreets", {
        "INPUT": demo_layer(folder, "segment_factors"), "MODEL": str(folder / "anshim_demo.anshim"),
        "OUTPUT": "memory:"})
    rows = list(result["OUTPUT"].getFeatures())
    risk = np.array([row["risk"] for row in rows])
    grade = np.array([row["grade"] for row in rows])
    assert risk.min() >= 0 and risk.max() <= 1
    assert set(grade.tolist()) == {1, 2, 3, 4, 5}
    # higher grades never have lower risk than lower grades: thresholds are on risk
    assert all(risk[grade == g].max() <= risk[grade == g + 1].min() for g in range(1, 5))
    words = {row["risk_factor"] for row in rows if row["grade"] == 5}
    assert words and all(isinstance(word, str) for word in words)
    assert any("Grade 5 (least safe)" in message for message in messages)


def test_style_grades_legend_says_the_direction_in_words(demo_run, run_algorithm, tmp_path):
    folder, _ = demo_run
    copy = tmp_path / "copy.gpkg"
    shutil.copy(folder / "anshim_demo.gpkg", copy)
    layer = QgsVectorLayer(f"{copy}|layername=graded_segments", "graded", "ogr")
    run_algorithm("anshim:stylegrades", {"INPUT": layer, "STYLE": 0, "SAVE_AS_DEFAULT": True})
    labels = [category.label() for category in layer.renderer().categories()]
    assert labels[0].endswith("safest") and labels[-1].endswith("least safe")
    widths = [category.symbol().width() for category in layer.renderer().categories()]
    assert widths == sorted(widths) and widths[-1] > widths[0]  # less safe drawn wider
    reopened = QgsVectorLayer(f"{copy}|layername=graded_segments", "again", "ogr")
    assert reopened.renderer().classAttribute() == "grade"


def test_style_grades_refuses_a_layer_without_grades(run_algorithm):
    plain = memory_layer("LineString", "EPSG:5186", ["LINESTRING(0 0, 10 0)"])
    with pytest.raises(QgsProcessingException, match="no 'grade' field"):
        run_algorithm("anshim:stylegrades", {"INPUT": plain})


def test_graded_output_is_styled_when_processing_loads_it(demo_run, anshim_plugin):
    """The toolbox path: Processing loads the output into the project and Anshim's style is applied on load."""
    from qgis import processing
    folder, _ = demo_run
    project = QgsProject.instance()
    project.clear()
    processing.runAndLoadResults("anshim:gradestreets", {
        "INPUT": demo_layer(folder, "segment_factors"), "MODEL": str(folder / "anshim_demo.anshim"),
        "OUTPUT": "TEMPORARY_OUTPUT"})
    loaded = project.mapLayersByName("Graded segments")
    assert len(loaded) == 1
    assert loaded[0].renderer().type() == "categorizedSymbol"
    assert [category.label() for category in loaded[0].renderer().categories()][-1] == "5 — least safe"
    project.clear()


def test_temporary_memory_output_loads_without_a_phantom_layer_error(demo_run, run_algorithm):
    """A memory input goes through QGIS's sink: Processing must load exactly the layer written, and not report
    "The following layers were not correctly generated" for a second, never-created one."""
    from qgis import processing
    from qgis.core import QgsFeatureRequest
    folder, _ = demo_run
    errors = []

    class Feedback(run_algorithm.Feedback):
        def reportError(self, error, fatalError=False):  # noqa: N802, N803 (QGIS's names)
            errors.append(error)
            super().reportError(error, fatalError)

    project = QgsProject.instance()
    project.clear()
    factors = demo_layer(folder, "segment_factors").materialize(QgsFeatureRequest())
    processing.runAndLoadResults("anshim:gradestreets", {
        "INPUT": factors, "MODEL": str(folder / "anshim_demo.anshim"), "OUTPUT": "TEMPORARY_OUTPUT"},
        feedback=Feedback())
    assert errors == []
    assert [layer.name() for layer in project.mapLayers().values()] == ["Graded segments"]
    project.clear()


def test_real_yeoksam1_segment_factors_train_grade(run_algorithm, yeoksam1_streets, tmp_path):
    """Segment → factors → train → grade on real 역삼1동 layers; crimes are SYNTHETIC, drawn from the demo's
    ground-truth risk function of the real factors (no Korean crime points are public)."""
    from anshim.engine.demo.groundtruth import expected_crimes_per_year
    segments = run_algorithm("anshim:segmentstreets", {"INPUT": yeoksam1_streets, "FIELDS": ["road_width_m"],
                                                       "OUTPUT": "memory:"})[0]["OUTPUT"]
    real_layers = {
        "CCTV": shared_layer("gangnam_cctv_2019.geojson"), "CCTV_CAMERAS_FIELD": "camera_count",
        "LIGHTS": shared_layer("gangnam_yeoksam1_security_lights_2019.geojson"),
        "GUARDHOUSES": filtered(shared_layer("seoul_safe_return_service_points_oa21697.geojson"),
                                "\"gu\" = '강남구' AND \"code\" = '402'"),
        "POLICE": filtered(shared_layer("seoul_police_boxes_243.geojson"), "\"gu\" = '강남구'"),
        "SAFE_ROUTES": shared_layer("gangnam_safe_return_routes_approx.geojson"),
        "POPULATION_POLYGONS": shared_layer("gangnam_admin_dong_population.geojson"),
        "POPULATION_FIELD": "pop_female", "WIDTH_FIELD": "road_width_m",
    }
    factors = run_algorithm("anshim:computefactors", {"INPUT": segments, **real_layers,
                                                      "OUTPUT": "memory:"})[0]["OUTPUT"]
    crimes = synthetic_crimes_from_ground_truth(factors, expected_crimes_per_year)
    with_crimes = run_algorithm("anshim:computefactors", {
        "INPUT": segments, **real_layers, "CRIMES": crimes, "CRIME_DATE_FIELD": "date",
        "OUTPUT": str(tmp_path / "factors.gpkg")})[0]["OUTPUT"]
    model = str(tmp_path / "yeoksam1.anshim")
    report = tmp_path / "card.html"
    _, messages = run_algorithm("anshim:trainmodel", {"INPUT": with_crimes, "SYNTHETIC_CRIMES": True,
                                                      "MODEL": model, "REPORT": str(report)})
    graded = run_algorithm("anshim:gradestreets", {"INPUT": with_crimes, "MODEL": model,
                                                   "OUTPUT": "memory:"})[0]["OUTPUT"]
    lengths = {grade: 0.0 for grade in range(1, 6)}
    for feature in graded.getFeatures():
        lengths[feature["grade"]] += feature.geometry().length()
    total = sum(lengths.values())
    shares = [100 * lengths[grade] / total for grade in range(1, 6)]
    print(f"역삼1동 (synthetic crimes: {crimes.featureCount()}): grade shares of length {np.round(shares, 1)}")
    assert all(abs(share - planned) <= 2 for share, planned in zip(shares, (35, 30, 20, 10, 5)))
    assert "SYNTHETIC" in report.read_text(encoding="utf-8").upper()
    assert any("temporal_holdout · model" in message for message in messages)


def filtered(layer, expression):
    layer.setSubsetString(expression)
    assert layer.featureCount() > 0
    return layer


def synthetic_crimes_from_ground_truth(factors, expected_crimes_per_year, years=(2023, 2024, 2025), seed=1):
    """Poisson crimes per segment and year from the ground-truth function, placed along their segment."""
    rng = np.random.default_rng(seed)
    rows = list(factors.getFeatures())
    names = factors.fields().names()
    table = {name: np.array([row[name] for row in rows], dtype=float) for name in names
             if name in {"cctv_n", "cctv_d", "light_n", "light_d", "bell_d", "guard_d", "police_d", "route", "risk_n",
                         "pop_night", "dead_end", "junction_d", "width_m"}}
    length = np.array([row.geometry().length() for row in rows])
    # 역삼1동 has no public emergency-bell or entertainment-venue layer: those terms are held at "none nearby"
    table.setdefault("bell_d", np.full(len(rows), 1000.0))
    table.setdefault("risk_n", np.zeros(len(rows)))
    expected = expected_crimes_per_year(table, length)
    wkts, attributes = [], []
    for year in years:
        for index in np.flatnonzero(rng.poisson(expected)):
            point = rows[index].geometry().interpolate(rng.random() * length[index]).asPoint()
            wkts.append(f"POINT({point.x() + rng.normal(0, 3)} {point.y() + rng.normal(0, 3)})")
            attributes.append((f"{year}-{rng.integers(1, 13):02d}-15", "synthetic"))
    return memory_layer("Point", factors.crs().authid(), wkts, [("date", "string"), ("source", "string")],
                        attributes, "synthetic_crimes")


def test_cancel_during_cross_validation_stops_training_and_writes_no_model(demo_run, run_algorithm, tmp_path):
    folder, _ = demo_run

    class CancelOnceTrainingRuns(run_algorithm.Feedback):
        """Presses Cancel at the first progress report after the first fold's first trees, then keeps every
        progress report that still comes."""

        def __init__(self):
            super().__init__()
            self.training, self.reports_after_cancel = False, []

        def pushInfo(self, info):  # noqa: N802 (QGIS's name)
            self.training = self.training or info.startswith("Training on")
            super().pushInfo(info)

        def setProgress(self, progress):  # noqa: N802 (QGIS's name)
            if self.isCanceled():
                self.reports_after_cancel.append(progress)
            elif self.training and progress > 7:
                self.cancel()
            super().setProgress(progress)

    feedback = CancelOnceTrainingRuns()
    model, card = tmp_path / "cancelled.anshim", tmp_path / "cancelled.html"
    with pytest.raises(QgsProcessingException, match="Cancelled by the user: no output was written"):
        run_algorithm("anshim:trainmodel", {"INPUT": demo_layer(folder, "segment_factors"), "SYNTHETIC_CRIMES": True,
                                            "MODEL": str(model), "REPORT": str(card)}, feedback=feedback)
    assert feedback.isCanceled()
    assert feedback.reports_after_cancel == []  # the next tree's progress report raised: nothing ran on
    assert not model.exists() and not card.exists()
