"""One measured step of `make bench`, run by scripts/bench.py in a fresh process so every step starts cold.

    python scripts/bench_step.py SPEC.json RESULT.json

SPEC.json is either

* ``{"kind": "processing", "algorithm": "native:buffer", "parameters": {...}, "count": {"OUTPUT": "out.gpkg"}}``:
  starts QGIS, Processing and the Anshim provider once (as scripts/run_demo.py does), then times ONE
  ``processing.run(algorithm, parameters)``; or
* ``{"kind": "scenario", "graded": "graded.gpkg", "model": "city.anshim", "windows": [...], "calls": 20}``:
  times ``ScenarioPlanner.add_point("cctv", xy)`` with the engine alone (no QGIS); or
* ``{"kind": "routes", "graded": "graded.gpkg", "table": "graded_segments", "pairs": 500, "detours": [1.25]}``:
  times the segment graph's build and ``safest_path`` per random origin–destination pair 0.3–2 km apart, and
  measures the safest route's exposure against the shortest's (engine alone). Without a ``risk`` field in the
  table the risk is a synthetic smooth field (``risk_source`` says which).
* ``{"kind": "optimiser", "task": "practice" | "speed", "size_m": 2000, "tiles": 1, ...}``: the siting optimiser
  with the engine alone on a generated district (``engine.demo.district``, ``tiles`` x ``tiles`` copies side by side) graded
  by a model fitted on the default demo district, or on ``graded`` with ``model``: "practice" compares it with
  sites on the riskiest segments for each of ``budgets_mkrw``; "speed" times one run on ``candidates`` sampled
  street candidates (see :func:`run_optimiser`).
* ``{"kind": "planner", "graded": "graded.gpkg", "model": "city.anshim", "windows": [...], "calls": 20}``:
  the planner dock's controller in QGIS: the time to open it on each window's layer (a GeoPackage cut from the
  graded one) and the latency of one click, ``add_site("cctv", ...)`` + ``summary()``: engine, overlay layer and
  numbers, without rendering.

RESULT.json gets wall and CPU seconds of the timed call, the resident set size before it and the process's peak RSS
(``ru_maxrss``) after it, the feature count of each output, and on failure the error and its traceback.
"""
import gc
import json
import os
import resource
import sys
import time
import traceback
from pathlib import Path

from headless import plugin_package, start_qgis


def rss_mb():
    """Current resident set size of this process in MB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # kB on Linux


def cpu_seconds():
    """CPU seconds this process has used, all threads: on a busy machine a steadier measure than wall seconds."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def feature_count(path):
    from osgeo import ogr
    source = ogr.Open(str(path).split("|")[0])
    if source is None:
        return None
    return sum(source.GetLayer(i).GetFeatureCount() for i in range(source.GetLayerCount()))


def run_processing(spec, result):
    started = time.perf_counter()
    app, plugin = start_qgis()
    from qgis import processing
    from qgis.core import QgsProcessingFeedback

    class Feedback(QgsProcessingFeedback):
        """Writes the algorithm's messages to the step log, each with the seconds since processing.run began
        (progress is left alone: native algorithms report it per feature)."""

        started = time.perf_counter()

        def _log(self, text):
            line = f"+{time.perf_counter() - self.started:7.1f} s  {text}"
            print(f"    {line}", flush=True)
            result["log"].append(line)

        def pushInfo(self, info):  # noqa: N802 (Qt name)
            self._log(info)
            super().pushInfo(info)

        def pushWarning(self, warning):  # noqa: N802
            self._log(f"WARNING {warning}")
            super().pushWarning(warning)

        def reportError(self, error, fatalError=False):  # noqa: N802, N803
            self._log(f"ERROR {error}")
            super().reportError(error, fatalError)

    result["init_s"] = time.perf_counter() - started
    gc.collect()
    result["rss_before_mb"] = rss_mb()
    result["peak_before_mb"] = peak_rss_mb()
    print(f"  running {spec['algorithm']}", flush=True)
    feedback = Feedback()
    if spec.get("started_marker"):  # the bench's time cap counts from here, not from QGIS start-up
        Path(spec["started_marker"]).touch()
    started = feedback.started = time.perf_counter()
    cpu_started = cpu_seconds()
    try:
        processing.run(spec["algorithm"], spec["parameters"], feedback=feedback)
    finally:
        result["seconds"] = time.perf_counter() - started
        result["cpu_s"] = cpu_seconds() - cpu_started
        result["peak_mb"] = peak_rss_mb()
    result["counts"] = {name: feature_count(path) for name, path in spec.get("count", {}).items()}
    return app, plugin


