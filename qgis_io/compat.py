"""The QGIS calls whose API changed between the two LTRs Anshim supports (3.22 and 3.40), in one place.

QGIS 3.40 marks these deprecated (QGIS 4 / Qt 6 remove them) while 3.22 lacks their replacements, so every other
module calls these helpers instead: each uses the new API where the running QGIS has it, the old one on 3.22.
"""
from qgis.core import Qgis, QgsField, QgsLegendStyle, QgsLayoutItemLabel, QgsTextFormat, QgsUnitTypes
from qgis.PyQt.QtCore import QMetaType
from qgis.PyQt.QtGui import QFont

VERSION = Qgis.QGIS_VERSION_INT
FIELD_TAKES_METATYPE = VERSION >= 33800  # QgsField(name, QMetaType.Type); QVariant.Type deprecated since 3.38
LABEL_HAS_TEXT_FORMAT = hasattr(QgsLayoutItemLabel, "textFormat")  # 3.24
LEGEND_STYLE_HAS_TEXT_FORMAT = hasattr(QgsLegendStyle, "textFormat")  # 3.30


def field(name, kind, type_name="", length=0, precision=0):
    """``QgsField(name, kind, …)`` for a ``QVariant.Type`` ``kind`` (Int, Double, String, …): the same number is
    the ``QMetaType.Type`` QGIS 3.38+ wants."""
    if FIELD_TAKES_METATYPE:
        return QgsField(name, QMetaType.Type(int(kind)), type_name, length, precision)
    return QgsField(name, kind, type_name, length, precision)


def fields_parameter(algorithm, parameters, name, context):
    """The field names of a field parameter: ``parameterAsStrings`` (3.32+) or ``parameterAsFields`` (3.22)."""
    if hasattr(algorithm, "parameterAsStrings"):
        return algorithm.parameterAsStrings(parameters, name, context)
    return algorithm.parameterAsFields(parameters, name, context)


# layout text: labels keep a QgsTextFormat from 3.24, legend styles from 3.30 --------------------------------------

def label_font(label):
    """A layout label's font, its size in points."""
    if LABEL_HAS_TEXT_FORMAT:
        return label.textFormat().toQFont()
    return label.font()


def set_label_font(label, font):
    """Give a layout label ``font`` (its size in points), keeping its colour."""
    if not LABEL_HAS_TEXT_FORMAT:
        label.setFont(font)
        return
    text_format = label.textFormat()
    _set_format_font(text_format, font)
    label.setTextFormat(text_format)


def copy_label_text_style(source, target):
    """``target`` gets ``source``'s font and text colour."""
    if LABEL_HAS_TEXT_FORMAT:
        target.setTextFormat(source.textFormat())
        return
    target.setFont(source.font())
    target.setFontColor(source.fontColor())


def set_label_font_color(label, color):
    if LABEL_HAS_TEXT_FORMAT:
        text_format = label.textFormat()
        text_format.setColor(color)
        label.setTextFormat(text_format)
    else:
        label.setFontColor(color)


def set_legend_style_font(legend, style, font):
    """Give the legend's ``style`` (QgsLegendStyle.Title, SymbolLabel, …) ``font`` (its size in points)."""
    if not LEGEND_STYLE_HAS_TEXT_FORMAT:
        legend.setStyleFont(style, font)
        return
    legend_style = legend.style(style)
    text_format = legend_style.textFormat()
    _set_format_font(text_format, font)
    legend_style.setTextFormat(text_format)
    legend.setStyle(style, legend_style)


def _set_format_font(text_format, font):
    text_format.setFont(font)
    if font.pointSizeF() > 0:
        text_format.setSize(font.pointSizeF())
        text_format.setSizeUnit(QgsUnitTypes.RenderPoints)


# what a layout item's text asks for -----------------------------------------------------------------------------

class RequestedFont:
    """The family one text of a layout item asks for, and how to give it that family again when QGIS replaced it
    on load (``restore(family)``; None where the item keeps a plain QFont, which never replaces the family)."""

    def __init__(self, family, replaced, restore=None):
        self.family, self.replaced, self.restore = family, replaced, restore


def requested_fonts(item):
    """Every font family ``item`` (a layout label, legend, scale bar or manual table) asks for, as QGIS keeps it:

    a QgsTextFormat whose family is missing is given the application font on load (``fontFound()`` false), so
    ``font().family()`` then names the replacement; the family the template asked for is
    ``resolvedFontFamily()``. QGIS also decides "missing" by comparing with the font list's names, which Qt gives in
    the user's language (나눔바른고딕 under LANG=ko_KR), so an installed font can be "replaced" too: ``restore``
    puts the requested family back once the caller has checked Qt finds it."""
    from qgis.core import QgsLayoutItemLegend, QgsLayoutItemManualTable, QgsLayoutItemScaleBar
    if isinstance(item, QgsLayoutItemLabel):
        if LABEL_HAS_TEXT_FORMAT:
            return [_from_format(item.textFormat(), item.setTextFormat)]
        return [RequestedFont(item.font().family(), False)]
    if isinstance(item, QgsLayoutItemManualTable):
        return [_from_format(item.headerTextFormat(), item.setHeaderTextFormat),
                _from_format(item.contentTextFormat(), item.setContentTextFormat)]
    if isinstance(item, QgsLayoutItemLegend):
        styles = (QgsLegendStyle.Title, QgsLegendStyle.SymbolLabel)
        if LEGEND_STYLE_HAS_TEXT_FORMAT:
            return [_from_format(item.style(style).textFormat(), _legend_style_setter(item, style))
                    for style in styles]
        return [RequestedFont(item.styleFont(style).family(), False) for style in styles]
    if isinstance(item, QgsLayoutItemScaleBar):
        return [_from_format(item.textFormat(), item.setTextFormat)]
    return []


def _from_format(text_format, setter):
    if text_format.fontFound():
        return RequestedFont(text_format.font().family(), False)
    requested = text_format.resolvedFontFamily()

    def restore(family):
        font = QFont(text_format.font())
        font.setFamily(family)
        restored = QgsTextFormat(text_format)
        restored.setFont(font)
        setter(restored)

    return RequestedFont(requested, True, restore)


def _legend_style_setter(legend, style):
    def setter(text_format):
        legend_style = legend.style(style)
        legend_style.setTextFormat(text_format)
        legend.setStyle(style, legend_style)
    return setter
