"""Crime counts per area (grid cells, 행정동, police districts): which areas each street segment lies in, and checks.

Where crime points cannot be shared, police and statistics offices release counts per area. Training from them
(:mod:`engine.model.area_training`) needs each segment's areas and the share of its length in each: a segment cut
by an area boundary counts in both areas by length share. Shares are measured by :data:`SAMPLES_PER_SEGMENT`
points evenly spread along each segment (1 m apart on a 10 m segment), each tested against the area polygons.

The segment table carries, per segment, its main area (the one holding most of its length) and its second area:
``area_id`` / ``area_share``, ``area2_id`` / ``area2_share`` (``-1`` and 0 where there is none; the rest of the
length lies outside every area), and the main area's counts: ``area_n`` over every period and ``area_n_<year>``
per year. Training reads an area's count from the segments whose main area it is.
"""
from dataclasses import dataclass

import numpy as np

from ..i18n import TranslatableError, tr_noop
from ..network.geometry import points_along

TR_CONTEXT = "CrimeAreas"

AREA_ID = "area_id"
AREA_SHARE = "area_share"
AREA2_ID = "area2_id"
AREA2_SHARE = "area2_share"
AREA_N = "area_n"
AREA_YEAR_PREFIX = "area_n_"
AREA_FIELDS = (AREA_ID, AREA_SHARE, AREA2_ID, AREA2_SHARE, AREA_N)
NO_AREA = -1

SAMPLES_PER_SEGMENT = 10
OVERLAP_TOLERANCE_M = 5.0  # two areas may share this much street (digitising slivers) before it is an error
DEFAULT_SUPPRESS_BELOW = 3  # counts below this are never shown (the usual small-count rule of statistics offices)


@dataclass
class AreaPolygons:
    """Polygons as flat rings: ring ``r`` is ``coords[offsets[r]:offsets[r + 1]]`` (closed or not) and belongs to
    area ``ring_area[r]``. Holes and the parts of a multi-polygon are just more rings: a point lies in an area when
    a ray from it crosses the area's rings an odd number of times."""

    coords: np.ndarray
    offsets: np.ndarray
    ring_area: np.ndarray
    n_areas: int

    @classmethod
    def from_rings(cls, areas):
        """From a list with, per area, a list of ``(n, 2)`` rings (exterior and holes of every part)."""
        rings = [np.asarray(ring, dtype=np.float64).reshape(-1, 2) for area in areas for ring in area]
        ring_area = np.repeat(np.arange(len(areas)), [len(area) for area in areas])
        offsets = np.concatenate([[0], np.cumsum([len(ring) for ring in rings])]).astype(np.int64)
        coords = np.concatenate(rings) if rings else np.empty((0, 2))
        return cls(coords, offsets, ring_area.astype(np.int64), len(areas))

    def edges(self):
        """``(starts, ends, area)`` of every ring edge, each ring closed."""
        counts = np.diff(self.offsets)
        keep = counts >= 3
        first = self.offsets[:-1][keep]
        count = counts[keep]
        vertex = np.repeat(first, count) + (np.arange(count.sum()) - np.repeat(np.cumsum(count) - count, count))
        following = np.where(vertex + 1 < np.repeat(first + count, count), vertex + 1, np.repeat(first, count))
        starts, ends = self.coords[vertex], self.coords[following]
        area = np.repeat(self.ring_area[keep], count)
        return starts, ends, area


