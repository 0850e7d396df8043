"""The CRS the engine works in, chosen so that one unit is one metre on the ground.

The engine measures every length, radius, cap and tolerance in CRS units, so the working CRS must be projected,
in metres, and true to scale where the layer is. A CRS in degrees or feet, or one whose metres are not metres on
the ground where the layer lies (Web Mercator: 0.5 m at 60° N), is replaced by the local UTM zone, or by
TARGET_CRS when the user gives one; TARGET_CRS itself must pass the same test.
"""
import math

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCsException, QgsDistanceArea,
                       QgsPointXY, QgsProcessingException, QgsUnitTypes)
from qgis.PyQt.QtCore import QCoreApplication

TR_CONTEXT = "MetricCrs"

#: A CRS whose scale at the layer's centre is further than this from 1 is not worked in.
SCALE_TOLERANCE = 0.01
_PROBE_M = 100.0  # length of the east-west and north-south probe lines, in metres of the CRS
_WGS84_ELLIPSOID = "EPSG:7030"


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


def crs_name(crs):
    """``EPSG:3857``, or the description of a CRS that has no authority id."""
    return crs.authid() or crs.description()


def metres_per_unit(crs):
    """Metres in one unit of ``crs`` (0.3048 for feet); None for degrees or an unknown unit."""
    unit = crs.mapUnits()
    if crs.isGeographic() or unit in (QgsUnitTypes.DistanceDegrees, QgsUnitTypes.DistanceUnknownUnit):
        return None
    return QgsUnitTypes.fromUnitToUnitFactor(unit, QgsUnitTypes.DistanceMeters)


def ground_measure(crs, transform_context):
    """A :class:`QgsDistanceArea` measuring geometries in ``crs`` on its ellipsoid (WGS 84 if it names none)."""
    measure = QgsDistanceArea()
    measure.setSourceCrs(crs, transform_context)
    if not measure.setEllipsoid(crs.ellipsoidAcronym() or _WGS84_ELLIPSOID) or not measure.willUseEllipsoid():
        measure.setEllipsoid(_WGS84_ELLIPSOID)
    return measure


def scale_factors(crs, centre, transform_context):
    """``(east-west, north-south)`` scale of projected ``crs`` at ``centre`` (a point in ``crs``): metres measured
    in the CRS per metre on the ellipsoid. 1 means true to scale; Web Mercator gives 1 / cos(latitude)."""
    to_metres = metres_per_unit(crs)
    if to_metres is None:
        raise ValueError(f"{crs_name(crs)} is not a projected CRS with a linear unit")
    ellipsoid = ground_measure(crs, transform_context)
    half = _PROBE_M / to_metres / 2
    scales = []
    for dx, dy in ((half, 0.0), (0.0, half)):
        start = QgsPointXY(centre.x() - dx, centre.y() - dy)
        end = QgsPointXY(centre.x() + dx, centre.y() + dy)
        ground_m = ellipsoid.measureLine(start, end)
        if not math.isfinite(ground_m) or ground_m <= 0:
            ground_m = _ground_metres_through_wgs84(crs, start, end, transform_context)
        scales.append(_PROBE_M / ground_m if ground_m > 0 else float("nan"))
    return tuple(scales)


def _ground_metres_through_wgs84(crs, start, end, transform_context):
    """The ground length of a line measured after transforming it to WGS 84: for CRSs QgsDistanceArea cannot
    measure in directly, such as a Bessel Transverse Mercator given as a proj string with +towgs84 (common in
    Korean public data). NaN when ``crs`` cannot be transformed to WGS 84 at all."""
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    transform = QgsCoordinateTransform(crs, wgs84, transform_context)
    if not transform.isValid():
        return float("nan")
    measure = QgsDistanceArea()
    measure.setSourceCrs(wgs84, transform_context)
    measure.setEllipsoid(_WGS84_ELLIPSOID)
    try:
        metres = measure.measureLine(transform.transform(start), transform.transform(end))
    except QgsCsException:
        return float("nan")
    return metres if math.isfinite(metres) else float("nan")


def layer_centre(source, crs, transform_context):
    """The centre of ``source``'s extent in ``crs`` (the centre of the CRS's area of use for an empty layer)."""
    extent = source.sourceExtent()
    if extent.isNull():
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        return QgsCoordinateTransform(wgs84, crs, transform_context).transform(source.sourceCrs().bounds().center())
    centre = extent.center()
    if crs == source.sourceCrs():
        return centre
    return QgsCoordinateTransform(source.sourceCrs(), crs, transform_context).transform(centre)


