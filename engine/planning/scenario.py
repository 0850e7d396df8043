"""What-if planning: propose lights, CCTV, bells, guard houses or safe-return routes and see grades change.

A :class:`ScenarioPlanner` holds the graded network's *base* factors and the current proposals. Each proposal
remembers which segments it reaches — for a point, those within its count radius or nearer to it than to the base's
nearest facility of its kind, with the distance to each measured once as the factor engine's
:func:`.factors.add_points` measures it — so adding or removing one refreshes only those segments, recomputed from
the base plus every current proposal (routes with :func:`.factors.add_route`); only rows whose factors changed are
predicted again. The state is therefore always a function of the base and the current proposals alone: removing
a proposal restores the earlier state exactly, and the result equals a full recomputation of the factors with the
proposed facilities added (see the tests).

Facilities only ever add cameras and lights, shorten distances, or put segments on a route, and the model is
monotonic in exactly those directions, so no proposal can raise any segment's risk.
"""
import copy
from dataclasses import dataclass, field

import numpy as np

from ..factors.compute import add_route
from ..network.geometry import LineArrays
from ..network.spatial import SegmentIndex

KINDS = ("cctv", "lights", "bells", "guardhouses", "safe_routes")

# Planning figures in KRW per unit (a site, a light, a bell, a guard house, a km of route), for comparing
# scenarios, not for budgets: replace them with local quotes. CCTV: a crime-prevention pole with cameras and
# network link; light: an LED alley security light on an existing pole; bell: an emergency bell linked to the
# control centre; guard house: a year of designation, signage and a bell at a convenience store; route: road
# markings, signs and a logo projector per km.
DEFAULT_UNIT_COSTS_KRW = {
    "cctv": 15_000_000,
    "lights": 1_200_000,
    "bells": 2_000_000,
    "guardhouses": 1_000_000,
    "safe_routes": 20_000_000,
}


@dataclass(frozen=True)
class _PointEffect:
    """How one kind of point facility changes factors: a count within a radius and/or a nearest distance."""

    count_field: str = None
    radius_setting: str = None
    distance_field: str = None


POINT_EFFECTS = {
    "cctv": _PointEffect("cctv_n", "cctv_radius_m", "cctv_d"),
    "lights": _PointEffect("light_n", "light_radius_m", "light_d"),
    "bells": _PointEffect(None, None, "bell_d"),
    "guardhouses": _PointEffect(None, None, "guard_d"),
}
ROUTE_FIELD = "route"
DEFAULT_SETTINGS = {"cctv_radius_m": 50.0, "light_radius_m": 25.0, "distance_cap_m": 1000.0,
                    "route_tolerance_m": 15.0}


@dataclass
class _Proposal:
    kind: str
    geometry: object  # (2,) point or a LineArrays of one route
    weight: float  # cameras at a CCTV site; 1 otherwise
    segments: np.ndarray  # segments the proposal reaches: the only ones it can change
    length_m: float = 0.0  # routes only
    distances_m: np.ndarray = None  # points only: distance to each of ``segments``


