"""anshim:simulatescenario — what if we add lights, CCTV, bells, guard houses or safe-return routes?"""
import os

import numpy as np
from qgis.core import (QgsProcessing, QgsProcessingException, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField, QgsProcessingParameterFile,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterNumber,
                       QgsProcessingParameterString)
from qgis.PyQt.QtCore import QVariant

from ..engine.i18n import korean_won, tr_noop
from ..engine.progress import Canceled
from ..engine.planning.proposals import add_to_planner, of_scenario
from ..engine.planning.scenario import DEFAULT_UNIT_COSTS_KRW, ScenarioPlanner
from ..engine.planning.scenario_report import KIND_WORDS, TR_CONTEXT as REPORT_CONTEXT, summary_csv, summary_html
from ..qgis_io.i18n import translator
from ..qgis_io.layer_io import column_as_float, read_lines, read_points, working_crs
from ..qgis_io.models import load_model_file, read_factor_table
from ..qgis_io.ogr_source import direct_source
from ..qgis_io.proposals import read_routes, read_sites, select_scenarios
from ..qgis_io.styling import StyleOnLoad
from ..qgis_io.whole_files import text_file
from .base import AnshimAlgorithm

# one context per module, the algorithm's class name (self.tr looks texts up in it)
TR_CONTEXT = "SimulateScenarioAlgorithm"

# parameter id, scenario kind, label
NEW_POINTS = (("NEW_CCTV", "cctv", tr_noop("Proposed CCTV sites")),
              ("NEW_LIGHTS", "lights", tr_noop("Proposed security lights")),
              ("NEW_BELLS", "bells", tr_noop("Proposed emergency bells")),
              ("NEW_GUARDHOUSES", "guardhouses", tr_noop("Proposed women's safety guard houses")))
# parameter id, scenario kind, label
UNIT_COSTS = (("COST_CCTV", "cctv", tr_noop("Cost per CCTV site (KRW)")),
              ("COST_LIGHT", "lights", tr_noop("Cost per light (KRW)")),
              ("COST_BELL", "bells", tr_noop("Cost per emergency bell (KRW)")),
              ("COST_GUARDHOUSE", "guardhouses", tr_noop("Cost per guard house (KRW)")),
              ("COST_ROUTE_KM", "safe_routes", tr_noop("Cost per km of safe-return route (KRW)")))
SCENARIO_COLUMNS = {"risk_before": QVariant.Double, "grade_before": QVariant.Int, "risk_after": QVariant.Double,
                    "grade_after": QVariant.Int, "grade_change": QVariant.Int}


# a unit cost above this (1조 원) is a typing error; sums of such costs overflowed the money formatting
MAX_UNIT_COST_KRW = 1e12


def add_unit_cost_parameters(algorithm, help_text):
    """The unit-cost parameters (ids of :data:`UNIT_COSTS`, labels translated in this module's context) on
    ``algorithm``, advanced: 'Find best sites' and 'Export council briefing' take them as this algorithm does."""
    label = translator(TR_CONTEXT)
    for parameter_id, kind, text in UNIT_COSTS:
        algorithm.add_parameter(QgsProcessingParameterNumber(
            parameter_id, label(text), QgsProcessingParameterNumber.Double, defaultValue=DEFAULT_UNIT_COSTS_KRW[kind],
            minValue=0.0, maxValue=MAX_UNIT_COST_KRW), help_text, advanced=True)


def unit_costs_of(algorithm, parameters, context):
    """``{planner kind: KRW}`` from the unit-cost parameters."""
    return {kind: algorithm.parameterAsDouble(parameters, parameter_id, context)
            for parameter_id, kind, _ in UNIT_COSTS}


def unit_cost_parameters(unit_costs_krw):
    """The unit-cost parameter values for ``{planner kind: KRW}`` (the planner dock's costs)."""
    return {parameter_id: unit_costs_krw[kind] for parameter_id, kind, _ in UNIT_COSTS}


