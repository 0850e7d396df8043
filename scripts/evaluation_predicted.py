"""Realised vs predicted on the simulation (issue 25, must-show 2): for each seed of
``scripts/evaluation_coverage.py``, the change the scenario engine predicts for each group's facilities with a model
trained on the demo district's own earlier crimes, beside the realised change and the true one.

    python scripts/evaluation_predicted.py [SEEDS]

The model is fitted once (as 'Train safety model' fits it: monotone boosted trees, streets as groups) on the demo's
three years of synthetic crimes, which are independent of the simulated history.
"""
import sys
import time

import numpy as np

from evaluation_coverage import ROOT  # noqa: F401  (makes the checkout importable as ``anshim``)
from anshim.engine.demo.district import generate_district  # noqa: E402
from anshim.engine.demo.installations import simulate_installations, true_rate_ratio  # noqa: E402
from anshim.engine.factors.fields import FACTORS  # noqa: E402
from anshim.engine.model.grades import grade_thresholds  # noqa: E402
from anshim.engine.model.safety_model import fit_safety_model  # noqa: E402
from anshim.engine.network.spatial import SegmentIndex  # noqa: E402
from anshim.engine.planning.evaluation import evaluate  # noqa: E402
from anshim.engine.planning.evaluation_report import predicted_changes  # noqa: E402
from anshim.engine.planning.evaluation_stats import estimates  # noqa: E402
from anshim.engine.planning.scenario import ScenarioPlanner  # noqa: E402


def demo_model(district):
    names = [factor.name for factor in FACTORS if factor.name in district.factors]
    X = np.column_stack([np.asarray(district.factors[name], dtype=np.float64) for name in names])
    y = np.bincount(district.crimes.segment_index, minlength=len(X)) > 0
    model = fit_safety_model(X, y.astype(np.int8), names, district.segments.feature_index)
    model.thresholds = grade_thresholds(model.predict_risk(X), district.segments.length_m)
    return model, names, X


def main():
    n_seeds = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    started = time.perf_counter()
    district = generate_district()
    index = SegmentIndex(district.segments.lines)
    model, names, X = demo_model(district)
    planner = ScenarioPlanner(district.segments.lines, dict(zip(names, X.T)), model)
    results = {}
    for seed in range(n_seeds):
        history = simulate_installations(district, seed, district.true_risk, index=index)
        evaluation = evaluate(district.segments.lines, history.facilities, history.crime_segment,
                              history.crime_dates, risk=district.true_risk, index=index)
        predicted = predicted_changes(planner, history.facilities, evaluation.groups)
        for group, row, change in zip(evaluation.groups, estimates(evaluation, predicted), predicted):
            truth = 100.0 * (true_rate_ratio(history, group.treated, group.treated_month, 12) - 1.0)
            results.setdefault(group.name, []).append((change, row.realised_change_pct, truth))
    print(f"{n_seeds} seeds, {time.perf_counter() - started:.0f} s")
    print("| group | predicted by the model (mean) | realised (median) | true (mean) |")
    print("|---|---|---|---|")
    for name, rows in results.items():
        predicted, realised, truth = (np.array([r[i] for r in rows if r[i] is not None], dtype=float)
                                      for i in range(3))
        print(f"| {name} | {predicted.mean():+.0f} % | {np.median(realised):+.0f} % | {truth.mean():+.0f} % |")


if __name__ == "__main__":
    main()
