"""Honest validation of the safety model against the two baselines it must beat.

Neighbouring 10 m segments of one street are near-duplicates, so a random split would let the model recognise a
held-out street from its neighbours. :func:`grouped_cross_validation` keeps every street whole in one fold, and
:func:`temporal_holdout` trains on earlier years and tests on later ones. Both score the model next to kernel
density of known past crimes and last period's crime counts on the same segments and target: random forests
only slightly beat last period's counts (Wheeler & Steenbeek 2021), so a model that cannot beat them is not worth
its complexity. Results are plain JSON-ready dicts that go into the model manifest.
"""
import numpy as np

from ..i18n import tr_noop
from .bootstrap import bootstrap_ranges
from .folds import grouped_folds
from .metrics import (DEFAULT_SHARES, json_float, kde_scores, one_class, rank_descending, ranking_summary, roc_auc,
                      share_key)
from .training_notes import RECORDED_TEXTS as NOTE_TEXTS
from ..progress import report, stage

TR_CONTEXT = "Validation"
# notes and warnings are kept in English in the model file; readers translate them with translate_recorded
UNDEFINED_AUC_NOTE = tr_noop("ROC-AUC and PR-AUC are undefined because every segment, or none, has a crime in the "
                             "evaluated period.")
NO_PRIOR_PERIOD_NOTE = tr_noop("Last period's crime count is not available here: there is no period before the one "
                               "the model is trained on. The temporal hold-out compares against it.")
FACTOR_WARNINGS = (tr_noop("Factor '{name}' has no values on any segment; it cannot inform the model."),
                   tr_noop("Factor '{name}' has the same value on every segment; it cannot inform the model."))
MODEL = "model"
KERNEL_DENSITY = "kernel_density"
NETWORK_KERNEL = "network_kernel_density"
LAST_PERIOD = "last_period_count"
# a baseline that finds more crime than the model, beyond the model's bootstrap range (issue 22): one text per
# baseline, so the baseline is named in the reader's language
BASELINE_WINS_WARNINGS = {
    LAST_PERIOD: tr_noop(
        "Last period's crime count found more crime than the model in the {validation}: PAI {baseline_pai} at 5 % "
        "of street length against the model's {model_pai} (95 % range {low}–{high}). The grades rank streets worse "
        "than last period's crime map. Compute the factors with crimes of at least two periods so the model learns "
        "from crime history, and until it beats the map, target patrols and works with the map itself."),
    KERNEL_DENSITY: tr_noop(
        "Kernel density of past crimes found more crime than the model in the {validation}: PAI {baseline_pai} at "
        "5 % of street length against the model's {model_pai} (95 % range {low}–{high}). The grades rank streets "
        "worse than a smoothed map of past crime. Compute the factors with crimes of at least two periods so the "
        "model learns from crime history, and check that the facility layers are complete."),
    NETWORK_KERNEL: tr_noop(
        "Network kernel density of past crimes found more crime than the model in the {validation}: PAI "
        "{baseline_pai} at 5 % of street length against the model's {model_pai} (95 % range {low}–{high}). The "
        "grades rank streets worse than past crime spread along the streets. Compute the factors with crimes of at "
        "least two periods so the model learns from crime history, and check that the facility layers are "
        "complete."),
}
VALIDATION_NAMES = {"temporal_holdout": tr_noop("temporal hold-out"),
                    "grouped_cv": tr_noop("cross-validation by street")}
NO_BETTER_THAN_RANDOM_WARNING = tr_noop(
    "The model is no better than random in the {validation}: PAI {pai} at 5 % of street length, where 1 is what "
    "grades drawn at random would find. Its grades do not rank the streets by how safe they are. Check the crime "
    "layer and its dates, compute the factors with crimes of more periods, and do not base decisions on these "
    "grades until the PAI is above 1.")
RECORDED_TEXTS = ((UNDEFINED_AUC_NOTE, NO_PRIOR_PERIOD_NOTE, NO_BETTER_THAN_RANDOM_WARNING) + FACTOR_WARNINGS
                  + tuple(BASELINE_WINS_WARNINGS.values()) + tuple(VALIDATION_NAMES.values()) + NOTE_TEXTS)
