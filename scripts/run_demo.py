"""`make demo`: Anshim's main job on the built-in demo district, headless, through its Processing algorithms.

    python scripts/run_demo.py build/demo [--briefing-language ko|en]

Everything follows the locale it runs in, as QGIS does without an override (``LANG=ko_KR.UTF-8`` → Korean: layer
names, model card, route audit, briefing, console; ``C`` or English → English). The briefing follows it too unless
``--briefing-language`` asks for another language (``make demo BRIEFING_LANGUAGE=ko``); its title, organisation and
scenario names are then written in the briefing's language.

Writes anshim_demo.gpkg (input layers, segments, graded segments, synthetic crimes, the route audit and two
proposed scenarios), population_night.tif, anshim_demo.anshim (the model) with model_card.html, the model trained
from the same crimes counted per 100 m cell (anshim_demo_areas.anshim, model_card_areas.html), route_audit.html,
anshim_demo.qgz (a project that opens styled), anshim_demo_map.png and the council briefing of the two scenarios
(briefing.pdf, and briefing.qgz with briefing_layers.gpkg to edit it), the evaluation of a simulated installation
history (evaluation_report.html and evaluation_report_ko.html), then prints a summary and the audit of the
safe-return routes.
"""
import argparse
import os
import sys
import time
from pathlib import Path

from console import columns, padded
from demo_evaluation import evaluate_demo
from headless import start_qgis
from qgis.core import (QgsLayoutExporter, QgsLayoutItemLabel, QgsLayoutItemLegend,
                       QgsLayoutItemMap, QgsLayoutItemScaleBar, QgsLayoutPoint, QgsLayoutSize,
                       QgsMarkerSymbol, QgsPrintLayout, QgsProject, QgsRasterLayer, QgsRectangle,
                       QgsSingleSymbolRenderer, QgsUnitTypes, QgsVectorLayer)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor, QFont

# the project's layer names, title, map texts and the console follow QGIS's language, like the plugin's
# (scripts/i18n.py)
TR_CONTEXT = "DemoProject"


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


def tr_noop(text):
    """Marks ``text`` for extraction; it is translated later, in a language chosen at run time."""
    return text


def grade_words():
    return (tr("safest"), tr("safer"), tr("middle"), tr("less safe"), tr("least safe"))


def run(algorithm, parameters):
    from qgis import processing
    from qgis.core import QgsApplication
    started = time.perf_counter()
    result = processing.run(algorithm, parameters)
    name = QgsApplication.processingRegistry().algorithmById(algorithm).displayName()
    print(f"  {padded(name, 24)} " + tr("{seconds:6.1f} s").format(seconds=time.perf_counter() - started))
    return result


def gpkg_table(path, table):
    return f"ogr:dbname='{path}' table=\"{table}\" (geom)"


def run_pipeline(out):
    gpkg = str(out / "anshim_demo.gpkg")
    model = str(out / "anshim_demo.anshim")
    demo = run("anshim:generatedemo", {"OUTPUT": gpkg, "POPULATION": str(out / "population_night.tif")})
    segments = run("anshim:segmentstreets", {
        "INPUT": demo["STREETS"], "MAX_LENGTH": 10, "FIELDS": ["name", "road_class", "width_m"],
        "OUTPUT": gpkg_table(gpkg, "segments")})["OUTPUT"]
    factors = run("anshim:computefactors", {
        "INPUT": segments, "CCTV": demo["CCTV"], "CCTV_CAMERAS_FIELD": "cameras", "LIGHTS": demo["LIGHTS"],
        "BELLS": demo["BELLS"], "GUARDHOUSES": demo["GUARDHOUSES"], "POLICE": demo["POLICE"],
        "RISK_SITES": demo["RISK_SITES"], "SAFE_ROUTES": demo["SAFE_ROUTES"],
        "POPULATION_RASTER": demo["POPULATION"], "CRIMES": demo["SYNTHETIC_CRIMES"], "CRIME_DATE_FIELD": "date",
        "WIDTH_FIELD": "width_m", "OUTPUT": gpkg_table(gpkg, "segment_factors")})["OUTPUT"]
    # every factor, as a user trains: the demo's crimes are drawn from the facility and street factors alone, so
    # training finds that crime history adds nothing on the held-out year and leaves it out (the card says so)
    run("anshim:trainmodel", {"INPUT": factors, "SYNTHETIC_CRIMES": True, "MODEL": model,
                              "REPORT": str(out / "model_card.html")})
    train_from_area_counts(out, demo, segments)
    graded = run("anshim:gradestreets", {"INPUT": factors, "MODEL": model,
                                         "OUTPUT": gpkg_table(gpkg, "graded_segments")})["OUTPUT"]
    graded_layer = QgsVectorLayer(graded, tr("Safety grade (1 safest … 5 least safe)"), "ogr")
    run("anshim:stylegrades", {"INPUT": graded_layer, "SAVE_AS_DEFAULT": True})
    return demo, graded_layer, model


