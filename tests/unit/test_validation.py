import json

import numpy as np
import pytest

from anshim.engine.model.metrics import kde_scores, ranking_summary
from anshim.engine.model.training import train_safety_model
from anshim.engine.model.validation import (KERNEL_DENSITY, LAST_PERIOD, MODEL, grouped_cross_validation,
                                            temporal_holdout)

FACTOR_NAMES = ["light_d", "noise"]
YEARS = (2021, 2022, 2023)


class LogisticRisk:
    """A stand-in for the safety model: logistic regression on standardised factors (NaN read as 0)."""

    def __init__(self, X, has_crime):
        from sklearn.linear_model import LogisticRegression
        X = np.nan_to_num(X)
        self.mean, self.scale = X.mean(axis=0), X.std(axis=0) + 1e-9
        self.classifier = LogisticRegression().fit(self._standardise(X), has_crime)

    def _standardise(self, X):
        return (np.nan_to_num(X) - self.mean) / self.scale

    def predict_risk(self, X, progress=None):
        return self.classifier.predict_proba(self._standardise(X))[:, 1]


def without_ranges(summary):
    """A ranking's metrics without its bootstrap ranges (checked in tests/unit/test_bootstrap.py)."""
    return {key: value for key, value in summary.items() if key != "ranges"}


def logistic_fit(X, has_crime, factor_names, groups, seed=0, progress=None):
    return LogisticRisk(X, has_crime)


class RecordingFit:
    """Fits the stand-in and remembers what each fit was given."""

    def __init__(self):
        self.calls = []

    def __call__(self, X, has_crime, factor_names, groups, seed=0, progress=None):
        self.calls.append({"X": X.copy(), "has_crime": has_crime.copy(), "groups": groups.copy()})
        return logistic_fit(X, has_crime, factor_names, groups)


class LogisticCrossValidation:
    """A stand-in for engine.model.safety_model.cross_validate: the stand-in model per grouped fold and on every row."""

    def __init__(self, X, has_crime, groups, folds=5):
        from anshim.engine.model.folds import grouped_folds
        self.folds = grouped_folds(groups, min(folds, len(np.unique(groups))))
        self.fold_models = [LogisticRisk(X[train], has_crime[train]) for train, _ in self.folds]
        self.held_out_risk = np.empty(len(X))
        for (_, test), model in zip(self.folds, self.fold_models):
            self.held_out_risk[test] = model.predict_risk(X[test])
        self.model = LogisticRisk(X, has_crime)


def logistic_cross_validation(X, has_crime, factor_names, groups, seed=0, progress=None):
    return LogisticCrossValidation(X, has_crime, groups)


class RecordingCrossValidation:
    """Cross-validates with the stand-in and remembers what each call was given."""

    def __init__(self):
        self.calls = []

    def __call__(self, X, has_crime, factor_names, groups, seed=0, progress=None):
        self.calls.append({"X": X.copy(), "has_crime": has_crime.copy(), "groups": groups.copy()})
        return LogisticCrossValidation(X, has_crime, groups)


def synthetic_streets(n_streets=150, segments_per_street=20, seed=0):
    """Streets 50 m apart of 10 m segments; yearly crimes are Poisson with a rate rising 55-fold with light_d."""
    rng = np.random.default_rng(seed)
    n_segments = n_streets * segments_per_street
    groups = np.repeat(np.arange(n_streets), segments_per_street)
    along_m = np.tile(np.arange(segments_per_street) * 10.0 + 5.0, n_streets)
    midpoints_xy = np.column_stack([along_m, groups * 50.0])
    light_d = rng.uniform(0, 200, n_segments)
    X = np.column_stack([light_d, rng.normal(size=n_segments)])
    rate_per_year = 0.01 * np.exp(0.02 * light_d)
    counts_by_year = {year: rng.poisson(rate_per_year).astype(float) for year in YEARS}
    return X, counts_by_year, np.full(n_segments, 10.0), midpoints_xy, groups


def test_grouped_cv_never_puts_a_street_in_both_training_and_held_out_folds():
    X, counts_by_year, length_m, midpoints_xy, groups = synthetic_streets(n_streets=40)
    fit = RecordingFit()
    result = grouped_cross_validation(X, counts_by_year[2021], length_m, midpoints_xy, groups, FACTOR_NAMES, fit,
                                      folds=5)
    assert len(fit.calls) == result["folds"] == 5
    segments_per_street = np.bincount(groups)
    times_held_out = np.zeros(len(segments_per_street), dtype=int)
    for call in fit.calls:
        train_streets = np.unique(call["groups"])
        # Every street in training is there whole, so none of its segments can be held out.
        assert (np.bincount(call["groups"], minlength=40)[train_streets] == segments_per_street[train_streets]).all()
        times_held_out[np.setdiff1d(np.arange(40), train_streets)] += 1
    assert (times_held_out == 1).all()


