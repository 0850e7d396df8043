"""The scenario planner against a full recomputation, and its planner-facing guarantees."""
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from anshim.engine.factors.compute import FactorInputs, FactorParams, compute_factors
from anshim.engine.network.geometry import LineArrays
from anshim.engine.planning.scenario import DEFAULT_UNIT_COSTS_KRW, ScenarioPlanner

FACTOR_NAMES = ["cctv_n", "cctv_d", "light_n", "light_d", "bell_d", "guard_d", "route", "dead_end"]
SETTINGS = {"cctv_radius_m": 50.0, "light_radius_m": 25.0, "distance_cap_m": 400.0, "route_tolerance_m": 15.0}


class MonotoneLogisticModel:
    """A stand-in with the real model's interface and guarantees: risk falls with cameras, lights and routes and
    rises with distance to facilities; fixed grade thresholds."""

    factor_names = FACTOR_NAMES
    weights = np.array([-0.4, 0.002, -0.3, 0.004, 0.001, 0.001, -0.8, 0.5])
    thresholds = np.array([0.3, 0.45, 0.6, 0.75])

    def predict_risk(self, X):
        return 1.0 / (1.0 + np.exp(-(X @ self.weights - 0.5)))

    def factors_used(self):
        return {name for name, weight in zip(self.factor_names, self.weights) if weight}

    def grade(self, risk):
        return (1 + np.searchsorted(self.thresholds, risk, side="right")).astype(np.int8)


