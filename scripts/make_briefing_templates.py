"""Write the council briefing's print-layout templates, resources/layouts/briefing_<page>.qpt.

    .venv/bin/python scripts/make_briefing_templates.py

The templates are the editable artefacts (open one in QGIS's layout designer, change it, save it as your own
template and pass it as TEMPLATE); this script is how the shipped ones are drawn, one per page format, so the three
stay consistent. Every item carries an id from ``processing_algorithms.export_briefing.TEMPLATE_ITEMS``; the
algorithm binds layers and texts to them after loading. Texts here are placeholders that say what goes there.
Fonts are named explicitly (NanumBarunGothic, from Debian's fonts-nanum) so Korean glyphs never fall back to empty
boxes.
"""
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FONT = "NanumBarunGothic"  # NanumGothic maps U+0001 to its space glyph: its spaces copy out of a PDF as U+0001
RED = "#b2182b"

# (id, kind, page, x, y, width, height, font size pt, bold); positions in mm on A4 landscape (297 x 210)
A4_LANDSCAPE = [
    ("logo", "picture", 0, 10, 8, 28, 16, 0, False),
    ("title", "label", 0, 42, 7, 190, 11, 18, True),
    ("organisation", "label", 0, 42, 18, 190, 6, 10, False),
    ("district", "label", 0, 42, 24, 190, 5, 8, False),
    ("date", "label", 0, 235, 8, 52, 5, 9, False),
    ("decision_text", "label", 0, 10, 31, 277, 10, 9, False),
    ("scenario_boxes", "box", 0, 10, 41, 277, 38, 10, False),
    ("map_before_title", "label", 0, 10, 82, 110, 6, 10, True),
    ("map_before", "map", 0, 10, 88, 110, 102, 0, False),
    ("map_after_title", "label", 0, 124, 82, 110, 6, 10, True),
    ("map_after", "map", 0, 124, 88, 110, 102, 0, False),
    ("legend", "legend", 0, 238, 88, 49, 70, 8, False),
    ("north_arrow", "picture", 0, 238, 170, 10, 16, 0, False),
    ("scalebar", "scalebar", 0, 252, 176, 35, 10, 7, False),
    ("page1_note", "label", 0, 10, 192, 277, 9, 8, False),
    ("comparison_title", "label", 1, 10, 8, 277, 10, 16, True),
    ("change_map_title", "label", 1, 10, 20, 132, 10, 9, True),
    ("change_map", "map", 1, 10, 31, 132, 132, 0, False),
    ("change_scalebar", "scalebar", 1, 10, 166, 40, 10, 7, False),
    ("change_legend", "legend", 1, 55, 166, 87, 30, 8, False),
    ("comparison_table", "table", 1, 150, 20, 137, 100, 9, False),
    ("facility_title", "label", 1, 150, 128, 137, 6, 10, True),
    ("facility_table", "table", 1, 150, 135, 137, 65, 8, False),
    ("method_title", "label", 2, 10, 8, 277, 10, 16, True),
    ("synthetic_notice", "notice", 2, 10, 20, 277, 19, 15, True),
    ("method_text", "label", 2, 10, 43, 135, 56, 9, False),
    ("validation_title", "label", 2, 10, 101, 135, 6, 10, True),
    ("validation_table", "table", 2, 10, 108, 135, 24, 8, False),
    ("factors_title", "label", 2, 10, 136, 135, 6, 10, True),
    ("factors_table", "table", 2, 10, 143, 135, 57, 8, False),
    ("evidence_title", "label", 2, 152, 43, 135, 6, 10, True),
    ("evidence_table", "table", 2, 152, 50, 135, 45, 8, False),
    ("limits_title", "label", 2, 152, 98, 135, 6, 10, True),
    ("limits_text", "label", 2, 152, 105, 135, 50, 9, False),
    ("data_title", "label", 2, 152, 158, 135, 6, 10, True),
    ("data_text", "label", 2, 152, 165, 135, 35, 8, False),
]

