"""Model files and the factor tables they read: shared by the grading, scenario and briefing algorithms and the
planner dock."""
import numpy as np
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ..engine.i18n import message_of
from .i18n import translator
from .layer_io import column_as_float, read_lines

TR_CONTEXT = "Models"


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


def load_model_file(path):
    """The model and manifest in ``path``, or a QgsProcessingException that says why it was refused."""
    from ..engine.modelfile import ModelFileError, load_model
    try:
        return load_model(path)
    except (OSError, ModelFileError) as error:
        raise QgsProcessingException(tr("Model file '{path}' was refused: {error}").format(
            path=path, error=message_of(error, translator))) from None


def read_factor_table(source, model, crs, context, feedback, layer_name="Segments", extra_fields=(), direct=None):
    """``(lines, feature ids, X, extra)``: the model's factor columns as X, and ``extra_fields`` that exist as a
    dict of columns. A factor the model needs but the layer lacks is named in the error. ``direct`` reads the
    file with GDAL (see :func:`ogr_source.direct_source`)."""
    try:
        model.check_inputs(source.fields().names())
    except ValueError as error:
        raise QgsProcessingException(tr(
            "{layer_name} layer '{source_name}': {error}. Run 'Compute safety factors' "
            "with the layers the model was trained with.").format(layer_name=layer_name,
                source_name=source.sourceName(), error=message_of(error, translator))) from None
    indices = [source.fields().lookupField(name) for name in model.factor_names]
    extra = {name: source.fields().lookupField(name) for name in extra_fields if name in source.fields().names()}
    lines, _, feature_ids, columns = read_lines(source, crs, context, feedback, indices + list(extra.values()),
                                                layer_name, direct)
    if len(feature_ids) == 0:
        raise QgsProcessingException(tr("{layer_name} layer has no line geometries.").format(layer_name=layer_name))
    X = np.column_stack([column_as_float(columns[index]) for index in indices])
    return lines, feature_ids, X, {name: column_as_float(columns[index]) for name, index in extra.items()}
