"""Crime periods through Processing: computefactors counts crimes per month, trainmodel learns month after month."""
import numpy as np
import pytest
from qgis.core import QgsProcessingException
from support import memory_layer

N_STREETS, SEGMENTS_PER_STREET = 16, 20
MONTHS = ("2016-07", "2016-08", "2016-09", "2016-10")


@pytest.fixture(scope="module")
def district():
    """Parallel streets of 10 m segments joined by a cross street (EPSG:5186), and crimes that return to the same
    few segments every month, dated as police.uk dates them ('YYYY-MM') and by year only."""
    rng = np.random.default_rng(3)
    wkts, rows = [], []
    for street in range(N_STREETS):
        y = 50.0 * street
        for x in range(0, 10 * SEGMENTS_PER_STREET, 10):
            wkts.append(f"LINESTRING({200000 + x} {500000 + y}, {200010 + x} {500000 + y})")
            rows.append((street,))
    for street in range(N_STREETS - 1):
        wkts.append(f"LINESTRING(200000 {500000 + 50.0 * street}, 200000 {500050 + 50.0 * street})")
        rows.append((N_STREETS,))
    segments = memory_layer("LineString", "EPSG:5186", wkts, [("street_id", "integer")], rows, name="segments")
    hot = [(200000 + 10 * (index % SEGMENTS_PER_STREET) + 5, 500000 + 50.0 * (index // SEGMENTS_PER_STREET))
           for index in rng.choice(N_STREETS * SEGMENTS_PER_STREET, 12, replace=False)]
    points, dates = [], []
    for month in MONTHS:
        for x, y in hot:
            for _ in range(rng.poisson(1.5)):
                points.append(f"POINT({x} {y + 1})")
                dates.append((month, int(month[:4])))
    crimes = memory_layer("Point", "EPSG:5186", points, [("month", "string"), ("year", "integer")], dates,
                          name="crimes")
    return segments, crimes


def test_monthly_periods_from_factors_to_model_card(district, run_algorithm, tmp_path):
    segments, crimes = district
    factors, messages = run_algorithm("anshim:computefactors", {
        "INPUT": segments, "CRIMES": crimes, "CRIME_DATE_FIELD": "month", "CRIME_PERIOD": 2, "OUTPUT": "memory:"})
    layer = factors["OUTPUT"]
    names = layer.fields().names()
    assert [name for name in names if name.startswith("crime_n_")] == [
        "crime_n_201607", "crime_n_201608", "crime_n_201609", "crime_n_201610"]
    assert "hist_recent" in names
    assert any("2016-07–2016-10" in message for message in messages)
    report = tmp_path / "card.html"
    result, messages = run_algorithm("anshim:trainmodel", {
        "INPUT": layer, "TEST_YEARS": "2016-10", "MODEL": str(tmp_path / "m.anshim"), "REPORT": str(report)})
    card = report.read_text(encoding="utf-8")
    assert "learned from crimes of 2016-07, 2016-08, 2016-09, 2016-10" in card
    assert "2016-08, 2016-09" in card  # the held-out model's training months
    with pytest.raises(QgsProcessingException, match="TRAIN_YEARS '2015' covers none of the segments' crime periods"):
        run_algorithm("anshim:trainmodel", {"INPUT": layer, "TRAIN_YEARS": "2015",
                                            "MODEL": str(tmp_path / "n.anshim")})
    assert not (tmp_path / "n.anshim").exists()


def test_months_from_year_only_dates_are_refused_with_what_to_do(district, run_algorithm):
    segments, crimes = district
    with pytest.raises(QgsProcessingException, match="Crimes layer 'crimes': the date field 'year' gives years only, "
                                                     "so crimes cannot be counted per month.*CRIME_PERIOD to Year"):
        run_algorithm("anshim:computefactors", {"INPUT": segments, "CRIMES": crimes, "CRIME_DATE_FIELD": "year",
                                                "CRIME_PERIOD": 2, "OUTPUT": "memory:"})
    yearly, _ = run_algorithm("anshim:computefactors", {"INPUT": segments, "CRIMES": crimes,
                                                        "CRIME_DATE_FIELD": "month", "OUTPUT": "memory:"})
    assert [name for name in yearly["OUTPUT"].fields().names() if name.startswith("crime_n_")] == ["crime_n_2016"]
