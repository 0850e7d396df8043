"""anshim:exportbriefing on the demo district: the PDF a council member gets, the project a planner edits."""
import re
import subprocess

import numpy as np
import pytest
from qgis.core import (QgsLayoutItemLabel, QgsLayoutPoint, QgsLayoutSize, QgsPrintLayout, QgsProcessingContext,
                       QgsProcessingException, QgsProcessingFeedback, QgsProject, QgsReadWriteContext, QgsVectorLayer)
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtXml import QDomDocument
from support import memory_layer

CCTV = "CCTV at the riskiest streets"  # the two scenarios make demo writes (scripts/run_demo.py)
LIGHTS = "Lights and bells"
ENGLISH, KOREAN = 1, 0
PDF_DPI = 50


def demo_layer(folder, name):
    return QgsVectorLayer(f"{folder / 'anshim_demo.gpkg'}|layername={name}", name, "ogr")


def briefing_parameters(folder, output, **changes):
    parameters = {"INPUT": demo_layer(folder, "graded_segments"), "MODEL": str(folder / "anshim_demo.anshim"),
                  "PROPOSED_SITES": demo_layer(folder, "anshim_proposed_sites"),
                  "PROPOSED_ROUTES": demo_layer(folder, "anshim_proposed_routes"),
                  "SCENARIOS": f"{CCTV}, {LIGHTS}", "TITLE": "Safer streets at night", "ORGANISATION": "Safety team",
                  "LANGUAGE": ENGLISH, "PAGE": 0, "OUTPUT": str(output)}
    parameters.update(changes)
    return parameters


def pdf_text(path, page=None):
    pages = ["-f", str(page), "-l", str(page)] if page else []
    text = subprocess.run(["pdftotext", *pages, str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", " ", text)


def pdf_pages(path):
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1)), re.search(r"Page size:\s+([\d.]+ x [\d.]+)", info)[1]


@pytest.fixture(autouse=True)
def clean_open_project():
    """pytest-qgis sets ``iface``, so each run also adds its layout and layers to the open project: start clean."""
    QgsProject.instance().clear()
    yield
    QgsProject.instance().clear()


@pytest.fixture(scope="module")
def briefing(demo_run, run_algorithm, tmp_path_factory):
    folder, _ = demo_run
    out = tmp_path_factory.mktemp("briefing")
    results, messages = run_algorithm("anshim:exportbriefing", briefing_parameters(
        folder, out / "briefing.pdf", PROJECT=str(out / "briefing.qgz")))
    return folder, out, results, messages


@pytest.fixture(scope="module")
def summaries(demo_run):
    """Each scenario's summary straight from a ScenarioPlanner, built as the dock and simulatescenario build it."""
    from anshim.engine.planning.proposals import add_to_planner, of_scenario
    from anshim.engine.planning.scenario import ScenarioPlanner
    from anshim.qgis_io.models import load_model_file, read_factor_table
    from anshim.qgis_io.proposals import read_routes, read_sites
    folder, _ = demo_run
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()

    graded, site_layer, route_layer = (demo_layer(folder, name) for name in (
        "graded_segments", "anshim_proposed_sites", "anshim_proposed_routes"))
    model, manifest = load_model_file(str(folder / "anshim_demo.anshim"))
    crs = graded.crs()
    lines, _, X, extra = read_factor_table(graded, model, crs, context, feedback, "Graded", ("pop_night",))
    sites = read_sites(site_layer, crs, context, feedback)
    routes = read_routes(route_layer, crs, context, feedback)
    result = {}
    for name in (CCTV, LIGHTS):
        planner = ScenarioPlanner(lines, dict(zip(model.factor_names, X.T)), model,
                                  manifest.get("factor_settings", {}), extra["pop_night"])
        add_to_planner(planner, of_scenario(sites, name), of_scenario(routes, name))
        result[name] = planner.summary()
    return result