DEFAULT_BANDWIDTH_M = 100.0
IMPORTANCE_SEGMENTS = 50_000


def _default_fit():
    from .safety_model import fit_safety_model
    return fit_safety_model


def _segment_arrays(X, length_m, midpoints_xy, groups, **count_arrays):
    """The inputs as arrays of one length, in the order given, or a ValueError that says which one is off."""
    X = np.asarray(X, dtype=np.float64)
    arrays = {"length_m": np.asarray(length_m, dtype=np.float64),
              "midpoints_xy": np.asarray(midpoints_xy, dtype=np.float64).reshape(-1, 2),
              "groups": np.asarray(groups)}
    arrays.update({name: np.asarray(counts, dtype=np.float64) for name, counts in count_arrays.items()})
    wrong = [name for name, array in arrays.items() if len(array) != len(X)]
    if X.ndim != 2 or wrong:
        raise ValueError(f"Every input needs one row per segment ({len(X)} factor rows); "
                         f"these do not match: {', '.join(wrong) or 'X is not a 2-D matrix'}.")
    return (X, *arrays.values())


def _checked_folds(folds, groups):
    """``folds`` as given, after checking that each keeps its streets whole and every row is held out once."""
    times_held_out = np.zeros(len(groups), dtype=int)
    for train, test in folds:
        if np.isin(groups[test], groups[train]).any():
            raise ValueError("A street is both in a fold's training rows and in its held-out rows.")
        times_held_out[test] += 1
    if (times_held_out != 1).any():
        raise ValueError("The folds must hold every segment out exactly once.")
    return folds


def _compare_rankings(rankings, target_counts, length_m, shares, seed, progress=None):
    """Metrics of each ranking on the same target, with bootstrap ranges over the target's crimes
    (:mod:`.bootstrap`); a ranking given as ``None`` is reported as not available."""
    summaries = {}
    for done, (name, score) in enumerate(rankings.items(), start=1):
        if score is not None:
            order = rank_descending(score, seed)  # one sort serves the metrics and their bootstrap
            summaries[name] = {**ranking_summary(score, target_counts, length_m, shares, seed, order),
                               "ranges": bootstrap_ranges(score, target_counts, length_m, shares, seed, order=order)}
        else:
            summaries[name] = None
        report(progress, done / len(rankings))
    return summaries


def baseline_wins_warnings(validation, share=0.05):
    """Warnings (English, see :data:`BASELINE_WINS_WARNINGS`) for each baseline whose PAI at ``share`` of length is
    above the top of the model's bootstrap range, in the temporal hold-out if there is one, else the
    cross-validation."""
    name = "temporal_holdout" if validation.get("temporal_holdout") else "grouped_cv"
    scores = (validation.get(name) or {}).get("scores") or {}
    model = scores.get(MODEL)
    key = share_key(share)
    if not model or model["at_length_share"][key]["pai"] is None:
        return []
    model_pai = model["at_length_share"][key]["pai"]
    low, high = ((model.get("ranges") or {}).get("pai") or {}).get(key) or (model_pai, model_pai)
    warnings = []
    for baseline, template in BASELINE_WINS_WARNINGS.items():
        pai = ((scores.get(baseline) or {}).get("at_length_share") or {}).get(key, {}).get("pai")
        if pai is not None and high is not None and pai > high:
            warnings.append(template.format(validation=VALIDATION_NAMES[name], baseline_pai=f"{pai:.2f}",
                                            model_pai=f"{model_pai:.2f}", low=f"{low:.2f}", high=f"{high:.2f}"))
    return warnings


