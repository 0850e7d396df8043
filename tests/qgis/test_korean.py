"""QGIS set to Korean, as a Korean district officer runs it: the toolbox, the parameters, the log, the grading words,
the legend, the model card and the scenario summary read in Korean; set back to English, all read in English."""
import csv
import re

import pytest
from qgis.core import QgsApplication, QgsProcessingException, QgsSettings, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication
from support import memory_layer

from anshim.engine.factors.fields import FACTORS
from anshim.qgis_io import i18n

HANGUL = re.compile("[가-힣]")
KOREAN_LEGEND = ["1등급 — 가장 안전", "2등급 — 안전", "3등급 — 보통", "4등급 — 관리 필요", "5등급 — 집중 관리 필요"]
ENGLISH_LEGEND = ["1 — safest", "2 — safer", "3 — middle", "4 — less safe", "5 — least safe"]


def demo_layer(folder, name, subset=""):
    layer = QgsVectorLayer(f"{folder / 'anshim_demo.gpkg'}|layername={name}", name, "ogr")
    layer.setSubsetString(subset)
    return layer


def switch_language(plugin, user_locale):
    """What a user does in Settings → Options → General, then restarting QGIS: the plugin loads again."""
    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", user_locale is not None)
    settings.setValue("locale/userLocale", user_locale or "")
    plugin.unload()
    plugin.initProcessing()


@pytest.fixture
def korean(anshim_plugin):
    switch_language(anshim_plugin, "ko_KR")
    yield anshim_plugin
    switch_language(anshim_plugin, None)


@pytest.fixture
def english(anshim_plugin):
    switch_language(anshim_plugin, "en_US")
    yield anshim_plugin
    switch_language(anshim_plugin, None)


def algorithm(algorithm_id):
    return QgsApplication.processingRegistry().algorithmById(algorithm_id)


def test_the_toolbox_and_every_parameter_read_in_korean(korean):
    assert korean.language == "ko"
    grade = algorithm("anshim:gradestreets")
    assert (grade.displayName(), grade.group()) == ("도로 구간 안전등급 산정", "안전 모델")
    assert grade.parameterDefinition("INPUT").description() == "안전 요인이 계산된 구간"
    assert algorithm("anshim:segmentstreets").displayName() == "도로 구간 분할"
    for each in korean.provider.algorithms():
        assert each.name().isascii() and each.groupId().isascii()  # ids are API and stay ASCII
        assert HANGUL.search(each.displayName()) and HANGUL.search(each.group()), each.id()
        assert HANGUL.search(each.shortHelpString()), each.id()
        for parameter in each.parameterDefinitions():
            assert parameter.name().isascii()
            assert HANGUL.search(parameter.description()), f"{each.id()} {parameter.name()}"
            assert HANGUL.search(parameter.help()), f"{each.id()} {parameter.name()}"
    assert "안전등급" in algorithm("anshim:stylegrades").shortHelpString()


def test_the_toolbox_reads_in_english_when_qgis_is_english(english):
    assert english.language == "en"
    grade = algorithm("anshim:gradestreets")
    assert (grade.displayName(), grade.group()) == ("Grade streets", "Safety model")
    assert grade.parameterDefinition("INPUT").description() == "Segments with safety factors"


def test_unload_removes_the_translator(korean):
    korean.unload()
    assert QCoreApplication.translate("GradeStreetsAlgorithm", "Grade streets") == "Grade streets"
    korean.initProcessing()
    assert QCoreApplication.translate("GradeStreetsAlgorithm", "Grade streets") == "도로 구간 안전등급 산정"


def _factor_words(translate):
    return {translate(words) for factor in FACTORS for words in (factor.label_high, factor.label_low)}


def test_grading_writes_korean_factor_words_and_logs_in_korean(korean, demo_run, run_algorithm):
    folder, _ = demo_run
    result, messages = run_algorithm("anshim:gradestreets", {
        "INPUT": demo_layer(folder, "segment_factors"), "MODEL": str(folder / "anshim_demo.anshim"),
        "OUTPUT": "memory:"})
    graded = result["OUTPUT"]
    risk_words = {feature["risk_factor"] for feature in graded.getFeatures()} - {""}
    protective_words = {feature["protective_factor"] for feature in graded.getFeatures()} - {""}
    korean_words = _factor_words(i18n.translator("Fields", "ko"))
    assert len(risk_words) >= 3 and risk_words <= korean_words, risk_words - korean_words
    assert len(protective_words) >= 3 and protective_words <= korean_words
    assert "보안등 적음" in risk_words or "CCTV 카메라 적음" in risk_words
    assert any(message.startswith("1등급(가장 안전): ") for message in messages)
    assert any(message.startswith("5등급(집중 관리 필요): ") for message in messages)


