"""Do the evaluation's 95 % intervals tell the truth? A simulation on the demo district (issue 25, must-show 1).

    python scripts/evaluation_coverage.py [SEEDS] [setting=value ...]   e.g. window_months=24 or volume=3

For each seed, :func:`engine.demo.installations.simulate_installations` draws a five-year crime history from the
ground truth at the demo's own rate, with CCTV poles and lights installed on the riskiest streets in mid-2024 (true
effect known) and a placebo group (dates, nothing installed); :func:`engine.planning.evaluation.evaluate` then
estimates each group's rate ratio against matched streets. The model's risk used for matching is the ground truth's (a model that knows the risk function); the
planner picks sites by it. Prints, per group: runs with enough crimes, the mean true and estimated rate ratio, how
often the 95 % interval covers the true effect, how often it covers no effect (1), how often it excludes it, and the
mean smallest fall the evaluation could detect (80 % power, two-sided 5 % test).
"""
import importlib.util
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if "anshim" not in sys.modules:
    _spec = importlib.util.spec_from_file_location("anshim", ROOT / "__init__.py", submodule_search_locations=[str(ROOT)])
    sys.modules["anshim"] = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(sys.modules["anshim"])

import numpy as np  # noqa: E402

from anshim.engine.demo.district import generate_district  # noqa: E402
from anshim.engine.demo.installations import simulate_installations, true_rate_ratio  # noqa: E402
from anshim.engine.network.spatial import SegmentIndex  # noqa: E402
from anshim.engine.planning.evaluation import EvaluationSettings, evaluate  # noqa: E402
from anshim.engine.planning.evaluation_stats import detectable_fall_pct, estimates  # noqa: E402


def coverage_runs(seeds, settings=None, volume=1.0):
    """Per group name, a list of ``(true rate ratio, Interval or None)`` over ``seeds``; ``volume`` multiplies the
    demo's crime rate."""
    settings = settings or EvaluationSettings()
    district = generate_district()
    index = SegmentIndex(district.segments.lines)
    stratum = district.streets.road_class[district.segments.feature_index]
    runs = {}
    for seed in seeds:
        history = simulate_installations(district, seed, district.true_risk, index=index, volume=volume)
        evaluation = evaluate(district.segments.lines, history.facilities, history.crime_segment,
                              history.crime_dates, settings, risk=district.true_risk, stratum=stratum, index=index)
        for group, estimate in zip(evaluation.groups, estimates(evaluation)):
            truth = true_rate_ratio(history, group.treated, group.treated_month, settings.window_months)
            runs.setdefault(group.name, []).append((truth, estimate.rate_ratio))
    return runs


def summary(runs):
    rows = []
    for name, results in runs.items():
        told = [(truth, interval) for truth, interval in results if interval is not None]
        truth = np.array([t for t, _ in told]) if told else np.array([np.nan])
        covers_truth = np.mean([i.low <= t <= i.high for t, i in told]) if told else np.nan
        covers_one = np.mean([i.low <= 1.0 <= i.high for _, i in told]) if told else np.nan
        rows.append({"group": name, "runs": len(results), "told": len(told), "true_rr": float(np.mean(truth)),
                     "estimated_rr": float(np.exp(np.mean([np.log(i.value) for _, i in told]))) if told else np.nan,
                     "covers_truth": covers_truth, "covers_no_effect": covers_one,
                     "excludes_no_effect": 1.0 - covers_one if told else np.nan,
                     "detectable_fall_pct": float(np.mean([detectable_fall_pct(i.sd) for _, i in told]))
                     if told else np.nan})
    return rows


def main():
    n_seeds = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    options = dict(argument.split("=") for argument in sys.argv[2:])
    volume = float(options.pop("volume", 1.0))
    settings = EvaluationSettings(**{key: type(getattr(EvaluationSettings, key))(value) for key, value in options.items()})
    started = time.perf_counter()
    rows = summary(coverage_runs(range(n_seeds), settings, volume))
    print(f"{n_seeds} seeds, {time.perf_counter() - started:.0f} s")
    print("| group | runs with enough crimes | true rate ratio (mean) | estimated (geometric mean) | "
          "95 % interval covers the truth | covers no effect | excludes no effect | smallest detectable fall (mean) |")
    print("|---|---|---|---|---|---|---|---|")
    for row in rows:
        print(f"| {row['group']} | {row['told']} of {row['runs']} | {row['true_rr']:.2f} | {row['estimated_rr']:.2f} | "
              f"{100 * row['covers_truth']:.0f} % | {100 * row['covers_no_effect']:.0f} % | "
              f"{100 * row['excludes_no_effect']:.0f} % | {row['detectable_fall_pct']:.0f} % |")


if __name__ == "__main__":
    main()