def test_the_pdf_has_three_pages_with_each_scenarios_planner_figures(briefing, summaries):
    from anshim.engine.planning.briefing import format_km, format_krw
    _, out, results, messages = briefing
    assert results["OUTPUT"] == str(out / "briefing.pdf")
    assert pdf_pages(out / "briefing.pdf") == (3, "842 x 595")
    page_1 = pdf_text(out / "briefing.pdf", 1)
    for name, summary in summaries.items():
        assert name in page_1
        assert f"Total cost: {format_krw(summary['total_cost_krw'])}" in page_1
        assert (f"Km in grades 4-5: {format_km(summary['km_grade_4_5_before'])} → "
                f"{format_km(summary['km_grade_4_5_after'])}") in page_1
    assert summaries[CCTV]["total_cost_krw"] == 6 * 15_000_000  # six sites, whatever their cameras
    assert summaries[LIGHTS]["facilities"]["lights"] == 40 and summaries[LIGHTS]["facilities"]["bells"] > 0
    comparison = pdf_text(out / "briefing.pdf", 2)
    assert "Comparing the scenarios" in comparison and format_krw(summaries[LIGHTS]["total_cost_krw"]) in comparison
    method = pdf_text(out / "briefing.pdf", 3)
    for evidence in ("Welsh & Farrington 2008", "-21 %", "Welsh & Farrington 2009", "-16 %", "Piza et al. 2019",
                     "Displacement and diffusion of crime are not modelled", "EPSG:5186", "SYNTHETIC"):
        assert evidence in method, evidence


def test_the_pdf_names_the_validation_figures_of_the_model_card(briefing):
    from anshim.engine.model.modelfile import load_model
    folder, out, _, _ = briefing
    _, manifest = load_model(str(folder / "anshim_demo.anshim"))
    method = pdf_text(out / "briefing.pdf", 3)
    later = manifest["validation"]["temporal_holdout"]["scores"]
    figures = [f"{later[ranking]['at_length_share']['0.05']['pai']:.2f}"
               for ranking in ("model", "kernel_density", "last_period_count")]
    assert re.search(r"Anshim model [\d.]+ " + figures[0], method), method
    assert re.search(r"Kernel density of past crimes [\d.]+ " + figures[1], method)
    assert re.search(r"Last period's crime count n/a " + figures[2], method)


