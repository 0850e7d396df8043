"""The safety model: which street segments are likely to see crime, trained on past crimes.

Training needs scikit-learn; a fitted :class:`SafetyModel` predicts, grades and explains with numpy alone.
"""
import os
import platform
from datetime import datetime, timezone

import numpy as np

from .dependencies import require
from .fields import factor_for
from .forest import Forest, forest_from_booster
from .grades import grade_from_risk
from .i18n import TranslatableError, tr_noop
from .progress import report

TR_CONTEXT = "Model"

# Gradient boosting settings, chosen for a few hundred thousand near-duplicate 10 m segments and ~13 factors.
LEARNING_RATE = 0.1
MAX_ITERATIONS = 200
MAX_DEPTH = 4  # interactions of up to four factors (e.g. few lights x dead end x night-time population)
N_FOLDS = 5
CALIBRATION_KNOTS = 1025


class SafetyModel:
    """A fitted safety model: gradient-boosted trees, their calibration to crime probability, and grade thresholds.

    ``factor_names``: the factor fields the model reads, in column order. ``constraints``: per factor ``-1`` (more
    never raises risk), ``+1`` (more never lowers risk) or ``0`` (free). ``forest``: the boosted trees
    (:class:`~.forest.Forest`), giving a raw score in log-odds. ``calibration_raw`` / ``calibration_risk``:
    increasing knots mapping the raw score to the probability that a segment sees crime, linearly between knots and
    flat beyond them. ``reference``: each factor's training median, against which explanations call a value high or
    low. ``thresholds``: four ascending risk values cutting grades 1..5 (see :mod:`.grades`), or None until set.
    ``training``: a JSON-ready summary of how the model was fitted.
    """

    def __init__(self, factor_names, constraints, forest, calibration_raw, calibration_risk, reference,
                 thresholds=None, training=None):
        self.factor_names = tuple(str(name) for name in factor_names)
        self.constraints = np.asarray(constraints, dtype=np.int8)
        self.forest = forest
        self.calibration_raw = np.asarray(calibration_raw, dtype=np.float64)
        self.calibration_risk = np.asarray(calibration_risk, dtype=np.float64)
        self.reference = np.asarray(reference, dtype=np.float64)
        self.thresholds = thresholds
        self.training = dict(training or {})
        self._check()

    @property
    def thresholds(self):
        return self._thresholds

    @thresholds.setter
    def thresholds(self, thresholds):
        if thresholds is not None:
            thresholds = np.asarray(thresholds, dtype=np.float64)
            if thresholds.shape != (4,) or not np.isfinite(thresholds).all() or np.any(np.diff(thresholds) < 0):
                raise TranslatableError(TR_CONTEXT, tr_noop(
                    "Grade thresholds must be four finite, ascending risk values."))
        self._thresholds = thresholds

    def check_inputs(self, available_field_names):
        """Raise ValueError naming every factor the model needs that ``available_field_names`` lacks."""
        available = set(available_field_names)
        missing = [name for name in self.factor_names if name not in available]
        if missing:
            raise TranslatableError(TR_CONTEXT, tr_noop(
                "The model needs factor field(s) {names}, which the input does not have. "
                "Compute the factors with the settings the model was trained with."), names=', '.join(missing))

    def predict_raw(self, X, progress=None):
        """Raw scores (log-odds of the boosted trees) for rows of factor values in ``factor_names`` order."""
        return self.forest.predict_raw(X, progress)

    def contributions(self, X, progress=None):
        """Raw scores and per-factor contributions ``(n, n_factors)``; see :func:`.explain.explain` for the method."""
        return self.forest.evaluate(X, progress)

    def risk_from_raw(self, raw):
        """Calibrated probability (0..1) that a segment sees crime, from raw scores."""
        return np.interp(raw, self.calibration_raw, self.calibration_risk)

    def predict_risk(self, X, progress=None):
        """Calibrated probability (0..1) that each row's segment sees crime."""
        return self.risk_from_raw(self.predict_raw(X, progress))

    def grade(self, risk):
        """Grade 1 (safest) to 5 (least safe) for each risk, with the model's thresholds."""
        if self.thresholds is None:
            raise TranslatableError(TR_CONTEXT, tr_noop(
                "The model has no grade thresholds yet; set them with "
                "grades.grade_thresholds."))
        return grade_from_risk(risk, self.thresholds)

    def _check(self):
        n_factors = len(self.factor_names)
        if n_factors == 0 or len(set(self.factor_names)) != n_factors:
            raise TranslatableError(TR_CONTEXT, tr_noop("Factor names must be present and distinct."))
        if self.constraints.shape != (n_factors,) or not np.isin(self.constraints, (-1, 0, 1)).all():
            raise TranslatableError(TR_CONTEXT, tr_noop("There must be one constraint of -1, 0 or 1 per factor."))
        if self.reference.shape != (n_factors,) or not np.isfinite(self.reference).all():
            raise TranslatableError(TR_CONTEXT, tr_noop("There must be one finite reference value per factor."))
        if not isinstance(self.forest, Forest) or self.forest.n_features != n_factors:
            raise TranslatableError(TR_CONTEXT, tr_noop("The trees must read exactly the model's factors."))
        knots_x, knots_y = self.calibration_raw, self.calibration_risk
        if (knots_x.ndim != 1 or len(knots_x) == 0 or knots_x.shape != knots_y.shape
                or not (np.isfinite(knots_x).all() and np.isfinite(knots_y).all())
                or np.any(np.diff(knots_x) <= 0) or np.any(np.diff(knots_y) < 0)
                or knots_y[0] < 0 or knots_y[-1] > 1):
            raise TranslatableError(TR_CONTEXT, tr_noop(
                "Calibration knots must be finite, with raw scores rising and risks "
                "rising within 0..1."))


