"""Fit the safety model from crime counts per area (grid cells, 행정동, police districts) instead of crime points.

Method: a disaggregation by expectation–maximisation for Poisson totals. Each segment ``i`` has a crime rate
``r_i`` per metre from the boosted trees (``r_i = exp(raw_i)``); area ``A`` with count ``N_A`` then expects
``mu_A = sum_i w_iA len_i r_i`` crimes, ``w_iA`` being the share of segment ``i``'s length inside ``A``, and the
counts are taken as independent Poisson with these means.

* E-step: spread each area's count over its segments in proportion to their current expected crimes,
  ``c_i = sum_A N_A w_iA len_i r_i / mu_A`` (the expected count of segment ``i`` given its areas' totals).
* M-step: gradient boosting with the Poisson loss on the spread counts, with the safety model's monotone
  constraints and tree settings: the rate per metre ``c_i / (len_i w_i)`` as target and the covered length
  ``len_i w_i`` as weight (a length offset). Each round adds :data:`TREES_PER_ROUND` trees to the same ensemble
  (a generalised EM step: the likelihood of the area totals rises without refitting from scratch).
* Start: every segment at the same rate, so the first spread is by length share.
* Number of rounds: cross-validation grouped by area — the areas are split into folds; each fold's model learns
  from the other areas only and predicts the held-out areas' counts (``mu_A``); the rounds with the lowest summed
  held-out Poisson deviance are kept. The final model is refitted on every area with that many rounds.
* Risk: the probability that a segment of median length sees at least one crime in the training period,
  ``1 - exp(-r_i * median length)``, stored as the same calibration knots the point-trained model uses, so risk,
  grades, explanations and scenarios work unchanged.
"""
import os
from dataclasses import dataclass

import numpy as np

from ..dependencies import require
from ..i18n import TranslatableError, tr_noop
from ..progress import report, stage
from .forest import forest_from_booster
from .safety_model import (CALIBRATION_KNOTS, LEARNING_RATE, MAX_DEPTH, MAX_ITERATIONS, N_FOLDS, SafetyModel,
                           safety_constraints)

TR_CONTEXT = "AreaTraining"

TREES_PER_ROUND = 10
MAX_ROUNDS = MAX_ITERATIONS // TREES_PER_ROUND


@dataclass
class AreaTargets:
    """Training counts per area and which segments lie in which area: ``(segment, area, share)`` pairs."""

    segment: np.ndarray
    area: np.ndarray
    share: np.ndarray
    counts: np.ndarray  # per area, over the training period
    area_ids: np.ndarray  # the area id (from the segment table) of each area index

    @property
    def n_areas(self):
        return len(self.counts)


def targets_from_pairs(segment, area, share, counts, area_ids=None):
    """:class:`AreaTargets` of the areas some segment lies in, numbered 0.. in the order of ``area``'s values.

    ``segment``, ``area``, ``share``: which segment lies how much in which area (e.g. a
    :class:`~engine.factors.crime_areas.SegmentAreas`); ``counts``: the training count of every area value."""
    used, index = np.unique(np.asarray(area), return_inverse=True)
    counts = np.asarray(counts, dtype=np.float64)
    area_ids = used if area_ids is None else np.asarray(area_ids)[used]
    return AreaTargets(np.asarray(segment, dtype=np.int64), index.astype(np.int64),
                       np.asarray(share, dtype=np.float64), counts[used], area_ids)


@dataclass
class AreaFit:
    """The final model, the folds (areas held out per fold), each segment's held-out risk and the validation."""

    model: SafetyModel
    fold_of_area: np.ndarray
    held_out_risk: np.ndarray
    held_out_expected: np.ndarray  # per area, its expected count from the fold model that never saw it
    rounds: int
    deviance_by_round: np.ndarray


