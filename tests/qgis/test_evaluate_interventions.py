"""anshim:evaluateinterventions on a small grid of streets with dated crimes: outputs and bad input."""
import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer
from support import memory_layer

CRS = "EPSG:5186"
SPACING_M, N_STREETS, PIECE_M = 50.0, 21, 10.0
HOT_ROWS = (2, 3, 4)  # streets y = 100, 150, 200 m
LIGHTS_XY = [(100.0, 100.0), (150.0, 100.0), (100.0, 150.0), (200.0, 200.0), (250.0, 150.0)]


def grid_segments():
    """10 m segments of a grid of streets 50 m apart, graded: the hot streets have a higher risk."""
    wkts, rows = [], []
    for i in range(N_STREETS):
        fixed = 200_000.0 + i * SPACING_M
        for k in range(int((N_STREETS - 1) * SPACING_M / PIECE_M)):
            a, b = 200_000.0 + k * PIECE_M, 200_000.0 + (k + 1) * PIECE_M
            wkts += [f"LINESTRING({a} {fixed}, {b} {fixed})", f"LINESTRING({fixed} {a}, {fixed} {b})"]
            rows += [(4, 0.3 if i in HOT_ROWS else 0.05), (4, 0.05)]
    return memory_layer("LineString", CRS, wkts, [("road_class", "integer"), ("risk", "double")], rows, "segments")


def crimes_layer(rng, fall_near_lights=0.5):
    """Crimes 2023–2025 on the streets, more on three streets (HOT_ROWS) that pass the lights; near the lights, after mid-2024, only
    ``fall_near_lights`` of them."""
    n, hot = 6000, 3000
    on_row = rng.random(n + hot) < 0.5
    street = np.r_[rng.integers(0, N_STREETS, n), rng.choice(HOT_ROWS, hot)] * SPACING_M
    along = rng.random(n + hot) * (N_STREETS - 1) * SPACING_M
    n += hot
    x = 200_000.0 + np.where(on_row, along, street)
    y = 200_000.0 + np.where(on_row, street, along)
    day = rng.integers(0, 3 * 365, n)
    near = np.min([np.hypot(x - 200_000.0 - lx, y - 200_000.0 - ly) for lx, ly in LIGHTS_XY], axis=0) < 36
    keep = ~(near & (day > 540) & (rng.random(n) > fall_near_lights))
    dates = (np.datetime64("2023-01-01") + day.astype("timedelta64[D]")).astype(str)
    return memory_layer("Point", CRS, [f"POINT({a} {b})" for a, b in zip(x[keep], y[keep])],
                        [("date", "string")], [(str(text),) for text in dates[keep]], "crimes")


def sites_layer(rows):
    """``rows`` of (x, y, kind, installed_on) relative to the grid's corner."""
    return memory_layer("Point", CRS, [f"POINT({200_000.0 + x} {200_000.0 + y})" for x, y, _, _ in rows],
                        [("scenario", "string"), ("kind", "string"), ("cameras", "integer"), ("note", "string"),
                         ("installed_on", "string")],
                        [("2024 lights", kind, None, "", date) for _, _, kind, date in rows], "installed")


@pytest.fixture(scope="module")
def layers():
    return grid_segments(), crimes_layer(np.random.default_rng(3))


def run(run_algorithm, tmp_path, segments, crimes, sites, **extra):
    return run_algorithm("anshim:evaluateinterventions", {
        "INPUT": segments, "INSTALLED_SITES": sites, "CRIMES": crimes, "CRIME_DATE_FIELD": "date",
        "OUTPUT": str(tmp_path / "evaluated.gpkg"), "TABLE": str(tmp_path / "table.gpkg"),
        "REPORT": str(tmp_path / "report.html"), **extra})


def test_lights_that_halved_crime_are_found_against_matched_streets(run_algorithm, layers, tmp_path):
    segments, crimes = layers
    sites = sites_layer([(x, y, "light", "2024-06-20") for x, y in LIGHTS_XY])
    result, messages = run(run_algorithm, tmp_path, segments, crimes, sites)
    table = QgsVectorLayer(result["TABLE"], "table", "ogr")
    rows = [dict(zip(table.fields().names(), f.attributes())) for f in table.getFeatures()]
    assert len(rows) == 1 and rows[0]["kind"] == "light" and rows[0]["facilities"] == 5
    row = rows[0]
    for name in ("treated_before", "treated_after", "control_before", "control_after", "ring_before", "ring_after",
                 "wdd", "wdd_low", "wdd_high", "rate_ratio", "rr_low", "rr_high", "realised_change_pct",
                 "detectable_fall_pct"):
        assert row[name] is not None and row[name] != "", name
    assert float(row["rr_low"]) < 0.5 < float(row["rr_high"]) < 1.0  # the true effect is a halving
    assert float(row["wdd"]) < 0
    assert row["verdict"] == "crime fell against matched streets"
    evaluated = QgsVectorLayer(result["OUTPUT"], "evaluated", "ogr")
    roles = {f["role"] for f in evaluated.getFeatures()}
    assert {"treated", "ring", "control"} <= roles <= {"treated", "ring", "control", "none"}
    assert evaluated.featureCount() == segments.featureCount()
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<svg" in page and "Did it work?" in page


