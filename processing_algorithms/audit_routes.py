"""anshim:auditroutes — how safe are the safe-return routes, where are their dark or unwatched stretches?"""
import numpy as np
from qgis.core import (QgsFeature, QgsFeatureRequest, QgsFeatureSink, QgsFields, QgsProcessing,
                       QgsProcessingException, QgsProcessingFeatureSource, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterNumber)
from qgis.PyQt.QtCore import QVariant

from ..engine.planning import route_audit
from ..engine.factors.compute import FactorParams
from ..engine.i18n import tr_noop
from ..engine.progress import Canceled
from ..engine.planning.route_audit import ROUTE_COLUMNS, AuditParams, audit_html, audit_routes
from ..qgis_io import compat
from ..qgis_io.geopackage import Coded
from ..qgis_io.graded import read_graded_segments
from ..qgis_io.i18n import translator
from ..qgis_io.layer_io import OutputGuard, read_lines, read_points, working_crs
from ..qgis_io.ogr_source import direct_source
from ..qgis_io.whole_files import text_file
from .base import AnshimAlgorithm

TR_CONTEXT = "AuditRoutesAlgorithm"

# parameter id, label, help (marked for translation; translated where they are shown)
POINT_LAYERS = (
    ("LIGHTS", tr_noop("Security and street lights"),
     tr_noop("Lights for the dark-gap measure: a stretch is dark where no light stands within 25 m (Compute safety "
             "factors' default LIGHT_RADIUS).")),
    ("CCTV", tr_noop("CCTV sites"),
     tr_noop("CCTV sites for the unwatched-stretch measure: watched within 50 m (CCTV_RADIUS).")),
    ("BELLS", tr_noop("Emergency bells"),
     tr_noop("Emergency bells within ROUTE_TOLERANCE of a route, for the bell spacing.")),
)
# parameter id, AuditParams attribute, label, default, help
DISTANCES = (
    ("DARK_GAP", "dark_gap_m", tr_noop("Dark gap to flag (m)"), 50.0,
     tr_noop("A stretch at least this long with no light within reach is a dark gap: flagged on the route's "
             "segments and named in the suggestion (alley lights stand about every 50 m).")),
    ("CCTV_GAP", "cctv_gap_m", tr_noop("Unwatched stretch to flag (m)"), 100.0,
     tr_noop("A stretch at least this long with no CCTV site within reach is flagged.")),
    ("WINDOW", "window_m", tr_noop("Riskiest stretch length (m)"), 50.0,
     tr_noop("Length of the stretch searched for the highest mean risk along each route.")),
)
NAME_FIELDS = ("name", "route_name", "명칭", "노선명")
INTEGER_COLUMNS = {"rank", "worst_grade", "dark_gaps_n", "cctv_gaps_n", "bells_n"}
TEXT_COLUMNS = {"worst_factor", "suggestion"}
SEGMENT_FIELDS = (("route", QVariant.String), ("seg_id", QVariant.LongLong), ("on_route_m", QVariant.Double),
                  ("grade", QVariant.Int), ("risk", QVariant.Double), ("dark", QVariant.Int),
                  ("no_cctv", QVariant.Int), ("riskiest", QVariant.Int))


