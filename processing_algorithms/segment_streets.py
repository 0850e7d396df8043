"""anshim:segmentstreets — split street centre-lines into segments of at most MAX_LENGTH metres."""
import numpy as np
from qgis.core import (QgsField, QgsFields, QgsProcessing, QgsProcessingException,
                       QgsProcessingParameterCrs, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterNumber)
from qgis.PyQt.QtCore import QVariant

from ..engine.factors import fields as names
from ..engine.network.segmentation import TR_CONTEXT as SEGMENTATION_CONTEXT, segment_streets
from ..qgis_io import compat
from ..qgis_io.geopackage import Coded
from ..qgis_io.i18n import translator
from ..qgis_io.layer_io import read_lines, working_crs
from ..qgis_io.layer_names import layer_label
from ..qgis_io.ogr_source import direct_source
from .base import AnshimAlgorithm, plain_values

SEGMENT_FIELDS = ((names.SEG_ID, QVariant.LongLong), (names.STREET_ID, QVariant.LongLong),
                  (names.SEQ, QVariant.Int), (names.LENGTH_M, QVariant.Double))


class SegmentStreetsAlgorithm(AnshimAlgorithm):
    REQUIRED_PACKAGES = ("scipy",)
    INPUT = "INPUT"
    MAX_LENGTH = "MAX_LENGTH"
    FIELDS = "FIELDS"
    TARGET_CRS = "TARGET_CRS"
    SNAP_TOLERANCE = "SNAP_TOLERANCE"
    OUTPUT = "OUTPUT"

    def name(self):
        return "segmentstreets"

    def displayName(self):
        return self.tr("Segment streets")

    def group(self):
        return self.tr("Street network")

    def groupId(self):
        return "streetnetwork"

    def shortHelpString(self):
        return self.tr(
            "Splits street centre-lines into segments of at most MAX_LENGTH metres (default 10 m), the unit every "
            "safety factor and grade is computed for.\n\n"
            "The network is noded first: wherever lines cross or touch (also without a shared vertex, as real "
            "road-address centre-lines do, and where a street end stops within SNAP_TOLERANCE of another line), a "
            "segment boundary falls, so no segment straddles a junction. Each piece between junctions is then cut "
            "into ceil(L / MAX_LENGTH) equal parts, so no segment is shorter than half of MAX_LENGTH unless its "
            "whole piece is. Multipart lines are split into parts; duplicate vertices, zero-length and invalid "
            "geometries are dropped and counted in the log. Total length is preserved.\n\n"
            "MAX_LENGTH and length_m are metres on the ground: input in degrees, in feet or another unit, or in a "
            "CRS whose scale at the layer's centre is more than 1 % off (Web Mercator) is projected to its local "
            "UTM zone (or TARGET_CRS if given); the log says which.\n\n"
            "Output fields: seg_id (unique, fresh), street_id (the source feature's id, for validation grouped by "
            "street), seq (1, 2, … along the piece), length_m, and copies of the source fields picked in FIELDS.")

    def initAlgorithm(self, config=None):
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Street centre-lines"), [QgsProcessing.TypeVectorLine]),
            "Street centre-line layer (lines or multilines).")
        self.add_parameter(QgsProcessingParameterNumber(
            self.MAX_LENGTH, self.tr("Maximum segment length (m)"), QgsProcessingParameterNumber.Double,
            defaultValue=10.0, minValue=0.01),
            "Longest segment in metres. Pieces between junctions are cut into equal parts no longer than this.")
        self.add_parameter(QgsProcessingParameterField(
            self.FIELDS, self.tr("Fields to copy from the streets"), parentLayerParameterName=self.INPUT,
            allowMultiple=True, optional=True),
            "Source attributes copied to every segment (e.g. road name, class, width).")
        self.add_parameter(QgsProcessingParameterCrs(
            self.TARGET_CRS, self.tr("Target CRS (metric)"), optional=True),
            "Projected CRS in metres, true to scale where the streets lie, for the output. Default: the input's "
            "CRS, or its local UTM zone when that is in degrees or feet or more than 1 % off scale.", advanced=True)
        self.add_parameter(QgsProcessingParameterNumber(
            self.SNAP_TOLERANCE, self.tr("Junction snapping tolerance (m)"), QgsProcessingParameterNumber.Double,
            defaultValue=0.5, minValue=0.0),
            "A street end this close to another line makes a junction there (the other line is split at the "
            "nearest point; no vertex is moved).", advanced=True)
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Segments"), QgsProcessing.TypeVectorLine),
            "Street segments of at most the maximum length.")

    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        max_length_m = self.parameterAsDouble(parameters, self.MAX_LENGTH, context)
        if max_length_m <= 0:
            raise QgsProcessingException(self.tr("MAX_LENGTH must be greater than 0 m."))
        target_crs = self.parameterAsCrs(parameters, self.TARGET_CRS, context)
        layer_name = self.tr("Street centre-lines")
        crs = working_crs(source, context, feedback, target_crs, layer_name)

        copied_names = compat.fields_parameter(self, parameters, self.FIELDS, context)
        copied_indices = [source.fields().lookupField(name) for name in copied_names]
        feedback.pushInfo(self.tr("Reading streets…"))
        lines, part_row, feature_ids, columns = read_lines(
            source, crs, context, feedback, copied_indices if copied_indices else None, layer_name,
            direct_source(self, parameters, self.INPUT, context, crs))
        if len(lines) == 0:
            raise QgsProcessingException(
                self.tr("Street centre-lines layer has no line geometries: nothing to segment."))

        segments = segment_streets(
            lines, part_row, max_length_m, self.parameterAsDouble(parameters, self.SNAP_TOLERANCE, context),
            progress=self.engine_progress(feedback, 5, 45))
        for message in segments.report.messages(translator(SEGMENTATION_CONTEXT)):
            feedback.pushInfo(message)
        if segments.report.duplicate_lines:
            feedback.pushWarning(self.tr(
                "Street centre-lines layer '{layer}': {count} line(s) have exactly the vertices of another line (the "
                "same street given twice), so the network and every factor count those streets twice. Remove them "
                "(Vector geometry ‣ Delete duplicate geometries) and segment again.").format(
                    layer=layer_label(source, parameters, self.INPUT), count=segments.report.duplicate_lines))
        if len(segments.lines) == 0:
            raise QgsProcessingException(self.tr(
                "Street centre-lines layer: no street segment is left, every line was dropped (see the counts "
                "above: zero-length, not finite or invalid). Check the layer's geometries and its CRS."))

        fields = self._output_fields(source.fields(), copied_names)
        dest_id = self.write_new_lines(parameters, self.OUTPUT, context, feedback, fields, crs, segments.lines,
                                       self._columns(segments, feature_ids, columns, copied_indices), (45, 100))
        return {self.OUTPUT: dest_id}

    @staticmethod
    def _output_fields(source_fields, copied_names):
        fields = QgsFields()
        for name, kind in SEGMENT_FIELDS:
            fields.append(compat.field(name, kind))
        taken = {name for name, _ in SEGMENT_FIELDS} | {"fid"}
        for name in copied_names:
            field = QgsField(source_fields.field(name))
            if name.lower() in taken:
                field.setName(f"src_{name}")  # a copied "fid" or "seg_id" would clash with ours
            fields.append(field)
        return fields

    @staticmethod
    def _columns(segments, feature_ids, columns, copied_indices):
        """The output's columns: ours, then the copied fields, numbers repeated per segment with numpy and other
        values coded by street line (a street's name is looked up once per segment inside SQLite)."""
        line = segments.feature_index
        ours = [np.arange(1, len(line) + 1, dtype=np.int64), np.asarray(feature_ids, dtype=np.int64)[line],
                segments.seq, segments.length_m]
        copied = (columns[index] for index in copied_indices)
        return ours + [column[line] if isinstance(column, np.ndarray) else Coded(line, plain_values(column))
                       for column in copied]
