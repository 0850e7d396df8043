"""anshim:saferoute — the shortest and the safest walking route between origin and destination points."""
import numpy as np
from qgis.core import (QgsFields, QgsProcessing, QgsProcessingException, QgsProcessingOutputNumber,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterNumber)
from qgis.PyQt.QtCore import QVariant

from ..engine.network.geometry import LineArrays
from ..engine.progress import Canceled
from ..engine.network.routes import DEFAULT_MAX_DETOUR, OK, TR_CONTEXT as ROUTES_TR_CONTEXT, SegmentGraph, route_pairs
from ..qgis_io import compat
from ..qgis_io.graded import read_graded_segments
from ..qgis_io.i18n import translator
from ..qgis_io.layer_io import read_points, working_crs
from ..qgis_io.layer_names import layer_label
from ..qgis_io.ogr_source import direct_source
from .base import AnshimAlgorithm

OUTPUT_FIELDS = (("pair", QVariant.String), ("route", QVariant.String), ("length_m", QVariant.Double),
                 ("exposure", QVariant.Double), ("km_grade_4_5", QVariant.Double), ("detour", QVariant.Double))


class SafeRouteAlgorithm(AnshimAlgorithm):
    REQUIRED_PACKAGES = ("scipy",)
    INPUT = "INPUT"
    ORIGINS = "ORIGINS"
    DESTINATIONS = "DESTINATIONS"
    PAIR_FIELD = "PAIR_FIELD"
    MAX_DETOUR = "MAX_DETOUR"
    OUTPUT = "OUTPUT"
    FAILED_PAIRS = "FAILED_PAIRS"

    def name(self):
        return "saferoute"

    def displayName(self):
        return self.tr("Safest walking route")

    def group(self):
        return self.tr("Planning")

    def groupId(self):
        return "planning"

    def shortHelpString(self):
        return self.tr(
            "Finds, for each origin–destination pair, the shortest walking route over the graded street segments "
            "and the safest one that is at most MAX_DETOUR times as long (default 1.25).\n\n"
            "Exposure of a route is the sum of the risk of the segments it walks, a segment walked in part counted "
            "by the share walked. The network joins segment ends within 0.5 m. Origins and destinations snap to "
            "the nearest point of the nearest segment within 100 m. Method: nodes that cannot lie on a route within "
            "the detour are pruned (two Dijkstra runs), then exposure is minimised under the length limit by "
            "Lagrangian relaxation over length, and any gap left is closed exactly by a label-setting search.\n\n"
            "Pairs go by feature order, or by a PAIR_FIELD present in both layers. Output: two lines per pair, "
            "route = shortest and safest, with pair, length_m, exposure, km_grade_4_5 and detour (length over the "
            "shortest's). A pair whose point lies more than 100 m from every segment, or whose points the network "
            "does not connect, is named in the log and counted in FAILED_PAIRS.")

    def initAlgorithm(self, config=None):
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Graded segments"), [QgsProcessing.TypeVectorLine]),
            "Output of 'Grade streets': segments with risk and grade.")
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.ORIGINS, self.tr("Origins"), [QgsProcessing.TypeVectorPoint]),
            "Start points, e.g. bus stops or station exits.")
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.DESTINATIONS, self.tr("Destinations"), [QgsProcessing.TypeVectorPoint]),
            "End points, e.g. homes or housing blocks.")
        self.add_parameter(QgsProcessingParameterField(
            self.PAIR_FIELD, self.tr("Pair field (in both layers)"), parentLayerParameterName=self.ORIGINS,
            optional=True),
            "An origin goes with the destination of the same value in this field; empty: by feature order.")
        self.add_parameter(QgsProcessingParameterNumber(
            self.MAX_DETOUR, self.tr("Maximum detour (times the shortest)"), QgsProcessingParameterNumber.Double,
            defaultValue=DEFAULT_MAX_DETOUR, minValue=1.0),
            "The safest route is at most this many times as long as the shortest.")
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Walking routes"), QgsProcessing.TypeVectorLine),
            "Two lines per pair: route = shortest and safest.")
        self.addOutput(QgsProcessingOutputNumber(self.FAILED_PAIRS, self.tr("Pairs without a route")))

    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        crs = working_crs(source, context, feedback, layer_name=self.tr("Graded segments"))
        graded = read_graded_segments(source, crs, context, feedback, self.tr("Graded segments"),
                                      direct_source(self, parameters, self.INPUT, context, crs))
        pairs, origins_xy, destinations_xy = self._pairs(parameters, context, feedback, crs)
        feedback.setProgress(10)
        graph = SegmentGraph.from_segments(graded.lines)
        max_detour = self.parameterAsDouble(parameters, self.MAX_DETOUR, context)
        results = route_pairs(graph, graded.risk, origins_xy, destinations_xy, max_detour, graded.grade,
                              self.engine_progress(feedback, 10, 90), translator(ROUTES_TR_CONTEXT))
        lines, rows, failed = [], [], 0
        for pair, result in zip(pairs, results):
            if result.status != OK:
                failed += 1
                feedback.pushWarning(self.tr("Pair {pair}: no route. {reason}").format(pair=pair,
                                                                                       reason=result.message))
                continue
            if not result.exact:
                feedback.pushWarning(self.tr(
                    "Pair {pair}: the exact search stopped at its label limit; the safest route shown is within "
                    "{gap:.1f} % of the least exposure possible.").format(
                    pair=pair, gap=100.0 * (1.0 - result.lower_bound / result.safest.exposure)))
            if result.shortest.length_m <= 0.0:
                failed += 1
                feedback.pushWarning(self.tr("Pair {pair}: origin and destination snap to the same point.").format(
                    pair=pair))
                continue
            for kind, path in (("shortest", result.shortest), ("safest", result.safest)):
                lines.append(path.vertices(graph))
                rows.append([pair, kind, round(path.length_m, 2), round(path.exposure, 6),
                             round(path.km_grade_4_5, 4), round(path.length_m / result.shortest.length_m, 4)])
        if feedback.isCanceled():
            raise Canceled()
        self._log_summary(results, failed, feedback)
        if not lines:
            raise QgsProcessingException(self.tr(
                "No origin–destination pair could be routed (see the messages above): nothing was written. Check "
                "that the origins and destinations lie within 100 m of the graded streets."))
        fields = QgsFields()
        for name, kind in OUTPUT_FIELDS:
            fields.append(compat.field(name, kind))
        columns = [list(column) for column in zip(*rows)] if rows else [[] for _ in OUTPUT_FIELDS]
        dest_id = self.write_new_lines(parameters, self.OUTPUT, context, feedback, fields, crs,
                                       LineArrays.from_list(lines), columns, (90, 100))
        return {self.OUTPUT: dest_id, self.FAILED_PAIRS: failed}

    def _pairs(self, parameters, context, feedback, crs):
        """``(pair labels, origin xy, destination xy)``: by PAIR_FIELD values, else by feature order."""
        origins = self._points(parameters, self.ORIGINS, self.tr("Origins"), context, feedback, crs)
        destinations = self._points(parameters, self.DESTINATIONS, self.tr("Destinations"), context, feedback, crs)
        pair_field = self.parameterAsString(parameters, self.PAIR_FIELD, context)
        if not pair_field:
            if len(origins[0]) != len(destinations[0]):
                feedback.pushWarning(self.tr(
                    "{origins} origins and {destinations} destinations: the first {pairs} of each are paired by "
                    "feature order, the rest have no partner.").format(
                    origins=len(origins[0]), destinations=len(destinations[0]),
                    pairs=min(len(origins[0]), len(destinations[0]))))
            n = min(len(origins[0]), len(destinations[0]))
            return [str(k + 1) for k in range(n)], origins[0][:n], destinations[0][:n]
        origin_keys = self._keys(parameters, self.ORIGINS, pair_field, origins[1], context)
        destination_keys = self._keys(parameters, self.DESTINATIONS, pair_field, destinations[1], context)
        destination_of = {}
        for row, key in enumerate(destination_keys):
            destination_of.setdefault(key, row)
        self._warn_repeated(parameters, self.DESTINATIONS, context, pair_field, destination_keys, feedback, self.tr(
            "Destinations layer '{layer}': {count} {field} value(s) are shared by two or more destinations "
            "({values}); each such pair is routed to its first destination only. Give every destination its own "
            "{field} value."))
        self._warn_repeated(parameters, self.ORIGINS, context, pair_field, origin_keys, feedback, self.tr(
            "Origins layer '{layer}': {count} {field} value(s) are shared by two or more origins ({values}); each "
            "of those origins is routed, and their routes carry the same pair value. Give every origin its own "
            "{field} value."))
        labels, origin_rows, destination_rows = [], [], []
        for row, key in enumerate(origin_keys):
            if key not in destination_of:
                feedback.pushWarning(self.tr("Origin with {field} = {value} has no destination of the same value.")
                                     .format(field=pair_field, value=key))
                continue
            labels.append(key)
            origin_rows.append(row)
            destination_rows.append(destination_of[key])
        return (labels, origins[0][np.array(origin_rows, dtype=np.int64)],
                destinations[0][np.array(destination_rows, dtype=np.int64)])

    def _warn_repeated(self, parameters, name, context, pair_field, keys, feedback, sentence):
        """R00: a pair value given to two features of one layer used the first silently."""
        values, counts = np.unique(np.array([str(key) for key in keys], dtype=object), return_counts=True)
        repeated = values[counts > 1]
        if len(repeated):
            feedback.pushWarning(sentence.format(
                layer=layer_label(self.parameterAsSource(parameters, name, context), parameters, name),
                count=len(repeated), field=pair_field, values=", ".join(f"'{value}'" for value in repeated[:5])))

    def _points(self, parameters, name, label, context, feedback, crs):
        """``(xy, feature id)`` of one point per feature (the first part of a multipoint)."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        xy, point_row, feature_ids, _ = read_points(source, crs, context, feedback, layer_name=label)
        first = np.r_[True, np.diff(point_row) != 0] if len(point_row) else np.zeros(0, dtype=bool)
        if np.count_nonzero(first) != len(point_row):
            feedback.pushWarning(self.tr("{layer}: multipoint features use their first point.").format(layer=label))
        return xy[first], feature_ids[point_row[first]]

    def _keys(self, parameters, name, pair_field, feature_ids, context):
        source = self.parameterAsSource(parameters, name, context)
        index = source.fields().lookupField(pair_field)
        if index < 0:
            raise QgsProcessingException(self.tr(
                "PAIR_FIELD '{field}' is not a field of the {layer} layer '{source}': give a field present in both "
                "layers, or leave it empty to pair by feature order.").format(
                field=pair_field, layer=name.lower(), source=source.sourceName()))
        from qgis.core import QgsFeatureRequest
        request = QgsFeatureRequest().setFilterFids([int(fid) for fid in feature_ids]).setSubsetOfAttributes([index])
        value_of = {feature.id(): feature.attributes()[index] for feature in source.getFeatures(request)}
        return [str(value_of[int(fid)]) for fid in feature_ids]

    def _log_summary(self, results, failed, feedback):
        routed = [result for result in results if result.status == OK and result.shortest.length_m > 0.0]
        if routed:
            reduction = np.median([result.exposure_reduction for result in routed])
            detour = np.median([result.detour for result in routed])
            feedback.pushInfo(self.tr(
                "{routed} pairs routed: the safest route's exposure is a median {reduction:.0f} % below the "
                "shortest's, at a median detour of {detour:.2f}.").format(
                routed=len(routed), reduction=100.0 * reduction, detour=detour))
        if failed:
            feedback.pushWarning(self.tr("{failed} of {total} pairs have no route (see the messages above).").format(
                failed=failed, total=len(results)))
