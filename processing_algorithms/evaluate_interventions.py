"""anshim:evaluateinterventions — did the installed facilities cut crime, and was the forecast right?"""
import numpy as np
from qgis.core import (QgsFeature, QgsFeatureSink, QgsFields, QgsProcessing, QgsProcessingException,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterFile,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterNumber, QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant

from ..engine.factors import fields as names
from ..engine.i18n import message_of
from ..engine.network.spatial import SegmentIndex
from ..engine.planning.evaluation import ROLE_NAMES, EvaluationError, EvaluationSettings, evaluate
from ..engine.planning.evaluation_report import TR_CONTEXT as REPORT_CONTEXT, predicted_changes, report_html
from ..engine.planning.evaluation_stats import TR_CONTEXT as STATS_CONTEXT, VERDICT_WORDS, estimates
from ..engine.planning.scenario import ScenarioPlanner
from ..qgis_io import compat
from ..qgis_io.i18n import translator
from ..qgis_io.installed import read_dated_points, read_installed_routes, read_installed_sites
from ..qgis_io.layer_io import OutputGuard, column_as_float, read_lines
from ..qgis_io.metric_crs import working_crs
from ..qgis_io.models import load_model_file, read_factor_table
from .base import AnshimAlgorithm

TR_CONTEXT = "EvaluateInterventionsAlgorithm"

TABLE_FIELDS = (("group", QVariant.String), ("scenario", QVariant.String), ("kind", QVariant.String),
                ("facilities", QVariant.Int), ("treated_segments", QVariant.Int), ("ring_segments", QVariant.Int),
                ("treated_before", QVariant.Double), ("treated_after", QVariant.Double),
                ("control_before", QVariant.Double), ("control_after", QVariant.Double),
                ("ring_before", QVariant.Double), ("ring_after", QVariant.Double), ("wdd", QVariant.Double),
                ("wdd_low", QVariant.Double), ("wdd_high", QVariant.Double), ("wdd_z", QVariant.Double),
                ("rate_ratio", QVariant.Double), ("rr_low", QVariant.Double), ("rr_high", QVariant.Double),
                ("ring_ratio", QVariant.Double), ("ring_low", QVariant.Double), ("ring_high", QVariant.Double),
                ("wdq", QVariant.Double), ("predicted_change_pct", QVariant.Double),
                ("realised_change_pct", QVariant.Double), ("detectable_fall_pct", QVariant.Double),
                ("verdict", QVariant.String))


def _interval_values(interval):
    return [None, None, None] if interval is None else [interval.value, interval.low, interval.high]


def _plain(value):
    if isinstance(value, (np.integer, np.floating)):
        return value.item()
    return value


def table_row(row, verdict_words):
    """The TABLE attributes of a :class:`GroupEstimate`, in the order of :data:`TABLE_FIELDS`."""
    values = ([row.group, row.scenario, row.kind, row.facilities, row.treated_segments, row.ring_segments,
               row.treated_before, row.treated_after, row.control_before, row.control_after, row.ring_before,
               row.ring_after] + _interval_values(row.wdd) + [row.wdd_z] + _interval_values(row.rate_ratio)
              + _interval_values(row.ring_ratio)
              + [row.wdq, row.predicted_change_pct, row.realised_change_pct, row.detectable_fall_pct,
                 verdict_words(VERDICT_WORDS[row.verdict])])
    return [_plain(value) for value in values]


class EvaluateInterventionsAlgorithm(AnshimAlgorithm):
    REQUIRED_PACKAGES = ("scipy",)
    INPUT = "INPUT"
    INSTALLED_SITES = "INSTALLED_SITES"
    INSTALLED_ROUTES = "INSTALLED_ROUTES"
    CRIMES = "CRIMES"
    CRIME_DATE_FIELD = "CRIME_DATE_FIELD"
    WINDOW_MONTHS = "WINDOW_MONTHS"
    RING_M = "RING_M"
    MODEL = "MODEL"
    OUTPUT = "OUTPUT"
    TABLE = "TABLE"
    REPORT = "REPORT"

    def name(self):
        return "evaluateinterventions"

    def displayName(self):
        return self.tr("Evaluate installed facilities")

    def group(self):
        return self.tr("Planning")

    def groupId(self):
        return "planning"

    def shortHelpString(self):
        return self.tr(
            "Did the facilities installed last year cut crime, and was the forecast right? Each group of installed "
            "facilities (one per scenario and kind) is compared with matched streets: treated segments are those "
            "a facility reaches (the factors' reaches), the displacement ring the untreated segments within "
            "RING_M metres along the network, and controls untreated segments outside every ring in the same "
            "cell of street class, model risk and neighbourhood risk. Crimes are counted WINDOW_MONTHS "
            "before and after each facility's own installation month (that month left out).\n\n"
            "OUTPUT: the segments with role (treated, ring, control, none) and eval_group. TABLE: one row per "
            "group with the weighted displacement difference (WDD), the rate ratio against the controls and the "
            "ring's, each with a 95 % interval, the model's predicted change (with MODEL) beside the realised "
            "one, the smallest fall the evaluation could detect (detectable_fall_pct: 80 % power, two-sided 5 % "
            "test; a smaller true effect usually reads as no clear change), and a verdict in words; with too few "
            "crimes it says so and gives no figure. REPORT: the same as an HTML page with a map.")

    def initAlgorithm(self, config=None):
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Segments (graded, or with factors)"), [QgsProcessing.TypeVectorLine]),
            "The street segments as graded before installation: with a risk field (from 'Grade streets') or the "
            "factor fields of MODEL.")
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.INSTALLED_SITES, self.tr("Installed sites"), [QgsProcessing.TypeVectorPoint]),
            "Points with kind (cctv, light, bell or guardhouse), installed_on (YYYY-MM-DD), and optionally "
            "scenario, cameras and note.")
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.INSTALLED_ROUTES, self.tr("Installed safe-return routes"), [QgsProcessing.TypeVectorLine],
            optional=True), "Lines with installed_on (YYYY-MM-DD), and optionally scenario and name.")
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.CRIMES, self.tr("Crimes"), [QgsProcessing.TypeVectorPoint]),
            "Crime points with a date, from before and after the installations.")
        self.add_parameter(QgsProcessingParameterField(
            self.CRIME_DATE_FIELD, self.tr("Crime date field"), parentLayerParameterName=self.CRIMES),
            "The crimes' date (a date field or text YYYY-MM-DD).")
        self.add_parameter(QgsProcessingParameterNumber(
            self.WINDOW_MONTHS, self.tr("Months before and after"), QgsProcessingParameterNumber.Integer,
            defaultValue=12, minValue=1, maxValue=60), "Equal windows before and after each installation month.")
        self.add_parameter(QgsProcessingParameterNumber(
            self.RING_M, self.tr("Displacement ring (m along the streets)"), QgsProcessingParameterNumber.Double,
            defaultValue=EvaluationSettings.ring_m, minValue=10.0, maxValue=1000.0),
            "Untreated segments this close along the network form the ring; controls lie beyond it.", advanced=True)
        self.add_parameter(QgsProcessingParameterFile(
            self.MODEL, self.tr("Model file (for the predicted change)"), extension="anshim", optional=True),
            "The .anshim model of the time: its predicted change is shown beside what happened.")
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Evaluated segments"), QgsProcessing.TypeVectorLine),
            "Every segment with role and eval_group.")
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.TABLE, self.tr("Evaluation table"), QgsProcessing.TypeVector), "One row per group.")
        self.add_parameter(QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("Evaluation report"), self.tr("HTML files (*.html)"), optional=True),
            "The evaluation as an HTML page with a map of treated, ring and control streets.")

    def process(self, parameters, context, feedback):
        source = self._source(parameters, self.INPUT, context)
        crs = working_crs(source, context, feedback, layer_name=self.tr("Segments"))
        model_path = self.parameterAsFile(parameters, self.MODEL, context)
        lines, feature_ids, risk, stratum, planner = self._segments(source, model_path, crs, context, feedback)
        facilities = read_installed_sites(self._source(parameters, self.INSTALLED_SITES, context), crs, context,
                                          feedback, self.tr("Installed sites"))
        routes = self.parameterAsSource(parameters, self.INSTALLED_ROUTES, context)
        if routes is not None:
            facilities += read_installed_routes(routes, crs, context, feedback, self.tr("Installed safe-return routes"))
        crimes_xy, crime_dates, undated = read_dated_points(
            self._source(parameters, self.CRIMES, context),
            self.parameterAsString(parameters, self.CRIME_DATE_FIELD, context), crs, context, feedback,
            self.tr("Crimes"))
        if undated:
            feedback.pushWarning(self.tr("{count} crimes have no readable date and are left out.").format(
                count=f"{undated:,}"))
        feedback.setProgress(30)
        index = SegmentIndex(lines)
        crime_segment, _ = index.snap(crimes_xy, 30.0)
        settings = EvaluationSettings(window_months=self.parameterAsInt(parameters, self.WINDOW_MONTHS, context),
                                      ring_m=self.parameterAsDouble(parameters, self.RING_M, context))
        try:
            evaluation = evaluate(lines, facilities, crime_segment, crime_dates, settings, risk, stratum, index)
        except EvaluationError as error:
            raise QgsProcessingException(message_of(error, translator)) from None
        predicted = predicted_changes(planner, facilities, evaluation.groups) if planner is not None else None
        rows = estimates(evaluation, predicted)
        self._log(rows, evaluation, planner, feedback)
        feedback.setProgress(60)
        outputs = {self.TABLE: self._write_table(parameters, context, rows)}
        outputs[self.OUTPUT] = self.write_segments_with_columns(
            parameters, self.OUTPUT, context, feedback, source, None, crs, lines, feature_ids,
            {"role": (QVariant.String, [ROLE_NAMES[value] for value in evaluation.role]),
             "eval_group": (QVariant.String, [evaluation.groups[g].name if g >= 0 else None
                                              for g in evaluation.group_of_segment])}, (60, 95))
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            with open(report_path, "w", encoding="utf-8") as page:
                page.write(report_html(rows, lines, evaluation.role, settings.window_months,
                                       tr=translator(REPORT_CONTEXT), verdict_tr=translator(STATS_CONTEXT)))
            outputs[self.REPORT] = report_path
        return outputs

    def _source(self, parameters, name, context):
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return source

    def _segments(self, source, model_path, crs, context, feedback):
        """``(lines, feature ids, risk or None, street class or None, planner or None)``."""
        layer_name = self.tr("Segments")
        fields = source.fields().names()
        wanted = [source.fields().lookupField(name) for name in (names.RISK, "road_class") if name in fields]
        if model_path:
            model, manifest = load_model_file(model_path)
            lines, feature_ids, X, extra = read_factor_table(source, model, crs, context, feedback, layer_name,
                                                             (names.RISK, "road_class"))
            planner = ScenarioPlanner(lines, dict(zip(model.factor_names, X.T)), model,
                                      manifest.get("factor_settings", {}))
            risk = extra.get(names.RISK, planner.risk_before)
            stratum = extra.get("road_class")
        else:
            lines, part_row, feature_ids, columns = read_lines(source, crs, context, feedback, wanted, layer_name)
            if len(part_row) != len(feature_ids):
                raise QgsProcessingException(self.tr(
                    "Segments layer '{name}' has multipart features: run 'Segment streets' first.").format(
                        name=source.sourceName()))
            planner = None
            by_name = {fields[index]: column_as_float(columns[index]) for index in wanted}
            risk, stratum = by_name.get(names.RISK), by_name.get("road_class")
            if risk is None:
                raise QgsProcessingException(self.tr(
                    "Segments layer '{name}' has no risk field and no MODEL was given: controls are matched on the "
                    "model's risk. Give the output of 'Grade streets', or the segments with factors and MODEL.")
                    .format(name=source.sourceName()))
        if stratum is not None:
            stratum = np.nan_to_num(stratum, nan=-1).astype(np.int64)
        return lines, feature_ids, risk, stratum, planner

    def _log(self, rows, evaluation, planner, feedback):
        words = translator(STATS_CONTEXT)
        for row in rows:
            ratio = row.rate_ratio
            figure = "" if ratio is None else f" {ratio.value:.2f} ({ratio.low:.2f}–{ratio.high:.2f})"
            feedback.pushInfo(self.tr("{group}: {facilities} facilities, treated crimes {before:.0f} → {after:.0f}; "
                                      "rate ratio{figure}: {verdict}.").format(
                group=row.group, facilities=row.facilities, before=row.treated_before, after=row.treated_after,
                figure=figure, verdict=words(VERDICT_WORDS[row.verdict])))
            if planner is not None and row.predicted_change_pct is None:
                feedback.pushWarning(self.tr("The model does not use the factors of {kind}: no predicted change for "
                                             "{group}.").format(kind=row.kind, group=row.group))

    def _write_table(self, parameters, context, rows):
        fields = QgsFields()
        for name, kind in TABLE_FIELDS:
            fields.append(compat.field(name, kind))
        guard = OutputGuard(parameters, self.TABLE, context)
        sink, dest_id = self.parameterAsSink(parameters, self.TABLE, context, fields, QgsWkbTypes.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.TABLE))
        words = translator(STATS_CONTEXT)
        for row in rows:
            feature = QgsFeature(fields)
            feature.setAttributes(table_row(row, words))
            if not sink.addFeature(feature, QgsFeatureSink.FastInsert):  # pragma: no cover - disk full
                del sink
                guard.discard()
                raise QgsProcessingException(self.tr("The evaluation table could not be written."))
        return dest_id
