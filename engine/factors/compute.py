"""Every safety factor of every street segment, from whichever layers the user has.

Each factor comes from one input layer; a layer that is missing leaves its fields out of the result rather than
filling them with zeros, which the model would read as "no camera anywhere". Street structure (``dead_end``,
``junction_d``) comes from the network itself and is always there.

Fields come in a stable order: the order of :data:`fields.FACTORS`, then ``<name>_n`` / ``<name>_d`` of extra
point layers in the order given, then ``crime_n`` and ``crime_n_<period>`` by period (:mod:`.periods`), then,
with crimes of two periods or more, the crime history factors ``hist_*`` of the period after the last (:mod:`.history`).

The scenario planner adds a few facilities at a time: :func:`add_points` and :func:`add_route` update only the
segments the new ones reach and give exactly what a full recomputation would.
"""
import os
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from functools import partial
from typing import Dict, Optional, Tuple

import numpy as np

from .exposure import polygon_density, raster_density
from .fields import CRIME_N, FACTORS
from .history import history_fields
from .periods import YEAR, is_period_field, period_codes, period_field, period_label
from ..network.geometry import LineArrays
from ..i18n import tr_noop, untranslated
from ..progress import report
from ..network.spatial import SegmentIndex
from ..network.structure import network_structure, segment_end_nodes


@dataclass
class FactorParams:
    """Reach of each factor in metres. Defaults follow DOMAIN.md: a light serves 15–25 m, CCTV deters within ~50 m."""

    cctv_radius_m: float = 50.0
    light_radius_m: float = 25.0
    risk_radius_m: float = 50.0
    extra_radius_m: float = 50.0
    crime_snap_m: float = 30.0
    distance_cap_m: float = 1000.0
    route_tolerance_m: float = 15.0
    snap_tolerance_m: float = 0.5


@dataclass
class FactorInputs:
    """The layers as arrays in the segments' metric CRS; ``None`` where the user has no such layer.

    Points are ``(n, 2)`` arrays. ``cctv_cameras`` holds the camera count of each CCTV site (NaN: unknown, counted as
    one). ``population_raster`` is ``(values, GDAL geotransform, nodata)`` of people per cell;
    ``population_polygons`` is ``(polygons as lists of rings, people per polygon)``. ``crime_years`` gives each
    crime's year (NaN or <= 0: unknown) and ``crime_months`` its month 1–12 (NaN: unknown), needed when
    ``crime_period`` is quarter or month (:mod:`.periods`). ``width_m`` is one street width per segment.
    """

    cctv: Optional[np.ndarray] = None
    cctv_cameras: Optional[np.ndarray] = None
    lights: Optional[np.ndarray] = None
    bells: Optional[np.ndarray] = None
    guardhouses: Optional[np.ndarray] = None
    police: Optional[np.ndarray] = None
    risk_sites: Optional[np.ndarray] = None
    extra_points: Dict[str, np.ndarray] = field(default_factory=dict)
    safe_routes: Optional[LineArrays] = None
    population_raster: Optional[Tuple[np.ndarray, tuple, Optional[float]]] = None
    population_polygons: Optional[Tuple[list, np.ndarray]] = None
    crimes: Optional[np.ndarray] = None
    crime_years: Optional[np.ndarray] = None
    crime_months: Optional[np.ndarray] = None
    crime_period: str = YEAR  # year, quarter or month: one crime_n_<period> field per period
    width_m: Optional[np.ndarray] = None

TR_CONTEXT = "Factors"
SPARSE_LIGHT_SPACING_M = 200.0  # fewer lights than one per this much street: the layer is far from complete


@dataclass(frozen=True)
class _PointLayer:
    """A point layer and the fields it gives: a count within a radius and/or a capped nearest distance."""

    label: str
    attribute: str
    count_field: Optional[str]
    radius_param: Optional[str]
    distance_field: Optional[str]


_POINT_LAYERS = (
    _PointLayer(tr_noop("CCTV"), "cctv", "cctv_n", "cctv_radius_m", "cctv_d"),
    _PointLayer(tr_noop("light"), "lights", "light_n", "light_radius_m", "light_d"),
    _PointLayer(tr_noop("emergency bell"), "bells", None, None, "bell_d"),
    _PointLayer(tr_noop("guard house"), "guardhouses", None, None, "guard_d"),
    _PointLayer(tr_noop("police box"), "police", None, None, "police_d"),
    _PointLayer(tr_noop("risk site"), "risk_sites", "risk_n", "risk_radius_m", None),
)


