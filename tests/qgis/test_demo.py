"""`make demo`: the whole job on the demo district leaves files a GIS officer can open."""
import json
import zipfile

from qgis.core import QgsProject, QgsVectorLayer

DEMO_FILES = ("anshim_demo.gpkg", "population_night.tif", "anshim_demo.anshim", "model_card.html",
              "anshim_demo.qgz", "anshim_demo_map.png")


def test_demo_writes_every_file(demo_run):
    folder, printed = demo_run
    for name in DEMO_FILES:
        assert (folder / name).stat().st_size > 1000, name
    assert "PAI at 5% of street length" in printed and "SYNTHETIC" in printed
    assert (folder / "anshim_demo_map.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_demo_grades_cover_the_planned_shares_of_network_length(demo_run):
    folder, _ = demo_run
    graded = QgsVectorLayer(f"{folder / 'anshim_demo.gpkg'}|layername=graded_segments", "graded", "ogr")
    assert graded.isValid() and graded.featureCount() > 5000
    length_by_grade = {grade: 0.0 for grade in range(1, 6)}
    for feature in graded.getFeatures():
        length_by_grade[feature["grade"]] += feature.geometry().length()
    total = sum(length_by_grade.values())
    shares = {grade: 100 * length / total for grade, length in length_by_grade.items()}
    for grade, planned in zip(range(1, 6), (35, 30, 20, 10, 5)):
        assert abs(shares[grade] - planned) <= 1.0, shares
    names = graded.fields().names()
    assert {"risk", "grade", "risk_factor", "protective_factor", "cctv_n", "light_n", "crime_n_2025"} <= set(names)


def test_demo_geopackage_holds_inputs_and_labelled_synthetic_crimes(demo_run):
    folder, _ = demo_run
    for layer_name in ("streets", "lights", "cctv", "bells", "guardhouses", "police", "risk_sites", "safe_routes",
                       "synthetic_crimes", "segments", "graded_segments"):
        layer = QgsVectorLayer(f"{folder / 'anshim_demo.gpkg'}|layername={layer_name}", layer_name, "ogr")
        assert layer.isValid() and layer.featureCount() > 0, layer_name
    crimes = QgsVectorLayer(f"{folder / 'anshim_demo.gpkg'}|layername=synthetic_crimes", "crimes", "ogr")
    assert {feature["source"].split(":")[0] for feature in crimes.getFeatures()} == {"synthetic"}
    assert {feature["year"] for feature in crimes.getFeatures()} == {2023, 2024, 2025}


def test_demo_project_opens_with_valid_layers_and_the_grade_style(demo_run):
    folder, _ = demo_run
    project = QgsProject()
    assert project.read(str(folder / "anshim_demo.qgz"))
    layers = list(project.mapLayers().values())
    assert len(layers) >= 9 and all(layer.isValid() for layer in layers)
    graded = project.mapLayersByName("Safety grade (1 safest … 5 least safe)")[0]
    labels = [category.label() for category in graded.renderer().categories()]
    assert labels == ["1 — safest", "2 — safer", "3 — middle", "4 — less safe", "5 — least safe"]
    assert project.crs().authid() == "EPSG:5186"
    extent = project.viewSettings().defaultViewExtent()
    assert extent.contains(graded.extent().center())
    assert "synthetic" in project.title().lower()


def test_demo_model_card_and_manifest_say_the_crimes_are_synthetic(demo_run):
    folder, _ = demo_run
    card = (folder / "model_card.html").read_text(encoding="utf-8")
    assert "SYNTHETIC" in card.upper() and "1 = safest" in card
    manifest = json.loads(zipfile.ZipFile(folder / "anshim_demo.anshim").read("manifest.json"))
    assert manifest["synthetic_crimes"] is True
    holdout = manifest["validation"]["temporal_holdout"]["scores"]
    assert set(holdout) == {"model", "kernel_density", "last_period_count", "network_kernel_density"}


def test_graded_layer_opens_styled_from_the_geopackage_alone(demo_run):
    folder, _ = demo_run
    graded = QgsVectorLayer(f"{folder / 'anshim_demo.gpkg'}|layername=graded_segments", "graded", "ogr")
    assert graded.renderer().type() == "categorizedSymbol"
    assert graded.renderer().classAttribute() == "grade"