def run_scenario(spec, result):
    """Median latency of single add_point('cctv', xy) calls on each window of the graded network."""
    import numpy as np
    plugin_package()
    from anshim.engine.model.modelfile import load_model
    from anshim.engine.planning.scenario import ScenarioPlanner

    started = time.perf_counter()
    lines, columns = read_line_layer(spec["graded"])
    model, manifest = load_model(spec["model"])
    result["read_s"] = time.perf_counter() - started
    result["n_segments_total"] = len(lines)
    settings = manifest.get("factor_settings") or {}
    rng = np.random.default_rng(spec.get("seed", 7))
    mid = 0.5 * (lines.coords[lines.offsets[:-1]] + lines.coords[lines.offsets[1:] - 1])
    result["windows"] = {}
    for window in spec["windows"]:
        gc.collect()
        if window["segments"] >= len(lines):
            chosen = np.arange(len(lines))
        else:  # the square around the network's centre holding the wanted number of segment midpoints
            centre = np.median(mid, axis=0)
            half = np.sort(np.abs(mid - centre).max(axis=1))[window["segments"] - 1]
            chosen = np.flatnonzero(np.abs(mid - centre).max(axis=1) <= half)
        segments = lines.subset(chosen) if len(chosen) < len(lines) else lines
        factors = {name: columns[name][chosen] for name in model.factor_names}
        exposure = columns["pop_night"][chosen] if "pop_night" in columns else None
        rss_before = rss_mb()
        started = time.perf_counter()
        planner = ScenarioPlanner(segments, factors, model, settings=dict(settings), exposure=exposure)
        setup_s = time.perf_counter() - started
        places = mid[chosen][rng.integers(0, len(chosen), spec.get("calls", 20))]
        places = places + rng.normal(0.0, 15.0, places.shape)  # a proposed pole near, not on, the street
        latencies, reached = [], []
        for xy in places:
            started = time.perf_counter()
            proposal = planner.add_point("cctv", xy, weight=3.0)
            latencies.append(time.perf_counter() - started)
            reached.append(len(planner.proposals[proposal].segments))
            planner.remove(proposal)  # every call is measured on the same base network
        result["windows"][window["name"]] = {
            "n_segments": int(len(chosen)), "setup_s": setup_s, "median_ms": 1000 * float(np.median(latencies)),
            "max_ms": 1000 * float(np.max(latencies)), "calls": len(latencies),
            "segments_reached_median": int(np.median(reached)), "rss_before_mb": rss_before, "peak_mb": peak_rss_mb()}
        print(f"  {window['name']}: {len(chosen):,} segments, set-up {setup_s:.1f} s, median add_point "
              f"{1000 * np.median(latencies):.1f} ms", flush=True)
    result["peak_mb"] = peak_rss_mb()
    return None, None


