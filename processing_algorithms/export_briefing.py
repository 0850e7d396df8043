"""anshim:exportbriefing — the council briefing: an editable print layout of the scenarios, exported to PDF."""
import datetime
import os
from dataclasses import dataclass
from pathlib import Path

from qgis.core import (QgsProcessing, QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingParameterBoolean,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSource, QgsProcessingParameterFile,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterString, QgsProcessingUtils,
                       QgsProject, QgsRectangle)
from qgis.PyQt.QtGui import QImageReader

from ..engine.planning import briefing as words
from ..engine.factors.fields import TR_CONTEXT as FIELDS_CONTEXT
from ..engine.progress import Canceled
from ..engine.planning.proposals import add_to_planner, of_scenario
from ..engine.planning.scenario import ScenarioPlanner
from ..qgis_io import briefing as layout_io
from ..qgis_io.briefing_evaluation import add_evaluation_page, evaluation_page
from ..qgis_io.destinations import Place
from ..qgis_io.i18n import language_translator, translator
from ..qgis_io.layer_io import working_crs
from ..qgis_io.models import load_model_file, read_factor_table
from ..qgis_io.ogr_source import direct_source
from ..qgis_io.proposals import read_routes, read_sites, select_scenarios
from .base import AnshimAlgorithm
from .simulate_scenario import add_unit_cost_parameters, unit_costs_of

LANGUAGES = ("ko", "en")  # the LANGUAGE enum's order
MAX_SCENARIOS = 4  # more boxes than this do not fit page 1 and do not read in five minutes
EXTENT_MARGIN = 0.03  # share of the district's size left around it on the maps


def briefing_parameters(segments, model_path, proposed_sites, proposed_routes, scenarios, output_pdf, **options):
    """Parameters of ``anshim:exportbriefing`` for the planner dock's scenarios (segments, model file, saved proposal
    layers, scenario names); the dock opens the algorithm's dialog with them so the planner can still set the title,
    organisation, logo, language and page; ``options`` sets any other parameter by id."""
    parameters = {"INPUT": segments, "MODEL": model_path, "PROPOSED_SITES": proposed_sites,
                  "PROPOSED_ROUTES": proposed_routes, "SCENARIOS": ", ".join(scenarios), "OUTPUT": output_pdf}
    return {**parameters, **options}


