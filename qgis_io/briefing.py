"""The council briefing as a QGIS print layout: its layers, its template, the texts bound to it and the PDF.

A template (``resources/layouts/briefing_<page>.qpt`` or the user's own) only places and styles items; every item
Anshim fills is found by its id (:data:`TEMPLATE_ITEMS`) after ``loadFromTemplate``, and layers, texts and table
rows are bound then. The layers the maps draw are written to a GeoPackage first, so a project saved with the
layout opens with its maps bound to real layers.
"""
import math
import os
from dataclasses import dataclass, field

from qgis.core import (QgsCategorizedSymbolRenderer, QgsExpression, QgsFields, QgsLayoutExporter,
                       QgsLayoutFrame, QgsLayoutItemLabel, QgsLayoutItemLegend, QgsLayoutItemManualTable,
                       QgsLayoutItemMap, QgsLayoutItemPicture, QgsLayoutItemScaleBar, QgsLayoutPoint, QgsLayoutSize,
                       QgsLayoutTableColumn, QgsLayoutUtils, QgsLegendRenderer, QgsLegendStyle, QgsLineSymbol,
                       QgsMarkerSymbol, QgsPrintLayout, QgsProcessingException, QgsReadWriteContext,
                       QgsRendererCategory, QgsRenderContext, QgsTableCell, QgsVectorLayer)
from qgis.PyQt.QtCore import QCoreApplication, QVariant
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase
from qgis.PyQt.QtXml import QDomDocument

from ..engine.planning import proposals as fmt
from ..resources import resource_path
from . import compat, geopackage
from .proposals import write_proposals
from .whole_files import pdf_is_whole, written_whole

TR_CONTEXT = "BriefingLayout"


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


# item id -> what it must be; every one must be in a template (see the README's "Briefing templates")
LABEL, MAP, LEGEND, SCALEBAR, PICTURE, TABLE = "label", "map", "legend", "scale bar", "picture", "table"
TEMPLATE_ITEMS = {
    # page 1, the decision
    "logo": PICTURE, "title": LABEL, "organisation": LABEL, "date": LABEL, "district": LABEL,
    "decision_text": LABEL, "scenario_boxes": LABEL, "map_before_title": LABEL, "map_before": MAP,
    "map_after_title": LABEL, "map_after": MAP, "legend": LEGEND, "north_arrow": PICTURE, "scalebar": SCALEBAR,
    "page1_note": LABEL,
    # page 2, the comparison
    "comparison_title": LABEL, "change_map_title": LABEL, "change_map": MAP, "change_scalebar": SCALEBAR,
    "change_legend": LEGEND, "comparison_table": TABLE, "facility_title": LABEL, "facility_table": TABLE,
    # page 3, method and limits
    "method_title": LABEL, "synthetic_notice": LABEL, "method_text": LABEL, "validation_title": LABEL,
    "validation_table": TABLE, "factors_title": LABEL, "factors_table": TABLE, "evidence_title": LABEL,
    "evidence_table": TABLE, "limits_title": LABEL, "limits_text": LABEL, "data_title": LABEL, "data_text": LABEL,
}
_ITEM_CLASSES = {LABEL: QgsLayoutItemLabel, MAP: QgsLayoutItemMap, LEGEND: QgsLayoutItemLegend,
                 SCALEBAR: QgsLayoutItemScaleBar, PICTURE: QgsLayoutItemPicture}
PAGE_TEMPLATES = ("briefing_a4_landscape.qpt", "briefing_a4_portrait.qpt", "briefing_a3_landscape.qpt")
SEGMENTS_TABLE = "briefing_segments"
MIN_BOX_WIDTH_MM = 62.0  # narrower scenario boxes go on two rows
BOX_GAP_MM = 3.0
COMPARISON_SHRINK_PT = 1.5  # smaller type in the comparison table for three or four scenarios
SITE_SYMBOLS = {  # proposal kind -> (marker shape, fill colour, size mm)
    "cctv": ("square", "#2166ac", 2.2), "light": ("circle", "#ffd92f", 1.8), "bell": ("triangle", "#e7298a", 2.6),
    "guardhouse": ("diamond", "#7570b3", 2.8)}


