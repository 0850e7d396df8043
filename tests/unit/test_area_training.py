"""Training from crime counts per area on a small demo district whose truth is known.

The model is fitted once (module fixture) the way 'Train safety model' fits it when the segments carry area counts
(:func:`engine.model.area_trainer.train_from_area_counts`), from the district's synthetic crimes counted on 100 m
cells. The full comparison with the point-trained model (demo and 3 km districts, 3 seeds, grid and ~20 districts)
is ``scripts/area_quality.py``; its figures are in the README.
"""
import json
import zipfile

import numpy as np
import pytest

from anshim.engine.demo.area_counts import demo_area_counts, district_polygons
from anshim.engine.demo.district import generate_district
from anshim.engine.factors.crime_areas import AREA_ID, AREA_N, crime_area_fields
from anshim.engine.factors.fields import FACTORS
from anshim.engine.i18n import TranslatableError
from anshim.engine.model.area_trainer import area_targets, train_from_area_counts
from anshim.engine.model.area_training import expected_by_area, poisson_deviance
from anshim.engine.model.metrics import ranking_summary
from anshim.engine.model.modelfile import load_model, save_model
from anshim.engine.model.safety_model import cross_validate

NAMES = [factor.name for factor in FACTORS]
SIZE_M = 1200.0


def area_table(district, counts):
    area, names, years, values = counts.rows()
    polygons = counts.polygons
    shapes = [[polygons.coords[polygons.offsets[a]:polygons.offsets[a + 1]]] for a in area]
    result = crime_area_fields(district.segments.lines, shapes, np.arange(len(area)), values.tolist(),
                               [str(year) for year in years], list(names))
    return {**{name: district.factors[name] for name in NAMES}, **result.fields}


@pytest.fixture(scope="module")
def trained():
    district = generate_district(size_m=SIZE_M)
    table = area_table(district, demo_area_counts(district, "grid"))
    result = train_from_area_counts(table, NAMES, district.segments.length_m, synthetic_crimes=True)
    return district, table, result


def test_the_area_trained_model_finds_later_crime_points_nearly_as_well_as_the_point_trained_one(trained):
    district, _, result = trained
    X = np.column_stack([district.factors[name] for name in NAMES])
    crimes, length_m = district.crimes, district.segments.length_m
    later = np.bincount(crimes.segment_index[crimes.years == 2025], minlength=len(length_m))
    trained_on = np.bincount(crimes.segment_index[crimes.years < 2025], minlength=len(length_m)) > 0
    point_model = cross_validate(X, trained_on, NAMES, district.segments.feature_index).model

    def pai(risk):
        return ranking_summary(risk, later, length_m)["at_length_share"]["0.05"]["pai"]
    area_pai, point_pai = pai(result.model.predict_risk(X)), pai(point_model.predict_risk(X))
    assert area_pai >= 0.8 * point_pai, f"PAI at 5 %: from 100 m counts {area_pai:.2f}, from points {point_pai:.2f}"
    from scipy.stats import spearmanr
    assert spearmanr(result.model.predict_risk(X), district.true_risk)[0] >= 0.7


def test_predictions_summed_over_each_area_explain_its_count(trained):
    district, table, result = trained
    X = np.column_stack([table[name] for name in NAMES])
    targets = area_targets(table, table["area_n_2023"] + table["area_n_2024"])
    rate = np.exp(result.model.predict_raw(X))
    expected = expected_by_area(rate, district.segments.length_m, targets.segment, targets.area, targets.share,
                                targets.n_areas)
    by_length = expected_by_area(np.ones(len(X)), district.segments.length_m, targets.segment, targets.area,
                                 targets.share, targets.n_areas)
    by_length *= targets.counts.sum() / by_length.sum()
    assert poisson_deviance(targets.counts, expected) < 0.5 * poisson_deviance(targets.counts, by_length)
    held_out = result.manifest_extra["validation"]["grouped_by_area"]
    assert held_out["spearman"]["model"] > held_out["spearman"]["street_length"]
    assert held_out["deviance_explained"] > 0.3


def test_more_lights_or_cameras_never_raise_risk(trained):
    district, _, result = trained
    X = np.column_stack([district.factors[name] for name in NAMES])
    risk = result.model.predict_risk(X)
    for name, change in (("light_n", 5), ("cctv_n", 4), ("light_d", -20), ("cctv_d", -50)):
        changed = X.copy()
        changed[:, NAMES.index(name)] = np.maximum(changed[:, NAMES.index(name)] + change, 0)
        assert (result.model.predict_risk(changed) <= risk + 1e-12).all(), name


def test_the_model_file_holds_no_area_count_and_the_card_says_how_it_was_trained(trained, tmp_path):
    district, table, result = trained
    path = tmp_path / "areas.anshim"
    save_model(path, result.model, result.manifest_extra)
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        members = archive.namelist()
    text = json.dumps(manifest)
    assert "area_n" not in text and "area_id" not in text
    n_areas = result.manifest_extra["data"]["areas"]
    assert n_areas > 100
    assert not any(isinstance(value, list) and len(value) >= n_areas for value in _values(manifest))
    assert members == ["manifest.json", "payload.npz"]
    loaded, _ = load_model(path)
    X = np.column_stack([district.factors[name] for name in NAMES])
    np.testing.assert_allclose(loaded.predict_risk(X), result.model.predict_risk(X))
    card = result.report_html
    assert "Trained from crime counts per area" in card and "expectation–maximisation (EM)" in card
    assert "Cross-validation by area" in card and "SYNTHETIC" in card


def _values(node):
    if isinstance(node, dict):
        for value in node.values():
            yield from _values(value)
    else:
        yield node


def test_totals_below_three_are_suppressed_in_the_card(trained):
    district, table, _ = trained
    small = dict(table)
    # only two crimes in 2025, in the area of the first segment
    small["area_n_2025"] = np.where(table[AREA_ID] == table[AREA_ID][0], 2.0, 0.0)
    result = train_from_area_counts(small, NAMES, district.segments.length_m, train_years=[2023, 2024],
                                    test_years=[2025])
    assert result.manifest_extra["data"]["crimes_per_year"]["2025"] is None
    assert "<td>2025</td><td>&lt;3</td>" in result.report_html


def test_about_twenty_districts_tile_the_district_without_overlap():
    polygons, names = district_polygons((0.0, 0.0, 2000.0, 2000.0), np.random.default_rng(1))
    assert polygons.n_areas == 20 and len(set(names)) == 20
    from anshim.engine.factors.crime_areas import points_in_areas
    grid = np.stack(np.meshgrid(np.arange(5, 2000, 10.0), np.arange(5, 2000, 10.0)), axis=-1).reshape(-1, 2)
    point, _ = points_in_areas(grid, polygons)
    assert np.array_equal(np.sort(point), np.arange(len(grid)))  # every point in exactly one district


def test_segments_with_edited_area_counts_are_refused(trained):
    district, table, _ = trained
    edited = dict(table)
    edited[AREA_N] = table[AREA_N].copy()
    edited[AREA_N][0] += 1
    edited = {name: values for name, values in edited.items() if not name.startswith("area_n_")}
    with pytest.raises(TranslatableError, match="Segments of one area carry different area counts"):
        train_from_area_counts(edited, NAMES, district.segments.length_m)


def test_the_briefing_shows_a_suppressed_total_as_below_three(trained):
    from anshim.engine.planning.briefing import method_text
    _, _, result = trained
    manifest = {**result.manifest_extra, "data": {**result.manifest_extra["data"], "training_crimes": None}}
    assert "It learned from <3 crimes of 2023, 2024." in method_text(manifest)
