"""The ground-truth risk function: literature effect sizes, monotone protective effects, contributions."""
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from anshim.engine.demo import groundtruth
from anshim.engine.factors.fields import FACTORS, FACTORS_BY_NAME
from anshim.engine.demo.groundtruth import (
                                            TERMS, dominant_risk_factor, expected_crimes_per_year, factor_contributions, linear_predictor)

# Plausible value ranges of each factor on a real network.
RANGES = {
    "cctv_n": (0.0, 30.0), "cctv_d": (0.0, 1000.0), "light_n": (0.0, 15.0), "light_d": (0.0, 1000.0),
    "bell_d": (0.0, 1000.0), "guard_d": (0.0, 1000.0), "police_d": (0.0, 1000.0), "route": (0.0, 1.0),
    "risk_n": (0.0, 40.0), "pop_night": (0.0, 60_000.0), "dead_end": (0.0, 1.0), "junction_d": (0.0, 300.0),
    "width_m": (2.0, 50.0),
}
PROTECTIVE = [factor.name for factor in FACTORS if factor.safety_direction != 0]


def typical(n=1, **values):
    """Factors of ``n`` segments: a lit residential alley, with ``values`` overriding."""
    base = dict(cctv_n=0.0, cctv_d=80.0, light_n=2.0, light_d=15.0, bell_d=150.0, guard_d=400.0, police_d=600.0,
                route=0.0, risk_n=0.0, pop_night=12_000.0, dead_end=0.0, junction_d=20.0, width_m=4.0)
    base.update(values)
    return {name: np.broadcast_to(np.asarray(value, dtype=np.float64), (n,)).copy() for name, value in base.items()}


def rate_ratio(name, high, low):
    """exp(linear predictor) with ``name`` at ``high`` over the same with it at ``low``."""
    return float(np.exp(linear_predictor(typical(**{name: high})) - linear_predictor(typical(**{name: low})))[0])


def test_every_term_is_a_documented_factor_and_every_factor_has_a_term():
    # crime history (hist_*) is not a cause the generated districts draw crime from, so it has no term
    assert set(TERMS) == {factor.name for factor in FACTORS}


def test_lighting_and_cctv_effects_follow_the_campbell_reviews():
    # Welsh & Farrington: improved lighting −21 % (2008), CCTV −16 % (2009), per doubling beyond the first.
    assert rate_ratio("light_n", 2.0, 1.0) == pytest.approx(0.79)
    assert rate_ratio("light_n", 4.0, 1.0) == pytest.approx(0.79 ** 2)
    assert rate_ratio("cctv_n", 2.0, 1.0) == pytest.approx(0.84)
    # Whether any light or camera reaches the segment at all is the distance's part, not the count's.
    assert rate_ratio("light_n", 1.0, 0.0) == pytest.approx(1.0)
    assert rate_ratio("cctv_n", 1.0, 0.0) == pytest.approx(1.0)


def test_darkness_follows_the_new_york_lighting_trial_and_cameras_deter_within_reach():
    # Chalfin et al. 2022: at least −36 % with added lighting; full darkness 50 m or more from any light.
    assert rate_ratio("light_d", 50.0, 25.0) == pytest.approx(1 / 0.64)
    assert rate_ratio("light_d", 25.0, 0.0) == pytest.approx(1.0)  # within a light's reach
    assert 1.0 < rate_ratio("light_d", 40.0, 25.0) < 1 / 0.64
    # Welsh & Farrington 2009: the 16 % is lost 100 m or more from any camera site.
    assert rate_ratio("cctv_d", 100.0, 30.0) == pytest.approx(1 / 0.84)


@pytest.mark.parametrize("name, high, low, at_least", [
    ("risk_n", 20.0, 0.0, 10.0),  # entertainment venues raise risk strongly
    ("dead_end", 1.0, 0.0, 1.1),
    ("pop_night", 40_000.0, 5_000.0, 1.5),
    ("light_d", 200.0, 0.0, 1.4),  # a dark stretch, Chalfin et al. 2022
    ("police_d", 1000.0, 0.0, 1.05),
])
def test_risk_generators_raise_risk(name, high, low, at_least):
    assert rate_ratio(name, high, low) >= at_least


def test_safe_return_routes_lower_risk_a_little():
    assert 0.8 <= rate_ratio("route", 1.0, 0.0) < 1.0


def factor_values():
    return st.fixed_dictionaries({name: st.floats(low, high) for name, (low, high) in RANGES.items()})


@settings(max_examples=300, deadline=None)
@given(values=factor_values(), name=st.sampled_from(PROTECTIVE), a=st.floats(0.0, 1.0), b=st.floats(0.0, 1.0))
def test_protective_effects_are_monotone_in_the_safety_direction(values, name, a, b):
    low, high = RANGES[name]
    smaller, larger = low + (high - low) * min(a, b), low + (high - low) * max(a, b)
    factors = {key: np.array([value, value]) for key, value in values.items()}
    factors[name] = np.array([smaller, larger])
    risk_at_smaller, risk_at_larger = linear_predictor(factors)
    # -1: more of it never raises risk; +1: more of it never lowers risk.
    assert FACTORS_BY_NAME[name].safety_direction * (risk_at_larger - risk_at_smaller) >= -1e-12


def test_expected_crimes_scale_with_length_and_baseline():
    factors = typical(3)
    expected = expected_crimes_per_year(factors, np.array([0.0, 10.0, 20.0]), baseline_per_m_year=0.002)
    assert expected[0] == 0.0
    assert expected[2] == pytest.approx(2 * expected[1])
    assert expected[1] == pytest.approx(10.0 * 0.002 * np.exp(linear_predictor(factors)[1]))
    assert expected_crimes_per_year(factors, np.full(3, 10.0))[1] == pytest.approx(
        expected[1] * groundtruth.BASELINE_PER_M_YEAR / 0.002)


def test_contributions_are_relative_to_the_network_average():
    factors = typical(5, risk_n=[0, 0, 0, 3, 20], light_n=[0, 2, 2, 2, 4])
    contributions = factor_contributions(factors)
    assert set(contributions) == set(TERMS)
    for name, contribution in contributions.items():
        assert np.mean(contribution) == pytest.approx(0.0, abs=1e-12), name
    assert contributions["risk_n"][4] > contributions["risk_n"][3] > 0.0
    assert contributions["light_n"][0] > 0.0 > contributions["light_n"][4]


def test_dominant_risk_factor_names_the_largest_positive_contribution_or_nothing():
    factors = typical(5, risk_n=[0, 0, 0, 0, 15], light_n=[2, 2, 2, 0, 2])
    assert list(dominant_risk_factor(factors)) == ["", "", "", "light_n", "risk_n"]


def test_a_segment_without_what_most_lack_can_still_be_riskier_than_the_average():
    """Most segments have at most one camera; the few with many pull the average risk down, so "few cameras"
    raises a camera-less segment's risk above the average segment's, as the model's explanations would say."""
    factors = typical(5, cctv_n=[0, 0, 1, 8, 8])
    assert list(dominant_risk_factor(factors)) == ["cctv_n", "cctv_n", "cctv_n", "", ""]


def test_a_missing_factor_is_named():
    factors = typical()
    del factors["light_d"]
    with pytest.raises(KeyError, match="light_d"):
        linear_predictor(factors)