def site_kind_words(tr=tr):
    return {"cctv": tr("Proposed CCTV site"), "light": tr("Proposed security light"),
            "bell": tr("Proposed emergency bell"), "guardhouse": tr("Proposed guard house")}


def grade_words(tr=tr):
    return [tr("1 — safest"), tr("2 — safer"), tr("3 — middle"), tr("4 — less safe"), tr("5 — least safe")]


def change_words(tr=tr):
    return {-4: tr("safer by 4 grades"), -3: tr("safer by 3 grades"), -2: tr("safer by 2 grades"),
            -1: tr("safer by 1 grade"), 0: tr("unchanged")}


# the template -------------------------------------------------------------------------------------------------------

def shipped_template(page_index):
    return resource_path("layouts", PAGE_TEMPLATES[page_index])


def load_template(layout, path):
    """Load the .qpt at ``path`` into ``layout``; returns ``{id: item}`` for :data:`TEMPLATE_ITEMS` (tables as
    their manual-table multi-frame). Refuses a file that does not load or lacks an item, naming it."""
    try:
        with open(path, encoding="utf-8") as template_file:
            text = template_file.read()
    except OSError as error:
        raise QgsProcessingException(tr("Briefing template '{path}' cannot be read: {error}").format(
            path=path, error=error.strerror)) from None
    document = QDomDocument()
    if not document.setContent(text)[0]:
        raise QgsProcessingException(tr("Briefing template '{path}' is not a QGIS layout template (.qpt).").format(
            path=path))
    _, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok:
        raise QgsProcessingException(tr("QGIS could not load the briefing template '{path}'.").format(path=path))
    items, missing = {}, []
    for item_id, kind in TEMPLATE_ITEMS.items():
        item = _typed_item(layout.itemById(item_id), kind)
        if item is None:
            missing.append(tr("'{id}' ({kind})").format(id=item_id, kind=kind))
        items[item_id] = item
    if missing:
        raise QgsProcessingException(tr(
            "Briefing template '{path}' has no item with the id {ids}. Every item listed under \"Briefing "
            "templates\" in the README must be in the template; start from a shipped template "
            "(resources/layouts) and keep the ids.").format(path=path, ids=", ".join(missing)))
    return items


def _typed_item(item, kind):
    if item is None:
        return None
    if kind == TABLE:
        table = item.multiFrame() if isinstance(item, QgsLayoutFrame) else None
        return table if isinstance(table, QgsLayoutItemManualTable) else None
    return item if isinstance(item, _ITEM_CLASSES[kind]) else None


def check_fonts(items, path):
    """Every font the bound items ask for must be installed, or Qt prints other glyphs (or empty boxes for Korean).

    The family checked is the one the template asks for, not the one QGIS put in its place on load (see
    :func:`compat.requested_fonts`); an installed family QGIS took for missing is put back."""
    for item_id, item in items.items():
        for requested in compat.requested_fonts(item):
            if not font_installed(requested.family):
                raise QgsProcessingException(tr(
                    "The font '{font}' of item '{id}' in the briefing template '{path}' is not installed, so its "
                    "text would print in another font or as empty boxes. Install it (the shipped templates use "
                    "NanumBarunGothic: 'sudo apt install fonts-nanum' on Debian or Ubuntu; on Windows and macOS "
                    "install the Nanum fonts from hangeul.naver.com) or choose an installed font in the "
                    "template.").format(
                    font=requested.family, id=item_id, path=path))
            if requested.replaced:
                requested.restore(requested.family)


def font_installed(family):
    """Whether Qt finds ``family`` as it resolves a font: by any of its names. Qt lists each family once, in the
    user's language where the font has one (나눔바른고딕 under LANG=ko_KR, NanumBarunGothic otherwise), and matches
    the other names as aliases, which ``isSmoothlyScalable`` looks up (it is false for a family Qt does not have)."""
    database = QFontDatabase()
    listed = {name.casefold() for name in database.families()}
    return family.casefold() in listed or database.isSmoothlyScalable(family)


