"""`make demo`: Anshim's main job on the built-in demo district, headless, through its Processing algorithms.

    python scripts/run_demo.py build/demo

Writes anshim_demo.gpkg (input layers, segments, graded segments, synthetic crimes), population_night.tif,
anshim_demo.anshim (the model) with model_card.html, anshim_demo.qgz (a project that opens styled) and
anshim_demo_map.png, then prints a summary.
"""
import os
import sys
import time
from pathlib import Path

from headless import start_qgis
from qgis.core import (QgsLayoutExporter, QgsLayoutItemLabel, QgsLayoutItemLegend,
                       QgsLayoutItemMap, QgsLayoutItemScaleBar, QgsLayoutPoint, QgsLayoutSize,
                       QgsMarkerSymbol, QgsPrintLayout, QgsProject, QgsRasterLayer, QgsRectangle,
                       QgsSingleSymbolRenderer, QgsUnitTypes, QgsVectorLayer)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor, QFont

GRADE_WORDS = ("safest", "safer", "middle", "less safe", "least safe")
# the project's layer names, title and map texts follow QGIS's language, like the plugin's (scripts/i18n.py)
TR_CONTEXT = "DemoProject"


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


def run(algorithm, parameters):
    from qgis import processing
    started = time.perf_counter()
    result = processing.run(algorithm, parameters)
    print(f"  {algorithm:<24} {time.perf_counter() - started:6.1f} s")
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
    run("anshim:trainmodel", {"INPUT": factors, "SYNTHETIC_CRIMES": True, "MODEL": model,
                              "REPORT": str(out / "model_card.html")})
    graded = run("anshim:gradestreets", {"INPUT": factors, "MODEL": model,
                                         "OUTPUT": gpkg_table(gpkg, "graded_segments")})["OUTPUT"]
    graded_layer = QgsVectorLayer(graded, tr("Safety grade (1 safest … 5 least safe)"), "ogr")
    run("anshim:stylegrades", {"INPUT": graded_layer, "SAVE_AS_DEFAULT": True})
    return demo, graded_layer, model


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
    title.setFont(QFont("DejaVu Sans", 16, QFont.Bold))
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
    note.setFont(QFont("DejaVu Sans", 8))
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


def print_summary(out, graded_layer, model):
    lengths = {grade: 0.0 for grade in range(1, 6)}
    count = 0
    for feature in graded_layer.getFeatures():
        lengths[int(feature["grade"])] += feature.geometry().length() / 1000
        count += 1
    total = sum(lengths.values())
    print(f"\nSegments graded: {count:,} ({total:.1f} km)")
    for grade, km in lengths.items():
        print(f"  grade {grade} ({GRADE_WORDS[grade - 1]:<10}) {km:7.2f} km  {100 * km / total:5.1f} %")
    from anshim.engine.modelfile import load_model
    _, manifest = load_model(model)
    for name, validation in manifest["validation"].items():
        if not validation:
            continue
        scores = validation["scores"]
        pai = {ranking: (metrics or {}).get("at_length_share", {}).get("0.05", {}).get("pai")
               for ranking, metrics in scores.items()}
        print(f"PAI at 5 % of length, {name}: " + ", ".join(
            f"{ranking} {'n/a' if value is None else f'{value:.2f}'}" for ranking, value in pai.items()))
    print("Crimes are SYNTHETIC (drawn from Anshim's ground-truth risk function), not real records.")
    print(f"\nFiles in {out}:")
    for name in ("anshim_demo.gpkg", "population_night.tif", "anshim_demo.anshim", "model_card.html",
                 "anshim_demo.qgz", "anshim_demo_map.png"):
        print(f"  {out / name}")


def main():
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "build/demo").resolve()
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("anshim_demo*"):
        old.unlink()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    app, plugin = start_qgis()
    print("Anshim demo: generate → segment → factors → train → grade → style")
    demo, graded_layer, model = run_pipeline(out)
    project, extent = build_project(out, demo, graded_layer)
    export_map(project, extent, out / "anshim_demo_map.png")
    print_summary(out, graded_layer, model)
    print(f"\nDone in {time.perf_counter() - started:.0f} s. Open {out / 'anshim_demo.qgz'} in QGIS.")
    plugin.unload()
    app.exitQgis()


if __name__ == "__main__":
    main()
