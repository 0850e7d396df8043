"""The crime-counts-per-area input of ``anshim:computefactors``: its parameters and the segment fields it adds.

Kept out of compute_factors.py so that algorithm stays about points: it calls :func:`add_crime_area_parameters`
in ``initAlgorithm`` and :func:`crime_area_fields` in ``process``.
"""
import numpy as np
from qgis.core import (QgsProcessing, QgsProcessingException, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime

from ..engine.factors import crime_areas
from ..engine.i18n import message_of
from ..qgis_io.i18n import translator
from ..qgis_io.layer_io import read_polygons

TR_CONTEXT = "CrimeAreaInput"
CRIME_AREAS = "CRIME_AREAS"
CRIME_AREA_COUNT_FIELD = "CRIME_AREA_COUNT_FIELD"
CRIME_AREA_PERIOD_FIELD = "CRIME_AREA_PERIOD_FIELD"


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


def add_crime_area_parameters(algorithm):
    """Add CRIME_AREAS, CRIME_AREA_COUNT_FIELD and CRIME_AREA_PERIOD_FIELD to ``algorithm``."""
    algorithm.add_parameter(QgsProcessingParameterFeatureSource(
        CRIME_AREAS, tr("Crime counts per area"), [QgsProcessing.TypeVectorPolygon], optional=True),
        tr("Where crime points cannot be shared: polygons with a crime count each (100 m or 50 m grid cells, "
           "행정동, police districts), one row per area and period. Each segment gets the areas it lies in, by "
           "length share (area_id, area_share, area2_id, area2_share) and its main area's counts (area_n, "
           "area_n_<year>); 'Train safety model' then learns from the counts."))
    algorithm.add_parameter(QgsProcessingParameterField(
        CRIME_AREA_COUNT_FIELD, tr("Crime count field"), parentLayerParameterName=CRIME_AREAS, optional=True),
        tr("The number of crimes in each area (a whole number, 0 where none was recorded)."))
    algorithm.add_parameter(QgsProcessingParameterField(
        CRIME_AREA_PERIOD_FIELD, tr("Crime count period field"), parentLayerParameterName=CRIME_AREAS,
        optional=True),
        tr("Optional: the period of each row, as a year (2024), a month (2024-03) or a date; months and dates "
           "are added up per year, giving area_n_<year> for a temporal test."))


def crime_area_fields(algorithm, parameters, context, feedback, crs, segment_lines):
    """The area fields for the segments (``{}`` when no crime areas are given), with the facts in the log."""
    source = algorithm.parameterAsSource(parameters, CRIME_AREAS, context)
    if source is None:
        return {}
    layer = source.sourceName()
    count_field = algorithm.parameterAsString(parameters, CRIME_AREA_COUNT_FIELD, context)
    period_field = algorithm.parameterAsString(parameters, CRIME_AREA_PERIOD_FIELD, context) or None
    if not count_field:
        raise QgsProcessingException(tr(
            "Crime areas layer '{layer}' was given without CRIME_AREA_COUNT_FIELD: pick the field with the number "
            "of crimes in each area.").format(layer=layer))
    if source.featureCount() == 0:
        raise QgsProcessingException(tr("Crime areas layer '{layer}' has no features.").format(layer=layer))
    fields = source.fields()
    count_index = fields.lookupField(count_field)
    if count_index < 0:
        raise QgsProcessingException(tr("Crime areas layer '{layer}' has no field '{field}'.").format(
            layer=layer, field=count_field))
    if not fields.at(count_index).isNumeric():
        raise QgsProcessingException(translator(crime_areas.TR_CONTEXT)(
            "The count field '{field}' of layer '{layer}' holds text, not numbers. Choose a numeric field, or "
            "convert it with the Field calculator (to_int(\"{field}\")).").format(field=count_field, layer=layer))
    period_index = fields.lookupField(period_field) if period_field else -1
    wanted = [count_index] + ([period_index] if period_index >= 0 else [])
    shapes, shape_row, ids, columns = read_polygons(source, crs, context, feedback, wanted, layer)
    if not len(shapes):
        raise QgsProcessingException(tr("Crime areas layer '{layer}' has no polygon geometries.").format(
            layer=layer))
    periods = [_plain_period(value) for value in columns[period_index]] if period_index >= 0 else None
    try:
        result = crime_areas.crime_area_fields(
            segment_lines, shapes, np.asarray(shape_row), [_plain(value) for value in columns[count_index]],
            periods, [str(fid) for fid in ids], layer, count_field, period_field or "")
    except ValueError as error:
        raise QgsProcessingException(message_of(error, translator)) from None
    _log(result, layer, feedback)
    return result.fields


def _log(result, layer, feedback):
    feedback.pushInfo(tr("Crime areas '{layer}': {areas:,} areas{years}; segments carry their areas and counts for "
                         "training from counts per area.").format(
        layer=layer, areas=result.n_areas,
        years=tr(", years {years}").format(years=", ".join(map(str, result.years))) if result.years else ""))
    if result.empty_areas:
        feedback.pushWarning(tr(
            "{count:,} area(s) of '{layer}' contain no street segment ({names}…); their {crimes} crime(s) cannot be "
            "placed on a street and are left out of training. Check that the street layer covers them.").format(
            count=len(result.empty_areas), layer=layer, names=", ".join(result.empty_areas[:5]),
            crimes=crime_areas.suppressed(result.empty_area_crimes)))
    if result.segments_outside:
        feedback.pushInfo(tr("{count:,} segments lie outside every crime area; the model learns nothing from them "
                             "but grades them too.").format(count=result.segments_outside))


def _plain(value):
    """A count attribute as a Python value: NULL becomes None."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    return value


def _plain_period(value):
    if isinstance(value, QDateTime):
        return value.date().toPyDate() if value.isValid() else None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    return _plain(value)
