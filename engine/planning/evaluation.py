"""Did it work? Installed facilities against matched streets: which segments are treated, which form the
displacement ring, which are controls, and the crimes each saw before and after.

The method (documented for users in the README, section "Evaluate installed facilities"):

- **Groups.** Facilities are evaluated by group: one per scenario and kind (all lights of the plan "2024 lights",
  all its CCTV sites, ...).
- **Treated segments** are those a facility reaches, with the factors' reaches: a CCTV site its CCTV radius
  (50 m by default), a light its light radius (25 m), a safe-return route its tolerance (15 m); an emergency bell
  the street within :data:`BELL_REACH_M` and a guard house within :data:`GUARDHOUSE_REACH_M` (no factor radius:
  assumed reaches, stated here). A segment reached by several facilities of a group takes the earliest date.
- **Displacement ring**: untreated segments within ``ring_m`` (100 m) along the street network of a treated
  segment: crime may move there (displacement) or fall there too (diffusion of benefits).
- **Controls**: untreated segments outside every ring of every group, chosen by coarsened exact matching: each
  treated (and each ring) segment shares a weight of one evenly among the pool segments of its cell — the same
  street class, the same fifth of the model's risk and the same third of the risk summed over the segments within
  :data:`NEARBY_M` (planners pick sites by the red streets around them); a cell with no pool segment takes the
  ``matches`` (5) nearest in those risks. Control counts are then on the treated segments' scale. Crimes before
  installation enter through the difference in differences, not the matching: matching each 10 m segment on its
  own before-window count was measured to *create* regression to the mean in the controls (a control picked for
  an unlucky year falls back; one picked for an empty year rises) and biased the rate ratio by about ±10 % in the
  simulation (``pre_crime_cells`` turns it on). Matching removes selection bias only as far as the sites were
  chosen on what it sees; sites chosen because of last year's crimes on those very streets flatter the
  facilities (regression to the mean): then choose a before window that ends before the choice was made.
- **Windows**: ``window_months`` (12) whole months before the installation month and as many after it; the
  installation month itself is left out. Staggered installs: every segment uses its own facility's month, and its
  controls are counted in the same months.
"""
from dataclasses import dataclass, field

import numpy as np

from ..dependencies import require
from ..factors.compute import FactorParams
from ..i18n import TranslatableError, tr_noop
from ..network.structure import segment_end_nodes
from .installed import ROUTE_KIND, month_number, month_text

TR_CONTEXT = "Evaluation"

NONE, CONTROL, RING, TREATED = 0, 1, 2, 3
ROLE_NAMES = ("none", "control", "ring", "treated")
BELL_REACH_M = 50.0  # assumed: a bell serves the street it stands on
GUARDHOUSE_REACH_M = 100.0  # assumed: a guard house is seen from about a block away
RISK_BINS, NEARBY_BINS = 5, 3  # matching cells: fifths of the segment's risk, thirds of its neighbourhood's
NEARBY_M = 50.0  # "risk nearby": the model's risk summed over segments whose midpoints lie this close
_UNSET = np.iinfo(np.int64).max


class EvaluationError(TranslatableError):
    """Input that cannot be evaluated honestly; the message says what and what to do."""


@dataclass
class EvaluationSettings:
    window_months: int = 12
    ring_m: float = 100.0
    matches: int = 5
    cctv_radius_m: float = FactorParams.cctv_radius_m
    light_radius_m: float = FactorParams.light_radius_m
    route_tolerance_m: float = FactorParams.route_tolerance_m
    bell_reach_m: float = BELL_REACH_M
    guardhouse_reach_m: float = GUARDHOUSE_REACH_M
    snap_tolerance_m: float = FactorParams.snap_tolerance_m
    pre_crime_cells: bool = False

    def reach_m(self, kind):
        return {"cctv": self.cctv_radius_m, "light": self.light_radius_m, "bell": self.bell_reach_m,
                "guardhouse": self.guardhouse_reach_m, ROUTE_KIND: self.route_tolerance_m}[kind]


