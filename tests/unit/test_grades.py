"""Grades cut the network by length ranked by risk: 5 % least safe, then 10 %, 20 %, 30 % and 35 % safest."""
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from anshim.engine.model.grades import DEFAULT_SHARES, grade_from_risk, grade_thresholds


def length_shares(grades, length_m):
    return np.bincount(grades, weights=length_m, minlength=6)[1:] / length_m.sum()


@settings(max_examples=100, deadline=None)
@given(n_segments=st.integers(1, 3000), seed=st.integers(0, 2 ** 32 - 1))
def test_each_grade_covers_its_share_of_length_within_one_segment(n_segments, seed):
    rng = np.random.default_rng(seed)
    risk = rng.beta(0.5, 5, n_segments)
    length_m = rng.uniform(0.5, 12, n_segments)

    grades = grade_from_risk(risk, grade_thresholds(risk, length_m))

    longest_share = length_m.max() / length_m.sum()
    # The cumulative share from the safest grade up stays within one segment of the target at every boundary.
    np.testing.assert_array_less(np.abs(np.cumsum(length_shares(grades, length_m)) - np.cumsum(DEFAULT_SHARES)),
                                 longest_share + 1e-9)


def test_default_shares_on_a_long_network():
    rng = np.random.default_rng(0)
    risk, length_m = rng.random(100_000), np.full(100_000, 10.0)
    grades = grade_from_risk(risk, grade_thresholds(risk, length_m))
    np.testing.assert_allclose(length_shares(grades, length_m), [0.35, 0.30, 0.20, 0.10, 0.05], atol=1e-5)
    assert grades.dtype == np.int8


def test_grade_never_falls_as_risk_rises():
    rng = np.random.default_rng(1)
    risk = rng.random(5000)
    grades = grade_from_risk(risk, grade_thresholds(risk, rng.uniform(1, 10, 5000)))
    assert np.all(np.diff(grades[np.argsort(risk)]) >= 0)
    assert grades.min() == 1 and grades.max() == 5


def test_custom_shares():
    risk, length_m = np.arange(100.0), np.ones(100)
    grades = grade_from_risk(risk, grade_thresholds(risk, length_m, shares=(0.2, 0.2, 0.2, 0.2, 0.2)))
    assert np.bincount(grades).tolist() == [0, 20, 20, 20, 20, 20]


def test_a_risk_equal_to_a_threshold_takes_the_safer_grade():
    assert grade_from_risk([0.1, 0.2, 0.25, 0.5, 0.9], [0.2, 0.3, 0.5, 0.8]).tolist() == [1, 1, 2, 3, 5]


@pytest.mark.parametrize("shares", [(0.5, 0.5), (0.4, 0.3, 0.2, 0.1, 0.1), (0.6, 0.3, 0.2, 0.0, -0.1)])
def test_shares_must_be_five_fractions_summing_to_one(shares):
    with pytest.raises(ValueError, match="summing to 1"):
        grade_thresholds(np.ones(3), np.ones(3), shares=shares)


def test_thresholds_must_ascend():
    with pytest.raises(ValueError, match="ascending"):
        grade_from_risk([0.5], [0.1, 0.3, 0.2, 0.4])