# A4 portrait (210 x 297): maps side by side under the boxes, legend below them; tables stacked on pages 2 and 3
A4_PORTRAIT = [
    ("logo", "picture", 0, 10, 8, 28, 16, 0, False),
    ("title", "label", 0, 42, 7, 158, 11, 17, True),
    ("organisation", "label", 0, 42, 18, 108, 6, 10, False),
    ("date", "label", 0, 150, 18, 50, 5, 9, False),
    ("district", "label", 0, 42, 24, 158, 5, 8, False),
    ("decision_text", "label", 0, 10, 31, 190, 14, 9, False),
    ("scenario_boxes", "box", 0, 10, 46, 190, 44, 9, False),
    ("map_before_title", "label", 0, 10, 94, 93, 6, 10, True),
    ("map_before", "map", 0, 10, 100, 93, 93, 0, False),
    ("map_after_title", "label", 0, 107, 94, 93, 6, 10, True),
    ("map_after", "map", 0, 107, 100, 93, 93, 0, False),
    ("legend", "legend", 0, 10, 198, 140, 50, 9, False),
    ("north_arrow", "picture", 0, 188, 198, 10, 16, 0, False),
    ("scalebar", "scalebar", 0, 150, 218, 50, 10, 7, False),
    ("page1_note", "label", 0, 10, 276, 190, 12, 8, False),
    ("comparison_title", "label", 1, 10, 8, 190, 10, 16, True),
    ("change_map_title", "label", 1, 10, 20, 190, 6, 9, True),
    ("change_map", "map", 1, 10, 27, 120, 120, 0, False),
    ("change_scalebar", "scalebar", 1, 135, 127, 60, 10, 7, False),
    ("change_legend", "legend", 1, 135, 27, 65, 60, 8, False),
    ("comparison_table", "table", 1, 10, 152, 190, 78, 9, False),
    ("facility_title", "label", 1, 10, 233, 190, 6, 10, True),
    ("facility_table", "table", 1, 10, 240, 190, 48, 7, False),
    ("method_title", "label", 2, 10, 8, 190, 10, 16, True),
    ("synthetic_notice", "notice", 2, 10, 20, 190, 26, 15, True),
    ("method_text", "label", 2, 10, 50, 190, 34, 8, False),
    ("validation_title", "label", 2, 10, 86, 92, 11, 10, True),
    ("validation_table", "table", 2, 10, 98, 92, 28, 7, False),
    ("factors_title", "label", 2, 108, 86, 92, 11, 10, True),
    ("factors_table", "table", 2, 108, 98, 92, 53, 7, False),
    ("evidence_title", "label", 2, 10, 154, 190, 6, 10, True),
    ("evidence_table", "table", 2, 10, 161, 190, 36, 7, False),
    ("limits_title", "label", 2, 10, 200, 190, 6, 10, True),
    ("limits_text", "label", 2, 10, 207, 190, 40, 8, False),
    ("data_title", "label", 2, 10, 249, 190, 6, 10, True),
    ("data_text", "label", 2, 10, 256, 190, 32, 7, False),
]

A3_SCALE = 2 ** 0.5  # A3 is A4 scaled by √2
A3_FONT_SCALE = 1.3  # type grows less than the page: more room for the maps

PAGES = {
    "a4_landscape": ((297, 210), A4_LANDSCAPE, 1.0, 1.0),
    "a4_portrait": ((210, 297), A4_PORTRAIT, 1.0, 1.0),
    "a3_landscape": ((420, 297), A4_LANDSCAPE, A3_SCALE, A3_FONT_SCALE),
}


def placeholder(item_id):
    return f"[{item_id}]"


