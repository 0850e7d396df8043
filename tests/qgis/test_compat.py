"""qgis_io.compat gives the same results on QGIS 3.22 and 3.40, through whichever API the running QGIS has."""
from qgis.core import QgsLayoutItemLabel, QgsLayoutItemLegend, QgsLegendStyle, QgsPrintLayout, QgsProject
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QColor, QFont

from anshim.qgis_io import compat


def test_a_field_has_the_type_asked_for():
    for kind, name in ((QVariant.Int, "int"), (QVariant.Double, "double"), (QVariant.String, "string"),
                       (QVariant.LongLong, "long")):
        field = compat.field(f"a_{name}", kind)
        assert (field.name(), int(field.type())) == (f"a_{name}", int(kind))


def test_a_label_keeps_the_font_size_and_colour_it_was_given():
    project = QgsProject()
    layout = QgsPrintLayout(project)
    source, copy = QgsLayoutItemLabel(layout), QgsLayoutItemLabel(layout)
    compat.set_label_font(source, QFont("NanumBarunGothic", 13))
    compat.set_label_font_color(source, QColor("#c0392b"))
    compat.copy_label_text_style(source, copy)
    for label in (source, copy):
        font = compat.label_font(label)
        assert (font.family(), font.pointSizeF()) == ("NanumBarunGothic", 13.0)
        [requested] = compat.requested_fonts(label)
        assert (requested.family, requested.replaced) == ("NanumBarunGothic", False)
    colour = copy.textFormat().color() if compat.LABEL_HAS_TEXT_FORMAT else copy.fontColor()
    assert colour.name() == "#c0392b"


def test_a_legend_style_keeps_the_font_it_was_given():
    project = QgsProject()  # a layout must not outlive its project
    layout = QgsPrintLayout(project)
    legend = QgsLayoutItemLegend(layout)
    compat.set_legend_style_font(legend, QgsLegendStyle.Title, QFont("NanumMyeongjo", 11))
    title, label = compat.requested_fonts(legend)
    assert title.family == "NanumMyeongjo" and label.family != "NanumMyeongjo"