def train_from_area_counts(out, demo, segments):
    """The same district as a district without crime points would train: its crimes counted per 100 m cell and
    year (crime_counts_grid) instead of points; model anshim_demo_areas.anshim, card model_card_areas.html."""
    gpkg = str(out / "anshim_demo.gpkg")
    factors = run("anshim:computefactors", {
        "INPUT": segments, "CCTV": demo["CCTV"], "CCTV_CAMERAS_FIELD": "cameras", "LIGHTS": demo["LIGHTS"],
        "BELLS": demo["BELLS"], "GUARDHOUSES": demo["GUARDHOUSES"], "POLICE": demo["POLICE"],
        "RISK_SITES": demo["RISK_SITES"], "SAFE_ROUTES": demo["SAFE_ROUTES"],
        "POPULATION_RASTER": demo["POPULATION"], "CRIME_AREAS": demo["CRIME_COUNTS_GRID"],
        "CRIME_AREA_COUNT_FIELD": "crimes", "CRIME_AREA_PERIOD_FIELD": "year", "WIDTH_FIELD": "width_m",
        "OUTPUT": gpkg_table(gpkg, "segment_area_factors")})["OUTPUT"]
    run("anshim:trainmodel", {"INPUT": factors, "SYNTHETIC_CRIMES": True,
                              "MODEL": str(out / "anshim_demo_areas.anshim"), "REPORT": str(out / "model_card_areas.html")})


def audit_routes(out, demo, graded_layer):
    """The demo's safe-return routes audited against the grades (the route_audit tables and route_audit.html):
    the audit rows as dicts, by need. No layer is kept: one alive after QGIS exits crashes the script."""
    gpkg = str(out / "anshim_demo.gpkg")
    result = run("anshim:auditroutes", {
        "INPUT": graded_layer.source(), "ROUTES": demo["SAFE_ROUTES"], "LIGHTS": demo["LIGHTS"], "CCTV": demo["CCTV"],
        "BELLS": demo["BELLS"], "OUTPUT": gpkg_table(gpkg, "route_audit"),
        "SEGMENTS": gpkg_table(gpkg, "route_audit_segments"), "REPORT": str(out / "route_audit.html")})
    audit_layer = QgsVectorLayer(result["OUTPUT"], "Safe-return route audit", "ogr")
    names = audit_layer.fields().names()
    rows = [dict(zip(names, feature.attributes())) for feature in audit_layer.getFeatures()]
    return sorted(rows, key=lambda row: row["rank"])


def print_route_audit(rows):
    print("\n" + tr("Safe-return routes by need ({count}; grade 1 safest … 5 least safe):").format(count=len(rows)))
    headers = (tr("rank"), tr("route"), tr("length m"), tr("grades 4–5"), tr("dark gap m"), tr("no CCTV m"),
               tr("bell gap m"))
    widths = [max(columns(text), minimum) for text, minimum in zip(headers, (4, 12, 8, 10, 10, 9, 10))]
    print("  " + " ".join(padded(text, width, right=index != 1) for index, (text, width)
                          in enumerate(zip(headers, widths))))
    for row in rows:
        cells = (f"{row['rank']}", row["name"], f"{row['length_m']:,.0f}", f"{row['share_grade_4_5']:.1f}%",
                 f"{row['dark_gap_m']:,.0f}", f"{row['cctv_gap_m']:,.0f}", f"{row['bell_spacing_m']:,.0f}")
        print("  " + " ".join(padded(text, width, right=index != 1) for index, (text, width)
                              in enumerate(zip(cells, widths))))
        print(f"        {row['suggestion']}")


