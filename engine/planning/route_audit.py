"""Audit of safe-return routes (안심귀갓길): how much of each route runs through which grade, where its riskiest,
dark and unwatched stretches are, how far apart its bells stand, and which routes need work first.

Method. Each route is cut into pieces of at most ``step_m`` (1 m) along its own line; every piece takes the grade,
risk and main risk factor of the nearest graded segment within ``route_tolerance_m`` of its midpoint, or counts as
*off the network* when there is none. Lengths by grade are therefore sums of piece lengths and add up exactly to
``length_m − offnet_m``. Along the pieces, in order:

* the riskiest ``window_m`` stretch is the window (starting at any piece) with the highest length-weighted mean
  risk of its on-network pieces; its grade and main risk factor are the ones covering most of its length;
* a piece is *lit* when a light stands within ``light_reach_m`` of its midpoint, *watched* when a CCTV site stands
  within ``cctv_reach_m``; the longest run of unlit pieces is the route's longest dark gap, and every run of at
  least ``dark_gap_m`` is a dark gap flagged on its segments (``cctv_gap_m`` likewise for CCTV);
* bells within ``route_tolerance_m`` of the route are placed at their nearest point along it; the largest spacing
  counts the stretches from the route's start to the first bell and from the last to its end too.

Routes are ranked by need: first by their share of length in grades 4–5 (in whole per cent), then by the mean
risk of their riskiest stretch. A suggestion in words names what to do first.
"""
import html
from dataclasses import dataclass

import numpy as np

from ..dependencies import require
from ..factors.compute import FactorParams
from ..i18n import untranslated
from ..network.spatial import SegmentIndex, cut_edges

TR_CONTEXT = "AnshimRouteAudit"

ROUTE_COLUMNS = (
    "rank", "length_m", "offnet_m", "length_grade_1", "length_grade_2", "length_grade_3", "length_grade_4",
    "length_grade_5", "share_grade_1", "share_grade_2", "share_grade_3", "share_grade_4", "share_grade_5",
    "share_grade_4_5", "mean_risk", "max_risk", "worst_from_m", "worst_to_m", "worst_x", "worst_y", "worst_risk",
    "worst_grade", "worst_factor", "dark_gap_m", "dark_from_m", "dark_to_m", "dark_gaps_n", "cctv_gap_m",
    "cctv_from_m", "cctv_to_m", "cctv_gaps_n", "bells_n", "bell_spacing_m", "suggestion")
SEGMENT_COLUMNS = ("route", "segment", "on_route_m", "grade", "risk", "dark", "no_cctv", "riskiest")


@dataclass
class AuditParams:
    """Reaches and tolerances default to Compute safety factors' (:class:`.factors.FactorParams`)."""

    route_tolerance_m: float = FactorParams.route_tolerance_m
    dark_gap_m: float = 50.0
    cctv_gap_m: float = 100.0
    window_m: float = 50.0
    light_reach_m: float = FactorParams.light_radius_m
    cctv_reach_m: float = FactorParams.cctv_radius_m
    step_m: float = 1.0


@dataclass
class RouteAudit:
    """``routes``: one array per :data:`ROUTE_COLUMNS` name, one value per route (NaN where a measure has no
    layer). ``segments``: one array per :data:`SEGMENT_COLUMNS` name, one row per route and segment it runs on."""

    routes: dict
    segments: dict
    params: AuditParams


