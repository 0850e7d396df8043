import re

import numpy as np
import pytest

from anshim.engine.model.modelcard import model_card_html
from anshim.engine.model.validation import grouped_cross_validation, temporal_holdout

MALICIOUS_NAME = "<script>alert('x')</script>_n"
FACTOR_NAMES = ["cctv_d", MALICIOUS_NAME]


class FirstColumnRisk:
    """A stand-in model whose risk is its first factor scaled to 0..1."""

    def predict_risk(self, X):
        return X[:, 0] / 100.0


def first_column_fit(X, has_crime, factor_names, groups, seed=0, progress=None):
    return FirstColumnRisk()


@pytest.fixture(scope="module")
def manifest():
    rng = np.random.default_rng(0)
    groups = np.repeat(np.arange(30), 10)
    X = np.column_stack([rng.uniform(0, 100, 300), rng.normal(size=300)])
    counts_by_year = {year: rng.poisson(0.02 * np.exp(0.03 * X[:, 0])).astype(float) for year in (2022, 2023)}
    midpoints_xy = np.column_stack([np.tile(np.arange(10) * 10.0, 30), groups * 40.0])
    length_m = np.full(300, 10.0)
    return {
        "factor_names": FACTOR_NAMES,
        "factor_settings": {"cctv_radius_m": 50},
        "seed": 0,
        "synthetic_crimes": True,
        "data": {"segments": 300, "streets": 30, "network_km": 3.0, "crimes_total": 41,
                 "crimes_per_year": {"2022": 19, "2023": 22}, "train_years": [2022], "test_years": [2023],
                 "training_crimes": 19, "share_of_segments_with_crime": 0.06},
        "validation": {
            "grouped_cv": grouped_cross_validation(X, counts_by_year[2022], length_m, midpoints_xy, groups,
                                                   FACTOR_NAMES, first_column_fit),
            "temporal_holdout": temporal_holdout(X, counts_by_year, [2022], [2023], length_m, midpoints_xy, groups,
                                                 FACTOR_NAMES, first_column_fit)},
        "grades": {"thresholds": [0.1, 0.2, 0.35, 0.6],
                   "target_length_share": {"1": 0.35, "2": 0.3, "3": 0.2, "4": 0.1, "5": 0.05},
                   "length_share": {"1": 0.36, "2": 0.29, "3": 0.2, "4": 0.1, "5": 0.05}},
        "warnings": [f"Factor '{MALICIOUS_NAME}' has the same value on every segment; it cannot inform the model."],
    }


def test_card_states_the_grade_direction_in_words_and_the_thresholds(manifest):
    html = model_card_html(manifest)
    assert "Grade 1 = safest, grade 5 = least safe" in html
    assert "1 = safest" in html and "5 = least safe" in html
    assert "0.350 – 0.600" in html


def test_card_shows_model_and_both_baselines_with_their_metrics(manifest):
    html = model_card_html(manifest)
    for key in ("grouped_cv", "temporal_holdout"):
        scores = manifest["validation"][key]["scores"]
        assert f"{scores['model']['roc_auc']:.3f}" in html
        assert f"{scores['kernel_density']['at_length_share']['0.05']['pai']:.1f}" in html
    assert f"{manifest['validation']['temporal_holdout']['scores']['last_period_count']['roc_auc']:.3f}" in html
    for header in ("PAI @ 1 %", "hit rate @ 5 %", "PAI @ 10 %", "ROC-AUC", "PR-AUC"):
        assert header in html
    assert "Last period&#x27;s crime count (baseline)" in html
    assert "not available" in html  # no earlier period for the grouped cross-validation


def test_card_flags_synthetic_crimes_only_when_the_manifest_says_so(manifest):
    assert "SYNTHETIC crimes" in model_card_html(manifest)
    assert "SYNTHETIC" not in model_card_html({**manifest, "synthetic_crimes": False})


def test_card_escapes_factor_names_and_loads_nothing_external(manifest):
    html = model_card_html(manifest)
    assert "<script" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;_n" in html
    assert not re.search(r"\b(src|href)=|<link|@import|url\(", html)


def test_card_says_what_the_model_cannot_know(manifest):
    html = model_card_html(manifest)
    for phrase in ("Observational data", "Displacement and diffusion", "Platt scaling", "monotonic",
                   "aggregated to segments", "whole street held out"):
        assert phrase.lower() in html.lower()


def test_card_without_dates_says_the_temporal_test_was_not_run(manifest):
    undated = {**manifest, "validation": {**manifest["validation"], "temporal_holdout": None}}
    assert "Not run" in model_card_html(undated)


def test_card_is_the_same_when_remade_from_a_saved_model(tmp_path):
    from anshim.engine.model.modelfile import load_model, save_model
    from anshim.engine.model.training import train_safety_model
    rng = np.random.default_rng(1)
    groups = np.repeat(np.arange(40), 10)
    light_d = rng.uniform(0, 200, 400)
    table = {"light_d": light_d, **{f"crime_n_{year}": rng.poisson(0.02 * np.exp(0.02 * light_d)).astype(float)
                                    for year in (2022, 2023)}}
    midpoints_xy = np.column_stack([np.tile(np.arange(10) * 10.0, 40), groups * 40.0])
    result = train_safety_model(table, ["light_d"], np.full(400, 10.0), midpoints_xy, groups,
                                factor_settings={"light_radius_m": 25.0})
    save_model(tmp_path / "model.zip", result.model, result.manifest_extra)
    assert model_card_html(load_model(tmp_path / "model.zip")[1]) == result.report_html


TRAINING = {"trees": 78, "trees_grown_per_fold": [82, 91, 126, 117, 91], "early_stopping_patience": 20,
            "booster": {"max_depth": 4, "learning_rate": 0.1},
            "rows_learned_from": {"with_crime": 36124, "crime_free": 180620, "crime_free_available": 896175,
                                  "controls_per_case": 5, "min_controls": 100000}}


def test_card_states_how_the_size_was_chosen_and_the_case_control_sample(manifest):
    html = model_card_html({**manifest, "training": TRAINING})
    assert "early stopping" in html and "until 20 in a row lowered its held-out loss no further" in html
    assert "82–126 trees per fold" in html and "keeps the 78 trees" in html
    assert "chosen on the other folds" in html
    assert "Case-control sampling" in html
    assert "all 36,124 segments with a crime and a random 180,620 of the 896,175 crime-free segments" in html


def test_card_says_every_segment_was_learned_from_when_none_was_left_out(manifest):
    every_row = {**TRAINING, "rows_learned_from": {**TRAINING["rows_learned_from"], "crime_free": 896175}}
    html = model_card_html({**manifest, "training": every_row})
    assert "Case-control" not in html and "learned from every segment: 36,124 with a crime" in html


def test_card_says_importance_was_measured_on_a_sample_when_it_was(manifest):
    cv = manifest["validation"]["grouped_cv"]
    assert "Measured on a random" not in model_card_html(manifest)
    sampled = {**manifest, "validation": {**manifest["validation"],
                                          "grouped_cv": {**cv, "segments": 900000, "importance_segments": 50000}}}
    assert "Measured on a random 50,000 of the 900,000 segments" in model_card_html(sampled)
