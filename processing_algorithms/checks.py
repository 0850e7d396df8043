"""Checks every Anshim algorithm makes before any work, through :class:`base.AnshimAlgorithm`: numbers are finite and
in range (the message states the range), named fields exist, and every output can be written."""
import math
import os
import tempfile

from qgis.core import (QgsExpression, QgsProcessingParameterExpression, QgsProcessingParameterField,
                       QgsProcessingParameterNumber, QgsProperty)
from qgis.PyQt.QtCore import QCoreApplication

from ..qgis_io import compat
from ..qgis_io.destinations import output_places
from ..qgis_io.layer_names import layer_label

TR_CONTEXT = "AnshimChecks"
_UNBOUNDED = 1e300
_INT_MAX = 2 ** 31 - 1
QgsFeatureRequestAllAttributes = "#!allattributes!#"  # QgsFeatureRequest::ALL_ATTRIBUTES  # QGIS's default minimum and maximum are ±DBL_MAX


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


def number_problem(algorithm, parameters, context):
    """The first numeric parameter given a value that is not a finite number in its range, as a sentence; None when
    every number is fine."""
    for definition in algorithm.parameterDefinitions():
        if not isinstance(definition, QgsProcessingParameterNumber):
            continue
        value = parameters.get(definition.name())
        if value is None or value == "" or isinstance(value, QgsProperty):
            continue
        try:
            number = float(value)
        except (TypeError, ValueError):
            return _out_of_range(definition, value)
        whole = definition.dataType() == QgsProcessingParameterNumber.Integer
        low, high = _bounds(definition)
        if not math.isfinite(number) or not low <= number <= high or (whole and number != int(number)):
            return _out_of_range(definition, value)
    return None


def _out_of_range(definition, value):
    whole = definition.dataType() == QgsProcessingParameterNumber.Integer
    low, high = _bounds(definition)
    low_text, high_text = _number_text(low, whole), _number_text(high, whole)
    if low > -_UNBOUNDED and high < _UNBOUNDED:
        allowed = (tr("a whole number from {low} to {high}") if whole else tr("a number from {low} to {high}")).format(
            low=low_text, high=high_text)
    elif low > -_UNBOUNDED:
        allowed = (tr("a whole number of at least {low}") if whole else tr("a number of at least {low}")).format(
            low=low_text)
    elif high < _UNBOUNDED:
        allowed = (tr("a whole number of at most {high}") if whole else tr("a number of at most {high}")).format(
            high=high_text)
    else:
        allowed = tr("a whole number") if whole else tr("a finite number")
    return tr("{parameter} ({description}) is {value}: it must be {allowed}.").format(
        parameter=definition.name(), description=definition.description(), value=value, allowed=allowed)


def _bounds(definition):
    """The parameter's range; a whole number also within what QGIS hands over as an int (32 bits)."""
    low, high = definition.minimum(), definition.maximum()
    if definition.dataType() == QgsProcessingParameterNumber.Integer:
        low, high = max(low, -_INT_MAX), min(high, _INT_MAX)
    return low, high


def _number_text(number, whole):
    if whole or number == int(number) and abs(number) < 1e15:
        return f"{int(number):,}"
    return f"{number:,g}"


def field_problem(algorithm, parameters, context):
    """The first field parameter naming a field its layer does not have, as a sentence (with the fields there)."""
    for definition in algorithm.parameterDefinitions():
        if not isinstance(definition, QgsProcessingParameterField) or not parameters.get(definition.name()):
            continue
        wanted = compat.fields_parameter(algorithm, parameters, definition.name(), context)
        parent = definition.parentLayerParameterName()
        if not wanted or not parent or parameters.get(parent) is None:
            continue
        source = algorithm.parameterAsSource(parameters, parent, context)
        if source is None:
            continue  # the algorithm refuses the missing layer with its own message
        fields = source.fields().names()
        missing = [name for name in wanted if name not in fields]
        if missing:
            return tr("{parameter} ({description}): layer '{layer}' has no field {missing}. Its fields are: "
                      "{fields}. Give each field as its own value (FIELDS=a FIELDS=b with qgis_process).").format(
                parameter=definition.name(), description=definition.description(),
                layer=layer_label(source, parameters, parent), missing=", ".join(f"'{name}'" for name in missing), fields=", ".join(fields) or "-")
        problem = _text_field_problem(definition, source, wanted, layer_label(source, parameters, parent))
        if problem:
            return problem
    return None


