import json
import math

import numpy as np
import pytest

from anshim.engine.model.metrics import kde_scores, pai_hit_rate, pr_auc, rank_descending, ranking_summary, roc_auc


def test_pai_flags_the_top_segment_and_divides_by_its_length_share():
    # Ten 10 m segments; the top-scored one holds 5 of the 10 crimes.
    score = np.arange(10, 0, -1, dtype=float)
    counts = np.array([5, 3, 0, 2, 0, 0, 0, 0, 0, 0])
    result = pai_hit_rate(score, counts, np.full(10, 10.0), shares=(0.1, 0.2, 0.3))
    assert result[0.1] == pytest.approx({"hit_rate": 0.5, "pai": 5.0, "length_share": 0.1})
    assert result[0.2] == pytest.approx({"hit_rate": 0.8, "pai": 4.0, "length_share": 0.2})
    assert result[0.3] == pytest.approx({"hit_rate": 0.8, "pai": 0.8 / 0.3, "length_share": 0.3})


def test_pai_flags_the_segment_that_crosses_the_share_whole_and_uses_the_length_actually_flagged():
    # 5 % of 100 m is 5 m, inside the first 8 m segment: it is flagged whole, 8 % of length.
    result = pai_hit_rate([3.0, 2.0, 1.0], [1, 0, 1], [8.0, 12.0, 80.0], shares=(0.05, 0.2))
    assert result[0.05] == pytest.approx({"hit_rate": 0.5, "pai": 0.5 / 0.08, "length_share": 0.08})
    assert result[0.2] == pytest.approx({"hit_rate": 0.5, "pai": 0.5 / 0.2, "length_share": 0.2})


def test_tied_scores_are_flagged_in_seeded_random_order_not_segment_order():
    # All crimes on the first segments and every score tied, as for a count baseline with no history.
    counts = np.r_[np.ones(50), np.zeros(50)]
    hit_rates = [pai_hit_rate(np.zeros(100), counts, np.ones(100), shares=(0.5,), seed=seed)[0.5]["hit_rate"]
                 for seed in range(200)]
    assert np.mean(hit_rates) == pytest.approx(0.5, abs=0.03)
    assert len(set(hit_rates)) > 1
    assert rank_descending(np.zeros(100), seed=7).tolist() == rank_descending(np.zeros(100), seed=7).tolist()


def test_ties_are_only_broken_within_equal_scores_and_nan_scores_come_last():
    order = rank_descending([1.0, np.nan, 3.0, 1.0, 2.0], seed=3)
    assert order[:2].tolist() == [2, 4]
    assert sorted(order[2:4].tolist()) == [0, 3]
    assert order[4] == 1


def test_pai_is_nan_without_crimes():
    result = pai_hit_rate([1.0, 0.0], [0, 0], [10.0, 10.0], shares=(0.5,))
    assert math.isnan(result[0.5]["hit_rate"]) and math.isnan(result[0.5]["pai"])
    assert result[0.5]["length_share"] == 0.5


def test_auc_perfect_constant_and_one_class():
    has_crime = np.array([False, False, True, True])
    assert roc_auc(has_crime, [0.1, 0.2, 0.8, 0.9]) == 1.0
    assert roc_auc(has_crime, np.zeros(4)) == 0.5
    assert pr_auc(has_crime, [0.1, 0.2, 0.8, 0.9]) == 1.0
    for one_class in (np.zeros(4, bool), np.ones(4, bool)):
        assert math.isnan(roc_auc(one_class, [0.1, 0.2, 0.8, 0.9]))
        assert math.isnan(pr_auc(one_class, [0.1, 0.2, 0.8, 0.9]))


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_ranking_summary_gives_the_auc_and_average_precision_of_scikit_learn_with_ties(seed):
    rng = np.random.default_rng(seed)
    counts = rng.poisson(0.3, 5000)
    for score in (rng.poisson(1.0, 5000).astype(float), rng.random(5000), counts + rng.random(5000) * 0.1):
        summary = ranking_summary(score, counts, np.full(5000, 10.0), seed=seed)
        assert summary["roc_auc"] == pytest.approx(roc_auc(counts > 0, score), abs=1e-12)
        assert summary["pr_auc"] == pytest.approx(pr_auc(counts > 0, score), abs=1e-12)


def test_ranking_summary_is_strict_json_with_share_keys_and_none_for_undefined_values():
    summary = ranking_summary([0.3, 0.2, 0.1], [0, 0, 0], [10.0, 10.0, 10.0])
    json.dumps(summary, allow_nan=False)
    assert summary["roc_auc"] is None and summary["pr_auc"] is None
    assert list(summary["at_length_share"]) == ["0.01", "0.05", "0.1"]
    assert summary["at_length_share"]["0.1"]["pai"] is None


def test_kde_peak_falloff_cutoff_and_weights():
    bandwidth_m = 50.0
    peak_per_km2 = 1e6 / (2 * np.pi * bandwidth_m ** 2)
    targets = np.array([[0.0, 0.0], [50.0, 0.0], [0.0, 151.0]])
    density = kde_scores([[0.0, 0.0]], targets, bandwidth_m)
    assert density == pytest.approx([peak_per_km2, peak_per_km2 * np.exp(-0.5), 0.0])
    weighted = kde_scores([[0.0, 0.0], [999.0, 999.0]], targets, bandwidth_m, weights=[3.0, 0.0])
    assert weighted == pytest.approx(3 * density)


def test_kde_matches_a_brute_force_sum_within_the_cutoff_in_any_chunking():
    rng = np.random.default_rng(1)
    sources, targets = rng.uniform(0, 1000, (300, 2)), rng.uniform(0, 1000, (200, 2))
    weights = rng.integers(0, 3, 300).astype(float)
    distance_m = np.hypot(*(targets[:, None, :] - sources[None, :, :]).transpose(2, 0, 1))
    kernel = np.where(distance_m <= 300, np.exp(-0.5 * (distance_m / 100) ** 2), 0.0)
    expected = kernel @ weights * 1e6 / (2 * np.pi * 100 ** 2)
    assert kde_scores(sources, targets, 100.0, weights) == pytest.approx(expected)
    assert kde_scores(sources, targets, 100.0, weights, chunk_size=7) == pytest.approx(expected)


def test_kde_without_crimes_is_zero():
    assert kde_scores(np.empty((0, 2)), [[0.0, 0.0]]).tolist() == [0.0]
