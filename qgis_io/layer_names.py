"""How messages name an input layer so that the user can find it.

In QGIS a layer given from the project keeps the name the user sees in the Layers panel. Under ``qgis_process`` a
layer given as ``file.gpkg|layername=table`` is loaded with the file's base name, so every table of one
GeoPackage was called the same ('anshim_demo'); such a layer is named ``file.gpkg|layername=table``.
"""
import os

from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProperty, QgsProviderRegistry


def layer_label(source, parameters, name, context=None):
    """The name of the layer behind source parameter ``name`` for a message: the project layer's name, or
    ``file|layername=table`` when the parameter names a table of a file."""
    value = parameters.get(name) if parameters else None
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source
    if isinstance(value, QgsProperty):
        value = value.staticValue()
    if isinstance(value, str) and "|layername=" in value:
        parts = QgsProviderRegistry.instance().decodeUri("ogr", value)
        table = parts.get("layerName")
        if parts.get("path") and table:
            return f"{os.path.basename(parts['path'])}|layername={table}"
    return source.sourceName() if source is not None else str(value)