def no_better_than_random_warnings(validation, share=0.05):
    """T01: one warning (English, :data:`NO_BETTER_THAN_RANDOM_WARNING`) per validation in which the model's PAI at
    ``share`` of street length is at or below 1, i.e. no better than ranking the streets at random."""
    warnings = []
    for name in ("temporal_holdout", "grouped_cv"):
        model = ((validation.get(name) or {}).get("scores") or {}).get(MODEL)
        pai = (model or {}).get("at_length_share", {}).get(share_key(share), {}).get("pai")
        if pai is not None and pai <= 1.0:
            warnings.append(NO_BETTER_THAN_RANDOM_WARNING.format(validation=VALIDATION_NAMES[name], pai=f"{pai:.2f}"))
    return warnings


def _target_summary(target_counts):
    has_crime = target_counts > 0
    notes = []
    if one_class(has_crime):
        notes.append(UNDEFINED_AUC_NOTE)
    return {"segments": int(len(target_counts)), "target_crimes": int(target_counts.sum()),
            "share_of_segments_with_crime": json_float(has_crime.mean())}, notes


def _require_both_classes(has_crime, where):
    if one_class(has_crime):
        raise ValueError(f"The model cannot be trained {where}: it needs segments both with and without a crime. "
                         "Crimes fall on too few streets, or on every segment.")


def _permuted_risk(model, X_test, repeats, rng, progress=None):
    """Model risk with each factor's column shuffled, shape ``(factors, repeats, segments)``.

    All repeats of one factor go to the model in one stacked matrix, so there is one prediction call per factor.
    """
    n_segments, n_factors = X_test.shape
    permuted = np.empty((n_factors, repeats, n_segments), dtype=np.float32)
    for factor in range(n_factors):
        stacked = np.tile(X_test, (repeats, 1))
        stacked[:, factor] = rng.permuted(np.tile(X_test[:, factor], (repeats, 1)), axis=1).ravel()
        permuted[factor] = model.predict_risk(stacked).reshape(repeats, n_segments)
        report(progress, (factor + 1) / n_factors)
    return permuted


def _importance_rows(n_segments, rng):
    """The segments permutation importance is measured on: all, or a random :data:`IMPORTANCE_SEGMENTS` of them.

    Each factor is shuffled ``repeats`` times and every shuffle is a prediction over these rows, so on a city of
    800,000 segments importance alone would cost more than training; a random sample of this size measures the
    drop in ROC-AUC to about ±0.005.
    """
    if n_segments <= IMPORTANCE_SEGMENTS:
        return np.arange(n_segments)
    return np.sort(rng.choice(n_segments, IMPORTANCE_SEGMENTS, replace=False))


def _importance(has_crime, model_risk, permuted_risk, factor_names):
    """Mean and spread over repeats of the drop in pooled out-of-fold ROC-AUC when a factor is shuffled."""
    base_auc = roc_auc(has_crime, model_risk)
    drops = np.array([[base_auc - roc_auc(has_crime, risk) for risk in factor_risk] for factor_risk in permuted_risk])
    return {name: {"roc_auc_drop": json_float(drops[i].mean()), "roc_auc_drop_sd": json_float(drops[i].std())}
            for i, name in enumerate(factor_names)}


