"""``anshim:trainmodel`` on segments that carry crime counts per area (from CRIME_AREAS in 'Compute safety factors').

Kept out of train_model.py: that algorithm calls :func:`train_from_areas` first and is done when it returns
outputs; it returns None when the segments carry no area counts.
"""
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ..engine.factors import crime_areas
from ..engine.factors import fields as names
from ..engine.i18n import message_of, translate_recorded
from ..engine.model.validation import RECORDED_TEXTS, TR_CONTEXT as VALIDATION_CONTEXT
from ..qgis_io.i18n import translator
from ..qgis_io.layer_io import column_as_float, read_lines, working_crs
from ..qgis_io.ogr_source import direct_source

TR_CONTEXT = "TrainFromAreas"


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


def train_from_areas(algorithm, parameters, context, feedback, source, factor_names, options):
    """Train from the segments' area counts and save the model and card; the outputs, or None without area
    fields or when the segments also carry crime points (crime_n), which are then used. ``options()`` gives the
    keyword arguments of the training (years, shares, settings, seed, synthetic), read only in the area mode."""
    from ..engine.model.area_trainer import METHOD_NOTE, TR_CONTEXT as AREA_CONTEXT, train_from_area_counts
    from ..engine.model.modelfile import save_model
    field_names = source.fields().names()
    if not (crime_areas.AREA_ID in field_names and crime_areas.AREA_N in field_names):
        return None
    if names.CRIME_N in field_names:
        feedback.pushInfo(tr("The segments carry both crime points (crime_n) and crime counts per area (area_n): "
                             "training uses the points. To train from the counts, compute the factors with "
                             "CRIME_AREAS and without a crime point layer."))
        return None
    area_fields = [name for name in field_names if name in crime_areas.AREA_FIELDS
                   or name.startswith(crime_areas.AREA_YEAR_PREFIX)]
    feedback.pushInfo(translator(AREA_CONTEXT)(METHOD_NOTE))
    crs = working_crs(source, context, feedback, layer_name=tr("Segments"))
    wanted = sorted({source.fields().lookupField(name) for name in factor_names + area_fields})
    lines, _, _, columns = read_lines(source, crs, context, feedback, wanted, tr("Segments"),
                                      direct_source(algorithm, parameters, "INPUT", context, crs))
    table = {name: column_as_float(columns[source.fields().lookupField(name)]) for name in factor_names + area_fields}
    for name in (crime_areas.AREA_ID, crime_areas.AREA2_ID):
        if name in table:
            table[name] = _ids(table[name])
    try:
        result = train_from_area_counts(table, factor_names, lines.lengths(),
                                        progress=algorithm.engine_progress(feedback, 5, 95), **options())
    except ValueError as error:
        raise QgsProcessingException(tr("Segments layer: {error}").format(
            error=message_of(error, translator))) from None
    warning_tr = translator(VALIDATION_CONTEXT)
    for warning in result.manifest_extra.get("warnings", []):
        feedback.pushWarning(translate_recorded(warning, RECORDED_TEXTS, warning_tr))
    _log_validation(result.manifest_extra["validation"], feedback)
    model_path = algorithm.parameterAsFileOutput(parameters, "MODEL", context)
    save_model(model_path, result.model, result.manifest_extra)
    outputs = {"MODEL": model_path}
    report_path = algorithm.parameterAsFileOutput(parameters, "REPORT", context)
    if report_path:
        with open(report_path, "w", encoding="utf-8") as report_file:
            report_file.write(result.card_html(translator))
        outputs["REPORT"] = report_path
    return outputs


def _ids(values):
    """Area ids as integers; a segment without an area (NULL) gets -1."""
    import numpy as np
    return np.where(np.isnan(values), crime_areas.NO_AREA, values).astype(np.int64)


def _log_validation(validation, feedback):
    by_area = validation["grouped_by_area"]
    feedback.pushInfo(tr(
        "Cross-validation by area ({areas:,} areas, {folds} folds, {rounds} EM rounds): held-out areas' counts, "
        "Spearman {model} (street length alone {baseline}), Poisson deviance explained beyond street length "
        "{explained}.").format(areas=by_area["areas"], folds=by_area["folds"], rounds=by_area["em_rounds"],
                               model=_format(by_area["spearman"]["model"]),
                               baseline=_format(by_area["spearman"]["street_length"]),
                               explained=_format(by_area["deviance_explained"])))
    later = validation.get("temporal_holdout")
    if later:
        feedback.pushInfo(tr("Later period {years}: Spearman of the areas' counts with the model {model}, with last "
                             "period's counts {last}.").format(
            years=", ".join(map(str, later["test_years"])), model=_format(later["spearman"]["model"]),
            last=_format(later["spearman"]["last_period_count"])))


def _format(value):
    return tr("n/a") if value is None else f"{value:.3f}"