def test_grouped_cv_kernel_density_sees_only_the_training_folds_crimes():
    # Streets 10 km apart: kernel density from other streets is zero everywhere, so any skill would be a leak.
    X, counts_by_year, length_m, midpoints_xy, groups = synthetic_streets(n_streets=20)
    midpoints_xy = midpoints_xy * np.array([1.0, 200.0])
    result = grouped_cross_validation(X, counts_by_year[2021], length_m, midpoints_xy, groups, FACTOR_NAMES,
                                      logistic_fit)
    assert result["scores"][KERNEL_DENSITY]["roc_auc"] == 0.5


def test_grouped_cv_reports_last_period_only_when_given_and_is_strict_json():
    X, counts_by_year, length_m, midpoints_xy, groups = synthetic_streets(n_streets=30)
    without_prior = grouped_cross_validation(X, counts_by_year[2022], length_m, midpoints_xy, groups,
                                             FACTOR_NAMES, logistic_fit)
    assert without_prior["scores"][LAST_PERIOD] is None
    assert any("not available" in note for note in without_prior["notes"])
    with_prior = grouped_cross_validation(X, counts_by_year[2022], length_m, midpoints_xy, groups, FACTOR_NAMES,
                                          logistic_fit, prior_counts=counts_by_year[2021])
    assert without_ranges(with_prior["scores"][LAST_PERIOD]) == ranking_summary(
        counts_by_year[2021], counts_by_year[2022], length_m)
    json.dumps(with_prior, allow_nan=False)


def test_permutation_importance_ranks_the_factor_the_crimes_depend_on_first():
    X, counts_by_year, length_m, midpoints_xy, groups = synthetic_streets()
    importance = grouped_cross_validation(X, counts_by_year[2021] + counts_by_year[2022], length_m, midpoints_xy,
                                          groups, FACTOR_NAMES, logistic_fit)["importance"]
    assert importance["light_d"]["roc_auc_drop"] > 0.1
    assert abs(importance["noise"]["roc_auc_drop"]) < 0.02


def test_grouped_cv_rejects_a_single_street_and_mismatched_inputs():
    X, counts_by_year, length_m, midpoints_xy, groups = synthetic_streets(n_streets=5)
    with pytest.raises(ValueError, match="two streets"):
        grouped_cross_validation(X, counts_by_year[2021], length_m, midpoints_xy, np.zeros(len(X)), FACTOR_NAMES,
                                 logistic_fit)
    with pytest.raises(ValueError, match="length_m"):
        grouped_cross_validation(X, counts_by_year[2021], length_m[1:], midpoints_xy, groups, FACTOR_NAMES,
                                 logistic_fit)


def test_temporal_holdout_fits_and_builds_baselines_from_train_years_only():
    X, counts_by_year, length_m, midpoints_xy, groups = synthetic_streets(n_streets=30)
    fit = RecordingFit()
    result = temporal_holdout(X, counts_by_year, [2021, 2022], [2023], length_m, midpoints_xy, groups,
                              FACTOR_NAMES, fit)
    train_counts = counts_by_year[2021] + counts_by_year[2022]
    test_counts = counts_by_year[2023]
    assert len(fit.calls) == 1
    assert (fit.calls[0]["has_crime"] == (train_counts > 0)).all()
    assert without_ranges(result["scores"][LAST_PERIOD]) == ranking_summary(train_counts, test_counts, length_m)
    train_density = kde_scores(midpoints_xy, midpoints_xy, 100.0, train_counts)
    assert without_ranges(result["scores"][KERNEL_DENSITY]) == ranking_summary(train_density, test_counts, length_m)
    assert result["target_crimes"] == int(test_counts.sum())
    json.dumps(result, allow_nan=False)


def test_temporal_holdout_rejects_unknown_and_overlapping_years():
    X, counts_by_year, length_m, midpoints_xy, groups = synthetic_streets(n_streets=5)
    with pytest.raises(ValueError, match="unknown years"):
        temporal_holdout(X, counts_by_year, [2021], [2030], length_m, midpoints_xy, groups, FACTOR_NAMES,
                         logistic_fit)
    with pytest.raises(ValueError, match="after the train years"):
        temporal_holdout(X, counts_by_year, [2022], [2021], length_m, midpoints_xy, groups, FACTOR_NAMES,
                         logistic_fit)