class AuditRoutesAlgorithm(AnshimAlgorithm):
    REQUIRED_PACKAGES = ("scipy",)
    INPUT = "INPUT"
    ROUTES = "ROUTES"
    ROUTE_TOLERANCE = "ROUTE_TOLERANCE"
    OUTPUT = "OUTPUT"
    SEGMENTS = "SEGMENTS"
    REPORT = "REPORT"

    def name(self):
        return "auditroutes"

    def displayName(self):
        return self.tr("Audit safe-return routes")

    def group(self):
        return self.tr("Planning")

    def groupId(self):
        return "planning"

    def shortHelpString(self):
        return self.tr(
            "Audits existing or proposed safe-return routes (안심귀갓길) over the graded segments.\n\n"
            "Each route is cut into 1 m pieces that take the grade of the nearest segment within ROUTE_TOLERANCE; "
            "farther pieces are off the network (offnet_m), never dropped. Per route (OUTPUT, one row each): "
            "length_m, offnet_m, length_grade_1 … length_grade_5 (m, adding up to length_m − offnet_m) and "
            "share_grade_1 … 5 (% of the on-network length), mean and maximum risk, the riskiest WINDOW-long "
            "stretch (worst_from_m, worst_to_m from the route's start, its grade and main risk factor), the longest "
            "dark gap (no light within 25 m), the longest stretch without CCTV within 50 m, the largest spacing "
            "between bells (route ends included), a rank by need (share in grades 4–5, then the riskiest stretch) "
            "and a suggestion in words. Routes take their name from a field called name, if any.\n\n"
            "SEGMENTS: the segments each route runs on with on_route_m and the flags dark, no_cctv and riskiest. "
            "REPORT: the routes by need as an HTML page. Leaving out LIGHTS, CCTV or BELLS leaves their measures "
            "empty.")

    def initAlgorithm(self, config=None):
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Graded segments"), [QgsProcessing.TypeVectorLine]),
            "Output of 'Grade streets': segments with risk, grade and risk_factor.")
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.ROUTES, self.tr("Safe-return routes"), [QgsProcessing.TypeVectorLine]),
            "Existing or proposed routes as lines; a field called name names them.")
        self.add_parameter(QgsProcessingParameterNumber(
            self.ROUTE_TOLERANCE, self.tr("Route tolerance (m)"), QgsProcessingParameterNumber.Double,
            defaultValue=FactorParams().route_tolerance_m, minValue=0.0),
            "A piece of route farther than this from every segment is off the network (published route lines "
            "only approximate the centre-lines).")
        for parameter_id, label, help_text in POINT_LAYERS:
            self.add_parameter(QgsProcessingParameterFeatureSource(
                parameter_id, self.tr(label), [QgsProcessing.TypeVectorPoint], optional=True), help_text)
        for parameter_id, _, label, default, help_text in DISTANCES:
            self.add_parameter(QgsProcessingParameterNumber(
                parameter_id, self.tr(label), QgsProcessingParameterNumber.Double, defaultValue=default,
                minValue=1.0), help_text)
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Route audit"), QgsProcessing.TypeVectorLine), "One row per route.")
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.SEGMENTS, self.tr("Route segments"), QgsProcessing.TypeVectorLine, optional=True),
            "The segments each route runs on, with their flags.")
        self.add_parameter(QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("Audit report"), self.tr("HTML files (*.html)"), optional=True),
            "The routes by need, with their measures and suggestions.")

    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        crs = working_crs(source, context, feedback, layer_name=self.tr("Graded segments"))
        graded = read_graded_segments(source, crs, context, feedback, self.tr("Graded segments"),
                                      direct_source(self, parameters, self.INPUT, context, crs))
        routes_source = self.parameterAsSource(parameters, self.ROUTES, context)
        if routes_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.ROUTES))
        name_index = next((routes_source.fields().lookupField(name) for name in NAME_FIELDS
                           if routes_source.fields().lookupField(name) >= 0), -1)
        routes, part_row, route_ids, columns = read_lines(
            routes_source, crs, context, feedback, [name_index] if name_index >= 0 else None,
            self.tr("Safe-return routes"))
        if len(route_ids) == 0:
            raise QgsProcessingException(self.tr("Safe-return routes layer '{name}' has no line geometries.").format(
                name=routes_source.sourceName()))
        names = [self._route_name(columns[name_index][row] if name_index >= 0 else None, fid)
                 for row, fid in enumerate(route_ids)]
        route_m = np.bincount(part_row, weights=routes.lengths(), minlength=len(route_ids))
        without_length = [name for name, metres in zip(names, route_m.tolist()) if not metres > 0.0]
        if without_length:
            feedback.pushWarning(self.tr(
                "{count} route(s) have no length (one vertex, or every vertex on one point): {names}. Their audit "
                "says nothing about any street; draw them again.").format(count=len(without_length),
                                                                           names=", ".join(without_length)))
        feedback.setProgress(20)
        points = {parameter_id: self._points(parameters, parameter_id, label, context, feedback, crs)
                  for parameter_id, label, _ in POINT_LAYERS}
        if feedback.isCanceled():
            raise Canceled()
        params = AuditParams(route_tolerance_m=self.parameterAsDouble(parameters, self.ROUTE_TOLERANCE, context),
                             **{attribute: self.parameterAsDouble(parameters, parameter_id, context)
                                for parameter_id, attribute, _, _, _ in DISTANCES})
        engine_tr = translator(route_audit.TR_CONTEXT)
        audit = audit_routes(graded.lines, graded.risk, graded.grade, routes, part_row, len(route_ids),
                             graded.risk_factor, points["LIGHTS"], points["CCTV"], points["BELLS"], params,
                             tr=engine_tr)
        feedback.setProgress(60)
        if feedback.isCanceled():
            raise Canceled()
        self._log(audit, names, feedback)
        outputs = {}
        segments_guard = OutputGuard(parameters, self.SEGMENTS, context)
        if parameters.get(self.SEGMENTS) is not None:
            outputs[self.SEGMENTS] = self._write_segments(parameters, context, feedback, crs, graded, names, audit)
        try:
            outputs[self.OUTPUT] = self._write_routes(parameters, context, feedback, routes_source, crs, route_ids,
                                                      names, audit)
        except Canceled:
            segments_guard.discard()  # no half of the outputs left looking complete
            raise
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            text_file(report_path, audit_html(audit, names, title=self.tr("Anshim safe-return route audit"),
                                              tr=engine_tr))
            outputs[self.REPORT] = report_path
        return outputs

    def _route_name(self, value, fid):
        if value is None or str(value).strip() in ("", "NULL"):
            return self.tr("route {fid}").format(fid=fid)
        return str(value)

    def _points(self, parameters, parameter_id, label, context, feedback, crs):
        source = self.parameterAsSource(parameters, parameter_id, context)
        if source is None:
            return None
        return read_points(source, crs, context, feedback, layer_name=self.tr(label),
                           direct=direct_source(self, parameters, parameter_id, context, crs))[0]

    def _log(self, audit, names, feedback):
        routes = audit.routes
        for route in np.argsort(routes["rank"], kind="stable"):
            feedback.pushInfo(self.tr(
                "{rank:.0f}. {name}: {length:.0f} m, {share:.0f} % in grades 4–5, longest dark gap {dark} m. "
                "{suggestion}").format(
                rank=routes["rank"][route], name=names[route], length=routes["length_m"][route],
                share=np.nan_to_num(routes["share_grade_4_5"][route]),
                dark="—" if np.isnan(routes["dark_gap_m"][route]) else f"{routes['dark_gap_m'][route]:.0f}",
                suggestion=routes["suggestion"][route]))

    def _write_routes(self, parameters, context, feedback, routes_source, crs, route_ids, names, audit):
        """One row per route with its original geometry (multipart routes stay whole) and the audit's fields."""
        fields = QgsFields()
        fields.append(compat.field("name", QVariant.String))
        for column in ROUTE_COLUMNS:
            kind = QVariant.String if column in TEXT_COLUMNS else (
                QVariant.Int if column in INTEGER_COLUMNS else QVariant.Double)
            fields.append(compat.field(column, kind))
        guard = OutputGuard(parameters, self.OUTPUT, context)
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, routes_source.wkbType(), crs,
                                             QgsFeatureSink.RegeneratePrimaryKey)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        row_of = {int(fid): row for row, fid in enumerate(route_ids)}
        request = QgsFeatureRequest().setFilterFids(list(row_of)).setNoAttributes()
        if routes_source.sourceCrs() != crs:
            request.setDestinationCrs(crs, context.transformContext())
        try:
            # invalid routes (one vertex, zero length) were audited and warned about: write them, do not stop
            skip_checks = QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks
            for feature in routes_source.getFeatures(request, skip_checks):
                if feedback.isCanceled():
                    raise Canceled()
                row = row_of[feature.id()]
                output = QgsFeature(fields)
                output.setGeometry(feature.geometry())
                output.setAttributes([names[row]] + [_value(audit.routes[column][row], column)
                                                     for column in ROUTE_COLUMNS])
                if not sink.addFeature(output):
                    raise QgsProcessingException(self.tr("Could not write route audit features: {error}").format(
                        error=sink.lastError()))
        except Canceled:
            del sink
            guard.discard()
            raise
        return dest_id

    def _write_segments(self, parameters, context, feedback, crs, graded, names, audit):
        rows = audit.segments
        fields = QgsFields()
        for name, kind in SEGMENT_FIELDS:
            fields.append(compat.field(name, kind))
        columns = [Coded(np.asarray(rows["route"], dtype=np.int64), list(names)),
                   np.asarray(graded.seg_id, dtype=np.int64)[rows["segment"]],
                   np.round(np.asarray(rows["on_route_m"], dtype=np.float64), 2)]
        columns += [np.asarray(rows[name], dtype=np.float64 if name == "risk" else np.int64)
                    for name in ("grade", "risk", "dark", "no_cctv", "riskiest")]
        return self.write_new_lines(parameters, self.SEGMENTS, context, feedback, fields, crs,
                                    graded.lines.subset(rows["segment"]), columns, (80, 100))


def _value(value, column):
    """A field value: None for a measure without its layer (NaN), whole numbers for counts and grades."""
    if column in TEXT_COLUMNS:
        return str(value)
    if not np.isfinite(value):
        return None
    return int(value) if column in INTEGER_COLUMNS else round(float(value), 4)