def local_utm_zone(source, transform_context):
    """The WGS 84 UTM zone holding the centre of ``source``'s extent."""
    centre = layer_centre(source, QgsCoordinateReferenceSystem("EPSG:4326"), transform_context)
    zone = int((centre.x() + 180) // 6) % 60 + 1
    return QgsCoordinateReferenceSystem(f"EPSG:{32600 + zone if centre.y() >= 0 else 32700 + zone}")


def why_not_metric(crs, centre, transform_context):
    """Why ``crs`` cannot be worked in at ``centre`` (a sentence), or None when it is metres on the ground."""
    if crs.isGeographic() or crs.mapUnits() == QgsUnitTypes.DistanceDegrees:
        return tr("{crs} is in degrees").format(crs=crs_name(crs))
    if metres_per_unit(crs) is None:
        return tr("{crs} has no known linear unit").format(crs=crs_name(crs))
    if crs.mapUnits() != QgsUnitTypes.DistanceMeters:
        return tr("{crs} is in {unit}, not metres").format(crs=crs_name(crs),
                                                             unit=QgsUnitTypes.toString(crs.mapUnits()))
    try:
        east_west, north_south = scale_factors(crs, centre, transform_context)
    except QgsCsException:
        return tr("{crs} cannot be measured at the layer's centre").format(crs=crs_name(crs))
    if not (math.isfinite(east_west) and math.isfinite(north_south)):
        return tr("{crs} cannot be measured on the ground: it is not tied to a place on Earth").format(
            crs=crs_name(crs))
    worst = max((east_west, north_south), key=lambda scale: abs(scale - 1))
    if abs(worst - 1) > SCALE_TOLERANCE:
        return tr("{crs}'s scale at the layer's centre is {scale:.3f} (one of its metres is {ground:.2f} m on the "
                  "ground)").format(crs=crs_name(crs), scale=worst, ground=1 / worst)
    return None


def why_layer_not_metric(source, transform_context, layer_name="Input"):
    """Why the CRS of ``source`` (a feature source or vector layer) is not metres on the ground at the layer's
    centre, or None when it is: for callers that work in the layer's own CRS, such as the planner dock."""
    centre = _centre_or_refuse(source, source.sourceCrs(), transform_context, layer_name)
    return why_not_metric(source.sourceCrs(), centre, transform_context)


def working_crs(source, context, feedback, target_crs=None, layer_name="Input"):
    """The CRS the engine works in for ``source``: ``target_crs`` if given, the source's own when it is metres on
    the ground at the layer's centre, else the local UTM zone. Logged; a TARGET_CRS that fails the test is refused."""
    source_crs = source.sourceCrs()
    require_placed_crs(source, context.transformContext(), layer_name)
    transform_context = context.transformContext()
    if target_crs is not None and target_crs.isValid():
        problem = why_not_metric(target_crs, _centre_or_refuse(source, target_crs, transform_context, layer_name),
                                 transform_context)
        if problem:
            raise QgsProcessingException(tr(
                "TARGET_CRS: {problem}. Choose a projected CRS in metres that is true to scale over the {layer} "
                "layer, such as its UTM zone {utm}, or leave TARGET_CRS empty.").format(
                problem=problem, layer=layer_name, utm=crs_name(local_utm_zone(source, transform_context))))
        crs = target_crs
    else:
        problem = why_layer_not_metric(source, transform_context, layer_name)
        crs = local_utm_zone(source, transform_context) if problem else source_crs
        if problem:
            feedback.pushInfo(tr("{layer}: {problem}, so distances would not be metres on the ground: working in "
                                 "{crs} ({name}).").format(layer=layer_name, problem=problem, crs=crs_name(crs),
                                                           name=crs.description()))
    feedback.pushInfo(tr("Working CRS: {crs} ({name}); every distance is in metres on the ground and outputs are in "
                         "this CRS.").format(crs=crs_name(crs), name=crs.description()))
    return crs


def require_placed_crs(source, transform_context, layer_name="Input"):
    """Refuse a layer without a CRS that places it on Earth: none at all, GeoPackage's "Undefined Cartesian SRS"
    and "Undefined geographic SRS", an engineering (local) CRS, one that cannot be transformed to WGS 84, or
    degrees that are not longitudes and latitudes. Such a layer was silently moved (to the Sulu Sea) or emptied."""
    crs = source.sourceCrs()
    reason = None
    if not crs.isValid():
        reason = tr("{layer} layer has no coordinate reference system.")
    elif (crs.toWkt().upper().startswith(("LOCAL_CS", "ENGCRS", "ENGINEERINGCRS"))
          or crs.description().lower().startswith("undefined")
          or not QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4326"), transform_context).isValid()):
        reason = tr("{layer} layer's coordinate reference system '{crs}' is not tied to a place on Earth (undefined "
                    "or local), so its distances cannot be measured on the ground.")
    elif crs.isGeographic() or crs.mapUnits() == QgsUnitTypes.DistanceDegrees:
        extent = source.sourceExtent()
        if not extent.isNull() and (extent.xMinimum() < -360 or extent.xMaximum() > 360
                                    or extent.yMinimum() < -90.001 or extent.yMaximum() > 90.001):
            reason = tr("{layer} layer's coordinates are not longitudes and latitudes, though its coordinate "
                        "reference system '{crs}' is in degrees.")
    if reason:
        raise QgsProcessingException(reason.format(layer=layer_name, crs=crs_name(crs)) + " " + tr(
            "Set the layer's real CRS in its Layer Properties → Source (for Korean data usually EPSG:5186, 5179 or "
            "5174)."))


def _centre_or_refuse(source, crs, transform_context, layer_name):
    try:
        return layer_centre(source, crs, transform_context)
    except QgsCsException:
        raise QgsProcessingException(tr(
            "{layer} layer's extent cannot be transformed to {crs}: check the layer's CRS in its Layer Properties → "
            "Source.").format(layer=layer_name, crs=crs_name(crs))) from None