def test_grading_writes_english_factor_words_in_english(english, demo_run, run_algorithm):
    folder, _ = demo_run
    result, messages = run_algorithm("anshim:gradestreets", {
        "INPUT": demo_layer(folder, "segment_factors", "fid <= 2000"), "MODEL": str(folder / "anshim_demo.anshim"),
        "OUTPUT": "memory:"})
    words = {feature["risk_factor"] for feature in result["OUTPUT"].getFeatures()} - {""}
    assert words and words <= _factor_words(lambda text: text)
    assert any(message.startswith("Grade 1 (safest): ") for message in messages)


def test_the_legend_reads_in_korean_with_the_direction(korean, demo_run, run_algorithm):
    folder, _ = demo_run
    graded = demo_layer(folder, "graded_segments")
    run_algorithm("anshim:stylegrades", {"INPUT": graded})
    assert [category.label() for category in graded.renderer().categories()] == KOREAN_LEGEND
    change = memory_layer("LineString", "EPSG:5186", ["LINESTRING(0 0, 10 0)"], [("grade_change", "integer")], [(-1,)])
    run_algorithm("anshim:stylegrades", {"INPUT": change, "STYLE": 1})
    assert [category.label() for category in change.renderer().categories()][:2] == [
        "등급 4단계 개선(더 안전)", "등급 3단계 개선(더 안전)"]


def test_the_legend_stays_english_in_english(english, demo_run, run_algorithm):
    folder, _ = demo_run
    graded = demo_layer(folder, "graded_segments")
    run_algorithm("anshim:stylegrades", {"INPUT": graded})
    assert [category.label() for category in graded.renderer().categories()] == ENGLISH_LEGEND


def test_the_model_card_is_korean(korean, demo_run, run_algorithm, tmp_path):
    folder, _ = demo_run
    # one corner of the demo district trains in seconds; the card's texts do not depend on its size
    _, messages = run_algorithm("anshim:trainmodel", {
        "INPUT": demo_layer(folder, "segment_factors", "fid <= 4000"), "SYNTHETIC_CRIMES": True,
        "MODEL": str(tmp_path / "corner.anshim"), "REPORT": str(tmp_path / "card.html")})
    card = (tmp_path / "card.html").read_text(encoding="utf-8")
    assert '<html lang="ko">' in card and "<h1>안심 도로 안전 모델 카드</h1>" in card
    for heading in ("이 모델의 용도", "데이터", "방법", "범죄 예측 성능", "등급", "한계"):
        assert f"<h2>{heading}</h2>" in card
    assert "1등급 = 가장 안전" in card and "5등급 = 집중 관리 필요" in card and "합성(SYNTHETIC)" in card
    assert "Street segments" not in card and "What this model is for" not in card
    assert "크기는 같은 교차 검증과 조기 종료로 정했습니다" in card  # how the trees were fitted, as the engine's card says
    assert any(message.startswith("구간 ") and "학습합니다" in message for message in messages)


def test_the_scenario_summary_is_korean_with_won_as_koreans_read_them(korean, demo_run, run_algorithm, tmp_path):
    folder, _ = demo_run
    graded = demo_layer(folder, "graded_segments")
    riskiest = sorted((f for f in graded.getFeatures() if f["grade"] == 5), key=lambda f: -f["risk"])[:3]
    lights = memory_layer("Point", "EPSG:5186", [f.geometry().interpolate(0).asWkt() for f in riskiest])
    _, messages = run_algorithm("anshim:simulatescenario", {
        "INPUT": graded, "MODEL": str(folder / "anshim_demo.anshim"), "NEW_LIGHTS": lights, "COST_LIGHT": 2_500_000,
        "OUTPUT": "memory:", "SUMMARY": str(tmp_path / "summary.html")})
    page = (tmp_path / "summary.html").read_text(encoding="utf-8")
    assert '<html lang="ko">' in page and "<h1>안심 시나리오</h1>" in page
    assert "<td>보안등</td><td>3</td><td>250만 원</td><td>750만 원</td>" in page
    assert "시행 전: 5등급(집중 관리 필요)" in page and "<b>1등급 = 가장 안전</b>" in page
    assert (tmp_path / "summary.csv").read_bytes()[:3] == b"\xef\xbb\xbf"  # Korean Excel reads it as UTF-8
    with (tmp_path / "summary.csv").open(encoding="utf-8-sig") as table:
        rows = {(section, item): value for section, item, value in csv.reader(table)}
    assert rows[("section", "item")] == "value"  # the header and the section ids stay ASCII for programs
    assert rows[("facilities", "보안등")] == "3" and rows[("cost_krw", "합계")] == "7500000"
    assert any("총비용 750만 원" in message for message in messages)


