"""Closing a project after planner work: no QGIS scratch-layer prompt about the planner's layers, and proposals never
saved are saved or asked about by Anshim itself, once."""

import pytest
from qgis.core import QgsProject, QgsSettings, QgsVectorLayer


@pytest.fixture()
def planner(anshim_plugin, demo_copy):
    from anshim.plugin.planner import Planner
    layer = QgsVectorLayer(f"{demo_copy / 'anshim_demo.gpkg'}|layername=graded_segments", "graded", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    planner = Planner()
    planner.restore_in_background = False
    planner.open(layer)
    yield planner
    planner.unload()
    QgsProject.instance().removeAllMapLayers()


def scratch_layers_qgis_warns_about(project):
    """The layers QGIS 3.22's QgisApp::checkMemoryLayers() would name in its "temporary scratch layers … will be
    permanently lost" prompt when the project closes: memory layers with features and no skipMemoryLayersCheck."""
    if not QgsSettings().value("askToSaveMemoryLayers", True, type=bool, section=QgsSettings.App):
        return []
    return [layer.name() for layer in project.mapLayers().values()
            if layer.providerType() == "memory" and isinstance(layer, QgsVectorLayer) and layer.featureCount()
            and not int(layer.customProperty("skipMemoryLayersCheck", 0) or 0)]


def riskiest_points(layer, count):
    chosen = []
    for feature in sorted(layer.getFeatures(), key=lambda f: -f["risk"]):
        point = feature.geometry().interpolate(feature.geometry().length() / 2).asPoint()
        if all(point.distance(other) >= 300 for other in chosen):
            chosen.append(point)
        if len(chosen) == count:
            return chosen
    raise AssertionError("not enough risky segments")


def plan_three_sites(planner):
    """Two CCTV sites and a light at the riskiest streets: they change grades (as in test_planner)."""
    planner.new_scenario("Cameras east")
    for point, kind in zip(riskiest_points(planner.layer, 3), ("cctv", "cctv", "light")):
        planner.add_site(kind, point, cameras=3 if kind == "cctv" else None)
    return planner


def saved_sites(gpkg_path, scenario):
    layer = QgsVectorLayer(f"{gpkg_path}|layername=anshim_proposed_sites", "sites", "ogr")
    if not layer.isValid():
        return 0
    return sum(1 for feature in layer.getFeatures() if feature["scenario"] == scenario)


def test_planner_layers_raise_no_scratch_layer_prompt(planner):
    plan_three_sites(planner)
    layers = [planner.changed_layer(), *planner.proposal_layers()]
    assert all(layer.providerType() == "memory" for layer in layers)
    assert planner.changed_layer().featureCount() > 0 and planner.proposal_layers()[0].featureCount() == 3
    assert scratch_layers_qgis_warns_about(QgsProject.instance()) == []
    # the check is real: a user's own scratch layer with a feature is still named
    own = QgsVectorLayer("Point?crs=EPSG:5186", "my scratch", "memory")
    feature_layer = planner.proposal_layers()[0]
    own.dataProvider().addFeatures(list(feature_layer.getFeatures()))
    QgsProject.instance().addMapLayer(own)
    assert scratch_layers_qgis_warns_about(QgsProject.instance()) == ["my scratch"]
    QgsProject.instance().removeMapLayer(own.id())


def test_unsaved_proposals_are_asked_about_once_and_saved_on_yes(planner):
    plan_three_sites(planner)
    questions = []
    planner.ask_to_save = lambda text, can_save=True: questions.append((text, can_save)) or True
    gpkg = planner.gpkg_path
    QgsProject.instance().clear()
    assert len(questions) == 1
    text, can_save = questions[0]
    assert can_save and "'Cameras east'" in text and gpkg in text and "scratch" not in text
    assert saved_sites(gpkg, "Cameras east") == 3
    assert not planner.is_open


def test_declined_proposals_are_not_written_and_not_asked_again(planner):
    plan_three_sites(planner)
    questions = []
    planner.ask_to_save = lambda text, can_save=True: questions.append(text) or False
    gpkg = planner.gpkg_path
    QgsProject.instance().clear()
    QgsProject.instance().clear()
    assert len(questions) == 1
    assert saved_sites(gpkg, "Cameras east") == 0


def test_saved_proposals_are_not_asked_about(planner):
    plan_three_sites(planner)
    planner.save()
    questions = []
    planner.ask_to_save = lambda text, can_save=True: questions.append(text) or True
    QgsProject.instance().clear()
    assert questions == []


def test_a_change_after_saving_is_asked_about(planner):
    plan_three_sites(planner)
    planner.save()
    planner.remove(planner.proposals()[0].pid)
    questions = []
    planner.ask_to_save = lambda text, can_save=True: questions.append(text) or True
    gpkg = planner.gpkg_path
    QgsProject.instance().clear()
    assert len(questions) == 1
    assert saved_sites(gpkg, "Cameras east") == 2


def test_scripts_are_never_asked_and_keep_the_proposals(planner):
    plan_three_sites(planner)
    assert planner.ask_to_save is None
    gpkg = planner.gpkg_path
    QgsProject.instance().clear()
    assert saved_sites(gpkg, "Cameras east") == 3


def test_the_question_is_korean_in_korean(planner):
    from anshim.plugin.planner import unsaved
    from anshim.qgis_io.i18n import language_translator
    plan_three_sites(planner)
    korean = language_translator("ko")
    assert korean is not None
    english = unsaved.question(planner, ["Cameras east"])
    translated = korean.translate(unsaved.TR_CONTEXT, unsaved.QUESTION_SAVABLE.encode("utf-8"))
    assert translated and "저장" in translated and "Anshim" not in translated
    assert "{path}" in translated and "{names}" in translated and english.startswith("The proposals")