# layers -------------------------------------------------------------------------------------------------------------

@dataclass
class ScenarioLayers:
    name: str
    after: QgsVectorLayer
    change: QgsVectorLayer
    sites: QgsVectorLayer
    routes: QgsVectorLayer


@dataclass
class BriefingLayers:
    before: QgsVectorLayer
    scenarios: list = field(default_factory=list)

    def all(self):
        return [self.before] + [layer for scenario in self.scenarios
                                for layer in (scenario.after, scenario.change, scenario.sites, scenario.routes)]


def write_layers(path, crs, lines, grade_before, grades_after, sites, routes, feedback):
    """The GeoPackage the maps draw: ``briefing_segments`` (``grade_before``, then ``grade_<n>`` and ``change_<n>``
    for scenario n = 1, 2, … in ``grades_after``' order) and the proposals in the proposal format."""
    fields = QgsFields()
    fields.append(compat.field("grade_before", QVariant.Int))
    for number in range(1, len(grades_after) + 1):
        fields.append(compat.field(f"grade_{number}", QVariant.Int))
        fields.append(compat.field(f"change_{number}", QVariant.Int))
    columns = [grade_before]
    for after in grades_after:
        columns += [after, after.astype(int) - grade_before.astype(int)]
    geopackage.write_lines(geopackage.GeoPackageOutput(path, SEGMENTS_TABLE, True), crs, fields, lines,
                           [column.astype("int64") for column in columns], feedback)
    write_proposals(path, crs, sites, routes)


def add_layers(project, path, scenario_names, group_name, tr=tr):
    """The briefing's layers from the GeoPackage at ``path``, added to ``project`` under one group, styled."""
    group = project.layerTreeRoot().insertGroup(0, group_name)
    before = _segments_layer(path, tr("Safety grade before"), "grades", "grade_before", tr)
    layers = BriefingLayers(before)
    for number, name in enumerate(scenario_names, start=1):
        quoted = QgsExpression.quotedValue(name)
        sites = QgsVectorLayer(f"{path}|layername={fmt.SITES_TABLE}|subset=\"scenario\" = {quoted}",
                               tr("Proposed sites: {name}").format(name=name), "ogr")
        routes = QgsVectorLayer(f"{path}|layername={fmt.ROUTES_TABLE}|subset=\"scenario\" = {quoted}",
                                tr("Proposed safe-return routes: {name}").format(name=name), "ogr")
        _style_sites(sites, tr)
        _style_routes(routes)
        layers.scenarios.append(ScenarioLayers(
            name, _segments_layer(path, tr("Safety grade with {name}").format(name=name), "grades",
                                  f"grade_{number}", tr),
            _segments_layer(path, tr("Grade change with {name}").format(name=name), "grade_change",
                            f"change_{number}", tr), sites, routes))
    for layer in layers.all():
        if not layer.isValid():
            raise QgsProcessingException(tr("The briefing layer '{name}' in {path} did not open.").format(
                name=layer.name(), path=path))
    for scenario in reversed(layers.scenarios):
        subgroup = group.insertGroup(0, scenario.name)
        for layer in (scenario.sites, scenario.routes, scenario.change, scenario.after):
            project.addMapLayer(layer, False)
            subgroup.addLayer(layer)
        subgroup.setItemVisibilityChecked(False)
    project.addMapLayer(before, False)
    group.addLayer(before)
    return layers


def _segments_layer(path, name, style, field_name, tr):
    layer = QgsVectorLayer(f"{path}|layername={SEGMENTS_TABLE}", name, "ogr")
    message, loaded = layer.loadNamedStyle(resource_path("styles", f"{style}.qml"))
    if not loaded:
        raise QgsProcessingException(tr("Could not apply the style {style}.qml: {message}").format(
            style=style, message=message))
    renderer = layer.renderer()
    renderer.setClassAttribute(field_name)
    words = grade_words(tr) if style == "grades" else change_words(tr)
    for index, category in enumerate(renderer.categories()):
        value = int(category.value())
        renderer.updateCategoryLabel(index, words[value - 1] if style == "grades" else words.get(value, ""))
        if style == "grade_change":  # on a page the whole district is small: improved streets must stand out
            symbol = category.symbol().clone()
            if value == 0:
                symbol.setColor(QColor("#d0d0d0"))
                symbol.setWidth(0.25)
            else:
                symbol.setWidth(symbol.width() * 1.6)
            renderer.updateCategorySymbol(index, symbol)
    return layer


