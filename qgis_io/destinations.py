"""No output replaces an input: every destination of a run compared with every input source, before any work.

One check for every algorithm (:class:`processing_algorithms.base.AnshimAlgorithm` calls
:func:`refuse_outputs_over_inputs` before ``process``): layer outputs whichever way they are written (the bulk
GeoPackage writer or a QGIS sink, which deletes an existing file the moment it is created), file outputs (model,
reports, PDF) and side files an algorithm declares (the briefing project's GeoPackage). A destination conflicts with
an input when it is the same file and either replaces the whole file or the input's own table; Shapefiles are one
file with their ``.dbf``, ``.shx`` and ``.prj``. A new table written into an input's GeoPackage is allowed.
"""
import os
import re
from dataclasses import dataclass

from qgis.core import (QgsDataSourceUri, QgsMapLayer, QgsProcessingException, QgsProcessingFeatureSourceDefinition,
                       QgsProcessingOutputLayerDefinition, QgsProcessingParameterFile,
                       QgsProcessingParameterMultipleLayers, QgsProcessingParameters, QgsProcessingUtils,
                       QgsProperty, QgsProviderRegistry)
from qgis.PyQt.QtCore import QCoreApplication

TR_CONTEXT = "Destinations"

_SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".qmd")
_LAYER_INPUT_TYPES = ("source", "vector", "raster", "layer", "mesh", "pointcloud", "multilayer")
_GEOPACKAGE_SUFFIXES = (".gpkg", ".sqlite", ".db")


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


@dataclass(frozen=True)
class Place:
    """Where data lives: a file and, inside a GeoPackage, a table ("" for the whole file)."""
    path: str
    table: str = ""

    def file_key(self):
        """The file as compared: its real path; a Shapefile by its name without the part's extension."""
        real = os.path.normcase(os.path.realpath(self.path))
        stem, suffix = os.path.splitext(real)
        return stem + ".shp" if suffix.lower() in _SHAPEFILE_PARTS else real

    def shown(self):
        return f"{self.path} ({self.table})" if self.table else self.path


def refuse_outputs_over_inputs(algorithm, parameters, context, extra_outputs=()):
    """Raise QgsProcessingException when an output of ``algorithm`` would replace one of its inputs.

    ``extra_outputs``: ``(parameter id, Place)`` of files a run writes besides its declared outputs."""
    inputs = input_places(algorithm, parameters, context)
    if not inputs:
        return
    for parameter_id, output in list(output_places(algorithm, parameters, context)) + list(extra_outputs):
        for input_label, source in inputs:
            if _conflict(output, source):
                raise QgsProcessingException(tr(
                    "{parameter}: the output {output} would overwrite the input layer {input} ({label}). Choose "
                    "another file or table name. Input layers are never modified.").format(
                        parameter=parameter_id, output=output.shown(), input=source.shown(), label=input_label))


def _conflict(output, source):
    if output.file_key() != source.file_key():
        return False
    if not output.table or not source.table:
        return True  # the output replaces the whole file, or the input is the whole file
    return output.table.lower() == source.table.lower()


# inputs --------------------------------------------------------------------------------------------------------------

def input_places(algorithm, parameters, context):
    """``(parameter description, Place)`` of every input file or GeoPackage table that exists on disk."""
    places = []
    for definition in algorithm.parameterDefinitions():
        if definition.isDestination() or parameters.get(definition.name()) is None:
            continue
        label = definition.description()
        if isinstance(definition, QgsProcessingParameterFile):
            path = algorithm.parameterAsFile(parameters, definition.name(), context)
            if path and os.path.exists(path):
                places.append((label, Place(path)))
            continue
        if definition.type() not in _LAYER_INPUT_TYPES:
            continue
        for layer in _layers_of(algorithm, definition, parameters, context):
            place = place_of_layer(layer)
            if place is not None:
                places.append((label, place))
    return places


def _layers_of(algorithm, definition, parameters, context):
    name = definition.name()
    if isinstance(definition, QgsProcessingParameterMultipleLayers):
        return [layer for layer in algorithm.parameterAsLayerList(parameters, name, context) or [] if layer]
    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        source = value.source
        value = source.staticValue() if source.propertyType() == QgsProperty.StaticProperty else \
            source.valueAsString(context.expressionContext())[0]
    if isinstance(value, QgsMapLayer):
        return [value]
    if not value:
        return []
    try:
        layer = QgsProcessingUtils.mapLayerFromString(str(value), context)
    except Exception:  # noqa: BLE001 (an unreadable input is refused later, by the algorithm, with its own message)
        layer = None
    if layer is None:
        layer = QgsProcessingParameters.parameterAsLayer(definition, parameters, context)
    return [layer] if layer is not None else []


def place_of_layer(layer):
    """The file and table a layer reads, or None for layers not in a local file (memory, databases, services)."""
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    path = parts.get("path") or ""
    if not path or not os.path.exists(path):
        return None
    table = parts.get("layerName") or ""
    if not table and path.lower().endswith(_GEOPACKAGE_SUFFIXES):
        table = _first_table(path)
    return Place(path, table)


def _first_table(path):
    """The layer GDAL opens for a GeoPackage named without a table: its first one."""
    from osgeo import ogr
    dataset = ogr.Open(path)
    if dataset is None or dataset.GetLayerCount() == 0:
        return ""
    return dataset.GetLayer(0).GetName()


# outputs -------------------------------------------------------------------------------------------------------------

def output_places(algorithm, parameters, context):
    """``(parameter id, Place)`` of every output written to a local file."""
    places = []
    for definition in algorithm.destinationParameterDefinitions():
        name = definition.name()
        value = parameters.get(name)
        if value is None or value == "":
            continue
        if definition.type() in ("fileDestination", "folderDestination"):
            path = algorithm.parameterAsFileOutput(parameters, name, context)
            place = Place(path) if path else None
        else:
            place = place_of_destination(_destination_string(value, context))
        if place is not None:
            places.append((name, place))
    return places


def _destination_string(value, context):
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        return value.sink.valueAsString(context.expressionContext())[0]
    if isinstance(value, QgsProperty):
        return value.valueAsString(context.expressionContext())[0]
    return str(value)


def place_of_destination(destination):
    """The file and table a layer destination string writes (a path, ``path|layername=…`` or an ``ogr:`` URI),
    or None for temporary, memory and database outputs."""
    if not destination or destination == "TEMPORARY_OUTPUT":
        return None
    if destination.startswith("ogr:"):
        uri = QgsDataSourceUri(destination[len("ogr:"):])
        return Place(uri.database(), uri.table()) if uri.database() else None
    if re.match(r"^[A-Za-z]{2,}:", destination):
        return None  # memory:, postgres:, spatialite: …
    path, _, options = destination.partition("|")
    table = re.search(r"layername=([^|]+)", options)
    return Place(path, table.group(1) if table else "")
