"""Anshim's map styles (QML under resources/styles) and applying them to layers, also as outputs load."""
from qgis.core import QgsProcessingLayerPostProcessorInterface, QgsProcessingException

from ..resources import resource_path

# style name -> (QML file, the field it classifies)
STYLES = {
    "grades": ("grades.qml", "grade"),
    "grade_change": ("grade_change.qml", "grade_change"),
}


def apply_style(layer, style="grades"):
    """Style ``layer`` with one of :data:`STYLES`; a layer without the classified field is refused."""
    file_name, field = STYLES[style]
    if layer.fields().lookupField(field) < 0:
        raise QgsProcessingException(
            f"Layer '{layer.name()}' has no '{field}' field: run 'Grade streets' (or 'Simulate scenario' for grade "
            f"changes) first.")
    message, loaded = layer.loadNamedStyle(resource_path("styles", file_name))
    if not loaded:
        raise QgsProcessingException(f"Could not apply {file_name}: {message}")
    layer.triggerRepaint()


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