def _text_field_problem(definition, source, wanted, label):
    """A sentence when a parameter that takes numbers names fields holding text (T07 said "have no values")."""
    if definition.dataType() != QgsProcessingParameterField.Numeric:
        return None
    layer_fields = source.fields()
    text = [name for name in wanted if not layer_fields.field(name).isNumeric()]
    if not text:
        return None
    numeric = [field.name() for field in layer_fields if field.isNumeric()]
    return tr("{parameter} ({description}): field {text} of layer '{layer}' holds text ({kind}), but this parameter "
              "needs numbers. Choose numeric fields; the layer's numeric fields are: {numeric}.").format(
        parameter=definition.name(), description=definition.description(),
        text=", ".join(f"'{name}'" for name in text), layer=label,
        kind=", ".join(sorted({layer_fields.field(name).typeName() for name in text})),
        numeric=", ".join(numeric) or "-")


def expression_problem(algorithm, parameters, context):
    """The first expression (a filter) that does not parse or names a field its layer lacks, as a sentence.
    QGIS hands an expression with a syntax error over as an empty one, so the filter was silently dropped."""
    for definition in algorithm.parameterDefinitions():
        if not isinstance(definition, QgsProcessingParameterExpression):
            continue
        text = parameters.get(definition.name())
        if not isinstance(text, str) or not text.strip():
            continue
        expression = QgsExpression(text)
        label = tr("{parameter} ({description})").format(parameter=definition.name(),
                                                        description=definition.description())
        if expression.hasParserError():
            return tr("{label}: '{text}' is not a valid expression: {error}").format(
                label=label, text=text, error=expression.parserErrorString())
        parent = definition.parentLayerParameterName()
        source = algorithm.parameterAsSource(parameters, parent, context) if parent and parameters.get(parent) \
            else None
        if source is None:
            continue
        fields = source.fields().names()
        missing = sorted(set(expression.referencedColumns()) - set(fields) - {QgsFeatureRequestAllAttributes})
        if missing:
            return tr("{label}: '{text}' names field {missing}, which layer '{layer}' does not have. Its fields "
                      "are: {fields}.").format(label=label, text=text, missing=", ".join(f"'{m}'" for m in missing),
                                               layer=layer_label(source, parameters, parent), fields=", ".join(fields) or "-")
    return None


def unwritable_output(algorithm, parameters, context, extra_outputs=()):
    """The first output that cannot be written where it is asked for, as a sentence; None when all can."""
    for parameter_id, place in list(output_places(algorithm, parameters, context)) + list(extra_outputs):
        problem = path_problem(place.path)
        if problem:
            return tr("{parameter}: cannot write '{path}': {problem} Choose another place; nothing was "
                      "computed.").format(parameter=parameter_id, path=place.path, problem=problem)
    return None


def path_problem(path):
    """Why a file cannot be written at ``path``, as a sentence, or None."""
    path = os.path.abspath(path)
    folder = os.path.dirname(path)
    if os.path.isdir(path):
        return tr("it is a folder; give a file name.")
    if not os.path.isdir(folder) or not _can_create_in(folder):
        return tr("the folder '{folder}' does not exist or is not writable.").format(folder=folder)
    if os.path.exists(path) and not os.access(path, os.W_OK):
        return tr("the file exists and is read-only.")
    return None


def _can_create_in(folder):
    """Whether a file can really be made in ``folder`` (permissions, a read-only mount, /proc …)."""
    try:
        handle, probe = tempfile.mkstemp(prefix=".anshim-probe-", dir=folder)
    except OSError:
        return False
    os.close(handle)
    os.remove(probe)
    return True