class SimulateScenarioAlgorithm(AnshimAlgorithm):
    REQUIRED_PACKAGES = ("scipy",)
    INPUT = "INPUT"
    MODEL = "MODEL"
    PROPOSED_SITES = "PROPOSED_SITES"
    PROPOSED_ROUTES = "PROPOSED_ROUTES"
    SCENARIO = "SCENARIO"
    NEW_SAFE_ROUTES = "NEW_SAFE_ROUTES"
    NEW_CCTV_CAMERAS_FIELD = "NEW_CCTV_CAMERAS_FIELD"
    OUTPUT = "OUTPUT"
    SUMMARY = "SUMMARY"

    def name(self):
        return "simulatescenario"

    def displayName(self):
        return self.tr("Simulate scenario")

    def group(self):
        return self.tr("Planning")

    def groupId(self):
        return "planning"

    def shortHelpString(self):
        return self.tr(
            "Tests proposed facilities before money is spent: new CCTV sites, security lights, emergency bells, "
            "women's safety guard houses (points) and safe-return routes (lines) are added to the graded segments; "
            "give them as proposal layers (PROPOSED_SITES with scenario, kind, cameras and note; PROPOSED_ROUTES "
            "with scenario and name, as the planner dock saves them) and pick one SCENARIO, or as plain layers per "
            "kind (NEW_CCTV, NEW_LIGHTS, …); both can be combined. "
            "only the segments they reach get new factors (with the radii recorded in the model), a new risk and a "
            "new grade by the model's fixed thresholds. A facility never makes any segment's risk worse.\n\n"
            "OUTPUT keeps every input field and adds risk_before, grade_before, risk_after, grade_after and "
            "grade_change (negative = safer), styled so improved segments stand out.\n\n"
            "SUMMARY (HTML, with the same numbers in a .csv beside it): facilities and cost by type (unit costs are "
            "editable planning figures in KRW), the grade-transition matrix in segments and km, km in grades 4–5 "
            "before and after, an expected-incident proxy (risk weighted by night-time population relative to the "
            "network average, when pop_night is present) before and after, and its reduction per million KRW. "
            "Displacement and diffusion of crime are not modelled.")

    def initAlgorithm(self, config=None):
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Graded segments"), [QgsProcessing.TypeVectorLine]),
            "Segments with the factor fields the model uses (e.g. the output of 'Grade streets').")
        self.add_parameter(QgsProcessingParameterFile(self.MODEL, self.tr("Model file"), extension="anshim"),
                           "The .anshim model the segments were graded with.")
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.PROPOSED_SITES, self.tr("Proposed sites (proposal layer)"), [QgsProcessing.TypeVectorPoint],
            optional=True),
            "Points with the fields scenario, kind (cctv, light, bell or guardhouse), cameras (CCTV only, default 1) "
            "and note, e.g. the anshim_proposed_sites table the planner dock saves.")
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.PROPOSED_ROUTES, self.tr("Proposed safe-return routes (proposal layer)"),
            [QgsProcessing.TypeVectorLine], optional=True),
            "Lines with the fields scenario and name, e.g. the anshim_proposed_routes table the planner dock saves.")
        self.add_parameter(QgsProcessingParameterString(
            self.SCENARIO, self.tr("Scenario"), optional=True),
            "Which scenario of the proposal layers to run (their 'scenario' value); may be left empty when they "
            "hold only one.")
        for parameter_id, _, label in NEW_POINTS:
            self.add_parameter(QgsProcessingParameterFeatureSource(
                parameter_id, self.tr(label), [QgsProcessing.TypeVectorPoint], optional=True),
                self.tr("{label} as points.").format(label=self.tr(label)))
        self.add_parameter(QgsProcessingParameterField(
            self.NEW_CCTV_CAMERAS_FIELD, self.tr("Cameras per proposed CCTV site"), parentLayerParameterName="NEW_CCTV",
            type=QgsProcessingParameterField.Numeric, optional=True),
            "Number of cameras at each proposed site (default: one).")
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.NEW_SAFE_ROUTES, self.tr("Proposed safe-return routes"), [QgsProcessing.TypeVectorLine],
            optional=True), "Proposed safe-return routes as lines along the streets.")
        add_unit_cost_parameters(self, self.tr("Planning figure for comparing scenarios; replace it with a local "
                                               "quote."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Scenario segments"), QgsProcessing.TypeVectorLine),
            "Every segment with its grade before and after.")
        self.add_parameter(QgsProcessingParameterFileDestination(
            self.SUMMARY, self.tr("Scenario summary"), self.tr("HTML files (*.html)"), optional=True),
            "The scenario's numbers for a briefing; a CSV with the same numbers is written beside it.")

    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        model, manifest = load_model_file(self.parameterAsFile(parameters, self.MODEL, context))
        layer_name = self.tr("Graded segments")
        crs = working_crs(source, context, feedback, layer_name=layer_name)
        direct = direct_source(self, parameters, self.INPUT, context, crs)
        lines, feature_ids, X, extra = read_factor_table(source, model, crs, context, feedback, layer_name,
                                                         ("pop_night",), direct)
        if "pop_night" not in extra:
            feedback.pushInfo(self.tr("No pop_night field: the expected-incident proxy weighs every segment equally."))
        planner = ScenarioPlanner(lines, dict(zip(model.factor_names, X.T)), model,
                                  manifest.get("factor_settings", {}), extra.get("pop_night"))
        feedback.setProgress(30)
        self._add_proposals(planner, parameters, context, feedback, crs)
        summary = planner.summary(unit_costs_of(self, parameters, context))
        self._log_summary(summary, feedback)
        outputs = self._write_segments(parameters, context, feedback, source, direct, crs, lines, feature_ids, planner)
        summary_path = self.parameterAsFileOutput(parameters, self.SUMMARY, context)
        if summary_path:
            report_tr = translator(REPORT_CONTEXT)
            text_file(summary_path, summary_html(summary, tr=report_tr))
            # utf-8-sig: Excel on Korean Windows reads a CSV without the BOM as CP949
            text_file(os.path.splitext(summary_path)[0] + ".csv", summary_csv(summary, report_tr), encoding="utf-8-sig")
            outputs[self.SUMMARY] = summary_path
        return outputs

    def _add_proposals(self, planner, parameters, context, feedback, crs):
        self._add_proposal_layers(planner, parameters, context, feedback, crs)
        for parameter_id, kind, label in NEW_POINTS:
            source = self.parameterAsSource(parameters, parameter_id, context)
            if source is None:
                continue
            field = self.parameterAsString(parameters, self.NEW_CCTV_CAMERAS_FIELD, context) if kind == "cctv" else ""
            field_index = source.fields().lookupField(field) if field else -1
            xy, point_row, _, columns = read_points(source, crs, context, feedback,
                                                    [field_index] if field_index >= 0 else None, self.tr(label))
            weights = column_as_float(columns[field_index])[point_row] if field_index >= 0 else np.ones(len(xy))
            for point, weight in zip(xy, np.nan_to_num(weights, nan=1.0)):
                if feedback.isCanceled():
                    raise Canceled()
                planner.add_point(kind, point, weight)
            feedback.pushInfo(self.tr("{label}: {count} added.").format(label=self.tr(label), count=len(xy)))
        routes = self.parameterAsSource(parameters, self.NEW_SAFE_ROUTES, context)
        if routes is not None:
            label = self.tr("Proposed safe-return routes")
            lines, part_row, _, _ = read_lines(routes, crs, context, feedback, layer_name=label)
            for row in np.unique(part_row):
                planner.add_route(lines.subset(np.flatnonzero(part_row == row)))
            feedback.pushInfo(self.tr("{label}: {count} added.").format(label=label, count=len(np.unique(part_row))))
        if not planner.proposals:
            raise QgsProcessingException(self.tr(
                "No proposed facility was given: give PROPOSED_SITES or PROPOSED_ROUTES, or at least one of "
                "NEW_CCTV, NEW_LIGHTS, NEW_BELLS, NEW_GUARDHOUSES or NEW_SAFE_ROUTES."))
        proposed = {proposal.kind for proposal in planner.proposals.values()}
        kind_words = translator(REPORT_CONTEXT)
        for kind in set(planner.unused_kinds()) & proposed:
            feedback.pushWarning(self.tr("The model does not use the factors of {kind}: those proposals change no "
                                         "grade.").format(kind=kind_words(KIND_WORDS[kind])))

    def _add_proposal_layers(self, planner, parameters, context, feedback, crs):
        """The SCENARIO of the proposal layers, through the same code path as the planner dock."""
        site_source = self.parameterAsSource(parameters, self.PROPOSED_SITES, context)
        route_source = self.parameterAsSource(parameters, self.PROPOSED_ROUTES, context)
        if site_source is None and route_source is None:
            return
        sites = read_sites(site_source, crs, context, feedback) if site_source is not None else []
        routes = read_routes(route_source, crs, context, feedback) if route_source is not None else []
        wanted = self.parameterAsString(parameters, self.SCENARIO, context).strip()
        names = select_scenarios(sites, routes, [wanted] if wanted else [])
        if len(names) > 1:
            raise QgsProcessingException(self.tr(
                "The proposal layers hold {count} scenarios ({names}): set SCENARIO to the one to run.").format(
                    count=len(names), names=", ".join(repr(name) for name in names)))
        sites, routes = of_scenario(sites, names[0]), of_scenario(routes, names[0])
        add_to_planner(planner, sites, routes)
        feedback.pushInfo(self.tr("Scenario '{scenario}': {sites} proposed sites and {routes} proposed routes.").format(
            scenario=names[0], sites=len(sites), routes=len(routes)))

    def _log_summary(self, summary, feedback):
        # the translation may give the cost as Koreans read it ({total_cost_ko}: 7,500만 원)
        feedback.pushInfo(self.tr(
            "Km in grades 4–5: {before:.2f} before, {after:.2f} after; {improved:,} segments improved; total cost "
            "{total_cost:,.0f} KRW.").format(before=summary["km_grade_4_5_before"], after=summary["km_grade_4_5_after"],
                                             improved=summary["segments_improved"],
                                             total_cost=summary["total_cost_krw"],
                                             total_cost_ko=korean_won(summary["total_cost_krw"])))

    def _write_segments(self, parameters, context, feedback, source, direct, crs, lines, feature_ids, planner):
        change = planner.grade.astype(np.int64) - planner.grade_before.astype(np.int64)
        values = (planner.risk_before, planner.grade_before, planner.risk, planner.grade, change)
        columns = {name: (kind, column) for (name, kind), column in zip(SCENARIO_COLUMNS.items(), values)}
        dest_id = self.write_segments_with_columns(parameters, self.OUTPUT, context, feedback, source, direct, crs,
                                                   lines, feature_ids, columns, (40, 100))
        StyleOnLoad.attach(context, dest_id, "grade_change")
        return {self.OUTPUT: dest_id}