def grouped_cross_validation(X, target_counts, length_m, midpoints_xy, groups, factor_names, fit=None, folds=5,
                             seed=0, prior_counts=None, progress=None, shares=DEFAULT_SHARES,
                             bandwidth_m=DEFAULT_BANDWIDTH_M, importance_repeats=3, fitted=None):
    """Cross-validate by street: no street (``groups``) is ever in both the training and the held-out fold.

    On each held-out fold the model's risk is compared with (a) kernel density of the training folds' crimes
    (a held-out street's own crimes are unknown) and (b) ``prior_counts``, last period's crime count on the same
    segments, when given. Metrics are computed once over the pooled out-of-fold scores. Permutation importance is
    the drop in pooled ROC-AUC when one factor is shuffled within each held-out fold, averaged over repeats, on
    at most :data:`IMPORTANCE_SEGMENTS` segments drawn at random (see :func:`_importance_rows`).

    ``fit(X, has_crime, factor_names, groups, seed=, progress=)`` returns an object with ``predict_risk(X)``;
    it defaults to :func:`engine.model.safety_model.fit_safety_model`. Or ``fitted`` gives folds already fitted, as
    :func:`engine.model.safety_model.cross_validate` returns them (``folds``: training and held-out rows, ``fold_models``);
    then ``fit`` and ``folds`` are not used, and the folds must keep every street whole and hold each row out once.
    """
    fit = fit or _default_fit()
    count_arrays = {"target_counts": target_counts}
    if prior_counts is not None:
        count_arrays["prior_counts"] = prior_counts
    X, length_m, midpoints_xy, groups, target_counts, *prior = _segment_arrays(
        X, length_m, midpoints_xy, groups, **count_arrays)
    has_crime = target_counts > 0
    n_streets = len(np.unique(groups))
    if n_streets < 2:
        raise ValueError("Grouped cross-validation needs at least two streets; all segments share one street id.")
    if fitted is None:
        n_folds = min(folds, n_streets)
        splits = grouped_folds(groups, n_folds)
    else:
        n_folds, splits = len(fitted.folds), _checked_folds(fitted.folds, groups)
    model_risk = np.empty(len(X))
    kernel_density = np.empty(len(X))
    rng = np.random.default_rng(seed)
    importance_rows = _importance_rows(len(X), rng)
    position = np.full(len(X), -1)
    position[importance_rows] = np.arange(len(importance_rows))
    permuted_risk = np.empty((X.shape[1], importance_repeats, len(importance_rows)), dtype=np.float32)
    for fold, (train, test) in enumerate(splits):  # progress: the folds 0..0.7, the metrics the rest
        fold_progress = stage(progress, 0.7 * fold / n_folds, 0.7 * (fold + 1) / n_folds)
        if fitted is None:
            _require_both_classes(has_crime[train], f"without fold {fold + 1} of {n_folds}")
            model = fit(X[train], has_crime[train], list(factor_names), groups[train], seed=seed,
                        progress=stage(fold_progress, 0.0, 0.8))
        else:
            model = fitted.fold_models[fold]
        model_risk[test] = model.predict_risk(X[test]) if fitted is None else fitted.held_out_risk[test]
        kernel_density[test] = kde_scores(midpoints_xy[train], midpoints_xy[test], bandwidth_m, target_counts[train],
                                          progress=stage(fold_progress, 0.8, 0.9))
        sampled = test[position[test] >= 0]
        permuted_risk[:, :, position[sampled]] = _permuted_risk(model, X[sampled], importance_repeats, rng,
                                                                stage(fold_progress, 0.9, 1.0))
    summary, notes = _target_summary(target_counts)
    if not prior:
        notes.append(NO_PRIOR_PERIOD_NOTE)
    rankings = {MODEL: model_risk, KERNEL_DENSITY: kernel_density, LAST_PERIOD: prior[0] if prior else None}
    return {**summary, "streets": n_streets, "folds": n_folds, "seed": seed, "kde_bandwidth_m": bandwidth_m,
            "scores": _compare_rankings(rankings, target_counts, length_m, shares, seed, stage(progress, 0.7, 0.95)),
            "importance": _importance(has_crime[importance_rows], model_risk[importance_rows], permuted_risk,
                                      factor_names),
            "importance_repeats": importance_repeats, "importance_segments": int(len(importance_rows)),
            "notes": notes}