def point_layer(source, name, color, size_mm, shape="circle", visible=True):
    layer = QgsVectorLayer(source, name, "ogr")
    layer.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
        {"name": shape, "color": color, "size": str(size_mm), "outline_color": "#333333", "outline_width": "0.1"})))
    return layer, visible


def build_project(out, demo, graded_layer):
    project = QgsProject.instance()
    project.clear()
    project.setTitle(tr("Anshim demo district — safety grades (crimes are synthetic)"))
    project.setCrs(graded_layer.crs())
    population = QgsRasterLayer(demo["POPULATION"], tr("Night-time population (people per 50 m cell)"), "gdal")
    layers = [
        (population, False),
        (graded_layer, True),
        (QgsVectorLayer(demo["SAFE_ROUTES"], tr("Safe-return routes"), "ogr"), True),
        point_layer(demo["LIGHTS"], tr("Lights"), "#ffd92f", 0.9),
        point_layer(demo["CCTV"], tr("CCTV sites (sensitive: keep internal)"), "#4575b4", 1.4, "square", False),
        point_layer(demo["BELLS"], tr("Emergency bells"), "#e7298a", 1.6, "triangle"),
        point_layer(demo["GUARDHOUSES"], tr("Women's safety guard houses"), "#7570b3", 2.0, "diamond"),
        point_layer(demo["POLICE"], tr("Police boxes"), "#1f78b4", 2.4, "star"),
        point_layer(demo["RISK_SITES"], tr("Risk sites (entertainment venues)"), "#8c510a", 1.2, "cross_fill"),
        point_layer(demo["SYNTHETIC_CRIMES"], tr("SYNTHETIC crimes (not real records)"), "#000000", 0.8, "circle",
                    False),
    ]
    root = project.layerTreeRoot()
    for layer, visible in reversed(layers):
        if not layer.isValid():
            raise RuntimeError(f"demo layer {layer.name()} did not open")
        project.addMapLayer(layer, False)
        root.insertLayer(0, layer).setItemVisibilityChecked(visible)
    routes = project.mapLayersByName(tr("Safe-return routes"))[0]
    routes.renderer().symbol().setColor(QColor("#1f78b4"))
    routes.renderer().symbol().setWidth(2.2)
    routes.setOpacity(0.45)
    extent = QgsRectangle(graded_layer.extent())
    extent.grow(40)
    project.viewSettings().setDefaultViewExtent(_reference_extent(extent, graded_layer))
    project.write(str(out / "anshim_demo.qgz"))
    return project, extent


def _reference_extent(extent, layer):
    from qgis.core import QgsReferencedRectangle
    return QgsReferencedRectangle(extent, layer.crs())


def export_map(project, extent, path):
    """A print layout with the grades, legend, scale bar and the synthetic-crimes note, exported as PNG."""
    from anshim.qgis_io.compat import set_label_font
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(297, 210, QgsUnitTypes.LayoutMillimeters))
    visible = [layer for layer in project.layerTreeRoot().checkedLayers()]
    map_item = QgsLayoutItemMap(layout)
    map_item.attemptMove(QgsLayoutPoint(5, 18))
    map_item.attemptResize(QgsLayoutSize(200, 187))
    map_item.setLayers(visible)
    map_item.setExtent(extent)
    map_item.setFrameEnabled(True)
    layout.addLayoutItem(map_item)
    title = QgsLayoutItemLabel(layout)
    title.setText(tr("Anshim demo district — street safety grades"))
    set_label_font(title, QFont("DejaVu Sans", 16, QFont.Bold))
    title.attemptMove(QgsLayoutPoint(5, 4))
    title.attemptResize(QgsLayoutSize(287, 12))
    layout.addLayoutItem(title)
    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(map_item)
    legend.setLegendFilterByMapEnabled(True)
    legend.setTitle(tr("Legend"))
    legend.attemptMove(QgsLayoutPoint(210, 18))
    layout.addLayoutItem(legend)
    note = QgsLayoutItemLabel(layout)
    note.setText(tr("Generated demo district (EPSG:5186). Crimes used to train the model are SYNTHETIC, drawn from "
                    "Anshim's ground-truth risk function; they are not real crime records. CCTV is shown aggregated "
                    "to segments only."))
    set_label_font(note, QFont("DejaVu Sans", 8))
    note.attemptMove(QgsLayoutPoint(210, 165))
    note.attemptResize(QgsLayoutSize(82, 40))
    layout.addLayoutItem(note)
    scale_bar = QgsLayoutItemScaleBar(layout)
    scale_bar.setLinkedMap(map_item)
    scale_bar.applyDefaultSize()
    scale_bar.attemptMove(QgsLayoutPoint(8, 190))
    layout.addLayoutItem(scale_bar)
    # rendered to an image and saved by Qt: the image exporter also tries to georeference the PNG through GDAL,
    # which cannot update PNG files and prints an error
    image = QgsLayoutExporter(layout).renderPageToImage(0, dpi=110)
    if not image.save(str(path)):
        raise RuntimeError(f"could not write {path}")


