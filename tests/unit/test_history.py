"""Crime history factors, the network kernel, bootstrap ranges, the tie-break and training on a panel of periods
(issue 22)."""
import json

import numpy as np
import pytest

from anshim.engine.factors.compute import FactorInputs, compute_factors
from anshim.engine.factors.history import HISTORY_FIELDS, CrimeHistory, history_fields
from anshim.engine.factors.network_kernel import NetworkKernel, network_kernel_density, segment_links
from anshim.engine.model.bootstrap import bootstrap_ranges
from anshim.engine.model.explain import explain
from anshim.engine.model.metrics import pai_hit_rate, roc_auc
from anshim.engine.model.modelfile import load_model, save_model
from anshim.engine.model.training import train_safety_model
from anshim.engine.model.validation import baseline_wins_warnings
from anshim.engine.network.geometry import LineArrays
from anshim.engine.network.spatial import polyline_midpoints
from anshim.engine.network.structure import segment_end_nodes
from anshim.engine.progress import Canceled


def path_network(n_segments, length_m=10.0):
    start = np.arange(n_segments)
    return start, start + 1, np.full(n_segments, length_m)


# --- whether history earns its place ---

def test_the_paired_comparison_scores_pai_as_the_metrics_do_and_a_ranking_against_itself_gains_nothing():
    from anshim.engine.model.history_choice import paired_pai_difference
    rng = np.random.default_rng(3)
    length_m = rng.uniform(5, 10, 2000)
    crimes = rng.poisson(np.linspace(0, 0.5, 2000))
    good, noise = np.arange(2000.0), rng.random(2000)
    result = paired_pai_difference(good, noise, crimes, length_m)
    assert result["pai_with_history"] == pytest.approx(pai_hit_rate(good, crimes, length_m, (0.05,))[0.05]["pai"])
    assert result["pai_without"] == pytest.approx(pai_hit_rate(noise, crimes, length_m, (0.05,))[0.05]["pai"])
    low, high = result["difference_range"]
    assert 0 < low < result["pai_with_history"] - result["pai_without"] < high
    assert paired_pai_difference(good, good, crimes, length_m)["difference_range"] == [0.0, 0.0]


# --- the network kernel ---

def test_on_a_straight_street_the_kernel_is_exponential_in_distance_and_keeps_every_crime():
    start, end, length_m = path_network(1001)
    crimes = np.zeros(1001)
    crimes[500] = 1.0
    density = network_kernel_density(start, end, length_m, crimes, 100.0)
    # exp(-d / bandwidth) / (2 bandwidth) per metre, i.e. 5 crimes per km at the crime
    assert density[500] == pytest.approx(5.0, rel=0.01)
    assert density[510] == pytest.approx(5.0 * np.exp(-1.0), rel=0.01)
    assert (density * length_m / 1000).sum() == pytest.approx(1.0)


def test_the_kernel_follows_the_streets_not_the_plane():
    # two parallel streets 20 m apart that meet only at their far ends, 500 m away
    a = LineArrays.from_list([[(x, 0.0), (x + 10.0, 0.0)] for x in range(0, 500, 10)]
                             + [[(x, 20.0), (x + 10.0, 20.0)] for x in range(0, 500, 10)]
                             + [[(500.0, 0.0), (500.0, 20.0)]])
    start, end = segment_end_nodes(a, 0.5)
    crimes = np.zeros(len(a))
    crimes[0] = 1.0  # at the start of the first street
    density = network_kernel_density(start, end, a.lengths(), crimes, 50.0)
    across_the_gap = density[50]  # 20 m away as the crow flies, ~1 km along the streets
    along_the_street = density[2]  # 20 m away along the same street
    assert along_the_street > 1000 * across_the_gap


def test_each_bandwidth_after_the_first_reuses_its_ordering_and_gives_the_same_density():
    table, lines, groups, network, midpoints, counts = grid_district()
    crimes = np.column_stack(list(counts.values()))
    kernel = NetworkKernel(*network, lines.lengths())
    for bandwidth in (50.0, 250.0, 100.0):  # the first factorisation orders the segments, the others reuse it
        np.testing.assert_allclose(kernel.density_per_km(crimes, bandwidth),
                                   network_kernel_density(*network, lines.lengths(), crimes, bandwidth),
                                   rtol=1e-9, atol=1e-12)


