"""Train the safety model the way the ``anshim:trainmodel`` algorithm does: validate, fit, grade, document.

The target is whether a segment had a crime in the training period. When the segment table carries per-year
counts (``crime_n_<year>``) the default is to train on every year but the last and to hold the last out as a
later test period; otherwise the total ``crime_n`` is the target and only grouped cross-validation is possible.
"""
from dataclasses import dataclass

import numpy as np

from ..factors.fields import CRIME_N, CRIME_YEAR_PREFIX
from ..i18n import TranslatableError, tr_noop
from .modelcard import model_card_html
from ..progress import report, stage
from .validation import FACTOR_WARNINGS, grouped_cross_validation, temporal_holdout

TR_CONTEXT = "Training"

DEFAULT_GRADE_SHARES = (0.35, 0.30, 0.20, 0.10, 0.05)


@dataclass
class TrainingResult:
    """The fitted model (thresholds set), what goes into its manifest, and the model card HTML."""

    model: object
    manifest_extra: dict
    report_html: str
    held_out_risk: np.ndarray  # each segment's risk from the cross-validation fold that never saw its street


def counts_by_year(table):
    """``{year: counts}`` from the table's ``crime_n_<year>`` columns, in year order."""
    years = sorted(int(name[len(CRIME_YEAR_PREFIX):]) for name in table
                   if name.startswith(CRIME_YEAR_PREFIX) and name[len(CRIME_YEAR_PREFIX):].isdigit())
    return {year: np.asarray(table[f"{CRIME_YEAR_PREFIX}{year}"], dtype=np.float64) for year in years}


def resolve_years(years, train_years=None, test_years=None):
    """Train and test years: by default every year but the last, then the last; ``(None, [])`` without years."""
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
                                for grade in range(1, 6)}}
    return thresholds, summary


def train_safety_model(table, factor_names, length_m, midpoints_xy, groups, train_years=None, test_years=None,
                       shares=DEFAULT_GRADE_SHARES, factor_settings=None, seed=0, progress=None, fit=None,
                       synthetic_crimes=False):
    """Validate, fit and grade the safety model on a segment table (``{field: per-segment array}``).

    Fits the model once with its grouped cross-validation by street (:func:`engine.model.safety_model.cross_validate`), scores
    that cross-validation's held-out folds, scores the final model on the test years when there are any (it is
    trained on the training years only), and sets its grade thresholds so that grades 1 (safest) to 5 (least
    safe) cover ``shares`` of network length. ``factor_settings`` (radii and caps from the factor step) and
    ``synthetic_crimes`` are recorded in the manifest and the model card. ``fit(X, has_crime, factor_names,
    groups, seed=, progress=)`` returns the model with its cross-validation (``model``, ``folds``,
    ``fold_models``, ``held_out_risk``); it defaults to :func:`engine.model.safety_model.cross_validate`.
    """
    if fit is None:
        from .safety_model import cross_validate as fit
    factor_names = list(factor_names)
    X = _factor_matrix(table, factor_names)
    length_m = np.asarray(length_m, dtype=np.float64)
    groups = np.asarray(groups)
    yearly_counts = counts_by_year(table)
    train_years, test_years = resolve_years(list(yearly_counts), train_years, test_years)
    training_counts = _training_counts(table, yearly_counts, train_years)
    if training_counts.sum() <= 0:
        raise TranslatableError(TR_CONTEXT, tr_noop(
            "There is no crime on any segment in the training period: nothing to learn "
            "from."))
    if len(np.unique(groups)) < 2:
        raise TranslatableError(TR_CONTEXT, tr_noop(
            "All segments share one street id; validation by street needs at least two "
            "streets."))

    report(progress, 0.0)
    fitted = fit(X, training_counts > 0, factor_names, groups, seed=seed, progress=stage(progress, 0.0, 0.85))
    model = fitted.model
    risk = model.predict_risk(X, stage(progress, 0.85, 0.87))
    validation = {"grouped_cv": grouped_cross_validation(
        X, training_counts, length_m, midpoints_xy, groups, factor_names, seed=seed, fitted=fitted,
        progress=stage(progress, 0.87, 0.95)), "temporal_holdout": None}
    if test_years:
        validation["temporal_holdout"] = temporal_holdout(
            X, yearly_counts, train_years, test_years, length_m, midpoints_xy, groups, factor_names, risk=risk,
            seed=seed, progress=stage(progress, 0.95, 0.98))
    model.thresholds, grade_summary = _grade_summary(risk, length_m, shares)

    manifest_extra = {
        "factor_names": factor_names,
        "factor_settings": dict(factor_settings or {}),
        "seed": seed,
        "synthetic_crimes": bool(synthetic_crimes),
        "data": _data_summary(yearly_counts, training_counts, length_m, groups, train_years, test_years),
        "validation": validation,
        "grades": grade_summary,
        "warnings": factor_warnings(X, factor_names),
    }
    report(progress, 1.0)
    # the card as it is remade from the saved file, whose manifest also holds how the model was fitted
    card = model_card_html({**manifest_extra, "training": getattr(model, "training", {})})
    return TrainingResult(model, manifest_extra, card, fitted.held_out_risk)