def test_every_font_is_embedded_and_the_text_is_text(briefing):
    _, out, _, _ = briefing
    listing = subprocess.run(["pdffonts", str(out / "briefing.pdf")], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    assert listing, "no fonts: the text was exported as outlines"
    assert any("NanumBarunGothic" in line for line in listing)
    for line in listing:
        embedded = line.split()[-5]
        assert embedded == "yes", line


def test_the_maps_of_page_one_are_not_blank(briefing, tmp_path):
    _, out, results, _ = briefing
    subprocess.run(["pdftoppm", "-r", str(PDF_DPI), "-f", "1", "-l", "1", str(out / "briefing.pdf"),
                    str(tmp_path / "page")], check=True)
    image = read_ppm(next(tmp_path.glob("page*.ppm")))
    project = QgsProject()
    assert project.read(results["PROJECT"])
    layout = project.layoutManager().layoutByName(results["LAYOUT"])
    for item_id in ("map_before", "map_after"):
        item = layout.itemById(item_id)
        position, size = item.pagePositionWithUnits(), item.sizeWithUnits()
        inset_mm = 2.0  # inside the frame
        rows = slice(*(int((value) * PDF_DPI / 25.4) for value in (position.y() + inset_mm,
                                                                    position.y() + size.height() - inset_mm)))
        columns = slice(*(int(value * PDF_DPI / 25.4) for value in (position.x() + inset_mm,
                                                                     position.x() + size.width() - inset_mm)))
        area = image[rows, columns]
        drawn = np.any(area < 235, axis=2).mean()
        assert drawn > 0.15, f"{item_id}: only {drawn:.1%} of its pixels are drawn"
        colours = {tuple(pixel) for pixel in area.reshape(-1, 3)[::7] // 32}
        assert len(colours) >= 5, f"{item_id} is not drawn in the grade colours"


def read_ppm(path):
    """A binary PPM (P6) as a (rows, columns, 3) array."""
    data = path.read_bytes()
    magic, width, height, maximum = re.match(rb"(P6)\s+(\d+)\s+(\d+)\s+(\d+)\s", data).groups()
    header = re.match(rb"P6\s+\d+\s+\d+\s+\d+\s", data).end()
    assert int(maximum) == 255
    return np.frombuffer(data[header:], dtype=np.uint8).reshape(int(height), int(width), 3)


def test_the_project_opens_with_the_layout_and_its_maps_bound_to_its_layers(briefing):
    folder, out, results, _ = briefing
    project = QgsProject()
    assert project.read(results["PROJECT"])
    layout = project.layoutManager().layoutByName(results["LAYOUT"])
    assert layout is not None and layout.pageCollection().pageCount() == 3
    for item_id in ("map_before", "map_after", "change_map"):
        layers = layout.itemById(item_id).layers()
        assert layers, item_id
        for layer in layers:
            assert project.mapLayer(layer.id()) is layer and layer.isValid(), (item_id, layer.name())
    before = layout.itemById("map_before").layers()[0]
    assert before.featureCount() == demo_layer(folder, "graded_segments").featureCount()
    assert layout.itemById("map_before").extent() == layout.itemById("map_after").extent()
    assert layout.itemById("title").text() == "Safer streets at night"


def test_proposed_cctv_sites_are_drawn_and_copied_only_when_allowed(briefing, summaries, demo_run, run_algorithm,
                                                                    tmp_path):
    _, out, _, messages = briefing
    drawn = QgsVectorLayer(f"{out / 'briefing_layers.gpkg'}|layername=anshim_proposed_sites", "sites", "ogr")
    lights_and_bells = summaries[LIGHTS]["facilities"]
    assert drawn.featureCount() == lights_and_bells["lights"] + lights_and_bells["bells"]
    assert "cctv" not in {f["kind"] for f in drawn.getFeatures()}
    assert any("counted and costed but not drawn" in message for message in messages)
    assert "not drawn (CCTV locations are sensitive)" in pdf_text(out / "briefing.pdf", 1)
    folder, _ = demo_run
    run_algorithm("anshim:exportbriefing", briefing_parameters(
        folder, tmp_path / "with_cctv.pdf", SHOW_CCTV_SITES=True, PROJECT=str(tmp_path / "with_cctv.qgz"),
        SCENARIOS=CCTV))
    shown = QgsVectorLayer(f"{tmp_path / 'with_cctv_layers.gpkg'}|layername=anshim_proposed_sites", "sites", "ogr")
    assert [f["kind"] for f in shown.getFeatures()] == ["cctv"] * 6


@pytest.mark.parametrize("page, size", [(1, "595 x 842"), (2, "1191 x 842")])
def test_the_other_page_formats(demo_run, run_algorithm, tmp_path, page, size):
    folder, _ = demo_run
    run_algorithm("anshim:exportbriefing", briefing_parameters(folder, tmp_path / "b.pdf", PAGE=page))
    assert pdf_pages(tmp_path / "b.pdf") == (3, size)
    assert LIGHTS in pdf_text(tmp_path / "b.pdf", 1)


def shipped_layout(project, page=0):
    from anshim.qgis_io.briefing import shipped_template
    layout = QgsPrintLayout(project)
    document = QDomDocument()
    with open(shipped_template(page), encoding="utf-8") as template:
        document.setContent(template.read())
    _, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    assert ok
    return layout


def test_a_user_template_with_the_documented_ids_is_honoured(demo_run, run_algorithm, tmp_path):
    folder, _ = demo_run
    project = QgsProject()
    layout = shipped_layout(project)
    stamp = QgsLayoutItemLabel(layout)
    stamp.setText("DRAFT for the safety committee")
    stamp.setFont(QFont("NanumBarunGothic", 14))
    layout.addLayoutItem(stamp)
    stamp.attemptResize(QgsLayoutSize(120, 7))
    stamp.attemptMove(QgsLayoutPoint(150, 1), page=0)
    layout.itemById("title").setFont(QFont("NanumMyeongjo", 20))
    assert layout.saveAsTemplate(str(tmp_path / "mine.qpt"), QgsReadWriteContext())
    results, _ = run_algorithm("anshim:exportbriefing", briefing_parameters(
        folder, tmp_path / "mine.pdf", TEMPLATE=str(tmp_path / "mine.qpt"), PAGE=2,
        PROJECT=str(tmp_path / "mine.qgz")))
    assert pdf_pages(tmp_path / "mine.pdf") == (3, "842 x 595")  # the template's page, not PAGE's A3
    assert "DRAFT for the safety committee" in pdf_text(tmp_path / "mine.pdf", 1)
    fonts = subprocess.run(["pdffonts", str(tmp_path / "mine.pdf")], capture_output=True, text=True).stdout
    assert "NanumMyeongjo" in fonts


def test_a_template_missing_an_id_is_refused_with_the_id_named(demo_run, run_algorithm, tmp_path):
    folder, _ = demo_run
    project = QgsProject()
    layout = shipped_layout(project)
    layout.removeLayoutItem(layout.itemById("map_after"))
    layout.saveAsTemplate(str(tmp_path / "no_after_map.qpt"), QgsReadWriteContext())
    with pytest.raises(QgsProcessingException, match=r"no item with the id 'map_after' \(map\)"):
        run_algorithm("anshim:exportbriefing", briefing_parameters(
            folder, tmp_path / "b.pdf", TEMPLATE=str(tmp_path / "no_after_map.qpt")))
    assert not (tmp_path / "b.pdf").exists()


@pytest.fixture
def installed_application_font():
    """A normal desktop: the application font (what QGIS 3.40 puts in place of a missing template font on load) is
    an installed family, so reading the font an item ended up with would find nothing wrong."""
    from qgis.PyQt.QtWidgets import QApplication
    from anshim.qgis_io.briefing import font_installed
    before = QApplication.font()
    QApplication.setFont(QFont("NanumGothic", 9))
    assert font_installed(QApplication.font().family())
    yield
    QApplication.setFont(before)


def set_missing_font(layout, item_id):
    from qgis.core import QgsLegendStyle
    from anshim.qgis_io import compat
    missing = QFont("Nowhere Sans Pro", 9)
    item = layout.itemById(item_id)
    if item_id == "legend":
        compat.set_legend_style_font(item, QgsLegendStyle.Title, missing)
    elif item_id == "scalebar":
        text_format = item.textFormat()
        text_format.setFont(missing)
        item.setTextFormat(text_format)
    else:
        compat.set_label_font(item, missing)


@pytest.mark.parametrize("item_id", ["method_text", "legend", "scalebar"])
def test_a_template_font_that_is_not_installed_is_named(demo_run, run_algorithm, tmp_path,
                                                        installed_application_font, item_id):
    folder, _ = demo_run
    project = QgsProject()
    layout = shipped_layout(project)
    set_missing_font(layout, item_id)
    layout.saveAsTemplate(str(tmp_path / "font.qpt"), QgsReadWriteContext())
    with pytest.raises(QgsProcessingException, match=f"font 'Nowhere Sans Pro' of item '{item_id}'.*fonts-nanum"):
        run_algorithm("anshim:exportbriefing", briefing_parameters(
            folder, tmp_path / "b.pdf", TEMPLATE=str(tmp_path / "font.qpt")))
    assert not (tmp_path / "b.pdf").exists()


def test_no_scenario_in_the_proposal_layers_is_refused(demo_run, run_algorithm, tmp_path):
    folder, _ = demo_run
    fields = [("scenario", "string"), ("kind", "string"), ("cameras", "integer"), ("note", "string")]
    empty_sites = memory_layer("Point", "EPSG:5186", [], fields, [], "anshim_proposed_sites")
    empty_routes = memory_layer("LineString", "EPSG:5186", [], [("scenario", "string"), ("name", "string")], [],
                                "anshim_proposed_routes")
    with pytest.raises(QgsProcessingException, match="No proposal found in PROPOSED_SITES and PROPOSED_ROUTES"):
        run_algorithm("anshim:exportbriefing", briefing_parameters(
            folder, tmp_path / "b.pdf", PROPOSED_SITES=empty_sites, PROPOSED_ROUTES=empty_routes, SCENARIOS=""))


def test_an_unknown_scenario_is_refused_with_the_known_ones_named(demo_run, run_algorithm, tmp_path):
    folder, _ = demo_run
    with pytest.raises(QgsProcessingException, match=f"Scenario 'More police' is not in .*'{CCTV}', '{LIGHTS}'"):
        run_algorithm("anshim:exportbriefing", briefing_parameters(folder, tmp_path / "b.pdf",
                                                                   SCENARIOS=f"{LIGHTS}, More police"))


def test_an_unwritable_output_is_refused_before_any_work(demo_run, run_algorithm, tmp_path):
    folder, _ = demo_run
    (tmp_path / "a_file").write_text("not a folder")
    with pytest.raises(QgsProcessingException, match="OUTPUT: cannot write .* does not exist or is not writable"):
        run_algorithm("anshim:exportbriefing", briefing_parameters(folder, tmp_path / "a_file" / "b.pdf"))
    with pytest.raises(QgsProcessingException, match="PROJECT: cannot write"):
        run_algorithm("anshim:exportbriefing", briefing_parameters(
            folder, tmp_path / "b.pdf", PROJECT=str(tmp_path / "missing" / "b.qgz")))
    assert not (tmp_path / "b.pdf").exists()


def test_korean_falls_back_to_english_and_says_so_until_translated(demo_run, run_algorithm, tmp_path):
    from anshim.engine.planning.briefing import format_won_korean
    from anshim.qgis_io.i18n import language_translator
    folder, _ = demo_run
    _, messages = run_algorithm("anshim:exportbriefing", briefing_parameters(
        folder, tmp_path / "ko.pdf", LANGUAGE=KOREAN, SCENARIOS=CCTV))
    if language_translator("ko") is None:
        assert any("Korean translation of Anshim is not installed" in message for message in messages)
        assert "Total cost: 90,000,000 KRW" in pdf_text(tmp_path / "ko.pdf", 1)
    else:
        assert format_won_korean(90_000_000) in pdf_text(tmp_path / "ko.pdf", 1)


def test_in_the_desktop_each_briefing_joins_the_open_project_under_its_own_name(demo_run, run_algorithm, tmp_path):
    from qgis import utils
    if utils.iface is None:
        pytest.skip("no iface: pytest-qgis sets one from QGIS 3.18")
    folder, _ = demo_run
    names = [run_algorithm("anshim:exportbriefing", briefing_parameters(folder, tmp_path / f"b{n}.pdf"))[0]["LAYOUT"]
             for n in (1, 2)]
    assert names == ["Council briefing: Safer streets at night", "Council briefing: Safer streets at night (2)"]
    open_project = QgsProject.instance()
    for name in names:
        layout = open_project.layoutManager().layoutByName(name)
        assert layout is not None
        for layer in layout.itemById("map_after").layers():
            assert open_project.mapLayer(layer.id()) is layer
    assert (tmp_path / "b1_layers.gpkg").exists()  # beside the PDF, so the open project keeps its layers


def test_make_demo_writes_the_briefing(demo_run):
    folder, printed = demo_run
    assert pdf_pages(folder / "briefing.pdf")[0] == 4  # with the page "Did last year's facilities work?"
    assert CCTV in pdf_text(folder / "briefing.pdf", 1) and (folder / "briefing.qgz").exists()
    assert str(folder / "briefing.pdf") in printed
