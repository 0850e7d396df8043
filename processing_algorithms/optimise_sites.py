"""anshim:optimisesites — which cameras, lights, bells and guard houses, where, cut the most risk for a budget?"""
import os

from qgis.core import (QgsFeature, QgsFeatureSink, QgsGeometry, QgsPointXY, QgsProcessing,
                       QgsProcessingException, QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterFile,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterNumber,
                       QgsProcessingParameterString, QgsWkbTypes)
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from ..engine.planning import optimiser, optimiser_report
from ..engine.i18n import money_values
from ..engine.progress import Canceled
from ..engine.planning.proposals import MAX_CAMERAS_PER_SITE, PLANNER_KINDS, SITE_KINDS, add_to_planner, of_scenario
from ..engine.planning.scenario import ScenarioPlanner
from ..engine.planning.scenario_report import TR_CONTEXT as REPORT_CONTEXT, summary_csv
from ..qgis_io import compat
from ..qgis_io.i18n import translator
from ..qgis_io.layer_io import OutputGuard, read_points, working_crs
from ..qgis_io.models import load_model_file, read_factor_table
from ..qgis_io.ogr_source import direct_source
from ..qgis_io.proposals import read_routes, read_sites, select_scenarios, site_fields
from ..qgis_io.whole_files import text_file
from .base import AnshimAlgorithm
from .simulate_scenario import add_unit_cost_parameters, unit_costs_of

TR_CONTEXT = "OptimiseSites"
RESULT_FIELDS = (("rank", QVariant.Int), ("gain", QVariant.Double), ("cumulative_cost_krw", QVariant.Double),
                 ("cumulative_gain", QVariant.Double))


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


