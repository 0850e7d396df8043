"""Anshim's map styles (QML under resources/styles) and applying them to layers, also as outputs load.

The QML files carry English legend labels; :func:`apply_style` rewrites them in QGIS's language (or the one
asked for) as it applies the style, so the legend, the project and a style saved to a GeoPackage read in the
user's language. ``scripts/i18n.py`` extracts the labels into this module's context.
"""
from qgis.core import QgsProcessingLayerPostProcessorInterface, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ..resources import resource_path
from .i18n import translator

TR_CONTEXT = "Styles"

# style name -> (QML file, the field it classifies)
STYLES = {
    "grades": ("grades.qml", "grade"),
    "grade_change": ("grade_change.qml", "grade_change"),
    "grade_moves": ("grade_moves.qml", "grade_change"),  # both ways: 'Compare two gradings'
}


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


def apply_style(layer, style="grades", language=None):
    """Style ``layer`` with one of :data:`STYLES`, its legend in ``language`` (None: QGIS's); a layer without the
    classified field is refused."""
    file_name, field = STYLES[style]
    if layer.fields().lookupField(field) < 0:
        raise QgsProcessingException(tr(
            "Layer '{layer}' has no '{field}' field: run 'Grade streets' (or 'Simulate scenario' for grade "
            "changes) first.").format(layer=layer.name(), field=field))
    message, loaded = layer.loadNamedStyle(resource_path("styles", file_name))
    if not loaded:
        raise QgsProcessingException(tr("Could not apply {file}: {message}").format(file=file_name, message=message))
    translate_legend(layer, language)
    layer.triggerRepaint()


def translate_legend(layer, language=None):
    """Rewrite the category (or range) labels of ``layer``'s renderer in ``language``."""
    renderer = layer.renderer()
    label = translator(TR_CONTEXT, language)
    if hasattr(renderer, "categories"):
        for index, category in enumerate(renderer.categories()):
            renderer.updateCategoryLabel(index, label(category.label()))
    elif hasattr(renderer, "ranges"):
        for index, value_range in enumerate(renderer.ranges()):
            renderer.updateRangeLabel(index, label(value_range.label()))


class StyleOnLoad(QgsProcessingLayerPostProcessorInterface):
    """Styles an algorithm's output when Processing loads it into the project."""

    # The context does not own post-processors and may call one after the algorithm returned, so they live as
    # long as the plugin (a few bytes each); freeing one from inside its own call crashes QGIS.
    _alive = []

    def __init__(self, style, properties=None):
        super().__init__()
        self.style = style
        self.properties = dict(properties or {})

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS's name)
        apply_style(layer, self.style)
        for key, value in self.properties.items():
            layer.setCustomProperty(key, value)

    @classmethod
    def attach(cls, context, dest_id, style, properties=None):
        """Style output ``dest_id`` (and set its layer custom ``properties``) when Processing loads it."""
        if context.willLoadLayerOnCompletion(dest_id):
            processor = cls(style, properties)
            cls._alive.append(processor)
            context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)
