"""Train the safety model the way the ``anshim:trainmodel`` algorithm does: validate, fit, grade, document.

The target is whether a segment had a crime in a period. When the segment table carries per-period counts
(``crime_n_<period>``: years, quarters or months, :mod:`engine.factors.periods`) the temporal hold-out trains on
every period but the last and tests on the last, and the model that is deployed is then fitted on every period;
with crime history factors it learns each period from the periods before it (:mod:`.panel`). Without counts per
period the total ``crime_n`` is the target and only grouped cross-validation is possible.
"""
from dataclasses import dataclass
from functools import partial

import numpy as np

from ..factors.fields import CRIME_N, CRIME_YEAR_PREFIX
from ..factors.history import HISTORY_FIELDS
from ..factors.periods import counts_by_period
from ..factors.network_kernel import NetworkKernel
from ..i18n import TranslatableError, tr_noop
from .modelcard import model_card_html
from .history_training import fit_with_history
from .panel import DEFAULT_NETWORK_BANDWIDTH_M
from ..progress import report, stage
from .training_notes import NO_HISTORY_FIELDS_NOTE, ONE_PERIOD_NOTE, grade_warnings, sparse_layers, tied_segments
from .validation import (FACTOR_WARNINGS, baseline_wins_warnings, grouped_cross_validation,
                         no_better_than_random_warnings, temporal_holdout)

TR_CONTEXT = "Training"

DEFAULT_GRADE_SHARES = (0.35, 0.30, 0.20, 0.10, 0.05)
HOLDOUT_FOLDS = 3


@dataclass
class TrainingResult:
    """The fitted model (thresholds set), what goes into its manifest, and its model card."""

    model: object
    manifest_extra: dict
    held_out_risk: np.ndarray  # each segment's risk from the fold that never saw its street (with crime history:
    # in the latest period the cross-validated model learned)

    def card_html(self, translators=None):
        """The model card (:func:`.modelcard.model_card_html`, ``translators`` as there), as it is remade from the
        saved file, whose manifest also holds how the model was fitted."""
        return model_card_html({**self.manifest_extra, "training": getattr(self.model, "training", {})}, translators)

    @property
    def report_html(self):
        """The model card in English."""
        return self.card_html()


def counts_by_year(table):
    """``{period: counts}`` from the table's ``crime_n_<period>`` columns (years, quarters or months: the finest
    kind present, :func:`engine.factors.periods.counts_by_period`), in time order; a year is its number."""
    return counts_by_period(table)


def resolve_years(years, train_years=None, test_years=None):
    """Train and test periods (years, or the names of :mod:`engine.factors.periods`): by default every period but
    the last, then the last; ``(None, [])`` without periods."""
    if not years:
        if train_years or test_years:
            raise TranslatableError(TR_CONTEXT, tr_noop(
                "Train or test years were given but the segments have no "
                "'{CRIME_YEAR_PREFIX}<year>' crime count fields."), CRIME_YEAR_PREFIX=CRIME_YEAR_PREFIX)
        return None, []
    unknown = sorted((set(train_years or []) | set(test_years or [])) - set(years))
    if unknown:
        raise TranslatableError(TR_CONTEXT, tr_noop(
            "No crime counts for the year(s) {unknown}; the segments have counts for "
            "{available}."), unknown=unknown, available=list(years))
    if train_years is None and test_years is None:
        train_years, test_years = (years[:-1], years[-1:]) if len(years) > 1 else (years, [])
    elif train_years is None:
        train_years = [year for year in years if year < min(test_years)]
    elif test_years is None:
        test_years = [year for year in years if year > max(train_years)]
    if not train_years:
        raise TranslatableError(TR_CONTEXT, tr_noop(
            "No year before the test years {test_years} is left to train on."), test_years=sorted(test_years))
    return sorted(train_years), sorted(test_years)


def factor_warnings(X, factor_names):
    """Words for factor columns the model cannot learn from: all missing, or the same value everywhere."""
    finite = np.isfinite(X)
    all_missing = ~finite.any(axis=0)
    constant = ~all_missing & (np.where(finite, X, -np.inf).max(axis=0) == np.where(finite, X, np.inf).min(axis=0))
    no_values, same_value = FACTOR_WARNINGS
    return ([no_values.format(name=name) for name in np.asarray(factor_names)[all_missing]]
            + [same_value.format(name=name) for name in np.asarray(factor_names)[constant]])


def _factor_matrix(table, factor_names):
    missing = [name for name in factor_names if name not in table]
    if missing:
        raise TranslatableError(TR_CONTEXT, tr_noop(
            "The segment table has no column for the factor(s) {missing}."), missing=missing)
    return np.column_stack([np.asarray(table[name], dtype=np.float64) for name in factor_names])


def _training_counts(table, yearly_counts, train_years):
    if train_years is not None:
        return np.sum([yearly_counts[year] for year in train_years], axis=0)
    if CRIME_N not in table:
        raise TranslatableError(TR_CONTEXT, tr_noop(
            "The segment table has no crime counts: neither '{CRIME_N}' nor "
            "'{CRIME_YEAR_PREFIX}<year>' fields."), CRIME_N=CRIME_N, CRIME_YEAR_PREFIX=CRIME_YEAR_PREFIX)
    return np.asarray(table[CRIME_N], dtype=np.float64)


