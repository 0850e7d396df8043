"""anshim:optimisesites on the demo district: its sites, run through anshim:simulatescenario, give its numbers."""
import csv

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer
from support import memory_layer

BUDGET_KRW = 40_000_000


def demo_layer(folder, name):
    return QgsVectorLayer(f"{folder / 'anshim_demo.gpkg'}|layername={name}", name, "ogr")


def csv_rows(path):
    with open(path, encoding="utf-8-sig") as table:  # with the BOM Korean Excel needs
        return {(section, item): value for section, item, value in csv.reader(table) if section != "section"}


@pytest.fixture(scope="module")
def best_sites(demo_run, run_algorithm, tmp_path_factory):
    folder, _ = demo_run
    out = tmp_path_factory.mktemp("optimise")
    result, messages = run_algorithm("anshim:optimisesites", {
        "INPUT": demo_layer(folder, "graded_segments"), "MODEL": str(folder / "anshim_demo.anshim"),
        "BUDGET": BUDGET_KRW, "CANDIDATE_SPACING": 60, "SCENARIO": "Best 40M", "OUTPUT": str(out / "best.gpkg"),
        "REPORT": str(out / "best.html")})
    return folder, out, QgsVectorLayer(result["OUTPUT"], "best", "ogr"), messages


def test_the_sites_are_ranked_proposals_within_budget(best_sites):
    _, _, layer, messages = best_sites
    features = sorted(layer.getFeatures(), key=lambda f: f["rank"])
    assert len(features) >= 3
    assert [f["rank"] for f in features] == list(range(1, len(features) + 1))
    assert {f["scenario"] for f in features} == {"Best 40M"}
    assert {f["kind"] for f in features} <= {"cctv", "light"}
    assert all(f["cameras"] == (2 if f["kind"] == "cctv" else 1) for f in features)
    cost = sum(15_000_000 if f["kind"] == "cctv" else 1_200_000 for f in features)
    assert features[-1]["cumulative_cost_krw"] == pytest.approx(cost) and cost <= BUDGET_KRW
    assert features[-1]["cumulative_gain"] == pytest.approx(sum(f["gain"] for f in features))
    assert all(f["gain"] >= 0 for f in features)
    assert any("fewer than plain greedy" in message for message in messages)


def test_simulating_the_sites_gives_the_optimisers_numbers(best_sites, run_algorithm):
    folder, out, layer, _ = best_sites
    run_algorithm("anshim:simulatescenario", {
        "INPUT": demo_layer(folder, "graded_segments"), "MODEL": str(folder / "anshim_demo.anshim"),
        "PROPOSED_SITES": layer, "SCENARIO": "Best 40M", "OUTPUT": "memory:",
        "SUMMARY": str(out / "simulated.html")})
    optimised, simulated = csv_rows(out / "best.csv"), csv_rows(out / "simulated.csv")
    assert optimised == simulated
    reduction = (float(optimised[("expected_incidents", "before")]) -
                 float(optimised[("expected_incidents", "after")]))
    features = list(layer.getFeatures())
    assert reduction == pytest.approx(max(f["cumulative_gain"] for f in features), abs=1e-3)


def test_the_report_shows_the_curve_the_table_and_the_limits(best_sites):
    _, out, layer, _ = best_sites
    page = (out / "best.html").read_text(encoding="utf-8")
    assert page.count("<svg") == 1 and "<polyline" in page
    assert page.count("<circle") == layer.featureCount()  # one dot per site on the curve
    assert page.count("<tr><td>") == layer.featureCount()  # one table row per site
    assert "Diminishing returns failed on" in page and "Displacement and diffusion of crime" in page


def test_candidates_and_an_existing_scenario_are_respected(demo_run, run_algorithm, tmp_path):
    folder, _ = demo_run
    graded = demo_layer(folder, "graded_segments")
    riskiest = sorted(graded.getFeatures(), key=lambda f: -f["risk"])[:30:3]
    wkts = [f.geometry().interpolate(f.geometry().length() / 2).asWkt() for f in riskiest]
    poles = memory_layer("Point", "EPSG:5186", wkts, name="poles")
    fields = [("scenario", "string"), ("kind", "string"), ("cameras", "integer"), ("note", "string")]
    existing = memory_layer("Point", "EPSG:5186", wkts[:1], fields, [("Plan A", "cctv", 3, "")], "existing")
    result, messages = run_algorithm("anshim:optimisesites", {
        "INPUT": graded, "MODEL": str(folder / "anshim_demo.anshim"), "BUDGET": 5_000_000, "KINDS": [1, 2],
        "CANDIDATES": poles, "EXISTING_SITES": existing, "SCENARIO": "Plan A", "OUTPUT": "memory:",
        "REPORT": str(tmp_path / "plan_a.html")})
    sites = list(result["OUTPUT"].getFeatures())
    allowed = {(round(f.geometry().asPoint().x(), 3), round(f.geometry().asPoint().y(), 3))
               for f in poles.getFeatures()}
    assert sites and all((round(f.geometry().asPoint().x(), 3), round(f.geometry().asPoint().y(), 3)) in allowed
                         for f in sites)
    assert {f["kind"] for f in sites} <= {"light", "bell"}
    assert "Building on scenario 'Plan A': 1 sites and 0 routes." in messages
    rows = csv_rows(tmp_path / "plan_a.csv")
    assert int(rows[("facilities", "CCTV sites")]) == 1  # the existing site is part of the scenario
    assert int(rows[("facilities", "security lights")]) + int(rows[("facilities", "emergency bells")]) == len(sites)


def test_a_cancelled_run_writes_nothing(demo_run, run_algorithm, tmp_path):
    folder, _ = demo_run

    class CancelMidway(run_algorithm.Feedback):
        def setProgress(self, progress):  # noqa: N802 (QGIS's name)
            super().setProgress(progress)
            if progress > 40:
                self.cancel()

    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_algorithm("anshim:optimisesites", {
            "INPUT": demo_layer(folder, "graded_segments"), "MODEL": str(folder / "anshim_demo.anshim"),
            "BUDGET": BUDGET_KRW, "CANDIDATE_SPACING": 60, "OUTPUT": str(tmp_path / "cancelled.gpkg"),
            "REPORT": str(tmp_path / "cancelled.html")}, feedback=CancelMidway())
    assert list(tmp_path.iterdir()) == []