def points_in_areas(points, polygons):
    """``(point, area)`` index pairs of every point inside every area containing it (even-odd rule)."""
    points = np.asarray(points, dtype=np.float64).reshape(-1, 2)
    starts, ends, edge_area = polygons.edges()
    order = np.argsort(points[:, 0], kind="stable")
    sorted_x = points[order, 0]
    found_points, found_areas = [], []
    edge_order = np.argsort(edge_area, kind="stable")
    bounds = np.searchsorted(edge_area[edge_order], np.arange(polygons.n_areas + 1))
    for area in range(polygons.n_areas):  # one whole-array test per area, over the points in its bounding box
        edges = edge_order[bounds[area]:bounds[area + 1]]
        if not len(edges):
            continue
        a, b = starts[edges], ends[edges]
        x_lo, x_hi = min(a[:, 0].min(), b[:, 0].min()), max(a[:, 0].max(), b[:, 0].max())
        y_lo, y_hi = min(a[:, 1].min(), b[:, 1].min()), max(a[:, 1].max(), b[:, 1].max())
        candidates = order[np.searchsorted(sorted_x, x_lo):np.searchsorted(sorted_x, x_hi, side="right")]
        candidates = candidates[(points[candidates, 1] >= y_lo) & (points[candidates, 1] <= y_hi)]
        for chunk in np.array_split(candidates, max(1, len(candidates) * len(edges) // 2_000_000 + 1)):
            inside = _crossings_odd(points[chunk], a, b)
            found_points.append(chunk[inside])
            found_areas.append(np.full(int(inside.sum()), area, dtype=np.int64))
    if not found_points:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    return np.concatenate(found_points), np.concatenate(found_areas)


def _crossings_odd(points, a, b):
    """Whether a ray from each point towards +x crosses the edges ``a``–``b`` an odd number of times."""
    px, py = points[:, 0:1], points[:, 1:2]
    straddles = (a[:, 1] > py) != (b[:, 1] > py)
    with np.errstate(divide="ignore", invalid="ignore"):
        x_cross = a[:, 0] + (py - a[:, 1]) * (b[:, 0] - a[:, 0]) / (b[:, 1] - a[:, 1])
    return (np.count_nonzero(straddles & (px < x_cross), axis=1) % 2) == 1


@dataclass
class SegmentAreas:
    """Which areas each segment lies in: ``(segment, area, share)`` triples, share of the segment's length."""

    segment: np.ndarray
    area: np.ndarray
    share: np.ndarray
    n_segments: int
    n_areas: int

    def covered_share(self):
        """Share of each segment's length inside some area."""
        return np.bincount(self.segment, weights=self.share, minlength=self.n_segments)

    def length_in_area_m(self, length_m):
        """Metres of street in each area."""
        return np.bincount(self.area, weights=self.share * np.asarray(length_m)[self.segment], minlength=self.n_areas)


def segment_areas(segment_lines, polygons, area_names=None, layer="crime areas"):
    """The :class:`SegmentAreas` of ``segment_lines`` in ``polygons``; raises a message naming overlapping areas."""
    lines = segment_lines
    n_segments = len(lines)
    fraction = (np.arange(SAMPLES_PER_SEGMENT) + 0.5) / SAMPLES_PER_SEGMENT
    segment = np.repeat(np.arange(n_segments), SAMPLES_PER_SEGMENT)
    along_m = np.tile(fraction, n_segments) * np.repeat(lines.lengths(), SAMPLES_PER_SEGMENT)
    points = points_along(lines, segment, along_m)[0]
    point, area = points_in_areas(points, polygons)
    _check_overlaps(point, area, segment, lines.lengths(), polygons.n_areas, area_names, layer)
    key = segment[point] * polygons.n_areas + area
    unique, count = np.unique(key, return_counts=True)
    return SegmentAreas(unique // polygons.n_areas, unique % polygons.n_areas, count / SAMPLES_PER_SEGMENT,
                        n_segments, polygons.n_areas)


def _check_overlaps(point, area, segment, length_m, n_areas, area_names, layer):
    if len(point) == len(np.unique(point)):
        return
    order = np.argsort(point, kind="stable")
    point, area = point[order], area[order]
    repeated = np.flatnonzero(point[1:] == point[:-1])
    first, second = np.minimum(area[repeated], area[repeated + 1]), np.maximum(area[repeated], area[repeated + 1])
    metres = length_m[segment[point[repeated]]] / SAMPLES_PER_SEGMENT
    pair_key, inverse = np.unique(first * n_areas + second, return_inverse=True)
    shared_m = np.bincount(inverse, weights=metres)
    bad = shared_m > OVERLAP_TOLERANCE_M
    if bad.any():
        names = area_names if area_names is not None else np.arange(n_areas)
        pairs = [f"{names[key // n_areas]} & {names[key % n_areas]}" for key in pair_key[bad][:5]]
        raise TranslatableError(TR_CONTEXT, tr_noop(
            "Areas of layer '{layer}' overlap: {pairs} share {metres:.0f} m of street. Each crime must be counted "
            "in one area only; fix the polygons (e.g. with 'Fix geometries' and 'Check validity') and run again."),
            layer=layer, pairs=", ".join(pairs), metres=float(shared_m[bad].sum()))


def checked_counts(values, field, layer):
    """Area counts as floats, or a message naming the field and what is wrong: text, missing or negative."""
    values = np.asarray(values, dtype=object)
    as_number = np.array([_number(value) for value in values], dtype=np.float64)
    text = [value for value, number in zip(values, as_number) if isinstance(value, str) and np.isnan(number)]
    if values.size and all(isinstance(value, str) for value in values if value is not None):
        raise TranslatableError(TR_CONTEXT, tr_noop(
            "The count field '{field}' of layer '{layer}' holds text, not numbers. Choose a numeric field, or "
            "convert it with the Field calculator (to_int(\"{field}\"))."), field=field, layer=layer)
    if text:
        raise TranslatableError(TR_CONTEXT, tr_noop(
            "The count field '{field}' of layer '{layer}' holds text such as '{example}' in {count} area(s). Give "
            "every area a whole number of crimes."), field=field, layer=layer, example=text[0], count=len(text))
    missing = int(np.isnan(as_number).sum())
    if missing:
        raise TranslatableError(TR_CONTEXT, tr_noop(
            "{count} area(s) of layer '{layer}' have no value in the count field '{field}'. Give them a count (0 "
            "where no crime was recorded) or remove them."), count=missing, layer=layer, field=field)
    negative = int((as_number < 0).sum())
    if negative:
        raise TranslatableError(TR_CONTEXT, tr_noop(
            "{count} area(s) of layer '{layer}' have a negative count in '{field}'. Crime counts cannot be "
            "negative; correct them."), count=negative, layer=layer, field=field)
    return as_number


def _number(value):
    if value is None or isinstance(value, bool):
        return np.nan
    try:
        return float(value)
    except (TypeError, ValueError):
        return np.nan


def period_years(values, field, layer):
    """The year of each period value: a year (2024), ``YYYY-MM``, a date ``YYYY-MM-DD`` or a date object."""
    years = np.empty(len(values), dtype=np.int64)
    for index, value in enumerate(values):
        year = getattr(value, "year", None)
        if year is None and value is not None:
            text = str(value).strip()
            head = text[:4]
            if head.isdigit() and (len(text) == 4 or text[4:5] in "-./" or text.replace(".0", "") == head):
                year = int(head)
        if year is None or not 1900 <= int(year) <= 2200:
            raise TranslatableError(TR_CONTEXT, tr_noop(
                "The period field '{field}' of layer '{layer}' holds '{value}', which is not a year, a month "
                "(YYYY-MM) or a date (YYYY-MM-DD)."), field=field, layer=layer, value=value)
        years[index] = int(year)
    return years


def area_count_table(areas, area_of_row, row_counts, row_years=None):
    """The segment fields of this module from :class:`SegmentAreas` and the rows of the areas layer.

    ``area_of_row``: the area (polygon) of each row; a layer with a period field has one row per area and period,
    the polygon repeated. ``row_counts``: each row's count; ``row_years``: each row's year (see
    :func:`period_years`) or None. Returns ``(table, area_totals)``; ``area_totals`` is per year (key None
    without periods) the count of every area.
    """
    counts = np.asarray(row_counts, dtype=np.float64)
    area_of_row = np.asarray(area_of_row, dtype=np.int64)
    main_id, main_share, second_id, second_share = main_and_second(areas)
    on_area = np.maximum(main_id, 0)
    has_area = main_id != NO_AREA
    table = {AREA_ID: main_id, AREA_SHARE: main_share, AREA2_ID: second_id, AREA2_SHARE: second_share}
    totals = {None: np.bincount(area_of_row, weights=counts, minlength=areas.n_areas)}
    if row_years is not None:
        row_years = np.asarray(row_years, dtype=np.int64)
        totals = {int(year): np.bincount(area_of_row[row_years == year], weights=counts[row_years == year],
                                         minlength=areas.n_areas) for year in np.unique(row_years)}
        for year, total in totals.items():
            table[f"{AREA_YEAR_PREFIX}{year}"] = np.where(has_area, total[on_area], 0.0)
    table[AREA_N] = np.where(has_area, np.sum(list(totals.values()), axis=0)[on_area], 0.0)
    return table, totals


def areas_without_segments(areas, totals):
    """Indices of areas no segment lies in, and the crimes they hold (which training cannot place)."""
    reached = np.zeros(areas.n_areas, dtype=bool)
    reached[areas.area] = True
    total = np.sum(list(totals.values()), axis=0)
    return np.flatnonzero(~reached), float(total[~reached].sum())


def main_and_second(areas):
    """Per segment the area holding most of its length and the one holding the next most, with their shares."""
    order = np.lexsort((-areas.share, areas.segment))
    segment, area, share = areas.segment[order], areas.area[order], areas.share[order]
    first = np.ones(len(segment), dtype=bool)
    first[1:] = segment[1:] != segment[:-1]
    second = np.zeros(len(segment), dtype=bool)
    second[1:] = ~first[1:] & first[:-1]
    main_id = np.full(areas.n_segments, NO_AREA, dtype=np.int64)
    second_id = np.full(areas.n_segments, NO_AREA, dtype=np.int64)
    main_share, second_share = np.zeros(areas.n_segments), np.zeros(areas.n_segments)
    main_id[segment[first]], main_share[segment[first]] = area[first], share[first]
    second_id[segment[second]], second_share[segment[second]] = area[second], share[second]
    return main_id, main_share, second_id, second_share


def suppressed(count, threshold=DEFAULT_SUPPRESS_BELOW):
    """A count as it may be shown: the number, or ``"<threshold"`` when it is above 0 and below ``threshold``."""
    count = float(count)
    return f"<{threshold}" if 0 < count < threshold else f"{count:,.0f}"


@dataclass
class CrimeAreaFields:
    """What :func:`crime_area_fields` gives: the segment fields and the facts the log reports."""

    fields: dict
    n_areas: int
    years: list
    empty_areas: list  # names of areas no segment lies in
    empty_area_crimes: float
    segments_outside: int


def group_identical_shapes(shapes, shape_row, n_rows):
    """The area of each row: rows whose polygons have the same vertices are one area (one row per period)."""
    keys = [b""] * n_rows
    for shape, row in zip(shapes, shape_row):
        keys[row] += b"".join(np.round(np.asarray(ring, dtype=np.float64), 3).tobytes() for ring in shape) + b"|"
    unique = {}
    return np.array([unique.setdefault(key, len(unique)) for key in keys], dtype=np.int64)


def crime_area_fields(segment_lines, shapes, shape_row, row_counts, row_periods=None, row_names=None,
                      layer="crime areas", count_field="count", period_field="period"):
    """The segment fields of this module from an areas layer: ``shapes`` (rings per polygon part), ``shape_row``
    (the layer row of each part), the count of each row and optionally its period (a year, YYYY-MM or a date).
    Raises a message for text, missing or negative counts, unreadable periods, overlapping areas, areas no
    segment lies in at all, and an area counted twice in one period."""
    n_rows = len(row_counts)
    counts = checked_counts(row_counts, count_field, layer)
    years = period_years(row_periods, period_field, layer) if row_periods is not None else None
    area_of_row = group_identical_shapes(shapes, np.asarray(shape_row), n_rows)
    n_areas = int(area_of_row.max()) + 1 if n_rows else 0
    period_key = area_of_row * 10_000 + (years if years is not None else 0)
    if len(np.unique(period_key)) < n_rows:
        raise TranslatableError(TR_CONTEXT, tr_noop(
            "Layer '{layer}' has the same area more than once in one period. Give each area one row per period, "
            "or choose the period field (CRIME_AREA_PERIOD_FIELD) that tells the rows apart."), layer=layer)
    first_row = np.full(n_areas, -1)
    first_row[area_of_row[::-1]] = np.arange(n_rows)[::-1]
    keep_part = first_row[area_of_row[np.asarray(shape_row)]] == np.asarray(shape_row)
    parts_by_area = [[] for _ in range(n_areas)]
    for shape, row, keep in zip(shapes, shape_row, keep_part):
        if keep:
            parts_by_area[area_of_row[row]].extend(shape)
    polygons = AreaPolygons.from_rings(parts_by_area)
    names = (np.asarray(row_names, dtype=object)[first_row] if row_names is not None
             else np.array([str(row + 1) for row in first_row], dtype=object))
    areas = segment_areas(segment_lines, polygons, names, layer)
    if not len(areas.segment):
        raise TranslatableError(TR_CONTEXT, tr_noop(
            "No street segment lies in any area of layer '{layer}': check that the areas cover the streets' "
            "district and that both layers have the right coordinate reference system."), layer=layer)
    table, totals = area_count_table(areas, area_of_row, counts, years)
    empty, lost = areas_without_segments(areas, totals)
    return CrimeAreaFields(table, n_areas, sorted(int(year) for year in totals if year is not None),
                           [str(names[index]) for index in empty], lost,
                           int(np.count_nonzero(areas.covered_share() == 0)))