def test_segments_meeting_at_a_junction_are_all_linked():
    # a T: three segments share node 0
    i, j, gap_m = segment_links(np.array([0, 0, 0]), np.array([1, 2, 3]), np.array([10.0, 20.0, 30.0]))
    assert sorted(zip(i.tolist(), j.tolist())) == [(0, 1), (0, 2), (1, 2)]
    assert sorted(gap_m.tolist()) == [15.0, 20.0, 25.0]


# --- history factors ---

def test_history_uses_only_earlier_periods_weighted_by_recency():
    start, end, length_m = path_network(50)
    counts = np.zeros((50, 3))
    counts[10, 0], counts[20, 1], counts[30, 2] = 1, 1, 1
    history = CrimeHistory(counts, start, end, length_m)
    second = history.factors(2)  # predicting the third period from the first two
    assert second["hist_recent"][30] == 0.0  # the target period's own crime is never history
    assert second["hist_recent"][20] == 1.0 and second["hist_recent"][10] == pytest.approx(0.5 ** 0.5)
    assert second["hist_k50"][20] > second["hist_k50"][10] > 0  # the older crime weighs less
    assert history.last_period_counts(2)[20] == 1.0 and history.last_period_counts(2)[10] == 0.0
    with pytest.raises(ValueError):
        history.factors(0)
    assert set(history_fields(counts, start, end, length_m)) == set(HISTORY_FIELDS)
    assert history_fields(counts[:, :1], start, end, length_m) == {}


def test_compute_factors_adds_the_history_of_the_next_year_and_says_so():
    streets = LineArrays.from_list([[(x, 0.0), (x + 10.0, 0.0)] for x in range(0, 200, 10)])
    crimes = np.array([[15.0, 1.0], [15.0, 1.0], [105.0, 1.0]])
    result = compute_factors(streets, FactorInputs(crimes=crimes, crime_years=np.array([2020, 2021, 2021])))
    assert result.fields["hist_recent"][1] == pytest.approx(1 + 0.5 ** 0.5)  # 2021 counts fully, 2020 less
    assert result.fields["hist_recent"][10] == pytest.approx(1.0)
    assert any("2020–2021" in message for message in result.messages())
    one_year = compute_factors(streets, FactorInputs(crimes=crimes, crime_years=np.full(3, 2021)))
    assert "hist_recent" not in one_year.fields
    assert any("one period only" in message for message in one_year.messages())


def test_a_sparse_light_layer_is_reported():
    streets = LineArrays.from_list([[(x, 0.0), (x + 10.0, 0.0)] for x in range(0, 1000, 10)])
    result = compute_factors(streets, FactorInputs(lights=np.array([[5.0, 0.0]])))
    assert any("light layer looks far from complete" in message for message in result.messages())
    dense = compute_factors(streets, FactorInputs(lights=np.column_stack([np.arange(0, 1000, 40.0),
                                                                          np.zeros(25)])))
    assert not any("far from complete" in message for message in dense.messages())


# --- bootstrap ranges ---

def test_bootstrap_ranges_bracket_a_pai_and_are_none_without_crime():
    rng = np.random.default_rng(1)
    n = 2000
    score = rng.random(n)
    counts = rng.poisson(0.05 + 0.3 * score)
    length_m = np.full(n, 10.0)
    ranges = bootstrap_ranges(score, counts, length_m, (0.05,))
    point = pai_hit_rate(score, counts, length_m, (0.05,))[0.05]["pai"]
    low, high = ranges["pai"]["0.05"]
    assert low < point < high and high - low < point
    auc_low, auc_high = ranges["roc_auc"]
    assert 0.5 < auc_low < roc_auc(counts > 0, score) + 0.05 and auc_high < 1
    assert bootstrap_ranges(score, np.zeros(n), length_m, (0.05,))["pai"]["0.05"] is None


def test_a_baseline_beyond_the_models_range_is_a_warning():
    def scores(model_pai, high, baseline_pai):
        return {"temporal_holdout": {"scores": {
            "model": {"at_length_share": {"0.05": {"pai": model_pai}}, "ranges": {"pai": {"0.05": [1.0, high]}}},
            "last_period_count": {"at_length_share": {"0.05": {"pai": baseline_pai}}}}}}
    [warning] = baseline_wins_warnings(scores(2.0, 2.5, 16.7))
    assert "Last period's crime count found more crime than the model" in warning and "16.70" in warning
    assert baseline_wins_warnings(scores(2.0, 2.5, 2.4)) == []  # within the model's range: no warning


# --- training on a panel, the tie-break, the deployed model ---

