"""The briefing's page "Did last year's facilities work?" from the evaluation table of make demo's simulated
installations (anshim:exportbriefing with EVALUATION)."""
import pytest
from qgis.core import QgsFeature, QgsProcessingException, QgsProject, QgsVectorLayer
from test_export_briefing import ENGLISH, KOREAN, briefing_parameters, demo_layer, pdf_pages, pdf_text


@pytest.fixture(autouse=True)
def clean_open_project():
    QgsProject.instance().clear()
    yield
    QgsProject.instance().clear()


def evaluation_rows(folder):
    layer = QgsVectorLayer(str(folder / "evaluation_table.gpkg"), "evaluation", "ogr")
    assert layer.isValid() and layer.featureCount() == 3
    return [{name: feature[name] for name in layer.fields().names()} for feature in layer.getFeatures()]


def test_the_evaluation_page_shows_each_group_with_its_interval_and_verdict(demo_run, run_algorithm, tmp_path):
    from anshim.engine.planning.briefing_evaluation import evaluated_groups, format_percent
    folder, _ = demo_run
    run_algorithm("anshim:exportbriefing", briefing_parameters(
        folder, tmp_path / "b.pdf", LANGUAGE=ENGLISH, EVALUATION=str(folder / "evaluation_table.gpkg")))
    assert pdf_pages(tmp_path / "b.pdf")[0] == 4
    page = pdf_text(tmp_path / "b.pdf", 4)
    assert "Did last year's facilities work?" in page
    groups = evaluated_groups(evaluation_rows(folder))
    assert any(group.rate_ratio is not None for group in groups)
    for group in groups:
        ratio = group.rate_ratio
        assert f"{group.scenario}: " in page
        assert format_percent(group.predicted_change_pct) in page
        if ratio is None:
            continue
        # the table's figures, unchanged (pdftotext reads the font's en dash as a hyphen after a space)
        assert f"{ratio.value:.2f} ({ratio.low:.2f}" in page and f"{ratio.high:.2f})" in page
        assert format_percent(group.realised_change_pct) in page
    verdicts = {"fell": "crime fell by about", "rose": "crime rose by about", "unclear": "no clear change",
                "not_enough": "too few crimes on their streets to tell"}
    for group in groups:
        assert verdicts[group.verdict] in page
        if group.verdict == "unclear":  # what a "no clear change" could have shown
            assert f"It could only have told a fall of {round(group.detectable_fall_pct)}% or more." in page
    assert "Realised: the rate ratio's change" in page
    for page_number in (1, 2, 3):  # the other pages are as before
        assert "Did last year's facilities work?" not in pdf_text(tmp_path / "b.pdf", page_number)


def test_the_evaluation_page_in_korean(demo_run, run_algorithm, tmp_path):
    from anshim.qgis_io.i18n import language_translator
    if language_translator("ko") is None:
        pytest.skip("the Korean translation is not compiled (make translations)")
    folder, _ = demo_run
    run_algorithm("anshim:exportbriefing", briefing_parameters(
        folder, tmp_path / "ko.pdf", LANGUAGE=KOREAN,
        EVALUATION=str(folder / "evaluation_table.gpkg")))
    page = pdf_text(tmp_path / "ko.pdf", pdf_pages(tmp_path / "ko.pdf")[0])
    assert "지난해 설치한 시설은 효과가 있었습니까?" in page
    assert "발생비(95% 구간)" in page and "방범용 CCTV" in page and "판정" in page


def test_a_table_that_is_not_an_evaluation_is_refused_before_any_output(demo_run, run_algorithm, tmp_path):
    folder, _ = demo_run
    with pytest.raises(QgsProcessingException, match="has no field group, .*Evaluate installed"):
        run_algorithm("anshim:exportbriefing", briefing_parameters(
            folder, tmp_path / "b.pdf", EVALUATION=demo_layer(folder, "anshim_proposed_routes")))
    assert not (tmp_path / "b.pdf").exists()


def older_table(folder):
    """The demo's evaluation table as a version before ``detectable_fall_pct`` wrote it: that field left out."""
    source = QgsVectorLayer(str(folder / "evaluation_table.gpkg"), "evaluation", "ogr")
    fields = [field for field in source.fields() if field.name() not in ("fid", "detectable_fall_pct")]
    layer = QgsVectorLayer("None", "older evaluation", "memory")
    layer.dataProvider().addAttributes(fields)
    layer.updateFields()
    for feature in source.getFeatures():
        copy = QgsFeature(layer.fields())
        copy.setAttributes([feature[field.name()] for field in fields])
        layer.dataProvider().addFeature(copy)
    assert layer.featureCount() == 3 and "detectable_fall_pct" not in layer.fields().names()
    return layer


def test_a_table_written_before_the_detectable_fall_still_builds_the_page(demo_run, run_algorithm, tmp_path):
    from anshim.engine.planning.briefing_evaluation import evaluated_groups
    folder, _ = demo_run
    layer = older_table(folder)
    QgsProject.instance().addMapLayer(layer)
    run_algorithm("anshim:exportbriefing", briefing_parameters(
        folder, tmp_path / "old.pdf", LANGUAGE=ENGLISH, EVALUATION=layer))
    page = pdf_text(tmp_path / "old.pdf", pdf_pages(tmp_path / "old.pdf")[0])
    assert "Did last year's facilities work?" in page
    for new, old in zip(evaluated_groups(evaluation_rows(folder)), evaluated_groups(
            [{name: feature[name] for name in layer.fields().names()} for feature in layer.getFeatures()])):
        assert (new.detectable_fall_pct is None) == (old.detectable_fall_pct is None)
        if new.verdict == "unclear":  # read from the interval's width: the same figure
            assert round(old.detectable_fall_pct) == round(new.detectable_fall_pct)
            assert f"It could only have told a fall of {round(old.detectable_fall_pct)}% or more." in page
