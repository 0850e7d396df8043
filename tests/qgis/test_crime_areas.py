"""anshim:computefactors with crime counts per area (CRIME_AREAS), and its messages on bad area input."""
import pytest
from qgis.core import QgsProcessingException
from support import memory_layer

ALGORITHM = "anshim:computefactors"


def cell(x, y, size=100):
    return f"POLYGON(({x} {y}, {x + size} {y}, {x + size} {y + size}, {x} {y + size}, {x} {y}))"


@pytest.fixture(scope="module")
def segments(anshim_plugin):
    """Streets on a 300 m square: four east-west and four north-south lines, cut into 10 m segments."""
    from qgis import processing
    wkts = [f"LINESTRING(0 {y}, 300 {y})" for y in (10, 110, 160, 290)]
    wkts += [f"LINESTRING({x} 0, {x} 300)" for x in (20, 130, 210, 280)]
    streets = memory_layer("LineString", "EPSG:5186", wkts, [("name", "string")], [(f"s{i}",) for i in range(8)])
    return processing.run("anshim:segmentstreets", {"INPUT": streets, "OUTPUT": "memory:"})["OUTPUT"]


def grid(rows, fields=(("cnt", "integer"), ("period", "string")), name="grid"):
    """100 m cells over the square; ``rows``: (column, row, values…) per feature."""
    return memory_layer("Polygon", "EPSG:5186", [cell(100 * column, 100 * row) for column, row, *_ in rows],
                        fields, [tuple(values) for _, _, *values in rows], name)


def run_areas(run_algorithm, segments, areas, count="cnt", period=None):
    parameters = {"INPUT": segments, "CRIME_AREAS": areas, "CRIME_AREA_COUNT_FIELD": count, "OUTPUT": "memory:"}
    if period:
        parameters["CRIME_AREA_PERIOD_FIELD"] = period
    return run_algorithm(ALGORITHM, parameters)


def test_segments_carry_their_areas_and_counts_per_year(run_algorithm, segments):
    rows = [(column, row, 2 + column + 3 * row, year) for year in ("2023", "2024-06")
            for column in range(3) for row in range(3)]
    result, messages = run_areas(run_algorithm, segments, grid(rows), period="period")
    features = list(result["OUTPUT"].getFeatures())
    names = result["OUTPUT"].fields().names()
    for field in ("area_id", "area_share", "area2_id", "area2_share", "area_n", "area_n_2023", "area_n_2024"):
        assert field in names
    for feature in features:
        middle = feature.geometry().interpolate(feature.geometry().length() / 2).asPoint()
        column, row = int(middle.x() // 100), int(middle.y() // 100)
        if feature["area_share"] == 1.0:  # wholly inside one cell: that cell's counts
            assert feature["area_n_2023"] == 2 + column + 3 * row and feature["area_n"] == 2 * (2 + column + 3 * row)
    assert any("9 areas, years 2023, 2024" in message for message in messages)


def test_a_text_count_field_is_named(run_algorithm, segments):
    areas = grid([(0, 0, "many"), (1, 0, "3")], fields=(("cnt", "string"),))
    with pytest.raises(QgsProcessingException, match="count field 'cnt' of layer .* holds text"):
        run_areas(run_algorithm, segments, areas)


@pytest.mark.parametrize("counts, words", [((4, -2), "negative count in 'cnt'"),
                                           ((4, None), "have no value in the count field 'cnt'")])
def test_negative_or_missing_counts_are_named(run_algorithm, segments, counts, words):
    areas = grid([(0, 0, counts[0]), (1, 0, counts[1])], fields=(("cnt", "integer"),))
    with pytest.raises(QgsProcessingException, match=words):
        run_areas(run_algorithm, segments, areas)


def test_overlapping_areas_are_refused(run_algorithm, segments):
    areas = memory_layer("Polygon", "EPSG:5186", [cell(0, 0, 150), cell(100, 0, 150)], [("cnt", "integer")],
                         [(3,), (4,)], "overlapping")
    with pytest.raises(QgsProcessingException, match="overlap: 1 & 2 share .* m of street"):
        run_areas(run_algorithm, segments, areas)


def test_areas_without_streets_are_reported_and_far_areas_refused(run_algorithm, segments):
    areas = grid([(0, 0, 5), (1, 1, 3), (9, 9, 2)], fields=(("cnt", "integer"),))
    _, messages = run_areas(run_algorithm, segments, areas)
    assert any("1 area(s) of 'grid' contain no street segment (3…); their <3 crime(s)" in message
               for message in messages)
    far = grid([(20, 20, 5)], fields=(("cnt", "integer"),), name="far")
    with pytest.raises(QgsProcessingException, match="No street segment lies in any area of layer 'far'"):
        run_areas(run_algorithm, segments, far)


def test_areas_without_a_count_field_are_refused(run_algorithm, segments):
    with pytest.raises(QgsProcessingException, match="without CRIME_AREA_COUNT_FIELD"):
        run_areas(run_algorithm, segments, grid([(0, 0, 5)], fields=(("cnt", "integer"),)), count="")


def demo_layer(folder, name):
    from qgis.core import QgsVectorLayer
    layer = QgsVectorLayer(f"{folder / 'anshim_demo.gpkg'}|layername={name}", name, "ogr")
    assert layer.isValid(), name
    return layer


def test_the_demo_writes_its_crimes_as_counts_per_cell_and_district(demo_run):
    folder, _ = demo_run
    crimes = demo_layer(folder, "synthetic_crimes").featureCount()
    for name, fewest, most in (("crime_counts_grid", 400, 500), ("crime_counts_districts", 20, 20)):
        layer = demo_layer(folder, name)
        areas = {feature["area"] for feature in layer.getFeatures()}
        assert fewest <= len(areas) <= most and layer.featureCount() == 3 * len(areas)  # a row per area and year
        assert sum(feature["crimes"] for feature in layer.getFeatures()) == crimes


def test_trainmodel_trains_from_counts_per_area_and_says_so(demo_run, run_algorithm, tmp_path):
    folder, _ = demo_run
    card = (folder / "model_card_areas.html").read_text(encoding="utf-8")
    assert "Trained from crime counts per area" in card and "Cross-validation by area" in card
    segments = demo_layer(folder, "segment_area_factors")
    assert "crime_n" not in segments.fields().names()
    result, messages = run_algorithm("anshim:trainmodel", {
        "INPUT": segments, "SYNTHETIC_CRIMES": True, "MODEL": str(tmp_path / "areas.anshim"),
        "REPORT": str(tmp_path / "card.html")})
    assert any("Trained from crime counts per area" in message and "(EM)" in message for message in messages)
    assert any(message.startswith("Cross-validation by area (4") for message in messages)
    graded, _ = run_algorithm("anshim:gradestreets", {"INPUT": segments, "MODEL": result["MODEL"],
                                                      "OUTPUT": "memory:"})
    grades = {feature["grade"] for feature in graded["OUTPUT"].getFeatures()}
    assert grades == {1, 2, 3, 4, 5}
    assert "<td>&lt;3</td>" not in (tmp_path / "card.html").read_text(encoding="utf-8")  # no small total