def demo_scenario_names(language=None):
    """The two demo scenarios' names, in ``language`` (default: QGIS's language, like the rest of the project):
    ``(CCTV, lights)``."""
    words = demo_words(language)
    return words(tr_noop("CCTV at the riskiest streets")), words(tr_noop("Lights and bells"))


def demo_history_names(language=None):
    """The simulated installation history's scenario names in ``language``, as a district would write them."""
    from anshim.engine.demo.installations import PLACEBO, PLAN
    words = demo_words(language)
    return {PLAN: words(tr_noop("2024 plan")), PLACEBO: words(tr_noop("placebo"))}


def demo_words(language=None):
    """``tr`` of this script in ``language`` ("ko", "en"), or in QGIS's language when None."""
    if language is None:
        return tr
    from anshim.qgis_io.i18n import translator
    return translator(TR_CONTEXT, language)


def _spread_out(features, n, spacing_m):
    """The first ``n`` of ``features`` (riskiest first) whose midpoints lie at least ``spacing_m`` apart."""
    chosen = []
    for feature in features:
        geometry = feature.geometry()
        point = geometry.interpolate(geometry.length() / 2).asPoint()
        if all(point.distance(other) >= spacing_m for other in chosen):
            chosen.append(point)
            if len(chosen) == n:
                break
    return chosen


def write_demo_scenarios(out, graded_layer, language=None):
    """Two scenarios of about the same budget in the proposal format, in anshim_demo.gpkg: six 2-camera CCTV sites
    at the riskiest streets, and forty security lights on unlit least-safe alleys with four emergency bells."""
    from anshim.engine.planning.proposals import site
    from anshim.qgis_io.proposals import write_proposals
    least_safe = sorted((f for f in graded_layer.getFeatures() if f["grade"] >= 4), key=lambda f: -f["risk"])
    cameras = _spread_out(least_safe, 6, 150.0)
    lights = _spread_out([f for f in least_safe if f["light_n"] == 0], 40, 25.0)
    bells = _spread_out([f for f in least_safe if f["bell_d"] > 300], 4, 300.0)
    cctv_scenario, lights_scenario = demo_scenario_names(language)
    words = demo_words(language)
    pole, light, bell = (words(tr_noop("pole with two cameras")), words(tr_noop("LED security light")),
                         words(tr_noop("emergency bell")))
    sites = ([site(cctv_scenario, "cctv", p.x(), p.y(), 2, pole) for p in cameras]
             + [site(lights_scenario, "light", p.x(), p.y(), None, light) for p in lights]
             + [site(lights_scenario, "bell", p.x(), p.y(), None, bell) for p in bells])
    path = str(out / "anshim_demo.gpkg")
    write_proposals(path, graded_layer.crs(), sites, [])
    return {table: f"{path}|layername={table}" for table in ("anshim_proposed_sites", "anshim_proposed_routes")}


def export_briefing(out, graded_layer, model, proposals, language, evaluation=None):
    """The council briefing of the two demo scenarios in ``language`` ("ko" or "en"), with an editable project
    beside it, and the page "Did last year's facilities work?" from the ``evaluation`` table when given."""
    from anshim.processing_algorithms.export_briefing import LANGUAGES
    words = demo_words(language)
    run("anshim:exportbriefing", {
        "INPUT": graded_layer, "MODEL": model, "PROPOSED_SITES": proposals["anshim_proposed_sites"],
        "PROPOSED_ROUTES": proposals["anshim_proposed_routes"], "SCENARIOS": ", ".join(demo_scenario_names(language)),
        "TITLE": words(tr_noop("Safer night-time streets: two options")),
        "ORGANISATION": words(tr_noop("Demo district, safety policy team")),
        "LANGUAGE": LANGUAGES.index(language), "PAGE": 0, "OUTPUT": str(out / "briefing.pdf"),
        "PROJECT": str(out / "briefing.qgz"), "EVALUATION": evaluation})