def _data_summary(yearly_counts, training_counts, length_m, groups, train_years, test_years):
    all_counts = np.sum(list(yearly_counts.values()), axis=0) if yearly_counts else training_counts
    return {"segments": int(len(length_m)), "streets": int(len(np.unique(groups))),
            "network_km": float(length_m.sum() / 1000.0),
            "crimes_total": int(all_counts.sum()),
            "crimes_per_year": {str(year): int(counts.sum()) for year, counts in yearly_counts.items()},
            "train_years": train_years, "test_years": test_years,
            "training_crimes": int(training_counts.sum()),
            "share_of_segments_with_crime": float((training_counts > 0).mean())}


def _grade_summary(risk, length_m, shares):
    from .grades import grade_from_risk, grade_thresholds
    thresholds = grade_thresholds(risk, length_m, shares)
    grades = grade_from_risk(risk, thresholds)
    length_by_grade_m = np.bincount(grades, weights=length_m, minlength=6)[1:6]
    summary = {"thresholds": [float(value) for value in thresholds],
               "target_length_share": {str(grade): float(share) for grade, share in enumerate(shares, start=1)},
               "length_share": {str(grade): float(length_by_grade_m[grade - 1] / length_m.sum())
                                for grade in range(1, 6)},
               "tied_segments": tied_segments(risk, thresholds)}
    return thresholds, summary


def train_safety_model(table, factor_names, length_m, midpoints_xy, groups, train_years=None, test_years=None,
                       shares=DEFAULT_GRADE_SHARES, factor_settings=None, seed=0, progress=None, fit=None,
                       synthetic_crimes=False, network=None):
    """Validate, fit and grade the safety model on a segment table (``{field: per-segment array}``).

    With crime history factors (``hist_*`` in ``factor_names``, crimes of two periods or more, and ``network`` =
    ``(start_node, end_node)`` of the segment graph) validation holds out and deployment does not (issue 22): the
    rows are a panel of segments × target periods (:mod:`.panel`), the model returned is fitted on **every**
    period and grades with the table's history columns (it predicts the period after the last) — if history finds
    more held-out crime than the other factors alone (:mod:`.history_training`); if not, the model without history
    is returned. Without history the model is fitted on the training years and scored on the test years, as
    before. Grade thresholds make grades 1 (safest) to 5 (least safe) cover ``shares`` of network length, ties
    ordered by the history tie-break (:meth:`SafetyModel.set_tie_break`). ``factor_settings`` (radii and caps
    from the factor step) and ``synthetic_crimes`` are recorded in the manifest and the model card. ``fit(X,
    has_crime, factor_names, groups, seed=, progress=)`` returns the model with its cross-validation (``model``,
    ``folds``, ``fold_models``, ``held_out_risk``); it defaults to :func:`engine.model.safety_model.cross_validate`.
    """
    holdout_fit = fit
    if fit is None:
        from .safety_model import cross_validate as fit
        # the models compared on a held-out period: three folds choose their size (five when the model without
        # history is then fitted to deploy); the deployed model with history takes its validated model's size
        holdout_fit = partial(fit, folds=HOLDOUT_FOLDS)
    factor_names = list(factor_names)
    length_m = np.asarray(length_m, dtype=np.float64)
    groups = np.asarray(groups)
    yearly_counts = counts_by_year(table)
    train_years, test_years = resolve_years(list(yearly_counts), train_years, test_years)
    factor_names, history_notes = _usable_factors(factor_names, yearly_counts, network,
                                                  any(name in table for name in HISTORY_FIELDS))
    X = _factor_matrix(table, factor_names)
    all_counts = _training_counts(table, yearly_counts, list(yearly_counts) or None)
    if all_counts.sum() <= 0 or (train_years and _training_counts(table, yearly_counts, train_years).sum() <= 0):
        raise TranslatableError(TR_CONTEXT, tr_noop(
            "There is no crime on any segment in the training period: nothing to learn "
            "from."))
    if len(np.unique(groups)) < 2:
        raise TranslatableError(TR_CONTEXT, tr_noop(
            "All segments share one street id; validation by street needs at least two "
            "streets."))
    report(progress, 0.0)
    arrays = (length_m, np.asarray(midpoints_xy, dtype=np.float64).reshape(-1, 2), groups)
    uses_history = any(name in HISTORY_FIELDS for name in factor_names)
    data = {"yearly_counts": yearly_counts, "all_counts": all_counts, "arrays": arrays, "train_years": train_years,
            "seed": seed}
    without_history = (partial(_fit_without_history, fit=fit, **data),
                       partial(_validate_without_history, test_years=test_years, **data))
    if uses_history:
        chosen = fit_with_history(X, factor_names, yearly_counts, arrays, network, train_years, test_years,
                                  (fit, holdout_fit or fit), seed, progress, without_history)
        model, held_out_risk, validation, periods_used = (chosen.model, chosen.held_out_risk, chosen.validation,
                                                          chosen.periods)
        history_choice = chosen.choice
        X = X[:, [factor_names.index(name) for name in chosen.factor_names]]
        factor_names, history_notes = chosen.factor_names, history_notes + chosen.notes
        uses_history = any(name in HISTORY_FIELDS for name in factor_names)
    else:
        history_choice = None
        kernel = NetworkKernel(*network, length_m) if network is not None and test_years else None
        fitted, risk = without_history[0](X, factor_names, stage(progress, 0.0, 0.85))
        validation, periods_used = without_history[1](X, factor_names, fitted, risk, kernel,
                                                      DEFAULT_NETWORK_BANDWIDTH_M, stage(progress, 0.85, 0.97))
        model, held_out_risk = fitted.model, fitted.held_out_risk
    # the crimes the deployed model learned from: every period's with history, the training years' without
    learned_counts = all_counts if uses_history or not train_years else _training_counts(table, yearly_counts,
                                                                                         train_years)
    if hasattr(model, "set_tie_break"):  # a SafetyModel (a stand-in fit may give any model with predict_risk)
        model.set_tie_break(X)
    risk = model.predict_risk(X, stage(progress, 0.97, 0.99))
    model.thresholds, grade_summary = _grade_summary(risk, length_m, shares)
    unexplained, sparse_warnings = sparse_layers(table, factor_names, length_m)
    if hasattr(model, "training"):
        model.training["unexplained_factors"] = unexplained  # read by explain(): never named as a risk factor
    manifest_extra = {
        "factor_names": factor_names,
        "factor_settings": dict(factor_settings or {}),
        "seed": seed,
        "synthetic_crimes": bool(synthetic_crimes),
        "data": {**_data_summary(yearly_counts, learned_counts, length_m, groups, train_years, test_years),
                 "periods": periods_used},
        "validation": validation,
        "history_choice": history_choice,
        "grades": grade_summary,
        "warnings": (factor_warnings(X, factor_names) + no_better_than_random_warnings(validation)
                     + baseline_wins_warnings(validation)
                     + grade_warnings(grade_summary) + sparse_warnings),
        "notes": history_notes,
    }
    report(progress, 1.0)
    return TrainingResult(model, manifest_extra, held_out_risk)