@dataclass
class FactorReport:
    """What a user should know about a factor run: layers left out, values capped, crimes not counted."""

    n_segments: int
    distance_cap_m: float
    crime_snap_m: float
    left_out: Dict[str, tuple] = field(default_factory=dict)  # layer label -> fields left out
    capped: Dict[str, int] = field(default_factory=dict)  # distance field -> segments at the cap
    cctv_sites_without_count: int = 0
    n_crimes: int = 0
    crimes_beyond_snap: int = 0
    crimes_without_year: int = 0
    crime_period: str = YEAR
    route_segments: Optional[int] = None
    raster_over_polygons: bool = False
    crime_periods: tuple = ()  # the periods of the crime_n_<period> fields
    n_lights: Optional[int] = None
    network_m: float = 0.0

    def messages(self, tr=untranslated):
        """Plain sentences for the Processing log, most important first, in the language of ``tr``."""
        messages = []
        if self.n_crimes:
            messages.append(tr(
                "{beyond} of {crimes} crimes ({share}) lay more than {snap} m from every street segment and were not "
                "counted.").format(beyond=f"{self.crimes_beyond_snap:,}", crimes=f"{self.n_crimes:,}",
                                   share=_percent(self.crimes_beyond_snap, self.n_crimes),
                                   snap=f"{self.crime_snap_m:g}"))
        if self.crimes_without_year and self.crime_period != YEAR:
            messages.append(tr("{undated} of {crimes} crimes have no year and month: they count in {field} only, in "
                               "no period's count.").format(undated=f"{self.crimes_without_year:,}",
                                                            crimes=f"{self.n_crimes:,}", field=CRIME_N))
        elif self.crimes_without_year:
            messages.append(tr("{undated} of {crimes} crimes have no year: they count in {field} only.").format(
                undated=f"{self.crimes_without_year:,}", crimes=f"{self.n_crimes:,}", field=CRIME_N))
        messages.extend(tr("No {layer} layer: {fields} left out.").format(layer=tr(label), fields=", ".join(names))
                        for label, names in self.left_out.items())
        messages.extend(
            tr("{field}: {count} of {segments} segments ({share}) are {cap} m or more away; their value is capped at "
               "{cap} m.").format(field=name, count=f"{count:,}", segments=f"{self.n_segments:,}",
                                  share=_percent(count, self.n_segments), cap=f"{self.distance_cap_m:g}")
            for name, count in sorted(self.capped.items(), key=_field_rank) if count)  # filled as steps finish
        if self.cctv_sites_without_count:
            messages.append(tr("{sites} CCTV sites have no camera count and count as one camera.").format(
                sites=f"{self.cctv_sites_without_count:,}"))
        if self.route_segments == 0:
            messages.append(tr("No segment runs along a safe-return route: check that the routes lie on the streets."))
        if self.n_lights is not None and self.n_lights * SPARSE_LIGHT_SPACING_M < self.network_m:
            messages.append(tr("Only {lights} lights for {km} km of street (one per {spacing} m), where street lights "
                               "stand every 30–50 m: the light layer looks far from complete, and light_n and light_d "
                               "would mostly say 'far from security lights'. Map the lights, or leave the layer "
                               "out.").format(lights=f"{self.n_lights:,}", km=f"{self.network_m / 1000:,.1f}",
                                              spacing=f"{self.network_m / max(self.n_lights, 1):,.0f}"))
        if len(self.crime_periods) == 1:
            messages.append(tr("The crimes are of one period only ({period}): crime history factors need at least "
                               "two, so they are left out and the model learns from the other factors.").format(
                period=self.crime_periods[0]))
        elif len(self.crime_periods) > 1:
            messages.append(tr("Crime history factors (hist_*) are the crimes of {first}–{last} on and along each "
                               "segment: the history a model needs to predict the next period.").format(
                first=self.crime_periods[0], last=self.crime_periods[-1]))
        if self.raster_over_polygons:
            messages.append(tr("Both a population raster and population polygons were given: the raster was used."))
        return messages


@dataclass
class FactorResult:
    """One array per field, one value per segment, in the order given in the module docstring."""

    fields: Dict[str, np.ndarray]
    report: FactorReport

    def messages(self, tr=untranslated):
        return self.report.messages(tr)


