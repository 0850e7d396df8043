"""anshim:gradestreets — risk, grade 1–5 and the factors behind it for every segment, from a trained model."""
import os

import numpy as np
from qgis.core import (QgsProcessing, QgsProcessingException, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterFile, QgsProcessingUtils)
from qgis.PyQt.QtCore import QVariant

from ..engine.factors import fields as names
from ..engine.i18n import tr_noop
from ..engine.progress import Canceled
from ..qgis_io.i18n import translator
from ..qgis_io.layer_io import working_crs
from ..qgis_io.models import MODEL_PROPERTY, load_model_file, read_factor_table, record_model_in_geopackage
from ..qgis_io.ogr_source import direct_source
from ..qgis_io.styling import StyleOnLoad
from .base import AnshimAlgorithm

# one context per module, the algorithm's class name (self.tr looks texts up in it)
TR_CONTEXT = "GradeStreetsAlgorithm"

GRADE_WORDS = (tr_noop("safest"), tr_noop("safer"), tr_noop("middle"), tr_noop("less safe"), tr_noop("least safe"))
GRADE_COLUMNS = {names.RISK: QVariant.Double, names.GRADE: QVariant.Int, names.RISK_FACTOR: QVariant.String,
                 names.PROTECTIVE_FACTOR: QVariant.String}


class GradeStreetsAlgorithm(AnshimAlgorithm):
    INPUT = "INPUT"
    MODEL = "MODEL"
    OUTPUT = "OUTPUT"

    def name(self):
        return "gradestreets"

    def displayName(self):
        return self.tr("Grade streets")

    def group(self):
        return self.tr("Safety model")

    def groupId(self):
        return "safetymodel"

    def shortHelpString(self):
        return self.tr(
            "Gives every segment its predicted risk and a safety grade from 1 (safest) to 5 (least safe) with a "
            "model from 'Train safety model', and names the factors behind it. Needs only numpy: the model file "
            "holds plain arrays.\n\n"
            "Fields added: risk (calibrated probability of a crime on the segment in a period like the training "
            "one, 0–1), grade (1 safest … 5 least safe, by the thresholds fixed at training), risk_factor (the "
            "factor that raises this segment's risk most, e.g. 'few security lights') and protective_factor (the "
            "one that lowers it most, e.g. 'on a safe-return route'). The factors come from path attribution over "
            "the model's trees (Saabas): each split's change in predicted log-odds is credited to the split's "
            "factor. Words for cameras, lights, bells, guard houses, police boxes and routes follow the direction of "
            "their effect; for other factors they say whether the value is above or below the training median.\n\n"
            "The segments must carry every factor the model was trained on, computed with the same radii. The "
            "output is styled green → red when it loads. The path of the model file is recorded with the output (in "
            "the GeoPackage layer's metadata) so the planner dock finds the model without asking.")

    def initAlgorithm(self, config=None):
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Segments with safety factors"), [QgsProcessing.TypeVectorLine]),
            "Output of 'Compute safety factors'.")
        self.add_parameter(QgsProcessingParameterFile(
            self.MODEL, self.tr("Model file"), extension="anshim"), "A .anshim file from 'Train safety model'.")
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Graded segments"), QgsProcessing.TypeVectorLine),
            "The segments with risk, grade, risk_factor and protective_factor.")

    def process(self, parameters, context, feedback):
        from ..engine.model.explain import explain
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        model_path = os.path.abspath(self.parameterAsFile(parameters, self.MODEL, context))
        model, _ = load_model_file(model_path)
        layer_name = self.tr("Segments")
        crs = working_crs(source, context, feedback, layer_name=layer_name)
        direct = direct_source(self, parameters, self.INPUT, context, crs)
        lines, feature_ids, X, _ = read_factor_table(source, model, crs, context, feedback, layer_name, direct=direct)
        feedback.setProgress(30)
        raw, contributions = model.contributions(X)  # one pass over the trees gives both risk and words
        risk = model.risk_from_raw(raw)
        grade = model.grade(risk)
        # the words are written in QGIS's language (the layer is for the people who read this QGIS)
        risk_factor, protective_factor = explain(model, X, contributions, translator(names.TR_CONTEXT))
        if feedback.isCanceled():
            raise Canceled()
        self._log_grades(grade, lines.lengths(), feedback)

        values = (risk, grade, risk_factor, protective_factor)
        columns = {name: (kind, column) for (name, kind), column in zip(GRADE_COLUMNS.items(), values)}
        dest_id = self.write_segments_with_columns(parameters, self.OUTPUT, context, feedback, source, direct, crs,
                                                   lines, feature_ids, columns, (50, 100))
        self._record_model(dest_id, model_path, context, feedback)
        StyleOnLoad.attach(context, dest_id, "grades", {MODEL_PROPERTY: model_path})
        return {self.OUTPUT: dest_id}

    def _record_model(self, dest_id, model_path, context, feedback):
        """Say in the output which model graded it, so the planner dock finds the model without asking: in the
        GeoPackage layer's metadata, and as a custom property of the output layer object (memory outputs)."""
        if record_model_in_geopackage(dest_id, model_path):
            feedback.pushInfo(self.tr("The model path is recorded in the GeoPackage layer's metadata ({path}).")
                              .format(path=model_path))
        layer = QgsProcessingUtils.mapLayerFromString(dest_id, context)
        if layer is not None:
            layer.setCustomProperty(MODEL_PROPERTY, model_path)

    def _log_grades(self, grade, length_m, feedback):
        total_km = length_m.sum() / 1000
        for value, words in enumerate(GRADE_WORDS, start=1):
            km = length_m[grade == value].sum() / 1000
            feedback.pushInfo(self.tr("Grade {grade} ({words}): {km:,.2f} km ({share:.1f} % of length), {segments:,} "
                                      "segments").format(grade=value, words=self.tr(words), km=km,
                                                         share=100 * km / total_km,
                                                         segments=np.count_nonzero(grade == value)))