def run_routes(spec, result):
    """Graph build time, per-pair time and the safest route's gain over the shortest, per detour limit."""
    import numpy as np
    plugin_package()
    from anshim.engine.network.routes import OK, SegmentGraph, safest_path
    from anshim.engine.network.spatial import polyline_midpoints

    started = time.perf_counter()
    lines, columns = read_line_layer(spec["graded"], spec.get("table"))
    result["read_s"] = time.perf_counter() - started
    result["n_segments"] = len(lines)
    rng = np.random.default_rng(spec.get("seed", 15))
    mid = polyline_midpoints(lines)
    if "risk" in columns and "grade" in columns:
        risk, grade = columns["risk"], columns["grade"].astype(np.int64)
        result["risk_source"] = "graded"
    else:
        risk, grade = synthetic_risk(mid, rng)
        result["risk_source"] = "synthetic"
    gc.collect()
    result["rss_before_mb"] = rss_mb()
    started = time.perf_counter()
    graph = SegmentGraph.from_segments(lines)
    result["graph_build_s"] = time.perf_counter() - started
    started = time.perf_counter()
    graph.index  # the snapping index, built on first use
    result["snap_index_s"] = time.perf_counter() - started
    result["n_nodes"] = graph.n_nodes
    origins, destinations = random_pairs(mid, spec["pairs"], rng, spec.get("min_m", 300.0), spec.get("max_m", 2000.0))
    result["detours"] = {}
    for max_detour in spec["detours"]:
        seconds, outcomes = [], []
        for origin, destination in zip(origins, destinations):
            started = time.perf_counter()
            outcomes.append(safest_path(graph, risk, origin, destination, max_detour, grade))
            seconds.append(time.perf_counter() - started)
        result["detours"][str(max_detour)] = route_figures(outcomes, seconds, OK)
        figures = result["detours"][str(max_detour)]
        print(f"  MAX_DETOUR {max_detour}: {figures['routed']} of {figures['pairs']} pairs routed, median exposure "
              f"reduction {100 * figures['median_reduction']:.1f} %, km in grades 4-5 halved on "
              f"{100 * figures['share_halving_4_5']:.0f} %, median {1000 * figures['median_pair_s']:.0f} ms per "
              f"pair", flush=True)
    result["peak_mb"] = peak_rss_mb()


def synthetic_risk(mid, rng):
    """A smooth risk field with noise over the segments' midpoints, graded 35/30/20/10/5 % by count."""
    import numpy as np
    field = np.zeros(len(mid))
    for wavelength in (1200.0, 450.0, 160.0):
        phase, angle = rng.uniform(0, 2 * np.pi, 2)
        field += np.sin((mid[:, 0] * np.cos(angle) + mid[:, 1] * np.sin(angle)) * 2 * np.pi / wavelength + phase)
    risk = 1.0 / (1.0 + np.exp(-(field + rng.normal(0.0, 0.7, len(mid))))) * 0.3
    grade = np.searchsorted(np.quantile(risk, [0.35, 0.65, 0.85, 0.95]), risk) + 1
    return risk, grade


def random_pairs(mid, n_pairs, rng, min_m, max_m):
    """``n_pairs`` origins and destinations at segment midpoints ``min_m``–``max_m`` apart in a straight line."""
    import numpy as np
    origins, destinations = [], []
    while sum(map(len, origins)) < n_pairs:
        a, b = rng.integers(len(mid), size=(2, 20 * n_pairs))
        distance = np.hypot(*(mid[a] - mid[b]).T)
        keep = (distance >= min_m) & (distance <= max_m)
        origins.append(mid[a[keep]])
        destinations.append(mid[b[keep]])
    return np.concatenate(origins)[:n_pairs], np.concatenate(destinations)[:n_pairs]


def route_figures(outcomes, seconds, ok_status):
    import numpy as np
    routed = [outcome for outcome in outcomes if outcome.status == ok_status]
    reductions = np.array([outcome.exposure_reduction for outcome in routed])
    with_4_5 = [outcome for outcome in routed if outcome.shortest.km_grade_4_5 > 0]
    halved = sum(outcome.safest.km_grade_4_5 <= 0.5 * outcome.shortest.km_grade_4_5 for outcome in with_4_5)
    return {
        "pairs": len(outcomes), "routed": len(routed), "failed": len(outcomes) - len(routed),
        "median_reduction": float(np.median(reductions)) if len(reductions) else None,
        "quartiles_reduction": [float(q) for q in np.quantile(reductions, [0.25, 0.75])] if len(reductions) else None,
        "pairs_with_4_5": len(with_4_5), "share_halving_4_5": halved / len(with_4_5) if with_4_5 else 0.0,
        "median_detour": float(np.median([outcome.detour for outcome in routed])) if routed else None,
        "exact_share": float(np.mean([outcome.exact for outcome in routed])) if routed else None,
        "label_searches": int(sum("labels" in outcome.stats for outcome in routed)),
        "median_pair_s": float(np.median(seconds)), "max_pair_s": float(np.max(seconds)),
        "median_pruned_segments": float(np.median([outcome.pruned_segments for outcome in routed])) if routed else None,
    }


