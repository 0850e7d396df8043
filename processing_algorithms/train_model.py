"""anshim:trainmodel — train, validate and document the safety model on segments with factors and crimes."""
import re
from contextlib import ExitStack

import numpy as np
from qgis.core import (QgsProcessing, QgsProcessingException, QgsProcessingOutputString,
                       QgsProcessingParameterBoolean,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterNumber,
                       QgsProcessingParameterString)
from qgis.PyQt.QtCore import QCoreApplication

from ..engine.factors import fields as names
from ..engine.factors.periods import counts_by_period, is_period_field, parse_periods, select_periods
from ..engine.i18n import message_of, translate_recorded
from ..engine.model.metrics import share_key
from ..engine.network.spatial import polyline_midpoints
from ..engine.network.structure import segment_end_nodes
from ..engine.model.training import DEFAULT_GRADE_SHARES, train_safety_model
from ..engine.model.validation import RECORDED_TEXTS, TR_CONTEXT as VALIDATION_CONTEXT
from ..qgis_io import compat
from ..qgis_io.i18n import translator
from ..qgis_io.layer_io import column_as_float, read_lines, working_crs
from ..qgis_io.models import load_model_file
from ..qgis_io.layer_names import layer_label
from ..qgis_io.ogr_source import direct_source
from ..qgis_io.plausibility import cut_fields_warning
from ..qgis_io.whole_files import written_whole
from .base import AnshimAlgorithm
from .train_from_areas import train_from_areas  # crime counts per area (issue 26)
from .compute_factors import ADVANCED_DISTANCES, DISTANCES, TR_CONTEXT as FACTORS_ALGORITHM_CONTEXT

# one context per module, the algorithm's class name: self.tr and tr look texts up in it
TR_CONTEXT = "TrainModelAlgorithm"


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


def default_factor_names(field_names):
    """Every known factor present, plus ``<layer>_n`` / ``<layer>_d`` pairs of extra point layers."""
    present = set(field_names)
    known = [factor.name for factor in names.FACTORS + names.HISTORY_FACTORS if factor.name in present]
    extra = [name for name in field_names if re.fullmatch(r"[a-z0-9_]+_[nd]", name) and name not in known
             and not name.startswith(names.CRIME_N) and f"{name[:-2]}_{'d' if name.endswith('_n') else 'n'}" in present]
    return known + extra


def parse_years(text, parameter_id):
    """'2023, 2024' or '2023-2024' → [2023, 2024]; empty → None."""
    text = (text or "").strip()
    if not text:
        return None
    years = []
    for part in re.split(r"[,;\s]+", text):
        span = re.fullmatch(r"(\d{4})(?:-(\d{4}))?", part)
        if span is None:
            raise QgsProcessingException(tr(
                "{parameter_id} '{text}' is not a list of years such as 2023, 2024 or 2023-2024.").format(
                    parameter_id=parameter_id, text=text))
        first, last = int(span.group(1)), int(span.group(2) or span.group(1))
        years.extend(range(first, last + 1))
    return sorted(set(years))


def parse_shares(text):
    """'35,30,20,10,5' (percent of network length for grades 1…5) → fractions summing to 1."""
    try:
        shares = [float(part) for part in re.split(r"[,;\s]+", text.strip())]
    except ValueError:
        shares = []
    if len(shares) != 5 or min(shares) <= 0 or abs(sum(shares) - 100) > 1e-6:
        raise QgsProcessingException(tr(
            "GRADE_SHARES '{text}' must be five positive percentages of network length for grades 1 (safest) to 5 "
            "(least safe) that add up to 100, e.g. 35,30,20,10,5.").format(text=text))
    return tuple(share / 100 for share in shares)


