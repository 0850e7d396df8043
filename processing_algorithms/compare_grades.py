"""anshim:comparegrades — this period's grades against the previous period's: what moved, and km by grade."""
import numpy as np
from qgis.core import (QgsFeature, QgsFeatureSink, QgsFields, QgsProcessing, QgsProcessingException,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterNumber, QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant

from ..engine.network.spatial import SegmentIndex
from ..engine.planning.grade_change import (CHANGE_WORDS, DEFAULT_MATCH_M, LESS_SAFE, NEW, SAFER, TR_CONTEXT as
                                            CHANGE_CONTEXT, compare, match_segments)
from ..qgis_io.graded import read_graded_segments
from ..qgis_io import compat
from ..qgis_io.i18n import translator
from ..qgis_io.layer_io import OutputGuard
from ..qgis_io.metric_crs import working_crs
from ..qgis_io.ogr_source import direct_source
from ..qgis_io.styling import StyleOnLoad
from .base import AnshimAlgorithm

TR_CONTEXT = "CompareGradesAlgorithm"


class CompareGradesAlgorithm(AnshimAlgorithm):
    REQUIRED_PACKAGES = ("scipy",)
    INPUT = "INPUT"
    PREVIOUS = "PREVIOUS"
    MATCH_M = "MATCH_M"
    OUTPUT = "OUTPUT"
    TABLE = "TABLE"

    def name(self):
        return "comparegrades"

    def displayName(self):
        return self.tr("Compare two gradings")

    def group(self):
        return self.tr("Planning")

    def groupId(self):
        return "planning"

    def shortHelpString(self):
        return self.tr(
            "This period's grades against the previous period's: which segments moved to a safer or a less safe "
            "grade, and km by grade before and after. Segments are matched by seg_id when both layers carry the same "
            "ids along the same streets, otherwise by position (the previous segment nearest to each midpoint within "
            "MATCH_M metres); an unmatched segment is new.\n\n"
            "OUTPUT: this period's segments with previous_grade, grade_change (negative = safer) and change (safer, "
            "same, less_safe, new), styled so moves stand out. TABLE: km by grade, previous and now.")

    def initAlgorithm(self, config=None):
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("This period's graded segments"), [QgsProcessing.TypeVectorLine]),
            "The output of 'Grade streets' for this period.")
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.PREVIOUS, self.tr("Previous period's graded segments"), [QgsProcessing.TypeVectorLine]),
            "The output of 'Grade streets' for the previous period.")
        self.add_parameter(QgsProcessingParameterNumber(
            self.MATCH_M, self.tr("Matching distance (m)"), QgsProcessingParameterNumber.Double,
            defaultValue=DEFAULT_MATCH_M, minValue=0.1, maxValue=50.0),
            "A segment takes the previous grade of the segment nearest to its midpoint within this distance.",
            advanced=True)
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Grade changes"), QgsProcessing.TypeVectorLine),
            "This period's segments with previous_grade, grade_change and change.")
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.TABLE, self.tr("Km by grade"), QgsProcessing.TypeVector, optional=True),
            "One row per grade: km previously and now.")

    def process(self, parameters, context, feedback):
        source, previous_source = (self.parameterAsSource(parameters, name, context)
                                   for name in (self.INPUT, self.PREVIOUS))
        for name, layer in ((self.INPUT, source), (self.PREVIOUS, previous_source)):
            if layer is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, name))
        crs = working_crs(source, context, feedback, layer_name=self.tr("This period's graded segments"))
        direct = direct_source(self, parameters, self.INPUT, context, crs)
        current = read_graded_segments(source, crs, context, feedback, self.tr("This period's graded segments"),
                                       direct)
        previous = read_graded_segments(previous_source, crs, context, feedback,
                                        self.tr("Previous period's graded segments"))
        feedback.setProgress(30)
        matched = match_segments(current.lines, SegmentIndex(previous.lines),
                                 self.parameterAsDouble(parameters, self.MATCH_M, context), current.seg_id,
                                 previous.seg_id)
        if not np.any(matched >= 0):
            raise QgsProcessingException(self.tr(
                "No segment of this period's layer lies on a segment of the previous period's: check that both "
                "cover the same streets and are in the right CRS."))
        result = compare(current.grade, current.lines.lengths(), previous.grade, previous.lines.lengths(), matched)
        self._log(result, feedback)
        outputs = {}
        if parameters.get(self.TABLE):
            outputs[self.TABLE] = self._write_table(parameters, context, result)
        words = translator(CHANGE_CONTEXT)
        columns = {"previous_grade": (QVariant.Int, result.previous_grade),
                   "grade_change": (QVariant.Int, result.grade_change),
                   "change": (QVariant.String, result.change.tolist()),
                   "change_text": (QVariant.String, [words(CHANGE_WORDS[value]) for value in result.change])}
        dest_id = self.write_segments_with_columns(parameters, self.OUTPUT, context, feedback, source, direct, crs,
                                                   current.lines, current.feature_ids, columns, (40, 100))
        StyleOnLoad.attach(context, dest_id, "grade_moves")
        outputs[self.OUTPUT] = dest_id
        return outputs

    def _log(self, result, feedback):
        counts = result.counts()
        feedback.pushInfo(self.tr("{safer:,} segments moved to a safer grade, {less_safe:,} to a less safe one; "
                                  "{new:,} are new.").format(safer=counts[SAFER], less_safe=counts[LESS_SAFE],
                                                             new=counts[NEW]))
        for grade in range(5):
            feedback.pushInfo(self.tr("Grade {grade}: {before:.2f} km before, {after:.2f} km now.").format(
                grade=grade + 1, before=result.km_before[grade], after=result.km_after[grade]))

    def _write_table(self, parameters, context, result):
        fields = QgsFields()
        for name, kind in (("grade", QVariant.Int), ("km_before", QVariant.Double), ("km_after", QVariant.Double)):
            fields.append(compat.field(name, kind))
        guard = OutputGuard(parameters, self.TABLE, context)
        sink, dest_id = self.parameterAsSink(parameters, self.TABLE, context, fields, QgsWkbTypes.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.TABLE))
        for grade in range(5):
            feature = QgsFeature(fields)
            feature.setAttributes([grade + 1, float(result.km_before[grade]), float(result.km_after[grade])])
            if not sink.addFeature(feature, QgsFeatureSink.FastInsert):  # pragma: no cover - disk full
                del sink
                guard.discard()
                raise QgsProcessingException(self.tr("The km-by-grade table could not be written."))
        return dest_id
