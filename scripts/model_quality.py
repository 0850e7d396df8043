"""How well training finds the known truth of generated districts, so that a change to training can be judged.

    python scripts/model_quality.py [--root PLUGIN_FOLDER] [--seeds 20261121,7,42] [--out quality.json]

Trains the way ``anshim:trainmodel`` does (:func:`engine.model.training.train_safety_model`: 2023–24 to train, 2025
held out, streets grouped in cross-validation) on the demo district (2 km) and on the recovery test's district
(3 km, tests/unit/test_model_recovery.py), one run per seed, and prints per run: Spearman correlation of the
held-out streets' risk and of the final model's risk with the true risk, PAI at 5 % of network length and ROC-AUC
in the later year and on held-out streets (next to the baselines), how often the named risk factor is the truth's,
the number of trees and the training seconds. ``--root`` points at another checkout (e.g. an older commit's
``git archive``) to measure it the same way. ``--history`` adds the crime history factors (``hist_*``) and the
segment graph, as ``anshim:computefactors`` and ``anshim:trainmodel`` do since issue 22.
"""
import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

import numpy as np

DISTRICTS = {"demo": 2000.0, "recovery": 3000.0}
TOP_SHARE = "0.05"


def import_plugin(root):
    spec = importlib.util.spec_from_file_location("anshim", Path(root) / "__init__.py",
                                                  submodule_search_locations=[str(root)])
    module = importlib.util.module_from_spec(spec)
    sys.modules["anshim"] = module
    spec.loader.exec_module(module)
    return module


def measure(seed, size_m, history=False):
    from scipy.stats import spearmanr

    from anshim.engine.model import safety_model as model_module
    from anshim.engine.demo.district import generate_district
    from anshim.engine.model.explain import explain
    from anshim.engine.factors.fields import CRIME_YEAR_PREFIX, FACTORS
    from anshim.engine.demo.groundtruth import dominant_risk_factor
    from anshim.engine.network.spatial import polyline_midpoints
    from anshim.engine.model.training import train_safety_model

    district = generate_district(seed=seed, size_m=size_m)
    segments, crimes = district.segments, district.crimes
    names = [factor.name for factor in FACTORS]
    table = {name: district.factors[name] for name in names}
    for year in np.unique(crimes.years):
        table[f"{CRIME_YEAR_PREFIX}{year}"] = np.bincount(crimes.segment_index[crimes.years == year],
                                                        minlength=len(segments.length_m))
    streets = segments.feature_index
    kept = []

    def fit_and_keep(X, has_crime, factor_names, groups, **options):  # the per-fold fits of the older method
        fitted = model_module.fit_safety_model(X, has_crime, factor_names, groups, **options)
        kept.append((np.setdiff1d(streets, groups), fitted))
        return fitted

    options = {} if hasattr(model_module, "cross_validate") else {"fit": fit_and_keep}
    if history:  # as 'Compute safety factors' adds them from the crimes of several years (issue 22)
        from anshim.engine.factors.history import history_fields
        from anshim.engine.network.structure import segment_end_nodes
        network = segment_end_nodes(segments.lines, 0.5)
        years = sorted(name for name in table if name.startswith(CRIME_YEAR_PREFIX))
        fields = history_fields(np.column_stack([table[name] for name in years]), *network, segments.length_m)
        table.update(fields)
        names = names + list(fields)
        options["network"] = network
    X = np.column_stack([table[name] for name in names])
    started = time.perf_counter()
    result = train_safety_model(table, names, segments.length_m, polyline_midpoints(segments.lines), streets,
                                synthetic_crimes=True, seed=0, **options)
    seconds = time.perf_counter() - started
    held_out = getattr(result, "held_out_risk", None)
    if held_out is None:
        held_out = np.full(len(X), np.nan)
        for unseen, fitted in kept:
            rows = np.isin(streets, unseen)
            if rows.any() and len(unseen) < len(np.unique(streets)):
                held_out[rows] = fitted.predict_risk(X[rows])
    X = np.column_stack([table[name] for name in result.model.factor_names])  # history may have been left out
    validation = result.manifest_extra["validation"]
    later, cv = validation["temporal_holdout"], validation["grouped_cv"]

    def pai(block, ranking):
        return block["scores"][ranking]["at_length_share"][TOP_SHARE]["pai"]

    risk_words, _ = explain(result.model, X)
    factor_of_words = {words: factor.name for factor in FACTORS for words in (factor.label_high, factor.label_low)}
    factor_of_words[""] = ""
    for words in set(risk_words) - set(factor_of_words):  # crime history: never one of the truth's factors
        factor_of_words[words] = "history"
    agreement = float(np.mean(np.array([factor_of_words[w] for w in risk_words], dtype=object)
                              == dominant_risk_factor(district.factors)))
    return {
        "seed": seed, "segments": int(len(X)), "seconds": round(seconds, 2), "trees": result.model.training["trees"],
        "spearman_held_out": float(spearmanr(held_out, district.true_risk)[0]),
        "spearman_final": float(spearmanr(result.model.predict_risk(X), district.true_risk)[0]),
        "later_pai5_model": pai(later, "model"), "later_pai5_kde": pai(later, "kernel_density"),
        "later_pai5_last": pai(later, "last_period_count"), "later_auc_model": later["scores"]["model"]["roc_auc"],
        "cv_pai5_model": pai(cv, "model"), "cv_pai5_kde": pai(cv, "kernel_density"),
        "cv_auc_model": cv["scores"]["model"]["roc_auc"], "risk_factor_agreement": agreement,
        "history_choice": result.manifest_extra["history_choice"],
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", default=str(Path(__file__).resolve().parents[1]))
    parser.add_argument("--seeds", default="20261121,7,42")
    parser.add_argument("--districts", default="demo,recovery")
    parser.add_argument("--history", action="store_true",
                        help="add the crime history factors and the network, as 'Compute safety factors' does")
    parser.add_argument("--out")
    args = parser.parse_args()
    import_plugin(args.root)
    runs = []
    for district in args.districts.split(","):
        for seed in (int(seed) for seed in args.seeds.split(",")):
            run = {"district": district, **measure(seed, DISTRICTS[district], args.history)}
            runs.append(run)
            print(json.dumps(run), flush=True)
    if args.out:
        Path(args.out).write_text(json.dumps(runs, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