@dataclass
class Group:
    """One scenario's facilities of one kind and the segments they concern."""

    scenario: str
    kind: str
    facilities: list  # indices into the facility list
    treated: np.ndarray = None
    treated_month: np.ndarray = None
    ring: np.ndarray = None
    ring_month: np.ndarray = None

    @property
    def name(self):
        return f"{self.scenario} · {self.kind}" if self.scenario else self.kind


@dataclass
class Counts:
    """Crimes of one set of segments before and after, and of their matched controls (with Poisson variances)."""

    before: float = 0.0
    after: float = 0.0
    control_before: float = 0.0
    control_after: float = 0.0
    control_var_before: float = 0.0
    control_var_after: float = 0.0
    segments: int = 0
    control_cov: float = 0.0  # covariance of the control sums before and after (overlapping windows)
    control_terms: tuple = None  # per crime, its weight in the control sum before and after


@dataclass
class Evaluation:
    groups: list
    treated: list  # Counts per group
    ring: list  # Counts per group
    role: np.ndarray  # per segment, NONE … TREATED
    group_of_segment: np.ndarray  # per segment, group index or -1
    reached: list = field(default_factory=list)  # per facility, the segments it reaches


def reached_segments(index, facilities, settings):
    """Per facility, the indices of the segments it reaches (see the module docstring)."""
    reached = [np.empty(0, dtype=np.int64)] * len(facilities)
    by_kind = {}
    for number, facility in enumerate(facilities):
        by_kind.setdefault(facility.kind, []).append(number)
    for kind, numbers in by_kind.items():
        if kind == ROUTE_KIND:
            for number in numbers:
                reached[number] = np.flatnonzero(index.along(facilities[number].proposal.as_lines(),
                                                             settings.route_tolerance_m))
            continue
        points = np.array([(facilities[n].proposal.x, facilities[n].proposal.y) for n in numbers])
        point_index, segment_index, _ = index.pairs_within(points, settings.reach_m(kind))
        for position, number in enumerate(numbers):
            reached[number] = segment_index[point_index == position]
    return reached


def group_facilities(facilities):
    """Groups by (scenario, kind) in the order they first appear."""
    groups = {}
    for number, facility in enumerate(facilities):
        groups.setdefault((facility.scenario, facility.kind), Group(facility.scenario, facility.kind, [])) \
            .facilities.append(number)
    return list(groups.values())


def check_facilities(facilities, reached, crime_months, window_months):
    """Raise :class:`EvaluationError` for the first facility that cannot be evaluated."""
    if not len(facilities):
        raise EvaluationError(TR_CONTEXT, tr_noop("No installed facility was given."))
    known = crime_months[crime_months >= 0]
    if not len(known):
        raise EvaluationError(TR_CONTEXT, tr_noop(
            "No crime has a date: give the crimes layer and its date field (YYYY-MM-DD)."))
    first, last = int(known.min()), int(known.max())
    for facility, segments in zip(facilities, reached):
        month, name = facility.month, facility.describe()
        if not len(segments):
            raise EvaluationError(TR_CONTEXT, tr_noop(
                "The installed {facility} reaches no street segment: check its position and the layers' CRS."),
                facility=name)
        if month < first or month > last:
            raise EvaluationError(TR_CONTEXT, tr_noop(
                "The installed {facility} went in on {date}, outside the crimes' dates ({first} to {last}): "
                "load crimes from before and after the installation."), facility=name,
                date=str(facility.installed_on), first=month_text(first), last=month_text(last))
        if not np.any(known > month):
            raise EvaluationError(TR_CONTEXT, tr_noop(
                "No crime after the installation of the {facility} ({date}): the crimes end in {last}. Evaluate "
                "once a full window of crimes after installation is recorded."), facility=name,
                date=str(facility.installed_on), last=month_text(last))
        fits = min(month - first, last - month)
        if fits < window_months:
            raise EvaluationError(TR_CONTEXT, tr_noop(
                "The crimes ({first} to {last}) do not cover {window} months before and after the installation of "
                "the {facility} ({date}): set the window to at most {fits} months or load more crimes."),
                first=month_text(first), last=month_text(last), window=window_months, facility=name,
                date=str(facility.installed_on), fits=max(fits, 0))


