"""anshim:stylegrades — apply Anshim's safety-grade style to a graded layer."""
import os

from qgis.core import (QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingOutputVectorLayer,
                       QgsProcessingParameterBoolean, QgsProcessingParameterEnum,
                       QgsProcessingParameterVectorLayer, QgsProcessing, QgsProviderRegistry)
from qgis.PyQt.QtCore import QCoreApplication

from ..qgis_io.styling import STYLES, apply_style
from .base import AnshimAlgorithm

# one context per module, the algorithm's class name: self.tr and tr look texts up in it
TR_CONTEXT = "StyleGradesAlgorithm"


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


STYLE_CHOICES = ("grades", "grade_change")
DATABASE_STYLE_NAME = "anshim"


class StyleGradesAlgorithm(AnshimAlgorithm):
    INPUT = "INPUT"
    STYLE = "STYLE"
    SAVE_AS_DEFAULT = "SAVE_AS_DEFAULT"
    OUTPUT = "OUTPUT"

    def name(self):
        return "stylegrades"

    def displayName(self):
        return self.tr("Style safety grades")

    def group(self):
        return self.tr("Safety model")

    def groupId(self):
        return "safetymodel"

    def flags(self):
        # styles a layer of the open project: must run on the main thread
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def shortHelpString(self):
        return self.tr(
            "Applies Anshim's safety-grade style to a layer with a 'grade' field: five classes from green to red "
            "whose legend says the direction in words — 1 safest, 2 safer, 3 middle, 4 less safe, 5 least safe "
            "(the national regional safety index's direction; some Korean maps use the opposite). Less safe "
            "segments are drawn wider and on top, so they stay readable at district scale.\n\n"
            "STYLE 'grade_change' styles a scenario result by its grade_change field instead, so improved segments "
            "stand out. With SAVE_AS_DEFAULT the style is also stored in the layer's GeoPackage as its default "
            "style, so the layer opens styled anywhere. Outputs of 'Grade streets' and 'Simulate scenario' are "
            "styled automatically when they load.")

    def initAlgorithm(self, config=None):
        self.add_parameter(QgsProcessingParameterVectorLayer(
            self.INPUT, self.tr("Graded segments"), [QgsProcessing.TypeVectorLine]),
            "A layer written by 'Grade streets' or 'Simulate scenario'.")
        self.add_parameter(QgsProcessingParameterEnum(
            self.STYLE, self.tr("Style"), options=[self.tr("Safety grade (grade)"),
                                                   self.tr("Grade change of a scenario (grade_change)")],
            defaultValue=0), "Which field to classify.")
        self.add_parameter(QgsProcessingParameterBoolean(
            self.SAVE_AS_DEFAULT, self.tr("Save as the layer's default style (GeoPackage)"), defaultValue=False),
            "Also store the style in the GeoPackage so the layer opens styled in any project.", advanced=True)
        self.addOutput(QgsProcessingOutputVectorLayer(self.OUTPUT, self.tr("Styled layer")))

    def process(self, parameters, context, feedback):
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        style = STYLE_CHOICES[self.parameterAsEnum(parameters, self.STYLE, context)]
        apply_style(layer, style)
        feedback.pushInfo(self.tr(
            "Applied {value} to '{layer_name}'.").format(value=STYLES[style][0], layer_name=layer.name()))
        if self.parameterAsBoolean(parameters, self.SAVE_AS_DEFAULT, context):
            self._save_as_default(layer, feedback)
        return {self.OUTPUT: layer.id()}

    @staticmethod
    def _save_as_default(layer, feedback):
        if layer.providerType() != "ogr" or ".gpkg" not in layer.source().lower():
            feedback.pushWarning(tr("SAVE_AS_DEFAULT needs a GeoPackage layer; the style was applied but not saved."))
            return
        path = QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).get("path") or ""
        if not (os.access(path, os.W_OK) and os.access(os.path.dirname(os.path.abspath(path)), os.W_OK)):
            # ST04: QGIS's own error was "Error looking for style. The query was logged"
            raise QgsProcessingException(tr(
                "Could not save the style into the GeoPackage {path}: the file or its folder is read-only. The style "
                "is applied to the layer in this project; to keep it in the file, make the file and its folder "
                "writable, or run without SAVE_AS_DEFAULT.").format(path=path))
        # QGIS 3.22 asks before overwriting a style of the same name, which blocks headless runs: replace it
        _, style_ids, style_names, _, _ = layer.listStylesInDatabase()
        for style_id, style_name in zip(style_ids, style_names):
            if style_name == DATABASE_STYLE_NAME:
                layer.deleteStyleFromDatabase(style_id)
        error = layer.saveStyleToDatabase(DATABASE_STYLE_NAME, tr("Anshim safety grades"), True, "")
        if error:
            raise QgsProcessingException(tr(
                "Could not save the style into {source}: {error}").format(source=layer.source(), error=error))
        feedback.pushInfo(tr("Saved as the layer's default style in its GeoPackage."))