def compute_factors(segments, inputs, params=None, progress=None, workers=None):
    """All factors of ``segments`` (a :class:`LineArrays` in metres) from ``inputs``; see the module docstring.

    The factor groups are independent and spend their time in numpy and scipy, which release the GIL, so they
    run on ``workers`` threads (default: the cores, at most 4); on 2 cores the city's six point layers take 3.4 s
    instead of 4.5 s. Progress is reported, and Cancel raised, from the calling thread.
    """
    params = params or FactorParams()
    summary = FactorReport(len(segments), params.distance_cap_m, params.crime_snap_m,
                           n_lights=None if inputs.lights is None else len(np.asarray(inputs.lights).reshape(-1, 2)),
                           network_m=float(segments.lengths().sum()))
    report(progress, 0.0)
    index = SegmentIndex(segments)
    steps = _factor_steps(index, segments, inputs, params, summary)
    with ThreadPoolExecutor(max_workers=workers or min(os.cpu_count() or 1, 4)) as pool:
        futures = [pool.submit(step) for step in steps]
        try:
            for done, future in enumerate(as_completed(futures), start=1):
                future.result()  # raises a step's error here
                report(progress, done / len(steps))
        except BaseException:
            for future in futures:
                future.cancel()
            raise
    fields = {}
    for future in futures:  # in step order, whatever order they finished in
        fields.update(future.result())
    fields.update(_history_fields(segments, fields, params, summary))
    return FactorResult(_in_field_order(fields), summary)


def add_points(index, points, weights, counts_before, distances_before, radius_m, cap_m):
    """Add facility ``points`` to a count and/or a distance factor, touching only the segments they reach.

    ``counts_before`` (weights summed within ``radius_m``) or ``distances_before`` (nearest, capped at ``cap_m``)
    may be ``None`` for a factor that has only the other. Returns ``(affected_segment_index, counts_after,
    distances_after)``: the segments whose value changed, and new arrays equal to a full recomputation over the old
    points followed by the new ones (the new weights are added in the same order a recomputation sums them).
    """
    reach_m = max(radius_m if counts_before is not None else 0.0, cap_m if distances_before is not None else 0.0)
    point_index, segment_index, distance_m = index.pairs_within(points, reach_m)
    changed = [np.empty(0, dtype=np.int64)]
    counts_after = distances_after = None
    if counts_before is not None:
        near = distance_m <= radius_m
        pair_weights = 1.0 if weights is None else np.asarray(weights, dtype=np.float64)[point_index[near]]
        counts_after = np.array(counts_before, dtype=np.float64)
        np.add.at(counts_after, segment_index[near], pair_weights)
        changed.append(_changed(segment_index[near], counts_before, counts_after))
    if distances_before is not None:
        within_cap = distance_m <= cap_m
        distances_after = np.array(distances_before, dtype=np.float64)
        np.minimum.at(distances_after, segment_index[within_cap], distance_m[within_cap])
        changed.append(_changed(segment_index[within_cap], distances_before, distances_after))
    return np.unique(np.concatenate(changed)), counts_after, distances_after


def add_route(index, lines, route_before, tolerance_m):
    """Add safe-return ``lines`` to the ``route`` factor: ``(affected_segment_index, route_after)``."""
    route_before = np.asarray(route_before)
    route_after = np.maximum(route_before, index.along(lines, tolerance_m).astype(route_before.dtype))
    return np.flatnonzero(route_after != route_before), route_after


def _factor_steps(index, segments, inputs, params, summary):
    """One callable per factor group the inputs allow, each returning its fields; records layers left out."""
    steps = []
    for layer in _POINT_LAYERS:
        points = getattr(inputs, layer.attribute)
        if points is None:
            summary.left_out[layer.label] = tuple(filter(None, (layer.count_field, layer.distance_field)))
            continue
        weights = _camera_counts(inputs, summary) if layer.attribute == "cctv" else None
        radius_m = getattr(params, layer.radius_param) if layer.radius_param else None
        steps.append(partial(_point_fields, index, points, weights, layer.count_field, radius_m,
                             layer.distance_field, params.distance_cap_m, summary))
    if inputs.safe_routes is None:
        summary.left_out[tr_noop("safe-return route")] = ("route",)
    else:
        steps.append(partial(_route_field, index, inputs.safe_routes, params.route_tolerance_m, summary))
    if inputs.population_raster is None and inputs.population_polygons is None:
        summary.left_out[tr_noop("population")] = ("pop_night",)
    else:
        steps.append(partial(_population_field, index, inputs, summary))
    steps.append(partial(_structure_fields, segments, params, summary))
    if inputs.width_m is not None:
        steps.append(partial(_width_field, inputs.width_m, len(segments)))
    for name, points in inputs.extra_points.items():
        _check_extra_layer_name(name)
        steps.append(partial(_point_fields, index, points, None, f"{name}_n", params.extra_radius_m,
                             f"{name}_d", params.distance_cap_m, summary))
    if inputs.crimes is not None:
        steps.append(partial(_crime_fields, index, inputs, params.crime_snap_m, summary))
    return steps


def _check_extra_layer_name(name):
    taken = {factor.name for factor in FACTORS} | {CRIME_N}
    clashes = {f"{name}_n", f"{name}_d"} & taken
    if clashes:
        raise ValueError(f"extra point layer name '{name}' would overwrite {', '.join(sorted(clashes))}")


