"""Crime counts per area: which areas a segment lies in, by length share, and clear messages for bad area input."""
import datetime

import numpy as np
import pytest

from anshim.engine.factors import crime_areas
from anshim.engine.factors.crime_areas import (AREA2_ID, AREA2_SHARE, AREA_ID, AREA_N, AREA_SHARE, AreaPolygons,
                                               checked_counts, crime_area_fields, period_years, points_in_areas,
                                               segment_areas, suppressed)
from anshim.engine.i18n import TranslatableError
from anshim.engine.network.geometry import LineArrays


def square(x, y, size):
    return np.array([[x, y], [x + size, y], [x + size, y + size], [x, y + size]], dtype=float)


def test_points_in_areas_follows_holes_and_parts():
    # area 0: a 10 m square with a 4 m hole; area 1: two separate 2 m squares (a multi-polygon)
    polygons = AreaPolygons.from_rings([[square(0, 0, 10), square(3, 3, 4)], [square(20, 0, 2), square(30, 0, 2)]])
    points = np.array([[1, 1], [5, 5], [21, 1], [31, 1], [25, 1], [-1, 5]], dtype=float)
    point, area = points_in_areas(points, polygons)
    assert dict(zip(point.tolist(), area.tolist())) == {0: 0, 2: 1, 3: 1}


def test_a_segment_cut_by_an_area_boundary_counts_by_length_share():
    polygons = AreaPolygons.from_rings([[square(0, 0, 100)], [square(100, 0, 100)]])
    # 10 m segments: one inside cell 0, one with 3 m in cell 0 and 7 m in cell 1, one outside every cell
    lines = LineArrays.from_list([[[10, 50], [20, 50]], [[97, 50], [107, 50]], [[300, 50], [310, 50]]])
    areas = segment_areas(lines, polygons)
    shares = {(s, a): share for s, a, share in zip(areas.segment, areas.area, areas.share)}
    assert shares == {(0, 0): 1.0, (1, 0): pytest.approx(0.3), (1, 1): pytest.approx(0.7)}
    assert areas.covered_share().tolist() == pytest.approx([1.0, 1.0, 0.0])


def test_segment_fields_carry_main_and_second_area_with_counts_per_year():
    lines = LineArrays.from_list([[[10, 50], [20, 50]], [[97, 50], [107, 50]], [[300, 50], [310, 50]]])
    shapes = [[square(0, 0, 100)], [square(100, 0, 100)]] * 2  # two cells, one row per cell and year
    result = crime_area_fields(lines, shapes, np.arange(4), [4, 1, 6, 0], ["2023", "2023", "2024-05", "2024-07"])
    fields = result.fields
    assert result.n_areas == 2 and result.years == [2023, 2024]
    assert fields[AREA_ID].tolist() == [0, 1, -1] and fields[AREA2_ID].tolist() == [-1, 0, -1]
    assert fields[AREA_SHARE].tolist() == pytest.approx([1.0, 0.7, 0.0])
    assert fields[AREA2_SHARE].tolist() == pytest.approx([0.0, 0.3, 0.0])
    assert fields["area_n_2023"].tolist() == [4, 1, 0] and fields["area_n_2024"].tolist() == [6, 0, 0]
    assert fields[AREA_N].tolist() == [10, 1, 0]
    assert result.segments_outside == 1


def test_areas_without_streets_are_named_with_the_crimes_they_hold():
    lines = LineArrays.from_list([[[10, 50], [20, 50]]])
    result = crime_area_fields(lines, [[square(0, 0, 100)], [square(500, 0, 100)]], np.arange(2), [3, 2],
                               row_names=["A", "B"])
    assert result.empty_areas == ["B"] and result.empty_area_crimes == 2


def message(error):
    return error.value.args[0] if error.value.args else str(error.value)


@pytest.mark.parametrize("counts, words", [
    ([3, "many"], "holds text such as 'many'"),
    (["a", "b"], "holds text, not numbers"),
    ([3, None], "have no value in the count field"),
    ([3, float("nan")], "have no value in the count field"),
    ([3, -1], "negative count"),
])
def test_bad_counts_get_a_message_naming_the_field_and_layer(counts, words):
    with pytest.raises(TranslatableError) as error:
        checked_counts(counts, "cnt", "grid2024")
    assert words in str(error.value) and "'cnt'" in str(error.value) and "grid2024" in str(error.value)


def test_periods_may_be_years_months_or_dates():
    years = period_years([2023, "2024", "2024-03", "2025-01-31", datetime.date(2022, 5, 1), 2021.0], "p", "l")
    assert years.tolist() == [2023, 2024, 2024, 2025, 2022, 2021]
    with pytest.raises(TranslatableError, match="holds 'spring', which is not a year, a month"):
        period_years(["spring"], "p", "l")


def test_overlapping_areas_are_refused_with_their_names():
    lines = LineArrays.from_list([[[x, 50], [x + 10, 50]] for x in range(10, 90, 10)])  # 10 m segments
    with pytest.raises(TranslatableError, match="overlap: 동1 & 동2 share 10 m"):
        crime_area_fields(lines, [[square(0, 0, 60)], [square(50, 0, 60)]], np.arange(2), [1, 2],
                          row_names=["동1", "동2"], layer="dong")


def test_an_area_twice_in_one_period_is_refused():
    lines = LineArrays.from_list([[[10, 50], [20, 50]]])
    with pytest.raises(TranslatableError, match="same area more than once in one period"):
        crime_area_fields(lines, [[square(0, 0, 100)], [square(0, 0, 100)]], np.arange(2), [1, 2])


def test_areas_that_miss_every_street_are_refused():
    lines = LineArrays.from_list([[[10, 50], [20, 50]]])
    with pytest.raises(TranslatableError, match="No street segment lies in any area of layer 'far'"):
        crime_area_fields(lines, [[square(5000, 0, 100)]], np.arange(1), [1], layer="far")


def test_small_counts_are_suppressed_when_shown():
    assert [suppressed(value) for value in (0, 1, 2, 3, 1234)] == ["0", "<3", "<3", "3", "1,234"]
    assert crime_areas.DEFAULT_SUPPRESS_BELOW == 3