def grid_district(n_streets=30, segments_per_street=30, years=(2021, 2022, 2023), seed=0):
    """Parallel streets of 10 m segments joined by a cross street; crime persists at 'hot' segments."""
    rng = np.random.default_rng(seed)
    parts = [[(x, 50.0 * s), (x + 10.0, 50.0 * s)] for s in range(n_streets)
             for x in range(0, 10 * segments_per_street, 10)]
    parts += [[(0.0, 50.0 * s), (0.0, 50.0 * (s + 1))] for s in range(n_streets - 1)]
    lines = LineArrays.from_list(parts)
    n = len(lines)
    groups = np.r_[np.repeat(np.arange(n_streets), segments_per_street), np.full(n_streets - 1, n_streets)]
    hot = rng.random(n) < 0.03
    counts = {year: rng.poisson(np.where(hot, 1.5, 0.01)).astype(float) for year in years}
    # cameras tell hot segments only weakly, as in the Leeds data; light_d says the lights are not mapped
    table = {"cctv_d": np.where(hot & (rng.random(n) < 0.5), 100.0, 1.0) * rng.uniform(0, 10, n),
             "light_d": np.full(n, 1000.0),
             **{f"crime_n_{year}": values for year, values in counts.items()}}
    network = segment_end_nodes(lines, 0.5)
    table.update(history_fields(np.column_stack(list(counts.values())), *network, lines.lengths()))
    midpoints = polyline_midpoints(lines)
    return table, lines, groups, network, midpoints, counts


def test_history_lets_the_model_beat_last_periods_count_and_fills_every_grade(tmp_path):
    table, lines, groups, network, midpoints, counts = grid_district()
    names = ["cctv_d", "light_d"] + list(HISTORY_FIELDS)
    result = train_safety_model(table, names, lines.lengths(), midpoints, groups, network=network)
    manifest = result.manifest_extra
    periods = manifest["data"]["periods"]
    assert periods["deployed_model_trained_on"] == ["2022", "2023"]  # every period with an earlier one
    assert periods["holdout_trained_on"] == ["2022"] and periods["holdout_tested_on"] == ["2023"]
    # the model cross-validated with streets held out is the hold-out's; the saved one is it refitted on every period
    assert periods["cross_validation_trained_on"] == ["2022"]
    assert manifest["validation"]["grouped_cv"]["segments"] == len(groups)
    assert result.model.training["segments"] == 2 * len(groups)
    assert result.model.training["size_and_calibration_from"]["segments"] == len(groups)
    assert "not cross-validated again" in result.report_html
    later = manifest["validation"]["temporal_holdout"]["scores"]
    pai = {name: scores["at_length_share"]["0.05"]["pai"] for name, scores in later.items()}
    assert pai["model"] >= pai["last_period_count"]
    assert later["network_kernel_density"]["ranges"]["pai"]["0.05"] is not None
    # most segments tie on every factor but their history; the tie-break still fills every grade
    for grade, share in manifest["grades"]["length_share"].items():
        assert share == pytest.approx(manifest["grades"]["target_length_share"][grade], abs=0.01)
    assert not any("instead of" in warning for warning in manifest["warnings"])
    # lights everywhere 1 km away: warned about, and never named as the reason for risk
    assert any("light layer looks far from complete" in warning for warning in manifest["warnings"])
    X = np.column_stack([table[name] for name in result.model.factor_names])
    risk_words, _ = explain(result.model, X)
    assert "far from security lights" not in set(risk_words)
    assert "crime here in recent periods" in set(risk_words)
    # the tie-break and the words survive the model file
    save_model(tmp_path / "m.anshim", result.model, manifest)
    loaded, _ = load_model(tmp_path / "m.anshim")
    assert np.array_equal(loaded.predict_risk(X), result.model.predict_risk(X))
    assert loaded.tie_break["factors"] == ["hist_recent", "hist_k50", "hist_k250"]
    json.dumps(manifest, allow_nan=False)
    assert "Periods" in result.report_html and "Network kernel density" in result.report_html
    assert "learned from crimes of 2021, 2022, 2023; predicts the period after the last" in result.report_html
    choice = manifest["history_choice"]
    assert choice["kept"] and choice["difference_range"][0] > 0 and choice["period"] == "2023"
    assert "Crime history, tested against the other factors alone on 2023" in result.report_html