def test_too_few_crimes_are_said_in_words(run_algorithm, layers, tmp_path):
    segments, _ = layers
    few = memory_layer("Point", CRS, ["POINT(200100 200100)", "POINT(200700 200700)", "POINT(200800 200300)"],
                       [("date", "string")], [("2023-01-05",), ("2024-01-01",), ("2025-12-20",)], "few")
    result, _ = run(run_algorithm, tmp_path, segments, few, sites_layer([(100, 100, "light", "2024-06-20")]))
    table = QgsVectorLayer(result["TABLE"], "table", "ogr")
    row = dict(zip(table.fields().names(), next(table.getFeatures()).attributes()))
    assert row["verdict"] == "not enough crimes to tell"
    assert row["rate_ratio"] in (None, "") and row["wdd"] in (None, "") and row["detectable_fall_pct"] in (None, "")


def test_the_demo_says_the_smallest_fall_each_group_could_have_shown(demo_run):
    """make demo's simulated installations: every group with a figure has its smallest detectable fall, and the
    report tells it for the group whose verdict is "no clear change"."""
    folder, _ = demo_run
    table = QgsVectorLayer(str(folder / "evaluation_table.gpkg"), "table", "ogr")
    assert table.fields().lookupField("detectable_fall_pct") >= 0
    assert table.fields().field("detectable_fall_pct").typeName().lower() in ("real", "double")
    rows = [dict(zip(table.fields().names(), f.attributes())) for f in table.getFeatures()]
    told = [row for row in rows if row["rate_ratio"] not in (None, "")]
    assert told
    for row in told:
        assert 0 < row["detectable_fall_pct"] < 100, row["group"]
        # the interval's own width gives the same figure: ln(high/low) = 2 × 1.96 sd
        sd = np.log(row["rr_high"] / row["rr_low"]) / (2 * 1.959964)
        assert row["detectable_fall_pct"] == pytest.approx(100 * (1 - np.exp(-2.801585 * sd)), rel=1e-4)
    unclear = [row for row in told if row["verdict"] == "no clear change: the interval includes no change"]
    assert unclear, "the demo's CCTV group reads as no clear change at 12 months"
    page = (folder / "evaluation_report.html").read_text(encoding="utf-8")
    assert "Smallest fall it could detect" in page
    for row in unclear:
        assert (f"this evaluation could only have told a fall of {row['detectable_fall_pct']:.0f} % or more; "
                "smaller effects read as no clear change") in page


@pytest.mark.parametrize("rows, expected", [
    ([(100, 100, "light", "2025-12-30")], "No crime after the installation"),
    ([(100, 100, "light", "2021-03-01")], "outside the crimes' dates"),
    ([(5000, 5000, "light", "2024-06-20")], "reaches no street segment"),
    ([(100, 100, "drone", "2024-06-20")], "kind 'drone' is not one of"),
    ([(100, 100, "light", "last spring")], "is not a date"),
    ([(100, 100, "light", "2025-06-01")], "do not cover 12 months"),
])
def test_bad_input_gets_a_clear_message_and_no_output(run_algorithm, layers, tmp_path, rows, expected):
    segments, crimes = layers
    with pytest.raises(QgsProcessingException, match=expected):
        run(run_algorithm, tmp_path, segments, crimes, sites_layer(rows))
    assert not (tmp_path / "evaluated.gpkg").exists() and not (tmp_path / "report.html").exists()
    assert not (tmp_path / "table.gpkg").exists()


def test_segments_without_risk_or_model_are_refused(run_algorithm, layers, tmp_path):
    _, crimes = layers
    ungraded = memory_layer("LineString", CRS, ["LINESTRING(200000 200000, 200010 200000)"], [("road_class", "integer")],
                            [(4,)], "ungraded")
    with pytest.raises(QgsProcessingException, match="has no risk field and no MODEL"):
        run(run_algorithm, tmp_path, ungraded, crimes, sites_layer([(0, 0, "light", "2024-06-20")]))
    assert not (tmp_path / "evaluated.gpkg").exists()
