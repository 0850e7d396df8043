"""anshim:computefactors — join crime, population and facility layers to street segments as safety factors."""
import math
import re

import numpy as np
from qgis.core import (QgsCoordinateTransform, QgsCsException, QgsProcessing, QgsProcessingException,
                       QgsProcessingParameterEnum, QgsProcessingParameterExpression,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterMultipleLayers,
                       QgsProcessingParameterNumber, QgsProcessingParameterRasterLayer)
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

from ..engine.factors import fields as names
from ..engine.factors.exposure import polygon_area_m2
from ..engine.factors.compute import TR_CONTEXT as FACTORS_CONTEXT, FactorInputs, FactorParams, compute_factors
from ..engine.i18n import tr_noop
from ..qgis_io import plausibility
from ..qgis_io.i18n import translator
from ..qgis_io.layer_io import (column_as_float, read_lines, read_points, read_polygons, read_raster_band,
                                working_crs)
from ..qgis_io.ogr_source import direct_source
from .base import AnshimAlgorithm
from .crime_area_input import add_crime_area_parameters, crime_area_fields  # crime counts per area (issue 26)

# one context per module, the algorithm's class name (self.tr looks texts up in it)
TR_CONTEXT = "ComputeFactorsAlgorithm"


# parameter id, FactorInputs attribute, label
POINT_LAYERS = (
    ("CCTV", "cctv", tr_noop("CCTV sites")),
    ("LIGHTS", "lights", tr_noop("Security and street lights")),
    ("BELLS", "bells", tr_noop("Emergency bells")),
    ("GUARDHOUSES", "guardhouses", tr_noop("Women's safety guard houses")),
    ("POLICE", "police", tr_noop("Police boxes")),
    ("RISK_SITES", "risk_sites", tr_noop("Risk sites (e.g. entertainment venues)")),
)
# parameter id, FactorParams attribute, label, default, help
DISTANCES = (
    ("CCTV_RADIUS", "cctv_radius_m", tr_noop("CCTV reach (m)"), 50.0,
     tr_noop("Cameras within this distance of a segment count in cctv_n (CCTV deters within about 50 m).")),
    ("LIGHT_RADIUS", "light_radius_m", tr_noop("Light reach (m)"), 25.0,
     tr_noop("Lights within this distance count in light_n (a light serves about half the local spacing, "
             "15–25 m).")),
    ("CRIME_SNAP", "crime_snap_m", tr_noop("Crime snapping distance (m)"), 30.0,
     tr_noop("Each crime counts on its nearest segment within this distance; farther crimes are counted in the "
             "log.")),
    ("DISTANCE_CAP", "distance_cap_m", tr_noop("Distance cap (m)"), 1000.0,
     tr_noop("Nearest-facility distances (cctv_d, light_d, bell_d, …) are capped here so a missing facility far "
             "away does not dominate the model.")),
)
ADVANCED_DISTANCES = (
    ("RISK_RADIUS", "risk_radius_m", tr_noop("Risk-site reach (m)"), 50.0,
     tr_noop("Risk sites within this distance count in risk_n.")),
    ("EXTRA_RADIUS", "extra_radius_m", tr_noop("Extra point layers' reach (m)"), 50.0,
     tr_noop("Points of each extra layer within this distance count in <layer>_n.")),
    ("ROUTE_TOLERANCE", "route_tolerance_m", tr_noop("Safe-return route tolerance (m)"), 15.0,
     tr_noop("A segment runs along a safe-return route when its midpoint and both ends lie within this distance "
             "of the route (published route geometries are approximate).")),
    ("SNAP_TOLERANCE", "snap_tolerance_m", tr_noop("Junction snapping tolerance (m)"), 0.5,
     tr_noop("Segment ends this close together form one node when finding dead ends and junctions.")),
)
# counts and flags are written as integers, distances and densities as reals
INTEGER_FIELD = re.compile(r"^(route|dead_end|crime_n_\d{4}(q[1-4]|\d{2})?|area2?_id|area_n_\d{4}|.+_n)$")
# CRIME_PERIOD option -> period kind (engine.factors.periods), in the order of the options
CRIME_PERIODS = (("year", tr_noop("Year")), ("quarter", tr_noop("Quarter")), ("month", tr_noop("Month")))