def test_a_model_of_the_factor_behind_the_crimes_beats_last_periods_counts_at_5_percent():
    X, counts_by_year, length_m, midpoints_xy, groups = synthetic_streets()
    temporal = temporal_holdout(X, counts_by_year, [2021, 2022], [2023], length_m, midpoints_xy, groups,
                                FACTOR_NAMES, logistic_fit)["scores"]
    cross_validated = grouped_cross_validation(X, counts_by_year[2022], length_m, midpoints_xy, groups,
                                               FACTOR_NAMES, logistic_fit, prior_counts=counts_by_year[2021])["scores"]
    for scores in (temporal, cross_validated):
        model_pai = scores[MODEL]["at_length_share"]["0.05"]["pai"]
        assert model_pai > scores[LAST_PERIOD]["at_length_share"]["0.05"]["pai"]
        assert model_pai > scores[KERNEL_DENSITY]["at_length_share"]["0.05"]["pai"]
        assert scores[MODEL]["roc_auc"] > scores[LAST_PERIOD]["roc_auc"]


def test_the_real_safety_model_beats_last_periods_counts_on_a_later_year():
    X, counts_by_year, length_m, midpoints_xy, groups = synthetic_streets()
    scores = temporal_holdout(X, counts_by_year, [2021, 2022], [2023], length_m, midpoints_xy, groups,
                              FACTOR_NAMES)["scores"]
    assert scores[MODEL]["at_length_share"]["0.05"]["pai"] > scores[LAST_PERIOD]["at_length_share"]["0.05"]["pai"]
    assert scores[MODEL]["roc_auc"] > scores[LAST_PERIOD]["roc_auc"] + 0.1


# --- the training orchestration (engine/model/training.py) on top of the validation ---

def segment_table(X, counts_by_year):
    table = {name: X[:, i] for i, name in enumerate(FACTOR_NAMES)}
    table.update({f"crime_n_{year}": counts for year, counts in counts_by_year.items()})
    return table


def test_training_without_history_holds_out_the_last_year_and_fits_the_final_model_on_the_earlier_ones():
    X, counts_by_year, length_m, midpoints_xy, groups = synthetic_streets(n_streets=60)
    fit, progress = RecordingCrossValidation(), []
    result = train_safety_model(segment_table(X, counts_by_year), FACTOR_NAMES, length_m, midpoints_xy, groups,
                                factor_settings={"light_radius_m": 25}, fit=fit, progress=progress.append,
                                synthetic_crimes=True)
    manifest = result.manifest_extra
    assert manifest["data"]["train_years"] == [2021, 2022] and manifest["data"]["test_years"] == [2023]
    assert manifest["validation"]["temporal_holdout"]["test_years"] == [2023]
    # one fit on every segment's earlier years: its folds are the cross-validation, its final model is the one
    # tested on the later year and saved (with crime history the saved model learns from every year:
    # tests/unit/test_history.py)
    assert len(fit.calls) == 1
    assert len(fit.calls[0]["X"]) == len(X)
    assert (fit.calls[0]["has_crime"] == (counts_by_year[2021] + counts_by_year[2022] > 0)).all()
    assert manifest["data"]["periods"]["deployed_model_trained_on"] == ["2021", "2022"]
    assert manifest["validation"]["grouped_cv"]["folds"] == 5
    assert without_ranges(manifest["validation"]["temporal_holdout"]["scores"][MODEL]) == ranking_summary(
        result.model.predict_risk(X), counts_by_year[2023], length_m)
    assert list(result.model.thresholds) == manifest["grades"]["thresholds"]
    assert sum(manifest["grades"]["length_share"].values()) == pytest.approx(1.0)
    assert manifest["grades"]["length_share"]["5"] == pytest.approx(0.05, abs=0.01)
    assert manifest["data"]["crimes_per_year"] == {str(year): int(counts.sum())
                                                   for year, counts in counts_by_year.items()}
    assert manifest["factor_settings"] == {"light_radius_m": 25}
    json.dumps(manifest, allow_nan=False)
    assert "1 = safest" in result.report_html and "SYNTHETIC crimes" in result.report_html
    assert progress == sorted(progress) and progress[-1] == 1.0


