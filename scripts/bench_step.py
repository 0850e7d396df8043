"""One measured step of `make bench`, run by scripts/bench.py in a fresh process so every step starts cold.

    python scripts/bench_step.py SPEC.json RESULT.json

SPEC.json is either

* ``{"kind": "processing", "algorithm": "native:buffer", "parameters": {...}, "count": {"OUTPUT": "out.gpkg"}}``:
  starts QGIS, Processing and the Anshim provider once (as scripts/run_demo.py does), then times ONE
  ``processing.run(algorithm, parameters)``; or
* ``{"kind": "scenario", "graded": "graded.gpkg", "model": "city.anshim", "windows": [...], "calls": 20}``:
  times ``ScenarioPlanner.add_point("cctv", xy)`` with the engine alone (no QGIS); or
* ``{"kind": "planner", "graded": "graded.gpkg", "model": "city.anshim", "windows": [...], "calls": 20}``:
  the planner dock's controller in QGIS: the time to open it on each window's layer (a GeoPackage cut from the
  graded one) and the latency of one click, ``add_site("cctv", ...)`` + ``summary()``: engine, overlay layer and
  numbers, without rendering.

RESULT.json gets wall seconds of the timed call, the resident set size before it and the process's peak RSS
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
    try:
        processing.run(spec["algorithm"], spec["parameters"], feedback=feedback)
    finally:
        result["seconds"] = time.perf_counter() - started
        result["peak_mb"] = peak_rss_mb()
    result["counts"] = {name: feature_count(path) for name, path in spec.get("count", {}).items()}
    return app, plugin


def run_scenario(spec, result):
    """Median latency of single add_point('cctv', xy) calls on each window of the graded network."""
    import numpy as np
    plugin_package()
    from anshim.engine.modelfile import load_model
    from anshim.engine.scenario import ScenarioPlanner

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


def read_line_layer(path):
    """Segments of a GeoPackage as LineArrays plus its numeric columns, read through OGR's Arrow interface."""
    import numpy as np
    from osgeo import ogr
    from anshim.engine.wkb import lines_from_wkb
    source = ogr.Open(str(path))
    layer = source.GetLayer(0)
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
