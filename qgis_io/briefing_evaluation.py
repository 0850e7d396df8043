"""The briefing's extra page "Did last year's facilities work?", from an evaluation table.

The page is added after the template's pages in code, so any template that carries the items listed in the README
gets it: it copies the look of the method page (``method_title``, ``method_text``, ``validation_table``, whose page
size it takes) and holds a title, the results in plain words, a table of groups and a note.
"""
import math
from dataclasses import dataclass

from qgis.core import (QgsLayoutFrame, QgsLayoutItemLabel, QgsLayoutItemManualTable, QgsLayoutItemPage,
                       QgsLayoutPoint, QgsLayoutSize, QgsLayoutTableColumn, QgsLayoutUtils, QgsProcessingException,
                       QgsTableCell)
from qgis.PyQt.QtCore import QCoreApplication

from ..engine.planning import briefing_evaluation as words
from . import compat
from .i18n import translator

TR_CONTEXT = "BriefingEvaluationLayout"
LINE_FACTOR = 1.25  # a wrapped label's line height over the font's
GAP_MM = 4.0


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


@dataclass
class EvaluationPage:
    title: str
    text: str
    note: str
    table: tuple  # (headers, rows, column width fractions)


def read_evaluation(source, layer_name):
    """The TABLE rows (dicts) of an evaluation layer; refuses one without the evaluation's fields or rows."""
    names = source.fields().names()
    missing = words.missing_fields(names)
    if missing:
        raise QgsProcessingException(tr(
            "The evaluation table '{layer}' has no field {fields}: use the Evaluation table (TABLE) output of "
            "'Evaluate installed facilities'.").format(layer=layer_name, fields=", ".join(missing)))
    rows = [dict(zip(names, feature.attributes())) for feature in source.getFeatures()]
    if not rows:
        raise QgsProcessingException(tr(
            "The evaluation table '{layer}' has no rows: run 'Evaluate installed facilities' on installed "
            "facilities first, or leave the evaluation empty.").format(layer=layer_name))
    return [{name: (None if value is None or str(value) == "NULL" else value) for name, value in row.items()}
            for row in rows]


def evaluation_page(source, language):
    """The :class:`EvaluationPage` of an evaluation table ``source`` in the briefing's ``language`` ("ko" or
    "en"), or None without one."""
    if source is None:
        return None
    tr_text = translator(words.TR_CONTEXT, language)
    groups = words.evaluated_groups(read_evaluation(source, source.sourceName()))
    return EvaluationPage(words.page_title(tr_text), words.page_text(groups, tr_text), words.page_note(tr_text),
                          words.table_rows(groups, tr_text))


def add_evaluation_page(layout, items, page):
    """A new last page of ``layout`` with ``page`` (an :class:`EvaluationPage`) in the method page's look."""
    from .briefing import _copy_label  # the label helper of the other pages
    collection = layout.pageCollection()
    model_title, model_text, model_table = items["method_title"], items["method_text"], items["validation_table"]
    new_page = QgsLayoutItemPage(layout)
    new_page.setPageSize(collection.page(model_title.page()).pageSize())
    collection.addPage(new_page)
    index = collection.pageCount() - 1
    unit = model_title.sizeWithUnits().units()
    x, top = model_title.pagePositionWithUnits().x(), model_title.pagePositionWithUnits().y()
    width = new_page.pageSize().width() - 2 * x
    title_height = model_title.sizeWithUnits().height()
    _copy_label(layout, model_title, "evaluation_title", page.title, x, top, width, title_height, index)
    y = top + title_height + GAP_MM / 2
    text_height = _text_height(model_text, page.text, width)
    body = _copy_label(layout, model_text, "evaluation_text", page.text, x, y, width, text_height, index)
    body.setMode(QgsLayoutItemLabel.ModeFont)
    y += text_height + GAP_MM
    table = _new_table(layout, model_table, x, y, width, index, unit)
    _fill(table, width, *page.table)
    table_height = table.totalHeight()  # the frame as tall as its rows
    table.frame(0).attemptResize(QgsLayoutSize(width, table_height, unit))
    note_height = _text_height(model_text, page.note, width)
    _copy_label(layout, model_text, "evaluation_note", page.note, x, y + table_height + GAP_MM, width, note_height,
                index)
    return index


def _new_table(layout, model, x, y, width, page_index, unit):
    """An empty manual table with the look of ``model`` (a manual table of the template) at ``x``, ``y``."""
    table = QgsLayoutItemManualTable.create(layout)
    for getter, setter in (("headerTextFormat", "setHeaderTextFormat"), ("contentTextFormat", "setContentTextFormat"),
                           ("gridStrokeWidth", "setGridStrokeWidth"), ("gridColor", "setGridColor"),
                           ("showGrid", "setShowGrid"), ("cellMargin", "setCellMargin"),
                           ("backgroundColor", "setBackgroundColor"), ("headerHAlignment", "setHeaderHAlignment")):
        getattr(table, setter)(getattr(model, getter)())
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    table.addFrame(frame)
    frame.attemptResize(QgsLayoutSize(width, model.frame(0).sizeWithUnits().height(), unit))
    frame.attemptMove(QgsLayoutPoint(x, y, unit), page=page_index)
    return table


def _fill(table, width_mm, headers, rows, fractions):
    """Headers, rows and column widths (``fractions`` of ``width_mm``): a new table's frame is as wide as its
    columns, so the width is the page's, not the frame's."""
    columns = len(headers)
    usable_mm = width_mm - columns * 2 * table.cellMargin() - (columns + 1) * table.gridStrokeWidth()
    table.setIncludeTableHeader(True)
    table.setHeaders([QgsLayoutTableColumn(heading) for heading in headers])
    table.setTableContents([[QgsTableCell(str(value)) for value in row] for row in rows])
    table.setColumnWidths([usable_mm * fraction for fraction in fractions])
    table.refresh()


def _text_height(model, text, width_mm):
    """Millimetres ``text`` needs in a label like ``model`` ``width_mm`` wide, with wrapped lines."""
    font = compat.label_font(model)
    usable = max(width_mm - 2 * model.marginX(), 10.0)
    lines = sum(max(1, math.ceil(QgsLayoutUtils.textWidthMM(font, line) / usable)) for line in text.split("\n"))
    return lines * QgsLayoutUtils.fontHeightMM(font) * LINE_FACTOR + 2 * model.marginY()