def temporal_holdout(X, counts_by_year, train_years, test_years, length_m, midpoints_xy, groups, factor_names,
                     fit=None, seed=0, progress=None, shares=DEFAULT_SHARES, bandwidth_m=DEFAULT_BANDWIDTH_M,
                     risk=None, network_kernel=None, network_bandwidth_m=DEFAULT_BANDWIDTH_M, baselines=None):
    """Train on crimes of ``train_years``, test on crimes of the later ``test_years`` on the same segments.

    Only train-year counts reach the model and the baselines: last period's crime count is the train years'
    count, and kernel density is of the train years' crimes. ``counts_by_year`` maps a year to per-segment counts.
    ``network_kernel`` (an :class:`engine.factors.network_kernel.NetworkKernel` of these segments) adds the network
    kernel density of the train years' crimes with ``network_bandwidth_m``.
    ``risk``: the risk that a model already fitted to whether each segment had a crime in ``train_years`` (and to
    nothing of the test years) gives every segment, scored instead of fitting one. ``baselines``: the baselines'
    scores from :func:`temporal_baselines` with the same arguments, when computed already (they need no model).
    """
    fit = fit or _default_fit()
    train_years, test_years, train_counts, test_counts = _held_out_counts(counts_by_year, train_years, test_years)
    X, length_m, midpoints_xy, groups, train_counts, test_counts = _segment_arrays(
        X, length_m, midpoints_xy, groups, train_counts=train_counts, test_counts=test_counts)
    _require_both_classes(train_counts > 0, f"on {train_years}")
    if risk is None:
        model = fit(X, train_counts > 0, list(factor_names), groups, seed=seed, progress=stage(progress, 0.0, 0.8))
        risk = model.predict_risk(X)
    if baselines is None:
        baselines = temporal_baselines(counts_by_year, train_years, test_years, length_m, midpoints_xy, seed,
                                       stage(progress, 0.8, 0.95), shares, bandwidth_m, network_kernel,
                                       network_bandwidth_m)
    summary, notes = _target_summary(test_counts)
    scores = {**_compare_rankings({MODEL: np.asarray(risk, dtype=np.float64)}, test_counts, length_m, shares, seed,
                                  stage(progress, 0.95, 1.0)), **baselines}
    return {**summary, "train_years": [_period(year) for year in train_years],
            "test_years": [_period(year) for year in test_years], "seed": seed, "kde_bandwidth_m": bandwidth_m,
            "network_kde_bandwidth_m": network_bandwidth_m if network_kernel is not None else None,
            "scores": scores, "notes": notes}


def temporal_baselines(counts_by_year, train_years, test_years, length_m, midpoints_xy, seed=0, progress=None,
                       shares=DEFAULT_SHARES, bandwidth_m=DEFAULT_BANDWIDTH_M, network_kernel=None,
                       network_bandwidth_m=DEFAULT_BANDWIDTH_M):
    """The scores of :func:`temporal_holdout`'s baselines (kernel density, last period's count and, with
    ``network_kernel``, the network kernel density of the train years' crimes) on the test years."""
    _, _, train_counts, test_counts = _held_out_counts(counts_by_year, train_years, test_years)
    length_m = np.asarray(length_m, dtype=np.float64)
    midpoints_xy = np.asarray(midpoints_xy, dtype=np.float64).reshape(-1, 2)
    rankings = {KERNEL_DENSITY: kde_scores(midpoints_xy, midpoints_xy, bandwidth_m, train_counts,
                                           progress=stage(progress, 0.0, 0.5)),
                LAST_PERIOD: train_counts}
    if network_kernel is not None:
        rankings[NETWORK_KERNEL] = network_kernel.density_per_km(train_counts, network_bandwidth_m)
    return _compare_rankings(rankings, test_counts, length_m, shares, seed, stage(progress, 0.5, 1.0))


def _held_out_counts(counts_by_year, train_years, test_years):
    """Sorted train and test years, checked, and the crimes per segment in each."""
    train_years, test_years = sorted(train_years), sorted(test_years)
    unknown = sorted(set(train_years + test_years) - set(counts_by_year))
    if unknown or not train_years or not test_years:
        raise ValueError(f"The temporal hold-out needs train and test years with crime counts; unknown years: "
                         f"{unknown}, known: {sorted(counts_by_year)}.")
    if test_years[0] <= train_years[-1]:
        raise ValueError(f"Test years {test_years} must all come after the train years {train_years}.")
    train_counts = np.sum([np.asarray(counts_by_year[year], dtype=np.float64) for year in train_years], axis=0)
    test_counts = np.sum([np.asarray(counts_by_year[year], dtype=np.float64) for year in test_years], axis=0)
    return train_years, test_years, train_counts, test_counts


def _period(period):
    """A year as a number (as before periods), a quarter or month by its name (``2016Q3``, ``2016-07``)."""
    return int(period) if str(period).isdigit() else str(period)
