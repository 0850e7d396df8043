"""What every Anshim algorithm shares: naming, help, icon, dependency checks, progress and cancellation."""
import importlib.util
import traceback

from qgis.core import (Qgis, QgsFeatureSink, QgsMessageLog, QgsProcessingAlgorithm, QgsProcessingException,
                       QgsProcessingParameterDefinition, QgsWkbTypes)
from qgis.PyQt.QtCore import QCoreApplication, QVariant
from qgis.PyQt.QtGui import QIcon

from ..engine.factors import fields as names
from ..engine.dependencies import TR_CONTEXT as DEPENDENCIES_CONTEXT, MissingDependency
from ..engine.i18n import message_of
from ..engine.progress import Canceled
from ..qgis_io import geopackage
from ..qgis_io.destinations import refuse_outputs_over_inputs
from ..qgis_io.i18n import translator
from ..qgis_io.layer_io import OutputGuard, fields_with_columns, write_lines, write_with_columns
from ..qgis_io.message_log import LOG_TAG
from ..resources import resource_path
from . import checks

TR_CONTEXT = "AnshimAlgorithm"


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


class AnshimAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses implement ``initAlgorithm`` and ``process`` (not ``processAlgorithm``)."""

    #: Import names of the optional packages the algorithm needs, checked before it runs.
    REQUIRED_PACKAGES = ()

    def createInstance(self):
        return type(self)()

    def tr(self, text):
        """``text`` in QGIS's language, looked up in the context named after the algorithm's class (one context
        per algorithm module; scripts/i18n.py extracts ``self.tr("…")`` calls with that context)."""
        return QCoreApplication.translate(type(self).__name__, text)

    def icon(self):
        return QIcon(resource_path("icons", "anshim.svg"))

    def helpUrl(self):
        return "https://github.com/anshim-cpted/anshim#algorithms"

    def missing_packages(self):
        return [name for name in self.REQUIRED_PACKAGES if importlib.util.find_spec(name) is None]

    def canExecute(self):
        missing = self.missing_packages()
        if missing:
            return False, MissingDependency(missing[0]).message(translator(DEPENDENCIES_CONTEXT))
        return True, ""

    def add_parameter(self, parameter, help_text, advanced=False):
        """Add ``parameter`` with its help text; expert parameters go under "Advanced parameters". A literal
        ``help_text`` is extracted for translation in the class's context (scripts/i18n.py) and translated here; a
        text already translated by the caller passes through unchanged."""
        parameter.setHelp(self.tr(help_text))
        if advanced:
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(parameter)

    def processAlgorithm(self, parameters, context, feedback):
        missing = self.missing_packages()
        if missing:
            raise QgsProcessingException(MissingDependency(missing[0]).message(translator(DEPENDENCIES_CONTEXT)))
        try:
            self.check_before_work(parameters, context)
            return self.process(parameters, context, feedback)
        except Canceled:
            raise QgsProcessingException(tr("Cancelled by the user: no output was written.")) from None
        except MissingDependency as error:
            raise QgsProcessingException(error.message(translator(DEPENDENCIES_CONTEXT))) from None
        except QgsProcessingException:
            raise
        except Exception as error:  # noqa: BLE001 (never a traceback: the sentence, with the details in the log)
            QgsMessageLog.logMessage(traceback.format_exc(), LOG_TAG, Qgis.Critical)
            raise QgsProcessingException(tr(
                "{algorithm} stopped: {error} Nothing it wrote in this run is complete. The details are in the "
                "'{tab}' tab of the log messages.").format(algorithm=self.displayName(), tab=LOG_TAG,
                                                           error=_sentence(message_of(error, translator)))) from None

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS's name)
        """QGIS's checks, after Anshim's own that say what range a number must be in (QGIS lets NaN through)."""
        problem = checks.number_problem(self, parameters, context)
        if problem:
            return False, problem
        return super().checkParameterValues(parameters, context)

    def check_before_work(self, parameters, context):
        """Refuse, before any work, numbers out of range, fields the layer lacks, outputs that would replace an
        input and outputs that cannot be written."""
        side = self.side_outputs(parameters, context)
        problem = (checks.number_problem(self, parameters, context) or checks.field_problem(self, parameters, context)
                   or checks.expression_problem(self, parameters, context))
        if problem:
            raise QgsProcessingException(problem)
        refuse_outputs_over_inputs(self, parameters, context, side)
        problem = checks.unwritable_output(self, parameters, context, side)
        if problem:
            raise QgsProcessingException(problem)

    def process(self, parameters, context, feedback):
        raise NotImplementedError

    def side_outputs(self, parameters, context):
        """``(parameter id, destinations.Place)`` of files a run writes besides its declared outputs, so the check
        that no output replaces an input covers them too (default: none)."""
        return ()

    @staticmethod
    def engine_progress(feedback, start=0.0, end=100.0):
        """A progress callable for engine functions: maps 0–1 onto ``start``–``end`` % and raises on Cancel."""
        def progress(fraction):
            if feedback.isCanceled():
                raise Canceled()
            feedback.setProgress(start + (end - start) * fraction)
        return progress

    def write_line_sink(self, parameters, name, context, fields, crs, write, feedback=None,
                        wkb_type=QgsWkbTypes.LineString):
        """Create the line output ``name``, fill it with ``write(sink)`` and return its destination id.

        Feature ids are regenerated (a copied GeoPackage ``fid`` would clash); a run cancelled or failing while
        writing deletes the file it created, so nothing half-written looks complete.
        """
        guard = OutputGuard(parameters, name, context)
        self._warn_of_cut_field_names(guard.path, fields, name, feedback)
        sink, dest_id = self.parameterAsSink(parameters, name, context, fields, wkb_type, crs,
                                             QgsFeatureSink.RegeneratePrimaryKey)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        try:
            write(sink)
        except BaseException:  # cancelled or failed: nothing half written may look complete
            del sink
            guard.discard()
            raise
        return dest_id

    def _warn_of_cut_field_names(self, path, fields, name, feedback):
        """A Shapefile keeps 10 characters of a field name: say which fields lose their names (crime_n_2023
        becomes crime_n_20, and 'Train model' then finds no year to validate on)."""
        if feedback is None or not path.lower().endswith(".shp"):
            return
        cut = [field.name() for field in fields if len(field.name().encode("utf-8")) > 10]
        if cut:
            feedback.pushWarning(self.tr(
                "{output}: a Shapefile keeps only 10 characters of a field name, so {fields} will be cut (and "
                "'crime_n_<year>' fields no longer found by 'Train model'). Write a GeoPackage to keep every "
                "name.").format(output=name, fields=", ".join(cut)))

    def write_new_lines(self, parameters, name, context, feedback, fields, crs, lines, columns, progress_range):
        """Write output ``name``: line i of ``lines`` with value i of each of ``columns`` (one per field of
        ``fields``: a numpy array of numbers, a :class:`geopackage.Coded` column or a list of plain values, None
        for NULL). To a GeoPackage (a temporary output becomes one) in bulk when every field has a plain type, else
        through a QGIS sink. Returns the destination id."""
        simple = all(field.type() in geopackage.SIMPLE_TYPES for field in fields)
        output, definition = (geopackage.output_destination(self, parameters, name, context) if simple
                              else (None, None))
        if output is not None:
            geopackage.write_lines(output, crs, fields, lines, columns, feedback)
            geopackage.load_on_completion(self, name, context, output, definition)
            return output.layer_uri
        rows = [list(row) for row in zip(*(column.expanded() if isinstance(column, geopackage.Coded)
                                           else plain_values(column) for column in columns))]
        return self.write_line_sink(parameters, name, context, fields, crs, lambda sink: write_lines(
            sink, fields, lines, rows, feedback, progress_range), feedback)

    def write_segments_with_columns(self, parameters, name, context, feedback, source, direct, crs, lines,
                                    feature_ids, columns, progress_range):
        """Write output ``name``: every read segment of ``source`` (ids ``feature_ids``, geometries ``lines``)
        with its attributes and ``columns`` (field name -> ``(QVariant type, values)``), replacing input fields of
        the same name. A GeoPackage input read directly (``direct``) going to a GeoPackage is copied in bulk;
        anything else goes through a QGIS sink. Returns the destination id.

        Segments reprojected to the working CRS get their ``length_m`` measured again: the input's was in the units
        of a CRS that is not metres on the ground."""
        one_line_each = len(lines) == len(feature_ids)  # the spatial index is packed from one box per feature
        if (source.sourceCrs() != crs and names.LENGTH_M not in columns
                and source.fields().lookupField(names.LENGTH_M) >= 0):
            if one_line_each:
                columns = {**columns, names.LENGTH_M: (QVariant.Double, lines.lengths())}
                feedback.pushInfo(self.tr("length_m recomputed in {crs}: metres on the ground.").format(
                    crs=crs.authid()))
            else:
                feedback.pushWarning(self.tr("length_m was copied as it is, in the input's CRS: the layer has "
                                             "multipart lines. Run 'Segment streets' on it first."))
        table = geopackage.GeoPackageTable.of(direct) if direct is not None and one_line_each else None
        output, definition = (geopackage.output_destination(self, parameters, name, context) if table is not None
                              else (None, None))
        if output is not None:
            kept = [field.name() for field in source.fields()
                    if field.name() not in columns and field.name() != table.fid_column]
            geopackage.copy_with_columns(table, output, kept, columns, feature_ids, lines.bounds(), feedback)
            geopackage.load_on_completion(self, name, context, output, definition)
            return output.layer_uri
        fields, kept = fields_with_columns(source.fields(), {column: kind for column, (kind, _) in columns.items()})
        return self.write_line_sink(parameters, name, context, fields, crs, lambda sink: write_with_columns(
            source, crs, context, sink, fields, kept, feature_ids,
            [_as_list(values) for _, values in columns.values()], feedback, progress_range), feedback,
            source.wkbType())  # features are copied as they are: multipart lines stay multipart (F18)


def _sentence(text):
    text = str(text).strip() or type(text).__name__
    return text if text.endswith((".", "!", "?", "다.")) else text + "."


def plain_value(value):
    """A value SQLite can store: QGIS's NULL QVariant becomes None."""
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    return value


def plain_values(column):
    """A column's values as SQLite and QGIS take them: numbers of a numpy array as Python numbers, QGIS's NULL
    QVariant as None."""
    return column.tolist() if hasattr(column, "tolist") else [plain_value(value) for value in column]


def _as_list(values):
    return values.tolist() if hasattr(values, "tolist") else list(values)