class TrainModelAlgorithm(AnshimAlgorithm):
    REQUIRED_PACKAGES = ("scipy", "sklearn")
    INPUT = "INPUT"
    FACTORS = "FACTORS"
    GROUP_FIELD = "GROUP_FIELD"
    TRAIN_YEARS = "TRAIN_YEARS"
    TEST_YEARS = "TEST_YEARS"
    GRADE_SHARES = "GRADE_SHARES"
    SYNTHETIC_CRIMES = "SYNTHETIC_CRIMES"
    SEED = "SEED"
    MODEL = "MODEL"
    REPORT = "REPORT"
    WARNINGS = "WARNINGS"

    def name(self):
        return "trainmodel"

    def displayName(self):
        return self.tr("Train safety model")

    def group(self):
        return self.tr("Safety model")

    def groupId(self):
        return "safetymodel"

    def shortHelpString(self):
        return self.tr(
            "Trains the classifier that grades street safety, on segments from 'Compute safety factors' (factor "
            "fields and crime_n, or crime_n_<period> per year, quarter or month).\n\n"
            "Target: a crime on the segment in a period. Model: scikit-learn gradient boosting with monotonic "
            "safety constraints — more cameras or lights, a safe-return route, or being nearer a bell, guard house "
            "or police box never raises risk, and more past crime never lowers it — and Platt calibration.\n\n"
            "Crime history: with crimes of two years or more, 'Compute safety factors' adds hist_* fields (crimes "
            "on the segment and along nearby streets in earlier years). The model then learns each year from the "
            "years before it and grades with the history up to the latest year: it predicts the next year.\n\n"
            "Validation is honest: cross-validation keeps every street (GROUP_FIELD) in one fold, and with yearly "
            "counts a model trained on the earlier years is tested on the last (or TEST_YEARS). The model saved in "
            "MODEL is then fitted on every year. ROC-AUC, PR-AUC, and PAI and hit rate at 1, 5 and 10 % of network "
            "length are reported with bootstrap 95 % ranges, next to baselines: last period's crime count, kernel "
            "density of past crimes, and kernel density along the streets. When a baseline finds more crime than "
            "the model, the log, the model card and the WARNINGS output say so.\n\n"
            "Grade thresholds are fixed here so that grade 5 (least safe) covers the riskiest 5 % of network "
            "length, 4 the next 10 %, 3 the next 20 %, 2 the next 30 % and 1 (safest) the remaining 35 % "
            "(GRADE_SHARES); grades therefore stay comparable when scenarios change risk.\n\n"
            "MODEL is one .anshim file (a JSON manifest with factors, radii, constraints, thresholds, metrics and a "
            "hash, and the fitted trees as plain arrays — loading it never runs code). REPORT is the model card.")

    def initAlgorithm(self, config=None):
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Segments with safety factors"), [QgsProcessing.TypeVectorLine]),
            "Output of 'Compute safety factors' with a crime layer.")
        self.add_parameter(QgsProcessingParameterField(
            self.FACTORS, self.tr("Factors"), parentLayerParameterName=self.INPUT,
            type=QgsProcessingParameterField.Numeric, allowMultiple=True, optional=True),
            "Factor fields the model learns from. Default: every Anshim factor field present.")
        self.add_parameter(QgsProcessingParameterField(
            self.GROUP_FIELD, self.tr("Street id (validation groups)"), defaultValue=names.STREET_ID,
            parentLayerParameterName=self.INPUT, optional=True),
            "Segments sharing this id are one street and are never split between training and testing.")
        self.add_parameter(QgsProcessingParameterString(
            self.TRAIN_YEARS, self.tr("Training years"), optional=True),
            "Periods to train on: years (2023, 2024 or 2023-2024), quarters (2023Q3) or months (2023-07), and ranges "
            "such as 2023-07~2023-12; a year covers its quarters or months. Default: every period but the last.")
        self.add_parameter(QgsProcessingParameterString(
            self.TEST_YEARS, self.tr("Test years (temporal hold-out)"), optional=True),
            "Later periods to test on, named as for the training years. Default: the last period.")
        self.add_parameter(QgsProcessingParameterString(
            self.GRADE_SHARES, self.tr("Share of network length per grade 1…5 (%)"),
            defaultValue=",".join(f"{share * 100:g}" for share in DEFAULT_GRADE_SHARES)),
            "Percent of network length in grades 1 (safest) to 5 (least safe). Crime concentrates on few segments "
            "(Weisburd 2015), so the top grades are small.", advanced=True)
        self.add_parameter(QgsProcessingParameterBoolean(
            self.SYNTHETIC_CRIMES, self.tr("Crimes are synthetic"), defaultValue=False),
            "Tick when the crime points are simulated (e.g. the demo district): the model card says so.")
        self.add_parameter(QgsProcessingParameterNumber(
            self.SEED, self.tr("Random seed"), QgsProcessingParameterNumber.Integer, defaultValue=0, minValue=0,
            maxValue=2 ** 31 - 1),
            "Seed for folds and tie-breaking, so a run can be repeated exactly.", advanced=True)
        factors_tr = translator(FACTORS_ALGORITHM_CONTEXT)  # the labels and help of 'Compute safety factors'
        for parameter_id, _, label, default, help_text in DISTANCES + ADVANCED_DISTANCES:
            self.add_parameter(QgsProcessingParameterNumber(
                parameter_id, factors_tr(label), QgsProcessingParameterNumber.Double, defaultValue=default),
                self.tr("{help} Must match the value used in 'Compute safety factors': the model file records it "
                        "and the scenario planner recomputes factors with it.").format(help=factors_tr(help_text)),
                advanced=True)
        self.add_parameter(QgsProcessingParameterFileDestination(
            self.MODEL, self.tr("Model file"), self.tr("Anshim model (*.anshim)")),
            "The trained model, to use in 'Grade streets' and 'Simulate scenario'.")
        self.add_parameter(QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("Model card"), self.tr("HTML files (*.html)"), optional=True),
            "A page for council officers: data, method, metrics with baselines, factor importance, grades, limits.")
        self.addOutput(QgsProcessingOutputString(self.WARNINGS, self.tr("Warnings")))

    def process(self, parameters, context, feedback):
        from ..engine.model import modelfile
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        field_names = source.fields().names()
        factor_names = (compat.fields_parameter(self, parameters, self.FACTORS, context)
                        or default_factor_names(field_names))
        if not factor_names:
            raise QgsProcessingException(self.tr(
                "Segments layer has no safety factor fields: run 'Compute safety factors' on it first."))
        area_outputs = train_from_areas(  # None unless the segments carry crime counts per area (issue 26)
            self, parameters, context, feedback, source, factor_names, lambda: self._area_options(parameters, context))
        if area_outputs is not None:
            return area_outputs
        cut = cut_fields_warning(field_names, [factor.name for factor in names.FACTORS + names.HISTORY_FACTORS],
                                 names.CRIME_YEAR_PREFIX, layer_label(source, parameters, self.INPUT))
        if cut:
            feedback.pushWarning(cut)
        crime_fields = [name for name in field_names if name == names.CRIME_N or is_period_field(name)]
        if not crime_fields:
            raise QgsProcessingException(self.tr(
                "Segments layer has no crime_n field: run 'Compute safety factors' with a crime layer first."))
        group_field = self.parameterAsString(parameters, self.GROUP_FIELD, context) or names.STREET_ID
        if group_field not in field_names:
            # without streets, neighbouring 10 m pieces of one street would sit in training and test folds alike
            raise QgsProcessingException(self.tr(
                "Segments layer has no '{group_field}' field to keep each street in one validation fold: set "
                "GROUP_FIELD to the field identifying streets, or segment the streets with 'Segment "
                "streets'.").format(group_field=group_field))

        layer_name = self.tr("Segments")
        crs = working_crs(source, context, feedback, layer_name=layer_name)
        wanted = sorted({source.fields().lookupField(name) for name in factor_names + crime_fields +
                         [group_field] if name in field_names})
        lines, _, feature_ids, columns = read_lines(source, crs, context, feedback, wanted, layer_name,
                                                    direct_source(self, parameters, self.INPUT, context, crs))
        table = {name: column_as_float(columns[source.fields().lookupField(name)])
                 for name in factor_names + crime_fields}
        length_m = lines.lengths()
        groups = column_as_float(columns[source.fields().lookupField(group_field)])
        unknown = np.isnan(groups)
        if unknown.any():
            feedback.pushWarning(self.tr("{segments:,} segments have no {group_field}: each is its own validation "
                                         "group.").format(segments=np.count_nonzero(unknown), group_field=group_field))
            groups[unknown] = -1 - np.arange(np.count_nonzero(unknown))
        feedback.pushInfo(self.tr("Training on {segments:,} segments ({km:,.1f} km) with factors {factors}.").format(
            segments=len(feature_ids), km=length_m.sum() / 1000, factors=", ".join(factor_names)))
        settings = self._factor_settings(parameters, context)
        network = segment_end_nodes(lines, settings["snap_tolerance_m"])
        try:
            periods = list(counts_by_period(table))
            result = train_safety_model(
                table, factor_names, length_m, polyline_midpoints(lines), groups,
                train_years=self._periods(parameters, context, self.TRAIN_YEARS, periods),
                test_years=self._periods(parameters, context, self.TEST_YEARS, periods),
                shares=parse_shares(self.parameterAsString(parameters, self.GRADE_SHARES, context)),
                factor_settings=settings, network=network,
                seed=self.parameterAsInt(parameters, self.SEED, context),
                progress=self.engine_progress(feedback, 5, 95),
                synthetic_crimes=self.parameterAsBoolean(parameters, self.SYNTHETIC_CRIMES, context))
        except ValueError as error:
            raise QgsProcessingException(self.tr("Segments layer: {error}").format(
                error=message_of(error, translator))) from None
        warning_tr = translator(VALIDATION_CONTEXT)
        for note in result.manifest_extra.get("notes", []):
            feedback.pushInfo(translate_recorded(note, RECORDED_TEXTS, warning_tr))
        warnings = [translate_recorded(warning, RECORDED_TEXTS, warning_tr)
                    for warning in result.manifest_extra.get("warnings", [])]
        for warning in warnings:
            feedback.pushWarning(warning)
        self._report_metrics(result.manifest_extra, feedback)

        model_path = self.parameterAsFileOutput(parameters, self.MODEL, context)
        # e.g. a baseline that finds more crime than the model: scripts and models calling trainmodel see it too
        outputs = {self.MODEL: model_path, self.WARNINGS: "\n".join(warnings)}
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        # both files under temporary names first: the model is renamed into place once it loads back, then the card
        with ExitStack() as files:
            report_part = files.enter_context(written_whole(report_path)) if report_path else None
            with written_whole(model_path, check=load_model_file) as model_part:
                modelfile.save_model(model_part, result.model, result.manifest_extra)
                if report_part:
                    with open(report_part, "w", encoding="utf-8") as report_file:
                        # the card in QGIS's language (the engine's result holds the English one)
                        report_file.write(result.card_html(translator))
        if report_path:
            outputs[self.REPORT] = report_path
        return outputs

    def _periods(self, parameters, context, parameter_id, periods):
        """The segments' periods that TRAIN_YEARS or TEST_YEARS names (years, quarters, months), or None."""
        return select_periods(parse_periods(self.parameterAsString(parameters, parameter_id, context), parameter_id),
                              periods, parameter_id)

    def _area_options(self, parameters, context):  # training from crime counts per area (issue 26)
        return {"train_years": parse_years(self.parameterAsString(parameters, self.TRAIN_YEARS, context), "TRAIN_YEARS"),
                "test_years": parse_years(self.parameterAsString(parameters, self.TEST_YEARS, context), "TEST_YEARS"),
                "shares": parse_shares(self.parameterAsString(parameters, self.GRADE_SHARES, context)),
                "factor_settings": self._factor_settings(parameters, context),
                "seed": self.parameterAsInt(parameters, self.SEED, context),
                "synthetic_crimes": self.parameterAsBoolean(parameters, self.SYNTHETIC_CRIMES, context)}

    def _factor_settings(self, parameters, context):
        return {attribute: self.parameterAsDouble(parameters, parameter_id, context)
                for parameter_id, attribute, _, _, _ in DISTANCES + ADVANCED_DISTANCES}

    @staticmethod
    def _report_metrics(manifest, feedback):
        """One line per validation and ranking: ROC-AUC and PAI at 5 % of network length, next to the baselines."""
        for validation_name, validation in manifest["validation"].items():
            for ranking, metrics in ((validation or {}).get("scores") or {}).items():
                if metrics is None:
                    feedback.pushInfo(tr("{validation} · {ranking}: not available").format(
                        validation=validation_name, ranking=ranking))
                    continue
                at_5 = metrics["at_length_share"].get(share_key(0.05), {})
                feedback.pushInfo(tr("{validation} · {ranking}: ROC-AUC {roc_auc}, PAI at 5 % {pai}, hit rate "
                                     "{hit_rate}").format(validation=validation_name, ranking=ranking,
                                                          roc_auc=_format(metrics["roc_auc"]),
                                                          pai=_format(at_5.get("pai")),
                                                          hit_rate=_format(at_5.get("hit_rate"))))


def _format(value):
    return tr("n/a") if value is None else f"{value:.3f}"