def evaluate(segments, facilities, crime_segment, crime_dates, settings=None, risk=None, stratum=None, index=None):
    """Treated, ring and control segments and their crimes before and after, per group of ``facilities``.

    ``crime_segment`` is each crime's segment (−1: none near), ``crime_dates`` its ``datetime64[D]`` date;
    ``risk`` the model's risk per segment (optional, for matching) and ``stratum`` an integer street class per
    segment (optional: controls are then drawn from the same class)."""
    settings = settings or EvaluationSettings()
    if index is None:
        index = require_index(segments)
    crime_months = month_number(crime_dates)
    crime_segment = np.asarray(crime_segment, dtype=np.int64)
    reached = reached_segments(index, facilities, settings)
    check_facilities(facilities, reached, crime_months, settings.window_months)
    n = len(segments)
    groups = group_facilities(facilities)
    distance_to = _network_distances(segments, settings)
    all_treated = _assign_treated(groups, facilities, reached, n)
    near_any = distance_to(np.flatnonzero(all_treated), settings.ring_m)
    pool = np.flatnonzero(~near_any & ~all_treated)
    if not len(pool):
        raise EvaluationError(TR_CONTEXT, tr_noop(
            "Every segment lies within {ring_m:.0f} m of an installed facility: no street is left to compare with. "
            "Give a larger area of streets."), ring_m=settings.ring_m)
    for group in groups:
        _assign_ring(group, distance_to, all_treated, settings.ring_m, n)
    valid = (crime_segment >= 0) & (crime_months >= 0)
    crimes = (crime_segment[valid], crime_months[valid])
    features = _matching_features(risk, _neighbour_matrix(index.midpoints, NEARBY_M), n)
    rate = np.ones(n) if risk is None else np.maximum(np.asarray(risk, dtype=np.float64), 1e-9)
    stratum = np.zeros(n, dtype=np.int64) if stratum is None else np.asarray(stratum, dtype=np.int64)
    role, group_of_segment = np.full(n, NONE, dtype=np.int8), np.full(n, -1, dtype=np.int64)
    treated_counts, ring_counts = [], []
    for number, group in enumerate(groups):
        treated_counts.append(_counts(group.treated, group.treated_month, pool, crimes, features, rate,
                                      stratum, settings, role, group_of_segment, number))
        ring_counts.append(_counts(group.ring, group.ring_month, pool, crimes, features, rate, stratum,
                                   settings, role, group_of_segment, number))
    for number, group in reversed(list(enumerate(groups))):  # the first group wins where roles overlap
        _mark(role, group_of_segment, group.ring, RING, number)
    for number, group in reversed(list(enumerate(groups))):
        _mark(role, group_of_segment, group.treated, TREATED, number)
    return Evaluation(groups, treated_counts, ring_counts, role, group_of_segment, reached)


def require_index(segments):
    from ..network.spatial import SegmentIndex
    return SegmentIndex(segments)


def _assign_treated(groups, facilities, reached, n):
    all_treated = np.zeros(n, dtype=bool)
    for group in groups:
        month = np.full(n, _UNSET, dtype=np.int64)
        for number in group.facilities:
            np.minimum.at(month, reached[number], facilities[number].month)
        group.treated = np.flatnonzero(month != _UNSET)
        group.treated_month = month[group.treated]
        all_treated[group.treated] = True
    return all_treated


def _assign_ring(group, distance_to, all_treated, ring_m, n):
    """Ring segments of ``group``, each with the month of the earliest installation whose ring holds it."""
    month = np.full(n, _UNSET, dtype=np.int64)
    for cohort in np.unique(group.treated_month):
        near = distance_to(group.treated[group.treated_month == cohort], ring_m) & ~all_treated
        month[near & (month == _UNSET)] = cohort
    group.ring = np.flatnonzero(month != _UNSET)
    group.ring_month = month[group.ring]


