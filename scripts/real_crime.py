"""How well Anshim's grades find real crime: the measure every modelling change is judged by (issue 22).

    /usr/bin/python3 scripts/real_crime.py [--data ../shared/data/real/leeds_ring.gpkg] [--train-until 2017]
        [--test-year 2018] [--out real_crime.json] [--work DIR] [--bootstrap 1000]

Runs the four steps a user runs, through Processing as ``qgis_process`` does: ``anshim:segmentstreets`` on the
``streets`` layer, ``anshim:computefactors`` with the ``cctv``, ``lights``, ``police`` and ``risk_sites`` layers and
the crimes up to ``--train-until`` (``CRIME_DATE_FIELD=date``), ``anshim:trainmodel`` and ``anshim:gradestreets``.
Then it scores the crimes of ``--test-year`` (each on its nearest segment within 30 m) against rankings of the
segments: the grades' ``risk``, last period's count (``crime_n_<train-until>``), all training crimes
(``crime_n``), a planar kernel density of the training crimes (100 m) and the network kernel density the model
card uses. Printed: a Markdown table of ROC-AUC and PAI at 1, 5 and 10 % of network length with bootstrap 95 %
ranges over test crimes, and each grade's share of length; ``--out`` writes the same as JSON.
"""
import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from headless import ROOT, start_qgis  # noqa: E402

SHARES = (0.01, 0.05, 0.10)


def run(algorithm, parameters):
    from qgis import processing
    from qgis.core import QgsProcessingFeedback

    class Feedback(QgsProcessingFeedback):
        def pushInfo(self, info):  # noqa: N802 (Qt name)
            print(f"    {info}", flush=True)

        def pushWarning(self, warning):  # noqa: N802
            print(f"    WARNING {warning}", flush=True)

    print(f"  {algorithm}", flush=True)
    started = time.perf_counter()
    result = processing.run(algorithm, parameters, feedback=Feedback())
    return result, time.perf_counter() - started


def pipeline(data, work, train_until, run=run, period=0):
    """The four steps; ``run(algorithm, parameters)`` returns ``(results, seconds)``; ``period`` is CRIME_PERIOD
    (0 year, 1 quarter, 2 month)."""
    layer = f"{data}|layername={{}}"
    segments = str(work / "segments.gpkg")
    factors = str(work / "factors.gpkg")
    graded = str(work / "graded.gpkg")
    model = str(work / "model.anshim")
    seconds = {}
    _, seconds["segmentstreets"] = run("anshim:segmentstreets", {"INPUT": layer.format("streets"), "OUTPUT": segments})
    _, seconds["computefactors"] = run("anshim:computefactors", {
        "INPUT": segments, "CCTV": layer.format("cctv"), "CCTV_CAMERAS_FIELD": "cameras",
        "LIGHTS": layer.format("lights"), "RISK_SITES": layer.format("risk_sites"),
        "CRIMES": layer.format("crimes"), "CRIME_DATE_FIELD": "date",
        "CRIME_FILTER": f"\"year\" <= {int(train_until)}", "CRIME_PERIOD": period, "OUTPUT": factors})
    trained, seconds["trainmodel"] = run("anshim:trainmodel", {
        "INPUT": factors, "MODEL": model, "REPORT": str(work / "model_card.html")})
    _, seconds["gradestreets"] = run("anshim:gradestreets", {"INPUT": factors, "MODEL": model, "OUTPUT": graded})
    return factors, graded, trained.get("WARNINGS", ""), seconds


def read_table(path):
    """Segment midpoints-ready lines, and every numeric or text field, of the first layer of a GeoPackage."""
    from osgeo import ogr
    from anshim.engine.network.wkb import lines_from_wkb
    source = ogr.Open(path)
    layer = source.GetLayer(0)
    names = [layer.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(layer.GetLayerDefn().GetFieldCount())]
    blobs, columns = [], {name: [] for name in names}
    for feature in layer:
        blobs.append(bytes(feature.GetGeometryRef().ExportToIsoWkb()))
        for name in names:
            columns[name].append(feature.GetField(name))
    lines, _ = lines_from_wkb(blobs)
    return lines, {name: np.array(values, dtype=object) for name, values in columns.items()}


def test_crimes(data, test_year):
    from osgeo import ogr
    source = ogr.Open(str(data))  # kept: a layer outlived by its data source crashes GDAL
    layer = source.GetLayerByName("crimes")
    layer.SetAttributeFilter(f"year = {int(test_year)}")
    return np.array([(feature.GetGeometryRef().GetX(), feature.GetGeometryRef().GetY()) for feature in layer])


def bootstrap_ranges(score, test_segment, length_m, n_segments, repeats, seed=0):
    """95 % range of ROC-AUC and PAI at each share, resampling the test crimes with replacement."""
    from anshim.engine.model.metrics import pai_hit_rate, roc_auc
    rng = np.random.default_rng(seed)
    values = []
    for _ in range(repeats):
        counts = np.bincount(rng.choice(test_segment, len(test_segment)), minlength=n_segments)
        at = pai_hit_rate(score, counts, length_m, SHARES, seed)
        values.append([roc_auc(counts > 0, score)] + [at[share]["pai"] for share in SHARES])
    low, high = np.percentile(np.array(values), [2.5, 97.5], axis=0)
    return list(zip(low.tolist(), high.tolist()))


