"""Installed-facility layers (see :mod:`engine.planning.installed`) and dated crimes read into engine arrays."""
import numpy as np
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime

from ..engine.i18n import message_of
from ..engine.planning import installed as fmt
from ..engine.planning.proposals import ProposalError
from .i18n import translator
from .layer_io import read_lines, read_points

TR_CONTEXT = "InstalledLayers"


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


def _plain(value):
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if isinstance(value, QDateTime):
        return value.date().toString("yyyy-MM-dd")
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd")
    return value


def _require(source, names, layer_name):
    missing = [name for name in names if source.fields().lookupField(name) < 0]
    if missing:
        raise QgsProcessingException(tr(
            "{layer} layer '{name}' has no field {fields}: installed facilities need {needed} (see the README, "
            "'Evaluate installed facilities').").format(layer=layer_name, name=source.sourceName(),
                                                         fields=", ".join(missing), needed=", ".join(names)))


def _columns(source, names, read, crs, context, feedback, layer_name):
    indices = {name: source.fields().lookupField(name) for name in names}
    geometry, row_of, feature_ids, columns = read(source, crs, context, feedback,
                                                  [i for i in indices.values() if i >= 0], layer_name)

    def value(name, row):
        return _plain(columns[indices[name]][row]) if indices[name] >= 0 else None
    return geometry, row_of, feature_ids, value


def read_installed_sites(source, crs, context, feedback, layer_name):
    _require(source, ("kind", fmt.INSTALLED_ON), layer_name)
    xy, rows, ids, value = _columns(source, ("scenario", "kind", "cameras", "note", fmt.INSTALLED_ON), read_points,
                                    crs, context, feedback, layer_name)
    result = []
    for (x, y), row in zip(xy, rows.tolist()):
        try:
            result.append(fmt.installed_site(value("scenario", row), value("kind", row), x, y,
                                             value(fmt.INSTALLED_ON, row), value("cameras", row), value("note", row)))
        except (ProposalError, fmt.InstalledError) as error:
            raise QgsProcessingException(tr("{layer} layer, feature {feature}: {error}").format(
                layer=layer_name, feature=ids[row], error=message_of(error, translator))) from None
    return result


def read_installed_routes(source, crs, context, feedback, layer_name):
    _require(source, (fmt.INSTALLED_ON,), layer_name)
    lines, rows, ids, value = _columns(source, ("scenario", "name", fmt.INSTALLED_ON), read_lines, crs, context,
                                       feedback, layer_name)
    result = []
    for part, row in enumerate(rows.tolist()):
        try:
            result.append(fmt.installed_route(value("scenario", row), value("name", row), lines.line(part),
                                              value(fmt.INSTALLED_ON, row)))
        except (ProposalError, fmt.InstalledError) as error:
            raise QgsProcessingException(tr("{layer} layer, feature {feature}: {error}").format(
                layer=layer_name, feature=ids[row], error=message_of(error, translator))) from None
    return result


def read_dated_points(source, date_field, crs, context, feedback, layer_name):
    """``(xy, dates as datetime64[D], points without a date)`` of a crimes layer."""
    index = source.fields().lookupField(date_field)
    if index < 0:
        raise QgsProcessingException(tr("{layer} layer '{name}' has no field '{field}': choose its date field.")
                                     .format(layer=layer_name, name=source.sourceName(), field=date_field))
    xy, rows, _, columns = read_points(source, crs, context, feedback, [index], layer_name)
    dates = fmt.dates_of([_plain(value) for value in columns[index]])[rows]
    return xy, dates, int(np.isnat(dates).sum())