def _network_distances(segments, settings):
    """A function ``(source segments, limit_m) -> bool per segment``: within ``limit_m`` along the network of a
    source segment (measured between segment ends, so a segment touching a source is at distance 0)."""
    sparse, csgraph = require("scipy.sparse"), require("scipy.sparse.csgraph")
    start, end = segment_end_nodes(segments, settings.snap_tolerance_m)
    length_m = segments.lengths()
    n_nodes = int(max(start.max(initial=-1), end.max(initial=-1)) + 1)
    low, high = np.minimum(start, end), np.maximum(start, end)
    order = np.lexsort((length_m, high, low))  # parallel segments: keep the shortest
    first = order[np.r_[True, (np.diff(low[order]) != 0) | (np.diff(high[order]) != 0)]] if len(order) else order
    graph = sparse.csr_matrix((np.maximum(length_m[first], 1e-6), (low[first], high[first])),
                              shape=(n_nodes, n_nodes))

    def within(sources, limit_m):
        if not len(sources):
            return np.zeros(len(length_m), dtype=bool)
        nodes = np.unique(np.concatenate([start[sources], end[sources]]))
        distance = csgraph.dijkstra(graph, directed=False, indices=nodes, min_only=True, limit=limit_m)
        return np.minimum(distance[start], distance[end]) <= limit_m

    return within


def _matching_features(risk, neighbours, n):
    """Standardised log risk of the segment and of its neighbourhood (the segment and those within NEARBY_M)."""
    if risk is None:
        return np.zeros((n, 1))
    risk = np.maximum(np.asarray(risk, dtype=np.float64), 1e-9)
    return np.column_stack([_standardised(np.log(risk)), _standardised(np.log(risk + neighbours @ risk))])


def _standardised(values):
    spread = values.std()
    return (values - values.mean()) / spread if spread > 0 else np.zeros(len(values))


def window_counts(crimes, month, window_months, n):
    """Crimes per segment in the ``window_months`` whole months before ``month`` and after it (``month`` left
    out)."""
    crime_segment, crime_month = crimes
    relative = crime_month - month
    before = np.bincount(crime_segment[(relative >= -window_months) & (relative < 0)], minlength=n)
    after = np.bincount(crime_segment[(relative >= 1) & (relative <= window_months)], minlength=n)
    return before.astype(np.float64), after.astype(np.float64)


def _neighbour_matrix(midpoints, radius_m):
    """Sparse matrix with a 1 for every other segment whose midpoint lies within ``radius_m``."""
    sparse = require("scipy.sparse")
    pairs = require("scipy.spatial").cKDTree(midpoints).query_pairs(radius_m, output_type="ndarray")
    n = len(midpoints)
    rows, columns = np.r_[pairs[:, 0], pairs[:, 1]], np.r_[pairs[:, 1], pairs[:, 0]]
    return sparse.csr_matrix((np.ones(len(rows)), (rows, columns)), shape=(n, n))