class OptimiseSitesAlgorithm(AnshimAlgorithm):
    REQUIRED_PACKAGES = ("scipy",)
    INPUT = "INPUT"
    MODEL = "MODEL"
    BUDGET = "BUDGET"
    KINDS = "KINDS"
    CCTV_CAMERAS = "CCTV_CAMERAS"
    CANDIDATES = "CANDIDATES"
    CANDIDATE_SPACING = "CANDIDATE_SPACING"
    MIN_GRADE = "MIN_GRADE"
    MIN_SEPARATION = "MIN_SEPARATION"
    EXISTING_SITES = "EXISTING_SITES"
    EXISTING_ROUTES = "EXISTING_ROUTES"
    OBJECTIVE = "OBJECTIVE"
    SCENARIO = "SCENARIO"
    OUTPUT = "OUTPUT"
    REPORT = "REPORT"

    def name(self):
        return "optimisesites"

    def displayName(self):
        return self.tr("Find best sites")

    def group(self):
        return self.tr("Planning")

    def groupId(self):
        return "planning"

    def shortHelpString(self):
        return self.tr(
            "Finds the new CCTV sites, security lights, emergency bells and women's safety guard houses that cut "
            "the most risk for a BUDGET (KRW), with the scenario engine measuring every candidate exactly.\n\n"
            "Candidates are the points of CANDIDATES (e.g. poles the district owns), each usable for every kind in "
            "KINDS, or else a point every CANDIDATE_SPACING m along the streets of grade MIN_GRADE or worse, at "
            "least MIN_SEPARATION m from an existing facility of the same kind. EXISTING_SITES/EXISTING_ROUTES "
            "(proposal layers, with SCENARIO when they hold several) are the scenario to build on; the budget is "
            "for the new sites only.\n\n"
            "Method: cost-benefit lazy greedy (CELF), compared with greedy by gain alone and the best single "
            "site, then swaps of a chosen site for an unchosen one while that improves the OBJECTIVE (the "
            "expected-incident proxy, or km of street in grades 4–5). Diminishing returns are not guaranteed; the "
            "report says how often they failed. Displacement of crime is not modelled.\n\n"
            "OUTPUT: the chosen sites in the proposal format (scenario, kind, cameras, note) plus rank, gain, "
            "cumulative_cost_krw and cumulative_gain, ready for 'Simulate scenario' and the planner dock. REPORT: "
            "an HTML page with the cost–benefit curve and the table, and the scenario's numbers in a .csv beside "
            "it.")

    def initAlgorithm(self, config=None):
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Graded segments"), [QgsProcessing.TypeVectorLine]),
            "Segments with the factor fields the model uses (e.g. the output of 'Grade streets').")
        self.add_parameter(QgsProcessingParameterFile(self.MODEL, self.tr("Model file"), extension="anshim"),
                           "The .anshim model the segments were graded with.")
        self.add_parameter(QgsProcessingParameterNumber(
            self.BUDGET, self.tr("Budget (KRW)"), QgsProcessingParameterNumber.Double, defaultValue=150_000_000,
            minValue=0.0, maxValue=1e15), "Money for the new sites, in KRW, at the unit costs below.")
        self.add_parameter(QgsProcessingParameterEnum(
            self.KINDS, self.tr("Facilities to place"), options=self._kind_options(), allowMultiple=True,
            defaultValue=[0, 1]), "Which kinds of facility the optimiser may propose.")
        add_unit_cost_parameters(self, self.tr("Planning figure, as in 'Simulate scenario'; replace it with a local "
                                               "quote."))
        self.add_parameter(QgsProcessingParameterNumber(
            self.CCTV_CAMERAS, self.tr("Cameras per proposed CCTV site"), QgsProcessingParameterNumber.Integer,
            defaultValue=optimiser.DEFAULT_CCTV_CAMERAS, minValue=1, maxValue=MAX_CAMERAS_PER_SITE),
            "Cameras at each proposed CCTV site.")
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.CANDIDATES, self.tr("Candidate sites"), [QgsProcessing.TypeVectorPoint], optional=True),
            "Allowed sites, e.g. poles the district owns; without them candidates are generated along the streets.")
        self.add_parameter(QgsProcessingParameterNumber(
            self.CANDIDATE_SPACING, self.tr("Candidate spacing along the streets (m)"),
            QgsProcessingParameterNumber.Double, defaultValue=optimiser.DEFAULT_CANDIDATE_SPACING_M, minValue=1.0),
            "One generated candidate per this many metres of street (at most one per segment).", advanced=True)
        self.add_parameter(QgsProcessingParameterNumber(
            self.MIN_GRADE, self.tr("Candidates on grade at least"), QgsProcessingParameterNumber.Integer,
            defaultValue=optimiser.DEFAULT_MIN_GRADE, minValue=1, maxValue=5),
            "Generated candidates lie on segments of this grade or worse (5 = least safe).", advanced=True)
        self.add_parameter(QgsProcessingParameterNumber(
            self.MIN_SEPARATION, self.tr("Minimum distance from existing facilities of the kind (m)"),
            QgsProcessingParameterNumber.Double, defaultValue=optimiser.DEFAULT_MIN_SEPARATION_M, minValue=0.0),
            "Generated candidates keep this far from existing facilities (and proposals) of the same kind.",
            advanced=True)
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.EXISTING_SITES, self.tr("Existing scenario: proposed sites"), [QgsProcessing.TypeVectorPoint],
            optional=True), "A proposal layer of sites to build on (e.g. the dock's anshim_proposed_sites).")
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.EXISTING_ROUTES, self.tr("Existing scenario: proposed routes"), [QgsProcessing.TypeVectorLine],
            optional=True), "A proposal layer of safe-return routes to build on.")
        self.add_parameter(QgsProcessingParameterEnum(
            self.OBJECTIVE, self.tr("Objective"), options=[
                self.tr("Expected-incident proxy"), self.tr("Km of street in grades 4–5")], defaultValue=0),
            "What to reduce: risk weighted by night-time population, or street length in grades 4 and 5.")
        self.add_parameter(QgsProcessingParameterString(
            self.SCENARIO, self.tr("Scenario name"), defaultValue="Best sites"),
            "The 'scenario' value of the chosen sites; with existing proposal layers holding several scenarios, "
            "the one of that name is built on.")
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Best sites"), QgsProcessing.TypeVectorPoint),
            "The chosen sites in the proposal format with rank, gain, cumulative_cost_krw and cumulative_gain.")
        self.add_parameter(QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("Report"), self.tr("HTML files (*.html)"), optional=True),
            "The cost–benefit curve and the table; the scenario's numbers go in a .csv beside it.")

    def _kind_options(self):
        return [self.tr("CCTV"), self.tr("Security light"), self.tr("Emergency bell"),
                self.tr("Women's safety guard house")]

    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        model, manifest = load_model_file(self.parameterAsFile(parameters, self.MODEL, context))
        crs = working_crs(source, context, feedback, layer_name="Graded segments")
        direct = direct_source(self, parameters, self.INPUT, context, crs)
        lines, _, X, extra = read_factor_table(source, model, crs, context, feedback, "Graded segments",
                                               ("pop_night", *optimiser.EXISTING_DISTANCE_FIELDS.values()), direct)
        planner = ScenarioPlanner(lines, dict(zip(model.factor_names, X.T)), model,
                                  manifest.get("factor_settings", {}), extra.get("pop_night"))
        feedback.setProgress(15)
        scenario = self.parameterAsString(parameters, self.SCENARIO, context).strip() or "Best sites"
        self._add_existing(planner, parameters, context, feedback, crs, scenario)
        kinds = [SITE_KINDS[index] for index in self.parameterAsEnums(parameters, self.KINDS, context)]
        if not kinds:
            raise QgsProcessingException(tr("Choose at least one kind of facility in KINDS."))
        unused = [kind for kind in kinds if PLANNER_KINDS[kind] in planner.unused_kinds()]
        for kind in unused:
            feedback.pushWarning(tr("The model does not use the factors of {kind}: such sites cannot change any "
                                    "grade and are left out.").format(kind=kind))
        kinds = [kind for kind in kinds if kind not in unused]
        candidates = self._candidates(parameters, context, feedback, crs, planner, kinds, extra)
        unit_costs = unit_costs_of(self, parameters, context)
        budget = self.parameterAsDouble(parameters, self.BUDGET, context)
        objective = self.parameterAsEnum(parameters, self.OBJECTIVE, context)
        try:
            result = optimiser.optimise_sites(
                planner, candidates, budget, unit_costs, objective=objective,
                cctv_cameras=self.parameterAsInt(parameters, self.CCTV_CAMERAS, context),
                progress=self.engine_progress(feedback, 20, 95))
        except ValueError as error:
            raise QgsProcessingException(tr("Cannot optimise: {error}.").format(error=error)) from None
        self._log_result(result, feedback)
        outputs = {self.OUTPUT: self._write_sites(parameters, context, feedback, crs, result, scenario)}
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            if feedback.isCanceled():
                raise Canceled()
            language_tr = translator(optimiser_report.TR_CONTEXT)
            text_file(report_path, optimiser_report.optimiser_html(result, language_tr))
            # utf-8-sig: Excel on Korean Windows reads a CSV without the BOM as CP949
            text_file(os.path.splitext(report_path)[0] + ".csv",
                      summary_csv(result.summary, translator(REPORT_CONTEXT)), encoding="utf-8-sig")
            outputs[self.REPORT] = report_path
        return outputs

    def _add_existing(self, planner, parameters, context, feedback, crs, scenario):
        """The existing scenario: every proposal of the proposal layers, or of ``scenario`` when they hold
        several."""
        site_source = self.parameterAsSource(parameters, self.EXISTING_SITES, context)
        route_source = self.parameterAsSource(parameters, self.EXISTING_ROUTES, context)
        if site_source is None and route_source is None:
            return
        sites = read_sites(site_source, crs, context, feedback, "Existing sites") if site_source else []
        routes = read_routes(route_source, crs, context, feedback, "Existing routes") if route_source else []
        if not sites and not routes:
            return
        names = select_scenarios(sites, routes, [], "the existing proposal layers")
        if len(names) > 1:
            if scenario not in names:
                raise QgsProcessingException(tr(
                    "The existing proposal layers hold {count} scenarios ({names}): set SCENARIO to the one to "
                    "build on.").format(count=len(names), names=", ".join(repr(name) for name in names)))
            names = [scenario]
        sites, routes = of_scenario(sites, names[0]), of_scenario(routes, names[0])
        add_to_planner(planner, sites, routes)
        feedback.pushInfo(tr("Building on scenario '{name}': {sites} sites and {routes} routes.").format(
            name=names[0], sites=len(sites), routes=len(routes)))

    def _candidates(self, parameters, context, feedback, crs, planner, kinds, extra):
        source = self.parameterAsSource(parameters, self.CANDIDATES, context)
        if source is not None:
            xy, _, _, _ = read_points(source, crs, context, feedback, layer_name="Candidate sites")
            if not len(xy):
                raise QgsProcessingException(tr(
                    "Candidate sites layer '{name}' has no points: add candidate points to it, or leave "
                    "CANDIDATES empty to generate candidates along the streets.").format(name=source.sourceName()))
            candidates = optimiser.Candidates.at_points(xy, kinds)
            feedback.pushInfo(tr("{points:,} candidate points × {kinds} kinds = {count:,} candidates.").format(
                points=len(xy), kinds=len(kinds), count=len(candidates)))
        else:
            existing = {kind: extra.get(name) for kind, name in optimiser.EXISTING_DISTANCE_FIELDS.items()}
            candidates = optimiser.street_candidates(
                planner, kinds, self.parameterAsDouble(parameters, self.CANDIDATE_SPACING, context),
                self.parameterAsInt(parameters, self.MIN_GRADE, context),
                self.parameterAsDouble(parameters, self.MIN_SEPARATION, context), existing_distances=existing)
            feedback.pushInfo(tr("{count:,} candidates generated along the streets.").format(count=len(candidates)))
        if not len(candidates):
            raise QgsProcessingException(tr(
                "No candidate site: give CANDIDATES, or lower MIN_GRADE or MIN_SEPARATION, or choose other KINDS."))
        return candidates

    @staticmethod
    def _log_result(result, feedback):
        fewer = result.plain_greedy_calls / result.oracle_calls if result.oracle_calls else 0.0
        feedback.pushInfo(tr(
            "{picks} sites for {cost:,.0f} KRW; objective reduced by {gain:.4f}. {calls:,} measurements "
            "({fewer:.1f}× fewer than plain greedy); diminishing returns failed on {violations} of {reevaluations} "
            "re-measured gains.").format(
            picks=len(result.picks), **money_values("cost", result.total_cost_krw, False), gain=result.total_gain,
            calls=result.oracle_calls, fewer=fewer, violations=result.violations, reevaluations=result.reevaluations))

    def _write_sites(self, parameters, context, feedback, crs, result, scenario):
        fields = site_fields()
        for name, kind in RESULT_FIELDS:
            fields.append(compat.field(name, kind))
        guard = OutputGuard(parameters, self.OUTPUT, context)
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Point, crs,
                                             QgsFeatureSink.RegeneratePrimaryKey)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        try:
            for pick in result.picks:
                if feedback.isCanceled():
                    raise Canceled()
                feature = QgsFeature(fields)
                feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(pick.x, pick.y)))
                note = tr("rank {rank} of {count}").format(rank=pick.rank, count=len(result.picks))
                feature.setAttributes([scenario, pick.kind, pick.cameras, note, pick.rank, pick.gain,
                                       pick.cumulative_cost_krw, pick.cumulative_gain])
                if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
                    raise QgsProcessingException(tr("Could not write the best sites: {error}").format(
                        error=sink.lastError()))
        except (Canceled, QgsProcessingException):
            del sink
            guard.discard()
            raise
        feedback.setProgress(100)
        return dest_id
