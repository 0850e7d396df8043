"""Anshim's numpy forest reproduces scikit-learn's boosted trees and attributes every score to the factors."""
import numpy as np
import pytest
from sklearn.ensemble import HistGradientBoostingClassifier
from threadpoolctl import threadpool_limits

from anshim.engine.model import forest as forest_module
from anshim.engine.model.forest import Forest, forest_from_booster


@pytest.fixture(autouse=True, scope="module")
def one_openmp_thread():
    """Tiny fits run fastest on one thread, and do not crawl when the machine is busy (see fit_safety_model)."""
    with threadpool_limits(limits=1, user_api="openmp"):
        yield


def random_problem(n_rows, n_factors, seed, missing_share=0.0):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n_rows, n_factors)) * rng.uniform(1, 100, n_factors)
    X[:, 0] = rng.integers(0, 5, n_rows)  # a count with ties on thresholds
    y = (X[:, 1] / X[:, 1].std() - X[:, 0] + rng.normal(size=n_rows) * 2) > 1
    X[rng.random(X.shape) < missing_share] = np.nan
    return X, y


@pytest.mark.parametrize("settings", [
    dict(max_iter=7, max_depth=4, max_leaf_nodes=16, monotonic_cst=[-1, 1, 0, 0, 0]),  # odd count: a tree unpaired
    dict(max_iter=30, max_depth=None, max_leaf_nodes=31, class_weight="balanced"),  # up to 31 leaves per tree
])
@pytest.mark.parametrize("missing_share", [0.0, 0.1])
def test_matches_sklearn_decision_function(settings, missing_share):
    X, y = random_problem(3000, 5, seed=1, missing_share=missing_share)
    booster = HistGradientBoostingClassifier(early_stopping=False, min_samples_leaf=5, random_state=0,
                                             **settings).fit(X, y)
    X_new, _ = random_problem(2000, 5, seed=2, missing_share=missing_share)
    forest = forest_from_booster(booster)

    raw, contributions = forest.evaluate(X_new)

    np.testing.assert_allclose(raw, booster.decision_function(X_new), rtol=0, atol=1e-9)
    np.testing.assert_allclose(forest.expected_value + contributions.sum(axis=1), raw, rtol=0, atol=1e-9)


def test_rows_on_a_threshold_and_beyond_every_threshold_go_where_sklearn_sends_them():
    X, y = random_problem(2000, 5, seed=3)
    booster = HistGradientBoostingClassifier(max_iter=10, early_stopping=False, random_state=0).fit(X, y)
    forest = forest_from_booster(booster)
    internal = ~forest.is_leaf
    on_thresholds = X[:internal.sum()].copy()
    on_thresholds[np.arange(internal.sum()), forest.feature[internal]] = forest.threshold[internal]
    extremes = np.array([[np.inf] * 5, [-np.inf] * 5, [np.nan] * 5])
    X_edge = np.vstack([on_thresholds, extremes])

    np.testing.assert_allclose(forest.predict_raw(X_edge), booster.decision_function(X_edge), rtol=0, atol=1e-9)


def test_many_rows_are_split_into_chunks_consistently(monkeypatch):
    X, y = random_problem(3000, 5, seed=4)
    forest = forest_from_booster(HistGradientBoostingClassifier(max_iter=5, random_state=0).fit(X, y))
    whole = forest.evaluate(X)
    monkeypatch.setattr(forest_module, "_ROWS_PER_CHUNK", 256)
    reported = []

    chunked = forest.evaluate(X, progress=reported.append)

    np.testing.assert_array_equal(whole[0], chunked[0])
    np.testing.assert_array_equal(whole[1], chunked[1])
    assert reported[-1] == 1.0 and len(reported) == -(-len(X) // 256)


def stump(**changes):
    """One tree: factor 1 <= 0.5 goes left to a leaf worth 1.0 (3 training rows), else right to -1.0 (1 row);
    NaN goes right. The root value is the row-weighted mean, 0.5."""
    arrays = dict(baseline=-2.0, tree_starts=[0, 3], feature=[1, -1, -1], threshold=[0.5, 0, 0],
                  missing_go_to_left=[False, False, False], left=[1, -1, -1], right=[2, -1, -1],
                  is_leaf=[False, True, True], value=[0.5, 1.0, -1.0], n_features=2)
    return Forest(**{**arrays, **changes})


def test_saabas_contributions_on_a_stump():
    raw, contributions = stump().evaluate(np.array([[9.0, 0.0], [9.0, 0.5], [9.0, 1.0], [9.0, np.nan]]))

    np.testing.assert_array_equal(raw, [-1.0, -1.0, -3.0, -3.0])
    np.testing.assert_array_equal(contributions, [[0, 0.5], [0, 0.5], [0, -1.5], [0, -1.5]])
    assert stump().expected_value == -1.5


def test_missing_values_follow_the_stored_direction():
    raw = stump(missing_go_to_left=[True, False, False]).predict_raw(np.array([[0.0, np.nan]]))
    assert raw.tolist() == [-1.0]


@pytest.mark.parametrize("changes, message", [
    (dict(left=[0, -1, -1]), "earlier node"),  # a loop back to the root
    (dict(right=[3, -1, -1]), "outside its tree"),
    (dict(right=[1, -1, -1]), "exactly one parent"),  # two links to one node, another node orphaned
    (dict(left=[1, 2, -1], right=[2, 2, -1]), "Leaves must not have children"),
    (dict(feature=[2, -1, -1]), "factor that does not exist"),
    (dict(tree_starts=[0, 2]), "Tree starts"),
    (dict(value=[0.5, np.nan, -1.0]), "finite"),
])
def test_malformed_trees_are_refused(changes, message):
    with pytest.raises(ValueError, match=message):
        stump(**changes)


def test_rows_must_have_one_value_per_factor():
    with pytest.raises(ValueError, match="2 factor values"):
        stump().evaluate(np.zeros((4, 3)))