class ExportBriefingAlgorithm(AnshimAlgorithm):
    REQUIRED_PACKAGES = ("scipy",)
    INPUT = "INPUT"
    MODEL = "MODEL"
    PROPOSED_SITES = "PROPOSED_SITES"
    PROPOSED_ROUTES = "PROPOSED_ROUTES"
    SCENARIOS = "SCENARIOS"
    TITLE = "TITLE"
    ORGANISATION = "ORGANISATION"
    LOGO = "LOGO"
    LANGUAGE = "LANGUAGE"
    PAGE = "PAGE"
    TEMPLATE = "TEMPLATE"
    SHOW_CCTV_SITES = "SHOW_CCTV_SITES"
    EVALUATION = "EVALUATION"
    OUTPUT = "OUTPUT"
    PROJECT = "PROJECT"
    LAYOUT = "LAYOUT"

    def name(self):
        return "exportbriefing"

    def displayName(self):
        return self.tr("Export council briefing")

    def group(self):
        return self.tr("Planning")

    def groupId(self):
        return "planning"

    def flags(self):
        # builds print layouts and may add one to the open project: main thread only
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def shortHelpString(self):
        return self.tr(
            "A three-page briefing the council can read in five minutes, as a QGIS print layout exported to PDF. "
            "Page 1, the decision: a box per scenario (facilities by kind, total cost, km in grades 4–5 before and "
            "after, the expected-incident proxy before and after, its reduction per million KRW) and before and "
            "after maps of the same extent. Page 2, the comparison: the grade-change map of the scenario that "
            "lowers the proxy most, the comparison table and the facility list. Page 3, method and limits: the "
            "model in plain words, its validation (PAI at 5 % against kernel density and last period), the factors "
            "that matter, the evidence for lights and CCTV, what is not modelled, the data sources and CRS.\n\n"
            "Scenarios come from the proposal layers (as the planner dock saves them); every figure comes from the "
            "same scenario planner as 'Simulate scenario', with the unit costs of the COST_* parameters (the planner "
            "dock's Briefing… fills in its own). Up to four scenarios.\n\n"
            "The text stays text in the PDF, with its fonts embedded. PROJECT also saves a .qgz with the layers "
            "and the layout, to edit in the layout designer; in the QGIS desktop the layout is also added to the "
            "open project. Proposed CCTV sites are drawn only when SHOW_CCTV_SITES is ticked.")

    def initAlgorithm(self, config=None):
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Graded segments"), [QgsProcessing.TypeVectorLine]),
            "Segments with the factor fields the model uses (e.g. the output of 'Grade streets').")
        self.add_parameter(QgsProcessingParameterFile(self.MODEL, self.tr("Model file"), extension="anshim"),
                           "The .anshim model the segments were graded with; its model card gives page 3.")
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.PROPOSED_SITES, self.tr("Proposed sites (proposal layer)"), [QgsProcessing.TypeVectorPoint],
            optional=True),
            "Points with scenario, kind (cctv, light, bell or guardhouse), cameras and note, e.g. the "
            "anshim_proposed_sites table the planner dock saves.")
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.PROPOSED_ROUTES, self.tr("Proposed safe-return routes (proposal layer)"),
            [QgsProcessing.TypeVectorLine], optional=True),
            "Lines with scenario and name, e.g. the anshim_proposed_routes table the planner dock saves.")
        self.add_parameter(QgsProcessingParameterString(
            self.SCENARIOS, self.tr("Scenarios (names separated by commas; empty = all)"), optional=True),
            "The scenario values of the proposal layers to brief on, in the order to show them; at most four.")
        self.add_parameter(QgsProcessingParameterString(
            self.TITLE, self.tr("Title"), defaultValue=self.tr("Street safety: options for the council")),
            "The briefing's title on page 1.")
        self.add_parameter(QgsProcessingParameterString(
            self.ORGANISATION, self.tr("Organisation"), optional=True),
            "Who presents the briefing, e.g. the district's safety policy team.")
        self.add_parameter(QgsProcessingParameterFile(
            self.LOGO, self.tr("Logo"), optional=True,
            fileFilter=self.tr("Images (*.png *.jpg *.jpeg *.svg)")),
            "An image shown at the top left of page 1.")
        self.add_parameter(QgsProcessingParameterEnum(
            self.LANGUAGE, self.tr("Language"), options=["한국어", "English"], defaultValue=0),
            "Language of the briefing's texts; Korean falls back to English (and says so) until the Korean "
            "translation is installed.")
        self.add_parameter(QgsProcessingParameterEnum(
            self.PAGE, self.tr("Page"), options=[self.tr("A4 landscape"), self.tr("A4 portrait"),
                                                 self.tr("A3 landscape")], defaultValue=0),
            "Page format of the shipped template (ignored when TEMPLATE is given).")
        self.add_parameter(QgsProcessingParameterFile(
            self.TEMPLATE, self.tr("Layout template (.qpt)"), extension="qpt", optional=True),
            "Your own layout template; it must carry every item id listed in the README (start from a shipped "
            "one in resources/layouts).", advanced=True)
        self.add_parameter(QgsProcessingParameterBoolean(
            self.SHOW_CCTV_SITES, self.tr("Draw proposed CCTV sites"), defaultValue=False),
            "CCTV points are sensitive: by default proposed CCTV sites are counted and costed but not drawn, and "
            "not copied into the briefing's layers.")
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.EVALUATION, self.tr("Evaluation of installed facilities (table)"), [QgsProcessing.TypeVector],
            optional=True),
            "The Evaluation table (TABLE) of 'Evaluate installed facilities': adds the page “Did last year's "
            "facilities work?” with each group's rate ratio, its interval and verdict, realised beside predicted.")
        self.add_parameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Briefing (PDF)"), self.tr("PDF files (*.pdf)")),
            "The briefing as a PDF: text as text with fonts embedded, no georeference.")
        self.add_parameter(QgsProcessingParameterFileDestination(
            self.PROJECT, self.tr("Editable project (.qgz)"), self.tr("QGIS projects (*.qgz)"), optional=True),
            "A QGIS project holding the briefing's layers (in a GeoPackage beside it) and the layout, to open and "
            "edit in the layout designer.")
        add_unit_cost_parameters(self, self.tr("Planning figure, as in 'Simulate scenario'; the planner dock's "
                                               "Briefing… fills in its own unit costs."))

    # the run ----------------------------------------------------------------------------------------------------

    def process(self, parameters, context, feedback):
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        project_path = self.parameterAsFileOutput(parameters, self.PROJECT, context)
        self._check_writable(output, self.OUTPUT)
        if project_path:
            self._check_writable(project_path, self.PROJECT)
        language = self._language(parameters, context, feedback)
        template_path = self._template(parameters, context)
        logo = self._logo(parameters, context)
        evaluation = evaluation_page(self.parameterAsSource(parameters, self.EVALUATION, context), language)

        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        model_path = self.parameterAsFile(parameters, self.MODEL, context)
        model, manifest = load_model_file(model_path)
        crs = working_crs(source, context, feedback, layer_name="Graded segments")
        sites, routes, names = self._proposals(parameters, context, feedback, crs)
        direct = direct_source(self, parameters, self.INPUT, context, crs)
        lines, _, X, extra = read_factor_table(source, model, crs, context, feedback, "Graded segments",
                                               ("pop_night",), direct)
        feedback.setProgress(20)

        planners = self._planners(lines, X, model, manifest, extra, sites, routes, names, feedback)
        unit_costs = unit_costs_of(self, parameters, context)
        summaries = {name: planner.summary(unit_costs) for name, planner in planners.items()}
        best = words.best_scenario(names, summaries)
        feedback.pushInfo(self.tr("Scenario that lowers the expected-incident proxy most: '{best}'.").format(best=best))

        show_cctv = self.parameterAsBoolean(parameters, self.SHOW_CCTV_SITES, context)
        in_briefing = [site for site in sites if site.scenario in names]
        drawn_sites = [site for site in in_briefing if show_cctv or site.kind != "cctv"]
        cctv_hidden = len(drawn_sites) < len(in_briefing)
        if cctv_hidden:
            feedback.pushInfo(self.tr("Proposed CCTV sites are counted and costed but not drawn (SHOW_CCTV_SITES is off)."))
        layers_path = self._layers_path(output, project_path, context)
        layout_io.write_layers(layers_path, crs, lines, planners[names[0]].grade_before,
                               [planners[name].grade for name in names], drawn_sites,
                               [route for route in routes if route.scenario in names], feedback)
        feedback.setProgress(70)

        tr_text = translator(words.TR_CONTEXT, language)
        money = words.MONEY_FORMATS[language]
        texts = layout_io.BriefingTexts(
            labels=words.layout_labels(self._heading(parameters, context, source, lines, tr_text), names, best,
                                       manifest, self._sources(source, model_path, parameters, context, crs,
                                                               sites, routes, tr_text),
                                       cctv_hidden, tr_text),
            boxes=[(words.box_title(name, best, len(names), tr_text),
                    words.scenario_box_text(summaries[name], money, tr_text))
                   for name in names],
            tables=words.layout_tables(names, summaries, manifest, money, tr_text,
                                       translator(FIELDS_CONTEXT, language)),
            logo=logo, synthetic=bool(manifest.get("synthetic_crimes")))
        briefing = _Briefing(layers_path, names, best, template_path, texts, _district_extent(lines),
                             translator(layout_io.TR_CONTEXT, language), evaluation)
        results = self._write_outputs(parameters, context, feedback, briefing, crs, output, project_path)
        feedback.setProgress(100)
        return results

    def _planners(self, lines, X, model, manifest, extra, sites, routes, names, feedback):
        planners = {}
        for index, name in enumerate(names):
            if feedback.isCanceled():
                raise Canceled()
            planners[name] = self._planner(lines, X, model, manifest, extra, sites, routes, name, feedback)
            feedback.setProgress(20 + 40 * (index + 1) / len(names))
        return planners

    def _write_outputs(self, parameters, context, feedback, briefing, crs, output, project_path):
        """The PDF and PROJECT from a project of their own; in the desktop the same layout in the open project,
        under one name unique there."""
        title = self.parameterAsString(parameters, self.TITLE, context)
        layout_name = briefing.tr("Council briefing: {title}").format(title=title)
        desktop = _desktop_project(context)
        if desktop is not None:
            layout_name = layout_io.unique_layout_name(desktop, layout_name)
        briefing_project = QgsProject()
        briefing_project.setCrs(crs)
        briefing_project.setTitle(title)
        layout = self._build(briefing_project, briefing, layout_name)
        layout_io.export_pdf(layout, output)
        feedback.pushInfo(self.tr("Briefing written to {path} ({pages} pages).").format(
            path=output, pages=layout.pageCollection().pageCount()))
        results = {self.OUTPUT: output, self.LAYOUT: layout.name()}
        if project_path:
            if not briefing_project.write(project_path):
                raise QgsProcessingException(self.tr("Could not write the project '{path}': {error}").format(
                    path=project_path, error=briefing_project.error()))
            feedback.pushInfo(self.tr("Editable project written to {path} (layers in {layers}).").format(
                path=project_path, layers=briefing.layers_path))
            results[self.PROJECT] = project_path
        if desktop is not None:
            added = self._build(desktop, briefing, layout_name)
            feedback.pushInfo(self.tr("Layout '{name}' added to the open project's layouts.").format(name=added.name()))
        return results

    def _build(self, project, briefing, layout_name):
        """The briefing's layers and layout in ``project``; the layout is registered in its layout manager."""
        layout, items = layout_io.new_layout(project, briefing.template_path, layout_name)
        layout_io.check_fonts(items, briefing.template_path)
        layers = layout_io.add_layers(project, briefing.layers_path, briefing.names, layout.name(), briefing.tr)
        shown = next(scenario for scenario in layers.scenarios if scenario.name == briefing.best)
        layout_io.bind(layout, items, layers, shown, briefing.texts, briefing.extent, briefing.tr)
        if briefing.evaluation is not None:
            add_evaluation_page(layout, items, briefing.evaluation)
        if not project.layoutManager().addLayout(layout):
            raise QgsProcessingException(self.tr("The layout '{name}' could not be added to the project.").format(
                name=layout.name()))
        return layout

    # inputs -------------------------------------------------------------------------------------------------------

    def _language(self, parameters, context, feedback):
        language = LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)]
        if language != "en" and language_translator(language) is None:
            feedback.pushWarning(self.tr("The Korean translation of Anshim is not installed yet: the briefing is "
                                         "written in English."))
            return "en"
        return language

    def _template(self, parameters, context):
        path = self.parameterAsFile(parameters, self.TEMPLATE, context)
        if not path:
            return layout_io.shipped_template(self.parameterAsEnum(parameters, self.PAGE, context))
        if not os.path.isfile(path):
            raise QgsProcessingException(self.tr("Briefing template '{path}' does not exist.").format(path=path))
        return path

    def _logo(self, parameters, context):
        path = self.parameterAsFile(parameters, self.LOGO, context)
        if not path:
            return ""
        readable = os.path.isfile(path) and (path.lower().endswith(".svg") or QImageReader(path).canRead())
        if not readable:
            raise QgsProcessingException(self.tr(
                "Logo '{path}' is not an image QGIS can read: give a PNG, JPEG or SVG file.").format(path=path))
        return path

    def _proposals(self, parameters, context, feedback, crs):
        site_source = self.parameterAsSource(parameters, self.PROPOSED_SITES, context)
        route_source = self.parameterAsSource(parameters, self.PROPOSED_ROUTES, context)
        sites = read_sites(site_source, crs, context, feedback) if site_source is not None else []
        routes = read_routes(route_source, crs, context, feedback) if route_source is not None else []
        wanted = [name.strip() for name in self.parameterAsString(parameters, self.SCENARIOS, context).split(",")
                  if name.strip()]
        names = select_scenarios(sites, routes, wanted, "PROPOSED_SITES and PROPOSED_ROUTES")
        if len(names) > MAX_SCENARIOS:
            raise QgsProcessingException(self.tr(
                "The proposal layers hold {count} scenarios; a briefing compares at most {limit}. Name the ones to "
                "show in SCENARIOS, separated by commas.").format(count=len(names), limit=MAX_SCENARIOS))
        return sites, routes, names

    def _planner(self, lines, X, model, manifest, extra, sites, routes, name, feedback):
        """One scenario on its own planner, built as 'Simulate scenario' and the planner dock build theirs."""
        planner = ScenarioPlanner(lines, dict(zip(model.factor_names, X.T)), model,
                                  manifest.get("factor_settings", {}), extra.get("pop_night"))
        scenario_sites, scenario_routes = of_scenario(sites, name), of_scenario(routes, name)
        add_to_planner(planner, scenario_sites, scenario_routes)
        feedback.pushInfo(self.tr("Scenario '{name}': {sites} proposed sites and {routes} proposed routes.").format(
            name=name, sites=len(scenario_sites), routes=len(scenario_routes)))
        for kind in planner.unused_kinds():
            if any(proposal.kind == kind for proposal in planner.proposals.values()):
                feedback.pushWarning(self.tr("Scenario '{name}': the model does not use the factors of {kind}, so those "
                                             "proposals change no grade.").format(name=name, kind=kind))
        return planner

    def _heading(self, parameters, context, source, lines, tr_text):
        return {
            "title": self.parameterAsString(parameters, self.TITLE, context),
            "organisation": self.parameterAsString(parameters, self.ORGANISATION, context),
            "date": datetime.date.today().isoformat(),
            "district": words.district_text(source.sourceName(), len(lines), float(lines.lengths().sum()) / 1000.0,
                                            tr_text),
        }

    def _sources(self, source, model_path, parameters, context, crs, sites, routes, tr_text):
        layers = [self.parameterAsSource(parameters, name, context) for name in (self.PROPOSED_SITES,
                                                                                 self.PROPOSED_ROUTES)]
        return {"segments": source.sourceName(), "model": Path(model_path).name,
                "proposals": words.proposals_text(self._proposal_layer_names(parameters, context, layers),
                                                  len(sites), len(routes), tr_text),
                "crs": f"{crs.authid()} ({crs.description()})",
                "made": datetime.date.today().isoformat()}

    def _proposal_layer_names(self, parameters, context, layers):
        """The proposal layers' names once each: the table of a GeoPackage ('anshim_proposed_sites'), not the file's
        name twice."""
        names = []
        for name, layer in zip((self.PROPOSED_SITES, self.PROPOSED_ROUTES), layers):
            if layer is None:
                continue
            value = str(parameters.get(name) or "")
            table = value.split("|layername=")[1].split("|")[0] if "|layername=" in value else ""
            names.append(table or layer.sourceName())
        return list(dict.fromkeys(names))

    def _check_writable(self, path, parameter_id):
        """Refuse an output that cannot be written before any work is done."""
        folder = os.path.dirname(os.path.abspath(path))
        if os.path.isdir(path):
            raise QgsProcessingException(self.tr("{parameter}: '{path}' is a folder; give a file name.").format(
                parameter=parameter_id, path=path))
        if not os.path.isdir(folder) or not os.access(folder, os.W_OK) or (
                os.path.exists(path) and not os.access(path, os.W_OK)):
            raise QgsProcessingException(self.tr(
                "{parameter}: cannot write '{path}': the folder '{folder}' does not exist or is not writable. "
                "Choose another place.").format(parameter=parameter_id, path=path, folder=folder))

    def side_outputs(self, parameters, context):
        """The GeoPackage of the briefing's layers, when it goes beside the project or the PDF."""
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        project_path = self.parameterAsFileOutput(parameters, self.PROJECT, context)
        if not output and not project_path:
            return ()
        return ((self.PROJECT if project_path else self.OUTPUT,
                 Place(self._layers_path(output, project_path, context))),)

    @staticmethod
    def _layers_path(output, project_path, context):
        """Where the maps' layers go: beside the project, beside the PDF when the layout joins the open project,
        else Processing's temporary folder."""
        if project_path:
            return str(Path(project_path).with_name(Path(project_path).stem + "_layers.gpkg"))
        if _desktop_project(context) is not None:
            return str(Path(output).with_name(Path(output).stem + "_layers.gpkg"))
        return QgsProcessingUtils.generateTempFilename("briefing_layers.gpkg")


@dataclass
class _Briefing:
    """What one briefing layout is built from, in any project."""
    layers_path: str
    names: list
    best: str
    template_path: str
    texts: object  # qgis_io.briefing.BriefingTexts
    extent: QgsRectangle
    tr: object  # the layout's translator
    evaluation: object = None  # qgis_io.briefing_evaluation.EvaluationPage, or None for no evaluation page


def _district_extent(lines):
    bounds = lines.bounds()
    extent = QgsRectangle(bounds[:, 0].min(), bounds[:, 2].min(), bounds[:, 1].max(), bounds[:, 3].max())
    extent.grow(EXTENT_MARGIN * max(extent.width(), extent.height()))
    return extent


def _desktop_project(context):
    """The open project when running in the QGIS desktop (``iface`` exists), else None (qgis_process, scripts)."""
    from qgis import utils
    if getattr(utils, "iface", None) is None:
        return None
    return context.project() or QgsProject.instance()