def safety_constraints(factor_names):
    """Monotonic constraint per factor from :mod:`.fields`: ``-1`` more never raises risk, ``+1`` never lowers it."""
    return np.array([factor_for(name).safety_direction for name in factor_names], dtype=np.int8)


def fit_safety_model(X, y, factor_names, groups, seed=0, progress=None):
    """Fit a :class:`SafetyModel` to factor rows ``X`` (n, k), crime flags ``y`` (n,) and street ids ``groups`` (n,).

    Method, and why:

    * Classifier: scikit-learn's histogram gradient boosting, which bins factors so that one fit on 800,000 segments
      takes 10-20 s, takes missing values natively, and enforces **monotonic constraints**: an added light, camera,
      bell, guard house or safe-return route can never raise a segment's predicted risk (:func:`safety_constraints`).
      Observational data confound these factors (cameras go where crime already is), so the direction is imposed,
      not learned.
    * Size: trees of depth <= 4 (<= 16 leaves), learning rate 0.1, L2 regularisation 1, and leaves of at least
      20 rows or 0.1 % of the rows, whichever is more, so a leaf always spans several streets rather than fitting one
      street's near-duplicate 10 m pieces.
    * Imbalance: most segments see no crime, so classes are weighted to balance, which keeps the splits attending
      to crime segments where they are rare (on synthetic districts with 7 % crime segments it changed held-out AUC
      by under 0.01). The weighting shifts the raw scores, which the calibration below undoes.
    * Number of trees: up to 200, chosen by grouped cross-validation — ``N_FOLDS`` folds that each keep whole
      streets together (``groups``), since neighbouring pieces of one street are near-duplicates and would
      otherwise leak. The count minimising the out-of-fold (class-weighted) log loss is kept.
    * Calibration: Platt scaling — a logistic curve of the crime flags on the **out-of-fold** raw scores (Platt
      1999; Niculescu-Mizil & Caruana 2005). It is strictly increasing, so monotonicity survives, no two scores tie
      (grade shares by length stay accurate), and it never saturates: isotonic calibration put the riskiest segments
      on a flat top block at risk 1.0, where a new camera lowered their score but not their risk. The curve is
      stored as :data:`CALIBRATION_KNOTS` knots over every raw score the trees can produce, read with linear
      interpolation, so the model file holds plain arrays only.
    * The final trees are fitted on all rows with the chosen number of trees.
    * Threads: scikit-learn's OpenMP threads busy-wait, and when they share cores with other work (QGIS itself,
      other processes) training slows down ten- to forty-fold; training therefore uses half the cores.
    """
    X, y, groups, factor_names = _checked_training_data(X, y, factor_names, groups)
    threads = max(1, (os.cpu_count() or 1) // 2)
    require("sklearn.ensemble")  # loads the OpenMP runtime, which the limit below can only reach once loaded
    with require("threadpoolctl").threadpool_limits(limits=threads, user_api="openmp"):
        return _fit(X, y, factor_names, groups, seed, progress)


def _fit(X, y, factor_names, groups, seed, progress):
    constraints = safety_constraints(factor_names)
    folds = list(require("sklearn.model_selection").GroupKFold(n_splits=min(N_FOLDS, len(np.unique(groups))))
                 .split(X, y, groups))
    weights = _balanced_weights(y)
    boosters, losses = [], np.zeros(MAX_ITERATIONS)
    for number, (train, test) in enumerate(folds):
        report(progress, 0.8 * number / len(folds))
        booster = _new_booster(constraints, len(train), seed, MAX_ITERATIONS).fit(X[train], y[train])
        for iteration, raw in enumerate(booster.staged_decision_function(X[test])):
            losses[iteration] += _weighted_log_loss(raw, y[test], weights[test])
        boosters.append(booster)
    n_trees = int(np.argmin(losses)) + 1
    out_of_fold = np.empty(len(y))
    for booster, (train, test) in zip(boosters, folds):
        out_of_fold[test] = _staged_raw(booster, X[test], n_trees)
    report(progress, 0.8)
    booster = _new_booster(constraints, len(y), seed, n_trees).fit(X, y)
    forest = forest_from_booster(booster)
    calibration_raw, calibration_risk = _platt_knots(out_of_fold, y, _raw_score_range(forest, out_of_fold))
    report(progress, 1.0)
    return SafetyModel(factor_names, constraints, forest, calibration_raw, calibration_risk,
                       reference=np.nanmedian(X, axis=0),
                       training=_training_summary(y, groups, folds, n_trees, booster, seed))


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


def _new_booster(constraints, n_rows, seed, n_trees):
    ensemble = require("sklearn.ensemble")
    return ensemble.HistGradientBoostingClassifier(
        learning_rate=LEARNING_RATE, max_iter=n_trees, max_depth=MAX_DEPTH, max_leaf_nodes=2 ** MAX_DEPTH,
        min_samples_leaf=max(20, n_rows // 1000), l2_regularization=1.0, monotonic_cst=constraints.tolist(),
        class_weight="balanced", early_stopping=False, random_state=seed)


def _balanced_weights(y):
    """scikit-learn's "balanced" class weights: both classes weigh half the rows."""
    n_crime = y.sum()
    return np.where(y, len(y) / (2 * n_crime), len(y) / (2 * (len(y) - n_crime)))


def _weighted_log_loss(raw, y, weights):
    return float(np.sum(weights * (np.logaddexp(0.0, raw) - y * raw)))


def _staged_raw(booster, X, n_trees):
    for iteration, raw in enumerate(booster.staged_decision_function(X), start=1):
        if iteration == n_trees:
            return raw
    raise TranslatableError(TR_CONTEXT, tr_noop("The booster has fewer trees than requested."))


def _platt_knots(raw, y, raw_range):
    """Knots (raw score, risk) of the logistic curve fitted to crime flags ``y`` on raw scores, over ``raw_range``."""
    logistic = require("sklearn.linear_model").LogisticRegression(C=1e6).fit(raw.reshape(-1, 1), y)
    slope, intercept = float(logistic.coef_[0, 0]), float(logistic.intercept_[0])
    if not slope > 0:
        raise TranslatableError(TR_CONTEXT, tr_noop(
            "The factors do not separate segments with crime from those without: the "
            "model found no signal to grade by."))
    knots_raw = np.linspace(*raw_range, CALIBRATION_KNOTS)
    return knots_raw, 1.0 / (1.0 + np.exp(-(slope * knots_raw + intercept)))


def _raw_score_range(forest, raw):
    """Lowest and highest raw score the trees can give (every tree's lowest or highest leaf), widened to ``raw``."""
    tree = np.repeat(np.arange(forest.n_trees), np.diff(forest.tree_starts))
    leaf = forest.is_leaf
    lowest = np.full(forest.n_trees, np.inf)
    highest = np.full(forest.n_trees, -np.inf)
    np.minimum.at(lowest, tree[leaf], forest.value[leaf])
    np.maximum.at(highest, tree[leaf], forest.value[leaf])
    return (min(forest.baseline + lowest.sum(), raw.min()) - 1.0, max(forest.baseline + highest.sum(), raw.max()) + 1.0)


def _training_summary(y, groups, folds, n_trees, booster, seed):
    sklearn = require("sklearn")
    return {
        "trained_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "segments": int(len(y)),
        "segments_with_crime": int(y.sum()),
        "streets": int(len(np.unique(groups))),
        "folds": len(folds),
        "trees": n_trees,
        "seed": int(seed),
        "booster": {key: value for key, value in booster.get_params().items() if key != "monotonic_cst"},
        "calibration": "Platt scaling (logistic curve) on out-of-fold raw scores",
        "library_versions": {"python": platform.python_version(), "numpy": np.__version__,
                             "scikit-learn": sklearn.__version__},
    }
