"""How well the model trained from crime counts per area finds crime, next to the model trained from crime points.

    python scripts/area_quality.py [--seeds 20261121,7,42] [--districts demo,recovery] [--out areas.json]
    python scripts/area_quality.py --real ../shared/data/real/leeds_ring.gpkg   # real crimes (needs GDAL)

On the demo district (2 km) and the recovery test's district (3 km, tests/unit/test_model_recovery.py), one run
per seed: the point-trained model learns from which segments had a crime in 2023–24 (the model
``anshim:trainmodel`` fits, :func:`engine.model.safety_model.cross_validate`); the area-trained models learn from
the same crimes counted per 100 m grid cell and per ~20 행정동-like districts
(:mod:`engine.demo.area_counts`, :func:`engine.model.area_training.fit_area_model`). All are scored on 2025's
crime points, which none of them saw: PAI at 5 % of network length, and Spearman correlation of their risk with
the ground truth's. Prints one JSON line per run and model, then a Markdown table of the ratios to the point model.

``--real``: the Leeds ring of ``../shared/data/real`` (police.uk crimes of July 2016, 2017 and 2018 on OSM streets):
streets segmented and factors computed as 'Segment streets' and 'Compute safety factors' do (CCTV, lights, risk
sites; no width, population or police boxes), crimes snapped to segments within 30 m. The point model learns from
2016–17's snapped crimes; the area model from 2016–17's crimes counted on 100 m cells (every crime point in its
cell); both are scored on 2018's crimes, next to last period's counts and kernel density of 2016–17's crimes.
"""
import argparse
import json
import time
from pathlib import Path

import numpy as np
from model_quality import import_plugin

DISTRICTS = {"demo": 2000.0, "recovery": 3000.0}
TRAIN_YEARS, TEST_YEAR = (2023, 2024), 2025


def measure(seed, size_m):
    from scipy.stats import spearmanr

    from anshim.engine.demo.area_counts import demo_area_counts
    from anshim.engine.demo.district import generate_district
    from anshim.engine.factors.crime_areas import segment_areas
    from anshim.engine.factors.fields import FACTORS
    from anshim.engine.model.area_training import fit_area_model, targets_from_pairs
    from anshim.engine.model.metrics import ranking_summary
    from anshim.engine.model.safety_model import cross_validate

    district = generate_district(seed=seed, size_m=size_m)
    names = [factor.name for factor in FACTORS]
    X = np.column_stack([district.factors[name] for name in names])
    length_m, crimes = district.segments.length_m, district.crimes
    training = np.isin(crimes.years, TRAIN_YEARS)
    test_counts = np.bincount(crimes.segment_index[crimes.years == TEST_YEAR], minlength=len(length_m))

    def scores(risk, held_out_risk, seconds):
        rows = np.isfinite(held_out_risk)
        return {"pai5": ranking_summary(risk, test_counts, length_m)["at_length_share"]["0.05"]["pai"],
                "spearman": float(spearmanr(risk, district.true_risk)[0]),
                "spearman_held_out": float(spearmanr(held_out_risk[rows], district.true_risk[rows])[0]),
                "seconds": round(seconds, 1)}

    started = time.perf_counter()
    point_counts = np.bincount(crimes.segment_index[training], minlength=len(length_m))
    point = cross_validate(X, point_counts > 0, names, district.segments.feature_index, seed=0)
    runs = {"points": {**scores(point.model.predict_risk(X), point.held_out_risk, time.perf_counter() - started),
                       "trees": point.model.training["trees"]}}
    for kind in ("grid", "districts"):
        started = time.perf_counter()
        counts = demo_area_counts(district, kind, seed=seed)
        areas = segment_areas(district.segments.lines, counts.polygons)
        targets = targets_from_pairs(areas.segment, areas.area, areas.share,
                                     sum(counts.counts_by_year[year] for year in TRAIN_YEARS))
        fit = fit_area_model(X, length_m, targets, names, seed=0)
        runs[kind] = {**scores(fit.model.predict_risk(X), fit.held_out_risk, time.perf_counter() - started),
                      "areas": targets.n_areas, "em_rounds": fit.rounds}
    return runs


def read_gpkg(path, layer, fields=()):
    """Geometries (as (n, 2) coordinate arrays per part) and field values of a GeoPackage layer, with GDAL."""
    from osgeo import ogr
    dataset = ogr.Open(str(path))  # kept referenced: GDAL frees the layer with its dataset
    source = dataset.GetLayerByName(layer)
    parts, values = [], {name: [] for name in fields}
    for feature in source:
        geometry = feature.GetGeometryRef()
        pieces = [geometry.GetGeometryRef(i) for i in range(geometry.GetGeometryCount())] or [geometry]
        for piece in pieces:
            parts.append(np.array(piece.GetPoints())[:, :2])
            for name in fields:
                values[name].append(feature.GetField(name))
    return parts, values