def run_optimiser(spec, result):
    """The siting optimiser on a generated network: against practice, or timed (see the module docstring)."""
    import numpy as np
    plugin_package()
    from anshim.engine.planning import optimiser
    from anshim.engine.planning.proposals import add_to_planner, site

    started = time.perf_counter()
    planner = optimiser_planner(spec)
    result["setup_s"] = time.perf_counter() - started
    result["n_segments"] = len(planner.length_m)
    kinds = tuple(spec.get("kinds", optimiser.DEFAULT_KINDS))
    candidates = optimiser.street_candidates(planner, kinds, spec.get("spacing_m", 20.0), spec.get("min_grade", 3),
                                             spec.get("min_separation_m", 30.0))
    if spec.get("candidates") and spec["candidates"] < len(candidates):
        chosen = np.sort(np.random.default_rng(spec.get("seed", 7)).choice(len(candidates), spec["candidates"],
                                                                           replace=False))
        candidates = optimiser.Candidates(candidates.kinds[chosen], candidates.xy[chosen])
    result["n_candidates"] = len(candidates)
    print(f"  {len(planner.length_m):,} segments, {len(candidates):,} candidates, set-up {result['setup_s']:.0f} s",
          flush=True)
    gc.collect()
    result["rss_before_mb"] = rss_mb()
    if spec.get("started_marker"):
        Path(spec["started_marker"]).touch()
    if spec["task"] == "speed":
        run = optimiser.optimise_sites(planner, candidates, spec["budgets_mkrw"][0] * 1e6)
        result["seconds"] = run.seconds
        result["runs"] = [_optimiser_figures(run)]
    else:
        result["runs"], initial_gains = [], None
        started = time.perf_counter()
        for budget_mkrw in spec["budgets_mkrw"]:
            run = optimiser.optimise_sites(planner, candidates, budget_mkrw * 1e6, initial_gains=initial_gains)
            initial_gains = run.initial_gains
            kinds_chosen = sorted((pick.kind for pick in run.picks), key=lambda kind: kind != "cctv")
            practice = optimiser.riskiest_first(planner, kinds_chosen, 50.0)
            sites = [site("practice", kind, x, y, optimiser.DEFAULT_CCTV_CAMERAS)
                     for kind, (x, y) in zip(practice.kinds, practice.xy)]
            ids = add_to_planner(planner, sites, [])
            practice_summary = planner.summary()
            for proposal_id in ids:
                planner.remove(proposal_id)
            figures = _optimiser_figures(run)
            figures["practice_reduction"] = (practice_summary["expected_incidents_before"]
                                             - practice_summary["expected_incidents_after"])
            figures["practice_cost_krw"] = practice_summary["total_cost_krw"]
            figures["practice_per_million_krw"] = practice_summary["risk_reduction_per_million_krw"]
            figures["extra_reduction_pct"] = (100.0 * (figures["reduction"] / figures["practice_reduction"] - 1.0)
                                              if figures["practice_reduction"] > 0 else None)
            result["runs"].append(figures)
            print(f"  {budget_mkrw:,.0f} M KRW: optimiser {figures['reduction']:.3f} ({figures['picks']} sites, "
                  f"{run.seconds:.0f} s), riskiest first {figures['practice_reduction']:.3f}: "
                  f"{figures['extra_reduction_pct']:+.1f} %", flush=True)
        result["seconds"] = time.perf_counter() - started
    result["peak_mb"] = peak_rss_mb()


def _optimiser_figures(run):
    summary = run.summary
    kinds = [pick.kind for pick in run.picks]
    return {"budget_krw": run.budget_krw, "picks": len(run.picks), "cctv": kinds.count("cctv"),
            "lights": kinds.count("light"), "cost_krw": run.total_cost_krw,
            "reduction": summary["expected_incidents_before"] - summary["expected_incidents_after"],
            "per_million_krw": summary["risk_reduction_per_million_krw"], "seconds": run.seconds,
            "oracle_calls": run.oracle_calls, "plain_greedy_calls": run.plain_greedy_calls,
            "reevaluations": run.reevaluations, "violations": run.violations, "swaps": run.swaps,
            "strategy": run.strategy}


