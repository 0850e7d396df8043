"""The safety model learns a known ground truth, never breaks the safety directions, and explains itself in words."""
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from anshim.engine.model.explain import explain
from anshim.engine.factors.fields import FACTORS, factor_for
from anshim.engine.model import safety_model as model_module
from anshim.engine.model.safety_model import (CONTROLS_PER_CASE, EARLY_STOPPING_PATIENCE, MAX_ITERATIONS, SafetyModel,
                                              cross_validate, fit_safety_model, safety_constraints)
from anshim.engine.progress import Canceled

FACTOR_NAMES = tuple(factor.name for factor in FACTORS)
SEGMENTS_PER_STREET = 20
# Ground truth: log-odds of crime per unit of each factor; few lights, dead ends and venues raise risk.
TRUE_EFFECTS = {"light_n": -0.45, "dead_end": 1.3, "risk_n": 0.6, "cctv_n": -0.25, "light_d": 0.002,
                "route": -0.6, "bell_d": 0.0004}


def synthetic_network(n_segments, seed):
    """Factor rows, crime flags, street ids and true crime probabilities for a made-up district.

    Most factors vary by street (segments of one street are near-duplicates, as on a real network).
    """
    rng = np.random.default_rng(seed)
    n_streets = -(-n_segments // SEGMENTS_PER_STREET)
    street = np.repeat(np.arange(n_streets), SEGMENTS_PER_STREET)[:n_segments]

    def per_street(values):
        return values[street]

    light_n = rng.poisson(per_street(rng.uniform(0, 6, n_streets)))
    cctv_n = rng.poisson(per_street(rng.uniform(0, 3, n_streets)))
    columns = {
        "cctv_n": cctv_n,
        "cctv_d": np.minimum(500, rng.exponential(150 / (1 + cctv_n))),
        "light_n": light_n,
        "light_d": np.minimum(300, rng.exponential(80 / (1 + light_n))),
        "bell_d": rng.uniform(0, 1000, n_segments),
        "guard_d": per_street(rng.uniform(0, 1000, n_streets)),
        "police_d": per_street(rng.uniform(0, 2000, n_streets)),
        "route": per_street(rng.random(n_streets) < 0.15),
        "risk_n": rng.poisson(per_street(rng.exponential(0.5, n_streets))),
        "pop_night": per_street(rng.lognormal(7, 1, n_streets)),
        "dead_end": per_street(rng.random(n_streets) < 0.1),
        "junction_d": rng.uniform(0, 100, n_segments),
        "width_m": per_street(rng.uniform(3, 20, n_streets)),
    }
    X = np.column_stack([columns[name] for name in FACTOR_NAMES]).astype(np.float64)
    log_odds = -3.2 + true_terms(X).sum(axis=1) + 0.15 * np.log(columns["pop_night"])
    probability = 1 / (1 + np.exp(-log_odds))
    return X, rng.random(n_segments) < probability, street, probability


def true_terms(X):
    """Each factor's term in the true log-odds, per row."""
    effects = np.array([TRUE_EFFECTS.get(name, 0.0) for name in FACTOR_NAMES])
    return X * effects


def fitted_model(n_segments=3000, seed=1):
    X, crime, street, _ = synthetic_network(n_segments, seed)
    return fit_safety_model(X, crime, FACTOR_NAMES, street, seed=0), X


@pytest.fixture(scope="module")
def model_and_data():
    return fitted_model()


@pytest.fixture(scope="module")
def held_out():
    """A second district: other streets, never seen in training."""
    return synthetic_network(3000, seed=2)


def spearman(a, b):
    rank_a, rank_b = np.argsort(np.argsort(a)), np.argsort(np.argsort(b))
    return np.corrcoef(rank_a, rank_b)[0, 1]


def test_risk_ranks_held_out_streets_like_the_truth(model_and_data, held_out):
    model, _ = model_and_data
    X, _, _, probability = held_out
    assert spearman(model.predict_risk(X), probability) >= 0.7


def test_risk_is_a_calibrated_probability(model_and_data, held_out):
    model, _ = model_and_data
    X, crime, _, _ = held_out
    risk = model.predict_risk(X)
    assert risk.min() >= 0 and risk.max() <= 1
    assert risk.mean() == pytest.approx(crime.mean(), abs=0.02)


def test_risk_factor_names_the_truths_dominant_factor(model_and_data, held_out):
    model, _ = model_and_data
    X, _, _, _ = held_out
    risk_words, _ = explain(model, X)
    terms = true_terms(X)
    true_factor = np.array(FACTOR_NAMES)[np.argmax(terms - terms.mean(axis=0), axis=1)]
    word_to_factor = {words: factor.name for factor in FACTORS for words in (factor.label_high, factor.label_low)}
    model_factor = np.array([word_to_factor.get(words, "") for words in risk_words])

    assert np.mean(model_factor == true_factor) > 0.5
    words, counts = np.unique(risk_words, return_counts=True)
    assert words[np.argmax(counts)] == "few security lights"


def test_explanations_follow_the_safety_directions(model_and_data, held_out):
    model, _ = model_and_data
    X, _, _, _ = held_out
    risk_words, protective_words = explain(model, X)
    route = FACTOR_NAMES.index("route")
    on_route_protects = protective_words[X[:, route] == 1]
    assert "on a safe-return route" in set(on_route_protects)
    assert not {"many security lights", "close to CCTV", "on a safe-return route"} & set(risk_words)
    assert not {"few security lights", "far from CCTV", "off safe-return routes"} & set(protective_words)


def test_contributions_add_up_to_the_raw_score(model_and_data, held_out):
    model, _ = model_and_data
    X, _, _, _ = held_out
    raw, contributions = model.contributions(X)
    np.testing.assert_allclose(model.forest.expected_value + contributions.sum(axis=1), raw, rtol=0, atol=1e-9)
    np.testing.assert_array_equal(model.predict_raw(X), raw)


def test_constraints_come_from_the_safety_directions(model_and_data):
    model, _ = model_and_data
    assert model.constraints.tolist() == [factor_for(name).safety_direction for name in FACTOR_NAMES]
    assert safety_constraints(["light_n", "light_d", "pop_night", "shop_n"]).tolist() == [-1, 1, 0, 0]


CONSTRAINED = [index for index, name in enumerate(FACTOR_NAMES) if factor_for(name).safety_direction != 0]


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_a_protective_change_never_raises_risk(model_and_data, data):
    """A random row within (and beyond) the training ranges, then one protective change to it: more of a
    "more is safer" factor (lights, cameras, route) or less of a "more is riskier" one (distances)."""
    model, X = model_and_data
    low, high = X.min(axis=0), X.max(axis=0)
    margin = 0.1 * (high - low) + 1
    row = np.array([data.draw(st.floats(lo - m, hi + m)) for lo, hi, m in zip(low, high, margin)])
    factor = data.draw(st.sampled_from(CONSTRAINED))
    step = data.draw(st.floats(0, float(high[factor] - low[factor] + margin[factor])))
    safer = row.copy()
    safer[factor] -= factor_for(FACTOR_NAMES[factor]).safety_direction * step

    raw = model.predict_raw(np.vstack([row, safer]))
    assert raw[1] <= raw[0]
    risk = model.risk_from_raw(raw)
    assert risk[1] <= risk[0] + 1e-12  # interpolation may round by an ulp at a knot


def test_check_inputs_names_every_missing_factor(model_and_data):
    model, _ = model_and_data
    model.check_inputs(FACTOR_NAMES + ("seg_id",))
    with pytest.raises(ValueError, match="light_n, route"):
        model.check_inputs([name for name in FACTOR_NAMES if name not in ("light_n", "route")])


def test_a_factor_that_never_varies_in_training_is_not_used_and_changes_no_prediction(model_and_data):
    model, X = model_and_data
    assert {"light_n", "risk_n"} <= model.factors_used() <= set(FACTOR_NAMES)
    X_flat, crime, street, _ = synthetic_network(3000, seed=1)
    route = FACTOR_NAMES.index("route")
    X_flat[:, route] = 0.0  # no segment of the training network lies on a route
    flat = fit_safety_model(X_flat, crime, FACTOR_NAMES, street, seed=0)
    assert "route" not in flat.factors_used()
    on_every_route = X_flat.copy()
    on_every_route[:, route] = 1.0
    assert np.array_equal(flat.predict_raw(on_every_route), flat.predict_raw(X_flat))


def test_grading_needs_thresholds(model_and_data):
    model, X = model_and_data
    risk = model.predict_risk(X)
    with pytest.raises(ValueError, match="no grade thresholds"):
        model.grade(risk)
    graded = SafetyModel(model.factor_names, model.constraints, model.forest, model.calibration_raw,
                         model.calibration_risk, model.reference, thresholds=np.quantile(risk, [.35, .65, .85, .95]))
    grades = graded.grade(risk)
    assert grades.min() == 1 and grades.max() == 5
    with pytest.raises(ValueError, match="ascending"):
        graded.thresholds = [0.3, 0.2, 0.4, 0.5]


def test_training_summary_says_how_the_model_was_fitted(model_and_data):
    model, _ = model_and_data
    summary = model.training
    assert summary["segments"] == 3000 and summary["streets"] == 150
    assert 1 <= summary["trees"] <= 200
    assert summary["library_versions"]["scikit-learn"]


def test_training_rejects_data_without_crime():
    X, crime, street, _ = synthetic_network(200, seed=4)
    with pytest.raises(ValueError, match="both with and without crime"):
        fit_safety_model(X, np.zeros_like(crime), FACTOR_NAMES, street)


# --- the cross-validation the model is fitted with (engine.model.safety_model.cross_validate) ---

@pytest.fixture(scope="module")
def cross_validated():
    """The model of the 3,000-segment district with its cross-validation, and every progress report made."""
    X, crime, street, probability = synthetic_network(3000, seed=1)
    reported = []
    fitted = cross_validate(X, crime, FACTOR_NAMES, street, seed=0, progress=reported.append)
    return fitted, X, crime, street, probability, reported


def test_cross_validation_holds_every_street_out_whole_once(cross_validated):
    fitted, X, _, street, _, _ = cross_validated
    assert len(fitted.folds) == len(fitted.fold_models) == 5
    times_held_out = np.zeros(len(X), dtype=int)
    for train, test in fitted.folds:
        assert not np.isin(street[test], street[train]).any()
        assert len(train) + len(test) == len(X)
        times_held_out[test] += 1
    assert (times_held_out == 1).all()


def test_held_out_risk_comes_from_the_fold_that_never_saw_the_street(cross_validated):
    fitted, X, _, _, probability, _ = cross_validated
    for (_, test), fold_model in zip(fitted.folds, fitted.fold_models):
        np.testing.assert_allclose(fitted.held_out_risk[test], fold_model.predict_risk(X[test]), rtol=0, atol=1e-9)
    assert spearman(fitted.held_out_risk, probability) >= 0.7


def test_a_refit_on_more_rows_keeps_the_validated_size_and_calibration_and_learns_the_new_rows(cross_validated):
    """As with crime history over three periods: the validated model's size and calibration, trees from more rows."""
    fitted, X, crime, street, probability, _ = cross_validated
    X_more, crime_more, street_more, probability_more = synthetic_network(6000, seed=2)
    reported = []
    refitted = fitted.refit(X_more, crime_more, street_more, seed=0, progress=reported.append)
    assert refitted.training["trees"] == refitted.forest.n_trees == fitted.model.training["trees"]
    assert refitted.training["segments"] == 6000 and refitted.training["size_and_calibration_from"]["segments"] == 3000
    raw = np.linspace(-3.0, 3.0, 7)  # the same curve (between knots placed over each model's own range of scores)
    np.testing.assert_allclose(refitted.risk_from_raw(raw), fitted.model.risk_from_raw(raw), rtol=1e-4)
    assert spearman(refitted.predict_risk(X_more), probability_more) >= 0.7
    assert reported == sorted(reported) and reported[-1] == 1.0


def test_each_fold_stops_growing_trees_once_its_held_out_loss_stops_falling(cross_validated):
    fitted, *_ = cross_validated
    grown = [len(curve) for curve in fitted.held_out_losses]
    assert fitted.model.training["trees_grown_per_fold"] == grown
    for curve in fitted.held_out_losses:
        best = int(np.argmin(curve)) + 1
        assert len(curve) == min(MAX_ITERATIONS, best + EARLY_STOPPING_PATIENCE)
    # the final model keeps the count with the lowest held-out loss summed over the folds
    summed = np.sum([curve[:min(grown)] for curve in fitted.held_out_losses], axis=0)
    assert fitted.model.forest.n_trees == fitted.model.training["trees"] == int(np.argmin(summed)) + 1
    for fold, fold_model in enumerate(fitted.fold_models):  # and each fold's model the best on the other folds
        others = summed - fitted.held_out_losses[fold][:min(grown)]
        assert fold_model.forest.n_trees == int(np.argmin(others)) + 1


def test_training_reports_progress_after_every_tree(cross_validated):
    fitted, *_, reported = cross_validated
    trees_fitted = sum(fitted.model.training["trees_grown_per_fold"]) + fitted.model.training["trees"]
    assert reported == sorted(reported) and reported[-1] == 1.0
    assert len(reported) >= trees_fitted
    # each fold moves the bar through its own share of the cross-validation's 0 … 0.85
    for fold in range(len(fitted.folds)):
        share = [fraction for fraction in reported if 0.85 * fold / 5 < fraction < 0.85 * (fold + 1) / 5]
        assert len(share) >= EARLY_STOPPING_PATIENCE


def test_cancel_stops_training_at_the_next_tree():
    X, crime, street, _ = synthetic_network(3000, seed=1)
    reports = []

    def cancel_after_the_first_trees(fraction):
        reports.append(fraction)
        if len(reports) == 10:  # within the first fold's first round
            raise Canceled()

    with pytest.raises(Canceled):
        cross_validate(X, crime, FACTOR_NAMES, street, progress=cancel_after_the_first_trees)
    assert len(reports) == 10


def test_case_control_sampling_keeps_every_crime_and_still_ranks_like_the_truth(monkeypatch, held_out):
    monkeypatch.setattr(model_module, "MIN_CONTROLS", 0)
    X, crime, street, _ = synthetic_network(3000, seed=1)
    fitted = cross_validate(X, crime, FACTOR_NAMES, street)
    rows = fitted.model.training["rows_learned_from"]
    assert rows["with_crime"] == crime.sum()
    assert rows["crime_free"] == CONTROLS_PER_CASE * crime.sum() < rows["crime_free_available"]
    X_other, crime_other, _, probability = held_out
    risk = fitted.model.predict_risk(X_other)
    assert spearman(risk, probability) >= 0.7
    # the calibration is fitted on every held-out segment, so the sample does not inflate the risk
    assert risk.mean() == pytest.approx(crime_other.mean(), abs=0.02)
