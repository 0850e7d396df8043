"""Moving layers across the QGIS boundary: feature sources into engine arrays, engine arrays into sinks.

Geometries travel as WKB and are decoded or encoded for the whole layer at once by :mod:`engine.network.wkb`. A file
layer read as is comes through GDAL's columnar interface (:mod:`ogr_source`) with no per-feature Python at all;
anything else iterates ``QgsFeature`` objects.
"""
import os
import re

import numpy as np
from qgis.core import (Qgis, QgsFeature, QgsFeatureRequest, QgsFields, QgsGeometry,
                       QgsProcessingException, QgsProcessingFeatureSource, QgsProcessingOutputLayerDefinition,
                       QgsRasterLayer, QgsRectangle, QgsWkbTypes)
from qgis.PyQt.QtCore import QCoreApplication

from ..engine.progress import Canceled
from ..engine.network.wkb import (WkbError, lines_from_wkb, linestrings_to_wkb, points_from_wkb, polygons_from_wkb,
                                  present_geometries)
from . import compat
# noqa: the algorithms take their CRS functions from here
from .metric_crs import ground_measure, require_placed_crs, working_crs  # noqa: F401

TR_CONTEXT = "LayerIO"


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


def _features(source, request):
    """Every feature of ``request``, invalid geometries included: the engine drops and counts those itself, where
    Processing's default check would stop the whole run at the first zero-length street."""
    if isinstance(source, QgsProcessingFeatureSource):
        return source.getFeatures(request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
    return source.getFeatures(request)


def _request(source, crs, context, attributes=None, expression=None):
    request = QgsFeatureRequest()
    if expression:
        request.setFilterExpression(expression)
        request.setExpressionContext(context.expressionContext())
    if crs != source.sourceCrs():
        request.setDestinationCrs(crs, context.transformContext())
    if attributes is None:
        request.setNoAttributes()
    else:
        request.setSubsetOfAttributes(attributes)
    return request


def read_wkb(source, crs, context, feedback, attributes=None, layer_name="Input", expression=None, direct=None):
    """WKB blobs, feature ids and ``{field index: values}`` for ``attributes`` of every feature with a geometry
    (values: a list, or a numpy array for a number column read directly without NULLs).

    ``direct`` (an :class:`OgrSource` from :func:`ogr_source.direct_source`) reads the file with GDAL instead of
    through QGIS. Features with no geometry are skipped and counted in the log.
    """
    require_placed_crs(source, context.transformContext(), layer_name)
    if direct is not None and expression is None and not QgsWkbTypes.isCurvedType(source.wkbType()):
        blobs, ids, columns, skipped = _read_direct(source, direct, attributes or [], feedback)
    else:
        blobs, ids, columns, skipped = _read_features(source, crs, context, feedback, attributes, expression)
    if skipped and not len(ids) and crs != source.sourceCrs():
        raise QgsProcessingException(tr(
            "{layer_name}: every feature was lost reprojecting it from {source_crs} to {crs}. Check the layer's "
            "CRS in its Layer Properties → Source.").format(layer_name=layer_name,
                                                           source_crs=source.sourceCrs().authid() or
                                                           source.sourceCrs().description(), crs=crs.authid()))
    if skipped:
        feedback.pushWarning(tr(
            "{layer_name}: {skipped} feature(s) without geometry were skipped.").format(layer_name=layer_name,
                skipped=skipped))
    return blobs, ids, columns


def _read_features(source, crs, context, feedback, attributes, expression):
    blobs, ids, rows, skipped, curved = [], [], [], 0, 0
    total = source.featureCount()
    step = max(total // 100, 1)
    for count, feature in enumerate(_features(source, _request(source, crs, context, attributes, expression))):
        if count % step == 0:
            if feedback.isCanceled():
                raise Canceled()
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            skipped += 1
            continue
        if QgsWkbTypes.isCurvedType(geometry.wkbType()):  # arcs become vertices about 0.5 m apart on the arc
            geometry = QgsGeometry(geometry.constGet().segmentize())
            curved += 1
        blobs.append(bytes(geometry.asWkb()))
        ids.append(feature.id())
        if attributes:
            rows.append(feature.attributes())
    columns = {index: [row[index] for row in rows] for index in attributes or []}
    if curved:
        feedback.pushInfo(tr("{count:,} curved geometries (arcs) were turned into straight lines between points on "
                             "the arc.").format(count=curved))
    return blobs, np.asarray(ids, dtype=np.int64), columns, skipped


def _read_direct(source, direct, attributes, feedback):
    names = [source.fields().at(index).name() for index in attributes]
    ids, geometries, values = direct.read(names, feedback)
    present = present_geometries(geometries)
    if len(present) == len(ids):
        return geometries, ids, {index: values[name] for index, name in zip(attributes, names)}, 0
    blobs = [geometries[row] for row in present.tolist()]
    columns = {index: values[name][present] if isinstance(values[name], np.ndarray)
               else [values[name][row] for row in present.tolist()] for index, name in zip(attributes, names)}
    return blobs, ids[present], columns, len(ids) - len(present)


def geometry_word(geometry_type):
    """The geometry type in the user's language (QGIS's own display string stays English in Korean QGIS 3.22)."""
    return {QgsWkbTypes.PointGeometry: tr("point"), QgsWkbTypes.LineGeometry: tr("line"),
            QgsWkbTypes.PolygonGeometry: tr("polygon")}.get(geometry_type, tr("no geometry"))


def require_geometry(source, geometry_type, layer_name):
    """Refuse a layer of the wrong geometry type with a message naming it."""
    if source is None:
        raise QgsProcessingException(tr("{layer_name} layer could not be opened.").format(layer_name=layer_name))
    if QgsWkbTypes.geometryType(source.wkbType()) != geometry_type:
        expected = geometry_word(geometry_type)
        actual = geometry_word(QgsWkbTypes.geometryType(source.wkbType()))
        raise QgsProcessingException(
            tr(
                "{layer_name} layer '{source_name}' has {actual} geometries; a "
                "{expected} layer is needed.").format(layer_name=layer_name, source_name=source.sourceName(),
                    actual=actual, expected=expected))


def read_lines(source, crs, context, feedback, attributes=None, layer_name="Input", direct=None):
    """Lines of ``source`` in ``crs``: ``(LineArrays of single parts, feature row per part, feature ids,
    {field index: values})``."""
    require_geometry(source, QgsWkbTypes.LineGeometry, layer_name)
    blobs, ids, columns = read_wkb(source, crs, context, feedback, attributes, layer_name, direct=direct)
    try:
        lines, part_row = lines_from_wkb(blobs)
    except WkbError:
        if direct is None:
            raise QgsProcessingException(tr(
                "{layer_name} layer '{source_name}' holds geometries Anshim cannot read as lines. Convert them "
                "with 'Multipart to singleparts' and 'Segmentize by maximum distance' first.").format(
                    layer_name=layer_name, source_name=source.sourceName())) from None
        # a file declaring plain lines that holds curves: read through QGIS, which turns arcs into vertices
        return read_lines(source, crs, context, feedback, attributes, layer_name, direct=None)
    return lines, part_row, ids, columns


def read_points(source, crs, context, feedback, attributes=None, layer_name="Input", expression=None,
                direct=None):
    """Points of ``source`` in ``crs``: ``(xy, feature row per point, feature ids, {field index: values})``."""
    require_geometry(source, QgsWkbTypes.PointGeometry, layer_name)
    blobs, ids, columns = read_wkb(source, crs, context, feedback, attributes, layer_name, expression, direct)
    xy, point_row = points_from_wkb(blobs)
    finite = np.isfinite(xy).all(axis=1)
    if not finite.all():
        feedback.pushWarning(tr(
            "{layer_name}: {count:,} point(s) with a coordinate that is not a finite number (NaN or infinite) were "
            "skipped.").format(layer_name=layer_name, count=int(np.count_nonzero(~finite))))
        xy, point_row = xy[finite], point_row[finite]
    return xy, point_row, ids, columns


def read_polygons(source, crs, context, feedback, attributes=None, layer_name="Input"):
    """Polygons of ``source`` in ``crs``: ``(list of ring lists, feature row per polygon, feature ids,
    {field index: values})``."""
    require_geometry(source, QgsWkbTypes.PolygonGeometry, layer_name)
    blobs, ids, columns = read_wkb(source, crs, context, feedback, attributes, layer_name)
    polygons, polygon_row = polygons_from_wkb(blobs)
    return polygons, polygon_row, ids, columns


def destination_of(parameters, name, context):
    """``(destination string, QgsProcessingOutputLayerDefinition or None)`` of output ``name`` as given: a path,
    an ``ogr:``/``memory:`` URI or TEMPORARY_OUTPUT. Unlike ``parameterAsOutputLayer`` this registers nothing for
    loading into the project (a second registration would show a phantom "layer not correctly generated")."""
    value = parameters.get(name)
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        return value.sink.valueAsString(context.expressionContext())[0], value
    return (str(value) if value is not None else ""), None


class OutputGuard:
    """Removes a file output that a cancelled or failed run left half written, if this run created it."""

    def __init__(self, parameters, name, context):
        destination, _ = destination_of(parameters, name, context)
        is_file = destination and destination != "TEMPORARY_OUTPUT" and not re.match(r"^[A-Za-z]{2,}:", destination)
        self.path = destination.split("|")[0] if is_file else ""
        self.existed = bool(self.path) and os.path.exists(self.path)

    def discard(self):
        """Call after the caller dropped its last reference to the sink, so the file is closed. A Shapefile goes
        with its .dbf, .shx, .prj and .cpg."""
        if not self.path or self.existed:
            return
        stem, extension = os.path.splitext(self.path)
        parts = [stem + part for part in (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix")] \
            if extension.lower() == ".shp" else [self.path]
        for part in parts:
            if os.path.exists(part):
                os.remove(part)


def write_lines(sink, fields, lines, attribute_rows, feedback, progress_range=(0.0, 100.0)):
    """Add one feature per line with the matching attribute row, honouring Cancel."""
    buffer, byte_offsets = linestrings_to_wkb(lines)
    start, end = progress_range
    total = len(lines)
    step = max(total // 100, 1)
    # one feature object, refilled: the sink copies what it is given, and a wrapper per feature costs ~2 µs
    feature = QgsFeature(fields)
    geometry = QgsGeometry()
    for index in range(total):
        geometry.fromWkb(buffer[byte_offsets[index]:byte_offsets[index + 1]])
        feature.setGeometry(geometry)
        feature.setAttributes(attribute_rows[index])
        _add(sink, feature)
        if index % step == 0:
            if feedback.isCanceled():
                raise Canceled()
            feedback.setProgress(start + (end - start) * index / total)


_RASTER_DTYPES = {Qgis.Byte: np.uint8, Qgis.UInt16: np.uint16, Qgis.Int16: np.int16, Qgis.UInt32: np.uint32,
                  Qgis.Int32: np.int32, Qgis.Float32: np.float32, Qgis.Float64: np.float64}


def read_raster_band(layer, crs, context, feedback, layer_name="Raster"):
    """Band 1 of ``layer`` as ``(values, GDAL geotransform, nodata)`` in ``crs`` (warped first if needed)."""
    if not layer.crs().isValid():
        raise QgsProcessingException(
            tr(
                "{layer_name} layer has no coordinate reference system. Set one in its "
                "Layer Properties → Source.").format(layer_name=layer_name))
    people_scale = 1.0
    if layer.crs() != crs:
        from qgis import processing
        feedback.pushInfo(tr(
            "{layer_name}: reprojecting from {layer_crs} to {crs}.").format(layer_name=layer_name,
                layer_crs=layer.crs().authid(), crs=crs.authid()))
        source_cell_m2 = _ground_area_of_centre_cell(layer, context)
        warped = processing.run("gdal:warpreproject", {
            "INPUT": layer, "TARGET_CRS": crs, "RESAMPLING": 0, "OUTPUT": "TEMPORARY_OUTPUT"},
            context=context, feedback=feedback, is_child_algorithm=True)["OUTPUT"]
        layer = QgsRasterLayer(warped, layer_name, "gdal")
        # nearest-neighbour warping copies each cell's count into cells of another ground size: rescale the counts
        # so that people per square metre of ground stay what they were
        people_scale = layer.rasterUnitsPerPixelX() * layer.rasterUnitsPerPixelY() / source_cell_m2
    provider = layer.dataProvider()
    block = provider.block(1, layer.extent(), layer.width(), layer.height())
    dtype = _RASTER_DTYPES.get(block.dataType())
    if dtype is None:
        raise QgsProcessingException(tr(
            "{layer_name}: band 1 has an unsupported data type; save it as Float32.").format(layer_name=layer_name))
    values = np.frombuffer(bytes(block.data()), dtype=dtype).reshape(layer.height(), layer.width())
    extent = layer.extent()
    geotransform = (extent.xMinimum(), layer.rasterUnitsPerPixelX(), 0.0,
                    extent.yMaximum(), 0.0, -layer.rasterUnitsPerPixelY())
    nodata = provider.sourceNoDataValue(1) if provider.sourceHasNoDataValue(1) else None
    if people_scale != 1.0:
        values = np.where(values == nodata, values, values * people_scale) if nodata is not None \
            else values * people_scale
    return values, geotransform, nodata


def _ground_area_of_centre_cell(layer, context):
    """Square metres on the ellipsoid of the raster cell at the centre of ``layer``."""
    extent = layer.extent()
    width, height = layer.rasterUnitsPerPixelX(), layer.rasterUnitsPerPixelY()
    column = min(int(layer.width() / 2), layer.width() - 1)
    row = min(int(layer.height() / 2), layer.height() - 1)
    x0, y0 = extent.xMinimum() + column * width, extent.yMaximum() - (row + 1) * height
    cell = QgsGeometry.fromRect(QgsRectangle(x0, y0, x0 + width, y0 + height))
    return ground_measure(layer.crs(), context.transformContext()).measureArea(cell)


def fields_with_columns(input_fields, columns):
    """Output fields: the input's, minus any recomputed here, then ``columns`` (name -> QVariant type).

    Returns ``(fields, kept)`` where ``kept`` are the input field indices copied in order.
    """
    fields = QgsFields()
    kept = []
    for index, field in enumerate(input_fields):
        if field.name() not in columns:
            fields.append(field)
            kept.append(index)
    for name, kind in columns.items():
        fields.append(compat.field(name, kind))
    return fields, kept


def write_with_columns(source, crs, context, sink, fields, kept, feature_ids, column_values, feedback,
                       progress_range=(0.0, 100.0)):
    """Copy every feature of ``source`` that has a geometry (the ones read before, in the same order as
    ``feature_ids``) with its kept attributes followed by one row of ``column_values`` (lists, one per column)."""
    rows = list(zip(*column_values)) if column_values else [()] * len(feature_ids)
    keep_all = kept == list(range(source.fields().count()))
    start, end = progress_range
    total = len(feature_ids)
    step = max(total // 100, 1)
    request = _request(source, crs, context, attributes=list(range(source.fields().count())))
    output = QgsFeature(fields)  # refilled for every feature, see write_lines
    row = 0
    for feature in _features(source, request):
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        if feature.id() != feature_ids[row]:
            raise QgsProcessingException(tr("The input layer changed while it was being processed; run again."))
        attributes = feature.attributes()
        if not keep_all:
            attributes = [attributes[index] for index in kept]
        output.setGeometry(geometry)
        output.setAttributes(attributes + list(rows[row]))
        _add(sink, output)
        row += 1
        if row % step == 0:
            if feedback.isCanceled():
                raise Canceled()
            feedback.setProgress(start + (end - start) * row / total)
    if row != total:  # the source lost rows since it was read: never report a short table as done
        raise QgsProcessingException(tr(
            "Only {written:,} of the {read:,} features read could be written again: the input layer changed or "
            "disappeared while it was being processed. Run again.").format(written=row, read=total))


def _add(sink, feature):
    if not sink.addFeature(feature):
        raise QgsProcessingException(tr("Could not write features: {last_error}").format(last_error=sink.lastError()))


def column_as_float(values):
    """An attribute column as float64; NULL and text that is not a number become NaN."""
    try:
        return np.asarray(values, dtype=np.float64)
    except (TypeError, ValueError):
        return np.array([_as_float(value) for value in values], dtype=np.float64)


def _as_float(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return np.nan