@dataclass
class ScenarioPlanner:
    """Proposals over a graded network. ``factors`` holds the base factor arrays by field name."""

    segments: object  # LineArrays
    factors: dict
    model: object
    settings: dict = field(default_factory=dict)
    exposure: np.ndarray = None  # night-time population density per segment, for the expected-incident proxy

    def __post_init__(self):
        self.settings = {**DEFAULT_SETTINGS, **{k: v for k, v in self.settings.items() if k in DEFAULT_SETTINGS}}
        self.index = SegmentIndex(self.segments)
        self.length_m = self.segments.lengths()
        self.base = {name: np.asarray(values, dtype=np.float64) for name, values in self.factors.items()}
        self.current = {name: values.copy() for name, values in self.base.items()}
        self.X = self._matrix(np.arange(len(self.length_m)))
        self.risk_before = self.model.predict_risk(self.X)
        self.grade_before = self.model.grade(self.risk_before)
        self.risk = self.risk_before.copy()
        self.grade = self.grade_before.copy()
        self.proposals = {}
        self._next_id = 1
        self._largest_distance_m = {}
        # night-time population relative to the network mean: what the expected-incident proxy weighs risk by
        self.exposure_weight = _exposure_weight(self.exposure, len(self.length_m))
        self._base_totals = _totals(self.grade_before, self.grade_before, self.risk_before, self.length_m,
                                    self.exposure_weight)

    def fork(self):
        """A planner in the same state that can take proposals without touching this one: it shares the network,
        the index, the model and the base (never written after construction) and copies what proposals change.
        The dock's background searches work on a fork while the planner stays editable."""
        other = copy.copy(self)
        other.current = {name: values.copy() for name, values in self.current.items()}
        other.X, other.risk, other.grade = self.X.copy(), self.risk.copy(), self.grade.copy()
        other.proposals = dict(self.proposals)
        other._largest_distance_m = dict(self._largest_distance_m)
        return other

    # proposals ---------------------------------------------------------------------------------------------

    def add_point(self, kind, xy, weight=1.0):
        """Propose a CCTV site (``weight`` cameras), light, bell or guard house at ``xy``; returns its id.

        The proposal reaches the segments whose factors it can change: those within its count radius, and those
        it is nearer to than the base's nearest facility of its kind (which is never beyond the distance cap).
        """
        effect = POINT_EFFECTS[kind]
        radius_m = self.settings[effect.radius_setting] if effect.count_field in self.base else 0.0
        distance_reach_m = self._distance_reach_m(effect.distance_field)
        point = np.asarray(xy, dtype=np.float64)
        _, segments, distances_m = self.index.pairs_within(point.reshape(1, 2), max(radius_m, distance_reach_m))
        reaches = distances_m <= radius_m if effect.count_field in self.base else np.zeros(len(segments), bool)
        if effect.distance_field in self.base:
            reaches |= distances_m < self.base[effect.distance_field][segments]
        return self._add(_Proposal(kind, point, float(weight), segments[reaches], distances_m=distances_m[reaches]))

    def _distance_reach_m(self, distance_field):
        """How far a new facility can shorten ``distance_field``: the base's largest value (at most the cap)."""
        if distance_field not in self.base or not len(self.length_m):
            return 0.0
        if distance_field not in self._largest_distance_m:
            self._largest_distance_m[distance_field] = float(np.nanmax(self.base[distance_field], initial=0.0))
        return self._largest_distance_m[distance_field]

    def add_route(self, route):
        """Propose a safe-return route (a :class:`LineArrays` with one line); returns its id."""
        segments = np.flatnonzero(self.index.along(route, self.settings["route_tolerance_m"]))
        return self._add(_Proposal("safe_routes", route, 1.0, segments, float(route.lengths().sum())))

    def why_no_effect(self, kind):
        """Why a proposal of ``kind`` ("safe_routes" or a key of ``POINT_EFFECTS``) can change no risk, else None:
        ``"missing"`` when the model reads none of the factors it changes (it was trained without that layer),
        ``"unused"`` when the model splits on none of them."""
        fields = ((ROUTE_FIELD,) if kind == "safe_routes" else
                  (POINT_EFFECTS[kind].count_field, POINT_EFFECTS[kind].distance_field))
        present = {name for name in fields if name in self.base and name in self.model.factor_names}
        if not present:
            return "missing"
        return None if present & self.model.factors_used() else "unused"

    def remove(self, proposal_id):
        """Withdraw a proposal; returns the segments whose values were refreshed."""
        proposal = self.proposals.pop(proposal_id)
        return self._refresh(proposal.kind, proposal.segments)

    def _add(self, proposal):
        proposal_id = self._next_id
        self._next_id += 1
        self.proposals[proposal_id] = proposal
        self._refresh(proposal.kind, proposal.segments)
        return proposal_id

    # state ---------------------------------------------------------------------------------------------------

    def _refresh(self, kind, segments):
        """Recompute ``kind``'s factors on ``segments`` from the base and all current proposals, then re-grade."""
        segments = np.unique(segments)
        if not len(segments):
            return segments
        current = [p for p in self.proposals.values() if p.kind == kind]
        if kind == "safe_routes":
            self._refresh_route(segments, current)
        else:
            self._refresh_points(POINT_EFFECTS[kind], segments, current)
        # Only rows whose factors changed are predicted again: the model is a function of the row, so every other
        # row keeps its risk exactly. A camera's distance reach is 1 km, but it is the nearest on few of those rows.
        # Rows back at their base factors take their base risk, so a withdrawal restores the state bit for bit even
        # for a model whose rounding depends on how many rows it is given at once.
        rows = self._matrix(segments)
        changed = np.any(rows != self.X[segments], axis=1)
        if changed.any():
            segments_changed, rows = segments[changed], rows[changed]
            self.X[segments_changed] = rows
            at_base = np.all(rows == np.column_stack([self.base[name][segments_changed]
                                                      for name in self.model.factor_names]), axis=1)
            risk = self.risk_before[segments_changed]
            if not at_base.all():
                risk[~at_base] = self.model.predict_risk(rows[~at_base])
            self.risk[segments_changed] = risk
            self.grade[segments_changed] = self.model.grade(risk)
        return segments

    def _refresh_points(self, effect, segments, proposals):
        """Counts and distances on the sorted ``segments``: the base plus every current proposal, as
        :func:`.factors.add_points` adds them (weights summed in proposal order, nearest distance within the cap),
        from the distances each proposal measured when it was added."""
        reaches = np.zeros(len(self.length_m), dtype=bool)
        reaches[segments] = True
        pair_segment = np.concatenate([p.segments for p in proposals] + [np.empty(0, dtype=np.int64)])
        pair_distance = np.concatenate([p.distances_m for p in proposals] + [np.empty(0)])
        pair_weight = np.concatenate([np.full(len(p.segments), p.weight) for p in proposals] + [np.empty(0)])
        kept = reaches[pair_segment]
        position = np.searchsorted(segments, pair_segment[kept])
        pair_distance, pair_weight = pair_distance[kept], pair_weight[kept]
        if effect.count_field in self.base:
            near = pair_distance <= self.settings[effect.radius_setting]
            counts = self.base[effect.count_field][segments].copy()
            np.add.at(counts, position[near], pair_weight[near])
            self.current[effect.count_field][segments] = counts
        if effect.distance_field in self.base:
            within_cap = pair_distance <= self.settings["distance_cap_m"]
            distances = self.base[effect.distance_field][segments].copy()
            np.minimum.at(distances, position[within_cap], pair_distance[within_cap])
            self.current[effect.distance_field][segments] = distances

    def _refresh_route(self, segments, proposals):
        if ROUTE_FIELD not in self.base:
            return
        routes = LineArrays.from_list([p.geometry.line(i) for p in proposals for i in range(len(p.geometry))])
        _, route_after = add_route(self.index, routes, self.base[ROUTE_FIELD], self.settings["route_tolerance_m"])
        self.current[ROUTE_FIELD][segments] = route_after[segments]

    def _matrix(self, segments):
        return np.column_stack([self.current[name][segments] for name in self.model.factor_names])

    def unused_kinds(self):
        """Proposal kinds that cannot change any grade (see :meth:`why_no_effect`)."""
        return [kind for kind in KINDS if self.why_no_effect(kind)]

    # summary -------------------------------------------------------------------------------------------------

    def summary(self, unit_costs_krw=None):
        """The scenario in numbers: grade transitions, km in grades 4–5, expected incidents, costs.

        The expected-incident proxy is the sum over segments of risk × exposure weight, where the exposure weight
        is the segment's night-time population density divided by the network mean (1 everywhere without
        exposure data). Risk is the calibrated probability of a crime on the segment in a period like the
        training one, so the proxy reads as "segments with a crime, counting busier segments more".
        """
        costs = {**DEFAULT_UNIT_COSTS_KRW, **(unit_costs_krw or {})}
        counts = {kind: 0 for kind in KINDS}
        route_km = 0.0
        for proposal in self.proposals.values():
            counts[proposal.kind] += 1
            route_km += proposal.length_m / 1000.0
        cost_by_kind = {kind: counts[kind] * costs[kind] for kind in KINDS if kind != "safe_routes"}
        cost_by_kind["safe_routes"] = route_km * costs["safe_routes"]
        totals = self._totals()
        incidents_before = self._base_totals["incidents"]
        incidents_after = totals["incidents"]
        total_cost = float(sum(cost_by_kind.values()))
        return {
            "transitions_segments": totals["transitions_segments"].tolist(),
            "transitions_km": totals["transitions_km"].tolist(),
            "km_grade_4_5_before": self._base_totals["km_4_5"],
            "km_grade_4_5_after": totals["km_4_5"],
            "segments_improved": int(totals["improved"]),
            "expected_incidents_before": incidents_before,
            "expected_incidents_after": incidents_after,
            "facilities": counts,
            "safe_route_km": route_km,
            "unit_costs_krw": costs,
            "cost_krw": cost_by_kind,
            "total_cost_krw": total_cost,
            "risk_reduction_per_million_krw": (incidents_before - incidents_after) / (total_cost / 1e6)
            if total_cost > 0 else None,
            "unused_kinds": [kind for kind in self.unused_kinds() if counts[kind]],
        }

    def _totals(self):
        """The network's totals now: the base totals, corrected on the segments a current proposal reaches (no
        other segment can differ from the base), so a summary costs in proportion to the proposals' reach, not to
        the network's size."""
        if not self.proposals:
            return self._base_totals
        reached = np.unique(np.concatenate([proposal.segments for proposal in self.proposals.values()]))
        args = (self.length_m[reached], self.exposure_weight[reached])
        then = _totals(self.grade_before[reached], self.grade_before[reached], self.risk_before[reached], *args)
        now = _totals(self.grade_before[reached], self.grade[reached], self.risk[reached], *args)
        return {key: self._base_totals[key] - then[key] + now[key] for key in now}


def _totals(before, after, risk, length_m, weight):
    """Sums a summary is made of, over the given segments (grades ``before`` → ``after``, ``risk`` after)."""
    return {"transitions_segments": _transitions(before, after, None),
            "transitions_km": _transitions(before, after, length_m / 1000.0),
            "km_4_5": float(length_m[after >= 4].sum() / 1000.0),
            "improved": int(np.count_nonzero(after < before)),
            "incidents": float(np.sum(risk * weight))}


def _exposure_weight(exposure, n_segments):
    if exposure is None:
        return np.ones(n_segments)
    exposure = np.nan_to_num(np.asarray(exposure, dtype=np.float64), nan=0.0)
    mean = exposure.mean()
    return exposure / mean if mean > 0 else np.ones(n_segments)


def _transitions(before, after, weights):
    """5 × 5 matrix: row = grade before, column = grade after; summing ``weights`` (segments when None)."""
    cell = (np.asarray(before, dtype=np.int64) - 1) * 5 + (np.asarray(after, dtype=np.int64) - 1)
    return np.bincount(cell, weights=weights, minlength=25).reshape(5, 5)
