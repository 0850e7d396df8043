"""Proposal layers (see :mod:`engine.planning.proposals`) read into engine proposals and written back to a GeoPackage."""
from qgis.core import (QgsCoordinateTransformContext, QgsFeature, QgsFields, QgsGeometry,
                       QgsPointXY, QgsProcessingException, QgsVectorFileWriter, QgsVectorLayer, QgsWkbTypes)
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from ..engine.planning import proposals as fmt
from ..engine.i18n import message_of
from . import compat
from .i18n import translator
from .layer_io import read_lines, read_points

TR_CONTEXT = "Proposals"


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


def site_fields():
    fields = QgsFields()
    for name, kind in zip(fmt.SITE_FIELDS, (QVariant.String, QVariant.String, QVariant.Int, QVariant.String)):
        fields.append(compat.field(name, kind))
    return fields


def route_fields():
    fields = QgsFields()
    for name in fmt.ROUTE_FIELDS:
        fields.append(compat.field(name, QVariant.String))
    return fields


def _require_fields(source, names, layer_name):
    missing = [name for name in names if source.fields().lookupField(name) < 0]
    if missing:
        raise QgsProcessingException(
            tr(
                "{layer_name} layer '{source_name}' has no field {names}: a proposal "
                "layer needs {needed} (see the proposal format in the README).").format(layer_name=layer_name,
                    source_name=source.sourceName(), names=', '.join(missing), needed=', '.join(names)))


def read_sites(source, crs, context, feedback, layer_name=None):
    """Every point of a proposed-sites layer as :class:`engine.planning.proposals.ProposedSite` in ``crs``."""
    layer_name = layer_name or tr("Proposed sites")
    _require_fields(source, ("scenario", "kind"), layer_name)
    indices = {name: source.fields().lookupField(name) for name in fmt.SITE_FIELDS}
    wanted = [index for index in indices.values() if index >= 0]
    xy, point_row, feature_ids, columns = read_points(source, crs, context, feedback, wanted, layer_name)

    def value(name, row):
        index = indices[name]
        if index < 0:
            return None
        item = columns[index][row]
        return None if item is None or (hasattr(item, "isNull") and item.isNull()) else item

    sites = []
    for (x, y), row in zip(xy, point_row.tolist()):
        try:
            sites.append(fmt.site(value("scenario", row), value("kind", row), x, y, value("cameras", row),
                                  value("note", row)))
        except fmt.ProposalError as error:
            raise QgsProcessingException(tr(
                "{layer_name} layer, feature {feature}: {error}.").format(layer_name=layer_name,
                    feature=feature_ids[row], error=message_of(error, translator))) from None
    return sites


def read_routes(source, crs, context, feedback, layer_name=None):
    """Every line part of a proposed-routes layer as :class:`engine.planning.proposals.ProposedRoute` in ``crs``."""
    layer_name = layer_name or tr("Proposed routes")
    _require_fields(source, ("scenario",), layer_name)
    indices = {name: source.fields().lookupField(name) for name in fmt.ROUTE_FIELDS}
    wanted = [index for index in indices.values() if index >= 0]
    lines, part_row, feature_ids, columns = read_lines(source, crs, context, feedback, wanted, layer_name)
    routes = []
    for part, row in enumerate(part_row.tolist()):
        texts = {name: columns[index][row] if index >= 0 else None for name, index in indices.items()}
        texts = {name: None if text is None or (hasattr(text, "isNull") and text.isNull()) else text
                 for name, text in texts.items()}
        try:
            routes.append(fmt.route(texts["scenario"], texts["name"], lines.line(part)))
        except fmt.ProposalError as error:
            raise QgsProcessingException(tr(
                "{layer_name} layer, feature {feature}: {error}.").format(layer_name=layer_name,
                    feature=feature_ids[row], error=message_of(error, translator))) from None
    return routes


def select_scenarios(sites, routes, wanted, layer_names=None):
    """The scenario names to use: ``wanted`` (each must exist) or all of them; a clear error when there are none."""
    layer_names = layer_names or tr("the proposal layers")
    available = fmt.scenario_names(sites, routes)
    if not available:
        raise QgsProcessingException(tr(
            "No proposal found in {layer_names}: add proposed sites or routes with a "
            "'scenario' name first.").format(layer_names=layer_names))
    unknown = [name for name in wanted if name not in available]
    if unknown:
        raise QgsProcessingException(
            tr(
                "Scenario {names} is not in {layer_names}; the scenarios there are "
                "{available}.").format(names=', '.join(repr(name) for name in unknown), layer_names=layer_names,
                    available=', '.join(repr(name) for name in available)))
    return list(wanted) if wanted else available


def _write_table(path, table, fields, geometry_type, crs, features, overwrite_file):
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = table
    options.actionOnExistingFile = (QgsVectorFileWriter.CreateOrOverwriteFile if overwrite_file
                                    else QgsVectorFileWriter.CreateOrOverwriteLayer)
    writer = QgsVectorFileWriter.create(path, fields, geometry_type, crs, QgsCoordinateTransformContext(), options)
    if writer.hasError() != QgsVectorFileWriter.NoError:
        raise QgsProcessingException(tr(
            "Could not write {table} to '{path}': {error_message}").format(table=table, path=path,
                error_message=writer.errorMessage()))
    for feature in features:
        if not writer.addFeature(feature):
            raise QgsProcessingException(tr(
                "Could not write {table} to '{path}': {error_message}").format(table=table, path=path,
                    error_message=writer.errorMessage()))
    del writer  # closes the file


def write_proposals(path, crs, sites, routes, overwrite_file=False):
    """Write ``sites`` and ``routes`` to the tables :data:`engine.planning.proposals.SITES_TABLE` and ``ROUTES_TABLE`` of
    the GeoPackage ``path``, replacing those two tables only (unless ``overwrite_file``)."""
    import os
    fields = site_fields()
    site_features = []
    for proposal in sites:
        feature = QgsFeature(fields)
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(proposal.x, proposal.y)))
        feature.setAttributes([proposal.scenario, proposal.kind, proposal.cameras, proposal.note])
        site_features.append(feature)
    fields_of_routes = route_fields()
    route_features = []
    for proposal in routes:
        feature = QgsFeature(fields_of_routes)
        feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in proposal.vertices]))
        feature.setAttributes([proposal.scenario, proposal.name])
        route_features.append(feature)
    first = overwrite_file or not os.path.exists(path)
    _write_table(path, fmt.SITES_TABLE, fields, QgsWkbTypes.Point, crs, site_features, first)
    _write_table(path, fmt.ROUTES_TABLE, fields_of_routes, QgsWkbTypes.LineString, crs, route_features, False)


def proposal_layers(path):
    """The two proposal tables of GeoPackage ``path`` as layers ``(sites, routes)``; None for a missing table."""
    layers = []
    for table in (fmt.SITES_TABLE, fmt.ROUTES_TABLE):
        layer = QgsVectorLayer(f"{path}|layername={table}", table, "ogr")
        layers.append(layer if layer.isValid() else None)
    return tuple(layers)