def test_training_without_years_uses_the_total_count_and_skips_the_temporal_holdout():
    X, counts_by_year, length_m, midpoints_xy, groups = synthetic_streets(n_streets=30)
    table = {**segment_table(X, {}), "crime_n": counts_by_year[2021] + counts_by_year[2022]}
    result = train_safety_model(table, FACTOR_NAMES, length_m, midpoints_xy, groups, fit=logistic_cross_validation)
    assert result.manifest_extra["validation"]["temporal_holdout"] is None
    assert result.manifest_extra["data"]["training_crimes"] == int(table["crime_n"].sum())


def test_training_warns_about_constant_and_empty_factors():
    X, counts_by_year, length_m, midpoints_xy, groups = synthetic_streets(n_streets=30)
    table = {**segment_table(X, counts_by_year), "dead_end": np.zeros(len(X)), "width_m": np.full(len(X), np.nan)}
    names = FACTOR_NAMES + ["dead_end", "width_m"]
    result = train_safety_model(table, names, length_m, midpoints_xy, groups, fit=logistic_cross_validation)
    warnings = " ".join(result.manifest_extra["warnings"])
    assert "'dead_end' has the same value" in warnings and "'width_m' has no values" in warnings
    assert "dead_end" in result.report_html


@pytest.mark.parametrize("change, message", [
    ({"counts": 0}, "no crime on any segment"),
    ({"groups": 0}, "one street id"),
    ({"train_years": [2019]}, r"year\(s\) \[2019\]"),
    ({"factor_names": ["light_d", "cctv_n"]}, r"factor\(s\) \['cctv_n'\]"),
    ({"no_crime_fields": True}, "no crime counts"),
])
def test_training_rejects_inputs_it_cannot_learn_from_with_a_clear_message(change, message):
    X, counts_by_year, length_m, midpoints_xy, groups = synthetic_streets(n_streets=10)
    if "counts" in change:
        counts_by_year = {year: counts * 0 for year, counts in counts_by_year.items()}
    table = segment_table(X, {} if change.get("no_crime_fields") else counts_by_year)
    with pytest.raises(ValueError, match=message):
        train_safety_model(table, change.get("factor_names", FACTOR_NAMES), length_m, midpoints_xy,
                           groups * change.get("groups", 1), train_years=change.get("train_years"),
                           fit=logistic_cross_validation)


def test_grouped_cv_scores_folds_already_fitted_without_fitting_again():
    X, counts_by_year, length_m, midpoints_xy, groups = synthetic_streets(n_streets=40)
    has_crime = counts_by_year[2021] > 0
    fitted = LogisticCrossValidation(X, has_crime, groups)
    fit = RecordingFit()
    result = grouped_cross_validation(X, counts_by_year[2021], length_m, midpoints_xy, groups, FACTOR_NAMES, fit,
                                      fitted=fitted)
    assert fit.calls == [] and result["folds"] == 5
    assert without_ranges(result["scores"][MODEL]) == ranking_summary(
        fitted.held_out_risk, counts_by_year[2021], length_m)
    assert result["importance"]["light_d"]["roc_auc_drop"] > 0.05


def test_grouped_cv_refuses_given_folds_that_split_a_street():
    X, counts_by_year, length_m, midpoints_xy, groups = synthetic_streets(n_streets=40)
    fitted = LogisticCrossValidation(X, counts_by_year[2021] > 0, groups)
    train, test = fitted.folds[0]
    fitted.folds[0] = (train, np.append(test, train[0]))  # one segment of a training street also held out
    with pytest.raises(ValueError, match="both in a fold's training rows and in its held-out rows"):
        grouped_cross_validation(X, counts_by_year[2021], length_m, midpoints_xy, groups, FACTOR_NAMES,
                                 fitted=fitted)


def test_temporal_holdout_scores_a_given_models_risk_without_fitting():
    X, counts_by_year, length_m, midpoints_xy, groups = synthetic_streets(n_streets=30)
    model = LogisticRisk(X, counts_by_year[2021] + counts_by_year[2022] > 0)
    fit = RecordingFit()
    result = temporal_holdout(X, counts_by_year, [2021, 2022], [2023], length_m, midpoints_xy, groups,
                              FACTOR_NAMES, fit, risk=model.predict_risk(X))
    assert fit.calls == []
    assert without_ranges(result["scores"][MODEL]) == ranking_summary(
        model.predict_risk(X), counts_by_year[2023], length_m)
