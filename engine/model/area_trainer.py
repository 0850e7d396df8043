"""Train the way ``anshim:trainmodel`` does when the segments carry crime counts per area instead of per segment.

The segment table holds each segment's areas and its main area's counts (fields of
:mod:`engine.factors.crime_areas`); this module rebuilds the areas' training counts from them, fits the model by
EM disaggregation (:mod:`.area_training`), validates it by area, grades it and writes the manifest and card.

Privacy: the manifest (which goes into the model file) holds no count of any area and no location; totals are
recorded only when they reach the suppression threshold, and the card says how many areas hold fewer crimes than
that without saying which.
"""
import numpy as np

from ..factors.crime_areas import (AREA2_ID, AREA2_SHARE, AREA_ID, AREA_N, AREA_SHARE, AREA_YEAR_PREFIX,
                                   DEFAULT_SUPPRESS_BELOW, NO_AREA)
from ..i18n import TranslatableError, tr_noop
from ..progress import report, stage
from .area_training import expected_by_area, fit_area_model, poisson_deviance, targets_from_pairs
from .grades import grade_from_risk, grade_thresholds
from .training import DEFAULT_GRADE_SHARES, TrainingResult, factor_warnings, resolve_years

TR_CONTEXT = "AreaTraining"
METHOD_NOTE = tr_noop("Trained from crime counts per area: the counts were spread over each area's street segments "
                      "by expectation–maximisation (EM) for Poisson totals, so that the segments' predicted crimes "
                      "summed over each area explain that area's count.")


def has_area_counts(table):
    """Whether the segment table carries crime counts per area (``area_id`` and ``area_n`` fields)."""
    return AREA_ID in table and AREA_N in table


def area_counts_by_year(table):
    """``{year: per-segment main-area counts}`` from the ``area_n_<year>`` fields, in year order."""
    years = sorted(int(name[len(AREA_YEAR_PREFIX):]) for name in table
                   if name.startswith(AREA_YEAR_PREFIX) and name[len(AREA_YEAR_PREFIX):].isdigit())
    return {year: np.asarray(table[f"{AREA_YEAR_PREFIX}{year}"], dtype=np.float64) for year in years}


def area_targets(table, segment_counts):
    """The :class:`~.area_training.AreaTargets` of the table: each area's count read from the segments whose main
    area it is (``segment_counts``), its segments from ``area_id`` and ``area2_id`` with their length shares."""
    main = np.asarray(table[AREA_ID], dtype=np.int64)
    second = np.asarray(table[AREA2_ID], dtype=np.int64) if AREA2_ID in table else np.full(len(main), NO_AREA)
    main_share = np.asarray(table[AREA_SHARE], dtype=np.float64) if AREA_SHARE in table else np.ones(len(main))
    second_share = np.asarray(table[AREA2_SHARE], dtype=np.float64) if AREA2_SHARE in table else np.zeros(len(main))
    counts = np.asarray(segment_counts, dtype=np.float64)
    in_area = main != NO_AREA
    if not in_area.any():
        raise TranslatableError(TR_CONTEXT, tr_noop(
            "No segment lies in a crime area ('{field}' is -1 everywhere): the areas and the streets do not "
            "overlap. Check that both layers cover the same district and coordinate reference system."),
            field=AREA_ID)
    ids, index = np.unique(main[in_area], return_inverse=True)
    lowest = np.full(len(ids), np.inf)
    highest = np.full(len(ids), -np.inf)
    np.minimum.at(lowest, index, counts[in_area])
    np.maximum.at(highest, index, counts[in_area])
    if np.any(lowest != highest) or np.isnan(counts[in_area]).any():
        raise TranslatableError(TR_CONTEXT, tr_noop(
            "Segments of one area carry different area counts: the '{field}' fields were edited after the factors "
            "were computed. Compute the factors again with the crime areas."), field=AREA_N)
    keep_second = (second != NO_AREA) & np.isin(second, ids)
    segment = np.concatenate([np.flatnonzero(in_area), np.flatnonzero(keep_second)])
    area = np.concatenate([main[in_area], second[keep_second]])
    share = np.concatenate([main_share[in_area], second_share[keep_second]])
    area_counts = np.zeros(ids.max() + 1 if len(ids) else 0)
    area_counts[ids] = lowest
    return targets_from_pairs(segment, area, share, area_counts)


def _area_validation(fit, targets, length_m, suppress_below):
    """Held-out areas' counts against the model's prediction and against a rate per metre of street alone."""
    from scipy.stats import spearmanr
    street_m = np.bincount(targets.area, weights=length_m[targets.segment] * targets.share, minlength=targets.n_areas)
    baseline = np.empty(targets.n_areas)
    for fold in np.unique(fit.fold_of_area):
        held = fit.fold_of_area == fold
        baseline[held] = street_m[held] * targets.counts[~held].sum() / max(street_m[~held].sum(), 1e-9)
    model_deviance = poisson_deviance(targets.counts, fit.held_out_expected)
    baseline_deviance = poisson_deviance(targets.counts, baseline)
    return {"areas": int(targets.n_areas), "folds": int(fit.fold_of_area.max() + 1), "em_rounds": int(fit.rounds),
            "poisson_deviance": {"model": model_deviance, "street_length": baseline_deviance},
            "deviance_explained": (1.0 - model_deviance / baseline_deviance) if baseline_deviance > 0 else None,
            "spearman": {"model": _spearman(spearmanr, fit.held_out_expected, targets.counts),
                         "street_length": _spearman(spearmanr, baseline, targets.counts)},
            "areas_below_threshold": int(((targets.counts > 0) & (targets.counts < suppress_below)).sum())}