def optimiser_planner(spec):
    """A ScenarioPlanner of ``graded`` with ``model``, or of a generated district (``size_m``, ``tiles`` x
    ``tiles`` copies) graded by a model fitted on the default demo district's synthetic crimes."""
    import numpy as np
    from anshim.engine.planning.scenario import ScenarioPlanner
    if spec.get("graded"):
        from anshim.engine.model.modelfile import load_model
        lines, columns = read_line_layer(spec["graded"])
        model, manifest = load_model(spec["model"])
        return ScenarioPlanner(lines, {name: columns[name] for name in model.factor_names}, model,
                               dict(manifest.get("factor_settings") or {}), columns.get("pop_night"))
    from anshim.engine.demo.district import generate_district
    from anshim.engine.factors.fields import FACTORS
    from anshim.engine.network.geometry import LineArrays
    from anshim.engine.model.grades import grade_thresholds
    from anshim.engine.model.safety_model import fit_safety_model
    names = [factor.name for factor in FACTORS]
    demo = generate_district()
    X = np.column_stack([demo.factors[name] for name in names])
    crime = np.bincount(demo.crimes.segment_index, minlength=len(X)) > 0
    model = fit_safety_model(X, crime, names, demo.segments.feature_index)
    model.thresholds = grade_thresholds(model.predict_risk(X), demo.segments.length_m)
    size_m = float(spec.get("size_m", 2000.0))
    district = demo if size_m == 2000.0 else generate_district(size_m=size_m)
    lines, factors = district.segments.lines, district.factors
    tiles = int(spec.get("tiles", 1))
    if tiles > 1:  # copies side by side, each shifted by the district's size
        shifts = [np.array([i * size_m, j * size_m]) for i in range(tiles) for j in range(tiles)]
        lines = LineArrays(np.vstack([lines.coords + shift for shift in shifts]),
                           np.concatenate([lines.offsets[:-1] + k * len(lines.coords) for k in range(len(shifts))]
                                          + [[len(shifts) * len(lines.coords)]]))
        factors = {name: np.tile(values, len(shifts)) for name, values in factors.items()}
    return ScenarioPlanner(lines, {name: factors[name] for name in names}, model, exposure=factors["pop_night"])


def run_planner(spec, result):
    """Open the planner's controller on each window and time clicks: proposal -> overlay + numbers."""
    import numpy as np
    from osgeo import gdal
    app, plugin = start_qgis()
    from qgis.core import QgsPointXY, QgsProject, QgsVectorLayer
    from anshim.plugin.planner import Planner
    lines, _ = read_line_layer(spec["graded"])
    mid = 0.5 * (lines.coords[lines.offsets[:-1]] + lines.coords[lines.offsets[1:] - 1])
    del lines
    rng = np.random.default_rng(spec.get("seed", 7))
    result["windows"] = {}
    for window in spec["windows"]:  # smallest first: the peak RSS of each window includes the earlier ones
        path = spec["graded"]
        if window["segments"] < len(mid):  # the square around the network's centre with that many midpoints
            centre = np.median(mid, axis=0)
            half = np.sort(np.abs(mid - centre).max(axis=1))[window["segments"] - 1]
            path = str(Path(spec["graded"]).with_name(f"planner_{window['name']}.gpkg"))
            gdal.VectorTranslate(path, spec["graded"], format="GPKG", spatFilter=[
                centre[0] - half, centre[1] - half, centre[0] + half, centre[1] + half])
        layer = QgsVectorLayer(path, window["name"], "ogr")
        QgsProject.instance().addMapLayer(layer)
        planner = Planner()
        gc.collect()
        rss_before = rss_mb()
        started = time.perf_counter()
        planner.open(layer, spec["model"])
        open_s = time.perf_counter() - started
        rss_open = rss_mb()
        planner.new_scenario("bench")
        inside = mid[(mid[:, 0] >= layer.extent().xMinimum()) & (mid[:, 0] <= layer.extent().xMaximum())
                     & (mid[:, 1] >= layer.extent().yMinimum()) & (mid[:, 1] <= layer.extent().yMaximum())]
        places = inside[rng.integers(0, len(inside), spec.get("calls", 20))] + rng.normal(0.0, 15.0, (spec.get(
            "calls", 20), 2))
        latencies, changed = [], []
        for x, y in places:
            started = time.perf_counter()
            planner.add_site("cctv", QgsPointXY(x, y), cameras=3)
            planner.summary()
            latencies.append(time.perf_counter() - started)
            changed.append(planner.changed_layer().featureCount())
            planner.undo()  # every click is measured on the same base network
        engine_latencies = []  # the engine alone on the same places, in the same process: the dock's own share
        for x, y in places:
            started = time.perf_counter()
            proposal = planner.engine.add_point("cctv", (x, y), 3.0)
            engine_latencies.append(time.perf_counter() - started)
            planner.engine.remove(proposal)
        result["windows"][window["name"]] = {
            "n_segments": len(planner.network.seg_ids), "open_s": open_s, "rss_before_mb": rss_before,
            "open_rise_mb": rss_open - rss_before, "median_ms": 1000 * float(np.median(latencies)),
            "max_ms": 1000 * float(np.max(latencies)), "calls": len(latencies),
            "engine_median_ms": 1000 * float(np.median(engine_latencies)), "load_average": os.getloadavg()[0],
            "overlay_features_median": int(np.median(changed)), "peak_mb": peak_rss_mb()}
        print(f"  {window['name']}: {len(planner.network.seg_ids):,} segments, open {open_s:.1f} s "
              f"(+{rss_open - rss_before:.0f} MB), median click {1000 * np.median(latencies):.1f} ms (engine alone "
              f"{1000 * np.median(engine_latencies):.1f} ms), load average {os.getloadavg()[0]:.1f}", flush=True)
        planner.unload()
        QgsProject.instance().removeAllMapLayers()
    result["peak_mb"] = peak_rss_mb()
    return app, plugin