def grid_network(n=12, spacing_m=20.0, piece_m=10.0):
    """Streets of a small grid cut into 10 m segments."""
    lines = []
    for i in range(n):
        for j in range(n - 1):
            for k in range(int(spacing_m // piece_m)):
                a, b = j * spacing_m + k * piece_m, j * spacing_m + (k + 1) * piece_m
                lines.append([(a, i * spacing_m), (b, i * spacing_m)])
                lines.append([(i * spacing_m, a), (i * spacing_m, b)])
    return LineArrays.from_list(lines)


def base_layers(rng, extent_m=220.0):
    return FactorInputs(
        cctv=rng.random((6, 2)) * extent_m, cctv_cameras=rng.integers(1, 4, 6).astype(float),
        lights=rng.random((25, 2)) * extent_m, bells=rng.random((3, 2)) * extent_m,
        guardhouses=rng.random((2, 2)) * extent_m, police=rng.random((1, 2)) * extent_m,
        safe_routes=LineArrays.from_list([[(0, 40), (220, 40)]]))


def factor_params():
    return FactorParams(cctv_radius_m=50, light_radius_m=25, distance_cap_m=400, route_tolerance_m=15)


def planner_for(segments, inputs):
    factors = compute_factors(segments, inputs, factor_params()).fields
    return ScenarioPlanner(segments, factors, MonotoneLogisticModel(), SETTINGS)


@pytest.fixture(scope="module")
def network():
    return grid_network()


def test_scenario_equals_full_recomputation_with_the_new_facilities(network):
    rng = np.random.default_rng(3)
    inputs = base_layers(rng)
    planner = planner_for(network, inputs)
    new_cctv, new_lights = np.array([[30.0, 30.0], [150.0, 90.0]]), np.array([[100.0, 100.0]])
    new_route = LineArrays.from_list([[(100, 0), (100, 220)]])
    for xy, cameras in zip(new_cctv, (2, 3)):
        planner.add_point("cctv", xy, cameras)
    planner.add_point("lights", new_lights[0])
    planner.add_point("bells", (60.0, 200.0))
    planner.add_point("guardhouses", (200.0, 20.0))
    planner.add_route(new_route)

    inputs.cctv = np.vstack([inputs.cctv, new_cctv])
    inputs.cctv_cameras = np.concatenate([inputs.cctv_cameras, [2, 3]])
    inputs.lights = np.vstack([inputs.lights, new_lights])
    inputs.bells = np.vstack([inputs.bells, [[60.0, 200.0]]])
    inputs.guardhouses = np.vstack([inputs.guardhouses, [[200.0, 20.0]]])
    inputs.safe_routes = LineArrays.from_list([[(0, 40), (220, 40)], [(100, 0), (100, 220)]])
    recomputed = compute_factors(network, inputs, factor_params()).fields
    for name in FACTOR_NAMES:
        np.testing.assert_array_equal(planner.current[name], recomputed[name], err_msg=name)
    model = MonotoneLogisticModel()
    X = np.column_stack([recomputed[name] for name in FACTOR_NAMES])
    np.testing.assert_array_equal(planner.grade, model.grade(model.predict_risk(X)))
    assert planner.summary()["segments_improved"] > 0


def test_a_camera_changes_only_segments_within_its_reach(network):
    planner = planner_for(network, base_layers(np.random.default_rng(5)))
    before = planner.risk.copy()
    planner.add_point("cctv", (110.0, 110.0), 4)
    changed = np.flatnonzero(planner.risk != before)
    assert len(changed) > 0
    distance = planner.index.pairs_within(np.array([[110.0, 110.0]]), SETTINGS["distance_cap_m"])
    assert set(changed) <= set(distance[1].tolist())
    assert np.all(planner.risk <= before)


def test_a_fork_takes_proposals_without_changing_the_planner_it_came_from(network):
    planner = planner_for(network, base_layers(np.random.default_rng(6)))
    planner.add_point("lights", (40.0, 40.0))
    risk, summary = planner.risk.copy(), planner.summary()
    fork = planner.fork()
    fork.add_point("cctv", (110.0, 110.0), 4)
    fork.add_route(LineArrays.from_list([[(0, 100), (200, 100)]]))
    np.testing.assert_array_equal(planner.risk, risk)
    assert planner.summary() == summary
    assert fork.summary()["facilities"] == {"cctv": 1, "lights": 1, "bells": 0, "guardhouses": 0, "safe_routes": 1}
    assert fork.summary()["expected_incidents_after"] < summary["expected_incidents_after"]
    same = planner_for(network, base_layers(np.random.default_rng(6)))
    for xy, kind, cameras in (((40.0, 40.0), "lights", 1), ((110.0, 110.0), "cctv", 4)):
        same.add_point(kind, xy, cameras)
    same.add_route(LineArrays.from_list([[(0, 100), (200, 100)]]))
    np.testing.assert_array_equal(fork.risk, same.risk)


def test_summary_counts_costs_and_transitions(network):
    planner = planner_for(network, base_layers(np.random.default_rng(8)))
    planner.add_point("cctv", (50.0, 50.0))
    planner.add_point("lights", (70.0, 70.0))
    planner.add_route(LineArrays.from_list([[(0, 100), (200, 100)]]))
    summary = planner.summary({"lights": 1_000_000})
    assert summary["facilities"] == {"cctv": 1, "lights": 1, "bells": 0, "guardhouses": 0, "safe_routes": 1}
    assert summary["cost_krw"]["cctv"] == DEFAULT_UNIT_COSTS_KRW["cctv"]
    assert summary["cost_krw"]["lights"] == 1_000_000
    assert summary["cost_krw"]["safe_routes"] == pytest.approx(0.2 * DEFAULT_UNIT_COSTS_KRW["safe_routes"])
    transitions = np.array(summary["transitions_segments"])
    assert transitions.sum() == len(planner.length_m)
    assert np.triu(transitions, 1).sum() == 0  # no segment got a worse grade
    assert np.array(summary["transitions_km"]).sum() == pytest.approx(planner.length_m.sum() / 1000)
    assert summary["expected_incidents_after"] <= summary["expected_incidents_before"]
    reduction = summary["expected_incidents_before"] - summary["expected_incidents_after"]
    assert summary["risk_reduction_per_million_krw"] == pytest.approx(reduction / (summary["total_cost_krw"] / 1e6))


def test_the_summary_taken_on_reached_segments_equals_one_over_the_whole_network(network):
    planner = planner_for(network, base_layers(np.random.default_rng(9)))
    exposure = np.random.default_rng(3).random(len(network)) * 100
    planner = ScenarioPlanner(network, {name: planner.base[name] for name in FACTOR_NAMES}, MonotoneLogisticModel(),
                              SETTINGS, exposure)
    first = planner.add_point("cctv", (60.0, 80.0), 3)
    planner.add_point("bells", (150.0, 30.0))
    planner.add_route(LineArrays.from_list([[(0, 100), (200, 100)]]))
    planner.remove(first)
    summary = planner.summary()
    weight = exposure / exposure.mean()
    cells = (planner.grade_before.astype(int) - 1) * 5 + planner.grade.astype(int) - 1
    assert summary["transitions_segments"] == np.bincount(cells, minlength=25).reshape(5, 5).tolist()
    assert np.array(summary["transitions_km"]) == pytest.approx(
        np.bincount(cells, planner.length_m / 1000, minlength=25).reshape(5, 5))
    assert summary["km_grade_4_5_after"] == pytest.approx(planner.length_m[planner.grade >= 4].sum() / 1000)
    assert summary["segments_improved"] == np.count_nonzero(planner.grade < planner.grade_before) > 0
    assert summary["expected_incidents_after"] == pytest.approx(np.sum(planner.risk * weight), rel=1e-12)
    for proposal_id in list(planner.proposals):  # with nothing proposed, exactly the base again
        planner.remove(proposal_id)
    summary = planner.summary()
    assert summary["expected_incidents_after"] == summary["expected_incidents_before"]
    assert summary["km_grade_4_5_after"] == summary["km_grade_4_5_before"] and summary["segments_improved"] == 0


point_strategy = st.tuples(st.sampled_from(["cctv", "lights", "bells", "guardhouses"]),
                           st.floats(-20, 240), st.floats(-20, 240), st.integers(1, 4))


@settings(max_examples=30, deadline=None)
@given(st.lists(point_strategy, min_size=1, max_size=5), st.integers(0, 4))
def test_random_facilities_never_raise_risk_and_add_then_remove_is_identity(proposals, withdrawn):
    planner = PLANNER
    risk_before, grade_before = planner.risk.copy(), planner.grade.copy()
    current_before = {name: values.copy() for name, values in planner.current.items()}
    ids = []
    for kind, x, y, cameras in proposals:
        risk_previous = planner.risk.copy()
        ids.append(planner.add_point(kind, (x, y), cameras))
        # within rounding: a site 1e-14 m closer than an existing one moves a distance by one ulp
        assert np.all(planner.risk <= risk_previous + 1e-12)
    planner.remove(ids.pop(withdrawn % len(ids)))
    for proposal_id in ids:
        planner.remove(proposal_id)
    np.testing.assert_array_equal(planner.risk, risk_before)
    np.testing.assert_array_equal(planner.grade, grade_before)
    for name, values in current_before.items():
        np.testing.assert_array_equal(planner.current[name], values)


PLANNER = planner_for(grid_network(), base_layers(np.random.default_rng(11)))


def test_a_proposal_kind_the_model_cannot_use_is_named_with_the_reason(network):
    """Routes on a model that learned no route effect, and bells on a model trained without bells, change nothing:
    the planner says why instead of leaving the planner to wonder."""
    class NoRouteEffect(MonotoneLogisticModel):
        weights = MonotoneLogisticModel.weights * (np.array(FACTOR_NAMES) != "route")

    segments = network
    factors = compute_factors(segments, base_layers(np.random.default_rng(3)), factor_params()).fields
    planner = ScenarioPlanner(segments, factors, NoRouteEffect(), SETTINGS)
    assert planner.why_no_effect("safe_routes") == "unused"
    assert [planner.why_no_effect(kind) for kind in ("cctv", "lights", "bells", "guardhouses")] == [None] * 4
    before = planner.risk.copy()
    planner.add_route(LineArrays.from_list([[(0, 100), (220, 100)]]))
    assert np.array_equal(planner.risk, before)

    class WithoutBells(MonotoneLogisticModel):
        factor_names = [name for name in FACTOR_NAMES if name != "bell_d"]
        weights = MonotoneLogisticModel.weights[np.array(FACTOR_NAMES) != "bell_d"]

    without_bells = ScenarioPlanner(segments, {name: values for name, values in factors.items()
                                               if name in WithoutBells.factor_names}, WithoutBells(), SETTINGS)
    assert without_bells.why_no_effect("bells") == "missing"
    assert without_bells.why_no_effect("safe_routes") is None
