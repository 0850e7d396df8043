"""Graded segments (the output of Grade streets) as arrays, for the route tools and the planner dock."""
from dataclasses import dataclass
from typing import Optional

import numpy as np
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ..engine.factors import fields as names
from ..engine.network.geometry import LineArrays
from .layer_io import column_as_float, read_lines

TR_CONTEXT = "AnshimGradedSegments"


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


@dataclass
class GradedSegments:
    """One value per segment: ``risk`` (0–1), ``grade`` (1–5), ``risk_factor`` words (or None without the field),
    ``seg_id`` (the layer's seg_id, else its feature id)."""

    lines: LineArrays
    feature_ids: np.ndarray
    risk: np.ndarray
    grade: np.ndarray
    risk_factor: Optional[np.ndarray]
    seg_id: np.ndarray


def read_graded_segments(source, crs, context, feedback, layer_name="Graded segments", direct=None):
    """The segments of ``source`` with their risk and grade, refused with a message naming the layer when a field
    is missing, a segment has no risk or grade, or a feature is multipart."""
    fields = source.fields()
    missing = [name for name in (names.RISK, names.GRADE) if fields.lookupField(name) < 0]
    if missing:
        raise QgsProcessingException(tr(
            "{layer} layer '{name}' has no field {fields}: give the output of 'Grade streets'.").format(
            layer=layer_name, name=source.sourceName(), fields=" / ".join(missing)))
    wanted = [names.RISK, names.GRADE] + [name for name in (names.RISK_FACTOR, names.SEG_ID)
                                          if fields.lookupField(name) >= 0]
    indices = [fields.lookupField(name) for name in wanted]
    lines, part_row, feature_ids, columns = read_lines(source, crs, context, feedback, indices, layer_name, direct)
    if len(feature_ids) == 0:
        raise QgsProcessingException(tr("{layer} layer '{name}' has no line geometries.").format(
            layer=layer_name, name=source.sourceName()))
    if len(part_row) != len(feature_ids):
        raise QgsProcessingException(tr(
            "{layer} layer '{name}' has multipart features: run 'Segment streets' on the streets and grade its "
            "output.").format(layer=layer_name, name=source.sourceName()))
    column = dict(zip(wanted, (columns[index] for index in indices)))
    risk, grade = column_as_float(column[names.RISK]), column_as_float(column[names.GRADE])
    unknown = ~np.isfinite(risk) | ~np.isfinite(grade)
    if unknown.any():
        raise QgsProcessingException(tr(
            "{layer} layer '{name}': {count} segments have no risk or grade. Grade every segment with 'Grade "
            "streets' first.").format(layer=layer_name, name=source.sourceName(), count=f"{int(unknown.sum()):,}"))
    risk_factor = (np.array(["" if value is None else str(value) for value in column[names.RISK_FACTOR]],
                            dtype=object) if names.RISK_FACTOR in column else None)
    seg_id = column_as_float(column[names.SEG_ID]) if names.SEG_ID in column else feature_ids.astype(np.float64)
    seg_id = np.where(np.isfinite(seg_id), seg_id, feature_ids).astype(np.int64)
    return GradedSegments(lines, feature_ids, risk, grade.astype(np.int64), risk_factor, seg_id)