class ComputeFactorsAlgorithm(AnshimAlgorithm):
    REQUIRED_PACKAGES = ("scipy",)
    INPUT = "INPUT"
    CCTV_CAMERAS_FIELD = "CCTV_CAMERAS_FIELD"
    EXTRA_POINTS = "EXTRA_POINTS"
    SAFE_ROUTES = "SAFE_ROUTES"
    POPULATION_RASTER = "POPULATION_RASTER"
    POPULATION_POLYGONS = "POPULATION_POLYGONS"
    POPULATION_FIELD = "POPULATION_FIELD"
    CRIMES = "CRIMES"
    CRIME_FILTER = "CRIME_FILTER"
    CRIME_DATE_FIELD = "CRIME_DATE_FIELD"
    CRIME_PERIOD = "CRIME_PERIOD"
    WIDTH_FIELD = "WIDTH_FIELD"
    OUTPUT = "OUTPUT"

    def name(self):
        return "computefactors"

    def displayName(self):
        return self.tr("Compute safety factors")

    def group(self):
        return self.tr("Safety factors")

    def groupId(self):
        return "safetyfactors"

    def shortHelpString(self):
        return self.tr(
            "Joins crime, night-time population and facility layers to street segments (from Segment streets, or "
            "any line layer) as the safety factors the model learns from. Every layer but the segments is "
            "optional; a layer you leave out leaves its fields out (never zero-filled). Every distance is metres "
            "on the ground: the work is done in the segments' CRS, or in their local UTM zone when that CRS is in "
            "degrees or feet or more than 1 % off scale (Web Mercator), and the log says which; layers in another "
            "CRS are reprojected to it. Distances are measured to the segment line, not its midpoint.\n\n"
            "Fields written: cctv_n (cameras within CCTV reach, site camera counts summed), cctv_d (m to nearest "
            "CCTV site); light_n, light_d; bell_d; guard_d; police_d; risk_n (risk sites within 50 m); route (1 "
            "if along a safe-return route); pop_night (female night-time population per km²); dead_end (1 if the "
            "piece of street ends in a dead end); junction_d (m along the street to the nearest junction); width_m "
            "(from WIDTH_FIELD); crime_n (crimes snapped to their nearest segment within CRIME_SNAP, each counted "
            "once) and, when a date field is given, one count per period (CRIME_PERIOD): crime_n_2016 per year, "
            "crime_n_2016q3 per quarter or crime_n_201607 per month; <layer>_n and <layer>_d for extra point "
            "layers. Distances are capped at DISTANCE_CAP (default 1000 m).")

    def initAlgorithm(self, config=None):
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Street segments"), [QgsProcessing.TypeVectorLine]),
            "Segments from 'Segment streets' (any line layer works; seg_id and length_m are added if missing).")
        for parameter_id, _, label in POINT_LAYERS:
            self.add_parameter(QgsProcessingParameterFeatureSource(
                parameter_id, self.tr(label), [QgsProcessing.TypeVectorPoint], optional=True),
                self.tr("{label} as points. Leave empty if you have no such layer.").format(label=self.tr(label)))
        self.add_parameter(QgsProcessingParameterField(
            self.CCTV_CAMERAS_FIELD, self.tr("Cameras per CCTV site"), parentLayerParameterName="CCTV",
            type=QgsProcessingParameterField.Numeric, optional=True),
            "Number of cameras at each CCTV site (a site with no value counts as one camera).")
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.SAFE_ROUTES, self.tr("Safe-return routes"), [QgsProcessing.TypeVectorLine], optional=True),
            "Safe-return routes (안심귀갓길) as lines.")
        self.add_parameter(QgsProcessingParameterRasterLayer(
            self.POPULATION_RASTER, self.tr("Night-time population raster"), optional=True),
            "Female night-time population, people per cell in band 1 (e.g. KT floating population on a 50 m grid). "
            "Used instead of the polygons when both are given.")
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.POPULATION_POLYGONS, self.tr("Night-time population polygons"), [QgsProcessing.TypeVectorPolygon],
            optional=True), "Areas (e.g. 행정동) with a night-time population count each.")
        self.add_parameter(QgsProcessingParameterField(
            self.POPULATION_FIELD, self.tr("Population count field"), parentLayerParameterName=self.POPULATION_POLYGONS,
            type=QgsProcessingParameterField.Numeric, optional=True),
            "People per polygon; divided by the polygon's area to give a density per km².")
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.CRIMES, self.tr("Crimes"), [QgsProcessing.TypeVectorPoint], optional=True),
            "Past crimes as points; the model's training target.")
        self.add_parameter(QgsProcessingParameterExpression(
            self.CRIME_FILTER, self.tr("Crime filter"), parentLayerParameterName=self.CRIMES, optional=True),
            "Only crimes matching this QGIS expression count, e.g. \"victim_sex\" = 'F' or \"type\" IN ('rape', 'theft').")
        self.add_parameter(QgsProcessingParameterField(
            self.CRIME_DATE_FIELD, self.tr("Crime date field"), parentLayerParameterName=self.CRIMES, optional=True),
            "A date, date-time, 'YYYY-MM-DD' or 'YYYY-MM' text or year field: adds a crime count per period "
            "(CRIME_PERIOD) for temporal validation and crime history.")
        self.add_parameter(QgsProcessingParameterEnum(
            self.CRIME_PERIOD, self.tr("Crime period"), options=[self.tr(label) for _, label in CRIME_PERIODS],
            defaultValue=0),
            "Count crimes per year (crime_n_2016), quarter (crime_n_2016q3) or month (crime_n_201607). The model "
            "learns each period from the periods before it and predicts the next; quarters and months need dates "
            "with a month (police.uk publishes 'YYYY-MM').")
        add_crime_area_parameters(self)  # CRIME_AREAS, CRIME_AREA_COUNT_FIELD, CRIME_AREA_PERIOD_FIELD
        self.add_parameter(QgsProcessingParameterField(
            self.WIDTH_FIELD, self.tr("Street width field"), parentLayerParameterName=self.INPUT,
            type=QgsProcessingParameterField.Numeric, optional=True), "Street width in metres; written as width_m.")
        self.add_parameter(QgsProcessingParameterMultipleLayers(
            self.EXTRA_POINTS, self.tr("Extra point layers"), QgsProcessing.TypeVectorPoint, optional=True),
            "Any further point layers; each adds <layer name>_n (within the extra reach) and <layer name>_d.",
            advanced=True)
        for parameter_id, _, label, default, help_text in DISTANCES:
            self.add_parameter(QgsProcessingParameterNumber(
                parameter_id, self.tr(label), QgsProcessingParameterNumber.Double, defaultValue=default), help_text)
        for parameter_id, _, label, default, help_text in ADVANCED_DISTANCES:
            self.add_parameter(QgsProcessingParameterNumber(
                parameter_id, self.tr(label), QgsProcessingParameterNumber.Double, defaultValue=default), help_text,
                advanced=True)
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Segments with safety factors"), QgsProcessing.TypeVectorLine),
            "The segments with every input field and the factor fields.")

    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        params = self._factor_params(parameters, context)
        layer_name = self.tr("Street segments")
        crs = working_crs(source, context, feedback, layer_name=layer_name)
        width_field = self.parameterAsString(parameters, self.WIDTH_FIELD, context)
        width_index = source.fields().lookupField(width_field) if width_field else -1
        direct = direct_source(self, parameters, self.INPUT, context, crs)
        lines, part_row, feature_ids, columns = read_lines(
            source, crs, context, feedback, [width_index] if width_index >= 0 else None, layer_name, direct)
        if len(feature_ids) == 0:
            raise QgsProcessingException(self.tr("Street segments layer has no line geometries."))
        if len(lines) != len(feature_ids):
            raise QgsProcessingException(self.tr(
                "Street segments layer has multipart lines: run 'Segment streets' on it first."))
        area_fields = crime_area_fields(self, parameters, context, feedback, crs, lines)  # {} without CRIME_AREAS
        inputs = self._factor_inputs(parameters, context, feedback, crs)
        if width_index >= 0:
            inputs.width_m = column_as_float(columns[width_index])
        feedback.pushInfo(self.tr("Computing factors for {count:,} segments…").format(count=len(lines)))
        result = compute_factors(lines, inputs, params, progress=self.engine_progress(feedback, 10, 60))
        for message in result.messages(translator(FACTORS_CONTEXT)):
            feedback.pushInfo(message)
        return self._write(parameters, context, feedback, source, direct, crs, lines, feature_ids,
                           {**result.fields, **area_fields})

    def _factor_params(self, parameters, context):
        values = {}
        for parameter_id, attribute, label, _, _ in DISTANCES + ADVANCED_DISTANCES:
            value = self.parameterAsDouble(parameters, parameter_id, context)
            if not math.isfinite(value) or value < 0 or (value == 0 and parameter_id != "SNAP_TOLERANCE"):
                raise QgsProcessingException(self.tr(
                    "{parameter_id} ({label}) is {value:g}: it must be a distance greater than 0 m.").format(
                        parameter_id=parameter_id, label=self.tr(label), value=value))
            values[attribute] = value
        return FactorParams(**values)

    def _factor_inputs(self, parameters, context, feedback, crs):
        inputs = FactorInputs()
        cameras_field = self.parameterAsString(parameters, self.CCTV_CAMERAS_FIELD, context) or None
        for parameter_id, attribute, label in POINT_LAYERS:
            field = cameras_field if parameter_id == "CCTV" else None
            points = self._points(parameters, parameter_id, self.tr(label), context, feedback, crs, field)
            if points is not None:
                setattr(inputs, attribute, points[0])
                if field:
                    inputs.cctv_cameras = plausibility.camera_counts(column_as_float(points[1]), self.tr(label), field)
        inputs.extra_points = self._extra_points(parameters, context, feedback, crs)
        routes = self.parameterAsSource(parameters, self.SAFE_ROUTES, context)
        if routes is not None:
            label = self.tr("Safe-return routes")
            self._require_features(routes, label)
            inputs.safe_routes = read_lines(routes, crs, context, feedback, layer_name=label)[0]
        inputs.population_raster, inputs.population_polygons = self._population(parameters, context, feedback, crs)
        date_field = self.parameterAsString(parameters, self.CRIME_DATE_FIELD, context) or None
        crimes = self._points(parameters, self.CRIMES, self.tr("Crimes"), context, feedback, crs, date_field,
                              self.parameterAsExpression(parameters, self.CRIME_FILTER, context) or None)
        period = CRIME_PERIODS[self.parameterAsEnum(parameters, self.CRIME_PERIOD, context)][0]
        if crimes is not None:
            inputs.crimes = crimes[0]
            if date_field:
                dates = np.array([_year_month(value) for value in crimes[1]], dtype=np.float64).reshape(-1, 2)
                inputs.crime_years = plausibility.crime_years(dates[:, 0], feedback, self.tr("Crimes"))
                inputs.crime_months, inputs.crime_period = dates[:, 1], period
                self._check_months(parameters, context, inputs, date_field)
        return inputs

    def _check_months(self, parameters, context, inputs, date_field):
        """Quarters and months need crimes whose dates carry a month: refuse year-only dates."""
        if inputs.crime_period == "year":
            return
        dated = np.isfinite(inputs.crime_years)
        if dated.any() and not np.isfinite(inputs.crime_months[dated]).any():
            layer = self.parameterAsSource(parameters, self.CRIMES, context)
            raise QgsProcessingException(self.tr(
                "Crimes layer '{layer}': the date field '{field}' gives years only, so crimes cannot be counted per "
                "{period}. Pick a field with dates ('YYYY-MM-DD' or 'YYYY-MM'), or set CRIME_PERIOD to Year.").format(
                    layer=layer.sourceName(), field=date_field,
                    period=self.tr(dict(CRIME_PERIODS)[inputs.crime_period]).lower()))

    def _points(self, parameters, parameter_id, label, context, feedback, crs, field=None, expression=None):
        """``(xy, value of field per point or None)`` for an optional point layer, or None if not given."""
        source = self.parameterAsSource(parameters, parameter_id, context)
        if source is None:
            return None
        self._require_features(source, label)
        field_index = source.fields().lookupField(field) if field else -1
        xy, point_row, _, columns = read_points(source, crs, context, feedback,
                                                [field_index] if field_index >= 0 else None, label, expression,
                                                direct_source(self, parameters, parameter_id, context, crs))
        if source.sourceCrs() != crs:
            feedback.pushInfo(self.tr("{label}: reprojected from {source_crs} to {crs}.").format(
                label=label, source_crs=source.sourceCrs().authid(), crs=crs.authid()))
        if expression:
            feedback.pushInfo(self.tr("{label}: {matching:,} of {total:,} match the filter {expression}.").format(
                label=label, matching=len(xy), total=source.featureCount(), expression=expression))
        return xy, (_at_rows(columns[field_index], point_row) if field_index >= 0 else None)

    def _extra_points(self, parameters, context, feedback, crs):
        """Points of each extra layer, keyed by a field-safe version of the layer name."""
        extra = {}
        for number, layer in enumerate(self.parameterAsLayerList(parameters, self.EXTRA_POINTS, context), start=1):
            name = re.sub(r"[^a-z0-9]+", "_", layer.name().lower()).strip("_")[:20] or f"extra{number}"
            if name in extra:
                name = f"{name}{number}"
            label = self.tr("Extra layer '{layer}'").format(layer=layer.name())
            self._require_features(layer, label)
            extra[name] = read_points(layer, crs, context, feedback, layer_name=label)[0]
            feedback.pushInfo(self.tr("{label} gives fields {name}_n and {name}_d.").format(label=label, name=name))
        return extra

    def _extent_in(self, parameters, context, crs):
        """The extent of the INPUT segments in ``crs`` (None when it cannot be had)."""
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            return None
        try:
            return QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext()).transformBoundingBox(
                source.sourceExtent())
        except QgsCsException:
            return None

    def _population(self, parameters, context, feedback, crs):
        raster = self.parameterAsRasterLayer(parameters, self.POPULATION_RASTER, context)
        if raster is not None:
            label = self.tr("Night-time population raster")
            band = read_raster_band(raster, crs, context, feedback, label)
            plausibility.population_band(*band, self._extent_in(parameters, context, crs), feedback, label)
            return band, None
        polygons = self.parameterAsSource(parameters, self.POPULATION_POLYGONS, context)
        if polygons is None:
            return None, None
        field = self.parameterAsString(parameters, self.POPULATION_FIELD, context)
        if not field:
            raise QgsProcessingException(self.tr(
                "Night-time population polygons were given without POPULATION_FIELD: pick the field with the "
                "number of people in each polygon."))
        label = self.tr("Night-time population polygons")
        self._require_features(polygons, label)
        field_index = polygons.fields().lookupField(field)
        shapes, polygon_row, _, columns = read_polygons(polygons, crs, context, feedback, [field_index], label)
        counts = np.nan_to_num(np.array([_number(columns[field_index][row]) for row in polygon_row],
                                        dtype=np.float64))
        # a multipolygon's people are shared among its parts by area, so every part gets the feature's density
        part_area = np.array([polygon_area_m2(rings) for rings in shapes])
        feature_area = np.bincount(polygon_row, weights=part_area)[polygon_row]
        with np.errstate(invalid="ignore", divide="ignore"):
            counts = np.where(feature_area > 0, counts * part_area / feature_area, 0.0)
        return None, (shapes, counts)

    def _require_features(self, source, label):
        if source.featureCount() == 0:
            raise QgsProcessingException(self.tr(
                "{label} layer '{source_name}' has no features. Leave the parameter empty if the district has none, "
                "or check the layer's filter.").format(label=label, source_name=source.sourceName()))

    def _write(self, parameters, context, feedback, source, direct, crs, lines, feature_ids, factor_fields):
        columns = {}
        if source.fields().lookupField(names.SEG_ID) < 0:
            columns[names.SEG_ID] = (QVariant.LongLong, np.arange(1, len(feature_ids) + 1))
        if source.fields().lookupField(names.LENGTH_M) < 0:
            columns[names.LENGTH_M] = (QVariant.Double, lines.lengths())
        for name, values in factor_fields.items():
            integer = INTEGER_FIELD.match(name) is not None
            columns[name] = (QVariant.Int, np.rint(values).astype(np.int64)) if integer else (QVariant.Double, values)
        dest_id = self.write_segments_with_columns(parameters, self.OUTPUT, context, feedback, source, direct, crs,
                                                   lines, feature_ids, columns, (60, 100))
        return {self.OUTPUT: dest_id}


def _at_rows(column, rows):
    """The values of ``column`` (a list or a numpy array) at ``rows``."""
    return column[rows] if isinstance(column, np.ndarray) else [column[row] for row in rows.tolist()]


def _number(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


def _year_month(value):
    """``(year, month)`` of a date, date-time, year number or text starting with YYYY (then -MM, /MM, .MM or MM);
    NaN for what is unknown (the month of a year)."""
    if isinstance(value, QDateTime):
        value = value.date()
    if isinstance(value, QDate):
        return (value.year(), value.month()) if value.isValid() else (math.nan, math.nan)
    if isinstance(value, (int, float)) and 1800 < value < 2300:
        return int(value), math.nan
    match = (re.match(r"\s*(\d{4})(?:[-/.](0?[1-9]|1[0-2])(?!\d)|(0[1-9]|1[0-2]))?", str(value))
             if value is not None else None)
    if match is None:
        return math.nan, math.nan
    month = match.group(2) or match.group(3)
    return int(match.group(1)), (int(month) if month else math.nan)