def build(layout_class, size_mm, specs, scale, font_scale):
    from qgis.core import (QgsLayoutFrame, QgsLayoutItemLabel, QgsLayoutItemLegend, QgsLayoutItemManualTable,
                           QgsLayoutItemMap, QgsLayoutItemPage, QgsLayoutItemPicture, QgsLayoutItemScaleBar,
                           QgsLayoutMeasurement, QgsLayoutPoint, QgsLayoutSize, QgsLayoutTable,
                           QgsLayoutTableColumn, QgsLegendStyle, QgsProject, QgsRectangle, QgsScaleBarSettings,
                           QgsTableCell, QgsTextFormat, QgsUnitTypes)
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QColor, QFont

    from anshim.qgis_io import compat

    project = QgsProject()
    layout = layout_class(project)
    layout.initializeDefaults()
    collection = layout.pageCollection()
    collection.page(0).setPageSize(QgsLayoutSize(*size_mm, QgsUnitTypes.LayoutMillimeters))
    for _ in range(2):
        page = QgsLayoutItemPage(layout)
        page.setPageSize(QgsLayoutSize(*size_mm, QgsUnitTypes.LayoutMillimeters))
        collection.addPage(page)

    def font(points, bold):
        result = QFont(FONT)
        result.setPointSizeF(round(points * font_scale, 1))
        result.setBold(bold)
        return result

    def text_format(points, bold):
        text = QgsTextFormat()
        text.setFont(font(points, bold))
        text.setSize(round(points * font_scale, 1))
        return text

    def place(item, page, x, y, width, height):
        item.attemptResize(QgsLayoutSize(width * scale, height * scale, QgsUnitTypes.LayoutMillimeters))
        item.attemptMove(QgsLayoutPoint(x * scale, y * scale, QgsUnitTypes.LayoutMillimeters), page=page)

    for item_id, kind, page, x, y, width, height, points, bold in specs:
        if kind in ("label", "box", "notice"):
            item = QgsLayoutItemLabel(layout)
            item.setText(placeholder(item_id))
            compat.set_label_font(item, font(points, bold))
            item.setVAlign(Qt.AlignTop)
            item.setHAlign(Qt.AlignRight if item_id == "date" else Qt.AlignLeft)  # labels justify by default
            if kind == "box":  # split into one framed box per scenario when bound
                item.setFrameEnabled(True)
                item.setFrameStrokeColor(QColor("#7f7f7f"))
                item.setBackgroundEnabled(True)
                item.setBackgroundColor(QColor("#f4f4f4"))
                item.setMarginX(2.5)
                item.setMarginY(2.0)
            if kind == "notice":
                compat.set_label_font_color(item, QColor(RED))
                item.setFrameEnabled(True)
                item.setFrameStrokeColor(QColor(RED))
                item.setFrameStrokeWidth(QgsLayoutMeasurement(0.8))
                item.setBackgroundEnabled(True)
                item.setBackgroundColor(QColor("#fde2e1"))
                item.setMarginX(3.0)
                item.setMarginY(2.0)
        elif kind == "map":
            item = QgsLayoutItemMap(layout)
            item.setFrameEnabled(True)
            item.setFrameStrokeColor(QColor("#555555"))
        elif kind == "legend":
            item = QgsLayoutItemLegend(layout)
            item.setTitle(placeholder(item_id))
            item.setAutoUpdateModel(False)
            for style, size, heavy in ((QgsLegendStyle.Title, points + 1, True), (QgsLegendStyle.Group, points, True),
                                       (QgsLegendStyle.Subgroup, points, True),
                                       (QgsLegendStyle.SymbolLabel, points, False)):
                compat.set_legend_style_font(item, style, font(size, heavy))
            item.setWrapString("~")
            # a legend below its map goes in two columns: the change legend in landscape, page 1's in portrait
            if (item_id == "change_legend") != (size_mm[0] < size_mm[1]):
                item.setColumnCount(2)
        elif kind == "scalebar":
            item = QgsLayoutItemScaleBar(layout)
            item.setStyle("Single Box")
            item.setUnits(QgsUnitTypes.DistanceMeters)
            item.setUnitLabel("m")
            item.setNumberOfSegments(2)
            item.setNumberOfSegmentsLeft(0)
            item.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)
            item.setMinimumBarWidth(width * scale * 0.5)
            item.setMaximumBarWidth(width * scale * 0.85)
            item.setTextFormat(text_format(points, False))
        elif kind == "picture":
            item = QgsLayoutItemPicture(layout)
        elif kind == "table":
            table = QgsLayoutItemManualTable.create(layout)
            layout.addMultiFrame(table)
            table.setHeaderTextFormat(text_format(points, True))
            table.setContentTextFormat(text_format(points, False))
            table.setHeaders([QgsLayoutTableColumn(placeholder(item_id))])
            table.setTableContents([[QgsTableCell(placeholder(item_id))]])
            table.setWrapBehavior(QgsLayoutTable.WrapText)
            table.setCellMargin(1.0 * scale)
            table.setGridStrokeWidth(0.2)
            table.setGridColor(QColor("#9a9a9a"))
            table.setHeaderHAlignment(QgsLayoutTable.FollowColumn)
            table.setResizeMode(QgsLayoutItemManualTable.UseExistingFrames)
            item = QgsLayoutFrame(layout, table)
            table.addFrame(item)
        else:
            raise ValueError(kind)
        item.setId(item_id)
        if kind != "table":
            layout.addLayoutItem(item)
        place(item, page, x, y, width, height)
        if kind == "map":  # an empty extent is saved as NaN, and a map loaded with it has no height
            item.setExtent(QgsRectangle(0, 0, width * scale, height * scale))
        if kind == "table":  # a table's frame is as wide as its columns: one column as wide as the frame
            table.setColumnWidths([width * scale - 2 * table.cellMargin() - 2 * table.gridStrokeWidth()])
            table.refresh()
    return layout, project  # the layout lives only as long as its project


def main():
    from headless import start_qgis
    from qgis.core import QgsPrintLayout, QgsReadWriteContext
    app, plugin = start_qgis()
    folder = ROOT / "resources" / "layouts"
    folder.mkdir(parents=True, exist_ok=True)
    for name, (size_mm, specs, scale, font_scale) in PAGES.items():
        layout, project = build(QgsPrintLayout, size_mm, specs, scale, font_scale)
        layout.setName(f"Anshim council briefing ({name.replace('_', ' ')})")
        if not layout.saveAsTemplate(str(folder / f"briefing_{name}.qpt"), QgsReadWriteContext()):
            raise RuntimeError(f"could not write the {name} template")
        print(f"wrote {folder / f'briefing_{name}.qpt'}")
    plugin.unload()
    app.exitQgis()


if __name__ == "__main__":
    main()