def test_errors_are_korean(korean, demo_run, run_algorithm, tmp_path):
    folder, _ = demo_run
    not_a_model = tmp_path / "notes.anshim"
    not_a_model.write_text("meeting notes", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="모델 파일 .*을\\(를\\) 거부했습니다: .*은\\(는\\) 안심 모델 파일이 아닙니다"):
        run_algorithm("anshim:gradestreets", {"INPUT": demo_layer(folder, "segment_factors"),
                                              "MODEL": str(not_a_model), "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="모델에 필요한 요인 필드 .*이\\(가\\) 입력에 없습니다"):
        run_algorithm("anshim:gradestreets", {"INPUT": demo_layer(folder, "segments"),
                                              "MODEL": str(folder / "anshim_demo.anshim"), "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="제안 시설이 없습니다"):
        run_algorithm("anshim:simulatescenario", {"INPUT": demo_layer(folder, "graded_segments"),
                                                  "MODEL": str(folder / "anshim_demo.anshim"), "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="'grade' 필드가 없습니다"):
        run_algorithm("anshim:stylegrades", {"INPUT": memory_layer("LineString", "EPSG:5186",
                                                                   ["LINESTRING(0 0, 10 0)"])})


def test_a_missing_package_is_explained_in_korean(korean, monkeypatch):
    import importlib.util
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *args: None if name == "scipy" else real_find_spec(name, *args))
    can_run, message = algorithm("anshim:segmentstreets").canExecute()
    assert not can_run
    assert message.startswith("이 단계에는 Python 패키지 'scipy'가 필요하지만")
    assert "sudo apt install python3-scipy" in message and "OSGeo4W" in message


def test_every_part_of_the_planner_dock_reads_in_korean(korean, demo_run, qgis_iface, tmp_path):
    """The dock's boxes live in modules of their own; each still reads in Korean, and so do the planner's words."""
    import shutil

    from qgis.core import QgsProject
    from qgis.PyQt.QtWidgets import QAbstractButton, QLabel

    from anshim.plugin.dock import PlannerDock
    from anshim.plugin.planner import Planner
    folder, _ = demo_run
    for name in ("anshim_demo.gpkg", "anshim_demo.anshim"):
        shutil.copy(folder / name, tmp_path / name)
    layer = demo_layer(tmp_path, "graded_segments")
    QgsProject.instance().addMapLayer(layer)
    planner = Planner()
    dock = PlannerDock(planner, qgis_iface)
    try:
        setup_words = [widget.text() for widget in dock.setup.findChildren((QLabel, QAbstractButton))]
        assert "계획 도구 열기" in setup_words and dock.windowTitle() == "안심 시나리오 계획 도구"
        planner.open(layer)
        planner.new_scenario("가")
        feature = next(layer.getFeatures())
        planner.add_route([feature.geometry().interpolate(0).asPoint(),
                           feature.geometry().interpolate(feature.geometry().length()).asPoint()])
        boxes = (dock.walk_box, dock.scenarios_box, dock.numbers_box, dock.routes_box, dock.transitions_box,
                 dock.comparison_box, dock.costs_box)
        assert [box.title() for box in boxes if not HANGUL.search(box.title())] == []
        assert dock.scenarios_box.title() == "시나리오" and dock.numbers_box.title() == "이 시나리오"
        buttons = [button.text() for row in (dock.tools_row, dock.suggest_row, dock.save_row)
                   for button in row.findChildren(QAbstractButton) if button.text()]
        assert len(buttons) > 12 and [text for text in buttons if not HANGUL.search(text)] == ["CCTV"]
        for shown in (dock.numbers.text(), dock.route_audit_text.text(), dock.walk_text.text()):
            assert HANGUL.search(shown.replace("가", "")), shown
        assert HANGUL.search(planner.proposals()[0].name)  # the planner's own words: "경로 1"
    finally:
        dock.cleanup()
        planner.unload()
        QgsProject.instance().removeMapLayer(layer.id())