def measure_real(path):
    from anshim.engine.demo.area_counts import count_crimes, grid_polygons
    from anshim.engine.factors.compute import FactorInputs, compute_factors
    from anshim.engine.factors.crime_areas import segment_areas
    from anshim.engine.model.area_training import fit_area_model, targets_from_pairs
    from anshim.engine.model.metrics import kde_scores, ranking_summary
    from anshim.engine.model.safety_model import cross_validate
    from anshim.engine.network.geometry import LineArrays
    from anshim.engine.network.segmentation import segment_streets
    from anshim.engine.network.spatial import polyline_midpoints

    streets, _ = read_gpkg(path, "streets")
    segments = segment_streets(LineArrays.from_list(streets), np.arange(len(streets)))
    crime_points, crime_fields = read_gpkg(path, "crimes", ("year",))
    crime_xy, years = np.concatenate(crime_points), np.array(crime_fields["year"])
    inputs = FactorInputs(cctv=np.concatenate(read_gpkg(path, "cctv")[0]),
                          lights=np.concatenate(read_gpkg(path, "lights")[0]),
                          risk_sites=np.concatenate(read_gpkg(path, "risk_sites")[0]),
                          crimes=crime_xy, crime_years=years.astype(float))
    factors = compute_factors(segments.lines, inputs).fields
    names = [name for name in ("cctv_n", "cctv_d", "light_n", "light_d", "risk_n", "dead_end", "junction_d")
             if name in factors]
    X = np.column_stack([factors[name] for name in names])
    length_m = segments.length_m
    trained_on = factors["crime_n_2016"] + factors["crime_n_2017"]
    later = factors["crime_n_2018"]

    def summary(score):
        at = ranking_summary(score, later, length_m)["at_length_share"]["0.05"]
        return {"pai5": at["pai"], "hit_rate5": at["hit_rate"]}

    started = time.perf_counter()
    point = cross_validate(X, trained_on > 0, names, segments.feature_index, seed=0)
    results = {"segments": int(len(length_m)), "crimes_2016_17": int(np.isin(years, (2016, 2017)).sum()),
               "snapped_2016_17": int(trained_on.sum()), "snapped_2018": int(later.sum()), "factors": names,
               "points": {**summary(point.model.predict_risk(X)), "seconds": round(time.perf_counter() - started, 1)}}
    started = time.perf_counter()
    lines_bounds = segments.lines.bounds()
    bounds = (lines_bounds[:, 0].min(), lines_bounds[:, 2].min(), lines_bounds[:, 1].max(), lines_bounds[:, 3].max())
    polygons, cell_names = grid_polygons(bounds)
    counts = count_crimes(polygons, cell_names, crime_xy, years)
    areas = segment_areas(segments.lines, polygons)
    targets = targets_from_pairs(areas.segment, areas.area, areas.share,
                                 counts.counts_by_year[2016] + counts.counts_by_year[2017])
    fit = fit_area_model(X, length_m, targets, names, seed=0)
    results["grid_100m"] = {**summary(fit.model.predict_risk(X)), "areas_with_streets": targets.n_areas,
                            "cells_with_crime": int((targets.counts > 0).sum()), "em_rounds": fit.rounds,
                            "seconds": round(time.perf_counter() - started, 1)}
    results["last_period_count"] = summary(trained_on)
    midpoints = polyline_midpoints(segments.lines)
    results["kernel_density"] = summary(kde_scores(midpoints, midpoints, 100.0, trained_on))
    return results


def table(results):
    lines = ["| district | seed | points: PAI 5 % | 100 m grid: PAI 5 % (ratio) | ~20 districts: PAI 5 % (ratio) "
             "| Spearman points / grid / districts |", "|---|---|---|---|---|---|"]
    for result in results:
        point, grid, districts = result["points"], result["grid"], result["districts"]
        lines.append(f"| {result['district']} | {result['seed']} | {point['pai5']:.2f} | {grid['pai5']:.2f} "
                     f"({grid['pai5'] / point['pai5']:.0%}) | {districts['pai5']:.2f} "
                     f"({districts['pai5'] / point['pai5']:.0%}) | {point['spearman']:.2f} / "
                     f"{grid['spearman']:.2f} / {districts['spearman']:.2f} |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", default=str(Path(__file__).resolve().parents[1]))
    parser.add_argument("--seeds", default="20261121,7,42")
    parser.add_argument("--districts", default="demo,recovery")
    parser.add_argument("--real", help="the Leeds ring GeoPackage instead of the generated districts")
    parser.add_argument("--out")
    args = parser.parse_args()
    import_plugin(args.root)
    if args.real:
        result = measure_real(args.real)
        print(json.dumps(result, indent=1))
        if args.out:
            Path(args.out).write_text(json.dumps(result, indent=1), encoding="utf-8")
        return
    results = []
    for district in args.districts.split(","):
        for seed in (int(seed) for seed in args.seeds.split(",")):
            result = {"district": district, "seed": seed, **measure(seed, DISTRICTS[district])}
            results.append(result)
            print(json.dumps(result), flush=True)
    print(table(results))
    if args.out:
        Path(args.out).write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