def audit_routes(segments, risk, grade, routes, route_of_part, n_routes, risk_factor=None, lights=None, cctv=None,
                 bells=None, params=None, index=None, tr=untranslated):
    """Audit ``routes`` (a :class:`LineArrays` of parts; part ``i`` belongs to route ``route_of_part[i]`` of
    ``n_routes``) over graded ``segments`` (``risk``, ``grade``, optional ``risk_factor``: words per segment, or a
    function giving the words of the segments it is given, asked only for those the routes run on). Light, CCTV
    and bell points are ``(n, 2)`` arrays or None (their measures are then NaN)."""
    params = params or AuditParams()
    index = index or SegmentIndex(segments)
    risk, grade = np.asarray(risk, dtype=np.float64), np.asarray(grade, dtype=np.int64)
    pieces = _route_pieces(routes, np.asarray(route_of_part, dtype=np.int64), params.step_m)
    segment, _ = index.snap(pieces.mid, params.route_tolerance_m)
    on = segment >= 0
    piece_risk = np.where(on, risk[np.maximum(segment, 0)], np.nan)
    piece_grade = np.where(on, grade[np.maximum(segment, 0)], 0)
    factor = np.full(len(segment), "", dtype=object)
    if risk_factor is not None and on.any():
        reached, which = np.unique(segment[on], return_inverse=True)
        factor[on] = np.asarray(risk_factor(reached) if callable(risk_factor) else
                                np.asarray(risk_factor, dtype=object)[reached], dtype=object)[which]
    columns = _length_columns(pieces, on, piece_grade, piece_risk, n_routes)
    worst = _riskiest_windows(pieces, on, piece_risk, piece_grade, factor, n_routes, params.window_m)
    columns.update(worst.columns)
    dark = _gap_columns(pieces, lights, params.light_reach_m, params.dark_gap_m, n_routes, "dark")
    watched = _gap_columns(pieces, cctv, params.cctv_reach_m, params.cctv_gap_m, n_routes, "cctv")
    columns.update(dark.columns)
    columns.update(watched.columns)
    columns.update(_bell_columns(pieces, bells, params.route_tolerance_m, n_routes))
    columns["rank"] = _need_rank(columns["share_grade_4_5"], columns["worst_risk"])
    columns["suggestion"] = np.array([_suggestion(columns, route, params, tr) for route in range(n_routes)],
                                     dtype=object)
    segment_rows = _segment_rows(pieces, segment, on, grade, risk, dark.in_gap, watched.in_gap, worst.in_window,
                                 len(segments))
    return RouteAudit({name: columns[name] for name in ROUTE_COLUMNS}, segment_rows, params)


@dataclass
class _Pieces:
    """Pieces of every route in route order: midpoint, length, route, measure of their start and end."""

    mid: np.ndarray
    length_m: np.ndarray
    route: np.ndarray
    start_m: np.ndarray
    end_m: np.ndarray
    first: np.ndarray  # the first piece of its route

    def __len__(self):
        return len(self.length_m)


def _route_pieces(routes, route_of_part, step_m):
    starts, ends, part = routes.edges()
    order = np.argsort(route_of_part[part], kind="stable")  # parts of one route together, in their order
    starts, ends, part = starts[order], ends[order], part[order]
    edge, piece_starts, piece_ends = cut_edges(starts, ends, step_m)
    length_m = np.hypot(*(piece_ends - piece_starts).T)
    route = route_of_part[part[edge]]
    end_m = np.cumsum(length_m)
    first = np.r_[True, np.diff(route) != 0] if len(route) else np.zeros(0, dtype=bool)
    route_offset = np.maximum.accumulate(np.where(first, end_m - length_m, 0.0)) if len(route) else end_m
    end_m = end_m - route_offset
    return _Pieces((piece_starts + piece_ends) / 2.0, length_m, route, end_m - length_m, end_m, first)


def _per_route(pieces, weights, n_routes):
    return np.bincount(pieces.route, weights=weights, minlength=n_routes)


def _length_columns(pieces, on, piece_grade, piece_risk, n_routes):
    length_m = _per_route(pieces, pieces.length_m, n_routes)
    on_m = _per_route(pieces, pieces.length_m * on, n_routes)
    columns = {"length_m": length_m, "offnet_m": length_m - on_m}
    with np.errstate(invalid="ignore", divide="ignore"):
        for value in range(1, 6):
            columns[f"length_grade_{value}"] = _per_route(pieces, pieces.length_m * (piece_grade == value), n_routes)
            columns[f"share_grade_{value}"] = 100.0 * columns[f"length_grade_{value}"] / on_m
        columns["share_grade_4_5"] = columns["share_grade_4"] + columns["share_grade_5"]
        columns["mean_risk"] = _per_route(pieces, np.nan_to_num(piece_risk) * pieces.length_m, n_routes) / on_m
    max_risk = np.full(n_routes, np.nan)
    if on.any():
        np.fmax.at(max_risk, pieces.route[on], piece_risk[on])
    columns["max_risk"] = max_risk
    return columns


@dataclass
class _Windows:
    columns: dict
    in_window: np.ndarray  # per piece: inside its route's riskiest stretch