def score(name, ranking, test_counts, test_segment, length_m, repeats):
    from anshim.engine.model.metrics import pai_hit_rate, roc_auc
    at = pai_hit_rate(ranking, test_counts, length_m, SHARES, 0)
    point = [roc_auc(test_counts > 0, ranking)] + [at[share]["pai"] for share in SHARES]
    ranges = bootstrap_ranges(ranking, test_segment, length_m, len(length_m), repeats) if repeats else None
    return {"ranking": name, "roc_auc": point[0], "pai": dict(zip(map(str, SHARES), point[1:])), "ranges": ranges}


def rankings_of(factors_table, graded_table, lines, train_years, length_m):
    from anshim.engine.model.metrics import kde_scores
    from anshim.engine.network.spatial import polyline_midpoints
    train_counts = np.sum([factors_table[f"crime_n_{year}"].astype(float) for year in train_years], axis=0)
    result = {"Anshim's risk": graded_table["risk"].astype(float),
              f"last period's count (crime_n_{train_years[-1]})": factors_table[f"crime_n_{train_years[-1]}"]
              .astype(float),
              f"all training crimes (crime_n, {train_years[0]}–{train_years[-1]})": train_counts,
              "planar kernel density, 100 m": kde_scores(polyline_midpoints(lines), polyline_midpoints(lines), 100.0,
                                                          train_counts)}
    try:
        from anshim.engine.factors.network_kernel import network_kernel_density
        from anshim.engine.network.structure import segment_end_nodes
        start, end = segment_end_nodes(lines, 0.5)
        result["network kernel density, 100 m"] = network_kernel_density(start, end, length_m, train_counts, 100.0)
    except ImportError:  # a checkout before the network kernel
        pass
    return result


def measure(data, work, train_until=2017, test_year=2018, repeats=1000, run=run, period=0):
    """Run the pipeline in the folder ``work`` and score the rankings on ``test_year``'s crimes (see the module
    docstring); returns the result as a JSON-ready dict."""
    from anshim.engine.network.spatial import SegmentIndex
    factors, graded, warnings, seconds = pipeline(data, work, train_until, run, period)
    lines, factors_table = read_table(factors)
    _, graded_table = read_table(graded)
    card = (work / "model_card.html").read_text(encoding="utf-8")
    length_m = lines.lengths()
    train_years = sorted(int(name[len("crime_n_"):]) for name in factors_table
                         if name.startswith("crime_n_") and name[len("crime_n_"):].isdigit())
    test_segment, _ = SegmentIndex(lines).snap(test_crimes(data, test_year), 30.0)
    test_segment = test_segment[test_segment >= 0]
    test_counts = np.bincount(test_segment, minlength=len(lines)).astype(float)
    rows = [score(name, ranking, test_counts, test_segment, length_m, repeats)
            for name, ranking in rankings_of(factors_table, graded_table, lines, train_years, length_m).items()]
    grade = graded_table["grade"].astype(int)
    grade_share = [float(length_m[grade == value].sum() / length_m.sum()) for value in range(1, 6)]
    return {"data": str(data), "train_years": train_years, "test_year": test_year,
            "test_crimes_on_segments": int(len(test_segment)), "segments": int(len(lines)),
            "network_km": float(length_m.sum() / 1000), "rows": rows, "grade_length_share": grade_share,
            "seconds": seconds, "trainmodel_warnings": warnings, "model_card_chars": len(card),
            "risk_factor_words": sorted({str(words) for words in graded_table["risk_factor"]})}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "real" / "leeds_ring.gpkg"))
    parser.add_argument("--train-until", type=int, default=2017)
    parser.add_argument("--test-year", type=int, default=2018)
    parser.add_argument("--bootstrap", type=int, default=1000)
    parser.add_argument("--work", default=None, help="folder for the intermediate layers (default: a temporary one)")
    parser.add_argument("--out", default=None)
    parser.add_argument("--period", choices=("year", "quarter", "month"), default="year",
                        help="CRIME_PERIOD of computefactors (Leeds has July crimes only: months are the years there)")
    args = parser.parse_args()
    data = Path(args.data).resolve()
    if not data.exists():
        sys.exit(f"{data} not found: the real data live in ../shared/data/real beside the plugin folder.")
    app, _ = start_qgis()
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(args.work or temporary)
        work.mkdir(parents=True, exist_ok=True)
        result = measure(data, work, args.train_until, args.test_year, args.bootstrap,
                         period=("year", "quarter", "month").index(args.period))
    print(markdown(result))
    if args.out:
        Path(args.out).write_text(json.dumps(result, indent=1), encoding="utf-8")
    app.exitQgis()


def markdown(result):
    def cell(value, bounds):
        return f"{value:.3f}" if bounds is None else f"{value:.3f} ({bounds[0]:.3f}–{bounds[1]:.3f})"

    lines = [f"Train {result['train_years'][0]}–{result['train_years'][-1]}, test {result['test_year']} "
             f"({result['test_crimes_on_segments']:,} crimes on {result['segments']:,} segments, "
             f"{result['network_km']:.1f} km)", "",
             "| ranking of segments | ROC-AUC | PAI @ 1 % | PAI @ 5 % | PAI @ 10 % of length |",
             "|---|---|---|---|---|"]
    for row in result["rows"]:
        ranges = row["ranges"] or [None] * 4
        lines.append(f"| {row['ranking']} | {cell(row['roc_auc'], ranges[0])} | "
                     + " | ".join(cell(row["pai"][str(share)], ranges[i + 1]) for i, share in enumerate(SHARES))
                     + " |")
    lines += ["", "Share of length by grade 1…5: " + " / ".join(f"{share:.3f}" for share in
                                                                  result["grade_length_share"]),
              "Seconds: " + ", ".join(f"{step} {value:.1f}" for step, value in result["seconds"].items()),
              "trainmodel warnings: " + (result["trainmodel_warnings"] or "none")]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