def test_training_with_history_reports_rising_progress_and_a_cancel_anywhere_stops_it():
    """Two pieces of work run on a second thread beside a booster (the history kernels, the deployed refit):
    progress still only rises, and Cancel at any report stops training."""
    table, lines, groups, network, midpoints, _ = grid_district()
    names = ["cctv_d", "light_d"] + list(HISTORY_FIELDS)
    reports = []
    train_safety_model(table, names, lines.lengths(), midpoints, groups, network=network, progress=reports.append)
    assert reports == sorted(reports) and reports[-1] == 1.0
    for cancel_at in (1, len(reports) // 2, len(reports) - 5):
        calls = []

        def cancel(fraction, cancel_at=cancel_at):
            calls.append(fraction)
            if len(calls) == cancel_at:
                raise Canceled()

        with pytest.raises(Canceled):
            train_safety_model(table, names, lines.lengths(), midpoints, groups, network=network, progress=cancel)
        assert len(calls) == cancel_at


def test_crimes_that_follow_the_other_factors_alone_leave_history_out_and_the_card_says_why():
    """Crimes drawn afresh every year from the cameras alone: history is a noisy copy of what cctv_d says, finds
    no more crime, and the deployed model learns from cctv_d only."""
    table, lines, groups, network, midpoints, _ = grid_district(n_streets=40)
    rng = np.random.default_rng(1)
    table["cctv_d"] = rng.uniform(0.0, 300.0, len(groups))
    rate = 0.02 + 0.6 * (table["cctv_d"] / 300.0) ** 3  # far from a camera, more crime (as the constraint says)
    counts = {year: rng.poisson(rate).astype(float) for year in (2021, 2022, 2023)}
    table.update({f"crime_n_{year}": values for year, values in counts.items()})
    table.update(history_fields(np.column_stack(list(counts.values())), *network, lines.lengths()))
    result = train_safety_model(table, ["cctv_d"] + list(HISTORY_FIELDS), lines.lengths(), midpoints, groups,
                                network=network)
    manifest = result.manifest_extra
    assert result.model.factor_names == ("cctv_d",) and manifest["factor_names"] == ["cctv_d"]
    assert not manifest["history_choice"]["kept"]
    assert any(note.startswith("Crime history was left out: on the crimes of 2023") for note in manifest["notes"])
    assert manifest["data"]["periods"]["deployed_model_trained_on"] == ["2021", "2022"]
    # compared with three folds as the model with history was, deployed with five as without history
    assert manifest["validation"]["grouped_cv"]["folds"] == 5 and result.model.training["folds"] == 5
    assert "left out: PAI at 5 % of length" in result.report_html
    X = np.column_stack([table[name] for name in ("cctv_d",)])
    assert len(np.unique(result.model.grade(result.model.predict_risk(X)))) == 5


def test_history_never_lowers_risk_and_a_facility_still_never_raises_it():
    table, lines, groups, network, midpoints, _ = grid_district(n_streets=20)
    names = ["cctv_d"] + list(HISTORY_FIELDS)
    # every period trains, none is held out: history stays without being compared (see the next tests)
    model = train_safety_model(table, names, lines.lengths(), midpoints, groups, network=network,
                               train_years=[2021, 2022, 2023]).model
    assert "hist_recent" in model.factor_names
    X = np.column_stack([table[name] for name in names])
    more_history = X.copy()
    more_history[:, 1:] += 1.0
    assert np.all(model.predict_risk(more_history) >= model.predict_risk(X))
    nearer_camera = X.copy()
    nearer_camera[:, 0] = 0.0
    assert np.all(model.predict_risk(nearer_camera) <= model.predict_risk(X))


def test_with_one_period_history_is_left_out_with_a_note():
    table, lines, groups, network, midpoints, counts = grid_district(n_streets=15, years=(2021, 2022))
    one_year = {name: values for name, values in table.items() if name != "crime_n_2021"}
    result = train_safety_model(one_year, ["cctv_d"] + list(HISTORY_FIELDS), lines.lengths(), midpoints, groups,
                                network=network)
    assert result.model.factor_names == ("cctv_d",)
    assert any("one period only" in note for note in result.manifest_extra["notes"])


def test_a_grade_ties_cannot_fill_is_named_with_its_tied_segments():
    from anshim.engine.model.training import _grade_summary
    from anshim.engine.model.training_notes import grade_warnings
    risk = np.r_[np.full(900, 0.01), np.linspace(0.02, 0.03, 100)]  # 90 % of the length at one risk
    _, summary = _grade_summary(risk, np.full(1000, 10.0), (0.35, 0.30, 0.20, 0.10, 0.05))
    warnings = grade_warnings(summary)
    assert any(warning.startswith("Grade 2 covers 0.0 % of street length instead of 30 %: 900 segments")
               for warning in warnings)
    assert not any(warning.startswith("Grade 5") for warning in warnings)  # the top 5 % is not tied