def print_summary(out, graded_layer, model):
    lengths = {grade: 0.0 for grade in range(1, 6)}
    count = 0
    for feature in graded_layer.getFeatures():
        lengths[int(feature["grade"])] += feature.geometry().length() / 1000
        count += 1
    total = sum(lengths.values())
    words = grade_words()
    print("\n" + tr("Segments graded: {count:,} ({km:,.1f} km)").format(count=count, km=total))
    for grade, km in lengths.items():
        label = tr("grade {grade} ({words})").format(grade=grade, words=words[grade - 1])
        print(f"  {padded(label, 22)} {km:7.2f} km  {100 * km / total:5.1f}%")
    from anshim.engine.model.modelfile import load_model
    _, manifest = load_model(model)
    validation_names = {"grouped_cv": tr("cross-validation, whole streets held out"),
                        "temporal_holdout": tr("later period held out")}
    ranking_names = {"model": tr("model"), "kernel_density": tr("crime density map"),
                     "network_kernel_density": tr("crime density along the streets"),
                     "last_period_count": tr("last period's crime count")}
    for name, validation in manifest["validation"].items():
        if not validation:
            continue
        scores = validation["scores"]
        pai = {ranking: (metrics or {}).get("at_length_share", {}).get("0.05", {}).get("pai")
               for ranking, metrics in scores.items()}
        print(tr("PAI at 5% of street length, {validation}: {values}").format(
            validation=validation_names.get(name, name), values=", ".join(
                f"{ranking_names.get(ranking, ranking)} "
                f"{tr('cannot be computed') if value is None else f'{value:.2f}'}" for ranking, value in pai.items())))
    print(tr("Crimes are SYNTHETIC (drawn from Anshim's ground-truth risk function), not real records."))
    print("\n" + tr("Files in {folder}:").format(folder=out))
    for name in ("anshim_demo.gpkg", "population_night.tif", "anshim_demo.anshim", "model_card.html",
                 "anshim_demo_areas.anshim", "model_card_areas.html", "route_audit.html", "anshim_demo.qgz",
                 "anshim_demo_map.png", "briefing.pdf", "briefing.qgz", "evaluation_history.gpkg",
                 "evaluation_table.gpkg", "evaluation_report.html", "evaluation_report_ko.html"):
        print(f"  {out / name}")


def arguments():
    parser = argparse.ArgumentParser(description="Anshim's demo: " + __doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="build/demo", help="folder for the demo's files")
    parser.add_argument("--briefing-language", choices=("ko", "en"), default=None,
                        help="language of the council briefing (default: the locale's, like everything else)")
    return parser.parse_args()


def main():
    options = arguments()
    out = Path(options.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    for old in [*out.glob("anshim_demo*"), *out.glob("briefing*"), *out.glob("evaluation_*"),
                out / "route_audit.html", out / "model_card_areas.html"]:
        if old.exists():
            old.unlink()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    app, plugin = start_qgis()
    language = plugin.language if plugin.language in ("ko", "en") else "en"
    briefing_language = options.briefing_language or language
    print(tr("Anshim demo: generate → segment → factors → train → grade → style → audit routes → briefing"))
    demo, graded_layer, model = run_pipeline(out)
    route_audit = audit_routes(out, demo, graded_layer)
    project, extent = build_project(out, demo, graded_layer)
    export_map(project, extent, out / "anshim_demo_map.png")
    evaluate_demo(out, graded_layer, model, run, demo_history_names(briefing_language))
    export_briefing(out, graded_layer, model, write_demo_scenarios(out, graded_layer, briefing_language),
                    briefing_language, str(out / "evaluation_table.gpkg"))
    print_summary(out, graded_layer, model)
    print_route_audit(route_audit)
    print("\n" + tr("Done in {seconds:,.0f} s. Open {project} in QGIS.").format(
        seconds=time.perf_counter() - started, project=out / "anshim_demo.qgz"))
    plugin.unload()
    app.exitQgis()


if __name__ == "__main__":
    main()
