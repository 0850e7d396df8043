"""Fitting the safety model: which street segments are likely to see crime, trained on past crimes.

Training needs scikit-learn; the fitted :class:`~.fitted_model.SafetyModel` (re-exported here) predicts, grades and
explains with numpy alone.
"""
import os
import platform
from dataclasses import dataclass
from datetime import datetime, timezone

import numpy as np

from ..dependencies import require
from .booster_hooks import MAX_ITERATIONS as MAX_TREES, HeldOutLoss, TreeTicker
from .fitted_model import SafetyModel, safety_constraints
from .folds import grouped_folds
from .forest import forest_from_booster
from ..i18n import TranslatableError, tr_noop
from ..progress import report, stage

TR_CONTEXT = "Model"

# Gradient boosting settings, chosen for a few hundred thousand near-duplicate 10 m segments and ~13 factors.
LEARNING_RATE = 0.1
MAX_ITERATIONS = MAX_TREES  # a booster grows at most this many trees (the hooks report progress against it)
MAX_DEPTH = 4  # interactions of up to four factors (e.g. few lights x dead end x night-time population)
N_FOLDS = 5
EARLY_STOPPING_PATIENCE = 20  # a fold's booster stops after this many trees without a lower held-out loss
CONTROLS_PER_CASE = 5  # crime-free rows a booster learns from per crime row (case-control sampling) ...
MIN_CONTROLS = 100_000  # ... but never fewer than this many, so districts learn from all their rows
CALIBRATION_KNOTS = 1025
# the booster settings a model file records (the rest are scikit-learn's defaults or the per-tree hook)
BOOSTER_SETTINGS = ("learning_rate", "max_iter", "max_depth", "max_leaf_nodes", "min_samples_leaf",
                    "l2_regularization", "class_weight", "max_bins", "random_state")


class NoSignalError(TranslatableError):
    """The factors tell segments with crime from those without no better than chance."""


def fit_safety_model(X, y, factor_names, groups, seed=0, progress=None):
    """Fit a :class:`SafetyModel` to factor rows ``X`` (n, k), crime flags ``y`` (n,) and street ids ``groups`` (n,).

    The model of :func:`cross_validate`, without its fold models; see there for the method.
    """
    return cross_validate(X, y, factor_names, groups, seed=seed, progress=progress).model


@dataclass
class CrossValidatedModel:
    """The final model and the grouped cross-validation that chose its size and calibration.

    ``folds``: ``(training rows, held-out rows)`` per fold; no street is in both. ``fold_models``: per fold a
    :class:`SafetyModel` fitted on the training rows only, with its number of trees and its calibration chosen
    from the other folds' held-out rows. ``held_out_risk``: each row's risk from the fold model that never saw
    its street.
    """

    model: SafetyModel
    folds: list
    fold_models: list
    held_out_risk: np.ndarray
    held_out_losses: list  # per fold, its held-out log loss after each tree it grew
    calibration: tuple = None  # (slope, intercept) of the final model's Platt curve on the raw score

    def refit(self, X, y, groups, seed=0, progress=None):
        """The model fitted again on other rows (e.g. every period, where this one learned the training periods)
        with the number of trees and the calibration curve this cross-validation chose; not validated again."""
        return refit_safety_model(self, X, y, groups, seed=seed, progress=progress)


