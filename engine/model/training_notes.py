"""What training tells the user about periods, crime history and grades, kept in English in the model file and
translated where it is read (``translate_recorded`` with :data:`RECORDED_TEXTS`, context ``Validation``)."""
import numpy as np

from ..i18n import tr_noop

TR_CONTEXT = "Validation"
GRADE_TOLERANCE = 0.01  # a grade may miss its share of length by at most one point

ONE_PERIOD_NOTE = tr_noop(
    "The crimes are of one period only: crime history cannot be used (it needs a period with an earlier one to learn "
    "from), so the model learns from the other factors alone.")
NO_HISTORY_FIELDS_NOTE = tr_noop(
    "The segments have crimes of several periods but no crime history factors (hist_*): run 'Compute safety "
    "factors' again with the crime layer and its date field so the model can learn where crime has been.")
TOO_FEW_PERIODS_NOTE = tr_noop(
    "No temporal hold-out: with crime history it needs a training period that has an earlier one, i.e. at least "
    "three periods with the test period.")
HISTORY_LEFT_OUT_NOTE = tr_noop(
    "Crime history was left out: on the crimes of {period}, held out, it found no more crime than the other factors "
    "alone (PAI at 5 % of length {with_history} with history, {without} without; the difference's 95 % range, {low} "
    "to {high}, is not wholly above zero). The crimes seem to follow the other factors, and a model leaning on a "
    "noisy copy of them would rank streets worse; the model learns from the other factors.")
GRADE_UNFILLED_WARNING = tr_noop(
    "Grade {grade} covers {share} of street length instead of {target}: {segments} segments share the risk at its "
    "threshold and nothing in the data tells them apart. Grades next to it are larger or smaller by as much.")
SPARSE_LIGHTS_WARNING = tr_noop(
    "The light layer looks far from complete: half of the street length is more than {median} m from the nearest "
    "light, where street lights stand every 30–50 m. Risk explanations never name lighting ({fields}), since 'far "
    "from security lights' would only say the layer is missing lights; map the lights, or leave the layer out.")
RECORDED_TEXTS = (ONE_PERIOD_NOTE, NO_HISTORY_FIELDS_NOTE, TOO_FEW_PERIODS_NOTE, HISTORY_LEFT_OUT_NOTE,
                  GRADE_UNFILLED_WARNING,
                  SPARSE_LIGHTS_WARNING)
# A light layer is implausibly sparse when half the street length is farther than this from any light: street
# lights stand every 30-50 m (one per 200 m of street would already be sparse; issue 22's Leeds layer maps 30 lamps
# over 384 km, and 38 % of its street length is 1 km or more from one).
SPARSE_LIGHT_MEDIAN_M = 200.0
LIGHT_FIELDS = ("light_n", "light_d")


def sparse_layers(table, factor_names, length_m):
    """``(factor names not to explain with, warnings)``: lighting factors when the light layer is implausibly sparse
    for the network (see :data:`SPARSE_LIGHT_MEDIAN_M`)."""
    if "light_d" not in factor_names:
        return [], []
    distance_m = np.asarray(table["light_d"], dtype=np.float64)
    known = np.isfinite(distance_m)
    if not known.any():
        return [], []
    order = np.argsort(distance_m[known])
    cumulative = np.cumsum(np.asarray(length_m, dtype=np.float64)[known][order])
    median_m = float(distance_m[known][order][np.searchsorted(cumulative, cumulative[-1] / 2)])
    if median_m <= SPARSE_LIGHT_MEDIAN_M:
        return [], []
    fields = [name for name in LIGHT_FIELDS if name in factor_names]
    return fields, [SPARSE_LIGHTS_WARNING.format(median=f"{median_m:,.0f}", fields=", ".join(fields))]


def grade_warnings(grade_summary):
    """One warning per grade whose share of length misses its target by more than :data:`GRADE_TOLERANCE`."""
    warnings = []
    for grade, target in grade_summary["target_length_share"].items():
        share = grade_summary["length_share"][grade]
        if abs(share - target) > GRADE_TOLERANCE:
            warnings.append(GRADE_UNFILLED_WARNING.format(
                grade=grade, share=f"{100 * share:.1f} %", target=f"{100 * target:.0f} %",
                segments=f"{grade_summary['tied_segments'][grade]:,}"))
    return warnings


def tied_segments(risk, thresholds):
    """Per grade (as a string), the most segments sharing the risk of one of the thresholds bounding the grade: a
    tie at a threshold takes the lower grade whole (:func:`.grades.grade_from_risk`) and starves the one above."""
    risk = np.asarray(risk)
    at_threshold = [int(np.count_nonzero(risk == threshold)) for threshold in thresholds]
    bounds = [at_threshold[max(grade - 2, 0):min(grade, 4)] for grade in range(1, 6)]
    return {str(grade): max(counts) for grade, counts in zip(range(1, 6), bounds)}