def _usable_factors(factor_names, yearly_counts, network, table_has_history):
    """The factors training can use, and notes on history left out: it needs two periods and the network. History
    the table has but ``factor_names`` leaves out was left out by choice, and needs no note."""
    history = [name for name in factor_names if name in HISTORY_FIELDS]
    if not history:
        return factor_names, ([NO_HISTORY_FIELDS_NOTE] if len(yearly_counts) >= 2 and not table_has_history else [])
    if len(yearly_counts) < 2 or network is None:
        return [name for name in factor_names if name not in HISTORY_FIELDS], [ONE_PERIOD_NOTE]
    return factor_names, []


def _fit_without_history(X, factor_names, progress, yearly_counts, all_counts, arrays, train_years, fit, seed):
    """As before crime history: one fit on the training years. Returns ``(fitted, risk)``, ``risk`` being what it
    predicts for every segment in the held-out period. Without history there is no next period to predict, and
    refitting on the test years changed which streets the demo's facilities move between grades; with history (the
    case that matters on real crime) the deployed model is fitted on every period."""
    training_counts = (np.sum([yearly_counts[year] for year in train_years], axis=0) if train_years
                       else all_counts)
    fitted = fit(X, training_counts > 0, factor_names, arrays[2], seed=seed, progress=stage(progress, 0.0, 0.9))
    return fitted, fitted.model.predict_risk(X, stage(progress, 0.9, 1.0))


def _validate_without_history(X, factor_names, fitted, risk, kernel, network_bandwidth_m, progress, yearly_counts,
                              all_counts, arrays, train_years, test_years, seed):
    """``(validation, periods)`` of :func:`_fit_without_history`'s model: its grouped cross-validation, and its
    score on the test years (with the network kernel density of ``kernel`` as a baseline)."""
    length_m, midpoints_xy, groups = arrays
    training_counts = (np.sum([yearly_counts[year] for year in train_years], axis=0) if train_years
                       else all_counts)
    validation = {"grouped_cv": grouped_cross_validation(
        X, training_counts, length_m, midpoints_xy, groups, factor_names, seed=seed, fitted=fitted,
        progress=stage(progress, 0.0, 0.8)), "temporal_holdout": None}
    if test_years:
        validation["temporal_holdout"] = temporal_holdout(
            X, yearly_counts, train_years, test_years, length_m, midpoints_xy, groups, factor_names, risk=risk,
            seed=seed, progress=stage(progress, 0.8, 1.0), network_kernel=kernel,
            network_bandwidth_m=network_bandwidth_m)
    periods = {"deployed_model_trained_on": [str(year) for year in train_years] if train_years else None,
               "holdout_trained_on": [str(year) for year in train_years] if test_years else None,
               "holdout_tested_on": [str(year) for year in test_years] or None, "history_from": None,
               "predicts": None}
    return validation, periods