def _spearman(spearmanr, a, b):
    value = float(spearmanr(a, b)[0]) if len(a) > 2 else float("nan")
    return value if np.isfinite(value) else None


def _later_period(model, X, length_m, table, yearly, train_years, test_years):
    """The later period's area counts against the model's expected counts and against last period's counts."""
    from scipy.stats import spearmanr
    train = area_targets(table, np.sum([yearly[year] for year in train_years], axis=0))
    test = area_targets(table, np.sum([yearly[year] for year in test_years], axis=0))
    rate = np.exp(model.predict_raw(X))
    expected = expected_by_area(rate, length_m, test.segment, test.area, test.share, test.n_areas)
    return {"train_years": train_years, "test_years": test_years, "areas": int(test.n_areas),
            "spearman": {"model": _spearman(spearmanr, expected, test.counts),
                         "last_period_count": _spearman(spearmanr, train.counts, test.counts)}}


def _shown_total(value, suppress_below):
    return int(value) if value >= suppress_below else None


def train_from_area_counts(table, factor_names, length_m, train_years=None, test_years=None,
                           shares=DEFAULT_GRADE_SHARES, factor_settings=None, seed=0, progress=None,
                           synthetic_crimes=False, suppress_below=DEFAULT_SUPPRESS_BELOW):
    """Validate, fit and grade the safety model from the table's crime counts per area; a
    :class:`~.training.TrainingResult` like :func:`~.training.train_safety_model`'s."""
    factor_names = list(factor_names)
    missing = [name for name in factor_names if name not in table]
    if missing:
        raise TranslatableError(TR_CONTEXT, tr_noop("The segment table has no column for the factor(s) {missing}."),
                                missing=missing)
    X = np.column_stack([np.asarray(table[name], dtype=np.float64) for name in factor_names])
    length_m = np.asarray(length_m, dtype=np.float64)
    yearly = area_counts_by_year(table)
    train_years, test_years = resolve_years(list(yearly), train_years, test_years)
    counts = np.sum([yearly[year] for year in train_years], axis=0) if train_years else table[AREA_N]
    targets = area_targets(table, counts)
    report(progress, 0.0)
    fit = fit_area_model(X, length_m, targets, factor_names, seed=seed, progress=stage(progress, 0.0, 0.9))
    model = fit.model
    risk = model.predict_risk(X)
    validation = {"grouped_by_area": _area_validation(fit, targets, length_m, suppress_below),
                  "temporal_holdout": None}
    if test_years:
        validation["temporal_holdout"] = _later_period(model, X, length_m, table, yearly, train_years, test_years)
    model.thresholds = grade_thresholds(risk, length_m, shares)
    grades = grade_from_risk(risk, model.thresholds)
    by_grade = np.bincount(grades, weights=length_m, minlength=6)[1:6] / length_m.sum()
    all_years = {str(year): _shown_total(values_total(table, yearly[year]), suppress_below) for year in yearly}
    manifest_extra = {
        "factor_names": factor_names, "factor_settings": dict(factor_settings or {}), "seed": seed,
        "synthetic_crimes": bool(synthetic_crimes), "crime_areas": True, "suppress_below": int(suppress_below),
        "data": {"segments": int(len(length_m)), "network_km": float(length_m.sum() / 1000.0),
                 "areas": int(targets.n_areas), "segments_in_areas": model.training["segments_in_areas"],
                 "train_years": train_years, "test_years": test_years,
                 "training_crimes": _shown_total(targets.counts.sum(), suppress_below),
                 "crimes_per_year": all_years},
        "validation": validation,
        "grades": {"thresholds": [float(value) for value in model.thresholds],
                   "target_length_share": {str(grade): float(share) for grade, share in enumerate(shares, 1)},
                   "length_share": {str(grade): float(by_grade[grade - 1]) for grade in range(1, 6)}},
        "warnings": factor_warnings(X, factor_names),
    }
    report(progress, 1.0)
    return TrainingResult(model, manifest_extra, fit.held_out_risk)


def values_total(table, segment_counts):
    """The crimes of every area summed, from per-segment main-area counts (each area counted once)."""
    main = np.asarray(table[AREA_ID], dtype=np.int64)
    in_area = main != NO_AREA
    _, first = np.unique(main[in_area], return_index=True)
    return float(np.asarray(segment_counts, dtype=np.float64)[in_area][first].sum())
