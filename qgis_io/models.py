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
    from ..engine.model.modelfile import ModelFileError, load_model
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
            "{layer_name} layer '{source_name}': {error}").format(layer_name=layer_name,
                source_name=source.sourceName(), error=message_of(error, translator))) from None
    indices = [source.fields().lookupField(name) for name in model.factor_names]
    extra = {name: source.fields().lookupField(name) for name in extra_fields if name in source.fields().names()}
    lines, _, feature_ids, columns = read_lines(source, crs, context, feedback, indices + list(extra.values()),
                                                layer_name, direct)
    if len(feature_ids) == 0:
        raise QgsProcessingException(tr("{layer_name} layer has no line geometries.").format(layer_name=layer_name))
    X = np.column_stack([column_as_float(columns[index]) for index in indices])
    _warn_of_missing_factor_values(X, model.factor_names, feedback, layer_name)
    return lines, feature_ids, X, {name: column_as_float(columns[index]) for name, index in extra.items()}


def _warn_of_missing_factor_values(X, factor_names, feedback, layer_name):
    """Count the segments with a factor that has no value (NULL, text) or an absurd one (beyond ±1e12)."""
    with np.errstate(invalid="ignore"):
        bad = ~np.isfinite(X) | (np.abs(X) > 1e12)
    if bad.any():
        names = [name for name, column in zip(factor_names, bad.T) if column.any()]
        feedback.pushWarning(tr(
            "{layer_name}: {count:,} of {total:,} segments have no usable value (NULL, text, infinite or beyond "
            "±10¹²) for factor(s) {names}: missing values are graded as the model learned to treat them, "
            "absurd ones as they are. Check the layer, or compute the factors again.").format(layer_name=layer_name, count=int(bad.any(axis=1).sum()),
                                                           total=len(X), names=", ".join(names)))


# Where a graded layer says which model graded it: a GeoPackage layer metadata item (survives copying the file)
# and a layer custom property (memory layers, and the layer object an algorithm output loads as).
MODEL_METADATA_KEY = "ANSHIM_MODEL"
MODEL_RELATIVE_METADATA_KEY = "ANSHIM_MODEL_RELATIVE"
MODEL_PROPERTY = "anshim/model_path"


def geopackage_table_of(uri):
    """``(GeoPackage path, table name or None)`` of an OGR layer URI or path; ``(None, None)`` for anything else."""
    from qgis.core import QgsProviderRegistry
    if not uri:
        return None, None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", uri)
    path = parts.get("path") or ""
    if not path.lower().endswith(".gpkg"):
        return None, None
    return path, parts.get("layerName") or None


def record_model_in_geopackage(uri, model_path):
    """Write ``model_path`` (absolute, and relative to the GeoPackage) into the metadata of the GeoPackage layer
    behind ``uri``; returns True when it was written. Other files are left as they are."""
    import os
    from osgeo import ogr
    path, table = geopackage_table_of(uri)
    if path is None or not os.path.exists(path):
        return False
    model_path = os.path.abspath(model_path)
    try:
        dataset = ogr.Open(path, update=1)
        layer = None if dataset is None else (dataset.GetLayerByName(table) if table else dataset.GetLayer(0))
        if layer is None:
            return False
        layer.SetMetadataItem(MODEL_METADATA_KEY, model_path)
        layer.SetMetadataItem(MODEL_RELATIVE_METADATA_KEY, os.path.relpath(model_path, os.path.dirname(path)))
    except RuntimeError:  # GDAL with exceptions on: a locked or read-only file
        return False
    finally:
        layer = dataset = None  # GDAL writes the metadata when the dataset closes
    return True


def recorded_model_path(layer):
    """The model file that graded ``layer``: its custom property, its GeoPackage metadata (absolute path, then the
    path relative to the GeoPackage), else the one ``.anshim`` file beside the GeoPackage; None when not found."""
    import glob
    import os
    candidates = [layer.customProperty(MODEL_PROPERTY) or ""]
    path, table = geopackage_table_of(layer.source()) if layer.providerType() == "ogr" else (None, None)
    if path is not None and os.path.exists(path):
        absolute, relative = _geopackage_metadata(path, table)
        candidates += [absolute, os.path.join(os.path.dirname(path), relative) if relative else ""]
    for candidate in candidates:
        if candidate and os.path.isfile(candidate):
            return os.path.abspath(candidate)
    if path is not None:
        beside = sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(path)), "*.anshim")))
        if len(beside) == 1:
            return beside[0]
    return None


def _geopackage_metadata(path, table):
    from osgeo import ogr
    try:
        dataset = ogr.Open(path)
        layer = None if dataset is None else (dataset.GetLayerByName(table) if table else dataset.GetLayer(0))
        if layer is None:
            return "", ""
        return (layer.GetMetadataItem(MODEL_METADATA_KEY) or "",
                layer.GetMetadataItem(MODEL_RELATIVE_METADATA_KEY) or "")
    except RuntimeError:
        return "", ""
    finally:
        layer = dataset = None