def _point_fields(index, points, weights, count_field, radius_m, distance_field, cap_m, summary):
    fields = {}
    if count_field:
        fields[count_field] = index.count_within(points, radius_m, weights)
    if distance_field:
        fields[distance_field] = index.nearest_distance(points, cap_m)
        summary.capped[distance_field] = int(np.count_nonzero(fields[distance_field] >= cap_m))
    return fields


def _camera_counts(inputs, summary):
    """Camera count per CCTV site; a site with no count has at least one camera."""
    if inputs.cctv_cameras is None:
        return None
    cameras = np.asarray(inputs.cctv_cameras, dtype=np.float64)
    if len(cameras) != len(np.asarray(inputs.cctv).reshape(-1, 2)):
        raise ValueError(f"cctv_cameras has {len(cameras)} values for {len(inputs.cctv)} CCTV sites")
    unknown = ~np.isfinite(cameras)
    summary.cctv_sites_without_count = int(np.count_nonzero(unknown))
    return np.where(unknown, 1.0, cameras)


def _route_field(index, routes, tolerance_m, summary):
    route = index.along(routes, tolerance_m).astype(np.int8)
    summary.route_segments = int(np.count_nonzero(route))
    return {"route": route}


def _population_field(index, inputs, summary):
    """Night-time population density at each segment's midpoint; a raster is preferred over polygons."""
    if inputs.population_raster is not None:
        summary.raster_over_polygons = inputs.population_polygons is not None
        values, geotransform, nodata = inputs.population_raster
        return {"pop_night": raster_density(values, geotransform, nodata, index.midpoints)}
    polygons, counts = inputs.population_polygons
    return {"pop_night": polygon_density(polygons, counts, index.midpoints)}


def _structure_fields(segments, params, summary):
    dead_end, junction_d = network_structure(segments, params.snap_tolerance_m, params.distance_cap_m)
    summary.capped["junction_d"] = int(np.count_nonzero(junction_d >= params.distance_cap_m))
    return {"dead_end": dead_end, "junction_d": junction_d}


def _width_field(width_m, n_segments):
    width_m = np.asarray(width_m, dtype=np.float64)
    if len(width_m) != n_segments:
        raise ValueError(f"width_m has {len(width_m)} values for {n_segments} segments")
    return {"width_m": width_m}


def _crime_fields(index, inputs, snap_m, summary):
    """Each crime counts once, on its nearest segment within ``snap_m``; with dates, also per period."""
    segment, _ = index.snap(inputs.crimes, snap_m)
    snapped = segment >= 0
    summary.n_crimes = len(segment)
    summary.crimes_beyond_snap = int(np.count_nonzero(~snapped))
    fields = {CRIME_N: _crime_counts(segment[snapped], index.n_segments)}
    if inputs.crime_years is None:
        return fields
    years = np.asarray(inputs.crime_years, dtype=np.float64)
    if len(years) != len(segment) or (inputs.crime_months is not None and len(inputs.crime_months) != len(segment)):
        raise ValueError(f"crime dates for {len(years)} crimes, and {len(segment)} crimes")
    codes = period_codes(years, inputs.crime_months, inputs.crime_period)
    known = np.isfinite(codes)
    summary.crimes_without_year, summary.crime_period = int(np.count_nonzero(~known)), inputs.crime_period
    for code in np.unique(codes[known]):
        fields[period_field(code, inputs.crime_period)] = _crime_counts(segment[snapped & (codes == code)],
                                                                        index.n_segments)
    return fields


def _history_fields(segments, fields, params, summary):
    """Crime history for the period after the last (:mod:`.history`), from the per-period counts."""
    periods = sorted(name for name in fields if is_period_field(name))
    summary.crime_periods = tuple(period_label(name) for name in periods)
    if len(periods) < 2:
        return {}
    start_node, end_node = segment_end_nodes(segments, params.snap_tolerance_m)
    return history_fields(np.column_stack([fields[name] for name in periods]), start_node, end_node,
                          segments.lengths())


def _crime_counts(segment, n_segments):
    return np.bincount(segment, minlength=n_segments).astype(np.int32)


def _changed(segment_index, before, after):
    return segment_index[np.asarray(before)[segment_index] != after[segment_index]]


def _in_field_order(fields):
    known = [factor.name for factor in FACTORS if factor.name in fields]
    return {name: fields[name] for name in known + [name for name in fields if name not in known]}


def _field_rank(item):
    """Sort key of a ``(field name, …)`` item: documented factors in their order, then the others by name."""
    order = [factor.name for factor in FACTORS]
    return (order.index(item[0]), "") if item[0] in order else (len(order), item[0])


def _percent(part, whole):
    return f"{100.0 * part / whole:.1f} %" if whole else "0 %"