def _style_sites(layer, tr):
    words = site_kind_words(tr)
    categories = []
    for kind, (shape, colour, size_mm) in SITE_SYMBOLS.items():
        symbol = QgsMarkerSymbol.createSimple({"name": shape, "color": colour, "size": str(size_mm),
                                               "outline_color": "#000000", "outline_width": "0.3"})
        categories.append(QgsRendererCategory(kind, symbol, words[kind]))
    layer.setRenderer(QgsCategorizedSymbolRenderer("kind", categories))


def _style_routes(layer):
    symbol = QgsLineSymbol.createSimple({"line_color": "#08519c", "line_width": "1.1", "line_style": "dash",
                                         "capstyle": "round"})
    layer.renderer().setSymbol(symbol)


# binding ------------------------------------------------------------------------------------------------------------

@dataclass
class BriefingTexts:
    """Everything the layout shows besides maps: labels by item id, scenario boxes and table rows."""
    labels: dict
    boxes: list  # (scenario name, box text) in page order
    tables: dict  # item id -> (headers, rows, column width fractions)
    logo: str = ""
    synthetic: bool = False


def bind(layout, items, layers, shown, texts, extent, tr=tr):
    """Fill the template's items: texts, tables, maps of ``shown`` (a :class:`ScenarioLayers`), legends."""
    for item_id, text in texts.labels.items():
        items[item_id].setText(text)
    if not texts.synthetic:
        items["synthetic_notice"].setVisibility(False)
    _bind_logo(items, texts.logo)
    _split_scenario_boxes(layout, items["scenario_boxes"], texts.boxes)
    for item_id, (headers, rows, fractions) in texts.tables.items():
        _fill_table(items[item_id], headers, rows, fractions)
    if len(texts.boxes) > 2:  # more scenario columns: smaller type, so figures keep to one line
        _shrink_table_type(items["comparison_table"], COMPARISON_SHRINK_PT)
    layers_after = [shown.sites, shown.routes, shown.after]
    for item_id, map_layers in (("map_before", [layers.before]), ("map_after", layers_after),
                                ("change_map", [shown.sites, shown.routes, shown.change])):
        map_item = items[item_id]
        map_item.setLayers(map_layers)
        map_item.setKeepLayerSet(True)
        map_item.zoomToExtent(extent)
    if _same_size(items):  # exactly the same extent, not just the same rectangle zoomed to
        items["map_after"].setExtent(items["map_before"].extent())
    for item_id, map_id in (("scalebar", "map_before"), ("change_scalebar", "change_map")):
        items[item_id].setLinkedMap(items[map_id])
        items[item_id].update()
    north = items["north_arrow"]
    if not north.picturePath() or not os.path.exists(north.picturePath()):
        north.setPicturePath(resource_path("layouts", "north_arrow.svg"))
    north.setLinkedMap(items["map_before"])
    _bind_legend(items["legend"], items["map_after"], tr("Safety grade"),
                 [(shown.after, tr("Safety grade")), (shown.sites, tr("Proposed facilities")),
                  (shown.routes, tr("Proposed safe-return route"))])
    _bind_legend(items["change_legend"], items["change_map"], tr("Grade change"),
                 [(shown.change, tr("Grade change")), (shown.sites, tr("Proposed facilities")),
                  (shown.routes, tr("Proposed safe-return route"))])


def _same_size(items):
    before, after = items["map_before"].rect(), items["map_after"].rect()
    return abs(before.width() - after.width()) < 0.01 and abs(before.height() - after.height()) < 0.01