def _riskiest_windows(pieces, on, piece_risk, piece_grade, factor, n_routes, window_m):
    """The window of ``window_m`` along each route with the highest mean risk of its on-network pieces."""
    weighted = np.r_[0.0, np.cumsum(np.nan_to_num(piece_risk) * pieces.length_m)]
    on_length = np.r_[0.0, np.cumsum(pieces.length_m * on)]
    # pieces from i up to (not including) the first whose midpoint is window_m past i's start, within the route
    position = pieces.route * (pieces.end_m.max(initial=0.0) + 2.0 * window_m + 1.0)
    mid_key = position + (pieces.start_m + pieces.end_m) / 2.0
    stop = np.searchsorted(mid_key, position + pieces.start_m + window_m)
    route_length = _per_route(pieces, pieces.length_m, n_routes)
    fits = (pieces.start_m + window_m <= route_length[pieces.route] + 1e-9) | pieces.first
    covered = on_length[stop] - on_length[:-1]
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(fits & (covered > 0), (weighted[stop] - weighted[:-1]) / covered, -np.inf)
    columns = {name: np.full(n_routes, np.nan) for name in ("worst_from_m", "worst_to_m", "worst_x", "worst_y",
                                                             "worst_risk", "worst_grade")}
    columns["worst_factor"] = np.full(n_routes, "", dtype=object)
    in_window = np.zeros(len(pieces), dtype=bool)
    order = np.lexsort((-mean, pieces.route))
    best = order[np.r_[True, np.diff(pieces.route[order]) != 0]] if len(order) else order
    for start in best[np.isfinite(mean[best])]:
        route = pieces.route[start]
        window = np.arange(start, stop[start])
        inside = window[on[window]]
        in_window[window] = True
        columns["worst_from_m"][route] = pieces.start_m[start]
        columns["worst_to_m"][route] = pieces.end_m[window[-1]]
        columns["worst_x"][route], columns["worst_y"][route] = pieces.mid[window[len(window) // 2]]
        columns["worst_risk"][route] = mean[start]
        columns["worst_grade"][route] = _by_most_length(piece_grade[inside], pieces.length_m[inside])
        named = inside[factor[inside] != ""]
        columns["worst_factor"][route] = _by_most_length(factor[named], pieces.length_m[named]) if len(named) else ""
    return _Windows(columns, in_window)


def _by_most_length(values, length_m):
    kinds, which = np.unique(values, return_inverse=True)
    return kinds[np.argmax(np.bincount(which, weights=length_m))]


@dataclass
class _Gaps:
    columns: dict
    in_gap: np.ndarray  # per piece: inside a gap of at least the flagging length


def _gap_columns(pieces, points, reach_m, flag_m, n_routes, prefix):
    """Longest run of pieces with no point within ``reach_m``, and the runs of at least ``flag_m``."""
    names = (f"{prefix}_gap_m", f"{prefix}_from_m", f"{prefix}_to_m", f"{prefix}_gaps_n")
    columns = {name: np.full(n_routes, np.nan) for name in names}
    in_gap = np.zeros(len(pieces), dtype=bool)
    if points is None or not len(pieces):
        return _Gaps(columns, in_gap)
    points = np.asarray(points, dtype=np.float64).reshape(-1, 2)
    if len(points):
        distance, _ = require("scipy.spatial").cKDTree(points).query(pieces.mid, distance_upper_bound=reach_m)
        uncovered = ~(distance <= reach_m)
    else:
        uncovered = np.ones(len(pieces), dtype=bool)
    # runs of uncovered pieces, broken where the route changes
    starts_run = uncovered & np.r_[True, ~uncovered[:-1] | (np.diff(pieces.route) != 0)]
    run = np.cumsum(starts_run) - 1
    run_pieces = np.flatnonzero(uncovered)
    run_of = run[run_pieces]
    run_length = np.bincount(run_of, weights=pieces.length_m[run_pieces])
    run_first = run_pieces[np.r_[True, np.diff(run_of) != 0]] if len(run_pieces) else run_pieces
    run_last = run_pieces[np.r_[np.diff(run_of) != 0, True]] if len(run_pieces) else run_pieces
    run_route = pieces.route[run_first]
    columns[names[0]] = np.zeros(n_routes)
    columns[names[3]] = np.bincount(run_route[run_length >= flag_m], minlength=n_routes).astype(np.float64)
    order = np.lexsort((-run_length, run_route))
    longest = order[np.r_[True, np.diff(run_route[order]) != 0]] if len(order) else order
    columns[names[0]][run_route[longest]] = run_length[longest]
    columns[names[1]][run_route[longest]] = pieces.start_m[run_first[longest]]
    columns[names[2]][run_route[longest]] = pieces.end_m[run_last[longest]]
    in_gap[run_pieces] = (run_length >= flag_m)[run_of]
    return _Gaps(columns, in_gap)


def _bell_columns(pieces, bells, reach_m, n_routes):
    """Bells near each route and the largest spacing between them along it (route ends included)."""
    columns = {"bells_n": np.full(n_routes, np.nan), "bell_spacing_m": np.full(n_routes, np.nan)}
    if bells is None or not len(pieces):
        return columns
    spatial = require("scipy.spatial")
    bells = np.asarray(bells, dtype=np.float64).reshape(-1, 2)
    route_length = _per_route(pieces, pieces.length_m, n_routes)
    pairs = spatial.cKDTree(bells).sparse_distance_matrix(
        spatial.cKDTree(pieces.mid), reach_m, output_type="ndarray") if len(bells) else np.zeros(
        0, dtype=[("i", np.int64), ("j", np.int64), ("v", np.float64)])
    bell, piece, distance = pairs["i"].astype(np.int64), pairs["j"].astype(np.int64), pairs["v"]
    # each bell once per route, at its nearest piece
    route = pieces.route[piece]
    order = np.lexsort((distance, route, bell))
    keep = order[np.r_[True, (np.diff(bell[order]) != 0) | (np.diff(route[order]) != 0)]] if len(order) else order
    route, measure = route[keep], (pieces.start_m[piece[keep]] + pieces.end_m[piece[keep]]) / 2.0
    columns["bells_n"] = np.bincount(route, minlength=n_routes).astype(np.float64)
    # spacing: sorted stops per route with 0 and the route's length added
    stops_route = np.concatenate([route, np.arange(n_routes), np.arange(n_routes)])
    stops = np.concatenate([measure, np.zeros(n_routes), route_length])
    order = np.lexsort((stops, stops_route))
    stops_route, stops = stops_route[order], stops[order]
    same = np.diff(stops_route) == 0
    spacing = np.zeros(n_routes)
    np.maximum.at(spacing, stops_route[1:][same], np.diff(stops)[same])
    columns["bell_spacing_m"] = spacing
    return columns


def _need_rank(share_4_5, worst_risk):
    """1 = most in need: the larger share in grades 4–5 (whole per cent), then the riskier worst stretch."""
    order = np.lexsort((-np.nan_to_num(worst_risk, nan=-1.0), -np.round(np.nan_to_num(share_4_5, nan=-1.0))))
    rank = np.empty(len(order), dtype=np.float64)
    rank[order] = np.arange(1, len(order) + 1)
    return rank


def _suggestion(columns, route, params, tr):
    """What to do first on ``route``, in words."""
    value = {name: columns[name][route] for name in columns}
    words = []
    if value["offnet_m"] >= 1.0:
        words.append(tr("{offnet:.0f} m of the route run more than {tolerance:g} m from every street segment: "
                        "check its line.").format(offnet=value["offnet_m"], tolerance=params.route_tolerance_m))
    if value["share_grade_4_5"] >= 50.0:
        words.append(tr("Consider re-routing: {share:.0f} % of the route is in grades 4–5.").format(
            share=value["share_grade_4_5"]))
    if value["dark_gap_m"] >= params.dark_gap_m:
        words.append(tr("Add lights at {start:.0f}–{end:.0f} m from the start: {length:.0f} m without a light "
                        "within {reach:g} m.").format(start=value["dark_from_m"], end=value["dark_to_m"],
                                                       length=value["dark_gap_m"], reach=params.light_reach_m))
    if value["cctv_gap_m"] >= params.cctv_gap_m:
        words.append(tr("Consider CCTV at {start:.0f}–{end:.0f} m from the start: {length:.0f} m without a camera "
                        "within {reach:g} m.").format(start=value["cctv_from_m"], end=value["cctv_to_m"],
                                                       length=value["cctv_gap_m"], reach=params.cctv_reach_m))
    if value["bells_n"] == 0:
        words.append(tr("No emergency bell along the route."))
    if value["worst_grade"] >= 4 and value["share_grade_4_5"] < 50.0:
        words.append(tr("Riskiest stretch at {start:.0f}–{end:.0f} m (grade {grade:.0f}{factor}): treat it "
                        "first.").format(start=value["worst_from_m"], end=value["worst_to_m"],
                                         grade=value["worst_grade"],
                                         factor=", " + value["worst_factor"] if value["worst_factor"] else ""))
    return " ".join(words) if words else tr("No stretch beyond the audit's limits.")


def _segment_rows(pieces, segment, on, grade, risk, dark, no_cctv, riskiest, n_segments):
    """One row per route and segment it runs on, with the length along it and its flags."""
    key = pieces.route[on] * n_segments + segment[on]
    keys, row = np.unique(key, return_inverse=True)
    flags = {name: np.bincount(row, weights=values[on], minlength=len(keys)) > 0
             for name, values in (("dark", dark), ("no_cctv", no_cctv), ("riskiest", riskiest))}
    segment_of = keys % n_segments
    return {"route": keys // n_segments, "segment": segment_of,
            "on_route_m": np.bincount(row, weights=pieces.length_m[on], minlength=len(keys)),
            "grade": grade[segment_of], "risk": risk[segment_of], **{k: v.astype(np.int8) for k, v in flags.items()}}


def audit_html(audit, names, title="Anshim safe-return route audit", tr=untranslated):
    """A self-contained page: routes by need with their lengths by grade, gaps and suggestions, and the method."""
    escape = html.escape
    routes, params = audit.routes, audit.params

    def number(value, digits=0):
        return "—" if not np.isfinite(value) else f"{value:,.{digits}f}"

    rows = []
    for route in np.argsort(routes["rank"], kind="stable"):
        grades = "".join(f"<td>{number(routes[f'share_grade_{k}'][route])}</td>" for k in range(1, 6))
        rows.append(
            f"<tr><td>{number(routes['rank'][route])}</td><td class='l'>{escape(str(names[route]))}</td>"
            f"<td>{number(routes['length_m'][route])}</td><td>{number(routes['offnet_m'][route])}</td>{grades}"
            f"<td>{number(routes['mean_risk'][route], 3)}</td><td>{number(routes['worst_risk'][route], 3)}</td>"
            f"<td>{number(routes['dark_gap_m'][route])}</td><td>{number(routes['cctv_gap_m'][route])}</td>"
            f"<td>{number(routes['bell_spacing_m'][route])}</td>"
            f"<td class='l'>{escape(routes['suggestion'][route])}</td></tr>")
    header = "".join(f"<th>{escape(text)}</th>" for text in (
        tr("Need rank"), tr("Route"), tr("Length (m)"), tr("Off network (m)"), tr("Grade 1 %"), tr("Grade 2 %"),
        tr("Grade 3 %"), tr("Grade 4 %"), tr("Grade 5 %"), tr("Mean risk"),
        tr("Riskiest {window:g} m, mean risk").format(window=params.window_m), tr("Longest dark gap (m)"),
        tr("Longest stretch without CCTV (m)"), tr("Largest bell spacing (m)"), tr("Suggestion")))
    method = tr(
        "Each route is cut into 1 m pieces; a piece takes the grade of the nearest segment within {tolerance:g} m "
        "or counts as off the network. A stretch is dark where no light stands within {light:g} m, unwatched where "
        "no CCTV site stands within {cctv:g} m; dark gaps of {dark:g} m or more and CCTV gaps of {gap:g} m or more "
        "are flagged. Routes are ranked by their share in grades 4–5, then by their riskiest {window:g} m stretch. "
        "Grade 1 is the safest, grade 5 the least safe.").format(
        tolerance=params.route_tolerance_m, light=params.light_reach_m, cctv=params.cctv_reach_m,
        dark=params.dark_gap_m, gap=params.cctv_gap_m, window=params.window_m)
    return f"""<!DOCTYPE html>
<html lang="{escape(tr('en'))}"><head><meta charset="utf-8"><title>{escape(title)}</title>
<style>body{{font-family:sans-serif;margin:2em;color:#222}}table{{border-collapse:collapse;margin:1em 0}}
td,th{{border:1px solid #bbb;padding:.3em .5em;text-align:right;vertical-align:top}}.l{{text-align:left}}
th{{background:#eee}}</style></head><body>
<h1>{escape(title)}</h1>
<p>{escape(tr("{count} routes, {km:.2f} km, {share:.0f} % of their length in grades 4–5.").format(
        count=len(names), km=np.nansum(routes["length_m"]) / 1000.0,
        share=_overall_share_4_5(routes)))}</p>
<table><tr>{header}</tr>
{''.join(rows)}
</table>
<h2>{escape(tr("Method"))}</h2><p>{escape(method)}</p>
</body></html>
"""


def _overall_share_4_5(routes):
    on_m = np.nansum(routes["length_m"] - routes["offnet_m"])
    return 100.0 * np.nansum(routes["length_grade_4"] + routes["length_grade_5"]) / on_m if on_m else 0.0