def _counts(members, months, pool, crimes, features, rate, stratum, settings, role, group_of_segment,
            group_number):
    """:class:`Counts` of ``members`` (each in the windows of its month) and of their matched controls.

    A control crime may fall in the windows of several installation months (staggered installs); its weight is
    summed over them, and the variances come from the crimes themselves (Var Σ aᵢ Nᵢ ≈ Σ aᵢ² over crimes), with
    the covariance of the before and after sums that overlapping windows create."""
    counts = Counts(segments=len(members))
    n = len(features)
    crime_segment, crime_month = crimes
    weight_before, weight_after = np.zeros(len(crime_segment)), np.zeros(len(crime_segment))
    for month in np.unique(months):
        these = members[months == month]
        before, after = window_counts(crimes, month, settings.window_months, n)
        controls, weights = coarsened_controls(these, pool, _keys(features, before, stratum, settings), features,
                                               stratum, settings.matches)
        counts.before += before[these].sum()
        counts.after += after[these].sum()
        dense = np.zeros(n)
        dense[controls] = weights
        relative = crime_month - month
        weight_before += dense[crime_segment] * ((relative >= -settings.window_months) & (relative < 0))
        weight_after += dense[crime_segment] * ((relative >= 1) & (relative <= settings.window_months))
        unmarked = controls[role[controls] == NONE]
        role[unmarked], group_of_segment[unmarked] = CONTROL, group_number
    counts.control_terms = (weight_before, weight_after)
    counts.control_before, counts.control_after = weight_before.sum(), weight_after.sum()
    counts.control_var_before, counts.control_var_after = (weight_before ** 2).sum(), (weight_after ** 2).sum()
    counts.control_cov = float(np.dot(weight_before, weight_after))
    return counts


def _keys(features, before, stratum, settings):
    """Each segment's matching cell: street class × risk fifth × neighbourhood-risk third (× before-window crimes
    0, 1, 2, 3 or more when ``settings.pre_crime_cells``)."""
    cells = [np.asarray(stratum, dtype=np.int64) + 1]
    for column, bins in zip(features.T, (RISK_BINS, NEARBY_BINS)):
        edges = np.quantile(column, np.linspace(0, 1, bins + 1)[1:-1])
        cells.append(np.searchsorted(edges, column, side="right"))
    if settings.pre_crime_cells:
        cells.append(np.minimum(before, 3).astype(np.int64))
    key = np.zeros(len(before), dtype=np.int64)
    for cell in cells:
        key = key * (int(cell.max(initial=0)) + 1) + cell
    return key


def coarsened_controls(members, pool, key, features, stratum, matches):
    """``(control segments, weights)`` by coarsened exact matching: each member's weight of one is shared evenly
    among the pool segments of its cell; members of a cell without pool segments get their ``matches`` nearest
    (:func:`match_controls`). Weights of a control serving several members are summed."""
    cells, cell_of_pool, pool_per_cell = np.unique(key[pool], return_inverse=True, return_counts=True)
    position = np.searchsorted(cells, key[members])
    found = (position < len(cells)) & (cells[np.minimum(position, len(cells) - 1)] == key[members])
    members_per_cell = np.bincount(position[found], minlength=len(cells))
    weight = (members_per_cell / pool_per_cell)[cell_of_pool]
    controls, weights = pool[weight > 0], weight[weight > 0]
    if not found.all():
        extra, extra_weights = match_controls(members[~found], pool, features, stratum, matches)
        controls = np.r_[controls, extra]
        weights = np.r_[weights, extra_weights]
        controls, inverse = np.unique(controls, return_inverse=True)
        weights = np.bincount(inverse, weights=weights)
    return controls, weights


def match_controls(members, pool, matching, stratum, matches):
    """``(control segments, weights)``: for every member, the ``matches`` pool segments of its stratum nearest in
    the ``matching`` columns (the log risk of the segment and of its neighbourhood), each weighing 1/matches;
    weights of a control drawn more than once are summed."""
    spatial = require("scipy.spatial")
    chosen = []
    for value in np.unique(stratum[members]):
        these = members[stratum[members] == value]
        candidates = pool[stratum[pool] == value]
        if len(candidates) < matches:  # too few streets of this class: any class
            candidates = pool
        k = min(matches, len(candidates))
        _, nearest = spatial.cKDTree(matching[candidates]).query(matching[these], k=k)
        chosen.append(candidates[np.asarray(nearest).reshape(len(these), k)].ravel())
    drawn = np.concatenate(chosen).astype(np.int64) if chosen else np.empty(0, dtype=np.int64)
    controls, times = np.unique(drawn, return_counts=True)
    k = min(matches, len(pool))
    return controls, times / float(k)


def _mark(role, group_of_segment, members, value, group_number):
    role[members], group_of_segment[members] = value, group_number