def _bind_logo(items, logo):
    logo_item, title = items["logo"], items["title"]
    if logo:
        logo_item.setPicturePath(logo)
        logo_item.setResizeMode(QgsLayoutItemPicture.Zoom)
        return
    logo_item.setVisibility(False)
    # without a logo the heading starts where the logo was
    logo_x = logo_item.pagePositionWithUnits().x()
    shift = title.pagePositionWithUnits().x() - logo_x
    for label in (title, items["organisation"], items["district"]):
        if label.pagePositionWithUnits().x() > logo_x:
            position, size = label.pagePositionWithUnits(), label.sizeWithUnits()
            label.attemptMove(QgsLayoutPoint(position.x() - shift, position.y(), position.units()),
                              page=label.page())
            label.attemptResize(QgsLayoutSize(size.width() + shift, size.height(), size.units()))


def _split_scenario_boxes(layout, placeholder, boxes):
    """One framed box per scenario in the placeholder's rectangle, with its look: the name on top in bold, the
    figures below, in the largest type (up to a quarter above the placeholder's) that fits every box."""
    position, size = placeholder.pagePositionWithUnits(), placeholder.sizeWithUnits()
    columns = len(boxes)
    while columns > 1 and (size.width() - (columns - 1) * BOX_GAP_MM) / columns < MIN_BOX_WIDTH_MM:
        columns -= 1
    rows = -(-len(boxes) // columns)
    width = (size.width() - (columns - 1) * BOX_GAP_MM) / columns
    height = (size.height() - (rows - 1) * BOX_GAP_MM) / rows
    margin_x, margin_y = placeholder.marginX(), placeholder.marginY()
    body_font = _fitting_font(compat.label_font(placeholder), boxes, width - 2 * margin_x, height - 2 * margin_y)
    name_font = _name_font(body_font)
    name_height_mm = QgsLayoutUtils.fontHeightMM(name_font) * NAME_LINE_FACTOR
    page = placeholder.page()
    for index, (name, text) in enumerate(boxes):
        x = position.x() + (index % columns) * (width + BOX_GAP_MM)
        y = position.y() + (index // columns) * (height + BOX_GAP_MM)
        number = index + 1
        _copy_label(layout, placeholder, f"scenario_box_{number}", "", x, y, width, height, page)  # frame
        for item_id, text_of_label, font, top, label_height in (
                (f"scenario_box_{number}_name", name, name_font, y, name_height_mm + margin_y),
                (f"scenario_box_{number}_figures", text, body_font, y + name_height_mm,
                 height - name_height_mm)):
            label = _copy_label(layout, placeholder, item_id, text_of_label, x, top, width, label_height, page)
            compat.set_label_font(label, font)
            label.setFrameEnabled(False)
            label.setBackgroundEnabled(False)
    layout.removeLayoutItem(placeholder)


NAME_LINE_FACTOR = 1.3  # the name's line, with room below it
LINE_FACTOR = 1.1  # a label's line spacing, a little over the font's height


def _name_font(font):
    name_font = QFont(font)
    name_font.setBold(True)
    name_font.setPointSizeF(font.pointSizeF() * 1.2)
    return name_font


def _fitting_font(font, boxes, width_mm, height_mm):
    """``font`` at the largest size at which every box's name and lines fit: up to 125 % of it while no line has to
    wrap, then down to 6 pt with wrapped lines."""
    candidate = QFont(font)
    points = font.pointSizeF() * 1.25
    while points > 6.0:
        candidate.setPointSizeF(points)
        name_font = _name_font(candidate)
        line_mm = QgsLayoutUtils.fontHeightMM(candidate) * LINE_FACTOR
        lines_per_box = [[max(1, math.ceil(QgsLayoutUtils.textWidthMM(candidate, line) / width_mm))
                          for line in text.split("\n")] for _, text in boxes]
        needed = QgsLayoutUtils.fontHeightMM(name_font) * NAME_LINE_FACTOR + line_mm * max(map(sum, lines_per_box))
        wrapped = any(lines > 1 for box in lines_per_box for lines in box)
        if needed <= height_mm and (points <= font.pointSizeF() or not wrapped):
            break
        points -= 0.5
    candidate.setPointSizeF(max(points, 6.0))
    return candidate


def _copy_label(layout, template, item_id, text, x, y, width, height, page):
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(text)
    compat.copy_label_text_style(template, label)
    label.setHAlign(template.hAlign())
    label.setVAlign(template.vAlign())
    label.setMarginX(template.marginX())
    label.setMarginY(template.marginY())
    label.setFrameEnabled(template.frameEnabled())
    label.setFrameStrokeColor(template.frameStrokeColor())
    label.setFrameStrokeWidth(template.frameStrokeWidth())
    label.setBackgroundEnabled(template.hasBackground())
    label.setBackgroundColor(template.backgroundColor())
    layout.addLayoutItem(label)
    unit = template.sizeWithUnits().units()
    label.attemptResize(QgsLayoutSize(width, height, unit))
    label.attemptMove(QgsLayoutPoint(x, y, unit), page=page)
    return label


def _fill_table(table, headers, rows, fractions):
    """Headers, rows and column widths (``fractions`` of the frame's width; a table's frame is as wide as its
    columns, so the template's width is read before the columns change)."""
    columns = len(headers)
    usable_mm = (table.frame(0).rect().width() - columns * 2 * table.cellMargin()
                 - (columns + 1) * table.gridStrokeWidth())
    table.setIncludeTableHeader(True)
    table.setHeaders([QgsLayoutTableColumn(heading) for heading in headers])
    table.setTableContents([[QgsTableCell(str(value)) for value in row] for row in rows])
    table.setColumnWidths([usable_mm * fraction for fraction in fractions])
    table.refresh()


def _shrink_table_type(table, points):
    for text_format, setter in ((table.headerTextFormat(), table.setHeaderTextFormat),
                                (table.contentTextFormat(), table.setContentTextFormat)):
        text_format.setSize(max(text_format.size() - points, 6.0))
        setter(text_format)
    table.refresh()


def _bind_legend(legend, map_item, title, entries):
    """A legend with exactly ``entries`` (layer, heading), whatever else the project holds."""
    legend.setAutoUpdateModel(True)
    legend.setAutoUpdateModel(False)  # the legend now owns a copy of the project's tree: make it ``entries``
    legend.setLinkedMap(map_item)
    legend.setTitle(title)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for layer, heading in entries:
        node = root.addLayer(layer)
        node.setUseLayerName(False)
        node.setName(heading)
        if layer.renderer().type() == "categorizedSymbol" and heading == title:
            QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Hidden)  # the legend's title says it
    legend.setLegendFilterByMapEnabled(True)
    legend.adjustBoxSize()
    legend.refresh()


# the layout ---------------------------------------------------------------------------------------------------------

def new_layout(project, template_path, name):
    """A print layout of ``project`` loaded from ``template_path`` and named ``name`` (made unique)."""
    layout = QgsPrintLayout(project)
    items = load_template(layout, template_path)
    layout.setName(unique_layout_name(project, name))
    return layout, items


def unique_layout_name(project, name):
    taken = {layout.name() for layout in project.layoutManager().layouts()}
    candidate, number = name, 1
    while candidate in taken:
        number += 1
        candidate = f"{name} ({number})"
    return candidate


def export_pdf(layout, path):
    """The layout as a PDF with text kept as text (searchable, fonts embedded) and no georeference."""
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
    settings.appendGeoreference = False
    settings.exportMetadata = True
    settings.forceVectorOutput = True
    with written_whole(path, check=pdf_is_whole) as part:
        result = QgsLayoutExporter(layout).exportToPdf(part, settings)
        _require_exported(result, path)


def _require_exported(result, path):
    if result != QgsLayoutExporter.Success:
        raise QgsProcessingException(tr(
            "Could not write the briefing PDF '{path}' (QGIS export error {code}): check the folder is writable and "
            "the file is not open in another program.").format(path=path, code=int(result)))