def read_line_layer(path, table=None):
    """Segments of a GeoPackage (its first table, or ``table``) as LineArrays plus its numeric columns, read
    through OGR's Arrow interface."""
    import numpy as np
    from osgeo import ogr
    from anshim.engine.network.wkb import lines_from_wkb
    source = ogr.Open(str(path))
    layer = source.GetLayerByName(table) if table else source.GetLayer(0)
    chunks = {}
    stream = layer.GetArrowStreamAsNumPy(options=["MAX_FEATURES_IN_BATCH=200000"])
    for batch in stream:
        for name, values in batch.items():
            chunks.setdefault(name, []).append(values.copy())  # valid only until the next batch
    geometry_name = layer.GetGeometryColumn() or "wkb_geometry"
    blobs = np.concatenate(chunks.pop(geometry_name))
    lines, part_row = lines_from_wkb(list(blobs))
    if len(part_row) != len(blobs):
        raise ValueError(f"{path}: multipart segments")
    columns = {}
    for name, parts in chunks.items():
        values = np.concatenate(parts)
        if values.dtype.kind in "biuf":
            columns[name] = values.astype(np.float64)
    return lines, columns


def main():
    spec_path, result_path = sys.argv[1:3]
    spec = json.loads(Path(spec_path).read_text(encoding="utf-8"))
    result = {"ok": False, "log": []}
    app = None
    try:
        if spec["kind"] == "processing":
            app, _plugin = run_processing(spec, result)
        elif spec["kind"] == "scenario":
            run_scenario(spec, result)
        elif spec["kind"] == "routes":
            run_routes(spec, result)
        elif spec["kind"] == "optimiser":
            run_optimiser(spec, result)
        elif spec["kind"] == "planner":
            app, _plugin = run_planner(spec, result)
        else:
            raise ValueError(f"unknown step kind {spec['kind']}")
        result["ok"] = True
    except BaseException as error:  # noqa: B902 (the bench reports every failure, then moves on)
        result["error"] = f"{type(error).__name__}: {error}"
        result["traceback"] = traceback.format_exc()
        print(result["traceback"], flush=True)
    result["log"] = result["log"][-40:]
    Path(result_path).write_text(json.dumps(result, indent=1, default=str), encoding="utf-8")
    sys.stdout.flush()
    # QGIS's own teardown can take long or crash on exit after big runs; the result is already written
    os._exit(0 if result["ok"] else 1)


if __name__ == "__main__":
    main()