def cross_validate(X, y, factor_names, groups, seed=0, progress=None, folds=N_FOLDS):
    """Fit the safety model and cross-validate it by street in one pass; returns a :class:`CrossValidatedModel`.

    Method, and why:

    * Classifier: scikit-learn's histogram gradient boosting, which bins factors, takes missing values natively,
      and enforces **monotonic constraints**: an added light, camera, bell, guard house or safe-return route can
      never raise a segment's predicted risk (:func:`safety_constraints`). Observational data confound these
      factors (cameras go where crime already is), so the direction is imposed, not learned.
    * Size: trees of depth <= 4 (<= 16 leaves), learning rate 0.1, L2 regularisation 1, and leaves of at least
      20 rows or 0.1 % of the rows, whichever is more, so a leaf always spans several streets rather than fitting one
      street's near-duplicate 10 m pieces.
    * Imbalance: most segments see no crime, so classes are weighted to balance, which keeps the splits attending
      to crime segments where they are rare (on synthetic districts with 7 % crime segments it changed held-out AUC
      by under 0.01). The weighting shifts the raw scores, which the calibration below undoes.
    * Folds: ``folds`` grouped folds keep whole streets together (``groups``), since neighbouring pieces of one
      street are near-duplicates and would otherwise leak. One booster per fold learns from the other folds.
    * Number of trees, with early stopping: each fold's booster tracks its log loss (class-weighted) on its
      held-out fold after every tree and stops once :data:`EARLY_STOPPING_PATIENCE` trees in a row brought no
      lower loss, or at :data:`MAX_ITERATIONS`. The final model takes the tree count with the lowest loss summed
      over the folds; a fold's own model takes the count that is best on the *other* folds, so the rows it is
      scored on never choose its size.
    * Calibration: Platt scaling — a logistic curve of the crime flags on the **held-out** raw scores (Platt
      1999; Niculescu-Mizil & Caruana 2005): all folds' for the final model, the other folds' for a fold's model.
      It is strictly increasing, so monotonicity survives, no two scores tie (grade shares by length stay
      accurate), and it never saturates: isotonic calibration put the riskiest segments on a flat top block at
      risk 1.0, where a new camera lowered their score but not their risk. The curve is stored as
      :data:`CALIBRATION_KNOTS` knots over every raw score the trees can produce, read with linear
      interpolation, so the model file holds plain arrays only.
    * Case-control sampling: on networks with more than :data:`MIN_CONTROLS` crime-free rows each booster learns
      from every crime row and :data:`CONTROLS_PER_CASE` crime-free rows per crime row, drawn at random
      (:func:`_case_control_rows`). The classes are weighted to balance either way, so the sample aims the trees
      at the same target; the held-out loss and the calibration use every held-out row, so the scale of risk is
      not shifted by the sample. On the generated city of 932,299 segments it cut the rows a booster learns from
      fourfold and left held-out ROC-AUC and PAI at 5 % as they were (0.676 and 3.99 against 0.677 and 3.97).
    * The final trees are fitted on all rows with the chosen number of trees. The folds' models are the
      cross-validation's, so the model is validated without fitting it again per fold (an earlier version nested
      a five-fold search inside every validation fold: 42 boosters where 6 now do).
    * Progress is reported after every tree; ``progress`` raising (Cancel) stops the fit within one tree.
    * Threads: scikit-learn's OpenMP threads busy-wait, and when they share cores with other work (QGIS itself,
      other processes) training slows down ten- to forty-fold; training therefore uses half the cores.
    """
    X, y, groups, factor_names = _checked_training_data(X, y, factor_names, groups)
    threads = max(1, (os.cpu_count() or 1) // 2)
    with _openmp_limited_to(threads):
        return _cross_validate(X, y, factor_names, groups, seed, progress, folds, threads)


def _openmp_limited_to(threads):
    """A context in which scikit-learn's OpenMP runs at most ``threads`` threads."""
    require("sklearn.ensemble")  # loads the OpenMP runtime, which the limit can only reach once loaded
    return require("threadpoolctl").threadpool_limits(limits=threads, user_api="openmp")


def _cross_validate(X, y, factor_names, groups, seed, progress, n_folds, threads):
    constraints = safety_constraints(factor_names)
    folds = grouped_folds(groups, min(n_folds, len(np.unique(groups))))
    for number, (train, _) in enumerate(folds):
        if y[train].all() or not y[train].any():
            raise ValueError(f"The model cannot be trained without fold {number + 1} of {len(folds)}: it needs "
                             f"segments both with and without a crime. Crimes fall on too few streets, or on every "
                             f"segment.")
    report(progress, 0.0)  # a Cancel pressed while the data were checked and split is seen here
    rng = np.random.default_rng(seed)
    boosters, hooks = _fit_folds(X, y, folds, constraints, seed, threads, rng, stage(progress, 0.0, 0.85))
    losses = [np.array(hook.losses) for hook in hooks]
    n_trees, fold_trees = _chosen_tree_counts(losses)
    # every fold's held-out scores at every count chosen: its own model's, the other folds' models' (to calibrate
    # them) and the final model's
    fold_raw = [hook.raw_after(booster, set(fold_trees) | {n_trees}) for hook, booster in zip(hooks, boosters)]
    held_out_raw = np.empty(len(y))
    for (_, test), raw in zip(folds, fold_raw):
        held_out_raw[test] = raw[n_trees]
    rows = _case_control_rows(np.arange(len(y)), y, rng)
    final_hook = TreeTicker(stage(progress, 0.85, 0.95), n_trees + 1)  # then the fold models, to 1.0
    booster = _new_booster(constraints, len(rows), seed, n_trees, final_hook, MAX_ITERATIONS + 1).fit(X[rows], y[rows])
    forest = forest_from_booster(booster)
    curve = _platt_curve(held_out_raw, y)
    model = SafetyModel(factor_names, constraints, forest,
                        *_calibration_knots(curve, _raw_score_range(forest, held_out_raw)),
                        reference=np.nanmedian(X, axis=0),
                        training=_training_summary(y, rows, groups, len(folds), n_trees, losses, booster, seed))
    fold_models, held_out_risk = _fold_models(y, folds, boosters, fold_raw, fold_trees, model,
                                              stage(progress, 0.95, 1.0))
    report(progress, 1.0)
    return CrossValidatedModel(model, folds, fold_models, held_out_risk, losses, curve)


def refit_safety_model(validated, X, y, groups, seed=0, progress=None):
    """A :class:`SafetyModel` of ``validated``'s factors learned from ``X``, ``y`` with ``validated``'s number of
    trees and calibration curve (:meth:`CrossValidatedModel.refit`), its trees fitted as the final model's are
    (case-control rows, same booster); the training summary records the rows it learned and that its size and
    calibration came from ``validated``."""
    X, y, groups, factor_names = _checked_training_data(X, y, validated.model.factor_names, groups)
    n_trees = validated.model.training["trees"]
    with _openmp_limited_to(max(1, (os.cpu_count() or 1) // 2)):
        report(progress, 0.0)
        rows = _case_control_rows(np.arange(len(y)), y, np.random.default_rng(seed))
        booster = _new_booster(validated.model.constraints, len(rows), seed, n_trees,
                               TreeTicker(progress, n_trees + 1), MAX_ITERATIONS + 1).fit(X[rows], y[rows])
    forest = forest_from_booster(booster)
    training = _training_summary(y, rows, groups, len(validated.folds), n_trees, validated.held_out_losses, booster,
                                 seed)
    training["size_and_calibration_from"] = {key: validated.model.training[key]
                                             for key in ("segments", "segments_with_crime", "streets")}
    model = SafetyModel(factor_names, validated.model.constraints, forest,
                        *_calibration_knots(validated.calibration, _raw_score_range(forest)),
                        reference=np.nanmedian(X, axis=0), training=training)
    report(progress, 1.0)
    return model


def _fit_folds(X, y, folds, constraints, seed, threads, rng, progress):
    """One booster per fold, learning from the other folds and stopping early on its own; with their hooks."""
    weights = _balanced_weights(y)
    boosters, hooks = [], []
    for number, (train, test) in enumerate(folds):
        hook = HeldOutLoss(X[test], y[test], weights[test], threads,
                            stage(progress, number / len(folds), (number + 1) / len(folds)))
        rows = _case_control_rows(train, y, rng)
        report(progress, number / len(folds))  # before scikit-learn bins the rows, which takes a while
        boosters.append(_new_booster(constraints, len(rows), seed, MAX_ITERATIONS, hook, EARLY_STOPPING_PATIENCE)
                        .fit(X[rows], y[rows]))
        hooks.append(hook)
    return boosters, hooks


def _fold_models(y, folds, boosters, fold_raw, fold_trees, model, progress):
    """Each fold's :class:`SafetyModel` (its first ``fold_trees`` trees, calibrated on the other folds' held-out
    scores) and every row's risk from the fold that held it out."""
    fold_models, held_out_risk = [], np.empty(len(y))
    for number, ((_, test), booster) in enumerate(zip(folds, boosters)):
        others = np.concatenate([test_rows for k, (_, test_rows) in enumerate(folds) if k != number])
        others_raw = np.concatenate([fold_raw[k][fold_trees[number]] for k in range(len(folds)) if k != number])
        forest = forest_from_booster(booster, fold_trees[number])
        fold_model = SafetyModel(model.factor_names, model.constraints, forest,
                                 *_calibration_knots(_platt_curve(others_raw, y[others]),
                                                     _raw_score_range(forest, others_raw)),
                                 reference=model.reference)  # fold models score, they never explain
        held_out_risk[test] = fold_model.risk_from_raw(fold_raw[number][fold_trees[number]])
        fold_models.append(fold_model)
        report(progress, (number + 1) / len(folds))
    return fold_models, held_out_risk


def _case_control_rows(rows, y, rng):
    """``rows`` with every crime row and, of the crime-free ones, at most :data:`CONTROLS_PER_CASE` per crime row
    (and no fewer than :data:`MIN_CONTROLS`), drawn at random; in their original order.

    The classes are weighted to balance anyway, so a uniform sample of crime-free rows aims the trees at the same
    target as all of them; calibration is fitted on every held-out row, never on the sample.
    """
    crime_free = rows[~y[rows]]
    keep = max(CONTROLS_PER_CASE * int(y[rows].sum()), MIN_CONTROLS)
    if keep >= len(crime_free):
        return rows
    return np.sort(np.concatenate([rows[y[rows]], rng.choice(crime_free, keep, replace=False)]))


def _selection_curves(losses):
    """Summed held-out loss per tree count, up to the fewest trees any fold grew: over every fold, then over every
    fold but each one in turn."""
    common = np.array([fold_losses[:min(map(len, losses))] for fold_losses in losses])
    total = common.sum(axis=0)
    return [total] + [total - fold_losses for fold_losses in common]


def _chosen_tree_counts(losses):
    """Trees of the final model (best over all folds) and of each fold's model (best over the other folds)."""
    total, *leave_one_out = [int(np.argmin(curve)) + 1 for curve in _selection_curves(losses)]
    return total, leave_one_out


def _checked_training_data(X, y, factor_names, groups):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=bool)
    groups = np.asarray(groups)
    factor_names = tuple(factor_names)
    if X.ndim != 2 or X.shape[1] != len(factor_names) or y.shape != (len(X),) or groups.shape != (len(X),):
        raise TranslatableError(TR_CONTEXT, tr_noop(
            "Training needs one row of {count} factor values, one crime flag and one street id per segment; got "
            "shapes {factor_shape}, {crime_shape} and {street_shape}."), count=len(factor_names),
            factor_shape=X.shape, crime_shape=y.shape, street_shape=groups.shape)
    if np.isinf(X).any():
        raise TranslatableError(TR_CONTEXT, tr_noop("Factor values must not be infinite."))
    empty = [name for name, column in zip(factor_names, X.T) if np.isnan(column).all()]
    if empty:
        raise TranslatableError(TR_CONTEXT, tr_noop("Factor(s) {names} have no values."), names=', '.join(empty))
    if y.all() or not y.any():
        raise TranslatableError(TR_CONTEXT, tr_noop("Training needs segments both with and without crime."))
    if len(np.unique(groups)) < 2:
        raise TranslatableError(TR_CONTEXT, tr_noop(
            "Training needs at least two streets for grouped cross-validation."))
    return X, y, groups, factor_names


def _new_booster(constraints, n_rows, seed, n_trees, on_tree, patience):
    """The booster; ``on_tree`` is called after every tree (see :class:`HeldOutLoss`), and the fit stops when its
    score has not risen for ``patience`` trees."""
    ensemble = require("sklearn.ensemble")
    return ensemble.HistGradientBoostingClassifier(
        learning_rate=LEARNING_RATE, max_iter=n_trees, max_depth=MAX_DEPTH, max_leaf_nodes=2 ** MAX_DEPTH,
        min_samples_leaf=max(20, n_rows // 1000), l2_regularization=1.0, monotonic_cst=constraints.tolist(),
        class_weight="balanced", random_state=seed, early_stopping=True, scoring=on_tree,
        validation_fraction=None, n_iter_no_change=patience, tol=0.0)


def _balanced_weights(y):
    """scikit-learn's "balanced" class weights: both classes weigh half the rows."""
    n_crime = y.sum()
    return np.where(y, len(y) / (2 * n_crime), len(y) / (2 * (len(y) - n_crime)))


def _platt_curve(raw, y):
    """``(slope, intercept)`` of the logistic curve fitted to crime flags ``y`` on raw scores."""
    logistic = require("sklearn.linear_model").LogisticRegression(C=1e6).fit(raw.reshape(-1, 1), y)
    slope, intercept = float(logistic.coef_[0, 0]), float(logistic.intercept_[0])
    if not slope > 0:
        raise NoSignalError(TR_CONTEXT, tr_noop(
            "The factors do not separate segments with crime from those without: the "
            "model found no signal to grade by."))
    return slope, intercept


def _calibration_knots(curve, raw_range):
    """Knots (raw score, risk) of the logistic ``curve`` (slope, intercept) over ``raw_range``."""
    slope, intercept = curve
    knots_raw = np.linspace(*raw_range, CALIBRATION_KNOTS)
    return knots_raw, 1.0 / (1.0 + np.exp(-(slope * knots_raw + intercept)))


def _raw_score_range(forest, raw=()):
    """Lowest and highest raw score the trees can give (every tree's lowest or highest leaf), widened to ``raw``."""
    tree = np.repeat(np.arange(forest.n_trees), np.diff(forest.tree_starts))
    leaf = forest.is_leaf
    lowest = np.full(forest.n_trees, np.inf)
    highest = np.full(forest.n_trees, -np.inf)
    np.minimum.at(lowest, tree[leaf], forest.value[leaf])
    np.maximum.at(highest, tree[leaf], forest.value[leaf])
    raw = np.asarray(raw, dtype=np.float64)
    return (min(forest.baseline + lowest.sum(), raw.min(initial=np.inf)) - 1.0,
            max(forest.baseline + highest.sum(), raw.max(initial=-np.inf)) + 1.0)


def _training_summary(y, rows, groups, n_folds, n_trees, losses, booster, seed):
    sklearn = require("sklearn")
    return {
        "trained_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "segments": int(len(y)),
        "segments_with_crime": int(y.sum()),
        "streets": int(len(np.unique(groups))),
        "folds": n_folds,
        "trees": n_trees,
        "trees_grown_per_fold": [len(fold_losses) for fold_losses in losses],
        "seed": int(seed),
        "booster": {key: value for key, value in booster.get_params().items() if key in BOOSTER_SETTINGS},
        "early_stopping_patience": EARLY_STOPPING_PATIENCE,
        "rows_learned_from": {"with_crime": int(y.sum()), "crime_free": int(len(rows) - y.sum()),
                              "crime_free_available": int(len(y) - y.sum()), "controls_per_case": CONTROLS_PER_CASE,
                              "min_controls": MIN_CONTROLS},
        "calibration": "Platt scaling (logistic curve) on out-of-fold raw scores",
        "library_versions": {"python": platform.python_version(), "numpy": np.__version__,
                             "scikit-learn": sklearn.__version__},
    }