def _booster(constraints, n_rows, seed):
    ensemble = require("sklearn.ensemble")
    return ensemble.HistGradientBoostingRegressor(
        loss="poisson", learning_rate=LEARNING_RATE, max_iter=TREES_PER_ROUND, max_depth=MAX_DEPTH,
        max_leaf_nodes=2 ** MAX_DEPTH, min_samples_leaf=max(20, n_rows // 1000), l2_regularization=1.0,
        monotonic_cst=constraints.tolist(), random_state=seed, early_stopping=False, warm_start=True)


def expected_by_area(rate_per_m, length_m, segment, area, share, n_areas):
    """Expected crimes ``mu_A`` of every area from segment rates per metre."""
    return np.bincount(area, weights=rate_per_m[segment] * length_m[segment] * share, minlength=n_areas)


def spread_counts(rate_per_m, length_m, segment, area, share, counts, n_segments):
    """E-step: each area's count spread over its segments in proportion to their expected crimes."""
    expected_pair = rate_per_m[segment] * length_m[segment] * share
    expected_area = np.bincount(area, weights=expected_pair, minlength=len(counts))
    with np.errstate(divide="ignore", invalid="ignore"):
        spread = np.where(expected_area[area] > 0, counts[area] * expected_pair / expected_area[area], 0.0)
    return np.bincount(segment, weights=spread, minlength=n_segments)


def poisson_deviance(observed, expected):
    """Poisson deviance of observed counts against expected ones (0 log 0 = 0)."""
    observed, expected = np.asarray(observed, float), np.maximum(np.asarray(expected, float), 1e-12)
    with np.errstate(divide="ignore", invalid="ignore"):
        log_term = np.where(observed > 0, observed * np.log(observed / expected), 0.0)
    return float(2.0 * np.sum(log_term - (observed - expected)))


def em_rounds(X, length_m, targets, pairs, constraints, seed, rounds, on_round=None, progress=None):
    """Run ``rounds`` EM rounds on the pairs selected by the boolean ``pairs``; returns the booster.

    ``on_round(booster, round)`` is called after each round (round 1 is the first)."""
    segment, area, share = targets.segment[pairs], targets.area[pairs], targets.share[pairs]
    covered = np.bincount(segment, weights=share, minlength=len(X))
    rows = np.flatnonzero(covered > 0)
    weight = length_m[rows] * covered[rows]
    rate = np.ones(len(X))
    booster = _booster(constraints, len(rows), seed)
    for number in range(1, rounds + 1):
        spread = spread_counts(rate, length_m, segment, area, share, targets.counts, len(X))
        booster.set_params(max_iter=number * TREES_PER_ROUND)
        booster.fit(X[rows], spread[rows] / weight, sample_weight=weight)
        rate = booster.predict(X)
        if on_round is not None:
            on_round(booster, number, rate)
        report(progress, number / rounds)
    return booster


def _fold_of_area(n_areas, n_folds, seed):
    """A fold for every area, in random order so that neighbouring areas (numbered in rows) spread over folds."""
    order = np.random.default_rng(seed).permutation(n_areas)
    fold = np.empty(n_areas, dtype=np.int64)
    fold[order] = np.arange(n_areas) % n_folds
    return fold


def fit_area_model(X, length_m, targets, factor_names, seed=0, progress=None, folds=N_FOLDS):
    """Fit and cross-validate the area model; returns an :class:`AreaFit` (see the module docstring)."""
    X = np.asarray(X, dtype=np.float64)
    length_m = np.asarray(length_m, dtype=np.float64)
    _check_targets(X, targets)
    threads = max(1, (os.cpu_count() or 1) // 2)
    require("sklearn.ensemble")
    with require("threadpoolctl").threadpool_limits(limits=threads, user_api="openmp"):
        return _fit(X, length_m, targets, list(factor_names), seed, progress, folds)


def _fit(X, length_m, targets, factor_names, seed, progress, n_folds):
    constraints = safety_constraints(factor_names)
    n_folds = min(n_folds, targets.n_areas)
    fold_of_area = _fold_of_area(targets.n_areas, n_folds, seed)
    deviance = np.zeros((n_folds, MAX_ROUNDS))
    expected_by_round = np.zeros((MAX_ROUNDS, targets.n_areas))
    rate_by_round = {}
    main_area = _main_area(targets, len(X))
    for fold in range(n_folds):
        held_out = fold_of_area == fold
        held_pairs = held_out[targets.area]

        def on_round(booster, number, rate, held_out=held_out, held_pairs=held_pairs, fold=fold):
            expected = expected_by_area(rate, length_m, targets.segment[held_pairs], targets.area[held_pairs],
                                        targets.share[held_pairs], targets.n_areas)
            expected_by_round[number - 1, held_out] = expected[held_out]
            deviance[fold, number - 1] = poisson_deviance(targets.counts[held_out], expected[held_out])
            rows = held_out[np.maximum(main_area, 0)] & (main_area >= 0)
            rate_by_round.setdefault(number, np.full(len(X), np.nan))[rows] = rate[rows]

        em_rounds(X, length_m, targets, ~held_pairs, constraints, seed, MAX_ROUNDS, on_round,
                  stage(progress, 0.8 * fold / n_folds, 0.8 * (fold + 1) / n_folds))
    rounds = int(np.argmin(deviance.sum(axis=0))) + 1
    booster = em_rounds(X, length_m, targets, np.ones(len(targets.area), dtype=bool), constraints, seed, rounds,
                        progress=stage(progress, 0.8, 0.98))
    forest = forest_from_booster(booster)
    reference_m = float(np.median(length_m))
    raw_range = _raw_score_range(forest)
    knots_raw = np.linspace(raw_range[0], raw_range[1], CALIBRATION_KNOTS)
    knots_risk = -np.expm1(-np.exp(knots_raw) * reference_m)
    model = SafetyModel(factor_names, constraints, forest, knots_raw, knots_risk, np.nanmedian(X, axis=0),
                        training=_summary(targets, length_m, rounds, n_folds, booster, seed, reference_m))
    held_rate = rate_by_round[rounds]
    held_out_risk = np.where(np.isnan(held_rate), np.nan, -np.expm1(-held_rate * reference_m))
    report(progress, 1.0)
    return AreaFit(model, fold_of_area, held_out_risk, expected_by_round[rounds - 1], rounds,
                   deviance.sum(axis=0))


def _main_area(targets, n_segments):
    """The area holding most of each segment's length (-1 outside every area)."""
    order = np.lexsort((-targets.share, targets.segment))
    main = np.full(n_segments, -1, dtype=np.int64)
    main[targets.segment[order][::-1]] = targets.area[order][::-1]
    return main


def _raw_score_range(forest):
    """Lowest and highest raw score the trees can give, widened by one."""
    tree = np.repeat(np.arange(forest.n_trees), np.diff(forest.tree_starts))
    leaf = forest.is_leaf
    lowest, highest = np.full(forest.n_trees, np.inf), np.full(forest.n_trees, -np.inf)
    np.minimum.at(lowest, tree[leaf], forest.value[leaf])
    np.maximum.at(highest, tree[leaf], forest.value[leaf])
    return forest.baseline + lowest.sum() - 1.0, forest.baseline + highest.sum() + 1.0


def _check_targets(X, targets):
    if X.ndim != 2 or len(targets.segment) == 0:
        raise TranslatableError(TR_CONTEXT, tr_noop(
            "No segment lies in any crime area: the areas and the streets do not overlap. Check that both layers "
            "cover the same district and are in the same coordinate reference system."))
    if targets.n_areas < 2:
        raise TranslatableError(TR_CONTEXT, tr_noop(
            "Training from crime counts per area needs at least two areas with streets; the segments lie in "
            "{count}."), count=targets.n_areas)
    if targets.counts.sum() <= 0:
        raise TranslatableError(TR_CONTEXT, tr_noop(
            "Every area's crime count is 0 in the training period: nothing to learn from."))


def _summary(targets, length_m, rounds, n_folds, booster, seed, reference_m):
    sklearn = require("sklearn")
    return {
        "method": "area_em",
        "areas": int(targets.n_areas),
        "segments": int(len(length_m)),
        "segments_in_areas": int(len(np.unique(targets.segment))),
        "folds": int(n_folds),
        "em_rounds": int(rounds),
        "trees_per_round": TREES_PER_ROUND,
        "trees": int(rounds * TREES_PER_ROUND),
        "seed": int(seed),
        "risk_reference_length_m": reference_m,
        "booster": {key: value for key, value in booster.get_params().items()
                    if key in ("loss", "learning_rate", "max_depth", "max_leaf_nodes", "min_samples_leaf",
                               "l2_regularization", "random_state")},
        "calibration": "risk = 1 - exp(-rate per metre x median segment length), from the Poisson rate",
        "library_versions": {"numpy": np.__version__, "scikit-learn": sklearn.__version__},
    }
